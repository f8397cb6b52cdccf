"""The end of a session: the review page, the calm alert message and the thank-you screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

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
    jump = Signal(str, str)
    submit_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = Scaffold(self)
        self.content = scaffold.content
        self.title = wrap_label("", "title")
        self.summary = wrap_label("")
        self.content.addWidget(self.title)
        self.content.addWidget(self.summary)
        self.list = QVBoxLayout()
        self.list.setSpacing(12)
        self.content.addLayout(self.list)
        self.content.addStretch(1)
        self.back_button = button("")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.back_clicked)
        self.submit_button = button("", "primary")
        self.submit_button.setMinimumWidth(260)
        self.submit_button.clicked.connect(self.submit_clicked)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.submit_button)
        self.missing_buttons: dict[str, ChoiceButton] = {}
        self._missing: list[tuple[Form, Item]] = []
        self._lang = "da"
        self.retranslate()

    def show_missing(self, missing: list[tuple[Form, Item]], lang: str, scale: float) -> None:
        self._missing = list(missing)
        self._lang = lang
        clear_layout(self.list)
        self.missing_buttons = {}
        for form, item in missing:
            text = item.text.get(lang)
            choice = ChoiceButton(text, scale)
            choice.setCheckable(False)
            accessible(choice, text, self.tr("Gå til spørgsmålet og svar"))
            choice.clicked.connect(lambda _=False, f=form.id, i=item.id: self.jump.emit(f, i))
            self.list.addWidget(choice)
            self.missing_buttons[f"{form.id}.{item.id}"] = choice
        show_children(self.list)
        self.retranslate()

    def clear(self) -> None:
        clear_layout(self.list)
        self.missing_buttons = {}
        self._missing = []

    def retranslate(self) -> None:
        retext(self.title, self.tr("Er du færdig?"))
        count = len(self._missing)
        if count == 0:
            text = self.tr("Du har svaret på alle spørgsmålene. Tryk på \"Send svar\".")
        elif count == 1:
            text = self.tr("Du mangler at svare på 1 spørgsmål. Tryk på det for at svare, "
                           "eller send dine svar, som de er.")
        else:
            text = self.tr("Du mangler at svare på {count} spørgsmål. Tryk på et spørgsmål for "
                           "at svare, eller send dine svar, som de er.").format(count=count)
        retext(self.summary, text)
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det sidste spørgsmål"))
        retext(self.submit_button, self.tr("Send svar"),
               self.tr("Send dine svar til din behandler"))


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
    staff_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scaffold = Scaffold(self)
        scaffold.content.addStretch(1)
        self.title = wrap_label("", "title", align=Qt.AlignmentFlag.AlignCenter)
        self.text = wrap_label("", "question", align=Qt.AlignmentFlag.AlignCenter)
        scaffold.content.addWidget(self.title)
        scaffold.content.addWidget(self.text)
        scaffold.content.addStretch(2)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.staff_button)
        scaffold.footer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Tak!"))
        retext(self.text, self.tr("Giv venligst tabletten tilbage til personalet."))
        retext(self.staff_button, self.tr("Personale"), self.tr("Kun for personalet"))
