"""JSON from outside (an imported FHIR file, a tablet's request body) read strictly.

Python's ``json`` accepts things that are not JSON or cannot be stored: ``NaN`` and ``Infinity``,
numbers like ``1e400`` that become ``inf``, integers of thousands of digits, strings holding a lone
UTF-16 surrogate (``"\\ud800"``, which SQLite cannot encode: the write fails half-way through an
import) and nesting deep enough to exhaust the interpreter's stack. Each of these is refused here,
before anything is written, with one line that names where it is — the questionnaire item
(``linkId``) when there is one, else the JSON path.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

MAX_DEPTH = 64
"""Deeper than any QuestionnaireResponse or Bundle this app reads or writes (they nest < 12)."""

INT_LIMIT = 2**63
"""Integers beyond SQLite's 64 bits are refused (FHIR integers are 32-bit)."""


class JsonValueError(ValueError):
    """Input that is not acceptable JSON; ``str()`` is one line naming the place."""


class _Bad:
    """Stands in for a value the parser met that must be refused, so the tree walk can say
    where it was."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _constant(text: str) -> _Bad:
    return _Bad(text)


def _float(text: str) -> float | _Bad:
    value = float(text)
    return value if math.isfinite(value) else _Bad(text)


def _int(text: str) -> int | _Bad:
    if len(text) > 20:
        return _Bad(text[:12] + "…")
    value = int(text)
    return value if -INT_LIMIT <= value < INT_LIMIT else _Bad(text)


def loads(raw: bytes | str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Parse and check ``raw``; raises :class:`JsonValueError` (one line) for anything bad."""
    try:
        data = json.loads(raw, parse_constant=_constant, parse_float=_float, parse_int=_int)
    except RecursionError:
        raise JsonValueError(f"the JSON is nested more than {max_depth} levels deep") from None
    except UnicodeDecodeError:
        raise JsonValueError("the JSON is not UTF-8 text") from None
    except ValueError as exc:
        raise JsonValueError(f"not JSON: {str(exc).splitlines()[0]}") from None
    check_tree(data, max_depth=max_depth)
    return data


def check_tree(data: Any, *, max_depth: int = MAX_DEPTH) -> None:
    """Refuse non-finite numbers, huge integers, lone surrogates and deep nesting in an already
    parsed tree (an importer's caller may hand in a dict built in Python)."""
    for value, path, link, depth in _walk(data):
        problem = _problem(value, depth, max_depth)
        if problem:
            where = f"item {link}" if link else (path or "the document")
            raise JsonValueError(f"{where}: {problem}" + (f" (at {path})" if link else ""))


def _problem(value: Any, depth: int, max_depth: int) -> str:
    if depth > max_depth:
        return f"nested more than {max_depth} levels deep"
    if isinstance(value, _Bad):
        return f"{value.text} is not a number that can be stored"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a number that can be stored"
    if isinstance(value, int) and not isinstance(value, bool) and \
            not -INT_LIMIT <= value < INT_LIMIT:
        return "the integer is too large"
    if isinstance(value, str) and not _encodable(value):
        return "the text holds an invalid character (a lone surrogate)"
    return ""


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _walk(data: Any) -> Iterator[tuple[Any, str, str, int]]:
    """Every value and key with its JSON path, the nearest enclosing ``linkId`` and its depth;
    iterative, so a deep tree cannot exhaust the stack."""
    stack: list[tuple[Any, str, str, int]] = [(data, "", "", 0)]
    while stack:
        value, path, link, depth = stack.pop()
        yield value, path, link, depth
        if depth > MAX_DEPTH * 4:
            continue
        if isinstance(value, dict):
            here = value.get("linkId")
            link = here if isinstance(here, str) and _encodable(here) else link
            for key, child in value.items():
                yield key, path, link, depth + 1
                stack.append((child, f"{path}.{key}" if path else str(key), link, depth + 1))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                stack.append((child, f"{path}[{index}]", link, depth + 1))
