"""A form in memory: the checked content of a form file (``forms/*.yaml``) as plain frozen
dataclasses, with the look-ups the kiosk, scoring, letter and FHIR export share.

Why not the pydantic models themselves: importing pydantic and building the models' validators
costs more than a whole letter takes to render, and only a form file that has not been checked yet
needs them. So the file schema (``questionnaires.schema``: types, constraints, cross-field rules,
the clear one-line errors) checks a file once, and what it accepted is built here — from the
schema's output or from the checked-forms cache (``lbp_desktop.instruments.form_cache``), through
the same :func:`build` either way. Nothing here validates: a value is only ever built from data
the schema accepted.

Lists stay lists (as the schema gives them); the dataclasses are frozen so a form cannot be changed
by accident once loaded, and take keywords only, in the schema's field order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

LANGUAGES: tuple[str, ...] = ("da", "en")
"""Every text must exist in each of these languages. Danish first."""

ItemType = Literal["single_choice", "yes_no", "scale_0_10", "number", "text"]
Code = int | str


class ClauseMethods:
    """What a show-if condition means; shared with the schema, which checks the clauses."""

    __slots__ = ()
    if TYPE_CHECKING:
        or_: list[Any]

    def clauses(self) -> list[Any]:
        """This clause and any ``or`` clauses: the item is shown when any of them holds."""
        return [self, *self.or_]


class ItemMethods:
    """An item's answer codes; shared with the schema, which checks conditions against them."""

    __slots__ = ()
    if TYPE_CHECKING:
        type: str
        options: list[Any]

    def codes(self) -> list[Code]:
        """Every valid answer code for this item (text items: none, any string)."""
        if self.type == "scale_0_10":
            return list(range(11))
        return [o.code for o in self.options]

    def option_label(self, code: Code, lang: str = "da") -> str:
        for option in self.options:
            if option.code == code:
                return str(option.label.get(lang))
        return str(code)


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """One text in every supported language."""

    da: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    """One answer the patient can choose: its code and its words."""

    code: Code
    label: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Anchors:
    """The words at the two ends of a 0–10 scale."""

    low: Text
    high: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Clause:
    """Another item's answer is one of ``in_`` (``in`` in the file)."""

    item: str
    in_: list[Code]


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition(ClauseMethods, Clause):
    """Show an item only when another item's answer is one of ``in_`` -- or, with ``or``, when
    any of the further clauses holds."""

    or_: list[Clause] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Item(ItemMethods):
    """One question: its type, words, answer options and when it is shown."""

    id: str
    type: ItemType
    text: Text
    help: Text | None = None
    options: list[Option] = field(default_factory=list)
    anchors: Anchors | None = None
    min: int | None = None
    max: int | None = None
    unit: Text | None = None
    required: bool = True
    show_if: Condition | None = None
    kiosk: bool = True
    """False for items the clinician fills in, not the patient on the tablet."""
    skippable: bool = True
    """False where the tablet must not let the patient pass without an answer (red flags)."""
    note: Text | None = None
    """A plain remark shown with the answers, e.g. that 10 is the good end of a reversed scale."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    """A group of items shown together, with its own title and instructions."""

    id: str
    title: Text | None = None
    instructions: Text | None = None
    items: list[Item]
    grid: bool = False
    """True where the instrument itself is a grid: the kiosk may show these items together."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Band:
    """A severity band ``min <= value <= max`` with the label shown to clinicians."""

    id: str
    min: float
    max: float
    label: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Domain:
    """A domain of the profile: burden 0–10 computed from one or more items."""

    id: str
    label: Text
    items: list[str]
    reversed: bool = False
    combine: Literal["single", "mean_round_half_up"] = "single"


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertRule:
    """An answer that must reach the clinician at once (acute red flag, MDI item 6)."""

    item: str
    min_code: int = 1
    level: Literal["acute", "flag"] = "acute"
    message: Text


@dataclass(frozen=True, slots=True, kw_only=True)
class Scoring:
    """The data the instrument's scoring module reads. Logic stays in ``lbp_desktop.scoring``."""

    scorer: str
    version: str
    reversed: list[str] = field(default_factory=list)
    bands: dict[str, list[Band]] = field(default_factory=dict)
    domains: list[Domain] = field(default_factory=list)
    alerts: list[AlertRule] = field(default_factory=list)
    params: dict[str, int | float | str | list[str]] = field(default_factory=dict)
    """Module-specific numbers, e.g. STarT Back's cut-points or RMDQ's proration limit."""
    labels: dict[str, Text] = field(default_factory=dict)
    """Words for result values that are not bands, e.g. STarT Back's risk groups."""
    source: str = ""
    """Where the rules come from (citation), shown beside the result."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Verified:
    """Whether each language's wording has been checked against the published instrument."""

    da: bool
    en: bool
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Instrument:
    """Where the instrument comes from: its names, citation, licence and verification."""

    full_name: Text
    short_name: str
    citation: str
    copyright: str
    licence: str
    verified: Verified
    timeframe: Text | None = None
    notice: Text | None = None
    """A line the licence asks to be shown with the items (e.g. Keele's copyright)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Form:
    """One instrument: what the patient is asked and the data its scoring needs."""

    kind: Literal["instrument"] = "instrument"
    id: str
    version: str
    title: Text
    instructions: Text | None = None
    instrument: Instrument
    sections: list[Section]
    scoring: Scoring | None = None
    minutes: tuple[int, int] | None = None
    """About how long the form takes alone (low, high), for the kiosk's welcome screen."""

    def items(self) -> list[Item]:
        """Every item in order."""
        return [item for section in self.sections for item in section.items]

    def item(self, item_id: str) -> Item:
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def item_ids(self) -> list[str]:
        return [item.id for item in self.items()]

    def bands(self, name: str) -> list[Band]:
        if self.scoring is None or name not in self.scoring.bands:
            raise KeyError(f"form {self.id} has no band set {name!r}")
        return self.scoring.bands[name]

    def param(self, name: str) -> int | float | str | list[str]:
        if self.scoring is None or name not in self.scoring.params:
            raise KeyError(f"form {self.id} has no scoring parameter {name!r}")
        return self.scoring.params[name]


@dataclass(frozen=True, slots=True, kw_only=True)
class Battery:
    """An ordered list of instruments answered in one sitting (e.g. ``ulrus``)."""

    kind: Literal["battery"]
    id: str
    version: str
    title: Text
    instructions: Text | None = None
    instruments: list[str]
    minutes: tuple[int, int] | None = None
    """About how long the battery takes (low, high), shown on the kiosk's welcome screen."""


@dataclass
class FormSet:
    """Every form and battery in a folder, cross-checked."""

    forms: dict[str, Form] = field(default_factory=dict)
    batteries: dict[str, Battery] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)

    def form(self, form_id: str) -> Form:
        try:
            return self.forms[form_id]
        except KeyError:
            raise KeyError(f"unknown form {form_id!r}") from None

    def battery(self, battery_id: str) -> Battery:
        try:
            return self.batteries[battery_id]
        except KeyError:
            raise KeyError(f"unknown battery {battery_id!r}") from None

    def battery_forms(self, battery_id: str) -> list[Form]:
        return [self.forms[i] for i in self.battery(battery_id).instruments]


def is_visible(item: Item, answers: dict[str, Code | None]) -> bool:
    """Whether ``item`` is shown given the answers so far (its condition, if any, is met)."""
    if item.show_if is None:
        return True
    return any(answers.get(clause.item) in clause.in_ for clause in item.show_if.clauses())


# -- building from checked data -------------------------------------------------------------------
# Each class's fields that hold other classes: ``Text`` a single one, ``[Text]`` a list of them,
# ``{Text}`` a mapping of name to one, ``{(Band,)}`` a mapping of name to a list. A field not
# named here holds plain values (``minutes`` becomes a tuple again after JSON). The schema and
# these classes must agree field by field: tests/test_forms_model.py checks that they do.

_NESTED: dict[type, dict[str, Any]] = {
    Option: {"label": Text},
    Anchors: {"low": Text, "high": Text},
    Clause: {},
    Condition: {"or_": [Clause]},
    Item: {"text": Text, "help": Text, "options": [Option], "anchors": Anchors, "unit": Text,
           "show_if": Condition, "note": Text},
    Section: {"title": Text, "instructions": Text, "items": [Item]},
    Band: {"label": Text},
    Domain: {"label": Text},
    AlertRule: {"message": Text},
    Scoring: {"bands": {"": [Band]}, "domains": [Domain], "alerts": [AlertRule],
              "labels": {"": Text}},
    Verified: {},
    Instrument: {"full_name": Text, "verified": Verified, "timeframe": Text, "notice": Text},
    Form: {"title": Text, "instructions": Text, "instrument": Instrument, "sections": [Section],
           "scoring": Scoring, "minutes": tuple},
    Battery: {"title": Text, "instructions": Text, "minutes": tuple},
}


def _value(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    if kind is Text:
        return Text(da=data["da"], en=data["en"])
    if kind is tuple:
        return tuple(data)
    if isinstance(kind, list):
        return [_value(kind[0], entry) for entry in data]
    if isinstance(kind, dict):
        return {name: _value(kind[""], entry) for name, entry in data.items()}
    return _build(kind, data)


def _build(cls: type, data: dict[str, Any]) -> Any:
    nested = _NESTED[cls]
    return cls(**{name: _value(nested[name], value) if name in nested else value
                  for name, value in data.items()})


def build(data: dict[str, Any]) -> Form | Battery:
    """The form or battery that checked ``data`` (the schema's ``model_dump()``, or the same
    after a JSON round trip) describes. A key this model does not know raises ``TypeError``."""
    built: Form | Battery = _build(Battery if data.get("kind") == "battery" else Form, data)
    return built
