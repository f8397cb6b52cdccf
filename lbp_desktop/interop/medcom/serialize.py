"""FHIR XML and JSON for MedCom messages, through the ``fhir.resources`` R4(B) models.

VANS carries FHIR XML (``application/fhir+xml``; JSON is allowed too). The XML is written by
``fhir.resources`` (``model_dump_xml``, which needs ``lxml``): it orders elements as the FHIR
specification does, which a hand-written dict-to-XML conversion would have to re-learn. Every
message is validated against the models on the way out, so an invalid message is never written.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


class MessageFormatError(ValueError):
    """A message or acknowledgement that is not valid FHIR (one-line message)."""


def _bundle_model(data: Mapping[str, Any]) -> Any:
    from fhir.resources.R4B.bundle import Bundle
    from pydantic import ValidationError

    try:
        return Bundle.model_validate(dict(data))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MessageFormatError(f"not a valid FHIR Bundle: {where}: {first['msg']}") from None


def to_xml_bytes(bundle: Mapping[str, Any]) -> bytes:
    """FHIR XML (UTF-8, with declaration) of a Bundle dict."""
    xml = _bundle_model(bundle).model_dump_xml()
    return xml.encode("utf-8") if isinstance(xml, str) else bytes(xml)


def to_json_bytes(bundle: Mapping[str, Any]) -> bytes:
    _bundle_model(bundle)
    return (json.dumps(bundle, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def from_bytes(data: bytes) -> dict[str, Any]:
    """A Bundle dict from FHIR XML or JSON bytes (whichever it is)."""
    text = data.lstrip()
    if text.startswith(b"{"):
        try:
            loaded = json.loads(text.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MessageFormatError(f"not FHIR JSON: {exc}") from None
        if not isinstance(loaded, dict):
            raise MessageFormatError("not a FHIR resource")
        return loaded
    from fhir.resources.R4B.bundle import Bundle

    try:
        model = Bundle.model_validate_xml(text)
    except Exception as exc:  # lxml and pydantic both raise their own kinds
        raise MessageFormatError(f"not a FHIR XML Bundle: {str(exc).splitlines()[0]}") from None
    return json.loads(model.model_dump_json())


__all__ = ["MessageFormatError", "from_bytes", "to_json_bytes", "to_xml_bytes"]
