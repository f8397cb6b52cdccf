"""Load and validate form files, with one clear line per problem.

A broken file never half-loads: ``load_file`` either returns a fully validated model or raises
``FormFileError`` carrying the file name, the place in the file and what is wrong. Duplicate YAML
keys are errors too (PyYAML would silently keep the last one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import ValidationError

from lbp_desktop.paths import forms_dir
from lbp_desktop.questionnaires.model import Battery, Form


class FormFileError(Exception):
    """A form file that cannot be used. ``str()`` is the one-line message for the user."""

    def __init__(self, path: Path | str, where: str, what: str) -> None:
        self.path = Path(path)
        self.where = where
        self.what = what
        super().__init__(f"{self.path.name}: {where}: {what}" if where else f"{self.path.name}: {what}")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A safe loader that refuses a mapping with the same key twice."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def _location(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())


def parse_document(path: Path, text: str) -> Form | Battery:
    """Validate one YAML document's text as a form or battery."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise FormFileError(path, where, _one_line(f"invalid YAML: {exc.problem or exc}")) from None
    except yaml.YAMLError as exc:
        raise FormFileError(path, "", _one_line(f"invalid YAML: {exc}")) from None
    if not isinstance(data, dict):
        raise FormFileError(path, "", "the file must hold one mapping (a form or a battery)")
    model = Battery if data.get("kind") == "battery" else Form
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = "unknown key"
        elif first["type"] == "missing":
            message = "required but missing (every text needs 'da' and 'en')"
        raise FormFileError(path, _location(first["loc"]), _one_line(message)) from None


def load_file(path: Path | str) -> Form | Battery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FormFileError(path, "", "not UTF-8 text") from None
    except OSError as exc:
        raise FormFileError(path, "", f"cannot read: {exc.strerror or exc}") from None
    return parse_document(path, text)


@dataclass
class FormSet:
    """Every form and battery in a folder, cross-checked."""

    forms: dict[str, Form] = field(default_factory=dict)
    batteries: dict[str, Battery] = field(default_factory=dict)
    paths: dict[str, Path] = field(default_factory=dict)

    def form(self, form_id: str) -> Form:
        try:
            return self.forms[form_id]
        except KeyError:
            raise KeyError(f"unknown form {form_id!r}") from None

    def battery(self, battery_id: str) -> Battery:
        try:
            return self.batteries[battery_id]
        except KeyError:
            raise KeyError(f"unknown battery {battery_id!r}") from None

    def battery_forms(self, battery_id: str) -> list[Form]:
        return [self.forms[i] for i in self.battery(battery_id).instruments]


def form_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


def check_folder(folder: Path | str) -> tuple[FormSet, list[FormFileError]]:
    """Load every file in ``folder``; return what loaded and one error per broken file."""
    folder = Path(folder)
    result = FormSet()
    errors: list[FormFileError] = []
    files = form_files(folder) if folder.is_dir() else [folder]
    for path in files:
        try:
            model = load_file(path)
        except FormFileError as exc:
            errors.append(exc)
            continue
        target: dict = result.batteries if isinstance(model, Battery) else result.forms
        if model.id in result.forms or model.id in result.batteries:
            errors.append(FormFileError(path, "id", f"{model.id!r} is already defined in "
                                        f"{result.paths[model.id].name}"))
            continue
        if path.stem != model.id:
            errors.append(FormFileError(path, "id", f"{model.id!r} does not match the file name"))
            continue
        target[model.id] = model
        result.paths[model.id] = path
    for battery in list(result.batteries.values()):
        for index, form_id in enumerate(battery.instruments):
            if form_id not in result.forms and folder.is_dir():
                errors.append(FormFileError(result.paths[battery.id], f"instruments[{index}]",
                                            f"no form {form_id!r} in {folder.name}/"))
                del result.batteries[battery.id]
                break
    errors.extend(_scoring_errors(result))
    return result, errors


def _scoring_errors(forms: FormSet) -> Iterable[FormFileError]:
    """Ask each form's scoring module whether the form's scoring data suits it."""
    from lbp_desktop.scoring import registry  # scoring is Qt-free and light

    for form in list(forms.forms.values()):
        if form.scoring is None:
            continue
        try:
            registry.check_form(form)
        except ValueError as exc:
            del forms.forms[form.id]
            yield FormFileError(forms.paths[form.id], "scoring", _one_line(str(exc)))


@lru_cache(maxsize=4)
def _load_default(folder: str) -> FormSet:
    forms, errors = check_folder(folder)
    if errors:
        raise errors[0]
    return forms


def load_forms(folder: Path | str | None = None) -> FormSet:
    """All forms of the app (cached). Raises ``FormFileError`` if any file is broken."""
    return _load_default(str(folder or forms_dir()))
