#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless, then ruff.
# The same command on Linux, macOS and Windows (Git Bash); arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
VENV_BIN=$(venv_bin)
export QT_QPA_PLATFORM=offscreen
"$VENV_BIN/python" -m pytest "$@"
"$VENV_BIN/ruff" check .
