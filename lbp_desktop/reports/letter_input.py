"""What a letter is made of: plain frozen dataclasses, no storage, no reportlab.

The renderer (``epikrise.render_letter``) reads only a ``LetterInput``; ``from_store`` fills one
from an episode. Values are kept as data (ids, numbers, booleans) and put into words by the
renderer in the letter's language, so the same input gives the same words every time.

Strings typed by people (names, notes, plan text) are printed exactly as typed: the renderer
escapes them, callers never pre-escape.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Literal, cast

RecipientKind = Literal["gp", "caseworker", "patient"]
RECIPIENTS: tuple[str, ...] = ("gp", "caseworker", "patient")

# Örebro profile domains in the order the letter lists them (docs/clinical/instruments.md).
PROFILE_DOMAINS: tuple[str, ...] = (
    "pain",
    "function",
    "sleep",
    "fear_avoidance",
    "worry",
    "persistence",
    "mood",
    "work_expectation",
)
# Psychological item detail: never in the caseworker's version.
PSYCHOLOGICAL_DOMAINS: frozenset[str] = frozenset(
    {"worry", "mood", "persistence", "fear_avoidance", "work_expectation"}
)
# What the caseworker's version keeps of the profile (an allow-list, so a new domain stays out).
CASEWORKER_DOMAINS: frozenset[str] = frozenset({"pain", "function"})
# Plan options that reveal psychological detail (resources/pathway/plan.yaml ids).
CASEWORKER_HIDDEN_PLAN: frozenset[str] = frozenset({"psych_informed", "mood_follow_up"})


@dataclass(frozen=True)
class Sender:
    """The clinic and clinician the letter comes from."""

    clinic_name: str
    clinic_address: str = ""
    """May hold several lines separated by newlines."""
    clinic_phone: str = ""
    clinic_sor: str = ""
    clinician_name: str = ""
    profession: str = ""
    authorisation_id: str = ""


@dataclass(frozen=True)
class RecipientBlock:
    """Whom the letter is addressed to."""

    name: str = ""
    organisation: str = ""
    address: str = ""
    """May hold several lines separated by newlines."""


@dataclass(frozen=True)
class StartBackStatus:
    """The STarT Back result: risk group and the two scores it comes from."""

    risk: str | None
    """``low``/``medium``/``high``; ``None`` when the set was incomplete."""
    total: int | None = None
    psychosocial: int | None = None


@dataclass(frozen=True)
class DomainRow:
    """One domain of the Örebro profile: its burden and severity."""

    domain: str
    """One of ``PROFILE_DOMAINS``."""
    band: str
    """``none``/``mild``/``moderate``/``severe``."""
    burden: int
    """0–10 after reversal."""


@dataclass(frozen=True)
class ChangeRow:
    """One measure compared with the first questionnaire of the episode."""

    measure: str
    """``back_pain``, ``leg_pain``, ``rmdq``, ``startback``, ``orebro`` (or free text)."""
    baseline: str
    latest: str
    note: str = ""
    """E.g. ``klinisk betydende bedring``; already in words (from the pathway rules)."""


@dataclass(frozen=True)
class OtherScore:
    """A scored instrument the letter has no section of its own for (a new form): one line."""

    form: str
    name: str
    """The instrument's short name (``instrument.short_name`` in its form file)."""
    total: float | None = None
    max: float | None = None
    word: str = ""
    """The result's band, severity or risk group in the letter's language, if it has one."""
    complete: bool = True


@dataclass(frozen=True)
class PatientReported:
    """What the patient answered, scored (the latest completed questionnaire)."""

    answered_on: str | None = None
    """Date (``YYYY-MM-DD``) the questionnaire was completed."""
    paper_typist: str | None = None
    """Set when the answers were given on paper: who typed them in."""
    language: str = "da"
    startback: StartBackStatus | None = None
    profile: tuple[DomainRow, ...] = ()
    back_pain_now: int | None = None
    back_pain_week: int | None = None
    leg_pain_now: int | None = None
    leg_pain_week: int | None = None
    leg_side: str | None = None
    """``none``/``left``/``right``/``both``."""
    below_knee: bool | None = None
    rmdq_total: int | None = None
    rmdq_prorated: bool = False
    orebro_total: int | None = None
    orebro_raised_risk: bool | None = None
    mdi_total: int | None = None
    mdi_severity: str | None = None
    """The sum band (``none``/``mild``/``moderate``/``severe``) — a band, not a diagnosis."""
    mdi_icd10: str | None = None
    """The ICD-10 algorithm's result: ``none``/``mild``/``moderate``/``severe``."""
    mdi_dsm4: str | None = None
    """The DSM-IV algorithm's result: ``none``/``major``."""
    mdi_item6: int | None = None
    """The answer to item 6 ("life not worth living"), 0–5."""
    unverified: tuple[str, ...] = ()
    """Short names of the scored instruments whose wording in the answered language is not
    verified against the published version (one footnote in the letter)."""
    occupation: str = ""
    employment: str | None = None
    """``employed``/``self_employed``/``unemployed``/``student``/``retired``/``other``."""
    sick_listed: bool | None = None
    sick_leave_weeks: int | None = None
    physical_work: bool | None = None
    changes: tuple[ChangeRow, ...] = ()
    other_scores: tuple[OtherScore, ...] = ()
    """Instruments without a section of their own; GP letter only (the caseworker's copy is
    rebuilt from an allow-list in ``for_recipient`` and so never carries them)."""


@dataclass(frozen=True)
class AgeAtOnset:
    """The age red flag: the patient's age when this episode of pain began."""

    flag: bool | None
    """True: under 20 or over 55 at onset; False: neither; None: the answers cannot decide."""
    side: str = ""
    """``under`` / ``over`` when flagged (or when undecided, the limit in question)."""
    now: int | None = None
    latest: int | None = None
    """The oldest the patient can have been at onset."""
    earliest: int | None = None
    """The youngest (None: open-ended duration or unknown)."""
    basis: str = "none"
    """``onset_date``, ``duration`` or ``none`` (no duration answered)."""
    duration: str = ""
    """The pain-duration answer in the letter's language (e.g. "Mere end 1 år")."""


@dataclass(frozen=True)
class Handling:
    """How the clinician handled an acute red flag: who, when, what."""

    by: str
    at: str
    """ISO timestamp."""
    action: str


@dataclass(frozen=True)
class RedFlagStatus:
    """What the red-flag questions found, and what is still unknown."""

    asked: tuple[str, ...] = ()
    """Red-flag ids the patient was asked (every red-flag question of the form)."""
    answered: tuple[str, ...] = ()
    """Ids the patient answered (yes, no or "Ved ikke")."""
    acute: tuple[str, ...] = ()
    """Acute ids answered yes or "Ved ikke" (cauda equina, progressive neurology)."""
    non_acute: tuple[str, ...] = ()
    unsure: tuple[str, ...] = ()
    """Positives that were "Ved ikke"."""
    derived: tuple[str, ...] = ()
    """Flags not asked but derived, e.g. ``age`` (age at onset from the CPR and duration)."""
    age: AgeAtOnset | None = None
    found_and_done: str = ""
    """The clinician's note: what was found at the examination and what was done."""
    handled: Handling | None = None
    """The recorded handling of the acute flag, if any."""

    @property
    def unanswered(self) -> tuple[str, ...]:
        """Red-flag questions asked but not answered, in form order — never read as "no"."""
        return tuple(i for i in self.asked if i not in self.answered)

    @property
    def all_clear(self) -> bool:
        """Every red-flag question answered no, and no age flag: the only state the letter may
        call "no red flags"."""
        age_clear = self.age.flag is False if self.age is not None else "age" not in self.derived
        return bool(self.asked) and not self.unanswered and not self.acute \
            and not self.non_acute and age_clear


@dataclass(frozen=True)
class Finding:
    """One clinical finding of the examination."""

    label: str
    text: str


@dataclass(frozen=True)
class PlanItem:
    """One element of the agreed plan."""

    id: str
    label: str
    """The label in the letter's language (from ``resources/pathway/plan.yaml``)."""
    patient_label: str = ""
    """Plain-language wording for the patient's copy; falls back to ``label``."""


@dataclass(frozen=True)
class LetterInput:
    """Everything a letter says, as data: the renderer reads nothing else."""

    sender: Sender
    letter_date: str
    """``YYYY-MM-DD``; also the PDF's creation date, so the bytes depend only on the input."""
    patient_name: str
    patient_cpr: str
    recipient_kind: RecipientKind = "gp"
    language: str = "da"
    recipient: RecipientBlock = RecipientBlock()
    further_recipients: tuple[str, ...] = ()
    referral_date: str | None = None
    referral_reason: str = ""
    assessment_date: str | None = None
    status: PatientReported | None = None
    red_flags: RedFlagStatus | None = None
    findings: tuple[Finding, ...] = ()
    assessment: str = ""
    """Assessment id (``nonspecific``, ``nerve_root``, ``disc_herniation``,
    ``specific_pathology``) or words; the renderer translates known ids."""
    assessment_text: str = ""
    information_given: str = ""
    plan: tuple[PlanItem, ...] = ()
    plan_text: str = ""
    follow_up: str = ""
    gp_follow_up: bool | None = False
    """Whether follow-up by the GP is recommended; ``None`` = not decided yet (no examination)."""
    document_id: str = ""
    version: int = 1
    replaces: str | None = None
    """Document id (or id and version) of the letter this one corrects."""
    draft: bool = False
    """A preview not yet approved: every page says so."""
    missing_for_final: tuple[str, ...] = ()
    """Why the letter can only be a draft (``examination``, ``assessment``, ``plan``); a letter
    with any of these is always a draft (``lbp_desktop.pathway.letter_rules``)."""
    fictional: bool = False
    """Demo data: every page says the patient is fictional."""


def for_recipient(inp: LetterInput, recipient: str | None = None) -> LetterInput:
    """A copy holding only what ``recipient`` may see (data minimisation, not just layout).

    - ``gp``: everything.
    - ``caseworker``: work, function, plan and follow-up; no psychological item detail: of the
      profile only pain and function; no MDI, no STarT Back or Örebro scores, no red-flag detail,
      no clinical findings, no free-text referral reason, assessment or information, no
      psychological plan items.
    - ``patient``: the plan in plain words; no scores at all.
    """
    kind = recipient or inp.recipient_kind
    if kind not in RECIPIENTS:
        raise ValueError(f"unknown recipient {kind!r} (expected one of {', '.join(RECIPIENTS)})")
    inp = dataclasses.replace(inp, recipient_kind=cast(RecipientKind, kind))
    if kind == "gp":
        return inp
    if kind == "caseworker":
        status = inp.status
        if status is not None:
            status = PatientReported(
                answered_on=status.answered_on,
                language=status.language,
                profile=tuple(r for r in status.profile if r.domain in CASEWORKER_DOMAINS),
                rmdq_total=status.rmdq_total,
                rmdq_prorated=status.rmdq_prorated,
                occupation=status.occupation,
                employment=status.employment,
                sick_listed=status.sick_listed,
                sick_leave_weeks=status.sick_leave_weeks,
                physical_work=status.physical_work,
                changes=tuple(c for c in status.changes if c.measure == "rmdq"),
            )
        return dataclasses.replace(
            inp,
            status=status,
            referral_reason="",
            red_flags=None,
            findings=(),
            assessment_text="",
            information_given="",
            plan=tuple(p for p in inp.plan
                       if p.id not in CASEWORKER_HIDDEN_PLAN and "psych" not in p.id),
        )
    # patient
    return dataclasses.replace(
        inp,
        status=None,
        red_flags=None,
        findings=(),
        assessment_text="",
        information_given="",
    )
