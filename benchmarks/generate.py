"""Generate a large, realistic clinic database fast (for benchmarks and scale tests).

Creates the database through ``Store.create_new`` (so the schema, key handling and migrations are
the app's own) and then bulk-inserts rows, in the store's compact forms (``storage.compact``), in
large transactions — going through ``record_answer``
one fsync at a time would take hours for a ten-year clinic. Answer sets are drawn from a pool of
random complete ``ulrus`` answer sets scored once by the app's scoring, so every stored score is
what the app would have computed for those answers.
"""

from __future__ import annotations

import datetime
import json
import random
import uuid
from pathlib import Path

FIRST = ["Anne", "Mette", "Hanne", "Lone", "Karen", "Susanne", "Lene", "Jens", "Peter", "Lars",
         "Michael", "Henrik", "Søren", "Thomas", "Morten", "Niels", "Ida", "Freja", "Emil", "Noah",
         "Åse", "Ørjan", "Zeynep", "Łukasz"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
        "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
        "Thomsen", "Poulsen", "Johansen", "Møller", "Mortensen", "Yılmaz"]


def _answer_pool(forms, size: int, rng: random.Random) -> list[tuple[dict, dict]]:
    """``size`` complete ulrus answer sets ``{form: {item: value}}`` with their scores."""
    from lbp_desktop.questionnaires.model import is_visible
    from lbp_desktop.scoring import score

    pool = []
    for _ in range(size):
        answers: dict[str, dict] = {}
        scores: dict[str, dict] = {}
        for form in forms.battery_forms("ulrus"):
            chosen: dict = {}
            for item in form.items():
                if not is_visible(item, chosen):
                    continue
                if item.type == "text":
                    if item.kiosk:
                        chosen[item.id] = rng.choice(["Pædagog", "Tømrer", "Lagerarbejder"])
                    continue
                if item.type == "number":
                    chosen[item.id] = rng.randint(item.min or 0, min(item.max or 0, 12))
                    continue
                chosen[item.id] = rng.choice(item.codes())
            answers[form.id] = chosen
            if form.scoring is not None:
                scores[form.id] = score(form, chosen).to_dict()
        pool.append((answers, scores))
    return pool


def generate_clinic_db(path: Path | str, *, episodes: int, responses_per_episode: int = 3,
                       answers: bool = True, seed: int = 20261125) -> Path:
    """Write a new encrypted clinic database at ``path`` (key filed like the app does)."""
    from lbp_desktop.storage.compact import stored_result, stored_stamp
    from lbp_desktop.storage.store import Store

    path = Path(path)
    rng = random.Random(seed)
    store, _ = Store.create_new(path)
    store.save_clinic("Benchmark Fysioterapi", "Testvej 1, 8000 Aarhus C", "86 00 00 00")
    clinician = store.create_user("bench", "bench-password", "Bente Benchmark", "clinician",
                                  profession="Fysioterapeut")
    forms = store.forms
    versions = json.dumps({f.id: f.version for f in forms.battery_forms("ulrus")})
    pool = _answer_pool(forms, 40, rng)
    conn = store.conn
    with conn:  # the (form, item) pairs, interned as the store does on a first answer
        conn.executemany("INSERT OR IGNORE INTO item (form_id, item_id) VALUES (?, ?)",
                         sorted({(f, i) for answers, _ in pool for f, items in answers.items()
                                 for i in items}))
    item_number = {(f, i): n for n, f, i in conn.execute("SELECT n, form_id, item_id FROM item")}
    response_n = conn.execute("SELECT coalesce(max(n), 0) FROM response").fetchone()[0]
    start = datetime.datetime(2016, 1, 4, 8, 0, tzinfo=datetime.UTC)
    chunk = 2000
    for first in range(0, episodes, chunk):
        patients, eps, responses, answer_rows, score_rows = [], [], [], [], []
        for i in range(first, min(first + chunk, episodes)):
            born = datetime.date(1940, 1, 1) + datetime.timedelta(days=(i * 7919) % 23000)
            if i == 0:
                born = datetime.date(1972, 3, 15)
            cpr = f"{born:%d%m%y}-{1000 + i // 23000 + (i % 5) * 1000:04d}"
            if i == 0:  # a known CPR for the benchmark's CPR search; serials above are >= 1000
                cpr = "150372-0001"
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            when = start + datetime.timedelta(minutes=i * 52)
            ts = when.isoformat()
            patient_id, episode_id = str(uuid.uuid4()), str(uuid.uuid4())
            patients.append((patient_id, cpr, name, born.isoformat(), "female" if i % 2 else "male",
                             ts, ts))
            chosen = rng.choice(pool)
            last_scores = chosen[1]
            red = ("acute" if last_scores["redflags"]["acute"] else
                   "flag" if last_scores["redflags"]["positive"] else "none")
            status = "closed" if i < episodes * 0.9 else rng.choice(
                ["registered", "questionnaire_pending", "questionnaire_completed", "examined"])
            eps.append((episode_id, patient_id, "Læge Lægesen", "Lægehuset", "Lægevej 2",
                        when.date().isoformat(), "Lænderygsmerter", clinician.id, status, ts, ts,
                        name, name.lower(), cpr, cpr.replace("-", ""),
                        last_scores["startback"]["risk"], red, "done"))
            for r in range(responses_per_episode):
                answers_set, scores_set = chosen if r == responses_per_episode - 1 \
                    else rng.choice(pool)
                moment = when + datetime.timedelta(days=90 * r)
                rts = moment.isoformat(timespec="microseconds")
                response_id = str(uuid.uuid4())
                response_n += 1
                responses.append((response_id, response_n, episode_id, "ulrus", versions, "da",
                                  "local", "completed", rts, rts, None, rts, rts))
                if answers:
                    seq = 0
                    for form_id, items in answers_set.items():
                        for item_id, value in items.items():
                            seq += 1
                            answer_rows.append((response_n, seq, item_number[(form_id, item_id)],
                                                value, stored_stamp(rts), None))
                for seq, (form_id, result) in enumerate(scores_set.items(), start=1):
                    score_rows.append((response_n, form_id, seq, result["scoring_version"],
                                       stored_result(result), stored_stamp(rts)))
        with conn:
            conn.executemany("INSERT INTO patient (id, cpr, name, birth_date, sex, created_at,"
                             " updated_at, fictional) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", patients)
            conn.executemany(
                "INSERT INTO episode (id, patient_id, gp_name, gp_clinic, gp_address,"
                " referral_date, reason, clinician_id, status, created_at, updated_at,"
                " patient_name, patient_name_lc, cpr, cpr_digits, risk, red_flag_level,"
                " questionnaire_state, fictional)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", eps)
            conn.executemany(
                "INSERT INTO response (id, n, episode_id, battery_id, form_versions, language,"
                " device, status, started_at, completed_at, position, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", responses)
            conn.executemany(
                "INSERT INTO answer (response_n, seq, item, value, at, key)"
                " VALUES (?, ?, ?, ?, ?, ?)", answer_rows)
            conn.executemany(
                "INSERT INTO score (response_n, form_id, seq, scoring_version, result, at)"
                " VALUES (?, ?, ?, ?, ?, ?)", score_rows)
    conn.execute("ANALYZE")
    store.close()
    return path
