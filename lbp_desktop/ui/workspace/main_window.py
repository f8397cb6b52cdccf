"""The practice PC's main window: banner, worklist, episode, admin, lock screen, kiosk hand-off.

Roles: a *clinician* sees everything clinical; *reception* registers patients and hands the tablet
over but does not see results; an *admin* also has clinic settings, accounts and the audit log.
The window locks itself after ``idle_ms`` without input; only the same user's password (or another
user signing in) unlocks it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.geometry import place_window, save_window
from lbp_desktop.ui.common.idle import IdleWatcher
from lbp_desktop.ui.common.widgets import DemoBanner, ModeBanner, plain_label
from lbp_desktop.ui.workspace.lock_screen import LockScreen
from lbp_desktop.ui.workspace.login import LoginDialog
from lbp_desktop.ui.workspace.worklist import WorklistPage

DEFAULT_IDLE_MS = 10 * 60 * 1000
GEOMETRY_KEY = "workspace/main_window"
PREFERRED_SIZE = QSize(1440, 900)
"""A comfortable size where the screen allows; smaller screens get their available area."""


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, store: Any, forms: Any, user: Any, *, demo: bool = False,
                 idle_ms: int = DEFAULT_IDLE_MS, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.forms = forms
        self.user = user
        self.demo = demo
        self.kiosk = None
        self.signed_in = True
        """False after "Log ud" until someone signs in again."""
        self.episode_view = None
        self.admin_page = None
        from lbp_desktop.ui.workspace.hub_service import HubService

        self.hub = HubService(store, self)
        """The in-process tablet service (started from Administration → Tablets)."""
        clinic = store.clinic()
        self.clinic_name = clinic.name if clinic is not None else ""
        # the platform appends the application's name ("… — lbp-desktop") to every title
        self.setWindowTitle(self.clinic_name or self.tr("Arbejdsplads"))
        central = QWidget()
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner = ModeBanner()
        self._banner_buttons()
        layout.addWidget(self.banner)
        self.demo_banner = DemoBanner() if demo else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)
        self.alert_bar, self.alert_bar_text, self.alert_bar_button = self._alert_bar()
        layout.addWidget(self.alert_bar)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.worklist = WorklistPage(store, can_register=True)
        self.worklist.alerts.changed.connect(self._update_alert_bar)
        self.worklist.open_episode.connect(self.open_episode)
        self.worklist.register_requested.connect(self.register_patient)
        self.stack.addWidget(self.worklist)
        self.lock_screen = LockScreen(store)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user.connect(self.switch_user)
        self.stack.addWidget(self.lock_screen)
        self.stack.currentChanged.connect(self._update_alert_bar)
        self._before_lock: QWidget | None = None
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(self.lock)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.lock)
        QShortcut(QKeySequence("Ctrl+F"), self,
                  activated=lambda: (self.show_worklist(), self.worklist.search.setFocus()))
        place_window(self, GEOMETRY_KEY, PREFERRED_SIZE)
        self.set_user(user)
        self.worklist.start_polling()
        self.idle.start()

    # -- banner ------------------------------------------------------------------------------
    def _banner_buttons(self) -> None:
        row: QHBoxLayout = self.banner.layout()
        css = ("QPushButton { background: rgba(255,255,255,0.14); color: white; border: 1px solid"
               " rgba(255,255,255,0.35); padding: 3px 10px; min-height: 18px; }"
               " QPushButton:hover { background: rgba(255,255,255,0.28); }")
        self.admin_button = QPushButton(self.tr("Administration"))
        self.about_button = QPushButton(self.tr("Om"))
        self.lock_button = QPushButton(self.tr("Lås skærm"))
        self.logout_button = QPushButton(self.tr("Log ud"))
        for b in (self.admin_button, self.about_button, self.lock_button, self.logout_button):
            b.setStyleSheet(css)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
        self.admin_button.clicked.connect(self.show_admin)
        self.about_button.clicked.connect(self.show_about)
        self.lock_button.clicked.connect(self.lock)
        self.logout_button.clicked.connect(self.sign_out)

    def _update_banner(self) -> None:
        if self.is_locked():
            mode, text = "locked", self.tr("Låst") if self.signed_in else self.tr("Logget ud")
        elif self.stack.currentWidget() is self.admin_page and self.admin_page is not None:
            mode, text = "admin", self.tr("Administrator")
        else:
            mode = "clinician"
            text = self.tr("Behandler") if self.user.role != "reception" else self.tr("Sekretær")
        who = (f"{self.user.name} ({texts.role_text(self.user.role)})" if self.signed_in
               else "")
        self.banner.set_mode(mode, text, who, self.clinic_name)
        for b in (self.admin_button, self.about_button, self.lock_button, self.logout_button):
            b.setVisible(not self.is_locked())
        self.admin_button.setVisible(not self.is_locked() and self.user.role == "admin")

    # -- acute alerts on every page -------------------------------------------------------------
    def _alert_bar(self) -> tuple[QFrame, QLabel, QPushButton]:
        """A red strip under the banner: an acute alert must reach the clinician on whatever page
        (episode, administration, lock screen), not only in the worklist's own strip."""
        bar = QFrame()
        bar.setObjectName("AcuteAlertBar")
        bar.setStyleSheet(f"#AcuteAlertBar {{ background:{theme.FLAG_ACUTE.bg}; }}"
                          f" #AcuteAlertBar QLabel {{ color:white; font-weight:600; }}"
                          f" #AcuteAlertBar QPushButton {{ background:white;"
                          f" color:{theme.FLAG_ACUTE.bg}; border:none; font-weight:600; }}")
        row = QHBoxLayout(bar)
        row.setContentsMargins(theme.SPACING + 4, 6, theme.SPACING + 4, 6)
        text = plain_label("", wrap=True)
        text.setObjectName("acute_alert_text")
        show = QPushButton(self.tr("Vis på arbejdslisten"))
        show.clicked.connect(self.show_worklist)
        row.addWidget(text, 1)
        row.addWidget(show)
        bar.hide()
        return bar, text, show

    def _update_alert_bar(self, *_args: Any) -> None:
        strip = self.worklist.alerts
        alert = strip.latest()
        if alert is None or self.stack.currentWidget() is self.worklist:
            self.alert_bar.hide()
            return
        if self.is_locked():  # no name on the lock screen: anyone may be looking
            text = self.tr("⚠ AKUT rødt flag hos en patient. Lås skærmen op for at se det.")
        else:
            text = strip.line(alert)
            more = len(strip.alert_keys()) - 1
            if more:
                text += " " + self.tr("(+%1 flere)").replace("%1", str(more))
        self.alert_bar_text.setText(text)
        self.alert_bar_button.setVisible(not self.is_locked())
        self.alert_bar.show()

    # -- users -------------------------------------------------------------------------------
    @property
    def sees_results(self) -> bool:
        return self.user.role in ("clinician", "admin")

    def set_user(self, user: Any) -> None:
        self.user = user
        self.store.actor_id = user.id  # every audit event names the signed-in user
        self.worklist.view.setColumnHidden(4, not self.sees_results)
        if self.episode_view is not None:
            self.episode_view.user = user
        self._update_banner()

    # -- pages -------------------------------------------------------------------------------
    def show_worklist(self) -> None:
        if self.is_locked():
            return
        self.stack.setCurrentWidget(self.worklist)
        self.worklist.refresh()
        self.worklist.view.setFocus()
        self._update_banner()

    def open_episode(self, episode_id: str) -> Any:
        from lbp_desktop.ui.workspace.episode_view import EpisodeView

        if self.is_locked():
            return None
        if self.episode_view is None:
            self.episode_view = EpisodeView(self.store, self.forms, user=self.user)
            self.episode_view.back.connect(self.show_worklist)
            self.episode_view.send_to_tablet.connect(self.send_to_tablet)
            self.episode_view.send_to_hub.connect(self.send_to_waiting_room)
            self.episode_view.make_letter.connect(self.make_letter)
            self.stack.addWidget(self.episode_view)
        self.episode_view.user = self.user
        self.episode_view.hub_running = self.hub.running
        self.episode_view.load(episode_id)
        self.episode_view.set_results_visible(self.sees_results)
        self.episode_view.show_overview()
        self.stack.setCurrentWidget(self.episode_view)
        self._update_banner()
        return self.episode_view

    def show_admin(self) -> None:
        from lbp_desktop.ui.workspace.admin import AdminPage

        if self.user.role != "admin" or self.is_locked():
            return
        if self.admin_page is None:
            self.admin_page = AdminPage(self.store, hub=self.hub,
                                        show_patients=self.sees_results)
            self.admin_page.back.connect(self.show_worklist)
            self.admin_page.settings_changed.connect(self._apply_settings)
            self.stack.addWidget(self.admin_page)
        self.admin_page.refresh()
        self.stack.setCurrentWidget(self.admin_page)
        self._update_banner()

    def _apply_settings(self) -> None:
        from lbp_desktop.ui.workspace.admin import idle_minutes

        self.idle.set_timeout(idle_minutes() * 60_000)

    def show_about(self) -> None:
        from lbp_desktop.ui.workspace.about import AboutDialog

        dialog = AboutDialog(self.forms, self)
        dialog.exec()
        dialog.deleteLater()

    def register_patient(self) -> str | None:
        from lbp_desktop.ui.workspace.register import RegisterDialog

        dialog = RegisterDialog(self.store, default_clinician_id=(
            self.user.id if self.user.role == "clinician" else None), parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        episode_id = dialog.episode_id
        dialog.deleteLater()  # the typed CPR and name are not kept in a hidden dialog
        if not accepted:
            return None
        self.worklist.refresh()
        self.open_episode(episode_id)
        return episode_id

    # -- locking -----------------------------------------------------------------------------
    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def lock(self) -> None:
        if self.is_locked():
            return
        self._before_lock = self.stack.currentWidget()
        self.lock_screen.lock_for(self.user)
        self.stack.setCurrentWidget(self.lock_screen)
        self.idle.stop()
        self._update_banner()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    def unlock(self, user: Any) -> None:
        self.set_user(user)
        target = self._before_lock or self.worklist
        self.stack.setCurrentWidget(target)
        self._before_lock = None
        self.idle.start()
        self._update_banner()

    def switch_user(self) -> None:
        """"Skift bruger" on the lock screen: the locked user's data stays covered; a different
        user starts on a fresh worklist (nothing of the previous user's screens kept)."""
        if not self.is_locked():
            self.lock()
        dialog = LoginDialog(self.store, clinic_name=self.clinic_name, demo=self.demo,
                             parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        signed_in = dialog.user
        dialog.deleteLater()
        if not accepted or signed_in is None:
            return
        same = self.signed_in and signed_in.id == self.user.id
        if not same:
            self.clear_patient_views()
        self.signed_in = True
        self.set_user(signed_in)
        self._before_lock = self._before_lock if same else self.worklist
        self.unlock(signed_in)
        if not same:
            self.show_worklist()

    def sign_out(self) -> None:
        """"Log ud": cover the screen first, then forget every view holding patient data (the
        worklist's rows and search, the episode, administration, open dialogs), then offer the
        sign-in. Nothing of this user's patients is readable before the next sign-in."""
        self.lock()
        self.clear_patient_views()
        self.signed_in = False
        self.store.actor_id = None
        self.lock_screen.signed_out()
        self._update_banner()
        self.switch_user()

    def clear_patient_views(self) -> None:
        """Drop the episode and administration pages and empty the worklist (they are rebuilt
        on the next use)."""
        self._before_lock = None
        for page in (self.episode_view, self.admin_page):
            if page is not None:
                self.stack.removeWidget(page)
                page.deleteLater()
        self.episode_view = None
        self.admin_page = None
        self.worklist.clear()

    # -- hand-off to the tablet (patient mode on this machine) -------------------------------
    def kiosk_window(self) -> Any:
        from lbp_desktop.ui.kiosk.window import KioskWindow

        if self.kiosk is None:
            self.kiosk = KioskWindow(self.store, self.forms, lock=True)
            self.kiosk.exit_requested.connect(self.back_from_kiosk)
            # an acute answer reaches the alert strip at once, not at the next poll
            self.kiosk.acute_alert.connect(lambda *_: self.worklist.poll_alerts())
        return self.kiosk

    def send_to_tablet(self, episode_id: str) -> Any:
        response = self.store.start_response(episode_id, "ulrus")
        kiosk = self.kiosk_window()
        self.idle.stop()
        self.worklist.stop_polling()
        self.hide()
        kiosk.start_session(response.id)
        kiosk.show()
        self.banner.set_mode("locked", self.tr("Patienttilstand"), "", self.clinic_name)
        return response

    def send_to_waiting_room(self, episode_id: str) -> Any:
        """Offer the questionnaire to the paired waiting-room tablets (no local kiosk): the same
        core call as ``lbp-desktop handover``."""
        from lbp_desktop.ui.workspace.hub_service import HANDOVER_DEVICE

        response = self.store.start_response(episode_id, "ulrus", device=HANDOVER_DEVICE)
        if self.episode_view is not None and self.episode_view.episode_id == episode_id:
            self.episode_view.hub_running = self.hub.running
            self.episode_view.load(episode_id)
        self.worklist.refresh()
        return response

    def back_from_kiosk(self, user: Any) -> None:
        if self.kiosk is not None:
            self.kiosk.hide()
        if user is not None:
            self.set_user(user)
        self.show()
        self.worklist.start_polling()
        self.idle.start()
        if self.episode_view is not None and self.stack.currentWidget() is self.episode_view:
            self.episode_view.load(self.episode_view.episode_id)
        else:
            self.show_worklist()
        self._update_banner()

    # -- letters -----------------------------------------------------------------------------
    def make_letter(self, episode_id: str) -> Any:
        from lbp_desktop.ui.workspace.letter_preview import LetterPreview

        exam = self.store.examination(episode_id)
        if exam is None:
            QMessageBox.information(self, self.tr("Epikrise"), self.tr(
                "Gem undersøgelse og plan først – epikrisen bygger på dem."))
            if self.episode_view is not None:
                self.episode_view.tabs.setCurrentWidget(self.episode_view.exam_form)
            return None
        try:
            dialog = LetterPreview(self.store, episode_id, recipients=exam.recipients or ["gp"],
                                   parent=self)
        except ImportError:
            QMessageBox.information(self, self.tr("Epikrise"), self.tr(
                "Epikrise-modulet er ikke installeret."))
            return None
        result = dialog.exec()
        dialog.deleteLater()  # it holds the letter's PDF and page images: not kept hidden
        if self.episode_view is not None:
            self.episode_view.load(episode_id)
        return result

    def closeEvent(self, event: QCloseEvent) -> None:
        save_window(self, GEOMETRY_KEY)
        self.worklist.stop_polling()
        self.idle.stop()
        self.hub.stop_now()
        super().closeEvent(event)


