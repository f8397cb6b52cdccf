"""The schema of a form file (``forms/*.yaml``), as pydantic models: what a file must say.

A form file is data: it holds every word the patient reads, the answer codes, when an item is
shown, instrument metadata (citation, copyright, whether each language's wording is verified) and
the scoring rules' data (reversed items, domains, severity bands). The scoring *logic* lives in
``lbp_desktop.scoring`` and refers to item ids; a region may change cut-points here without code.

Models are strict (``extra="forbid"``) so a typo in a key is an error, never silently ignored.
Cross-field rules (unique ids, options for choice items, references to existing items) are checked
here too, so a form that loads is a form the kiosk, scoring, letter and FHIR export can all use.

These models only check a file (``questionnaires.loader``); what they accept is built into the
plain in-memory classes of ``questionnaires.model``, which the rest of the app uses without
loading pydantic. A field added here is added there too (tests/test_forms_model.py checks that
they agree).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from lbp_desktop.questionnaires.model import LANGUAGES, ClauseMethods, Code, ItemMethods, ItemType

__all__ = ["LANGUAGES", "Battery", "Form", "SchemaError", "Text"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SchemaError(ValueError):
    """A cross-field problem, with ``where`` relative to the model that raised it.

    The loader joins pydantic's location of that model with ``where`` so the message names the
    exact place, e.g. ``sections[1].items[0].show_if.in[2]``.
    """

    def __init__(self, where: str, message: str) -> None:
        self.where = where
        super().__init__(message)


def _join(*parts: str | int) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part:
            out += ("." if out and not part.startswith("[") else "") + part
    return out


class Text(Strict):
    """One text in every supported language."""

    da: str = Field(min_length=1)
    en: str = Field(min_length=1)


class Option(Strict):
    code: Code
    label: Text


class Anchors(Strict):
    """The words at the two ends of a 0–10 scale."""

    low: Text
    high: Text


class Clause(Strict):
    """Another item's answer is one of ``in_``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    item: str
    in_: list[Code] = Field(alias="in", min_length=1)


class Condition(ClauseMethods, Clause):
    """Show an item only when another item's answer is one of ``in_`` -- or, with ``or``, when
    any of the further clauses holds (e.g. which leg hurts: leg pain now or last week above 0)."""

    or_: list[Clause] = Field(default=[], alias="or")


class Item(ItemMethods, Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    type: ItemType
    text: Text
    help: Text | None = None
    options: list[Option] = []
    anchors: Anchors | None = None
    min: int | None = None
    max: int | None = None
    unit: Text | None = None
    required: bool = True
    show_if: Condition | None = None
    kiosk: bool = True
    """False for items the clinician fills in, not the patient on the tablet."""
    skippable: bool = True
    """False where the tablet must not let the patient pass without an answer (red flags); a
    paper or FHIR response without the answer is still accepted."""
    note: Text | None = None
    """A plain remark shown with the answers, e.g. that 10 is the good end of a reversed scale."""

    @model_validator(mode="after")
    def _options_fit_type(self) -> Item:
        if self.type in ("single_choice", "yes_no") and not self.options:
            raise SchemaError("options", f"item {self.id}: a {self.type} item needs options")
        codes = [o.code for o in self.options]
        if self.type == "yes_no" and sorted(codes, key=str) != [0, 1]:
            raise SchemaError("options", f"item {self.id}: a yes_no item has exactly the codes "
                              "0 (no) and 1 (yes)")
        if self.type == "scale_0_10" and self.anchors is None:
            raise SchemaError("anchors", f"item {self.id}: a scale_0_10 item needs anchors "
                              "(low, high)")
        if self.type not in ("single_choice", "yes_no") and self.options:
            raise SchemaError("options", f"item {self.id}: only choice items have options")
        for index, code in enumerate(codes):
            if code in codes[:index]:
                raise SchemaError(_join("options", index, "code"),
                                  f"item {self.id}: duplicate option code {code!r}")
        if self.type == "number":
            if self.min is None or self.max is None:
                raise SchemaError("", f"item {self.id}: a number item needs min and max")
            if self.min > self.max:
                raise SchemaError("min", f"item {self.id}: min {self.min} is above max {self.max}")
        elif self.min is not None or self.max is not None:
            raise SchemaError("min" if self.min is not None else "max",
                              f"item {self.id}: only number items have min and max")
        return self


class Section(Strict):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    title: Text | None = None
    instructions: Text | None = None
    items: list[Item] = Field(min_length=1)
    grid: bool = False
    """True where the instrument itself is a grid: the kiosk may show these items together."""


class Band(Strict):
    """A severity band ``min <= value <= max`` with the label shown to clinicians."""

    id: str
    min: float
    max: float
    label: Text

    @model_validator(mode="after")
    def _ordered(self) -> Band:
        if self.min > self.max:
            raise ValueError(f"band {self.id}: min {self.min} is above max {self.max}")
        return self


class Domain(Strict):
    """A domain of the profile: burden 0–10 computed from one or more items."""

    id: str
    label: Text
    items: list[str] = Field(min_length=1)
    reversed: bool = False
    combine: Literal["single", "mean_round_half_up"] = "single"

    @model_validator(mode="after")
    def _combine_fits_items(self) -> Domain:
        if self.combine == "single" and len(self.items) != 1:
            raise SchemaError("items", f"domain {self.id}: combine 'single' takes exactly one "
                              "item (use mean_round_half_up for several)")
        if self.combine != "single" and len(self.items) < 2:
            raise SchemaError("items", f"domain {self.id}: combine {self.combine!r} needs at "
                              "least two items")
        return self


class AlertRule(Strict):
    """An answer that must reach the clinician at once (acute red flag, MDI item 6)."""

    item: str
    min_code: int = 1
    level: Literal["acute", "flag"] = "acute"
    message: Text


class Scoring(Strict):
    """The data the instrument's scoring module reads. Logic stays in ``lbp_desktop.scoring``."""

    scorer: str
    version: str
    reversed: list[str] = []
    bands: dict[str, list[Band]] = {}
    domains: list[Domain] = []
    alerts: list[AlertRule] = []
    params: dict[str, int | float | str | list[str]] = {}
    """Module-specific numbers, e.g. STarT Back's cut-points or RMDQ's proration limit."""
    labels: dict[str, Text] = {}
    """Words for result values that are not bands, e.g. STarT Back's risk groups."""
    source: str = ""
    """Where the rules come from (citation), shown beside the result."""

    @model_validator(mode="after")
    def _consistent(self) -> Scoring:
        for name, bands in self.bands.items():
            if not bands:
                raise SchemaError(_join("bands", name), f"band set {name!r} is empty")
            seen: list[str] = []
            for index, band in enumerate(bands):
                if band.id in seen:
                    raise SchemaError(_join("bands", name, index, "id"),
                                      f"band set {name!r}: duplicate band id {band.id!r}")
                seen.append(band.id)
            ordered = sorted(enumerate(bands), key=lambda pair: pair[1].min)
            for (_, lower), (index, upper) in pairwise(ordered):
                if upper.min <= lower.max:
                    raise SchemaError(_join("bands", name, index),
                                      f"band set {name!r}: bands {lower.id!r} and {upper.id!r} "
                                      "overlap (a value must fall in exactly one band)")
        domain_ids: list[str] = []
        for index, domain in enumerate(self.domains):
            if domain.id in domain_ids:
                raise SchemaError(_join("domains", index, "id"),
                                  f"duplicate domain id {domain.id!r}")
            domain_ids.append(domain.id)
            if domain.reversed:
                for item_id in domain.items:
                    if item_id not in self.reversed:
                        raise SchemaError(_join("domains", index, "reversed"),
                                          f"domain {domain.id}: item {item_id!r} is reversed "
                                          "here but not listed in scoring.reversed")
        for index, item_id in enumerate(self.reversed):
            if item_id in self.reversed[:index]:
                raise SchemaError(_join("reversed", index), f"{item_id!r} is listed twice")
        return self


class Verified(Strict):
    """Whether each language's wording has been checked against the published instrument."""

    da: bool
    en: bool
    note: str = ""


class Instrument(Strict):
    full_name: Text
    short_name: str
    citation: str
    copyright: str
    licence: str
    verified: Verified
    timeframe: Text | None = None
    notice: Text | None = None
    """A line the licence asks to be shown with the items (e.g. Keele's copyright)."""


class Form(Strict):
    """One instrument: what the patient is asked and the data its scoring needs."""

    kind: Literal["instrument"] = "instrument"
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    version: str
    title: Text
    instructions: Text | None = None
    instrument: Instrument
    sections: list[Section] = Field(min_length=1)
    scoring: Scoring | None = None
    minutes: tuple[int, int] | None = None
    """About how long the form takes alone (low, high), for the kiosk's welcome screen."""

    @field_validator("version")
    @classmethod
    def _version_nonempty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("version must not be empty")
        return value

    @model_validator(mode="after")
    def _references_resolve(self) -> Form:
        seen, places = self._unique_ids()
        self._check_show_if(seen, places)
        if self.scoring is not None:
            self._check_scoring_items(self.scoring, seen)
        return self

    def _unique_ids(self) -> tuple[dict[str, Item], dict[str, str]]:
        """Every item by id and its place in the file; a repeated section or item id is an
        error."""
        seen: dict[str, Item] = {}
        places: dict[str, str] = {}
        section_ids: list[str] = []
        for s_index, section in enumerate(self.sections):
            if section.id in section_ids:
                raise SchemaError(_join("sections", s_index, "id"),
                                  f"duplicate section id {section.id!r}")
            section_ids.append(section.id)
            for i_index, item in enumerate(section.items):
                place = _join("sections", s_index, "items", i_index)
                if item.id in seen:
                    raise SchemaError(_join(place, "id"), f"duplicate item id {item.id!r} "
                                      f"(first used at {places[item.id]})")
                seen[item.id] = item
                places[item.id] = place
        return seen, places

    @staticmethod
    def _check_show_if(seen: dict[str, Item], places: dict[str, str]) -> None:
        """A ``show_if`` names an earlier item of the form and codes that item has."""
        order = list(seen)
        for item in seen.values():
            if item.show_if is None:
                continue
            for number, clause in enumerate(item.show_if.clauses()):
                where = _join(places[item.id], "show_if")
                if number:
                    where = _join(where, "or", number - 1)
                _check_clause(item, clause, where, seen, order)

    @staticmethod
    def _check_scoring_items(scoring: Scoring, seen: dict[str, Item]) -> None:
        """Every item the scoring block names exists; an alert's threshold is a code it has."""
        named = [(_join("scoring.reversed", i), item_id)
                 for i, item_id in enumerate(scoring.reversed)]
        named += [(_join("scoring.domains", d, "items", i), item_id)
                  for d, domain in enumerate(scoring.domains)
                  for i, item_id in enumerate(domain.items)]
        named += [(_join("scoring.alerts", a, "item"), alert.item)
                  for a, alert in enumerate(scoring.alerts)]
        for where, item_id in named:
            if item_id not in seen:
                raise SchemaError(where, f"scoring names item {item_id!r}, which is not an "
                                  "item of this form")
        for a, alert in enumerate(scoring.alerts):
            codes = [c for c in seen[alert.item].codes() if isinstance(c, int)]
            if codes and alert.min_code > max(codes):
                raise SchemaError(_join("scoring.alerts", a, "min_code"),
                                  f"alert on {alert.item}: min_code {alert.min_code} is "
                                  f"above the item's highest code {max(codes)}")


def _check_clause(item: Item, clause: Clause, where: str, seen: dict[str, Item],
                  order: list[str]) -> None:
    target = seen.get(clause.item)
    if target is None:
        raise SchemaError(_join(where, "item"), f"item {item.id}: show_if names "
                          f"{clause.item!r}, which is not an item of this form")
    if order.index(target.id) >= order.index(item.id):
        raise SchemaError(_join(where, "item"), f"item {item.id}: show_if must name an earlier "
                          f"item, not {target.id!r}")
    valid = target.codes()
    for index, code in enumerate(clause.in_):
        if valid and code not in valid:
            shown = ", ".join(str(c) for c in valid)
            raise SchemaError(_join(where, "in", index), f"item {item.id}: show_if code "
                              f"{code!r} is not a code of {target.id} ({shown})")


class Battery(Strict):
    """An ordered list of instruments answered in one sitting (e.g. ``ulrus``)."""

    kind: Literal["battery"]
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    version: str
    title: Text
    instructions: Text | None = None
    instruments: list[str] = Field(min_length=1)
    minutes: tuple[int, int] | None = None
    """About how long the battery takes (low, high), shown on the kiosk's welcome screen."""

    @model_validator(mode="after")
    def _unique(self) -> Battery:
        for index, form_id in enumerate(self.instruments):
            if form_id in self.instruments[:index]:
                raise SchemaError(_join("instruments", index), f"{form_id!r} is listed twice")
        return self
