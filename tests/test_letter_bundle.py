"""The GP letter's FHIR Bundle: written into the PDF by reportlab, built once per approval."""

from __future__ import annotations

import pytest

from lbp_desktop.reports.attach import attachments
from lbp_desktop.reports.from_store import FHIR_ATTACHMENT, render_episode_letter
from lbp_desktop.storage.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lbp_desktop.demo.build import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.lbp"
    result = build_demo(path, plaintext=True)
    store = Store.open(path, None, plaintext=True)
    yield store, result.episodes[1]
    store.close()


def _exports(store: Store, episode_id: str) -> int:
    return sum(1 for event in store.audit_events(limit=10_000)
               if event.action == "export" and event.entity_id == episode_id
               and event.detail == "fhir")


def test_the_preview_builds_the_bundle_once_and_embeds_the_same_bytes(demo) -> None:
    store, episode = demo
    cache: dict[str, bytes] = {}
    before = _exports(store, episode)
    first, _ = render_episode_letter(store, episode, "gp", letter_date="2026-11-20",
                                     bundle_cache=cache)
    render_episode_letter(store, episode, "patient", letter_date="2026-11-20",
                          bundle_cache=cache)
    again, _ = render_episode_letter(store, episode, "gp", letter_date="2026-11-20",
                                     bundle_cache=cache)
    assert _exports(store, episode) == before + 1  # built (and audited) once
    assert again == first
    assert attachments(first) == {FHIR_ATTACHMENT: cache[episode]}
    uncached, _ = render_episode_letter(store, episode, "gp", letter_date="2026-11-20")
    assert uncached == first  # the cache changes nothing in the letter


def test_embedded_files_are_flate_streams_named_in_the_catalogue(demo) -> None:
    store, episode = demo
    pdf, _ = render_episode_letter(store, episode, "gp", letter_date="2026-11-20")
    assert b"/Type /EmbeddedFile" in pdf and b"/FlateDecode" in pdf
    assert b"/Subtype /application#2Ffhir#2Bjson" in pdf
    assert b"/EmbeddedFiles" in pdf
    patient, _ = render_episode_letter(store, episode, "patient", letter_date="2026-11-20")
    assert b"/EmbeddedFile" not in patient  # the Bundle holds every answer: the GP's copy only
