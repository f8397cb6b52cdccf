"""The schema of a form file (``forms/*.yaml``), as pydantic models.

A form file is data: it holds every word the patient reads, the answer codes, when an item is
shown, instrument metadata (citation, copyright, whether each language's wording is verified) and
the scoring rules' data (reversed items, domains, severity bands). The scoring *logic* lives in
``lbp_desktop.scoring`` and refers to item ids; a region may change cut-points here without code.

Models are strict (``extra="forbid"``) so a typo in a key is an error, never silently ignored.
Cross-field rules (unique ids, options for choice items, references to existing items) are checked
here too, so a form that loads is a form the kiosk, scoring, letter and FHIR export can all use.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

LANGUAGES: tuple[str, ...] = ("da", "en")
"""Every text must exist in each of these languages. Danish first."""

ItemType = Literal["single_choice", "yes_no", "scale_0_10", "number", "text"]
Code = int | str


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """One text in every supported language."""

    da: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.da


class Option(Strict):
    code: Code
    label: Text


class Anchors(Strict):
    """The words at the two ends of a 0–10 scale."""

    low: Text
    high: Text


class Condition(Strict):
    """Show an item only when another item's answer is one of ``in_``."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    item: str
    in_: list[Code] = Field(alias="in", min_length=1)


class Item(Strict):
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

    @model_validator(mode="after")
    def _options_fit_type(self) -> Item:
        if self.type in ("single_choice", "yes_no") and not self.options:
            raise ValueError(f"item {self.id}: a {self.type} item needs options")
        if self.type == "yes_no" and sorted(o.code for o in self.options) != [0, 1]:  # type: ignore[type-var]
            raise ValueError(f"item {self.id}: a yes_no item has exactly the codes 0 and 1")
        if self.type == "scale_0_10" and self.anchors is None:
            raise ValueError(f"item {self.id}: a scale_0_10 item needs anchors (low, high)")
        if self.type not in ("single_choice", "yes_no") and self.options:
            raise ValueError(f"item {self.id}: only choice items have options")
        codes = [o.code for o in self.options]
        if len(codes) != len(set(codes)):
            raise ValueError(f"item {self.id}: duplicate option code")
        if self.type == "number" and (self.min is None or self.max is None):
            raise ValueError(f"item {self.id}: a number item needs min and max")
        return self

    def codes(self) -> list[Code]:
        """Every valid answer code for this item (text items: none, any string)."""
        if self.type == "scale_0_10":
            return list(range(11))
        return [o.code for o in self.options]

    def option_label(self, code: Code, lang: str = "da") -> str:
        for option in self.options:
            if option.code == code:
                return option.label.get(lang)
        return str(code)


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
    source: str = ""
    """Where the rules come from (citation), shown beside the result."""


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

    @field_validator("version")
    @classmethod
    def _version_nonempty(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("version must not be empty")
        return value

    @model_validator(mode="after")
    def _references_resolve(self) -> Form:
        seen: dict[str, Item] = {}
        for section in self.sections:
            for item in section.items:
                if item.id in seen:
                    raise ValueError(f"duplicate item id {item.id!r}")
                seen[item.id] = item
        for item in seen.values():
            if item.show_if is not None:
                target = seen.get(item.show_if.item)
                if target is None:
                    raise ValueError(
                        f"item {item.id}: show_if names {item.show_if.item!r}, "
                        "which is not an item of this form"
                    )
                valid = target.codes()
                for code in item.show_if.in_:
                    if valid and code not in valid:
                        raise ValueError(
                            f"item {item.id}: show_if code {code!r} is not a code of "
                            f"{target.id}"
                        )
        if self.scoring is not None:
            named = list(self.scoring.reversed)
            named += [i for domain in self.scoring.domains for i in domain.items]
            named += [alert.item for alert in self.scoring.alerts]
            for item_id in named:
                if item_id not in seen:
                    raise ValueError(
                        f"scoring names item {item_id!r}, which is not an item of this form"
                    )
        return self

    # -- convenience ---------------------------------------------------------------------

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


class Battery(Strict):
    """An ordered list of instruments answered in one sitting (e.g. ``ulrus``)."""

    kind: Literal["battery"]
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    version: str
    title: Text
    instructions: Text | None = None
    instruments: list[str] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Battery:
        if len(self.instruments) != len(set(self.instruments)):
            raise ValueError("an instrument is listed twice")
        return self


def is_visible(item: Item, answers: dict[str, Code | None]) -> bool:
    """Whether ``item`` is shown given the answers so far (its condition, if any, is met)."""
    if item.show_if is None:
        return True
    return answers.get(item.show_if.item) in item.show_if.in_
