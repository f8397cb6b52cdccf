"""Render every patient-mode screen to PNG (landscape 1280×800, portrait 800×1280, 200 % text,
high contrast in English) so they can be looked at. Set ``KIOSK_SHOTS_DIR`` to keep the files;
otherwise they go to pytest's tmp folder. The test checks that each screen renders non-blank."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.kiosk import KioskWindow

SIZES = [(1280, 800, "land"), (800, 1280, "port")]
VARIANTS = {"": ("da", 1.0, False), "s200-": ("da", 2.0, False), "hc-": ("en", 1.5, True)}


pytestmark = pytest.mark.usefixtures("private_keys")


def test_every_screen_renders(qtbot, tmp_path, forms):
    out = Path(os.environ.get("KIOSK_SHOTS_DIR") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    store = Store.create(tmp_path / "clinic.lbp", os.urandom(32))
    store.create_user("anna", "hemmelig", "Anna Fysio", "clinician", pin="2468")
    patient = store.add_patient("010182-1233", "Mette Kristensen Holm")
    episode = store.add_episode(patient.id, Referral(reason="Lænderygsmerter"))
    other = store.add_patient("020390-2234", "Jens Ole Sørensen")
    store.add_episode(other.id, Referral(reason="Lænderygsmerter"))
    response = store.start_response(episode.id, "ulrus")
    window = KioskWindow(store, forms, lock=False, auto_advance_ms=0)
    qtbot.addWidget(window)
    saved: list[Path] = []

    def shot(name: str) -> None:
        for width, height, tag in SIZES:
            window.resize(width, height)
            window.show()
            for _ in range(4):
                QApplication.processEvents()
            path = out / f"{name}-{tag}.png"
            assert window.grab().save(str(path))
            saved.append(path)

    try:
        for prefix, (lang, scale, contrast) in VARIANTS.items():
            window.show_waiting()
            shot(prefix + "waiting")
            window.staff.show_sign_in()
            shot(prefix + "signin")
            window.staff.show_menu(store.users()[0], store.worklist(), None)
            shot(prefix + "menu")
            window.start_session(response.id)
            window.set_language(lang)
            window.set_text_scale(scale)
            window.set_high_contrast(contrast)
            window.welcome.set_state(lang, scale, contrast)
            shot(prefix + "welcome")
            window.jump_to("pain", "back_now")
            shot(prefix + "q-scale")
            window.record("pain", "back_now", 6)
            shot(prefix + "q-scale-answered")
            window.jump_to("pain", "leg_side")
            window.record("pain", "leg_side", 1)
            shot(prefix + "q-choice")
            window.jump_to("orebro10", "q1")
            shot(prefix + "q-orebro1")
            window.jump_to("rmdq23", "q5")
            window.record("rmdq23", "q5", 1)
            shot(prefix + "q-yesno")
            window.jump_to("redflags", "bladder_bowel")
            shot(prefix + "q-redflag")
            window.record("work", "employment", 1)
            window.record("work", "sick_listed", 1)
            window.jump_to("work", "sick_leave_weeks")
            shot(prefix + "q-number")
            window.jump_to("work", "occupation")
            shot(prefix + "q-text")
            window.jump_to("startback", "q9")
            shot(prefix + "q-startback9")
            window.show_review()
            shot(prefix + "review")
            rule = forms.form("redflags").scoring.alerts[0]
            window.alert.show_message(rule.message.get(lang))
            window._switch("alert")
            shot(prefix + "alert")
            window._idle()
            shot(prefix + "privacy")
            window._switch("thanks")
            shot(prefix + "thanks")
    finally:
        store.close()
    for path in saved:
        image = QImage(str(path))
        assert not image.isNull() and image.width() in (800, 1280)
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5)
                   for y in range(0, image.height(), 5)}
        assert len(colours) > 3, f"{path.name} looks blank"
