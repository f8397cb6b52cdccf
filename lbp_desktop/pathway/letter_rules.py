"""When a letter may be final, and to whom it may go.

- A letter is a draft until the examination is recorded with an assessment and a plan: a GP must
  never receive a final "epikrise efter udvidet rygudredning" with empty findings and plan, and
  the patient's copy must never refer to an agreement that was not recorded
  (``docs/clinical/letters.md``). Every path that writes a letter — the workspace, the
  ``epikrise`` command — asks ``missing_for_final`` first.
- A caseworker letter needs a caseworker: without one it is refused with a clear message rather
  than addressed to nobody.
"""

from __future__ import annotations

from typing import Any

WHAT = {
    "examination": "no examination recorded",
    "assessment": "the examination has no assessment",
    "plan": "the examination has no plan",
}


class LetterRefused(ValueError):
    """A letter that cannot be written as asked. ``str()`` is one line for the user."""


def missing_for_final(examination: Any | None) -> list[str]:
    """What is missing before a letter may be final: ``examination``, ``assessment``, ``plan``
    (empty when a final letter is allowed)."""
    if examination is None:
        return ["examination"]
    missing = []
    if not (getattr(examination, "assessment", "") or "").strip() \
            and not (getattr(examination, "assessment_text", "") or "").strip():
        missing.append("assessment")
    if not list(getattr(examination, "plan", []) or []) \
            and not (getattr(examination, "plan_text", "") or "").strip():
        missing.append("plan")
    return missing


def final_refusal(examination: Any | None) -> str | None:
    """One line saying why a final letter cannot be written, or None when it can."""
    missing = missing_for_final(examination)
    if not missing:
        return None
    return "only a draft is possible: " + "; ".join(WHAT[m] for m in missing)


def check_recipient(recipient: str, caseworker: str | None) -> None:
    """Refuse a caseworker letter for an episode without a caseworker (``LetterRefused``)."""
    if recipient == "caseworker" and not (caseworker or "").strip():
        raise LetterRefused("no caseworker is recorded for this episode: add the caseworker "
                            "to the referral before writing a caseworker letter")
