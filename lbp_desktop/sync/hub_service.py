"""The hub's work on the database, one function per request kind, run on the hub's single
database thread (:class:`DbWorker`). No HTTP here: the routes (``hub_routes``) parse and refuse,
these read and write. Every write a request makes is one transaction: a batch of answers is
stored whole or not at all.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lbp_desktop.questionnaires.answers import AnswerError
from lbp_desktop.storage import devices as devrepo
from lbp_desktop.storage.errors import DiskFullError, StorageError
from lbp_desktop.sync.hub_models import HttpError
from lbp_desktop.sync.ratelimit import Lockout, RateLimiter

log = logging.getLogger(__name__)

T = TypeVar("T")

SESSION_DEVICE_PREFIX = "device:"
"""A response started with ``device="device:<id>"`` is offered only to that tablet."""


class DbWorker:
    """One thread that owns the hub's ``Store``; ``call(fn)`` runs ``fn(store)`` on it."""

    def __init__(self, opener: Callable[[], Any]) -> None:
        self._executor = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="lbp-hub-db")
        self._opener = opener
        self.store: Any = None
        self._executor.submit(self._open).result()

    def _open(self) -> None:
        self.store = self._opener()

    async def call(self, fn: Callable[[Any], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, self.store)

    def run(self, fn: Callable[[Any], T]) -> T:
        return self._executor.submit(fn, self.store).result()

    def close(self) -> None:
        def _close(store: Any) -> None:
            if store is not None:
                store.close()

        with contextlib.suppress(Exception):
            self._executor.submit(_close, self.store).result(timeout=10)
        self._executor.shutdown(wait=True)


@dataclass
class HubState:
    db: DbWorker
    forms: Any
    pair_limiter: RateLimiter
    unlock_lockout: Lockout
    failed_pairings_total: RateLimiter
    seen: dict[str, float] = field(default_factory=dict)
    patient_of: dict[str, str] = field(default_factory=dict)


# -- devices ---------------------------------------------------------------------------------


def check_device(state: HubState, store: Any, token: str, what: str,
                 ip: str) -> tuple[int, Any]:
    """``(200, device)``, ``(401, None)`` for no valid token, ``(403, device)`` if revoked."""
    device = devrepo.device_for_token(store, token) if token else None
    if device is None:
        store.audit("device_refused", "device", None,
                    detail=f"{what} from {ip}: no valid device token")
        return 401, None
    if device.revoked:
        store.audit("device_refused", "device", device.id,
                    detail=f"{what} from {ip}: device revoked (name={device.name})")
        return 403, device
    if time.monotonic() - state.seen.get(device.id, 0.0) > 30:
        devrepo.touch(store, device.id)
        state.seen[device.id] = time.monotonic()
    return 200, device


def claim(store: Any, code: str, name: str, ip: str) -> tuple[str, str] | None:
    """Pair a tablet with a one-time code: ``(device_id, token)`` or ``None``."""
    result = devrepo.claim_pairing_code(store, code, name)
    if result is None:
        store.audit("pairing_failed", "device", None,
                    detail=f"wrong, used or expired pairing code from {ip}")
        return None
    device, token = result
    store.audit("pair", "device", device.id, detail=f"name={device.name} from {ip}")
    return device.id, token


def unlock(store: Any, device: Any, ip: str, pin: str, username: str, password: str) -> Any:
    """The staff user for a PIN or a user name and password on the tablet, or ``None``."""
    user = None
    if pin:
        user = store.authenticate_pin(pin)
    elif username and password:
        user = store.authenticate(username, password)
    store.audit("unlock" if user else "unlock_failed", "device", device.id,
                detail=f"{device.name} from {ip}")
    return user


def revoke_for_guessing(store: Any, device: Any, failures: int) -> None:
    devrepo.revoke(store, device.id)
    store.audit("device_revoked", "device", device.id,
                detail=f"{device.name}: revoked after {failures} wrong staff PINs in a row")


# -- sessions --------------------------------------------------------------------------------


def listing(store: Any, device: Any, ip: str) -> list[dict[str, Any]]:
    """The questionnaires waiting for this tablet: first name, battery, language, position."""
    out = []
    for row in store.worklist(open_only=True, limit=500):
        if row.questionnaire not in ("waiting", "in_progress"):
            continue
        response = store.open_response(row.episode_id)
        if response is None:
            continue
        if response.device.startswith(SESSION_DEVICE_PREFIX) and \
                response.device != SESSION_DEVICE_PREFIX + device.id:
            continue
        out.append({"id": response.id, "first_name": (row.patient_name.split() or [""])[0],
                    "battery": response.battery_id, "language": response.language,
                    "position": response.position})
    store.audit("connect", "device", device.id,
                detail=f"sessions listed ({len(out)}) by {device.name} from {ip}")
    return out


def open_session(state: HubState, store: Any, response_id: str) -> Any:
    try:
        response = store.response(response_id)
    except StorageError:
        raise HttpError(404, "no such session") from None
    if response_id not in state.patient_of:
        state.patient_of[response_id] = store.episode(response.episode_id).patient_id
    return response


def store_answers(state: HubState, store: Any, device: Any, response_id: str,
                  parsed: list[Any]) -> list[dict[str, Any]]:
    """Record a batch of deliveries in one transaction. An answer the forms or the session
    refuse is reported ``rejected`` by key (the tablet drops it); a failure of the database (a
    full disk, an I/O error) undoes the whole batch and the tablet sends it again later."""
    response = open_session(state, store, response_id)
    if response.status == "abandoned":
        raise HttpError(409, "the questionnaire was abandoned on the hub")
    results = []
    with store.db.atomic():
        for delivery in parsed:
            results.append(_store_one(store, response_id, delivery))
    stored = sum(1 for r in results if r["status"] == "stored")
    store.audit("deliver", "response", response_id, patient_id=state.patient_of.get(response_id),
                detail=f"device={device.id} ({device.name}) answers={len(results)} "
                       f"acknowledged={stored} rejected={len(results) - stored}")
    return results


def _store_one(store: Any, response_id: str, delivery: Any) -> dict[str, Any]:
    if isinstance(delivery, AnswerError):
        return {"key": getattr(delivery, "key", None), "status": "rejected",
                "error": str(delivery)}
    try:
        store.record_answer(response_id, delivery.form_id, delivery.item_id, delivery.value,
                            idempotency_key=delivery.key)
    except DiskFullError:
        raise  # the whole batch is undone; the tablet keeps it and tries again
    except (AnswerError, StorageError) as exc:  # refused for good (e.g. a closed session)
        return {"key": delivery.key, "status": "rejected", "error": str(exc)}
    return {"key": delivery.key, "status": "stored"}


def save_state(state: HubState, store: Any, device: Any, response_id: str,
               position: str | None, language: str | None) -> None:
    response = open_session(state, store, response_id)
    if response.status != "in_progress":
        return
    with store.db.atomic():
        if position is not None:
            store.set_position(response_id, position[:200])
        if language is not None:
            store.set_language(response_id, language)
        store.audit("deliver", "response", response_id,
                    patient_id=state.patient_of.get(response_id),
                    detail=f"device={device.id} ({device.name}) position/language")


def finish(state: HubState, store: Any, device: Any, response_id: str, key: str,
           battery_id: str | None, final: dict[str, dict[str, Any]]) -> str:
    """Reconcile the tablet's final answers with what the hub holds and complete, in one
    transaction (repeatable: a completed session stays completed)."""
    response = open_session(state, store, response_id)
    if battery_id and battery_id != response.battery_id:
        raise HttpError(422, f"this session is {response.battery_id}, not {battery_id}")
    if response.status == "completed":
        return "completed"
    if response.status == "abandoned":
        raise HttpError(409, "the questionnaire was abandoned on the hub")
    with store.db.atomic():
        changed = _reconcile(store, response_id, key, final)
        store.complete_response(response_id)
        store.audit("complete", "response", response_id,
                    patient_id=state.patient_of.get(response_id),
                    detail=f"device={device.id} ({device.name}) completed; "
                           f"{changed} answers reconciled")
    return "completed"


def _reconcile(store: Any, response_id: str, key: str,
               final: dict[str, dict[str, Any]]) -> int:
    held = store.answers(response_id)
    changed = 0
    for form_id in sorted(set(held) | set(final)):
        mine, theirs = held.get(form_id, {}), final.get(form_id, {})
        for item_id in list(theirs) + [i for i in mine if i not in theirs]:
            value = theirs.get(item_id)
            if mine.get(item_id) != value:
                store.record_answer(response_id, form_id, item_id, value,
                                    idempotency_key=f"{key}:{form_id}.{item_id}")
                changed += 1
    return changed
