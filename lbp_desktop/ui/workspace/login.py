"""Sign-in dialog and the lock screen (same user's password, or switch user)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.security import throttle
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import DemoBanner, card, plain_label

TOO_MANY = 3
"""Failed attempts in a row before the message says "too many": one or two typos are normal."""


def _wait_text(ms: int) -> str:
    """The countdown line: "Prøv igen om N s." — "For mange forkerte forsøg." in front only
    after ``TOO_MANY`` failures in a row."""
    if ms <= 0:
        return ""
    seconds = max(1, -(-ms // 1000))
    if throttle.WORKSPACE.failures >= TOO_MANY:
        text = QCoreApplication.translate("Login", "For mange forkerte forsøg. Prøv igen om %1 s.")
    else:
        text = QCoreApplication.translate("Login", "Prøv igen om %1 s.")
    return text.replace("%1", str(seconds))


class _Countdown(QTimer):
    """Keeps an error label's countdown current while the throttle's delay runs: the text is
    ``reason`` plus the remaining seconds, and ``button`` is enabled again at zero."""

    def __init__(self, label: QLabel, button: QPushButton, changed: Any) -> None:
        super().__init__(label)
        self.label = label
        self.button = button
        self.reason = ""
        self._changed = changed
        self.setInterval(200)
        self.timeout.connect(self.tick)

    def show_error(self, reason: str) -> None:
        self.reason = reason
        self.tick()
        if throttle.WORKSPACE.wait_ms() > 0:
            self.start()

    def tick(self) -> None:
        wait = throttle.WORKSPACE.wait_ms()
        text = "\n".join(filter(None, (self.reason, _wait_text(wait))))
        self.button.setEnabled(wait <= 0)
        if wait <= 0:
            self.stop()
        if text != self.label.text() or self.label.isHidden() == bool(text):
            self.label.setText(text)
            self.label.setVisible(bool(text))
            self._changed()


class LoginDialog(QDialog):
    """Username + password → ``store.authenticate``. ``user`` holds the result on accept."""

    def __init__(self, store: Any, *, username: str = "", clinic_name: str = "",
                 demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = None
        self.setWindowTitle(self.tr("Log ind"))  # the platform adds the app name
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if demo:
            outer.addWidget(DemoBanner())
        body = QVBoxLayout()
        body.setContentsMargins(theme.SPACING * 2, theme.SPACING * 2, theme.SPACING * 2,
                                theme.SPACING * 2)
        body.setSpacing(theme.SPACING)
        outer.addLayout(body)
        body.addWidget(plain_label(self.tr("Log ind"), role="h1"))
        if clinic_name:
            body.addWidget(plain_label(clinic_name, role="muted"))
        if demo:
            hint = plain_label(self.tr("Demo: brugernavn demo, adgangskode demo"), role="muted")
            body.addWidget(hint)
        form = QFormLayout()
        form.setSpacing(theme.SPACING)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Brugernavn"), self.username)
        form.addRow(self.tr("Adgangskode"), self.password)
        body.addLayout(form)
        self.error = plain_label("", wrap=True)
        self.error.setObjectName("error")
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        self.error.hide()
        body.addWidget(self.error)
        body.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(self.tr("Annullér"))
        self.cancel_button.clicked.connect(self.reject)
        self.login_button = QPushButton(self.tr("Log ind"))
        self.login_button.setProperty("role", "primary")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.login_button)
        body.addLayout(buttons)
        self.countdown = _Countdown(self.error, self.login_button, self._fit_error)
        (self.password if username else self.username).setFocus()
        if throttle.WORKSPACE.wait_ms() > 0:   # a fresh dialog while the delay still runs
            self.countdown.show_error("")

    def _fit_error(self) -> None:
        """Grow (or shrink back) to fit the error at the current width: the fields keep their
        height and the red text is never cut."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width())
        if wanted > 0 and wanted != self.height():
            self.resize(self.width(), max(wanted, self.minimumSizeHint().height()))

    def try_login(self) -> bool:
        if throttle.WORKSPACE.wait_ms():
            self.countdown.show_error(self.countdown.reason)
            return False
        user = self.store.authenticate(self.username.text().strip(), self.password.text())
        if user is None:
            throttle.WORKSPACE.failed()
            self.countdown.show_error(self.tr(
                "Forkert brugernavn eller adgangskode, eller kontoen er deaktiveret."))
            self.password.clear()
            self.password.setFocus()
            return False
        throttle.WORKSPACE.succeeded()
        self.countdown.stop()
        self.user = user
        self.accept()
        return True


class LockScreen(QWidget):
    """Covers the workspace: only the signed-in user's password (or another user) unlocks."""

    unlocked = Signal(object)        # the User
    switch_user = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = None
        self.setObjectName("LockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(f"#LockScreen {{ background:{theme.MODE['locked'].bg}; }}")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        frame, layout = card()
        frame.setFixedWidth(440)
        self.title = plain_label(self.tr("Skærmen er låst"), role="h1")
        layout.addWidget(self.title)
        self.who = plain_label("", role="muted", wrap=True)
        layout.addWidget(self.who)
        self.password = QLineEdit()
        self.password.setObjectName("lock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Adgangskode"))
        self.password.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.password)
        self.error = plain_label("", wrap=True)
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.switch_button = QPushButton(self.tr("Skift bruger"))
        self.switch_button.clicked.connect(self.switch_user)
        self.unlock_button = QPushButton(self.tr("Lås op"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.countdown = _Countdown(self.error, self.unlock_button, lambda: None)
        h = QHBoxLayout()
        h.addStretch(1)
        h.addWidget(frame)
        h.addStretch(1)
        outer.addLayout(h)
        outer.addStretch(2)

    def lock_for(self, user: Any) -> None:
        self.user = user
        self.title.setText(self.tr("Skærmen er låst"))
        self.password.show()
        self.unlock_button.show()
        self.switch_button.setText(self.tr("Skift bruger"))
        self.password.clear()
        self.error.hide()
        self.who.setText(self.tr("Låst af %1 (%2). Indtast adgangskoden for at fortsætte.")
                         .replace("%1", user.name).replace("%2", user.username))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def signed_out(self) -> None:
        """After "Log ud": nobody to unlock for; the only way on is to sign in."""
        self.user = None
        self.title.setText(self.tr("Du er logget ud"))
        self.who.setText(self.tr("Log ind for at fortsætte."))
        self.password.clear()
        self.password.hide()
        self.unlock_button.hide()
        self.error.hide()
        self.switch_button.setText(self.tr("Log ind"))

    def try_unlock(self) -> bool:
        if self.user is None:
            return False
        if throttle.WORKSPACE.wait_ms():
            self.password.clear()
            self.countdown.show_error(self.countdown.reason)
            return False
        user = self.store.authenticate(self.user.username, self.password.text())
        self.password.clear()
        if user is None or user.id != self.user.id:
            throttle.WORKSPACE.failed()
            self.countdown.show_error(self.tr("Forkert adgangskode."))
            return False
        throttle.WORKSPACE.succeeded()
        self.countdown.stop()
        self.countdown.reason = ""
        self.error.hide()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(user)
        return True
