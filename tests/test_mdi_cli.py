"""``lbp-desktop score mdi -`` against an independent implementation of the ICD-10 rule.

The oracle below is written from DSAM's description (klinisk vejledning "Depression", Bilag 1),
not from the scoring module: core items 1–3 count at ≥ 4; the seven accompanying symptoms — items
4, 5, 6, 7, 8 (higher of a/b), 9, 10 (higher of a/b) — count at ≥ 3, items 4 and 5 separately;
mild = 2 core + 2, moderate = 2 core + 4, severe = 3 core + 5. Item 6 ≥ 1 raises the alert.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8a", "q8b", "q9", "q10a", "q10b"]


def oracle_icd10(a: dict[str, int]) -> str:
    core = sum(1 for i in ("q1", "q2", "q3") if a[i] >= 4)
    symptoms = (a["q4"], a["q5"], a["q6"], a["q7"], max(a["q8a"], a["q8b"]), a["q9"],
                max(a["q10a"], a["q10b"]))
    others = sum(1 for value in symptoms if value >= 3)
    if core >= 3 and others >= 5:
        return "severe"
    if core >= 2 and others >= 4:
        return "moderate"
    if core >= 2 and others >= 2:
        return "mild"
    return "none"


def _sample(n: int) -> list[dict[str, int]]:
    rng = random.Random(20261130)
    sets = []
    for _ in range(n):
        # half uniform, half skewed high so every ICD-10 level is well represented
        high = rng.random() < 0.5
        sets.append({i: (rng.choice([0, 2, 3, 3, 4, 4, 5]) if high else rng.randint(0, 5))
                     for i in ITEMS})
    return sets


def test_score_mdi_cli_agrees_with_an_independent_icd10_rule_on_a_large_sample():
    sets = _sample(4000)
    sets.append(dict.fromkeys(ITEMS, 0) | {"q1": 4, "q2": 4, "q4": 3, "q5": 3})  # the review's case
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-m", "lbp_desktop", "score", "mdi", "-"],
                         input="\n".join(json.dumps(s) for s in sets), capture_output=True,
                         text=True, env=env, cwd=ROOT, check=False)
    assert run.returncode == 0, run.stderr
    results = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(results) == len(sets)
    levels = set()
    for answers, out in zip(sets, results, strict=True):
        expected = oracle_icd10(answers)
        levels.add(expected)
        assert out["icd10"] == expected, (answers, out)
        assert out["item6_alert"] is (answers["q6"] >= 1), (answers, out)
        assert out["item6"] == answers["q6"]
        assert any(a["item"] == "q6" for a in out.get("alerts", [])) is (answers["q6"] >= 1)
    assert levels == {"none", "mild", "moderate", "severe"}
    assert results[-1]["icd10"] == "mild"
