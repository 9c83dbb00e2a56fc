"""A combo of GST states that finds a state by typing any part of its name or its two-digit code."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


class StateCombo(QComboBox):
    """Items ``27 · Maharashtra`` sorted by name; ``resolve()`` turns typed text into a state code."""

    def __init__(self, states: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        for code, name in sorted(states.items(), key=lambda kv: kv[1]):
            self.addItem(f"{code} · {name}", code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.setEditText("")

    def code(self) -> str | None:
        """The chosen state's code, if the text names exactly one state."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return None

    def resolve(self) -> str | None:
        """Match the typed text (code, name or part of a name) to one state and select it."""
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()
        text = self.currentText().strip().lower()
        if not text:
            return None
        exact = self.code()
        if exact is not None:
            return exact
        matches = [i for i in range(self.count()) if text in self.itemText(i).lower()]
        starts = [
            i for i in matches if self.itemText(i).lower().split(" · ", 1)[-1].startswith(text)
        ]
        by_code = [i for i in range(self.count()) if str(self.itemData(i)) == text]
        for candidates in (
            by_code,
            matches if len(matches) == 1 else [],
            starts if len(starts) == 1 else [],
        ):
            if candidates:
                self.setCurrentIndex(candidates[0])
                return str(self.itemData(candidates[0]))
        return None

    def select_code(self, code: str) -> bool:
        index = self.findData(code)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True
