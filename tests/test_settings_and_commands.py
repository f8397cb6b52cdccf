"""This PC's settings shared by the GUI and the headless commands, and the options and episode
lookup every database command shares."""

from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from lbp_desktop import settings
from lbp_desktop.cli import main
from lbp_desktop.domain.records import Referral
from lbp_desktop.storage import StorageError
from lbp_desktop.storage.store import Store
from lbp_desktop.sync.addresses import pairing_url

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("private_keys")


def test_settings_default_round_trip_and_survive_a_damaged_file() -> None:
    assert settings.hub_settings() == ("0.0.0.0", 8443)
    assert settings.idle_minutes() == 10
    settings.save_hub_settings("127.0.0.1", 9443)
    settings.set_idle_minutes(3)
    assert settings.hub_settings() == ("127.0.0.1", 9443)
    assert settings.idle_minutes() == 3
    text = settings.settings_path().read_text(encoding="utf-8")
    assert "[hub]" in text and "[workspace]" in text
    settings.settings_path().write_text("[hub]\nport = eighty\n[workspace]\nidle_minutes = 500\n",
                                        encoding="utf-8")
    assert settings.hub_settings() == ("0.0.0.0", 8443)
    assert settings.idle_minutes() == 60
    settings.settings_path().write_bytes(b"\xff\xfe not an ini file [")
    assert settings.hub_settings() == ("0.0.0.0", 8443)


@pytest.fixture
def clinic(tmp_path, key, monkeypatch):
    path = tmp_path / "clinic.lbp"
    store = Store.create(path, key)
    patient = store.add_patient("010180-1001", "Morten Kristensen", fictional=True)
    counter = itertools.count()
    for prefix in ("aaaa", "aaaa", "bbbb"):  # two episodes share a prefix, one stands alone
        store.set_id_factory(lambda p=prefix: f"{p}-{next(counter)}")
        store.add_episode(patient.id, Referral())
    store.set_id_factory(None)
    assert sorted(e.id[:4] for e in store.episodes()) == ["aaaa", "aaaa", "bbbb"]
    monkeypatch.setenv("LBP_DB_KEY", key.hex())
    yield path, store
    store.close()


def test_resolve_episode_takes_a_unique_prefix(clinic) -> None:
    _, store = clinic
    alone = next(e.id for e in store.episodes() if e.id.startswith("bbbb"))
    assert store.resolve_episode(alone) == alone
    assert store.resolve_episode("bb") == alone
    with pytest.raises(StorageError, match="ambiguous \\(2 episodes"):
        store.resolve_episode("aaaa")
    with pytest.raises(StorageError, match="no episode 'cccc'"):
        store.resolve_episode("cccc")
    with pytest.raises(StorageError, match="no episode ''"):
        store.resolve_episode("")


def test_every_episode_command_takes_a_prefix(clinic, tmp_path, capsys) -> None:
    path, store = clinic
    alone = store.resolve_episode("bbbb")
    out = tmp_path / "one.json"
    assert main(["export-fhir", "--db", str(path), "--episode", "bb", "-o", str(out)]) == 0
    assert alone in out.read_text(encoding="utf-8")
    assert main(["handover", "--db", str(path), "--episode", "bbb"]) == 0
    assert store.open_response(alone) is not None
    assert main(["handover", "--db", str(path), "--episode", "aaaa"]) == 2
    assert "ambiguous" in capsys.readouterr().err


def test_pair_puts_the_address_the_gui_shows_in_the_qr(clinic, tmp_path, capsys) -> None:
    import json

    path, _ = clinic
    settings.save_hub_settings("0.0.0.0", 9443)
    assert main(["pair", "--db", str(path), "--json", "--cert-dir", str(tmp_path / "sync")]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["hub_url"] == pairing_url("0.0.0.0", 9443)
    assert info["hub_url"].endswith(":9443")


@pytest.fixture(autouse=True)
def _sync_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("LBP_SYNC_DIR", str(tmp_path / "sync"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve_banner(path: Path, *extra: str) -> list[str]:
    """The lines ``serve`` prints before it blocks; then it is stopped."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lbp_desktop", "serve", "--db", str(path), *extra],
        env=dict(os.environ), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    try:
        assert process.stdout is not None
        lines = []
        while not lines or not lines[-1].startswith("stop with"):
            line = process.stdout.readline()
            assert line, process.stderr.read() if process.stderr else "serve exited"
            lines.append(line.strip())
        return lines
    finally:
        process.kill()
        process.wait(10)


def test_serve_listens_where_the_settings_say_and_logs(clinic) -> None:
    path, _ = clinic
    port = _free_port()
    settings.save_hub_settings("127.0.0.1", port)
    lines = _serve_banner(path)
    assert lines[0] == f"lbp-desktop tablet service on https://127.0.0.1:{port} (listening on " \
                       "127.0.0.1)"
    assert lines[2] == f"pair a tablet with: lbp-desktop pair --db {path}"
    log = Path(os.environ["LBP_LOG_DIR"]) / "lbp-desktop.log"
    assert log.exists()


def test_serve_on_another_port_says_how_to_pair_on_it(clinic) -> None:
    path, _ = clinic
    port = _free_port()
    lines = _serve_banner(path, "--bind", "127.0.0.1", "--port", str(port))
    assert lines[0].startswith(f"lbp-desktop tablet service on https://127.0.0.1:{port} ")
    assert lines[2] == (f"pair a tablet with: lbp-desktop pair --db {path} "
                        f"--hub-url https://127.0.0.1:{port}")
