"""Typing a paper questionnaire by keyboard alone gives exactly the kiosk path's scores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lbp_desktop.domain.records import Referral
from lbp_desktop.storage.store import Store
from lbp_desktop.ui.workspace.paper_entry import PaperEntryDialog
from lbp_desktop.ui.workspace.paper_fields import EntryField, option_keys

pytestmark = pytest.mark.usefixtures("private_keys")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lbp_desktop.demo.build import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.lbp"
    episodes = build_demo(path, plaintext=True).episodes
    return path, episodes


def _keys_for(item, value) -> str:
    """What a typist presses for ``value`` on this item (Tab alone for an unanswered one)."""
    if value is None:
        return ""
    if item.type == "yes_no":
        return "J" if value == 1 else "N"
    if item.type == "single_choice":
        return next(k for k, c in option_keys(item).items() if c == value)
    return str(value)


def _type(qtbot, keys: str, *, needs_tab: bool) -> None:
    for char in keys:
        qtbot.keyClick(QApplication.focusWidget(), char)
    if needs_tab:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def _fresh_store(tmp_path, demo) -> tuple[Store, str, dict]:
    """A copy of the demo database with a new episode for case 1's patient, and case 1's
    tablet answers and scores as the kiosk path stored them."""
    import shutil

    path, episodes = demo
    copy = tmp_path / "copy.lbp"
    shutil.copy(path, copy)
    store = Store.open(copy, None, plaintext=True)
    store.actor_id = store.authenticate("demo", "demo").id
    case1 = store.responses(episodes[1])[-1]
    expected = {"answers": store.answers(case1.id),
                "scores": {k: v.result for k, v in store.scores(case1.id).items()}}
    patient_id = store.episode(episodes[1]).patient_id
    episode = store.add_episode(patient_id, Referral(gp_name="Læge", referral_date="2026-04-01"))
    return store, episode.id, expected


def test_case_1_typed_from_paper_scores_as_on_the_kiosk(qtbot, tmp_path, demo) -> None:
    store, episode_id, expected = _fresh_store(tmp_path, demo)
    response = store.start_paper_response(episode_id, "ulrus")
    dialog = PaperEntryDialog(store, response.id, patient_name="Morten Kristensen")
    qtbot.addWidget(dialog)
    dialog.resize(1280, 800)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), EntryField))

    typed = 0
    while isinstance(QApplication.focusWidget(), EntryField):
        field = QApplication.focusWidget()
        form_id = next(f for (f, i), row in dialog.rows.items() if row.field is field)
        value = expected["answers"].get(form_id, {}).get(field.item.id)
        keys = _keys_for(field.item, value)
        typed_field = field
        _type(qtbot, keys, needs_tab=(not keys or field.item.type in ("text", "number")
                                      or (value == 1 and field.item.type == "scale_0_10")))
        typed += 1
        if typed_field is list(dialog.rows.values())[-1].field or typed > 200:
            break
    assert dialog.unanswered() == [] or all(
        expected["answers"].get(f, {}).get(i) is None for f, i in dialog.unanswered())
    dialog.finish_button.click()
    assert dialog.finished_entry
    store.complete_response(response.id)

    assert store.answers(response.id) == expected["answers"]
    got = {k: v.result for k, v in store.scores(response.id).items()}
    assert got == expected["scores"]
    done = store.response(response.id)
    assert (done.source, done.entered_by) == ("paper", store.actor_id)
    store.close()


def test_out_of_range_and_wrong_keys_are_refused_at_once(qtbot, tmp_path, demo) -> None:
    store, episode_id, _ = _fresh_store(tmp_path, demo)
    response = store.start_paper_response(episode_id, "ulrus")
    dialog = PaperEntryDialog(store, response.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    leg_side = dialog.rows[("pain", "leg_side")].field
    leg_side.setFocus()
    qtbot.keyClick(leg_side, "9")
    assert "1–" in dialog.message.text() and leg_side.value is None
    # the weeks of sick leave show only for the sick-listed: answer those two first
    store.record_answer(response.id, "work", "employment", 1)
    store.record_answer(response.id, "work", "sick_listed", 1)
    dialog.answers["work"].update(employment=1, sick_listed=1)
    dialog._refresh()
    weeks = dialog.rows[("work", "sick_leave_weeks")]
    assert not weeks.isHidden()
    weeks.field.setFocus()
    for char in "999":
        qtbot.keyClick(weeks.field, char)
    assert weeks.field.text() == "99"  # the third 9 (999 > 104) was refused as it was typed
    assert "104" in dialog.message.text()
    assert store.answers(response.id).get("pain", {}).get("leg_side") is None
    unanswered = dialog.rows[("pain", "back_now")]
    assert unanswered.words.text() == "Ikke besvaret"
    store.close()


def test_conditional_items_appear_as_on_the_kiosk(qtbot, tmp_path, demo) -> None:
    store, episode_id, _ = _fresh_store(tmp_path, demo)
    response = store.start_paper_response(episode_id, "ulrus")
    dialog = PaperEntryDialog(store, response.id)
    qtbot.addWidget(dialog)
    dialog.show()
    conditional = [(f.id, i) for f in dialog.forms for i in f.items()
                   if i.kiosk and i.show_if is not None]
    assert conditional
    for form_id, item in conditional:
        assert dialog.rows[(form_id, item.id)].isHidden()
    form_id, item = conditional[0]
    target = dialog.rows[(form_id, item.show_if.item)].field
    target.setFocus()
    code = item.show_if.in_[0]
    qtbot.keyClick(target, _keys_for(target.item, code)[0])
    if target.item.type == "scale_0_10" and code == 1:  # "1" waits for a possible "10"
        qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.rows[(form_id, item.id)].isHidden())
    store.close()


def test_double_entry_lists_the_differing_item_and_completes_only_when_resolved(
        qtbot, tmp_path, demo) -> None:
    from lbp_desktop.ui.workspace.paper_flow import CompareDialog

    store, episode_id, _ = _fresh_store(tmp_path, demo)
    response = store.start_paper_response(episode_id, "mdi", double_entry=True)
    items = store.forms.form("mdi").items()
    for item in items:
        store.record_answer(response.id, "mdi", item.id, 1)
    store.actor_id = store.create_user("bo", "pw-bo-12345678", "Bo", "reception").id
    for item in items:
        store.record_check_answer(response.id, "mdi", item.id, 2 if item is items[2] else 1)

    dialog = CompareDialog(store, response.id, "da")
    qtbot.addWidget(dialog)
    assert [(d.item_id, d.first, d.second) for d in dialog.differences] == [(items[2].id, 1, 2)]
    dialog._resolve()  # nothing chosen yet
    assert "1 mangler" in dialog.message.text()
    assert store.response(response.id).status == "in_progress"
    _, group = dialog.choices[0]
    group.button(2).click()
    dialog._resolve()
    done = store.response(response.id)
    assert (done.status, done.double_entry) == ("completed", "agreed")
    assert store.answers(response.id)["mdi"][items[2].id] == 2
    store.close()


def test_episode_view_offers_paper_actions_and_shows_the_source(qtbot, tmp_path, demo) -> None:
    from lbp_desktop.ui.workspace.episode_view import EpisodeView

    store, episode_id, expected = _fresh_store(tmp_path, demo)
    view = EpisodeView(store, store.forms)
    qtbot.addWidget(view)
    view.load(episode_id)
    actions = [a.text() for a in view.paper_button.menu().actions()]
    assert actions == ["Udskriv spørgeskema …", "Indtast papirsvar …",
                       "Dobbeltindtast papirsvar …"]
    assert not view.check_action.isEnabled() and view.paper_state.isHidden()

    pending = store.start_paper_response(episode_id, "startback", double_entry=True)
    view.load(episode_id)
    assert view.check_action.isEnabled()
    assert "afventer dobbeltindtastning" in view.paper_state.text()

    store.abandon_response(pending.id)
    typed = store.start_paper_response(episode_id, "ulrus")
    for form_id, values in expected["answers"].items():
        for item_id, value in values.items():
            store.record_answer(typed.id, form_id, item_id, value)
    store.complete_response(typed.id)
    view.load(episode_id)
    assert view.paper_state.text() == ("Seneste spørgeskema er besvaret på papir, indtastet af "
                                       "Demo Behandler")
    store.close()
