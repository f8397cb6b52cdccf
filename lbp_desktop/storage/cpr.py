"""CPR handling at the storage boundary: normalise, validate, derive birth date and sex.

The clinical rules (century from the 7th digit, never reject on modulus 11, replacement numbers)
live once, in ``lbp_desktop.domain.cpr``; this module only adapts them to what the patient row
stores, and turns a bad number into a ``StorageError`` so nothing is written. The rules (and
python-stdnum under them) load on the first CPR number handled, not with the store.
"""

from __future__ import annotations

from lbp_desktop.storage.errors import StorageError


def normalise(cpr: str) -> str:
    """``DDMMYY-SSSS`` for a valid number; other text trimmed (so a lookup simply finds nothing)."""
    from lbp_desktop.domain.cpr import CprError, parse_cpr

    try:
        return parse_cpr(cpr).formatted
    except CprError:
        return cpr.strip()


def digits(cpr: str) -> str:
    """The number without its dash, lower-case: what the worklist's CPR search matches."""
    return normalise(cpr).replace("-", "").lower()


def checked(cpr: str) -> tuple[str, str, str | None]:
    """``(DDMMYY-SSSS, birth date YYYY-MM-DD, sex or None)`` or ``StorageError`` saying why."""
    from lbp_desktop.domain.cpr import CprError, parse_cpr

    try:
        parsed = parse_cpr(cpr)
    except CprError as exc:
        raise StorageError(f"invalid CPR number {cpr.strip()!r}: {exc}") from None
    return parsed.formatted, parsed.birth_date.isoformat(), parsed.sex
