"""Helpers for the workspace/app GUI tests: a private key store, a clinic database, cases.

(Not named test_*: pytest must not collect it as a test module. Imported as
``tests.workspace_support`` — `python -m pytest` from the repo root puts the root on sys.path.)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store

PASSWORD = "rigtig-kode-1"

# A consistent complete ULRUS answer set (case 1-like: medium risk, no red flags).
CASE1 = {
    "pain": {"back_now": 5, "back_week": 6, "leg_now": 0, "leg_week": 1, "leg_side": 0},
    "orebro10": {"q1": 10, "q2": 5, "q3": 5, "q4": 2, "q5": 6, "q6": 5, "q7": 7, "q8": 6,
                 "q9": 8, "q10": 7},
    "rmdq23": {f"q{i}": (1 if i <= 9 else 0) for i in range(1, 24)},
    "redflags": {k: 0 for k in ("bladder_bowel", "saddle_anaesthesia", "progressive_weakness",
                                "cancer_history", "weight_loss_fever", "night_pain", "trauma",
                                "steroids")},
    "work": {"occupation": "Maskinmontør", "employment": 1, "sick_listed": 0,
             "physical_work": 1, "goal": 3},
    "startback": {"q1": 1, "q2": 0, "q3": 1, "q4": 1, "q5": 0, "q6": 1, "q7": 1, "q8": 0,
                  "q9": 3},
}


def private_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real credential store or data folders; ``monkeypatch`` undoes it all,
    the keyring backend included."""
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setenv("LBP_KEY_DIR", str(tmp_path / "keys"))
    monkeypatch.setenv("LBP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("LBP_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("LBP_DB_KEY", raising=False)
    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())


def make_store(tmp_path: Path, name: str = "clinic.lbp") -> Store:
    store = Store.create(tmp_path / name, os.urandom(32))
    store.save_clinic("Rygklinikken Aarhus", "Søndergade 1, 8000 Aarhus C", "86 00 00 00")
    store.create_user("admin", PASSWORD, "Ada Admin", "admin")
    store.create_user("anna", PASSWORD, "Anna Fysio", "clinician", profession="fysioterapeut",
                      authorisation_id="ABC12")
    store.create_user("rita", PASSWORD, "Rita Reception", "reception")
    return store


def user(store: Store, username: str) -> Any:
    return next(u for u in store.users() if u.username == username)


def add_case(store: Store, cpr: str, name: str, answers: dict[str, dict[str, Any]] | None = None,
             *, complete: bool = True) -> Any:
    patient = store.find_patient_by_cpr(cpr) or store.add_patient(cpr, name)
    episode = store.add_episode(patient.id, Referral(
        gp_name="Læge Jens Hansen", gp_clinic="Lægehuset Vest", gp_address="Vestergade 2",
        referral_date="2026-11-02", reason="Lænderygsmerter"),
        clinician_id=user(store, "anna").id)
    if answers:
        response = store.start_response(episode.id, "ulrus")
        for form_id, items in answers.items():
            for item_id, value in items.items():
                store.record_answer(response.id, form_id, item_id, value)
        if complete:
            store.complete_response(response.id)
    return episode


def demo_store(tmp_path: Path) -> Store:
    """The demo database (six pathway cases), its key filed in the (test's) key store."""
    from lbp_desktop.demo.build import build_demo

    result = build_demo(tmp_path / "demo.db")
    store = Store.open_path(result.path)
    store.demo_episodes = result.episodes  # {case number: episode id}
    return store


def bulk_episodes(store: Store, n: int) -> None:
    """Insert ``n`` patients with one episode each in one transaction (test data only).

    The Store has no bulk API; generating 20,000+ rows through ``add_patient``/``add_episode``
    (one durable commit and audit event each) would take minutes, so this writes the same rows
    the Store would, directly, in one transaction.
    """
    import datetime as dt
    import uuid

    clinician = user(store, "anna").id
    base = dt.date(1950, 1, 1)
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    patients, episodes = [], []
    statuses = ("registered", "questionnaire_pending", "questionnaire_completed", "examined")
    for i in range(n):
        birth = base + dt.timedelta(days=i % 18000)
        cpr = f"{birth:%d%m%y}-{i // 18000:04d}"  # unique: (birth date, serial)
        pid, eid = str(uuid.uuid4()), str(uuid.uuid4())
        name = f"Testpatient {i:06d}"
        ts = (now + dt.timedelta(seconds=i)).isoformat()
        patients.append((pid, cpr, name, birth.isoformat(), "male" if i % 2 else "female", 1,
                         ts, ts))
        episodes.append((eid, pid, "Læge Test", birth.isoformat(), clinician,
                         statuses[i % 4], ts, ts, name, name.lower(), cpr,
                         cpr.replace("-", ""), 1))
    conn = store.db.conn
    with conn:
        conn.executemany(
            "INSERT INTO patient (id, cpr, name, birth_date, sex, fictional,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", patients)
        conn.executemany(
            "INSERT INTO episode (id, patient_id, gp_name, referral_date, clinician_id, status,"
            " created_at, updated_at, patient_name, patient_name_lc, cpr, cpr_digits, fictional)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", episodes)


def visible_texts() -> list[str]:
    """Every piece of text a person could read on screen now: labels, buttons, fields, window
    titles, tool tips, and every cell of every visible item view (walks all widgets)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QApplication,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    out: list[str] = []

    def cells(model: Any, parent: Any) -> None:
        for r in range(model.rowCount(parent)):
            for c in range(model.columnCount(parent)):
                index = model.index(r, c, parent)
                out.append(str(model.data(index) or ""))
                if c == 0 and model.hasChildren(index):
                    cells(model, index)

    from PySide6.QtWidgets import QWidget

    # from the visible windows down (not allWidgets(): that also lists widgets of earlier
    # tests' windows whose C++ side is being torn down)
    widgets = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            widgets += [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        out += [w.windowTitle() if w.isWindow() else "", w.toolTip()]
        if isinstance(w, QLabel | QAbstractButton | QLineEdit):
            out.append(w.text())
        elif isinstance(w, QTextEdit | QPlainTextEdit):
            out.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            cells(w.model(), QModelIndex())
    return [t for t in out if t]


def leaks(needles: list[str]) -> list[str]:
    """The needles (patient names, CPR numbers) readable on screen now."""
    texts = visible_texts()
    return [n for n in needles if any(n in t for t in texts)]


def clipped_controls(window: Any) -> list[str]:
    """Visible buttons, fields and labels of ``window`` that are squeezed below their minimum
    size or cut off by the window's edge (inside a scroll area, off-view is fine: it scrolls)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QComboBox,
        QLabel,
        QLineEdit,
        QTabBar,
    )

    problems: list[str] = []
    whole = QRect(QPoint(0, 0), window.size())
    widgets = [w for kind in (QAbstractButton, QLabel, QLineEdit, QComboBox)
               for w in window.findChildren(kind)]
    for w in widgets:
        if not w.isVisible() or isinstance(w.parentWidget(), QTabBar):
            continue
        if isinstance(w, QLabel) and not w.text():
            continue
        name = f"{type(w).__name__}({getattr(w, 'text', lambda: '')()[:30]!r})"
        hint = w.minimumSizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            if w.height() + 1 < w.heightForWidth(w.width()):
                problems.append(f"{name}: {w.height()} px high, text needs "
                                f"{w.heightForWidth(w.width())}")
        elif w.width() + 1 < hint.width() or w.height() + 1 < hint.height():
            problems.append(f"{name}: {w.width()}×{w.height()} < minimum "
                            f"{hint.width()}×{hint.height()}")
        scrolled = False
        p = w.parentWidget()
        while p is not None and p is not window:
            if isinstance(p, QAbstractScrollArea):
                scrolled = True
                break
            p = p.parentWidget()
        if not scrolled:
            rect = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
            if not whole.contains(rect):
                problems.append(f"{name}: {rect.getRect()} outside the window {whole.getRect()}")
    return problems
