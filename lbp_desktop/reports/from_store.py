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
    AgeAtOnset,
    ChangeRow,
    DomainRow,
    Finding,
    Handling,
    LetterInput,
    OtherScore,
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

# Instruments the letter puts into words field by field (``_status``, ``_red_flags``). Any other
# scored instrument in the episode gets one generic line (``other_scores``), so a new form file
# and scoring module show up in the GP letter without touching this package.
HANDLED_FORMS = frozenset({"startback", "orebro10", "pain", "rmdq23", "redflags", "work", "mdi"})

# Result fields that carry a word for the total, in the order they are looked for.
_WORD_FIELDS = ("risk", "severity", "band", "level", "category", "group")
# Result fields and scoring parameters that may name the highest possible total.
_MAX_FIELDS = ("max", "total_max", "max_total", "maximum")

# Highest possible value of each measure in the change table, printed as "7/10 → 3/10".
_CHANGE_SCALE = {"back_pain": 10, "leg_pain": 10, "rmdq": 23}

_RECIPIENT_CODE = {"gp": "L", "caseworker": "S", "patient": "P"}

CHANGE_WORDS = {
    "da": {"improved": "bedring", "worsened": "forværring", "unchanged": "uændret",
           "important": "klinisk betydende", "group": "skift af risikogruppe"},
    "en": {"improved": "improvement", "worsened": "worsening", "unchanged": "unchanged",
           "important": "clinically important", "group": "change of risk group"},
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
        elif name in _CHANGE_SCALE:
            baseline, current = (f"{_num(v)}/{_CHANGE_SCALE[name]}" for v in (baseline, current))
        direction = str(data.get("direction") or "")
        note = words.get(direction, direction)
        if name == "startback" and direction != "unchanged":
            note = words["group"]  # a change of group, never "clinically important"
        elif data.get("important") and direction == "improved":
            note = f"{words['important']} {note}"  # Ostelo 2008: both thresholds met
        rows.append(ChangeRow(name, str(baseline), str(current), note))
    return tuple(rows)


def _num(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _form_word(form: Any, value: str, lang: str) -> tuple[str, float | None]:
    """A result word from the form data (``scoring.labels``, then any band set), with the
    maximum of the band set it came from (``None`` if it is a label)."""
    scoring = getattr(form, "scoring", None)
    if scoring is None:
        return value, None
    if value in scoring.labels:
        return scoring.labels[value].get(lang), None
    for bands in scoring.bands.values():
        for band in bands:
            if band.id == value:
                return band.label.get(lang), max(b.max for b in bands)
    return value, None


def other_scores(current: Mapping[str, Mapping[str, Any] | None], lang: str,
                 forms: Mapping[str, Any] | None = None) -> tuple[OtherScore, ...]:
    """One ``OtherScore`` per scored instrument in ``current`` that the letter has no section
    for (not in ``HANDLED_FORMS``): short name, total, maximum if known, and the band, severity
    or risk word if the result has one. ``forms`` (form id → ``Form``) defaults to the app's
    forms; an instrument whose form is unknown prints under its id."""
    if forms is None:
        try:
            from lbp_desktop.instruments import load_forms

            forms = load_forms().forms
        except Exception:  # a broken form file must not stop the letter
            forms = {}
    out: list[OtherScore] = []
    for form_id in sorted(set(current) - HANDLED_FORMS):
        result = current.get(form_id)
        if not result:
            continue
        form = forms.get(form_id)
        instrument = getattr(form, "instrument", None)
        name = str(getattr(instrument, "short_name", "") or form_id)
        if not result.get("complete", True):
            out.append(OtherScore(form_id, name, complete=False))
            continue
        word, band_max = "", None
        for key in _WORD_FIELDS:
            value = result.get(key)
            if isinstance(value, str) and value:
                word, band_max = _form_word(form, value, lang)
                break
        top = next((_number(result.get(k)) for k in _MAX_FIELDS
                    if _number(result.get(k)) is not None), None)
        if top is None and form is not None and form.scoring is not None:
            top = next((_number(form.scoring.params.get(k)) for k in _MAX_FIELDS
                        if _number(form.scoring.params.get(k)) is not None), None)
        out.append(OtherScore(form_id, name, total=_number(result.get("total")),
                              max=top if top is not None else band_max, word=word))
    return tuple(out)


def _unverified(current: Mapping[str, Any], language: str) -> tuple[str, ...]:
    """Short names of the scored instruments whose wording in ``language`` is marked
    ``verified: false`` in the form data (the letter says so in one footnote)."""
    try:
        from lbp_desktop.instruments import load_forms

        forms = load_forms().forms
    except Exception:  # a broken form file must not stop the letter
        return ()
    out = []
    for form_id in ("startback", "orebro10", "rmdq23", "mdi"):
        form = forms.get(form_id)
        if current.get(form_id) is None or form is None or form.instrument is None:
            continue
        verified = form.instrument.verified
        if not bool(getattr(verified, L.lang_of(language), False)):
            out.append(str(form.instrument.short_name or form_id))
    return tuple(out)


def _status(summary: EpisodeSummary, lang: str,
            paper_typist: str | None = None) -> PatientReported | None:
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
    mdi_total = mdi_severity = mdi_icd10 = mdi_dsm4 = None
    if mdi is not None and mdi.get("complete", True):
        mdi_total, mdi_severity = _int(mdi.get("total")), mdi.get("severity")
        mdi_icd10, mdi_dsm4 = mdi.get("icd10"), mdi.get("dsm4")
    return PatientReported(
        answered_on=(summary.latest.at or "")[:10] or None,
        paper_typist=paper_typist if summary.latest.response.source == "paper" else None,
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
        mdi_icd10=mdi_icd10,
        mdi_dsm4=mdi_dsm4,
        mdi_item6=_int(mdi.get("item6")) if mdi else None,
        unverified=_unverified(current, summary.latest.response.language),
        occupation=str(work.get("occupation") or ""),
        employment=work.get("employment"),
        sick_listed=_bool(work.get("sick_listed")),
        sick_leave_weeks=_int(work.get("sick_leave_weeks")),
        physical_work=_bool(work.get("physical_work")),
        changes=_changes(summary, lang),
        other_scores=other_scores(current, lang),
    )


def _duration_words(code: int | None, lang: str) -> str:
    """The pain-duration answer in words, from the form data (the item the onset is read from)."""
    if code is None:
        return ""
    try:
        from lbp_desktop.instruments import load_forms
        from lbp_desktop.pathway.redflags import duration_source

        form_id, item_id = duration_source()
        item = load_forms().forms[form_id].item(item_id)
        return next(str(o.label.get(lang)) for o in item.options if o.code == code)
    except Exception:  # form data missing: the numbers alone are still true
        return ""


def _age_at_onset(summary: EpisodeSummary, lang: str) -> AgeAtOnset | None:
    rf = summary.red_flags
    onset = rf.onset_age
    if not onset:
        return None
    from lbp_desktop.pathway.redflags import age_limits

    under, over = age_limits()
    if rf.age_flag is True:
        side = "under" if onset["latest"] < under else "over"
    elif rf.age_flag is None:
        side = "over" if onset["latest"] > over else "under"
    else:
        side = ""
    return AgeAtOnset(flag=rf.age_flag, side=side, now=onset["now"], latest=onset["latest"],
                      earliest=onset["earliest"], basis=onset["basis"],
                      duration=_duration_words(onset.get("duration_code"), lang))


def _handling(summary: EpisodeSummary) -> Handling | None:
    handled = summary.red_flags.handled
    if not handled:
        return None
    return Handling(by=str(handled.get("by_name") or ""), at=str(handled.get("at") or ""),
                    action=str(handled.get("action") or ""))


def _red_flags(summary: EpisodeSummary, lang: str = "da") -> RedFlagStatus:
    rf = summary.red_flags
    asked = tuple(dict.fromkeys([*rf.asked, *rf.unanswered]))
    order = _red_flag_order()
    if order:
        asked = tuple(i for i in order if i in asked) + tuple(i for i in asked if i not in order)
    exam = summary.examination
    return RedFlagStatus(
        asked=asked,
        answered=tuple(i for i in asked if i not in rf.unanswered),
        acute=tuple(rf.acute),
        non_acute=tuple(f for f in rf.non_acute if f != "age"),
        unsure=tuple(rf.unsure),
        derived=("age",) if rf.age_flag else (),
        age=_age_at_onset(summary, lang),
        found_and_done=exam.red_flag_notes if exam else "",
        handled=_handling(summary),
    )


def _red_flag_order() -> list[str]:
    try:
        from lbp_desktop.instruments import load_forms

        return list(load_forms().forms["redflags"].item_ids())
    except Exception:  # no red-flag form: keep the summary's order
        return []


def _findings(findings: Mapping[str, str]) -> tuple[Finding, ...]:
    keys = [k for k in FINDING_ORDER if k in findings]
    keys += [k for k in findings if k not in FINDING_ORDER]
    return tuple(Finding(k, str(findings[k])) for k in keys if str(findings[k] or "").strip())


def letter_input(summary: EpisodeSummary, recipient: str = "gp", *,
                 letter_date: str | None = None, version: int | None = None,
                 replaces: str | None = None, draft: bool = False,
                 language: str | None = None, clinician: Any = None,
                 paper_typist: str | None = None) -> LetterInput:
    """The ``LetterInput`` for one episode and recipient (``gp``/``caseworker``/``patient``).

    ``letter_date`` defaults to today; pass it for reproducible bytes. ``version``/``replaces``
    default from the letters already approved for this recipient. ``language`` defaults to Danish,
    and for the patient's copy to the language the patient answered in. ``clinician`` (a
    ``User``) overrides the episode's clinician as the signing clinician. ``paper_typist`` names
    who typed in the latest questionnaire when it was answered on paper.
    """
    from lbp_desktop.pathway.letter_rules import check_recipient, missing_for_final

    if recipient not in RECIPIENTS:
        raise ValueError(f"unknown recipient {recipient!r} (expected one of "
                         f"{', '.join(RECIPIENTS)})")
    patient, episode, exam = summary.patient, summary.episode, summary.examination
    check_recipient(recipient, episode.caseworker)
    blockers = tuple(missing_for_final(exam))
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
        status=_status(summary, lang, paper_typist),
        red_flags=_red_flags(summary, lang),
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
        draft=draft or bool(blockers),
        missing_for_final=blockers,
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
    latest = summary.latest.response if summary.latest is not None else None
    if latest is not None and latest.source == "paper" and latest.entered_by:
        with contextlib.suppress(Exception):  # a deleted user still leaves "på papir"
            options.setdefault("paper_typist", store.user(latest.entered_by).name)
        options.setdefault("paper_typist", "")
    return letter_input(summary, recipient, **options)


def render_episode_letter(store: Store, episode_id: str, recipient: str = "gp", *,
                          attachments: Mapping[str, bytes] | None = None,
                          bundle_cache: dict[str, bytes] | None = None,
                          **options: Any) -> tuple[bytes, LetterInput]:
    """The episode's letter for ``recipient`` as PDF bytes, with the input it was made from.

    The GP's letter carries the episode's data as a FHIR R4 Bundle (``episode-fhir.json``, an
    embedded file) so the receiving system can read it without retyping. The caseworker's and the
    patient's copies never do: the Bundle holds every answer, psychological items included.
    ``attachments`` replaces the default; pass ``{}`` for none. ``bundle_cache`` (episode id →
    Bundle JSON) keeps the Bundle between renders of one approval — the preview re-renders when
    the recipient changes; the episode's data does not change meanwhile.
    """
    from lbp_desktop.reports.epikrise import render_letter

    inp = build_letter_input(store, episode_id, recipient, **options)
    if attachments is None and recipient == "gp":
        bundle = bundle_cache.get(episode_id) if bundle_cache is not None else None
        if bundle is None:
            from lbp_desktop.interop.bundle import episode_fhir_json

            bundle = episode_fhir_json(store, episode_id)
            if bundle_cache is not None:
                bundle_cache[episode_id] = bundle
        attachments = {FHIR_ATTACHMENT: bundle}
    return render_letter(inp, attachments=attachments or None), inp


FHIR_ATTACHMENT = "episode-fhir.json"
