"""Narrative text for every resource of a MedCom message.

MedCom's profiles require ``text`` on each resource ("The narrative text SHALL always be included
when exchanging a MedCom FHIR Bundle") and mark, element by element, what the producer shall put
into it (``ProducerShallPutInNarrative``). ``narrative`` turns those elements into a small XHTML
table; values are escaped, so a patient name or cover text can never break the XHTML.
"""

from __future__ import annotations

from html import escape
from typing import Any

XHTML = "http://www.w3.org/1999/xhtml"


def narrative(title: str, rows: list[tuple[str, str | None]]) -> dict[str, Any]:
    """``{"status": "generated", "div": ...}`` with a heading and one table row per known value
    (rows whose value is empty are left out)."""
    cells = "".join(
        f"<tr><td>{escape(label)}</td><td>{_lines(value)}</td></tr>"
        for label, value in rows if value not in (None, ""))
    div = f'<div xmlns="{XHTML}"><p><b>{escape(title)}</b></p><table>{cells}</table></div>'
    return {"status": "generated", "div": div}


def _lines(value: str | None) -> str:
    return "<br/>".join(escape(line) for line in str(value).splitlines()) or escape(str(value))


__all__ = ["narrative"]
