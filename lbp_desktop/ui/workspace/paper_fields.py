"""One keyboard-first answer field per item, for typing in a paper questionnaire.

A single key answers and moves on: the option's number for a choice (1–9, 0 for a tenth), J/Y or
N for yes/no, a digit for a 0–10 scale (1 waits for a possible 0, so 10 is two keys). Numbers and
text are typed and committed with Enter or Tab. Backspace or Delete clears an answer, which then
shows as unanswered. Input outside what the form allows is refused at once, never stored.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLineEdit, QWidget

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import plain_label

Value = int | str | None


def option_keys(item: Any) -> dict[str, Any]:
    """The key that picks each option code: its position 1–9, and 0 for a tenth option."""
    keys: dict[str, Any] = {}
    for index, option in enumerate(item.options[:10], start=1):
        keys["0" if index == 10 else str(index)] = option.code
    return keys


def words_for(item: Any, value: Value, lang: str) -> str:
    """An answer as the patient's words (or the number with its unit)."""
    if value is None:
        return ""
    if item.options:
        return str(item.option_label(value, lang))
    if item.type == "number" and item.unit is not None:
        return f"{value} {item.unit.get(lang)}"
    return str(value)


class EntryField(QLineEdit):
    """The answer field of one item. ``committed`` carries the new value (``None``: cleared);
    ``refused`` a short reason when a key or a typed value is not an answer to this item."""

    committed = Signal(object)
    refused = Signal(str)

    def __init__(self, item: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.value: Value = None
        self._pending_one = False
        self.setFixedWidth(96)
        if item.type == "text":
            self.setMinimumWidth(320)
            self.setMaximumWidth(16777215)
        self.setAccessibleName(item.text.da)

    # -- showing -------------------------------------------------------------------------------

    def show_value(self, value: Value) -> None:
        self.value = value
        self._pending_one = False
        if value is None:
            self.setText("")
        elif self.item.type in ("single_choice", "yes_no"):
            key = next((k for k, c in option_keys(self.item).items() if c == value), "")
            if self.item.type == "yes_no":
                key = "J" if value == 1 else "N"
            self.setText(key)
        else:
            self.setText(str(value))

    # -- keys ----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        if self.item.type in ("text", "number"):
            self._typed_key(event)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._commit(None)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._pending_one:
                self._commit(1)
            return
        if not text or not text.isprintable():
            super().keyPressEvent(event)
            return
        self._answer_key(text.upper())

    def _answer_key(self, char: str) -> None:
        item = self.item
        if item.type == "yes_no":
            code = {"J": 1, "Y": 1, "1": 1, "N": 0, "0": 0}.get(char)
            if code is None:
                self.refused.emit(self.tr("Tast J (ja) eller N (nej)."))
                return
            self._commit(code)
        elif item.type == "single_choice":
            keys = option_keys(item)
            if char not in keys:
                self.refused.emit(self.tr("Tast tallet ud for svaret (1–%n).", "",
                                          len(keys)))
                return
            self._commit(keys[char])
        elif item.type == "scale_0_10":
            if not char.isdigit():
                self.refused.emit(self.tr("Tast et tal fra 0 til 10."))
                return
            if self._pending_one:
                if char == "0":
                    self._commit(10)
                    return
                self._commit(1)
                return
            if char == "1":
                self._pending_one = True
                self.setText("1")
                return
            self._commit(int(char))

    def _typed_key(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._commit_typed()
            self.focusNextChild()
            return
        if self.item.type == "number" and event.text() and event.text().isprintable():
            candidate = self.text()[:self.cursorPosition()] + event.text() + \
                self.text()[self.cursorPosition():]
            if not candidate.isdigit() or int(candidate) > self.item.max:
                self.refused.emit(self.tr("Tast et helt tal fra %1 til %2.")
                                  .replace("%1", str(self.item.min))
                                  .replace("%2", str(self.item.max)))
                return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._pending_one:
            self._commit(1, move_on=False)
        elif self.item.type in ("text", "number"):
            self._commit_typed(move_on=False)
        super().focusOutEvent(event)

    def _commit_typed(self, move_on: bool = False) -> None:
        raw = self.text().strip()
        if self.item.type == "number":
            value: Value = int(raw) if raw else None
            if value is not None and value < self.item.min:
                self.refused.emit(self.tr("Tast et helt tal fra %1 til %2.")
                                  .replace("%1", str(self.item.min))
                                  .replace("%2", str(self.item.max)))
                self.show_value(self.value)
                return
        else:
            value = raw or None
        if value != self.value:
            self._commit(value, move_on=move_on)

    def _commit(self, value: Value, *, move_on: bool = True) -> None:
        self._pending_one = False
        self.show_value(value)
        self.committed.emit(value)
        if move_on and value is not None:
            self.focusNextChild()


class EntryRow(QFrame):
    """An item's number, its text, the keys that answer it, the field and the answer in words."""

    def __init__(self, number: int, item: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.lang = lang
        self.setObjectName("entryRow")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(theme.SPACING)
        self.question = plain_label(f"{number}. {item.text.get(lang)}", wrap=True)
        grid.addWidget(self.question, 0, 0)
        legend = self._legend()
        self.legend = plain_label(legend, role="muted", wrap=True)
        self.legend.setVisible(bool(legend))
        grid.addWidget(self.legend, 1, 0)
        self.field = EntryField(item, self)
        grid.addWidget(self.field, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.words = plain_label("", wrap=True)
        self.words.setMinimumWidth(220)
        grid.addWidget(self.words, 0, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 1)
        self.show_value(None)

    def _legend(self) -> str:
        item, lang = self.item, self.lang
        if item.type == "yes_no":
            return f"J = {item.option_label(1, lang)}   N = {item.option_label(0, lang)}"
        if item.type == "single_choice":
            return "   ".join(f"{key} = {item.option_label(code, lang)}"
                              for key, code in option_keys(item).items())
        if item.type == "scale_0_10" and item.anchors is not None:
            return f"0 = {item.anchors.low.get(lang)}   10 = {item.anchors.high.get(lang)}"
        if item.type == "number":
            return f"{item.min}–{item.max}"
        return ""

    def show_value(self, value: Value) -> None:
        self.field.show_value(value)
        if value is None:
            self.words.setText(self.tr("Ikke besvaret"))
            self.words.setStyleSheet(f"color: {theme.FLAG.fg}; font-weight: 600;")
        else:
            self.words.setText(words_for(self.item, value, self.lang))
            self.words.setStyleSheet("")
