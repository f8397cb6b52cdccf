"""Database keys: where the random SQLCipher key of a clinic database lives, and how to recover it.

The database key is 32 random bytes made when the database is created. It is **not** derived from
any user's password, so a forgotten clinician password never costs data (an admin resets it).

Where the key is kept (per database, keyed by a *database id*):

- Every database ``clinic.lbp`` gets a small sidecar file ``clinic.lbp.keyid`` next to it holding a
  random id (no secret in it). The key is filed under that id, so moving or renaming the database
  together with its sidecar keeps working. Without a sidecar the id is derived from the absolute
  path of the database.
- Normally the key is stored in the operating system's credential store through ``keyring``
  (Windows Credential Manager, macOS Keychain, Secret Service on Linux desktops), service
  ``lbp-desktop``, user name ``db:<id>``.
- **Fallback** where no usable credential store exists (a headless Linux box, where ``keyring``
  falls back to its ``fail``/``null`` backend, or storing raises): a key file
  ``<id>.key`` (hex) in the user's key folder (``lbp_desktop.paths.key_dir``: on Linux
  ``~/.config/lbp-desktop/keys``, on Windows ``%LOCALAPPDATA%\\lbp-desktop-config\\keys``),
  created with mode 0600 in a 0700 folder — readable only by the user (on Windows, where modes
  mean nothing, by being in that user's profile), and *outside* the data folder so that a copied
  data folder or backup does not carry its key along.
- ``LBP_KEY_DIR=/some/dir`` forces the key-file store in that folder and never touches the OS
  credential store (tests, CI, portable installs).
- Where a secret goes is decided once, in ``lbp_desktop.security.vault``, for the database keys
  and the tablet's secrets alike.

How a key is found for a database (first match wins): an explicit key passed in; ``--key-file``
(a file holding the key as 64 hex characters, or a recovery key); the environment variable
``LBP_DB_KEY`` (64 hex characters); the credential store; the key file.

Recovery key: the key itself, with a 2-byte checksum, written as base32 in dash-separated groups of
four (``ABCD-EFGH-…``). It is shown once to the admin at setup; typed back in (case and spacing do
not matter) it reconstructs the key exactly (``key_from_recovery``).
"""

from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from lbp_desktop.errors import UserError
from lbp_desktop.security.vault import Vault

KEY_BYTES = 32
SIDECAR_SUFFIX = ".keyid"
ENV_KEY = "LBP_DB_KEY"
ENV_KEY_DIR = "LBP_KEY_DIR"


class DatabaseKeyError(UserError):
    """No key found, or a key in a bad format."""




def generate_key() -> bytes:
    import secrets

    return secrets.token_bytes(KEY_BYTES)


def _sha256(data: bytes) -> bytes:
    """SHA-256, importing ``hashlib`` on first use: its import loads OpenSSL's libcrypto (~3 MiB
    resident), which opening a database by its sidecar id — the sign-in window — never needs."""
    import hashlib

    return hashlib.sha256(data).digest()


# -- recovery key -----------------------------------------------------------------------------


def recovery_key(key: bytes) -> str:
    """A human-readable form of ``key`` (base32 groups of four) that reconstructs it."""
    _check_key(key)
    check = _sha256(key)[:2]
    text = base64.b32encode(key + check).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_from_recovery(text: str) -> bytes:
    """The key written in ``text`` (a recovery key); ``UserError`` if it is mistyped."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except (ValueError, binascii.Error):
        raise DatabaseKeyError("the recovery key is not valid (check for typing errors)") from None
    if len(raw) != KEY_BYTES + 2:
        raise DatabaseKeyError("the recovery key has the wrong length (check for missing groups)")
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _sha256(key)[:2] != check:
        raise DatabaseKeyError("the recovery key is not valid (check for typing errors)")
    return key


def parse_key_text(text: str) -> bytes:
    """A key given as 64 hex characters or as a recovery key."""
    stripped = text.strip()
    if len(stripped) == KEY_BYTES * 2:
        try:
            return bytes.fromhex(stripped)
        except ValueError:
            pass
    if "-" in stripped or len(stripped) > KEY_BYTES * 2:
        return key_from_recovery(stripped)
    raise DatabaseKeyError("a database key must be 64 hex characters or a recovery key")


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes | bytearray) or len(key) != KEY_BYTES:
        raise DatabaseKeyError(f"a database key must be {KEY_BYTES} bytes")


# -- database ids -----------------------------------------------------------------------------


def sidecar_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + SIDECAR_SUFFIX)


def db_id(db_path: Path | str) -> str:
    """The id under which the database's key is filed (sidecar id, else from the path)."""
    sidecar = sidecar_path(db_path)
    try:
        # bytes decoded here rather than an "ascii" text file: no codec module to import
        text = sidecar.read_bytes().decode("ascii").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if text and all(ch.isalnum() or ch == "-" for ch in text):
        return text
    absolute = str(Path(db_path).expanduser().resolve())
    return "path-" + _sha256(absolute.encode("utf-8")).hex()[:32]


def new_db_id(db_path: Path | str, value: str | None = None) -> str:
    """Write a fresh (or the given) id to the database's sidecar and return it."""
    if not value:
        import uuid

        value = str(uuid.uuid4())
    sidecar = sidecar_path(db_path)
    sidecar.write_text(value + "\n", encoding="ascii")
    return value


# -- key storage ------------------------------------------------------------------------------


def key_dir() -> Path:
    """``$LBP_KEY_DIR`` or the user's key folder, never inside the data folder (``paths``)."""
    from lbp_desktop import paths

    return paths.key_dir()


_VAULT = Vault(lambda: key_dir(), (ENV_KEY_DIR,))


def storage_description() -> str:
    """Where keys are kept on this machine, for the admin screen and the CLI."""
    if _VAULT.uses_keyring():
        import keyring

        return f"the operating system's credential store ({type(keyring.get_keyring()).__name__})"
    return f"a key file readable only by this user in {key_dir()}"


def store_key(identifier: str, key: bytes) -> str:
    """File the key under ``identifier``; returns where it went ("keyring" or the file path)."""
    _check_key(key)
    return _VAULT.store(f"db:{identifier}", f"{identifier}.key", key)


def load_stored_key(identifier: str) -> bytes | None:
    try:
        return _VAULT.load(f"db:{identifier}", f"{identifier}.key")
    except ValueError:
        path = key_dir() / f"{identifier}.key"
        raise DatabaseKeyError(f"{path}: not a key file (expected 64 hex characters)") from None


def forget_key(identifier: str) -> None:
    _VAULT.forget(f"db:{identifier}", f"{identifier}.key")


def read_key_file(path: Path | str) -> bytes:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DatabaseKeyError(f"{path}: cannot read key file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise DatabaseKeyError(f"{path}: not a key file") from None
    return parse_key_text(text)


def find_key(db_path: Path | str, *, key_file: Path | str | None = None) -> bytes:
    """The key of the database at ``db_path``: ``--key-file``, ``LBP_DB_KEY``, store; else error."""
    if key_file:
        return read_key_file(key_file)
    env = os.environ.get(ENV_KEY)
    if env:
        return parse_key_text(env)
    found = load_stored_key(db_id(db_path))
    if found is None:
        raise DatabaseKeyError(
            f"{db_path}: no key found for this database (use --key-file, {ENV_KEY} or the "
            "recovery key)"
        )
    return found


def setup_key(db_path: Path | str, key: bytes | None = None) -> tuple[bytes, str]:
    """Make (or take) a key for a new database at ``db_path``, write its sidecar id, store it.

    Returns ``(key, recovery_key_text)``; show the recovery key to the admin once.
    """
    key = key or generate_key()
    identifier = new_db_id(db_path)
    store_key(identifier, key)
    return key, recovery_key(key)
