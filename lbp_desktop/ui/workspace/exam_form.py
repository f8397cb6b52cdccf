"""Examination and plan: structured findings, assessment, a plan prefilled from the pathway.

The plan checklist is prefilled by ``lbp_desktop.pathway.plan.recommended_plan`` from the STarT
risk group, acute red flags, sick leave and MDI severity; the clinician edits it. Saving writes a
new examination version (``store.save_examination``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import plain_label

SLR_CHOICES = ("", "negative", "positive_left", "positive_right", "positive_both")
# The stored SLR finding is words for the (Danish) letter, so it is written in Danish whatever the
# interface language; loading also recognises the English words (older records, English users).
SLR_WORDS = {
    "da": {"negative": "negativ", "positive_left": "positiv venstre",
           "positive_right": "positiv højre", "positive_both": "positiv begge sider"},
    "en": {"negative": "negative", "positive_left": "positive left",
           "positive_right": "positive right", "positive_both": "positive both sides"},
}


def _text_edit(height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setFixedHeight(height)
    edit.setTabChangesFocus(True)
    return edit


class ExamForm(QWidget):
    saved = Signal(object)        # the Examination
    make_letter = Signal()

    def __init__(self, store: Any, data: Any, *, user: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lbp_desktop.pathway.plan import assessment_categories, plan_options

        self.store = store
        self.data = data
        self.user = user
        self._extra_findings: dict[str, str] = {}
        lang = texts.lang()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        columns.setSpacing(theme.SPACING + 4)
        left = QVBoxLayout()
        right = QVBoxLayout()
        left.setSpacing(theme.SPACING)
        right.setSpacing(theme.SPACING)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # findings
        findings = QGroupBox(self.tr("Kliniske fund"))
        f = QFormLayout(findings)
        f.setSpacing(theme.SPACING - 4)
        self.neurology = _text_edit()
        self.neurology.setObjectName("neurology")
        self.neurology.setPlaceholderText(self.tr("Reflekser, sensibilitet, kraft"))
        self.slr = QComboBox()
        self.slr.setObjectName("slr")
        for code, label in zip(SLR_CHOICES, (self.tr("(vælg)"), self.tr("negativ"),
                                             self.tr("positiv venstre"), self.tr("positiv højre"),
                                             self.tr("positiv begge sider")), strict=True):
            self.slr.addItem(label, code)
        self.slr_note = QLineEdit()
        self.slr_note.setPlaceholderText(self.tr("fx ved 40°"))
        self.mobility = _text_edit(52)
        self.mobility.setObjectName("mobility")
        self.other = _text_edit(52)
        slr_row = QHBoxLayout()
        slr_row.addWidget(self.slr)
        slr_row.addWidget(self.slr_note, 1)
        f.addRow(self.tr("Neurologi"), self.neurology)
        f.addRow(self.tr("Lasègue (SLR)"), slr_row)
        f.addRow(self.tr("Bevægelighed"), self.mobility)
        f.addRow(self.tr("Andet"), self.other)
        left.addWidget(findings)

        self.red_flag_notes = _text_edit(52)
        self.red_flag_notes.setObjectName("red_flag_notes")
        if data is not None and data.triage is not None and data.triage.flags:
            flags_box = QGroupBox(self.tr("Røde flag: fund og handling"))
            fl = QVBoxLayout(flags_box)
            fl.addWidget(self.red_flag_notes)
            left.addWidget(flags_box)

        assess = QGroupBox(self.tr("Vurdering"))
        a = QFormLayout(assess)
        a.setSpacing(theme.SPACING - 4)
        self.assessment = QComboBox()
        self.assessment.setObjectName("assessment")
        self.assessment.addItem(self.tr("(vælg)"), "")
        for choice in assessment_categories():
            self.assessment.addItem(choice.label_en if lang == "en" else choice.label_da,
                                    choice.id)
        self.assessment_text = _text_edit()
        self.information = _text_edit(52)
        self.information.setObjectName("information_given")
        a.addRow(self.tr("Kategori"), self.assessment)
        a.addRow(self.tr("Fritekst"), self.assessment_text)
        a.addRow(self.tr("Information givet"), self.information)
        left.addWidget(assess)
        left.addStretch(1)

        # plan
        plan = QGroupBox(self.tr("Anbefalet plan"))
        p = QVBoxLayout(plan)
        p.setSpacing(4)
        self.plan_hint = plain_label("", role="muted", wrap=True)
        p.addWidget(self.plan_hint)
        self.plan_boxes: dict[str, QCheckBox] = {}
        for choice in plan_options():
            box = QCheckBox(choice.label_en if lang == "en" else choice.label_da)
            box.setObjectName(f"plan_{choice.id}")
            if choice.id == "acute_referral":
                box.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg}; font-weight:600;")
            self.plan_boxes[choice.id] = box
            p.addWidget(box)
        reset = QPushButton(self.tr("Gendan forslag"))
        reset.setProperty("role", "flat")
        reset.clicked.connect(self.apply_recommendation)
        p.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        self.plan_text = _text_edit(64)
        self.plan_text.setObjectName("plan_text")
        self.plan_text.setPlaceholderText(self.tr("Planen med egne ord (kommer med i epikrisen)"))
        p.addWidget(self.plan_text)
        right.addWidget(plan)

        follow = QGroupBox(self.tr("Opfølgning og modtagere"))
        fo = QFormLayout(follow)
        fo.setSpacing(theme.SPACING - 4)
        self.follow_up = QLineEdit()
        self.follow_up.setObjectName("follow_up")
        self.follow_up.setPlaceholderText(self.tr("Hvem følger op, og hvornår"))
        gp_row = QHBoxLayout()
        self.gp_yes = QRadioButton(self.tr("Ja"))
        self.gp_yes.setObjectName("gp_follow_up_yes")
        self.gp_no = QRadioButton(self.tr("Nej"))
        self.gp_no.setObjectName("gp_follow_up_no")
        group = QButtonGroup(self)
        group.addButton(self.gp_yes)
        group.addButton(self.gp_no)
        self.gp_no.setChecked(True)
        gp_row.addWidget(self.gp_yes)
        gp_row.addWidget(self.gp_no)
        gp_row.addStretch(1)
        rec_row = QHBoxLayout()
        self.recipient_boxes: dict[str, QCheckBox] = {}
        for rid in ("gp", "caseworker", "patient"):
            box = QCheckBox(texts.recipient_text(rid))
            box.setObjectName(f"recipient_{rid}")
            self.recipient_boxes[rid] = box
            rec_row.addWidget(box)
        rec_row.addStretch(1)
        fo.addRow(self.tr("Opfølgning"), self.follow_up)
        fo.addRow(self.tr("Opfølgning hos egen læge anbefales"), gp_row)
        fo.addRow(self.tr("Modtagere"), rec_row)
        right.addWidget(follow)

        bar = QWidget()
        bar.setObjectName("exam_actions")
        bar.setStyleSheet(f"#exam_actions {{ background:{theme.SURFACE};"
                          f" border-top:1px solid {theme.BORDER}; }}")
        actions = QHBoxLayout(bar)
        actions.setContentsMargins(theme.SPACING + 4, 8, theme.SPACING + 4, 8)
        self.status = plain_label("", role="muted")
        self.status.setObjectName("exam_status")
        actions.addWidget(self.status, 1)
        self.save_button = QPushButton(self.tr("Gem undersøgelse og plan"))
        self.save_button.setObjectName("save_exam")
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.save_button.setToolTip(self.tr("Gem (Ctrl+S)"))
        self.letter_button = QPushButton(self.tr("Gem og lav epikrise"))
        self.letter_button.clicked.connect(self._save_and_letter)
        actions.addWidget(self.save_button)
        actions.addWidget(self.letter_button)
        outer.addWidget(bar)
        right.addStretch(1)
        self.load()

    # -- fill --------------------------------------------------------------------------------
    def recommendation(self) -> list[str]:
        from lbp_desktop.pathway.plan import recommended_plan, suggested_plan

        d = self.data
        if d is None or d.summary is None:
            return recommended_plan(None)
        return suggested_plan(d.summary)

    def apply_recommendation(self) -> None:
        wanted = set(self.recommendation())
        for pid, box in self.plan_boxes.items():
            box.setChecked(pid in wanted)

    def load(self) -> None:
        d = self.data
        exam = d.examination if d is not None else None
        risk = d.risk if d is not None else None
        hint = self.tr("Forslag ud fra STarT-risikogruppe (%1)").replace(
            "%1", texts.risk_text(risk).lower())
        if d is not None and d.acute:
            hint += ", " + self.tr("akutte røde flag")
        if d is not None and d.sick_listed:
            hint += ", " + self.tr("sygemelding")
        if d is not None and d.mdi_severity in ("moderate", "severe"):
            hint += ", " + self.tr("MDI")
        self.plan_hint.setText(hint + ". " + self.tr("Ret til efter undersøgelsen."))
        if exam is None:
            self.apply_recommendation()
            recipients = {"gp"}
            if d is not None and (d.sick_listed or d.episode.caseworker):
                recipients.add("caseworker")
            for rid, box in self.recipient_boxes.items():
                box.setChecked(rid in recipients)
            self.status.setText(self.tr("Ikke gemt endnu."))
            return
        fnd = dict(exam.findings or {})
        self.neurology.setPlainText(fnd.pop("neurology", ""))
        self._set_slr(fnd.pop("slr", ""))
        self.mobility.setPlainText(fnd.pop("mobility", ""))
        self.other.setPlainText(fnd.pop("other", ""))
        self._extra_findings = fnd  # e.g. red-flag findings recorded elsewhere: kept as they are
        self.red_flag_notes.setPlainText(exam.red_flag_notes)
        i = self.assessment.findData(exam.assessment)
        self.assessment.setCurrentIndex(max(i, 0))
        self.assessment_text.setPlainText(exam.assessment_text)
        self.information.setPlainText(exam.information_given)
        for pid, box in self.plan_boxes.items():
            box.setChecked(pid in exam.plan)
        self.plan_text.setPlainText(exam.plan_text)
        self.follow_up.setText(exam.follow_up)
        (self.gp_yes if exam.gp_follow_up else self.gp_no).setChecked(True)
        for rid, box in self.recipient_boxes.items():
            box.setChecked(rid in exam.recipients)
        self.status.setText(self.tr("Gemt %1").replace("%1", (exam.examined_at or "")[:10]))

    def _set_slr(self, text: str) -> None:
        """Split a stored SLR finding ('Positiv venstre, ved 40°') into choice and note.

        The words of either language are recognised, longest first so that 'negative' is not
        read as 'negativ' + 'e'.
        """
        text = text.strip()
        known = sorted(((word, code) for table in SLR_WORDS.values()
                        for code, word in table.items()), key=lambda wc: -len(wc[0]))
        for word, code in known:
            rest = text[len(word):]
            if text.lower().startswith(word) and (not rest or not rest[0].isalnum()):
                self.slr.setCurrentIndex(self.slr.findData(code))
                self.slr_note.setText(rest.lstrip(" ,.–-"))
                return
        self.slr.setCurrentIndex(0)
        self.slr_note.setText(text)

    def slr_text(self) -> str:
        """The SLR finding as Danish words for the letter: the choice, then the note."""
        choice = SLR_WORDS["da"].get(self.slr.currentData() or "", "")
        note = self.slr_note.text().strip()
        text = ", ".join(x for x in (choice, note) if x)
        return text[:1].upper() + text[1:]

    # -- save --------------------------------------------------------------------------------
    def examination(self) -> Any:
        from lbp_desktop.domain.records import Examination

        findings = dict(self._extra_findings)
        findings.update({
            "neurology": self.neurology.toPlainText().strip(),
            "slr": self.slr_text(),
            "mobility": self.mobility.toPlainText().strip(),
            "other": self.other.toPlainText().strip(),
        })
        return Examination(
            episode_id=self.data.episode.id,
            clinician_id=getattr(self.user, "id", None),
            examined_at=dt.datetime.now(dt.UTC).isoformat(),
            findings={k: v for k, v in findings.items() if v},
            assessment=self.assessment.currentData() or "",
            assessment_text=self.assessment_text.toPlainText().strip(),
            information_given=self.information.toPlainText().strip(),
            plan=[pid for pid, box in self.plan_boxes.items() if box.isChecked()],
            plan_text=self.plan_text.toPlainText().strip(),
            follow_up=self.follow_up.text().strip(),
            gp_follow_up=self.gp_yes.isChecked(),
            recipients=[rid for rid, box in self.recipient_boxes.items() if box.isChecked()],
            red_flag_notes=self.red_flag_notes.toPlainText().strip(),
        )

    def save(self) -> Any:
        exam = self.store.save_examination(self.examination())
        if self.data is not None:
            self.data.examination = exam
        self.status.setText(self.tr("Gemt ✓ %1").replace(
            "%1", dt.datetime.now().strftime("%H:%M")))
        self.saved.emit(exam)
        return exam

    def _save_and_letter(self) -> None:
        self.save()
        self.make_letter.emit()
