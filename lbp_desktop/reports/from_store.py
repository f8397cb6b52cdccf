"""From an episode in the database to a ``LetterInput`` (and a PDF).

Reads only ``lbp_desktop.pathway.summary.summarize`` (the one read model the screen and the JSON
export use too), so the letter can never disagree with what the clinician saw. Plan labels come
from ``resources/pathway/plan.yaml`` (``lbp_desktop.pathway.plan``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from lbp_desktop.reports import labels as L
from lbp_desktop.reports.letter_input import (
    PROFILE_DOMAINS,
    RECIPIENTS,
    ChangeRow,
    DomainRow,
    Finding,
    LetterInput,
    PatientReported,
    PlanItem,
    RecipientBlock,
    RedFlagStatus,
    Sender,
    StartBackStatus,
)

if TYPE_CHECKING:
    from lbp_desktop.pathway.summary import EpisodeSummary
    from lbp_desktop.storage.store import Store

FINDING_ORDER = ("neurology", "slr", "mobility", "palpation")

_RECIPIENT_CODE = {"gp": "L", "caseworker": "S", "patient": "P"}

CHANGE_WORDS = {
    "da": {"improved": "bedring", "worsened": "forværring", "unchanged": "uændret",
           "important": "klinisk betydende"},
    "en": {"improved": "improvement", "worsened": "worsening", "unchanged": "unchanged",
           "important": "clinically important"},
}


def document_id(episode_id: str, recipient: str) -> str:
    """A stable, readable document id: the same for every version of one episode's letter
    to one recipient (``EPI-61EE2925-L``); the version tells the versions apart."""
    return f"EPI-{episode_id.replace('-', '')[:8].upper()}-{_RECIPIENT_CODE.get(recipient, 'X')}"


def _int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _bool(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "yes", "true", "ja")
    return None


def _complete(result: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    return result if result else None


def _plan_label(option_id: str, lang: str) -> str:
    try:
        from lbp_desktop.pathway.plan import option

        return option(option_id).label(lang)
    except Exception:  # unknown id or plan data missing: still print something true
        return option_id


def _changes(summary: EpisodeSummary, lang: str) -> tuple[ChangeRow, ...]:
    words = CHANGE_WORDS[lang]
    rows: list[ChangeRow] = []
    wanted = [("pain", "back_now", "back_pain"), ("pain", "leg_now", "leg_pain"),
              ("rmdq23", "total", "rmdq"), ("startback", "risk", "startback")]
    for form_id, measure, name in wanted:
        change = summary.change.get(form_id, {}).get(measure)
        if change is None:
            continue
        data = change.to_dict() if hasattr(change, "to_dict") else dict(change)
        baseline, current = data.get("baseline"), data.get("current")
        if name == "leg_pain" and not baseline and not current:
            continue  # no leg pain then or now: nothing to report
        if name == "startback":
            baseline = L.words(L.RISK, lang, baseline)
            current = L.words(L.RISK, lang, current)
        direction = str(data.get("direction") or "")
        note = words.get(direction, direction)
        if data.get("important") and direction in ("improved", "worsened"):
            note = f"{words['important']} {note}"
        rows.append(ChangeRow(name, str(baseline), str(current), note))
    return tuple(rows)


def _status(summary: EpisodeSummary, lang: str) -> PatientReported | None:
    current = summary.current
    if not current or summary.latest is None:
        return None
    startback = _complete(current.get("startback"))
    orebro = _complete(current.get("orebro10")) or {}
    pain = _complete(current.get("pain")) or {}
    rmdq = _complete(current.get("rmdq23")) or {}
    work = _complete(current.get("work")) or {}
    mdi = _complete(current.get("mdi"))

    profile: list[DomainRow] = []
    raw_profile = orebro.get("profile") or {}
    for domain in [*PROFILE_DOMAINS, *sorted(set(raw_profile) - set(PROFILE_DOMAINS))]:
        values = raw_profile.get(domain)
        if isinstance(values, Mapping) and values.get("band") is not None:
            profile.append(DomainRow(domain, str(values["band"]),
                                     _int(values.get("burden")) or 0))
    sb = None
    if startback is not None:
        complete = startback.get("complete", True)
        sb = StartBackStatus(risk=startback.get("risk") if complete else None,
                             total=_int(startback.get("total")),
                             psychosocial=_int(startback.get("psychosocial")))
    mdi_total = mdi_severity = None
    if mdi is not None and mdi.get("complete", True):
        mdi_total, mdi_severity = _int(mdi.get("total")), mdi.get("severity")
    return PatientReported(
        answered_on=(summary.latest.at or "")[:10] or None,
        language=summary.latest.response.language,
        startback=sb,
        profile=tuple(profile),
        back_pain_now=_int(pain.get("back_now")),
        back_pain_week=_int(pain.get("back_week")),
        leg_pain_now=_int(pain.get("leg_now")),
        leg_pain_week=_int(pain.get("leg_week")),
        leg_side=pain.get("leg_side"),
        below_knee=_bool(pain.get("below_knee")),
        rmdq_total=_int(rmdq.get("total")) if rmdq.get("complete", True) else None,
        rmdq_prorated=bool(rmdq.get("prorated")),
        orebro_total=_int(orebro.get("total")) if orebro.get("complete", True) else None,
        orebro_raised_risk=_bool(orebro.get("raised_risk")),
        mdi_total=mdi_total,
        mdi_severity=mdi_severity,
        occupation=str(work.get("occupation") or ""),
        employment=work.get("employment"),
        sick_listed=_bool(work.get("sick_listed")),
        sick_leave_weeks=_int(work.get("sick_leave_weeks")),
        physical_work=_bool(work.get("physical_work")),
        changes=_changes(summary, lang),
    )


def _red_flags(summary: EpisodeSummary) -> RedFlagStatus:
    rf = summary.red_flags
    answered: tuple[str, ...] = ()
    for response in reversed(summary.responses):
        given = response.answers.get("redflags")
        if given:
            answered = tuple(i for i in rf.asked if given.get(i) is not None)
            break
    exam = summary.examination
    return RedFlagStatus(
        asked=tuple(rf.asked),
        answered=answered,
        acute=tuple(rf.acute),
        non_acute=tuple(f for f in rf.non_acute if f != "age"),
        derived=("age",) if rf.age_flag else (),
        found_and_done=exam.red_flag_notes if exam else "",
    )


def _findings(findings: Mapping[str, str]) -> tuple[Finding, ...]:
    keys = [k for k in FINDING_ORDER if k in findings]
    keys += [k for k in findings if k not in FINDING_ORDER]
    return tuple(Finding(k, str(findings[k])) for k in keys if str(findings[k] or "").strip())


def letter_input(summary: EpisodeSummary, recipient: str = "gp", *,
                 letter_date: str | None = None, version: int | None = None,
                 replaces: str | None = None, draft: bool = False,
                 language: str | None = None, clinician: Any = None) -> LetterInput:
    """The ``LetterInput`` for one episode and recipient (``gp``/``caseworker``/``patient``).

    ``letter_date`` defaults to today; pass it for reproducible bytes. ``version``/``replaces``
    default from the letters already approved for this recipient. ``language`` defaults to Danish,
    and for the patient's copy to the language the patient answered in. ``clinician`` (a
    ``User``) overrides the episode's clinician as the signing clinician.
    """
    if recipient not in RECIPIENTS:
        raise ValueError(f"unknown recipient {recipient!r} (expected one of "
                         f"{', '.join(RECIPIENTS)})")
    patient, episode, exam = summary.patient, summary.episode, summary.examination
    if language is None:
        language = "da"
        if recipient == "patient" and summary.latest is not None:
            language = L.lang_of(summary.latest.response.language)
    lang = L.lang_of(language)

    clinic = summary.clinic
    who = clinician or summary.clinician
    sender = Sender(
        clinic_name=clinic.name if clinic else "",
        clinic_address=clinic.address if clinic else "",
        clinic_phone=clinic.phone if clinic else "",
        clinic_sor=clinic.sor if clinic else "",
        clinician_name=who.name if who else "",
        profession=who.profession if who else "",
        authorisation_id=who.authorisation_id if who else "",
    )

    ref = episode.referral
    gp_block = RecipientBlock(ref.gp_name, ref.gp_clinic, ref.gp_address)
    gp_line = ", ".join(x for x in (ref.gp_name, ref.gp_clinic) if x)
    copies: list[str] = []
    wanted = list(exam.recipients) if exam else ["gp"]
    if recipient == "gp":
        block = gp_block
        if "caseworker" in wanted and episode.caseworker:
            copies.append(episode.caseworker)
    elif recipient == "caseworker":
        block = RecipientBlock(name=episode.caseworker)
        if gp_line:
            copies.append(gp_line)
    else:
        block = RecipientBlock(name=patient.name)

    approved = [x for x in summary.letters if x.recipient == recipient and x.status == "approved"]
    if version is None:
        version = max((x.version for x in approved), default=0) + 1
    if replaces is None and approved:
        last = max(approved, key=lambda x: x.version)
        replaces = f"version {last.version}"

    plan = tuple(PlanItem(i, _plan_label(i, lang), L.plan_patient(i, lang) or "")
                 for i in (exam.plan if exam else []))
    return LetterInput(
        sender=sender,
        letter_date=letter_date or dt.date.today().isoformat(),
        patient_name=patient.name,
        patient_cpr=patient.cpr,
        recipient_kind=recipient,  # type: ignore[arg-type]
        language=lang,
        recipient=block,
        further_recipients=tuple(copies),
        referral_date=ref.referral_date,
        referral_reason=ref.reason,
        assessment_date=((exam.examined_at or "")[:10] or None) if exam else None,
        status=_status(summary, lang),
        red_flags=_red_flags(summary) if summary.red_flags.asked or summary.red_flags.acute
        else None,
        findings=_findings(exam.findings) if exam else (),
        assessment=exam.assessment if exam else "",
        assessment_text=exam.assessment_text if exam else "",
        information_given=exam.information_given if exam else "",
        plan=plan,
        plan_text=exam.plan_text if exam else "",
        follow_up=exam.follow_up if exam else "",
        gp_follow_up=bool(exam.gp_follow_up) if exam else None,
        document_id=document_id(episode.id, recipient),
        version=version,
        replaces=replaces,
        draft=draft,
        fictional=patient.fictional,
    )


def build_letter_input(store: Store, episode_id: str, recipient: str = "gp",
                       **options: Any) -> LetterInput:
    """``letter_input(summarize(store, episode_id), recipient, **options)``; the examining
    clinician signs when the examination names one."""
    from lbp_desktop.pathway.summary import summarize

    summary = summarize(store, episode_id)
    exam = summary.examination
    if "clinician" not in options and exam is not None and exam.clinician_id \
            and (summary.clinician is None or summary.clinician.id != exam.clinician_id):
        with contextlib.suppress(Exception):  # a deleted user: the episode's clinician signs
            options["clinician"] = store.user(exam.clinician_id)
    return letter_input(summary, recipient, **options)


def render_episode_letter(store: Store, episode_id: str, recipient: str = "gp", *,
                          attachments: Mapping[str, bytes] | None = None,
                          **options: Any) -> tuple[bytes, LetterInput]:
    """The episode's letter for ``recipient`` as PDF bytes, with the input it was made from."""
    from lbp_desktop.reports.epikrise import render_letter

    inp = build_letter_input(store, episode_id, recipient, **options)
    return render_letter(inp, attachments=attachments), inp
