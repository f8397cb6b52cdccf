"""The episode's "Overblik" page: results at a glance, as cards in two columns."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.profile_chart import Bar, ProfileChart
from lbp_desktop.ui.common.widgets import badge, band_badge, card, plain_label, risk_badge
from lbp_desktop.ui.workspace import clinical_widgets
from lbp_desktop.ui.workspace.episode_data import EpisodeData
from lbp_desktop.ui.workspace.worklist import format_date


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


class OverviewPage(QScrollArea):
    """STarT Back, pain, function, MDI on the left; red flags, profile, work on the right.

    Scrolls vertically, so a small screen (1280×800) never clips a card."""

    def __init__(self, forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms = forms
        self.data: EpisodeData | None = None
        self.page = _Page()
        self.profile_chart = ProfileChart()
        self.setWidgetResizable(True)
        self.setWidget(self.page)

    def _clear_overview(self) -> QGridLayout:
        old = self.page.layout()
        if old is not None:
            QWidget().setLayout(old)  # reparent the old layout away so it is deleted
        grid = QGridLayout(self.page)
        grid.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        grid.setHorizontalSpacing(theme.SPACING)
        grid.setVerticalSpacing(theme.SPACING)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        return grid

    def fill(self, data: EpisodeData | None) -> None:
        """Rebuild the cards for ``data`` (a fresh layout: cards differ between episodes)."""
        self.data = data
        d = data
        grid = self._clear_overview()
        if d is None:
            return
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
        b.setMaximumHeight(b.sizeHint().height())  # the larger type needs more than a pill
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
