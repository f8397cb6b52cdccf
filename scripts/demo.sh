#!/usr/bin/env bash
# Set up (if needed) and open the app on a fresh demo database with the six pathway cases.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/lbp-desktop --demo "$@"
