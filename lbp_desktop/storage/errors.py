"""Storage errors the user can act on, each with a one-line message (no traceback)."""

from __future__ import annotations

from lbp_desktop.errors import UserError


class StorageError(UserError):
    """The database could not be opened, read or written; the message says why and what to do."""


class NewerSchemaError(StorageError):
    """The database was written by a newer lbp-desktop; it is left untouched."""


class DiskFullError(StorageError):
    """The disk (or the database's size limit) is full; the write was not made."""
