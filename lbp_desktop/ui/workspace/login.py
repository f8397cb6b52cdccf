"""Sign-in dialog and the lock screen (same user's password, or switch user)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.security import throttle
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import DemoBanner, card, plain_label


def _wait_text(ms: int) -> str:
    if ms <= 0:
        return ""
    seconds = max(1, -(-ms // 1000))
    return QCoreApplication.translate("Login", "For mange forkerte forsøg. Prøv igen om %1 s.") \
        .replace("%1", str(seconds))


def _hold(button: QPushButton, ms: int) -> None:
    """Disable ``button`` for the throttle's delay (the attempt is refused meanwhile anyway)."""
    if ms <= 0:
        return
    button.setEnabled(False)
    QTimer.singleShot(ms, button, lambda: button.setEnabled(True))


class LoginDialog(QDialog):
    """Username + password → ``store.authenticate``. ``user`` holds the result on accept."""

    def __init__(self, store: Any, *, username: str = "", clinic_name: str = "",
                 demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user = None
        self.setWindowTitle(self.tr("Log ind – lbp-desktop"))
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
        (self.password if username else self.username).setFocus()

    def try_login(self) -> bool:
        wait = throttle.WORKSPACE.wait_ms()
        if wait:
            self.error.setText(_wait_text(wait))
            self.error.show()
            return False
        user = self.store.authenticate(self.username.text().strip(), self.password.text())
        if user is None:
            delay = throttle.WORKSPACE.failed()
            self.error.setText(" ".join(filter(None, (
                self.tr("Forkert brugernavn eller adgangskode, eller kontoen er deaktiveret."),
                _wait_text(delay)))))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            _hold(self.login_button, delay)
            return False
        throttle.WORKSPACE.succeeded()
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
        wait = throttle.WORKSPACE.wait_ms()
        if wait:
            self.password.clear()
            self.error.setText(_wait_text(wait))
            self.error.show()
            return False
        user = self.store.authenticate(self.user.username, self.password.text())
        self.password.clear()
        if user is None or user.id != self.user.id:
            delay = throttle.WORKSPACE.failed()
            self.error.setText(" ".join(filter(None, (self.tr("Forkert adgangskode."),
                                                      _wait_text(delay)))))
            self.error.show()
            _hold(self.unlock_button, delay)
            return False
        throttle.WORKSPACE.succeeded()
        self.error.hide()
        self.unlocked.emit(user)
        return True
