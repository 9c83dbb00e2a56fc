"""Order and repair photo files by sync: uploaded once by content hash after a push, fetched
after a pull; never inside a JSON batch.

Upload: the photos named by this counter's ``order_photo`` rows that head office is not known
to hold (``sync_photo``) are asked about in one call per 1,000 hashes; the missing ones are
sent, each as its own request, and remembered once head office has answered. Download: the
photos of ``order_photo`` rows whose file is not in the photos folder (and that head office
holds, asked in one call per 1,000) are fetched, checked
against their hash and written whole (a temporary file renamed), with a thumbnail. Anything
that fails (network, a photo head office does not hold yet) is simply tried again on the next
sync: nothing is marked done before it is.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from jewelpos.db.models_orders import OrderPhoto
from jewelpos.db.models_sync import SyncPhoto
from jewelpos.domain.photo_files import THUMB_SIDE, photo_relpath
from jewelpos.sync.client import SyncError, Transport
from jewelpos.sync.protocol import MAX_PHOTO_QUERY, MAX_PHOTO_UPLOAD_BYTES, SHA256_RE
from jewelpos.sync.state import SyncStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PhotoReport:
    """What one round of photo sync did; ``waiting``: photos not here yet."""

    uploaded: int = 0
    downloaded: int = 0
    waiting: int = 0


def photos_root(data_dir: Path) -> Path:
    """The counter's photos folder (services build their photo store on the same folder)."""
    return data_dir / "photos"


def _hashes(store: SyncStore) -> set[str]:
    with Session(bind=store.engine) as s:
        return {h for h in s.scalars(select(OrderPhoto.sha256).distinct()) if SHA256_RE.match(h)}


def _known(store: SyncStore) -> set[str]:
    with Session(bind=store.engine) as s:
        return set(s.scalars(select(SyncPhoto.sha256)))


def _remember(store: SyncStore, hashes: list[str]) -> None:
    if not hashes:
        return
    now = datetime.now(UTC)
    with Session(bind=store.engine) as s:
        s.execute(
            sqlite_insert(SyncPhoto)
            .values([{"sha256": h, "at_head_office_at": now} for h in hashes])
            .on_conflict_do_nothing(index_elements=["sha256"])
        )
        s.commit()


def upload_photos(store: SyncStore, transport: Transport, root: Path) -> int:
    """Send head office the photo files it does not hold; how many were sent."""
    local = sorted(h for h in _hashes(store) - _known(store) if (root / photo_relpath(h)).is_file())
    sent = 0
    for i in range(0, len(local), MAX_PHOTO_QUERY):
        asked = local[i : i + MAX_PHOTO_QUERY]
        missing = set(transport.photos_missing(asked))
        _remember(store, [h for h in asked if h not in missing])
        for h in sorted(missing):
            data = (root / photo_relpath(h)).read_bytes()
            if len(data) > MAX_PHOTO_UPLOAD_BYTES or hashlib.sha256(data).hexdigest() != h:
                log.warning("photo %s is damaged on this counter; not sent", h)
                continue
            try:
                transport.put_photo(h, data)
            except SyncError as e:
                if e.kind != "protocol":
                    raise  # offline or head office down: the next sync goes on
                log.warning("head office refused photo %s: %s", h, e.message)
                continue
            _remember(store, [h])
            sent += 1
    return sent


def _write_whole(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _thumbnail(data: bytes) -> bytes:
    with Image.open(io.BytesIO(data)) as img:
        small = img.convert("RGB")
        small.thumbnail((THUMB_SIDE, THUMB_SIDE), Image.Resampling.LANCZOS)
        buf = io.BytesIO()
        small.save(buf, "JPEG", quality=85, optimize=True)
        return buf.getvalue()


def download_photos(store: SyncStore, transport: Transport, root: Path) -> tuple[int, int]:
    """Fetch the photo files of pulled rows that are not here; (fetched, still waiting)."""
    wanted = sorted(h for h in _hashes(store) if not (root / photo_relpath(h)).is_file())
    got = waiting = 0
    absent: set[str] = set()
    for i in range(0, len(wanted), MAX_PHOTO_QUERY):  # one call per 1,000 instead of a 404 each
        absent.update(transport.photos_missing(wanted[i : i + MAX_PHOTO_QUERY]))
    for h in wanted:
        if h in absent:
            waiting += 1
            continue
        data = transport.get_photo(h)
        if data is None or hashlib.sha256(data).hexdigest() != h:
            waiting += 1  # not uploaded by its counter yet (or cut short): next sync
            continue
        try:
            thumb = _thumbnail(data)
        except (OSError, ValueError, Image.DecompressionBombError):
            log.warning("photo %s from head office cannot be read", h)
            waiting += 1
            continue
        _write_whole(root / photo_relpath(h, thumb=True), thumb)
        _write_whole(root / photo_relpath(h), data)  # last: its presence means "here"
        _remember(store, [h])
        got += 1
    return got, waiting
