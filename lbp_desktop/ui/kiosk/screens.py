"""The screens of patient mode. Chrome strings are Danish source strings through ``self.tr()``
(English in ``resources/i18n/kiosk_en.ts``); every question text comes from the form data.

Screens only show things and emit signals; ``KioskWindow`` owns the session and the store.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.questionnaires.model import Form, Item
from lbp_desktop.ui.kiosk.flow import Page
from lbp_desktop.ui.kiosk.widgets import (
    ChoiceButton,
    ChoiceList,
    KeyPad,
    ScaleRow,
    accessible,
    digits_after,
    set_role,
    wrap_label,
)

log = logging.getLogger(__name__)

MARGIN = 48
MAX_CONTENT_WIDTH = 1100
"""Lines longer than this are hard to read; wide screens get side margins instead."""


def clear_layout(layout) -> None:
    while layout.count():
        entry = layout.takeAt(0)
        widget = entry.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif entry.layout() is not None:
            clear_layout(entry.layout())


def show_children(layout) -> None:
    """Show widgets just added to a visible page now (Qt would only queue it)."""
    for index in range(layout.count()):
        entry = layout.itemAt(index)
        widget = entry.widget()
        if widget is not None and not widget.isHidden():
            continue
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        if widget is not None and not widget.testAttribute(explicit):
            widget.show()
        elif entry.layout() is not None:
            show_children(entry.layout())


def button(text: str, role: str = "", description: str = "") -> QPushButton:
    widget = QPushButton(text)
    if role:
        set_role(widget, role)
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    accessible(widget, text, description)
    return widget


def retext(widget: QPushButton | QLabel, text: str, description: str = "") -> None:
    widget.setText(text)
    accessible(widget, text, description)


class Retranslated(QWidget):
    """A kiosk screen whose words follow the installed translator: ``retranslate()`` runs on
    every language change (a patient choosing English, or the next patient back in Danish)."""

    def retranslate(self) -> None:
        """Set every translatable text; overridden by each screen."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _Scaffold:
    """A page: a scrolling, centred content column over a fixed footer row."""

    def __init__(self, page: QWidget) -> None:
        page.setObjectName("page")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QVBoxLayout()
        self.header.setContentsMargins(MARGIN, 24, MARGIN, 0)
        outer.addLayout(self.header)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(MARGIN, 24, MARGIN, 24)
        row.addStretch(0)
        self.content_widget = QWidget()
        self.content_widget.setMaximumWidth(MAX_CONTENT_WIDTH)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.content_widget.setSizePolicy(policy)
        self.content = QVBoxLayout(self.content_widget)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(24)
        row.addWidget(self.content_widget, 1)
        row.addStretch(0)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll, 1)
        self.footer = QHBoxLayout()
        self.footer.setContentsMargins(MARGIN, 12, MARGIN, 24)
        self.footer.setSpacing(12)
        outer.addLayout(self.footer)


# -- staff: waiting, privacy, sign-in, patient list ----------------------------------------------


class StaffScreen(Retranslated):
    """The neutral screen staff use: waiting for a patient, the privacy pause, sign-in (PIN pad or
    password, with a growing delay after failed attempts) and, once signed in, the staff menu."""

    signed_in = Signal(object)
    resume_clicked = Signal()
    patient_chosen = Signal(str)
    exit_clicked = Signal()
    signed_out = Signal()
    refresh_clicked = Signal()

    MAX_DELAY_MS = 300_000

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.mode = "waiting"
        self.failures = 0
        self.lockout_base_ms = 1000
        self.locked_until = 0.0
        self.last_delay_ms = 0
        self.background_io = False
        """Check sign-ins off the GUI thread (a tablet whose store is the hub, over the network)."""
        self.checking = False
        self._attempt_serial = 0
        self.pin = ""
        self.user = None
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
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
        page = _Scaffold(self.door)
        page.content.addStretch(1)
        self.door_title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.door_text = wrap_label("", "", align=Qt.AlignmentFlag.AlignCenter)
        page.content.addWidget(self.door_title)
        page.content.addWidget(self.door_text)
        page.content.addStretch(2)
        self.door_button = button("", "")
        self.door_button.clicked.connect(self.show_sign_in)
        page.footer.addStretch(1)
        page.footer.addWidget(self.door_button)
        page.footer.addStretch(1)
        self.pages.addWidget(self.door)

    def _build_sign_in(self) -> None:
        self.sign_in = QWidget()
        page = _Scaffold(self.sign_in)
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
        self.cancel_button.clicked.connect(lambda: self.show_door(self.mode))
        self.switch_button = button("", "quiet")
        self.switch_button.clicked.connect(self._toggle_method)
        page.footer.addWidget(self.cancel_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.switch_button)
        self.pages.addWidget(self.sign_in)

    def _build_menu(self) -> None:
        self.menu = QWidget()
        page = _Scaffold(self.menu)
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

    def remaining_ms(self) -> int:
        return max(0, int((self.locked_until - time.monotonic()) * 1000))

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
            self.failures += 1
            self.last_delay_ms = min(self.lockout_base_ms * 2 ** (self.failures - 1),
                                     self.MAX_DELAY_MS)
            self.locked_until = time.monotonic() + self.last_delay_ms / 1000
            self.tick.start()
            self._update_countdown()
            return
        self.failures = 0
        self.locked_until = 0.0
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


# -- welcome -------------------------------------------------------------------------------


class WelcomeScreen(Retranslated):
    start_clicked = Signal()
    language_chosen = Signal(str)
    size_chosen = Signal(float)
    contrast_toggled = Signal(bool)
    staff_clicked = Signal()

    SIZES = (1.0, 1.5, 2.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = ""
        self.resumed = False
        page = _Scaffold(self)
        self.title = wrap_label("", "title")
        self.intro = wrap_label("")
        page.content.addWidget(self.title)
        page.content.addWidget(self.intro)
        self.language_title = wrap_label("", "question")
        page.content.addWidget(self.language_title)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in (("da", "Dansk"), ("en", "English")):
            choice = button(name)
            choice.setCheckable(True)
            choice.setMinimumHeight(72)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_group.addButton(choice)
            self.language_buttons[code] = choice
            row.addWidget(choice)
        row.addStretch(1)
        page.content.addLayout(row)
        self.size_title = wrap_label("", "question")
        page.content.addWidget(self.size_title)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[float, QPushButton] = {}
        for size in self.SIZES:
            choice = button(f"{int(size * 100)} %")
            choice.setCheckable(True)
            choice.setMinimumHeight(72)
            choice.clicked.connect(lambda _=False, s=size: self.size_chosen.emit(s))
            self.size_group.addButton(choice)
            self.size_buttons[size] = choice
            row.addWidget(choice)
        row.addStretch(1)
        page.content.addLayout(row)
        self.contrast_button = button("")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setMinimumHeight(72)
        self.contrast_button.toggled.connect(self.contrast_toggled)
        row = QHBoxLayout()
        row.addWidget(self.contrast_button)
        row.addStretch(1)
        page.content.addLayout(row)
        page.content.addStretch(1)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        self.start_button = button("", "primary")
        self.start_button.setMinimumWidth(260)
        self.start_button.clicked.connect(self.start_clicked)
        page.footer.addWidget(self.staff_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.start_button)
        self.retranslate()

    def set_patient(self, first_name: str, resumed: bool) -> None:
        self.first_name = first_name
        self.resumed = resumed
        self.retranslate()

    def set_state(self, language: str, scale: float, contrast: bool) -> None:
        self.language_buttons[language].setChecked(True)
        closest = min(self.SIZES, key=lambda s: abs(s - scale))
        self.size_buttons[closest].setChecked(True)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(contrast)
        self.contrast_button.blockSignals(False)

    def retranslate(self) -> None:
        if self.resumed:
            retext(self.title, self.tr("Velkommen tilbage, {name}").format(name=self.first_name))
            retext(self.intro, self.tr("Dine svar er gemt. Du fortsætter, hvor du slap."))
        else:
            retext(self.title, self.tr("Velkommen, {name}").format(name=self.first_name))
            retext(self.intro, self.tr(
                "Vi vil gerne høre om din ryg, før du bliver undersøgt. Der er ét spørgsmål "
                "ad gangen. Dine svar gemmes, hver gang du trykker, og kun dine behandlere "
                "kan se dem."))
        retext(self.language_title, self.tr("Sprog"))
        for _code, choice in self.language_buttons.items():
            accessible(choice, choice.text(), self.tr("Vælg sprog"))
        retext(self.size_title, self.tr("Tekststørrelse"))
        for choice in self.size_buttons.values():
            accessible(choice, choice.text(), self.tr("Vælg tekststørrelse"))
        retext(self.contrast_button, self.tr("Høj kontrast"),
               self.tr("Sort baggrund med hvid tekst"))
        retext(self.staff_button, self.tr("Personale"),
               self.tr("Kun for personalet"))
        retext(self.start_button, self.tr("Fortsæt") if self.resumed else self.tr("Start"),
               self.tr("Gå til spørgsmålene"))


# -- questions -----------------------------------------------------------------------------


class QuestionScreen(Retranslated):
    """One page: one question (or a short grid group), its answer buttons, progress, back/next."""

    answered = Signal(str, str, object)
    back_clicked = Signal()
    next_clicked = Signal()
    staff_clicked = Signal()

    TEXT_SAVE_DELAY_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_: Page | None = None
        self.lang = "da"
        self.answer_widgets: dict[str, QWidget] = {}
        self.question_labels: dict[str, QLabel] = {}
        self._pending_text: dict[str, tuple[str, str, QLineEdit]] = {}
        scaffold = _Scaffold(self)
        self.scroll = scaffold.scroll
        self.content = scaffold.content
        top = QHBoxLayout()
        top.setSpacing(24)
        self.instrument_label = wrap_label("", "progress")
        self.progress_label = wrap_label("", "progress", align=Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.instrument_label, 3)
        top.addWidget(self.progress_label, 2)
        scaffold.header.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        scaffold.header.addWidget(self.progress)
        self.error = wrap_label("", "error")
        self.error.hide()
        scaffold.header.addWidget(self.error)
        self.back_button = button("")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self._back)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        self.next_button = button("", "primary")
        self.next_button.setMinimumWidth(200)
        self.next_button.clicked.connect(self._next)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.staff_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.next_button)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(self.TEXT_SAVE_DELAY_MS)
        self.text_timer.timeout.connect(self.flush_text)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det forrige spørgsmål"))
        retext(self.next_button, self.tr("Næste"), self.tr("Gå til det næste spørgsmål"))
        retext(self.staff_button, self.tr("Personale"), self.tr("Kun for personalet"))
        accessible(self.progress, self.tr("Fremskridt"), self.progress_label.text())

    def clear(self) -> None:
        """Forget the page (a new patient must never see the last one's answers)."""
        self.text_timer.stop()
        self._pending_text.clear()
        clear_layout(self.content)
        self.answer_widgets = {}
        self.question_labels = {}
        self.page_ = None
        self.instrument_label.setText("")
        self.progress_label.setText("")
        self.progress.setValue(0)

    def set_progress(self, first: int, last: int, total: int) -> None:
        if last > first:
            text = self.tr("Spørgsmål {first}–{last} af {total}").format(
                first=first, last=last, total=total)
        else:
            text = self.tr("Spørgsmål {number} af {total}").format(number=first, total=total)
        self.progress_label.setText(text)
        accessible(self.progress_label, text)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(first - 1, total))
        accessible(self.progress, self.tr("Fremskridt"), text)

    def show_error(self) -> None:
        text = self.tr("Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.")
        retext(self.error, text)
        self.error.show()

    def show_page(self, page: Page, items: list[Item], answers: dict[str, Any], *, lang: str,
                  scale: float, instructions: list[str], keep_scroll: bool = False) -> None:
        self.flush_text()
        self.error.hide()
        scroll_value = self.scroll.verticalScrollBar().value()
        clear_layout(self.content)
        self.page_ = page
        self.lang = lang
        self.answer_widgets = {}
        self.question_labels = {}
        title = page.form.title.get(lang)
        if page.section.title is not None and page.section.title.get(lang) != title:
            title = f"{title} · {page.section.title.get(lang)}"
        self.instrument_label.setText(title)
        accessible(self.instrument_label, title)
        for text in instructions:
            note = QFrame()
            set_role(note, "note")
            box = QVBoxLayout(note)
            box.setContentsMargins(24, 16, 20, 16)
            box.addWidget(wrap_label(text))
            self.content.addWidget(note)
        timeframe = page.form.instrument.timeframe
        if timeframe is not None:
            self.content.addWidget(wrap_label(
                self.tr("Tidsrum: {timeframe}").format(timeframe=timeframe.get(lang)), "muted"))
        for index, item in enumerate(items):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFixedHeight(2)
                self.content.addWidget(line)
            question = wrap_label(item.text.get(lang), "question")
            self.question_labels[item.id] = question
            self.content.addWidget(question)
            if item.help is not None:
                self.content.addWidget(wrap_label(item.help.get(lang), "muted"))
            widget = self._answer_widget(page.form, item, answers.get(item.id), lang, scale)
            self.answer_widgets[item.id] = widget
            self.content.addWidget(widget)
        self.content.addStretch(1)
        show_children(self.content)
        if keep_scroll:
            bar = self.scroll.verticalScrollBar()
            # with the bar as context: dropped if the screen is deleted before it fires
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll.verticalScrollBar().setValue(0)

    def sync(self, item_id: str, value: Any) -> None:
        """Show ``value`` as chosen on the item's buttons (after a tap the button group already
        does; this keeps the screen right when an answer is set another way)."""
        widget = self.answer_widgets.get(item_id)
        buttons = getattr(widget, "buttons", None)
        if isinstance(buttons, list):
            buttons = dict(enumerate(buttons))
        if not isinstance(buttons, dict):
            return
        chosen = buttons.get(value)
        if chosen is not None and not chosen.isChecked():
            chosen.setChecked(True)
        elif chosen is None and value is None:
            group = getattr(widget, "group", None)
            if group is not None:
                group.setExclusive(False)
                for each in buttons.values():
                    each.setChecked(False)
                group.setExclusive(True)

    def _answer_widget(self, form: Form, item: Item, value: Any, lang: str,
                       scale: float) -> QWidget:
        question = item.text.get(lang)

        def emit(code: Any, item_id: str = item.id) -> None:
            self.answered.emit(form.id, item_id, code)

        if item.type == "scale_0_10":
            assert item.anchors is not None
            widget = ScaleRow(value, item.anchors.low.get(lang), item.anchors.high.get(lang),
                              scale=scale, question=question)
            widget.chosen.connect(emit)
            return widget
        if item.type in ("yes_no", "single_choice"):
            options = [(o.code, o.label.get(lang)) for o in item.options]
            if item.type == "yes_no":
                options.sort(key=lambda o: -int(o[0]))  # "yes" first, as patients expect
            widget = ChoiceList(options, value, scale=scale, row=item.type == "yes_no",
                                question=question)
            widget.chosen.connect(emit)
            return widget
        if item.type == "number":
            return self._number_widget(item, value, emit, scale, question, lang)
        return self._text_widget(form, item, value, question)

    def _number_widget(self, item: Item, value: Any, emit, scale: float, question: str,
                       lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        display_row = QHBoxLayout()
        display = QLabel("" if value is None else str(value))
        set_role(display, "display")
        display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        display.setMinimumHeight(int(72 * scale))
        display.setMinimumWidth(int(200 * scale))
        accessible(display, question, self.tr("Dit svar: {value}").format(value=display.text()))
        display_row.addWidget(display)
        if item.unit is not None:
            display_row.addWidget(wrap_label(item.unit.get(lang)), 1)
        else:
            display_row.addStretch(1)
        layout.addLayout(display_row)
        hint = wrap_label(self.tr("Fra {low} til {high}").format(low=item.min, high=item.max),
                          "muted")
        layout.addWidget(hint)
        pad = KeyPad(scale=scale, extra=self.tr("Ryd"), extra_name=self.tr("Ryd svaret"),
                     erase_name=self.tr("Slet et ciffer"))
        pad.setMaximumWidth(int(520 * scale))
        layout.addWidget(pad)
        max_len = len(str(item.max))

        def key(name: str) -> None:
            digits = display.text()
            new = "" if name == "extra" else digits_after(digits, name, max_len)
            if new and not (item.min <= int(new) <= item.max):
                hint.setText(self.tr("Skriv et tal fra {low} til {high}").format(
                    low=item.min, high=item.max))
                return
            display.setText(new)
            display.setAccessibleDescription(self.tr("Dit svar: {value}").format(value=new))
            if new != digits:
                emit(int(new) if new else None)

        pad.key.connect(key)
        box.display = display  # type: ignore[attr-defined]
        box.pad = pad  # type: ignore[attr-defined]
        return box

    def _text_widget(self, form: Form, item: Item, value: Any, question: str) -> QWidget:
        edit = QLineEdit("" if value is None else str(value))
        edit.setMaxLength(2000)
        accessible(edit, question, self.tr("Skriv dit svar"))
        edit.setPlaceholderText(self.tr("Skriv her"))

        def changed(text: str) -> None:
            self._pending_text[item.id] = (form.id, item.id, edit)
            self.text_timer.start()

        edit.textChanged.connect(changed)
        edit.editingFinished.connect(self.flush_text)
        return edit

    def flush_text(self) -> None:
        """Save typed text now (called on a pause in typing, and before leaving the page)."""
        self.text_timer.stop()
        pending, self._pending_text = self._pending_text, {}
        for form_id, item_id, edit in pending.values():
            text = edit.text().strip()
            self.answered.emit(form_id, item_id, text or None)

    def _back(self) -> None:
        self.flush_text()
        self.back_clicked.emit()

    def _next(self) -> None:
        self.flush_text()
        self.next_clicked.emit()


# -- review, alert, thanks -------------------------------------------------------------------


class ReviewScreen(Retranslated):
    jump = Signal(str, str)
    submit_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = _Scaffold(self)
        self.content = scaffold.content
        self.title = wrap_label("", "title")
        self.summary = wrap_label("")
        self.content.addWidget(self.title)
        self.content.addWidget(self.summary)
        self.list = QVBoxLayout()
        self.list.setSpacing(12)
        self.content.addLayout(self.list)
        self.content.addStretch(1)
        self.back_button = button("")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.back_clicked)
        self.submit_button = button("", "primary")
        self.submit_button.setMinimumWidth(260)
        self.submit_button.clicked.connect(self.submit_clicked)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.submit_button)
        self.missing_buttons: dict[str, ChoiceButton] = {}
        self._missing: list[tuple[Form, Item]] = []
        self._lang = "da"
        self.retranslate()

    def show_missing(self, missing: list[tuple[Form, Item]], lang: str, scale: float) -> None:
        self._missing = list(missing)
        self._lang = lang
        clear_layout(self.list)
        self.missing_buttons = {}
        for form, item in missing:
            text = item.text.get(lang)
            choice = ChoiceButton(text, scale)
            choice.setCheckable(False)
            accessible(choice, text, self.tr("Gå til spørgsmålet og svar"))
            choice.clicked.connect(lambda _=False, f=form.id, i=item.id: self.jump.emit(f, i))
            self.list.addWidget(choice)
            self.missing_buttons[f"{form.id}.{item.id}"] = choice
        show_children(self.list)
        self.retranslate()

    def clear(self) -> None:
        clear_layout(self.list)
        self.missing_buttons = {}
        self._missing = []

    def retranslate(self) -> None:
        retext(self.title, self.tr("Er du færdig?"))
        count = len(self._missing)
        if count == 0:
            text = self.tr("Du har svaret på alle spørgsmålene. Tryk på \"Send svar\".")
        elif count == 1:
            text = self.tr("Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, "
                           "eller send dine svar, som de er.")
        else:
            text = self.tr("Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for "
                           "at svare, eller send dine svar, som de er.").format(count=count)
        retext(self.summary, text)
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det sidste spørgsmål"))
        retext(self.submit_button, self.tr("Send svar"),
               self.tr("Send dine svar til din behandler"))


class AlertScreen(Retranslated):
    """A calm message asking the patient to speak to the staff now (acute red flag, MDI item 6)."""

    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = _Scaffold(self)
        scaffold.content.addStretch(1)
        frame = QFrame()
        set_role(frame, "calm")
        box = QVBoxLayout(frame)
        box.setContentsMargins(40, 36, 40, 36)
        box.setSpacing(20)
        self.message = wrap_label("", "question")
        self.after = wrap_label("")
        box.addWidget(self.message)
        box.addWidget(self.after)
        scaffold.content.addWidget(frame)
        scaffold.content.addStretch(2)
        self.continue_button = button("", "primary")
        self.continue_button.setMinimumWidth(260)
        self.continue_button.clicked.connect(self.continue_clicked)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.continue_button)
        self.retranslate()

    def show_message(self, message: str) -> None:
        retext(self.message, message)

    def retranslate(self) -> None:
        retext(self.after, self.tr("Du kan fortsætte med spørgsmålene, mens du venter."))
        retext(self.continue_button, self.tr("Fortsæt"),
               self.tr("Fortsæt med spørgsmålene"))


class ThanksScreen(Retranslated):
    staff_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = _Scaffold(self)
        scaffold.content.addStretch(1)
        self.title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.text = wrap_label("", "question", align=Qt.AlignmentFlag.AlignCenter)
        scaffold.content.addWidget(self.title)
        scaffold.content.addWidget(self.text)
        scaffold.content.addStretch(2)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.staff_button)
        scaffold.footer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Tak!"))
        retext(self.text, self.tr("Giv venligst tabletten tilbage til personalet."))
        retext(self.staff_button, self.tr("Personale"), self.tr("Kun for personalet"))
