"""The patient's welcome screen: greeting, language, text size and contrast."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from lbp_desktop.ui.kiosk.base import Retranslated, Scaffold, button, retext
from lbp_desktop.ui.kiosk.widgets import (
    accessible,
    wrap_label,
)


class WelcomeScreen(Retranslated):
    start_clicked = Signal()
    language_chosen = Signal(str)
    size_chosen = Signal(float)
    contrast_toggled = Signal(bool)
    staff_clicked = Signal()

    SIZES = (1.0, 1.5, 2.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = ""
        self.resumed = False
        page = Scaffold(self)
        self.title = wrap_label("", "title")
        self.intro = wrap_label("")
        page.content.addWidget(self.title)
        page.content.addWidget(self.intro)
        self.language_title = wrap_label("", "question")
        page.content.addWidget(self.language_title)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in (("da", "Dansk"), ("en", "English")):
            choice = button(name)
            choice.setCheckable(True)
            choice.setMinimumHeight(72)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_group.addButton(choice)
            self.language_buttons[code] = choice
            row.addWidget(choice)
        row.addStretch(1)
        page.content.addLayout(row)
        self.size_title = wrap_label("", "question")
        page.content.addWidget(self.size_title)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[float, QPushButton] = {}
        for size in self.SIZES:
            choice = button(f"{int(size * 100)} %")
            choice.setCheckable(True)
            choice.setMinimumHeight(72)
            choice.clicked.connect(lambda _=False, s=size: self.size_chosen.emit(s))
            self.size_group.addButton(choice)
            self.size_buttons[size] = choice
            row.addWidget(choice)
        row.addStretch(1)
        page.content.addLayout(row)
        self.contrast_button = button("")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setMinimumHeight(72)
        self.contrast_button.toggled.connect(self.contrast_toggled)
        row = QHBoxLayout()
        row.addWidget(self.contrast_button)
        row.addStretch(1)
        page.content.addLayout(row)
        page.content.addStretch(1)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        self.start_button = button("", "primary")
        self.start_button.setMinimumWidth(260)
        self.start_button.clicked.connect(self.start_clicked)
        page.footer.addWidget(self.staff_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.start_button)
        self.retranslate()

    def set_patient(self, first_name: str, resumed: bool) -> None:
        self.first_name = first_name
        self.resumed = resumed
        self.retranslate()

    def set_state(self, language: str, scale: float, contrast: bool) -> None:
        self.language_buttons[language].setChecked(True)
        closest = min(self.SIZES, key=lambda s: abs(s - scale))
        self.size_buttons[closest].setChecked(True)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(contrast)
        self.contrast_button.blockSignals(False)

    def retranslate(self) -> None:
        if self.resumed:
            retext(self.title, self.tr("Velkommen tilbage, {name}").format(name=self.first_name))
            retext(self.intro, self.tr("Dine svar er gemt. Du fortsætter, hvor du slap."))
        else:
            retext(self.title, self.tr("Velkommen, {name}").format(name=self.first_name))
            retext(self.intro, self.tr(
                "Vi vil gerne høre om din ryg, før du bliver undersøgt. Der er ét spørgsmål "
                "ad gangen. Dine svar gemmes, hver gang du trykker, og kun dine behandlere "
                "kan se dem."))
        retext(self.language_title, self.tr("Sprog"))
        for _code, choice in self.language_buttons.items():
            accessible(choice, choice.text(), self.tr("Vælg sprog"))
        retext(self.size_title, self.tr("Tekststørrelse"))
        for choice in self.size_buttons.values():
            accessible(choice, choice.text(), self.tr("Vælg tekststørrelse"))
        retext(self.contrast_button, self.tr("Høj kontrast"),
               self.tr("Sort baggrund med hvid tekst"))
        retext(self.staff_button, self.tr("Personale"),
               self.tr("Kun for personalet"))
        retext(self.start_button, self.tr("Fortsæt") if self.resumed else self.tr("Start"),
               self.tr("Gå til spørgsmålene"))
