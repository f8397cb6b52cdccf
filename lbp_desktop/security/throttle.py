"""A growing delay after failed sign-ins (1 s, 2 s, 4 s … up to 5 minutes), reset on success.

Argon2 makes each guess slow, but not slow enough against a patient with time on their hands at an
unattended practice PC; doubling the wait after each failure makes guessing impractical while a
clinician who mistypes once barely notices. Qt-free; the screens show the countdown.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class SignInThrottle:
    def __init__(self, base_ms: int = 1000, max_ms: int = 300_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.base_ms = base_ms
        self.max_ms = max_ms
        self.failures = 0
        self._clock = clock
        self._until = 0.0

    def wait_ms(self) -> int:
        """How long until the next attempt is allowed (0: now)."""
        return max(0, int((self._until - self._clock()) * 1000))

    def failed(self) -> int:
        """Record a failed attempt; returns the delay before the next one, in ms."""
        self.failures += 1
        delay = min(self.base_ms * 2 ** (self.failures - 1), self.max_ms)
        self._until = self._clock() + delay / 1000
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self._until = 0.0


WORKSPACE = SignInThrottle()
"""Shared by the sign-in dialog and the lock screen, so 'Skift bruger' does not reset the delay."""
