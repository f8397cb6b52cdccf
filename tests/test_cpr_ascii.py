"""A CPR number written with other scripts' digits is never a new person."""

from __future__ import annotations

import pytest

from lbp_desktop.domain.cpr import CprError, parse_cpr
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store

LOOKALIKES = [
    "٠٧٠١٨٢-1357",  # Arabic-Indic
    "۰۷۰۱۸۲-1357",  # Extended Arabic-Indic (Persian)
    "०७०१८२-१३५७",  # Devanagari
    "０７０１８２－１３５７",  # full-width
    "070182-١٣٥٧",  # ASCII date, Arabic-Indic serial
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_digits_other_than_ascii_are_refused(text):
    with pytest.raises(CprError) as caught:
        parse_cpr(text)
    assert caught.value.reason == "format"
    assert "0-9" in str(caught.value)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_the_store_makes_no_duplicate_patient(tmp_path, text):
    store = Store.create(tmp_path / "c.db", None, plaintext=True)
    store.add_patient("070182-1357", "Morten Kristensen")
    with pytest.raises(StorageError, match="0-9"):
        store.add_patient(text, "Morten Kristensen")
    assert len(store.patients()) == 1
    store.close()


def test_the_schema_refuses_a_cpr_that_is_not_canonical(tmp_path):
    store = Store.create(tmp_path / "c.db", None, plaintext=True)
    for cpr in ("٠٧٠١٨٢-1357", "0701821357", "070182-1357 "):
        with pytest.raises(Exception, match="DDMMYY-SSSS"):
            store.db.execute(
                "INSERT INTO patient (id, cpr, name, created_at, updated_at)"
                " VALUES ('x', ?, 'X', '2026-01-01', '2026-01-01')", [cpr])
    patient = store.add_patient("070182-1357", "Morten Kristensen")
    with pytest.raises(Exception, match="DDMMYY-SSSS"):
        store.db.execute("UPDATE patient SET cpr = '٠٧٠١٨٢-1357' WHERE id = ?", [patient.id])
    store.close()
