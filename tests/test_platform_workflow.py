"""The release workflow (.github/workflows/release.yml) stays valid and runs the documented steps.

Validated with ``@action-validator/cli`` (npm), which ``scripts/setup.sh`` installs into
``.venv/action-validator`` wherever npm exists. Where npm exists but the validator is missing the
test fails rather than skips: a workflow nobody checked must not pass as checked.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
TEST_COMMAND = "bash scripts/test.sh"
BUILD_COMMAND = "bash packaging/build.sh"
INSTALLER_COMMAND = "bash packaging/windows/installer.sh"


def _validator() -> str:
    """The action-validator program installed by scripts/setup.sh (fails the test if missing)."""
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: scripts/setup.sh cannot install @action-validator/cli")
    folders = [Path(sys.prefix) / "action-validator", ROOT / ".venv" / "action-validator"]
    for folder in folders:
        found = shutil.which("action-validator", path=str(folder / "node_modules" / ".bin"))
        if found:
            return found
    pytest.fail("npm exists but @action-validator/cli is not installed in "
                f"{' or '.join(str(f) for f in folders)}: run bash scripts/setup.sh")


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_validator(), str(path)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, cwd=ROOT)


def _workflow() -> dict[str, Any]:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps() -> list[dict[str, Any]]:
    return list(_workflow()["jobs"]["build"]["steps"])


def test_the_release_workflow_passes_the_validator() -> None:
    result = _validate(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_does_catch_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "release.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("    steps:", "    stepz:"),
                      encoding="utf-8")
    result = _validate(broken)
    assert result.returncode != 0
    assert "stepz" in result.stdout + result.stderr


def test_the_matrix_is_windows_macos_arm64_and_linux() -> None:
    job = _workflow()["jobs"]["build"]
    systems = {entry["os"] for entry in job["strategy"]["matrix"]["include"]}
    assert systems == {"windows-latest", "macos-14", "ubuntu-latest"}  # macos-14 runs on arm64
    assert job["strategy"]["fail-fast"] is False  # one system's failure must not hide another's
    assert job["defaults"]["run"]["shell"] == "bash"  # Git Bash on Windows runs the same scripts
    assert job["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_steps_are_the_commands_of_the_readme_and_ci() -> None:
    runs = [step.get("run", "").strip() for step in _steps()]
    assert TEST_COMMAND in runs
    assert BUILD_COMMAND in runs
    assert INSTALLER_COMMAND in runs
    assert runs.index(TEST_COMMAND) < runs.index(BUILD_COMMAND) < runs.index(INSTALLER_COMMAND)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in (TEST_COMMAND, BUILD_COMMAND, INSTALLER_COMMAND):
        assert command in readme, command
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert TEST_COMMAND in ci
    assert BUILD_COMMAND in ci


def test_the_build_script_smoke_tests_the_demo_start_up() -> None:
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    assert '"$APP" --demo --quit-after-startup' in build


def test_the_installer_is_built_on_windows_only() -> None:
    for step in _steps():
        if INSTALLER_COMMAND in step.get("run", "") or "choco install" in step.get("run", ""):
            assert "runner.os == 'Windows'" in step["if"]


def test_the_signing_certificate_is_only_used_where_configured() -> None:
    """Secrets reach only the steps that need them, and signing runs only when one is set."""
    workflow = _workflow()
    assert "secrets." not in yaml.safe_dump(workflow["jobs"]["build"].get("env", {}))
    users = [step for step in _steps() if "secrets." in yaml.safe_dump(step.get("env", {}))]
    assert {step["name"] for step in users} == {
        "Is a code-signing certificate configured?",
        "Unpack the code-signing certificate (only when configured)",
        "Compile the Windows installer (Inno Setup; signed when a certificate is configured)",
    }
    unpack = next(step for step in users if step["name"].startswith("Unpack"))
    assert "steps.cert.outputs.configured == 'true'" in unpack["if"]
    assert "LBP_SIGN_PFX=" in unpack["run"]  # the installer script signs only when this is set
    installer = (ROOT / "packaging" / "windows" / "installer.sh").read_text(encoding="utf-8")
    assert 'if [ -n "${LBP_SIGN_PFX:-}" ]; then' in installer
