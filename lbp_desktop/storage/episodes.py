"""Episodes (one referral of one patient) and the clinician's worklist over them.

An episode moves forward through ``EPISODE_STATUSES``; the steps that happen as a side effect of
other records (a questionnaire started or completed, an examination saved, a letter approved) call
``advance_status``, which never moves it back.
"""

from __future__ import annotations

from typing import Any

from lbp_desktop.domain.records import EPISODE_STATUSES, Episode, Referral, WorklistRow
from lbp_desktop.storage import cpr as cpr_util
from lbp_desktop.storage import limits
from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.base import StoreBase
from lbp_desktop.storage.errors import StorageError

ACUTE_PINNED = ("e.red_flag_level = 'acute' AND e.acute_handled_at IS NULL"
                " AND e.status != 'closed'")
"""An acute red flag nobody has recorded the handling of (``record_acute_handling``): it stays
at the top of the worklist until then. Matches the partial index ``episode_acute_pinned``
(schema step 0008) word for word, so SQLite uses it."""

_STATUS_RANK = {s: i for i, s in enumerate(EPISODE_STATUSES)}


def advance_status(store: StoreBase, episode_id: str, status: str, now: str) -> None:
    """Move the episode forward to ``status`` (never backwards); call inside a transaction."""
    row = store._one("SELECT status FROM episode WHERE id = ?", [episode_id])
    if row and _STATUS_RANK[row["status"]] < _STATUS_RANK[status]:
        store.db.execute("UPDATE episode SET status = ?, updated_at = ? WHERE id = ?",
                         [status, now, episode_id])


class EpisodeStore(AuditStore):
    """Creating, reading and changing episodes; the worklist query."""

    @staticmethod
    def _episode(row: dict[str, Any]) -> Episode:
        return Episode(
            id=row["id"], patient_id=row["patient_id"],
            referral=Referral(gp_name=row["gp_name"], gp_clinic=row["gp_clinic"],
                              gp_address=row["gp_address"], referral_date=row["referral_date"],
                              reason=row["reason"]),
            clinician_id=row["clinician_id"], status=row["status"],
            created_at=row["created_at"], updated_at=row["updated_at"],
            caseworker=row["caseworker"])

    def add_episode(self, patient_id: str, referral: Referral, *, clinician_id: str | None = None,
                    caseworker: str = "") -> Episode:
        limits.check_object(referral, limits.REFERRAL)
        limits.check({"caseworker": caseworker}, limits.REFERRAL)
        prow = self._get("patient", patient_id, "patient")
        if clinician_id is not None:
            self._get("user", clinician_id, "user")
        episode_id = self.new_id()
        now = self.now()
        with self.transaction("saving the episode"):
            self.db.execute(
                "INSERT INTO episode (id, patient_id, gp_name, gp_clinic, gp_address,"
                " referral_date, reason, clinician_id, caseworker, status, created_at,"
                " updated_at, patient_name, patient_name_lc, cpr, cpr_digits, fictional)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?)",
                [episode_id, patient_id, referral.gp_name, referral.gp_clinic,
                 referral.gp_address, referral.referral_date, referral.reason, clinician_id,
                 caseworker, now, now, prow["name"], prow["name"].lower(), prow["cpr"],
                 cpr_util.digits(prow["cpr"]), prow["fictional"]])
            self.audit("create", "episode", episode_id, patient_id=patient_id)
        return self.episode(episode_id)

    def episode(self, episode_id: str) -> Episode:
        return self._episode(self._get("episode", episode_id, "episode"))

    def resolve_episode(self, given: str) -> str:
        """The id of the episode whose id is ``given`` or, failing that, the one episode whose id
        starts with it (what people type from a listing); ``StorageError`` if none or several."""
        if given and self._one("SELECT 1 AS x FROM episode WHERE id = ?", [given]):
            return given
        matches = [r["id"] for r in self._all(
            "SELECT id FROM episode WHERE substr(id, 1, ?) = ?", [len(given), given])] \
            if given else []
        if len(matches) == 1:
            return str(matches[0])
        if not matches:
            raise StorageError(f"no episode {given!r} in the database")
        raise StorageError(f"episode {given!r} is ambiguous ({len(matches)} episodes start "
                           "with it)")

    def episodes(self) -> list[Episode]:
        """Every episode, oldest first (CLI listing, exports)."""
        return [self._episode(r) for r in
                self._all("SELECT * FROM episode ORDER BY created_at, rowid")]

    def episodes_for_patient(self, patient_id: str) -> list[Episode]:
        return [self._episode(r) for r in self._all(
            "SELECT * FROM episode WHERE patient_id = ? ORDER BY created_at DESC, rowid DESC",
            [patient_id])]

    def update_episode(self, episode_id: str, *, referral: Referral | None = None,
                       clinician_id: str | None = None, caseworker: str | None = None) -> Episode:
        """Change the referral, the assigned clinician or the caseworker."""
        row = self._get("episode", episode_id, "episode")
        if clinician_id is not None:
            self._get("user", clinician_id, "user")
        ref = referral or self._episode(row).referral
        limits.check_object(ref, limits.REFERRAL)
        limits.check({"caseworker": caseworker}, limits.REFERRAL)
        with self.transaction("saving the episode"):
            self.db.execute(
                "UPDATE episode SET gp_name = ?, gp_clinic = ?, gp_address = ?, referral_date = ?,"
                " reason = ?, clinician_id = ?, caseworker = ?, updated_at = ? WHERE id = ?",
                [ref.gp_name, ref.gp_clinic, ref.gp_address, ref.referral_date, ref.reason,
                 clinician_id if clinician_id is not None else row["clinician_id"],
                 caseworker if caseworker is not None else row["caseworker"], self.now(),
                 episode_id])
            self.audit("update", "episode", episode_id, patient_id=row["patient_id"])
        return self.episode(episode_id)

    def set_episode_status(self, episode_id: str, status: str) -> None:
        if status not in EPISODE_STATUSES:
            raise StorageError(f"unknown episode status {status!r}")
        row = self._get("episode", episode_id, "episode")
        with self.transaction("saving the episode"):
            self.db.execute("UPDATE episode SET status = ?, updated_at = ? WHERE id = ?",
                            [status, self.now(), episode_id])
            self.audit("update", "episode", episode_id, patient_id=row["patient_id"],
                       detail=f"status={status}")

    def _worklist_where(self, search: str, open_only: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if open_only:
            clauses.append("e.status != 'closed'")
        text = search.strip().lower()
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            digits = text.replace("-", "").replace(" ", "")
            if digits.isdigit():
                clauses.append("(e.cpr_digits LIKE ? ESCAPE '\\' OR e.patient_name_lc LIKE ?"
                               " ESCAPE '\\')")
                params += [digits + "%", f"%{escaped}%"]
            else:
                clauses.append("e.patient_name_lc LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def worklist(self, *, search: str = "", open_only: bool = True, limit: int = 200,
                 offset: int = 0) -> list[WorklistRow]:
        """Acute cases not yet handled first (``ACUTE_PINNED``), then the rest newest first.
        ``search`` matches name (substring, case-insensitive) or CPR (prefix, with or without
        the dash). Fast on 100,000 episodes (indexed, paged): the pinned rows come from a
        partial index, the others page through ``updated_at``."""
        where, params = self._worklist_where(search, open_only)
        joiner = "AND" if where else "WHERE"
        pinned_where = f"{where} {joiner} {ACUTE_PINNED}"
        rows = self._worklist_rows(pinned_where, params, limit, offset,
                                   index="episode_acute_pinned")
        if len(rows) < limit:
            # the page reaches past the pinned rows: count them (from the index alone) to know
            # where in the others it starts
            pinned = len(rows) + offset if rows else self._pinned_count(pinned_where, params)
            rows += self._worklist_rows(f"{where} {joiner} NOT ({ACUTE_PINNED})", params,
                                        limit - len(rows), max(0, offset - pinned))
        return rows

    def _pinned_count(self, pinned_where: str, params: list[Any]) -> int:
        row = self._one("SELECT count(*) AS n FROM episode e INDEXED BY episode_acute_pinned"
                        f" {pinned_where}", params)
        return int(row["n"]) if row else 0

    def _worklist_rows(self, where: str, params: list[Any], limit: int, offset: int,
                       index: str = "") -> list[WorklistRow]:
        # without INDEXED BY the planner walks the status index (seconds on 100,000 episodes)
        indexed = f"INDEXED BY {index}" if index else ""
        rows = self._all(
            "SELECT e.id, e.patient_id, e.patient_name, e.cpr, e.status, e.referral_date,"
            " COALESCE(u.name, '') AS clinician_name, e.questionnaire_state, e.risk,"
            " e.red_flag_level, e.updated_at, e.fictional, e.acute_handled_at"
            f" FROM episode e {indexed} LEFT JOIN user u ON u.id = e.clinician_id {where}"
            " ORDER BY e.updated_at DESC LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)])
        return [WorklistRow(
            episode_id=r["id"], patient_id=r["patient_id"], patient_name=r["patient_name"],
            cpr=r["cpr"], status=r["status"], referral_date=r["referral_date"],
            clinician_name=r["clinician_name"], questionnaire=r["questionnaire_state"],
            risk=r["risk"], red_flags=r["red_flag_level"], updated_at=r["updated_at"],
            fictional=bool(r["fictional"]), acute_handled=bool(r["acute_handled_at"]))
            for r in rows]

    # -- acute red flags: who handled them, when, what ----------------------------------------

    def record_acute_handling(self, episode_id: str, action: str, *,
                              by_name: str | None = None) -> dict[str, Any]:
        """Record what was found and done about the episode's acute red flag (permanent).

        The signed-in user (``actor_id``) is recorded as the one who handled it; ``by_name``
        overrides the name shown (e.g. from the command line). The worklist and the episode
        banner change to the handled state; the letter's red-flag box says what was done.
        """
        text = (action or "").strip()
        if not text:
            raise StorageError("describe what was found and done about the acute red flag")
        row = self._get("episode", episode_id, "episode")
        name = by_name
        if name is None and self.actor_id is not None:
            user = self._one("SELECT name FROM user WHERE id = ?", [self.actor_id])
            name = user["name"] if user else None
        if not (name or "").strip():
            raise StorageError("a handling of an acute red flag needs the name of who handled it")
        record_id, now = self.new_id(), self.now()
        with self.transaction("saving the handling of the acute red flag"):
            self.db.execute(
                "INSERT INTO acute_handling (id, episode_id, handled_by, handled_by_name, action,"
                " handled_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [record_id, episode_id, self.actor_id, name, text, now, now])
            self.db.execute("UPDATE episode SET acute_handled_at = ?, updated_at = ?"
                            " WHERE id = ?", [now, now, episode_id])
            self.audit("create", "acute_handling", record_id, patient_id=row["patient_id"])
        return self.acute_handling(episode_id)[0]

    def acute_handling(self, episode_id: str) -> list[dict[str, Any]]:
        """How the episode's acute red flag was handled, newest first:
        ``{"id", "by", "by_name", "at", "action"}``."""
        return [{"id": r["id"], "by": r["handled_by"], "by_name": r["handled_by_name"],
                 "at": r["handled_at"], "action": r["action"]}
                for r in self._all("SELECT * FROM acute_handling WHERE episode_id = ?"
                                   " ORDER BY handled_at DESC, rowid DESC", [episode_id])]

    def worklist_count(self, *, search: str = "", open_only: bool = True) -> int:
        where, params = self._worklist_where(search, open_only)
        row = self._one(f"SELECT count(*) AS n FROM episode e {where}", params)
        return int(row["n"]) if row else 0
