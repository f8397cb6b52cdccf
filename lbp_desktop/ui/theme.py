"""The workspace's look: one accent colour, calm neutrals, spacing, and the risk/flag palette.

Every colour that carries meaning is paired with a word and a shape (● ▲ ◆ ⚠), so nothing depends
on telling colours apart (colour-blind safe). The palette avoids a red/green contrast: low risk is
teal, medium amber, high purple; only an acute red flag is red.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- neutrals and the one accent -------------------------------------------------------------
ACCENT = "#1F5F8B"          # calm clinical blue
ACCENT_DARK = "#174A6D"
ACCENT_LIGHT = "#E6F0F7"
TEXT = "#1F2A33"
TEXT_MUTED = "#5B6B78"
BORDER = "#D3DBE2"
SURFACE = "#FFFFFF"
BACKGROUND = "#F4F6F8"
SELECTION = "#CFE2F0"

SPACING = 12                 # the one spacing unit (px); layouts use multiples of it
RADIUS = 6


@dataclass(frozen=True)
class Swatch:
    """A meaning-bearing colour: background, foreground and a shape glyph."""

    bg: str
    fg: str
    glyph: str


# STarT Back risk groups (word + colour + shape)
RISK = {
    "low": Swatch("#D8F0EA", "#0E5E4E", "●"),
    "medium": Swatch("#FCEBC7", "#7A4D00", "▲"),
    "high": Swatch("#EBDDF3", "#5B1F73", "◆"),
}
RISK_NONE = Swatch("#EEF1F4", "#5B6B78", "–")

# Domain profile / NRS bands (sequential, light to dark, distinct also in grey-scale)
BAND = {
    "none": Swatch("#E3E8EC", "#46535E", ""),
    "mild": Swatch("#9ED3C6", "#0E5E4E", ""),
    "moderate": Swatch("#E8A93A", "#6B4200", ""),
    "severe": Swatch("#8E3FA8", "#FFFFFF", ""),
}

# Red flags: acute is red and loud; a non-acute flag is amber.
FLAG_ACUTE = Swatch("#C62828", "#FFFFFF", "⚠")
FLAG = Swatch("#FCEBC7", "#7A4D00", "⚑")

# The workspace's modes and their persistent banner colours
MODE = {
    "locked": Swatch("#37474F", "#FFFFFF", ""),
    "clinician": Swatch(ACCENT, "#FFFFFF", ""),
    "admin": Swatch("#8A4B08", "#FFFFFF", ""),
    "demo": Swatch("#FFF3CD", "#6B4200", ""),
}


def stylesheet() -> str:
    """The application style sheet (Fusion base style)."""
    s = SPACING
    return f"""
    QWidget {{ color: {TEXT}; font-size: 10.5pt; }}
    QMainWindow, QDialog, QWizard {{ background: {BACKGROUND}; }}
    QLabel[role="h1"] {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
    QLabel[role="h2"] {{ font-size: 12.5pt; font-weight: 600; color: {TEXT}; }}
    QLabel[role="muted"] {{ color: {TEXT_MUTED}; }}
    QLabel[role="big"] {{ font-size: 20pt; font-weight: 600; }}
    QFrame[role="card"] {{ background: {SURFACE}; border: 1px solid {BORDER};
        border-radius: {RADIUS}px; }}
    QFrame[role="card"] QLabel {{ background: transparent; }}
    QPushButton {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {RADIUS}px;
        padding: {s // 2}px {s + 2}px; min-height: 20px; }}
    QPushButton:hover {{ border-color: {ACCENT}; }}
    QPushButton:focus {{ border: 2px solid {ACCENT}; }}
    QPushButton:disabled {{ color: #9AA6B0; background: #F0F2F4; }}
    QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; }}
    QPushButton[role="primary"]:hover {{ background: {ACCENT_DARK}; }}
    QPushButton[role="primary"]:disabled {{ background: #9DB6C9; border-color: #9DB6C9; }}
    QPushButton[role="flat"] {{ border: none; background: transparent; color: {ACCENT};
        text-decoration: underline; }}
    QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox {{
        background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {RADIUS - 2}px;
        padding: 4px 6px; selection-background-color: {SELECTION}; selection-color: {TEXT}; }}
    QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QDateEdit:focus {{
        border: 1px solid {ACCENT}; }}
    QLineEdit[invalid="true"] {{ border: 1px solid {FLAG_ACUTE.bg}; }}
    QTableView, QTreeView, QTreeWidget, QTableWidget {{ background: {SURFACE};
        border: 1px solid {BORDER}; border-radius: {RADIUS}px; gridline-color: #EDF0F3;
        selection-background-color: {SELECTION}; selection-color: {TEXT};
        alternate-background-color: #FAFBFC; }}
    QTreeView::item, QTreeWidget::item {{ padding: 3px 2px; }}
    QHeaderView::section {{ background: #EEF2F5; color: {TEXT_MUTED}; border: none;
        border-bottom: 1px solid {BORDER}; padding: 6px 8px; font-weight: 600; }}
    QTabWidget::pane {{ border: 1px solid {BORDER}; border-radius: {RADIUS}px;
        background: {SURFACE}; top: -1px; }}
    QTabBar::tab {{ background: transparent; padding: 8px 16px; color: {TEXT_MUTED};
        border-bottom: 2px solid transparent; }}
    QTabBar::tab:selected {{ color: {ACCENT}; border-bottom: 2px solid {ACCENT};
        font-weight: 600; }}
    QGroupBox {{ background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {RADIUS}px;
        margin-top: 0px; padding: {s}px; padding-top: {s * 3}px; font-weight: 600;
        font-size: 12pt; }}
    QGroupBox::title {{ subcontrol-origin: padding; subcontrol-position: top left;
        left: {s + 4}px; top: {s - 2}px; color: {TEXT}; }}
    QGroupBox QWidget {{ font-size: 10.5pt; }}
    QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QRadioButton {{ font-weight: normal; }}
    QScrollArea {{ border: none; background: transparent; }}
    QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QStatusBar {{ background: {SURFACE}; border-top: 1px solid {BORDER}; color: {TEXT_MUTED}; }}
    QToolTip {{ background: {TEXT}; color: white; border: none; padding: 4px; }}
    """


def badge_css(swatch: Swatch, *, bold: bool = True) -> str:
    weight = "600" if bold else "normal"
    return (f"background:{swatch.bg}; color:{swatch.fg}; border-radius:{RADIUS - 2}px;"
            f" padding:2px 8px; font-weight:{weight};")
