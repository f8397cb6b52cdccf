#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it offscreen.
#   bash packaging/build.sh          -> packaging/dist/lbp-desktop/lbp-desktop
# Takes a few minutes, so it is not part of every test run; CI-worthy on its own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -e '.[package]'
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/lbp-desktop.spec
APP=packaging/dist/lbp-desktop/lbp-desktop
echo "Built $APP ($(du -sh packaging/dist/lbp-desktop | cut -f1))"
"$APP" --version
"$APP" forms check
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
# Start-up smoke test: the bundled app opens the demo database, paints its window and exits 0.
QT_QPA_PLATFORM=offscreen LBP_DATA_DIR="$smoke_dir" LBP_KEY_DIR="$smoke_dir/keys" \
  "$APP" --demo --quit-after-startup
echo "Smoke test passed."
