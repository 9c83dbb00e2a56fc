"""Unit of work: one transaction per use case; commit once on success, roll back on any error.

SQLite's "database is locked" and "database or disk is full" become DatabaseBusy and DiskFull
here, so the UI can tell the cashier (nothing was saved) instead of showing a crash report.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from types import TracebackType

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from jewelpos.db.engine import BEGIN_OPTION
from jewelpos.db.outbox import CaptureContext, capture_context
from jewelpos.domain.errors import DatabaseBusy, DiskFull, EnvironmentProblem


def translate_db_error(exc: BaseException) -> EnvironmentProblem | None:
    """The environment problem behind a database exception, or None if it is something else."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, sqlite3.OperationalError):
        text = str(orig).lower()
        if "disk is full" in text or "database or disk is full" in text:
            return DiskFull("The disk is full: nothing was saved. Free some space and try again.")
        if "database is locked" in text or "database is busy" in text:
            return DatabaseBusy("The database is busy: nothing was saved. Try again.")
    return None


class UnitOfWork:
    """Opens sessions from a factory made by ``make_session_factory``.

    ``with uow.begin() as session:`` writes (``BEGIN IMMEDIATE``, commit on success);
    ``with uow.read() as session:`` reads (rolled back at the end);
    ``with uow as u: u.session ...`` is the same as ``begin()`` for code that prefers it.
    """

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory
        self._session: Session | None = None
        self._cm: AbstractContextManager[Session] | None = None

    @property
    def capture(self) -> CaptureContext:
        with self.session_factory() as s:
            return capture_context(s)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A write transaction: commit once when the block ends normally, else roll back."""
        session = self.session_factory()
        try:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            problem = translate_db_error(exc)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction (a consistent snapshot); always rolled back."""
        session = self.session_factory()
        try:
            yield session
        except BaseException as exc:
            problem = translate_db_error(exc)
            if problem is not None:
                raise problem from exc
            raise
        finally:
            # close() ends the transaction without expiring loaded objects (rollback would)
            session.close()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use `with uow as u:` before u.session")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._cm is not None:
            raise RuntimeError("this UnitOfWork is already in use; make another")
        self._cm = self.begin()
        self._session = self._cm.__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        cm, self._cm, self._session = self._cm, None, None
        assert cm is not None
        return cm.__exit__(exc_type, exc, tb)
