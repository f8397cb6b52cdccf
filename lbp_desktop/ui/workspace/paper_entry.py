"""Typing in a paper questionnaire at the PC: every item of the battery on one scrolling page.

Two modes over the same page. ``first``: the answers go through ``Store.record_answer`` — the
kiosk's path, with its validation, alerts and autosave — into a response marked as paper and typed
by the signed-in user. ``second``: a colleague's blind double entry of the same sheet
(``record_check_answer``); the first entry's answers are never shown. Conditional items appear and
disappear as on the kiosk; unanswered items stay marked "Ikke besvaret".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common.widgets import literal, plain_label
from lbp_desktop.ui.workspace.paper_fields import EntryRow, Value


class PaperEntryDialog(QDialog):
    """``mode`` is ``first`` or ``second``. Every keystroke that answers is saved at once; closing
    the dialog keeps what was typed. ``finished_entry`` is True after "Afslut indtastning"."""

    def __init__(self, store: Any, response_id: str, *, mode: str = "first",
                 patient_name: str = "", lang: str = "da", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.response_id = response_id
        self.mode = mode
        self.lang = lang
        self.finished_entry = False
        response = store.response(response_id)
        self.forms = [store.forms.form(i) for i in store.forms.battery(response.battery_id)
                      .instruments] if response.battery_id in store.forms.batteries else \
            [store.forms.form(response.battery_id)]
        self.answers: dict[str, dict[str, Value]] = {f.id: {} for f in self.forms}
        saved = store.answers(response_id) if mode == "first" else store.check_answers(response_id)
        for form_id, values in saved.items():
            self.answers.setdefault(form_id, {}).update(values)
        self.rows: dict[tuple[str, str], EntryRow] = {}

        title = (self.tr("Indtast papirsvar") if mode == "first"
                 else self.tr("Dobbeltindtastning (blind)"))
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        heading = plain_label(f"{title} – {patient_name}" if patient_name else title,
                              role="h1")
        layout.addWidget(heading)
        hint = (self.tr("Tast tallet ud for svaret, J/N for ja/nej, eller et tal fra 0 til 10; "
                        "feltet går videre af sig selv. Tab og Shift+Tab flytter. Backspace "
                        "sletter et svar. Alt gemmes med det samme."))
        if mode == "second":
            hint += " " + self.tr("Den første indtastning vises ikke; forskelle vises bagefter.")
        layout.addWidget(plain_label(hint, role="muted", wrap=True))
        self.message = plain_label("", wrap=True)
        self.message.setStyleSheet(f"color: {theme.FLAG_ACUTE.bg}; font-weight: 600;")
        layout.addWidget(self.message)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        page = QWidget()
        self.page_layout = QVBoxLayout(page)
        self.page_layout.setSpacing(2)
        self._build_rows()
        self.page_layout.addStretch(1)
        holder = QWidget()
        centred = QHBoxLayout(holder)
        page.setMaximumWidth(1200)
        centred.addWidget(page)
        self.scroll.setWidget(holder)
        layout.addWidget(self.scroll, 1)

        buttons = QHBoxLayout()
        self.unanswered_label = plain_label("")
        buttons.addWidget(self.unanswered_label, 1)
        self.close_button = QPushButton(self.tr("Luk – fortsæt senere"))
        self.close_button.clicked.connect(self.reject)
        self.finish_button = QPushButton(self.tr("Afslut indtastning"))
        self.finish_button.setProperty("role", "primary")
        self.finish_button.clicked.connect(self._finish)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        self._refresh()
        first = self._visible_rows()
        if first:
            first[0].field.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_rows(self) -> None:
        number = 0
        for form in self.forms:
            self.page_layout.addWidget(plain_label(form.title.get(self.lang), role="h1"))
            for section in form.sections:
                if section.title:
                    self.page_layout.addWidget(plain_label(section.title.get(self.lang),
                                                           role="h2"))
                for item in section.items:
                    if not item.kiosk:
                        continue
                    number += 1
                    row = EntryRow(number, item, self.lang)
                    row.show_value(self.answers[form.id].get(item.id))
                    row.field.committed.connect(
                        lambda value, f=form.id, i=item.id: self._save(f, i, value))
                    row.field.refused.connect(self._refuse)
                    self.rows[(form.id, item.id)] = row
                    self.page_layout.addWidget(row)

    def _visible_rows(self) -> list[EntryRow]:
        return [row for row in self.rows.values() if not row.isHidden()]

    # -- saving ------------------------------------------------------------------------------

    def _save(self, form_id: str, item_id: str, value: Value) -> None:
        try:
            if self.mode == "first":
                self.store.record_answer(self.response_id, form_id, item_id, value)
            else:
                self.store.record_check_answer(self.response_id, form_id, item_id, value)
        except Exception as exc:  # an AnswerError or StorageError: show it, keep the old value
            self._refuse(str(exc))
            self.rows[(form_id, item_id)].show_value(self.answers[form_id].get(item_id))
            return
        if value is None:
            self.answers[form_id].pop(item_id, None)
        else:
            self.answers[form_id][item_id] = value
        self.rows[(form_id, item_id)].show_value(value)
        self.message.setText("")
        self._refresh()

    def _refuse(self, reason: str) -> None:
        self.message.setText(reason)
        QApplication.beep()

    def _refresh(self) -> None:
        """Show the items whose condition is met, as on the kiosk; count the unanswered."""
        from lbp_desktop.questionnaires.model import is_visible

        unanswered = 0
        for form in self.forms:
            answers = self.answers.get(form.id, {})
            for item in form.items():
                row = self.rows.get((form.id, item.id))
                if row is None:
                    continue
                visible = is_visible(item, answers)
                row.setHidden(not visible)
                if visible and answers.get(item.id) is None and item.required:
                    unanswered += 1
        self.unanswered_label.setText(
            self.tr("%n spørgsmål ikke besvaret", "", unanswered) if unanswered
            else self.tr("Alle spørgsmål er besvaret"))

    def unanswered(self) -> list[tuple[str, str]]:
        """Visible required items without an answer, ``(form_id, item_id)`` in order."""
        from lbp_desktop.questionnaires.model import is_visible

        out = []
        for form in self.forms:
            answers = self.answers.get(form.id, {})
            out += [(form.id, item.id) for item in form.items()
                    if (form.id, item.id) in self.rows and item.required
                    and is_visible(item, answers) and answers.get(item.id) is None]
        return out

    def _finish(self) -> None:
        missing = self.unanswered()
        if missing:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Ubesvarede spørgsmål"),
                              literal(self.tr("%n spørgsmål er ikke besvaret på papiret. De vises "
                                              "som ikke besvaret i resultater og epikrise.", "",
                                              len(missing))), parent=self)
            done = box.addButton(self.tr("Afslut alligevel"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Tilbage til indtastning"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is not done:
                self.rows[missing[0]].field.setFocus()
                return
        self.finished_entry = True
        self.accept()

