"""What can go wrong between a tablet and the hub, as errors the kiosk can explain."""

from __future__ import annotations

from lbp_desktop.errors import UserError


class SyncError(UserError):
    """A problem talking to the hub, with a message for staff."""


class HubUnreachable(SyncError):
    """The hub did not answer (network down, hub stopped): answers wait in the outbox."""


class HubRefused(SyncError):
    """The hub refused this tablet (401 unknown token / 403 revoked): pair it again."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


class HubError(HubUnreachable):
    """The hub answered with a server error (5xx) or asked to slow down (429): the answers stay
    in the outbox and are sent again after a growing, capped wait; staff see the hub's reason
    (``status == "hub_error"``, ``last_error``)."""


class PinMismatchError(SyncError):
    """The server presented a certificate other than the pinned one: nothing was sent."""


class PairingError(SyncError):
    """Pairing failed (wrong/expired code, too many attempts)."""


__all__ = ["HubError", "HubRefused", "HubUnreachable", "PairingError", "PinMismatchError",
           "SyncError"]
