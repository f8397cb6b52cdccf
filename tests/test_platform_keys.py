"""Where the database key goes: the OS credential store (Windows Credential Manager, macOS
Keychain) when one works, and the key file in the user's key folder when none does.

The credential store is a stand-in with the behaviour that matters (it stores, finds, forgets,
and can refuse); the key file goes to a simulated ``C:\\Users\\Søren Ørum`` profile.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordSetError

from lbp_desktop import paths
from lbp_desktop.security import keys, vault
from lbp_desktop.storage.store import Store


class CredentialManager(KeyringBackend):
    """An in-memory credential store; ``refuse=True`` makes storing fail as a locked-down
    Credential Manager does ("Access is denied")."""

    priority = 5  # type: ignore[assignment]

    def __init__(self, refuse: bool = False) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.refuse = refuse

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.refuse:
            raise PasswordSetError("Access is denied")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The simulated Windows profile; the OS credential store is restored afterwards."""
    import platformdirs.windows

    home = tmp_path / "Users" / "Søren Ørum"
    known = {"CSIDL_LOCAL_APPDATA": home / "AppData" / "Local",
             "CSIDL_APPDATA": home / "AppData" / "Roaming", "CSIDL_PERSONAL": home / "Documents"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(known[name]))
    monkeypatch.setattr(paths, "user_folders", functools.partial(paths.user_folders, "win32"))
    for variable in ("LBP_KEY_DIR", "LBP_DB_KEY", "LBP_DATA_DIR"):
        monkeypatch.delenv(variable, raising=False)
    previous = keyring.get_keyring()
    yield home
    keyring.set_keyring(previous)


def _new_database(profile: Path) -> tuple[Path, bytes]:
    data = paths.data_dir()
    data.mkdir(parents=True, exist_ok=True)
    store, recovery = Store.create_new(data / "clinic.lbp")
    store.close()
    return data / "clinic.lbp", keys.key_from_recovery(recovery)


def test_a_working_credential_store_holds_the_key_and_no_file_is_written(profile) -> None:
    manager = CredentialManager()
    keyring.set_keyring(manager)
    db, key = _new_database(profile)
    assert list(manager.entries) == [("lbp-desktop", f"db:{keys.db_id(db)}")]
    assert manager.entries[("lbp-desktop", f"db:{keys.db_id(db)}")] == key.hex()
    assert not paths.key_dir().exists()
    assert keys.find_key(db) == key
    assert "CredentialManager" in keys.storage_description()
    Store.open_path(db).close()


def test_a_credential_store_that_refuses_falls_back_to_the_key_file(profile) -> None:
    keyring.set_keyring(CredentialManager(refuse=True))
    db, key = _new_database(profile)
    key_file = paths.key_dir() / f"{keys.db_id(db)}.key"
    assert key_file.read_text(encoding="ascii").strip() == key.hex()
    assert key_file.parent == profile / "AppData" / "Local" / "lbp-desktop-config" / "keys"
    assert keys.find_key(db) == key
    Store.open_path(db).close()


def test_without_a_credential_store_the_key_file_is_used(profile) -> None:
    keyring.set_keyring(fail.Keyring())
    assert not vault.keyring_usable()
    db, key = _new_database(profile)
    assert keys.find_key(db) == key
    assert paths.key_dir() in [p.parent for p in paths.key_dir().glob("*.key")]
    assert str(paths.key_dir()) in keys.storage_description()


def test_a_key_folder_override_never_touches_the_credential_store(profile, monkeypatch) -> None:
    manager = CredentialManager()
    keyring.set_keyring(manager)
    monkeypatch.setenv("LBP_KEY_DIR", str(profile / "bærbar nøgle"))
    db, key = _new_database(profile)
    assert manager.entries == {}
    assert (profile / "bærbar nøgle" / f"{keys.db_id(db)}.key").is_file()
    assert keys.find_key(db) == key


def test_a_key_lost_from_the_credential_store_is_a_clear_error_and_the_recovery_key_opens_it(
        profile, tmp_path) -> None:
    """E.g. a new Windows profile: the database file is there, its key in the old profile."""
    manager = CredentialManager()
    keyring.set_keyring(manager)
    db, key = _new_database(profile)
    manager.entries.clear()
    with pytest.raises(keys.DatabaseKeyError, match="no key found for this database"):
        keys.find_key(db)
    recovery = tmp_path / "gendannelse.txt"
    recovery.write_text(keys.recovery_key(key), encoding="utf-8")
    Store.open_path(db, key_file=recovery).close()


def test_the_windows_credential_manager_backend_is_bundled() -> None:
    """keyring finds its backends through package metadata: the bundle needs both."""
    spec = (Path(__file__).resolve().parents[1] / "packaging" / "lbp-desktop.spec").read_text(
        encoding="utf-8")
    assert 'collect_submodules("keyring.backends")' in spec
    assert 'copy_metadata("keyring")' in spec
    from importlib.metadata import entry_points

    names = {entry.name for entry in entry_points(group="keyring.backends")}
    assert {"Windows", "macOS"} <= names


def _asks_keyring(tmp_path: Path, **env: str) -> tuple[bool, bool]:
    """(keyring_usable(), whether keyring was imported) in a fresh Linux process with ``env``."""
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND", "LBP_KEY_DIR")}
    clean.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    code = ("import sys\nfrom lbp_desktop.security import vault\n"
            "print(vault.keyring_usable(), 'keyring' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True,
                          text=True, check=True)
    usable, imported = done.stdout.split()
    return usable == "True", imported == "True"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the D-Bus rule is Linux's")
def test_without_a_session_bus_keyring_is_not_even_imported(tmp_path) -> None:
    assert _asks_keyring(tmp_path) == (False, False)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the D-Bus rule is Linux's")
def test_a_session_bus_or_keyrings_own_settings_mean_keyring_is_asked(tmp_path) -> None:
    # a bus that is not there: keyring is asked, and finds no usable store
    assert _asks_keyring(tmp_path, DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent") \
        == (False, True)
    assert _asks_keyring(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring") \
        == (False, True)
    config = tmp_path / "config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text("[backend]\ndefault-keyring=keyring.backends.null.Keyring\n",
                      encoding="utf-8")
    assert _asks_keyring(tmp_path) == (False, True)
