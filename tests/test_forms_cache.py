"""The checked-forms cache: a form read from it is the form the schema checked, a changed or
broken file is checked again (and keeps its clear error), and a damaged or foreign entry is never
trusted. Also: the in-memory model and the file schema agree field by field."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from lbp_desktop import data_cache
from lbp_desktop.instruments import catalogue, check_folder, form_cache, load_forms
from lbp_desktop.interop.questionnaire import questionnaire_bundle
from lbp_desktop.paths import forms_dir
from lbp_desktop.questionnaires import FormFileError, model, schema

SCHEMA_CLASSES = ["Text", "Option", "Anchors", "Clause", "Condition", "Item", "Section", "Band",
                  "Domain", "AlertRule", "Scoring", "Verified", "Instrument", "Form", "Battery"]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("LBP_CACHE_DIR", str(folder))
    catalogue._load_default.cache_clear()
    yield folder
    catalogue._load_default.cache_clear()


@pytest.fixture
def folder(tmp_path) -> Path:
    copy = tmp_path / "forms"
    shutil.copytree(forms_dir(), copy)
    return copy


def _fresh(folder: Path):
    catalogue._load_default.cache_clear()
    return load_forms(folder)


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("forms-*.json"))


def _no_checking(monkeypatch) -> None:
    """Make any check of the files fail the test: what loads now comes from the cache."""
    def refuse(*_: object) -> None:
        raise AssertionError("the folder was checked again")
    monkeypatch.setattr(catalogue, "check_folder", refuse)


@pytest.mark.parametrize("name", SCHEMA_CLASSES)
def test_the_model_has_the_schema_fields_with_the_same_defaults(name) -> None:
    checked, kept = getattr(schema, name), getattr(model, name)
    fields = {f.name: f for f in dataclasses.fields(kept)}
    assert set(fields) == set(checked.model_fields)
    for field_name, info in checked.model_fields.items():
        field = fields[field_name]
        if info.is_required():
            assert field.default is dataclasses.MISSING
            assert field.default_factory is dataclasses.MISSING
        elif field.default_factory is not dataclasses.MISSING:
            assert field.default_factory() == info.default, field_name
        else:
            assert field.default == info.default, field_name


def test_forms_from_the_cache_are_the_forms_checked(cache, folder, monkeypatch) -> None:
    checked, errors = check_folder(folder)
    assert errors == []
    first = _fresh(folder)  # checks the files and fills the cache
    assert first == checked
    assert len(_entries(cache)) == 1
    _no_checking(monkeypatch)
    cached = _fresh(folder)
    assert cached == checked and cached is not first
    assert cached.paths == checked.paths
    assert json.dumps(questionnaire_bundle(cached)) == json.dumps(questionnaire_bundle(checked))


def test_an_edited_file_is_checked_again_and_a_broken_one_keeps_its_error(cache, folder) -> None:
    _fresh(folder)
    pain = folder / "pain.yaml"
    text = pain.read_text(encoding="utf-8")
    title = _fresh(folder).form("pain").title.da
    pain.write_text(text.replace(title, title + " (redigeret)", 1), encoding="utf-8")
    assert _fresh(folder).form("pain").title.da == title + " (redigeret)"
    pain.write_text(text.replace("version:", "versjon:", 1), encoding="utf-8")
    with pytest.raises(FormFileError, match=r"^pain\.yaml: .*version"):
        _fresh(folder)
    pain.write_text(text, encoding="utf-8")  # back to the first version: its entry still serves
    assert _fresh(folder).form("pain").title.da == title


def test_a_change_to_the_checking_code_is_checked_again(cache, folder, monkeypatch) -> None:
    _fresh(folder)
    before = form_cache.key(folder)
    monkeypatch.setattr(form_cache, "_code_parts", lambda: [b"other checking code"])
    assert form_cache.key(folder) != before
    _fresh(folder)
    assert len(_entries(cache)) == 2


def test_a_new_frozen_build_checks_again(folder, tmp_path, monkeypatch) -> None:
    program = tmp_path / "lbp-desktop.exe"
    program.write_bytes(b"build 1")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program))
    first = form_cache.key(folder)
    assert form_cache.key(folder) == first
    program.write_bytes(b"build 2, same version")
    assert form_cache.key(folder) != first


def _rewrite(entry: Path, change) -> None:
    header_line, _, payload = entry.read_bytes().partition(b"\n")
    header, payload = change(json.loads(header_line), payload)
    entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)


def _with_digest(header: dict, payload: bytes) -> tuple[dict, bytes]:
    import hashlib

    return {**header, "sha256": hashlib.sha256(payload).hexdigest()}, payload


def _add_a_field(header: dict, payload: bytes) -> tuple[dict, bytes]:
    data = json.loads(payload)
    data["forms"]["pain"]["unheard_of"] = 1
    return _with_digest(header, json.dumps(data).encode())


def _rename_a_form(header: dict, payload: bytes) -> tuple[dict, bytes]:
    data = json.loads(payload)
    data["forms"]["other"] = data["forms"].pop("pain")
    return _with_digest(header, json.dumps(data).encode())


def _path_outside(header: dict, payload: bytes) -> tuple[dict, bytes]:
    data = json.loads(payload)
    data["paths"]["pain"] = "../../elsewhere/pain.yaml"
    return _with_digest(header, json.dumps(data).encode())


DAMAGE = {
    "truncated": lambda h, p: (h, p[: len(p) // 2]),
    "one byte changed": lambda h, p: (h, p.replace(b'"da":"', b'"da":"X', 1)),
    "another key": lambda h, p: ({**h, "key": "0" * 64}, p),
    "another format": lambda h, p: ({**h, "format": 999}, p),
    "a field this code does not know": _add_a_field,
    "a form under another id": _rename_a_form,
    "a path outside the folder": _path_outside,
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_or_foreign_entry_is_ignored_and_replaced(cache, folder, damage) -> None:
    checked = _fresh(folder)
    [entry] = _entries(cache)
    _rewrite(entry, DAMAGE[damage])
    assert form_cache.read(folder, form_cache.key(folder)) is None
    assert _fresh(folder) == checked  # checked again, and the entry written anew
    assert form_cache.read(folder, form_cache.key(folder)) == checked


def test_garbage_in_place_of_an_entry_is_ignored(cache, folder) -> None:
    checked = _fresh(folder)
    [entry] = _entries(cache)
    for junk in (b"", b"\x00\xff not json", b"[]\n{}", b'{"format": 1}\n[1, 2]'):
        entry.write_bytes(junk)
        assert _fresh(folder) == checked


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes; Windows keeps the profile ACL")
def test_entries_are_private(cache, folder) -> None:
    _fresh(folder)
    [entry] = _entries(cache)
    assert entry.stat().st_mode & 0o777 == 0o600
    assert cache.stat().st_mode & 0o777 == 0o700


def test_the_cache_can_be_turned_off(tmp_path, folder, monkeypatch) -> None:
    monkeypatch.setenv("LBP_CACHE_DIR", "off")
    catalogue._load_default.cache_clear()
    try:
        assert _fresh(folder) == check_folder(folder)[0]
    finally:
        catalogue._load_default.cache_clear()
    assert data_cache.cache_dir() is None
    assert not (tmp_path / "cache").exists()


def test_pathway_data_keeps_whole_number_keys_and_skips_what_json_cannot_hold(
        cache, tmp_path) -> None:
    from lbp_desktop.pathway import _data

    (tmp_path / "res" / "pathway").mkdir(parents=True)
    source = tmp_path / "res" / "pathway" / "x.yaml"
    source.write_text("days:\n  1: one\n  2: two\nflag: true\nnumber: 1\n", encoding="utf-8")
    first = _data.load("x", str(tmp_path / "res"))
    _data.load.cache_clear()
    again = _data.load("x", str(tmp_path / "res"))
    assert again == first == {"days": {1: "one", 2: "two"}, "flag": True, "number": 1}
    assert type(again["flag"]) is bool and type(again["number"]) is int
    assert list(cache.glob("pathway-x-*.json"))
    source.write_text("when: 2026-03-12\n", encoding="utf-8")  # a date: not kept
    _data.load.cache_clear()
    assert str(_data.load("x", str(tmp_path / "res"))["when"]) == "2026-03-12"
    assert len(list(cache.glob("pathway-x-*.json"))) == 1
    _data.load.cache_clear()


@pytest.mark.usefixtures("private_keys")
def test_letters_are_identical_from_the_cache_and_from_the_files(tmp_path, monkeypatch) -> None:
    """Every demo case's letters (the GP's with its FHIR Bundle, and the patient's), rendered
    once from freshly checked files and once from the cache, byte for byte."""
    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.reports.attach import attachments
    from lbp_desktop.reports.from_store import render_episode_letter
    from lbp_desktop.storage.store import Store

    db = tmp_path / "demo.lbp"
    build_demo(db, key=os.urandom(32))

    def letters(cache_dir: str) -> dict[str, bytes]:
        monkeypatch.setenv("LBP_CACHE_DIR", cache_dir)
        catalogue._load_default.cache_clear()
        store = Store.open_path(db)
        try:
            return {f"{row.episode_id}-{recipient}": render_episode_letter(
                store, row.episode_id, recipient, letter_date="2026-03-12", draft=True)[0]
                for row in store.worklist(open_only=False) for recipient in ("gp", "patient")}
        finally:
            store.close()
            catalogue._load_default.cache_clear()

    cache_dir = str(tmp_path / "cache")
    unchecked = letters("off")
    letters(cache_dir)  # fills the cache
    _no_checking(monkeypatch)
    cached = letters(cache_dir)
    assert len(cached) == 12
    assert cached == unchecked
    bundles = [attachments(pdf) for name, pdf in cached.items() if name.endswith("-gp")]
    assert all(list(files) == ["episode-fhir.json"] for files in bundles)
