"""The audit trail: every create, change or view of a patient's data is an ``audit_event`` row
naming the signed-in user (``actor_id``). The table is append-only (triggers refuse changes)."""

from __future__ import annotations

from collections.abc import Sequence

from lbp_desktop.domain.records import AuditEvent
from lbp_desktop.storage.base import StoreBase


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

