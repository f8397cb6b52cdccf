"""Database key handling: key store fallback, per-database ids, recovery key, CLI key sources."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lbp_desktop.errors import UserError
from lbp_desktop.security import keys
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")
POSIX_MODES = sys.platform != "win32"
"""File modes exist (Linux, macOS); on Windows os.chmod only toggles the read-only flag."""


def test_recovery_key_round_trip():
    key = keys.generate_key()
    text = keys.recovery_key(key)
    assert all(len(group) <= 4 for group in text.split("-"))
    assert keys.key_from_recovery(text) == key
    assert keys.key_from_recovery(text.lower().replace("-", " ")) == key
    broken = ("A" if text[0] != "A" else "B") + text[1:]
    with pytest.raises(UserError, match="not valid"):
        keys.key_from_recovery(broken)
    with pytest.raises(UserError):
        keys.key_from_recovery(text[:-5])


def test_key_file_fallback_is_private_and_outside_the_data_folder(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    store, recovery = Store.create_new(data / "clinic.lbp")
    store.close()
    assert recovery
    assert keys.sidecar_path(data / "clinic.lbp").exists()
    key_files = list((tmp_path / "keys").glob("*.key"))
    assert len(key_files) == 1
    if POSIX_MODES:  # on Windows the user's profile folder, not a mode, keeps it private
        assert stat.S_IMODE(key_files[0].stat().st_mode) == 0o600
        assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    assert not any(p.suffix == ".key" for p in data.iterdir())
    assert keys.key_from_recovery(recovery) == keys.find_key(data / "clinic.lbp")
    Store.open_path(data / "clinic.lbp").close()


def test_database_moved_with_its_sidecar_keeps_its_key(tmp_path):
    store, _ = Store.create_new(tmp_path / "a.lbp")
    patient = store.add_patient("010180-1001", "Morten Kristensen", fictional=True)
    store.close()
    moved = tmp_path / "moved"
    moved.mkdir()
    for name in ("a.lbp", "a.lbp.keyid"):
        (tmp_path / name).rename(moved / name)
    with Store.open_path(moved / "a.lbp") as reopened:  # found its key by the sidecar's id
        assert reopened.patient(patient.id).name == "Morten Kristensen"
    # without the sidecar the id comes from the path, and the key is not found
    (moved / "a.lbp.keyid").unlink()
    with pytest.raises(UserError, match="no key found"):
        Store.open_path(moved / "a.lbp")


def test_each_database_has_its_own_key(tmp_path):
    one, _ = Store.create_new(tmp_path / "one.lbp")
    two, _ = Store.create_new(tmp_path / "two.lbp")
    one.close()
    two.close()
    assert keys.find_key(tmp_path / "one.lbp") != keys.find_key(tmp_path / "two.lbp")


def test_key_sources_in_order(tmp_path, monkeypatch):
    store, recovery = Store.create_new(tmp_path / "c.lbp")
    store.close()
    real = keys.find_key(tmp_path / "c.lbp")
    key_file = tmp_path / "k.txt"
    key_file.write_text(recovery + "\n")
    assert keys.find_key(tmp_path / "c.lbp", key_file=key_file) == real
    monkeypatch.setenv("LBP_DB_KEY", "00" * 32)
    assert keys.find_key(tmp_path / "c.lbp") == bytes(32)
    monkeypatch.setenv("LBP_DB_KEY", "not hex")
    with pytest.raises(UserError):
        keys.find_key(tmp_path / "c.lbp")
    monkeypatch.delenv("LBP_DB_KEY")
    keys.forget_key(keys.db_id(tmp_path / "c.lbp"))
    with pytest.raises(UserError, match="no key found"):
        keys.find_key(tmp_path / "c.lbp")


def test_forgotten_password_costs_no_data(tmp_path):
    store, _ = Store.create_new(tmp_path / "c.lbp")
    admin = store.create_user("admin", "first", "Admin", "admin")
    store.add_patient("010182-1233", "Kept Patient")
    store.close()
    # nobody remembers "first": the database still opens (its key is not a password) …
    store = Store.open_path(tmp_path / "c.lbp")
    store.set_password(admin.id, "second")  # … and an admin resets the password
    assert store.authenticate("admin", "second") is not None
    assert store.find_patient_by_cpr("010182-1233") is not None
    store.close()


def test_cli_init_db_and_key_file(tmp_path):
    env = {**os.environ, "LBP_KEY_DIR": str(tmp_path / "cli-keys")}
    env.pop("LBP_DB_KEY", None)
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "init-db",
                           str(tmp_path / "n.lbp"), "--clinic", "Testklinik"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    recovery = done.stdout.strip().splitlines()[-1].strip()
    assert keys.key_from_recovery(recovery)
    (tmp_path / "rk.txt").write_text(recovery)
    other_env = {**env, "LBP_KEY_DIR": str(tmp_path / "empty")}
    listed = subprocess.run([sys.executable, "-m", "lbp_desktop", "episodes", "--db",
                             str(tmp_path / "n.lbp"), "--key-file", str(tmp_path / "rk.txt"),
                             "--json"], env=other_env, capture_output=True, text=True,
                            timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.strip() == "[]"
    missing = subprocess.run([sys.executable, "-m", "lbp_desktop", "episodes", "--db",
                              str(tmp_path / "n.lbp")], env=other_env, capture_output=True,
                             text=True, timeout=60)
    assert missing.returncode != 0 and "no key found" in missing.stderr


def test_every_secret_file_is_private(tmp_path, monkeypatch) -> None:
    # database keys, the tablet's secrets and the hub's TLS key share one writer (0600 file in a
    # 0700 folder); the three copies of that code had drifted (the hub's folder stayed 0755)
    from lbp_desktop.sync import credentials, tls

    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))
    path = Path(credentials.store_secret("hub-token", "abc", b"\x01" * 16))
    cert = tls.make_certificate(tmp_path / "hub")
    for secret in (path, cert.key_path):
        if POSIX_MODES:  # NTFS has no modes (docs/windows.md)
            assert stat.S_IMODE(secret.stat().st_mode) == 0o600
            assert stat.S_IMODE(secret.parent.stat().st_mode) == 0o700
    assert credentials.load_secret("hub-token", "abc") == b"\x01" * 16
    assert tls.fingerprint_of_pem(cert.cert_path.read_bytes())


def test_a_damaged_secret_file_is_named_for_a_database_and_re_paired_for_a_tablet(
        tmp_path, monkeypatch) -> None:
    # one vault for both; a database key must not silently vanish (the user would be asked for
    # the recovery key with no hint why), a tablet just pairs again
    from lbp_desktop.sync import credentials

    keys.store_key("damaged", keys.generate_key())
    (keys.key_dir() / "damaged.key").write_bytes(b"\xffnot hex\n")
    with pytest.raises(keys.DatabaseKeyError, match=r"damaged\.key: not a key file"):
        keys.load_stored_key("damaged")
    assert keys.load_stored_key("never-filed") is None

    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))
    path = Path(credentials.store_secret("outbox-key", "tab", b"\x02" * 32))
    path.write_text("zz\n", encoding="ascii")
    assert credentials.load_secret("outbox-key", "tab") is None
    credentials.forget_secret("outbox-key", "tab")
    assert not path.exists()
    keys.forget_key("damaged")
    assert not (keys.key_dir() / "damaged.key").exists()
