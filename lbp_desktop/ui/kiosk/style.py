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
    background="#F4F6F8", surface="#FFFFFF", text="#1F2A33", muted="#51606C", border="#C5D0DA",
    accent="#1F5F8B", accent_text="#FFFFFF", accent_soft="#E6F0F7", pressed="#D5E5F1",
)
HIGH_CONTRAST = Palette(
    background="#000000", surface="#000000", text="#FFFFFF", muted="#FFFFFF", border="#FFFFFF",
    accent="#FFD400", accent_text="#000000", accent_soft="#1A1A1A", pressed="#333333",
)


def px(value: float, scale: float) -> int:
    return round(value * scale)


def stylesheet(scale: float = 1.0, high_contrast: bool = False) -> str:
    p = HIGH_CONTRAST if high_contrast else CALM
    border = 3 if high_contrast else 2
    body = px(BASE_FONT_PX, scale)
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
    QLabel[role="title"] {{ font-size: {px(40, scale)}px; font-weight: bold; }}
    QLabel[role="question"] {{ font-size: {px(30, scale)}px; font-weight: bold; }}
    QLabel[role="muted"] {{ color: {p.muted}; font-size: {px(20, scale)}px; }}
    QLabel[role="anchor"] {{ color: {p.muted}; font-size: {px(19, scale)}px; }}
    QLabel[role="progress"] {{ color: {p.muted}; font-size: {px(20, scale)}px; }}
    QLabel[role="error"] {{ color: {p.text}; font-weight: bold; }}
    QLabel[role="display"] {{
        font-size: {px(44, scale)}px; font-weight: bold; background: {p.surface};
        border: {border}px solid {p.border}; border-radius: 12px; padding: {px(8, scale)}px;
    }}
    QFrame[role="note"] {{
        background: {p.accent_soft}; border: none; border-left: 6px solid {p.accent};
    }}
    QFrame[role="calm"] {{
        background: {p.surface}; border: {border}px solid {p.accent}; border-radius: 16px;
    }}
    QPushButton, QToolButton {{
        background: {p.surface}; border: {border}px solid {p.border}; border-radius: 14px;
        padding: {px(10, scale)}px {px(18, scale)}px; min-height: {px(TOUCH_PX - 24, scale)}px;
        font-size: {px(24, scale)}px;
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
    QPushButton[role="quiet"] {{
        background: transparent; border-color: transparent; color: {p.muted};
        font-size: 18px; min-height: 48px; padding: 4px 8px;
    }}
    QPushButton[role="scale"] {{
        padding: {px(6, scale)}px 0px; font-size: {px(26, scale)}px; font-weight: bold;
        min-height: {px(TOUCH_PX - 12, scale)}px;
    }}
    QPushButton[role="key"] {{
        font-size: {px(30, scale)}px; font-weight: bold; min-height: {px(TOUCH_PX - 20, scale)}px;
    }}
    QLabel[role="choice"] {{ font-size: {px(24, scale)}px; color: {p.text}; }}
    QLabel[role="choice"][on="true"] {{ color: {p.accent_text}; font-weight: bold; }}
    QLineEdit, QTextEdit, QPlainTextEdit {{
        background: {p.surface}; border: {border}px solid {p.border}; border-radius: 10px;
        padding: {px(8, scale)}px; font-size: {px(24, scale)}px; min-height: {px(40, scale)}px;
        color: {p.text};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border-color: {p.accent}; }}
    QProgressBar {{
        background: {p.surface if not high_contrast else '#000000'};
        border: {border}px solid {p.border}; border-radius: 6px;
        min-height: {px(12, scale)}px; max-height: {px(12, scale)}px;
    }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
    QScrollBar:vertical {{ width: 18px; background: {p.background}; }}
    QScrollBar::handle:vertical {{ background: {p.border}; border-radius: 8px; min-height: 40px; }}
    """
