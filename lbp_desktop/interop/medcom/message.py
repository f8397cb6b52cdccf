"""Build one MedCom CareCommunication *new message*: a FHIR R4 ``message`` Bundle (a dict).

Entry order follows MedCom's published new-message examples: MessageHeader, Patient,
Communication, PractitionerRole, Practitioner, the receiving and the sending Organization, then the
Provenance. Every resource carries its MedCom profile in ``meta.profile`` and a narrative.

- MessageHeader: event ``care-communication-message``; one primary destination (the GP clinic,
  SOR + EAN) with MedCom's destination-use extension; sender = the clinic; ``focus`` = the
  Communication; ``definition`` = CareCommunication MessageDefinition 5.0.
- Communication: status ``unknown`` (fixed by the profile), a UUIDv4 ``urn:uuid:`` identifier,
  category ``regarding-referral``, topic, subject = the Patient (CPR), a message-text payload (the
  cover text) and an attachment payload (the approved letter, base64 PDF, title without file
  extension), each with MedCom's date, identifier (UUIDv4 + assigner), author (PractitionerRole)
  and author-contact (clinic phone) extensions.
- Provenance: activity ``new-message``, agent = the clinic, one ``source`` entity per payload
  identifier; a resend after a fatal error adds a ``revision`` entity naming the earlier
  MessageHeader (``MessageHeader/<id>``), the way MedCom links a message to the one before it.

Nothing here reads the database: ``MessageInput`` carries everything, so the builder is a pure
function that tests can call with any data.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from lbp_desktop.interop.common import BASE
from lbp_desktop.interop.medcom import profiles as P
from lbp_desktop.interop.medcom.identifiers import EAN_SYSTEM, SOR_SYSTEM, is_test_value
from lbp_desktop.interop.medcom.narrative import narrative
from lbp_desktop.interop.resources import cpr_value, patient_resource


@dataclass(frozen=True)
class Organisation:
    name: str
    sor: str
    ean: str


@dataclass(frozen=True)
class Author:
    """The clinician who approved the letter (its author in the message)."""

    name: str
    profession: str = ""


@dataclass(frozen=True)
class MessageIds:
    """Every id of one message; all fresh UUIDv4 (``new``), except the patient's stored id."""

    bundle: str
    header: str
    communication: str
    communication_identifier: str
    text_payload: str
    attachment_payload: str
    sender: str
    receiver: str
    practitioner: str
    role: str
    provenance: str

    @classmethod
    def new(cls, factory: Callable[[], str] | None = None) -> MessageIds:
        make = factory or (lambda: str(uuid.uuid4()))
        return cls(**{name: make() for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class MessageInput:
    sender: Organisation
    receiver: Organisation
    patient: Any
    """A stored ``Patient`` record (CPR, name, fictional flag)."""
    author: Author
    contact_phone: str
    """The clinic's phone, MedCom's author contact of each payload."""
    cover_text: str
    pdf: bytes
    letter_title: str
    """Shown to the GP; never ends in a file extension."""
    letter_created: str
    """FHIR dateTime the letter was approved."""
    sent_at: str
    """FHIR dateTime with time zone: message timestamp, payload dates, Provenance."""
    ids: MessageIds = field(default_factory=MessageIds.new)
    previous_header_id: str | None = None
    """Set when this message replaces one that got a fatal-error Acknowledgement."""


def full_url(kind: str, rid: str) -> str:
    return f"{BASE}/{kind}/{rid}"


def _ref(kind: str, rid: str) -> dict[str, str]:
    return {"reference": f"{kind}/{rid}"}


def _meta(kind: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"profile": [P.PROFILE[kind]]}
    meta.update(extra or {})
    return meta


def _test_note(value: str) -> str:
    return f"{value} (testværdi)" if is_test_value(value) else value


def organization(rid: str, org: Organisation) -> dict[str, Any]:
    return {
        "resourceType": "Organization", "id": rid, "meta": _meta("Organization"),
        "text": narrative("Organisation", [
            ("Id", rid), ("SOR-id", _test_note(org.sor)), ("SOR-system", SOR_SYSTEM),
            ("EAN-lokationsnummer", _test_note(org.ean)), ("Navn", org.name)]),
        "identifier": [{"system": SOR_SYSTEM, "value": org.sor},
                       {"system": EAN_SYSTEM, "value": org.ean}],
        "name": org.name,
    }


def _split_name(name: str) -> dict[str, Any]:
    parts = name.split()
    out: dict[str, Any] = {"use": "official", "family": parts[-1] if parts else name}
    if len(parts) > 1:
        out["given"] = parts[:-1]
    return out


def practitioner(rid: str, author: Author) -> dict[str, Any]:
    name = _split_name(author.name)
    return {
        "resourceType": "Practitioner", "id": rid, "meta": _meta("Practitioner"),
        "text": narrative("Sundhedsperson", [
            ("Id", rid), ("Fornavn", " ".join(name.get("given", []))),
            ("Efternavn", name["family"])]),
        "name": [name],
    }


def role_code(profession: str) -> dict[str, Any]:
    """MedCom role code when the profession is one of its codes, else the profession as text
    (the profile allows coding or text, never both)."""
    code = profession.strip().lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    if code in P.ROLE_CODES:
        return {"coding": [{"system": P.ROLE_SYSTEM, "code": code}]}
    return {"text": profession.strip() or "Behandler"}


def practitioner_role(ids: MessageIds, author: Author) -> dict[str, Any]:
    code = role_code(author.profession)
    shown = code.get("text") or code["coding"][0]["code"]
    return {
        "resourceType": "PractitionerRole", "id": ids.role, "meta": _meta("PractitionerRole"),
        "text": narrative("Rolle", [
            ("Id", ids.role), ("Sundhedsperson", f"Practitioner/{ids.practitioner}"),
            ("Organisation", f"Organization/{ids.sender}"), ("Rolle", shown)]),
        "practitioner": _ref("Practitioner", ids.practitioner),
        "organization": _ref("Organization", ids.sender),
        "code": [code],
    }


def patient(data: MessageInput) -> dict[str, Any]:
    out = patient_resource(data.patient)
    out["meta"] = _meta("Patient", out.get("meta"))
    name = (out.get("name") or [{}])[0]
    out["text"] = narrative("Patient", [
        ("Id", out["id"]), ("CPR-nummer", cpr_value(data.patient.cpr)),
        ("CPR-system", out["identifier"][0]["system"]),
        ("Fornavn", " ".join(name.get("given", []))), ("Efternavn", name.get("family")),
        ("Navnetype", name.get("use"))])
    return {"resourceType": "Patient", **{k: v for k, v in out.items() if k != "resourceType"}}


def _payload_extensions(data: MessageInput, payload_id: str) -> list[dict[str, Any]]:
    ids = data.ids
    phone = "".join(ch for ch in data.contact_phone if ch.isdigit() or ch == "+")
    return [
        {"url": P.EXT_DATETIME, "valueDateTime": data.sent_at},
        {"url": P.EXT_AUTHOR, "valueReference": _ref("PractitionerRole", ids.role)},
        {"url": P.EXT_CONTACT, "valueContactPoint": {"system": "phone", "value": phone}},
        {"url": P.EXT_IDENTIFIER, "valueIdentifier": {
            "value": f"urn:uuid:{payload_id}",
            "assigner": _ref("Organization", ids.sender)}},
    ]


def _attachment(data: MessageInput) -> dict[str, Any]:
    return {"contentType": "application/pdf",
            "data": base64.b64encode(data.pdf).decode("ascii"),
            "title": data.letter_title,
            "creation": data.letter_created}


def communication(data: MessageInput) -> dict[str, Any]:
    ids = data.ids
    topic = "Epikrise efter udvidet rygudredning"
    return {
        "resourceType": "Communication", "id": ids.communication,
        "meta": _meta("Communication"),
        "text": narrative("Korrespondancemeddelelse", [
            ("Id", ids.communication), ("Status", "unknown"), ("Kategori", P.CATEGORY),
            ("Emne", topic), ("Patient", f"Patient/{data.patient.id}"),
            ("Dato", data.sent_at), ("Forfatter", f"{data.author.name} "
                                                  f"(PractitionerRole/{ids.role})"),
            ("Kontakt", data.contact_phone), ("Meddelelse", data.cover_text),
            ("Bilag", data.letter_title), ("Bilagstype", "application/pdf"),
            ("Bilag oprettet", data.letter_created)]),
        "identifier": [{"value": f"urn:uuid:{ids.communication_identifier}"}],
        "status": "unknown",
        "category": [{"coding": [{"system": P.CATEGORY_SYSTEM, "code": P.CATEGORY}]}],
        "subject": _ref("Patient", data.patient.id),
        "topic": {"text": topic},
        "payload": [
            {"extension": _payload_extensions(data, ids.text_payload),
             "contentString": data.cover_text},
            {"extension": _payload_extensions(data, ids.attachment_payload),
             "contentAttachment": _attachment(data)},
        ],
    }


def message_header(data: MessageInput) -> dict[str, Any]:
    ids = data.ids
    to = P.SOR_ENDPOINT.format(sor=data.receiver.sor)
    source = P.SOR_ENDPOINT.format(sor=data.sender.sor)
    return {
        "resourceType": "MessageHeader", "id": ids.header, "meta": _meta("MessageHeader"),
        "text": narrative("Meddelelseshoved", [
            ("Id", ids.header), ("Hændelse", P.EVENT_CARE_COMMUNICATION),
            ("Modtager", f"{data.receiver.name} (Organization/{ids.receiver})"),
            ("Modtagerens endpoint", to), ("Modtagertype", "primary"),
            ("Afsender", f"{data.sender.name} (Organization/{ids.sender})"),
            ("Afsenderens endpoint", source), ("Fokus", f"Communication/{ids.communication}")]),
        "eventCoding": {"system": P.EVENT_SYSTEM, "code": P.EVENT_CARE_COMMUNICATION},
        "destination": [{
            "extension": [{"url": P.EXT_DESTINATION_USE, "valueCoding": {
                "system": P.DESTINATION_USE_SYSTEM, "code": "primary"}}],
            "endpoint": to,
            "receiver": _ref("Organization", ids.receiver)}],
        "sender": _ref("Organization", ids.sender),
        "source": {"endpoint": source},
        "focus": [_ref("Communication", ids.communication)],
        "definition": P.DEFINITION,
    }


def provenance(data: MessageInput) -> dict[str, Any]:
    ids = data.ids
    entities: list[dict[str, Any]] = []
    rows: list[tuple[str, str | None]] = [
        ("Id", ids.provenance), ("Mål", f"MessageHeader/{ids.header}"),
        ("Tidspunkt", data.sent_at), ("Aktivitet", "new-message"),
        ("Aktør", f"Organization/{ids.sender}")]
    if data.previous_header_id:
        entities.append({"role": "revision",
                         "what": _ref("MessageHeader", data.previous_header_id)})
        rows += [("Rolle", "revision"), ("Tidligere meddelelse",
                                         f"MessageHeader/{data.previous_header_id}")]
    for payload_id in (ids.text_payload, ids.attachment_payload):
        entities.append({"role": "source", "what": {"identifier": {
            "value": f"urn:uuid:{payload_id}"}}})
    return {
        "resourceType": "Provenance", "id": ids.provenance, "meta": _meta("Provenance"),
        "text": narrative("Proveniens", rows),
        "target": [_ref("MessageHeader", ids.header)],
        "occurredDateTime": data.sent_at,
        "recorded": data.sent_at,
        "activity": {"coding": [{"system": P.ACTIVITY_SYSTEM, "code": "new-message"}]},
        "agent": [{"who": _ref("Organization", ids.sender)}],
        "entity": entities,
    }


def build_message(data: MessageInput) -> dict[str, Any]:
    """The whole CareCommunication Bundle (type ``message``) as a FHIR JSON dict."""
    ids = data.ids
    resources = [
        message_header(data),
        patient(data),
        communication(data),
        practitioner_role(ids, data.author),
        practitioner(ids.practitioner, data.author),
        organization(ids.receiver, data.receiver),
        organization(ids.sender, data.sender),
        provenance(data),
    ]
    return {
        "resourceType": "Bundle", "id": ids.bundle, "meta": _meta("Bundle"),
        "type": "message", "timestamp": data.sent_at,
        "entry": [{"fullUrl": full_url(r["resourceType"], r["id"]), "resource": r}
                  for r in resources],
    }


def cpr_of(bundle: dict[str, Any]) -> str | None:
    """The patient's CPR as sent (for checks and the status display)."""
    for entry in bundle.get("entry", []):
        resource = entry.get("resource", {})
        if resource.get("resourceType") == "Patient":
            for ident in resource.get("identifier", []):
                return str(ident.get("value"))
    return None


__all__ = ["Author", "MessageIds", "MessageInput", "Organisation", "build_message", "cpr_of",
           "role_code"]
