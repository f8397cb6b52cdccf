"""Exports holding names and CPR numbers are written 0600, atomically, and leave nothing behind
when they fail."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from lbp_desktop.cli import main
from lbp_desktop.security import private_file
from lbp_desktop.security.private_file import ExportError, write_private

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="mode bits are POSIX")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from lbp_desktop.demo.build import build_demo

    path = tmp_path_factory.mktemp("exports") / "demo.lbp"
    result = build_demo(path, plaintext=True)
    return path, result.episodes


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _others(folder, keep):
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


@posix_only
def test_cli_exports_are_private_and_replace_an_open_file(demo, tmp_path, capsys):
    path, episodes = demo
    old_umask = os.umask(0o022)
    try:
        letter = tmp_path / "epikrise.pdf"
        letter.write_bytes(b"old")
        os.chmod(letter, 0o644)
        assert main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[1],
                     "-o", str(letter)]) == 0
        bundle = tmp_path / "episode.json"
        assert main(["export-fhir", "--db", str(path), "--plaintext", "--episode", episodes[1],
                     "-o", str(bundle)]) == 0
    finally:
        os.umask(old_umask)
    assert letter.read_bytes().startswith(b"%PDF") and _mode(letter) == 0o600
    assert bundle.read_bytes().startswith(b"{") and _mode(bundle) == 0o600
    assert _others(tmp_path, {"epikrise.pdf", "episode.json"}) == []


def test_a_failed_write_leaves_the_old_file_and_no_leftovers(tmp_path, monkeypatch):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"the earlier letter")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(private_file.os, "fsync", full_disk)
    with pytest.raises(ExportError, match=r"No space left on device.*nothing was written"):
        write_private(target, b"%PDF new")
    assert target.read_bytes() == b"the earlier letter"
    assert _others(tmp_path, {"letter.pdf"}) == []


def test_a_failed_cli_export_leaves_no_empty_file(demo, tmp_path, capsys):
    path, episodes = demo
    missing = tmp_path / "no-such-folder" / "epikrise.pdf"
    assert main(["epikrise", "--db", str(path), "--plaintext", "--episode", episodes[1],
                 "-o", str(missing)]) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert main(["export-fhir", "--db", str(path), "--plaintext", "--episode", episodes[1],
                 "-o", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_gui_save_as_writes_a_private_file(demo, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from lbp_desktop.storage.store import Store
    from lbp_desktop.ui.workspace.letter_preview import LetterPreview

    path, episodes = demo
    store = Store.open(path, None, plaintext=True)
    try:
        dialog = LetterPreview(store, episodes[1], recipients=["gp"])
        qtbot.addWidget(dialog)
        target = tmp_path / "gemt.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
        old_umask = os.umask(0o022)
        try:
            dialog.save_button.click()
        finally:
            os.umask(old_umask)
        assert target.read_bytes() == dialog.pdf and _mode(target) == 0o600
        assert _others(tmp_path, {"gemt.pdf"}) == []
    finally:
        store.close()
