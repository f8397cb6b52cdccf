"""The benchmark suite: each cost against its floor measured in the same run, as a ratio.

    .venv/bin/python benchmarks/run.py              # the issue's rows (a few minutes)
    .venv/bin/python benchmarks/run.py --quick      # fewer repeats
    .venv/bin/python benchmarks/run.py --only scale # a ten-year clinic (1k/10k/100k episodes)

Prints a Markdown table and writes it, with the machine and the date, to ``docs/benchmarks.md``
(``--no-write`` to skip). Benchmarks are not tests: nothing here asserts a time. The machine may be
shared: whole processes are run alternately (app, floor, app, floor, …) and medians compared, so a
load that comes and goes weighs on both sides; ``uptime`` before and after is recorded.

Rows:
1. start-up to the painted sign-in window on the demo database (whole process: interpreter,
   imports, opening the encrypted database, the first paint) against ``bare_window.py``, a bare
   PySide6 ``QMainWindow`` shown and painted — wall time and max RSS;
2. ``lbp-desktop epikrise`` for demo case 1 (whole process; the GP's letter with its embedded FHIR
   Bundle) against ``bare_letter.py``, a bare reportlab script with the same text and font;
3. tap → durable answer (``Store.record_answer``: validate, insert, position, one fsynced commit)
   p50 and p99 against a bare SQLCipher insert + commit into the same answer table with the same
   pragmas (WAL, ``synchronous=FULL``); stdlib sqlite3 noted for the cost of encryption;
4. disk per completed ULRUS questionnaire: growth of a verified backup after importing 50
   QuestionnaireResponses through ``interop.importer`` (``benchmarks/size.py``);
5. ``--only scale``: worklist and search at 1k/10k/100k episodes, database size per episode.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate_clinic_db  # noqa: E402

PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
ENV.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def percentile_ms(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index] * 1000


def alternate(commands: dict[str, list[str]], env: dict[str, str], repeats: int
              ) -> dict[str, dict[str, list[float]]]:
    """Each command's wall times (s) and max RSS (KiB), run in turn by ``alternate.py``."""
    done = subprocess.run([PYTHON, str(ROOT / "benchmarks" / "alternate.py"), str(repeats),
                           json.dumps(commands)], env=env, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-800:])
    result: dict[str, dict[str, list[float]]] = json.loads(done.stdout)
    return result


def uptime() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# -- 1: start-up and memory -----------------------------------------------------------------------


def _default_profile(work: Path) -> dict[str, str]:
    """The environment of a user who set nothing: a fresh home folder, the app's default data,
    key and log folders, and no override of the credential store (on this headless machine,
    with no D-Bus session, the key falls back to its file; see ``security.vault``)."""
    home = work / "home"
    env = {k: v for k, v in ENV.items()
           if not k.startswith("LBP_") and k not in ("PYTHON_KEYRING_BACKEND",
                                                      "DBUS_SESSION_BUS_ADDRESS")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_STATE_HOME=str(home / ".local" / "state"))
    return env


def _default_demo(work: Path) -> tuple[dict[str, str], Path, str]:
    """The default profile's environment, its demo database (written by the app's own command)
    and demo case 1's episode id."""
    env = _default_profile(work)
    db = work / "home" / "demo.lbp"
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([PYTHON, "-m", "lbp_desktop", "demo-db", str(db)], env=env, check=True,
                       capture_output=True)
    listed = subprocess.run([PYTHON, "-m", "lbp_desktop", "episodes", "--db", str(db), "--json"],
                            env=env, check=True, capture_output=True, text=True)
    episode = next(e["episode_id"] for e in json.loads(listed.stdout)
                   if e["patient"]["name"].startswith("Morten"))
    return env, db, str(episode)


def bench_startup(work: Path, repeats: int) -> list[dict[str, Any]]:
    env, db, _ = _default_demo(work)
    runs = alternate({
        "bare": [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")],
        "app": [PYTHON, "-m", "lbp_desktop", "--db", str(db), "--quit-after-startup"],
    }, env, repeats)
    app_s, bare_s = median_ms(runs["app"]["s"]), median_ms(runs["bare"]["s"])
    app_m = statistics.median(runs["app"]["kib"]) / 1024
    bare_m = statistics.median(runs["bare"]["kib"]) / 1024
    app_cpu, bare_cpu = median_ms(runs["app"]["cpu"]), median_ms(runs["bare"]["cpu"])
    return [
        {"measure": "start-up to the painted sign-in window, demo database (wall time)",
         "value": f"{app_s:.0f} ms", "floor": f"bare QMainWindow {bare_s:.0f} ms",
         "ratio": app_s / bare_s, "target": 1.5,
         "note": f"CPU time (user + system) {app_cpu:.0f} ms against {bare_cpu:.0f} ms: "
                 f"{app_cpu / bare_cpu:.2f}×"},
        {"measure": "start-up to the painted sign-in window, memory (max RSS)",
         "value": f"{app_m:.0f} MiB", "floor": f"bare QMainWindow {bare_m:.0f} MiB",
         "ratio": app_m / bare_m, "target": 1.3},
    ]


# -- 2: the letter --------------------------------------------------------------------------------


def bench_letter(work: Path, repeats: int) -> list[dict[str, Any]]:
    from pypdf import PdfReader

    from lbp_desktop.reports.fonts import fonts_dir

    env, db, episode = _default_demo(work)
    app_pdf, bare_pdf, text_file = work / "app.pdf", work / "bare.pdf", work / "letter.txt"
    app = [PYTHON, "-m", "lbp_desktop", "epikrise", "--db", str(db), "--episode", episode,
           "-o", str(app_pdf), "--date", "2026-03-12"]
    subprocess.run(app, env=env, check=True, capture_output=True)
    text = "\n".join(page.extract_text() for page in PdfReader(app_pdf).pages)
    text_file.write_text(text, encoding="utf-8")
    bare = [PYTHON, str(ROOT / "benchmarks" / "bare_letter.py"), str(text_file), str(fonts_dir()),
            str(bare_pdf)]
    runs = alternate({"bare": bare, "app": app}, env, repeats)
    app_s, bare_s = median_ms(runs["app"]["s"]), median_ms(runs["bare"]["s"])
    app_m = statistics.median(runs["app"]["kib"]) / 1024
    bare_m = statistics.median(runs["bare"]["kib"]) / 1024
    app_cpu, bare_cpu = median_ms(runs["app"]["cpu"]), median_ms(runs["bare"]["cpu"])
    return [{"note": f"CPU time (user + system) {app_cpu:.0f} ms against {bare_cpu:.0f} ms: "
                     f"{app_cpu / bare_cpu:.2f}×",
             "measure": f"`epikrise` for demo case 1, whole process ({len(text)} characters, GP "
                        "copy with its FHIR Bundle)",
             "value": f"{app_s:.0f} ms, {app_m:.0f} MiB",
             "floor": f"bare reportlab script, same text and font, {bare_s:.0f} ms, "
                      f"{bare_m:.0f} MiB",
             "ratio": app_s / bare_s, "target": 1.5}]


# -- 3: tap to durable answer ---------------------------------------------------------------------


class _BareAnswers:
    """Insert + commit into the answer table as the app defines it, same pragmas, no app."""

    def __init__(self, connect: Any, path: Path, key: bytes | None) -> None:
        self.conn = connect(str(path))
        if key is not None:
            self.conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = FULL")
        self.conn.execute(
            "CREATE TABLE answer (response_n INTEGER NOT NULL, seq INTEGER NOT NULL,"
            " item INTEGER NOT NULL, value, at NOT NULL, key INTEGER,"
            " PRIMARY KEY (response_n, seq)) WITHOUT ROWID")
        self.conn.commit()
        self.n = 0

        self.cpus: list[float] = []
        """CPU time (user + system, s) of each tap so far."""

    def tap(self) -> float:
        from lbp_desktop.storage.compact import stored_stamp

        self.n += 1
        now = stored_stamp(datetime.datetime.now(datetime.UTC).isoformat(timespec="microseconds"))
        cpu = time.process_time()
        start = time.perf_counter()
        self.conn.execute("INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?)",
                          (1 + self.n // 60, self.n % 60 + 1, self.n % 10 + 1, self.n % 11, now,
                           None))
        self.conn.commit()
        took = time.perf_counter() - start
        self.cpus.append(time.process_time() - cpu)
        return took


def _statements_per_tap(store: Any, response_id: str, items: list[tuple[str, str, list[Any]]]
                        ) -> int:
    """SQL statements SQLite runs for one plain tap (no alert; its item already used)."""
    form_id, item_id, codes = items[0]
    store.record_answer(response_id, form_id, item_id, codes[0])
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        store.record_answer(response_id, form_id, item_id, codes[0])
    finally:
        store.conn.set_trace_callback(None)
    return len(statements)


def bench_answer(work: Path, n: int) -> list[dict[str, Any]]:
    from sqlcipher3 import dbapi2 as sqlcipher

    from lbp_desktop.domain.records import Referral
    from lbp_desktop.security import keys
    from lbp_desktop.storage.store import Store

    os.environ["LBP_KEY_DIR"] = str(work / "keys")
    store, _ = Store.create_new(work / "answers.db")
    patient = store.add_patient("0101701235", "Bench Patient", fictional=True)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge"))
    # every item a patient taps (typed text and numbers aside); the red-flag questions are
    # single choices, so random answers raise alerts (about one tap in eleven)
    items = [(f.id, item.id, item.codes()) for f in store.forms.battery_forms("ulrus")
             for item in f.items() if item.type in ("scale_0_10", "yes_no", "single_choice")]
    first = store.start_response(episode.id, "ulrus")  # a clinic's items are interned already
    for form_id, item_id, codes in items:
        store.record_answer(first.id, form_id, item_id, codes[0])
    store.abandon_response(first.id)
    encrypted = _BareAnswers(sqlcipher.connect, work / "bare-sqlcipher.db", keys.generate_key())
    plain = _BareAnswers(sqlite3.connect, work / "bare-sqlite3.db", None)
    app: list[float] = []
    bare_enc: list[float] = []
    bare: list[float] = []
    app_cpus: list[float] = []
    # Not counted: the first taps, until every write-ahead log has been filled and checkpointed
    # once (1,000 pages). Before that a log file grows with each commit, and a growing file's
    # fsync also commits its size — which made a fresh floor database slower than the app's.
    warm = 1_100
    while len(app) < n + warm:  # tap by tap in turn: a load that comes and goes weighs on all
        response = store.start_response(episode.id, "ulrus")
        for form_id, item_id, codes in items:
            value = random.choice(codes)

            def app_tap() -> None:
                cpu = time.process_time()
                start = time.perf_counter()
                store.record_answer(response.id, form_id, item_id, value)  # noqa: B023
                app.append(time.perf_counter() - start)
                app_cpus.append(time.process_time() - cpu)

            # in a new order each time: a commit's fsync can make the next file's cheaper or
            # dearer, and no side should always come after the same one
            turns = [app_tap, lambda: bare_enc.append(encrypted.tap()),
                     lambda: bare.append(plain.tap())]
            random.shuffle(turns)
            for turn in turns:
                turn()
        store.abandon_response(response.id)
    app, bare_enc, bare = app[warm:], bare_enc[warm:], bare[warm:]
    app_cpu, enc_cpu = sum(app_cpus[warm:]), sum(encrypted.cpus[warm:])
    statements = _statements_per_tap(store, store.start_response(episode.id, "ulrus").id, items)
    store.close()
    return [
        {"measure": "tap → durable answer (`Store.record_answer`), p50",
         "value": f"{median_ms(app):.2f} ms",
         "floor": f"bare SQLCipher insert + commit {median_ms(bare_enc):.2f} ms",
         "ratio": median_ms(app) / median_ms(bare_enc), "target": 1.2,
         "note": f"bare stdlib sqlite3 (unencrypted) insert + commit {median_ms(bare):.2f} ms; "
                 f"{len(app)} taps, random answers (an answer that raises an alert also writes "
                 "the alert and the episode's flag); CPU time (user + system) per tap "
                 f"{app_cpu / len(app) * 1000:.3f} ms against {enc_cpu / len(app) * 1000:.3f}"
                 f" ms: {app_cpu / enc_cpu:.2f}×; {statements} SQL statements for a plain "
                 "tap (the floor: BEGIN, INSERT, COMMIT)"},
        {"measure": "tap → durable answer, p99",
         "value": f"{percentile_ms(app, 99):.2f} ms",
         "floor": f"bare SQLCipher p99 {percentile_ms(bare_enc, 99):.2f} ms",
         "ratio": percentile_ms(app, 99) / percentile_ms(bare_enc, 99), "target": None,
         "absolute": (percentile_ms(app, 99), 5.0, "p99 < 5 ms")},
    ]


# -- 4: disk per questionnaire --------------------------------------------------------------------


def bench_size(work: Path, count: int) -> list[dict[str, Any]]:
    from benchmarks.size import measure_size

    os.environ["LBP_KEY_DIR"] = str(work / "keys")
    rows = []
    for answers, label in (("cases", "the demo cases' answers"),
                           ("random", "every answer drawn at random")):
        folder = work / f"size-{answers}"
        folder.mkdir()
        result = measure_size(folder, count, answers=answers)
        per = result["bytes_per_questionnaire"] / 1024
        each = result["answers"] / result["questionnaires"]
        rows.append({
            "measure": f"disk per completed ULRUS questionnaire ({each:.0f} answers + scores; "
                       f"{label}): growth of a verified backup after importing {count}",
            "value": f"{per:.1f} KiB", "floor": "—", "ratio": None, "target": None,
            "absolute": (per, 6.0, "≤ 6 KiB")})
    return rows


# -- 5: scale -------------------------------------------------------------------------------------


def _time_query(fn, repeats: int) -> float:
    fn()
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return median_ms(samples)


def bench_scale(work: Path, sizes: list[int], repeats: int) -> list[dict]:
    from lbp_desktop.storage.store import Store

    os.environ["LBP_KEY_DIR"] = str(work / "keys")
    rows = []
    for size in sizes:
        path = work / f"clinic-{size}.db"
        start = time.perf_counter()
        generate_clinic_db(path, episodes=size, responses_per_episode=3, answers=True)
        generated = time.perf_counter() - start
        store = Store.open_path(path)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size_bytes = sum(p.stat().st_size for p in work.glob(f"clinic-{size}.db*"))
        first_page = _time_query(lambda s=store: s.worklist(limit=50), repeats)
        by_name = _time_query(lambda s=store: s.worklist(search="jensen", limit=50), repeats)
        by_cpr = _time_query(lambda s=store: s.worklist(search="150372", limit=50), repeats)
        # worst case: a name that matches nothing scans every episode's name
        no_match = _time_query(lambda s=store: s.worklist(search="xqzw", limit=50), repeats)
        count = _time_query(lambda s=store: s.worklist_count(), repeats)
        store.close()
        rows.append({"episodes": size, "responses": size * 3,
                     "first_page_ms": first_page, "name_search_ms": by_name,
                     "cpr_search_ms": by_cpr, "no_match_ms": no_match, "count_ms": count,
                     "bytes_per_episode": size_bytes / size, "db_mib": size_bytes / 2**20,
                     "generate_s": generated})
        path.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    return rows


# -- report ---------------------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / 2**20:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import version

    from sqlcipher3 import dbapi2

    cipher = dbapi2.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){mem}; "
            f"Python {platform.python_version()}, PySide6 {version('PySide6-Essentials')}, "
            f"reportlab {version('reportlab')}, sqlcipher3 {version('sqlcipher3')} "
            f"(SQLCipher {cipher})")


def _verdict(row: dict[str, Any]) -> str:
    if row.get("absolute"):
        value, limit, text = row["absolute"]
        return f"{text}: {'met' if value <= limit else '**missed**'}"
    if row.get("target") is None:
        return "—"
    return f"≤ {row['target']}×: {'met' if row['ratio'] <= row['target'] else '**missed**'}"


def render(results: list[dict[str, Any]], scale: list[dict[str, Any]], when: str, command: str,
           load: tuple[str, str]) -> str:
    lines = [f"Run {when} on: {machine()}.",
             f"Command: `{command}`. Load average (1/5/15 min) before: {load[0]}, after: "
             f"{load[1]}.", "",
             "| measure | lbp-desktop | floor (same run) | ratio | target |",
             "|---|---|---|---|---|"]
    for row in results:
        ratio = f"{row['ratio']:.2f}" if row.get("ratio") is not None else "—"
        lines.append(f"| {row['measure']} | {row['value']} | {row['floor']} | {ratio} | "
                     f"{_verdict(row)} |")
    notes = [f"- {row['measure']}: {row['note']}" for row in results if row.get("note")]
    if notes:
        lines += ["", *notes]
    if scale:
        lines += ["", "Scale (encrypted database; each episode has three responses with all their "
                  "answers and scores; medians of repeated queries):", "",
                  "| episodes | responses | worklist first page | name search | CPR search | "
                  "search, no match | count | size per episode | database | generate |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for row in scale:
            lines.append(
                f"| {row['episodes']:,} | {row['responses']:,} | {row['first_page_ms']:.1f} ms | "
                f"{row['name_search_ms']:.1f} ms | {row['cpr_search_ms']:.1f} ms | "
                f"{row['no_match_ms']:.1f} ms | "
                f"{row['count_ms']:.1f} ms | {row['bytes_per_episode'] / 1024:.1f} KiB | "
                f"{row['db_mib']:.0f} MiB | {row['generate_s']:.0f} s |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, 1k/10k scale")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--only", choices=["startup", "letter", "answer", "size", "scale"],
                        action="append")
    args = parser.parse_args()
    only = set(args.only or ["startup", "letter", "answer", "size"])
    repeats = 5 if args.quick else 11
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    results: list[dict[str, Any]] = []
    scale: list[dict[str, Any]] = []
    before = uptime()
    with tempfile.TemporaryDirectory(prefix="lbp-bench-") as tmp:
        work = Path(tmp)
        os.environ["LBP_KEY_DIR"] = str(work / "keys")
        if "startup" in only:
            results += bench_startup(work, repeats)
        if "letter" in only:
            results += bench_letter(work, repeats)
        if "answer" in only:
            results += bench_answer(work, 300 if args.quick else 1000)
        if "size" in only:
            results += bench_size(work, 50)
        if "scale" in only:
            scale = bench_scale(work, sizes, 20)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    command = "python benchmarks/run.py" + "".join(f" {a}" for a in sys.argv[1:]
                                                   if a != "--no-write")
    table = render(results, scale, when, command, (before, uptime()))
    print(table)
    print(json.dumps({"results": results, "scale": scale}, default=str), file=sys.stderr)
    if not args.no_write:
        target = ROOT / "docs" / "benchmarks.md"
        head = target.read_text(encoding="utf-8").split("<!-- results -->")[0] if target.exists() \
            else "# Benchmarks\n\n"
        target.write_text(head + "<!-- results -->\n" + table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
