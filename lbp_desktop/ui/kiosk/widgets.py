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

from lbp_desktop.ui.kiosk.style import TOUCH_PX, px


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
        margin_h, margin_v = px(22, scale), px(12, scale)
        layout.setContentsMargins(margin_h, margin_v, margin_h, margin_v)
        layout.addWidget(self.label)
        self._min_height = px(TOUCH_PX, scale)
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
    """A column of large answer buttons (single choice) or a row of two (yes/no)."""

    chosen = Signal(object)

    def __init__(self, options: list[tuple[object, str]], value: object, *, scale: float,
                 row: bool = False, question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout: QHBoxLayout | QVBoxLayout = QHBoxLayout(self) if row else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(px(14, scale))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[object, ChoiceButton] = {}
        for code, label in options:
            button = ChoiceButton(label, scale)
            if row:
                policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
                policy.setHeightForWidth(True)
                button.setSizePolicy(policy)
                button.setMinimumHeight(px(TOUCH_PX + 24, scale))
                button._min_height = px(TOUCH_PX + 24, scale)
                button.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            accessible(button, label, question)
            button.setChecked(code == value)
            button.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button, 1)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)


class ScaleRow(QWidget):
    """0–10 as eleven large buttons with the anchor words under the two ends.

    Where eleven buttons would be too narrow for their numbers (portrait at 200 %), the row breaks
    into 0–5 and 6–10.
    """

    chosen = Signal(int)

    def __init__(self, value: int | None, low: str, high: str, *, scale: float,
                 question: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.low, self.high = low, high
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(px(10, scale))
        self.grid = QGridLayout()
        self.grid.setSpacing(px(8, scale))
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
            button.setMinimumHeight(px(TOUCH_PX + 8, scale))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            accessible(button, str(number), f"{question} (0 = {low}, 10 = {high})")
            button.clicked.connect(lambda _=False, n=number: self.chosen.emit(n))
            self.group.addButton(button)
            self.buttons.append(button)
        self._rows = 0
        self._arrange(1)

    def _needed_width(self) -> int:
        metrics = self.buttons[10].fontMetrics()
        return metrics.horizontalAdvance("10") + px(20, self.scale)

    def _arrange(self, rows: int) -> None:
        if rows == self._rows:
            return
        self._rows = rows
        for button in self.buttons:
            self.grid.removeWidget(button)
        per_row = 11 if rows == 1 else 6
        for number, button in enumerate(self.buttons):
            self.grid.addWidget(button, number // per_row, number % per_row)
        self.updateGeometry()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        spacing = self.grid.spacing()
        fits_one_row = 11 * self._needed_width() + 10 * spacing <= event.size().width()
        self._arrange(1 if fits_one_row else 2)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        spacing = self.grid.spacing()
        rows = 1 if 11 * self._needed_width() + 10 * spacing <= width else 2
        button_h = max(b.sizeHint().height() for b in self.buttons)
        button_h = max(button_h, self.buttons[0].minimumHeight())
        anchors = max(self.low_label.heightForWidth(max(width // 2 - 12, 50)),
                      self.high_label.heightForWidth(max(width // 2 - 12, 50)))
        return rows * button_h + (rows - 1) * spacing + self.layout().spacing() + anchors


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
            button.setMinimumSize(px(96, scale), px(TOUCH_PX + 8, scale))
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
