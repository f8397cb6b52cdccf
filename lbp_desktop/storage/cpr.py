"""CPR helpers the storage layer needs (normalising, birth date and sex for the patient row).

The clinical CPR rules (century from the 7th digit, no modulus-11 check, eCPR with letters) are
those of INSTRUMENTS.md §10, implemented once in ``lbp_desktop.pathway.cpr``; the small parser
here is only a fallback.
"""

from __future__ import annotations

import datetime as dt
import re

_CPR = re.compile(r"^(\d{2})(\d{2})(\d{2})-?([0-9A-Za-z]{4})$")


def normalise(cpr: str) -> str:
    """``DDMMYY-SSSS`` (a dash added if missing); other text is returned trimmed."""
    text = cpr.strip()
    match = _CPR.match(text)
    if match:
        return f"{match[1]}{match[2]}{match[3]}-{match[4].upper()}"
    return text


def digits(cpr: str) -> str:
    return normalise(cpr).replace("-", "").lower()


def _century(yy: int, seventh: str) -> int | None:
    if not seventh.isdigit():
        return None
    d = int(seventh)
    if d <= 3:
        return 1900
    if d in (4, 9):
        return 2000 if yy <= 36 else 1900
    return 2000 if yy <= 57 else 1800


def birth_date_and_sex(cpr: str) -> tuple[str | None, str | None]:
    """``(YYYY-MM-DD, "male"|"female")`` or ``None`` parts where the CPR does not tell."""
    try:  # the pathway module owns the rule (eCPR, replacement numbers, centuries)
        from lbp_desktop.pathway.cpr import CprError, parse_cpr

        try:
            parsed = parse_cpr(cpr)
        except CprError:
            return None, None
        return parsed.birth_date.isoformat(), parsed.sex
    except ImportError:  # pragma: no cover - fallback below
        pass
    match = _CPR.match(cpr.strip())
    if not match:
        return None, None
    dd, mm, yy, serial = int(match[1]), int(match[2]), int(match[3]), match[4]
    century = _century(yy, serial[0])
    birth: str | None = None
    if century is not None:
        try:
            birth = dt.date(century + yy, mm, dd).isoformat()
        except ValueError:
            birth = None
    sex = None
    if serial[-1].isdigit():
        sex = "male" if int(serial[-1]) % 2 else "female"
    return birth, sex
