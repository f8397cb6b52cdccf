"""The paper questionnaire: every item of the battery, in order, in the patient's words."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from pypdf import PdfReader

from lbp_desktop.reports.paper_form import PaperLabel, render_paper_form


def _words(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: bytes) -> list[str]:
    return [_words(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages]


def _assert_in_order(text: str, needles: list[str]) -> None:
    position = 0
    for needle in needles:
        found = text.find(_words(needle), position)
        assert found >= 0, f"missing or out of order: {needle!r}"
        position = found + 1


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("large", [False, True])
def test_every_item_of_the_battery_in_order(forms, lang: str, large: bool) -> None:
    pdf = render_paper_form(forms, "ulrus", lang=lang, large=large)
    pages = _pages(pdf)
    text = " ".join(pages)
    members = forms.battery_forms("ulrus")
    assert [f.id for f in members] == forms.battery("ulrus").instruments
    needles: list[str] = []
    for form in members:
        needles.append(form.title.get(lang))
        needles += [item.text.get(lang) for item in form.items() if item.kiosk]
        notice = form.instrument.notice
        needles.append(notice.get(lang) if notice else form.instrument.copyright)
    _assert_in_order(text, needles)
    for number, page in enumerate(pages, start=1):
        marker = "Side {} af {}" if lang == "da" else "Page {} of {}"
        assert marker.format(number, len(pages)) in page


def test_answers_are_words_not_codes(forms) -> None:
    text = " ".join(_pages(render_paper_form(forms, "ulrus")))
    orebro = forms.form("orebro10")
    duration = orebro.items()[0]
    _assert_in_order(text, [duration.text.da, *(o.label.da for o in duration.options)])
    startback = forms.form("startback")
    assert "Keele" in startback.instrument.notice.da
    assert _words(startback.instrument.notice.da) in text


def test_conditional_items_say_when_to_answer(forms) -> None:
    text = " ".join(_pages(render_paper_form(forms, "ulrus")))
    conditional = [(f, i) for f in forms.battery_forms("ulrus") for i in f.items()
                   if i.kiosk and i.show_if is not None]
    assert conditional, "the battery has conditional items"
    for form, item in conditional:
        target = form.item(item.show_if.item)
        shown = [target.option_label(code) for code in item.show_if.in_]
        before = text[:text.find(_words(item.text.da))]
        guidance = before[before.rfind("Hvis du svarede"):]
        assert len(guidance) < 300, f"{item.id}: no guidance right before the question"
        assert "så besvar dette spørgsmål" in guidance
        for label in shown:
            assert f"«{label}»" in guidance


def test_reversed_scales_are_announced(forms) -> None:
    text = " ".join(_pages(render_paper_form(forms, "ulrus")))
    orebro = forms.form("orebro10")
    reversed_items = [orebro.item(i) for i in orebro.scoring.reversed]
    assert reversed_items
    for item in reversed_items:
        assert item.note is not None and "10 det bedste" in item.note.da
        start = text.find(_words(item.text.da))
        assert _words(item.note.da) in text[start:start + 300]


def test_unverified_wording_is_marked(forms) -> None:
    text = " ".join(_pages(render_paper_form(forms, "mdi")))
    if forms.form("mdi").instrument.verified.da:
        assert "ikke sammenlignet" not in text
    else:
        assert "ikke sammenlignet med den offentliggjorte version" in text


def test_label_is_filled_with_the_patient(forms) -> None:
    label = PaperLabel("Aa Bb <b>", "070182-1357", "2026-11-30")
    pages = _pages(render_paper_form(forms, "mdi", label=label))
    for page in pages:
        assert "Aa Bb <b>" in page and "070182-1357" in page and "2026-11-30" in page


def test_large_print_is_larger(forms) -> None:
    normal = len(_pages(render_paper_form(forms, "ulrus")))
    large = len(_pages(render_paper_form(forms, "ulrus", large=True)))
    assert large > normal * 1.3


@pytest.mark.usefixtures("private_keys")
def test_cli_fills_the_label_from_an_episode(tmp_path) -> None:
    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.storage.store import Store

    db = tmp_path / "demo.lbp"
    episodes = build_demo(db, plaintext=True).episodes
    store = Store.open(db, None, plaintext=True)
    patient = store.patient(store.episode(episodes[1]).patient_id)
    store.close()
    out = tmp_path / "paper.pdf"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "forms", "pdf", "ulrus",
                           "-o", str(out), "--db", str(db), "--episode", episodes[1][:8],
                           "--plaintext"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first = _pages(out.read_bytes())[0]
    assert patient.name in first and patient.cpr in first


def test_cli_refuses_an_unknown_battery_and_writes_nothing(tmp_path) -> None:
    out = tmp_path / "x.pdf"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "forms", "pdf", "nope",
                           "-o", str(out)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1 and "nope" in done.stderr
    assert not out.exists()


def test_cli_writes_the_form_owner_only(tmp_path) -> None:
    out = tmp_path / "paper.pdf"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "forms", "pdf", "mdi",
                           "-o", str(out)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["paper.pdf"]  # no temporary file left
