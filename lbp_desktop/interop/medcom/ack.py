"""Read MedCom Acknowledgements (*Kvitteringer*) for the messages we sent.

MedCom Acknowledgement 2.0 (``medcom.fhir.dk.acknowledgement``): a ``message`` Bundle whose
MessageHeader has event ``acknowledgement-message`` and a ``response`` with
``identifier`` = the MessageHeader id of the acknowledged message and ``code`` = ``ok``,
``transient-error`` or ``fatal-error``; for an error, ``response.details`` points to an
OperationOutcome whose issues say what went wrong (``details.text`` or a ``details.coding`` from
MedCom's acknowledgement issue codes). The file may arrive bare (FHIR XML or JSON) or inside its
VANS envelope.

``error_text`` gives MedCom's own wording: the issue's text, else the coding's display, else the
display MedCom's terminology gives the code (``ERROR_DISPLAY``), else the code itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from lbp_desktop.interop.medcom import profiles as P
from lbp_desktop.interop.medcom.envelope import is_envelope, unwrap
from lbp_desktop.interop.medcom.serialize import MessageFormatError, from_bytes

AckCode = Literal["ok", "transient-error", "fatal-error"]
ACK_CODES: tuple[str, ...] = ("ok", "transient-error", "fatal-error")

# Displays of MedCom's acknowledgement error codes (MedCom Terminology 2.0.1,
# CodeSystem medcom-acknowledgement-error-codes).
ERROR_DISPLAY = {
    "MSG_Receiver_Identifier_UNKNOWN": "Receiver identifier unknown",
    "MSG_Receiver_Identifier_MISSING": "Receiver identifier missing",
    "MSG_RECEIVER_UNABLE_TO_RECEIVE_MSG_TYPE": "Receiver unable to receive this message type",
    "MSG_VALUESET_VALUE_UNKNOWN": "The value provided is not in the valueSet",
    "MSG_CodeSystem_VALUE_UNKNOWN": "The value provided is not in the CodeSystem",
    "MSG_Element_To_Long": "The value of the element is to long",
    "MSG_Datatype_Wrong": "The data type is wrong",
    "MSG_Mailbox_Out_Of_Operation": "The mailbox is temporary out of operation",
    "MSG_Damaged_durin_transport": "The message has been damaged during trasport",
}


@dataclass(frozen=True)
class Acknowledgement:
    message_header_id: str
    """The MessageHeader id of the message this acknowledges."""
    code: AckCode
    errors: tuple[str, ...] = ()
    ack_header_id: str = ""
    timestamp: str = ""

    @property
    def error_text(self) -> str:
        return "; ".join(self.errors)


def _resources(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [e.get("resource") or {} for e in bundle.get("entry") or []]


def _issue_text(issue: dict[str, Any]) -> str:
    details = issue.get("details") or {}
    if details.get("text"):
        return str(details["text"])
    for coding in details.get("coding") or []:
        code = str(coding.get("code") or "")
        shown = coding.get("display") or ERROR_DISPLAY.get(code)
        if shown:
            return f"{shown} ({code})" if code else str(shown)
        if code:
            return code
    return str(issue.get("diagnostics") or issue.get("code") or "")


def _errors(bundle: dict[str, Any], header: dict[str, Any]) -> tuple[str, ...]:
    wanted = ((header.get("response") or {}).get("details") or {}).get("reference", "")
    texts: list[str] = []
    for resource in _resources(bundle):
        if resource.get("resourceType") != "OperationOutcome":
            continue
        if wanted and not wanted.endswith(f"OperationOutcome/{resource.get('id')}") \
                and wanted != f"urn:uuid:{resource.get('id')}":
            continue
        texts += [t for t in (_issue_text(i) for i in resource.get("issue") or []) if t]
    return tuple(texts)


def parse_acknowledgement(bundle: dict[str, Any]) -> Acknowledgement:
    """Raises ``MessageFormatError`` if the Bundle is not a MedCom Acknowledgement."""
    resources = _resources(bundle)
    header = resources[0] if resources else {}
    event = (header.get("eventCoding") or {}).get("code")
    if bundle.get("type") != "message" or header.get("resourceType") != "MessageHeader" \
            or event != P.EVENT_ACKNOWLEDGEMENT:
        raise MessageFormatError("not a MedCom Acknowledgement")
    response = header.get("response") or {}
    code = response.get("code")
    if code not in ACK_CODES or not response.get("identifier"):
        raise MessageFormatError("the Acknowledgement has no response code or identifier")
    errors = _errors(bundle, header) if code != "ok" else ()
    return Acknowledgement(message_header_id=str(response["identifier"]), code=code,
                           errors=errors, ack_header_id=str(header.get("id") or ""),
                           timestamp=str(bundle.get("timestamp") or ""))


def read_acknowledgement(data: bytes) -> Acknowledgement:
    """An Acknowledgement from file bytes: FHIR XML or JSON, bare or in a VANS envelope."""
    if is_envelope(data):
        data = unwrap(data).data
    return parse_acknowledgement(from_bytes(data))


__all__ = ["ACK_CODES", "ERROR_DISPLAY", "AckCode", "Acknowledgement", "parse_acknowledgement",
           "read_acknowledgement"]
