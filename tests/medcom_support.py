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


def acknowledgement(original: dict[str, Any], code: str, *, error: str | None = None,
                    ack_id: str = "5b7c1f0e-8d8a-4a57-9a43-0c6a9c1e2f3d") -> dict[str, Any]:
    """A MedCom Acknowledgement of ``original`` as the GP's system would send it, shaped like
    MedCom's published Acknowledgement examples (ok / transient-error / fatal-error)."""
    resources = {e["resource"]["resourceType"] + "/" + e["resource"]["id"]: e["resource"]
                 for e in original["entry"]}
    header = original["entry"][0]["resource"]
    ours = resources[header["sender"]["reference"]]
    theirs = resources[header["destination"][0]["receiver"]["reference"]]
    base = "http://medcomfhir.dk/ig/messaging/StructureDefinition/"
    term = "http://medcomfhir.dk/ig/terminology/CodeSystem/"
    ack_header: dict[str, Any] = {
        "resourceType": "MessageHeader", "id": ack_id,
        "meta": {"profile": ["http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/"
                             "medcom-messaging-acknowledgementHeader"]},
        "eventCoding": {"system": term + "medcom-messaging-eventCodes",
                        "code": "acknowledgement-message"},
        "destination": [{"extension": [{
            "url": base + "medcom-messaging-destinationUseExtension",
            "valueCoding": {"system": term + "medcom-messaging-destinationUse",
                            "code": "primary"}}],
            "endpoint": header["source"]["endpoint"],
            "receiver": {"reference": f"Organization/{ours['id']}"}}],
        "sender": {"reference": f"Organization/{theirs['id']}"},
        "source": {"endpoint": header["destination"][0]["endpoint"]},
        "response": {"identifier": header["id"], "code": code},
    }
    entries: list[dict[str, Any]] = [ack_header]
    if code != "ok":
        outcome = {"resourceType": "OperationOutcome", "id": "0e9c2b7a-3f1d-4c55-8a6e-2d4b5c6d7e8f",
                   "issue": [{"severity": "error", "code": "value", "details": {"coding": [{
                       "system": term + "medcom-acknowledgement-error-codes",
                       "code": error or "MSG_Mailbox_Out_Of_Operation"}]}}]}
        ack_header["response"]["details"] = {"reference": f"OperationOutcome/{outcome['id']}"}
        entries.append(outcome)
    entries.append({
        "resourceType": "Provenance", "id": "7d3e1b2c-6a5f-4e8d-9c0b-1a2b3c4d5e6f",
        "target": [{"reference": f"MessageHeader/{ack_id}"}],
        "occurredDateTime": "2026-03-10T10:05:00+01:00", "recorded": "2026-03-10T10:05:00+01:00",
        "activity": {"coding": [{"system": term + "medcom-messaging-activityCodes",
                                 "code": "acknowledgement"}]},
        "agent": [{"who": {"reference": f"Organization/{theirs['id']}"}}],
        "entity": [{"role": "revision", "what": {"reference": f"MessageHeader/{header['id']}"}}]})
    entries += [ours, theirs]
    return {"resourceType": "Bundle", "id": "3c2d1e0f-9a8b-4c7d-8e6f-5a4b3c2d1e0f",
            "type": "message", "timestamp": "2026-03-10T10:05:00+01:00",
            "entry": [{"fullUrl": f"https://gp.example/fhir/{r['resourceType']}/{r['id']}",
                       "resource": r} for r in entries]}
