"""A private cache of checked data, keyed by a digest of everything it was checked from.

Why: checking the form files (YAML parsing, the pydantic schema, each form against its scoring
module) costs more than rendering a whole letter, yet the files change only with an update or a
regional edit. A command that only reads forms — the letter, the FHIR export — reads the checked
result from here instead, and never loads YAML or pydantic.

Why it cannot change clinical content:

- the key is a SHA-256 of the files' bytes (and, for the forms, of the code that checks them and
  the app version), so an edited, broken or swapped file is never served from here: it is checked
  again and still gets its clear error, and nothing is written for a file that fails;
- each entry carries the SHA-256 of its own payload and the whole key it was written for; a
  truncated, corrupt or foreign file (another version's, another folder's, garbage) is ignored
  and overwritten, never trusted;
- entries are plain JSON (never pickle: reading one cannot run code), written privately (0600)
  and atomically, in the user's own cache folder (``LBP_CACHE_DIR`` overrides; ``off`` turns the
  cache off); a mapping with whole-number keys (YAML allows them) is kept as a tagged list of
  pairs so that it comes back with the same keys;
- only data that comes back exactly equal is written (``round_trips``; the forms' cache also
  rebuilds the forms and compares them).

Anyone who can write the user's cache folder can also edit that user's files and programs; the
cache adds no trust beyond that, and losing it only costs one slower start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped when the entry layout changes; an entry of another format is ignored."""

_KEEP = 4
"""Entries kept per kind (the newest): one per form folder or version in use is enough."""


def cache_dir() -> Path | None:
    """The user's cache folder for lbp-desktop, or ``None`` when the cache is turned off."""
    override = os.environ.get("LBP_CACHE_DIR")
    if override is not None:
        return None if override.strip().lower() in ("", "off") else Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lbp-desktop", appauthor=False))


def digest(*parts: bytes) -> str:
    """SHA-256 of ``parts``, each length-prefixed so that no two sequences collide."""
    sha = hashlib.sha256()
    for part in parts:
        sha.update(len(part).to_bytes(8, "big"))
        sha.update(part)
    return sha.hexdigest()


_INT_KEYS = "\u0000int-keys"
"""Tag of a mapping with whole-number keys, kept as ``{_INT_KEYS: [[key, value], ...]}``."""


def _encode(data: Any) -> tuple[Any, bool]:
    """``data`` for JSON, and whether a mapping had to be tagged."""
    if isinstance(data, dict):
        tagged = False
        items = []
        for name, value in data.items():
            value, inner = _encode(value)
            tagged = tagged or inner
            items.append((name, value))
        if all(isinstance(name, str) for name, _ in items):
            return dict(items), tagged
        return {_INT_KEYS: [list(pair) for pair in items]}, True
    if isinstance(data, list):
        encoded = [_encode(value) for value in data]
        return [value for value, _ in encoded], any(inner for _, inner in encoded)
    return data, False


def _untag(mapping: dict[str, Any]) -> Any:
    if len(mapping) == 1 and _INT_KEYS in mapping:
        return {int(name): value for name, value in mapping[_INT_KEYS]}
    return mapping


def _decode(payload: bytes, tagged: bool) -> Any:
    return json.loads(payload, object_hook=_untag) if tagged else json.loads(payload)


def _entry(kind: str, key: str) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"{kind}-{key[:32]}.json"


def read(kind: str, key: str) -> Any | None:
    """The data written for ``key``, or ``None`` if there is none or it cannot be trusted."""
    path = _entry(kind, key)
    if path is None:
        return None
    try:
        raw = path.read_bytes()
        header_line, _, payload = raw.partition(b"\n")
        header = json.loads(header_line)
        if (header.get("format") != FORMAT or header.get("kind") != kind
                or header.get("key") != key
                or header.get("sha256") != hashlib.sha256(payload).hexdigest()):
            return None
        return _decode(payload, header.get("tagged") is True)
    except (OSError, ValueError, AttributeError, TypeError):
        return None  # missing, unreadable, truncated or not ours: check the files instead


def write(kind: str, key: str, data: Any) -> None:
    """Keep ``data`` for ``key`` (best effort: a cache that cannot be written is no error)."""
    path = _entry(kind, key)
    if path is None:
        return
    encoded, tagged = _encode(data)
    payload = json.dumps(encoded, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"format": FORMAT, "kind": kind, "key": key, "tagged": tagged,
                         "sha256": hashlib.sha256(payload).hexdigest()}).encode("ascii")
    from lbp_desktop.errors import UserError
    from lbp_desktop.security.private_file import write_private

    with contextlib.suppress(OSError, UserError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(path, header + b"\n" + payload)
        _prune(path.parent, kind)


def _prune(folder: Path, kind: str) -> None:
    entries = sorted(folder.glob(f"{kind}-*.json"), key=lambda p: p.stat().st_mtime,
                     reverse=True)
    for old in entries[_KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()


def round_trips(data: Any) -> bool:
    """Whether ``data`` comes back from an entry exactly equal (no tuples, dates, bytes, sets,
    or keys other than text and whole numbers)."""
    try:
        encoded, tagged = _encode(data)
        back = _decode(json.dumps(encoded).encode("utf-8"), tagged)
        return bool(back == data and _types(back) == _types(data))
    except (TypeError, ValueError):
        return False


def _types(data: Any) -> Any:
    """The shape of ``data`` with every value's type, so ``True`` and ``1`` differ."""
    if isinstance(data, dict):
        return {(type(name), name): _types(value) for name, value in data.items()}
    if isinstance(data, list):
        return [_types(value) for value in data]
    return type(data)
