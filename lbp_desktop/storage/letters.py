"""The clinician's examination (versioned) and the letters generated from it.

An approved letter is immutable (triggers refuse update and delete); a correction is a new version
that names the letter it replaces. A letter is approved only once the examination has an
assessment and a plan. Reading a letter's PDF is audited.
"""

from __future__ import annotations

import json
from typing import Any

from lbp_desktop.domain.records import Examination, Letter
from lbp_desktop.storage import limits
from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.base import to_json
from lbp_desktop.storage.episodes import advance_status
from lbp_desktop.storage.errors import StorageError


class LetterStore(AuditStore):
    """Examinations and letters of an episode."""

    @staticmethod
    def _examination(row: dict[str, Any]) -> Examination:
        return Examination(
            episode_id=row["episode_id"], clinician_id=row["clinician_id"],
            examined_at=row["examined_at"], findings=json.loads(row["findings"] or "{}"),
            assessment=row["assessment"], assessment_text=row["assessment_text"],
            information_given=row["information_given"], plan=json.loads(row["plan"] or "[]"),
            plan_text=row["plan_text"], follow_up=row["follow_up"],
            gp_follow_up=bool(row["gp_follow_up"]),
            recipients=json.loads(row["recipients"] or '["gp"]'),
            red_flag_notes=row["red_flag_notes"])

    def examination(self, episode_id: str) -> Examination | None:
        row = self._one("SELECT * FROM examination WHERE episode_id = ? ORDER BY version DESC"
                        " LIMIT 1", [episode_id])
        return self._examination(row) if row else None

    def examinations(self, episode_id: str) -> list[Examination]:
        """Every saved version, oldest first."""
        return [self._examination(r) for r in self._all(
            "SELECT * FROM examination WHERE episode_id = ? ORDER BY version", [episode_id])]

    def save_examination(self, examination: Examination) -> Examination:
        """Store a new version; moves the episode to ``examined`` if it was before that."""
        e = examination
        limits.check_object(e, limits.EXAMINATION)
        erow = self._get("episode", e.episode_id, "episode")
        now = self.now()
        clinician_id = e.clinician_id or self.actor_id
        examined_at = e.examined_at or now
        with self.transaction("saving the examination"):
            row = self._one("SELECT COALESCE(MAX(version), 0) AS v FROM examination"
                            " WHERE episode_id = ?", [e.episode_id])
            version = int(row["v"] if row else 0) + 1
            exam_id = self.new_id()
            self.db.execute(
                "INSERT INTO examination (id, episode_id, version, clinician_id, examined_at,"
                " findings, assessment, assessment_text, information_given, plan, plan_text,"
                " follow_up, gp_follow_up, recipients, red_flag_notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [exam_id, e.episode_id, version, clinician_id, examined_at,
                 to_json(dict(e.findings)), e.assessment, e.assessment_text, e.information_given,
                 to_json(list(e.plan)), e.plan_text, e.follow_up, int(e.gp_follow_up),
                 to_json(list(e.recipients)), e.red_flag_notes, now, now])
            self.db.execute("UPDATE episode SET updated_at = ? WHERE id = ?", [now, e.episode_id])
            advance_status(self, e.episode_id, "examined", now)
            self.audit("create", "examination", exam_id, patient_id=erow["patient_id"],
                       detail=f"version {version}")
        saved = self.examination(e.episode_id)
        assert saved is not None
        return saved

    @staticmethod
    def _letter(row: dict[str, Any]) -> Letter:
        return Letter(id=row["id"], episode_id=row["episode_id"], recipient=row["recipient"],
                      version=row["version"], status=row["status"], sha256=row["sha256"],
                      created_at=row["created_at"], approved_at=row["approved_at"],
                      approved_by=row["approved_by"], replaces_id=row["replaces_id"],
                      language=row["language"])

    def add_letter(self, episode_id: str, recipient: str, pdf: bytes, *, approve: bool,
                   language: str = "da", replaces_id: str | None = None) -> Letter:
        """Store a generated letter with its SHA-256. An approved letter is immutable (triggers
        refuse update/delete); a correction is a new version with ``replaces_id``."""
        if recipient not in ("gp", "caseworker", "patient"):
            raise StorageError(f"unknown letter recipient {recipient!r}")
        if approve:
            self._check_final(episode_id)
        if not isinstance(pdf, bytes | bytearray) or not pdf:
            raise StorageError("a letter needs its PDF bytes")
        import hashlib  # here: its import loads OpenSSL, which opening the store does not need

        erow = self._get("episode", episode_id, "episode")
        now = self.now()
        letter_id = self.new_id()
        with self.transaction("saving the letter"):
            if replaces_id is not None:
                old = self._get("letter", replaces_id, "letter")
                if old["episode_id"] != episode_id:
                    raise StorageError("a correction must belong to the same episode")
            row = self._one("SELECT COALESCE(MAX(version), 0) AS v FROM letter"
                            " WHERE episode_id = ? AND recipient = ?", [episode_id, recipient])
            version = int(row["v"] if row else 0) + 1
            self.db.execute(
                "INSERT INTO letter (id, episode_id, recipient, version, status, language, pdf,"
                " sha256, replaces_id, approved_at, approved_by, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [letter_id, episode_id, recipient, version, "approved" if approve else "draft",
                 language, bytes(pdf), hashlib.sha256(pdf).hexdigest(), replaces_id,
                 now if approve else None, self.actor_id if approve else None, now, now])
            if approve:
                advance_status(self, episode_id, "letter_sent", now)
            self.db.execute("UPDATE episode SET updated_at = ? WHERE id = ?", [now, episode_id])
            self.audit("create", "letter", letter_id, patient_id=erow["patient_id"],
                       detail=f"{recipient} v{version}" + (" approved" if approve else ""))
        return self.letter(letter_id)

    def letter(self, letter_id: str) -> Letter:
        return self._letter(self._get("letter", letter_id, "letter"))

    def _check_final(self, episode_id: str) -> None:
        """No approved (final) letter before an examination with assessment and plan
        (``lbp_desktop.pathway.letter_rules``): the last guard behind the screen and the CLI."""
        from lbp_desktop.pathway.letter_rules import final_refusal

        reason = final_refusal(self.examination(episode_id))
        if reason:
            raise StorageError(f"the letter cannot be approved: {reason}")

    def approve_letter(self, letter_id: str) -> Letter:
        row = self._get("letter", letter_id, "letter")
        if row["status"] == "approved":
            return self._letter(row)
        self._check_final(row["episode_id"])
        erow = self._get("episode", row["episode_id"], "episode")
        now = self.now()
        with self.transaction("approving the letter"):
            self.db.execute("UPDATE letter SET status = 'approved', approved_at = ?,"
                            " approved_by = ?, updated_at = ? WHERE id = ?",
                            [now, self.actor_id, now, letter_id])
            advance_status(self, row["episode_id"], "letter_sent", now)
            self.audit("update", "letter", letter_id, patient_id=erow["patient_id"],
                       detail="approved")
        return self.letter(letter_id)

    def letters(self, episode_id: str) -> list[Letter]:
        return [self._letter(r) for r in self._all(
            "SELECT id, episode_id, recipient, version, status, sha256, created_at, approved_at,"
            " approved_by, replaces_id, language FROM letter WHERE episode_id = ?"
            " ORDER BY created_at, rowid", [episode_id])]

    def letter_pdf(self, letter_id: str) -> bytes:
        row = self._one("SELECT l.pdf, e.patient_id FROM letter l JOIN episode e"
                        " ON e.id = l.episode_id WHERE l.id = ?", [letter_id])
        if row is None:
            raise StorageError(f"no letter with id {letter_id}")
        self.audit("view", "letter", letter_id, patient_id=row["patient_id"])
        return bytes(row["pdf"])
