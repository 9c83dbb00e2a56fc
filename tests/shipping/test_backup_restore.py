"""Backups taken while the counter writes restore to a sound database that takes a new series;
the daily backup writes checked copies to two folders and says when it is more than a day old."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from factories import SHOP_MORNING, services_for, shop_db
from jewelpos.cli import run
from jewelpos.db.backup import backup_database, integrity_problems, restore_database
from jewelpos.db.numbering import allocate_number
from jewelpos.db.series_renewal import renew_series
from jewelpos.domain.clock import FixedClock
from jewelpos.domain.errors import SeriesRenewalRequired, ValidationError
from jewelpos.domain.numbering import DocType
from jewelpos.services import Services
from jewelpos.services.backups import BackupService
from jewelpos.services.setup import ShopInfo

DAY = date(2025, 6, 1)


def _take(services: Services, shop: ShopInfo) -> str:
    with services.uow.begin() as s:
        return allocate_number(s, DocType.INVOICE, day=DAY, **shop.series_codes).number


def test_restore_of_a_backup_taken_during_writes_takes_a_new_series(tmp_path: Path) -> None:
    """A backup made while another connection keeps numbering passes integrity_check; once
    restored, the counter numbers nothing until head office's new code, then never repeats."""
    db = shop_db(tmp_path / "jewelpos.sqlite3")
    services = services_for(db)
    shop = services.setup.shop_info()
    issued: list[str] = []
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set() or len(issued) < 60:
            issued.append(_take(services, shop))

    thread = threading.Thread(target=writer)
    thread.start()
    while len(issued) < 20:  # the writer is well under way
        threading.Event().wait(0.01)
    backup = backup_database(db, tmp_path / "backups", keep=5)
    stop.set()
    thread.join()
    services.engine.dispose()
    assert integrity_problems(backup) == []
    assert len(issued) == len(set(issued)) >= 60

    restore_database(backup, db, tmp_path / "backups")
    assert integrity_problems(db) == []
    services = services_for(db)
    try:
        with pytest.raises(SeriesRenewalRequired):
            _take(services, shop)
        with services.uow.begin() as s, pytest.raises(ValidationError):
            renew_series(s, shop.counter_code)  # the old code would continue the old series
        with services.uow.begin() as s:
            prefix = renew_series(s, "C9")
        assert prefix == f"{shop.branch_code}-C9"
        renewed = services.setup.shop_info()
        assert renewed.counter_label == prefix
        new = [_take(services, renewed) for _ in range(70)]
        assert new[0] == f"I{prefix}/25/00001"
        assert not set(new) & set(issued)
    finally:
        services.engine.dispose()


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    """`jewelpos restore` on a file that fails its check changes nothing and says so."""
    db = shop_db(tmp_path / "d" / "jewelpos.sqlite3")
    before = db.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 300)
    assert run(["--data-dir", str(db.parent), "restore", str(bad)]) == 2
    assert db.read_bytes() == before


def test_daily_backup_two_folders_checked_and_stale_after_a_day(tmp_path: Path) -> None:
    """The daily backup writes a checked copy to the data folder and the shop's second folder,
    does nothing more that day, and is reported stale once it is over a day old."""
    db = shop_db(tmp_path / "jewelpos.sqlite3")
    clock = FixedClock(SHOP_MORNING)
    second = tmp_path / "usb-drive"
    service = BackupService(db, tmp_path / "backups", clock, keep=3, second_folder=str(second))
    assert service.status().stale  # never backed up
    status = service.run_if_due()
    assert not status.stale and status.last_good_at == SHOP_MORNING
    assert len(status.copies) == 2
    for copy in map(Path, status.copies):
        assert integrity_problems(copy) == []
        conn = sqlite3.connect(copy)
        assert conn.execute("SELECT count(*) FROM device").fetchone()[0] == 1
        conn.close()
    assert next(second.glob("jewelpos-*.sqlite3"))

    clock.advance(timedelta(hours=23))
    assert service.run_if_due().copies == status.copies  # not due yet: no new copy
    clock.advance(timedelta(hours=2))
    assert service.status().stale
    later = service.run_if_due()
    assert not later.stale and later.copies != status.copies


def test_failed_second_folder_keeps_the_warning(tmp_path: Path) -> None:
    """When the shop's second folder cannot be written the backup is not good: still stale."""
    db = shop_db(tmp_path / "jewelpos.sqlite3")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    service = BackupService(
        db, tmp_path / "backups", FixedClock(SHOP_MORNING), keep=3, second_folder=str(blocker)
    )
    status = service.run_now()
    assert status.stale and status.last_good_at is None
    assert str(blocker) in status.last_error


def test_restore_and_renew_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`jewelpos restore` says a new series is needed; `jewelpos series renew C7` gives it."""
    db = shop_db(tmp_path / "d" / "jewelpos.sqlite3")
    copy = tmp_path / "copy.sqlite3"
    assert run(["--data-dir", str(db.parent), "backup", "--to", str(copy)]) == 0
    assert run(["--data-dir", str(db.parent), "restore", str(copy)]) == 0
    assert "series renew" in capsys.readouterr().out
    assert run(["--data-dir", str(db.parent), "series", "renew", "C7"]) == 0
    assert "B1-C7" in capsys.readouterr().out
    services = services_for(db)
    try:
        shop = services.setup.shop_info()
        assert _take(services, shop) == "IB1-C7/25/00001"
    finally:
        services.engine.dispose()


def test_the_cashier_is_told_what_to_do_after_a_restore() -> None:
    """The refusal after a restore reads as a sentence that names the way out."""
    from jewelpos.db.series_renewal import RENEWAL_MESSAGE
    from jewelpos.ui.messages import error_text

    text = error_text(SeriesRenewalRequired(RENEWAL_MESSAGE))
    assert "restored from a backup" in text
    assert "jewelpos series renew CODE" in text
