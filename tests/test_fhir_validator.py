"""An independent FHIR R4 check of the export with Node.js (R4 JSON schema + FHIR.js).

Skipped where Node.js or the npm packages are missing (see lbp_desktop/interop/node_validator.py
for the one-line install).
"""

from __future__ import annotations

import copy

import pytest

from lbp_desktop.interop import build_bundle, questionnaire_bundle
from lbp_desktop.interop.node_validator import available, node_modules, validate_with_node
from tests.fhir_support import add_case, new_store

pytestmark = pytest.mark.skipif(
    not available(),
    reason=f"node or the npm FHIR validators are missing (looked in {node_modules()} and "
           "$LBP_FHIR_NODE_MODULES)")


def test_questionnaires_pass_the_r4_validators(forms):
    result = validate_with_node(questionnaire_bundle(forms))
    assert result["problems"] == []
    assert result["valid"]


def test_a_clinic_export_passes_the_r4_validators(tmp_path, forms):
    store = new_store(tmp_path)
    add_case(store, forms, "010190-1235", "Karen Jensen", "high")
    add_case(store, forms, "150575-2346", "Ole Hansen", "low", complete=False)
    bundle = build_bundle(store, forms=forms)
    store.close()
    result = validate_with_node(bundle)
    assert result["problems"] == []
    assert result["valid"]


def test_the_validators_do_catch_errors(forms):
    bundle = copy.deepcopy(questionnaire_bundle(forms))
    first = bundle["entry"][0]["resource"]
    first["item"][0]["type"] = "grup"
    del first["status"]
    result = validate_with_node(bundle)
    assert not result["valid"]
    text = "\n".join(result["problems"])
    assert "grup" in text or "allowed values" in text
    assert "status" in text
