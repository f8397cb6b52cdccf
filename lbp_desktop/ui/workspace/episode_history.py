"""The episode's "Alle svar" (every answer) and "Udvikling" (change since baseline) tabs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import plain_label
from lbp_desktop.ui.workspace import clinical_widgets
from lbp_desktop.ui.workspace.episode_data import EpisodeData, change_rows
from lbp_desktop.ui.workspace.worklist import format_date


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the question column's actual width, so a long question wraps onto
    more lines instead of being cut with "…" (QTreeView sizes rows without the width)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        view = self.parent()
        if index.column() != 0 or not isinstance(view, QTreeWidget):
            return size
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = view.columnWidth(0) - view.indentation() * (depth + 1) - 8
        text = str(index.data() or "")
        if width <= 0 or not text:
            return size
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(0, 0, width, 10_000,
                                               int(Qt.TextFlag.TextWordWrap), text)
        return QSize(size.width(), max(size.height(), rect.height() + 6))


class AnswersTree(QTreeWidget):
    """Question, answer and stored code for every answer behind every score."""

    def __init__(self, forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.forms = forms
        self.setObjectName("answers_tree")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Spørgsmål"), self.tr("Svar"), self.tr("Kode")])
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)    # a long question wraps onto a second line, never cut off
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setItemDelegateForColumn(0, _WrappingDelegate(self))
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)   # the code column takes what is left

    QUESTION_SHARE = 0.6
    """At most this share of the width for the questions; longer ones wrap."""

    def fit_question_column(self) -> None:
        """Questions as wide as the longest one needs (capped), answers right beside them: on
        a wide screen an answer must not sit a screen's width from its question."""
        available = self.viewport().width() - 60   # room for the code
        answers = max(120, min(self.sizeHintForColumn(1) + 24, 280))
        wanted = self.sizeHintForColumn(0) + 16
        questions = max(200, min(wanted, int(available * self.QUESTION_SHARE),
                                 available - answers))
        if (questions, answers) != (self.columnWidth(0), self.columnWidth(1)):
            self.setColumnWidth(0, questions)
            self.setColumnWidth(1, answers)
            self.scheduleDelayedItemsLayout()  # row heights for the wrapped questions

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit_question_column()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.fit_question_column()

    def fill(self, d: EpisodeData | None) -> None:
        """Every completed questionnaire, newest first and expanded; older ones collapsed."""
        tree = self
        tree.clear()
        if d is None or not d.completed:
            return
        lang = texts.lang()
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
        self.fit_question_column()

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


class ChangePage(QWidget):
    """Baseline and later values per measure, clinically important changes starred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.change_table = QTableWidget()
        self.change_table.setObjectName("change_table")
        self.change_table.verticalHeader().hide()
        self.change_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.change_table.setAlternatingRowColors(True)
        cw = QVBoxLayout(self)
        cw.setContentsMargins(theme.SPACING, theme.SPACING, theme.SPACING, theme.SPACING)
        self.change_note = plain_label("", role="muted", wrap=True)
        cw.addWidget(self.change_note)
        cw.addWidget(self.change_table, 1)

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

    def fill(self, d: EpisodeData | None) -> None:
        """One row per measure; later columns show the change since baseline."""
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
