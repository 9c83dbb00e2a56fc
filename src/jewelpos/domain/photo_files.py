"""Where an order or repair photo lives in the photos folder, by its content hash (sha256):
``ab/<sha256>.jpg`` and its thumbnail ``thumbs/ab/<sha256>.jpg`` (the counter's photo store
and the sync of photo files both use this layout)."""

from __future__ import annotations

from pathlib import PurePosixPath

THUMB_SIDE = 240


def photo_relpath(sha256: str, *, thumb: bool = False) -> PurePosixPath:
    """The photo's path inside the photos folder."""
    base = PurePosixPath("thumbs") if thumb else PurePosixPath()
    return base / sha256[:2] / f"{sha256}.jpg"
