"""Clinical words that live in the form data, for every consumer (screen, letter, FHIR).

The words for STarT Back risk groups, Örebro profile bands and domains and MDI severity are part of
the clinical rules and are written once, in ``forms/*.yaml`` (docs/clinical/README.md): the
screen, the letter and the FHIR export read them here, so a region that edits a label edits it
everywhere. Qt-free; the GUI picks the language it shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


class FormWords(Mapping[str, dict[str, str]]):
    """``{lang: {id: label}}`` read from the form data on first use.

    The words for risk groups, bands and domains are part of the clinical rules and live once, in
    ``forms/*.yaml`` (docs/clinical/README.md): the letter prints what the
    screen and the FHIR export show, and a region that edits a label edits it everywhere.
    """

    def __init__(self, form_id: str, what: str, *, capitalise: bool = False) -> None:
        self._form_id, self._what, self._capitalise = form_id, what, capitalise
        self._data: dict[str, dict[str, str]] | None = None

    def _load(self) -> dict[str, dict[str, str]]:
        if self._data is None:
            form = _form(self._form_id)
            assert form.scoring is not None
            if self._what == "labels":
                pairs = [(key, text) for key, text in form.scoring.labels.items()]
            elif self._what == "domains":
                pairs = [(d.id, d.label) for d in form.scoring.domains]
            else:
                pairs = [(b.id, b.label) for b in form.bands(self._what)]
            fix = _capital if self._capitalise else str
            self._data = {"da": {k: fix(t.da) for k, t in pairs},
                          "en": {k: fix(t.en) for k, t in pairs}}
        return self._data

    def __getitem__(self, lang: str) -> dict[str, str]:
        return self._load()[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _form(form_id: str) -> Any:
    from lbp_desktop.instruments.catalogue import load_forms

    return load_forms().forms[form_id]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


RISK = FormWords("startback", "labels")
"""STarT Back risk groups: ``forms/startback.yaml`` ``scoring.labels``."""

BAND = FormWords("orebro10", "profile")
"""Profile bands: ``forms/orebro10.yaml`` ``scoring.bands.profile``."""

MDI_SEVERITY = FormWords("mdi", "severity")
"""MDI sum bands (a band, not a diagnosis): ``forms/mdi.yaml`` ``scoring.bands.severity``."""

MDI_RESULT = FormWords("mdi", "labels")
"""MDI results: ``icd10_<level>``, ``dsm4_<none|major>`` and ``band_scheme`` (the sum-band scheme
in use, with its source): ``forms/mdi.yaml`` ``scoring.labels``."""

DOMAIN = FormWords("orebro10", "domains", capitalise=True)
"""Örebro domain phrases (docs/clinical/instruments.md): ``forms/orebro10.yaml``
``scoring.domains``."""


def orebro_raised_min() -> int:
    """The Örebro total from which the risk of long-term disability is raised (form data)."""
    return int(_form("orebro10").param("raised_risk_min_total"))
