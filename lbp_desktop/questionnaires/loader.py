"""Load and validate form files, with one clear line per problem.

A broken file never half-loads: ``load_file`` either returns a fully validated form or raises
``FormFileError`` carrying the file name, the place in the file and what is wrong. Duplicate YAML
keys are errors too (PyYAML would silently keep the last one).

The file is checked by the pydantic schema (``questionnaires.schema``); what it accepted is
written out as plain data (``checked_data``) and built into the in-memory model
(``questionnaires.model.build``) — the same data the checked-forms cache keeps, so a form read
from the cache is the form this module builds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from lbp_desktop.questionnaires import schema
from lbp_desktop.questionnaires.files import FormFileError, form_files
from lbp_desktop.questionnaires.model import LANGUAGES, Battery, Form, FormSet, build
from lbp_desktop.questionnaires.schema import SchemaError

__all__ = ["FormFileError", "FormSet", "checked_data", "form_files", "form_from_data", "line_of",
           "load_file", "one_line", "parse_document"]


# libyaml's C scanner/parser when PyYAML was built with it (the wheels are): parsing the forms is
# on the app's start-up path and the pure-Python parser took ~0.4 s for them. Construction (and so
# the duplicate-key check below) stays in Python either way.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SafeBase):  # type: ignore[misc, valid-type]
    """A safe loader that refuses a mapping with the same key twice."""


def _construct_mapping(
    loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False
) -> dict:
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


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parse_location(where: str) -> tuple:
    return tuple(int(index) if index else name for name, index in _PART.findall(where))


def one_line(text: str) -> str:
    return " ".join(text.split())


def _line_map(text: str) -> dict[tuple, int]:
    """YAML line (1-based) of every key and list entry, by its path in the document."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    lines: dict[tuple, int] = {}

    def walk(node: yaml.Node, path: tuple) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = (*path, str(key_node.value))
                lines[child] = key_node.start_mark.line + 1
                walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, value_node in enumerate(node.value):
                child = (*path, index)
                lines[child] = value_node.start_mark.line + 1
                walk(value_node, child)

    if root is not None:
        lines[()] = root.start_mark.line + 1
        walk(root, ())
    return lines


def line_of(text: str, loc: tuple) -> int | None:
    """The YAML line of ``loc`` in ``text``, or of its nearest enclosing key."""
    lines = _line_map(text)
    for end in range(len(loc), 0, -1):
        found = lines.get(tuple(loc[:end]))
        if found is not None:
            return found
    return None


def _existing_prefix(data: Any, loc: tuple) -> tuple:
    """The part of pydantic's ``loc`` that exists in the data (drops union tags like ``int``)."""
    current = data
    for depth, part in enumerate(loc):
        in_mapping = isinstance(current, dict) and part in current
        in_list = (isinstance(current, list) and isinstance(part, int)
                   and 0 <= part < len(current))
        if in_mapping or in_list:
            current = current[part]
        else:
            return tuple(loc[:depth])
    return tuple(loc)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _describe(error: Mapping[str, Any], loc: tuple) -> str:
    """One plain sentence for a pydantic error."""
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r}" if loc else "unknown key"
    if kind == "missing":
        name = loc[-1] if loc else "?"
        if name in LANGUAGES:
            return (f"missing translation {name!r} (every text needs "
                    f"{' and '.join(LANGUAGES)})")
        return f"required key {name!r} is missing"
    if kind == "model_type" and error.get("ctx", {}).get("class_name") == "Text":
        return (f"expected a text in every language ({', '.join(LANGUAGES)}), "
                f"got {_short(error.get('input'))}")
    message = error["msg"].removeprefix("Value error, ")
    if kind != "value_error" and not isinstance(error.get("input"), dict | list):
        message += f" (got {_short(error.get('input'))})"
    return message


def _validation_error(path: Path, text: str, data: Any, exc: ValidationError) -> FormFileError:
    errors = exc.errors()
    first = errors[0]
    loc = tuple(first["loc"])
    kept = _existing_prefix(data, loc)
    if first["type"] == "missing" and len(kept) < len(loc):
        kept = loc[: len(kept) + 1]
    what = _describe(first, kept if first["type"] in ("missing", "extra_forbidden") else loc)
    cause = first.get("ctx", {}).get("error")
    if isinstance(cause, SchemaError):
        kept = kept + _parse_location(cause.where)
    if len(errors) > 1:
        what += f" (+{len(errors) - 1} more)"
    return FormFileError(path, _location(kept), one_line(what), line_of(text, kept))


def checked_data(data: dict[str, Any]) -> dict[str, Any]:
    """The checked content of a form file's mapping as plain JSON data, the way the
    checked-forms cache stores it. Raises pydantic's ``ValidationError``."""
    model = schema.Battery if data.get("kind") == "battery" else schema.Form
    checked: dict[str, Any] = json.loads(json.dumps(model.model_validate(data).model_dump()))
    return checked


def form_from_data(data: dict[str, Any]) -> Form | Battery:
    """A form or battery from a mapping as a form file would hold it (checked by the schema;
    raises pydantic's ``ValidationError``): for forms built in code, e.g. in tests."""
    return build(checked_data(data))


def parse_document(path: Path, text: str) -> Form | Battery:
    """Validate one YAML document's text as a form or battery."""
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise FormFileError(path, where, one_line(f"invalid YAML: {exc.problem or exc}")) from None
    except yaml.YAMLError as exc:
        raise FormFileError(path, "", one_line(f"invalid YAML: {exc}")) from None
    if not isinstance(data, dict):
        raise FormFileError(path, "", "the file must hold one mapping (a form or a battery)")
    try:
        return form_from_data(data)
    except ValidationError as exc:
        raise _validation_error(path, text, data, exc) from None


def load_file(path: Path | str) -> Form | Battery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FormFileError(path, "", "not UTF-8 text") from None
    except OSError as exc:
        raise FormFileError(path, "", f"cannot read: {exc.strerror or exc}") from None
    return parse_document(path, text)
