"""The audit log for people: Danish event names, patient names for those allowed, filters, and
a CSV export for the data-protection officer written owner-only."""

from __future__ import annotations

import copy
import csv
import stat

import pytest
from PySide6.QtCore import QDate

from lbp_desktop.storage.audit import AuditFilter
from lbp_desktop.storage.audit_csv import write_csv
from lbp_desktop.ui.workspace.audit_log import AuditLogPage
from tests.workspace_support import CASE1, add_case, make_store, private_keys, user


@pytest.fixture(autouse=True)
def _keys(tmp_path, monkeypatch):
    private_keys(tmp_path, monkeypatch)


@pytest.fixture
def store(tmp_path):
    from lbp_desktop.ui.app import make_application

    make_application("da")
    store = make_store(tmp_path)
    store.actor_id = user(store, "anna").id
    store.karen = add_case(store, "150390-1234", "Karen Mortensen", copy.deepcopy(CASE1))
    store.actor_id = user(store, "rita").id
    store.jorgen = add_case(store, "010182-1233", "Jørgen Østergaard")
    store.summary_view = store.patient(store.karen.patient_id)  # a "view" by rita
    return store


def _column(page: AuditLogPage, c: int) -> list[str]:
    return [page.table.item(r, c).text() for r in range(page.table.rowCount())]


def test_events_in_danish_with_the_patients_name(qtbot, store):
    page = AuditLogPage(store, show_patients=True)
    qtbot.addWidget(page)
    page.refresh()
    events = _column(page, 2)
    assert {"Patient registreret", "Forløb oprettet", "Spørgeskema startet"} <= set(events)
    assert not any(e in ("create", "view", "login") for e in events)
    assert "Karen Mortensen" in _column(page, 3)
    assert "150390-1234" in _column(page, 4)
    assert "Anna Fysio" in _column(page, 1)


def test_without_the_right_only_a_short_patient_id(qtbot, store):
    page = AuditLogPage(store, show_patients=False)
    qtbot.addWidget(page)
    page.refresh()
    shown = " ".join(_column(page, 3))
    assert "Karen" not in shown and store.karen.patient_id[:8] in shown
    assert page.table.isColumnHidden(4)


def test_filters_by_patient_user_event_and_date(qtbot, store):
    page = AuditLogPage(store, show_patients=True)
    qtbot.addWidget(page)
    page.refresh()
    everything = page.table.rowCount()
    page.patient.setText("østergaard")          # non-ASCII, any case
    page.load()
    assert set(_column(page, 3)) == {"Jørgen Østergaard"}
    page.patient.setText("150390")              # CPR prefix
    page.load()
    assert set(_column(page, 3)) == {"Karen Mortensen"}
    page.reset_filters()
    assert page.table.rowCount() == everything
    page.user.setCurrentIndex(page.user.findData(user(store, "rita").id))
    assert set(_column(page, 1)) == {"Rita Reception"}
    page.event_type.setCurrentIndex(page.event_type.findData("create/patient"))
    assert _column(page, 2) == ["Patient registreret"]
    assert _column(page, 3) == ["Jørgen Østergaard"]
    page.reset_filters()
    tomorrow = QDate.currentDate().addDays(1)
    page.since.setDate(tomorrow)
    assert page.table.rowCount() == 0
    page.since.setDate(page.since.minimumDate())
    page.until.setDate(QDate.currentDate())     # "til" includes the whole day
    assert page.table.rowCount() == everything


def test_csv_export_for_the_data_protection_officer(qtbot, store, tmp_path):
    page = AuditLogPage(store, show_patients=True)
    qtbot.addWidget(page)
    page.refresh()
    page.patient.setText("Karen")
    page.load()
    path = page.export_to(tmp_path / "revisionslog.csv")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert rows[0][:4] == ["Tidspunkt", "Bruger", "Brugernavn", "Hændelse"]
    assert len(rows) - 1 == store.audit_count(AuditFilter(patient="Karen"))
    assert all(r[4] == "Karen Mortensen" for r in rows[1:])
    assert {"Patient registreret", "Patientdata vist"} <= {r[3] for r in rows[1:]}
    # the export itself is in the log
    assert store.audit_entries(AuditFilter(actions=(("export", "audit_log"),)))
    assert not list(tmp_path.glob(".revisionslog.csv.tmp*"))


def test_csv_cells_never_become_spreadsheet_formulas(tmp_path):
    path = tmp_path / "x.csv"
    write_csv(path, [["Navn"], ["=HYPERLINK(\"http://x\")"], ["-2+3"]])
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][0].startswith("'=") and rows[2][0].startswith("'-")
