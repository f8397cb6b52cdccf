"""FHIR R4 Patient, ServiceRequest (the GP's referral) and DocumentReference (an approved letter).

- Patient: ``id`` = stored patient id; CPR as identifier ``urn:oid:1.2.208.176.1.2`` (ten
  characters, no dash, as the Danish core profile writes it; eCPR replacement numbers keep their
  letters); name, birthDate, gender; fictional (demo) patients carry the security label
  ``v3-ActReason#HTEST`` (test health data).
- ServiceRequest: the referral of an episode (``id`` derived from the episode id, identifier
  ``BASE/episode`` = episode id); requester = the GP as a display-only Practitioner reference,
  ``reasonCode.text`` = the referral reason, ``authoredOn`` = the referral date.
- DocumentReference: ``id`` = letter id; the PDF as attachment data (base64) with
  ``contentType application/pdf``, ``hash`` = base64 SHA-1 of the PDF (FHIR's Attachment.hash is
  SHA-1), ``size``, ``title``, ``creation``; ``date`` = approval time; ``relatesTo replaces``
  for a corrected letter; ``context.related`` = the referral.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

from lbp_desktop.interop.common import BASE, CPR_SYSTEM, derived_id, fhir_datetime, ref

EPISODE_SYSTEM = f"{BASE}/episode"
HTEST = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST",
         "display": "test health data"}
REFERRAL_TEXT = ("Udvidet rygudredning (henvisning fra egen læge)",
                 "Extended low-back-pain assessment (GP referral)")
RECIPIENTS = {"gp": ("egen læge", "general practitioner"),
              "caseworker": ("sagsbehandler", "caseworker"),
              "patient": ("patient", "patient")}
_CPR_WITH_DASH = re.compile(r"^(\w{6})-(\w{4})$")


def cpr_value(cpr: str) -> str:
    cpr = cpr.strip()
    match = _CPR_WITH_DASH.match(cpr)
    return match.group(1) + match.group(2) if match else cpr


def patient_resource(patient: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"resourceType": "Patient", "id": patient.id}
    if getattr(patient, "fictional", False):
        out["meta"] = {"security": [dict(HTEST)]}
    out["identifier"] = [{"use": "official", "system": CPR_SYSTEM,
                          "value": cpr_value(patient.cpr)}]
    parts = patient.name.split()
    if parts:
        name: dict[str, Any] = {"use": "official", "text": " ".join(parts), "family": parts[-1]}
        if len(parts) > 1:
            name["given"] = parts[:-1]
        out["name"] = [name]
    telecom = []
    if getattr(patient, "phone", ""):
        telecom.append({"system": "phone", "value": patient.phone})
    if getattr(patient, "email", ""):
        telecom.append({"system": "email", "value": patient.email})
    if telecom:
        out["telecom"] = telecom
    if patient.sex in ("male", "female"):
        out["gender"] = patient.sex
    if patient.birth_date:
        out["birthDate"] = patient.birth_date
    return out


def referral_id(episode_id: str) -> str:
    return derived_id("ServiceRequest", episode_id)


def referral_resource(episode: Any) -> dict[str, Any]:
    referral = episode.referral
    closed = episode.status in ("letter_sent", "closed")
    out: dict[str, Any] = {
        "resourceType": "ServiceRequest",
        "id": referral_id(episode.id),
        "identifier": [{"system": EPISODE_SYSTEM, "value": episode.id}],
        "status": "completed" if closed else "active",
        "intent": "order",
        "code": {"text": REFERRAL_TEXT[0]},
        "subject": ref("Patient", episode.patient_id),
    }
    if referral.referral_date:
        out["authoredOn"] = referral.referral_date
    gp = ", ".join(p for p in (referral.gp_name, referral.gp_clinic) if p)
    if gp:
        out["requester"] = {"type": "Practitioner", "display": gp}
    if referral.reason:
        out["reasonCode"] = [{"text": referral.reason}]
    if referral.gp_address:
        out["note"] = [{"text": f"Henviser: {gp}, {referral.gp_address}"}]
    return out


def letter_title(letter: Any) -> str:
    who = RECIPIENTS.get(letter.recipient, (letter.recipient, letter.recipient))[0]
    return f"Epikrise til {who}, version {letter.version}"


def document_reference(letter: Any, pdf: bytes, *, patient_id: str,
                       author: str | None = None, superseded: bool = False) -> dict[str, Any]:
    attachment: dict[str, Any] = {
        "contentType": "application/pdf",
        "language": letter.language or "da",
        "data": base64.b64encode(pdf).decode("ascii"),
        "size": len(pdf),
        "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode("ascii"),  # FHIR: SHA-1
        "title": letter_title(letter),
    }
    created = fhir_datetime(letter.created_at)
    if created:
        attachment["creation"] = created
    out: dict[str, Any] = {
        "resourceType": "DocumentReference",
        "id": letter.id,
        "identifier": [{"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{letter.id}"}],
        "status": "superseded" if superseded else "current",
        "docStatus": "final",
        "type": {"text": "Epikrise"},
        "subject": ref("Patient", patient_id),
    }
    date = fhir_datetime(letter.approved_at or letter.created_at)
    if date:
        out["date"] = date
    if author:
        out["author"] = [{"type": "Practitioner", "display": author}]
    out["description"] = letter_title(letter)
    if letter.replaces_id:
        out["relatesTo"] = [{"code": "replaces",
                             "target": ref("DocumentReference", letter.replaces_id)}]
    out["content"] = [{"attachment": attachment}]
    out["context"] = {"related": [ref("ServiceRequest", referral_id(letter.episode_id))]}
    return out


__all__ = ["cpr_value", "document_reference", "patient_resource", "referral_id",
           "referral_resource"]
