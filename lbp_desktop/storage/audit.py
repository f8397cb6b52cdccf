"""The audit trail: every create, change or view of a patient's data is an ``audit_event`` row
naming the signed-in user (``actor_id``). The table is append-only (triggers refuse changes)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lbp_desktop.domain.records import AuditEvent
from lbp_desktop.storage.base import StoreBase


@dataclass(frozen=True)
class AuditFilter:
    """What the audit log screen and its CSV export ask for; empty fields do not filter."""

    patient: str = ""
    """Part of the patient's name, or the start of the CPR number (with or without the dash)."""
    user_id: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    """(action, entity) pairs, e.g. ``(("view", "patient"),)``."""
    since: str = ""
    """ISO date (inclusive)."""
    until: str = ""
    """ISO date (inclusive: the whole day)."""


@dataclass(frozen=True)
class AuditEntry:
    """An audit event with the patient's name and CPR (for those allowed to see them)."""

    event: AuditEvent
    patient_name: str
    patient_cpr: str


class AuditStore(StoreBase):
    """Writes and reads the audit trail; every other part of the store audits through it."""

    def audit(self, action: str, entity: str, entity_id: str | None = None, *,
              patient_id: str | None = None, detail: str = "") -> None:
        with self.transaction("writing the audit trail"):
            self.db.execute(
                "INSERT INTO audit_event (id, at, user_id, action, entity, entity_id, patient_id,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [self.new_id(), self.now(), self.actor_id, action, entity, entity_id, patient_id,
                 detail])

    def audit_events(self, *, limit: int = 500, patient_id: str | None = None
                     ) -> Sequence[AuditEvent]:
        if patient_id:
            rows = self._all("SELECT * FROM audit_event WHERE patient_id = ? ORDER BY at DESC, "
                             "rowid DESC LIMIT ?", [patient_id, limit])
        else:
            rows = self._all("SELECT * FROM audit_event ORDER BY at DESC, rowid DESC LIMIT ?",
                             [limit])
        return [AuditEvent(id=r["id"], at=r["at"], user_id=r["user_id"], action=r["action"],
                           entity=r["entity"], entity_id=r["entity_id"],
                           patient_id=r["patient_id"], detail=r["detail"]) for r in rows]

    def audit_entries(self, where: AuditFilter, *, limit: int = 1000, offset: int = 0
                      ) -> list[AuditEntry]:
        """Newest first, filtered; each event with its patient's name and CPR joined."""
        clauses, params = self._audit_where(where)
        rows = self._all(
            "SELECT a.*, COALESCE(p.name, '') AS patient_name, COALESCE(p.cpr, '') AS cpr"
            " FROM audit_event a LEFT JOIN patient p ON p.id = a.patient_id"
            f" {clauses} ORDER BY a.at DESC, a.rowid DESC LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)])
        return [AuditEntry(AuditEvent(id=r["id"], at=r["at"], user_id=r["user_id"],
                                      action=r["action"], entity=r["entity"],
                                      entity_id=r["entity_id"], patient_id=r["patient_id"],
                                      detail=r["detail"]),
                           r["patient_name"], r["cpr"]) for r in rows]

    def audit_count(self, where: AuditFilter) -> int:
        clauses, params = self._audit_where(where)
        row = self._one("SELECT count(*) AS n FROM audit_event a LEFT JOIN patient p"
                        f" ON p.id = a.patient_id {clauses}", params)
        return int(row["n"]) if row else 0

    @staticmethod
    def _audit_where(where: AuditFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        text = where.patient.strip().lower()
        if text:
            digits = text.replace("-", "").replace(" ", "")
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            if digits.isdigit():
                clauses.append("replace(p.cpr, '-', '') LIKE ?")
                params.append(digits + "%")
            else:
                # the worklist's lower-cased names (SQLite's lower() knows only ASCII: Ø, Æ)
                clauses.append("a.patient_id IN (SELECT patient_id FROM episode"
                               " WHERE patient_name_lc LIKE ? ESCAPE '\\')")
                params.append(f"%{escaped}%")
        if where.user_id:
            clauses.append("a.user_id = ?")
            params.append(where.user_id)
        if where.actions:
            clauses.append("(" + " OR ".join("(a.action = ? AND a.entity = ?)"
                                              for _ in where.actions) + ")")
            params += [x for pair in where.actions for x in pair]
        if where.since:
            clauses.append("a.at >= ?")
            params.append(where.since)
        if where.until:
            clauses.append("a.at < ?")
            params.append(where.until + "\uffff")  # the whole day: any time on that date
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params
