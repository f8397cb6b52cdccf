"""Small shared widgets: plain-text labels, badges, cards, the mode banner."""

from __future__ import annotations

from PySide6 import QtCore, QtGui
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts

PLAIN_TEXT = 0
"""``Qt.TextFormat.PlainText``, set by value through Qt's property system. The first use of any
enum of the ``Qt`` namespace builds all ~95 of its enum classes (~15 ms on the target machine); the
sign-in window is made of plain labels and must not pay that before its first paint. The workspace
pays it later, the first time it names a ``Qt`` enum (this module does so only inside functions,
through ``QtCore.Qt``)."""


def plain_label(text: str = "", *, role: str | None = None, wrap: bool = False,
                selectable: bool = False) -> QLabel:
    """A label that never interprets markup: user data (names, free text) shows literally."""
    label = QLabel()
    if not label.setProperty("textFormat", PLAIN_TEXT):  # Qt.TextFormat.PlainText, by value
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)  # never left guessing at markup
    label.setText(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def literal(text: str) -> str:
    """Text for a widget that guesses plain vs rich text (QMessageBox, QInputDialog, tooltips)
    with user data in it: returned as escaped rich text, so '<b>' in a name shows as typed."""
    return QtGui.Qt.convertFromPlainText(text, QtCore.Qt.WhiteSpaceMode.WhiteSpaceNormal)


def badge(text: str, swatch: theme.Swatch, *, bold: bool = True) -> QLabel:
    label = plain_label(text)
    label.setStyleSheet(theme.badge_css(swatch, bold=bold))
    label.setSizePolicy(label.sizePolicy().horizontalPolicy(), label.sizePolicy().verticalPolicy())
    label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
    label.setMaximumHeight(28)
    return label


def risk_badge(risk: str | None) -> QLabel:
    swatch = theme.RISK.get(risk or "", theme.RISK_NONE)
    glyph = f"{swatch.glyph} " if risk in theme.RISK else ""
    return badge(glyph + texts.risk_text(risk), swatch)


def band_badge(band: str | None) -> QLabel:
    swatch = theme.BAND.get(band or "none", theme.BAND["none"])
    return badge(texts.band_text(band), swatch)


def card(title: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel with an optional heading; returns (frame, its layout)."""
    frame = QFrame()
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(theme.SPACING + 4, theme.SPACING, theme.SPACING + 4, theme.SPACING)
    layout.setSpacing(theme.SPACING // 2)
    if title:
        layout.addWidget(plain_label(title, role="h2"))
    return frame, layout


def hbox(*widgets: QWidget, stretch_end: bool = True, spacing: int = theme.SPACING) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(spacing)
    for w in widgets:
        row.addWidget(w)
    if stretch_end:
        row.addStretch(1)
    return row


class ModeBanner(QFrame):
    """The persistent strip at the top showing the mode (clinician/admin/locked) and who is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ModeBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACING + 4, 6, theme.SPACING + 4, 6)
        self.mode_label = plain_label()
        self.mode_label.setStyleSheet("font-weight:600; color:white;")
        self.user_label = plain_label()
        self.user_label.setStyleSheet("color:white;")
        self.clinic_label = plain_label()
        self.clinic_label.setStyleSheet("color:white;")
        layout.addWidget(self.mode_label)
        layout.addSpacing(theme.SPACING)
        layout.addWidget(self.clinic_label)
        layout.addStretch(1)
        layout.addWidget(self.user_label)
        self.mode = ""
        self.set_mode("locked", "", "")

    def set_mode(self, mode: str, mode_text: str, user_text: str, clinic_text: str = "") -> None:
        self.mode = mode
        swatch = theme.MODE.get(mode, theme.MODE["clinician"])
        self.setStyleSheet(f"#ModeBanner {{ background:{swatch.bg}; }}")
        self.mode_label.setText(mode_text)
        self.user_label.setText(user_text)
        self.clinic_label.setText(clinic_text)


class DemoBanner(QLabel):
    """'DEMO – fiktive data' strip shown while a demo database is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("textFormat", PLAIN_TEXT)
        self.setText(self.tr("DEMO – fiktive data. Må ikke bruges til rigtige patienter."))
        self.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        s = theme.MODE["demo"]
        self.setStyleSheet(f"background:{s.bg}; color:{s.fg}; font-weight:600; padding:4px;"
                           f" border-bottom:1px solid #E8D9A8;")
