"""The addresses a tablet can use to reach this PC's tablet service.

One function for the GUI's pairing dialog and the ``pair`` command, so both put the same address
in the QR code: the first IPv4 address on the clinic network (a tablet often cannot resolve the
PC's host name), falling back to the host name and then to the loopback address.
"""

from __future__ import annotations

import contextlib
import socket

_ANY = ("0.0.0.0", "::", "")


def local_addresses() -> list[str]:
    """This PC's IPv4 addresses on the clinic network, the most likely one first."""
    found: list[str] = []
    try:  # the address of the interface with the default route; no packet is sent
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    out: list[str] = []
    for address in found:
        if address not in out and not address.startswith("127."):
            out.append(address)
    return out


def hub_urls(bind: str, port: int) -> list[str]:
    """The addresses a tablet can use to reach a hub listening on ``bind:port``."""
    if bind not in _ANY:
        host = f"[{bind}]" if ":" in bind else bind
        return [f"https://{host}:{port}"]
    urls = [f"https://{address}:{port}" for address in local_addresses()]
    try:
        name = socket.gethostname()
    except OSError:  # pragma: no cover
        name = ""
    if name:
        urls.append(f"https://{name}:{port}")
    return urls or [f"https://127.0.0.1:{port}"]


def pairing_url(bind: str, port: int) -> str:
    """The address put in the pairing QR code for a hub on ``bind:port``."""
    return hub_urls(bind, port)[0]
