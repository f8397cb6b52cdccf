"""Letter text that must fit a width is cut by width; characters the font lacks never vanish."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from lbp_desktop.reports.epikrise import render_letter
from lbp_desktop.reports.fonts import REGULAR, register_fonts
from lbp_desktop.reports.samples import morten_kristensen
from lbp_desktop.reports.text_fit import (
    describe,
    fit_width,
    letter_missing_characters,
    missing_characters,
    visible,
)


@pytest.fixture(scope="module", autouse=True)
def _fonts():
    register_fonts()


@pytest.mark.parametrize("length", [0, 5, 60, 20_000])
def test_fit_width_keeps_what_fits_and_marks_the_cut(length):
    text = ("Morten Kristensen " * 2000)[:length]
    fitted = fit_width(text, REGULAR, 8, 200)
    assert stringWidth(fitted, REGULAR, 8) <= 200
    if stringWidth(" ".join(text.split()), REGULAR, 8) <= 200:
        assert fitted == " ".join(text.split())
    else:
        assert fitted.endswith("…")
        assert stringWidth(fitted[:-1] + "MMM", REGULAR, 8) > 200 - 1  # nothing wasted


def test_characters_the_font_lacks_are_found_and_named():
    texts = ["Li Xiaolong 李小龙", "Åse Ørsted-Ωμέγα Жанна", "김민준 さくら"]
    missing = missing_characters(texts)
    assert missing == ["李", "小", "龙", "김", "민", "준", "さ", "く", "ら"]
    assert describe(missing[:1]) == "'李' (U+674E)"
    assert visible("Åse 李") == "Åse [U+674E]"


def test_the_letter_prints_code_points_instead_of_blanks():
    inp = morten_kristensen(patient_name="Li 李小龙 Kristensen")
    assert letter_missing_characters(inp) == ["李", "小", "龙"]
    pdf = render_letter(inp)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "[U+674E][U+5C0F][U+9F99]" in text.replace(" ", "")
    assert "\x00" not in text


def test_a_20000_character_name_still_renders():
    pdf = render_letter(morten_kristensen(patient_name="Morten " * 2857))
    assert pdf.startswith(b"%PDF")


def test_the_clinician_is_warned_before_approving_a_letter_with_missing_characters(
        tmp_path, qtbot):
    from PySide6.QtWidgets import QPushButton

    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.storage.store import Store
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    path = tmp_path / "demo.lbp"
    episodes = build_demo(path, plaintext=True).episodes
    store = Store.open(path, None, plaintext=True)
    try:
        episode = store.episode(episodes[1])
        store.update_patient(episode.patient_id, name="Li 李小龙 Kristensen")
        dialog = LetterPreview(store, episode.id, recipients=["gp"])
        qtbot.addWidget(dialog)
        assert "'李' (U+674E)" in dialog.note.text()
        before = len(store.letters(episode.id))
        dialog.approve_button.click()
        box = dialog.confirm_box
        assert box is not None and "'李' (U+674E)" in box.informativeText()
        box.findChild(QPushButton, "cancel_approve").click()
        assert len(store.letters(episode.id)) == before  # cancelled: nothing approved
        dialog.approve_button.click()
        dialog.confirm_box.findChild(QPushButton, "confirm_approve").click()
        qtbot.waitUntil(lambda: len(store.letters(episode.id)) == before + 1)
    finally:
        store.close()
