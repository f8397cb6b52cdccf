"""Text longer than any clinic would type is refused where it enters the database."""

from __future__ import annotations

import pytest

from lbp_desktop.domain.records import Examination, Referral
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store


@pytest.fixture
def store(tmp_path):
    store = Store.create(tmp_path / "c.db", None, plaintext=True)
    yield store
    store.close()


def test_a_20000_character_name_is_refused_with_a_clear_message(store):
    with pytest.raises(StorageError, match=r"name: at most 200 characters \(this one has "
                                           r"20,000\); nothing was saved"):
        store.add_patient("010190-1235", "A" * 20_000)
    assert store.patients() == []
    patient = store.add_patient("010190-1235", "Karen Jensen")
    with pytest.raises(StorageError, match="name: at most 200"):
        store.update_patient(patient.id, name="B" * 201)
    assert store.patient(patient.id).name == "Karen Jensen"


def test_referral_and_examination_text_have_limits(store):
    patient = store.add_patient("010190-1235", "Karen Jensen")
    with pytest.raises(StorageError, match="gp name: at most 200"):
        store.add_episode(patient.id, Referral(gp_name="x" * 201))
    episode = store.add_episode(patient.id, Referral(reason="r" * 20_000))
    with pytest.raises(StorageError, match="reason: at most 20,000"):
        store.update_episode(episode.id, referral=Referral(reason="r" * 20_001))
    with pytest.raises(StorageError, match="plan text: at most 20,000"):
        store.save_examination(Examination(episode_id=episode.id, clinician_id=None,
                                           examined_at=None, plan_text="p" * 20_001))
    assert store.examinations(episode.id) == []
