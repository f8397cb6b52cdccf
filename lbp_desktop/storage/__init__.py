"""storage (Qt-free core): the encrypted clinic database behind ``Store``."""

from lbp_desktop.storage.errors import DiskFullError, NewerSchemaError, StorageError

__all__ = ["DiskFullError", "NewerSchemaError", "StorageError"]
