"""Test helpers for MedCom messages: MedCom's FHIRPath invariants evaluated with ``fhirpathpy``.

The invariants (``tests/data/medcom/invariants.yaml``) are MedCom's expressions, unchanged. The
engine gets two functions it cannot know by itself: ``resolve()`` (references are looked up among
the Bundle's entries by ``Type/id`` or full URL, as a FHIR validator does for a message) and
``conformsTo(url)`` (true when the resource's ``meta.profile`` names that profile or one of the
MedCom profiles derived from it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from fhirpathpy import evaluate
from fhirpathpy.models import models

INVARIANTS = Path(__file__).parent / "data" / "medcom" / "invariants.yaml"

# MedCom profiles derived from MedCom's base messaging profiles (conformsTo follows the chain).
_DERIVED = {
    "http://medcomfhir.dk/ig/carecommunication/StructureDefinition/"
    "medcom-careCommunication-messageHeader":
        "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-messageHeader",
    "http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/"
    "medcom-messaging-acknowledgementHeader":
        "http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-messageHeader",
}


def load_invariants(group: str) -> list[dict[str, str]]:
    return list(yaml.safe_load(INVARIANTS.read_text(encoding="utf-8"))[group])


def _index(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        key = f"{resource.get('resourceType')}/{resource.get('id')}"
        found[key] = resource
        if entry.get("fullUrl"):
            found[entry["fullUrl"]] = resource
    return found


def _functions(bundle: dict[str, Any]) -> dict[str, Any]:
    index = _index(bundle)

    def resolve(inputs: list[Any]) -> list[Any]:
        out = []
        for item in inputs:
            ref = item.get("reference") if isinstance(item, dict) else item
            if isinstance(ref, str) and ref in index:
                out.append(index[ref])
        return out

    def conforms_to(inputs: list[Any], url: str) -> list[bool]:
        result = []
        for resource in inputs:
            claimed = (resource.get("meta") or {}).get("profile") or []
            result.append(any(p == url or _DERIVED.get(p) == url for p in claimed))
        return result

    return {"resolve": {"fn": resolve, "arity": {0: []}},
            "conformsTo": {"fn": conforms_to, "arity": {1: ["String"]}}}


def invariant_failures(bundle: dict[str, Any], group: str = "carecommunication") -> list[str]:
    """Every invariant of ``group`` that does not hold (or whose context is missing)."""
    options = {"userInvocationTable": _functions(bundle)}
    failures = []
    for inv in load_invariants(group):
        contexts = evaluate(bundle, inv["context"], {"resource": bundle}, models["r4"], options)
        if not contexts:
            failures.append(f"{inv['id']}: nothing at {inv['context']}")
            continue
        for node in contexts:
            result = evaluate(node, inv["expression"], {"resource": bundle}, models["r4"],
                              options)
            if result != [True]:
                failures.append(f"{inv['id']}: {result!r}")
    return failures
