"""FHIR R4 interoperability (Qt-free): export of questionnaires, responses, scores, letters and
patients as FHIR resources and Bundles, and import of QuestionnaireResponses.

See ``docs/FHIR.md`` for the URL, id and linkId scheme; ``common.py`` holds the canonical base.
"""

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
    questionnaire,
    questionnaire_bundle,
    questionnaire_for,
)
from lbp_desktop.interop.resources import document_reference, patient_resource, referral_resource
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
