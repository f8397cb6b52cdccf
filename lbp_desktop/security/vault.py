"""Where the app keeps a secret (a database key, a tablet's device token or outbox key).

One rule for every secret: the operating system's credential store through ``keyring`` (Windows
Credential Manager, macOS Keychain, Secret Service on Linux desktops; service ``lbp-desktop``),
and where there is none — a headless Linux box whose ``keyring`` falls back to its ``fail``/``null``
backend, or storing raises — a file holding the secret as hex, mode 0600 in a folder made 0700.
Setting the vault's override variable (``LBP_KEY_DIR``, ``LBP_SYNC_DIR``) forces the file store
in that folder and never touches the OS store: tests, CI and portable installs.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

SERVICE = "lbp-desktop"


def keyring_usable(override: str | None = None) -> bool:
    """True if the OS credential store can be used; a folder ``override`` (env var) forbids it."""
    if override or _no_credential_service():
        return False
    try:
        import keyring
        from keyring.backends import fail, null
    except Exception:  # pragma: no cover - keyring is a dependency
        return False
    try:
        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    try:
        from keyring.backends import chainer

        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
    except ImportError:  # pragma: no cover
        pass
    return True


def _no_credential_service() -> bool:
    """True where no credential store can be reached, decided without importing ``keyring``.

    On Linux and the BSDs every store ``keyring`` ships (Secret Service, KWallet) is reached over
    the D-Bus session bus, and Secret Service refuses to start without
    ``DBUS_SESSION_BUS_ADDRESS``; without it ``keyring`` ends at its ``fail`` backend anyway.
    Finding that out through ``keyring`` costs ~150 ms (its import and a scan of every backend,
    including the macOS one's library search) before the sign-in window can open the database.
    A backend chosen through keyring's own settings (``PYTHON_KEYRING_BACKEND``, its
    ``keyringrc.cfg``) or set by code that already loaded ``keyring`` is always asked.
    """
    if sys.platform in ("win32", "darwin") or "keyring" in sys.modules:
        return False
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS") or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return False
    config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    return not os.path.exists(os.path.join(config_home, "python_keyring", "keyringrc.cfg"))


def write_private_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` durably, mode 0600, in a folder made 0700; atomic replace."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a folder owned by someone else
        os.chmod(folder, 0o700)
    tmp = path.with_name(path.name + f".tmp{os.getpid()}")
    # O_BINARY: on Windows os.open is otherwise text mode and writes "\n" as "\r\n".
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, text.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


class Vault:
    """Secrets filed under a name (``db:<id>``, ``hub-token:<id>``) in the OS credential store,
    or as ``folder() / file_name`` when there is none.

    ``overrides`` are environment variables; the first one set forbids the OS store.
    """

    def __init__(self, folder: Callable[[], Path], overrides: Sequence[str]) -> None:
        self.folder = folder
        self.overrides = tuple(overrides)

    def uses_keyring(self) -> bool:
        override = next((os.environ[v] for v in self.overrides if os.environ.get(v)), None)
        return keyring_usable(override)

    def store(self, name: str, file_name: str, value: bytes) -> str:
        """File ``value``; returns where it went: ``"keyring"`` or the file's path."""
        if self.uses_keyring():
            try:
                import keyring

                keyring.set_password(SERVICE, name, value.hex())
                return "keyring"
            except Exception:
                pass  # fall back to the file below
        path = self.folder() / file_name
        write_private_file(path, value.hex() + "\n")
        return str(path)

    def load(self, name: str, file_name: str) -> bytes | None:
        """The secret, or ``None`` if it is filed nowhere. ``ValueError`` (naming the file) if
        the file holds something that is not hex."""
        if self.uses_keyring():
            try:
                import keyring

                value = keyring.get_password(SERVICE, name)
            except Exception:
                value = None
            if value:
                return bytes.fromhex(value.strip())
        path = self.folder() / file_name
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            return bytes.fromhex(raw.decode("ascii").strip())
        except ValueError:  # UnicodeDecodeError included
            raise ValueError(f"{path}: not a key file (expected hex characters)") from None

    def forget(self, name: str, file_name: str) -> None:
        if self.uses_keyring():
            try:
                import keyring

                keyring.delete_password(SERVICE, name)
            except Exception:
                pass
        with contextlib.suppress(OSError):
            (self.folder() / file_name).unlink()
