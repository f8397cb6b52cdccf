"""Everything the episode screen shows, gathered once through the public Store API (no Qt).

The clinical rules come from the core: red-flag triage from ``lbp_desktop.pathway.redflags``,
change since baseline from ``lbp_desktop.pathway.change``, the prefilled plan from
``lbp_desktop.pathway.plan``. Reading the patient (``store.patient``) writes the view audit event.
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

    @property
    def latest(self) -> ResponseData | None:
        return self.completed[-1] if self.completed else None

    @property
    def baseline(self) -> ResponseData | None:
        return self.completed[0] if self.completed else None

    def score(self, form_id: str) -> dict[str, Any] | None:
        """The latest completed result of an instrument in this episode."""
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


def _result(record: Any) -> dict[str, Any]:
    return dict(getattr(record, "result", record) or {})


def load_episode(store: Any, episode_id: str) -> EpisodeData:
    from lbp_desktop.pathway.redflags import triage

    episode = store.episode(episode_id)
    patient = store.patient(episode.patient_id)  # audited as a view
    clinician_name = ""
    if episode.clinician_id:
        try:
            clinician_name = store.user(episode.clinician_id).name
        except Exception:
            clinician_name = ""
    data = EpisodeData(episode=episode, patient=patient, clinician_name=clinician_name)
    for response in store.responses(episode_id):
        if response.status == "completed":
            scores = {k: _result(v) for k, v in store.scores(response.id).items()}
            data.completed.append(ResponseData(response, scores, store.answers(response.id)))
        elif response.status == "in_progress":
            data.open_response = response
    birth = None
    if patient.birth_date:
        try:
            birth = dt.date.fromisoformat(patient.birth_date)
        except ValueError:
            birth = None
    assessed = dt.date.today()
    if data.latest is not None and data.latest.date:
        with contextlib.suppress(ValueError):
            assessed = dt.date.fromisoformat(data.latest.date)
    data.triage = triage(data.score("redflags"), birth, assessed)
    if birth is not None:
        from lbp_desktop.pathway.cpr import age_on

        data.age = age_on(birth, dt.date.today())
    data.examination = store.examination(episode_id)
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
