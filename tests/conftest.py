"""Shared test set-up: headless Qt, and the app's forms loaded once."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if "LBP_CACHE_DIR" not in os.environ:
    # The checked-forms cache of this test run (and of the commands it starts), never the user's.
    os.environ["LBP_CACHE_DIR"] = tempfile.mkdtemp(prefix="lbp-test-cache-")
    atexit.register(shutil.rmtree, os.environ["LBP_CACHE_DIR"], True)

import pytest

from lbp_desktop.instruments import load_forms
from lbp_desktop.questionnaires import FormSet


@pytest.fixture(scope="session")
def forms() -> FormSet:
    return load_forms()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    """Collect each test's reference cycles here, on the main thread. Left to chance, the
    collector can run in a server thread of a later test and destroy Qt objects from there,
    which crashes the process; so automatic collection is off during a test (as the app runs
    it from a GUI-thread timer, ``ui.common.gui_gc``)."""
    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path, monkeypatch):
    """Every test gets its own data folder (``settings.ini``) and log folder, so none reads or
    writes the real user's settings or log; a test that needs another one sets its own."""
    monkeypatch.setenv("LBP_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("LBP_LOG_DIR", str(tmp_path / "user-logs"))


@pytest.fixture
def private_keys(tmp_path, monkeypatch):
    """Never touch the real credential store: key files in tmp, keyring's fail backend.

    Modules whose tests create databases use it with
    ``pytestmark = pytest.mark.usefixtures("private_keys")``.
    """
    from tests.workspace_support import private_keys as isolate

    isolate(tmp_path, monkeypatch)
    return tmp_path / "keys"


@pytest.fixture
def key() -> bytes:
    """A random 32-byte database key."""
    return os.urandom(32)


@pytest.fixture(autouse=True)
def _no_sign_in_delay(monkeypatch):
    """A fresh workspace sign-in throttle without delays for every test (tests that check the
    growing delay install their own)."""
    from lbp_desktop.security import throttle

    monkeypatch.setattr(throttle, "WORKSPACE", throttle.SignInThrottle(base_ms=0))
