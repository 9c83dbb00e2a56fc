"""First-run setup with head office (Qt offscreen, real server on PostgreSQL): the keyboard walk
enrols before the shop exists and takes head office's codes; a wrong code and a down server say
so at their field and keep what was typed; `jewelpos sync enrol` refuses another counter's code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import Engine, select

from jewelpos.app import Counter, build_app
from jewelpos.config import Settings
from jewelpos.server import store
from jewelpos.server.models import device
from jewelpos.services.sync_status import SyncStatusService
from jewelpos.sync.tokens import TokenStore
from syncsupport import ServerProcess, free_port, make_counter, short_branch

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support")

ENTER = Qt.Key.Key_Return
SHOP = ["Shree Ganesh Jewellers", "", "27AAPFU0939F1ZV", "", "12, MG Road", "Pune", "411001", ""]


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def type_enter(text: str) -> None:
    if text:
        QTest.keyClicks(focused(), text)
    QTest.keyClick(focused(), ENTER)


@pytest.fixture
def counter(qapp: QApplication, tmp_path: Path) -> Iterator[Counter]:
    """The real counter on a fresh data folder: the setup dialog is up."""
    built = build_app(Settings(data_dir=tmp_path / "counter"))
    yield built
    built.close()
    QApplication.processEvents()


def _walk_to_office(qtbot: Any, counter: Counter) -> Any:
    setup = counter.shell.setup_dialog
    assert setup is not None and setup.office_box.isVisible()
    setup.activateWindow()
    qtbot.waitUntil(lambda: focused() is setup.shop_name)
    for text in SHOP:
        type_enter(text)
    assert focused() is setup.server_url
    return setup


def test_setup_enrols_first_and_takes_head_office_codes(
    qtbot: Any, counter: Counter, server: ServerProcess, engine: Engine
) -> None:
    """Address + code + Enter enrols on the worker; the branch/counter codes come from head
    office, locked; the walk goes on to the owner and the shop is made with those codes."""
    branch = short_branch(engine, name="Zaveri Bazaar")
    code = store.make_enrol_code(engine, branch_code=branch, counter_code="C3")
    setup = _walk_to_office(qtbot, counter)
    type_enter(server.base.removeprefix("http://"))  # typed without http://, as people do
    QTest.keyClicks(focused(), code.lower())
    QTest.keyClick(focused(), ENTER)  # connects
    qtbot.waitUntil(lambda: setup.link is not None, timeout=15_000)
    assert (setup.branch_code.text(), setup.counter_code.text()) == (branch, "C3")
    assert setup.branch_name.text() == "Zaveri Bazaar"
    assert not setup.branch_code.isEnabled() and not setup.counter_code.isEnabled()
    assert f"I{branch}-C3/" in setup.office_status.text()
    qtbot.waitUntil(lambda: focused() is setup.owner_username)
    for text in ("ramesh", "Ramesh Soni", "1234"):
        type_enter(text)
    with qtbot.waitSignal(counter.shell.setup_completed, timeout=15_000) as done:
        type_enter("1234")
    info = done.args[0]
    assert (info.branch_code, info.counter_code, info.branch_name) == (
        branch,
        "C3",
        "Zaveri Bazaar",
    )
    with engine.connect() as conn:
        enrolled = conn.execute(select(device.c.id).where(device.c.code == "C3")).all()
    assert info.device_id in {r.id for r in enrolled}  # the counter is the enrolled device
    status = SyncStatusService(counter.services.uow, counter.services.clock).status()
    assert status.enrolled and (status.branch_code, status.counter_code) == (branch, "C3")
    data_dir = counter.settings.data_dir
    assert TokenStore(data_dir, info.device_id, backend="file").load()
    qtbot.waitUntil(lambda: counter.sync_worker is not None, timeout=10_000)  # syncing starts


def test_wrong_code_and_down_server_say_so_and_keep_the_fields(
    qtbot: Any, counter: Counter, server: ServerProcess
) -> None:
    """A wrong code: message at the code field. A closed port: message at the address. All
    typed fields stay; emptied head-office fields let the shop be set up without it."""
    setup = _walk_to_office(qtbot, counter)
    type_enter(server.base)
    QTest.keyClicks(focused(), "ABCD-EFGH-JKLM")
    QTest.keyClick(focused(), ENTER)
    code_error = setup.errors.error_label("enrol_code")
    qtbot.waitUntil(code_error.isVisible, timeout=15_000)
    assert "new code" in code_error.text()
    assert setup.link is None and setup.branch_code.isEnabled()
    assert (setup.shop_name.text(), setup.city.text(), setup.server_url.text()) == (
        "Shree Ganesh Jewellers",
        "Pune",
        server.base,
    )
    assert setup.enrol_code.text() == "ABCD-EFGH-JKLM"

    setup.server_url.setText(f"http://127.0.0.1:{free_port()}")  # nobody listens there
    setup.enrol_code.setFocus()
    qtbot.waitUntil(lambda: focused() is setup.enrol_code)
    QTest.keyClick(focused(), ENTER)
    url_error = setup.errors.error_label("server_url")
    qtbot.waitUntil(url_error.isVisible, timeout=15_000)
    assert "cannot be reached" in url_error.text() and "jewelpos sync enrol" in url_error.text()
    assert setup.shop_name.text() == "Shree Ganesh Jewellers" and setup.link is None

    setup.server_url.clear()
    setup.enrol_code.clear()
    setup.branch_code.setFocus()
    qtbot.waitUntil(lambda: focused() is setup.branch_code)
    for text in ("B1", "", "C1", "ramesh", "Ramesh Soni", "1234"):
        type_enter(text)
    with qtbot.waitSignal(counter.shell.setup_completed, timeout=15_000) as done:
        type_enter("1234")
    assert (done.args[0].branch_code, done.args[0].counter_code) == ("B1", "C1")
    status = SyncStatusService(counter.services.uow, counter.services.clock).status()
    assert not status.enrolled


def test_cli_enrol_refuses_a_code_for_another_counter(
    tmp_path: Path, server: ServerProcess, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """A set-up B?/C1 counter refuses a code for C2 (says both, and what to do); the code is not
    spent, and a code for its own codes enrols it."""
    from jewelpos.cli import run

    branch = short_branch(engine)
    c = make_counter(tmp_path / "c", branch_code=branch, counter_code="C1")
    home = ["--data-dir", str(c.data_dir)]
    other = store.make_enrol_code(engine, branch_code=branch, counter_code="C2")
    assert run([*home, "sync", "enrol", server.base, other]) == 2
    err = capsys.readouterr().err
    assert f"{branch}/C2" in err and f"set up as {branch}/C1" in err
    assert f"enrol-code {branch} C1" in err
    status = SyncStatusService(c.services.uow, c.services.clock).status()
    assert not status.enrolled
    with engine.connect() as conn:
        from jewelpos.server.models import enrol_code

        assert conn.execute(select(enrol_code.c.used_at)).scalars().all().count(None) >= 1
    mine = store.make_enrol_code(engine, branch_code=branch, counter_code="C1")
    assert run([*home, "sync", "enrol", server.base, mine]) == 0
    status = SyncStatusService(c.services.uow, c.services.clock).status()
    assert status.enrolled and status.counter_code == "C1"
    c.close()
