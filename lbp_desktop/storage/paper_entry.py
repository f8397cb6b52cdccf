"""Answers given on paper and typed in by staff, with an optional blind double entry.

A paper response is an ordinary response (``source = 'paper'``, ``entered_by`` the staff member):
its answers go through ``record_answer`` — the same validation, alerts and scoring as the kiosk —
so nothing downstream can tell a typed answer from a tapped one except by its source, which the
results, the letter and FHIR show. With double entry a second person types the same sheet without
seeing the first entry (``paper_check``); the response cannot be completed until every item agrees,
each difference resolved by someone looking at the sheet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from lbp_desktop.domain.records import Response, ScoreRecord
from lbp_desktop.storage.errors import StorageError
from lbp_desktop.storage.responses import ResponseStore

Value = int | str | None


@dataclass(frozen=True)
class PaperDifference:
    """An item the two entries of one paper sheet disagree on (``None``: left unanswered)."""

    form_id: str
    item_id: str
    first: Value
    second: Value


class PaperEntryStore(ResponseStore):
    """Starting a paper response, the blind second entry, and agreeing the two."""

    def _paper_row(self, response_id: str, *, pending: bool) -> dict[str, Any]:
        row = self._get("response", response_id, "response")
        if row.get("source") != "paper":
            raise StorageError("this questionnaire was not entered from paper")
        if row["status"] != "in_progress":
            raise StorageError(f"the questionnaire is {row['status'].replace('_', ' ')}")
        if pending and row.get("double_entry") != "pending":
            raise StorageError("this paper questionnaire has no double entry awaiting agreement")
        return row

    def start_paper_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                             double_entry: bool = False) -> Response:
        """A new response for answers typed in from a paper form by the signed-in user.

        Refused while another questionnaire for the episode is under way (e.g. on a tablet), so
        two sets of answers are never merged into one response.
        """
        if not self.actor_id:
            raise StorageError("sign in first: paper answers are recorded with who typed them")
        existing = self.open_response(episode_id)
        if existing is not None:
            raise StorageError("a questionnaire for this episode is already under way; finish or "
                               "abandon it before typing in paper answers")
        response = self.start_response(episode_id, battery_id, language=language, device="paper")
        with self.transaction("saving the questionnaire"):
            self.db.execute(
                "UPDATE response SET source = 'paper', entered_by = ?, double_entry = ?"
                " WHERE id = ?",
                [self.actor_id, "pending" if double_entry else "none", response.id])
            self.audit("update", "response", response.id,
                       patient_id=self._get("episode", episode_id, "episode")["patient_id"],
                       detail="paper entry" + (" (double entry)" if double_entry else ""))
        return self.response(response.id)

    def record_check_answer(self, response_id: str, form_id: str, item_id: str,
                            value: Value) -> None:
        """The second, blind entry of one item; made by someone other than the first typist."""
        from lbp_desktop.questionnaires.answers import AnswerError, check_answer

        row = self._paper_row(response_id, pending=True)
        if self.actor_id and self.actor_id == row.get("entered_by"):
            raise StorageError("the second entry must be made by another person than the first")
        if form_id not in self._instrument_ids(row["battery_id"]):
            raise AnswerError(item_id, f"form {form_id!r} is not part of {row['battery_id']}")
        try:
            item = self.forms.form(form_id).item(item_id)
        except KeyError:
            raise AnswerError(item_id, f"not an item of form {form_id}") from None
        clean = check_answer(item, value)
        with self.transaction("saving the second entry"):
            self._insert_check(response_id, form_id, item_id, clean)

    def _insert_check(self, response_id: str, form_id: str, item_id: str, clean: Value) -> None:
        self.db.execute(
            "INSERT INTO paper_check (response_id, form_id, item_id, value, entered_by, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [response_id, form_id, item_id,
             None if clean is None else json.dumps(clean, ensure_ascii=False),
             self.actor_id, self.now()])

    def check_answers(self, response_id: str) -> dict[str, dict[str, int | str]]:
        """The second entry's current answers, ``{form_id: {item_id: value}}``."""
        latest: dict[tuple[str, str], Any] = {}
        for row in self._all("SELECT form_id, item_id, value FROM paper_check"
                             " WHERE response_id = ? ORDER BY rowid", [response_id]):
            latest[(row["form_id"], row["item_id"])] = row["value"]
        out: dict[str, dict[str, int | str]] = {}
        for (form_id, item_id), value in latest.items():
            if value is not None:
                out.setdefault(form_id, {})[item_id] = json.loads(value)
        return out

    def has_check_entry(self, response_id: str) -> bool:
        return self._one("SELECT 1 AS x FROM paper_check WHERE response_id = ? LIMIT 1",
                         [response_id]) is not None

    def paper_differences(self, response_id: str) -> list[PaperDifference]:
        """Every item, in form order, where the first and the second entry disagree."""
        row = self._get("response", response_id, "response")
        first, second = self.answers(response_id), self.check_answers(response_id)
        out: list[PaperDifference] = []
        for form_id in self._instrument_ids(row["battery_id"]):
            for item in self.forms.form(form_id).items():
                a = first.get(form_id, {}).get(item.id)
                b = second.get(form_id, {}).get(item.id)
                if a != b:
                    out.append(PaperDifference(form_id, item.id, a, b))
        return out

    def resolve_difference(self, response_id: str, form_id: str, item_id: str,
                           value: Value) -> None:
        """Settle one difference with the value on the sheet: both entries then hold it."""
        row = self._paper_row(response_id, pending=True)
        self.record_answer(response_id, form_id, item_id, value)
        from lbp_desktop.questionnaires.answers import check_answer

        clean = check_answer(self.forms.form(form_id).item(item_id), value)
        with self.transaction("saving the agreed answer"):
            self._insert_check(response_id, form_id, item_id, clean)
            self.audit("update", "response", response_id,
                       patient_id=self._get("episode", row["episode_id"], "episode")["patient_id"],
                       detail=f"double entry resolved {form_id}.{item_id}")

    def agree_double_entry(self, response_id: str) -> list[ScoreRecord]:
        """Complete a double-entered response once the second entry exists and nothing differs."""
        row = self._paper_row(response_id, pending=True)
        if not self.has_check_entry(response_id):
            raise StorageError("the second entry has not been made yet")
        differences = self.paper_differences(response_id)
        if differences:
            names = ", ".join(d.item_id for d in differences)
            raise StorageError(f"the two entries differ on {len(differences)} item(s): {names}")
        with self.transaction("saving the questionnaire"):
            self.db.execute("UPDATE response SET double_entry = 'agreed' WHERE id = ?",
                            [response_id])
            self.audit("update", "response", response_id,
                       patient_id=self._get("episode", row["episode_id"], "episode")["patient_id"],
                       detail="double entry agreed")
        return self.complete_response(response_id)
