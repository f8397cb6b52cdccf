"""Writing a file that holds patient data (an exported letter, a FHIR bundle) safely.

Every export goes through :func:`write_private`:

- readable only by the user who wrote it (mode 0600, like the database and its key file), also when
  it replaces an older, more open file of the same name;
- atomic: the bytes go to a temporary file in the same folder, are flushed to disk, and only then
  renamed over the target, so a reader never sees half a letter and a failed export (full disk,
  no permission, killed process) leaves the old file as it was and no empty file behind.

On Windows the mode bits are not enforced (the file takes the folder's access list); the atomic
rename and the cleanup hold there too.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from lbp_desktop.errors import UserError


class ExportError(UserError):
    """The export could not be written; nothing was left behind."""


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort; not possible on every system)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_private(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` (mode 0600, atomically). Raises :class:`ExportError`."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; name the file to write")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{folder}: no such folder; nothing was written")
    tmp = folder / f".{path.name}.tmp-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(f"{path}: cannot write: {exc.strerror or exc}; nothing was "
                          "written") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(folder)
    return path
