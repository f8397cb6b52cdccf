"""The staff side of ``KioskWindow`` and the idle pause: staff access (a held corner), sign-in and
its cancel, the patient list, leaving patient mode, the idle warning, the pause and the patient's
own way back. A mixin, kept apart so the window module stays about the patient's questions."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

PATIENT_SCREENS = ("welcome", "question", "review", "alert", "settings", "warning", "intro",
                   "thanks")
SCREENS_WITH_ANSWERS = ("welcome", "question", "review", "alert", "settings", "warning", "intro")
WARNING_MS = 30_000
"""How long "Er du her stadig?" counts down before the pause (at most a third of the idle time,
so a short idle time still warns first)."""


class StaffFlow:
    """Mixed into ``KioskWindow``; uses its screens, store, timers and session state."""

    # -- staff access --------------------------------------------------------------------------

    def _staff_requested(self: Any) -> None:
        """The corner was held: staff sign-in, remembering where the patient was."""
        self.advance_timer.stop()
        screen = self.current_screen()
        if screen == "staff":
            self.staff.show_sign_in()
            return
        self.return_screen = screen if screen in PATIENT_SCREENS else ""
        self._switch("staff")
        self.staff.show_sign_in()
        self.idle_timer.start()

    def _staff_cancelled(self: Any) -> None:
        """"Annuller" takes the patient back to where they were, never to a locked pause."""
        back = getattr(self, "return_screen", "")
        self.return_screen = ""
        if back == "thanks" or (back and self.response_id):
            self.staff.show_door(self.staff.mode)
            self._switch(back)
            self.idle_timer.start()
            return
        self.staff.show_door(self.staff.mode)

    def _staff_signed_in(self: Any, user: Any) -> None:
        self.idle_timer.start()
        self.warning.stop()
        if self.background_io:
            self.staff.show_menu(user, [], self.first_name if self.response_id else None,
                                 loading=True)
            self.refresh_patients()
            return
        self.staff.show_menu(user, self._waiting_rows(),
                             self.first_name if self.response_id else None)

    def _waiting_rows(self: Any) -> list[Any]:
        return [row for row in self.store.worklist(open_only=True)
                if row.questionnaire in ("waiting", "in_progress")
                or row.status == "questionnaire_pending"]

    def refresh_patients(self: Any) -> None:
        """Fetch the waiting patients again (in the background with ``background_io``)."""
        user = self.staff.user
        if user is None:
            return
        name = self.first_name if self.response_id else None
        if not self.background_io:
            self.staff.show_menu(user, self._waiting_rows(), name)
            return
        from lbp_desktop.ui.common.tasks import run_in_background

        self.staff.set_loading(True)

        def shown(rows: list[Any]) -> None:
            if self.staff.user is user and self.staff.on_menu():
                self.staff.show_menu(user, rows, self.first_name if self.response_id else None)

        def failed(exc: BaseException) -> None:
            log.warning("cannot fetch the waiting patients: %s", type(exc).__name__)
            if self.staff.user is user and self.staff.on_menu():
                self.staff.show_menu(user, [], self.first_name if self.response_id else None,
                                     failed=True)

        self._patients_task = run_in_background(self, self._waiting_rows, shown, failed)

    def _resume_after_staff(self: Any) -> None:
        self.staff.show_door("privacy")
        self._show_welcome_back()

    def _show_welcome_back(self: Any) -> None:
        self.welcome.set_patient(self.first_name, True)
        self._install_language(self.language)
        self._apply_style()
        self._sync_settings()
        self._switch("welcome")
        self.idle_timer.start()

    def _patient_chosen(self: Any, episode_id: str) -> None:
        response = self.store.start_response(episode_id, self.battery_id, device="kiosk")
        self.staff.show_door("waiting")
        self.start_session(response.id)

    def _exit_clicked(self: Any) -> None:
        user = self.staff.user
        if user is None:
            return
        self._end_session()
        self.staff.show_door("waiting")
        self.idle_timer.stop()
        self.release()
        self.exit_requested.emit(user)

    # -- idle: warning, pause, the patient's way back ----------------------------------------

    def _idle(self: Any) -> None:
        """No touch for the idle time: warn with a countdown first (answers still on screen
        behind it are not shown); after the thank-you or on a staff page, reset."""
        self.advance_timer.stop()
        screen = self.current_screen()
        if screen in SCREENS_WITH_ANSWERS and screen != "warning":
            self.question.flush_text()
            self.resume_screen = screen
            self._switch("warning")
            self.warning.start(max(1, min(WARNING_MS, self.idle_timeout_ms // 3) // 1000))
            self.idle_timer.start()
        elif screen == "staff" and self.response_id:
            self._pause()
        elif screen in ("staff", "thanks"):
            self.show_waiting()

    def _still_here(self: Any) -> None:
        self._switch(getattr(self, "resume_screen", "") or "question")
        self.idle_timer.start()

    def _pause(self: Any) -> None:
        """Hide the answers. The same patient can come back with their day and month of birth;
        the screen shows neither name nor answers meanwhile."""
        self.warning.stop()
        self.question.flush_text()
        self.staff.patient_can_resume = bool(self.cpr[:4].isdigit()) if self.cpr else False
        self.staff.show_door("privacy")
        self._install_language(self.language)
        self._switch("staff")
        self.idle_timer.stop()

    def _patient_resume(self: Any) -> None:
        self.birth_check.start(self.cpr)
        self._switch("birth")
        self.birth_check.setFocus()

    def _birth_passed(self: Any) -> None:
        self._show_welcome_back()
