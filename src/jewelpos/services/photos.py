"""Order and repair photos: checked, resized and stored by content hash (sha256) in the data
folder with a thumbnail beside them, so the same photo is kept (and later uploaded) once.

Files are ``photos/ab/<sha256>.jpg`` and ``photos/thumbs/ab/<sha256>.jpg``. A photo is stored
when it is picked (before the order is saved), so a refused photo never costs the form.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from jewelpos.domain.errors import ValidationError
from jewelpos.domain.photo_files import THUMB_SIDE, photo_relpath

MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_PHOTO_PIXELS = 40_000_000
"""Larger images are refused as possible decompression bombs (a 40 MP camera still fits)."""
STORED_SIDE = 1600
JPEG_QUALITY = 85


class PhotoRejected(ValidationError):
    """The file cannot be used as a photo (field "photo"); the problem says why in words."""

    code = "photo_rejected"


def _refused(reason: str) -> PhotoRejected:
    return PhotoRejected("photo", reason)


@dataclass(frozen=True)
class StoredPhoto:
    """A photo kept in the store: its hash names the file."""

    sha256: str
    width: int
    height: int
    byte_size: int


def _decode(data: bytes) -> Image.Image:
    if not data:
        raise _refused("the file has nothing in it (0 bytes)")
    if len(data) > MAX_PHOTO_BYTES:
        raise _refused(
            f"the file is {len(data) // (1024 * 1024)} MB; photos may be at most "
            f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB"
        )
    with warnings.catch_warnings():
        # Pillow only warns between MAX_IMAGE_PIXELS and twice that: refuse those too
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            img = Image.open(io.BytesIO(data))
            ceiling = MAX_PHOTO_PIXELS
            if Image.MAX_IMAGE_PIXELS is not None:
                ceiling = min(ceiling, Image.MAX_IMAGE_PIXELS)
            if img.width * img.height > ceiling:
                raise _refused(
                    f"the image is {img.width} x {img.height} pixels, too large to open safely"
                )
            img.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _refused("the image is too large to open safely") from None
        except UnidentifiedImageError:
            raise _refused("the file is not a picture (use a JPEG or PNG photo)") from None
        except (OSError, SyntaxError, ValueError) as exc:
            if "truncated" in str(exc).lower():
                raise _refused("the picture is cut short (the file is incomplete)") from None
            raise _refused("the picture cannot be read (the file is damaged)") from None
    return img


def _jpeg(img: Image.Image, side: int) -> bytes:
    out = img.copy()
    out.thumbnail((side, side), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return buf.getvalue()


def _write_once(path: Path, data: bytes) -> None:
    if path.exists() and path.stat().st_size == len(data):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class PhotoStore:
    """The photos folder of the data folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / photo_relpath(sha256)

    def thumb_path(self, sha256: str) -> Path:
        return self.root / photo_relpath(sha256, thumb=True)

    def has(self, sha256: str) -> bool:
        return len(sha256) == 64 and self.path(sha256).exists()

    def add_bytes(self, data: bytes) -> StoredPhoto:
        """Check, resize (longest side 1600 px, JPEG) and keep a photo; PhotoRejected if bad."""
        img = _decode(data)
        img = ImageOps.exif_transpose(img).convert("RGB")
        stored = _jpeg(img, STORED_SIDE)
        sha = hashlib.sha256(stored).hexdigest()
        _write_once(self.path(sha), stored)
        _write_once(self.thumb_path(sha), _jpeg(img, THUMB_SIDE))
        with Image.open(io.BytesIO(stored)) as check:
            width, height = check.size
        return StoredPhoto(sha, width, height, len(stored))

    def add_file(self, path: Path) -> StoredPhoto:
        """Read a photo file (never more than the size limit) and keep it."""
        try:
            with open(path, "rb") as f:
                data = f.read(MAX_PHOTO_BYTES + 1)
                if len(data) > MAX_PHOTO_BYTES:
                    size = os.fstat(f.fileno()).st_size
                    raise _refused(
                        f"the file is {size // (1024 * 1024)} MB; photos may be at most "
                        f"{MAX_PHOTO_BYTES // (1024 * 1024)} MB"
                    )
        except FileNotFoundError:
            raise _refused(f"the file {path.name} was not found") from None
        except IsADirectoryError:
            raise _refused(f"{path.name} is a folder, not a photo") from None
        except PermissionError:
            raise _refused(f"the file {path.name} cannot be read (no permission)") from None
        return self.add_bytes(data)
