"""Text on the letter that must fit a width, and characters the letter's font cannot draw.

Fitting: the page header and footer repeat the patient's name on every page. Shortening it one
character at a time, re-measuring the whole string each time, is quadratic: a 20,000-character
name took 70 s per letter. :func:`fit_width` measures each character once and stops as soon as the
width is used up: linear in the part that is kept, whatever the length of the input.

Coverage: DejaVu Sans draws Latin, Greek and Cyrillic, but not Chinese, Japanese, Korean or emoji.
reportlab draws a character the font lacks as an empty box, and text extraction gives NUL: the
character vanishes without anyone noticing. :func:`missing_characters` finds such characters so
the workspace can warn the clinician before approval, naming them, and :func:`visible` replaces
each in the PDF with its code point (``[U+674E]``), so the GP sees that something is there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

ELLIPSIS = "…"


@lru_cache(maxsize=16)
def _widths(font: str, size: float) -> dict[str, float]:
    """Per font and size, each character's width, measured the first time it is met."""
    return {}


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, shortened with an ellipsis so it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(text.split())
    cache = _widths(font, size)
    budget = width - stringWidth(ELLIPSIS, font, size)
    used = 0.0
    for index, char in enumerate(text):
        w = cache.get(char)
        if w is None:
            w = cache[char] = stringWidth(char, font, size)
        used += w
        if used > width:
            return _cut(text, index, used - w, budget, cache) + ELLIPSIS
    return text


def _cut(text: str, index: int, used: float, budget: float, cache: dict[str, float]) -> str:
    """Step back from ``index`` (where ``used`` points were taken) until the ellipsis fits."""
    while index > 0 and used > budget:
        index -= 1
        used -= cache[text[index]]
    return text[:index].rstrip()


@lru_cache(maxsize=4)
def _cmap(font: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    try:
        found = pdfmetrics.getFont(font)
    except KeyError:
        from lbp_desktop.reports.fonts import register_fonts

        register_fonts()
        found = pdfmetrics.getFont(font)
    table = getattr(getattr(found, "face", None), "charToGlyph", None)
    return frozenset(table) if table else frozenset()


@lru_cache(maxsize=1)
def _letter_cmap() -> frozenset[int]:
    """What both the letter's regular and bold faces can draw."""
    from lbp_desktop.reports.fonts import BOLD, REGULAR

    return _cmap(REGULAR) & _cmap(BOLD)


def _drawable(char: str, font: str | None) -> bool:
    if char.isspace() or ord(char) < 0x20:
        return True
    covered = _letter_cmap() if font is None else _cmap(font)
    return not covered or ord(char) in covered


def missing_characters(texts: Iterable[str], font: str | None = None) -> list[str]:
    """The distinct characters in ``texts`` that ``font`` (default: the letter's regular and
    bold faces) has no glyph for, in the order met."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in text or "":
            if char not in seen and not _drawable(char, font):
                seen[char] = None
    return list(seen)


def visible(text: str, font: str | None = None) -> str:
    """``text`` with every character ``font`` (default: the letter's faces) cannot draw written
    as ``[U+XXXX]``."""
    if text.isascii():
        return text
    return "".join(char if _drawable(char, font) else f"[U+{ord(char):04X}]" for char in text)


def describe(chars: Iterable[str]) -> str:
    """``'李' (U+674E), '😀' (U+1F600)`` for a warning."""
    return ", ".join(f"'{c}' (U+{ord(c):04X})" for c in chars)


def texts_of(obj: Any) -> Iterator[str]:
    """Every string in a letter's input (dataclasses, lists, dicts), to check before approval."""
    stack = [obj]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            yield value
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            stack.extend(getattr(value, f.name) for f in dataclasses.fields(value))
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list | tuple | set | frozenset):
            stack.extend(value)


def letter_missing_characters(letter_input: Any) -> list[str]:
    """Characters of a letter the font cannot draw (the clinician is warned before approval)."""
    return missing_characters(texts_of(letter_input))
