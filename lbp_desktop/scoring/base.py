"""What every scoring module returns, and the helpers they share.

A result is a small typed object that serialises to the JSON the CLI prints, storage keeps and the
FHIR export reads. Incomplete answer sets are reported as incomplete with the missing ids — never
scored by guessing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from lbp_desktop.questionnaires.answers import check_answers, missing_required
from lbp_desktop.questionnaires.model import Band, Code, Form


@dataclass(frozen=True)
class Alert:
    """An answer the clinician must see at once (acute red flag, MDI item 6)."""

    item: str
    level: str  # "acute" | "flag"
    message_da: str
    message_en: str

    def to_dict(self) -> dict[str, str]:
        return {"item": self.item, "level": self.level, "message_da": self.message_da,
                "message_en": self.message_en}


@dataclass(frozen=True)
class ScoreResult:
    """The outcome of scoring one instrument.

    ``values`` holds the instrument's own fields (``total``, ``risk`` …) and is flattened into the
    JSON object, so ``lbp-desktop score startback`` prints
    ``{"form": "startback", "complete": true, "total": 5, "psychosocial": 2, "risk": "medium"}``.
    """

    form: str
    scoring_version: str
    complete: bool
    values: dict[str, Any]
    missing: list[str] = field(default_factory=list)
    alerts: list[Alert] = field(default_factory=list)

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.to_dict().get(key, default)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"form": self.form, "scoring_version": self.scoring_version,
                               "complete": self.complete}
        out.update(self.values)
        if not self.complete:
            out["missing"] = list(self.missing)
        if self.alerts:
            out["alerts"] = [a.to_dict() for a in self.alerts]
        return out


def prepare(form: Form, answers: Mapping[str, Any]) -> tuple[dict[str, Code], list[str]]:
    """Validate answers (``AnswerError`` names the bad item); list missing required items."""
    clean = check_answers(form, answers)
    return clean, missing_required(form, clean)


def int_param(form: Form, name: str) -> int:
    """A whole-number scoring parameter of the form (``KeyError`` if absent, ``ValueError`` if
    not a whole number), so the scoring modules read cut-points with their type checked."""
    value = form.param(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"form {form.id}: parameter {name} must be a whole number")
    return value


def band_for(bands: list[Band], value: float) -> str:
    """The id of the band holding ``value``; bands come from the form data."""
    for band in bands:
        if band.min <= value <= band.max:
            return band.id
    raise ValueError(f"{value} falls in no band ({', '.join(b.id for b in bands)})")


def round_half_up(value: float) -> int:
    """Round .5 upwards (Python's round() rounds half to even)."""
    return int(Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def alerts_for(form: Form, answers: Mapping[str, Code]) -> list[Alert]:
    """Alerts declared in the form's scoring data whose item reached its threshold."""
    if form.scoring is None:
        return []
    found = []
    for rule in form.scoring.alerts:
        value = answers.get(rule.item)
        if isinstance(value, int) and value >= rule.min_code:
            found.append(Alert(rule.item, rule.level, rule.message.da, rule.message.en))
    return found


def unanswered(form: Form, clean: Mapping[str, Code], needed: list[str],
               also: list[str] | None = None) -> list[str]:
    """Items of ``needed`` (plus ``also``) without an answer, in form order.

    Scoring needs every item it adds up, whether or not the form marks it ``required``.
    """
    wanted = set(needed) | set(also or [])
    return [i for i in form.item_ids() if i in wanted and clean.get(i) is None]
