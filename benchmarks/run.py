"""The benchmark suite: each cost measured against its baseline in the same run, median of repeats.

    .venv/bin/python benchmarks/run.py            # full suite (scale up to 100k episodes: minutes)
    .venv/bin/python benchmarks/run.py --quick    # 1k/10k only, fewer repeats (a minute or two)

Prints a Markdown table and writes it, with the machine description, to ``docs/benchmarks.md``
(``--no-write`` to skip). Benchmarks are not tests: nothing here asserts a time.

What is measured (issue 9):
1. start-up to a shown, painted main window on a 20,000-patient database, against a bare PySide6
   QMainWindow (both as whole processes, interpreter start included);
2. tap → durable answer (``Store.record_answer``) p50/p99 against a bare insert + commit with the
   same durability settings (WAL, synchronous=FULL) in stdlib sqlite3, and in sqlcipher3 (to
   separate the cost of encryption from the cost of the app);
3. epikrise generation against a bare reportlab document with the same amount of text;
4. a ten-year clinic: worklist first page and name/CPR search at 1k, 10k, 100k episodes (three
   responses per episode with all their answers and scores), database size per episode;
5. resident memory (max RSS) of the started app against the bare window.
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
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate_clinic_db  # noqa: E402

PYTHON = sys.executable
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def percentile_ms(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index] * 1000


def run_process(cmd: list[str], env: dict[str, str]) -> tuple[float, int, str]:
    """Wall time (s), max RSS (KiB) and stdout of one process run."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    out = proc.stdout.read().decode() if proc.stdout else ""
    err = proc.stderr.read().decode() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {err.strip()[-500:]}")
    return elapsed, usage.ru_maxrss, out


# -- 1 + 5: start-up and memory -------------------------------------------------------------------


def bench_startup(work: Path, repeats: int) -> list[dict]:
    key_dir = work / "keys"
    env = {**ENV, "LBP_KEY_DIR": str(key_dir)}
    os.environ["LBP_KEY_DIR"] = str(key_dir)
    db_path = work / "startup-20k.db"
    generate_clinic_db(db_path, episodes=20_000, responses_per_episode=1, answers=False)
    bare_cmd = [PYTHON, str(ROOT / "benchmarks" / "bare_window.py")]
    app_cmd = [PYTHON, "-m", "lbp_desktop", "--db", str(db_path), "--quit-after-startup"]
    run_process(bare_cmd, env)  # warm the file cache for both
    run_process(app_cmd, env)
    bare, app, bare_rss, app_rss, inner = [], [], [], [], []
    for _ in range(repeats):
        t, rss, _ = run_process(bare_cmd, env)
        bare.append(t)
        bare_rss.append(rss)
        t, rss, out = run_process(app_cmd, env)
        app.append(t)
        app_rss.append(rss)
        for line in out.splitlines():
            if line.startswith("startup_ms="):
                inner.append(float(line.split("=", 1)[1]) / 1000)
    rows = [
        {"measure": "start-up to painted main window, 20,000 patients (process wall time)",
         "value": f"{median_ms(app):.0f} ms",
         "baseline": f"bare QMainWindow {median_ms(bare):.0f} ms",
         "ratio": median_ms(app) / median_ms(bare), "target": "≤ 1.5"},
        {"measure": "resident memory after start-up (max RSS)",
         "value": f"{statistics.median(app_rss) / 1024:.0f} MiB",
         "baseline": f"bare QMainWindow {statistics.median(bare_rss) / 1024:.0f} MiB",
         "ratio": statistics.median(app_rss) / statistics.median(bare_rss), "target": "—"},
    ]
    if inner:
        rows[0]["note"] = f"in-process start-up as the app reports it: {median_ms(inner):.0f} ms"
    return rows


# -- 2: tap to durable answer ---------------------------------------------------------------------


def _bare_insert_latencies(connect, path: Path, n: int, key: bytes | None) -> list[float]:
    conn = connect(str(path))
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE answer (id TEXT PRIMARY KEY, response_id TEXT, form_id TEXT,"
                 " item_id TEXT, value TEXT, answered_at TEXT, idempotency_key TEXT UNIQUE,"
                 " created_at TEXT)")
    conn.execute("CREATE INDEX answer_response ON answer(response_id, form_id, item_id)")
    conn.commit()
    response_id = str(uuid.uuid4())
    out = []
    for i in range(n):
        now = datetime.datetime.now(datetime.UTC).isoformat()
        start = time.perf_counter()
        conn.execute("INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (str(uuid.uuid4()), response_id, "orebro10", f"q{i % 10 + 1}",
                      str(i % 11), now, None, now))
        conn.commit()
        out.append(time.perf_counter() - start)
    conn.close()
    return out


def bench_answer(work: Path, n: int) -> list[dict]:
    from sqlcipher3 import dbapi2 as sqlcipher

    from lbp_desktop.security import keys
    from lbp_desktop.storage.records import Referral
    from lbp_desktop.storage.store import Store

    os.environ["LBP_KEY_DIR"] = str(work / "keys")
    store, _ = Store.create_new(work / "answers.db")
    patient = store.add_patient("0101701235", "Bench Patient", fictional=True)
    episode = store.add_episode(patient.id, Referral(gp_name="Læge"))
    items = [(f.id, item.id, item.codes()) for f in store.forms.battery_forms("ulrus")
             for item in f.items() if item.type in ("scale_0_10", "yes_no")]
    app: list[float] = []
    while len(app) < n:
        response = store.start_response(episode.id, "ulrus")
        for form_id, item_id, codes in items:
            value = random.choice(codes)
            start = time.perf_counter()
            store.record_answer(response.id, form_id, item_id, value)
            app.append(time.perf_counter() - start)
            if len(app) >= n:
                break
        store.abandon_response(response.id)
    store.close()
    key = keys.generate_key()
    bare = _bare_insert_latencies(sqlite3.connect, work / "bare-sqlite3.db", n, None)
    bare_enc = _bare_insert_latencies(sqlcipher.connect, work / "bare-sqlcipher.db", n, key)
    return [
        {"measure": "tap → durable answer (Store.record_answer), p50",
         "value": f"{median_ms(app):.2f} ms",
         "baseline": f"sqlite3 insert+commit {median_ms(bare):.2f} ms",
         "ratio": median_ms(app) / median_ms(bare), "target": "≤ 1.5",
         "note": f"against bare SQLCipher insert {median_ms(bare_enc):.2f} ms: "
                 f"{median_ms(app) / median_ms(bare_enc):.2f}×"},
        {"measure": "tap → durable answer, p99",
         "value": f"{percentile_ms(app, 99):.2f} ms",
         "baseline": f"sqlite3 insert+commit {percentile_ms(bare, 99):.2f} ms",
         "ratio": percentile_ms(app, 99) / percentile_ms(bare, 99), "target": "p99 < 20 ms",
         "note": f"bare SQLCipher p99 {percentile_ms(bare_enc, 99):.2f} ms"},
    ]


# -- 3: letter ------------------------------------------------------------------------------------


def bench_letter(work: Path, repeats: int) -> list[dict]:
    import io

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.reports.fonts import register_fonts
    from lbp_desktop.reports.from_store import render_episode_letter
    from lbp_desktop.storage.store import Store

    os.environ["LBP_KEY_DIR"] = str(work / "keys")
    db_path = work / "demo-letter.db"
    build_demo(db_path)
    store = Store.open_path(db_path)
    episode_id = store.worklist(search="Morten")[0].episode_id
    pdf, _ = render_episode_letter(store, episode_id, "gp")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    paragraphs = [line for line in text.splitlines() if line.strip()]
    font, _bold = register_fonts()

    def bare() -> bytes:
        buffer = io.BytesIO()
        styles = getSampleStyleSheet()
        style = styles["BodyText"].clone("bench", fontName=font)
        doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
        doc.build([Paragraph(line, style) for line in paragraphs])
        return buffer.getvalue()

    bare()
    app_t, bare_t = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        render_episode_letter(store, episode_id, "gp")
        app_t.append(time.perf_counter() - start)
        start = time.perf_counter()
        bare()
        bare_t.append(time.perf_counter() - start)
    store.close()
    return [{"measure": f"epikrise for demo case 1 ({len(text)} characters, from the database)",
             "value": f"{median_ms(app_t):.0f} ms",
             "baseline": f"bare reportlab document, same text {median_ms(bare_t):.0f} ms",
             "ratio": median_ms(app_t) / median_ms(bare_t), "target": "≤ 2"}]


# -- 4: scale -------------------------------------------------------------------------------------


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


def render(results: list[dict], scale: list[dict], when: str, args: argparse.Namespace) -> str:
    lines = [f"Run {when} on: {machine()}.",
             f"Command: `python benchmarks/run.py{' --quick' if args.quick else ''}`.", "",
             "| measure | lbp-desktop | baseline (same run) | ratio | target |",
             "|---|---|---|---|---|"]
    for row in results:
        lines.append(f"| {row['measure']} | {row['value']} | {row['baseline']} | "
                     f"{row['ratio']:.2f} | {row['target']} |")
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
    parser.add_argument("--quick", action="store_true", help="1k/10k scale, fewer repeats")
    parser.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    parser.add_argument("--only", choices=["startup", "answer", "letter", "scale"], action="append")
    args = parser.parse_args()
    only = set(args.only or ["startup", "answer", "letter", "scale"])
    repeats = 3 if args.quick else 7
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    results: list[dict] = []
    scale: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="lbp-bench-") as tmp:
        work = Path(tmp)
        if "startup" in only:
            results += bench_startup(work, repeats)
        if "answer" in only:
            results += bench_answer(work, 300 if args.quick else 1000)
        if "letter" in only:
            results += bench_letter(work, repeats * 3)
        if "scale" in only:
            scale = bench_scale(work, sizes, 20)
    when = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    table = render(results, scale, when, args)
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
