#!/usr/bin/env bash
# Build the one-folder app with PyInstaller and smoke-test it offscreen.
#   bash packaging/build.sh   -> packaging/dist/lbp-desktop/lbp-desktop[.exe]
#                                (+ packaging/dist/lbp-desktop.app on macOS)
# The same command on Linux, macOS and Windows (Git Bash). Takes a few minutes, so it is not part
# of every test run. The Windows installer is a separate step: bash packaging/windows/installer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/common.sh
bash scripts/setup.sh
VENV_PYTHON=$(venv_python)
"$VENV_PYTHON" -m pip install -q -e '.[package]'
"$VENV_PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath packaging/dist --workpath packaging/build packaging/lbp-desktop.spec
APP=packaging/dist/lbp-desktop/lbp-desktop
if [ "$(lbp_os)" = windows ]; then
  APP="$APP.exe"
fi
echo "Built $APP ($(du -sh packaging/dist/lbp-desktop | cut -f1))"
"$APP" --version
"$APP" forms check
smoke_dir=$(mktemp -d)
trap 'rm -rf "$smoke_dir"' EXIT
# Start-up smoke test: the bundled app opens the demo database, paints its window and exits 0.
QT_QPA_PLATFORM=offscreen LBP_DATA_DIR="$(native_path "$smoke_dir")" \
  LBP_KEY_DIR="$(native_path "$smoke_dir/keys")" "$APP" --demo --quit-after-startup
echo "Smoke test passed."
