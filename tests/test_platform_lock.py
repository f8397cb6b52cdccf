"""The database lock under Windows' file-locking rules, and against another process.

``lbp_desktop.storage.lock`` runs its protocol on a ``LockBackend``; on Windows portalocker gives
it ``LockFileEx`` (shared locks, through pywin32) and ``msvcrt.locking`` (exclusive). Windows is
simulated here in two ways:

- ``WindowsLockRules``, a backend with LockFileEx's rules: a lock belongs to a file *handle*
  (a second handle in the same process is a second holder), shared locks coexist, an exclusive
  lock stands alone, a conflicting request fails at once, and closing a handle (or the process
  ending) drops its locks;
- portalocker's own Windows behaviour, replayed: contention reported as ``AlreadyLocked``, and a
  shared request without pywin32 raising ``ImportError``.

The same protocol with the real backend and another *process* holding the database is checked at
the end, under a folder named like a Danish user's profile.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import IO

import pytest

from lbp_desktop.storage import lock as lock_module
from lbp_desktop.storage.backup import restore_file
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.lock import DatabaseInUseError, DatabaseLock, holders
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")


class WindowsLockRules:
    """LockFileEx over the whole file, per handle, never waiting."""

    def __init__(self) -> None:
        self.locks: dict[tuple[int, int], dict[int, tuple[IO[bytes], bool]]] = {}
        self.requests: list[bool] = []

    def _held_on(self, handle: IO[bytes]) -> dict[int, tuple[IO[bytes], bool]]:
        info = os.fstat(handle.fileno())
        held = self.locks.setdefault((info.st_dev, info.st_ino), {})
        for key in [key for key, (other, _) in held.items() if other.closed]:
            del held[key]  # Windows releases the locks of a closed handle / an ended process
        return held

    def try_lock(self, handle: IO[bytes], *, exclusive: bool) -> bool:
        self.requests.append(exclusive)
        held = self._held_on(handle)
        if exclusive and held:  # even a lock of the same handle conflicts with an exclusive one
            return False
        if not exclusive and any(is_exclusive for _, is_exclusive in held.values()):
            return False
        held[id(handle)] = (handle, exclusive)
        return True

    def unlock(self, handle: IO[bytes]) -> None:
        self._held_on(handle).pop(id(handle), None)


@pytest.fixture
def windows_rules(monkeypatch: pytest.MonkeyPatch) -> WindowsLockRules:
    rules = WindowsLockRules()
    monkeypatch.setattr(lock_module, "backend", rules)
    return rules


@pytest.fixture
def clinic(tmp_path: Path, key: bytes) -> tuple[Path, Path]:
    folder = tmp_path / "Users" / "Søren Ørum" / "AppData" / "Local" / "lbp-desktop"
    folder.mkdir(parents=True)
    path = folder / "clinic.lbp"
    store = Store.create(path, key)
    store.add_patient("010111-0000", "Patient Før")
    backup = store.backup(tmp_path / "sikkerhedskopi æøå.lbp")
    store.add_patient("020202-2222", "Patient Efter")
    store.close()
    return path, backup


def _patients(path: Path, key: bytes) -> int:
    store = Store.open(path, key)
    try:
        return store.db.execute("SELECT count(*) FROM patient").fetchone()[0]
    finally:
        store.close()


def test_under_windows_rules_restore_waits_for_every_open_store(windows_rules, clinic, key):
    path, backup = clinic
    first, second = Store.open(path, key), Store.open(path, key)  # two handles, one process
    before = path.read_bytes()
    with pytest.raises(DatabaseInUseError, match=rf"process {os.getpid()}.*nothing was changed"):
        restore_file(path, backup, key)
    assert path.read_bytes() == before
    first.close()
    with pytest.raises(DatabaseInUseError):  # one holder left is still a holder
        restore_file(path, backup, key)
    second.close()
    assert restore_file(path, backup, key) is not None
    assert _patients(path, key) == 1
    assert False in windows_rules.requests and True in windows_rules.requests


def test_under_windows_rules_a_holder_that_went_away_does_not_block(windows_rules, clinic, key):
    """A crashed app: its handles are closed by Windows, never unlocked by the app."""
    path, backup = clinic
    crashed = DatabaseLock.shared(path, "open")
    assert [h.pid for h in holders(path)] == [os.getpid()]
    assert crashed._handle is not None and crashed._held is not None
    crashed._handle.close()  # what process death does: no unlock, no clean-up of files
    crashed._held.close()
    assert holders(path) == []  # its description is recognised as stale and removed
    assert restore_file(path, backup, key) is not None


def test_under_windows_rules_an_open_waits_for_a_restore_and_names_it(windows_rules, clinic):
    path, _ = clinic
    with DatabaseLock.exclusive(path, "restore"), \
            pytest.raises(DatabaseInUseError, match=r"being replaced by .*restore"):
        DatabaseLock.shared(path, wait=0.1)


def test_contention_reported_the_windows_way_is_contention(monkeypatch, clinic, key):
    """portalocker turns msvcrt's errno 13/33 and LockFileEx's ERROR_LOCK_VIOLATION into
    AlreadyLocked: the restore is refused as "in use", not as a failure to lock."""
    import portalocker

    path, backup = clinic
    real_lock = portalocker.lock

    def windows_lock(handle, flags):
        if flags & portalocker.LOCK_EX:  # as if every file were locked by another program
            raise portalocker.exceptions.AlreadyLocked(
                portalocker.exceptions.LockException.LOCK_FAILED,
                "[Errno 13] Permission denied", fh=handle)
        return real_lock(handle, flags)

    monkeypatch.setattr(portalocker, "lock", windows_lock)
    monkeypatch.setattr(lock_module, "backend", lock_module.PortalockerBackend())  # Windows' own
    with pytest.raises(DatabaseInUseError, match="nothing was changed"):
        restore_file(path, backup, key)
    assert _patients(path, key) == 2


def test_without_pywin32_opening_fails_with_one_clear_line(monkeypatch, clinic, key):
    """portalocker without pywin32 on Windows raises ImportError for a shared lock; the app must
    not run unlocked, nor crash with a traceback: it says what is missing."""
    import portalocker

    path, _ = clinic
    real_lock = portalocker.lock

    def msvcrt_only(handle, flags):
        if flags & portalocker.LOCK_SH:
            raise ImportError("Shared locks on Windows require the win32 extra (pywin32); "
                              "msvcrt provides no true shared lock.")
        return real_lock(handle, flags)

    monkeypatch.setattr(portalocker, "lock", msvcrt_only)
    monkeypatch.setattr(lock_module, "backend", lock_module.PortalockerBackend())  # Windows' own
    with pytest.raises(StorageError, match="pywin32") as caught:
        Store.open(path, key)
    assert "\n" not in str(caught.value)


def test_another_process_holding_the_database_blocks_restore_from_the_cli(clinic, key, tmp_path,
                                                                          capsys):
    from lbp_desktop.cli import main

    path, backup = clinic
    key_file = tmp_path / "nøgle.txt"
    key_file.write_text(key.hex(), encoding="ascii")
    script = textwrap.dedent(f"""
        import sys
        from lbp_desktop.storage.store import Store
        store = Store.open({str(path)!r}, bytes.fromhex({key.hex()!r}))
        print("open", flush=True)
        sys.stdin.readline()
        store.close()
    """)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = path.read_bytes()
        assert main(["restore", "--db", str(path), "--key-file", str(key_file),
                     str(backup)]) != 0
        message = capsys.readouterr().err.strip()
        assert f"process {holder.pid}" in message and "nothing was changed" in message
        assert len(message.splitlines()) == 1
        assert path.read_bytes() == before
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=60)
    assert main(["restore", "--db", str(path), "--key-file", str(key_file), str(backup)]) == 0
    assert _patients(path, key) == 1
