"""A package's public names loaded from its modules on first use (PEP 562).

Code that needs one module of a package (the letter reads the red-flag rules, not the scoring
registry; the forms' dataclasses, not their pydantic schema) should not pay for importing all of
them when it imports the package. A package lists which module holds each name and sets
``__getattr__ = lazy_exports(__name__, _EXPORTS, globals())``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str], namespace: dict[str, Any]
                 ) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``package.<module>`` for a name listed in
    ``exports`` (name → module), keeps the value in ``namespace`` and returns it."""

    def __getattr__(name: str) -> Any:
        try:
            module = exports[name]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value
        return value

    return __getattr__
