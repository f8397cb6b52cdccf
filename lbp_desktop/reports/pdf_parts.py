"""The letter's building blocks: page geometry, colours, paragraph styles and safe text.

Every user-entered string is escaped before it reaches a Paragraph (``esc``, ``paras``), so
``<b>``, ``&`` and ``<script>`` print as typed. Shared by the letter's sections
(``status_section``, ``redflag_section``) and the page layout in ``epikrise``.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from lbp_desktop.reports.fonts import REGULAR
from lbp_desktop.reports.text_fit import visible

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP_FIRST = 16 * mm
MARGIN_TOP_LATER = 24 * mm
MARGIN_BOTTOM = 24 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#b8b8b8")
ALERT = colors.HexColor("#b00020")
ALERT_BG = colors.HexColor("#fdecee")
SOFT_BG = colors.HexColor("#f2f4f7")

# Longest piece of user text put into a table cell or the alert box; longer text goes into the
# flowing sections instead, so no table row can outgrow a page.
CELL_LIMIT = 600
# Long paragraphs are cut into pieces of about this many characters (at a space when possible):
# reportlab lays out each piece on its own, which keeps very long notes fast and splittable.
_CHUNK = 1500

# Tables default to Helvetica for their (empty) text state; name our font so no other is used.
FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# -- text helpers ------------------------------------------------------------------------------


def clean(text: object) -> str:
    """User text as printable plain text: newlines normalised, control characters dropped, a
    character the font cannot draw written as ``[U+XXXX]`` (``text_fit``)."""
    s = "" if text is None else str(text)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return visible(_CONTROL.sub("", s))  # a character the font lacks never prints as a blank


def esc(text: object) -> str:
    """User text made safe for a reportlab Paragraph: printed exactly as typed."""
    return escape(clean(text)).replace("\n", "<br/>")


def _chunks(text: str) -> list[str]:
    """Split one paragraph of plain text into pieces of at most about ``_CHUNK`` characters."""
    pieces: list[str] = []
    while len(text) > _CHUNK:
        cut = text.rfind(" ", _CHUNK // 2, _CHUNK)
        if cut <= 0:
            cut = _CHUNK
        pieces.append(text[:cut])
        text = text[cut:].lstrip(" ") if cut < len(text) and text[cut] == " " else text[cut:]
    pieces.append(text)
    return pieces


# -- styles ------------------------------------------------------------------------------------


class Styles:
    def __init__(self, regular: str, bold: str) -> None:
        base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5,
                              textColor=INK, splitLongWords=1, wordWrap=None)
        self.regular, self.bold = regular, bold
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=11,
                                    textColor=MUTED)
        self.clinic = ParagraphStyle("clinic", parent=base, fontName=bold, fontSize=12,
                                     leading=15)
        self.right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)
        self.title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=14,
                                    leading=18, spaceBefore=4, spaceAfter=2)
        self.subtitle = ParagraphStyle("subtitle", parent=base, fontSize=10, leading=13,
                                       textColor=MUTED, spaceAfter=2)
        self.re = ParagraphStyle("re", parent=base, fontName=bold, fontSize=11, leading=14,
                                 spaceBefore=6, spaceAfter=2)
        self.h = ParagraphStyle("h", parent=base, fontName=bold, fontSize=10.5, leading=13,
                                spaceBefore=7, spaceAfter=2, keepWithNext=1)
        self.label = ParagraphStyle("label", parent=base, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5)
        self.cell_muted = ParagraphStyle("cellm", parent=self.cell, textColor=MUTED,
                                         fontSize=8, leading=10)
        self.bullet = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2,
                                     bulletFontName=regular, bulletFontSize=9.5,
                                     spaceAfter=1.5)
        self.alert_title = ParagraphStyle("alert_t", parent=base, fontName=bold,
                                          textColor=ALERT, fontSize=10.5, leading=13)
        self.alert = ParagraphStyle("alert", parent=base, textColor=INK)
        self.strong = ParagraphStyle("strong", parent=base, fontName=bold)


def bold(text: str) -> str:
    """Bold markup around already-safe text."""
    return f"<b>{text}</b>"


def paras(text: str, style: ParagraphStyle, *, prefix: str = "") -> list[Flowable]:
    """User text as Paragraphs: one per blank-line-separated block, long blocks chunked.

    ``prefix`` is safe markup (e.g. a bold label) put in front of the first paragraph.
    """
    text = clean(text).strip("\n")
    out: list[Flowable] = []
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()] or ([""] if prefix else [])
    for block in blocks:
        for piece in _chunks(block):
            markup = escape(piece).replace("\n", "<br/>")
            if prefix:
                markup, prefix = prefix + markup, ""
            out.append(Paragraph(markup, style))
    return out


def kv_table(rows: list[tuple[str, str]], st: Styles, label_w: float = 46 * mm) -> Table:
    """Label/value rows; both cells are safe markup. Rows may split across pages."""
    data = [[Paragraph(k, st.label), Paragraph(v, st.body)] for k, v in rows]
    table = Table(data, colWidths=[label_w, TEXT_W - label_w], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def rule(width: float = TEXT_W) -> Table:
    t = Table([[""]], colWidths=[width], rowHeights=[2])
    t.setStyle(TableStyle([FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return t
