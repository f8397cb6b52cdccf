"""Embed files (e.g. the episode's FHIR JSON) in a letter as PDF file attachments.

The files are written by reportlab itself while it writes the letter: ``embedding_canvas`` wraps
the letter's canvas class so that, just before the document is saved, each file becomes an
``/EmbeddedFile`` stream (Flate-compressed, with its size and MD5 checksum) named in the
catalogue's ``/Names /EmbeddedFiles`` tree (PDF 1.7, 7.11.4). The finished PDF is never parsed
again, and no dates are written, so the result stays deterministic (same letter and files → same
bytes). Reading attachments back (``attachments``) uses pypdf; only tests and viewers need that.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Mapping
from typing import Any

_SUBTYPES = {
    ".json": "application/fhir+json",
    ".xml": "application/fhir+xml",
    ".txt": "text/plain",
    ".pdf": "application/pdf",
}


def _bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def _description(name: str) -> str:
    return "FHIR R4 (episodens data)" if name.lower().endswith(".json") else name


def _pdf_name(text: str) -> str:
    return "/" + text.replace("/", "#2F").replace("+", "#2B")


def embed_files(canvas: Any, files: Mapping[str, bytes | str]) -> None:
    """Name every ``name → bytes`` of ``files`` (sorted by name) in the document ``canvas`` is
    writing. Call before ``canvas.save()``."""
    from reportlab.pdfbase.pdfdoc import (
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFStream,
        PDFStreamFilterZCompress,
        PDFString,
        PDFText,
    )

    document = canvas._doc  # reportlab's PDFDocument: the objects the file will be made of
    tree: list[Any] = []
    for name in sorted(files):
        data = _bytes(files[name])
        info = {"Type": PDFName("EmbeddedFile"),
                "Params": PDFDictionary({
                    "Size": len(data),
                    "CheckSum": PDFText(hashlib.md5(data, usedforsecurity=False).digest())})}
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        if suffix in _SUBTYPES:  # a PDF name: '/' and '+' written as #2F and #2B
            info["Subtype"] = _pdf_name(_SUBTYPES[suffix])
        stream = PDFStream(PDFDictionary(info), data, filters=[PDFStreamFilterZCompress()])
        spec = PDFDictionary({
            "Type": PDFName("Filespec"),
            "F": PDFString(name),
            "UF": PDFString(name),
            "Desc": PDFString(_description(name)),
            "EF": PDFDictionary({"F": document.Reference(stream)}),
        })
        tree += [PDFString(name), document.Reference(spec)]
    if tree:
        document.Catalog.Names = PDFDictionary(
            {"EmbeddedFiles": PDFDictionary({"Names": PDFArray(tree)})})


def embedding_canvas(canvas_class: type, files: Mapping[str, bytes | str] | None) -> type:
    """``canvas_class``, or a subclass of it that embeds ``files`` when the document is saved."""
    if not files:
        return canvas_class
    chosen = dict(files)

    class EmbeddingCanvas(canvas_class):  # type: ignore[misc, valid-type]
        def save(self) -> None:
            embed_files(self, chosen)
            super().save()

    return EmbeddingCanvas


def attach_files(pdf: bytes, files: Mapping[str, bytes]) -> bytes:
    """``pdf`` (made elsewhere) with ``files`` embedded, copied through pypdf. The letter does not
    use this: it embeds while reportlab writes it (``embedding_canvas``)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ByteStringObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for name in sorted(files):
        data = _bytes(files[name])
        embedded = writer.add_attachment(name, data)
        suffix = name[name.rfind("."):].lower() if "." in name else ""
        subtype = _SUBTYPES.get(suffix)
        if subtype:
            embedded.subtype = NameObject(_pdf_name(subtype))
        embedded.description = TextStringObject(_description(name))
        embedded.checksum = ByteStringObject(hashlib.md5(data, usedforsecurity=False).digest())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attachments(pdf: bytes) -> dict[str, bytes]:
    """The files embedded in ``pdf`` (name → bytes); for tests and the letter viewer."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return {name: contents[0] for name, contents in reader.attachments.items()}
