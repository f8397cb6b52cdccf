#!/usr/bin/env bash
# Compile the Windows installer with Inno Setup 6 from the bundle packaging/build.sh made.
#   bash packaging/windows/installer.sh   -> packaging/windows/Output/lbp-desktop-setup-<version>.exe
# Runs in Git Bash on Windows. Needs Inno Setup 6 (https://jrsoftware.org/isinfo.php, or
# `choco install innosetup`).
#
# Code signing (optional): set LBP_SIGN_PFX to a .pfx code-signing certificate and
# LBP_SIGN_PASSWORD to its password. Then the two program files, the setup and the uninstaller
# are signed with signtool (Windows SDK) using SHA-256 and an RFC 3161 timestamp
# (LBP_TIMESTAMP_URL, default DigiCert's). Without them the installer is built unsigned and
# Windows SmartScreen warns the person installing it.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/common.sh
# Arguments like /DSign must reach ISCC as they are, not as Git Bash's guess at a path.
export MSYS_NO_PATHCONV=1 MSYS2_ARG_CONV_EXCL='*'

if [ "$(lbp_os)" != windows ]; then
  echo "The installer is built on Windows (Git Bash); this is $(uname -s)." >&2
  exit 1
fi
if [ ! -f packaging/dist/lbp-desktop/lbp-desktop-gui.exe ]; then
  echo "No bundle in packaging/dist/lbp-desktop: run bash packaging/build.sh first." >&2
  exit 1
fi

find_iscc() {
  local candidate
  for candidate in "$(command -v iscc 2>/dev/null || true)" "$(command -v ISCC.exe 2>/dev/null || true)" \
      "/c/Program Files (x86)/Inno Setup 6/ISCC.exe" "/c/Program Files/Inno Setup 6/ISCC.exe" \
      "${LOCALAPPDATA:+$(cygpath -u "$LOCALAPPDATA")/Programs/Inno Setup 6/ISCC.exe}"; do
    if [ -n "$candidate" ] && [ -f "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isinfo.php" >&2
  return 1
}

find_signtool() {
  local found
  found=$(command -v signtool 2>/dev/null || true)
  if [ -z "$found" ]; then
    found=$(ls "/c/Program Files (x86)/Windows Kits/10/bin/"*/x64/signtool.exe 2>/dev/null \
      | sort -V | tail -n 1 || true)
  fi
  if [ -z "$found" ]; then
    echo "signtool.exe not found: install the Windows SDK's signing tools" >&2
    return 1
  fi
  echo "$found"
}

ISCC=$(find_iscc)
LBP_VERSION=$("$(venv_python)" -c 'import lbp_desktop; print(lbp_desktop.__version__)')
export LBP_VERSION
args=()
if [ -n "${LBP_SIGN_PFX:-}" ]; then
  SIGNTOOL=$(find_signtool)
  PFX=$(native_path "$LBP_SIGN_PFX")
  TIMESTAMP=${LBP_TIMESTAMP_URL:-http://timestamp.digicert.com}
  sign=(sign /fd sha256 /tr "$TIMESTAMP" /td sha256 /f "$PFX" /p "${LBP_SIGN_PASSWORD:-}")
  for program in packaging/dist/lbp-desktop/lbp-desktop.exe \
      packaging/dist/lbp-desktop/lbp-desktop-gui.exe; do
    "$SIGNTOOL" "${sign[@]}" "$(native_path "$program")"
  done
  # Inno Setup signs the setup and the uninstaller it writes with this command ($q is a quote,
  # $f the file; a $ in the password is written $$).
  password=${LBP_SIGN_PASSWORD:-}
  password=${password//\$/\$\$}
  args+=(/DSign "/Slbpsign=\$q$(native_path "$SIGNTOOL")\$q sign /fd sha256 /tr $TIMESTAMP /td sha256 /f \$q$PFX\$q /p \$q$password\$q \$f")
else
  echo "note: LBP_SIGN_PFX is not set; building an unsigned installer"
fi
"$ISCC" /Q "${args[@]}" "$(native_path packaging/windows/lbp-desktop.iss)"
ls -l packaging/windows/Output/lbp-desktop-setup-"$LBP_VERSION".exe
