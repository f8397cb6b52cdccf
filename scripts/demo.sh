#!/usr/bin/env bash
# Set up (if needed) and open the app on a fresh demo database with the six pathway cases.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
exec "$(venv_python)" -m lbp_desktop --demo "$@"
