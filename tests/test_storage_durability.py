"""Migrations from every earlier schema, crash safety of answer writes, backup under load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage import StorageError, schema
from lbp_desktop.storage.backup import backup_store, restore_file, verify
from lbp_desktop.storage.connection import configure, raw_connect
from lbp_desktop.storage.store import Store, backup_file

pytestmark = pytest.mark.usefixtures("private_keys")



# -- migrations ----------------------------------------------------------------------------------

V1_DATA = [
    "INSERT INTO patient (id, cpr, name, created_at, updated_at) VALUES"
    " ('p1', '010182-1233', 'Morten Kristensen', '2026-01-01', '2026-01-01')",
    "INSERT INTO episode (id, patient_id, status, created_at, updated_at) VALUES"
    " ('e1', 'p1', 'questionnaire_completed', '2026-01-01', '2026-01-02')",
    "INSERT INTO response (id, episode_id, battery_id, status, started_at, completed_at,"
    " created_at, updated_at) VALUES ('r1', 'e1', 'ulrus', 'completed', '2026-01-02',"
    " '2026-01-02', '2026-01-02', '2026-01-02')",
    "INSERT INTO answer (id, response_id, form_id, item_id, value, answered_at, created_at)"
    " VALUES ('a1', 'r1', 'redflags', 'bladder_bowel', '1', '2026-01-02', '2026-01-02')",
    "INSERT INTO score (id, response_id, form_id, scoring_version, result, computed_at,"
    " created_at) VALUES ('s1', 'r1', 'startback', 'startback-1',"
    " '{\"risk\": \"high\", \"complete\": true}', '2026-01-02', '2026-01-02')",
    "INSERT INTO score (id, response_id, form_id, scoring_version, result, computed_at,"
    " created_at) VALUES ('s2', 'r1', 'redflags', 'redflags-1',"
    " '{\"positive\": [\"bladder_bowel\"], \"acute\": [\"bladder_bowel\"]}', '2026-01-02',"
    " '2026-01-02')",
]


@pytest.mark.parametrize("version", range(1, schema.SCHEMA_VERSION))
def test_migrates_from_every_earlier_schema(tmp_path, key, version):
    from sqlite_utils import Database

    path = tmp_path / f"v{version}.lbp"
    conn = raw_connect(path, key)
    configure(conn, path)
    db = Database(conn, execute_plugins=False)
    # the rows go in while the database has v1's shape (later migrations reshape tables, e.g.
    # 0005 rebuilds ``answer``), then it is brought to ``version`` the way an app of that version
    # left it; Store.open must take it the rest of the way
    schema.apply(db, stop_before=schema.STEPS[1][0])
    for sql in V1_DATA:
        db.execute(sql)
    schema.apply(db, stop_before=schema.STEPS[version][0])
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] \
        == str(version)
    conn.close()

    store = Store.open(path, key)
    assert store.schema_version() == schema.SCHEMA_VERSION
    assert schema.applied_names(store.conn) == list(schema.KNOWN_MIGRATIONS)
    row = store.worklist()[0]
    assert (row.patient_name, row.cpr, row.risk, row.red_flags, row.questionnaire) == (
        "Morten Kristensen", "010182-1233", "high", "acute", "done")
    assert store.worklist(search="morten")[0].episode_id == "e1"
    assert store.answers("r1") == {"redflags": {"bladder_bowel": 1}}
    assert store.display("r1") == (1.0, False)  # 0009: text size and contrast, defaults
    assert store.integrity_check() == "ok"
    store.close()
    Store.open(path, key).close()  # opening a current database again changes nothing


# -- crash safety --------------------------------------------------------------------------------

WRITER = textwrap.dedent("""
    import os, sys
    from lbp_desktop.storage.store import Store
    store = Store.open(sys.argv[1], bytes.fromhex(os.environ["TEST_DB_KEY"]))
    response_id = sys.argv[2]
    items = [f"q{i}" for i in range(1, 24)]
    n = 0
    print("ready", flush=True)
    while True:
        store.record_answer(response_id, "rmdq23", items[n % 23], n % 2,
                            idempotency_key=f"crash-{n}")
        print(n, flush=True)
        n += 1
""")


@pytest.mark.slow
def test_sigkill_mid_stream_loses_no_returned_answer(tmp_path, key):
    path = tmp_path / "crash.lbp"
    store = Store.create(path, key)
    patient = store.add_patient("010182-1233", "Morten Kristensen")
    episode = store.add_episode(patient.id, Referral())
    response = store.start_response(episode.id, "ulrus")
    store.close()
    env = {**os.environ, "TEST_DB_KEY": key.hex()}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), response.id],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    returned: list[int] = []
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
        deadline = time.monotonic() + 20
        while len(returned) < 150 and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            returned.append(int(line))
        proc.kill()  # mid-stream, no clean-up (SIGKILL; TerminateProcess on Windows)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == (-signal.SIGKILL if sys.platform != "win32" else 1)
    assert len(returned) >= 20, "the writer hardly wrote anything"
    store = Store.open(path, key)
    missing = [n for n in returned if not store.answer_recorded(response.id, f"crash-{n}")]
    assert missing == []
    assert store.integrity_check() == "ok"
    store.close()


# -- backup and restore --------------------------------------------------------------------------


def _demo_store(path, key, patients: int = 3) -> tuple[Store, str]:
    store = Store.create(path, key)
    for n in range(patients):
        patient = store.add_patient(f"0101{n + 10:02d}-{n:04d}", f"Patient {n}")
        episode = store.add_episode(patient.id, Referral())
    response = store.start_response(episode.id, "ulrus")
    return store, response.id


def _count(path, key, table):
    store = Store.open(path, key)
    try:
        return store.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]
    finally:
        store.close()


@pytest.mark.slow
def test_backup_while_the_app_writes(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    store, response_id = _demo_store(path, key)
    stop = threading.Event()
    written = []

    def writer() -> None:
        own = Store.open(path, key)
        n = 0
        try:
            while not stop.is_set():
                own.record_answer(response_id, "work", "occupation", f"job {n}")
                written.append(n)
                n += 1
                # Hundreds of taps a second, yet with a moment between them: SQLite's busy
                # handler polls, and a writer that takes the lock back within microseconds of
                # each commit starves the backup's own write (its audit event) past its busy
                # timeout on a loaded machine. No tablet taps that fast.
                time.sleep(0.001)
        finally:
            own.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        deadline = time.monotonic() + 30
        while len(written) < 5 and time.monotonic() < deadline:  # the writer is under way
            time.sleep(0.01)
        assert written, "the writer thread never wrote"
        # the CLI, a separate process, backs up the same database while the app writes
        env = {**os.environ, "LBP_DB_KEY": key.hex()}
        for n in range(3):
            out = tmp_path / f"backup{n}.lbp"
            done = subprocess.run([sys.executable, "-m", "lbp_desktop", "backup", "--db",
                                   str(path), "-o", str(out)], env=env, capture_output=True,
                                  text=True, timeout=60)
            assert done.returncode == 0, done.stderr
            assert verify(out, key) == schema.SCHEMA_VERSION
        in_process = backup_file(path, tmp_path / "backup-inproc.lbp", key)
    finally:
        stop.set()
        thread.join(timeout=30)
    store.close()
    assert len(written) > 10
    final = Store.open(path, key)
    assert final.integrity_check() == "ok"
    total = final.db.execute("SELECT count(*) FROM answer").fetchone()[0]
    assert total == len(written)
    final.close()
    counts = [_count(tmp_path / f"backup{n}.lbp", key, "answer") for n in range(3)]
    assert counts == sorted(counts) and counts[-1] <= total
    assert _count(in_process, key, "patient") == 3
    data = (tmp_path / "backup0.lbp").read_bytes()
    assert b"Patient 1" not in data and b"010111" not in data  # the backup is encrypted too


def test_restore_verifies_first_and_keeps_the_old_database(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    store, _ = _demo_store(path, key, patients=2)
    backup = backup_store(store, tmp_path / "good.lbp")
    store.add_patient("020202-2222", "After Backup")
    store.close()

    bad = tmp_path / "bad.lbp"
    bad.write_bytes(backup.read_bytes()[:4096])
    before = path.read_bytes()
    for broken, pattern in [(bad, "damaged|wrong key"), (tmp_path / "nope.lbp", "no such file")]:
        with pytest.raises(StorageError, match=pattern):
            restore_file(path, broken, key)
        assert path.read_bytes() == before
    with pytest.raises(StorageError, match="wrong key"):
        restore_file(path, backup, os.urandom(32))
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if ".restore-" in p.name]

    kept = restore_file(path, backup, key)
    assert kept is not None and kept.name.startswith("clinic.lbp.before-restore-")
    assert _count(path, key, "patient") == 2
    assert _count(kept, key, "patient") == 3


def test_restore_cli_refuses_bad_backup(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    store, _ = _demo_store(path, key, patients=1)
    store.close()
    garbage = tmp_path / "garbage.lbp"
    garbage.write_bytes(os.urandom(10000))
    env = {**os.environ, "LBP_DB_KEY": key.hex()}
    before = path.read_bytes()
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "restore", "--db", str(path),
                           str(garbage)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert "wrong key or not an lbp-desktop database" in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
