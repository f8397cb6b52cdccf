"""The plan options of the pathway, the assessment categories, and the prefilled plan.

All labels and the prefill rules live in ``resources/pathway/plan.yaml``; this module only applies
them. The prefill follows Keele stratified care (Hill JC et al. Lancet 2011;378:1560-71;
docs/clinical/instruments.md): low risk → advice, reassurance, information, stay active and at work,
self-management; medium → physiotherapy/chiropractic for the symptoms (exercise, manual therapy,
advice); high → psychologically informed physiotherapy and wider support (work, social).

Red flags override the matched treatment (``docs/clinical/plan.md``): an acute flag replaces the
suggestion with the acute route (acute hospital referral); any positive *or unanswered* red flag
removes "no further investigation" (never written beside a flag or an open question); a non-acute
flag (age at onset included) adds "consider further investigation". The clinician always edits the
result: it is a suggestion, never a decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lbp_desktop.pathway import _data

RISKS = ("low", "medium", "high")


@dataclass(frozen=True)
class Choice:
    """A plan option or an assessment category: an id and its labels."""

    id: str
    label_da: str
    label_en: str

    def label(self, lang: str = "da") -> str:
        return self.label_en if lang == "en" else self.label_da


def _config() -> dict[str, Any]:
    return _data.load("plan")


def _choices(key: str) -> list[Choice]:
    return [Choice(str(c["id"]), str(c["label"]["da"]), str(c["label"]["en"]))
            for c in _config()[key]]


def plan_options() -> list[Choice]:
    """Every plan option, in the order the letter lists them."""
    return _choices("options")


def assessment_categories() -> list[Choice]:
    """nonspecific, nerve_root, disc_herniation, specific_pathology — with labels."""
    return _choices("assessments")


def option(option_id: str) -> Choice:
    for choice in plan_options():
        if choice.id == option_id:
            return choice
    raise KeyError(f"no plan option {option_id!r}")


def assessment(category_id: str) -> Choice:
    for choice in assessment_categories():
        if choice.id == category_id:
            return choice
    raise KeyError(f"no assessment category {category_id!r}")


def plan_source() -> str:
    """The citation behind ``recommended_plan`` (for the letter or an info screen)."""
    return " ".join(str(_config()["source"]).split())


def recommended_plan(startback_risk: str | None, red_flags_acute: bool = False,
                     sick_listed: bool | None = False,
                     mdi_severity: str | None = None, *,
                     red_flags: tuple[str, ...] | list[str] = (),
                     unanswered: tuple[str, ...] | list[str] = ()) -> list[str]:
    """The plan option ids to prefill, in ``plan_options()`` order.

    ``startback_risk``: low/medium/high, or None when STarT Back is incomplete or not asked.
    ``red_flags_acute``: an acute red flag: the suggestion is the acute route only.
    ``sick_listed``: from the work form (None = unknown, treated as not sick-listed).
    ``mdi_severity``: the ICD-10 level none/mild/moderate/severe or None (MDI not given).
    ``red_flags``: non-acute flags present (``age`` included); ``unanswered``: red-flag questions
    not answered. Either removes "no further investigation"; a flag adds "consider further
    investigation".
    """
    if startback_risk is not None and startback_risk not in RISKS:
        raise ValueError(f"unknown STarT Back risk group {startback_risk!r}")
    rules = _config()["recommend"]
    chosen: set[str] = set(rules["by_risk"][startback_risk or "unknown"])
    if sick_listed:
        chosen -= set(rules["sick_listed"].get("remove", []))
        chosen |= set(rules["sick_listed"].get("add", []))
        if startback_risk == "high":
            chosen |= set(rules.get("sick_listed_high", []))
    if mdi_severity is not None:
        chosen |= set(rules.get("mdi_severity", {}).get(mdi_severity, []))
    if red_flags_acute:
        chosen = set(rules["acute_red_flag"])
    elif red_flags or unanswered:
        chosen -= set(rules.get("not_with_red_flag", []))
        if red_flags:
            chosen |= set(rules.get("red_flag", []))
    order = [c.id for c in plan_options()]
    unknown = sorted(chosen - set(order))
    if unknown:
        raise ValueError(f"plan.yaml recommends unknown options: {', '.join(unknown)}")
    return [i for i in order if i in chosen]


def suggested_plan(summary: Any) -> list[str]:
    """``recommended_plan`` for an ``EpisodeSummary``: the one place the screen's matched
    treatment, the examination form's prefill and any letter draft take their suggestion from."""
    current = summary.current
    work = current.get("work") or {}
    mdi = current.get("mdi") or {}
    rf = summary.red_flags
    return recommended_plan(summary.risk, bool(rf.acute), bool(work.get("sick_listed")),
                            mdi.get("icd10") if mdi.get("complete", True) else None,
                            red_flags=list(rf.non_acute), unanswered=list(rf.unanswered))
