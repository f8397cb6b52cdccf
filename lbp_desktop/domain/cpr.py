"""Danish CPR numbers (personnummer) and replacement numbers (erstatningspersonnummer, eCPR).

Rules (docs/clinical/red-flags.md, CPR ages; CPR-kontoret, "Personnummeret i CPR-systemet", cpr.dk):
- ``DDMMYY-SSSS``, the dash optional. The 7th digit and YY give the century: 0–3 → 19YY;
  4 and 9 → 20YY if YY ≤ 36, else 19YY; 5–8 → 20YY if YY ≤ 57, else 18YY. (Computed by
  ``stdnum.dk.cpr.get_birth_date``.)
- Odd last digit = male, even = female.
- Numbers without the modulus-11 check have been issued since 1 October 2007 and are valid:
  **never reject on modulus 11**.
- Replacement numbers are accepted and flagged ``replacement``:
  * eCPR with letters, ``DDMMYYCAAG`` (nspop.dk "eCPR-formater: X-eCPR og D-eCPR"; FMK): C gives the
    century (X-eCPR 1 → 19YY, 7 → 20YY; D-eCPR 0 → 19YY, 5/6 → 20YY), AA letters, G the sex
    (odd male). Other letter layouts are accepted too: the birth date is then taken in the latest
    century that is not in the future, and the sex is unknown if the last character is a letter.
  * all-digit replacement numbers with 6 added to the first digit of the day (cpr.dk's suggested
    construction, e.g. 67 for the 7th); century and sex as for a CPR number.

- Only the ASCII digits 0–9 (and for eCPR the letters A–Z) are accepted. Python's regex digit
  class also matches Arabic-Indic, Devanagari, full-width and other digits: ``٠٧٠١٨٢-1357``
  would otherwise be a "new" person with the same birth date as ``070182-1357``, a duplicate
  record that CPR search never finds. Such text is refused with a message that says why.

Errors are ``CprError`` (a ``ValueError``) with a machine ``reason`` — ``format``, ``date`` or
``future`` — and an English message; the UI translates by reason.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Reason = Literal["format", "date", "future"]
Sex = Literal["male", "female"]

_SHAPE = re.compile(r"^(\d{6})[- ]?([0-9A-Z]{4})$", re.ASCII)
# eCPR century digit (nspop.dk: X-eCPR 1/7, D-eCPR 0/5/6)
_ECPR_CENTURY = {"0": 1900, "1": 1900, "5": 2000, "6": 2000, "7": 2000}


class CprError(ValueError):
    """A CPR number that cannot be used. ``reason`` is ``format``, ``date`` or ``future``."""

    def __init__(self, reason: Reason, message: str) -> None:
        self.reason: Reason = reason
        super().__init__(message)


@dataclass(frozen=True)
class Cpr:
    """A checked CPR or replacement number."""

    number: str
    """Ten characters, no dash, letters upper-case."""
    birth_date: dt.date
    sex: Sex | None
    """None only for a replacement number whose last character is a letter."""
    replacement: bool
    """True for an eCPR / erstatningspersonnummer."""

    @property
    def formatted(self) -> str:
        """``DDMMYY-SSSS``."""
        return f"{self.number[:6]}-{self.number[6:]}"

    def age_on(self, on: dt.date) -> int:
        return age_on(self.birth_date, on)

    def __str__(self) -> str:
        return self.formatted


def age_on(birth_date: dt.date, on: dt.date) -> int:
    """Completed years on ``on``; born 29 February → a year older on 1 March in other years."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def _sex(last: str) -> Sex | None:
    if not last.isdigit():
        return None
    return "male" if int(last) % 2 else "female"


def _date(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CprError("date", f"{day:02d}{month:02d}{year % 100:02d} is not a valid birth date"
                       ) from None


def _latest_not_future(day: int, month: int, yy: int, today: dt.date) -> dt.date:
    for century in (2000, 1900, 1800):
        candidate = _date(century + yy, month, day)
        if candidate <= today:
            return candidate
    return candidate  # pragma: no cover - 18YY is always in the past


def parse_cpr(text: str, today: dt.date | None = None) -> Cpr:
    """Check ``text`` and return the number with birth date and sex, or raise ``CprError``.

    ``today`` (default: the current date) is the date a birth date may not lie after.
    """
    today = today or dt.date.today()
    if not isinstance(text, str):
        raise CprError("format", "a CPR number is text: DDMMYY-SSSS")
    foreign = sorted({ch for ch in text if ch.isdigit() and not ch.isascii()})
    if foreign:
        raise CprError("format", f"{text.strip()!r} contains digits other than 0-9 "
                       f"({''.join(foreign)}); type the number with the digits 0-9")
    match = _SHAPE.match(text.strip().upper())
    if match is None:
        raise CprError("format", f"{text.strip()!r} is not a CPR number (DDMMYY-SSSS)")
    date_part, serial = match.groups()
    number = date_part + serial
    day, month, yy = int(number[0:2]), int(number[2:4]), int(number[4:6])
    replacement = not serial.isdigit()
    if replacement:
        century = _ECPR_CENTURY.get(serial[0])
        if century is not None:
            birth = _date(century + yy, month, day)
        else:
            birth = _latest_not_future(day, month, yy, today)
    else:
        if 61 <= day <= 91:  # cpr.dk replacement construction: first digit of the day + 6
            replacement = True
            day -= 60
        digits = f"{day:02d}{number[2:]}"
        # python-stdnum loads with the first number checked, not with every module that only
        # needs ``age_on`` (the letter, the red-flag triage)
        from stdnum.dk import cpr as stdnum_cpr
        from stdnum.exceptions import ValidationError as StdnumError

        try:
            birth = stdnum_cpr.get_birth_date(digits)
        except StdnumError:
            raise CprError("date", f"{number[:6]} is not a valid birth date") from None
    if birth > today:
        raise CprError("future", f"the birth date {birth.isoformat()} lies in the future")
    return Cpr(number=number, birth_date=birth, sex=_sex(serial[-1]), replacement=replacement)


def is_valid_cpr(text: str, today: dt.date | None = None) -> bool:
    try:
        parse_cpr(text, today)
    except CprError:
        return False
    return True
