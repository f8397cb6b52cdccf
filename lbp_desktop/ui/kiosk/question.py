"""The question screen: one question with its answers, always in view.

The answers must be visible without scrolling at every text size on a landscape or portrait
tablet and on a desktop screen. ``fit()`` tries layouts from the most comfortable to the most
compact (question above the answers in one column; question beside the answers in landscape; the
answers in two or three columns) and keeps the first whose height fits the visible area. Only when
none fits does the page scroll, by finger drag (``base.kinetic``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
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
from lbp_desktop.ui.kiosk.progress import SectionProgress
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

LAYOUTS = ((False, 1), (True, 1), (False, 2), (True, 2), (False, 3), (True, 3))
"""(question beside answers, answer columns), most comfortable first."""


def invalidate_tree(layout: QLayout) -> None:
    """Drop the cached sizes of ``layout``, its nested layouts and its widgets' layouts."""
    layout.invalidate()
    for index in range(layout.count()):
        entry = layout.itemAt(index)
        if entry is None:
            continue
        child = entry.layout()
        widget = entry.widget()
        if child is not None:
            invalidate_tree(child)
        elif widget is not None:
            own = widget.layout()
            if own is not None:
                invalidate_tree(own)


class QuestionScreen(Retranslated):
    """One page: the question, its answers, progress by part, "Aa", back and next."""

    answered = Signal(str, str, object)
    back_clicked = Signal()
    next_clicked = Signal()
    skip_confirmed = Signal()
    settings_clicked = Signal()

    TEXT_SAVE_DELAY_MS = 600

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page_: Page | None = None
        self.lang = "da"
        self.scale = 1.0
        self.answer_widgets: dict[str, QWidget] = {}
        self.question_labels: dict[str, QLabel] = {}
        self._pending_text: dict[str, tuple[str, str, QLineEdit]] = {}
        self.layout_choice: tuple[bool, int] = LAYOUTS[0]
        self.fits = True
        scaffold = Scaffold(self)
        self.scaffold = scaffold
        self.scroll_area = scaffold.scroll
        self.content = scaffold.content
        self.progress = SectionProgress()
        self.settings_button = button("Aa")
        self.settings_button.clicked.connect(self.settings_clicked)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.progress, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        scaffold.header.addLayout(top)
        self.error = wrap_label("", "error")
        self.error.hide()
        scaffold.header.addWidget(self.error)
        self.body = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.body.setSpacing(24)
        self.question_column = QVBoxLayout()
        self.question_column.setSpacing(16)
        self.answer_column = QVBoxLayout()
        self.answer_column.setSpacing(16)
        self.body.addLayout(self.question_column, 2)
        self.body.addLayout(self.answer_column, 3)
        self.content.addLayout(self.body)
        self.content.addStretch(1)
        self._build_skip_bar(scaffold)
        self.back_button = button("")
        self.back_button.setMinimumWidth(180)
        self.back_button.clicked.connect(self._back)
        self.next_button = button("", "primary")
        self.next_button.setMinimumWidth(180)
        self.next_button.clicked.connect(self._next)
        scaffold.footer.addWidget(self.back_button)
        scaffold.footer.addStretch(1)
        scaffold.footer.addWidget(self.next_button)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(self.TEXT_SAVE_DELAY_MS)
        self.text_timer.timeout.connect(self.flush_text)
        self.retranslate()

    def _build_skip_bar(self, scaffold: Scaffold) -> None:
        """The explicit question asked when "Næste" is tapped on an unanswered question."""
        self.skip_bar = QFrame()
        set_role(self.skip_bar, "panel")
        box = QVBoxLayout(self.skip_bar)
        box.setContentsMargins(24, 12, 24, 12)
        box.setSpacing(8)
        self.skip_text = wrap_label("", "section")
        self.answer_button = button("")
        self.answer_button.clicked.connect(self.hide_skip)
        self.skip_button = button("", "primary")
        self.skip_button.clicked.connect(self._skip)
        box.addWidget(self.skip_text)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.answer_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        box.addLayout(row)
        self.skip_bar.hide()
        holder = QHBoxLayout()
        holder.setContentsMargins(24, 0, 24, 0)
        holder.addWidget(self.skip_bar)
        scaffold.outer.insertLayout(scaffold.outer.count() - 1, holder)

    def retranslate(self) -> None:
        retext(self.back_button, self.tr("Tilbage"), self.tr("Gå til det forrige spørgsmål"))
        retext(self.next_button, self.tr("Næste"), self.tr("Gå til det næste spørgsmål"))
        accessible(self.settings_button, self.tr("Sprog, tekststørrelse og kontrast"),
                   self.tr("Skift sprog, tekststørrelse eller kontrast"))
        retext(self.answer_button, self.tr("Svar på spørgsmålet"))
        retext(self.skip_button, self.tr("Spring over"),
               self.tr("Gå videre uden at svare på spørgsmålet"))
        self.progress.retranslate()

    # -- skipping ---------------------------------------------------------------------------

    def ask_skip(self, skippable: bool) -> None:
        """"Næste" on an unanswered question: ask, never skip silently. Some questions (red flags)
        cannot be skipped at all; then the bar only says so."""
        if skippable:
            text = self.tr("Du har ikke svaret på spørgsmålet. Vil du springe det over?")
        else:
            text = self.tr("Dette spørgsmål er vigtigt for din sikkerhed. Vælg et svar for at "
                           "gå videre.")
        retext(self.skip_text, text)
        self.skip_button.setVisible(skippable)
        retext(self.answer_button,
               self.tr("Svar på spørgsmålet") if skippable else self.tr("Jeg svarer"))
        self.skip_bar.show()
        self._refit()  # the bar takes room: the question and its answers stay in view

    def hide_skip(self) -> None:
        if self.skip_bar.isVisible():
            self.skip_bar.hide()
            self._refit()

    def _refit(self) -> None:
        """The bar takes room or gives it back: lay out now, then choose the layout again."""
        own = self.layout()
        if own is not None:
            own.activate()
        self.fit()

    def _skip(self) -> None:
        self.skip_bar.hide()
        self.skip_confirmed.emit()

    # -- page -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the page (a new patient must never see the last one's answers)."""
        self.text_timer.stop()
        self._pending_text.clear()
        self.skip_bar.hide()
        clear_layout(self.question_column)
        clear_layout(self.answer_column)
        self.answer_widgets = {}
        self.question_labels = {}
        self.page_ = None
        self.progress.clear()

    def set_progress(self, part: int, parts: int, title: str, number: int, count: int) -> None:
        self.progress.set_state(part, parts, title, number, count)

    def show_error(self) -> None:
        text = self.tr("Dit svar blev ikke gemt. Prøv igen, eller sig det til personalet.")
        retext(self.error, text)
        self.error.show()

    def show_page(self, page: Page, items: list[Item], answers: dict[str, Any], *, lang: str,
                  scale: float, instructions: list[str], keep_scroll: bool = False) -> None:
        self.flush_text()
        self.error.hide()
        self.skip_bar.hide()
        scroll_value = self.scroll_area.verticalScrollBar().value()
        clear_layout(self.question_column)
        clear_layout(self.answer_column)
        self.page_ = page
        self.lang = lang
        self.scale = scale
        self.answer_widgets = {}
        self.question_labels = {}
        for text in instructions:
            self.question_column.addWidget(self._note(text, "note"))
        timeframe = page.form.instrument.timeframe
        if timeframe is not None:
            self.question_column.addWidget(wrap_label(
                self.tr("Tidsrum: {timeframe}").format(timeframe=timeframe.get(lang)), "muted"))
        for item in items:
            question = wrap_label(item.text.get(lang), "question")
            self.question_labels[item.id] = question
            self.question_column.addWidget(question)
            if item.help is not None:
                self.question_column.addWidget(wrap_label(item.help.get(lang), "muted"))
            if item.note is not None:
                self.answer_column.addWidget(wrap_label(item.note.get(lang), "note"))
            widget = self._answer_widget(page.form, item, answers.get(item.id), lang, scale)
            self.answer_widgets[item.id] = widget
            self.answer_column.addWidget(widget)
        notice = page.form.instrument.notice
        if notice is not None:
            self.answer_column.addWidget(wrap_label(notice.get(lang), "muted"))
        self.question_column.addStretch(1)
        self.answer_column.addStretch(1)
        show_children(self.question_column)
        show_children(self.answer_column)
        self.fit()
        if keep_scroll:
            bar = self.scroll_area.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll_value))
        else:
            self.scroll_area.verticalScrollBar().setValue(0)

    def _note(self, text: str, role: str) -> QFrame:
        note = QFrame()
        set_role(note, role)
        box = QVBoxLayout(note)
        box.setContentsMargins(20, 12, 16, 12)
        box.addWidget(wrap_label(text, "instructions"))
        return note

    # -- fitting ----------------------------------------------------------------------------

    def fit(self) -> bool:
        """Choose the first layout in ``LAYOUTS`` under which the whole page fits the visible
        area; returns whether one did (otherwise the page scrolls by touch)."""
        self.ensurePolished()
        viewport = self.scroll_area.viewport().size()
        if viewport.width() < 50 or viewport.height() < 50:
            return True
        holder_layout = self.scaffold.holder.layout()
        assert holder_layout is not None
        margins = holder_layout.contentsMargins()
        width = min(viewport.width() - margins.left() - margins.right(),
                    self.scaffold.content_widget.maximumWidth())
        height = viewport.height() - margins.top() - margins.bottom()
        landscape = viewport.width() > viewport.height() * 1.15
        choices = [c for c in LAYOUTS if landscape or not c[0]]
        for side, columns in choices:
            self._apply_layout(side, columns)
            if self._needed_height(width) <= height:
                self.fits = True
                return True
        self._apply_layout(*choices[-1])
        self.fits = False
        return False

    def _apply_layout(self, side: bool, columns: int) -> None:
        self.layout_choice = (side, columns)
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if side
                               else QBoxLayout.Direction.TopToBottom)
        for widget in self.answer_widgets.values():
            if isinstance(widget, ChoiceList):
                widget.set_columns(columns)
        self.body.invalidate()

    def _needed_height(self, width: int) -> int:
        invalidate_tree(self.content)  # nested layouts cache their height-for-width
        return self.content.totalHeightForWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.page_ is not None:
            self.fit()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.page_ is not None:
            self.fit()

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
        if value is not None:
            self.skip_bar.hide()

    # -- answer widgets ---------------------------------------------------------------------

    def _answer_widget(self, form: Form, item: Item, value: Any, lang: str,
                       scale: float) -> QWidget:
        question = item.text.get(lang)

        def emit(code: Any, item_id: str = item.id) -> None:
            self.answered.emit(form.id, item_id, code)

        if item.type == "scale_0_10":
            assert item.anchors is not None
            scale_row = ScaleRow(value, item.anchors.low.get(lang), item.anchors.high.get(lang),
                                 scale=scale, question=question)
            scale_row.chosen.connect(emit)
            return scale_row
        if item.type in ("yes_no", "single_choice"):
            options: list[tuple[object, str]] = [(o.code, o.label.get(lang))
                                                 for o in item.options]
            if item.type == "yes_no":
                options.sort(key=lambda o: -int(str(o[0])))  # "yes" first, as patients expect
            choices = ChoiceList(options, value, scale=scale, row=item.type == "yes_no",
                                 question=question)
            choices.chosen.connect(emit)
            return choices
        if item.type == "number":
            return self._number_widget(item, value, emit, scale, question, lang)
        return self._text_widget(form, item, value, question)

    def _number_widget(self, item: Item, value: Any, emit: Callable[[Any], None], scale: float,
                       question: str, lang: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        display_row = QHBoxLayout()
        display = QLabel("" if value is None else str(value))
        set_role(display, "display")
        display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        display.setMinimumWidth(int(160 * min(scale, 1.5)))
        accessible(display, question, self.tr("Dit svar: {value}").format(value=display.text()))
        display_row.addWidget(display)
        if item.unit is not None:
            display_row.addWidget(wrap_label(item.unit.get(lang)), 1)
        hint = wrap_label(self.tr("Fra {low} til {high}").format(low=item.min, high=item.max),
                          "muted")
        display_row.addWidget(hint, 1)
        layout.addLayout(display_row)
        pad = KeyPad(scale=scale, extra=self.tr("Ryd"), extra_name=self.tr("Ryd svaret"),
                     erase_name=self.tr("Slet et ciffer"))
        pad.setMaximumWidth(int(480 * min(scale, 1.5)))
        layout.addWidget(pad)
        max_len = len(str(item.max))
        assert item.min is not None and item.max is not None
        low, high = item.min, item.max

        def key(name: str) -> None:
            digits = display.text()
            new = "" if name == "extra" else digits_after(digits, name, max_len)
            if new and not (low <= int(new) <= high):
                hint.setText(self.tr("Skriv et tal fra {low} til {high}").format(
                    low=low, high=high))
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
        self.skip_bar.hide()
        self.back_clicked.emit()

    def _next(self) -> None:
        self.flush_text()
        self.next_clicked.emit()
