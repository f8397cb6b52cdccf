"""The VANS envelope (*VANSEnvelope*) around a MedCom FHIR message, and reading one back.

MedCom Core's "Enclosing envelope for FHIR messages": on the VANS network a FHIR message travels
base64-encoded in ``VANSEnvelope/Message/Data``; ``Message/MetaInformation/Document`` names it
(format ``HL7``, name ``MCM:FDIS91#<category>`` for a CareCommunication, version ``1.0``) and the
transport service tag ``MCM:MIME`` says whether the data is ``application/fhir+xml`` or ``+json``.
MedCom's reliable-messaging rules: transport type ``reliable``; every envelope gets a new
``EnvelopeIdentifier`` (a resend of an unchanged message keeps the message and changes only the
envelope id and time); sender and receiver are the EAN location numbers.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from lbp_desktop.interop.medcom import profiles as P
from lbp_desktop.interop.medcom.serialize import MessageFormatError

_NS = {"v": P.VANS_NAMESPACE}


@dataclass(frozen=True)
class Envelope:
    sender_ean: str
    receiver_ean: str
    envelope_id: str
    sent: str
    """xs:dateTime."""
    message_id: str
    mime: str
    data: bytes
    name: str = P.VANS_NAME


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{P.VANS_NAMESPACE}}}{tag}", attrs)
    if text is not None:
        element.text = text
    return element


def wrap(envelope: Envelope) -> bytes:
    """The VANSEnvelope XML (UTF-8) carrying ``envelope.data``."""
    ET.register_namespace("", P.VANS_NAMESPACE)
    root = ET.Element(f"{{{P.VANS_NAMESPACE}}}VANSEnvelope")
    _sub(root, "SenderID", envelope.sender_ean, EndPointType="EAN")
    _sub(root, "ReceiverID", envelope.receiver_ean, EndPointType="EAN")
    _sub(root, "EnvelopeIdentifier", envelope.envelope_id)
    _sub(root, "SentDateTime", envelope.sent)
    message = _sub(root, "Message")
    meta = _sub(message, "MetaInformation")
    _sub(meta, "Identifier", envelope.message_id)
    document = _sub(meta, "Document")
    _sub(document, "Format", P.VANS_FORMAT)
    _sub(document, "Name", envelope.name)
    _sub(document, "Version", P.VANS_VERSION)
    _sub(document, "SizeInBytes", str(len(envelope.data)))
    transport = _sub(meta, "Transport")
    _sub(transport, "Type", "reliable")
    _sub(transport, "TransformMessage", "false")
    _sub(transport, "ServiceTag", envelope.mime, name="MCM:MIME")
    _sub(message, "Data", base64.b64encode(envelope.data).decode("ascii"))
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _text(root: ET.Element, path: str) -> str:
    found = root.find(path, _NS)
    return (found.text or "").strip() if found is not None else ""


def unwrap(data: bytes) -> Envelope:
    """Read a VANSEnvelope; raises ``MessageFormatError`` for anything else."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise MessageFormatError(f"not XML: {exc}") from None
    if root.tag != f"{{{P.VANS_NAMESPACE}}}VANSEnvelope":
        raise MessageFormatError("not a VANS envelope")
    tag = root.find("v:Message/v:MetaInformation/v:Transport/v:ServiceTag[@name='MCM:MIME']", _NS)
    try:
        payload = base64.b64decode(_text(root, "v:Message/v:Data"), validate=True)
    except (binascii.Error, ValueError):
        raise MessageFormatError("the VANS envelope's data is not base64") from None
    return Envelope(
        sender_ean=_text(root, "v:SenderID"), receiver_ean=_text(root, "v:ReceiverID"),
        envelope_id=_text(root, "v:EnvelopeIdentifier"), sent=_text(root, "v:SentDateTime"),
        message_id=_text(root, "v:Message/v:MetaInformation/v:Identifier"),
        mime=(tag.text or "").strip() if tag is not None else "",
        data=payload,
        name=_text(root, "v:Message/v:MetaInformation/v:Document/v:Name"))


def is_envelope(data: bytes) -> bool:
    head = data[:400]
    return b"VANSEnvelope" in head


__all__ = ["Envelope", "is_envelope", "unwrap", "wrap"]
