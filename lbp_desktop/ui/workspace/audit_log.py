"""The audit log for people (Administration → Revisionslog): who did what to which patient's
data, when — in words, filtered by patient, user, event and date, exportable as CSV for the
clinic's data-protection officer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.storage.audit import AuditFilter
from lbp_desktop.storage.audit_csv import (
    EVENT_NAMES,
    csv_rows,
    describe,
    event_name,
    local_time,
    write_csv,
)
from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import plain_label
from lbp_desktop.ui.workspace.worklist import format_cpr

SHOWN = 1000
"""Rows shown on screen (newest first); the CSV export has every matching event."""


class AuditLogPage(QWidget):
    """Filters above a table of events; ``show_patients`` decides whether names and CPR
    numbers are shown (and exported) or only a short patient id."""

    def __init__(self, store: Any, *, show_patients: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.show_patients = show_patients
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACING)
        layout.addLayout(self._filters())
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Tidspunkt"), self.tr("Bruger"), self.tr("Hændelse"), self.tr("Patient"),
            self.tr("CPR"), self.tr("Detalje")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((175, 170, 230, 190, 110)):
            self.table.setColumnWidth(column, width)
        self.table.setColumnHidden(4, not show_patients)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count_label = plain_label("", role="muted")
        self.count_label.setObjectName("audit_count")
        bottom.addWidget(self.count_label, 1)
        self.export_button = QPushButton(self.tr("Eksportér som CSV …"))
        self.export_button.setObjectName("audit_export")
        self.export_button.setToolTip(self.tr("Alle hændelser, der passer til filtrene – til "
                                              "klinikkens databeskyttelsesrådgiver."))
        self.export_button.clicked.connect(self.export)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.load)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(theme.SPACING)
        self.patient = QLineEdit()
        self.patient.setObjectName("audit_patient")
        self.patient.setPlaceholderText(self.tr("Patient: navn eller CPR"))
        self.patient.setClearButtonEnabled(True)
        self.patient.textChanged.connect(lambda _t: self._debounce.start())
        self.user = QComboBox()
        self.user.setObjectName("audit_user")
        self.event_type = QComboBox()
        self.event_type.setObjectName("audit_event")
        self.event_type.addItem(self.tr("Alle hændelser"), None)
        lang = texts.lang()
        for key in sorted(EVENT_NAMES, key=lambda k: event_name(k[0], k[1], lang)):
            self.event_type.addItem(event_name(key[0], key[1], lang), "/".join(key))
        self.since = self._date_edit("audit_since")
        self.until = self._date_edit("audit_until")
        self.clear_button = QPushButton(self.tr("Nulstil"))
        self.clear_button.clicked.connect(self.reset_filters)
        row.addWidget(self.patient, 2)
        row.addWidget(self.user, 1)
        row.addWidget(self.event_type, 1)
        row.addWidget(plain_label(self.tr("Fra")))
        row.addWidget(self.since)
        row.addWidget(plain_label(self.tr("til")))
        row.addWidget(self.until)
        row.addWidget(self.clear_button)
        for combo in (self.user, self.event_type):
            combo.currentIndexChanged.connect(lambda _i: self.load())
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        """A date with a calendar; its minimum shows as "–" and means no limit."""
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setSpecialValueText("–")
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(lambda _d: self.load())
        return edit

    # -- data --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the users (a new account may have been made) and the events."""
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("Alle brugere"), None)
        self._users = {u.id: u for u in self.store.users(include_inactive=True)}
        for u in sorted(self._users.values(), key=lambda u: u.name.lower()):
            self.user.addItem(f"{u.name} ({u.username})", u.id)
        index = self.user.findData(current)
        self.user.setCurrentIndex(max(0, index))
        self.user.blockSignals(False)
        self.load()

    def reset_filters(self) -> None:
        for widget in (self.patient, self.user, self.event_type, self.since, self.until):
            widget.blockSignals(True)
        self.patient.clear()
        self.user.setCurrentIndex(0)
        self.event_type.setCurrentIndex(0)
        self.since.setDate(self.since.minimumDate())
        self.until.setDate(self.until.minimumDate())
        for widget in (self.patient, self.user, self.event_type, self.since, self.until):
            widget.blockSignals(False)
        self.load()

    def current_filter(self) -> AuditFilter:
        def day(edit: QDateEdit) -> str:
            return "" if edit.date() == edit.minimumDate() else edit.date().toString(
                Qt.DateFormat.ISODate)

        event = self.event_type.currentData()
        actions: tuple[tuple[str, str], ...] = ()
        if event:
            action, entity = str(event).split("/", 1)
            actions = ((action, entity),)
        return AuditFilter(patient=self.patient.text() if self.show_patients else "",
                           user_id=self.user.currentData() or "",
                           actions=actions,
                           since=day(self.since), until=day(self.until))

    def load(self) -> None:
        if not hasattr(self, "_users"):
            self.refresh()
            return
        where = self.current_filter()
        entries = self.store.audit_entries(where, limit=SHOWN)
        total = self.store.audit_count(where)
        lang = texts.lang()
        t = self.table
        t.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            e = entry.event
            user = self._users.get(e.user_id or "")
            if self.show_patients:
                patient = entry.patient_name
                cpr = format_cpr(entry.patient_cpr) if entry.patient_cpr else ""
            else:
                patient, cpr = (e.patient_id or "")[:8], ""
            event, detail = describe(e.action, e.entity, e.detail, lang)
            values = (local_time(e.at), user.name if user else "–", event, patient, cpr,
                      detail)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setToolTip(f"{e.action}/{e.entity}")
                t.setItem(r, c, item)
        if total > len(entries):
            text = self.tr("Viser de %1 nyeste af %2 hændelser. Eksporten har dem alle.")
            text = text.replace("%1", str(len(entries))).replace("%2", str(total))
        else:
            text = (self.tr("1 hændelse") if total == 1 else
                    self.tr("%1 hændelser").replace("%1", str(total)))
        self.count_label.setText(text)

    # -- export ------------------------------------------------------------------------------
    def export(self) -> Path | None:
        name, _kind = QFileDialog.getSaveFileName(
            self, self.tr("Eksportér revisionslog"), str(Path.home() / "revisionslog.csv"),
            self.tr("CSV-filer (*.csv)"))
        return self.export_to(Path(name)) if name else None

    def export_to(self, path: Path) -> Path:
        """Every event matching the filters (not only those on screen), written 0600."""
        where = self.current_filter()
        entries = []
        offset = 0
        while True:
            page = self.store.audit_entries(where, limit=5000, offset=offset)
            entries += page
            offset += len(page)
            if len(page) < 5000:
                break
        rows = csv_rows(entries, self._users, lang=texts.lang(),
                        show_patients=self.show_patients)
        write_csv(path, rows)
        self.store.audit("export", "audit_log", None,
                         detail=f"{len(entries)} events to {path.name}")
        self.count_label.setText(self.tr("%1 hændelser gemt i %2").replace(
            "%1", str(len(entries))).replace("%2", str(path)))
        return path
