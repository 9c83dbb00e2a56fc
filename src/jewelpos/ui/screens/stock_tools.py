"""The stock tools screens (receive, stock-take, transfers, import, tag layout) for the main window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from jewelpos.ui.screens.import_data import ImportScreen
from jewelpos.ui.screens.receiving import ReceivingScreen
from jewelpos.ui.screens.stocktake import StockTakeScreen
from jewelpos.ui.screens.tag_layout import TagLayoutScreen
from jewelpos.ui.screens.transfers import TransfersScreen

if TYPE_CHECKING:
    from jewelpos.services import Services
    from jewelpos.services.auth import UserInfo
    from jewelpos.ui.tasks import TaskRunner

# screen name -> its key in the main window's side bar
STOCK_KEYS: dict[str, str] = {
    "receive": "Ctrl+3",
    "stocktake": "Ctrl+4",
    "transfers": "Ctrl+5",
    "import": "Ctrl+6",
    "tags": "Ctrl+7",
}
_NAMES: dict[str, object] = {
    "receive": QT_TRANSLATE_NOOP("StockTools", "Receive"),
    "stocktake": QT_TRANSLATE_NOOP("StockTools", "Stock-take"),
    "transfers": QT_TRANSLATE_NOOP("StockTools", "Transfers"),
    "import": QT_TRANSLATE_NOOP("StockTools", "Import"),
    "tags": QT_TRANSLATE_NOOP("StockTools", "Tag settings"),
}


def stock_nav_text() -> dict[str, str]:
    """Side-bar button text per screen: translated name and key."""
    return {
        name: QCoreApplication.translate("StockTools", str(_NAMES[name])) + "\n" + key
        for name, key in STOCK_KEYS.items()
    }


def build_stock_screens(
    services: Services,
    runner: TaskRunner,
    *,
    user: UserInfo,
    photos_dir: Path | None,
    data_dir: str,
) -> dict[str, QWidget]:
    """The screens by name, in side-bar order; each has start() and focus_first()."""
    reports = Path(data_dir) / "reports" if data_dir else Path.cwd() / "reports"
    return {
        "receive": ReceivingScreen(services, runner, user=user, photos_dir=photos_dir),
        "stocktake": StockTakeScreen(services, runner, user=user, reports_dir=reports),
        "transfers": TransfersScreen(services, runner, user=user),
        "import": ImportScreen(services, runner, user=user),
        "tags": TagLayoutScreen(services, runner, user=user),
    }
