"""The paper-questionnaire actions of an episode: print it, type it in, double-check it.

``PaperActions`` owns the three steps so the episode view only adds its buttons:

- "Udskriv spørgeskema" saves the battery as a printable PDF with the patient's label;
- "Indtast papirsvar" starts a paper response (optionally with double entry) and opens the entry
  page; without double entry, finishing completes and scores the response;
- "Dobbeltindtast papirsvar" lets another user type the same sheet blind, then lists every
  difference item by item; the response counts only once each is resolved from the sheet.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui.common.widgets import literal, plain_label
from lbp_desktop.ui.workspace.paper_entry import PaperEntryDialog
from lbp_desktop.ui.workspace.paper_fields import words_for

PAPER_BATTERIES = ("ulrus", "mdi")


def pending_paper_response(store: Any, episode_id: str) -> Any | None:
    """The episode's paper response still waiting for its double entry, if any."""
    response = store.open_response(episode_id)
    if response is not None and response.source == "paper" and \
            response.double_entry == "pending":
        return response
    return None


class StartPaperDialog(QDialog):
    """Which questionnaire was answered on paper, and whether a colleague double-checks it."""

    def __init__(self, store: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indtast papirsvar"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Hvilket spørgeskema har patienten udfyldt på "
                                             "papir?"), wrap=True))
        self.battery = QComboBox()
        for battery_id in PAPER_BATTERIES:
            if battery_id in store.forms.batteries:
                title = store.forms.battery(battery_id).title.get(lang)
            else:
                title = store.forms.form(battery_id).title.get(lang)
            self.battery.addItem(title, battery_id)
        layout.addWidget(self.battery)
        self.double = QCheckBox(self.tr("Dobbeltindtastning: en kollega indtaster arket igen "
                                        "uden at se mine svar"))
        layout.addWidget(self.double)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Begynd indtastning"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class CompareDialog(QDialog):
    """Every item the two entries disagree on, each settled by choosing what the sheet says."""

    def __init__(self, store: Any, response_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.response_id = response_id
        self.setWindowTitle(self.tr("Forskelle mellem de to indtastninger"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.differences = store.paper_differences(response_id)
        layout.addWidget(plain_label(self.tr(
            "Se på papirarket og vælg det svar, der står der, for hvert spørgsmål. Spørgeskemaet "
            "tæller først med, når alle forskelle er afklaret."), wrap=True))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        grid.addWidget(plain_label(self.tr("Spørgsmål"), role="h2"), 0, 0)
        grid.addWidget(plain_label(self.tr("1. indtastning"), role="h2"), 0, 1)
        grid.addWidget(plain_label(self.tr("2. indtastning"), role="h2"), 0, 2)
        self.choices: list[tuple[Any, QButtonGroup]] = []
        for row, difference in enumerate(self.differences, start=1):
            item = store.forms.form(difference.form_id).item(difference.item_id)
            grid.addWidget(plain_label(item.text.get(lang), wrap=True), row, 0)
            group = QButtonGroup(self)
            for column, value in ((1, difference.first), (2, difference.second)):
                text = words_for(item, value, lang) or self.tr("Ikke besvaret")
                button = QRadioButton(text)
                button.setProperty("value", value)
                group.addButton(button, column)
                grid.addWidget(button, row, column)
            self.choices.append((difference, group))
        grid.setColumnStretch(0, 3)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.message = plain_label("", wrap=True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Godkend de valgte svar"),
                          QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Luk – afklar senere"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._resolve)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _resolve(self) -> None:
        undecided = [d for d, group in self.choices if group.checkedButton() is None]
        if undecided:
            self.message.setText(self.tr("Vælg et svar for hvert spørgsmål (%n mangler).", "",
                                         len(undecided)))
            return
        for difference, group in self.choices:
            value = group.checkedButton().property("value")
            self.store.resolve_difference(self.response_id, difference.form_id,
                                          difference.item_id, value)
        self.store.agree_double_entry(self.response_id)
        self.accept()


class PaperActions(QObject):
    """Print, type in and double-check paper questionnaires for the episode shown."""

    changed = Signal()
    """A paper response was started, completed or agreed: the episode view reloads."""

    def __init__(self, store: Any, parent_widget: QWidget, lang: str = "da") -> None:
        super().__init__(parent_widget)
        self.store = store
        self.parent_widget = parent_widget
        self.lang = lang

    def print_form(self, episode_id: str, patient: Any) -> str | None:
        """Ask where to save the printable PDF; return the path written (or None)."""
        import datetime as dt

        from lbp_desktop.reports.paper_form import PaperLabel, render_paper_form

        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Gem spørgeskema"),
                                              "spoergeskema.pdf", "PDF (*.pdf)")
        if not path:
            return None
        label = PaperLabel(patient.name, patient.cpr, dt.date.today().isoformat())
        pdf = render_paper_form(self.store.forms, "ulrus", lang=self.lang, label=label)
        from lbp_desktop.security.private_file import ExportError, write_private

        try:
            write_private(path, pdf)  # 0600 and atomic: the label holds name and CPR
        except ExportError as exc:
            self._warn(str(exc))
            return None
        self.store.audit("export", "paper_form", episode_id, patient_id=patient.id,
                         detail="ulrus")
        return path

    def enter(self, episode_id: str, patient_name: str) -> None:
        """Start a paper response (or continue the user's own unfinished one) and type it in."""
        response = self.store.open_response(episode_id)
        if response is None or response.source != "paper":
            start = StartPaperDialog(self.store, self.lang, self.parent_widget)
            if start.exec() != QDialog.DialogCode.Accepted:
                return
            try:
                response = self.store.start_paper_response(
                    episode_id, start.battery.currentData(), language=self.lang,
                    double_entry=start.double.isChecked())
            except Exception as exc:
                self._warn(str(exc))
                return
            self.changed.emit()
        dialog = PaperEntryDialog(self.store, response.id, mode="first",
                                  patient_name=patient_name, lang=self.lang,
                                  parent=self.parent_widget)
        dialog.exec()
        if dialog.finished_entry and response.double_entry == "none":
            self.store.complete_response(response.id)
        elif dialog.finished_entry:
            self._inform(self.tr("Svarene er gemt. De tæller med, når en kollega har indtastet "
                                 "arket igen, og eventuelle forskelle er afklaret."))
        self.changed.emit()

    def double_check(self, episode_id: str, patient_name: str) -> None:
        """A second person types the sheet blind; then every difference is settled."""
        response = pending_paper_response(self.store, episode_id)
        if response is None:
            return
        if response.entered_by == self.store.actor_id:
            self._warn(self.tr("Dobbeltindtastningen skal laves af en anden end den, der "
                               "indtastede første gang."))
            return
        dialog = PaperEntryDialog(self.store, response.id, mode="second",
                                  patient_name=patient_name, lang=self.lang,
                                  parent=self.parent_widget)
        dialog.exec()
        if not dialog.finished_entry:
            return
        if self.store.paper_differences(response.id):
            CompareDialog(self.store, response.id, self.lang, self.parent_widget).exec()
        else:
            self.store.agree_double_entry(response.id)
            self._inform(self.tr("De to indtastninger er ens. Spørgeskemaet er gemt og scoret."))
        self.changed.emit()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.parent_widget, self.tr("Papirsvar"), literal(text))

    def _inform(self, text: str) -> None:
        QMessageBox.information(self.parent_widget, self.tr("Papirsvar"), literal(text))
