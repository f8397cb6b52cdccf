"""The GP letter's patient-reported section: scores, pain, work, profile and change.

Values arrive as data in the ``LetterInput`` and are put into words here in the letter's
language; instrument words (risk groups, bands, domains) come from the form data via ``labels``.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from lbp_desktop.reports import labels as L
from lbp_desktop.reports.letter_input import PROFILE_DOMAINS, LetterInput, PatientReported
from lbp_desktop.reports.pdf_parts import (
    FONT,
    SOFT_BG,
    TEXT_W,
    Styles,
    bold,
    clean,
    esc,
    kv_table,
)


def _num(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _nrs(value: int | None) -> str:
    """An NRS rating with its scale (``5/10``) — a bare number reads ambiguously in a letter."""
    return "–" if value is None else f"{value}/10"


def profile_sentence(s: PatientReported, t: dict[str, str], lang: str,
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
        total = bold(_num(o.total))
        parts.append(f"{total}/{_num(o.max)}" if o.max is not None else total)
    if clean(o.word).strip():
        parts.append(esc(o.word))
    return " – ".join(parts) if parts else t["other_answered"]


def _pain_value(s: PatientReported, t: dict[str, str], lang: str) -> str | None:
    parts = []
    if s.back_pain_now is not None or s.back_pain_week is not None:
        parts.append(f"{t['back_pain']} {t['now']} {bold(_nrs(s.back_pain_now))}, "
                     f"{t['week']} {_nrs(s.back_pain_week)}")
    if s.leg_pain_now is not None or s.leg_pain_week is not None:
        leg = (f"{t['leg_pain']} {t['now']} {bold(_nrs(s.leg_pain_now))}, "
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


def work_value(s: PatientReported, t: dict[str, str], lang: str) -> str | None:
    parts = []
    if clean(s.occupation).strip():
        parts.append(esc(s.occupation))
    if s.employment:
        parts.append(esc(L.words(L.EMPLOYMENT, lang, s.employment)))
    if s.physical_work:
        parts.append(t["physical_work"])
    if s.sick_listed is True:
        if s.sick_leave_weeks == 1:
            parts.append(bold(t["sick_listed_week"]))
        elif s.sick_leave_weeks is not None:
            parts.append(bold(t["sick_listed_weeks"].format(weeks=s.sick_leave_weeks)))
        else:
            parts.append(bold(t["sick_listed_yes"]))
    elif s.sick_listed is False:
        parts.append(t["sick_listed_no"])
    return " · ".join(parts) if parts else None


def rmdq_value(s: PatientReported, t: dict[str, str]) -> str | None:
    if s.rmdq_total is None:
        return None
    value = f"{bold(str(s.rmdq_total))}/23"
    if s.rmdq_prorated:
        value += f" ({t['rmdq_prorated']})"
    return value


def _profile_table(s: PatientReported, st: Styles, lang: str) -> Table | None:
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
            Paragraph(bold(esc(band)) if r.band in ("moderate", "severe") else esc(band), st.cell),
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
    table.setStyle(TableStyle([FONT,
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


def changes_table(s: PatientReported, st: Styles, lang: str) -> Table | None:
    if not s.changes:
        return None
    data = []
    for c in s.changes:
        data.append([
            Paragraph(esc(L.words(L.CHANGE_MEASURE, lang, c.measure)), st.cell),
            Paragraph(f"{esc(c.baseline)} → {bold(esc(c.latest))}", st.cell),
            Paragraph(esc(c.note), st.cell_muted),
        ])
    table = Table(data, colWidths=[40 * mm, 40 * mm, TEXT_W - 80 * mm], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(TableStyle([FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _mdi_item6_words(code: int, lang: str) -> str:
    """The item-6 answer as the patient saw it (form data), e.g. "Lidt af tiden"."""
    try:
        from lbp_desktop.instruments import load_forms

        item = load_forms().forms["mdi"].item("q6")
        return next(str(o.label.get(lang)) for o in item.options if o.code == code)
    except Exception:  # form data missing: the code is still true
        return str(code)


def mdi_value(s: PatientReported, t: dict[str, str], lang: str) -> str:
    """ICD-10 result first (the diagnosis-like one), then the sum with its band and the band
    scheme, then DSM-IV; a sum band is never printed as a diagnosis."""
    parts = []
    if s.mdi_icd10:
        parts.append(bold(esc(L.words(L.MDI_RESULT, lang, f"icd10_{s.mdi_icd10}"))))
    band = L.words(L.MDI_SEVERITY, lang, s.mdi_severity) if s.mdi_severity else "–"
    parts.append(t["mdi_sum"].format(total=_num(s.mdi_total), band=esc(band),
                                     scheme=esc(L.words(L.MDI_RESULT, lang, "band_scheme"))))
    if s.mdi_dsm4:
        parts.append(esc(L.words(L.MDI_RESULT, lang, f"dsm4_{s.mdi_dsm4}")))
    value = "; ".join(parts)
    if s.mdi_item6:
        answer = esc(_mdi_item6_words(s.mdi_item6, lang)).lower()
        value += "<br/><font color='#b00020'>" + t["mdi_item6"].format(answer=answer) + "</font>"
    return value


_SHORT_NAMES = {"startback": "STarT Back", "orebro": "Örebro-10", "rmdq": "RMDQ-23", "mdi": "MDI"}


def _mark(s: PatientReported, key: str) -> str:
    """A footnote mark after a score whose wording is not verified."""
    return "*" if _SHORT_NAMES.get(key) in s.unverified else ""


def unverified_note(s: PatientReported, st: Styles, t: dict[str, str], lang: str
                    ) -> list[Flowable]:
    if not s.unverified:
        return []
    names = L.join_words([esc(n) for n in s.unverified], lang)
    return [Spacer(1, 2), Paragraph("* " + t["unverified_note"].format(names=names), st.small)]


def _score_rows(s: PatientReported, t: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """Label/value rows of the scores, each unverified one marked for the footnote."""
    rows: list[tuple[str, str]] = []
    if s.startback is not None:
        sb = s.startback
        if sb.risk:
            value = t["startback_value"].format(
                risk=bold(esc(L.words(L.RISK, lang, sb.risk))),
                total=_num(sb.total), psy=_num(sb.psychosocial))
        else:
            value = t["startback_incomplete"]
        rows.append((t["startback"] + _mark(s, "startback"), value))
    pain = _pain_value(s, t, lang)
    if pain:
        rows.append((t["pain"], pain))
    rmdq = rmdq_value(s, t)
    if rmdq:
        rows.append((t["rmdq"] + _mark(s, "rmdq"), rmdq))
    if s.orebro_total is not None:
        value = f"{bold(str(s.orebro_total))}/100"
        if s.orebro_raised_risk is True:
            value += f" – {t['orebro_raised']} (≥ {L.orebro_raised_min()})"
        rows.append((t["orebro"] + _mark(s, "orebro"), value))
    if s.mdi_total is not None:
        rows.append((t["mdi"] + _mark(s, "mdi"), mdi_value(s, t, lang)))
    for other in s.other_scores:
        rows.append((esc(other.name), _other_value(other, t)))
    work = work_value(s, t, lang)
    if work:
        rows.append((t["work"], work))
    return rows


def status_gp(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    s = inp.status
    head = t["status"]
    if s is not None and s.answered_on:
        paper = ""
        if s.paper_typist is not None:
            paper = ", " + (t["status_paper_by"].format(name=esc(s.paper_typist))
                            if s.paper_typist else t["status_paper"])
        head += f" <font size=8.5 color='#5a5a5a'>({t['status_answered'].lower()} " \
                f"{esc(L.short_date(s.answered_on))}{paper})</font>"
    out: list[Flowable] = [Paragraph(head, st.h)]
    if s is None:
        return [*out, Paragraph(t["no_status"], st.body)]
    rows = _score_rows(s, t, lang)
    sentence = profile_sentence(s, t, lang)
    if sentence:
        out.append(Paragraph(sentence, st.body))
        out.append(Spacer(1, 2))
    if rows:
        out.append(kv_table(rows, st))
    profile = _profile_table(s, st, lang)
    if profile is not None:
        out.append(Spacer(1, 3))
        out.append(KeepTogether([Paragraph(t["profile"], st.label), Spacer(1, 1), profile]))
    changes = changes_table(s, st, lang)
    if changes is not None:
        out.append(Spacer(1, 4))
        out.append(Paragraph(t["changes"], st.label))
        out.append(changes)
    out.extend(unverified_note(s, st, t, lang))
    return out
