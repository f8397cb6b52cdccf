"""One episode (forløb): results at a glance, every answer, change over time, examination/plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.profile_chart import Bar, ProfileChart
from lbp_desktop.ui.common.widgets import badge, band_badge, card, plain_label, risk_badge
from lbp_desktop.ui.workspace import clinical_widgets
from lbp_desktop.ui.workspace.episode_data import EpisodeData, change_rows, load_episode
from lbp_desktop.ui.workspace.worklist import format_cpr, format_date


def _lang() -> str:
    return texts.lang()


class _Page(QWidget):
    """A scrolled page whose height follows its width (wrapped text never overlaps)."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            wanted = layout.heightForWidth(self.width())
            if wanted > 0 and wanted != self.minimumHeight():
                self.setMinimumHeight(wanted)


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
        names.addWidget(self.meta_label)
        names.addWidget(self.referral_label)
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
        actions.addStretch(1)
        head.addLayout(actions)
        outer.addLayout(head)

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
        self.overview = _Page()
        self.overview_scroll = QScrollArea()
        self.overview_scroll.setWidgetResizable(True)
        self.overview_scroll.setWidget(self.overview)
        self.answers_tree = QTreeWidget()
        self.answers_tree.setObjectName("answers_tree")
        self.answers_tree.setColumnCount(3)
        self.answers_tree.setHeaderLabels([self.tr("Spørgsmål"), self.tr("Svar"),
                                           self.tr("Kode")])
        self.answers_tree.setAlternatingRowColors(True)
        self.answers_tree.setWordWrap(True)
        self.answers_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.answers_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.answers_tree.header().resizeSection(1, 320)
        self.answers_tree.header().setStretchLastSection(False)
        self.answers_tree.header().resizeSection(2, 60)
        self.change_table = QTableWidget()
        self.change_table.setObjectName("change_table")
        self.change_table.verticalHeader().hide()
        self.change_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.change_table.setAlternatingRowColors(True)
        self.change_wrap = QWidget()
        cw = QVBoxLayout(self.change_wrap)
        cw.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        self.change_note = plain_label("", role="muted", wrap=True)
        cw.addWidget(self.change_note)
        cw.addWidget(self.change_table, 1)
        self.tabs.addTab(self.overview_scroll, self.tr("Overblik"))
        self.tabs.addTab(self.answers_tree, self.tr("Alle svar"))
        self.tabs.addTab(self.change_wrap, self.tr("Udvikling"))
        self.episode_id = ""

    # -- loading -----------------------------------------------------------------------------
    def load(self, episode_id: str) -> EpisodeData:
        self.episode_id = episode_id
        self.data = load_episode(self.store, episode_id)
        self._fill_header()
        self._fill_overview()
        self._fill_answers()
        self._fill_change()
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
                item.widget().deleteLater()
        self._fill_hub_state()
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

    # -- overview ----------------------------------------------------------------------------
    def _clear_overview(self) -> QGridLayout:
        old = self.overview.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout away so it is deleted
        grid = QGridLayout(self.overview)
        grid.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        grid.setHorizontalSpacing(theme.SPACING)
        grid.setVerticalSpacing(theme.SPACING)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        return grid

    def _fill_overview(self) -> None:
        d = self.data
        assert d is not None
        grid = self._clear_overview()
        if d.latest is None:
            msg = self.tr("Der er endnu ingen udfyldte spørgeskemaer i dette forløb.")
            if d.open_response is not None:
                msg += " " + self.tr("Et skema er i gang på tabletten.")
            else:
                msg += " " + self.tr("Brug »Send til tablet« for at lade patienten udfylde det.")
            frame, lay = card(self.tr("Spørgeskema"))
            lay.addWidget(plain_label(msg, wrap=True))
            grid.addWidget(frame, 0, 0, 1, 2)
            grid.setRowStretch(1, 1)
            return
        left = QVBoxLayout()
        left.setSpacing(theme.SPACING)
        right = QVBoxLayout()
        right.setSpacing(theme.SPACING)
        left.addWidget(self._startback_card())
        left.addWidget(self._pain_card())
        left.addWidget(self._scores_card())
        mdi = self._mdi_card()
        if mdi is not None:
            left.addWidget(mdi)
        left.addStretch(1)
        right.addWidget(self._flags_card())
        right.addWidget(self._profile_card())
        right.addWidget(self._work_card())
        right.addStretch(1)
        lw, rw = QWidget(), QWidget()
        lw.setLayout(left)
        rw.setLayout(right)
        left.setContentsMargins(0, 0, 0, 0)
        right.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(lw, 0, 0)
        grid.addWidget(rw, 0, 1)
        date = format_date(d.latest.date)
        count = (self.tr("1 skema i forløbet") if len(d.completed) == 1 else
                 self.tr("%1 skemaer i forløbet").replace("%1", str(len(d.completed))))
        note = plain_label(self.tr("Seneste udfyldte skema: %1").replace("%1", date) + " · "
                           + count, role="muted")
        grid.addWidget(note, 1, 0, 1, 2)

    def _row(self, layout: QVBoxLayout, label: str, value: str, extra: QWidget | None = None,
             name: str = "") -> QLabel:
        row = QHBoxLayout()
        row.setSpacing(theme.SPACING)
        left = plain_label(label)
        left.setMinimumWidth(200)
        left.setProperty("role", "muted")
        val = plain_label(value)
        val.setStyleSheet("font-weight:600;")
        if name:
            val.setObjectName(name)
        row.addWidget(left)
        row.addWidget(val)
        if extra is not None:
            row.addWidget(extra)
        row.addStretch(1)
        layout.addLayout(row)
        return val

    def _startback_card(self) -> QFrame:
        from lbp_desktop.pathway.plan import option, suggested_plan

        s = self.data.score("startback") if self.data else None
        frame, lay = card(self.tr("STarT Back"))
        frame.setObjectName("startback_card")
        if s is None:
            lay.addWidget(plain_label(self.tr("Ikke besvaret."), role="muted"))
            return frame
        risk = s.get("risk")
        head = QHBoxLayout()
        b = risk_badge(risk)
        b.setObjectName("risk_badge")
        b.setStyleSheet(b.styleSheet() + " font-size:14pt; padding:6px 14px;")
        head.addWidget(b)
        head.addSpacing(theme.SPACING)
        head.addWidget(plain_label(self.tr("Total %1/9 · psykosocial delscore %2/5")
                                   .replace("%1", str(s.get("total", "–")))
                                   .replace("%2", str(s.get("psychosocial", "–")))))
        head.addStretch(1)
        lay.addLayout(head)
        if not s.get("complete", True):
            lay.addWidget(plain_label(self.tr("Ufuldstændigt besvaret – ingen risikogruppe."),
                                      role="muted"))
        if risk:
            ids = suggested_plan(self.data.summary)  # red flags override the matched line
            words = ", ".join(
                (option(i).label_en if _lang() == "en" else option(i).label_da).lower()
                for i in ids)
            t = plain_label(self.tr("Matchet behandling: ") + words, wrap=True)
            t.setObjectName("matched_treatment")
            lay.addWidget(t)
        note = clinical_widgets.validation_note(self.forms, ["startback"])
        if note is not None:
            lay.addWidget(note)
        return frame

    def _pain_card(self) -> QFrame:
        s = self.data.score("pain") if self.data else None
        frame, lay = card(self.tr("Smerter (NRS 0–10)"))
        if s is None:
            lay.addWidget(plain_label(self.tr("Ikke besvaret."), role="muted"))
            return frame
        for key, label, band_key in (("back_now", self.tr("Rygsmerter nu"), "back_band"),
                                     ("back_week", self.tr("Rygsmerter, gennemsnit uge"), None),
                                     ("leg_now", self.tr("Bensmerter nu"), "leg_band"),
                                     ("leg_week", self.tr("Bensmerter, gennemsnit uge"), None)):
            value = s.get(key)
            extra = band_badge(s.get(band_key)) if band_key and s.get(band_key) else None
            self._row(lay, label, "–" if value is None else str(value), extra, name=f"pain_{key}")
        side = texts.leg_side_text(s.get("leg_side"))
        below = s.get("below_knee")
        if below is True:
            side += " · " + self.tr("til under knæet")
        self._row(lay, self.tr("Udstråling"), side, name="leg_side")
        return frame

    def _scores_card(self) -> QFrame:
        frame, lay = card(self.tr("Funktion og psykosocial screening"))
        r = self.data.score("rmdq23") if self.data else None
        o = self.data.score("orebro10") if self.data else None
        if r is not None:
            text = f"{r.get('total', '–')}/23"
            if r.get("prorated"):
                text += " " + self.tr("(omregnet for manglende svar)")
            self._row(lay, self.tr("Roland-Morris (RMDQ)"), text, name="rmdq_total")
        if o is not None:
            text = f"{o.get('total', '–')}/100"
            extra = None
            if o.get("raised_risk"):
                from lbp_desktop.instruments.words import orebro_raised_min

                extra = badge(self.tr("forhøjet risiko (≥ %1)").replace(
                    "%1", str(orebro_raised_min())), theme.FLAG)
            self._row(lay, self.tr("Örebro (ÖMPSQ-10)"), text, extra, name="orebro_total")
        if r is None and o is None:
            lay.addWidget(plain_label(self.tr("Ikke besvaret."), role="muted"))
        else:
            note = clinical_widgets.validation_note(
                self.forms, [f for f, x in (("rmdq23", r), ("orebro10", o)) if x])
            if note is not None:
                lay.addWidget(note)
        return frame

    def _mdi_card(self) -> QFrame | None:
        m = self.data.score("mdi") if self.data else None
        if m is None:
            return None
        frame = clinical_widgets.MdiCard(m, self.forms)
        note = clinical_widgets.validation_note(self.forms, ["mdi"])
        if note is not None:
            frame.layout().addWidget(note)
        return frame

    def _flags_card(self) -> QFrame:
        assert self.data is not None and self.data.summary is not None
        return clinical_widgets.RedFlagsCard(self.data.summary)

    def record_handling(self) -> None:
        """Ask what was found and done about the acute flag, record it, show the handled state."""
        dialog = clinical_widgets.AcuteHandlingDialog(self.store, self.episode_id, self)
        dialog.accepted.connect(lambda: self.load(self.episode_id))
        self.handling_dialog = dialog
        dialog.open()

    def _profile_card(self) -> QFrame:
        o = self.data.score("orebro10") if self.data else None
        frame, lay = card(self.tr("Domæneprofil (Örebro, byrde 0–10)"))
        self.profile_chart = ProfileChart()
        self.profile_chart.setObjectName("profile_chart")
        profile = (o or {}).get("profile") or {}
        if not profile:
            lay.addWidget(plain_label(self.tr("Ikke besvaret."), role="muted"))
            return frame
        order = [d for d in texts.DOMAIN_ORDER if d in profile] + \
                [d for d in profile if d not in texts.DOMAIN_ORDER]
        bars = [Bar(texts.domain_text(d), profile[d].get("burden"), profile[d].get("band"))
                for d in order]
        self.profile_chart.set_bars(bars)
        lay.addWidget(self.profile_chart)
        words = self.profile_words(profile)
        w = plain_label(words, wrap=True)
        w.setObjectName("profile_words")
        lay.addWidget(w)
        return frame

    def profile_words(self, profile: dict[str, dict[str, Any]]) -> str:
        """The profile in a sentence, strongest first: 'svær søvnforstyrrelse (8), …'."""
        rank = {"severe": 3, "moderate": 2, "mild": 1, "none": 0}
        items = sorted(((d, v) for d, v in profile.items() if v.get("band") not in (None, "none")),
                       key=lambda dv: (-rank.get(dv[1].get("band"), 0),
                                       -(dv[1].get("burden") or 0)))
        if not items:
            return self.tr("Ingen belastning i profilen.")
        parts = [f"{texts.band_text(v.get('band'))} {texts.domain_text(d).lower()} "
                 f"({v.get('burden')})" for d, v in items]
        text = ", ".join(parts)
        return text[0].upper() + text[1:] + "."

    def _work_card(self) -> QFrame:
        w = self.data.score("work") if self.data else None
        frame, lay = card(self.tr("Arbejde"))
        if w is None:
            lay.addWidget(plain_label(self.tr("Ikke besvaret."), role="muted"))
            return frame
        if w.get("occupation"):
            self._row(lay, self.tr("Arbejde"), str(w.get("occupation")))
        emp = {"employed": self.tr("ansat"), "self_employed": self.tr("selvstændig"),
               "unemployed": self.tr("ledig"), "student": self.tr("studerende"),
               "retired": self.tr("pensionist"), "other": self.tr("andet")}
        if w.get("employment"):
            self._row(lay, self.tr("Beskæftigelse"), emp.get(w["employment"], w["employment"]))
        sick = w.get("sick_listed")
        if sick is not None:
            text = self.tr("ja") if sick else self.tr("nej")
            if sick and w.get("sick_leave_weeks") is not None:
                weeks = int(w["sick_leave_weeks"])
                text += " – " + (self.tr("1 uge") if weeks == 1 else
                                 self.tr("%1 uger").replace("%1", str(weeks)))
            self._row(lay, self.tr("Sygemeldt"), text, name="sick_listed")
        goal = w.get("goal_label")
        if isinstance(goal, dict):
            self._row(lay, self.tr("Patientens mål"), goal.get(_lang()) or goal.get("da", ""))
        return frame

    # -- every answer ------------------------------------------------------------------------
    def _fill_answers(self) -> None:
        d = self.data
        tree = self.answers_tree
        tree.clear()
        if d is None or not d.completed:
            return
        lang = _lang()
        bold = QFont()
        bold.setBold(True)
        for n, resp in enumerate(reversed(d.completed)):
            top = QTreeWidgetItem([self.tr("Skema udfyldt %1").replace(
                "%1", format_date(resp.date)), "", ""])
            top.setFont(0, bold)
            tree.addTopLevelItem(top)
            form_ids = list(getattr(resp.response, "form_versions", {}) or {})
            form_ids += [f for f in resp.answers if f not in form_ids]
            for form_id in form_ids:
                answers = resp.answers.get(form_id, {})
                try:
                    form = self.forms.form(form_id)
                except KeyError:
                    continue
                score = resp.scores.get(form_id, {})
                summary = self._score_summary(form_id, score)
                inst = QTreeWidgetItem([f"{form.instrument.short_name} – {form.title.get(lang)}",
                                        summary, ""])
                inst.setFont(0, bold)
                top.addChild(inst)
                missing = "– " + self.tr("ikke besvaret")
                hidden = self.tr("(ikke stillet)")
                for question, shown, code in clinical_widgets.answer_rows(form, answers, lang,
                                                                          missing, hidden):
                    child = QTreeWidgetItem([question, shown, code])
                    child.setToolTip(0, question)
                    if shown == missing:
                        child.setForeground(1, QBrush(QColor(theme.FLAG.fg)))
                        child.setFont(1, bold)
                    inst.addChild(child)
            top.setExpanded(n == 0)
            for i in range(top.childCount()):
                top.child(i).setExpanded(n == 0)

    def _score_summary(self, form_id: str, s: dict[str, Any]) -> str:
        if not s:
            return ""
        if form_id == "startback":
            return f"{texts.risk_text(s.get('risk'))} · total {s.get('total')}/9"
        if form_id == "rmdq23":
            return f"{s.get('total')}/23"
        if form_id == "orebro10":
            return f"{s.get('total')}/100"
        if form_id == "mdi":
            return clinical_widgets.mdi_summary(s)
        if form_id == "redflags":
            n = len(s.get("positive") or [])
            text = self.tr("%n positive", "", n)
            missing = len(s.get("unanswered", s.get("missing")) or [])
            if missing:  # never read as "no"
                text += " · " + self.tr("%n ikke besvaret", "", missing)
            return text
        return ""

    # -- change over time --------------------------------------------------------------------
    def _measure_name(self, measure: str) -> str:
        return {
            "pain.back_now": self.tr("Rygsmerter nu (NRS)"),
            "pain.back_week": self.tr("Rygsmerter, uge (NRS)"),
            "pain.leg_now": self.tr("Bensmerter nu (NRS)"),
            "pain.leg_week": self.tr("Bensmerter, uge (NRS)"),
            "rmdq23.total": self.tr("Roland-Morris (0–23)"),
            "startback.risk": self.tr("STarT Back risikogruppe"),
            "startback.total": self.tr("STarT Back total (0–9)"),
            "orebro10.total": self.tr("Örebro total (1–100)"),
            "mdi.total": self.tr("MDI total (0–50)"),
        }.get(measure, measure)

    def _fill_change(self) -> None:
        d = self.data
        table = self.change_table
        table.clear()
        rows = change_rows(d) if d is not None else []
        dates = [r.date for r in d.completed] if d is not None else []
        if len(dates) < 2:
            self.change_note.setText(self.tr("Udvikling vises, når patienten har udfyldt mere end "
                                             "ét skema i forløbet."))
        else:
            self.change_note.setText(self.tr("Ændring i forhold til første skema (baseline). "
                                             "★ = klinisk betydende bedring (NRS ≥ 2 point og "
                                             "≥ 30 %, RMDQ ≥ 5 point og ≥ 30 %; Ostelo 2008). "
                                             "Skift af STarT-risikogruppe vises som ændring."))
        table.setColumnCount(1 + len(dates))
        table.setHorizontalHeaderLabels([self.tr("Mål")] + [
            (self.tr("Baseline ") if i == 0 else "") + format_date(x) for i, x in enumerate(dates)])
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(self._measure_name(row.measure)))
            table.setItem(r, 1, QTableWidgetItem(self._value_text(row.measure, row.baseline)))
            later_dates = dates[1:]
            for date, value, change in row.values:
                col = 2 + later_dates.index(date) if date in later_dates else None
                if col is None:
                    continue
                text = self._value_text(row.measure, value)
                item = QTableWidgetItem(text)
                if change is not None:
                    diff = getattr(change, "difference", None)
                    if diff is not None and diff != 0:
                        item.setText(f"{text}  ({diff:+d})")
                    if change.important:
                        item.setText(item.text() + "  ★")
                        improved = change.direction == "improved"
                        item.setBackground(QBrush(QColor(theme.RISK["low"].bg if improved
                                                         else theme.RISK["high"].bg)))
                        item.setToolTip(self.tr("Klinisk betydende forbedring") if improved
                                        else self.tr("Forværring"))
                table.setItem(r, col, item)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(1, table.columnCount()):
            table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)

    def _value_text(self, measure: str, value: Any) -> str:
        if measure == "startback.risk":
            return texts.risk_short(value)
        return "–" if value is None else str(value)

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

    def set_results_visible(self, visible: bool) -> None:
        """Reception sees the registration details but not the results."""
        for i in range(self.tabs.count()):
            self.tabs.setTabVisible(i, visible)
        self.letter_button.setVisible(visible)
