"""A backup is only called a backup when its copy is whole: a damaged database is refused with
the real cause, and the failed copy is removed."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from lbp_desktop.domain.records import Examination, Referral
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store, backup_file

pytestmark = pytest.mark.usefixtures("private_keys")

MARK = b"LETTER-CONTENT-MARK"


def _clinic_with_letter(path, key, size: int, plaintext: bool = False):
    store = Store.create(path, key, plaintext=plaintext)
    patient = store.add_patient("010190-1235", "Karen Jensen")
    episode = store.add_episode(patient.id, Referral())
    store.save_examination(Examination(episode_id=episode.id, clinician_id=None,
                                       examined_at=None, assessment_text="Uspecifikke",
                                       plan_text="Træning"))  # an approved letter needs these
    pdf = b"%PDF-1.4\n" + MARK + os.urandom(size) + MARK
    store.add_letter(episode.id, "gp", pdf, approve=True)
    store.close()


def _flip(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def _leftovers(folder, name):
    return sorted(p.name for p in folder.iterdir() if name in p.name)


def test_a_damaged_page_in_a_large_database_is_refused_and_no_backup_is_left(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    _clinic_with_letter(path, key, 9_000_000)
    assert path.stat().st_size > 8 * 2**20  # above the size that gets a check on every open
    _flip(path, path.stat().st_size // 2)
    target = tmp_path / "backup.lbp"
    with pytest.raises(StorageError) as caught:
        backup_file(path, target, key)
    message = str(caught.value)
    assert "the database itself is damaged" in message and "no backup was written" in message
    assert "read-only" not in message and len(message.splitlines()) == 1
    assert _leftovers(tmp_path, "backup") == []


def test_a_letter_whose_bytes_changed_is_never_backed_up(tmp_path):
    path = tmp_path / "clinic.db"
    _clinic_with_letter(path, None, 20_000, plaintext=True)
    data = path.read_bytes()
    _flip(path, data.index(MARK) + 40)  # inside the PDF: SQLite's own check cannot see it
    target = tmp_path / "backup.db"
    with pytest.raises(StorageError, match=r"approved letter .* SHA-256") as caught:
        backup_file(path, target, None, plaintext=True)
    assert "the database itself is damaged" in str(caught.value)
    assert _leftovers(tmp_path, "backup") == []


def test_the_cli_reports_the_real_cause_in_one_line(tmp_path, key):
    path = tmp_path / "clinic.lbp"
    _clinic_with_letter(path, key, 9_000_000)
    _flip(path, path.stat().st_size // 2)
    env = {**os.environ, "LBP_DB_KEY": key.hex()}
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "backup", "--db", str(path),
                           "-o", str(tmp_path / "b.lbp")], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 2
    assert "damaged" in done.stderr and "nothing was changed" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "b.lbp").exists()
