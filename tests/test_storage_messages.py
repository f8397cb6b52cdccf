"""Messages that say what is really wrong: an unknown migration, a schema version that is not a
number, a full disk at open."""

from __future__ import annotations

import pytest

from lbp_desktop.storage import StorageError, connection
from lbp_desktop.storage.errors import DiskFullError, NewerSchemaError
from lbp_desktop.storage.store import Store

pytestmark = pytest.mark.usefixtures("private_keys")


def _db(tmp_path, key):
    path = tmp_path / "c.lbp"
    Store.create(path, key).close()
    return path


def test_an_unknown_migration_is_named_not_called_a_newer_schema_number(tmp_path, key):
    path = _db(tmp_path, key)
    with Store.open(path, key) as store:
        store.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                         " VALUES ('lbp_desktop', '0099_from_elsewhere', '2030-01-01')")
    with pytest.raises(NewerSchemaError) as caught:
        Store.open(path, key)
    message = str(caught.value)
    assert "0099_from_elsewhere" in message and "untouched" in message
    assert "this app knows schema" not in message  # the numbers were equal: that misled


def test_a_schema_version_that_is_not_a_number_is_called_so(tmp_path, key):
    path = _db(tmp_path, key)
    with Store.open(path, key) as store:
        store.db.execute("UPDATE meta SET value = 'banana' WHERE key = 'schema_version'")
    with pytest.raises(StorageError) as caught:
        Store.open(path, key)
    message = str(caught.value)
    assert "'banana' is not a number" in message and "1000000" not in message


def test_an_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    class IoError(Exception):
        sqlite_errorname = "SQLITE_IOERR_SHMSIZE"

    monkeypatch.setattr(connection, "DISK_FULL_BELOW", 2**62)  # "no space left" here
    error = connection.translate(IoError("disk I/O error"), tmp_path / "c.lbp")
    assert isinstance(error, DiskFullError) and "disk is full" in str(error)
    monkeypatch.setattr(connection, "DISK_FULL_BELOW", 0)
    error = connection.translate(IoError("disk I/O error"), tmp_path / "c.lbp")
    assert not isinstance(error, DiskFullError) and "input/output" in str(error)
