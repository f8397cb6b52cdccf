"""SOR ids and EAN location numbers: the two addresses a MedCom message needs per organisation.

- **SOR id** (Sundhedsvæsenets Organisationsregister, the Danish Health Data Authority): the
  identifier MedCom's organisation profiles require (``identifier[SOR-ID]``, system
  ``urn:oid:1.2.208.176.1.1``). SOR ids are SNOMED CT identifiers in the Danish namespace, so they
  are 6–18 digits whose last digit is a Verhoeff check digit (SNOMED CT Technical Implementation
  Guide, "SCTID check digit"); every SOR id in MedCom's published examples passes that check.
- **EAN location number** (*lokationsnummer*, GS1 GLN): the VANS mailbox, 13 digits with the
  GS1 modulo-10 check digit (``identifier[EAN-ID]``, system ``urn:oid:1.3.88``).

Checks use ``python-stdnum`` (``verhoeff``, ``ean``). Errors are ``IdentifierError`` (a
``ValueError``) with a machine ``reason`` (``missing``, ``format``, ``check``) so the GUI can word
them in Danish; the English message is what the CLI prints.

Test values: GS1 keeps the prefixes 200–299 for numbers used only inside one company; they are
never issued as location numbers, so no real VANS mailbox has one. The demo clinic and demo GPs use
such EANs (``is_test_ean``), and SOR ids starting ``99999`` (``is_test_sor``), which the GUI and
the message narrative mark as test values.
"""

from __future__ import annotations

import re
from typing import Literal

from stdnum import ean as stdnum_ean
from stdnum import verhoeff

SOR_SYSTEM = "urn:oid:1.2.208.176.1.1"
EAN_SYSTEM = "urn:oid:1.3.88"

Reason = Literal["missing", "format", "check"]
_SPACES = re.compile(r"[\s-]+")
_TEST_SOR_PREFIX = "99999"


class IdentifierError(ValueError):
    """A SOR id or EAN number that cannot be used; ``reason`` is missing, format or check."""

    def __init__(self, kind: str, reason: Reason, message: str) -> None:
        self.kind = kind
        self.reason: Reason = reason
        super().__init__(message)


def _compact(value: str | None) -> str:
    return _SPACES.sub("", value or "")


def normalize_sor(value: str | None) -> str:
    """The SOR id as stored and sent (digits only). Raises ``IdentifierError``."""
    digits = _compact(value)
    if not digits:
        raise IdentifierError("sor", "missing", "SOR id is missing")
    if not digits.isdigit() or not 6 <= len(digits) <= 18:
        raise IdentifierError("sor", "format", f"SOR id {value!r} is not 6-18 digits")
    if not verhoeff.is_valid(digits):
        raise IdentifierError("sor", "check", f"SOR id {digits} has a wrong check digit")
    return digits


def normalize_ean(value: str | None) -> str:
    """The EAN location number as stored and sent (13 digits). Raises ``IdentifierError``."""
    digits = _compact(value)
    if not digits:
        raise IdentifierError("ean", "missing", "EAN location number is missing")
    if not digits.isdigit() or len(digits) != 13:
        raise IdentifierError("ean", "format", f"EAN location number {value!r} is not 13 digits")
    if not stdnum_ean.is_valid(digits):
        raise IdentifierError("ean", "check",
                              f"EAN location number {digits} has a wrong check digit")
    return digits


def optional(normalizer: object, value: str | None) -> str:
    """``normalizer(value)``, or ``""`` when the field was left empty (saving is allowed; sending
    is refused later with a clear message)."""
    if not _compact(value):
        return ""
    assert callable(normalizer)
    return str(normalizer(value))


def is_test_ean(value: str) -> bool:
    """GS1 restricted-circulation prefix 200–299: never a real VANS mailbox."""
    return len(value) == 13 and value[:1] == "2"


def is_test_sor(value: str) -> bool:
    return value.startswith(_TEST_SOR_PREFIX)


def is_test_value(sor_or_ean: str) -> bool:
    return is_test_ean(sor_or_ean) or is_test_sor(sor_or_ean)


__all__ = ["EAN_SYSTEM", "SOR_SYSTEM", "IdentifierError", "is_test_ean", "is_test_sor",
           "is_test_value", "normalize_ean", "normalize_sor", "optional"]
