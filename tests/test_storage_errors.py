"""Bad input to the storage layer: each a clear one-line StorageError, nothing overwritten."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage import DiskFullError, NewerSchemaError, StorageError
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")



def _filled(path, key, patients: int = 5) -> None:
    store = Store.create(path, key)
    for n in range(patients):
        patient = store.add_patient(f"0101{n % 90 + 10:02d}-{n:04d}", f"Patient {n} " + "x" * 150)
        store.add_episode(patient.id, Referral(reason="r" * 100))
    store.close()


def _snapshot(path):
    return path.read_bytes(), path.stat().st_mtime_ns


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and "Traceback" not in text
    return text


def test_no_such_file(tmp_path, key):
    with pytest.raises(StorageError, match="no such file"):
        Store.open(tmp_path / "missing.lbp", key)
    assert not (tmp_path / "missing.lbp").exists()


def test_wrong_key_leaves_file_untouched(tmp_path, key):
    path = tmp_path / "c.lbp"
    _filled(path, key)
    before = _snapshot(path)
    with pytest.raises(StorageError, match="wrong key or not an lbp-desktop database") as info:
        Store.open(path, os.urandom(32))
    _one_line(info.value)
    assert _snapshot(path) == before
    with pytest.raises(StorageError, match="wrong key"):
        Store.open(path, None, plaintext=True)
    assert _snapshot(path) == before


@pytest.mark.parametrize("content", [os.urandom(8192), b"", b"hello, this is text\n" * 300])
def test_garbage_file(tmp_path, key, content):
    path = tmp_path / "garbage.lbp"
    path.write_bytes(content)
    with pytest.raises(StorageError, match="wrong key or not an lbp-desktop database"):
        Store.open(path, key)
    assert path.read_bytes() == content


def test_other_sqlite_database_is_not_ours(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = _snapshot(path)
    with pytest.raises(StorageError, match="not an lbp-desktop database"):
        Store.open(path, None, plaintext=True)
    assert _snapshot(path) == before


def test_truncated_file(tmp_path, key):
    path = tmp_path / "c.lbp"
    _filled(path, key, patients=300)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError, match="damaged") as info:
        Store.open(path, key)
    _one_line(info.value)
    assert path.read_bytes() == data[: len(data) // 2]


def test_truncated_large_file_is_caught_without_a_full_scan(tmp_path, key, monkeypatch):
    """Big databases are not scanned page by page on every open; a truncated one is still
    refused, by its size against its page count."""
    from lbp_desktop.storage import integrity
    from lbp_desktop.storage import store as store_module

    path = tmp_path / "c.lbp"
    _filled(path, key, patients=300)
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 0)
    scans = []
    real_connect = store_module.raw_connect

    def spying_connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)

        class Spy:
            def execute(self, sql, *rest):
                if "quick_check" in sql or "integrity_check" in sql:
                    scans.append(sql)
                return conn.execute(sql, *rest)

            def __getattr__(self, name):
                return getattr(conn, name)

        return Spy()

    monkeypatch.setattr(store_module, "raw_connect", spying_connect)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError, match="damaged"):
        Store.open(path, key)
    assert scans == []
    path.write_bytes(data)  # the whole file opens, still without a scan
    Store.open(path, key).close()
    assert scans == []


def test_newer_schema_refused_untouched(tmp_path, key):
    path = tmp_path / "c.lbp"
    _filled(path, key)
    store = Store.open(path, key)
    store.db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    store.close()
    assert not (tmp_path / "c.lbp-wal").exists()
    before = _snapshot(path)
    with pytest.raises(NewerSchemaError, match=r"newer lbp-desktop.*untouched") as info:
        Store.open(path, key)
    _one_line(info.value)
    assert _snapshot(path) == before


def test_unknown_migration_refused_untouched(tmp_path, key):
    path = tmp_path / "c.lbp"
    _filled(path, key)
    store = Store.open(path, key)
    store.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('lbp_desktop', '0099_from_the_future', '2030-01-01')")
    store.close()
    before = _snapshot(path)
    with pytest.raises(NewerSchemaError):
        Store.open(path, key)
    assert _snapshot(path) == before


def test_disk_full_keeps_what_was_saved(tmp_path, key):
    path = tmp_path / "c.lbp"
    store = Store.create(path, key)
    patient = store.add_patient("010182-1233", "Morten Kristensen")
    episode = store.add_episode(patient.id, Referral())
    response = store.start_response(episode.id, "ulrus")
    store.record_answer(response.id, "pain", "back_now", 5)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DiskFullError, match="disk is full") as info:
        for n in range(2000):
            store.record_answer(response.id, "work", "occupation", "x" * 1500 + str(n))
    _one_line(info.value)
    assert store.answers(response.id)["pain"] == {"back_now": 5}
    store.db.execute("PRAGMA max_page_count = 1073741823")
    store.record_answer(response.id, "pain", "back_week", 4)  # usable again once there is room
    store.close()
    reopened = Store.open(path, key)
    assert reopened.answers(response.id)["pain"] == {"back_now": 5, "back_week": 4}
    assert reopened.integrity_check() == "ok"
    reopened.close()


def test_create_refuses_missing_folder(tmp_path, key):
    with pytest.raises(StorageError, match="no such folder"):
        Store.create(tmp_path / "nope" / "c.lbp", key)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder nobody may write in (chmod; for root, which ignores modes, ``chattr +i``)."""
    import shutil

    folder = tmp_path / "ro"
    folder.mkdir()

    def lock() -> None:
        if sys.platform == "win32":
            pytest.skip("Windows ignores the read-only flag on folders; only an ACL makes one "
                        "read-only")
        if os.geteuid() == 0:
            if shutil.which("chattr") is None:
                pytest.skip("running as root without chattr: cannot make a read-only folder")
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True)
            if done.returncode != 0:
                pytest.skip("running as root and chattr +i is not supported here")
        else:
            os.chmod(folder, 0o555)

    yield folder, lock
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    os.chmod(folder, 0o755)


def test_read_only_folder(read_only_folder, key):
    folder, lock = read_only_folder
    path = folder / "c.lbp"
    _filled(path, key)
    before = _snapshot(path)
    lock()
    with pytest.raises(StorageError, match=r"read-only|cannot open or create") as info:
        Store.create(folder / "new.lbp", key)
    _one_line(info.value)
    assert not (folder / "new.lbp").exists()
    with pytest.raises(StorageError, match=r"read-only|cannot open or create") as info:
        store = Store.open(path, key)
        try:
            store.add_patient("020202-2222", "Someone New")
        finally:
            store.close()
    _one_line(info.value)
    assert _snapshot(path) == before
