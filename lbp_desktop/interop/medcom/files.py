"""Outbox and inbox folders shared with the clinic's VANS client.

- ``write_atomic``: a message appears in the outbox complete or not at all. It is written to a
  hidden temporary file in the same folder (created 0600, so only the app's user can read the
  patient data), flushed to disk, then renamed into place; the VANS client never sees a half file.
- ``inbox_files``: the files waiting in the inbox (``*.xml``/``*.json``, not hidden, not
  temporary), oldest first. Read acknowledgements are moved to ``processed/`` so they are read
  once; files that are not ours stay where they are.
"""

from __future__ import annotations

import os
from pathlib import Path


class FolderError(OSError):
    """The outbox or inbox cannot be used (one-line message)."""


def write_atomic(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through the app's one private writer (0600, atomic)."""
    from lbp_desktop.security.private_file import ExportError, write_private

    if not path.parent.is_dir():
        raise FolderError(f"{path.parent}: the folder does not exist")
    try:
        return write_private(path, data)
    except ExportError as exc:
        raise FolderError(str(exc)) from None


def inbox_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise FolderError(f"{folder}: the folder does not exist")
    found = [p for p in folder.iterdir()
             if p.is_file() and not p.name.startswith(".")
             and p.suffix.lower() in (".xml", ".json")]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name))


def mark_processed(path: Path) -> Path:
    """Move a read file to ``processed/`` beside it (kept for the record, not read again)."""
    done = path.parent / "processed"
    done.mkdir(mode=0o700, exist_ok=True)
    target = done / path.name
    if target.exists():
        target = done / f"{path.stem}-{os.getpid()}-{path.stat().st_mtime_ns}{path.suffix}"
    os.replace(path, target)
    return target


__all__ = ["FolderError", "inbox_files", "mark_processed", "write_atomic"]
