"""Load the pathway's data files (``resources/pathway/*.yaml``) once, with a clear error.

A file read before is taken from the data cache (``lbp_desktop.data_cache``, keyed by the file's
bytes), so a command that only renders a letter does not load YAML; an edited file is parsed again.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from lbp_desktop import data_cache
from lbp_desktop.paths import resources_dir


class PathwayDataError(Exception):
    """A pathway data file that is missing or malformed. ``str()`` is one line for the user."""


@lru_cache(maxsize=8)
def load(name: str, folder: str | None = None) -> dict[str, Any]:
    path = (resources_dir() if folder is None else Path(folder)) / "pathway" / f"{name}.yaml"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PathwayDataError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    kind, key = f"pathway-{name}", data_cache.digest(b"pathway", raw)
    cached = data_cache.read(kind, key)
    if isinstance(cached, dict):
        return cached
    data = _parse(path, raw)
    if data_cache.round_trips(data):
        data_cache.write(kind, key, data)
    return data


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    import yaml

    try:
        data = yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except UnicodeDecodeError:
        raise PathwayDataError(f"{path.name}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        raise PathwayDataError(f"{path.name}: invalid YAML: {' '.join(str(exc).split())}"
                               ) from None
    if not isinstance(data, dict):
        raise PathwayDataError(f"{path.name}: the file must hold one mapping")
    return data
