"""Shared test set-up: headless Qt, and the app's forms loaded once."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from lbp_desktop.questionnaires import FormSet, load_forms


@pytest.fixture(scope="session")
def forms() -> FormSet:
    return load_forms()
