"""Composition root: settings -> migrate -> engine -> services -> Qt app, translator, windows."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from jewelpos.config import Settings, save_settings
from jewelpos.domain.clock import Clock, SystemClock, set_shop_zone
from jewelpos.domain.errors import DatabaseBusy, DiskFull, EnvironmentProblem, JewelPOSError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import Engine

    from jewelpos.services import Services
    from jewelpos.services.setup import HeadOfficeLink
    from jewelpos.sync.worker import SyncWorker
    from jewelpos.ui.i18n import Translations
    from jewelpos.ui.shell import Shell
    from jewelpos.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


@dataclass
class Counter:
    """Everything one running counter is made of; ``close()`` takes it down in order."""

    app: QApplication
    engine: Engine
    services: Services
    runner: TaskRunner
    translations: Translations
    shell: Shell
    settings: Settings
    sync_worker: SyncWorker | None = None

    def close(self) -> None:
        if self.sync_worker is not None:
            self.sync_worker.stop()
        self.runner.shutdown()
        self.shell.close_all()
        self.engine.dispose()
        self.translations.reset()


def _qt_app() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from jewelpos.ui import gui_gc

    gui_gc.install(app)  # garbage is collected on the GUI thread, never on a worker
    app.setApplicationName("JewelPOS")
    app.setOrganizationName("JewelPOS")
    return app


def environment_problem(exc: BaseException) -> EnvironmentProblem | None:
    """Tell environment failures (disk full, locked or unreadable database) apart from bugs."""
    if isinstance(exc, EnvironmentProblem):
        return exc
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or "disk is full" in text:
        return DiskFull(str(exc))
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(str(exc))
    db_error: tuple[type[BaseException], ...] = (sqlite3.Error,)
    try:
        from sqlalchemy.exc import DBAPIError

        db_error = (*db_error, DBAPIError)
    except ImportError:  # pragma: no cover - sqlalchemy is a dependency
        pass
    if isinstance(exc, OSError | db_error):
        return EnvironmentProblem(str(exc))
    return None


def build_app(
    settings: Settings, *, language: str | None = None, clock: Clock | None = None
) -> Counter:
    """Build everything up to a visible, usable setup or login window, without exec().

    The startup benchmark and the GUI tests call this; ``run_gui`` adds the event loop.
    Heavy modules (SQLAlchemy, Alembic) are imported here, not at module import.
    """
    app = _qt_app()
    from jewelpos.ui.i18n import Translations
    from jewelpos.ui.theme import apply_theme

    apply_theme(app)
    translations = Translations(app)
    translations.set_language(language or settings.language)

    from jewelpos.db.engine import make_engine
    from jewelpos.db.migrate import upgrade_database
    from jewelpos.services import build_services

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    backup = upgrade_database(settings.db_path, settings.backups_dir, keep=settings.backups_to_keep)
    if backup is not None:
        log.info("database upgraded; backup kept at %s", backup)
    engine = make_engine(settings.db_path)
    clock = clock or SystemClock()
    try:
        services = build_services(
            engine,
            clock,
            printer_target=settings.receipt_printer,
            data_dir=settings.data_dir,
            receipt_width_mm=settings.receipt_width_mm,
            upi_vpa=settings.extra.get("upi_vpa", ""),
            initial_pull=partial(_initial_pull, settings),
        )
        # Two small indexed reads; the login list must be there when the window shows.
        initialised = services.setup.is_initialised()
        if initialised:  # the shop's day and times in the zone its settings name
            set_shop_zone(clock, services.shop_settings.load().time_zone)
        users = services.auth.users() if initialised else []
        shop_name = services.setup.shop_info().shop_name if initialised else ""
    except BaseException:
        engine.dispose()
        raise

    from jewelpos.ui.shell import Shell
    from jewelpos.ui.tasks import TaskRunner

    runner = TaskRunner(app)
    shell = Shell(
        services,
        runner,
        translations,
        clock=clock,
        forced_language=language,
        photos_dir=settings.photos_dir,
        data_dir=str(settings.data_dir),
        enrol=partial(_enrol_before_setup, settings),
    )
    counter = Counter(
        app=app,
        engine=engine,
        services=services,
        runner=runner,
        translations=translations,
        shell=shell,
        settings=settings,
    )
    shell.quit_requested.connect(app.quit)
    counter.sync_worker = _start_sync(settings, services, runner, shell, counter)
    _start_backups(settings, services, runner, shell)
    _start_update_notice(settings, shell)
    shell.start(initialised=initialised, users=users, shop_name=shop_name)
    return counter


def _enrol_before_setup(settings: Settings, url: str, code: str, device_id: str) -> HeadOfficeLink:
    """First-run setup's head-office part (runs on the task runner): enrol as ``device_id`` and
    keep the token as `jewelpos sync enrol` does; setup then takes head office's codes."""
    from jewelpos.services.setup import HeadOfficeLink
    from jewelpos.sync.client import enrol_before_setup

    done = enrol_before_setup(settings.db_path, settings.data_dir, url, code, device_id=device_id)
    return HeadOfficeLink(
        server_url=done.server_url,
        branch_code=done.branch_code,
        counter_code=done.counter_code,
        branch_name=done.branch_name,
        device_id=done.device_id,
        branch_has_data=done.branch_has_data,
        local_branch_id=done.local_branch_id,
    )


def _initial_pull(settings: Settings) -> int:
    """Setup of a counter joining an existing branch (on the task runner): pull head office's
    data into the file before setup decides what it still has to create."""
    from jewelpos.sync.client import initial_pull

    return initial_pull(settings.db_path, settings.data_dir)


def _start_sync(
    settings: Settings, services: Services, runner: TaskRunner, shell: Shell, counter: Counter
) -> SyncWorker | None:
    """Background sync (its own thread) for an enrolled counter, and the status-bar indicator
    with `Sync now` and the manager's sync dialog on every main window. Returns the running
    worker, if any; a counter enrolled during first-run setup starts syncing when setup ends."""
    from jewelpos.services.sync_status import SyncStatusService
    from jewelpos.ui.qtcompat import emit
    from jewelpos.ui.widgets.sync_status import SyncBridge, SyncStatusWidget

    status = SyncStatusService(services.uow, services.clock)
    try:
        enrolled = status.status().enrolled
    except Exception:  # no sync tables yet or unreadable: the counter still sells
        log.exception("cannot read the sync status")
        enrolled = False
    bridge = SyncBridge(shell)

    def start_worker() -> SyncWorker:
        from jewelpos.sync.worker import SyncWorker

        interval = float(settings.extra.get("sync_interval_s", "60") or 60)
        worker = SyncWorker(
            settings.db_path,
            settings.data_dir,
            interval_s=interval,
            listener=lambda what, payload: emit(bridge.happened, what, payload),
        )
        worker.start()
        return worker

    def request_sync() -> None:
        if counter.sync_worker is not None:
            counter.sync_worker.request()

    def after_setup(sync_status: object) -> None:
        if getattr(sync_status, "enrolled", False) and counter.sync_worker is None:
            counter.sync_worker = start_worker()

    def attach(user: object) -> None:
        window = shell.main_window
        if window is None:
            return
        from jewelpos.ui.dialogs.sync_manager import SyncDialog

        def open_manager() -> None:
            dialog = SyncDialog(
                status,
                runner,
                user=user,
                request_sync=request_sync if counter.sync_worker is not None else None,
                parent=window,
            )
            dialog.open()

        widget = SyncStatusWidget(
            runner,
            status.status,
            request_sync=request_sync if counter.sync_worker is not None else None,
            open_manager=open_manager,
        )
        bridge.happened.connect(widget.on_sync_event)
        widget.attach(window)

    shell.setup_completed.connect(lambda _info: runner.run(status.status, on_done=after_setup))
    shell.logged_in.connect(attach)
    return start_worker() if enrolled else None


def _start_backups(
    settings: Settings, services: Services, runner: TaskRunner, shell: Shell
) -> None:
    """The automatic daily backup (data folder + the shop's second folder) with its status-bar
    warning, and Help's "Save a report for support" button, on every main window (their modules
    are imported at login, not at start-up)."""

    def attach(_user: object) -> None:
        window = shell.main_window
        if window is None:
            return
        from dataclasses import asdict

        from jewelpos.services.backups import BackupService
        from jewelpos.services.support import SupportService
        from jewelpos.ui.widgets.backup_status import BackupStatusWidget
        from jewelpos.ui.widgets.support_report import SupportReportButton

        backups = BackupService(
            settings.db_path,
            settings.backups_dir,
            services.clock,
            keep=settings.backups_to_keep,
            second_folder=settings.backup_folder,
        )
        support = SupportService(
            services.uow, services.clock, data_dir=settings.data_dir, db_path=settings.db_path
        )
        BackupStatusWidget(runner, backups, parent=window).attach(window)
        SupportReportButton(
            runner, lambda: support.save_report(settings.data_dir, asdict(settings)), parent=window
        ).attach(window)

    shell.logged_in.connect(attach)


def _start_update_notice(settings: Settings, shell: Shell) -> None:
    """ "Update X available" in the status bar when head office publishes a newer version."""

    def attach(_user: object) -> None:
        window = shell.main_window
        if window is None:
            return
        from jewelpos.sync.updates import check_for_update
        from jewelpos.ui.widgets.update_status import UpdateStatusWidget

        widget = UpdateStatusWidget(lambda: check_for_update(settings.db_path), parent=window)
        widget.attach(window)

    shell.logged_in.connect(attach)


def _show_startup_error(problem: JewelPOSError, settings: Settings) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from jewelpos.ui.messages import error_text

    _qt_app()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("JewelPOS")
    box.setText(QCoreApplication.translate("Startup", "The counter could not start."))
    box.setInformativeText(
        error_text(problem)
        + "\n\n"
        + QCoreApplication.translate("Startup", "Data folder: {path}").format(
            path=settings.data_dir
        )
    )
    box.setDetailedText(problem.message)
    box.exec()


def run_gui(settings: Settings, *, language: str | None = None) -> int:
    """Open the counter and run until it is closed; environment problems at start are a message."""
    from jewelpos.logs import FORMAT, setup_logging

    logging.basicConfig(level=logging.INFO, format=FORMAT)
    setup_logging(settings.logs_dir)
    try:
        counter = build_app(settings, language=language)
    except Exception as exc:
        problem = environment_problem(exc)
        if problem is None:
            raise
        log.error("cannot start: %s", exc)
        _show_startup_error(problem, settings)
        return 1

    current = {"settings": settings}

    def remember_language(lang: str) -> None:
        current["settings"] = current["settings"].with_changes(language=lang)
        try:
            save_settings(current["settings"])
        except OSError as exc:  # the choice is also stored with the user; this is only the default
            log.warning("could not save settings: %s", exc)

    counter.shell.language_changed.connect(remember_language)
    try:
        return int(counter.app.exec())
    finally:
        counter.close()
