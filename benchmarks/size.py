"""Disk per completed questionnaire, measured through the app's own import path.

A clinic database with ``count`` patients and episodes is made through the store; a verified
backup is taken (``storage.backup``); then one complete ``ulrus`` questionnaire per episode is
imported as a FHIR QuestionnaireResponse with ``interop.importer`` (the path ``import-fhir``
takes: validation, one durable ``record_answer`` per answer with its idempotency key, scoring on
completion, the audit trail); a second verified backup is taken. The growth of the backup divided
by ``count`` is the cost of one questionnaire, everything it writes included.

    python -m benchmarks.size            # prints the figure and, with --tables, where it goes
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import tempfile
import uuid
from pathlib import Path
from typing import Any


def _case_answer_sets(work: Path) -> list[dict[str, Any]]:
    """The complete ``ulrus`` answer sets of the demo's pathway cases (realistic answers)."""
    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.storage.store import Store

    path = work / "cases.lbp"
    build_demo(path)
    store = Store.open_path(path)
    try:
        return [store.answers(r.id) for e in store.episodes() for r in store.responses(e.id)
                if r.status == "completed" and r.battery_id == "ulrus"]
    finally:
        store.close()


def _random_answer_sets(forms: Any, rng: random.Random) -> list[dict[str, Any]]:
    """Complete ``ulrus`` answer sets with every answer drawn uniformly (many red flags and
    alerts: a heavier load than a clinic's)."""
    from benchmarks.generate import _answer_pool

    return [answers for answers, _ in _answer_pool(forms, 10, rng)]


def _questionnaire_responses(forms: Any, episodes: list[Any], answer_sets: list[dict[str, Any]]
                             ) -> list[dict[str, Any]]:
    """One completed ``ulrus`` QuestionnaireResponse per episode, cycling through the sets."""
    from lbp_desktop.domain.records import Response
    from lbp_desktop.interop.response import build_questionnaire_response

    versions = {f.id: f.version for f in forms.battery_forms("ulrus")}
    out = []
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)
    for n, episode in enumerate(episodes):
        when = (start + datetime.timedelta(minutes=17 * n)).isoformat()
        response = Response(id=str(uuid.uuid4()), episode_id=episode.id, battery_id="ulrus",
                            form_versions=versions, language="da", device="tablet",
                            status="completed", started_at=when, completed_at=when)
        out.append(build_questionnaire_response(response, answer_sets[n % len(answer_sets)],
                                                forms, patient_id=episode.patient_id))
    return out


def _answer_count(qrs: list[dict[str, Any]], forms: Any) -> int:
    from lbp_desktop.interop.response import answers_from_questionnaire_response

    return sum(sum(len(items) for items in answers_from_questionnaire_response(qr, forms)[1]
                   .values()) for qr in qrs)


def _table_bytes(path: Path, key: bytes | None, work: Path) -> dict[str, int]:
    """Bytes per table and index: a plaintext copy (``sqlcipher_export``) read with the
    standard library's ``dbstat`` (this SQLCipher build has none). For the breakdown only."""
    import sqlite3

    from lbp_desktop.storage.connection import raw_connect

    plain = work / f"{path.stem}-plain.db"
    plain.unlink(missing_ok=True)
    conn = raw_connect(path, key)
    try:
        conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    reader = sqlite3.connect(plain)
    try:
        rows = reader.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:  # dbstat is a compile-time option
        return {}
    finally:
        reader.close()
        plain.unlink(missing_ok=True)
    return {str(name): int(size) for name, size in rows}


def measure_size(work: Path, count: int = 50, *, answers: str = "cases",
                 tables: bool = False) -> dict[str, Any]:
    """Import ``count`` complete questionnaires; the backup's growth per questionnaire.

    ``answers``: ``"cases"`` — the demo's pathway cases' answers, in turn; ``"random"`` — every
    answer drawn uniformly."""
    from lbp_desktop.domain.records import Referral
    from lbp_desktop.interop.importer import import_questionnaire_response
    from lbp_desktop.storage.backup import backup_store
    from lbp_desktop.storage.store import Store

    os.environ.setdefault("LBP_KEY_DIR", str(work / "keys"))
    rng = random.Random(20261130)
    db = work / "size.lbp"
    store, _ = Store.create_new(db)
    try:
        store.save_clinic("Benchmark Fysioterapi", "Testvej 1, 8000 Aarhus C")
        episodes = []
        for n in range(count):
            born = datetime.date(1950, 1, 1) + datetime.timedelta(days=211 * n)
            patient = store.add_patient(f"{born:%d%m%y}-{2000 + n:04d}", f"Patient {n}",
                                        fictional=True)
            episodes.append(store.add_episode(patient.id, Referral(gp_name="Læge Lægesen")))
        forms = store.forms
        sets = _case_answer_sets(work) if answers == "cases" else \
            _random_answer_sets(forms, rng)
        qrs = _questionnaire_responses(forms, episodes, sets)
        before = backup_store(store, work / "before.lbp")
        for episode, qr in zip(episodes, qrs, strict=True):
            result = import_questionnaire_response(store, episode.id, qr, forms=forms)
            assert result.status == "completed", result
        after = backup_store(store, work / "after.lbp")
        growth = after.stat().st_size - before.stat().st_size
        out: dict[str, Any] = {
            "questionnaires": count, "answers": _answer_count(qrs, forms), "answer_sets": answers,
            "bytes_per_questionnaire": growth / count,
            "schema_version": store.schema_version(),
        }
        if tables:
            b = _table_bytes(before, store.key, work)
            a = _table_bytes(after, store.key, work)
            out["tables"] = {name: (a.get(name, 0) - b.get(name, 0)) / count
                             for name in sorted(set(a) | set(b))}
        return out
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--tables", action="store_true", help="bytes per table and index")
    parser.add_argument("--random", action="store_true",
                        help="answers drawn uniformly instead of the demo cases' answers")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lbp-size-") as tmp:
        result = measure_size(Path(tmp), args.count, tables=args.tables,
                              answers="random" if args.random else "cases")
    per = result["bytes_per_questionnaire"]
    print(f"schema v{result['schema_version']}, {result['answer_sets']} answers: "
          f"{per / 1024:.1f} KiB per completed ulrus "
          f"questionnaire ({result['answers'] / result['questionnaires']:.0f} answers each, "
          f"{per * result['questionnaires'] / result['answers']:.0f} bytes per answer)")
    for name, size in sorted((result.get("tables") or {}).items(), key=lambda x: -x[1]):
        if size:
            print(f"  {name:32s} {size / 1024:7.2f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
