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
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
from lbp_desktop.storage.connection import DatabaseError
from lbp_desktop.storage.episodes import advance_status
from lbp_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from lbp_desktop.questionnaires.model import AlertRule, Item

# A response row with its resume position: the item of its last answer if that came after the
# position the kiosk last set, else that position (a tap writes only its answer row).
_RESPONSE = (
    "SELECT r.*, (SELECT i.form_id || '.' || i.item_id FROM answer a JOIN item i ON i.n = a.item"
    " WHERE a.response_n = r.n AND a.seq > coalesce(r.position_seq, 0)"
    " ORDER BY a.seq DESC LIMIT 1) AS answered_position FROM response r")

# A tap's answer row, written only while its response is in progress: the refusal of a closed
# questionnaire (and, with a key, of a retried delivery) is part of the insert, inside the write
# transaction, so nothing can close the response between the check and the write. The next
# ``seq`` and the key check are served by the answer table's key (response_n, seq), as is the
# resume position later. The row returned is the episode's worklist state, so a tap rewrites the
# episode only when that changes.
_ANSWER_ROW = (
    "INSERT INTO answer (response_n, seq, item, value, at, key)"
    " SELECT r.n, coalesce((SELECT max(a.seq) FROM answer a WHERE a.response_n = r.n), 0) + 1,"
    " ?1, ?2, ?3, ?4 FROM response r WHERE r.n = ?7 AND r.id = ?5 AND r.status = 'in_progress'")
_EPISODE_STATE = " RETURNING (SELECT questionnaire_state FROM episode WHERE id = ?6)"
_INSERT_ANSWER = _ANSWER_ROW + _EPISODE_STATE
_INSERT_ANSWER_UNLESS_KEY = (
    f"{_ANSWER_ROW} AND NOT EXISTS (SELECT 1 FROM answer a WHERE a.response_n = r.n"
    f" AND a.key = ?4){_EPISODE_STATE}")
_CODE_TYPES = (int, str)
_CHANGED_MEANWHILE = ("the answer was not saved: the questionnaire changed while it was being "
                      "saved; try again")


@dataclass(frozen=True, slots=True)
class _TapResponse:
    """What a tap needs of its response that never changes after the response is made."""

    n: int
    episode_id: str
    battery_id: str
    forms: frozenset[str]


@dataclass(frozen=True, slots=True)
class _TapItem:
    """An item of a form: its codes (a choice item's; empty for text and number items, which
    ``check_answer`` checks each time) and the alert rules its answers are checked against."""

    item: Item
    codes: frozenset[int | str]
    rules: tuple[AlertRule, ...]


class _NotWritten(Exception):
    """The answer's insert wrote nothing: a closed response or an already recorded key."""


class ResponseStore(AuditStore):
    """Responses, answers, scores and alerts."""

    def __init__(self, conn: Any, path: Path, key: bytes | None, plaintext: bool) -> None:
        super().__init__(conn, path, key, plaintext)
        # kept for the life of the store (see record_answer): facts that never change
        self._item_numbers: dict[tuple[str, str], int] = {}
        self._tap_responses: dict[str, _TapResponse] = {}
        self._tap_items: dict[tuple[str, str], _TapItem] = {}
        self._tap_forms: object = None
        """The form set ``_tap_responses`` and ``_tap_items`` were read from: other forms
        (``_forms`` replaced) and they are read again."""

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
        number = self._item_numbers.get((form_id, item_id))
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
            self._item_numbers[(form_id, item_id)] = number

    def _tap_response(self, response_id: str) -> _TapResponse:
        """What a tap needs of its response that never changes (episode, questionnaire), read
        once per store; whether it is still open is checked by the answer's insert itself."""
        facts = self._tap_responses.get(response_id)
        if facts is None:
            row = self._get("response", response_id, "response")
            facts = _TapResponse(row["n"], row["episode_id"], row["battery_id"],
                                 frozenset(self._instrument_ids(row["battery_id"])))
            if not self.conn.in_transaction:  # a row that may still be rolled back is not kept
                self._tap_responses[response_id] = facts
        return facts

    def _tap_item(self, facts: _TapResponse, form_id: str, item_id: str) -> _TapItem:
        """The form's item, its codes and the alert rules on it (``AnswerError`` for an item
        not in the response's questionnaire); kept for the store's life, as are its forms."""
        from lbp_desktop.questionnaires.answers import AnswerError

        if form_id not in facts.forms:
            raise AnswerError(item_id, f"form {form_id!r} is not part of {facts.battery_id}")
        found = self._tap_items.get((form_id, item_id))
        if found is None:
            form = self.forms.form(form_id)
            try:
                item = form.item(item_id)
            except KeyError:
                raise AnswerError(item_id, f"not an item of form {form_id}") from None
            codes = frozenset(item.codes()) if item.type not in ("text", "number") else frozenset()
            rules = () if form.scoring is None else tuple(
                rule for rule in form.scoring.alerts if rule.item == item_id)
            found = self._tap_items[(form_id, item_id)] = _TapItem(item, codes, rules)
        return found

    def _checked(self, facts: _TapResponse, response_id: str, form_id: str, item_id: str,
                 value: Any, key: int | None) -> tuple[_TapItem, Any] | None:
        """The item and the value as stored (``check_answer``, the one rule), or ``None`` for
        a retried delivery. A retried delivery, a missing or closed questionnaire are reported
        before a value that does not fit, as they were when the checks were made in turn."""
        from lbp_desktop.questionnaires.answers import AnswerError, check_answer

        try:
            tap = self._tap_item(facts, form_id, item_id)
            return tap, check_answer(tap.item, value)
        except AnswerError:
            if self._refused(response_id, key):
                return None
            raise

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None, *, idempotency_key: str | None = None) -> None:
        """Validate against the form (``AnswerError`` naming the item) and commit durably.
        ``value=None`` clears an answer (a new row with null). A repeated ``idempotency_key``
        (within the response) is a no-op, so a retried delivery never counts twice. An answer
        to a completed or abandoned questionnaire is refused (``StorageError``); a refused
        answer writes nothing.

        A plain tap is three statements (BEGIN, the insert, COMMIT) writing one page, and
        nothing in Python that a previous tap already worked out: the response's episode and
        questionnaire, the item, its codes, its alert rules and its interned number are kept
        for the life of the store (none of them change); whether the response is still open,
        the key not yet recorded and the episode already shown as in progress are read by the
        insert itself, inside the transaction."""
        if self._forms is not self._tap_forms:  # the items and codes come from the forms
            self._tap_responses.clear()
            self._tap_items.clear()
            self._tap_forms = self._forms
        facts = self._tap_responses.get(response_id) or self._tap_response(response_id)
        key = None if idempotency_key is None else key_digest(idempotency_key)
        tap = self._tap_items.get((form_id, item_id))
        if tap is not None and form_id in facts.forms and type(value) in _CODE_TYPES \
                and value in tap.codes:
            clean: Any = value  # one of the item's codes, exactly what check_answer accepts
        else:
            checked = self._checked(facts, response_id, form_id, item_id, value, key)
            if checked is None:
                return
            tap, clean = checked
        raised = [rule for rule in tap.rules if isinstance(clean, int) and clean >= rule.min_code]
        number = self._item_numbers.get((form_id, item_id))
        at = self.stamp()
        params = [number, clean, at, key, response_id, facts.episode_id, facts.n]
        conn = self.conn
        if number is None or raised or conn.in_transaction:
            self._record_in_transaction(facts, response_id, form_id, item_id, params, raised)
            return
        try:  # the plain tap, without a context manager's own work
            conn.execute("BEGIN")
            try:
                written = self._write_answer(facts, params, raised)
                conn.execute("COMMIT" if written else "ROLLBACK")
            except BaseException:
                conn.rollback()  # a no-op if the error already ended the transaction
                raise
        except DatabaseError as exc:
            raise self.storage_error(exc, "saving the answer") from None
        if not written and not self._refused(response_id, key):
            raise StorageError(_CHANGED_MEANWHILE)
        # the answer row itself is the record of the patient's entry (actor: the patient)

    def _record_in_transaction(self, facts: _TapResponse, response_id: str, form_id: str,
                               item_id: str, params: list[Any], raised: list[AlertRule]) -> None:
        """A tap that interns its item, raises an alert or is part of a larger transaction
        (a savepoint there): the same statements inside ``transaction``."""
        try:
            with self.transaction("saving the answer"):
                number = params[0] = self._item_number(form_id, item_id)
                if not self._write_answer(facts, params, raised):
                    raise _NotWritten
        except _NotWritten:
            if self._refused(response_id, params[3]):
                return
            raise StorageError(_CHANGED_MEANWHILE) from None
        self._remember_item(form_id, item_id, number)

    def _write_answer(self, facts: _TapResponse, params: list[Any], raised: list[AlertRule]
                      ) -> bool:
        """The answer's row, the alerts it raises and the episode's worklist state; ``False``
        (nothing written) for a closed response or a recorded key. The episode row (and its
        worklist indices) is rewritten only when what the worklist shows changes: the first
        answer of a questionnaire, or a raised flag. Rewriting it on every tap tripled the
        pages each durable commit has to write."""
        conn = self.conn
        row = conn.execute(_INSERT_ANSWER if params[3] is None else _INSERT_ANSWER_UNLESS_KEY,
                           params).fetchone()
        if row is None:
            return False
        if row[0] == "in_progress" and not raised:
            return True
        episode_id, at = facts.episode_id, params[2]
        now = stamp_text(at)
        level_sql = ""
        for rule in raised:  # each with the exact text it is raised with (storage.alerts)
            alerts.raise_alert(conn, facts.n, alerts.text_number(
                conn, params[0], rule.level, rule.message.da, rule.message.en), now)
        if any(rule.level == "acute" for rule in raised):
            level_sql = ", red_flag_level = 'acute'"
        elif raised:
            level_sql = (", red_flag_level = CASE red_flag_level WHEN 'none' THEN 'flag'"
                         " ELSE red_flag_level END")
        conn.execute("UPDATE episode SET questionnaire_state = 'in_progress', updated_at = ?"
                     f"{level_sql} WHERE id = ?", [now, episode_id])
        return True

    def _refused(self, response_id: str, key: int | None) -> bool:
        """Why an answer is not written: ``True`` if its key is already recorded (a retried
        delivery: nothing to do); ``StorageError`` if the response is missing or closed; else
        ``False``."""
        row = self._get("response", response_id, "response")
        if key is not None and self.conn.execute(
                "SELECT 1 FROM answer WHERE response_n = ? AND key = ?",
                [row["n"], key]).fetchone():
            return True
        if row["status"] != "in_progress":
            raise StorageError(f"the questionnaire is {row['status'].replace('_', ' ')}; "
                               "answers can no longer be changed")
        return False

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
