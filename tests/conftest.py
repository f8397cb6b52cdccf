"""Shared test set-up: headless Qt, and the app's forms loaded once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from lbp_desktop.questionnaires import FormSet, load_forms  # noqa: E402


@pytest.fixture(scope="session")
def forms() -> FormSet:
    return load_forms()
