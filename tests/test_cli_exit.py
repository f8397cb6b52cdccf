"""The ``epikrise`` command ends its process as soon as its work is done (``cli.end_process``):
everything it writes is complete, exit handlers still run, and only the process's own command
line ends that way — ``main([...])`` called from code returns as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lbp_desktop.cli import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.storage.store import Store

    path = tmp_path_factory.mktemp("exit") / "demo.lbp"
    build_demo(path, plaintext=True)
    store = Store.open_path(path, plaintext=True)
    try:
        return path, store.worklist(search="Morten", open_only=False)[0].episode_id
    finally:
        store.close()


def _letter_argv(demo: tuple[Path, str], out: str) -> list[str]:
    path, episode = demo
    return ["epikrise", "--db", str(path), "--plaintext", "--episode", episode, "-o", out,
            "--date", "2026-03-12"]


def _program(code: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "LBP_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          timeout=120, check=False)


def test_the_letter_on_stdout_is_complete_and_exit_handlers_run(demo, tmp_path) -> None:
    reference = tmp_path / "reference.pdf"
    assert main(_letter_argv(demo, str(reference))) == 0  # from code: returns, process goes on
    marker = tmp_path / "atexit-ran"
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: open({str(marker)!r}, 'w').close())\n"
            f"sys.argv = ['lbp-desktop', *{_letter_argv(demo, '-')!r}]\n"
            "from lbp_desktop.cli import main\n"
            "main()\n"
            "print('main returned', file=sys.stderr)\n")
    done = _program(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == reference.read_bytes()
    assert marker.exists()
    assert b"main returned" not in done.stderr  # the process ended in the command


def test_a_letter_file_is_written_and_reported_before_the_process_ends(demo, tmp_path) -> None:
    out = tmp_path / "letter.pdf"
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", *_letter_argv(demo, str(out))],
                          env={**os.environ, "LBP_DATA_DIR": str(tmp_path / "data")},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.startswith(f"Wrote {out}: ") and done.stderr.endswith(" pages\n")
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")


def test_a_refused_letter_still_exits_with_its_message(demo, tmp_path) -> None:
    path, _ = demo
    done = subprocess.run([sys.executable, "-m", "lbp_desktop", "epikrise", "--db", str(path),
                           "--plaintext", "--episode", "no-such-episode", "-o",
                           str(tmp_path / "x.pdf")],
                          env={**os.environ, "LBP_DATA_DIR": str(tmp_path / "data")},
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("lbp-desktop: ") and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()
