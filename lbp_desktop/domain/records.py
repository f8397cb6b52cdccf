"""Typed read models handed out by the storage layer (plain dataclasses, no Qt, no SQL).

The GUI, the letter, the FHIR export and the CLI read these; only ``lbp_desktop.storage`` writes
SQL. Timestamps are ISO 8601 UTC strings (``2026-11-25T21:40:00.000000+00:00``); dates are
``YYYY-MM-DD`` strings. Ids are UUID4 strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["admin", "clinician", "reception"]
EpisodeStatus = Literal[
    "registered",
    "questionnaire_pending",
    "questionnaire_completed",
    "examined",
    "letter_sent",
    "closed",
]
EPISODE_STATUSES: tuple[str, ...] = (
    "registered",
    "questionnaire_pending",
    "questionnaire_completed",
    "examined",
    "letter_sent",
    "closed",
)
ResponseStatus = Literal["in_progress", "completed", "abandoned"]
Recipient = Literal["gp", "caseworker", "patient"]


@dataclass(frozen=True)
class Clinic:
    """The clinic this database belongs to, as named on the sign-in and on every letter."""

    id: str
    name: str
    address: str = ""
    phone: str = ""
    sor: str = ""
    ean: str = ""


@dataclass(frozen=True)
class User:
    """A clinician, receptionist or admin account (never carries the password hash)."""

    id: str
    username: str
    name: str
    role: Role
    profession: str = ""
    authorisation_id: str = ""
    active: bool = True
    pin_set: bool = False


@dataclass(frozen=True)
class Patient:
    """A person on the pathway; ``fictional`` marks the demo cases."""

    id: str
    cpr: str
    name: str
    birth_date: str | None = None
    sex: Literal["male", "female"] | None = None
    phone: str = ""
    email: str = ""
    fictional: bool = False

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.split() else ""


@dataclass(frozen=True)
class Referral:
    """Who referred the patient and why (the GP the letter goes back to)."""

    gp_name: str = ""
    gp_clinic: str = ""
    gp_address: str = ""
    referral_date: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class Episode:
    """One course of care for one patient, from referral to letter (``EPISODE_STATUSES``)."""

    id: str
    patient_id: str
    referral: Referral
    clinician_id: str | None
    status: EpisodeStatus
    created_at: str
    updated_at: str
    caseworker: str = ""
    """Municipal caseworker (name, municipality) where the pathway involves the kommune."""


@dataclass(frozen=True)
class Response:
    """One filling-in of a battery (or a single instrument)."""

    id: str
    episode_id: str
    battery_id: str
    form_versions: dict[str, str]
    language: str
    device: str
    status: ResponseStatus
    started_at: str
    completed_at: str | None
    position: str | None = None
    """``form_id.item_id`` the patient was last on, so a resumed session opens there."""
    source: str = "patient"
    """``patient`` (answered on a tablet) or ``paper`` (typed in by ``entered_by``)."""
    entered_by: str | None = None
    double_entry: str = "none"
    """``none``, ``pending`` (a second person's blind entry must agree first) or ``agreed``."""


@dataclass(frozen=True)
class AnswerRecord:
    """One answer as stored (a changed answer is a later record for the same item)."""

    response_id: str
    form_id: str
    item_id: str
    value: int | str | None
    answered_at: str


@dataclass(frozen=True)
class ScoreRecord:
    """One instrument's score of a completed response, with the scoring version that made it."""

    response_id: str
    form_id: str
    scoring_version: str
    result: dict[str, Any]
    """Exactly what ``ScoreResult.to_dict()`` gives (the same JSON the CLI prints)."""
    computed_at: str


@dataclass(frozen=True)
class Examination:
    """The clinician's findings, assessment and plan for an episode (latest saved version)."""

    episode_id: str
    clinician_id: str | None
    examined_at: str | None
    findings: dict[str, str] = field(default_factory=dict)
    """Structured findings, e.g. ``{"neurology": "...", "slr": "...", "mobility": "..."}``."""
    assessment: str = ""
    """One of ``nonspecific``, ``nerve_root``, ``disc_herniation``, ``specific_pathology``."""
    assessment_text: str = ""
    information_given: str = ""
    plan: list[str] = field(default_factory=list)
    """Plan option ids (see ``lbp_desktop.pathway.plan``)."""
    plan_text: str = ""
    follow_up: str = ""
    gp_follow_up: bool = False
    recipients: list[str] = field(default_factory=lambda: ["gp"])
    red_flag_notes: str = ""
    """What the clinician found and did about red flags."""


@dataclass(frozen=True)
class Letter:
    """A generated letter's metadata (the PDF itself stays in the store, hashed by ``sha256``)."""

    id: str
    episode_id: str
    recipient: Recipient
    version: int
    status: Literal["draft", "approved"]
    sha256: str
    created_at: str
    approved_at: str | None = None
    approved_by: str | None = None
    replaces_id: str | None = None
    language: str = "da"


@dataclass(frozen=True)
class AuditEvent:
    """One line of the audit log: who did what to which record, and when."""

    id: str
    at: str
    user_id: str | None
    action: str
    """``create``, ``update``, ``view``, ``export``, ``login``, ``login_failed`` …"""
    entity: str
    entity_id: str | None
    patient_id: str | None
    detail: str = ""


QuestionnaireState = Literal["none", "waiting", "in_progress", "done"]
FlagLevel = Literal["none", "flag", "unanswered", "acute"]
"""Worklist red-flag level (``lbp_desktop.pathway.redflags.worklist_level``): ``unanswered`` = an
acute red-flag question was not answered."""


@dataclass(frozen=True)
class WorklistRow:
    """One line of the clinician's worklist (one episode), cheap to fetch in pages."""

    episode_id: str
    patient_id: str
    patient_name: str
    cpr: str
    status: EpisodeStatus
    referral_date: str | None
    clinician_name: str
    questionnaire: QuestionnaireState
    risk: str | None
    """STarT Back risk group of the latest completed response (``low``/``medium``/``high``)."""
    red_flags: FlagLevel
    updated_at: str
    fictional: bool = False
    acute_handled: bool = False
    """The clinician has recorded how the acute red flag was handled."""
