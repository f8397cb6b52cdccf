"""Restore is refused while anybody has the database open; one hub per database; the kept copy
opens with the database's key."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from lbp_desktop.storage import StorageError
from lbp_desktop.storage.backup import restore_file, restore_path, restore_store
from lbp_desktop.storage.lock import DatabaseInUseError, DatabaseLock, holders
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture
def clinic(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    store = Store.create(path, key)
    store.add_patient("010111-0000", "Patient Før")
    backup = store.backup(tmp_path / "good.lbp")
    store.add_patient("020202-2222", "Patient Efter")
    store.close()
    return path, backup


def _patients(path, key) -> int:
    with Store.open(path, key) as store:
        return store.db.execute("SELECT count(*) FROM patient").fetchone()[0]


def test_restore_refused_while_a_second_store_holds_the_database(clinic, key):
    path, backup = clinic
    other = Store.open(path, key)
    before = path.read_bytes()
    with pytest.raises(DatabaseInUseError, match=rf"open in .*process {os.getpid()}.*nothing "
                                                 "was changed"):
        restore_file(path, backup, key)
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if "before-restore" in p.name
                or ".restore-" in p.name]
    other.add_patient("030303-3333", "Patient Tre")
    other.close()
    assert _patients(path, key) == 3
    kept = restore_file(path, backup, key)  # after it is closed the restore goes through
    assert kept is not None
    assert _patients(path, key) == 1


def test_restore_refused_while_another_process_has_it_open(clinic, key, tmp_path):
    path, backup = clinic
    script = textwrap.dedent(f"""
        import sys
        from lbp_desktop.storage.store import Store
        store = Store.open({str(path)!r}, bytes.fromhex({key.hex()!r}))
        print("open", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUseError, match=rf"process {proc.pid} on "):
            restore_file(path, backup, key)
        assert [h.pid for h in holders(path)] == [proc.pid]
    finally:
        assert proc.stdin is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        proc.wait(timeout=30)
    assert restore_file(path, backup, key) is not None
    assert _patients(path, key) == 1


def test_a_killed_holder_does_not_block_restore(clinic, key):
    path, backup = clinic
    script = textwrap.dedent(f"""
        import os
        from lbp_desktop.storage.store import Store
        Store.open({str(path)!r}, bytes.fromhex({key.hex()!r}))
        os._exit(0)  # no close: the operating system drops the lock with the process
    """)
    subprocess.run([sys.executable, "-c", script], check=True, timeout=60)
    assert restore_file(path, backup, key) is not None
    assert holders(path) == []  # the dead process's description was cleared


def test_restore_store_closes_the_apps_own_connection_first(clinic, key):
    path, backup = clinic
    store = Store.open(path, key)
    kept = restore_store(store, backup)
    assert kept is not None
    assert _patients(path, key) == 1


def test_opening_waits_for_a_restore_and_names_it(clinic):
    path, _ = clinic
    with DatabaseLock.exclusive(path, "restore"), \
            pytest.raises(DatabaseInUseError, match=r"being replaced by .*restore"):
        DatabaseLock.shared(path, wait=0.1)


def test_two_hubs_never_serve_one_database(clinic, key, tmp_path):
    from lbp_desktop.sync import tls
    from lbp_desktop.sync.hub import HubServer

    path, _ = clinic
    cert = tls.make_certificate(tmp_path / "cert")
    first = HubServer(path, key, "127.0.0.1", 0, cert=cert).start()
    try:
        second = HubServer(path, key, "127.0.0.1", 0, cert=cert)
        with pytest.raises(DatabaseInUseError, match="tablet service"):
            second.start()
        assert not second.running
    finally:
        first.stop()
    again = HubServer(path, key, "127.0.0.1", 0, cert=cert).start()
    again.stop()


def test_restore_refused_while_serve_runs_then_succeeds(clinic, key, tmp_path):
    path, backup = clinic
    env = {**os.environ, "LBP_DB_KEY": key.hex()}
    serve = subprocess.Popen(
        [sys.executable, "-m", "lbp_desktop", "serve", "--db", str(path), "--bind", "127.0.0.1",
         "--port", "0", "--cert-dir", str(tmp_path / "cert")],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert serve.stdout is not None
        assert "tablet service" in serve.stdout.readline()
        refused = subprocess.run(
            [sys.executable, "-m", "lbp_desktop", "restore", "--db", str(path), str(backup)],
            env=env, capture_output=True, text=True, timeout=60)
        assert refused.returncode == 2
        assert "serve" in refused.stderr and f"process {serve.pid}" in refused.stderr
        assert len(refused.stderr.strip().splitlines()) == 1
    finally:
        serve.terminate()
        serve.wait(timeout=30)
    done = subprocess.run(
        [sys.executable, "-m", "lbp_desktop", "restore", "--db", str(path), str(backup)],
        env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert _patients(path, key) == 1


def test_the_kept_copy_opens_with_the_databases_key(tmp_path, monkeypatch):
    monkeypatch.delenv("LBP_DB_KEY", raising=False)
    path = tmp_path / "clinic.lbp"
    store, _recovery = Store.create_new(path)
    store.add_patient("010111-0000", "Patient Før")
    backup = store.backup(tmp_path / "good.lbp")
    store.add_patient("020202-2222", "Patient Efter")
    store.close()
    kept = restore_path(path, backup)
    assert kept is not None
    with Store.open_path(kept) as copy:  # no recovery key needed
        assert copy.db.execute("SELECT count(*) FROM patient").fetchone()[0] == 2


def test_restore_names_a_folder_and_a_truncated_backup_plainly(clinic, key, tmp_path):
    path, backup = clinic
    with pytest.raises(StorageError, match="is a folder, not a backup file"):
        restore_file(path, tmp_path, key)
    with pytest.raises(StorageError, match="is a folder, not a database file"):
        restore_file(tmp_path, backup, key)
    cut = tmp_path / "cut.lbp"
    cut.write_bytes(backup.read_bytes()[: len(backup.read_bytes()) // 2])
    with pytest.raises(StorageError) as err:
        restore_file(path, cut, key)
    assert "restore it from a backup" not in str(err.value)
    assert "backup" in str(err.value)


def test_the_portalocker_backend_used_on_windows_keeps_the_same_rules(clinic, key, monkeypatch):
    from lbp_desktop.storage import lock

    monkeypatch.setattr(lock, "backend", lock.PortalockerBackend())
    path, backup = clinic
    other = Store.open(path, key)
    with pytest.raises(DatabaseInUseError, match=rf"process {os.getpid()}"):
        restore_file(path, backup, key)
    other.close()
    assert restore_file(path, backup, key) is not None
