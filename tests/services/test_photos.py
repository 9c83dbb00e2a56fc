"""Order photos: resized, content-addressed with thumbnails; bad files refused in words."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image

from jewelpos.services.photos import PhotoRejected, PhotoStore


def _jpeg(size: tuple[int, int] = (3000, 2000)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, (180, 140, 20)).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def test_photo_is_resized_stored_by_hash_with_a_thumbnail(tmp_path: Path) -> None:
    """A 3000x2000 photo is kept at 1600x1067 under its sha256, once, with a 240 px thumbnail."""
    store = PhotoStore(tmp_path)
    a = store.add_bytes(_jpeg())
    assert (a.width, a.height) == (1600, 1067)
    data = store.path(a.sha256).read_bytes()
    assert hashlib.sha256(data).hexdigest() == a.sha256
    with Image.open(store.thumb_path(a.sha256)) as t:
        assert max(t.size) == 240
    assert store.add_bytes(_jpeg()).sha256 == a.sha256  # same photo, same file


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "nothing in it"),
        (b"%PDF-1.4 not a photo at all", "not a picture"),
        (_jpeg()[:5000], "cut short"),
    ],
    ids=["empty", "not-an-image", "truncated-jpeg"],
)
def test_bad_photos_are_refused_in_words(tmp_path: Path, data: bytes, words: str) -> None:
    """Empty, not an image, a truncated JPEG: PhotoRejected saying why; nothing stored."""
    store = PhotoStore(tmp_path)
    with pytest.raises(PhotoRejected) as e:
        store.add_bytes(data)
    assert words in e.value.problem and e.value.field == "photo"
    assert not any(tmp_path.rglob("*.jpg"))


def test_a_50_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    """A 50 MB file: refused as too big (at most 20 MB)."""
    big = tmp_path / "big.jpg"
    with open(big, "wb") as f:
        f.write(_jpeg(size=(100, 100)))
        f.truncate(50 * 1024 * 1024)
    with pytest.raises(PhotoRejected) as e:
        PhotoStore(tmp_path / "store").add_file(big)
    assert "50 MB" in e.value.problem and "20 MB" in e.value.problem


def test_a_decompression_bomb_is_refused(tmp_path: Path) -> None:
    """A small PNG that opens to 20000 x 20000 pixels is refused before it is decoded."""
    buf = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buf, "PNG")
    assert len(buf.getvalue()) < 2 * 1024 * 1024
    with pytest.raises(PhotoRejected) as e:
        PhotoStore(tmp_path).add_bytes(buf.getvalue())
    assert "too large" in e.value.problem
