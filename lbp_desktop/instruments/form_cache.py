"""The checked forms of a folder, kept between runs in the data cache (``lbp_desktop.data_cache``).

An entry holds what ``catalogue.check_folder`` accepted — every form and battery as the plain
data ``questionnaires.model.build`` reads — under a key that covers everything the check depended
on: each form file's name and bytes, the app version and the source of the modules that check a
form (schema, loader, model, catalogue, every scoring module). Change any of them and the folder
is checked again, so a broken file still gets its clear error and nothing is cached for it.

An entry is written only when it rebuilds to exactly the forms that were checked, and only if the
files did not change while they were being checked.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from lbp_desktop import data_cache
from lbp_desktop.questionnaires.files import form_files
from lbp_desktop.questionnaires.model import Battery, Form, FormSet, build

_KIND = "forms"
_PACKAGE = Path(__file__).resolve().parent.parent
_CHECKING_CODE = ("questionnaires/schema.py", "questionnaires/model.py",
                  "questionnaires/loader.py", "questionnaires/files.py",
                  "instruments/catalogue.py", "instruments/form_cache.py")


def _code_parts() -> list[bytes]:
    """The source of the code that decides whether a form is accepted. A frozen build has no
    source files: there the program file's size and time stand for it (a new build, even of the
    same version, checks the forms again)."""
    paths = [_PACKAGE / name for name in _CHECKING_CODE]
    paths += sorted((_PACKAGE / "scoring").glob("*.py"))
    parts = []
    for path in paths:
        try:
            parts += [path.name.encode(), path.read_bytes()]
        except OSError:
            parts += [path.name.encode(), b""]
    if getattr(sys, "frozen", False):
        try:
            program = Path(sys.executable).stat()
            parts.append(f"{program.st_size}:{program.st_mtime_ns}".encode())
        except OSError:
            parts.append(b"frozen")
    return parts


def key(folder: Path) -> str | None:
    """The cache key of ``folder``'s forms as they are now (``None``: not a folder)."""
    from lbp_desktop import __version__

    if not folder.is_dir():
        return None
    parts = [_KIND.encode(), __version__.encode(), *_code_parts()]
    try:
        for path in form_files(folder):
            parts += [path.name.encode("utf-8"), path.read_bytes()]
    except OSError:
        return None
    return data_cache.digest(*parts)


def _dump(forms: FormSet) -> dict[str, Any]:
    return {"forms": {i: dataclasses.asdict(f) for i, f in forms.forms.items()},
            "batteries": {i: dataclasses.asdict(b) for i, b in forms.batteries.items()},
            "paths": {i: path.name for i, path in forms.paths.items()}}


def _form_set(folder: Path, data: dict[str, Any]) -> FormSet:
    result = FormSet()
    for form_id, form in data["forms"].items():
        built = build(form)
        if not isinstance(built, Form) or built.id != form_id:
            raise ValueError(form_id)
        result.forms[form_id] = built
    for battery_id, battery in data["batteries"].items():
        built = build(battery)
        if not isinstance(built, Battery) or built.id != battery_id:
            raise ValueError(battery_id)
        result.batteries[battery_id] = built
    for model_id, name in data["paths"].items():
        if Path(name).name != name or not name.endswith(".yaml"):
            raise ValueError(name)
        result.paths[model_id] = folder / name
    return result


def read(folder: Path, cache_key: str | None) -> FormSet | None:
    """The checked forms kept for ``cache_key``, or ``None`` (check the folder instead)."""
    if cache_key is None:
        return None
    data = data_cache.read(_KIND, cache_key)
    if not isinstance(data, dict):
        return None
    try:
        return _form_set(folder, data)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # not a set of forms this code can build: check the files


def write(folder: Path, cache_key: str | None, forms: FormSet) -> None:
    """Keep ``forms`` (just checked, without errors) for the next process."""
    if cache_key is None or key(folder) != cache_key:
        return  # a file changed while it was checked: the next process checks again
    data = _dump(forms)
    try:
        if _form_set(folder, json.loads(json.dumps(data))) != forms:
            return
    except (TypeError, ValueError):
        return
    data_cache.write(_KIND, cache_key, data)
