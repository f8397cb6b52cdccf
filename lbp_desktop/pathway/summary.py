"""Everything known about one episode, in one frozen object: ``summarize(store, episode_id)``.

The results screen, the epikrise and ``lbp-desktop episodes --json`` all read this one function,
so they can never disagree. It reads through the ``Store`` (no SQL here) and applies the pathway's
rules: red-flag triage with the age flag from the CPR (``lbp_desktop.pathway.redflags``) and
change since baseline (``lbp_desktop.pathway.change``).

- ``responses``: the completed questionnaires of the episode, oldest first, each with its scores.
- ``baseline`` / ``latest``: the first / newest completed response.
- ``current`` / ``baseline_scores``: per instrument, the newest / first completed result (a
  separate MDI response counts for ``mdi`` without hiding the battery's results).
- ``change``: per instrument, baseline → current, where the instrument has a change rule and the
  two results come from different responses.
- ``red_flags``: what was answered yes or "Ved ikke" (acute / non-acute), what was not answered,
  the age-at-onset flag, every alert raised by an answer — including answers in a questionnaire
  still in progress — and how the clinician handled an acute flag.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from lbp_desktop.domain.records import (
    Clinic,
    Episode,
    Examination,
    Letter,
    Patient,
    Referral,
    Response,
    User,
)

if TYPE_CHECKING:
    from lbp_desktop.storage.store import Store

INSTRUMENTS = ("startback", "orebro10", "pain", "rmdq23", "redflags", "work", "mdi")
NEWEST_COUNTS = frozenset({"redflags"})
"""Instruments whose newest answers always count, complete or not: red flags describe the
patient's state now, so a question left unanswered in a later questionnaire is unanswered now —
an earlier complete set of "no" must not hide it."""


@dataclass(frozen=True)
class ResponseSummary:
    """One completed questionnaire with its scores (``ScoreResult.to_dict()`` per form)."""

    response: Response
    scores: dict[str, dict[str, Any]]
    answers: dict[str, dict[str, Any]]

    @property
    def id(self) -> str:
        return self.response.id

    @property
    def at(self) -> str:
        return self.response.completed_at or self.response.started_at

    def score(self, form_id: str) -> dict[str, Any] | None:
        return self.scores.get(form_id)

    @property
    def startback(self) -> dict[str, Any] | None:
        return self.scores.get("startback")

    @property
    def orebro10(self) -> dict[str, Any] | None:
        return self.scores.get("orebro10")

    @property
    def pain(self) -> dict[str, Any] | None:
        return self.scores.get("pain")

    @property
    def rmdq23(self) -> dict[str, Any] | None:
        return self.scores.get("rmdq23")

    @property
    def redflags(self) -> dict[str, Any] | None:
        return self.scores.get("redflags")

    @property
    def work(self) -> dict[str, Any] | None:
        return self.scores.get("work")

    @property
    def mdi(self) -> dict[str, Any] | None:
        return self.scores.get("mdi")

    @property
    def profile(self) -> dict[str, str]:
        return profile_bands(self.orebro10)

    def to_dict(self) -> dict[str, Any]:
        return {"response_id": self.response.id, "battery": self.response.battery_id,
                "language": self.response.language, "started_at": self.response.started_at,
                "completed_at": self.response.completed_at, "scores": self.scores}


@dataclass(frozen=True)
class RedFlagSummary:
    """The red-flag answers of the episode: asked, positive, acute, unanswered."""

    asked: list[str] = field(default_factory=list)
    """Red-flag ids the patient answered (any answer)."""
    positive: list[str] = field(default_factory=list)
    """Ids answered yes or "Ved ikke" in the newest red-flag answers (acute first)."""
    acute: list[str] = field(default_factory=list)
    non_acute: list[str] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    """Red-flag ids not answered (every id when no red-flag questionnaire was completed)."""
    unanswered_acute: list[str] = field(default_factory=list)
    """The acute ones among ``unanswered``: a warning as prominent as a flag."""
    unsure: list[str] = field(default_factory=list)
    """Positives that were "Ved ikke"."""
    age: int | None = None
    age_flag: bool | None = False
    """Age at onset under 20 or over 55; None = cannot be decided from the answers."""
    onset_age: dict[str, Any] | None = None
    """How the age at onset was found (``OnsetAge.to_dict()``)."""
    level: str = "none"
    """``acute`` / ``unanswered`` / ``non_acute`` / ``none`` (age flag counts as non-acute)."""
    alerts: list[dict[str, Any]] = field(default_factory=list)
    """Every alert an answer raised in this episode (acute and flag), newest first."""
    handling: list[dict[str, Any]] = field(default_factory=list)
    """How the clinician handled the acute flags: ``{"by", "by_name", "at", "action"}``,
    newest first."""

    @property
    def all_clear(self) -> bool:
        """True only when every red-flag question was answered no and the age flag is no: the
        only state a screen or letter may call "no red flags"."""
        return (not self.acute and not self.positive and not self.unanswered
                and self.age_flag is False and bool(self.asked))

    @property
    def handled(self) -> dict[str, Any] | None:
        """The newest handling record, if the acute flag has been handled."""
        return self.handling[0] if self.handling else None

    def to_dict(self) -> dict[str, Any]:
        return {"asked": self.asked, "positive": self.positive, "acute": self.acute,
                "non_acute": self.non_acute, "unanswered": self.unanswered,
                "unanswered_acute": self.unanswered_acute, "unsure": self.unsure,
                "age": self.age, "age_flag": self.age_flag, "onset_age": self.onset_age,
                "level": self.level, "all_clear": self.all_clear, "alerts": self.alerts,
                "handling": self.handling}


@dataclass(frozen=True)
class EpisodeSummary:
    """Everything the letter and the workspace show about one episode."""

    patient: Patient
    episode: Episode
    clinic: Clinic | None
    clinician: User | None
    responses: tuple[ResponseSummary, ...]
    baseline: ResponseSummary | None
    latest: ResponseSummary | None
    current: dict[str, dict[str, Any]]
    baseline_scores: dict[str, dict[str, Any]]
    change: dict[str, dict[str, Any]]
    """``{form_id: {measure: Change | RiskChange}}`` (objects with ``to_dict()``)."""
    red_flags: RedFlagSummary
    examination: Examination | None
    letters: tuple[Letter, ...]
    in_progress: Response | None = None

    @property
    def referral(self) -> Referral:
        return self.episode.referral

    @property
    def startback(self) -> dict[str, Any] | None:
        return self.current.get("startback")

    @property
    def risk(self) -> str | None:
        result = self.startback
        return result.get("risk") if result else None

    @property
    def profile(self) -> dict[str, str]:
        return profile_bands(self.current.get("orebro10"))

    @property
    def mdi(self) -> dict[str, Any] | None:
        return self.current.get("mdi")

    def to_dict(self) -> dict[str, Any]:
        """The JSON ``lbp-desktop episodes --json`` prints for one episode."""
        p, e = self.patient, self.episode
        out: dict[str, Any] = {
            "episode_id": e.id,
            "patient": {"id": p.id, "name": p.name, "cpr": p.cpr, "birth_date": p.birth_date,
                        "sex": p.sex, "fictional": p.fictional},
            "status": e.status,
            "referral": {"gp_name": e.referral.gp_name, "gp_clinic": e.referral.gp_clinic,
                         "gp_address": e.referral.gp_address,
                         "referral_date": e.referral.referral_date, "reason": e.referral.reason},
            "caseworker": e.caseworker,
            "clinician": self.clinician.name if self.clinician else None,
            "risk": self.risk,
            "startback": self.startback,
            "profile": self.profile,
            "red_flags": list(self.red_flags.positive),
            "red_flag_triage": self.red_flags.to_dict(),
        }
        for form_id in ("orebro10", "pain", "rmdq23", "work"):
            out[form_id] = self.current.get(form_id)
        if self.mdi is not None:
            out["mdi"] = self.mdi
        out["responses"] = [r.to_dict() for r in self.responses]
        out["change"] = {form_id: {m: c.to_dict() for m, c in measures.items()}
                         for form_id, measures in self.change.items()}
        out["examination"] = _examination_dict(self.examination)
        out["letters"] = [{"id": letter.id, "recipient": letter.recipient,
                           "version": letter.version, "status": letter.status,
                           "sha256": letter.sha256, "created_at": letter.created_at}
                          for letter in self.letters]
        out["in_progress"] = self.in_progress.id if self.in_progress else None
        return out


def _examination_dict(exam: Examination | None) -> dict[str, Any] | None:
    if exam is None:
        return None
    return {"examined_at": exam.examined_at, "clinician_id": exam.clinician_id,
            "findings": dict(exam.findings), "assessment": exam.assessment,
            "assessment_text": exam.assessment_text,
            "information_given": exam.information_given, "plan": list(exam.plan),
            "plan_text": exam.plan_text, "follow_up": exam.follow_up,
            "gp_follow_up": exam.gp_follow_up, "recipients": list(exam.recipients),
            "red_flag_notes": exam.red_flag_notes}


def profile_bands(orebro: dict[str, Any] | None) -> dict[str, str]:
    """``{domain_id: band}`` from an Örebro result (empty if none or incomplete)."""
    if not orebro or not orebro.get("profile"):
        return {}
    return {domain: values["band"] for domain, values in orebro["profile"].items()
            if isinstance(values, dict) and values.get("band") is not None}


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _changes(store: Store, baseline: dict[str, tuple[str, dict[str, Any]]],
             current: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    try:
        from lbp_desktop.pathway.change import compare
    except ImportError:  # pragma: no cover - the change rules are part of the pathway package
        return {}
    out: dict[str, dict[str, Any]] = {}
    for form_id, (response_id, result) in current.items():
        first = baseline.get(form_id)
        if first is None or first[0] == response_id:
            continue
        try:
            form = store.forms.form(form_id)
        except KeyError:
            form = None
        measures = compare(form_id, first[1], result, form)
        if measures:
            out[form_id] = measures
    return out


def _duration(summaries: list[ResponseSummary]) -> tuple[int | None, dt.date | None]:
    """The first answer to the pain-duration question and the date it was given: the onset is
    counted back from the questionnaire that asked, not from today."""
    from lbp_desktop.pathway.redflags import duration_source

    form_id, item_id = duration_source()
    for summary in summaries:
        value = summary.answers.get(form_id, {}).get(item_id)
        if isinstance(value, int) and not isinstance(value, bool):
            return value, _date(summary.at)
    return None, None


def _red_flags(store: Store, episode_id: str, patient: Patient,
               redflags: dict[str, Any] | None, on: dt.date | None,
               summaries: list[ResponseSummary]) -> RedFlagSummary:
    from lbp_desktop.pathway.redflags import acute_ids, triage

    birth = _date(patient.birth_date)
    duration, asked_on = _duration(summaries)
    onset_date = _date(getattr(store.episode(episode_id).referral, "onset_date", None))
    result = triage(redflags, birth, asked_on or on or dt.date.today(),
                    duration_code=duration, onset_date=onset_date)
    alerts = store.alerts(episode_id=episode_id, include_flags=True)
    acute = list(result.acute)
    # an acute answer in a questionnaire not yet completed must not wait for completion
    for alert in alerts:
        if alert["level"] == "acute" and alert["form_id"] == "redflags" \
                and alert["item_id"] not in acute:
            acute.append(alert["item_id"])
    non_acute = [f for f in result.non_acute if f not in acute]
    positive = list(dict.fromkeys([*acute, *[f for f in (redflags or {}).get("positive") or []
                                             if f not in acute]]))
    unanswered = [i for i in result.unanswered if i not in acute]
    acute_set = set(acute_ids())
    unanswered_acute = [i for i in unanswered if i in acute_set]
    if acute or any(a["level"] == "acute" for a in alerts):
        level = "acute"
    elif unanswered_acute:
        level = "unanswered"
    else:
        level = "non_acute" if non_acute else "none"
    handling = list(store.acute_handling(episode_id)) if hasattr(store, "acute_handling") else []
    return RedFlagSummary(asked=list((redflags or {}).get("asked") or []), positive=positive,
                          acute=acute, non_acute=non_acute, unanswered=unanswered,
                          unanswered_acute=unanswered_acute, unsure=list(result.unsure),
                          age=result.age, age_flag=result.age_flag,
                          onset_age=result.onset.to_dict() if result.onset else None,
                          level=level, alerts=alerts, handling=handling)


def summarize(store: Store, episode_id: str) -> EpisodeSummary:
    """Everything about one episode (a ``view`` of the patient's data, audited)."""
    episode = store.episode(episode_id)
    patient = store.patient(episode.patient_id)  # audited as a view
    clinician = None
    if episode.clinician_id:
        try:
            clinician = store.user(episode.clinician_id)
        except Exception:
            clinician = None
    summaries: list[ResponseSummary] = []
    in_progress = None
    for response in store.responses(episode_id):
        if response.status == "in_progress":
            in_progress = response
        if response.status != "completed":
            continue
        scores = {form_id: record.result for form_id, record in store.scores(response.id).items()}
        summaries.append(ResponseSummary(response, scores, store.answers(response.id)))
    summaries.sort(key=lambda r: (r.at, r.response.started_at))
    current: dict[str, tuple[str, dict[str, Any]]] = {}
    first: dict[str, tuple[str, dict[str, Any]]] = {}
    for summary in summaries:
        for form_id, result in summary.scores.items():
            if not result.get("complete", True) and form_id in current \
                    and form_id not in NEWEST_COUNTS:
                continue  # an incomplete later result does not hide a complete earlier one
            current[form_id] = (summary.id, result)
            if form_id not in first or not first[form_id][1].get("complete", True):
                first[form_id] = (summary.id, result)
    latest = summaries[-1] if summaries else None
    redflags_result = current.get("redflags", (None, None))[1]
    on = _date(latest.at) if latest else None
    return EpisodeSummary(
        patient=patient, episode=episode, clinic=store.clinic(), clinician=clinician,
        responses=tuple(summaries), baseline=summaries[0] if summaries else None, latest=latest,
        current={k: v for k, (_, v) in current.items()},
        baseline_scores={k: v for k, (_, v) in first.items()},
        change=_changes(store, first, current),
        red_flags=_red_flags(store, episode_id, patient, redflags_result, on, summaries),
        examination=store.examination(episode_id), letters=tuple(store.letters(episode_id)),
        in_progress=in_progress)
