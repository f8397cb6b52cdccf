"""How long the letter takes with an absurdly long patient name and long free text.

    .venv/bin/python benchmarks/long_text.py

The page header repeats the patient's name on every page, shortened to fit; shortening one
character at a time took 70 s for a 20,000-character name. Target: under 2 s. (The store refuses
a name over 200 characters; the letter must still cope with what an import or an older database
hands it.) Not a test: nothing here asserts a time.

Measured 2026-11-30 on the 2-core development machine while other test suites ran: 20 characters
0.30 s, 10,000 characters 0.32 s, 20,000 characters 0.63 s, 20,000 characters with a
20,000-character assessment 0.99 s (before: 9.5 s, 70 s and over 5 minutes).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lbp_desktop.reports.epikrise import render_letter  # noqa: E402
from lbp_desktop.reports.samples import morten_kristensen  # noqa: E402


def measure(name_length: int, repeats: int = 3, **changes: object) -> float:
    name = ("Morten Kristensen " * (name_length // 18 + 1))[:name_length]
    inp = morten_kristensen(patient_name=name, **changes)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        render_letter(inp)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print("| patient name | free text | median render |")
    print("|---|---|---|")
    for length in (20, 10_000, 20_000):
        print(f"| {length:,} characters | sample | {measure(length):.2f} s |")
    long_text = "Lang fri tekst om forløbet. " * 700  # about 20,000 characters
    seconds = measure(20_000, repeats=1, assessment_text=long_text)
    print(f"| 20,000 characters | assessment 20,000 characters | {seconds:.2f} s |")


if __name__ == "__main__":
    main()
