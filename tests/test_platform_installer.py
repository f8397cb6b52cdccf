"""The Windows installer's promises, read from the Inno Setup script.

Inno Setup only runs on Windows, so these tests read ``packaging/windows/lbp-desktop.iss`` the way
ISCC does (sections, ``Key=Value`` lines, ``Name: value;`` entries) and check what a clinic relies
on: no administrator rights needed, the same AppId for every upgrade, the previous version's
libraries replaced, and nothing of the clinic's data ever deleted — because nothing of it is in
the program folder and the uninstaller deletes only what it installed.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from lbp_desktop import paths

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "packaging" / "windows" / "lbp-desktop.iss"
APP_ID = "{{7C1F5C5E-2E0B-4D6B-9A8F-3B1F2E9D4A10}"  # never change: upgrades find the install by it
USER_FOLDERS = ("{localappdata}", "{userappdata}", "{userdocs}", "{commonappdata}", "{%USERPROFILE",
                "{%LOCALAPPDATA", "{%APPDATA")


def _sections() -> dict[str, list[str]]:
    """Each ``[Section]``'s lines, without comments, blank lines and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["Setup"])


def _entries(section: str) -> list[dict[str, str]]:
    entries = []
    for line in _sections().get(section, []):
        fields = {}
        for part in re.findall(r'(\w+):\s*("[^"]*"|[^;]+)', line):
            fields[part[0]] = part[1].strip().strip('"')
        entries.append(fields)
    return entries


def test_a_per_user_install_needs_no_administrator() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    # {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for all users.
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    for icon in _entries("Icons"):
        assert icon["Name"].startswith(("{autoprograms}", "{autodesktop}")), icon


def test_every_version_has_the_same_app_id() -> None:
    assert _setup()["AppId"] == APP_ID


def test_an_upgrade_replaces_only_the_program_files() -> None:
    deleted = _entries("InstallDelete")
    assert deleted == [{"Type": "filesandordirs", "Name": "{app}\\_internal"}]
    assert _setup()["CloseApplications"] == "yes"  # a running copy is closed, not overwritten


def test_uninstall_deletes_nothing_it_did_not_install() -> None:
    assert "UninstallDelete" not in _sections()
    assert "UninstallRun" not in _sections()
    assert "Code" not in _sections()  # no script that could remove folders on uninstall


def test_the_installer_writes_nowhere_near_the_users_data() -> None:
    text = ISS.read_text(encoding="utf-8")
    for section in ("Files", "Dirs", "InstallDelete", "Registry", "INI"):
        for entry in _entries(section):
            for value in entry.values():
                assert not value.startswith(USER_FOLDERS), (section, entry)
    assert "{app}" in _entries("Files")[0]["DestDir"]
    assert "uninsneveruninstall" not in text


@pytest.fixture
def windows_profile(tmp_path, monkeypatch) -> Path:
    import platformdirs.windows

    home = tmp_path / "Users" / "Søren Ørum"
    known = {"CSIDL_LOCAL_APPDATA": home / "AppData" / "Local",
             "CSIDL_APPDATA": home / "AppData" / "Roaming", "CSIDL_PERSONAL": home / "Documents"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(known[name]))
    monkeypatch.setattr(paths, "user_folders", functools.partial(paths.user_folders, "win32"))
    for variable in ("LBP_DATA_DIR", "LBP_KEY_DIR", "LBP_LOG_DIR"):
        monkeypatch.delenv(variable, raising=False)
    return home


def test_the_clinics_files_are_outside_both_install_folders(windows_profile) -> None:
    """Per user: %LOCALAPPDATA%\\Programs\\lbp-desktop; all users: C:\\Program Files\\...;
    the database, keys and logs are in neither, so replacing or removing the program never
    touches them."""
    per_user_app = windows_profile / "AppData" / "Local" / "Programs" / "lbp-desktop"
    for folder in (paths.data_dir(), paths.key_dir(), paths.log_dir(), paths.documents_dir()):
        assert per_user_app not in folder.parents and folder != per_user_app
        assert "Program Files" not in folder.parts


def test_shortcuts_start_the_windowed_program_built_by_the_spec() -> None:
    targets = {icon["Filename"] for icon in _entries("Icons")}
    assert targets == {"{app}\\lbp-desktop-gui.exe"}
    spec = (ROOT / "packaging" / "lbp-desktop.spec").read_text(encoding="utf-8")
    assert 'name="lbp-desktop-gui"' in spec
    assert "console=False" in spec


def test_signing_is_switched_on_only_by_the_installer_script() -> None:
    text = ISS.read_text(encoding="utf-8")
    block = text[text.index("#ifdef Sign"):text.index("#endif")]
    assert "SignTool=lbpsign" in block
    assert "SignedUninstaller=yes" in block
    script = (ROOT / "packaging" / "windows" / "installer.sh").read_text(encoding="utf-8")
    assert "/DSign" in script and "/Slbpsign=" in script
