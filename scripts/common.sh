# Sourced by setup.sh, test.sh, demo.sh and packaging/build.sh: the few things that differ between
# Linux, macOS and Windows (Git Bash). Keep it POSIX-bash and side-effect free.

# The operating system family: linux, macos or windows (Git Bash / MSYS2 / Cygwin).
lbp_os() {
  case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) echo windows ;;
    Darwin) echo macos ;;
    *) echo linux ;;
  esac
}

# The venv's program folder: Python on Windows puts python.exe in Scripts\, everywhere else bin/.
# Decided by what exists, so an MSYS2 Python (which uses bin/ on Windows) works too.
venv_bin() {
  if [ -e .venv/Scripts/python.exe ] || [ -e .venv/Scripts/python ]; then
    echo .venv/Scripts
  elif [ -e .venv/bin/python ] || [ "$(lbp_os)" != windows ]; then
    echo .venv/bin
  else
    echo .venv/Scripts
  fi
}

# The venv's Python, named in full (python.exe on Windows). Every tool is run through it
# (python -m pytest / ruff / PyInstaller / lbp_desktop), so no script depends on launcher names.
venv_python() {
  local bin
  bin=$(venv_bin)
  if [ -e "$bin/python.exe" ]; then
    echo "$bin/python.exe"
  else
    echo "$bin/python"
  fi
}

# A Python 3.11+ to create the venv with: $PYTHON, else python3, python, or the Windows "py -3"
# launcher. Each is asked for its version, because on Windows "python3" may be the Microsoft Store
# stub that only opens the Store.
find_python() {
  local candidate
  if [ -n "${PYTHON:-}" ]; then
    echo "$PYTHON"
    return 0
  fi
  for candidate in python3 python "py -3"; do
    # shellcheck disable=SC2086  # "py -3" is a command and an argument
    if $candidate -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
      echo "$candidate"
      return 0
    fi
  done
  echo "lbp-desktop needs Python 3.11 or newer (set PYTHON=/path/to/python)" >&2
  return 1
}

# A path as the operating system's own programs need it (C:\... on Windows, unchanged elsewhere):
# for values handed to native Windows programs, which do not understand /tmp/... .
native_path() {
  if [ "$(lbp_os)" = windows ] && command -v cygpath >/dev/null 2>&1; then
    cygpath -w "$1"
  else
    echo "$1"
  fi
}
