"""Printing messages that say what is really wrong: no printer set (and where to set one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jewelpos.domain.errors import JewelPOSError
from jewelpos.ui.messages import error_text

_CTX = "PrintTexts"


def no_printer_text() -> str:
    """A receipt queued because no receipt printer is set: say so, and how to set one."""
    return QCoreApplication.translate(
        "PrintTexts",
        "No receipt printer is set: the receipt is queued. Set the printer in Settings (F12), "
        "then Ctrl+Shift+R prints the queue.",
    )


def no_tag_printer_text() -> str:
    """Tags cannot print because no tag printer is set: name the screen as the menu does."""
    return QCoreApplication.translate(
        "PrintTexts", "No tag printer is set. Set it in Tag settings (Ctrl+7), then print again."
    )


def print_error_text(exc: JewelPOSError) -> str:
    """The sentence for a failed print: the missing tag printer in words, else the usual text."""
    if exc.params.get("reason") == "no_tag_printer":
        return no_tag_printer_text()
    return error_text(exc)
