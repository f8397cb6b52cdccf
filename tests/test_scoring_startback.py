"""STarT Back: every one of the 1,280 possible answer sets against an independent formulation of
Keele's rule, every single-item-missing set, refused codes, and the same through the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lbp_desktop.questionnaires import AnswerError, load_file
from lbp_desktop.scoring import registry, score

ROOT = Path(__file__).resolve().parents[1]
ITEMS = [f"q{i}" for i in range(1, 10)]


@pytest.fixture(scope="module")
def form():
    form = load_file(ROOT / "forms" / "startback.yaml")
    registry.check_form(form)
    return form


# --- an independent formulation of Keele's scoring (Hill et al. 2008; Keele scoring guide) ------
# Written differently on purpose: q1..q8 as a bit mask, q9 through a lookup table, and the risk
# group through "psychosocial >= 4 is high" first (a psychosocial score of 4 or 5 already implies
# a total of at least 4), then "total >= 4 is medium", else low. The constants are Keele's own,
# not the form's, so the test also checks that the form carries Keele's numbers.
Q9_POINTS = (0, 0, 0, 1, 1)  # not at all, slightly, moderately → 0; very much, extremely → 1


def keele(mask: int, q9: int) -> tuple[int, int, str]:
    physical = bin(mask & 0b0000_1111).count("1")  # q1-q4 (bits 0-3)
    psychosocial = bin(mask >> 4).count("1") + Q9_POINTS[q9]  # q5-q8 (bits 4-7) + q9
    total = physical + psychosocial
    if psychosocial >= 4:
        group = "high"
    elif total >= 4:
        group = "medium"
    else:
        group = "low"
    return total, psychosocial, group


def answer_set(mask: int, q9: int) -> dict[str, int]:
    answers = {f"q{bit + 1}": (mask >> bit) & 1 for bit in range(8)}
    answers["q9"] = q9
    return answers


ALL_SETS = [(mask, q9) for mask in range(256) for q9 in range(5)]


def test_there_are_1280_answer_sets():
    assert len(ALL_SETS) == 2**8 * 5 == 1280
    assert len({json.dumps(answer_set(m, q), sort_keys=True) for m, q in ALL_SETS}) == 1280


def test_every_answer_set_matches_keele(form):
    counts = {"low": 0, "medium": 0, "high": 0}
    for mask, q9 in ALL_SETS:
        result = score(form, answer_set(mask, q9))
        total, psychosocial, group = keele(mask, q9)
        assert result.complete is True
        assert (result["total"], result["psychosocial"], result["risk"]) == (
            total, psychosocial, group), (mask, q9)
        assert "missing" not in result.to_dict()
        counts[group] += 1
    assert sum(counts.values()) == 1280
    assert all(counts.values())


@pytest.mark.parametrize("missing", ITEMS)
def test_every_single_item_missing_set_is_incomplete(form, missing):
    for mask, q9 in ALL_SETS:
        answers = answer_set(mask, q9)
        del answers[missing]
        out = score(form, answers).to_dict()
        assert out["complete"] is False
        assert out["risk"] is None and out["total"] is None and out["psychosocial"] is None
        assert out["missing"] == [missing]


def test_an_answer_given_as_none_counts_as_missing(form):
    answers = answer_set(0b1111_1111, 4)
    answers["q5"] = None
    out = score(form, answers).to_dict()
    assert (out["complete"], out["risk"], out["missing"]) == (False, None, ["q5"])


@pytest.mark.parametrize(("item", "value"), [
    ("q2", 7), ("q1", 2), ("q8", -1), ("q9", 5), ("q9", "3"), ("q3", True), ("q4", 1.0),
    ("q9", [3]), ("q10", 0), ("bothersome", 1),
])
def test_bad_answers_are_refused_naming_the_item(form, item, value):
    answers = answer_set(0, 0)
    answers[item] = value
    with pytest.raises(AnswerError) as info:
        score(form, answers)
    assert info.value.item == item
    assert str(info.value).startswith(f"{item}:")


def test_q2_7_is_refused_naming_q2(form):
    with pytest.raises(AnswerError, match=r"^q2: code 7"):
        score(form, {**answer_set(0, 0), "q2": 7})


def test_the_form_carries_keeles_cut_points(form):
    assert form.param("low_max_total") == 3
    assert form.param("high_min_psychosocial") == 4
    assert form.param("q9_min_code_scoring") == 3


def test_boundaries_named_by_keele(form):
    # total 3 with psychosocial 3 is still low; total 4 with psychosocial 3 medium; 4/4 high
    assert score(form, answer_set(0b0111_0000, 0))["risk"] == "low"
    assert score(form, answer_set(0b0111_0001, 0))["risk"] == "medium"
    assert score(form, answer_set(0b0111_0000, 3))["risk"] == "high"
    assert score(form, answer_set(0b0111_0000, 2))["risk"] == "low"  # q9 "moderately" scores 0
    assert score(form, answer_set(0b0000_1111, 4))["risk"] == "medium"  # 5 total, 1 psychosocial


# --- the CLI -------------------------------------------------------------------------------------

def _cli() -> list[str]:
    exe = Path(sys.executable).with_name("lbp-desktop")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-m", "lbp_desktop"]


def _run(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*_cli(), "score", "startback", "-"], input=stdin, text=True,
                          capture_output=True, timeout=120, cwd=ROOT)


def test_cli_scores_all_1280_sets_as_json_lines():
    lines = [json.dumps(answer_set(m, q)) for m, q in ALL_SETS]
    proc = _run("\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert len(out) == 1280
    for (mask, q9), line in zip(ALL_SETS, out, strict=True):
        result = json.loads(line)
        total, psychosocial, group = keele(mask, q9)
        assert result["form"] == "startback" and result["complete"] is True
        assert (result["total"], result["psychosocial"], result["risk"]) == (
            total, psychosocial, group), (mask, q9)


def test_cli_reports_missing_q9_and_keeps_going_after_a_bad_line():
    no_q9 = answer_set(0b1010_1010, 0)
    del no_q9["q9"]
    lines = [
        json.dumps(answer_set(0b1111_0000, 4)),
        json.dumps(no_q9),
        json.dumps({**answer_set(0, 0), "q2": 7}),
        "{not json",
        json.dumps(answer_set(0b0000_0011, 0)),
    ]
    proc = _run("\n".join(lines) + "\n")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["risk"] == "high"
    assert out[1]["complete"] is False
    assert out[1]["risk"] is None
    assert out[1]["missing"] == ["q9"]
    assert set(out[2]) == {"error"} and "q2" in out[2]["error"]
    assert set(out[3]) == {"error"}
    assert out[4]["risk"] == "low" and out[4]["complete"] is True
    reasons = proc.stderr.splitlines()  # each failure's reason, one line each, then the count
    assert reasons[0] == f"lbp-desktop: {out[2]['error']}"
    assert reasons[1] == f"lbp-desktop: {out[3]['error']}"
    assert reasons[2] == "lbp-desktop: 2 answer set(s) could not be scored"
