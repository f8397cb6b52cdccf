"""Touch widgets for the patient screens: word-wrapping answer buttons, the 0–10 scale row and a
number keypad. Every control gets an accessible name and description for screen readers.

These widgets carry no instrument text of their own: labels come from the form data.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui.kiosk.style import px, touch


def accessible(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description or name)
    return widget


def set_role(widget: QWidget, role: str) -> QWidget:
    widget.setProperty("role", role)
    return widget


def wrap_label(text: str = "", role: str = "", *, align: Qt.AlignmentFlag | None = None) -> QLabel:
    """A label that wraps its words and grows in height instead of clipping."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(label, role)
    if align is not None:
        label.setAlignment(align)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    accessible(label, text)
    return label


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class ChoiceButton(QPushButton):
    """A large checkable button whose label wraps onto several lines (long options at 200 %)."""

    def __init__(self, text: str, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.label = wrap_label(text, "choice")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        margin_h, margin_v = px(16, min(scale, 1.25)), px(8, min(scale, 1.25))
        layout.setContentsMargins(margin_h, margin_v, margin_h, margin_v)
        layout.addWidget(self.label)
        self._min_height = touch(scale)
        self.setMinimumHeight(self._min_height)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.toggled.connect(self._show_state)
        accessible(self, text)

    def text_shown(self) -> str:
        return self.label.text()

    def _show_state(self, on: bool) -> None:
        self.label.setProperty("on", "true" if on else "false")
        repolish(self.label)

    def sizeHint(self) -> QSize:
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._min_height))

    def minimumSizeHint(self) -> QSize:
        hint = self.layout().minimumSize()
        return QSize(min(hint.width(), px(160, 1.0)), self._min_height)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.layout().totalHeightForWidth(width), self._min_height)


class ChoiceList(QWidget):
    """Large answer buttons: a column (or several, where a long list must fit the screen) for a
    single choice, or a row of two for yes/no."""

    chosen = Signal(object)

    def __init__(self, options: list[tuple[object, str]], value: object, *, scale: float,
                 row: bool = False, question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.columns = len(options) if row else 1
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(px(14, min(scale, 1.5)))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, ChoiceButton] = {}
        for code, label in options:
            button = ChoiceButton(label, scale)
            if row:
                button.setMinimumHeight(touch(scale) + 16)
                button._min_height = touch(scale) + 16
                button.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            accessible(button, label, question)
            button.setChecked(code == value)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
        self._place()

    def set_columns(self, columns: int) -> None:
        """Lay the answers out in ``columns`` columns, filled top to bottom (reading order)."""
        columns = len(self.buttons) if self.row else max(1, min(columns, len(self.buttons)))
        if columns != self.columns:
            self.columns = columns
            self._place()

    def _place(self) -> None:
        buttons = list(self.buttons.values())
        for button in buttons:
            self.grid.removeWidget(button)
        rows = -(-len(buttons) // self.columns)
        for index, button in enumerate(buttons):
            if self.row:
                self.grid.addWidget(button, 0, index)
            else:
                self.grid.addWidget(button, index % rows, index // rows)
        for column in range(max(self.grid.columnCount(), self.columns)):
            self.grid.setColumnStretch(column, 1 if column < self.columns else 0)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.grid.totalHeightForWidth(width)


class ScaleRow(QWidget):
    """0–10 as eleven large buttons in one row, with the anchor words under the two ends.

    The row never breaks: the numbers' type is capped (see ``style.py``) so "10" fits an eleventh of
    a portrait tablet at 200 %, and every button keeps the same height from question to question.
    """

    chosen = Signal(int)

    def __init__(self, value: int | None, low: str, high: str, *, scale: float,
                 question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.low, self.high = low, high
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(px(10, min(scale, 1.5)))
        self.grid = QGridLayout()
        self.grid.setSpacing(px(6, min(scale, 1.5)))
        outer.addLayout(self.grid)
        anchors = QHBoxLayout()
        anchors.setSpacing(px(24, scale))
        self.low_label = wrap_label(f"0 = {low}", "anchor", align=Qt.AlignmentFlag.AlignLeft)
        self.high_label = wrap_label(f"10 = {high}", "anchor", align=Qt.AlignmentFlag.AlignRight)
        anchors.addWidget(self.low_label, 1)
        anchors.addWidget(self.high_label, 1)
        outer.addLayout(anchors)
        self.group = QButtonGroup(self)
        self.buttons: list[QPushButton] = []
        for number in range(11):
            button = QPushButton(str(number))
            set_role(button, "scale")
            button.setCheckable(True)
            button.setChecked(value == number)
            button.setMinimumHeight(touch(scale) + 8)
            button.setMinimumWidth(1)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            accessible(button, str(number), f"{question} (0 = {low}, 10 = {high})")
            button.clicked.connect(lambda _=False, n=number: self.chosen.emit(n))
            self.group.addButton(button)
            self.buttons.append(button)
            self.grid.addWidget(button, 0, number)
            self.grid.setColumnStretch(number, 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        button_h = max(max(b.sizeHint().height() for b in self.buttons),
                       self.buttons[0].minimumHeight())
        half = max(width // 2 - 12, 50)
        anchors = max(self.low_label.heightForWidth(half), self.high_label.heightForWidth(half))
        return button_h + self.layout().spacing() + anchors


class KeyPad(QWidget):
    """A 3×4 keypad: digits, erase and one extra key (clear or OK)."""

    key = Signal(str)

    def __init__(self, *, scale: float, extra: str, extra_name: str, erase_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(px(10, scale))
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "extra"]
        for index, name in enumerate(keys):
            text = {"erase": "⌫", "extra": extra}.get(name, name)
            button = QPushButton(text)
            set_role(button, "primary" if name == "extra" and extra == "OK" else "key")
            button.setMinimumSize(px(96, min(scale, 1.5)), touch(scale) + 8)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label = {"erase": erase_name, "extra": extra_name}.get(name, name)
            accessible(button, label)
            button.clicked.connect(lambda _=False, k=name: self.key.emit(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[name] = button

    def setEnabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)


def digits_after(current: str, key: str, max_len: int) -> str:
    """The digit string after one keypad key (``erase`` removes one; other keys change nothing)."""
    if key == "erase":
        return current[:-1]
    if key.isdigit():
        if current == "0":
            return key
        if len(current) < max_len:
            return current + key
    return current
