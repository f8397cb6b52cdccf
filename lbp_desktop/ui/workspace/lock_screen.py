"""The lock screen over the workspace: the same user's password unlocks, or another user signs
in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from lbp_desktop.security import throttle
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import card, plain_label
from lbp_desktop.ui.workspace.login import Countdown


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
        self.countdown = Countdown(self.error, self.unlock_button, lambda: None)
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
