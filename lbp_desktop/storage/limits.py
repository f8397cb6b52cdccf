"""How long a stored text may be, checked where it enters the database.

Nothing a clinic types is anywhere near these limits; they exist so that a pasted document or a
hostile import cannot become a 20,000-character patient name that every worklist row, every page
header and every letter has to carry. A value over its limit is refused with one line that names
the field and both lengths, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lbp_desktop.storage.errors import StorageError

SHORT = 200
"""Names, GP and clinic names, addresses, phone numbers, e-mail addresses."""

LONG = 20_000
"""Free text: referral reason, assessment, information given, plan, follow-up, notes."""

PATIENT = {"name": SHORT, "phone": SHORT, "email": SHORT}
REFERRAL = {"gp_name": SHORT, "gp_clinic": SHORT, "gp_address": SHORT, "reason": LONG,
            "caseworker": SHORT}
EXAMINATION = {"assessment_text": LONG, "information_given": LONG, "plan_text": LONG,
               "follow_up": LONG, "red_flag_notes": LONG}


def check(values: Mapping[str, Any], limits: Mapping[str, int]) -> None:
    """Refuse the first text in ``values`` longer than its limit in ``limits``."""
    for field, limit in limits.items():
        value = values.get(field)
        if isinstance(value, str) and len(value) > limit:
            raise StorageError(f"{field.replace('_', ' ')}: at most {limit:,} characters "
                               f"(this one has {len(value):,}); nothing was saved")


def check_object(obj: Any, limits: Mapping[str, int]) -> None:
    """:func:`check` on an object's attributes (a ``Referral``, an ``Examination``)."""
    check({field: getattr(obj, field, None) for field in limits}, limits)
