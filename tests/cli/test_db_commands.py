"""`jewelpos db upgrade`, `backup` and `restore` on a data folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jewelpos.cli import run
from jewelpos.db.backup import list_backups
from jewelpos.db.migrate import SCHEMA_HEADS, current_revisions


@pytest.fixture(autouse=True)
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """If a command lost its --data-dir it would use $JEWELPOS_HOME: point that at a folder the
    tests check stays empty, never at the user's real data."""
    other = tmp_path / "not-here"
    monkeypatch.setenv("JEWELPOS_HOME", str(other))
    return other


def _revision_note(db: Path, value: int | None = None) -> int:
    """Read (or set) a number kept in number_series, to tell database copies apart."""
    conn = sqlite3.connect(db)
    try:
        if value is not None:
            conn.execute("DELETE FROM number_series")
            conn.execute(
                "INSERT INTO number_series (device_id, doc_type, period, prefix, next_value)"
                " VALUES ('d', 'bill', '2526', '', ?)",
                (value,),
            )
            conn.commit()
        return int(conn.execute("SELECT next_value FROM number_series").fetchone()[0])
    finally:
        conn.close()


def test_db_upgrade_creates_the_database(
    tmp_path: Path, elsewhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`jewelpos --data-dir X db upgrade` creates the schema in X; again, it does nothing."""
    data = tmp_path / "shop"
    assert run(["--data-dir", str(data), "db", "upgrade"]) == 0
    assert not elsewhere.exists(), "--data-dir before the sub-command was ignored"
    assert current_revisions(data / "jewelpos.sqlite3") == SCHEMA_HEADS
    assert "latest schema" in capsys.readouterr().out
    assert run(["db", "upgrade", "--data-dir", str(data)]) == 0
    assert "backup:" not in capsys.readouterr().out


def test_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`backup` copies into backups/; `restore FILE` brings it back and keeps the old database."""
    data = tmp_path / "shop"
    db = data / "jewelpos.sqlite3"
    assert run(["db", "upgrade", "--data-dir", str(data)]) == 0
    _revision_note(db, 7)
    capsys.readouterr()

    assert run(["backup", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    backups = list_backups(data / "backups")
    assert len(backups) == 1 and str(backups[0]) in out

    _revision_note(db, 99)
    assert run(["restore", "--data-dir", str(data), str(backups[0])]) == 0
    out = capsys.readouterr().out
    assert _revision_note(db) == 7
    kept = Path(out.split("previous database kept as ", 1)[1].splitlines()[0])
    assert _revision_note(kept) == 99


def test_backup_to_a_file_and_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`backup --to` writes there; without a database, backup and restore exit 2."""
    data = tmp_path / "shop"
    assert run(["backup", "--data-dir", str(data)]) == 2
    assert run(["restore", "--data-dir", str(data), str(tmp_path / "nope.sqlite3")]) == 2
    assert run(["db", "upgrade", "--data-dir", str(data)]) == 0
    dest = tmp_path / "usb" / "copy.sqlite3"
    assert run(["backup", "--data-dir", str(data), "--to", str(dest)]) == 0
    assert current_revisions(dest) == SCHEMA_HEADS
