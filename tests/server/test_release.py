"""The version manifest: `jewelpos-server release set` publishes it, GET /v1/version serves it
on a real server on 127.0.0.1, and a counter sees "Update X available" (never installs it)."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pytestqt.qtbot import QtBot

_TESTS = str(Path(__file__).resolve().parents[1])
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)

from factories import migrated_db  # noqa: E402
from jewelpos.sync.updates import UpdateNotice, check_for_update, version_key  # noqa: E402
from syncsupport import ServerProcess, server_cmd  # noqa: E402


@pytest.fixture
def ho(tmp_path: Path) -> Iterator[ServerProcess]:
    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    server_cmd(url, "db", "upgrade")
    proc = ServerProcess(url).start()
    try:
        yield proc
    finally:
        proc.stop()


def test_release_set_is_served_and_seen_by_the_counter(ho: ServerProcess, tmp_path: Path) -> None:
    """Nothing published: 404 and no notice; after `release set 0.2.0 URL` the counter whose
    sync_state names this server sees 0.2.0; a counter already on 0.2.0 sees nothing."""
    assert requests.get(f"{ho.base}/v1/version", timeout=5).status_code == 404
    db = migrated_db(tmp_path / "counter.sqlite3")
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO sync_state (key, value) VALUES ('server_url', ?)", (ho.base,))
    conn.close()
    assert check_for_update(db, current="0.1.0") is None

    url = "https://downloads.example.in/JewelPOS-Setup-0.2.0.exe"
    server_cmd(ho.url, "release", "set", "0.2.0", url, "--notes", "faster billing")
    manifest = requests.get(f"{ho.base}/v1/version", timeout=5).json()
    assert manifest["version"] == "0.2.0" and manifest["url"] == url

    assert check_for_update(db, current="0.1.0") == UpdateNotice("0.2.0", url, "faster billing")
    assert check_for_update(db, current="0.2.0") is None
    assert check_for_update(db, current="0.10.0") is None  # 0.10 is newer than 0.2


def test_release_set_refuses_bad_input(ho: ServerProcess) -> None:
    """A version that is not numbers, or an address that is not http(s), is refused."""
    import subprocess

    with pytest.raises(subprocess.CalledProcessError):
        server_cmd(ho.url, "release", "set", "latest", "https://x.example/a.exe")
    with pytest.raises(subprocess.CalledProcessError):
        server_cmd(ho.url, "release", "set", "0.3.0", "ftp://x.example/a.exe")


def test_unreachable_head_office_is_no_notice(tmp_path: Path) -> None:
    """A head office that does not answer gives no notice and no error."""
    db = migrated_db(tmp_path / "counter.sqlite3")
    assert check_for_update(db, server_url="http://127.0.0.1:9") is None
    assert version_key("1.2.3rc1") == version_key("1.2.3") == (1, 2, 3)


def test_status_bar_notice(qtbot: QtBot, ho: ServerProcess, tmp_path: Path) -> None:
    """The status-bar widget checks on its own thread and shows "Update 0.2.0 available"."""
    from PySide6.QtWidgets import QMainWindow

    from jewelpos.ui.widgets.update_status import UpdateStatusWidget

    server_cmd(ho.url, "release", "set", "0.2.0", "https://downloads.example.in/s.exe")
    db = migrated_db(tmp_path / "counter.sqlite3")
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = UpdateStatusWidget(
        lambda: check_for_update(db, current="0.1.0", server_url=ho.base), parent=window
    )
    widget.attach(window, first_check_ms=0)
    qtbot.waitUntil(lambda: widget.notice is not None, timeout=10_000)
    assert widget.text() == "Update 0.2.0 available"
    assert "after closing time" in widget.toolTip()
