"""Running sync: ``sync_once`` (push and upload photos, then pull and fetch photos) and ``SyncWorker``, a background thread that
syncs at start, every N seconds and when asked (after each document, `Sync now`), backing off
with jitter while head office is unreachable. It never runs on the GUI thread and holds the
single-instance lock, so a second app window on the same database does not sync too.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from jewelpos.sync.client import SyncError, open_transport, pull_all, push_all
from jewelpos.sync.lock import InstanceLock, SyncBusy, lock_path_for
from jewelpos.sync.photos import download_photos, photos_root, upload_photos
from jewelpos.sync.state import SyncStore

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 2.0
BACKOFF_MAX_S = 300.0


@dataclass(frozen=True)
class SyncReport:
    """What one sync round did."""

    pushed: int
    rejected: int
    pulled: int
    unsent: int
    photos_sent: int = 0
    photos_fetched: int = 0
    photos_waiting: int = 0
    """Photos of orders here whose files have not arrived yet (tried again next sync)."""


def sync_once(
    db_path: Path, data_dir: Path, *, token_backend: str | None = None, pull: bool = True
) -> SyncReport:
    """Push every unsent change and upload the photo files head office lacks, then pull every
    stream and fetch the photo files missing here; records success/error in sync_state.

    The caller holds the instance lock (``sync_locked`` does both).
    """
    store = SyncStore(db_path)
    try:
        store.note_attempt()
        try:
            transport = open_transport(store, data_dir, token_backend=token_backend)
            try:
                root = photos_root(data_dir)
                pushed = push_all(store, transport)
                sent = upload_photos(store, transport, root)
                pulled = pull_all(store, transport) if pull else 0
                fetched, waiting = download_photos(store, transport, root) if pull else (0, 0)
            finally:
                transport.close()
        except SyncError as e:
            store.note_error(e.kind, e.message)
            raise
        store.note_success()
        return SyncReport(
            pushed=pushed.sent,
            rejected=pushed.rejected,
            pulled=pulled,
            unsent=store.unsent_count(),
            photos_sent=sent,
            photos_fetched=fetched,
            photos_waiting=waiting,
        )
    finally:
        store.close()


def sync_locked(db_path: Path, data_dir: Path, *, token_backend: str | None = None) -> SyncReport:
    """``sync_once`` under the single-instance lock (SyncBusy if another process syncs)."""
    with InstanceLock(lock_path_for(db_path)):
        return sync_once(db_path, data_dir, token_backend=token_backend)


def backoff_delay(failures: int, *, rng: random.Random | None = None) -> float:
    """Full-jitter exponential back-off: uniform(0.5, 1) x min(max, base x 2^(n-1))."""
    jitter = (rng or random.Random()).uniform(0.5, 1.0)
    ceiling = min(BACKOFF_MAX_S, BACKOFF_BASE_S * (2.0 ** max(0, failures - 1)))
    return float(ceiling * jitter)


Listener = Callable[[str, object], None]
"""Called from the worker thread: ("started", None), ("done", SyncReport), ("failed", SyncError),
("busy", SyncBusy). A Qt listener must hop to the GUI thread itself (a queued signal)."""


class SyncWorker:
    """A daemon thread that syncs one counter database; ``request()`` asks for a round now."""

    def __init__(
        self,
        db_path: Path,
        data_dir: Path,
        *,
        interval_s: float = 60.0,
        listener: Listener | None = None,
        token_backend: str | None = None,
    ) -> None:
        self.db_path = db_path
        self.data_dir = data_dir
        self.interval_s = interval_s
        self.listener = listener
        self.token_backend = token_backend
        self.lock = InstanceLock(lock_path_for(db_path))
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0

    def start(self) -> bool:
        """Take the lock and start; False (and a "busy" event) if another process syncs."""
        if not self.lock.acquire():
            self._emit("busy", SyncBusy("another JewelPOS on this database is already syncing"))
            return False
        self._thread = threading.Thread(target=self._run, name="jewelpos-sync", daemon=True)
        self._thread.start()
        return True

    def request(self) -> None:
        """Sync as soon as possible (after a bill, or the `Sync now` key)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.lock.release()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _emit(self, what: str, payload: object) -> None:
        if self.listener is not None:
            try:
                self.listener(what, payload)
            except Exception:  # a listener bug must not kill the sync thread
                log.exception("sync listener failed")

    def _run(self) -> None:
        delay = 0.0  # at start
        while not self._stop.is_set():
            if delay > 0:
                self._wake.wait(delay)
                if self._stop.is_set():
                    break
            self._wake.clear()
            self._emit("started", None)
            try:
                report = sync_once(self.db_path, self.data_dir, token_backend=self.token_backend)
            except SyncError as e:
                self.failures += 1
                delay = backoff_delay(self.failures) if e.retryable else self.interval_s
                self._emit("failed", e)
                continue
            except Exception as e:  # e.g. database busy: report, back off, keep the thread
                log.exception("sync round failed")
                self.failures += 1
                delay = backoff_delay(self.failures)
                self._emit("failed", SyncError("local", f"Sync stopped on this counter: {e}"))
                continue
            self.failures = 0
            delay = self.interval_s
            self._emit("done", report)
