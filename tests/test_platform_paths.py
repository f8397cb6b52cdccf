"""Each user's folders on Windows, macOS and Linux, and a clinic's whole life under a Windows
profile whose name has spaces and Danish letters (``C:\\Users\\Søren Ørum``).

Windows is simulated: platformdirs' Windows rules are asked for the folders, with the shell's
known-folder lookup answered by a fake profile under ``tmp_path``. What matters for Windows —
everything in the user's own profile, the database not roaming, the key outside the data folder,
names with spaces and non-ASCII characters — is then exercised on real files.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from lbp_desktop import paths
from lbp_desktop.cli import main
from lbp_desktop.security import keys
from tests.fhir_support import add_case

PROFILE_NAME = "Søren Ørum"


@pytest.fixture
def windows_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake ``C:\\Users\\Søren Ørum`` that platformdirs' Windows rules resolve into."""
    import platformdirs.windows

    profile = tmp_path / "Users" / PROFILE_NAME
    known = {"CSIDL_LOCAL_APPDATA": profile / "AppData" / "Local",
             "CSIDL_APPDATA": profile / "AppData" / "Roaming",
             "CSIDL_PERSONAL": profile / "Documents"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(known[name]))
    for variable in ("LBP_DATA_DIR", "LBP_KEY_DIR", "LBP_LOG_DIR", "LBP_SYNC_DIR", "LBP_DB_KEY"):
        monkeypatch.delenv(variable, raising=False)
    return profile


def test_windows_folders_are_in_the_users_own_profile(windows_profile: Path) -> None:
    folders = paths.user_folders("win32")
    local = windows_profile / "AppData" / "Local"
    assert folders.data == local / "lbp-desktop"
    assert folders.logs == local / "lbp-desktop" / "Logs"
    assert folders.documents == windows_profile / "Documents"
    # The database stays in the local profile: it must not roam to a domain file server.
    assert "Roaming" not in folders.data.parts
    # The key-file fallback is never inside the data folder (platformdirs' config folder is).
    # Secrets (key files, the hub's TLS key) are never inside the data folder (platformdirs'
    # config folder is).
    assert folders.config == local / "lbp-desktop-config"
    assert folders.keys == local / "lbp-desktop-config" / "keys"
    assert folders.sync == local / "lbp-desktop-config" / "sync"
    assert folders.data not in folders.config.parents
    for folder in (folders.data, folders.keys, folders.sync, folders.logs, folders.documents):
        assert windows_profile in folder.parents


def _home(monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    """Point ``~`` at ``home`` on every system (Windows reads USERPROFILE, not HOME)."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)


def test_macos_keeps_the_key_folder_outside_the_data_folder(monkeypatch, tmp_path) -> None:
    _home(monkeypatch, tmp_path / "Søren Ørum")
    folders = paths.user_folders("darwin")
    support = tmp_path / "Søren Ørum" / "Library" / "Application Support"
    assert folders.data == support / "lbp-desktop"
    assert folders.keys == support / "lbp-desktop-config" / "keys"
    assert folders.logs == tmp_path / "Søren Ørum" / "Library" / "Logs" / "lbp-desktop"


def test_linux_folders_are_unchanged(monkeypatch, tmp_path) -> None:
    """Existing Linux installs keep finding their database and key where they were."""
    _home(monkeypatch, tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folders = paths.user_folders("linux")
    assert folders.data == tmp_path / "share" / "lbp-desktop"
    assert folders.keys == tmp_path / "config" / "lbp-desktop" / "keys"
    assert folders.sync == tmp_path / "config" / "lbp-desktop" / "sync"


def test_the_environment_overrides_win(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("LBP_DATA_DIR", str(tmp_path / "d"))
    monkeypatch.setenv("LBP_KEY_DIR", str(tmp_path / "k"))
    monkeypatch.setenv("LBP_LOG_DIR", str(tmp_path / "l"))
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "s"))
    assert (paths.data_dir(), paths.key_dir(), paths.log_dir(), paths.sync_dir()) == (
        tmp_path / "d", tmp_path / "k", tmp_path / "l", tmp_path / "s")


def test_the_app_keys_and_logs_use_these_folders(windows_profile, monkeypatch) -> None:
    from lbp_desktop.ui import app

    monkeypatch.setattr(paths, "user_folders", functools.partial(paths.user_folders, "win32"))
    local = windows_profile / "AppData" / "Local"
    assert app.default_db_path() == local / "lbp-desktop" / "clinic.lbp"
    assert app.demo_db_path() == local / "lbp-desktop" / "demo.db"
    assert keys.key_dir() == local / "lbp-desktop-config" / "keys"
    from lbp_desktop.sync import tls

    assert tls.sync_dir() == local / "lbp-desktop-config" / "sync"
    assert paths.log_dir() == local / "lbp-desktop" / "Logs"


@pytest.mark.usefixtures("private_keys")
def test_a_clinic_under_a_profile_with_spaces_and_danish_letters(windows_profile, monkeypatch,
                                                                 forms, capsys) -> None:
    """Database, key file, backup, restore, FHIR export and letter all under ``Søren Ørum``."""
    monkeypatch.delenv("LBP_KEY_DIR", raising=False)  # the profile's key folder, not a test one
    monkeypatch.setattr(paths, "user_folders", functools.partial(paths.user_folders, "win32"))
    folders = paths.user_folders()
    folders.data.mkdir(parents=True)
    db = folders.data / "clinic.lbp"

    assert main(["init-db", str(db), "--clinic", "Rygklinikken Ørum"]) == 0
    key_files = list(folders.keys.glob("*.key"))  # no credential store here: the key file
    assert len(key_files) == 1
    assert not list(folders.data.rglob("*.key"))

    from lbp_desktop.storage.store import Store

    store = Store.open_path(db)
    case = add_case(store, forms, "010190-1235", "Åse Ærø-Ørum", "high", letter=False)
    store.close()
    episode = case["episode"].id

    documents = folders.documents / "Rygklinik eksport æøå"
    documents.mkdir(parents=True)
    backup = documents / "sikkerhedskopi 30-11-2026.lbp"
    assert main(["backup", "--db", str(db), "-o", str(backup)]) == 0
    assert main(["export-fhir", "--db", str(db), "--episode", episode,
                 "-o", str(documents / "FHIR Åse.json")]) == 0
    # no examination in this case: the command writes a draft on request, never a final letter
    assert main(["epikrise", "--db", str(db), "--episode", episode, "--draft",
                 "-o", str(documents / "Epikrise Åse Ærø-Ørum.pdf")]) == 0
    bundle = json.loads((documents / "FHIR Åse.json").read_text(encoding="utf-8"))
    assert "Ærø-Ørum" in json.dumps(bundle, ensure_ascii=False)
    assert (documents / "Epikrise Åse Ærø-Ørum.pdf").read_bytes().startswith(b"%PDF")

    assert main(["restore", "--db", str(db), str(backup)]) == 0
    capsys.readouterr()
    assert main(["episodes", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["episode_id"] for item in listed] == [episode]


@pytest.mark.usefixtures("private_keys")
def test_a_key_file_given_by_a_path_with_spaces_and_danish_letters(tmp_path) -> None:
    from lbp_desktop.storage.store import Store

    folder = tmp_path / "USB-nøgle (E)" / "Søren Ørum"
    folder.mkdir(parents=True)
    store, recovery = Store.create_new(folder / "klinik database.lbp")
    store.close()
    key_file = folder / "gendannelsesnøgle æøå.txt"
    key_file.write_text(recovery + "\r\n", encoding="utf-8")  # saved by Notepad: CRLF
    for stored in list(keys.key_dir().glob("*.key")):
        stored.unlink()  # only the recovery key is left
    Store.open_path(folder / "klinik database.lbp", key_file=key_file).close()


def test_saving_a_letter_starts_in_the_users_documents(windows_profile, monkeypatch, qtbot,
                                                       forms, tmp_path) -> None:
    """Not the working directory, which on Windows is often the program folder of all users."""
    from PySide6.QtWidgets import QFileDialog

    from lbp_desktop.ui.app import make_application
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview
    from tests.fhir_support import new_store

    monkeypatch.setattr(paths, "user_folders", functools.partial(paths.user_folders, "win32"))
    make_application("da")
    store = new_store(tmp_path)
    case = add_case(store, forms, "010190-1235", "Åse Ærø-Ørum", "high", letter=False)
    dialog = LetterPreview(store, case["episode"].id, recipients=["gp"])
    qtbot.addWidget(dialog)
    chosen = windows_profile / "Documents" / "Epikrise Åse.pdf"
    chosen.parent.mkdir(parents=True)
    offered: list[str] = []

    def save_dialog(parent, caption, suggested, *rest):
        offered.append(suggested)
        return str(chosen), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    dialog.save_as()
    store.close()
    assert offered == [str(windows_profile / "Documents" / "epikrise.pdf")]
    assert chosen.read_bytes() == dialog.pdf
