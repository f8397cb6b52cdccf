"""The hub's self-signed TLS certificate, its fingerprint, and the TLS contexts of both ends.

The hub makes one certificate at setup (``ensure_certificate``): an ECDSA P-256 key and a
self-signed X.509 certificate valid for ten years, naming ``localhost``, the machine's host name
and its addresses. Nobody's CA vouches for it; instead the tablet *pins* its SHA-256 fingerprint
(of the DER certificate), shown on the hub when pairing starts. A hub with any other certificate
is refused by the tablet (``PinnedContext``).

Files live in the sync folder (``sync_dir()``): ``sync/`` in the user's config folder, which is
never inside the data folder (``lbp_desktop.paths``), or ``$LBP_SYNC_DIR`` (tests, portable
installs). The private key file is written
with mode 0600.

Both ends speak TLS 1.2 or newer only (``ssl.TLSVersion.TLSv1_2`` as ``minimum_version``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

ENV_SYNC_DIR = "LBP_SYNC_DIR"
CERT_NAME = "hub-cert.pem"
KEY_NAME = "hub-key.pem"
MIN_TLS = ssl.TLSVersion.TLSv1_2


def sync_dir() -> Path:
    """The folder of the hub's certificate and the tablet's pairing state."""
    from lbp_desktop import paths  # never inside the data folder (see lbp_desktop.paths)

    return paths.sync_dir()


@dataclass(frozen=True)
class Certificate:
    cert_path: Path
    key_path: Path

    @property
    def fingerprint(self) -> str:
        return fingerprint_of_pem(self.cert_path.read_bytes())


def _names() -> tuple[list[str], list[str]]:
    dns = ["localhost"]
    ips = ["127.0.0.1", "::1"]
    try:
        host = socket.gethostname()
    except OSError:  # pragma: no cover
        host = ""
    if host and host not in dns:
        dns.append(host)
        try:
            for info in socket.getaddrinfo(host, None):
                address = str(info[4][0])
                if address not in ips and "%" not in address:
                    ips.append(address)
        except OSError:
            pass
    return dns, ips


def make_certificate(folder: Path | str, *, common_name: str = "lbp-desktop hub",
                     days: int = 3650) -> Certificate:
    """Write a fresh key and self-signed certificate into ``folder`` (replacing any there)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    dns, ips = _names()
    alt: list[x509.GeneralName] = [x509.DNSName(d) for d in dns]
    for address in ips:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(address)))
        except ValueError:
            continue
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alt), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .sign(key, hashes.SHA256())
    )
    key_path = folder / KEY_NAME
    cert_path = folder / CERT_NAME
    key_pem = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    from lbp_desktop.security.vault import write_private_file

    write_private_file(key_path, key_pem.decode("ascii"))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return Certificate(cert_path, key_path)


def ensure_certificate(folder: Path | str | None = None) -> Certificate:
    """The hub's certificate in ``folder`` (default ``sync_dir()``), made on first use."""
    folder = Path(folder) if folder is not None else sync_dir()
    cert = Certificate(folder / CERT_NAME, folder / KEY_NAME)
    if cert.cert_path.is_file() and cert.key_path.is_file():
        return cert
    return make_certificate(folder)


def fingerprint_of_der(der: bytes) -> str:
    """SHA-256 of a DER certificate, lower-case hex without separators."""
    return hashlib.sha256(der).hexdigest()


def fingerprint_of_pem(pem: bytes | str) -> str:
    text = pem.decode("ascii") if isinstance(pem, bytes) else pem
    return fingerprint_of_der(ssl.PEM_cert_to_DER_cert(text))


def normalise_fingerprint(text: str) -> str:
    """``AB:CD …`` / ``abcd-…`` / with spaces → ``abcd…`` (hex only, lower case)."""
    cleaned = "".join(ch for ch in text.lower() if ch not in " :-\t\n")
    if not cleaned or any(ch not in "0123456789abcdef" for ch in cleaned):
        raise ValueError("a fingerprint is hexadecimal digits (optionally grouped with : or -)")
    return cleaned


def format_fingerprint(fingerprint: str, group: int = 4) -> str:
    """For people: ``ab12 cd34 …`` in groups of four."""
    fp = normalise_fingerprint(fingerprint)
    return " ".join(fp[i:i + group] for i in range(0, len(fp), group))


def server_context(cert: Certificate) -> ssl.SSLContext:
    """The hub's TLS context: TLS 1.2+, its certificate and key."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = MIN_TLS
    context.load_cert_chain(str(cert.cert_path), str(cert.key_path))
    return context


def client_context() -> ssl.SSLContext:
    """The tablet's TLS context: TLS 1.2+, no CA check (the pin replaces it, see ``check_pin``).

    Name and CA checks are off because the hub's certificate is self-signed and the tablet may
    reach it by any address; the certificate is instead compared, byte for byte through its
    SHA-256, with the pinned fingerprint on every connection before any request is sent.
    """
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = MIN_TLS
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


class PinMismatch(ssl.SSLError):
    """The hub presented a certificate whose fingerprint is not the pinned one."""


def check_pin(ssl_object: ssl.SSLObject | ssl.SSLSocket, pinned: str) -> str:
    """Raise ``PinMismatch`` unless the peer's certificate has the pinned fingerprint.

    ``pinned`` may be a full fingerprint or a prefix of at least 16 hex digits (what a person
    types in from the hub's screen when pairing). Returns the full fingerprint seen.
    """
    der = ssl_object.getpeercert(binary_form=True)
    if not der:
        raise PinMismatch("the hub presented no certificate")
    seen = fingerprint_of_der(der)
    want = normalise_fingerprint(pinned)
    if len(want) < 16 or not seen.startswith(want):
        raise PinMismatch(f"the hub's certificate fingerprint {seen[:16]}… is not the pinned "
                          f"{want[:16]}… — refusing to talk to it")
    return seen


class PinnedContext(ssl.SSLContext):
    """A client TLS context that refuses any hub whose certificate is not the pinned one.

    ``wrap_socket`` (what httpx/httpcore call for every new connection) completes the handshake
    and checks the fingerprint before returning, so no byte of a request reaches a wrong hub.
    """

    pinned: str = ""

    def wrap_socket(self, sock, *args, **kwargs):  # type: ignore[override]
        wrapped = super().wrap_socket(sock, *args, **kwargs)
        try:
            check_pin(wrapped, self.pinned)
        except BaseException:
            wrapped.close()
            raise
        return wrapped


def pinned_context(fingerprint: str) -> PinnedContext:
    context = PinnedContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = MIN_TLS
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.pinned = normalise_fingerprint(fingerprint)
    return context


def peer_fingerprint(host: str, port: int, *, timeout: float = 5.0) -> str:
    """The SHA-256 fingerprint of the certificate a hub presents (to show before pairing)."""
    with socket.create_connection((host, port), timeout=timeout) as raw, \
            client_context().wrap_socket(raw, server_hostname=host) as tls:
        der = tls.getpeercert(binary_form=True)
    if not der:
        raise PinMismatch("the hub presented no certificate")
    return fingerprint_of_der(der)
