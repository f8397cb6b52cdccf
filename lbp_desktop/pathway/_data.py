"""Load the pathway's data files (``resources/pathway/*.yaml``) once, with a clear error."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lbp_desktop.paths import resources_dir


class PathwayDataError(Exception):
    """A pathway data file that is missing or malformed. ``str()`` is one line for the user."""


@lru_cache(maxsize=8)
def load(name: str, folder: str | None = None) -> dict[str, Any]:
    path = (resources_dir() if folder is None else Path(folder)) / "pathway" / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PathwayDataError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise PathwayDataError(f"{path.name}: invalid YAML: {' '.join(str(exc).split())}"
                               ) from None
    if not isinstance(data, dict):
        raise PathwayDataError(f"{path.name}: the file must hold one mapping")
    return data
