"""Whom is an imported QuestionnaireResponse about? Resolve its ``subject`` in every form FHIR
allows and compare it with the episode's patient, so answers never land in another person's
record.

Forms understood (FHIR R4 ``Reference``):

- ``Patient/<id>`` and an absolute ``https://…/Patient/<id>`` (optionally ``/_history/<v>``);
- ``urn:uuid:…`` / ``urn:oid:…`` and any other ``fullUrl``, looked up among the Bundle's entries;
- ``#<id>``, a Patient contained in the response;
- ``identifier`` with the CPR system (``urn:oid:1.2.208.176.1.2``).

A resolved Patient resource contributes its own id and its CPR identifiers. The CPR number is the
person's identity: when one is known, every CPR claimed must be the patient's. Without a CPR, a
Patient id must be this database's id for the patient. A subject that names something this
cannot resolve (another resource type, an identifier of another system, a reference to nothing
in the Bundle) is refused too: "cannot tell" is never taken as "the same person".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from lbp_desktop.interop.common import CPR_SYSTEM

_PATIENT_REF = re.compile(r"^(?:.*/)?Patient/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$")


@dataclass
class _Claims:
    ids: set[str] = field(default_factory=set)
    cprs: set[str] = field(default_factory=set)
    unresolved: list[str] = field(default_factory=list)


def _cpr_key(text: str) -> str:
    """The comparable form of a CPR number: ASCII digits and letters without the dash."""
    return "".join(ch for ch in str(text).upper() if ch.isascii() and ch.isalnum())


def _find_in_bundle(reference: str, bundle: Mapping[str, Any] | None) -> dict[str, Any] | None:
    for entry in (bundle or {}).get("entry") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("resource"), dict):
            continue
        resource = entry["resource"]
        full_url = str(entry.get("fullUrl") or "")
        typed = f"{resource.get('resourceType')}/{resource.get('id')}"
        if reference in (full_url, typed) or (full_url and full_url.endswith("/" + reference)):
            return resource
    return None


def _find_contained(reference: str, qr: Mapping[str, Any]) -> dict[str, Any] | None:
    for resource in qr.get("contained") or []:
        if isinstance(resource, dict) and f"#{resource.get('id')}" == reference:
            return resource
    return None


def _add_patient(claims: _Claims, resource: Mapping[str, Any], reference: str) -> None:
    if resource.get("resourceType") != "Patient":
        claims.unresolved.append(f"{reference} is a {resource.get('resourceType')}, not a "
                                 "Patient")
        return
    before = len(claims.cprs)
    for identifier in resource.get("identifier") or []:
        if isinstance(identifier, dict) and identifier.get("system") == CPR_SYSTEM:
            claims.cprs.add(_cpr_key(identifier.get("value") or ""))
    if len(claims.cprs) == before and resource.get("id"):
        claims.ids.add(str(resource["id"]))


def _add_reference(claims: _Claims, reference: str, qr: Mapping[str, Any],
                   bundle: Mapping[str, Any] | None) -> None:
    resource = (_find_contained(reference, qr) if reference.startswith("#")
                else _find_in_bundle(reference, bundle))
    if resource is not None:
        _add_patient(claims, resource, reference)
        return
    match = _PATIENT_REF.match(reference)
    if match:
        claims.ids.add(match.group(1))
    else:
        claims.unresolved.append(f"the subject {reference!r} cannot be resolved to a Patient")


def _add_identifier(claims: _Claims, identifier: Any) -> None:
    if isinstance(identifier, dict) and identifier.get("system") == CPR_SYSTEM \
            and identifier.get("value"):
        claims.cprs.add(_cpr_key(identifier["value"]))
    else:
        system = identifier.get("system") if isinstance(identifier, dict) else None
        claims.unresolved.append(f"the subject's identifier is not a CPR number (system "
                                 f"{system!r})")


def _claims(qr: Mapping[str, Any], bundle: Mapping[str, Any] | None) -> _Claims | None:
    subject = qr.get("subject")
    if subject is None:
        return None
    claims = _Claims()
    if not isinstance(subject, dict):
        claims.unresolved.append("the subject is not a FHIR Reference")
        return claims
    if subject.get("type") not in (None, "Patient"):
        claims.unresolved.append(f"the subject is a {subject.get('type')}, not a Patient")
    if subject.get("reference"):
        _add_reference(claims, str(subject["reference"]), qr, bundle)
    if "identifier" in subject:
        _add_identifier(claims, subject["identifier"])
    if not (claims.ids or claims.cprs or claims.unresolved):
        claims.unresolved.append("the subject names no patient (only a display text)")
    return claims


def subject_problem(qr: Mapping[str, Any], patient: Any,
                    bundle: Mapping[str, Any] | None = None) -> str | None:
    """Why ``qr`` may not be about ``patient`` (one line), or ``None`` when it is (or names no
    subject at all). ``patient`` has ``id`` and ``cpr``; ``bundle`` is the Bundle it came in."""
    claims = _claims(qr, bundle)
    if claims is None:
        return None
    if claims.unresolved:
        return claims.unresolved[0]
    if claims.cprs:
        if claims.cprs != {_cpr_key(patient.cpr)}:
            return "the response is about a patient with another CPR number"
        return None
    others = sorted(claims.ids - {patient.id})
    if others:
        return f"the response is about Patient/{others[0]}, not Patient/{patient.id}"
    return None
