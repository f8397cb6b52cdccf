"""The patient's welcome screen and the "Aa" screen: language, text size and contrast.

The same three choices sit on the welcome screen and behind the "Aa" button on every question,
so a patient who cannot read the text can change it where they are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui.kiosk.base import Retranslated, Scaffold, button, retext
from lbp_desktop.ui.kiosk.widgets import accessible, wrap_label


class SettingsPanel(Retranslated):
    """Language, text size and contrast buttons."""

    language_chosen = Signal(str)
    size_chosen = Signal(float)
    contrast_toggled = Signal(bool)

    SIZES = (1.0, 1.5, 2.0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.language_title = wrap_label("", "section")
        layout.addWidget(self.language_title)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for code, name in (("da", "Dansk"), ("en", "English")):
            choice = self._choice(name, self.language_group, row)
            choice.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = choice
        row.addStretch(1)
        layout.addLayout(row)
        self.size_title = wrap_label("", "section")
        layout.addWidget(self.size_title)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[float, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(16)
        for size in self.SIZES:
            choice = self._choice(f"{int(size * 100)} %", self.size_group, row)
            choice.clicked.connect(lambda _=False, s=size: self.size_chosen.emit(s))
            self.size_buttons[size] = choice
        row.addStretch(1)
        layout.addLayout(row)
        self.contrast_button = button("")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setMinimumHeight(64)
        self.contrast_button.toggled.connect(self.contrast_toggled)
        row = QHBoxLayout()
        row.addWidget(self.contrast_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.retranslate()

    @staticmethod
    def _choice(text: str, group: QButtonGroup, row: QHBoxLayout) -> QPushButton:
        choice = button(text)
        choice.setCheckable(True)
        choice.setMinimumHeight(64)
        group.addButton(choice)
        row.addWidget(choice)
        return choice

    def set_state(self, language: str, scale: float, contrast: bool) -> None:
        self.language_buttons[language].setChecked(True)
        closest = min(self.SIZES, key=lambda s: abs(s - scale))
        self.size_buttons[closest].setChecked(True)
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(contrast)
        self.contrast_button.blockSignals(False)

    def retranslate(self) -> None:
        retext(self.language_title, self.tr("Sprog"))
        for choice in self.language_buttons.values():
            accessible(choice, choice.text(), self.tr("Vælg sprog"))
        retext(self.size_title, self.tr("Tekststørrelse"))
        for choice in self.size_buttons.values():
            accessible(choice, choice.text(), self.tr("Vælg tekststørrelse"))
        retext(self.contrast_button, self.tr("Høj kontrast"),
               self.tr("Sort baggrund med hvid tekst"))


class WelcomeScreen(Retranslated):
    start_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name = ""
        self.resumed = False
        self.minutes: tuple[int, int] | None = None
        page = Scaffold(self)
        self.scroll_area = page.scroll
        self.title = wrap_label("", "title")
        self.intro = wrap_label("")
        self.duration = wrap_label("", "note")
        page.content.addWidget(self.title)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(32)
        words = QVBoxLayout()
        words.setSpacing(16)
        words.addWidget(self.intro)
        words.addWidget(self.duration)
        words.addStretch(1)
        self.body.addLayout(words, 1)
        self.settings = SettingsPanel()
        self.body.addWidget(self.settings, 1)
        page.content.addLayout(self.body)
        page.content.addStretch(1)
        self.start_button = button("", "primary")
        self.start_button.setMinimumWidth(240)
        self.start_button.clicked.connect(self.start_clicked)
        page.footer.addStretch(1)
        page.footer.addWidget(self.start_button)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Landscape: the words beside the choices, so both are in view at 200 %."""
        super().resizeEvent(event)
        size = event.size()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight
                               if size.width() > size.height() * 1.15
                               else QBoxLayout.Direction.TopToBottom)

    def set_patient(self, first_name: str, resumed: bool,
                    minutes: tuple[int, int] | None = None) -> None:
        self.first_name = first_name
        self.resumed = resumed
        self.minutes = minutes
        self.retranslate()

    def set_state(self, language: str, scale: float, contrast: bool) -> None:
        self.settings.set_state(language, scale, contrast)

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
        if self.minutes is not None and not self.resumed:
            low, high = self.minutes
            retext(self.duration, self.tr("Det tager cirka {low}–{high} minutter.").format(
                low=low, high=high))
            self.duration.show()
        else:
            self.duration.hide()
        self.settings.retranslate()
        retext(self.start_button, self.tr("Fortsæt") if self.resumed else self.tr("Start"),
               self.tr("Gå til spørgsmålene"))


class SettingsScreen(Retranslated):
    """Behind "Aa": the same choices as on the welcome screen, then back to the question."""

    done_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = Scaffold(self)
        self.title = wrap_label("", "title")
        page.content.addWidget(self.title)
        self.settings = SettingsPanel()
        page.content.addWidget(self.settings)
        page.content.addStretch(1)
        self.done_button = button("", "primary")
        self.done_button.setMinimumWidth(240)
        self.done_button.clicked.connect(self.done_clicked)
        page.footer.addStretch(1)
        page.footer.addWidget(self.done_button)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.title, self.tr("Sprog, tekst og kontrast"))
        self.settings.retranslate()
        retext(self.done_button, self.tr("Tilbage til spørgsmålet"))


class PartIntroScreen(Retranslated):
    """Before the first question of a part: its title, its instructions and "Næste". Reading the
    instructions here leaves the question's own screen to the question and its answers."""

    next_clicked = Signal()
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = Scaffold(self)
        self.part = wrap_label("", "section")
        self.title = wrap_label("", "title")
        self.text = wrap_label("", "question")
        for widget in (self.part, self.title, self.text):
            page.content.addWidget(widget)
        page.content.addStretch(1)
        self.back_button = button("")
        self.back_button.setMinimumWidth(180)
        self.back_button.clicked.connect(self.back_clicked)
        self.next_button = button("", "primary")
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self.next_clicked)
        page.footer.addWidget(self.back_button)
        page.footer.addStretch(1)
        page.footer.addWidget(self.next_button)
        self.state = (0, 0)
        self.retranslate()

    def show_part(self, part: int, parts: int, title: str, text: str) -> None:
        self.state = (part, parts)
        retext(self.title, title)
        retext(self.text, text)
        self.retranslate()

    def retranslate(self) -> None:
        part, parts = self.state
        retext(self.part, self.tr("Del {part} af {parts}").format(part=part, parts=parts)
               if parts else "")
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det forrige spørgsmål"))
        retext(self.next_button, self.tr("Næste"), self.tr("Gå til det første spørgsmål"))
