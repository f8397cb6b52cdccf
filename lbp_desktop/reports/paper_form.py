"""A battery as a paper questionnaire (PDF), for patients who cannot or will not use the tablet.

Rendered from the same form data the kiosk shows, so the paper and the screen can never disagree:
every item in battery order with tick boxes for its answers in the patient's words (never codes),
conditional items with plain "Hvis …, så …" guidance naming the earlier question by number, the
item's note (e.g. that 10 is the best end of a reversed scale), each instrument's copyright notice
(the Keele line with STarT Back), unverified wording marked as on screen, "Side X af Y" and a
label area on every page, filled with name, CPR and date when an episode is given. ``large``
prints at 150 % for poor sight.

Only the words of this page itself (headings, the label area, the guidance) live here; everything
the instrument says comes from ``forms/``.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lbp_desktop.reports.fonts import register_fonts

if TYPE_CHECKING:
    from lbp_desktop.questionnaires.model import Form, FormSet, Item

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 18 * mm
TEXT_W = PAGE_W - 2 * MARGIN_X
INK = colors.HexColor("#111111")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")

WORDS: dict[str, dict[str, str]] = {
    "da": {
        "name": "Navn", "cpr": "CPR-nr.", "date": "Dato",
        "page": "Side {page} af {pages}",
        "how": "Sæt ét kryds ved hvert spørgsmål, medmindre andet står. Spring et spørgsmål over, "
               "hvis du ikke vil svare – skriv gerne hvorfor i margenen.",
        "if": "Hvis du svarede {answers} til spørgsmål {number}, så besvar dette spørgsmål. "
              "Ellers spring det over.",
        "or": "eller",
        "minutes": "Det tager cirka {low}–{high} minutter.",
        "unverified": "Den danske ordlyd af dette skema er endnu ikke sammenlignet med den "
                      "offentliggjorte version.",
        "range": "Skriv et tal fra {min} til {max}",
        "optional": "(frivilligt)",
        "staff": "Udfyldes af personalet: indtastet af ______  dato ______",
    },
    "en": {
        "name": "Name", "cpr": "CPR no.", "date": "Date",
        "page": "Page {page} of {pages}",
        "how": "Tick one box for each question unless told otherwise. Skip a question if you do "
               "not want to answer it – you may write why in the margin.",
        "if": "If you answered {answers} to question {number}, answer this question. "
              "Otherwise skip it.",
        "or": "or",
        "minutes": "It takes about {low}–{high} minutes.",
        "unverified": "The wording of this form has not yet been compared with the published "
                      "version.",
        "range": "Write a number from {min} to {max}",
        "optional": "(optional)",
        "staff": "For staff: entered by ______  date ______",
    },
}


@dataclass(frozen=True)
class PaperLabel:
    """What fills the label area: the patient's name, CPR and the date, or blanks."""

    name: str = ""
    cpr: str = ""
    date: str = ""


def _esc(text: str) -> str:
    return escape(text, {'"': "&quot;"})


class _TickBox(Flowable):
    """An empty square the patient ticks; drawn, not a glyph, so every printer shows it."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size

    def wrap(self, *_: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setLineWidth(0.9)
        self.canv.setStrokeColor(INK)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


class _Styles:
    def __init__(self, regular: str, bold: str, scale: float) -> None:
        def style(name: str, size: float, font: str = regular, **kw: object) -> ParagraphStyle:
            kw.setdefault("textColor", INK)
            return ParagraphStyle(name, fontName=font, fontSize=size * scale,
                                  leading=size * scale * 1.3, **kw)

        self.scale = scale
        self.regular, self.bold = regular, bold
        self.title = style("title", 16, bold, spaceAfter=4 * mm)
        self.body = style("body", 10)
        self.instrument = style("instrument", 12.5, bold, spaceBefore=5 * mm, spaceAfter=1.5 * mm)
        self.section = style("section", 10.5, bold, spaceBefore=2 * mm, spaceAfter=1 * mm)
        self.item = style("item", 10.5)
        self.help = style("help", 9, textColor=MUTED)
        self.note = style("note", 9, bold)
        self.option = style("option", 10)
        self.small = style("small", 7.5, textColor=MUTED)


class _Numbering:
    """Question numbers across the whole battery, and the guidance for conditional items."""

    def __init__(self, forms: Iterable[Form]) -> None:
        self.number: dict[tuple[str, str], int] = {}
        n = 0
        for form in forms:
            for item in form.items():
                if item.kiosk:
                    n += 1
                    self.number[(form.id, item.id)] = n


def _condition_text(form: Form, item: Item, numbers: _Numbering, lang: str) -> str | None:
    if item.show_if is None:
        return None
    target = form.item(item.show_if.item)
    labels = [f"«{target.option_label(code, lang)}»" if target.options else f"«{code}»"
              for code in item.show_if.in_]
    joined = labels[0] if len(labels) == 1 else (
        ", ".join(labels[:-1]) + f" {WORDS[lang]['or']} " + labels[-1])
    number = numbers.number.get((form.id, target.id), "?")
    return WORDS[lang]["if"].format(answers=joined, number=number)


def _choices(item: Item, st: _Styles, lang: str) -> Flowable:
    """Tick boxes for a choice item: side by side for two short answers, else one per line."""
    box = 4.2 * mm * st.scale
    labels = [Paragraph(_esc(o.label.get(lang)), st.option) for o in item.options]
    short = len(item.options) <= 3 and all(len(o.label.get(lang)) <= 14 for o in item.options)
    if short:
        cells: list[object] = []
        widths: list[float] = []
        for label in labels:
            cells += [_TickBox(box), label]
            widths += [box + 2.5 * mm, 38 * mm * st.scale]
        rows = [cells]
    else:
        rows = [[_TickBox(box), label] for label in labels]
        widths = [box + 2.5 * mm, TEXT_W - 10 * mm - box]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * st.scale),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.2 * st.scale)]))
    return table


def _scale(item: Item, st: _Styles, lang: str) -> Flowable:
    """The 0–10 row: a numbered box per value, the anchor words under the two ends."""
    assert item.anchors is not None
    box = 5 * mm * st.scale
    col = min(TEXT_W / 11, box + 5 * mm)
    numbers = [Paragraph(f"<para alignment='center'>{n}</para>", st.option) for n in range(11)]
    boxes = [_TickBox(box) for _ in range(11)]
    low = Paragraph(_esc(item.anchors.low.get(lang)), st.help)
    high = Paragraph(f"<para alignment='right'>{_esc(item.anchors.high.get(lang))}</para>",
                     st.help)
    anchors = [low] + [""] * 5 + [high] + [""] * 4
    table = Table([numbers, boxes, anchors], colWidths=[col] * 11, hAlign="LEFT")
    table.setStyle(TableStyle([("ALIGN", (0, 0), (-1, 1), "CENTER"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("SPAN", (0, 2), (4, 2)), ("SPAN", (6, 2), (10, 2)),
                               ("LEFTPADDING", (0, 0), (-1, -1), 1),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _write_in(item: Item, st: _Styles, lang: str) -> Flowable:
    """A box to write a number in (with its unit and range) or lines for free text."""
    if item.type == "number":
        unit = item.unit.get(lang) if item.unit else ""
        hint = WORDS[lang]["range"].format(min=item.min, max=item.max)
        text = f"_____________ {_esc(unit)}   <font color='#555555'>({_esc(hint)})</font>"
        return Paragraph(text, st.option)
    lines = "<br/>".join(["_" * 70] * 2)
    return Paragraph(lines, st.option)


def _item_block(form: Form, item: Item, numbers: _Numbering, st: _Styles,
                lang: str) -> list[Flowable]:
    w = WORDS[lang]
    number = numbers.number[(form.id, item.id)]
    parts: list[Flowable] = []
    condition = _condition_text(form, item, numbers, lang)
    if condition:
        parts.append(Paragraph(f"<i>{_esc(condition)}</i>", st.help))
    optional = f" <font color='#555555'>{w['optional']}</font>" if not item.required else ""
    parts.append(Paragraph(f"<b>{number}.</b> {_esc(item.text.get(lang))}{optional}", st.item))
    if item.help:
        parts.append(Paragraph(_esc(item.help.get(lang)), st.help))
    if item.note:
        parts.append(Paragraph(_esc(item.note.get(lang)), st.note))
    parts.append(Spacer(1, 1.2 * mm))
    if item.type in ("single_choice", "yes_no"):
        parts.append(_choices(item, st, lang))
    elif item.type == "scale_0_10":
        parts.append(_scale(item, st, lang))
    else:
        parts.append(_write_in(item, st, lang))
    parts.append(Spacer(1, 3.5 * mm * st.scale))
    return [KeepTogether(parts)]


def _form_story(form: Form, numbers: _Numbering, st: _Styles, lang: str,
                heading: bool = True) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(45 * mm * st.scale)]
    if heading:
        story.append(Paragraph(_esc(form.title.get(lang)), st.instrument))
    if not getattr(form.instrument.verified, lang):
        story.append(Paragraph(_esc(WORDS[lang]["unverified"]), st.small))
    if form.instructions:
        story.append(Paragraph(_esc(form.instructions.get(lang)), st.body))
        story.append(Spacer(1, 2 * mm))
    for section in form.sections:
        items = [item for item in section.items if item.kiosk]
        if not items:
            continue
        if section.title:
            story.append(Paragraph(_esc(section.title.get(lang)), st.section))
        if section.instructions:
            story.append(Paragraph(_esc(section.instructions.get(lang)), st.body))
            story.append(Spacer(1, 1.5 * mm))
        for item in items:
            story += _item_block(form, item, numbers, st, lang)
    notice = form.instrument.notice
    story.append(Paragraph(_esc(notice.get(lang) if notice else form.instrument.copyright),
                           st.small))
    return story


def _canvas_class(label: PaperLabel, lang: str, regular: str, bold: str,
                  scale: float) -> type[Canvas]:
    w = WORDS[lang]

    class NumberedCanvas(Canvas):
        """Collects pages, then draws the label area and "Side X af Y" on each."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, total: int) -> None:
            self.saveState()
            size = 9 * scale
            top = PAGE_H - 10 * mm
            fields = ((w["name"], label.name), (w["cpr"], label.cpr), (w["date"], label.date))
            box_w, box_h = TEXT_W, 3 * (size + 4) + 4
            self.setStrokeColor(RULE)
            self.rect(MARGIN_X, top - box_h, box_w, box_h, stroke=1, fill=0)
            y = top - size - 2
            for caption, value in fields:
                self.setFont(bold, size)
                self.setFillColor(INK)
                self.drawString(MARGIN_X + 2 * mm, y, f"{caption}:")
                self.setFont(regular, size)
                self.drawString(MARGIN_X + 28 * mm, y, value or "_" * 40)
                y -= size + 4
            self.setFont(bold, 9 * scale)
            text = w["page"].format(page=self._pageNumber, pages=total)
            self.drawRightString(PAGE_W - MARGIN_X, MARGIN_BOTTOM - 8 * mm, text)
            self.setFont(regular, 7.5 * scale)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, MARGIN_BOTTOM - 8 * mm, w["staff"])
            self.restoreState()

    return NumberedCanvas


def render_paper_form(forms: FormSet, battery_id: str, *, lang: str = "da", large: bool = False,
                      label: PaperLabel | None = None) -> bytes:
    """The battery (or a single instrument's id) as PDF bytes for printing on A4."""
    lang = "en" if lang == "en" else "da"
    label = label or PaperLabel()
    scale = 1.5 if large else 1.0
    regular, bold = register_fonts()
    st = _Styles(regular, bold, scale)
    if battery_id in forms.batteries:
        battery = forms.battery(battery_id)
        members = forms.battery_forms(battery_id)
        title, instructions = battery.title.get(lang), battery.instructions
        minutes = battery.minutes
    else:
        form = forms.form(battery_id)
        members = [form]
        title, instructions = form.title.get(lang), None
        minutes = form.minutes
    numbers = _Numbering(members)
    story: list[Flowable] = [Paragraph(_esc(title), st.title)]
    if instructions:
        story.append(Paragraph(_esc(instructions.get(lang)), st.body))
        story.append(Spacer(1, 2 * mm))
    if minutes and not (instructions and "minut" in instructions.get(lang)):
        story.append(Paragraph(_esc(WORDS[lang]["minutes"].format(low=minutes[0],
                                                                  high=minutes[1])), st.body))
    story.append(Paragraph(_esc(WORDS[lang]["how"]), st.body))
    for form in members:
        story += _form_story(form, numbers, st, lang, heading=form.title.get(lang) != title)

    buf = io.BytesIO()
    top = MARGIN_TOP + (3 * 9 * (scale - 1) + 4) * 1.0
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                          topMargin=top, bottomMargin=MARGIN_BOTTOM, title=title,
                          creator="lbp-desktop", lang="da-DK" if lang == "da" else "en-GB",
                          invariant=1, initialFontName=regular)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_W, PAGE_H - top - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_canvas_class(label, lang, regular, bold, scale))
    return buf.getvalue()
