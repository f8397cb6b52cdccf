"""The letter's red-flag parts: the box on page 1 and the "Røde flag" section.

What the GP reads here must never be falsely reassuring (``docs/clinical/red-flags.md``):

- "Ingen røde flag" only when every red-flag question was answered no and there is no age flag;
- each unanswered question is named ("Ikke besvaret"); an unanswered *acute* question gets the
  box on page 1 just as a yes would;
- a "Ved ikke" answer is named as such (it counts as a yes);
- the age flag is worded as age at onset, with its basis (CPR number and pain duration);
- once the clinician has recorded how an acute flag was handled, the box says what was found and
  done (who, when) instead of an alarm.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from lbp_desktop.reports import labels as L
from lbp_desktop.reports.letter_input import AgeAtOnset, LetterInput, RedFlagStatus
from lbp_desktop.reports.pdf_parts import (
    ALERT,
    ALERT_BG,
    CELL_LIMIT,
    FONT,
    RULE,
    SOFT_BG,
    TEXT_W,
    Styles,
    bold,
    clean,
    esc,
    paras,
)


def _acute_ids() -> set[str]:
    try:
        from lbp_desktop.pathway.redflags import acute_ids

        return set(acute_ids())
    except Exception:  # no form data: the three acute flags of the pathway
        return {"bladder_bowel", "saddle_anaesthesia", "progressive_weakness"}


def unanswered_acute(rf: RedFlagStatus) -> tuple[str, ...]:
    acute = _acute_ids()
    return tuple(i for i in rf.unanswered if i in acute)


def _names(ids: tuple[str, ...] | list[str], lang: str) -> str:
    return "; ".join(esc(L.red_flag(x, lang)) for x in ids)


def _box(cell: list[Flowable], border: object, background: object) -> list[Flowable]:
    box = Table([[cell]], colWidths=[TEXT_W], hAlign="LEFT")
    box.setStyle(TableStyle([FONT,
        ("BOX", (0, 0), (-1, -1), 1.4, border),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return [Spacer(1, 6), box]


def acute_box(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    """The box under the patient's name: an acute flag (alarm, or what was done once handled),
    or an acute question left unanswered."""
    rf = inp.red_flags
    if rf is None:
        return []
    if rf.acute and rf.handled is not None:
        names = _names(rf.acute, lang)
        h = rf.handled
        cell: list[Flowable] = [
            Paragraph(t["acute_box_handled_title"], st.strong),
            Paragraph(f"{t['acute_box_text']}: {bold(names)}.", st.alert),
            Paragraph(t["acute_box_handled"].format(
                date=esc(L.short_date(h.at)), by=esc(h.by) or "–",
                action=esc(clean(h.action)[:CELL_LIMIT])), st.alert),
        ]
        return _box(cell, RULE, SOFT_BG)
    if rf.acute:
        cell = [
            Paragraph(t["acute_box_title"], st.alert_title),
            Paragraph(f"{t['acute_box_text']}: {bold(_names(rf.acute, lang))}.", st.alert),
        ]
        note = clean(rf.found_and_done).strip()
        if note and len(note) <= CELL_LIMIT:
            cell.append(Paragraph(f"{t['acute_box_done']}: {esc(note)}", st.alert))
        elif not note:
            cell.append(Paragraph(t["acute_box_missing"], st.alert))
        else:
            cell.append(Paragraph(f"{t['acute_box_done']}: → {t['redflags']}", st.alert))
        return _box(cell, ALERT, ALERT_BG)
    missing = unanswered_acute(rf)
    if missing:
        cell = [Paragraph(t["acute_box_unanswered_title"], st.alert_title),
                Paragraph(t["acute_box_unanswered"].format(names=bold(_names(missing, lang))),
                          st.alert)]
        return _box(cell, ALERT, ALERT_BG)
    return []


def age_line(age: AgeAtOnset, t: dict[str, str]) -> str:
    """The age-at-onset flag in words with its basis, e.g. "Alder ved debut over 55 år (ca. 56
    år ved debut; ud fra CPR-nr. og smertevarighed: 3–6 måneder)"."""
    if age.latest is not None and age.earliest == age.latest:
        at = t["rf_age_at"].format(age=age.latest)
    elif age.latest is not None and age.earliest is None:
        at = t["rf_age_at_most"].format(age=age.latest)
    elif age.latest is not None:
        at = t["rf_age_range"].format(lo=age.earliest, hi=age.latest)
    else:
        at = ""
    if age.basis == "duration":
        basis = t["rf_basis_duration"].format(duration=esc(age.duration.lower()) or "–")
    elif age.basis == "onset_date":
        basis = t["rf_basis_onset"]
    else:
        basis = t["rf_basis_none"]
    if age.flag is None:
        now = t["rf_age_now"].format(age=age.now) if age.now is not None else ""
        return f"{t['rf_age_undecided']} ({'; '.join(x for x in (now, basis) if x)})"
    head = (t["rf_age_under"] if age.side == "under" else t["rf_age_over"]) if age.flag \
        else t["rf_age_clear"]
    if age.basis == "none" and age.flag is False:
        at = t["rf_age_now"].format(age=age.now)
    return f"{head} ({'; '.join(x for x in (at, basis) if x)})"


def red_flags(inp: LetterInput, st: Styles, t: dict[str, str], lang: str) -> list[Flowable]:
    """The "Røde flag" section: answered, unanswered (named), positive, age at onset, handling."""
    rf = inp.red_flags
    out: list[Flowable] = [Paragraph(t["redflags"], st.h)]
    if rf is None or not rf.asked:
        return [*out, Paragraph(t["rf_not_asked"], st.body)]
    if rf.all_clear:
        out.append(Paragraph(f"{t['rf_all_no'].format(n=len(rf.asked))} {t['rf_none']}",
                             st.body))
    else:
        out.append(Paragraph(t["rf_asked"].format(asked=len(rf.asked),
                                                  answered=len(rf.answered)), st.body))
    if rf.acute:
        out.append(Paragraph(
            f"<font color='#b00020'><b>{t['rf_acute']}: {_names(rf.acute, lang)}</b></font>",
            st.body))
    missing = rf.unanswered
    if missing:
        acute = _acute_ids()
        named = "; ".join(
            esc(L.red_flag(x, lang)) + (f" ({t['rf_unanswered_acute']})" if x in acute else "")
            for x in missing)
        colour = "#b00020" if any(x in acute for x in missing) else "#1a1a1a"
        out.append(Paragraph(f"<font color='{colour}'><b>{t['rf_unanswered']}:</b> {named}"
                             "</font>", st.body))
    if rf.non_acute:
        out.append(Paragraph(f"{bold(t['rf_other'])}: {_names(rf.non_acute, lang)}", st.body))
    if rf.unsure:
        out.append(Paragraph(f"{bold(t['rf_unsure'])}: {_names(rf.unsure, lang)}", st.body))
    if rf.age is not None:
        out.append(Paragraph(age_line(rf.age, t), st.body))
    elif "age" in rf.derived:
        out.append(Paragraph(t["rf_age_over_or_under"], st.body))
    if rf.handled is not None:
        h = rf.handled
        out.append(Paragraph(f"{bold(t['rf_handled'])}: " + t["rf_handled_text"].format(
            date=esc(L.short_date(h.at)), by=esc(h.by) or "–"), st.body))
        out.extend(paras(h.action, st.body))
    if clean(rf.found_and_done).strip():
        out.extend(paras(rf.found_and_done, st.body, prefix=f"{bold(t['rf_done'])}: "))
    return out
