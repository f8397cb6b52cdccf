"""Patient mode: the locked, touch-first questionnaire window for the waiting-room tablet.

``KioskWindow`` owns one patient's session at a time. Every tap is written through
``Store.record_answer`` before anything else happens, and the page shown is saved with
``Store.set_position``, so a session resumed after a crash opens at the same question with every
answer in place. Leaving patient mode, resuming after the idle privacy screen and picking the next
patient all need a staff sign-in.

The app shell embeds it (``--kiosk``) and listens to ``exit_requested(user)`` and
``session_finished(response_id)``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from lbp_desktop.paths import resources_dir
from lbp_desktop.questionnaires.model import Form
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.idle import IdleWatcher
from lbp_desktop.ui.kiosk.flow import Flow, Page
from lbp_desktop.ui.kiosk.pause import BirthCheckScreen, IdleWarningScreen, StaffCorner
from lbp_desktop.ui.kiosk.question import QuestionScreen
from lbp_desktop.ui.kiosk.review import AlertScreen, ReviewScreen, ThanksScreen
from lbp_desktop.ui.kiosk.staff import StaffScreen
from lbp_desktop.ui.kiosk.staff_flow import StaffFlow
from lbp_desktop.ui.kiosk.store import KioskStore, display_of, save_display
from lbp_desktop.ui.kiosk.style import stylesheet
from lbp_desktop.ui.kiosk.welcome import PartIntroScreen, SettingsScreen, WelcomeScreen

log = logging.getLogger(__name__)




def translation_file() -> str:
    return str(resources_dir() / "i18n" / "kiosk_en.qm")


class KioskWindow(StaffFlow, QWidget):
    """Patient mode. See the module docstring."""

    exit_requested = Signal(object)
    """Emitted with the signed-in ``User`` when staff choose to leave patient mode."""
    session_finished = Signal(str)
    """Emitted with the response id when the patient has submitted their answers."""
    acute_alert = Signal(str, str)
    """Emitted with (response id, message) the moment an acute answer is saved, for the staff."""

    minutes: tuple[int, int] | None
    """About how long the patient's battery takes (form data), for the welcome screen."""

    def __init__(self, store: KioskStore, forms: Any, *, idle_timeout_ms: int = 180_000,
                 lock: bool = True, auto_advance_ms: int = 600, battery_id: str = "ulrus",
                 background_io: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self.store = store
        self.forms = forms
        self.battery_id = battery_id
        self.auto_advance_ms = auto_advance_ms
        """Delay before moving on after a tap on a single answer; 0 turns auto-advance off."""
        self.lock = lock
        self.locked = lock
        self.background_io = background_io
        """Fetch the patient list off the GUI thread (a tablet whose store is the hub)."""
        self.setWindowTitle("LBP")
        if lock:
            self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                | Qt.WindowType.WindowStaysOnTopHint)
        self.translator: QTranslator | None = None
        self._reset_session_state()

        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.staff = StaffScreen(store)
        self.staff.background_io = background_io
        self.welcome = WelcomeScreen()
        self.question = QuestionScreen()
        self.review = ReviewScreen()
        self.alert = AlertScreen()
        self.thanks = ThanksScreen()
        self.settings = SettingsScreen()
        self.intro = PartIntroScreen()
        self.warning = IdleWarningScreen()
        self.birth_check = BirthCheckScreen()
        self.screens: dict[str, QWidget] = {
            "staff": self.staff, "welcome": self.welcome, "question": self.question,
            "review": self.review, "alert": self.alert, "thanks": self.thanks,
            "settings": self.settings, "warning": self.warning, "birth": self.birth_check,
            "intro": self.intro,
        }
        for screen in self.screens.values():
            self.stack.addWidget(screen)

        self.staff.signed_in.connect(self._staff_signed_in)
        self.staff.resume_clicked.connect(self._resume_after_staff)
        self.staff.patient_chosen.connect(self._patient_chosen)
        self.staff.refresh_clicked.connect(self.refresh_patients)
        self.staff.refresh_button.setVisible(background_io)
        self.staff.exit_clicked.connect(self._exit_clicked)
        self.staff.cancelled.connect(self._staff_cancelled)
        self.staff.patient_resume_clicked.connect(self._patient_resume)
        self.welcome.start_clicked.connect(self._start_questions)
        for panel in (self.welcome.settings, self.settings.settings):
            panel.language_chosen.connect(self.set_language)
            panel.size_chosen.connect(self.set_text_scale)
            panel.contrast_toggled.connect(self.set_high_contrast)
        self.settings.done_clicked.connect(self._settings_done)
        self.intro.next_clicked.connect(lambda: self._show_page())
        self.intro.back_clicked.connect(self._intro_back)
        self.question.answered.connect(self.record)
        self.question.back_clicked.connect(self.go_back)
        self.question.next_clicked.connect(self.go_next)
        self.question.skip_confirmed.connect(lambda: self.go_next(skip=True))
        self.question.settings_clicked.connect(self._open_settings)
        self.review.jump.connect(self.edit_from_review)
        self.review.back_clicked.connect(self._review_back)
        self.review.submit_clicked.connect(self.submit)
        self.alert.continue_clicked.connect(self._alert_done)
        self.warning.still_here.connect(self._still_here)
        self.warning.expired.connect(self._pause)
        self.birth_check.passed.connect(self._birth_passed)
        self.birth_check.cancelled.connect(lambda: self._switch("staff"))
        self.corner = StaffCorner(self)
        self.corner.held.connect(self._staff_requested)

        self.advance_timer = QTimer(self)
        self.advance_timer.setSingleShot(True)
        self.advance_timer.timeout.connect(self.go_next)
        self.idle_timer = IdleWatcher(idle_timeout_ms, self)
        """Any touch, mouse or key anywhere restarts it while it runs (``ui/common/idle.py``)."""
        self.idle_timer.idle.connect(self._idle)
        self._apply_style()
        self.show_waiting()
        self.corner.raise_()

    # -- public API ---------------------------------------------------------------------------

    @property
    def idle_timeout_ms(self) -> int:
        return self.idle_timer.timeout_ms

    @idle_timeout_ms.setter
    def idle_timeout_ms(self, value: int) -> None:
        self.idle_timer.set_timeout(value)

    def current_screen(self) -> str:
        widget = self.stack.currentWidget()
        return next(name for name, screen in self.screens.items() if screen is widget)

    def show(self) -> None:
        """Show full-screen when locked (a tablet in patient mode), normally otherwise."""
        if self.lock and self.isWindow():
            self.showFullScreen()
        else:
            super().show()

    def show_waiting(self) -> None:
        """Waiting for staff to sign in and pick a patient. Ends any session on screen."""
        self._end_session()
        self.staff.show_door("waiting")
        self._switch("staff")
        self.idle_timer.stop()

    def start_session(self, response_id: str) -> None:
        """Begin (or resume) the patient's questionnaire: the welcome screen, first name only."""
        self._end_session()
        response = self.store.response(response_id)
        episode = self.store.episode(response.episode_id)
        patient = self.store.patient(episode.patient_id)
        battery = response.battery_id or self.battery_id
        try:
            forms = self.forms.battery_forms(battery)
        except KeyError:
            forms = [self.forms.form(battery)]
        self.response_id = response_id
        self.first_name = patient.first_name
        self.flow = Flow(forms)
        self.forms_by_id = {form.id: form for form in forms}
        self.answers = {form_id: dict(values)
                        for form_id, values in self.store.answers(response_id).items()}
        self.position = response.position
        self.language = response.language if response.language in ("da", "en") else "da"
        self.cpr = getattr(patient, "cpr", "") or ""
        saved = display_of(self.store, response_id)
        if saved is not None:
            self.scale, self.high_contrast = saved
        resumed = bool(self.position) or any(self.answers.values())
        self._install_language(self.language)
        self._apply_style()
        self.minutes = self._minutes(battery)
        self.welcome.set_patient(self.first_name, resumed, self.minutes)
        self._sync_settings()
        self._switch("welcome")
        self.idle_timer.start()

    def release(self) -> None:
        """Unlock (called after a staff sign-in to leave): the window may now be closed."""
        self.locked = False

    # -- session settings ----------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language not in ("da", "en"):
            return
        self.language = language
        if self.response_id:
            self.store.set_language(self.response_id, language)
        self._install_language(language)
        self._sync_settings()
        self._rerender()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._save_display()
        self._apply_style()
        self._rerender()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        self._save_display()
        self._apply_style()
        self._rerender()

    def _save_display(self) -> None:
        self._sync_settings()
        if self.response_id:
            save_display(self.store, self.response_id, self.scale, self.high_contrast)

    def _sync_settings(self) -> None:
        for panel in (self.welcome.settings, self.settings.settings):
            panel.set_state(self.language, self.scale, self.high_contrast)

    def _minutes(self, battery: str) -> tuple[int, int] | None:
        for getter in ("battery", "form"):
            try:
                found = getattr(self.forms, getter)(battery)
            except (KeyError, AttributeError):
                continue
            return getattr(found, "minutes", None)
        return None

    def _open_settings(self) -> None:
        self.advance_timer.stop()
        self._switch("settings")

    def _settings_done(self) -> None:
        self._show_page(keep_scroll=True)

    # -- questions -----------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        return self.flow.pages(self.answers) if self.flow else []

    def current_page(self) -> Page | None:
        pages = self.pages()
        return pages[self.page_index] if 0 <= self.page_index < len(pages) else None

    def record(self, form_id: str, item_id: str, value: Any) -> None:
        """Save one answer at once, then update what the screen shows."""
        if not self.response_id:
            return
        own = self.answers.setdefault(form_id, {})
        page = self.current_page()
        if own.get(item_id) == value:
            self._maybe_advance(page, value)
            return
        shown_before = page.visible_items(self.answers) if page is not None else []
        self.advance_timer.stop()
        try:
            self.store.record_answer(self.response_id, form_id, item_id, value)
        except Exception as exc:  # the patient must see that this answer is not saved
            # the type only: an exception's message can quote the answer or the patient
            log.error("could not save answer %s.%s: %s", form_id, item_id, type(exc).__name__)
            self._show_page(keep_scroll=True)
            self.question.show_error()
            return
        self.question.error.hide()
        if value is None:
            own.pop(item_id, None)
        else:
            own[item_id] = value
        for stale_form, stale_item in self.flow.hidden_answered(self.answers):
            self.store.record_answer(self.response_id, stale_form, stale_item, None)
            self.answers[stale_form].pop(stale_item, None)
        if page is not None:
            self.page_index = self.flow.index_of(page.form.id, page.items[0].id, self.answers)
            if self.current_page() != page or page.visible_items(self.answers) != shown_before:
                self._show_page(keep_scroll=True)
            else:
                self.question.sync(item_id, value)
                self._update_progress(page)
        alert = self._acute_alert(form_id, item_id, value)
        if alert is not None:
            self.alert.show_message(alert)
            self._switch("alert")
            return
        self._maybe_advance(page, value)

    def _maybe_advance(self, page: Page | None, value: Any) -> None:
        """Move on after a short delay when a single-answer question has been answered."""
        if (self.auto_advance_ms > 0 and page is not None and value is not None
                and self.current_screen() == "question"
                and len(page.visible_items(self.answers)) == 1
                and page.visible_items(self.answers)[0].type
                in ("yes_no", "single_choice", "scale_0_10")):
            self.advance_timer.start(self.auto_advance_ms)

    def go_next(self, skip: bool = False) -> None:
        """Next page. An unanswered required question is never passed silently: the patient is
        asked "Spring over?" (and red-flag questions cannot be skipped at all)."""
        self.advance_timer.stop()
        if self.current_screen() != "question":
            return
        page = self.current_page()
        open_items = [item for item in (page.visible_items(self.answers) if page else [])
                      if item.required
                      and self.answers.get(page.form.id, {}).get(item.id) is None] if page else []
        if open_items and not (skip and all(item.skippable for item in open_items)):
            self.question.ask_skip(all(item.skippable for item in open_items))
            return
        if self.from_review:
            self.show_review()
            return
        if self.page_index + 1 < len(self.pages()):
            self.page_index += 1
            self._show_page(intro=True)
        else:
            self.show_review()

    def go_back(self) -> None:
        self.advance_timer.stop()
        if self.page_index > 0:
            self.page_index -= 1
            self._show_page()
        else:
            self._switch("welcome")

    def jump_to(self, form_id: str, item_id: str) -> None:
        self.page_index = self.flow.index_of(form_id, item_id, self.answers)
        self._show_page()

    def edit_from_review(self, form_id: str, item_id: str) -> None:
        """"Ret" on the review page: that question, and "Næste" comes back to the review."""
        self.from_review = True
        self.jump_to(form_id, item_id)

    def show_review(self) -> None:
        self.from_review = False
        assert self.flow is not None
        parts = []
        for form in self.flow.forms:
            rows = [(f, item, self._shown_answer(f.id, item))
                    for f, item in self.flow.visible_items(self.answers) if f.id == form.id
                    and self.answers.get(form.id, {}).get(item.id) is not None]
            if rows:
                parts.append((form.title.get(self.language), rows))
        self.review.show_answers(self.flow.unanswered_required(self.answers), parts,
                                 self.language, self.scale)
        self.store.set_position(self.response_id, "review")
        self._switch("review")

    def _shown_answer(self, form_id: str, item: Any) -> str:
        value = self.answers.get(form_id, {}).get(item.id)
        if item.type in ("yes_no", "single_choice"):
            return item.option_label(value, self.language)
        if item.type == "number" and item.unit is not None:
            return f"{value} {item.unit.get(self.language)}"
        return str(value)

    def submit(self) -> None:
        response_id = self.response_id
        self.store.complete_response(response_id)
        language, scale, contrast = self.language, self.scale, self.high_contrast
        self._end_session()
        # the thank-you screen in the patient's own language, size and contrast
        self.language, self.scale, self.high_contrast = language, scale, contrast
        self._install_language(language)
        self._apply_style()
        self.staff.mode = "finished"
        self._switch("thanks")
        self.idle_timer.start()
        self.session_finished.emit(response_id)

    # -- internals: session --------------------------------------------------------------------

    def _reset_session_state(self) -> None:
        self.response_id: str = ""
        self.first_name = ""
        self.flow: Flow | None = None
        self.forms_by_id: dict[str, Form] = {}
        self.answers: dict[str, dict[str, Any]] = {}
        self.position: str | None = None
        self.page_index = 0
        self.language = "da"
        self.scale = 1.0
        self.high_contrast = False
        self.alerts_shown: set[tuple[str, str]] = set()
        self.from_review = False
        self.cpr = ""
        self.minutes = None
        self.resume_screen = "question"

    def _end_session(self) -> None:
        """Forget everything about the patient on screen (the next one must never see it)."""
        if hasattr(self, "advance_timer"):
            self.advance_timer.stop()
        if hasattr(self, "question"):
            self.question.flush_text()
            self.question.clear()
            self.review.clear()
            self.alert.show_message("")
            self.welcome.set_patient("", False)
            self.warning.stop()
        self._reset_session_state()
        # between patients: the staff screens in the app's language (``--lang``), no patient's
        self._install_language(texts.lang())
        if hasattr(self, "stack"):
            self._apply_style()
            self._sync_settings()

    def _start_questions(self) -> None:
        pages = self.pages()
        if not pages:
            self.show_review()
            return
        if self.position == "review":
            self.show_review()
            return
        self.page_index = self.flow.index_of_position(self.position, self.answers)
        self._show_page(intro=True)

    def _show_intro(self, page: Page) -> bool:
        """The part's own screen before its first question, where the form has instructions."""
        assert self.flow is not None
        if not (self.flow.is_first_of_form(page, self.answers) and page.form.instructions):
            return False
        parts = list(dict.fromkeys(p.form.id for p in self.pages()))
        self.intro.show_part(parts.index(page.form.id) + 1, len(parts),
                             page.form.title.get(self.language),
                             page.form.instructions.get(self.language))
        self._switch("intro")
        return True

    def _show_page(self, keep_scroll: bool = False, intro: bool = False) -> None:
        pages = self.pages()
        if not pages:
            return
        self.page_index = max(0, min(self.page_index, len(pages) - 1))
        page = pages[self.page_index]
        if intro and self._show_intro(page):
            return
        items = page.visible_items(self.answers)
        instructions: list[str] = []
        if (self.flow.is_first_of_section(page, self.answers)
                and page.section.instructions is not None):
            instructions.append(page.section.instructions.get(self.language))
        self.question.show_page(page, items, self.answers.get(page.form.id, {}),
                                lang=self.language, scale=self.scale,
                                instructions=instructions, keep_scroll=keep_scroll)
        self._update_progress(page)
        if page.key != self.position:
            self.position = page.key
            self.store.set_position(self.response_id, page.key)
        self._switch("question")

    def _update_progress(self, page: Page) -> None:
        """Progress by part (instrument): which part, and the question number within it."""
        assert self.flow is not None
        pages = self.pages()
        parts = list(dict.fromkeys(p.form.id for p in pages))
        own = [p for p in pages if p.form.id == page.form.id]
        count = sum(len(p.visible_items(self.answers)) for p in own)
        before = 0
        for other in own:
            if other == page:
                break
            before += len(other.visible_items(self.answers))
        self.question.set_progress(parts.index(page.form.id) + 1, len(parts),
                                   page.form.title.get(self.language), before + 1, count)

    def _rerender(self) -> None:
        screen = self.current_screen()
        if screen == "question":
            self._show_page(keep_scroll=True)
        elif screen == "review":
            self.show_review()

    def _acute_alert(self, form_id: str, item_id: str, value: Any) -> str | None:
        form = self.forms_by_id.get(form_id)
        if form is None or form.scoring is None or not isinstance(value, int):
            return None
        for rule in form.scoring.alerts:
            if rule.item == item_id and rule.level == "acute" and value >= rule.min_code:
                if (form_id, item_id) in self.alerts_shown:
                    return None
                self.alerts_shown.add((form_id, item_id))
                self.staff.set_alert(form.item(item_id).text.get("da"))
                self.acute_alert.emit(self.response_id, rule.message.get("da"))
                return rule.message.get(self.language)
        return None

    def _alert_done(self) -> None:
        self._show_page()

    def _intro_back(self) -> None:
        if self.page_index > 0:
            self.page_index -= 1
            self._show_page()
        else:
            self._switch("welcome")

    def _review_back(self) -> None:
        self.page_index = len(self.pages()) - 1
        self._show_page()

    def _switch(self, name: str) -> None:
        self.stack.setCurrentWidget(self.screens[name])

    def _apply_style(self) -> None:
        self.setStyleSheet(stylesheet(self.scale, self.high_contrast))

    def _install_language(self, language: str) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if language == "en" and self.translator is None:
            translator = QTranslator(self)
            if translator.load(translation_file()):
                app.installTranslator(translator)
                self.translator = translator
        elif language != "en" and self.translator is not None:
            app.removeTranslator(self.translator)
            self.translator = None
        else:
            return
        for screen in self.screens.values() if hasattr(self, "screens") else ():
            screen.retranslate()  # type: ignore[attr-defined]

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.locked:
            event.ignore()
            return
        self._end_session()
        self.idle_timer.stop()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.locked and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4):
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.response_id:
            QTimer.singleShot(0, self, self._rerender)
        super().changeEvent(event)
