"""The question screen: one question (or a short grid group) with its answers."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
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
from lbp_desktop.ui.kiosk.flow import Page
from lbp_desktop.ui.kiosk.widgets import (
    ChoiceList,
    KeyPad,
    ScaleRow,
    accessible,
    digits_after,
    set_role,
    wrap_label,
)

log = logging.getLogger(__name__)


class QuestionScreen(Retranslated):
    """One page: one question (or a short grid group), its answer buttons, progress, back/next."""

    answered = Signal(str, str, object)
    back_clicked = Signal()
    next_clicked = Signal()
    staff_clicked = Signal()

    TEXT_SAVE_DELAY_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_: Page | None = None
        self.lang = "da"
        self.answer_widgets: dict[str, QWidget] = {}
        self.question_labels: dict[str, QLabel] = {}
        self._pending_text: dict[str, tuple[str, str, QLineEdit]] = {}
        scaffold = Scaffold(self)
        self.scroll = scaffold.scroll
        self.content = scaffold.content
        top = QHBoxLayout()
        top.setSpacing(24)
        self.instrument_label = wrap_label("", "progress")
        self.progress_label = wrap_label("", "progress", align=Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.instrument_label, 3)
        top.addWidget(self.progress_label, 2)
        scaffold.header.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        scaffold.header.addWidget(self.progress)
        self.error = wrap_label("", "error")
        self.error.hide()
        scaffold.header.addWidget(self.error)
        self.back_button = button("")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self._back)
        self.staff_button = button("", "quiet")
        self.staff_button.clicked.connect(self.staff_clicked)
        self.next_button = button("", "primary")
        self.next_button.setMinimumWidth(200)
        self.next_button.clicked.connect(self._next)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.staff_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.next_button)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(self.TEXT_SAVE_DELAY_MS)
        self.text_timer.timeout.connect(self.flush_text)
        self.retranslate()

    def retranslate(self) -> None:
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det forrige spørgsmål"))
        retext(self.next_button, self.tr("Næste"), self.tr("Gå til det næste spørgsmål"))
        retext(self.staff_button, self.tr("Personale"), self.tr("Kun for personalet"))
        accessible(self.progress, self.tr("Fremskridt"), self.progress_label.text())

    def clear(self) -> None:
        """Forget the page (a new patient must never see the last one's answers)."""
        self.text_timer.stop()
        self._pending_text.clear()
        clear_layout(self.content)
        self.answer_widgets = {}
        self.question_labels = {}
        self.page_ = None
        self.instrument_label.setText("")
        self.progress_label.setText("")
        self.progress.setValue(0)

    def set_progress(self, first: int, last: int, total: int) -> None:
        if last > first:
            text = self.tr("Spørgsmål {first}–{last} af {total}").format(
                first=first, last=last, total=total)
        else:
            text = self.tr("Spørgsmål {number} af {total}").format(number=first, total=total)
        self.progress_label.setText(text)
        accessible(self.progress_label, text)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(first - 1, total))
        accessible(self.progress, self.tr("Fremskridt"), text)

    def show_error(self) -> None:
        text = self.tr("Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.")
        retext(self.error, text)
        self.error.show()

    def show_page(self, page: Page, items: list[Item], answers: dict[str, Any], *, lang: str,
                  scale: float, instructions: list[str], keep_scroll: bool = False) -> None:
        self.flush_text()
        self.error.hide()
        scroll_value = self.scroll.verticalScrollBar().value()
        clear_layout(self.content)
        self.page_ = page
        self.lang = lang
        self.answer_widgets = {}
        self.question_labels = {}
        title = page.form.title.get(lang)
        if page.section.title is not None and page.section.title.get(lang) != title:
            title = f"{title} · {page.section.title.get(lang)}"
        self.instrument_label.setText(title)
        accessible(self.instrument_label, title)
        for text in instructions:
            note = QFrame()
            set_role(note, "note")
            box = QVBoxLayout(note)
            box.setContentsMargins(24, 16, 20, 16)
            box.addWidget(wrap_label(text))
            self.content.addWidget(note)
        timeframe = page.form.instrument.timeframe
        if timeframe is not None:
            self.content.addWidget(wrap_label(
                self.tr("Tidsrum: {timeframe}").format(timeframe=timeframe.get(lang)), "muted"))
        for index, item in enumerate(items):
            if index:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setFixedHeight(2)
                self.content.addWidget(line)
            question = wrap_label(item.text.get(lang), "question")
            self.question_labels[item.id] = question
            self.content.addWidget(question)
            if item.help is not None:
                self.content.addWidget(wrap_label(item.help.get(lang), "muted"))
            widget = self._answer_widget(page.form, item, answers.get(item.id), lang, scale)
            self.answer_widgets[item.id] = widget
            self.content.addWidget(widget)
        self.content.addStretch(1)
        show_children(self.content)
        if keep_scroll:
            bar = self.scroll.verticalScrollBar()
            # with the bar as context: dropped if the screen is deleted before it fires
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll.verticalScrollBar().setValue(0)

    def sync(self, item_id: str, value: Any) -> None:
        """Show ``value`` as chosen on the item's buttons (after a tap the button group already
        does; this keeps the screen right when an answer is set another way)."""
        widget = self.answer_widgets.get(item_id)
        buttons = getattr(widget, "buttons", None)
        if isinstance(buttons, list):
            buttons = dict(enumerate(buttons))
        if not isinstance(buttons, dict):
            return
        chosen = buttons.get(value)
        if chosen is not None and not chosen.isChecked():
            chosen.setChecked(True)
        elif chosen is None and value is None:
            group = getattr(widget, "group", None)
            if group is not None:
                group.setExclusive(False)
                for each in buttons.values():
                    each.setChecked(False)
                group.setExclusive(True)

    def _answer_widget(self, form: Form, item: Item, value: Any, lang: str,
                       scale: float) -> QWidget:
        question = item.text.get(lang)

        def emit(code: Any, item_id: str = item.id) -> None:
            self.answered.emit(form.id, item_id, code)

        if item.type == "scale_0_10":
            assert item.anchors is not None
            widget = ScaleRow(value, item.anchors.low.get(lang), item.anchors.high.get(lang),
                              scale=scale, question=question)
            widget.chosen.connect(emit)
            return widget
        if item.type in ("yes_no", "single_choice"):
            options = [(o.code, o.label.get(lang)) for o in item.options]
            if item.type == "yes_no":
                options.sort(key=lambda o: -int(o[0]))  # "yes" first, as patients expect
            widget = ChoiceList(options, value, scale=scale, row=item.type == "yes_no",
                                question=question)
            widget.chosen.connect(emit)
            return widget
        if item.type == "number":
            return self._number_widget(item, value, emit, scale, question, lang)
        return self._text_widget(form, item, value, question)

    def _number_widget(self, item: Item, value: Any, emit, scale: float, question: str,
                       lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        display_row = QHBoxLayout()
        display = QLabel("" if value is None else str(value))
        set_role(display, "display")
        display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        display.setMinimumHeight(int(72 * scale))
        display.setMinimumWidth(int(200 * scale))
        accessible(display, question, self.tr("Dit svar: {value}").format(value=display.text()))
        display_row.addWidget(display)
        if item.unit is not None:
            display_row.addWidget(wrap_label(item.unit.get(lang)), 1)
        else:
            display_row.addStretch(1)
        layout.addLayout(display_row)
        hint = wrap_label(self.tr("Fra {low} til {high}").format(low=item.min, high=item.max),
                          "muted")
        layout.addWidget(hint)
        pad = KeyPad(scale=scale, extra=self.tr("Ryd"), extra_name=self.tr("Ryd svaret"),
                     erase_name=self.tr("Slet et ciffer"))
        pad.setMaximumWidth(int(520 * scale))
        layout.addWidget(pad)
        max_len = len(str(item.max))

        def key(name: str) -> None:
            digits = display.text()
            new = "" if name == "extra" else digits_after(digits, name, max_len)
            if new and not (item.min <= int(new) <= item.max):
                hint.setText(self.tr("Skriv et tal fra {low} til {high}").format(
                    low=item.min, high=item.max))
                return
            display.setText(new)
            display.setAccessibleDescription(self.tr("Dit svar: {value}").format(value=new))
            if new != digits:
                emit(int(new) if new else None)

        pad.key.connect(key)
        box.display = display  # type: ignore[attr-defined]
        box.pad = pad  # type: ignore[attr-defined]
        return box

    def _text_widget(self, form: Form, item: Item, value: Any, question: str) -> QWidget:
        edit = QLineEdit("" if value is None else str(value))
        edit.setMaxLength(2000)
        accessible(edit, question, self.tr("Skriv dit svar"))
        edit.setPlaceholderText(self.tr("Skriv her"))

        def changed(text: str) -> None:
            self._pending_text[item.id] = (form.id, item.id, edit)
            self.text_timer.start()

        edit.textChanged.connect(changed)
        edit.editingFinished.connect(self.flush_text)
        return edit

    def flush_text(self) -> None:
        """Save typed text now (called on a pause in typing, and before leaving the page)."""
        self.text_timer.stop()
        pending, self._pending_text = self._pending_text, {}
        for form_id, item_id, edit in pending.values():
            text = edit.text().strip()
            self.answered.emit(form_id, item_id, text or None)

    def _back(self) -> None:
        self.flush_text()
        self.back_clicked.emit()

    def _next(self) -> None:
        self.flush_text()
        self.next_clicked.emit()
