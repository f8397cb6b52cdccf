"""Who has a clinic database open: a shared lock held by every opener, exclusive for a restore.

Why: replacing the database file while another process still has it open loses whatever that
process writes afterwards (it keeps writing into the old, unlinked file). SQLite's own locks are
held only for the length of a transaction, so they cannot tell "somebody has it open". This module
adds a lock that lives as long as the connection:

- every ``Store`` takes the *open* lock **shared** before it connects and releases it on close;
- ``restore`` (and ``demo-db --force``) takes it **exclusive, without waiting**: if anybody else
  has the database open it is refused, naming who (program, process id, host), and nothing changes;
- a hub that serves tablets takes the *serve* lock exclusive, so two app instances never serve
  one database at the same time.

The locks are files in a private folder beside the database, ``.<name>.lock/``, never the database
file itself, because restore replaces that file. Each holder also leaves a small description
(``<id>.json``) next to a per-holder lock file (``<id>.held``) that it keeps locked while it holds;
a description whose lock file is no longer locked belongs to a process that has gone and is
removed. The description is written before the open lock is taken, so a refused restore can always
say who holds it.

The operating-system primitive sits behind :class:`LockBackend`: ``flock(2)`` on Linux/macOS
(standard library; per open file, so a second ``Store`` in the same process counts as another
holder) and ``portalocker``'s ``LockFileEx`` on Windows (per handle, the same semantics). See
``docs/locking.md``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

from lbp_desktop.storage.errors import StorageError

WAIT_FOR_RESTORE_S = 30.0
"""An opener waits this long for a restore in progress to finish before giving up."""


class DatabaseInUseError(StorageError):
    """The database is open elsewhere (or being restored); the message names the holders."""


class LockBackend(Protocol):
    """The operating system's advisory file lock, shared or exclusive, never waiting."""

    def try_lock(self, handle: IO[bytes], *, exclusive: bool) -> bool:
        """Lock the whole of ``handle``; ``False`` if a conflicting lock is held elsewhere."""
        ...

    def unlock(self, handle: IO[bytes]) -> None:
        """Release the lock this handle holds."""
        ...


class PortalockerBackend:
    """``flock`` on POSIX, ``LockFileEx`` on Windows (shared locks need pywin32 there)."""

    def try_lock(self, handle: IO[bytes], *, exclusive: bool) -> bool:
        import portalocker

        mode = portalocker.LOCK_EX if exclusive else portalocker.LOCK_SH
        try:
            portalocker.lock(handle, mode | portalocker.LOCK_NB)
        except ImportError:  # Windows without pywin32: no shared locks (LockFileEx)
            raise StorageError("cannot lock the database: this installation lacks pywin32, "
                               "which Windows needs for shared file locks; reinstall "
                               "lbp-desktop") from None
        except portalocker.exceptions.AlreadyLocked:
            return False
        except portalocker.exceptions.LockException as exc:
            # contention reported as a generic failure by some platforms' errno
            if _is_contention(exc):
                return False
            raise StorageError(f"cannot lock {getattr(handle, 'name', 'the database')}: "
                               f"{exc}") from None
        return True

    def unlock(self, handle: IO[bytes]) -> None:
        import portalocker

        with contextlib.suppress(Exception):
            portalocker.unlock(handle)


class FlockBackend:
    """``flock(2)`` from the standard library (Linux, macOS): no import cost at start-up."""

    def try_lock(self, handle: IO[bytes], *, exclusive: bool) -> bool:
        import fcntl

        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        except OSError as exc:
            raise StorageError(f"cannot lock {getattr(handle, 'name', 'the database')}: "
                               f"{exc.strerror or exc}") from None
        return True

    def unlock(self, handle: IO[bytes]) -> None:
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _is_contention(exc: BaseException) -> bool:
    import errno

    inner = exc.args[0] if exc.args else None
    return isinstance(inner, OSError) and inner.errno in (errno.EAGAIN, errno.EACCES,
                                                          errno.EWOULDBLOCK)


backend: LockBackend = PortalockerBackend() if os.name == "nt" else FlockBackend()
"""The primitive in use (tests may swap it to check the protocol on another platform's rules)."""


@dataclass(frozen=True)
class Holder:
    """Who holds a lock on the database, as that process described itself."""

    program: str
    purpose: str
    pid: int
    host: str
    since: str
    ident: str = ""

    def describe(self) -> str:
        return f"{self.program} ({self.purpose}, process {self.pid} on {self.host}, since " \
               f"{self.since[:19].replace('T', ' ')} UTC)"


def lock_dir(db_path: Path | str) -> Path:
    """The private folder beside ``db_path`` holding its lock files."""
    db_path = Path(db_path)
    return db_path.with_name(f".{db_path.name}.lock")


def _program() -> str:
    """``lbp-desktop serve``, ``lbp-desktop-gui``, … : what a person would recognise."""
    argv = sys.argv if sys.argv else [""]
    name = Path(argv[0]).name
    name = "lbp-desktop" if name in ("", "-c", "__main__.py") else name
    command = next((a for a in argv[1:2] if a and not a.startswith("-")), "")
    return f"{name} {command}".strip()


def _host_name() -> str:
    """This computer's name; ``uname`` where there is one, sparing the ``socket`` import that
    every database opening would otherwise pay."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _open_lock_file(path: Path, *, create: bool = True) -> IO[bytes]:
    flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o600)
    return os.fdopen(fd, "r+b", buffering=0)


class DatabaseLock:
    """One hold on one database's lock (released by :meth:`release`, also on garbage collection
    by the operating system when the process ends)."""

    def __init__(self, db_path: Path | str, name: str, purpose: str) -> None:
        self.db_path = Path(db_path)
        self.folder = lock_dir(self.db_path)
        self.name = name
        self.purpose = purpose
        self.ident = os.urandom(16).hex()  # as random as a uuid4, without importing uuid
        self._handle: IO[bytes] | None = None
        self._held: IO[bytes] | None = None

    # -- taking it ---------------------------------------------------------------------------

    @classmethod
    def shared(cls, db_path: Path | str, purpose: str = "open",
               wait: float = WAIT_FOR_RESTORE_S) -> DatabaseLock:
        """Hold the open lock shared; waits up to ``wait`` seconds for a restore to finish."""
        lock = cls(db_path, "open", purpose)
        lock._take(exclusive=False, wait=wait)
        return lock

    @classmethod
    def exclusive(cls, db_path: Path | str, purpose: str, *, name: str = "open") -> DatabaseLock:
        """Hold lock ``name`` exclusively, or raise :class:`DatabaseInUseError` naming holders."""
        lock = cls(db_path, name, purpose)
        lock._take(exclusive=True, wait=0.0)
        return lock

    def _take(self, *, exclusive: bool, wait: float) -> None:
        self._announce()
        try:
            handle = _open_lock_file(self.folder / self.name)
        except OSError as exc:
            self._withdraw()
            raise StorageError(f"{self.folder}: cannot create the lock file: "
                               f"{exc.strerror or exc}") from None
        deadline = time.monotonic() + wait
        while not backend.try_lock(handle, exclusive=exclusive):
            if time.monotonic() >= deadline:
                handle.close()
                self._withdraw()
                raise DatabaseInUseError(self._refusal(exclusive))
            time.sleep(0.05)
        self._handle = handle

    def _refusal(self, exclusive: bool) -> str:
        others = [h for h in holders(self.db_path, self.name) if h.ident != self.ident]
        who = "; ".join(h.describe() for h in others) or "another program (it did not say which)"
        if exclusive:
            return (f"{self.db_path}: the database is open in {who}; close it there first — "
                    f"nothing was changed")
        return f"{self.db_path}: the database is being replaced by {who}; try again when it is done"

    # -- describing who holds it -------------------------------------------------------------

    def _me(self) -> Holder:
        assert self._since
        return Holder(program=_program(), purpose=self.purpose, pid=os.getpid(),
                      host=_host_name(), since=self._since, ident=self.ident)

    _since: str = ""

    def _announce(self) -> None:
        """Write this holder's description and lock its ``.held`` file (before the real lock)."""
        try:
            self.folder.mkdir(mode=0o700, exist_ok=True)
            held = _open_lock_file(self.folder / f"{self.name}-{self.ident}.held")
        except OSError as exc:
            raise StorageError(f"{self.folder}: cannot create the lock folder: "
                               f"{exc.strerror or exc}") from None
        backend.try_lock(held, exclusive=True)
        self._held = held
        self._since = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        info = self._me().__dict__
        with contextlib.suppress(OSError):
            _write_private(self.folder / f"{self.name}-{self.ident}.json", json.dumps(info))

    def _withdraw(self) -> None:
        with contextlib.suppress(OSError):
            (self.folder / f"{self.name}-{self.ident}.json").unlink()
        if self._held is not None:
            backend.unlock(self._held)
            self._held.close()
            self._held = None
            with contextlib.suppress(OSError):
                (self.folder / f"{self.name}-{self.ident}.held").unlink()

    # -- letting go --------------------------------------------------------------------------

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        """Let go (idempotent)."""
        if self._handle is not None:
            backend.unlock(self._handle)
            self._handle.close()
            self._handle = None
        self._withdraw()

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(text.encode("utf-8"))


def holders(db_path: Path | str, name: str = "open") -> list[Holder]:
    """The live holders of lock ``name`` (descriptions of processes that are gone are removed)."""
    folder = lock_dir(db_path)
    found: list[Holder] = []
    for info in sorted(_glob(folder, f"{name}-*.json")):
        held = info.with_suffix(".held")
        if not _still_held(held):
            with contextlib.suppress(OSError):
                info.unlink()
            with contextlib.suppress(OSError):
                held.unlink()
            continue
        with contextlib.suppress(OSError, ValueError, TypeError):
            found.append(Holder(**json.loads(info.read_text(encoding="utf-8"))))
    return found


def _glob(folder: Path, pattern: str) -> Iterator[Path]:
    try:
        yield from folder.glob(pattern)
    except OSError:
        return


def _still_held(held: Path) -> bool:
    try:
        handle = _open_lock_file(held, create=False)
    except OSError:
        return False
    try:
        if backend.try_lock(handle, exclusive=True):
            backend.unlock(handle)
            return False
        return True
    finally:
        handle.close()
