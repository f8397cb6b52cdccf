"""The domain profile: ÖMPSQ-10 items turned into the burdens the letter puts in words.

Source: docs/clinical/instruments.md (the profile phrases of Region Midtjylland's case collection
mapped to the ÖMPSQ-10 items of Linton 2011). Burden is 0–10 after reversal; the band comes from the
form's ``scoring.bands.profile`` (common NRS bands: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe), so
a region can change them without code.

Each domain in the form's ``scoring.domains`` names its items, whether they are reversed, and how
several items combine: ``single`` (one item) or ``mean_round_half_up`` (fear_avoidance = mean of
q9 and q10, .5 rounded up).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from lbp_desktop.questionnaires.model import Code, Domain, Form
from lbp_desktop.scoring.base import band_for, round_half_up

DOMAIN_IDS = ("pain", "function", "sleep", "worry", "mood", "persistence", "work_expectation",
              "fear_avoidance")
"""The domain ids of docs/clinical/README.md, in the order the letter lists them."""
BAND_SET = "profile"


def check_form(form: Form, scale_items: Iterable[str]) -> None:
    assert form.scoring is not None
    scales = set(scale_items)
    declared = [d.id for d in form.scoring.domains]
    absent = [d for d in DOMAIN_IDS if d not in declared]
    if absent:
        raise ValueError(f"the profile needs the domains {', '.join(absent)}")
    for domain in form.scoring.domains:
        outside = [i for i in domain.items if i not in scales]
        if outside:
            raise ValueError(f"domain {domain.id}: {', '.join(outside)} is not a 0–10 item")
        if domain.combine == "single" and len(domain.items) != 1:
            raise ValueError(f"domain {domain.id}: 'single' takes exactly one item")
    try:
        bands = form.bands(BAND_SET)
    except KeyError:
        raise ValueError(f"the profile needs the band set bands.{BAND_SET}") from None
    for value in range(11):
        try:
            band_for(bands, value)
        except ValueError:
            raise ValueError(f"bands.{BAND_SET} leaves the burden {value} without a band") from None


def burden(domain: Domain, answers: Mapping[str, Code]) -> int:
    """A domain's 0–10 burden. Raises ``KeyError`` if one of its items is unanswered."""
    values = [int(answers[i]) for i in domain.items]
    if domain.reversed:
        values = [10 - v for v in values]
    if domain.combine == "single":
        return values[0]
    return round_half_up(sum(values) / len(values))


def domain_profile(form: Form, answers: Mapping[str, Code]) -> dict[str, dict[str, int | str]]:
    """``{domain_id: {"burden": 0-10, "band": "none|mild|moderate|severe"}}`` in form order."""
    assert form.scoring is not None
    bands = form.bands(BAND_SET)
    out: dict[str, dict[str, int | str]] = {}
    for domain in form.scoring.domains:
        value = burden(domain, answers)
        out[domain.id] = {"burden": value, "band": band_for(bands, value)}
    return out
