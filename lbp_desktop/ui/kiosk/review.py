"""The end of a session: the review page, the calm alert message and the thank-you screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from lbp_desktop.questionnaires.model import Form, Item
from lbp_desktop.ui.kiosk.base import (
    Retranslated,
    Scaffold,
    button,
    clear_layout,
    retext,
    show_children,
)
from lbp_desktop.ui.kiosk.widgets import (
    ChoiceButton,
    accessible,
    set_role,
    wrap_label,
)


class ReviewScreen(Retranslated):
    """"Tjek dine svar": unanswered questions first, then every answer grouped by part, each with
    "Ret" (which comes back here). Sending is its own step: a button in the page, not where
    "Næste" was, and then a confirmation."""

    jump = Signal(str, str)
    submit_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = Scaffold(self)
        self.scroll_area = scaffold.scroll
        self.content = scaffold.content
        self.title = wrap_label("", "title")
        self.summary = wrap_label("")
        self.send_button = button("", "primary")
        self.send_button.setMinimumWidth(260)
        self.send_button.clicked.connect(self._ask_confirm)
        self.confirm = QFrame()
        set_role(self.confirm, "panel")
        box = QVBoxLayout(self.confirm)
        box.setContentsMargins(24, 16, 24, 16)
        self.confirm_text = wrap_label("", "question")
        self.confirm_yes = button("", "primary")
        self.confirm_yes.clicked.connect(self.submit_clicked)
        self.confirm_no = button("")
        self.confirm_no.clicked.connect(self._cancel_confirm)
        row = QHBoxLayout()
        row.addWidget(self.confirm_no)
        row.addStretch(1)
        row.addWidget(self.confirm_yes)
        box.addWidget(self.confirm_text)
        box.addLayout(row)
        self.confirm.hide()
        top = QHBoxLayout()
        top.addWidget(self.send_button)
        top.addStretch(1)
        for widget in (self.title, self.summary):
            self.content.addWidget(widget)
        self.content.addLayout(top)
        self.content.addWidget(self.confirm)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        self.content.addLayout(self.list)
        self.content.addStretch(1)
        self.back_button = button("")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.back_clicked)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        self.missing_buttons: dict[str, ChoiceButton] = {}
        self.edit_buttons: dict[str, QPushButton] = {}
        self._missing = 0
        self.retranslate()

    def show_answers(self, missing: list[tuple[Form, Item]],
                     parts: list[tuple[str, list[tuple[Form, Item, str]]]], lang: str,
                     scale: float) -> None:
        """``parts``: (title, [(form, item, answer shown)]) in order."""
        self._missing = len(missing)
        self.confirm.hide()
        self.send_button.show()
        clear_layout(self.list)
        self.missing_buttons = {}
        self.edit_buttons = {}
        if missing:
            self.list.addWidget(wrap_label(self.tr("Mangler svar"), "question"))
        for form, item in missing:
            text = item.text.get(lang)
            choice = ChoiceButton(text, scale)
            choice.setCheckable(False)
            accessible(choice, text, self.tr("Gå til spørgsmålet og svar"))
            choice.clicked.connect(lambda _=False, f=form.id, i=item.id: self.jump.emit(f, i))
            self.list.addWidget(choice)
            self.missing_buttons[f"{form.id}.{item.id}"] = choice
        for title, rows in parts:
            self.list.addWidget(wrap_label(title, "question"))
            for form, item, shown in rows:
                self.list.addWidget(self._row(form, item, shown, lang))
        show_children(self.list)
        self.retranslate()

    def _row(self, form: Form, item: Item, shown: str, lang: str) -> QWidget:
        row = QFrame()
        set_role(row, "segment")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(16, 8, 8, 8)
        text = QVBoxLayout()
        text.addWidget(wrap_label(item.text.get(lang)))
        text.addWidget(wrap_label(shown, "note"))
        layout.addLayout(text, 1)
        edit = button(self.tr("Ret"), "", self.tr("Ret svaret på: {question}").format(
            question=item.text.get(lang)))
        edit.clicked.connect(lambda _=False, f=form.id, i=item.id: self.jump.emit(f, i))
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignVCenter)
        self.edit_buttons[f"{form.id}.{item.id}"] = edit
        return row

    def _ask_confirm(self) -> None:
        self.send_button.hide()
        self.confirm.show()

    def _cancel_confirm(self) -> None:
        self.confirm.hide()
        self.send_button.show()

    def clear(self) -> None:
        clear_layout(self.list)
        self.missing_buttons = {}
        self.edit_buttons = {}
        self._missing = 0
        self.confirm.hide()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Tjek dine svar"))
        count = self._missing
        if count == 0:
            text = self.tr("Du har svaret på alle spørgsmålene. Tryk på \"Ret\" for at ændre et "
                           "svar, eller send dine svar.")
        elif count == 1:
            text = self.tr("Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, "
                           "eller send dine svar, som de er.")
        else:
            text = self.tr("Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for "
                           "at svare, eller send dine svar, som de er.").format(count=count)
        retext(self.summary, text)
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det sidste spørgsmål"))
        retext(self.send_button, self.tr("Send svar"),
               self.tr("Send dine svar til din behandler"))
        retext(self.confirm_text, self.tr("Vil du sende dine svar nu? Bagefter kan du ikke "
                                          "ændre dem på tabletten."))
        retext(self.confirm_yes, self.tr("Ja, send mine svar"))
        retext(self.confirm_no, self.tr("Nej, ikke endnu"))


class AlertScreen(Retranslated):
    """A calm message asking the patient to speak to the staff now (acute red flag, MDI item 6)."""

    continue_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = Scaffold(self)
        scaffold.content.addStretch(1)
        frame = QFrame()
        set_role(frame, "calm")
        box = QVBoxLayout(frame)
        box.setContentsMargins(40, 36, 40, 36)
        box.setSpacing(20)
        self.message = wrap_label("", "question")
        self.after = wrap_label("")
        box.addWidget(self.message)
        box.addWidget(self.after)
        scaffold.content.addWidget(frame)
        scaffold.content.addStretch(2)
        self.continue_button = button("", "primary")
        self.continue_button.setMinimumWidth(260)
        self.continue_button.clicked.connect(self.continue_clicked)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.continue_button)
        self.retranslate()

    def show_message(self, message: str) -> None:
        retext(self.message, message)

    def retranslate(self) -> None:
        retext(self.after, self.tr("Du kan fortsætte med spørgsmålene, mens du venter."))
        retext(self.continue_button, self.tr("Fortsæt"),
               self.tr("Fortsæt med spørgsmålene"))


class ThanksScreen(Retranslated):
    """The end: shown in the patient's own language, text size and contrast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = Scaffold(self)
        scaffold.content.addStretch(1)
        self.title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.text = wrap_label("", "question", align=Qt.AlignmentFlag.AlignCenter)
        scaffold.content.addWidget(self.title)
        scaffold.content.addWidget(self.text)
        scaffold.content.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Tak!"))
        retext(self.text, self.tr("Giv venligst tabletten tilbage til personalet."))
