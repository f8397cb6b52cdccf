"""FHIR R4 interoperability (Qt-free): export of questionnaires, responses, scores, letters and
patients as FHIR resources and Bundles, and import of QuestionnaireResponses.

See ``docs/FHIR.md`` for the URL, id and linkId scheme; ``common.py`` holds the canonical base.

The names below are loaded on first use (PEP 562): a letter that embeds the episode's Bundle
imports the Bundle's builders, not the importer or the ``fhir.resources`` (pydantic) validator.
"""

from typing import TYPE_CHECKING

# ``questionnaire`` names both a submodule and its function: imported here so the package's
# attribute is the function, as callers expect, whichever module loads the submodule first (it is
# light: the FHIR helpers and the plain form model).
from lbp_desktop.interop.questionnaire import questionnaire
from lbp_desktop.lazy_exports import lazy_exports

_EXPORTS = {
    "build_bundle": "bundle", "episode_fhir_json": "bundle", "to_json_bytes": "bundle",
    "BASE": "common", "CPR_SYSTEM": "common",
    "FhirImportError": "importer", "ImportResult": "importer",
    "import_questionnaire_response": "importer",
    "score_observations": "observations",
    "battery_questionnaire": "questionnaire",
    "questionnaire_bundle": "questionnaire", "questionnaire_for": "questionnaire",
    "document_reference": "resources", "patient_resource": "resources",
    "referral_resource": "resources",
    "answers_from_questionnaire_response": "response",
    "build_questionnaire_response": "response",
    "bundle_problems": "validate", "validate_resource": "validate",
}

if TYPE_CHECKING:
    from lbp_desktop.interop.bundle import build_bundle, episode_fhir_json, to_json_bytes
    from lbp_desktop.interop.common import BASE, CPR_SYSTEM
    from lbp_desktop.interop.importer import (
        FhirImportError,
        ImportResult,
        import_questionnaire_response,
    )
    from lbp_desktop.interop.observations import score_observations
    from lbp_desktop.interop.questionnaire import (
        battery_questionnaire,
        questionnaire_bundle,
        questionnaire_for,
    )
    from lbp_desktop.interop.resources import (
        document_reference,
        patient_resource,
        referral_resource,
    )
    from lbp_desktop.interop.response import (
        answers_from_questionnaire_response,
        build_questionnaire_response,
    )
    from lbp_desktop.interop.validate import bundle_problems, validate_resource

__all__ = [
    "BASE",
    "CPR_SYSTEM",
    "FhirImportError",
    "ImportResult",
    "answers_from_questionnaire_response",
    "battery_questionnaire",
    "build_bundle",
    "build_questionnaire_response",
    "bundle_problems",
    "document_reference",
    "episode_fhir_json",
    "import_questionnaire_response",
    "patient_resource",
    "questionnaire",
    "questionnaire_bundle",
    "questionnaire_for",
    "referral_resource",
    "score_observations",
    "to_json_bytes",
    "validate_resource",
]


__getattr__ = lazy_exports(__name__, _EXPORTS, globals())
