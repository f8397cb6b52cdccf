"""Questionnaire responses: starting one, recording each answer durably, completing it with its
scores, and the alerts the answers raise.

``record_answer`` is one durable transaction (WAL, ``synchronous=FULL``): when it returns, the
answer survives a crash or power loss. A changed answer is a new row; the history stays.

Answers and scores are stored compactly (schema v3, ``storage.compact``): keyed by the response's
integer ``n`` and, for answers, the tap order ``seq``; the (form, item) pair interned in ``item``;
one timestamp; the idempotency key as a 64-bit digest checked within its response.
"""

from __future__ import annotations

import json
from typing import Any

from lbp_desktop.domain.records import AnswerRecord, Response, ScoreRecord
from lbp_desktop.storage import alerts
from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.base import to_json
from lbp_desktop.storage.compact import (
    key_digest,
    result_from_stored,
    stamp_text,
    stored_result,
    stored_stamp,
)
from lbp_desktop.storage.episodes import advance_status
from lbp_desktop.storage.errors import StorageError

# A response row with its resume position: the item of its last answer if that came after the
# position the kiosk last set, else that position (a tap writes only its answer row).
_RESPONSE = (
    "SELECT r.*, (SELECT i.form_id || '.' || i.item_id FROM answer a JOIN item i ON i.n = a.item"
    " WHERE a.response_n = r.n AND a.seq > coalesce(r.position_seq, 0)"
    " ORDER BY a.seq DESC LIMIT 1) AS answered_position FROM response r")


class ResponseStore(AuditStore):
    """Responses, answers, scores and alerts."""

    @staticmethod
    def _response(row: dict[str, Any]) -> Response:
        return Response(id=row["id"], episode_id=row["episode_id"], battery_id=row["battery_id"],
                        form_versions=json.loads(row["form_versions"] or "{}"),
                        language=row["language"], device=row["device"], status=row["status"],
                        started_at=row["started_at"], completed_at=row["completed_at"],
                        position=row.get("answered_position") or row["position"],
                        source=row.get("source") or "patient", entered_by=row.get("entered_by"),
                        double_entry=row.get("double_entry") or "none")

    def start_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                       device: str = "local") -> Response:
        """Begin (or return the existing in-progress) response for the episode."""
        erow = self._get("episode", episode_id, "episode")
        existing = self.open_response(episode_id)
        if existing is not None and existing.battery_id == battery_id:
            return existing
        instruments = self._instrument_ids(battery_id)
        versions = {i: self.forms.form(i).version for i in instruments}
        response_id = self.new_id()
        now = self.now()
        with self.transaction("starting the questionnaire"):
            self.db.execute(
                "INSERT INTO response (id, n, episode_id, battery_id, form_versions, language,"
                " device, status, started_at, created_at, updated_at)"
                " VALUES (?, (SELECT coalesce(max(n), 0) + 1 FROM response), ?, ?, ?, ?, ?,"
                " 'in_progress', ?, ?, ?)",
                [response_id, episode_id, battery_id, to_json(versions), language, device, now,
                 now, now])
            self.db.execute("UPDATE episode SET questionnaire_state = 'waiting', updated_at = ?"
                            " WHERE id = ?", [now, episode_id])
            advance_status(self, episode_id, "questionnaire_pending", now)
            self.audit("create", "response", response_id, patient_id=erow["patient_id"],
                       detail=battery_id)
        return self.response(response_id)

    def response(self, response_id: str) -> Response:
        row = self._one(f"{_RESPONSE} WHERE r.id = ?", [response_id])
        if row is None:
            raise StorageError(f"no response with id {response_id}")
        return self._response(row)

    def responses(self, episode_id: str) -> list[Response]:
        """Oldest first."""
        return [self._response(r) for r in self._all(
            f"{_RESPONSE} WHERE r.episode_id = ? ORDER BY r.started_at, r.rowid", [episode_id])]

    def open_response(self, episode_id: str) -> Response | None:
        """The in-progress response of the episode, if any (for resuming)."""
        row = self._one(f"{_RESPONSE} WHERE r.episode_id = ? AND r.status = 'in_progress'"
                        " ORDER BY r.started_at DESC, r.rowid DESC LIMIT 1", [episode_id])
        return self._response(row) if row else None

    def _item_number(self, form_id: str, item_id: str) -> int:
        """The interned number of (form, item), added on first use inside the caller's
        transaction. Numbers are cached once committed (``_remember_item``)."""
        cache: dict[tuple[str, str], int] = self.__dict__.setdefault("_item_numbers", {})
        number = cache.get((form_id, item_id))
        if number is not None:
            return number
        row = self.conn.execute("SELECT n FROM item WHERE form_id = ? AND item_id = ?",
                                [form_id, item_id]).fetchone()
        if row is not None:
            return int(row[0])
        return int(self.conn.execute("INSERT INTO item (form_id, item_id) VALUES (?, ?)",
                                     [form_id, item_id]).lastrowid)

    def _remember_item(self, form_id: str, item_id: str, number: int) -> None:
        if not self.conn.in_transaction:  # committed: a rolled-back number is never cached
            self.__dict__.setdefault("_item_numbers", {})[(form_id, item_id)] = number

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None, *, idempotency_key: str | None = None) -> None:
        """Validate against the form (``AnswerError`` naming the item) and commit durably.
        ``value=None`` clears an answer (a new row with null). A repeated ``idempotency_key``
        (within the response) is a no-op, so a retried delivery never counts twice."""
        from lbp_desktop.questionnaires.answers import AnswerError, check_answer

        rrow = self._get("response", response_id, "response")
        key = key_digest(idempotency_key)
        # served by the answer table's key (response_n, seq): a response's rows are adjacent
        if key is not None and self.conn.execute(
                "SELECT 1 FROM answer WHERE response_n = ? AND key = ?",
                [rrow["n"], key]).fetchone():
            return
        if rrow["status"] != "in_progress":
            raise StorageError(f"the questionnaire is {rrow['status'].replace('_', ' ')}; "
                               "answers can no longer be changed")
        if form_id not in self._instrument_ids(rrow["battery_id"]):
            raise AnswerError(item_id, f"form {form_id!r} is not part of {rrow['battery_id']}")
        form = self.forms.form(form_id)
        try:
            item = form.item(item_id)
        except KeyError:
            raise AnswerError(item_id, f"not an item of form {form_id}") from None
        clean = check_answer(item, value)
        episode_id = rrow["episode_id"]
        now = self.now()
        raised = []
        if form.scoring is not None and isinstance(clean, int):
            raised = [rule for rule in form.scoring.alerts
                      if rule.item == item_id and clean >= rule.min_code]
        conn = self.conn
        with self.transaction("saving the answer"):
            number = self._item_number(form_id, item_id)
            conn.execute(
                "INSERT INTO answer (response_n, seq, item, value, at, key)"
                " SELECT ?, coalesce(max(seq), 0) + 1, ?, ?, ?, ? FROM answer"
                " WHERE response_n = ?",
                [rrow["n"], number, clean, stored_stamp(now), key, rrow["n"]])
            level_sql = ""
            for rule in raised:  # each with the exact text it is raised with (storage.alerts)
                alerts.raise_alert(conn, rrow["n"], alerts.text_number(
                    conn, number, rule.level, rule.message.da, rule.message.en), now)
            if any(rule.level == "acute" for rule in raised):
                level_sql = ", red_flag_level = 'acute'"
            elif raised:
                level_sql = (", red_flag_level = CASE red_flag_level WHEN 'none' THEN 'flag'"
                             " ELSE red_flag_level END")
            # Touch the episode row (and its worklist indices) only when what the worklist
            # shows changes: the first answer of a questionnaire, or a raised flag. Rewriting it
            # on every tap tripled the pages each durable commit has to write.
            conn.execute(
                "UPDATE episode SET questionnaire_state = 'in_progress', updated_at = ?"
                f"{level_sql} WHERE id = ?"
                + ("" if level_sql else " AND questionnaire_state != 'in_progress'"),
                [now, episode_id])
        self._remember_item(form_id, item_id, number)
        # the answer row itself is the record of the patient's entry (actor: the patient)

    def answer_recorded(self, response_id: str, idempotency_key: str) -> bool:
        """Whether an answer with this idempotency key was recorded in the response."""
        return self._one("SELECT 1 AS x FROM answer WHERE key = ? AND response_n ="
                         " (SELECT n FROM response WHERE id = ?)",
                         [key_digest(idempotency_key), response_id]) is not None

    def set_position(self, response_id: str, position: str) -> None:
        """Where a resumed session opens (until the next answer, whose item then is)."""
        self._get("response", response_id, "response")
        with self.transaction("saving the position"):
            self.db.execute(
                "UPDATE response SET position = ?, updated_at = ?, position_seq ="
                " (SELECT coalesce(max(seq), 0) FROM answer WHERE response_n = response.n)"
                " WHERE id = ?", [position, self.now(), response_id])

    def set_language(self, response_id: str, language: str) -> None:
        self._get("response", response_id, "response")
        with self.transaction("saving the language"):
            self.db.execute("UPDATE response SET language = ?, updated_at = ? WHERE id = ?",
                            [language, self.now(), response_id])

    TEXT_SCALES = (1.0, 1.5, 2.0)

    def set_display(self, response_id: str, text_scale: float, high_contrast: bool) -> None:
        """The patient's text size (1.0, 1.5 or 2.0) and contrast, kept with the response."""
        if text_scale not in self.TEXT_SCALES:
            raise ValueError(f"text size must be one of 100, 150 or 200 %, not {text_scale!r}")
        self._get("response", response_id, "response")
        with self.transaction("saving the text size and contrast"):
            self.db.execute("UPDATE response SET text_scale = ?, high_contrast = ?, updated_at = ?"
                            " WHERE id = ?", [float(text_scale), int(bool(high_contrast)),
                                              self.now(), response_id])

    def display(self, response_id: str) -> tuple[float, bool]:
        """``(text_scale, high_contrast)`` saved with the response (1.0, False until chosen)."""
        row = self._get("response", response_id, "response")
        return float(row["text_scale"]), bool(row["high_contrast"])

    def _answer_rows(self, response_id: str) -> list[dict[str, Any]]:
        return self._all(
            "SELECT i.form_id, i.item_id, a.value, a.at FROM answer a JOIN item i ON i.n = a.item"
            " WHERE a.response_n = (SELECT n FROM response WHERE id = ?) ORDER BY a.seq",
            [response_id])

    def answers(self, response_id: str) -> dict[str, dict[str, int | str]]:
        """Current answers: ``{form_id: {item_id: value}}`` (latest row per item, nulls dropped)."""
        latest: dict[tuple[str, str], Any] = {}
        for row in self._answer_rows(response_id):
            latest[(row["form_id"], row["item_id"])] = row["value"]
        out: dict[str, dict[str, int | str]] = {}
        for (form_id, item_id), value in latest.items():
            if value is not None:
                out.setdefault(form_id, {})[item_id] = value
        return out

    def answer_history(self, response_id: str) -> list[AnswerRecord]:
        """Every answer row of the response in tap order (changes and clearings included)."""
        return [AnswerRecord(response_id=response_id, form_id=r["form_id"],
                             item_id=r["item_id"], value=r["value"],
                             answered_at=stamp_text(r["at"]))
                for r in self._answer_rows(response_id)]

    def complete_response(self, response_id: str) -> list[ScoreRecord]:
        """Mark completed, score every instrument with the core's scoring, store and return the
        scores (with the scoring version); move the episode to ``questionnaire_completed``."""
        from lbp_desktop.pathway.redflags import risk_group, worklist_level
        from lbp_desktop.scoring import registry

        rrow = self._get("response", response_id, "response")
        if rrow["status"] == "abandoned":
            raise StorageError("an abandoned questionnaire cannot be completed")
        if rrow.get("double_entry") == "pending":
            raise StorageError("the paper answers await a second person's entry and agreement; "
                               "the questionnaire cannot be completed before that")
        answers = self.answers(response_id)
        forms = [self.forms.form(i) for i in self._instrument_ids(rrow["battery_id"])]
        now = self.now()
        records: list[ScoreRecord] = []
        for form in forms:
            if form.scoring is None:
                continue
            result = registry.score(form, answers.get(form.id, {})).to_dict()
            records.append(ScoreRecord(response_id, form.id, str(result["scoring_version"]),
                                       result, now))
        episode_id = rrow["episode_id"]
        erow = self._get("episode", episode_id, "episode")
        by_form = {r.form_id: r.result for r in records}
        # the one rule for the worklist's red-flag level and risk group (pathway.redflags)
        level = worklist_level(by_form, erow["red_flag_level"])
        risk = risk_group(by_form, erow["risk"])
        with self.transaction("saving the scores"):
            for seq, record in enumerate(records, start=1):
                self.db.execute(
                    "INSERT INTO score (response_n, form_id, seq, scoring_version, result, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (response_n, form_id) DO UPDATE SET"
                    " scoring_version = excluded.scoring_version, result = excluded.result,"
                    " at = excluded.at",
                    [rrow["n"], record.form_id, seq, record.scoring_version,
                     stored_result(alerts.pack_score_alerts(self.conn, record.result,
                                                            self._item_number)),
                     stored_stamp(now)])
            self.db.execute("UPDATE response SET status = 'completed', completed_at = ?,"
                            " updated_at = ? WHERE id = ?", [now, now, response_id])
            self.db.execute("UPDATE episode SET questionnaire_state = 'done', risk = ?,"
                            " red_flag_level = ?, updated_at = ? WHERE id = ?",
                            [risk, level, now, episode_id])
            advance_status(self, episode_id, "questionnaire_completed", now)
            self.audit("update", "response", response_id, patient_id=erow["patient_id"],
                       detail="completed")
        return records

    def abandon_response(self, response_id: str) -> None:
        rrow = self._get("response", response_id, "response")
        if rrow["status"] != "in_progress":
            return
        now = self.now()
        episode_id = rrow["episode_id"]
        with self.transaction("saving the questionnaire"):
            self.db.execute("UPDATE response SET status = 'abandoned', updated_at = ?"
                            " WHERE id = ?", [now, response_id])
            done = self._one("SELECT 1 AS x FROM response WHERE episode_id = ? AND"
                             " status = 'completed'", [episode_id])
            self.db.execute("UPDATE episode SET questionnaire_state = ?, updated_at = ?"
                            " WHERE id = ?", ["done" if done else "none", now, episode_id])
            erow = self._get("episode", episode_id, "episode")
            self.audit("update", "response", response_id, patient_id=erow["patient_id"],
                       detail="abandoned")

    def scores(self, response_id: str) -> dict[str, ScoreRecord]:
        """``{form_id: ScoreRecord}`` for a completed response."""
        return {r["form_id"]: ScoreRecord(response_id, r["form_id"], r["scoring_version"],
                                          alerts.unpack_score_alerts(
                                              self.conn, result_from_stored(r["result"])),
                                          stamp_text(r["at"]))
                for r in self._all(
                    "SELECT form_id, scoring_version, result, at FROM score WHERE response_n ="
                    " (SELECT n FROM response WHERE id = ?) ORDER BY seq", [response_id])}

    def alerts(self, *, since: str | None = None, include_flags: bool = False,
               episode_id: str | None = None) -> list[dict[str, Any]]:
        """Acute alerts (red flags, MDI item 6) raised by answers, newest first:
        ``{"episode_id", "patient_name", "response_id", "form_id", "item_id", "level",
        "message_da", "message_en", "at"}``. The worklist polls this.
        ``include_flags=True`` adds the non-acute (``flag``) alerts the forms declare;
        ``episode_id`` limits them to one episode."""
        sql, params, keep = alerts.query(since=since, include_flags=include_flags,
                                         episode_id=episode_id)
        return alerts.rows_out(self._all(sql, params), keep)
