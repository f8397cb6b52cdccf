"""The neutral staff screen of patient mode: waiting, privacy pause, sign-in, patient list."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.security.throttle import SignInThrottle
from lbp_desktop.ui.kiosk.base import (
    Retranslated,
    Scaffold,
    button,
    clear_layout,
    retext,
    show_children,
)
from lbp_desktop.ui.kiosk.pause import key_name
from lbp_desktop.ui.kiosk.widgets import (
    ChoiceButton,
    KeyPad,
    accessible,
    set_role,
    wrap_label,
)

log = logging.getLogger(__name__)


class StaffScreen(Retranslated):
    """The neutral screen staff use: waiting for a patient, the privacy pause, sign-in (PIN pad or
    password, with a growing delay after failed attempts) and, once signed in, the staff menu."""

    signed_in = Signal(object)
    resume_clicked = Signal()
    patient_chosen = Signal(str)
    exit_clicked = Signal()
    signed_out = Signal()
    refresh_clicked = Signal()

    cancelled = Signal()
    patient_resume_clicked = Signal()
    alert_acknowledged = Signal()

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.mode = "waiting"
        self.throttle = SignInThrottle()
        """The same growing delay as the workspace sign-in (``security.throttle``)."""
        self.last_delay_ms = 0
        self.alert_text = ""
        """An acute answer on this tablet not yet seen by staff: stays on every staff page."""
        self.patient_can_resume = False
        self.background_io = False
        """Check sign-ins off the GUI thread (a tablet whose store is the hub, over the network)."""
        self.checking = False
        self._attempt_serial = 0
        self.pin = ""
        self.user = None
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.alert_box = QFrame()
        set_role(self.alert_box, "calm")
        alert_row = QHBoxLayout(self.alert_box)
        alert_row.setContentsMargins(24, 12, 24, 12)
        self.alert_label = wrap_label("", "note")
        self.ack_button = button("", "primary")
        self.ack_button.clicked.connect(self.acknowledge_alert)
        alert_row.addWidget(self.alert_label, 1)
        alert_row.addWidget(self.ack_button)
        self.alert_box.hide()
        layout.addWidget(self.alert_box)
        layout.addWidget(self.pages)
        self._build_door()
        self._build_sign_in()
        self._build_menu()
        self.tick = QTimer(self)
        self.tick.setInterval(200)
        self.tick.timeout.connect(self._update_countdown)
        self.retranslate()
        self.show_door(self.mode)

    # building ------------------------------------------------------------------------------

    def _build_door(self) -> None:
        self.door = QWidget()
        page = Scaffold(self.door)
        page.content.addStretch(1)
        self.door_title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.door_text = wrap_label("", "", align=Qt.AlignmentFlag.AlignCenter)
        page.content.addWidget(self.door_title)
        page.content.addWidget(self.door_text)
        self.patient_button = button("", "primary")
        self.patient_button.setMinimumHeight(80)
        self.patient_button.clicked.connect(self.patient_resume_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.patient_button)
        row.addStretch(1)
        page.content.addLayout(row)
        page.content.addStretch(2)
        self.door_button = button("", "quiet")
        self.door_button.clicked.connect(self.show_sign_in)
        page.footer.addStretch(1)
        page.footer.addWidget(self.door_button)
        page.footer.addStretch(1)
        self.pages.addWidget(self.door)

    def _build_sign_in(self) -> None:
        self.sign_in = QWidget()
        page = Scaffold(self.sign_in)
        self.sign_in_title = wrap_label("", "title")
        page.content.addWidget(self.sign_in_title)
        self.sign_in_text = wrap_label("", "muted")
        page.content.addWidget(self.sign_in_text)
        # PIN
        self.pin_box = QWidget()
        pin_layout = QVBoxLayout(self.pin_box)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.setSpacing(16)
        self.pin_display = QLabel("")
        set_role(self.pin_display, "display")
        self.pin_display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_display.setMinimumHeight(72)
        pin_layout.addWidget(self.pin_display)
        self.pin_pad = KeyPad(scale=1.0, extra="OK", extra_name="OK", erase_name="⌫")
        self.pin_pad.key.connect(self._pin_key)
        pin_layout.addWidget(self.pin_pad)
        pin_holder = QHBoxLayout()
        pin_holder.addStretch(1)
        self.pin_box.setMaximumWidth(480)
        pin_holder.addWidget(self.pin_box, 2)
        pin_holder.addStretch(1)
        page.content.addLayout(pin_holder)
        # password
        self.password_box = QWidget()
        pw_layout = QVBoxLayout(self.password_box)
        pw_layout.setContentsMargins(0, 0, 0, 0)
        pw_layout.setSpacing(12)
        self.username_label = wrap_label("")
        self.username = QLineEdit()
        self.password_label = wrap_label("")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_button = button("", "primary")
        self.password_button.clicked.connect(self._password_attempt)
        self.password.returnPressed.connect(self._password_attempt)
        for widget in (self.username_label, self.username, self.password_label, self.password,
                       self.password_button):
            pw_layout.addWidget(widget)
        self.password_box.setMaximumWidth(640)
        self.password_box.hide()
        page.content.addWidget(self.password_box)
        self.message = wrap_label("", "error", align=Qt.AlignmentFlag.AlignCenter)
        page.content.addWidget(self.message)
        page.content.addStretch(1)
        self.cancel_button = button("")
        self.cancel_button.clicked.connect(self._cancel)
        self.switch_button = button("", "quiet")
        self.switch_button.clicked.connect(self._toggle_method)
        page.footer.addWidget(self.cancel_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.switch_button)
        self.pages.addWidget(self.sign_in)

    def _build_menu(self) -> None:
        self.menu = QWidget()
        page = Scaffold(self.menu)
        self.menu_title = wrap_label("", "title")
        page.content.addWidget(self.menu_title)
        self.resume_button = ChoiceButton("")
        self.resume_button.setCheckable(False)
        set_role(self.resume_button, "primary")
        self.resume_button.clicked.connect(self.resume_clicked)
        page.content.addWidget(self.resume_button)
        self.list_title = wrap_label("", "question")
        page.content.addWidget(self.list_title)
        self.patient_list = QVBoxLayout()
        self.patient_list.setSpacing(12)
        page.content.addLayout(self.patient_list)
        self.empty_label = wrap_label("", "muted")
        page.content.addWidget(self.empty_label)
        page.content.addStretch(1)
        self.sign_out_button = button("")
        self.sign_out_button.clicked.connect(self.sign_out)
        self.refresh_button = button("")
        self.refresh_button.clicked.connect(self.refresh_clicked)
        self.exit_button = button("")
        self.exit_button.clicked.connect(self.exit_clicked)
        page.footer.addWidget(self.sign_out_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.refresh_button)
        page.footer.addWidget(self.exit_button)
        self.pages.addWidget(self.menu)

    # text ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        titles = {
            "waiting": (self.tr("Venter på personalet"),
                        self.tr("Personalet gør tabletten klar til dig.")),
            "privacy": (self.tr("Pause"),
                        self.tr("Dine svar er gemt og skjult. Tryk på »Fortsæt mit "
                                "spørgeskema« for at fortsætte, eller spørg personalet.")
                        if self.patient_can_resume else
                        self.tr("Dine svar er gemt og skjult. Giv venligst tabletten til "
                                "personalet, så hjælper de dig videre.")),
            "finished": (self.tr("Tak!"),
                         self.tr("Giv venligst tabletten tilbage til personalet.")),
        }
        title, text = titles[self.mode]
        retext(self.door_title, title)
        retext(self.door_text, text)
        retext(self.door_button, self.tr("Personale: log ind"),
               self.tr("Kun for personalet: log ind for at vælge en patient"))
        retext(self.patient_button, self.tr("Fortsæt mit spørgeskema"),
               self.tr("Fortsæt med dine svar efter pausen"))
        self.patient_button.setVisible(self.mode == "privacy" and self.patient_can_resume)
        self.alert_box.setVisible(bool(self.alert_text))
        # the question itself only for a signed-in staff member: the door is in the waiting room
        detail = self.alert_text if self.user is not None else ""
        retext(self.alert_label, self.tr("AKUT: En patient har svaret, så personalet skal tale "
                                         "med patienten nu. {detail}").format(
            detail=detail) if self.alert_text else "")
        retext(self.ack_button, self.tr("Set – jeg tager mig af det"),
               self.tr("Kvittér for den akutte besked"))
        self.ack_button.setVisible(self.user is not None)
        retext(self.sign_in_title, self.tr("Log ind som personale"))
        retext(self.sign_in_text, self.tr("Indtast din PIN-kode.") if self.password_box.isHidden()
               else self.tr("Indtast brugernavn og adgangskode."))
        retext(self.username_label, self.tr("Brugernavn"))
        accessible(self.username, self.tr("Brugernavn"))
        retext(self.password_label, self.tr("Adgangskode"))
        accessible(self.password, self.tr("Adgangskode"))
        retext(self.password_button, self.tr("Log ind"))
        accessible(self.pin_display, self.tr("PIN-kode"),
                   self.tr("{count} cifre indtastet").format(count=len(self.pin)))
        self.pin_pad.buttons["erase"].setAccessibleName(self.tr("Slet et ciffer"))
        self.pin_pad.buttons["extra"].setAccessibleName(self.tr("Log ind med PIN-kode"))
        retext(self.cancel_button, self.tr("Annuller"))
        retext(self.switch_button,
               self.tr("Brug adgangskode") if self.password_box.isHidden()
               else self.tr("Brug PIN-kode"))
        if self.user is not None:
            retext(self.menu_title, self.tr("Logget ind: {name}").format(name=self.user.name))
        retext(self.list_title, self.tr("Vælg patientens spørgeskema"))
        retext(self.empty_label, self._empty_text())
        retext(self.refresh_button, self.tr("Opdater listen"),
               self.tr("Hent de ventende patienter fra praksis-pc'en igen"))
        retext(self.sign_out_button, self.tr("Log ud"))
        retext(self.exit_button, self.tr("Forlad patienttilstand"),
               self.tr("Afslut patienttilstand og gå til klinikerens arbejdsplads"))
        self._update_countdown()

    # door ----------------------------------------------------------------------------------

    def show_door(self, mode: str | None = None) -> None:
        if mode:
            self.mode = mode
        self.user = None
        self._attempt_serial += 1  # a sign-in still being checked no longer counts
        self.checking = False
        self._clear_secrets()
        self._clear_menu()
        self.retranslate()
        self.pages.setCurrentWidget(self.door)

    def _clear_menu(self) -> None:
        """Signed out: the waiting patients' names and the staff name leave the hidden menu."""
        clear_layout(self.patient_list)
        self.patient_buttons = {}
        retext(self.menu_title, "")
        retext(self.resume_button.label, "")
        accessible(self.resume_button, "")

    def show_sign_in(self) -> None:
        self._clear_secrets()
        self.message.setText("")
        self.retranslate()
        self.pages.setCurrentWidget(self.sign_in)
        self._update_countdown()

    def _toggle_method(self) -> None:
        use_password = self.password_box.isHidden()
        self.password_box.setVisible(use_password)
        self.pin_box.setVisible(not use_password)
        self._clear_secrets()
        self.retranslate()
        if use_password:
            self.username.setFocus()

    def _clear_secrets(self) -> None:
        self.pin = ""
        self.pin_display.setText("")
        self.password.clear()

    # attempts ------------------------------------------------------------------------------

    def set_alert(self, text: str) -> None:
        """Keep an acute answer on the staff pages until a signed-in staff member acknowledges
        it (the patient's calm message does not end it)."""
        self.alert_text = text
        self.retranslate()

    def acknowledge_alert(self) -> None:
        if self.user is None:
            return
        self.alert_text = ""
        self.retranslate()
        self.alert_acknowledged.emit()

    @property
    def failures(self) -> int:
        return self.throttle.failures

    def remaining_ms(self) -> int:
        return self.throttle.wait_ms()

    def _cancel(self) -> None:
        self._clear_secrets()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A physical keyboard works on the PIN pad (digits, Backspace, Return)."""
        name = key_name(event) if self.on_sign_in_page() and self.password_box.isHidden() else None
        if name is not None:
            self._pin_key(name)
            event.accept()
            return
        super().keyPressEvent(event)

    def _pin_key(self, key: str) -> None:
        if self.remaining_ms() > 0 or self.checking:
            return
        if key == "extra":
            self._attempt(pin=self.pin)
            return
        if key == "erase":
            self.pin = self.pin[:-1]
        elif key.isdigit() and len(self.pin) < 12:
            self.pin += key
        self.pin_display.setText("●" * len(self.pin))
        self.pin_display.setAccessibleDescription(
            self.tr("{count} cifre indtastet").format(count=len(self.pin)))

    def _password_attempt(self) -> None:
        if self.remaining_ms() > 0 or self.checking:
            return
        self._attempt(username=self.username.text().strip(), password=self.password.text())

    def _attempt(self, *, pin: str | None = None, username: str | None = None,
                 password: str | None = None) -> None:
        if self.checking:
            return
        store = self.store
        if pin:
            def check() -> Any:
                return store.authenticate_pin(pin)
        elif username and password:
            def check() -> Any:
                return store.authenticate(username, password)
        else:
            def check() -> Any:
                return None
        self._clear_secrets()
        if not self.background_io:
            self._attempt_done(check())
            return
        from lbp_desktop.ui.common.tasks import run_in_background

        self.checking = True
        serial = self._attempt_serial
        self.message.setText(self.tr("Kontrollerer …"))
        self._update_countdown()

        def done(user: Any) -> None:
            current = serial == self._attempt_serial
            if current:
                self.checking = False
            # a wrong answer costs its delay even if the screen moved on meanwhile (cancelling
            # must not skip the lockout); a right one signs in only where it was asked
            if current or user is None or not getattr(user, "active", True):
                self._attempt_done(user)

        def failed(exc: BaseException) -> None:
            log.warning("staff sign-in check failed: %s", type(exc).__name__)
            done(None)

        run_in_background(self, check, done, failed)

    def _attempt_done(self, user: Any) -> None:
        if user is None or not getattr(user, "active", True):
            self.last_delay_ms = self.throttle.failed()
            self.tick.start()
            self._update_countdown()
            return
        self.throttle.succeeded()
        self.message.setText("")
        self._update_countdown()
        self.signed_in.emit(user)

    def _update_countdown(self) -> None:
        remaining = self.remaining_ms()
        locked = remaining > 0
        self.pin_pad.setEnabled(not locked and not self.checking)
        self.password_button.setEnabled(not locked and not self.checking)
        if self.checking:
            self.message.setText(self.tr("Kontrollerer …"))
        elif locked:
            seconds = (remaining + 999) // 1000
            self.message.setText(self.tr("Forkert PIN-kode eller adgangskode. "
                                         "Prøv igen om {seconds} s.").format(seconds=seconds))
        else:
            self.tick.stop()
            if self.failures:
                self.message.setText(self.tr("Forkert PIN-kode eller adgangskode. "
                                             "Prøv igen."))
        accessible(self.message, self.message.text() or " ")

    # menu ----------------------------------------------------------------------------------

    def _empty_text(self) -> str:
        state = getattr(self, "list_state", "")
        if state == "loading":
            return self.tr("Henter patienter fra praksis-pc'en …")
        if state == "failed":
            return self.tr("Praksis-pc'en svarer ikke lige nu. Prøv »Opdater listen« om lidt.")
        return self.tr("Ingen patienter venter på et spørgeskema.")

    def set_loading(self, loading: bool) -> None:
        self.list_state = "loading" if loading else ""
        self.refresh_button.setEnabled(not loading)
        if loading:
            retext(self.empty_label, self._empty_text())
            self.empty_label.setVisible(True)

    def show_menu(self, user: Any, rows: list[Any], session_name: str | None, *,
                  loading: bool = False, failed: bool = False) -> None:
        self.user = user
        self.list_state = "loading" if loading else "failed" if failed else ""
        self.refresh_button.setEnabled(not loading)
        self.retranslate()
        self.resume_button.setVisible(bool(session_name))
        if session_name:
            text = self.tr("Fortsæt spørgeskemaet for {name}").format(name=session_name)
            self.resume_button.label.setText(text)
            accessible(self.resume_button, text)
        clear_layout(self.patient_list)
        self.patient_buttons: dict[str, ChoiceButton] = {}
        for row in rows:
            state = (self.tr("i gang") if row.questionnaire == "in_progress"
                     else self.tr("venter"))
            born = f"{row.cpr[:2]}.{row.cpr[2:4]}.{row.cpr[4:6]}" if len(row.cpr) >= 6 else ""
            text = self.tr("{name}, født {born} ({state})").format(
                name=row.patient_name, born=born, state=state)
            choice = ChoiceButton(text)
            choice.setCheckable(False)
            accessible(choice, text, self.tr("Start spørgeskemaet for denne patient"))
            choice.clicked.connect(lambda _=False, e=row.episode_id: self.patient_chosen.emit(e))
            self.patient_list.addWidget(choice)
            self.patient_buttons[row.episode_id] = choice
        show_children(self.patient_list)
        self.empty_label.setVisible(not rows)
        self.pages.setCurrentWidget(self.menu)

    def sign_out(self) -> None:
        self.show_door(self.mode)
        self.signed_out.emit()

    def on_sign_in_page(self) -> bool:
        return self.pages.currentWidget() is self.sign_in

    def on_menu(self) -> bool:
        return self.pages.currentWidget() is self.menu
