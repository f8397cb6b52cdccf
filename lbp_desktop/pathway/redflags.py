"""Red-flag triage: acute, non-acute or none, from the ``redflags`` result and the patient's age.

Rules (INSTRUMENTS.md §6): a yes to ``bladder_bowel``, ``saddle_anaesthesia`` or
``progressive_weakness`` is an emergency (cauda equina or progressive neurology → acute hospital
referral); the other flags are for the clinician to weigh. The ``age`` flag — age < 20 or > 55 at
the assessment date — comes from the CPR birth date, never from a question; its limits live in
``resources/pathway/redflags.yaml`` with the labels.

An incomplete red-flag set still triages on what was answered (a yes is never held back), and
``complete`` says that some were not answered — a missing answer is never read as a no.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from lbp_desktop.domain.cpr import age_on
from lbp_desktop.pathway import _data

Level = Literal["acute", "non_acute", "none"]
AGE_FLAG = "age"


def _config() -> dict[str, Any]:
    return _data.load("redflags")


def age_limits() -> tuple[int, int]:
    """(under, over): an age below ``under`` or above ``over`` is flagged."""
    age = _config()["age"]
    return int(age["under"]), int(age["over"])


def age_flag(birth_date: dt.date, on: dt.date) -> bool:
    """True if the patient is under 20 or over 55 (completed years) on ``on``."""
    under, over = age_limits()
    years = age_on(birth_date, on)
    return years < under or years > over


def label(flag_id: str, lang: str = "da") -> str:
    """The clinician's label of a red flag (including ``age``) or a triage level."""
    config = _config()
    text = config["labels"].get(flag_id) or config["levels"].get(flag_id)
    if text is None:
        raise KeyError(f"no red flag or level {flag_id!r}")
    return str(text["en" if lang == "en" else "da"])


@dataclass(frozen=True)
class Triage:
    level: Level
    """``acute`` if any acute flag, else ``non_acute`` if any flag (age included), else ``none``."""
    acute: list[str] = field(default_factory=list)
    non_acute: list[str] = field(default_factory=list)
    """Non-acute flags answered yes, then ``age`` when it applies."""
    age: int | None = None
    age_flag: bool = False
    complete: bool = True
    """False if the red-flag questions were not all answered (the missing ones are ``missing``)."""
    missing: list[str] = field(default_factory=list)

    @property
    def flags(self) -> list[str]:
        return [*self.acute, *self.non_acute]

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "acute": list(self.acute),
                "non_acute": list(self.non_acute), "age": self.age, "age_flag": self.age_flag,
                "complete": self.complete, "missing": list(self.missing)}


def triage(redflags_result: Any | None, birth_date: dt.date | None = None,
           assessed_on: dt.date | None = None) -> Triage:
    """Triage from a ``redflags`` result (``ScoreResult`` or its dict; None if not asked).

    ``birth_date`` (from the CPR) and ``assessed_on`` (default today) give the ``age`` flag.
    """
    result: Mapping[str, Any] = {}
    if redflags_result is not None:
        result = (redflags_result.to_dict() if hasattr(redflags_result, "to_dict")
                  else redflags_result)
    acute = list(result.get("acute") or [])
    non_acute = list(result.get("non_acute") or [])
    complete = bool(result.get("complete", False)) if redflags_result is not None else False
    missing = list(result.get("missing") or [])
    age = None
    flagged = False
    if birth_date is not None:
        on = assessed_on or dt.date.today()
        age = age_on(birth_date, on)
        flagged = age_flag(birth_date, on)
        if flagged:
            non_acute.append(AGE_FLAG)
    level: Level = "acute" if acute else ("non_acute" if non_acute else "none")
    return Triage(level, acute, non_acute, age, flagged, complete, missing)
