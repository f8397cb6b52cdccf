"""The epikrise as a PDF: reportlab Platypus on A4, from a ``LetterInput`` only.

Three versions from the same input (``LetterInput.recipient_kind``):

- ``gp`` — the full epikrise (docs/clinical/letters.md);
- ``caseworker`` — work, function, plan and follow-up; no psychological item detail;
- ``patient`` — the plan in plain words, Danish or English, no scores.

Every page carries the document id, the version, "Side X af Y" and "Indeholder helbredsoplysninger
– fortroligt". Every user-entered string is escaped before it reaches a Paragraph, so ``<b>``,
``&`` and ``<script>`` print as typed. The output is deterministic: the PDF's dates come from
the input (``letter_date``) and reportlab runs in invariant mode: same input, same bytes.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping

from reportlab.lib.pagesizes import A4
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
from lbp_desktop.reports.fonts import register_fonts
from lbp_desktop.reports.letter_input import LetterInput, for_recipient
from lbp_desktop.reports.pdf_parts import (
    ALERT,
    CELL_LIMIT,
    FONT,
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP_FIRST,
    MARGIN_TOP_LATER,
    MARGIN_X,
    MUTED,
    PAGE_H,
    PAGE_W,
    RULE,
    TEXT_W,
    Styles,
    bold,
    clean,
    esc,
    kv_table,
    paras,
    rule,
)
from lbp_desktop.reports.redflag_section import acute_box, red_flags
from lbp_desktop.reports.status_section import (
    changes_table,
    rmdq_value,
    status_gp,
    work_value,
)
from lbp_desktop.reports.text_fit import fit_width

# -- the letter parts ----------------------------------------------------------------------------


def _sender_block(inp: LetterInput, st: Styles, t: dict[str, str]) -> list[Flowable]:
    s = inp.sender
    out: list[Flowable] = [Paragraph(esc(s.clinic_name), st.clinic)]
    if s.clinic_address.strip():
        out.extend(paras(s.clinic_address, st.small))
    contact = []
    if s.clinic_phone.strip():
        contact.append(f"{t['phone']} {esc(s.clinic_phone)}")
    if s.clinic_sor.strip():
        contact.append(f"{t['sor']} {esc(s.clinic_sor)}")
    if contact:
        out.append(Paragraph(" · ".join(contact), st.small))
    return out


def _recipient_and_date(inp: LetterInput, st: Styles, t: dict[str, str],
                        lang: str) -> list[Flowable]:
    r = inp.recipient
    left: list[Flowable] = []
    lines = [x for x in (r.name, r.organisation) if clean(x).strip()]
    if lines or r.address.strip():
        left.append(Paragraph(t["to"], st.label))
        left.extend(Paragraph(esc(x), st.body) for x in lines)
        if r.address.strip():
            left.extend(paras(r.address, st.body))
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
    if size > CELL_LIMIT:  # a hostile or runaway block: flow it instead of boxing it
        return [*right, *left]
    table = Table([[left, right]], colWidths=[TEXT_W * 0.66, TEXT_W * 0.34], hAlign="LEFT")
    table.setStyle(TableStyle([FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _identification(inp: LetterInput, st: Styles, t: dict[str, str],
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
        out.extend(paras(inp.referral_reason, st.body,
                          prefix=f"{t['referral_reason']}: "))
    if gp_line:
        out.append(Paragraph(_gp_follow_up_line(inp, t), st.body))
    return out


def _gp_follow_up_line(inp: LetterInput, t: dict[str, str]) -> str:
    if inp.gp_follow_up is None:
        return f"{bold(t['gp_followup'])}: {t['not_stated']}"
    answer = t["yes"] if inp.gp_follow_up else t["no"]
    return f"{bold(t['gp_followup'])}: {bold(answer)}"


def _text_section(title: str, text: str, st: Styles) -> list[Flowable]:
    if not clean(text).strip():
        return []
    return [Paragraph(title, st.h), *paras(text, st.body)]


def _findings(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    items = [f for f in inp.findings if clean(f.text).strip()]
    if not items:
        return []
    out: list[Flowable] = [Paragraph(t["findings"], st.h)]
    for f in items:
        label = esc(L.finding(f.label, lang))
        out.extend(paras(f.text, st.body, prefix=f"{bold(label)}: "))
    return out


def _assessment(inp: LetterInput, st: Styles, t: dict[str, str], lang: str,
                *, free_text: bool = True) -> list[Flowable]:
    out: list[Flowable] = []
    if clean(inp.assessment).strip():
        out.append(Paragraph(bold(esc(L.assessment(inp.assessment, lang))), st.body))
    if free_text and clean(inp.assessment_text).strip():
        out.extend(paras(inp.assessment_text, st.body))
    return [Paragraph(t["assessment"], st.h), *out] if out else []


def _plan(inp: LetterInput, st: Styles, title: str, *, patient: bool = False,
          lang: str = "da", note: str = "") -> list[Flowable]:
    out: list[Flowable] = []
    for item in inp.plan:
        text = item.label
        if patient:
            text = item.patient_label or L.plan_patient(item.id, lang) or item.label
        for i, p in enumerate(paras(text, st.bullet)):
            if i == 0 and isinstance(p, Paragraph):
                p.bulletText = "•"
            out.append(p)
    # The clinician's free text is written for the GP ("Bør forsøge at holde sig i arbejde"):
    # the patient's copy shows the plan in plain words instead, and the free text only when there
    # is no plan item to put into plain words (then marked as the clinician's).
    if clean(inp.plan_text).strip() and not (patient and inp.plan):
        if out:
            out.append(Spacer(1, 3))
        out.extend(paras(inp.plan_text, st.body, prefix=f"{bold(note)}: " if note else ""))
    if not out:
        return []
    if sum(len(clean(p.label)) for p in inp.plan) + len(clean(inp.plan_text)) < CELL_LIMIT:
        return [KeepTogether([Paragraph(title, st.h), *out])]
    return [Paragraph(title, st.h), *out]


def _follow_up(inp: LetterInput, st: Styles, t: dict[str, str]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(t["followup"], st.h)]
    out.extend(paras(inp.follow_up, st.body))
    out.append(Spacer(1, 2))
    out.append(Paragraph(_gp_follow_up_line(inp, t), st.body))
    return out


def _signature(inp: LetterInput, st: Styles, t: dict[str, str]) -> list[Flowable]:
    s = inp.sender
    lines: list[Flowable] = [Spacer(1, 10), Paragraph(t["greeting"], st.body), Spacer(1, 8)]
    if clean(s.clinician_name).strip():
        lines.append(Paragraph(bold(esc(s.clinician_name)), st.body))
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
    return [KeepTogether(lines)] if size < CELL_LIMIT else lines


# -- the three versions --------------------------------------------------------------------------


def _story_gp(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_gp"], st.title), rule(),
        *_identification(inp, st, t, lang, gp_line=True),
        # an acute flag (or an acute question left unanswered) before anything else
        *acute_box(inp, st, t, lang),
        # the conclusion first: what a GP who reads five lines needs
        *_conclusion(inp, st, t, lang),
        *red_flags(inp, st, t, lang),
        *_findings(inp, st, t, lang),
        *_text_section(t["information"], inp.information_given, st),
        *status_gp(inp, st, t, lang),
        *_signature(inp, st, t),
    ]
    return story


def _conclusion(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    """Assessment, plan and what is asked of the GP — or, before an examination, a plain
    statement that they do not exist yet (never empty headings)."""
    if "examination" in inp.missing_for_final:
        return [Paragraph(t["assessment"], st.h), Paragraph(t["no_exam"], st.body)]
    return [*_assessment(inp, st, t, lang), *_plan(inp, st, t["plan"]),
            *_follow_up(inp, st, t)]


def _story_caseworker(inp: LetterInput, st: Styles, t: dict[str, str],
                      lang: str) -> list[Flowable]:
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_caseworker"], st.title),
        Paragraph(t["title_caseworker_sub"], st.subtitle), rule(),
        *_identification(inp, st, t, lang),
    ]
    s = inp.status
    story.append(Paragraph(t["cw_function"], st.h))
    if s is None:
        story.append(Paragraph(t["no_status"], st.body))
    else:
        rows: list[tuple[str, str]] = []
        work = work_value(s, t, lang)
        if work:
            rows.append((t["work"], work))
        rmdq = rmdq_value(s, t)
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
            story.append(kv_table(rows, st))
        changes = changes_table(s, st, lang)
        if changes is not None:
            story += [Spacer(1, 4), Paragraph(t["changes"], st.label), changes]
    story += [
        *_assessment(inp, st, t, lang, free_text=False),
        *_plan(inp, st, t["plan"]),
        *_follow_up(inp, st, t),
        *_signature(inp, st, t),
    ]
    return story


def _story_patient(inp: LetterInput, st: Styles, t: dict[str, str],
                   lang: str) -> list[Flowable]:
    when = t["p_date"].format(date=esc(L.long_date(inp.assessment_date, lang))) \
        if inp.assessment_date else ""
    story: list[Flowable] = [
        *_sender_block(inp, st, t), Spacer(1, 8),
        *_recipient_and_date(inp, st, t, lang), Spacer(1, 8),
        Paragraph(t["title_patient"], st.title), rule(),
        Paragraph(f"{esc(inp.patient_name)}, {t['cpr']} {esc(inp.patient_cpr)}", st.re),
        # "det, vi aftalte" only when a plan was recorded
        Paragraph(t["p_intro_draft" if inp.missing_for_final else "p_intro"].format(date=when),
                  st.body),
    ]
    if inp.assessment in L.ASSESSMENT_PATIENT[lang]:
        story += [Paragraph(t["p_assessment"], st.h),
                  Paragraph(L.ASSESSMENT_PATIENT[lang][inp.assessment], st.body)]
    story += _plan(inp, st, t["p_plan"], patient=True, lang=lang, note=t["p_plan_note"])
    follow: list[Flowable] = list(paras(inp.follow_up, st.body))
    if inp.gp_follow_up is not None:
        follow.append(Paragraph(t["p_gp_yes"] if inp.gp_follow_up else t["p_gp_no"], st.body))
    if follow:  # no examination yet: no empty heading
        story += [Paragraph(t["p_followup"], st.h), *follow]
    safety: list[Flowable] = [Paragraph(t["p_safety"], st.alert_title),
                              Paragraph(t["p_safety_text"], st.alert)]
    for line in t["p_safety_items"].split("|"):
        safety.append(Paragraph(line, st.bullet, bulletText="•"))
    box = Table([[safety]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([FONT,
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
            if inp.draft:
                self._watermark()
            if page > 1:
                self.setFont(regular, 8)
                self.setFillColor(MUTED)
                top = PAGE_H - 13 * mm
                room = TEXT_W * 0.8 - stringWidth(header_start + header_end, regular, 8)
                name = _fit(inp.patient_name, regular, 8, max(room, 20 * mm))
                self.drawString(MARGIN_X, top, header_start + name + header_end)
                self.line(MARGIN_X, top - 4, PAGE_W - MARGIN_X, top - 4)
            self.restoreState()

        def _watermark(self) -> None:
            """"UDKAST" across every page of a draft, light enough to read the text through."""
            self.saveState()
            self.setFillColor(ALERT)
            self.setFillAlpha(0.10)
            self.setFont(bold, 96)
            self.translate(PAGE_W / 2, PAGE_H / 2)
            self.rotate(35)
            self.drawCentredString(0, -30, t["draft_watermark"])
            self.restoreState()
            self.saveState()
            self.setFont(bold, 8)
            self.setFillColor(ALERT)
            self.drawRightString(PAGE_W - MARGIN_X, PAGE_H - 9 * mm, t["draft"])
            self.restoreState()

    return NumberedCanvas


# -- entry points --------------------------------------------------------------------------------

_STORIES: dict[str, Callable[[LetterInput, Styles, dict[str, str], str], list[Flowable]]] = {
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
    st = Styles(regular, bold)
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
    canvas_class = _canvas_class(inp, t, regular, bold, running)
    if attachments:
        from lbp_desktop.reports.attach import embedding_canvas

        canvas_class = embedding_canvas(canvas_class, attachments)
    doc.build(story, canvasmaker=canvas_class)
    return buf.getvalue()
