"""instruments (Qt-free core): the app's questionnaires checked against their scoring, and the
clinical words the form data holds.

``questionnaires`` is the form schema and the reading of one file; ``scoring`` scores a form;
this package sits above both: ``load_forms()`` / ``check_folder()`` (``catalogue``) and the labels
every consumer shares (``words``).

``load_forms`` and ``check_folder`` are loaded on first use (PEP 562), so importing the light
``words`` module on the start-up path does not pull in pydantic and the form models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["check_folder", "load_forms"]

if TYPE_CHECKING:
    from lbp_desktop.instruments.catalogue import check_folder, load_forms


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from lbp_desktop.instruments import catalogue

    value = getattr(catalogue, name)
    globals()[name] = value
    return value
