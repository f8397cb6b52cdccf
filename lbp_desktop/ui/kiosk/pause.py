"""Leaving the tablet for a moment: the idle warning with its countdown, the patient's own way
back after the pause (day and month of birth), and the staff corner.

A pause hides the answers from whoever picks the tablet up next. The patient gets them back by
typing the day and month of their birth (four digits, checked against the CPR number); a wrong
entry costs a growing delay (``security.throttle``), and staff can always resume for them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lbp_desktop.security.throttle import SignInThrottle
from lbp_desktop.ui.kiosk.base import Retranslated, Scaffold, button, retext
from lbp_desktop.ui.kiosk.widgets import KeyPad, accessible, set_role, wrap_label


class IdleWarningScreen(Retranslated):
    """"Er du her stadig?" with a visible countdown; "Jeg er her stadig" goes back."""

    still_here = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = Scaffold(self)
        page.content.addStretch(1)
        frame = QFrame()
        set_role(frame, "calm")
        box = QVBoxLayout(frame)
        box.setContentsMargins(40, 32, 40, 32)
        box.setSpacing(20)
        self.title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.countdown = wrap_label("", "question", align=Qt.AlignmentFlag.AlignCenter)
        self.here_button = button("", "primary")
        self.here_button.setMinimumHeight(80)
        self.here_button.clicked.connect(self._here)
        box.addWidget(self.title)
        box.addWidget(self.countdown)
        box.addWidget(self.here_button)
        page.content.addWidget(frame)
        page.content.addStretch(2)
        self.remaining_s = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.retranslate()

    def start(self, seconds: int) -> None:
        self.remaining_s = max(1, seconds)
        self.retranslate()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _tick(self) -> None:
        self.remaining_s -= 1
        if self.remaining_s <= 0:
            self.timer.stop()
            self.expired.emit()
            return
        self.retranslate()

    def _here(self) -> None:
        self.timer.stop()
        self.still_here.emit()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Er du her stadig?"))
        retext(self.countdown, self.tr("Skærmen holder pause om {seconds} sekunder, og dine svar "
                                       "bliver skjult.").format(seconds=self.remaining_s))
        retext(self.here_button, self.tr("Jeg er her stadig"),
               self.tr("Fortsæt med spørgsmålene"))


class BirthCheckScreen(Retranslated):
    """The patient resumes after a pause by typing day and month of birth (DDMM)."""

    passed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = ""
        self.digits = ""
        self.throttle = SignInThrottle(base_ms=2000)
        page = Scaffold(self)
        self.title = wrap_label("", "title")
        self.text = wrap_label("")
        self.display = QLabel("")
        set_role(self.display, "display")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = wrap_label("", "error")
        self.pad = KeyPad(scale=1.0, extra="OK", extra_name="OK", erase_name="⌫")
        self.pad.setMaximumWidth(480)
        self.pad.key.connect(self.key)
        page.content.addWidget(self.title)
        row = QHBoxLayout()  # the keypad beside the words: all of it in view at 200 %
        row.setSpacing(32)
        words = QVBoxLayout()
        for widget in (self.text, self.display, self.message):
            words.addWidget(widget)
        words.addStretch(1)
        row.addLayout(words, 1)
        row.addWidget(self.pad, 1, Qt.AlignmentFlag.AlignTop)
        page.content.addLayout(row)
        page.content.addStretch(1)
        self.cancel_button = button("")
        self.cancel_button.clicked.connect(self.cancelled)
        page.footer.addWidget(self.cancel_button)
        page.footer.addStretch(1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._show_wait)
        self.retranslate()

    def start(self, cpr: str) -> None:
        """``cpr``: the patient's CPR number (its first four digits are day and month)."""
        self.expected = cpr[:4] if len(cpr) >= 4 and cpr[:4].isdigit() else ""
        self.digits = ""
        self.message.setText("")
        self._show()

    def available(self) -> bool:
        return bool(self.expected)

    def key(self, name: str) -> None:
        if self.throttle.wait_ms() > 0:
            return
        if name == "extra":
            self._check()
            return
        if name == "erase":
            self.digits = self.digits[:-1]
        elif name.isdigit() and len(self.digits) < 4:
            self.digits += name
        self._show()

    def _check(self) -> None:
        if self.expected and self.digits == self.expected:
            self.throttle.succeeded()
            self.digits = ""
            self._show()
            self.passed.emit()
            return
        self.throttle.failed()
        self.digits = ""
        self._show()
        self.ticker.start()
        self._show_wait()

    def _show_wait(self) -> None:
        wait = self.throttle.wait_ms()
        if wait <= 0:
            self.ticker.stop()
            self.pad.setEnabled(True)
            retext(self.message, self.tr("Det passede ikke. Prøv igen, eller spørg personalet.")
                   if self.throttle.failures else "")
            return
        self.pad.setEnabled(False)
        retext(self.message, self.tr("Det passede ikke. Prøv igen om {seconds} s.").format(
            seconds=(wait + 999) // 1000))

    def _show(self) -> None:
        shown = " ".join(self.digits[:2]) + ("  /  " if len(self.digits) > 2 else "")
        shown += " ".join(self.digits[2:])
        self.display.setText(shown)
        accessible(self.display, self.tr("Fødselsdag og -måned"),
                   self.tr("{count} cifre indtastet").format(count=len(self.digits)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A physical keyboard works as the keypad does (digits, Backspace, Return)."""
        name = key_name(event)
        if name is not None:
            self.key(name)
            event.accept()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        retext(self.title, self.tr("Fortsæt dit spørgeskema"))
        retext(self.text, self.tr("Skriv din fødselsdag og -måned med fire cifre. Er du født "
                                  "den 5. marts, skriver du 0 5 0 3."))
        retext(self.cancel_button, self.tr("Tilbage"))
        self.pad.buttons["erase"].setAccessibleName(self.tr("Slet et ciffer"))
        self.pad.buttons["extra"].setAccessibleName(self.tr("Fortsæt"))


def key_name(event: QKeyEvent) -> str | None:
    """The keypad key a physical key stands for: a digit, ``erase`` or ``extra`` (OK)."""
    text = event.text()
    if len(text) == 1 and text.isdigit():
        return text
    if event.key() == Qt.Key.Key_Backspace:
        return "erase"
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "extra"
    return None


class StaffCorner(QPushButton):
    """Staff access out of the patient's way: a press held for ``HOLD_MS`` in the top-left corner.
    A tap does nothing, so a patient cannot leave self-service by accident."""

    held = Signal()
    HOLD_MS = 1500

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        set_role(self, "corner")
        self.setFixedSize(72, 72)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.HOLD_MS)
        self.timer.timeout.connect(self.held)
        accessible(self, self.tr("Personale"),
                   self.tr("Kun for personalet: hold fingeren her i to sekunder"))
        self.move(QPoint(0, 0))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.timer.stop()
        event.accept()
