"""One episode (forløb): the patient header and the tabs — results at a glance
(``episode_overview``), every answer and change over time (``episode_history``), examination
and plan (``exam_form``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import badge, plain_label
from lbp_desktop.ui.workspace import clinical_widgets
from lbp_desktop.ui.workspace.episode_data import EpisodeData, load_episode
from lbp_desktop.ui.workspace.episode_history import AnswersTree, ChangePage
from lbp_desktop.ui.workspace.episode_overview import OverviewPage
from lbp_desktop.ui.workspace.paper_flow import PaperActions, pending_paper_response
from lbp_desktop.ui.workspace.worklist import format_cpr, format_date


def _lang() -> str:
    return texts.lang()


class EpisodeView(QWidget):
    """The episode screen. ``back`` returns to the worklist; the others ask the shell to act."""

    back = Signal()
    send_to_tablet = Signal(str)      # episode id
    send_to_hub = Signal(str)         # episode id: offer to the waiting-room tablets
    make_letter = Signal(str)         # episode id

    def __init__(self, store: Any, forms: Any, *, user: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.forms = forms
        self.user = user
        self.data: EpisodeData | None = None
        self.exam_form = None
        self.hub_running = True
        """Whether this PC's tablet service runs (set by the main window; for the hint)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(theme.SPACING * 2, theme.SPACING, theme.SPACING * 2,
                                 theme.SPACING)
        outer.setSpacing(theme.SPACING)
        # header
        head = QHBoxLayout()
        head.setSpacing(theme.SPACING)
        self.back_button = QPushButton(self.tr("← Arbejdsliste"))
        self.back_button.clicked.connect(self.back)
        head.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name_label = plain_label("", role="h1")
        self.name_label.setObjectName("patient_name")
        self.meta_label = plain_label("", role="muted", wrap=True)
        self.referral_label = plain_label("", role="muted", wrap=True)
        names.addWidget(self.name_label)
        head.addLayout(names, 1)
        self.status_holder = QHBoxLayout()
        self.status_holder.setAlignment(Qt.AlignmentFlag.AlignTop)
        head.addLayout(self.status_holder)
        self.tablet_button = QPushButton(self.tr("Send til tablet"))
        self.tablet_button.setObjectName("send_to_tablet")
        self.tablet_button.clicked.connect(lambda: self.send_to_tablet.emit(self.episode_id))
        self.hub_button = QPushButton(self.tr("Send til venteværelsets tablet"))
        self.hub_button.setObjectName("send_to_hub")
        self.hub_button.setToolTip(self.tr("Spørgeskemaet venter på en parret tablet i "
                                           "venteværelset; denne pc bliver ved med at være "
                                           "din arbejdsplads."))
        self.hub_button.clicked.connect(lambda: self.send_to_hub.emit(self.episode_id))
        self.hub_state = plain_label("", role="muted", wrap=True)
        self.hub_state.setObjectName("hub_state")
        self.hub_state.setMaximumWidth(220)
        self.paper = PaperActions(store, self, _lang())
        self.paper.changed.connect(lambda: self.load(self.episode_id))
        self.paper_button = QPushButton(self.tr("Papirskema"))
        self.paper_button.setObjectName("paper_menu")
        menu = QMenu(self.paper_button)
        self.print_action = menu.addAction(self.tr("Udskriv spørgeskema …"), self._print_paper)
        self.enter_action = menu.addAction(self.tr("Indtast papirsvar …"), self._enter_paper)
        self.check_action = menu.addAction(self.tr("Dobbeltindtast papirsvar …"),
                                           self._check_paper)
        self.paper_button.setMenu(menu)
        self.paper_state = plain_label("", role="muted", wrap=True)
        self.paper_state.setObjectName("paper_state")
        self.letter_button = QPushButton(self.tr("Lav epikrise"))
        self.letter_button.setObjectName("make_letter")
        self.letter_button.setProperty("role", "primary")
        self.letter_button.clicked.connect(lambda: self.make_letter.emit(self.episode_id))
        # the actions in one row at the top right, the tablet hand-off's state under them
        actions = QVBoxLayout()
        actions.setSpacing(4)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACING)
        buttons.addWidget(self.tablet_button)
        buttons.addWidget(self.hub_button)
        buttons.addWidget(self.letter_button)
        actions.addLayout(buttons)
        actions.addWidget(self.hub_state, 0, Qt.AlignmentFlag.AlignRight)
        actions.addWidget(self.paper_button, 0, Qt.AlignmentFlag.AlignRight)
        actions.addStretch(1)
        head.addLayout(actions)
        outer.addLayout(head)
        # the details under the name across the full width (wrapped text in a vertical layout
        # gets the height it needs; squeezed beside the buttons it was cut at 1280 px)
        details = QVBoxLayout()
        details.setSpacing(2)
        details.setContentsMargins(self.back_button.sizeHint().width() + theme.SPACING, 0, 0, 0)
        details.addWidget(self.meta_label)
        details.addWidget(self.referral_label)
        details.addWidget(self.paper_state)
        outer.addLayout(details)

        self.acute_banner = plain_label("", wrap=True)
        self.acute_banner.setObjectName("acute_banner")
        self.acute_banner.setStyleSheet(
            f"background:{theme.FLAG_ACUTE.bg}; color:white; font-weight:700; font-size:12pt;"
            f" padding:10px 14px; border-radius:{theme.RADIUS}px;")
        self.acute_banner.hide()
        self.handle_button = QPushButton(self.tr("Registrér håndtering …"))
        self.handle_button.setObjectName("record_handling")
        self.handle_button.clicked.connect(self.record_handling)
        self.handle_button.hide()
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.acute_banner, 1)
        banner_row.addWidget(self.handle_button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(banner_row)
        from lbp_desktop.ui.workspace.medcom_ui import MedcomPanel

        self.medcom_panel = MedcomPanel(store)  # the approved GP letter's MedCom state and send
        outer.addWidget(self.medcom_panel)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        outer.addWidget(self.tabs, 1)
        self.overview_scroll = OverviewPage(forms)
        self.overview = self.overview_scroll.page
        self.answers_tree = AnswersTree(forms)
        self.change_wrap = ChangePage()
        self.change_table = self.change_wrap.change_table
        self.tabs.addTab(self.overview_scroll, self.tr("Overblik"))
        self.tabs.addTab(self.answers_tree, self.tr("Alle svar"))
        self.tabs.addTab(self.change_wrap, self.tr("Udvikling"))
        self.episode_id = ""
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_exam)

    def save_exam(self) -> Any:
        """Ctrl+S: save the examination form while its tab is shown (elsewhere: nothing)."""
        if self.exam_form is not None and self.tabs.currentWidget() is self.exam_form:
            return self.exam_form.save()
        return None

    def show_overview(self) -> None:
        """Opening a patient starts on "Overblik", whatever tab the previous one was left on."""
        self.tabs.setCurrentWidget(self.overview_scroll)

    # -- loading -----------------------------------------------------------------------------
    def load(self, episode_id: str) -> EpisodeData:
        self.episode_id = episode_id
        self.data = load_episode(self.store, episode_id)
        self._fill_header()
        self.overview_scroll.fill(self.data)
        self.answers_tree.fill(self.data)
        self.change_wrap.fill(self.data)
        self._fill_exam()
        self.medcom_panel.load(episode_id)
        return self.data

    def _fill_header(self) -> None:
        d = self.data
        assert d is not None
        p, e = d.patient, d.episode
        self.name_label.setText(p.name + (" " + self.tr("(fiktiv)") if p.fictional else ""))
        sex = {"male": self.tr("mand"), "female": self.tr("kvinde")}.get(p.sex or "", "")
        bits = [format_cpr(p.cpr)]
        if d.age is not None:
            bits.append(self.tr("%n år", "", d.age))
        if sex:
            bits.append(sex)
        if d.clinician_name:
            bits.append(self.tr("Behandler: ") + d.clinician_name)
        if e.caseworker:
            bits.append(self.tr("Sagsbehandler: ") + e.caseworker)
        self.meta_label.setText("  ·  ".join(bits))
        r = e.referral
        gp = ", ".join(x for x in (r.gp_name, r.gp_clinic) if x)
        ref = self.tr("Henvist %1 af %2").replace("%1", format_date(r.referral_date) or "–") \
            .replace("%2", gp or "–")
        if r.reason:
            ref += " – " + r.reason
        self.referral_label.setText(ref)
        while self.status_holder.count():
            item = self.status_holder.takeAt(0)
            if item.widget():
                item.widget().hide()   # gone at once, not when the deferred delete runs
                item.widget().deleteLater()
        self._fill_hub_state()
        self._fill_paper_state()
        self.status_holder.addWidget(badge(texts.status_text(e.status),
                                           theme.Swatch(theme.ACCENT_LIGHT, theme.ACCENT_DARK, "")),
                                     0, Qt.AlignmentFlag.AlignTop)
        state = clinical_widgets.banner(d.summary) if d.summary is not None else None
        if state is not None:
            self.acute_banner.setText(state[0])
            clinical_widgets.style_banner(self.acute_banner, state[1])
            self.acute_banner.show()
        else:
            self.acute_banner.hide()
        rf = d.summary.red_flags if d.summary is not None else None
        self.handle_button.setVisible(bool(rf and rf.acute and not rf.handled))

    def _fill_hub_state(self) -> None:
        """"Sendt – afventer tablet" while the open questionnaire waits for a waiting-room
        tablet (``device`` "tablet" or "device:<id>", as ``lbp-desktop handover`` sets it)."""
        d = self.data
        response = d.open_response if d is not None else None
        device = getattr(response, "device", "") or ""
        if response is None or not (device == "tablet" or device.startswith("device:")):
            self.hub_state.setText("")
            self.hub_state.hide()
            return
        if response.position:
            text = self.tr("Tabletten er i gang")
        else:
            text = self.tr("Sendt – afventer tablet")
        if not self.hub_running:
            text += "\n" + self.tr("Tablettjenesten er stoppet (Administration → Tablets).")
        self.hub_state.setText(text)
        self.hub_state.show()

    def _fill_paper_state(self) -> None:
        """How the latest answers were given when it was on paper, and a double entry waiting."""
        d = self.data
        pending = pending_paper_response(self.store, self.episode_id)
        self.check_action.setEnabled(pending is not None)
        latest = d.summary.latest.response if d is not None and d.summary is not None \
            and d.summary.latest is not None else None
        if pending is not None:
            text = self.tr("Papirsvar afventer dobbeltindtastning af en kollega")
        elif latest is not None and latest.source == "paper":
            text = self.tr("Seneste spørgeskema er besvaret på papir, indtastet af %1") \
                .replace("%1", self._user_name(latest.entered_by))
        else:
            text = ""
        self.paper_state.setText(text)
        self.paper_state.setVisible(bool(text))

    def _user_name(self, user_id: str | None) -> str:
        try:
            return self.store.user(user_id).name if user_id else "–"
        except Exception:  # a deleted account still leaves the fact that it was typed in
            return "–"

    def _print_paper(self) -> None:
        if self.data is not None:
            self.paper.print_form(self.episode_id, self.data.patient)

    def _enter_paper(self) -> None:
        if self.data is not None:
            self.paper.enter(self.episode_id, self.data.patient.name)

    def _check_paper(self) -> None:
        if self.data is not None:
            self.paper.double_check(self.episode_id, self.data.patient.name)

    def record_handling(self) -> None:
        """Ask what was found and done about the acute flag, record it, show the handled state."""
        dialog = clinical_widgets.AcuteHandlingDialog(self.store, self.episode_id, self)
        dialog.accepted.connect(lambda: self.load(self.episode_id))
        self.handling_dialog = dialog
        dialog.open()

    # -- examination -------------------------------------------------------------------------
    def _fill_exam(self) -> None:
        from lbp_desktop.ui.workspace.exam_form import ExamForm

        if self.exam_form is not None:
            index = self.tabs.indexOf(self.exam_form)
            self.tabs.removeTab(index)
            self.exam_form.deleteLater()
        self.exam_form = ExamForm(self.store, self.data, user=self.user)
        self.exam_form.setObjectName("exam_form")
        self.exam_form.make_letter.connect(lambda: self.make_letter.emit(self.episode_id))
        self.tabs.addTab(self.exam_form, self.tr("Undersøgelse og plan"))

    @property
    def profile_chart(self) -> Any:
        """The Örebro domain chart on the overview page."""
        return self.overview_scroll.profile_chart

    def set_results_visible(self, visible: bool) -> None:
        """Reception sees the registration details but not the results."""
        for i in range(self.tabs.count()):
            self.tabs.setTabVisible(i, visible)
        self.letter_button.setVisible(visible)
