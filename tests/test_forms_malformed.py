"""Broken copies of valid forms: each fault gives one clear line, from check_folder and the CLI.

Each case copies the app's form folder, breaks one file in one way and expects exactly one line
naming the file, the place in it (with the YAML line where known) and what is wrong — from
``check_folder`` and from ``lbp-desktop forms check DIR`` (non-zero exit, no traceback).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from lbp_desktop.instruments import check_folder
from lbp_desktop.paths import forms_dir
from lbp_desktop.questionnaires import FormFileError, load_file
from lbp_desktop.questionnaires.loader import parse_document
from lbp_desktop.scoring import registry

FORMS_DIR = forms_dir()


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    old: str  # text to replace (must occur exactly once)
    new: str
    where: str  # expected place; "{line}" is the line holding `marker` in the broken file
    what: str  # expected message (regex, fully matched)
    marker: str = ""  # text on the line the message must point at


CASES = [
    Case("bad_yaml", "pain.yaml",
         "title:\n  da: Dine smerter\n", "title:\n  da: [Dine smerter\n",
         "line {line}, column \\d+", r"invalid YAML: .+", marker="en: Your pain"),
    Case("unknown_key", "pain.yaml",
         "      - id: below_knee\n        type: yes_no\n",
         "      - id: below_knee\n        type: yes_no\n        colour: red\n",
         r"sections\[1\]\.items\[3\]\.colour \(line {line}\)", "unknown key 'colour'",
         marker="colour: red"),
    Case("duplicate_item_id", "pain.yaml", "      - id: leg_week\n", "      - id: back_now\n",
         r"sections\[1\]\.items\[1\]\.id \(line {line}\)",
         re.escape("duplicate item id 'back_now' (first used at sections[0].items[0])"),
         marker="- id: back_now\n        type: scale_0_10\n        text:\n          da: Hvor ondt "
                "har det gjort i benet"),
    Case("duplicate_yaml_key", "pain.yaml", 'version: "1.0"\n',
         'version: "1.0"\nversion: "1.1"\n',
         "line {line}, column 1", "invalid YAML: duplicate key 'version'",
         marker='version: "1.1"'),
    Case("missing_translation", "pain.yaml",
         "          da: Hvor ondt gør det i ryggen lige nu?\n"
         "          en: How bad is your back pain right now?\n",
         "          da: Hvor ondt gør det i ryggen lige nu?\n",
         r"sections\[0\]\.items\[0\]\.text\.en \(line {line}\)",
         re.escape("missing translation 'en' (every text needs da and en)"),
         marker="text:\n          da: Hvor ondt gør det i ryggen lige nu?"),
    Case("scoring_names_missing_item", "orebro10.yaml",
         "      label: {da: smerteniveau, en: pain level}\n      items: [q2]\n",
         "      label: {da: smerteniveau, en: pain level}\n      items: [q22]\n",
         r"scoring\.domains\[0\]\.items\[0\] \(line {line}\)",
         re.escape("scoring names item 'q22', which is not an item of this form"),
         marker="items: [q22]"),
    Case("show_if_code_out_of_range", "pain.yaml",
         "show_if: {item: leg_side, in: [1, 2, 3]}", "show_if: {item: leg_side, in: [1, 2, 7]}",
         r"sections\[1\]\.items\[3\]\.show_if\.in\[2\] \(line {line}\)",
         re.escape("item below_knee: show_if code 7 is not a code of leg_side (0, 1, 2, 3)"),
         marker="in: [1, 2, 7]"),
    Case("battery_names_missing_form", "ulrus.yaml",
         "instruments: [pain, orebro10, rmdq23, redflags, work, startback]",
         "instruments: [pain, orebro10, rmdq23, redflags, wrok, startback]",
         r"instruments\[4\] \(line {line}\)", "no form 'wrok' in forms/",
         marker="instruments: ["),
    Case("wrong_type", "work.yaml", "        min: 0\n        max: 104\n",
         "        min: zero\n        max: 104\n",
         r"sections\[0\]\.items\[3\]\.min \(line {line}\)",
         r"Input should be a valid integer.* \(got 'zero'\)", marker="min: zero"),
    Case("text_not_translated_mapping", "work.yaml",
         "        text:\n          da: Hvad arbejder du med?\n          en: What is your job?\n",
         "        text: Hvad arbejder du med?\n",
         r"sections\[0\]\.items\[0\]\.text \(line {line}\)",
         re.escape("expected a text in every language (da, en), got 'Hvad arbejder du med?'"),
         marker="text: Hvad arbejder du med?"),
    Case("overlapping_bands", "pain.yaml",
         "{id: moderate, min: 4, max: 6,", "{id: moderate, min: 3, max: 6,",
         r"scoring\.bands\.nrs\[2\] \(line {line}\)",
         re.escape("band set 'nrs': bands 'mild' and 'moderate' overlap (a value must fall in "
                   "exactly one band)"), marker="{id: moderate, min: 3"),
    Case("yes_no_with_other_codes", "rmdq23.yaml",
         '          - {code: 1, label: {da: "Ja", en: "Yes"}}\n',
         '          - {code: 2, label: {da: "Ja", en: "Yes"}}\n',
         r"sections\[0\]\.items\[0\]\.options \(line {line}\)",
         # the options are a YAML anchor shared by all 23 items: the first is named, the
         # other 22 counted
         re.escape("item q1: a yes_no item has exactly the codes 0 (no) and 1 (yes) "
                   "(+22 more)"),
         marker="options: &yesno"),
    Case("id_not_the_file_name", "mdi.yaml", "id: mdi\n", "id: mdi2\n",
         "id", "'mdi2' does not match the file name"),
    Case("not_a_mapping", "work.yaml", None, "- just\n- a list\n",  # type: ignore[arg-type]
         "", re.escape("the file must hold one mapping (a form or a battery)")),
]


def _break(case: Case, folder: Path) -> tuple[Path, str]:
    path = folder / case.file
    text = path.read_text(encoding="utf-8")
    if case.old is None:
        broken = case.new
    else:
        assert text.count(case.old) == 1, f"{case.name}: the text to break must occur once"
        broken = text.replace(case.old, case.new)
    path.write_text(broken, encoding="utf-8")
    return path, broken


def _expected(case: Case, broken: str) -> re.Pattern[str]:
    where = case.where
    if "{line}" in where:
        assert case.marker and broken.count(case.marker) == 1, case.name
        line = broken[: broken.index(case.marker)].count("\n") + 1
        where = where.replace("{line}", str(line))
    return re.compile(f"{where}: {case.what}" if where else case.what)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "forms"
    shutil.copytree(FORMS_DIR, target)
    return target


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("lbp-desktop")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "lbp_desktop"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120)


def _healthy_errors(errors: list[FormFileError]) -> list[FormFileError]:
    """Errors that are not about missing scoring modules (those are not this test's business)."""
    return [e for e in errors if "cannot be imported" not in e.what]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_check_folder_names_file_place_and_fault(case: Case, folder: Path) -> None:
    path, broken = _break(case, folder)
    pattern = _expected(case, broken)
    _, errors = check_folder(folder)
    mine = [e for e in errors if e.path == path]
    assert len(mine) == 1, [str(e) for e in errors]
    error = mine[0]
    message = f"{error.where}: {error.what}" if error.where else error.what
    assert pattern.fullmatch(message), message
    assert str(error) == f"{case.file}: {message}"
    assert "\n" not in str(error)
    # Only the broken file (and a battery that needs it) fail; nothing else is disturbed.
    others = {e.path.name for e in _healthy_errors(errors)} - {case.file}
    assert others <= {"ulrus.yaml"}, others


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_cli_prints_one_line_per_problem_and_fails(case: Case, folder: Path) -> None:
    path, broken = _break(case, folder)
    pattern = _expected(case, broken)
    done = _cli("forms", "check", str(folder))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout
    lines = done.stderr.splitlines()
    prefix = f"{path}: "
    mine = [line for line in lines if line.startswith(prefix)]
    assert len(mine) == 1, done.stderr
    assert pattern.fullmatch(mine[0].removeprefix(prefix)), mine[0]
    assert re.fullmatch(r"\d+ valid, [1-9]\d* invalid", lines[-1]), lines[-1]


def test_a_battery_needing_a_broken_form_says_which(folder: Path) -> None:
    path = folder / "pain.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("id: pain\n", "id: pain\nx: 1\n"),
                    encoding="utf-8")
    forms, errors = check_folder(folder)
    messages = [str(e) for e in _healthy_errors(errors)]
    assert messages[0].startswith("pain.yaml: x (line ")
    line = _line_of(folder / "ulrus.yaml", "instruments:")
    assert (f"ulrus.yaml: instruments[0] (line {line}): form 'pain' did not load "
            "(see the error for pain.yaml)") in messages
    assert "pain" not in forms.forms and "ulrus" not in forms.batteries


def test_checking_one_file_does_not_need_its_siblings(folder: Path) -> None:
    forms, errors = check_folder(folder / "ulrus.yaml")
    assert errors == [] and list(forms.batteries) == ["ulrus"]
    done = _cli("forms", "check", str(folder / "ulrus.yaml"))
    assert done.returncode == 0 and done.stdout.strip() == "1 valid, 0 invalid"


def test_a_missing_scoring_module_is_one_line(folder: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(registry.SCORERS, "work", "lbp_desktop.scoring.not_written_yet")
    _, errors = check_folder(folder)
    mine = [str(e) for e in errors if e.path.name == "work.yaml"]
    assert len(mine) == 1
    assert re.fullmatch(r"work\.yaml: scoring\.scorer \(line \d+\): scorer 'work': its module "
                        r"lbp_desktop\.scoring\.not_written_yet cannot be imported \(.+\)", mine[0])
    assert any(str(e).startswith("ulrus.yaml: instruments[4]") for e in errors)


def test_an_unknown_scorer_is_one_line(folder: Path) -> None:
    path = folder / "work.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("scorer: work", "scorer: wrok"),
                    encoding="utf-8")
    _, errors = check_folder(folder)
    mine = [str(e) for e in errors if e.path == path]
    assert mine == [f"work.yaml: scoring.scorer (line {_line_of(path, 'scorer: wrok')}): "
                    "no scoring module named 'wrok'"]


def test_a_form_its_scorer_refuses_is_one_line(folder: Path) -> None:
    path = folder / "orebro10.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  reversed: [q3, q4, q8]", "  reversed: [q3, q4, q8, q9]"), encoding="utf-8")
    _, errors = check_folder(folder)
    mine = [str(e) for e in errors if e.path == path]
    assert len(mine) == 1 and mine[0].startswith("orebro10.yaml: scoring (line ")
    assert "q9" in mine[0]


def test_same_id_in_two_files(folder: Path) -> None:
    shutil.copy(folder / "mdi.yaml", folder / "mdi_copy.yaml")
    _, errors = check_folder(folder)
    assert [str(e) for e in errors] == ["mdi_copy.yaml: id: 'mdi' is already defined in mdi.yaml"]


def test_empty_and_unreadable_files(folder: Path) -> None:
    (folder / "empty.yaml").write_text("", encoding="utf-8")
    (folder / "latin1.yaml").write_bytes("title: Smør".encode("latin-1"))
    _, errors = check_folder(folder)
    assert sorted(str(e) for e in errors) == [
        "empty.yaml: the file must hold one mapping (a form or a battery)",
        "latin1.yaml: not UTF-8 text",
    ]


def test_several_problems_report_the_first_and_count_the_rest() -> None:
    text = (FORMS_DIR / "pain.yaml").read_text(encoding="utf-8")
    text = text.replace("id: pain\n", "id: pain\nfoo: 1\nbar: 2\n")
    with pytest.raises(FormFileError) as info:
        parse_document(Path("pain.yaml"), text)
    assert str(info.value) == "pain.yaml: foo (line 5): unknown key 'foo' (+1 more)"


def test_load_file_of_a_valid_form_is_not_disturbed() -> None:
    assert load_file(FORMS_DIR / "pain.yaml").id == "pain"


def _line_of(path: Path, marker: str) -> int:
    text = path.read_text(encoding="utf-8")
    return text[: text.index(marker)].count("\n") + 1
