"""Embed files (e.g. the episode's FHIR JSON) in a rendered letter as PDF file attachments.

reportlab has no clean public API for embedded files, so the finished PDF is copied through pypdf
and the files are added to the document's EmbeddedFiles name tree. No dates are written, so the
result stays deterministic (same PDF and files → same bytes).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping

_SUBTYPES = {
    ".json": "application/fhir+json",
    ".xml": "application/fhir+xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
}


def attach_files(pdf: bytes, files: Mapping[str, bytes]) -> bytes:
    """``pdf`` with every ``name → bytes`` of ``files`` embedded (in sorted name order)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name in sorted(files):
        data = files[name]
        if isinstance(data, str):
            data = data.encode("utf-8")
        embedded = writer.add_attachment(name, data)
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        subtype = _SUBTYPES.get(suffix)
        if subtype:
            embedded.subtype = NameObject("/" + subtype.replace("/", "#2F").replace("+", "#2B"))
        embedded.description = TextStringObject(
            "FHIR R4 (episodens data)" if suffix == ".json" else name)
        embedded.checksum = ByteStringObject(hashlib.md5(data, usedforsecurity=False).digest())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attachments(pdf: bytes) -> dict[str, bytes]:
    """The files embedded in ``pdf`` (name → bytes); for tests and the letter viewer."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return {name: contents[0] for name, contents in reader.attachments.items()}
