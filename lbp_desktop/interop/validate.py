"""Check exported resources with the ``fhir.resources`` models.

``fhir.resources`` 8 targets FHIR R5 at its top level; the export is R4, so the checks use its
``fhir.resources.R4B`` models (R4B = 4.3.0, unchanged from R4 for every resource we write).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def validate_resource(resource: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` (one line) if the resource does not parse as its R4(B) model."""
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    kind = resource.get("resourceType")
    try:
        model = get_fhir_model_class(str(kind))
    except KeyError:
        raise ValueError(f"unknown resourceType {kind!r}") from None
    try:
        model.model_validate(dict(resource))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ValueError(f"{kind}/{resource.get('id')}: {where}: {first['msg']} "
                         f"({exc.error_count()} problem(s))") from None


def bundle_problems(bundle: Mapping[str, Any]) -> list[str]:
    """Every problem of a Bundle and of each of its resources (empty list = valid)."""
    problems: list[str] = []
    for resource in [bundle] + [e.get("resource", {}) for e in bundle.get("entry") or []]:
        try:
            validate_resource(resource)
        except ValueError as exc:
            problems.append(str(exc))
    urls = [e.get("fullUrl") for e in bundle.get("entry") or []]
    duplicates = sorted({u for u in urls if urls.count(u) > 1})
    problems += [f"fullUrl {u} appears more than once" for u in duplicates]
    return problems


__all__ = ["bundle_problems", "validate_resource"]
