"""Red-flag triage: acute, non-acute or none, from the ``redflags`` result and the age at onset.

Rules (``docs/clinical/red-flags.md``):

- A yes (or "Ved ikke") to ``bladder_bowel``, ``saddle_anaesthesia`` or ``progressive_weakness`` is
  an emergency (cauda equina or progressive neurology → acute hospital referral); the other flags
  are for the clinician to weigh.
- A red-flag question without an answer is ``unanswered`` — never a no. An unanswered *acute*
  question is a warning as prominent as a flag (``level`` ``unanswered`` on the worklist).
- The ``age`` flag is about the **age at onset** of this episode of back pain: under 20 or over 55
  when the pain began (Laerum E et al. Nasjonale kliniske retningslinjer for korsryggsmerter,
  Oslo 2007/2010; SBU. Ont i ryggen, ont i nacken. Stockholm 2000: "smärtdebut efter 55 år";
  Region Midtjylland, forløbsprogram for lænderygsmerter, Bilag 3). It is derived from the CPR
  birth date and the pain-duration answer (Örebro item 1), or from an onset date when one was
  registered — never from the age today alone. When the answers cannot decide it (e.g. a
  70-year-old with pain "for more than a year"), ``age_flag`` is ``None``: shown as "cannot be
  decided – ask", never as no flag.

An incomplete red-flag set still triages on what was answered (a yes is never held back).
The limits and the duration table live in ``resources/pathway/redflags.yaml``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from lbp_desktop.domain.cpr import age_on
from lbp_desktop.pathway import _data

Level = Literal["acute", "unanswered", "non_acute", "none"]
AGE_FLAG = "age"


def _config() -> dict[str, Any]:
    return _data.load("redflags")


def age_limits() -> tuple[int, int]:
    """(under, over): an age at onset below ``under`` or above ``over`` is flagged."""
    age = _config()["age"]
    return int(age["under"]), int(age["over"])


def acute_ids() -> tuple[str, ...]:
    """The red-flag ids whose yes is an emergency (from the form's acute alert rules)."""
    from lbp_desktop.instruments import load_forms
    from lbp_desktop.scoring.redflags import acute_items

    try:
        return tuple(acute_items(load_forms().forms["redflags"]))
    except (KeyError, AssertionError):
        from lbp_desktop.scoring.redflags import ACUTE

        return tuple(ACUTE)


@dataclass(frozen=True)
class OnsetAge:
    """What the answers say about the patient's age when this episode of pain began."""

    now: int
    """Completed years on the assessment date."""
    latest: int
    """The oldest the patient can have been at onset (onset as late as the answers allow)."""
    earliest: int | None
    """The youngest the patient can have been at onset; None when the duration is open-ended
    ("more than a year") or unknown."""
    basis: Literal["onset_date", "duration", "none"]
    """``onset_date``: a registered onset date; ``duration``: the pain-duration answer;
    ``none``: no duration known (only the age today)."""
    duration_code: int | None = None
    """The answer code of the duration item (``orebro10.q1``), when that was the basis."""

    def to_dict(self) -> dict[str, Any]:
        return {"now": self.now, "latest": self.latest, "earliest": self.earliest,
                "basis": self.basis, "duration_code": self.duration_code}


def _durations() -> tuple[str, str, dict[int, tuple[int, int | None]]]:
    onset = _config()["onset"]
    table = {int(code): (int(lo), None if hi is None else int(hi))
             for code, (lo, hi) in onset["duration_days"].items()}
    return str(onset["form"]), str(onset["item"]), table


def duration_source() -> tuple[str, str]:
    """(form id, item id) of the pain-duration answer the onset age is read from."""
    form, item, _ = _durations()
    return form, item


def onset_age(birth_date: dt.date, on: dt.date, duration_code: int | None = None,
              onset_date: dt.date | None = None) -> OnsetAge:
    """The range of possible ages at onset, from a registered onset date or the duration answer."""
    now = age_on(birth_date, on)
    if onset_date is not None:
        at = age_on(birth_date, min(onset_date, on))
        return OnsetAge(now, at, at, "onset_date")
    _, _, table = _durations()
    if duration_code is None or duration_code not in table:
        return OnsetAge(now, now, None, "none")
    shortest, longest = table[duration_code]
    latest = age_on(birth_date, on - dt.timedelta(days=shortest))
    earliest = None if longest is None else age_on(birth_date, on - dt.timedelta(days=longest))
    return OnsetAge(now, latest, earliest, "duration", duration_code)


def age_flag_of(onset: OnsetAge) -> bool | None:
    """True: onset under 20 or over 55; False: neither; None: the answers cannot decide.

    Under 20 is decided on the latest possible onset: an adult whose pain has lasted "more than
    a year" is taken to have begun it as an adult (the flag is about new back pain in children
    and adolescents). Over 55 needs the earliest possible onset above 55 to be certain, and is
    undecided when the range straddles the limit or is open-ended above it.
    """
    under, over = age_limits()
    if onset.latest < under:
        return True
    if onset.earliest is not None and onset.earliest > over:
        return True
    if onset.latest > over:  # may have begun after 55: the answers cannot say
        return None
    if onset.earliest is not None and onset.earliest < under:  # straddles the lower limit
        return None
    return False


def age_flag(birth_date: dt.date, on: dt.date, duration_code: int | None = None,
             onset_date: dt.date | None = None) -> bool | None:
    """The age-at-onset flag (see ``age_flag_of``)."""
    return age_flag_of(onset_age(birth_date, on, duration_code, onset_date))


def label(flag_id: str, lang: str = "da") -> str:
    """The clinician's label of a red flag (including ``age``) or a triage level."""
    config = _config()
    text = config["labels"].get(flag_id) or config["levels"].get(flag_id)
    if text is None:
        raise KeyError(f"no red flag or level {flag_id!r}")
    return str(text["en" if lang == "en" else "da"])


@dataclass(frozen=True)
class Triage:
    """The red-flag triage of an episode: its level and the flags behind it."""

    level: Level
    """``acute`` if any acute flag; else ``unanswered`` if an acute question was not answered;
    else ``non_acute`` if any flag (age included); else ``none``."""
    acute: list[str] = field(default_factory=list)
    non_acute: list[str] = field(default_factory=list)
    """Non-acute flags answered yes (or "Ved ikke"), then ``age`` when it applies."""
    age: int | None = None
    """Age on the assessment date."""
    age_flag: bool | None = False
    """Age at onset under 20 or over 55; None = cannot be decided from the answers."""
    onset: OnsetAge | None = None
    complete: bool = True
    """False if the red-flag questions were not all answered (see ``unanswered``)."""
    unanswered: list[str] = field(default_factory=list)
    """Red-flag ids without an answer, in form order (all of them if none were asked)."""
    unsure: list[str] = field(default_factory=list)
    """Positives that were "Ved ikke"."""

    @property
    def flags(self) -> list[str]:
        return [*self.acute, *self.non_acute]

    @property
    def missing(self) -> list[str]:
        return list(self.unanswered)

    @property
    def unanswered_acute(self) -> list[str]:
        acute = set(acute_ids())
        return [i for i in self.unanswered if i in acute]

    @property
    def all_clear(self) -> bool:
        """Every red-flag question answered no and no age flag: the only state that may be
        reported as "no red flags"."""
        return self.level == "none" and not self.unanswered and self.age_flag is False

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "acute": list(self.acute),
                "non_acute": list(self.non_acute), "age": self.age, "age_flag": self.age_flag,
                "onset_age": self.onset.to_dict() if self.onset else None,
                "complete": self.complete, "unanswered": list(self.unanswered),
                "unsure": list(self.unsure)}


def _result(value: Any | None) -> Mapping[str, Any]:
    if value is None:
        return {}
    return value.to_dict() if hasattr(value, "to_dict") else value


def _all_items() -> list[str]:
    from lbp_desktop.instruments import load_forms

    try:
        return list(load_forms().forms["redflags"].item_ids())
    except KeyError:
        from lbp_desktop.scoring.redflags import ITEMS

        return list(ITEMS)


def triage(redflags_result: Any | None, birth_date: dt.date | None = None,
           assessed_on: dt.date | None = None, *, duration_code: int | None = None,
           onset_date: dt.date | None = None) -> Triage:
    """Triage from a ``redflags`` result (``ScoreResult`` or its dict; None if not asked).

    ``birth_date`` (from the CPR), ``assessed_on`` (default today) and the pain duration
    (``duration_code`` of ``orebro10.q1``) or a registered ``onset_date`` give the ``age`` flag.
    """
    result = _result(redflags_result)
    acute = list(result.get("acute") or [])
    non_acute = list(result.get("non_acute") or [])
    if redflags_result is None:
        unanswered = _all_items()
    elif "unanswered" in result:
        unanswered = list(result.get("unanswered") or [])
    else:  # a result stored before ``unanswered`` existed: the missing ids say the same
        unanswered = list(result.get("missing") or [])
    onset = None
    flagged: bool | None = False
    if birth_date is not None:
        onset = onset_age(birth_date, assessed_on or dt.date.today(), duration_code, onset_date)
        flagged = age_flag_of(onset)
        if flagged:
            non_acute.append(AGE_FLAG)
    acute_set = set(acute_ids())
    level: Level = "none"
    if acute:
        level = "acute"
    elif any(i in acute_set for i in unanswered):
        level = "unanswered"
    elif non_acute:
        level = "non_acute"
    return Triage(level, acute, non_acute, onset.now if onset else None, flagged, onset,
                  not unanswered, unanswered, list(result.get("unsure") or []))


def worklist_level(results: Mapping[str, Mapping[str, Any]], previous: str = "none") -> str:
    """The episode's worklist red-flag level after a questionnaire was scored.

    ``results``: ``{form_id: result dict}`` of the questionnaire; ``previous``: the level stored
    before. Levels rank ``none`` < ``flag`` < ``unanswered`` < ``acute`` and never go down here
    (an emergency seen once stays visible until the clinician handles it). Any positive red flag
    or non-acute alert gives ``flag``; an unanswered acute red-flag question gives
    ``unanswered``; an acute flag or acute alert (MDI item 6 included) gives ``acute``.
    The one rule for both the store's worklist column and the summary.
    """
    level = previous if previous in WORKLIST_ORDER else "none"

    def raise_to(wanted: str) -> None:
        nonlocal level
        if WORKLIST_ORDER[wanted] > WORKLIST_ORDER[level]:
            level = wanted

    flags = results.get("redflags")
    if flags:
        if flags.get("acute"):
            raise_to("acute")
        elif flags.get("positive"):
            raise_to("flag")
        acute_set = set(acute_ids())
        missing = flags.get("unanswered", flags.get("missing")) or []
        if any(i in acute_set for i in missing):
            raise_to("unanswered")
    for result in results.values():
        for alert in result.get("alerts") or []:
            raise_to("acute" if alert.get("level") == "acute" else "flag")
    return level


WORKLIST_ORDER = {"none": 0, "flag": 1, "unanswered": 2, "acute": 3}


def risk_group(results: Mapping[str, Mapping[str, Any]], previous: str | None = None
               ) -> str | None:
    """The episode's STarT Back risk group after a questionnaire: the new complete result's
    group, else the one stored before (an incomplete set never guesses a group)."""
    startback = results.get("startback")
    if startback and startback.get("complete"):
        return startback.get("risk")
    return previous
