"""Building blocks shared by the patient-mode screens: the page scaffold (a scrolling, centred
column over a fixed footer), button and label helpers, and the retranslation hook.

Chrome strings are Danish source strings through ``self.tr()`` (English in
``resources/i18n/kiosk_en.ts``); every question text comes from the form data. Screens only show
things and emit signals; ``KioskWindow`` owns the session and the store.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui.kiosk.widgets import (
    accessible,
    set_role,
)

log = logging.getLogger(__name__)

MARGIN = 48
MAX_CONTENT_WIDTH = 1100
"""Lines longer than this are hard to read; wide screens get side margins instead."""


def clear_layout(layout) -> None:
    while layout.count():
        entry = layout.takeAt(0)
        widget = entry.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif entry.layout() is not None:
            clear_layout(entry.layout())


def show_children(layout) -> None:
    """Show widgets just added to a visible page now (Qt would only queue it)."""
    for index in range(layout.count()):
        entry = layout.itemAt(index)
        widget = entry.widget()
        if widget is not None and not widget.isHidden():
            continue
        explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        if widget is not None and not widget.testAttribute(explicit):
            widget.show()
        elif entry.layout() is not None:
            show_children(entry.layout())


def button(text: str, role: str = "", description: str = "") -> QPushButton:
    widget = QPushButton(text)
    if role:
        set_role(widget, role)
    widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    accessible(widget, text, description)
    return widget


def retext(widget: QPushButton | QLabel, text: str, description: str = "") -> None:
    widget.setText(text)
    accessible(widget, text, description)


class Retranslated(QWidget):
    """A kiosk screen whose words follow the installed translator: ``retranslate()`` runs on
    every language change (a patient choosing English, or the next patient back in Danish)."""

    def retranslate(self) -> None:
        """Set every translatable text; overridden by each screen."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def kinetic(area: QScrollArea, *, mouse: bool = False) -> None:
    """Let a finger drag the list (flick scrolling with momentum), as on any tablet; ``mouse``
    also makes a press-and-drag with the mouse or a pen that emulates one scroll it."""
    gesture = (QScroller.ScrollerGestureType.LeftMouseButtonGesture if mouse
               else QScroller.ScrollerGestureType.TouchGesture)
    QScroller.grabGesture(area.viewport(), gesture)


class Scaffold:
    """A page: a scrolling, centred content column over a fixed footer row."""

    def __init__(self, page: QWidget) -> None:
        page.setObjectName("page")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.header = QVBoxLayout()
        self.header.setContentsMargins(MARGIN, 16, MARGIN, 0)
        outer.addLayout(self.header)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        kinetic(self.scroll)
        holder = QWidget()
        self.holder = holder
        row = QHBoxLayout(holder)
        row.setContentsMargins(MARGIN, 16, MARGIN, 16)
        row.addStretch(0)
        self.content_widget = QWidget()
        self.content_widget.setMaximumWidth(MAX_CONTENT_WIDTH)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.content_widget.setSizePolicy(policy)
        self.content = QVBoxLayout(self.content_widget)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(24)
        row.addWidget(self.content_widget, 1)
        row.addStretch(0)
        self.scroll.setWidget(holder)
        outer.addWidget(self.scroll, 1)
        self.footer = QHBoxLayout()
        self.outer = outer
        self.footer.setContentsMargins(MARGIN, 8, MARGIN, 16)
        self.footer.setSpacing(12)
        outer.addLayout(self.footer)

