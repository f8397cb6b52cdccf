"""The epikrise as a PDF: reportlab Platypus on A4, from a ``LetterInput`` only.

Three versions from the same input (``LetterInput.recipient_kind``):

- ``gp`` — the full epikrise (PATHWAY.md "What the epikrise contains");
- ``caseworker`` — work, function, plan and follow-up; no psychological item detail;
- ``patient`` — the plan in plain words, Danish or English, no scores.

Every page carries the document id, the version, "Side X af Y" and "Indeholder helbredsoplysninger
– fortroligt". Every user-entered string is escaped before it reaches a Paragraph, so ``<b>``,
``&`` and ``<script>`` print as typed. The output is deterministic: the PDF's dates come from
the input (``letter_date``) and reportlab runs in invariant mode: same input, same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lbp_desktop.reports import labels as L
from lbp_desktop.reports.fonts import REGULAR, register_fonts
from lbp_desktop.reports.letter_input import (
    PROFILE_DOMAINS,
    LetterInput,
    PatientReported,
    for_recipient,
)
from lbp_desktop.reports.text_fit import fit_width, visible

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
_CELL_LIMIT = 600
# Long paragraphs are cut into pieces of about this many characters (at a space when possible):
# reportlab lays out each piece on its own, which keeps very long notes fast and splittable.
_CHUNK = 1500

# Tables default to Helvetica for their (empty) text state; name our font so no other is used.
_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)

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


class _Styles:
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


def _b(text: str) -> str:
    """Bold markup around already-safe text."""
    return f"<b>{text}</b>"


def _paras(text: str, style: ParagraphStyle, *, prefix: str = "") -> list[Flowable]:
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


def _kv_table(rows: list[tuple[str, str]], st: _Styles, label_w: float = 46 * mm) -> Table:
    """Label/value rows; both cells are safe markup. Rows may split across pages."""
    data = [[Paragraph(k, st.label), Paragraph(v, st.body)] for k, v in rows]
    table = Table(data, colWidths=[label_w, TEXT_W - label_w], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def _rule(width: float = TEXT_W) -> Table:
    t = Table([[""]], colWidths=[width], rowHeights=[2])
    t.setStyle(TableStyle([_FONT, ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return t


# -- the letter parts ----------------------------------------------------------------------------


def _sender_block(inp: LetterInput, st: _Styles, t: dict[str, str]) -> list[Flowable]:
    s = inp.sender
    out: list[Flowable] = [Paragraph(esc(s.clinic_name), st.clinic)]
    if s.clinic_address.strip():
        out.extend(_paras(s.clinic_address, st.small))
    contact = []
    if s.clinic_phone.strip():
        contact.append(f"{t['phone']} {esc(s.clinic_phone)}")
    if s.clinic_sor.strip():
        contact.append(f"{t['sor']} {esc(s.clinic_sor)}")
    if contact:
        out.append(Paragraph(" · ".join(contact), st.small))
    return out


def _recipient_and_date(inp: LetterInput, st: _Styles, t: dict[str, str],
                        lang: str) -> list[Flowable]:
    r = inp.recipient
    left: list[Flowable] = []
    lines = [x for x in (r.name, r.organisation) if clean(x).strip()]
    if lines or r.address.strip():
        left.append(Paragraph(t["to"], st.label))
        left.extend(Paragraph(esc(x), st.body) for x in lines)
        if r.address.strip():
            left.extend(_paras(r.address, st.body))
    if inp.further_recipients:
        copies = "; ".join(esc(x) for x in inp.further_recipients if clean(x).strip())
        if copies:
            left.append(Spacer(1, 3))
            left.append(Paragraph(f"{t['copy_to']}: {copies}", st.small))
    right = [Paragraph(esc(L.long_date(inp.letter_date, lang)), st.right)]
    size = sum(len(clean(x)) for x in (r.name, r.organisation, r.address,
                                       *inp.further_recipients))
    if not left:
        return right
    if size > _CELL_LIMIT:  # a hostile or runaway block: flow it instead of boxing it
        return [*right, *left]
    table = Table([[left, right]], colWidths=[TEXT_W * 0.66, TEXT_W * 0.34], hAlign="LEFT")
    table.setStyle(TableStyle([_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _identification(inp: LetterInput, st: _Styles, t: dict[str, str],
                    lang: str, *, gp_line: bool = False) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(f"{t['re']}: {esc(inp.patient_name)}, {t['cpr']} {esc(inp.patient_cpr)}",
                  st.re),
    ]
    facts = []
    if inp.referral_date:
        facts.append(f"{t['referral_date']} {esc(L.short_date(inp.referral_date))}")
    if inp.assessment_date:
        facts.append(f"{t['assessed']} {esc(L.short_date(inp.assessment_date))}")
    if facts:
        out.append(Paragraph(" · ".join(facts), st.body))
    if clean(inp.referral_reason).strip():
        out.extend(_paras(inp.referral_reason, st.body,
                          prefix=f"{t['referral_reason']}: "))
    if gp_line:
        out.append(Paragraph(_gp_follow_up_line(inp, t), st.body))
    return out


def _gp_follow_up_line(inp: LetterInput, t: dict[str, str]) -> str:
    if inp.gp_follow_up is None:
        return f"{_b(t['gp_followup'])}: {t['not_stated']}"
    answer = t["yes"] if inp.gp_follow_up else t["no"]
    return f"{_b(t['gp_followup'])}: {_b(answer)}"


def _acute_box(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    rf = inp.red_flags
    if rf is None or not rf.acute:
        return []
    names = "; ".join(esc(L.red_flag(x, lang)) for x in rf.acute)
    cell: list[Flowable] = [
        Paragraph(t["acute_box_title"], st.alert_title),
        Paragraph(f"{t['acute_box_text']}: {_b(names)}.", st.alert),
    ]
    note = clean(rf.found_and_done).strip()
    if note and len(note) <= _CELL_LIMIT:
        cell.append(Paragraph(f"{t['acute_box_done']}: {esc(note)}", st.alert))
    elif not note:
        cell.append(Paragraph(t["acute_box_missing"], st.alert))
    else:
        cell.append(Paragraph(f"{t['acute_box_done']}: → {t['redflags']}", st.alert))
    box = Table([[cell]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([_FONT,
        ("BOX", (0, 0), (-1, -1), 1.4, ALERT),
        ("BACKGROUND", (0, 0), (-1, -1), ALERT_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 6), box]


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _nrs(value: int | None) -> str:
    """An NRS rating with its scale (``5/10``) — a bare number reads ambiguously in a letter."""
    return "–" if value is None else f"{value}/10"


def _profile_sentence(s: PatientReported, t: dict[str, str], lang: str,
                      domains: frozenset[str] | None = None) -> str | None:
    """The profile in words, as the case texts summarise a questionnaire."""
    rows = {r.domain: r for r in s.profile if domains is None or r.domain in domains}
    if not rows:
        return None
    order = [d for d in PROFILE_DOMAINS if d in rows] + [d for d in rows
                                                        if d not in PROFILE_DOMAINS]
    # Moderate and severe domains are named (as the case texts do); mild ones are summed up, so
    # a mostly mild profile does not read "let …, let …, let …".
    strong = [p for d in order if rows[d].band in ("moderate", "severe")
              and (p := L.profile_phrase(d, rows[d].band, lang))]
    rest = [d for d in order if rows[d].band not in ("moderate", "severe")]
    if not strong:
        mild = any(rows[d].band != "none" for d in rest)
        return t["profile_sentence_mild" if mild else "profile_sentence_none"]
    items = esc(L.join_words(strong, lang))
    if rest:
        items += t["profile_sentence_rest"]
    return t["profile_sentence"].format(items=items)


def _other_value(o: Any, t: dict[str, str]) -> str:
    """One generic line for an instrument the letter has no section for."""
    if not o.complete:
        return t["other_incomplete"]
    parts = []
    if o.total is not None:
        total = _b(_num(o.total))
        parts.append(f"{total}/{_num(o.max)}" if o.max is not None else total)
    if clean(o.word).strip():
        parts.append(esc(o.word))
    return " – ".join(parts) if parts else t["other_answered"]


def _pain_value(s: PatientReported, t: dict[str, str], lang: str) -> str | None:
    parts = []
    if s.back_pain_now is not None or s.back_pain_week is not None:
        parts.append(f"{t['back_pain']} {t['now']} {_b(_nrs(s.back_pain_now))}, "
                     f"{t['week']} {_nrs(s.back_pain_week)}")
    if s.leg_pain_now is not None or s.leg_pain_week is not None:
        leg = (f"{t['leg_pain']} {t['now']} {_b(_nrs(s.leg_pain_now))}, "
               f"{t['week']} {_nrs(s.leg_pain_week)}")
        where = []
        if s.leg_side and s.leg_side != "none":
            where.append(esc(L.words(L.LEG_SIDE, lang, s.leg_side)))
        if s.below_knee is True:
            where.append(t["below_knee_yes"])
        elif s.below_knee is False and s.leg_side not in (None, "none"):
            where.append(t["below_knee_no"])
        if where:
            leg += f" ({', '.join(where)})"
        parts.append(leg)
    return "<br/>".join(parts) if parts else None


def _work_value(s: PatientReported, t: dict[str, str], lang: str) -> str | None:
    parts = []
    if clean(s.occupation).strip():
        parts.append(esc(s.occupation))
    if s.employment:
        parts.append(esc(L.words(L.EMPLOYMENT, lang, s.employment)))
    if s.physical_work:
        parts.append(t["physical_work"])
    if s.sick_listed is True:
        if s.sick_leave_weeks == 1:
            parts.append(_b(t["sick_listed_week"]))
        elif s.sick_leave_weeks is not None:
            parts.append(_b(t["sick_listed_weeks"].format(weeks=s.sick_leave_weeks)))
        else:
            parts.append(_b(t["sick_listed_yes"]))
    elif s.sick_listed is False:
        parts.append(t["sick_listed_no"])
    return " · ".join(parts) if parts else None


def _rmdq_value(s: PatientReported, t: dict[str, str]) -> str | None:
    if s.rmdq_total is None:
        return None
    value = f"{_b(str(s.rmdq_total))}/23"
    if s.rmdq_prorated:
        value += f" ({t['rmdq_prorated']})"
    return value


def _profile_table(s: PatientReported, st: _Styles, lang: str) -> Table | None:
    rows = {r.domain: r for r in s.profile}
    ordered = [rows[d] for d in PROFILE_DOMAINS if d in rows]
    ordered += [r for r in s.profile if r.domain not in PROFILE_DOMAINS]
    if not ordered:
        return None
    cells = []
    for r in ordered:
        band = L.words(L.BAND, lang, r.band)
        cells.append([
            Paragraph(esc(L.words(L.DOMAIN, lang, r.domain)), st.cell),
            Paragraph(_b(esc(band)) if r.band in ("moderate", "severe") else esc(band), st.cell),
            Paragraph(str(r.burden), st.cell_muted),
        ])
    half = (len(cells) + 1) // 2
    left, right = cells[:half], cells[half:]
    empty = [Paragraph("", st.cell)] * 3
    data = [a + [""] + (right[i] if i < len(right) else empty) for i, a in enumerate(left)]
    name_w, band_w, num_w = 55 * mm, 19 * mm, 7 * mm
    gap = TEXT_W - 2 * (name_w + band_w + num_w)
    table = Table(data, colWidths=[name_w, band_w, num_w, gap, name_w, band_w, num_w],
                  hAlign="LEFT")
    table.setStyle(TableStyle([_FONT,
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (2, -1), SOFT_BG),
        ("BACKGROUND", (4, 0), (6, len(right) - 1 if right else -1), SOFT_BG),
        ("LINEBELOW", (0, 0), (2, -2), 0.4, colors.white),
        ("LINEBELOW", (4, 0), (6, -2), 0.4, colors.white),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("ALIGN", (6, 0), (6, -1), "RIGHT"),
    ]))
    return table


def _changes_table(s: PatientReported, st: _Styles, lang: str) -> Table | None:
    if not s.changes:
        return None
    data = []
    for c in s.changes:
        data.append([
            Paragraph(esc(L.words(L.CHANGE_MEASURE, lang, c.measure)), st.cell),
            Paragraph(f"{esc(c.baseline)} → {_b(esc(c.latest))}", st.cell),
            Paragraph(esc(c.note), st.cell_muted),
        ])
    table = Table(data, colWidths=[40 * mm, 40 * mm, TEXT_W - 80 * mm], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(TableStyle([_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _status_gp(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    s = inp.status
    head = t["status"]
    if s is not None and s.answered_on:
        head += f" <font size=8.5 color='#5a5a5a'>({t['status_answered'].lower()} " \
                f"{esc(L.short_date(s.answered_on))})</font>"
    out: list[Flowable] = [Paragraph(head, st.h)]
    if s is None:
        return [*out, Paragraph(t["no_status"], st.body)]
    rows: list[tuple[str, str]] = []
    if s.startback is not None:
        sb = s.startback
        if sb.risk:
            value = t["startback_value"].format(
                risk=_b(esc(L.words(L.RISK, lang, sb.risk))),
                total=_num(sb.total), psy=_num(sb.psychosocial))
        else:
            value = t["startback_incomplete"]
        rows.append((t["startback"], value))
    pain = _pain_value(s, t, lang)
    if pain:
        rows.append((t["pain"], pain))
    rmdq = _rmdq_value(s, t)
    if rmdq:
        rows.append((t["rmdq"], rmdq))
    if s.orebro_total is not None:
        value = f"{_b(str(s.orebro_total))}/100"
        if s.orebro_raised_risk is True:
            value += f" – {t['orebro_raised']} (≥ {L.orebro_raised_min()})"
        rows.append((t["orebro"], value))
    if s.mdi_total is not None:
        value = f"{_b(str(s.mdi_total))}/50"
        if s.mdi_severity:
            value += f" – {esc(L.words(L.MDI_SEVERITY, lang, s.mdi_severity))}"
        rows.append((t["mdi"], value))
    for other in s.other_scores:
        rows.append((esc(other.name), _other_value(other, t)))
    work = _work_value(s, t, lang)
    if work:
        rows.append((t["work"], work))
    sentence = _profile_sentence(s, t, lang)
    if sentence:
        out.append(Paragraph(sentence, st.body))
        out.append(Spacer(1, 2))
    if rows:
        out.append(_kv_table(rows, st))
    profile = _profile_table(s, st, lang)
    if profile is not None:
        out.append(Spacer(1, 3))
        out.append(KeepTogether([Paragraph(t["profile"], st.label), Spacer(1, 1), profile]))
    changes = _changes_table(s, st, lang)
    if changes is not None:
        out.append(Spacer(1, 4))
        out.append(Paragraph(t["changes"], st.label))
        out.append(changes)
    return out


def _red_flags(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    rf = inp.red_flags
    out: list[Flowable] = [Paragraph(t["redflags"], st.h)]
    if rf is None:
        return [*out, Paragraph(t["rf_not_asked"], st.body)]
    first = t["rf_asked"].format(asked=len(rf.asked), answered=len(rf.answered)) \
        if rf.asked else t["rf_not_asked"]
    if rf.asked and not rf.acute and not rf.non_acute:
        first += " " + t["rf_none"]
    out.append(Paragraph(first, st.body))
    if rf.acute:
        names = "; ".join(esc(L.red_flag(x, lang)) for x in rf.acute)
        out.append(Paragraph(
            f"<font color='#b00020'><b>{t['rf_acute']}: {names}</b></font>", st.body))
    if rf.non_acute:
        names = "; ".join(esc(L.red_flag(x, lang)) for x in rf.non_acute)
        out.append(Paragraph(f"{_b(t['rf_other'])}: {names}", st.body))
    if rf.derived:
        names = "; ".join(_derived_flag(x, inp, t, lang) for x in rf.derived)
        out.append(Paragraph(f"{t['rf_derived']}: {names}", st.body))
    if clean(rf.found_and_done).strip():
        out.extend(_paras(rf.found_and_done, st.body, prefix=f"{_b(t['rf_done'])}: "))
    return out


def _derived_flag(flag_id: str, inp: LetterInput, t: dict[str, str], lang: str) -> str:
    """A derived flag's label; the age flag also says the patient's age, so the reader need not
    work out which side of the age limits the patient is on."""
    label = esc(L.red_flag(flag_id, lang))
    if flag_id != "age":
        return label
    try:
        import datetime as dt

        from lbp_desktop.pathway.cpr import parse_cpr

        on = dt.date.fromisoformat((inp.assessment_date or inp.letter_date)[:10])
        age = parse_cpr(inp.patient_cpr, today=on).age_on(on)
    except Exception:  # eCPR, a typo, no date: the label alone is still true
        return label
    return f"{label} ({t['rf_age'].format(age=age)})"


def _text_section(title: str, text: str, st: _Styles) -> list[Flowable]:
    if not clean(text).strip():
        return []
    return [Paragraph(title, st.h), *_paras(text, st.body)]


def _findings(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    items = [f for f in inp.findings if clean(f.text).strip()]
    if not items:
        return []
    out: list[Flowable] = [Paragraph(t["findings"], st.h)]
    for f in items:
        label = esc(L.finding(f.label, lang))
        out.extend(_paras(f.text, st.body, prefix=f"{_b(label)}: "))
    return out


def _assessment(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str,
                *, free_text: bool = True) -> list[Flowable]:
    out: list[Flowable] = []
    if clean(inp.assessment).strip():
        out.append(Paragraph(_b(esc(L.assessment(inp.assessment, lang))), st.body))
    if free_text and clean(inp.assessment_text).strip():
        out.extend(_paras(inp.assessment_text, st.body))
    return [Paragraph(t["assessment"], st.h), *out] if out else []


def _plan(inp: LetterInput, st: _Styles, title: str, *, patient: bool = False,
          lang: str = "da", note: str = "") -> list[Flowable]:
    out: list[Flowable] = []
    for item in inp.plan:
        text = item.label
        if patient:
            text = item.patient_label or L.plan_patient(item.id, lang) or item.label
        for i, p in enumerate(_paras(text, st.bullet)):
            if i == 0 and isinstance(p, Paragraph):
                p.bulletText = "•"
            out.append(p)
    # The clinician's free text is written for the GP ("Bør forsøge at holde sig i arbejde"):
    # the patient's copy shows the plan in plain words instead, and the free text only when there
    # is no plan item to put into plain words (then marked as the clinician's).
    if clean(inp.plan_text).strip() and not (patient and inp.plan):
        if out:
            out.append(Spacer(1, 3))
        out.extend(_paras(inp.plan_text, st.body, prefix=f"{_b(note)}: " if note else ""))
    if not out:
        return []
    if sum(len(clean(p.label)) for p in inp.plan) + len(clean(inp.plan_text)) < _CELL_LIMIT:
        return [KeepTogether([Paragraph(title, st.h), *out])]
    return [Paragraph(title, st.h), *out]


def _follow_up(inp: LetterInput, st: _Styles, t: dict[str, str]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(t["followup"], st.h)]
    out.extend(_paras(inp.follow_up, st.body))
    out.append(Spacer(1, 2))
    out.append(Paragraph(_gp_follow_up_line(inp, t), st.body))
    return out


def _signature(inp: LetterInput, st: _Styles, t: dict[str, str]) -> list[Flowable]:
    s = inp.sender
    lines: list[Flowable] = [Spacer(1, 10), Paragraph(t["greeting"], st.body), Spacer(1, 8)]
    if clean(s.clinician_name).strip():
        lines.append(Paragraph(_b(esc(s.clinician_name)), st.body))
    role = []
    if clean(s.profession).strip():
        role.append(esc(s.profession[:1].upper() + s.profession[1:]))
    if clean(s.authorisation_id).strip():
        role.append(f"{t['aut_id']} {esc(s.authorisation_id)}")
    if role:
        lines.append(Paragraph(", ".join(role), st.body))
    lines.append(Paragraph(esc(s.clinic_name), st.body))
    size = sum(len(clean(x)) for x in (s.clinician_name, s.profession, s.authorisation_id,
                                       s.clinic_name))
    return [KeepTogether(lines)] if size < _CELL_LIMIT else lines


# -- the three versions --------------------------------------------------------------------------


def _story_gp(inp: LetterInput, st: _Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_gp"], st.title), _rule(),
        *_identification(inp, st, t, lang, gp_line=True),
        *_acute_box(inp, st, t, lang),
        *_status_gp(inp, st, t, lang),
        *_red_flags(inp, st, t, lang),
        *_findings(inp, st, t, lang),
        *_assessment(inp, st, t, lang),
        *_text_section(t["information"], inp.information_given, st),
        *_plan(inp, st, t["plan"]),
        *_follow_up(inp, st, t),
        *_signature(inp, st, t),
    ]
    return story


def _story_caseworker(inp: LetterInput, st: _Styles, t: dict[str, str],
                      lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_caseworker"], st.title),
        Paragraph(t["title_caseworker_sub"], st.subtitle), _rule(),
        *_identification(inp, st, t, lang),
    ]
    s = inp.status
    story.append(Paragraph(t["cw_function"], st.h))
    if s is None:
        story.append(Paragraph(t["no_status"], st.body))
    else:
        rows: list[tuple[str, str]] = []
        work = _work_value(s, t, lang)
        if work:
            rows.append((t["work"], work))
        rmdq = _rmdq_value(s, t)
        if rmdq:
            rows.append((t["rmdq"], rmdq))
        by_domain = {r.domain: r for r in s.profile}
        phrases = []
        for domain in ("pain", "function"):
            r = by_domain.get(domain)
            if r is not None:
                words = L.profile_phrase(domain, r.band, lang) \
                    or f"{L.words(L.DOMAIN, lang, domain)}: {L.words(L.BAND, lang, r.band)}"
                phrases.append(f"{esc(words)} ({r.burden}/10)")
        if phrases:
            rows.append((t["cw_profile"], ", ".join(phrases)))
        if rows:
            story.append(_kv_table(rows, st))
        changes = _changes_table(s, st, lang)
        if changes is not None:
            story += [Spacer(1, 4), Paragraph(t["changes"], st.label), changes]
    story += [
        *_assessment(inp, st, t, lang, free_text=False),
        *_plan(inp, st, t["plan"]),
        *_follow_up(inp, st, t),
        *_signature(inp, st, t),
    ]
    return story


def _story_patient(inp: LetterInput, st: _Styles, t: dict[str, str],
                   lang: str) -> list[Flowable]:
    when = t["p_date"].format(date=esc(L.long_date(inp.assessment_date, lang))) \
        if inp.assessment_date else ""
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_patient"], st.title), _rule(),
        Paragraph(f"{esc(inp.patient_name)}, {t['cpr']} {esc(inp.patient_cpr)}", st.re),
        Paragraph(t["p_intro"].format(date=when), st.body),
    ]
    if inp.assessment in L.ASSESSMENT_PATIENT[lang]:
        story += [Paragraph(t["p_assessment"], st.h),
                  Paragraph(L.ASSESSMENT_PATIENT[lang][inp.assessment], st.body)]
    story += _plan(inp, st, t["p_plan"], patient=True, lang=lang, note=t["p_plan_note"])
    follow: list[Flowable] = list(_paras(inp.follow_up, st.body))
    if inp.gp_follow_up is not None:
        follow.append(Paragraph(t["p_gp_yes"] if inp.gp_follow_up else t["p_gp_no"], st.body))
    if follow:  # no examination yet: no empty heading
        story += [Paragraph(t["p_followup"], st.h), *follow]
    safety: list[Flowable] = [Paragraph(t["p_safety"], st.alert_title),
                              Paragraph(t["p_safety_text"], st.alert)]
    for line in t["p_safety_items"].split("|"):
        safety.append(Paragraph(line, st.bullet, bulletText="•"))
    box = Table([[safety]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([_FONT,
        ("BOX", (0, 0), (-1, -1), 1, ALERT),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [Spacer(1, 10), box]
    contact = t["p_questions"]
    if clean(inp.sender.clinic_phone).strip():
        contact += f": {t['phone'].lower()} {esc(inp.sender.clinic_phone)}"
    story += [Spacer(1, 8), Paragraph(contact + ".", st.body), *_signature(inp, st, t)]
    return story


# -- page furniture (footer, continuation header, page X of Y) -----------------------------------


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` (page furniture only)."""
    return fit_width(clean(text), font, size, width)


def _canvas_class(inp: LetterInput, t: dict[str, str], regular: str, bold: str,
                  running_title: str) -> type[Canvas]:
    iso = (inp.letter_date or "2000-01-01")[:10]
    try:
        y, m, d = (int(x) for x in iso.split("-"))
    except ValueError:
        y, m, d = 2000, 1, 1
    pdf_date = f"D:{y:04d}{m:02d}{d:02d}120000+00'00'"

    doc_line = t["footer_doc"].format(doc=clean(inp.document_id) or "–", version=inp.version)
    if inp.replaces:
        doc_line += t["footer_replaces"].format(replaces=clean(inp.replaces))
    marks = [x for x, on in ((t["draft"], inp.draft), (t["fictional"], inp.fictional)) if on]
    header_end = f", {t['cpr']} {clean(inp.patient_cpr)}"  # the CPR is never cut off
    header_start = f"{running_title} – "

    class NumberedCanvas(Canvas):
        """Collects pages, then draws "Side X af Y" once the total is known."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: pdf_date)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._furniture(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _furniture(self, total: int) -> None:
            page = self._pageNumber
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            y = MARGIN_BOTTOM - 9 * mm
            self.line(MARGIN_X, y + 10, PAGE_W - MARGIN_X, y + 10)
            self.setFillColor(MUTED)
            self.setFont(regular, 7.5)
            page_text = t["footer_page"].format(page=page, pages=total)
            page_w = stringWidth(page_text, bold, 8)
            self.drawString(MARGIN_X, y, t["footer_confidential"])
            self.setFont(bold, 8)
            self.setFillColor(INK)
            self.drawString(PAGE_W - MARGIN_X - page_w, y, page_text)
            marks_text = "  ·  ".join(marks)
            marks_w = stringWidth(marks_text, bold, 7.5) if marks else 0
            self.setFont(regular, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y - 10,
                            _fit(doc_line, regular, 7.5, TEXT_W - marks_w - 6 * mm))
            if marks:
                self.setFont(bold, 7.5)
                self.setFillColor(ALERT)
                self.drawString(PAGE_W - MARGIN_X - marks_w, y - 10, marks_text)
            if page > 1:
                self.setFont(regular, 8)
                self.setFillColor(MUTED)
                top = PAGE_H - 13 * mm
                room = TEXT_W * 0.8 - stringWidth(header_start + header_end, regular, 8)
                name = _fit(inp.patient_name, regular, 8, max(room, 20 * mm))
                self.drawString(MARGIN_X, top, header_start + name + header_end)
                self.line(MARGIN_X, top - 4, PAGE_W - MARGIN_X, top - 4)
            self.restoreState()

    return NumberedCanvas


# -- entry points --------------------------------------------------------------------------------

_STORIES: dict[str, Callable[[LetterInput, _Styles, dict[str, str], str], list[Flowable]]] = {
    "gp": _story_gp,
    "caseworker": _story_caseworker,
    "patient": _story_patient,
}


def letter_title(inp: LetterInput) -> str:
    """The PDF title, e.g. ``Epikrise efter udvidet rygudredning – Morten Kristensen``."""
    t = L.T[L.lang_of(inp.language)]
    return f"{t['title_' + inp.recipient_kind]} – {clean(inp.patient_name)}"


def render_letter(inp: LetterInput, *, attachments: Mapping[str, bytes] | None = None) -> bytes:
    """The letter as PDF bytes. Same input (and attachments) → same bytes.

    The input is first cut down to what its recipient may see (``for_recipient``). ``attachments``
    (file name → bytes, e.g. the episode's FHIR JSON) are embedded as PDF file attachments.
    """
    inp = for_recipient(inp)
    lang = L.lang_of(inp.language)
    t = L.T[lang]
    regular, bold = register_fonts()
    st = _Styles(regular, bold)
    story = _STORIES[inp.recipient_kind](inp, st, t, lang)

    buf = io.BytesIO()
    from lbp_desktop import __version__

    sender = inp.sender
    author = ", ".join(x for x in (clean(sender.clinician_name), clean(sender.clinic_name)) if x)
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP_LATER,
        bottomMargin=MARGIN_BOTTOM,
        title=letter_title(inp),
        author=author,
        subject=t["subject_" + inp.recipient_kind],
        creator=f"lbp-desktop {__version__}",
        keywords=", ".join(x for x in ("epikrise", "lænderygsmerter", clean(inp.document_id),
                                       f"version {inp.version}") if x),
        lang="da-DK" if lang == "da" else "en-GB",
        invariant=1,
        pageCompression=1,
        initialFontName=regular,  # no stray Helvetica in the file
        initialFontSize=9.5,
    )
    first = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_W, PAGE_H - MARGIN_TOP_FIRST - MARGIN_BOTTOM,
                  id="first", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN_X, MARGIN_BOTTOM, TEXT_W, PAGE_H - MARGIN_TOP_LATER - MARGIN_BOTTOM,
                  id="later", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later]),
    ])
    running = t["title_" + inp.recipient_kind]
    doc.build(story, canvasmaker=_canvas_class(inp, t, regular, bold, running))
    pdf = buf.getvalue()
    if attachments:
        from lbp_desktop.reports.attach import attach_files

        pdf = attach_files(pdf, attachments)
    return pdf


def render_episode_letter(store: Any, episode_id: str, recipient: str = "gp", *,
                          attachments: Mapping[str, bytes] | None = None,
                          **options: Any) -> tuple[bytes, LetterInput]:
    """The episode's letter as PDF bytes and its input (``from_store.render_episode_letter``)."""
    from lbp_desktop.reports.from_store import render_episode_letter as render

    return render(store, episode_id, recipient, attachments=attachments, **options)
