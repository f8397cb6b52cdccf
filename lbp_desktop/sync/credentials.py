"""The tablet's secrets: its device token and its outbox key, kept in the app's vault
(``lbp_desktop.security.vault``) like the database keys.

In the OS credential store they are ``hub-token:<id>`` and ``outbox-key:<id>``; as files
``<id>.<kind>`` in ``<sync dir>/secrets/``. ``LBP_SYNC_DIR`` (or ``LBP_KEY_DIR``) set forces the
file store — tests, CI and portable installs.

``<id>`` is the tablet's *client id*: a random id written in the client folder's
``client.json`` (no secret in it), so several tablet profiles (or ten simulated tablets in a
test) each have their own secrets.
"""

from __future__ import annotations

from pathlib import Path

from lbp_desktop.security.vault import Vault
from lbp_desktop.sync.tls import ENV_SYNC_DIR, sync_dir

KINDS = ("hub-token", "outbox-key")


def secrets_dir() -> Path:
    return sync_dir() / "secrets"


_VAULT = Vault(secrets_dir, (ENV_SYNC_DIR, "LBP_KEY_DIR"))


def store_secret(kind: str, identifier: str, value: bytes) -> str:
    """File ``value`` under ``kind``/``identifier``; returns "keyring" or the file path."""
    assert kind in KINDS
    return _VAULT.store(f"{kind}:{identifier}", f"{identifier}.{kind}", value)


def load_secret(kind: str, identifier: str) -> bytes | None:
    """The secret, or ``None`` if it is missing or its file is damaged (the tablet pairs again)."""
    assert kind in KINDS
    try:
        return _VAULT.load(f"{kind}:{identifier}", f"{identifier}.{kind}")
    except ValueError:
        return None


def forget_secret(kind: str, identifier: str) -> None:
    _VAULT.forget(f"{kind}:{identifier}", f"{identifier}.{kind}")
