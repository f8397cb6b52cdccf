"""The setup, test, demo and build scripts run unchanged on Linux, macOS and Windows (Git Bash).

What differs between the systems sits in ``scripts/common.sh``; these tests run its functions
under a faked ``uname`` (and a faked ``cygpath``, Python Store stub) to check the Windows and macOS
branches here, and check that every script still parses and uses the helpers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMMON = ROOT / "scripts" / "common.sh"
SCRIPTS = [ROOT / "scripts" / name for name in ("setup.sh", "test.sh", "demo.sh", "common.sh")] + [
    ROOT / "packaging" / "build.sh", ROOT / "packaging" / "windows" / "installer.sh"]

BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(BASH is None, reason="the scripts are bash scripts; no bash here")


def _fake_program(folder: Path, name: str, body: str) -> None:
    program = folder / name
    program.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8", newline="\n")
    program.chmod(0o755)


def _run(snippet: str, cwd: Path, *, uname: str | None = None,
         fakes: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``snippet`` after sourcing common.sh, with fake programs first on PATH."""
    bin_dir = cwd / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    if uname:
        _fake_program(bin_dir, "uname", f"echo {uname}")
    for name, body in (fakes or {}).items():
        _fake_program(bin_dir, name, body)
    env = dict(os.environ, PATH=str(bin_dir) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("PYTHON", None)
    assert BASH is not None
    return subprocess.run([BASH, "-c", f'. "{COMMON.as_posix()}"; {snippet}'], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_every_script_parses_and_uses_the_shared_helpers(script: Path) -> None:
    assert BASH is not None
    result = subprocess.run([BASH, "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert b"\r\n" not in script.read_bytes()  # bash chokes on CRLF; .gitattributes keeps LF
    text = script.read_text(encoding="utf-8")
    if script.name != "common.sh":
        assert ". scripts/common.sh" in text
        assert ".venv/bin/" not in text  # .venv/Scripts on Windows: always through venv_python


@pytest.mark.parametrize(("uname", "expected"), [
    ("Linux", "linux"), ("Darwin", "macos"), ("MINGW64_NT-10.0-22631", "windows"),
    ("MSYS_NT-10.0-19045", "windows"), ("CYGWIN_NT-10.0", "windows")])
def test_the_operating_system_is_recognised(tmp_path: Path, uname: str, expected: str) -> None:
    assert _run("lbp_os", tmp_path, uname=uname).stdout.strip() == expected


def test_the_venv_programs_are_in_scripts_on_windows(tmp_path: Path) -> None:
    windows = "MINGW64_NT-10.0-22631"
    assert _run("venv_bin", tmp_path, uname=windows).stdout.strip() == ".venv/Scripts"
    (tmp_path / ".venv" / "Scripts").mkdir(parents=True)
    (tmp_path / ".venv" / "Scripts" / "python.exe").write_bytes(b"")
    assert _run("venv_bin", tmp_path, uname=windows).stdout.strip() == ".venv/Scripts"
    assert _run("venv_python", tmp_path, uname=windows).stdout.strip() == (
        ".venv/Scripts/python.exe")


def test_the_venv_programs_are_in_bin_elsewhere(tmp_path: Path) -> None:
    assert _run("venv_bin", tmp_path, uname="Darwin").stdout.strip() == ".venv/bin"
    assert _run("venv_bin", tmp_path, uname="Linux").stdout.strip() == ".venv/bin"
    # An MSYS2 Python on Windows makes a POSIX-style venv: what exists wins.
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").write_bytes(b"")
    assert _run("venv_bin", tmp_path, uname="MINGW64_NT-10.0").stdout.strip() == ".venv/bin"
    assert _run("venv_python", tmp_path, uname="Linux").stdout.strip() == ".venv/bin/python"


def test_find_python_passes_over_the_windows_store_stub(tmp_path: Path) -> None:
    """On Windows ``python3`` is often the Microsoft Store stub, which fails with 9009."""
    real = Path(sys.executable).as_posix()
    fakes = {"python3": "exit 9009", "python": f'exec "{real}" "$@"'}
    result = _run("find_python", tmp_path, uname="MINGW64_NT-10.0", fakes=fakes)
    assert result.stdout.strip() == "python"


def test_find_python_refuses_an_old_python_with_a_clear_message(tmp_path: Path) -> None:
    old = "exit 1"  # what `python -c 'sys.exit(version < (3, 11))'` returns on 3.10
    result = _run("find_python", tmp_path, fakes={"python3": old, "python": old, "py": old})
    assert result.returncode != 0
    assert "needs Python 3.11 or newer" in result.stderr


def test_an_explicit_python_wins(tmp_path: Path) -> None:
    result = _run('PYTHON="/opt/python 3.12/python" find_python', tmp_path)
    assert result.stdout.strip() == "/opt/python 3.12/python"


def test_native_paths_are_windows_paths_only_on_windows(tmp_path: Path) -> None:
    fakes = {"cygpath": r"printf '%s\n' 'C:\Users\Søren Ørum\AppData\Local\Temp\tmp.x'"}
    windows = _run('native_path "/tmp/tmp.x"', tmp_path, uname="MINGW64_NT-10.0", fakes=fakes)
    assert windows.stdout.strip() == r"C:\Users\Søren Ørum\AppData\Local\Temp\tmp.x"
    linux = _run('native_path "/tmp/with space/ø"', tmp_path, uname="Linux", fakes=fakes)
    assert linux.stdout.strip() == "/tmp/with space/ø"


def test_debian_packages_are_installed_only_on_linux() -> None:
    setup = (ROOT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    apt_line = next(line for line in setup.splitlines() if "command -v apt-get" in line)
    assert '[ "$(lbp_os)" = linux ]' in apt_line
    assert "xvfb" in setup  # part of the Debian list, so never attempted on macOS or Windows


def test_the_installer_script_refuses_to_run_outside_windows(tmp_path: Path) -> None:
    assert BASH is not None
    result = subprocess.run([BASH, str(ROOT / "packaging" / "windows" / "installer.sh")],
                            capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, PATH=_fake_uname_path(tmp_path, "Linux")))
    assert result.returncode == 1
    assert "built on Windows" in result.stderr


def _fake_uname_path(tmp_path: Path, uname: str) -> str:
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir(exist_ok=True)
    _fake_program(bin_dir, "uname", f"echo {uname}")
    return str(bin_dir) + os.pathsep + os.environ.get("PATH", "")


def _setup_sandbox(tmp_path: Path, uname: str, venv_bin: str) -> tuple[Path, dict[str, str]]:
    """A copy of the setup scripts with fake python, npm, apt-get and dpkg that log their calls;
    the fake python's ``-m venv`` makes ``.venv/<venv_bin>/python`` the way that system would."""
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    for name in ("setup.sh", "common.sh"):
        shutil.copy(ROOT / "scripts" / name, repo / "scripts" / name)
    log = tmp_path / "calls.log"
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    _fake_program(bin_dir, "uname", f"echo {uname}")
    shim = f'echo "venv-python $*" >> "{log.as_posix()}"'
    program = "Scripts/python.exe" if venv_bin == "Scripts" else "bin/python"
    fake_python = (
        f'if [ "$1 $2" = "-m venv" ]; then\n'
        f'  mkdir -p "$3/{venv_bin}"\n'
        f"  printf '#!/bin/sh\\n%s\\n' '{shim}' > \"$3/{program}\"\n"
        f'  chmod +x "$3/{program}"\n'
        f'  echo "base-python $*" >> "{log.as_posix()}"\n'
        f"fi\nexit 0")
    _fake_program(bin_dir, "python3", fake_python)
    for tool in ("npm", "apt-get", "dpkg", "sudo"):
        _fake_program(bin_dir, tool, f'echo "{tool} $*" >> "{log.as_posix()}"; exit 0')
    env = dict(os.environ, PATH=str(bin_dir) + os.pathsep + os.environ.get("PATH", ""))
    env.pop("PYTHON", None)
    env.pop("LBP_SKIP_APT", None)
    return repo, env


def _calls(tmp_path: Path) -> list[str]:
    return (tmp_path / "calls.log").read_text(encoding="utf-8").splitlines()


def test_setup_on_windows_makes_a_scripts_venv_and_never_calls_apt(tmp_path: Path) -> None:
    repo, env = _setup_sandbox(tmp_path, "MINGW64_NT-10.0-22631", "Scripts")
    assert BASH is not None
    result = subprocess.run([BASH, "scripts/setup.sh"], cwd=repo, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    calls = _calls(tmp_path)
    assert calls[0] == "base-python -m venv .venv"
    assert "venv-python -m pip install -q -e .[test]" in calls
    assert not any(call.startswith(("apt-get", "dpkg", "sudo")) for call in calls)
    npm = [call for call in calls if call.startswith("npm ")]
    assert any("--prefix .venv/action-validator @action-validator/cli@" in c for c in npm), npm
    assert any("--prefix .venv/fhir-validator" in c for c in npm), npm


@pytest.mark.skipif(shutil.which("apt-get") is None, reason="the Debian steps run only where "
                    "apt-get exists (a Debian-like machine)")
def test_setup_leaves_an_existing_node_alone(tmp_path: Path) -> None:
    """A machine whose Node.js came from elsewhere (its nodejs bundles npm) must not be asked to
    install Debian's npm: apt refuses that as broken packages and set-up would fail."""
    repo, env = _setup_sandbox(tmp_path, "Linux", "bin")
    log = (tmp_path / "calls.log").as_posix()
    _fake_program(tmp_path / "fake-bin", "dpkg", f'echo "dpkg $*" >> "{log}"; exit 1')
    result = subprocess.run([BASH or "bash", "scripts/setup.sh"], cwd=repo, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    installs = [c for c in _calls(tmp_path) if c.startswith("apt-get install")]
    assert installs and "xvfb" in installs[0]  # the missing Qt/PDF packages are installed
    assert not any(" npm" in c or "nodejs" in c for c in installs)


def test_setup_on_linux_keeps_the_debian_steps(tmp_path: Path) -> None:
    repo, env = _setup_sandbox(tmp_path, "Linux", "bin")
    assert BASH is not None
    result = subprocess.run([BASH, "scripts/setup.sh"], cwd=repo, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    calls = _calls(tmp_path)
    if shutil.which("apt-get"):  # a Debian-like machine: packages checked with dpkg first
        assert any(call.startswith("dpkg -s xvfb") for call in calls)
    assert "base-python -m venv .venv" in calls
    assert "venv-python -m pip install -q -e .[test]" in calls
