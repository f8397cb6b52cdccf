"""Everything the episode screen shows, from ``lbp_desktop.pathway.summary.summarize`` (no Qt).

The clinical rules come from the core: red-flag triage (``pathway.redflags``, via the summary,
which also counts acute answers of a questionnaire still in progress), change since baseline
(``pathway.change``), the prefilled plan (``pathway.plan``). ``summarize`` reads the patient,
which writes the view audit event.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ResponseData:
    response: Any
    scores: dict[str, dict[str, Any]]
    answers: dict[str, dict[str, Any]]

    @property
    def date(self) -> str:
        return (self.response.completed_at or self.response.started_at or "")[:10]


@dataclass
class EpisodeData:
    episode: Any
    patient: Any
    clinician_name: str = ""
    completed: list[ResponseData] = field(default_factory=list)
    open_response: Any = None
    triage: Any = None
    examination: Any = None
    age: int | None = None
    summary: Any = None

    @property
    def latest(self) -> ResponseData | None:
        return self.completed[-1] if self.completed else None

    @property
    def baseline(self) -> ResponseData | None:
        return self.completed[0] if self.completed else None

    def score(self, form_id: str) -> dict[str, Any] | None:
        """The current result of an instrument in this episode (``summary.current``)."""
        if self.summary is not None:
            return self.summary.current.get(form_id)
        for data in reversed(self.completed):
            if form_id in data.scores:
                return data.scores[form_id]
        return None

    @property
    def risk(self) -> str | None:
        s = self.score("startback")
        return s.get("risk") if s else None

    @property
    def acute(self) -> bool:
        return bool(self.triage is not None and self.triage.acute)

    @property
    def sick_listed(self) -> bool | None:
        s = self.score("work")
        return None if s is None else s.get("sick_listed")

    @property
    def mdi_severity(self) -> str | None:
        s = self.score("mdi")
        return None if s is None else s.get("severity")


@dataclass(frozen=True)
class Flags:
    """Red flags as the screen shows them (from ``summarize``'s ``RedFlagSummary``)."""

    acute: list[str]
    non_acute: list[str]
    complete: bool = True

    @property
    def flags(self) -> list[str]:
        return [*self.acute, *self.non_acute]


def load_episode(store: Any, episode_id: str) -> EpisodeData:
    """The episode through ``lbp_desktop.pathway.summary.summarize`` — the same read model the
    letter and ``episodes --json`` use (reading the patient is audited as a view there)."""
    from lbp_desktop.pathway.summary import summarize

    summary = summarize(store, episode_id)
    data = EpisodeData(episode=summary.episode, patient=summary.patient,
                       clinician_name=summary.clinician.name if summary.clinician else "")
    data.summary = summary
    data.completed = [ResponseData(r.response, dict(r.scores), dict(r.answers))
                      for r in summary.responses]
    data.open_response = summary.in_progress
    redflags = summary.current.get("redflags")
    data.triage = Flags(list(summary.red_flags.acute), list(summary.red_flags.non_acute),
                        complete=bool(redflags.get("complete", True)) if redflags else True)
    data.examination = summary.examination
    if summary.patient.birth_date:
        from lbp_desktop.domain.cpr import age_on

        with contextlib.suppress(ValueError):
            data.age = age_on(dt.date.fromisoformat(summary.patient.birth_date), dt.date.today())
    return data


@dataclass(frozen=True)
class ChangeRow:
    measure: str
    baseline: Any
    values: list[tuple[str, Any, Any]]
    """(date, value, change object or None) for each later response."""


def change_rows(data: EpisodeData) -> list[ChangeRow]:
    """Per measure: the baseline value and each later value with its change (pathway.change)."""
    from lbp_desktop.pathway.change import compare

    if len(data.completed) < 1:
        return []
    base = data.completed[0]
    measures = [("pain", "back_now"), ("pain", "back_week"), ("pain", "leg_now"),
                ("pain", "leg_week"), ("rmdq23", "total"), ("startback", "risk"),
                ("startback", "total"), ("orebro10", "total"), ("mdi", "total")]
    rows = []
    for form_id, key in measures:
        if form_id not in base.scores or base.scores[form_id].get(key) is None:
            continue
        later = []
        for resp in data.completed[1:]:
            result = resp.scores.get(form_id)
            if result is None or result.get(key) is None:
                continue
            changes = compare(form_id, base.scores[form_id], result)
            later.append((resp.date, result.get(key), changes.get(key)))
        rows.append(ChangeRow(f"{form_id}.{key}", base.scores[form_id].get(key), later))
    return rows
