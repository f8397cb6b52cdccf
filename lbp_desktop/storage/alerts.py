"""How alerts are stored: each raised alert a small row pointing at the exact text it was raised
with, and a score's alerts as the same pointers.

An answer over an alert threshold (an acute red flag, MDI item 6) raises an alert the clinician
must see with the wording it was raised with, even after a form file changes. A questionnaire with
many flags raised each text twice — in its alert row and in the red-flag score — so the texts
dominated the disk per questionnaire. Now:

- ``alert_text`` interns each (item, level, Danish, English) once. Its rows are permanent
  (triggers refuse update and delete), so a number always reads back as the text it stood for.
- ``alert`` is ``(response_n, seq, text, at)``: the response's integer number, the order raised
  within it, the interned text and one timestamp (``storage.compact``). The episode is the
  response's; ``alert_at`` serves the worklist's poll for new alerts.
- A stored score keeps its alerts as ``alert_text`` numbers; ``unpack_score_alerts`` turns them
  back into the ``{"item", "level", "message_da", "message_en"}`` objects the scoring returned.
  Scores stored before this kept the objects themselves, and read back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from lbp_desktop.storage.compact import micros, stamp_text, stored_stamp

ItemNumber = Callable[[str, str], int]
"""The interned number of (form, item) inside the caller's transaction."""

# what ``ResponseStore.alerts`` returns, one row per raised alert
_SELECT = (
    "SELECT r.episode_id, e.patient_name, r.id AS response_id, i.form_id, i.item_id, t.level,"
    " t.message_da, t.message_en, a.at FROM alert a"
    " JOIN alert_text t ON t.n = a.text JOIN item i ON i.n = t.item"
    " JOIN response r ON r.n = a.response_n JOIN episode e ON e.id = r.episode_id")
_ORDER = " ORDER BY a.at DESC, a.response_n DESC, a.seq DESC"


def text_number(conn: Any, item: int, level: str, message_da: str, message_en: str) -> int:
    """The interned number of an alert text, added on first use (inside the caller's
    transaction; the ``UNIQUE`` index serves the look-up)."""
    row = conn.execute("SELECT n FROM alert_text WHERE item = ? AND level = ? AND message_da = ?"
                       " AND message_en = ?", [item, level, message_da, message_en]).fetchone()
    if row is not None:
        return int(row[0])
    return int(conn.execute("INSERT INTO alert_text (item, level, message_da, message_en)"
                            " VALUES (?, ?, ?, ?)",
                            [item, level, message_da, message_en]).lastrowid)


def raise_alert(conn: Any, response_n: int, text: int, at: str) -> None:
    """Store one raised alert after the response's earlier ones."""
    conn.execute("INSERT INTO alert (response_n, seq, text, at)"
                 " SELECT ?, coalesce(max(seq), 0) + 1, ?, ? FROM alert WHERE response_n = ?",
                 [response_n, text, stored_stamp(at), response_n])


def pack_score_alerts(conn: Any, result: dict[str, Any], item_number: ItemNumber
                      ) -> dict[str, Any]:
    """``result`` as stored: its alerts as ``alert_text`` numbers (the rest unchanged)."""
    alerts = result.get("alerts")
    if not alerts:
        return result
    form_id = str(result["form"])
    packed = [text_number(conn, item_number(form_id, a["item"]), a["level"], a["message_da"],
                          a["message_en"]) for a in alerts]
    return {**result, "alerts": packed}


def unpack_score_alerts(conn: Any, result: dict[str, Any]) -> dict[str, Any]:
    """A stored result with its alerts as the objects the scoring returned."""
    alerts = result.get("alerts")
    numbers = [a for a in alerts or [] if isinstance(a, int) and not isinstance(a, bool)]
    if not numbers:
        return result  # no alerts, or stored as objects before alerts were interned
    marks = ", ".join("?" * len(set(numbers)))
    texts = {int(row[0]): {"item": row[1], "level": row[2], "message_da": row[3],
                           "message_en": row[4]}
             for row in conn.execute(
                 "SELECT t.n, i.item_id, t.level, t.message_da, t.message_en FROM alert_text t"
                 f" JOIN item i ON i.n = t.item WHERE t.n IN ({marks})",
                 sorted(set(numbers))).fetchall()}
    return {**result, "alerts": [dict(texts[a]) if isinstance(a, int) else a
                                 for a in alerts or []]}


def query(*, since: str | None, include_flags: bool, episode_id: str | None
          ) -> tuple[str, list[Any], Callable[[dict[str, Any]], bool]]:
    """The SQL, its parameters and a row check for ``ResponseStore.alerts``."""
    clauses: list[str] = []
    params: list[Any] = []
    keep: Callable[[dict[str, Any]], bool] = _every
    if episode_id:
        clauses.append("r.episode_id = ?")
        params.append(episode_id)
    if not include_flags:
        clauses.append("t.level = 'acute'")
    if since:
        condition, bound, keep = _since(since)
        if condition:
            clauses.append(condition)
            params.extend(bound)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"{_SELECT}{where}{_ORDER}", params, keep


def _every(row: dict[str, Any]) -> bool:
    return True


def _since(since: str) -> tuple[str, list[Any], Callable[[dict[str, Any]], bool]]:
    """The SQL condition, its parameters and a row check for "raised after ``since``".

    Stamps are stored as microseconds (``alert_at`` serves the range); an older writer's stamp
    kept as text sorts after every number in SQLite, so those rows are compared as text, as
    they always were."""
    stored = stored_stamp(since)
    bound = stored if isinstance(stored, int) else micros(since)
    if bound is None:
        return "", [], lambda row: stamp_text(row["at"]) > since
    return "a.at > ?", [bound], lambda row: not isinstance(row["at"], str) or row["at"] > since


def rows_out(rows: list[dict[str, Any]], keep: Callable[[dict[str, Any]], bool]
             ) -> list[dict[str, Any]]:
    """Rows as ``ResponseStore.alerts`` returns them: stamps as the text they were written as."""
    return [{**row, "at": stamp_text(row["at"])} for row in rows if keep(row)]
