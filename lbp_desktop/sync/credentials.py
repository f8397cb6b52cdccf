"""The tablet's secrets: its device token and its outbox key, kept like the database keys.

Same style as ``lbp_desktop.security.keys``: the operating system's credential store through
``keyring`` (service ``lbp-desktop``, user names ``hub-token:<id>`` and ``outbox-key:<id>``), and
where there is none (headless Linux, ``fail``/``null`` backends, or storing raises) a file
``<id>.<kind>`` holding hex, mode 0600 in a 0700 folder ``<sync dir>/secrets/``.
``LBP_SYNC_DIR`` (or ``LBP_KEY_DIR``) set forces the file store and never touches the OS store —
tests, CI and portable installs.

``<id>`` is the tablet's *client id*: a random id written in the client folder's
``client.json`` (no secret in it), so several tablet profiles (or ten simulated tablets in a
test) each have their own secrets.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from lbp_desktop.security.keys import keyring_usable, write_private_file
from lbp_desktop.sync.tls import ENV_SYNC_DIR, sync_dir

SERVICE = "lbp-desktop"
KINDS = ("hub-token", "outbox-key")


def _keyring_usable() -> bool:
    return keyring_usable(os.environ.get(ENV_SYNC_DIR) or os.environ.get("LBP_KEY_DIR"))


def secrets_dir() -> Path:
    return sync_dir() / "secrets"


def _file(kind: str, identifier: str) -> Path:
    return secrets_dir() / f"{identifier}.{kind}"


def store_secret(kind: str, identifier: str, value: bytes) -> str:
    """File ``value`` under ``kind``/``identifier``; returns "keyring" or the file path."""
    assert kind in KINDS
    if _keyring_usable():
        try:
            import keyring

            keyring.set_password(SERVICE, f"{kind}:{identifier}", value.hex())
            return "keyring"
        except Exception:
            pass
    path = _file(kind, identifier)
    write_private_file(path, value.hex() + "\n")
    return str(path)


def load_secret(kind: str, identifier: str) -> bytes | None:
    assert kind in KINDS
    if _keyring_usable():
        try:
            import keyring

            value = keyring.get_password(SERVICE, f"{kind}:{identifier}")
        except Exception:
            value = None
        if value:
            return bytes.fromhex(value.strip())
    try:
        return bytes.fromhex(_file(kind, identifier).read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None


def forget_secret(kind: str, identifier: str) -> None:
    if _keyring_usable():
        try:
            import keyring

            keyring.delete_password(SERVICE, f"{kind}:{identifier}")
        except Exception:
            pass
    with contextlib.suppress(OSError):
        _file(kind, identifier).unlink()
