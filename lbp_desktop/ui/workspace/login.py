"""The sign-in dialog, the first window of a normal start.

Only what this dialog needs is imported here (the lock screen is ``lock_screen``): nothing on the
way to its first paint touches an enum of Qt's ``Qt`` namespace, whose first use builds all of its
~95 enum classes (~15 ms) — see ``widgets.plain_label``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
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

from lbp_desktop.domain.records import User
from lbp_desktop.security import throttle
from lbp_desktop.storage.store import Store
from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import DemoBanner, plain_label

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


class Countdown(QTimer):
    """Keeps an error label's countdown current while the throttle's delay runs: the text is
    ``reason`` plus the remaining seconds, and ``button`` is enabled again at zero."""

    def __init__(self, label: QLabel, button: QPushButton, changed: Callable[[], None]) -> None:
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

    def __init__(self, store: Store, *, username: str = "", clinic_name: str = "",
                 demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.user: User | None = None
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
        self.countdown = Countdown(self.error, self.login_button, self._fit_error)
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
