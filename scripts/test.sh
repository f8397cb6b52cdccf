#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless, then ruff and mypy (the Qt-free core;
# configured in pyproject.toml).
# The same command on Linux, macOS and Windows (Git Bash); arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
VENV_PYTHON=$(venv_python)
export QT_QPA_PLATFORM=offscreen
"$VENV_PYTHON" -m pytest "$@"
"$VENV_PYTHON" -m ruff check .
"$VENV_PYTHON" -m mypy
