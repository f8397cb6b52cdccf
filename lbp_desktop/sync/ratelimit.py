"""How often a tablet or an address may try again: a sliding-window limit for pairing, and a
growing lockout for staff PINs on a tablet.

A 4-digit PIN has 10,000 values. A flat "5 tries a minute" lets a stolen tablet token try them all
in 1.4 days; :class:`Lockout` doubles the wait after each wrong try past the first few and says
when to revoke the device, so a guessing run ends after a handful of tries.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key (a sliding window)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def blocked(self, key: str) -> float:
        """Seconds until ``key`` may try again (0 if it may now)."""
        now = time.monotonic()
        with self._lock:
            events = self._events.get(key)
            if not events:
                return 0.0
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) < self.limit:
                return 0.0
            return max(0.0, events[0] + self.window - now)

    def hit(self, key: str) -> None:
        with self._lock:
            self._events.setdefault(key, deque()).append(time.monotonic())

    def count(self, key: str) -> int:
        now = time.monotonic()
        with self._lock:
            return sum(1 for t in self._events.get(key, ()) if t > now - self.window)


@dataclass
class _Record:
    failures: int = 0
    until: float = 0.0


class Lockout:
    """Wrong tries per key: the first ``free`` are free, then each one waits ``base`` seconds
    doubled per further failure (capped at ``cap``); after ``revoke_after`` failures in a row the
    caller revokes the device. A success clears the count."""

    def __init__(self, *, free: int = 3, base: float = 2.0, cap: float = 900.0,
                 revoke_after: int = 8) -> None:
        self.free = free
        self.base = base
        self.cap = cap
        self.revoke_after = revoke_after
        self._records: dict[str, _Record] = {}
        self._lock = threading.Lock()

    def wait(self, key: str) -> float:
        """Seconds before ``key`` may try again."""
        with self._lock:
            record = self._records.get(key)
            return max(0.0, record.until - time.monotonic()) if record else 0.0

    def failed(self, key: str) -> int:
        """Count a wrong try; returns the failures in a row so far."""
        with self._lock:
            record = self._records.setdefault(key, _Record())
            record.failures += 1
            over = record.failures - self.free
            if over > 0:
                record.until = time.monotonic() + min(self.cap, self.base * 2 ** (over - 1))
            return record.failures

    def must_revoke(self, failures: int) -> bool:
        return failures >= self.revoke_after

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._records.pop(key, None)
