"""Letters (Qt-free core): the epikrise PDF for the GP, the caseworker and the patient.

- ``render_letter(inp: LetterInput, *, attachments=None) -> bytes`` (``reports.epikrise``)
- ``render_episode_letter(store, episode_id, recipient="gp", *, attachments=None, **options)
  -> (bytes, LetterInput)`` (``reports.from_store``)
- ``LetterInput`` and its parts (``reports.letter_input``); ``for_recipient`` cuts an input down
  to what a recipient may see.

Names are loaded lazily so importing the package does not load reportlab.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "render_letter": "lbp_desktop.reports.epikrise",
    "letter_title": "lbp_desktop.reports.epikrise",
    "render_episode_letter": "lbp_desktop.reports.from_store",
    "build_letter_input": "lbp_desktop.reports.from_store",
    "letter_input": "lbp_desktop.reports.from_store",
    "LetterInput": "lbp_desktop.reports.letter_input",
    "for_recipient": "lbp_desktop.reports.letter_input",
    "attach_files": "lbp_desktop.reports.attach",
    "attachments": "lbp_desktop.reports.attach",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'lbp_desktop.reports' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
