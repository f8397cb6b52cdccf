"""The letter's font: DejaVu Sans (regular + bold), bundled under ``resources/fonts/``.

A TrueType font is embedded (subset) in every PDF, so any name prints right: Danish, Polish,
Turkish, Vietnamese-Latin, Greek and Cyrillic. Licence: ``resources/fonts/LICENSE-DejaVu.txt``.
"""

from __future__ import annotations

from pathlib import Path

from lbp_desktop.errors import UserError
from lbp_desktop.paths import resources_dir

REGULAR = "LBPSans"
BOLD = "LBPSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> tuple[str, str]:
    """Register the family with reportlab once; return ``(regular, bold)`` font names."""
    global _registered
    if _registered:
        return REGULAR, BOLD
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, filename in FILES.items():
        path = fonts_dir() / filename
        if not path.is_file():
            raise UserError(f"letter font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered = True
    return REGULAR, BOLD
