#!/usr/bin/env bash
# Set up (if needed) and open the app on a fresh demo database with the six pathway cases.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
VENV_BIN=$(venv_bin)
exec "$VENV_BIN/lbp-desktop" --demo "$@"
