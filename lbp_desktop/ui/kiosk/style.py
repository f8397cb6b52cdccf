"""The patient screens' look: big type, generous spacing, one accent colour, and a high-contrast
variant. Sizes scale with the patient's text-size choice (100/150/200 %).

The style sheet is set on the kiosk window only, so it never touches the clinician workspace.
Widgets pick their role with the ``role`` dynamic property (``title``, ``question``, ``muted`` …).
"""

from __future__ import annotations

from dataclasses import dataclass

BASE_FONT_PX = 22
"""Body text at 100 %; readable at arm's length on a 10" tablet."""
TOUCH_PX = 64
"""Minimum height of an answer button at 100 % (well above the 48 px minimum)."""


@dataclass(frozen=True)
class Palette:
    """The kiosk's colours. ``tests/test_kiosk_contrast.py`` computes every text/background and
    control-border/background pair the screens use against WCAG 2.2 AA (text 4.5:1, borders
    and other non-text parts of a control 3:1)."""

    background: str
    surface: str
    text: str
    muted: str
    border: str
    accent: str
    accent_text: str
    accent_soft: str
    pressed: str


CALM = Palette(
    background="#F4F6F8", surface="#FFFFFF", text="#1F2A33", muted="#4A5863", border="#6B7B88",
    accent="#1F5F8B", accent_text="#FFFFFF", accent_soft="#E6F0F7", pressed="#D5E5F1",
)
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#FFFFFF", muted="#FFFFFF", border="#FFFFFF",
    accent="#FFD400", accent_text="#000000", accent_soft="#1A1A1A", pressed="#333333",
)

TEXT_PAIRS = (
    ("text", "background"), ("text", "surface"), ("muted", "background"), ("muted", "surface"),
    ("accent_text", "accent"), ("text", "accent_soft"), ("text", "pressed"),
)
"""(foreground, background) pairs of text the screens draw; each needs 4.5:1."""
BORDER_PAIRS = (("border", "background"), ("border", "surface"), ("accent", "background"),
                ("accent", "surface"))
"""(border, background) pairs of control outlines and selected states; each needs 3:1."""


def px(value: float, scale: float) -> int:
    return round(value * scale)


def touch(scale: float) -> int:
    """Minimum height of an answer button. A finger does not grow with the text: the target grows
    a little with it, and the label's own height does the rest."""
    return round(TOUCH_PX * (1 + (scale - 1) * 0.35))


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    """The kiosk style sheet. Question, answer and body text follow ``scale`` fully; chrome (part
    label, footer buttons) and the 0–10 numbers are capped at 125 % so the answers keep the room."""
    p = HIGH_CONTRAST if high_contrast else CALM
    border = 3 if high_contrast else 2
    body = px(BASE_FONT_PX, scale)
    chrome = min(scale, 1.25)
    return f"""
    KioskWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget,
    QWidget#page {{
        background: {p.background};
    }}
    QWidget {{
        color: {p.text};
        font-family: "DejaVu Sans", "Segoe UI", sans-serif;
        font-size: {body}px;
    }}
    QLabel {{ background: transparent; }}
    QLabel[role="title"] {{ font-size: {px(36, scale)}px; font-weight: bold; }}
    QLabel[role="question"] {{ font-size: {px(25, scale)}px; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {p.muted}; font-size: {px(20, chrome)}px; }}
    QLabel[role="instructions"] {{ font-size: {px(20, chrome)}px; }}
    QLabel[role="note"] {{ font-size: {px(22, scale)}px; font-weight: bold; }}
    QLabel[role="anchor"] {{ color: {p.muted}; font-size: {px(19, scale)}px; }}
    QLabel[role="progress"] {{ color: {p.muted}; font-size: {px(19, chrome)}px; }}
    QLabel[role="section"] {{ color: {p.text}; font-size: {px(20, chrome)}px; font-weight: bold; }}
    QLabel[role="error"] {{ color: {p.text}; font-weight: bold; }}
    QLabel[role="display"] {{
        font-size: {px(44, chrome)}px; font-weight: bold; background: {p.surface};
        border: {border}px solid {p.border}; border-radius: 12px; padding: {px(8, scale)}px;
    }}
    QFrame[role="note"] {{
        background: {p.accent_soft}; border: none; border-left: 6px solid {p.accent};
    }}
    QFrame[role="calm"], QFrame[role="panel"] {{
        background: {p.surface}; border: {border}px solid {p.accent}; border-radius: 16px;
    }}
    QFrame[role="segment"] {{
        background: {p.surface}; border: {border}px solid {p.border}; border-radius: 4px;
    }}
    QFrame[role="segment"][state="done"] {{ background: {p.accent}; border-color: {p.accent}; }}
    QFrame[role="segment"][state="current"] {{
        background: {p.accent_soft}; border-color: {p.accent};
    }}
    QPushButton, QToolButton {{
        background: {p.surface}; border: {border}px solid {p.border}; border-radius: 14px;
        padding: {px(8, chrome)}px {px(18, chrome)}px; min-height: {px(TOUCH_PX - 24, chrome)}px;
        font-size: {px(24, chrome)}px;
    }}
    QPushButton:pressed {{ background: {p.pressed}; }}
    QPushButton:checked {{
        background: {p.accent}; border-color: {p.accent}; color: {p.accent_text};
    }}
    QPushButton:disabled {{ color: {p.muted}; border-style: dashed; }}
    QPushButton[role="primary"] {{
        background: {p.accent}; border-color: {p.accent}; color: {p.accent_text};
        font-weight: bold;
    }}
    QPushButton[role="primary"] QLabel {{ color: {p.accent_text}; font-weight: bold; }}
    QPushButton[role="quiet"] {{
        background: transparent; border-color: transparent; color: {p.muted};
        font-size: {px(18, chrome)}px; min-height: 48px; padding: 4px 8px;
    }}
    QPushButton[role="corner"] {{
        background: transparent; border: none; min-height: 0px; padding: 0px;
    }}
    QPushButton[role="scale"] {{
        padding: {px(4, chrome)}px 0px; font-size: {px(26, chrome)}px; font-weight: bold;
        border-radius: 10px;
    }}
    QPushButton[role="key"] {{
        font-size: {px(30, chrome)}px; font-weight: bold; min-height: {px(TOUCH_PX - 20, chrome)}px;
    }}
    QLabel[role="choice"] {{ font-size: {px(22, scale)}px; color: {p.text}; }}
    QLabel[role="choice"][on="true"] {{ color: {p.accent_text}; font-weight: bold; }}
    QLineEdit, QTextEdit, QPlainTextEdit {{
        background: {p.surface}; border: {border}px solid {p.border}; border-radius: 10px;
        padding: {px(8, scale)}px; font-size: {px(24, scale)}px; min-height: {px(40, scale)}px;
        color: {p.text};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {p.accent}; }}
    QScrollBar:vertical {{ width: 28px; background: {p.background}; }}
    QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 10px; min-height: 60px; }}
    """
