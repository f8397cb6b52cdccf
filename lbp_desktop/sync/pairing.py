"""Pairing a tablet with the hub: the one-time code, the QR code that carries it with the hub's
address and certificate fingerprint, and reading that QR code back on the tablet."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lbp_desktop.sync import tls

DEFAULT_PORT = 8443


@dataclass(frozen=True)
class PairingInfo:
    code: str
    expires_at: float
    fingerprint: str
    hub_url: str | None

    @property
    def qr_payload(self) -> str:
        """What the QR code holds: ``lbp-desktop-pair:?hub=…&code=…&fp=…``."""
        from urllib.parse import urlencode

        fields = {"code": self.code, "fp": self.fingerprint}
        if self.hub_url:
            fields = {"hub": self.hub_url, **fields}
        return "lbp-desktop-pair:?" + urlencode(fields)

    def qr_matrix(self) -> list[list[bool]]:
        """The QR code's modules (True = dark, with a 4-module quiet zone) for the GUI to paint
        (no Pillow needed)."""
        import qrcode

        qr = qrcode.QRCode(border=4)
        qr.add_data(self.qr_payload)
        qr.make(fit=True)
        return [list(row) for row in qr.get_matrix()]

    def qr_text(self) -> str:
        """The QR code as text (for a terminal)."""
        import io

        import qrcode

        qr = qrcode.QRCode(border=1)
        qr.add_data(self.qr_payload)
        qr.make(fit=True)
        out = io.StringIO()
        qr.print_ascii(out=out, invert=True)
        return out.getvalue()


def parse_qr_payload(text: str) -> dict[str, str]:
    """``{"hub"?, "code", "fp"}`` from a scanned ``qr_payload``."""
    from urllib.parse import parse_qsl

    prefix = "lbp-desktop-pair:?"
    if not text.startswith(prefix):
        raise ValueError("not an lbp-desktop pairing code")
    return dict(parse_qsl(text[len(prefix):]))


def start_pairing(store: Any, *, cert: tls.Certificate | None = None,
                  cert_dir: Path | str | None = None, hub_url: str | None = None,
                  ttl_seconds: float = 300) -> PairingInfo:
    """Make a one-time pairing code (the admin's "Pair a tablet" button and ``pair`` command)."""
    from lbp_desktop.storage import devices as devrepo

    cert = cert or tls.ensure_certificate(cert_dir)
    code = devrepo.create_pairing_code(store, ttl_seconds=ttl_seconds)
    return PairingInfo(code=code.code, expires_at=code.expires_at, fingerprint=cert.fingerprint,
                       hub_url=hub_url)


def default_hub_url(port: int = DEFAULT_PORT) -> str:
    """``https://<this machine's name>:<port>`` for the pairing QR code."""
    try:
        host = socket.gethostname() or "localhost"
    except OSError:  # pragma: no cover
        host = "localhost"
    return f"https://{host}:{port}"
