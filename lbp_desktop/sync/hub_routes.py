"""The hub's HTTP surface: Starlette routes that authenticate, parse and refuse, then hand the
work to ``hub_service`` on the database thread. Refusals are exceptions turned into
``{"error": "..."}`` by the app's exception handlers, never a traceback to the tablet.

The client's address is the TCP peer's. Forwarded headers (``X-Forwarded-For``, ``Forwarded``)
are never read, and uvicorn runs with ``proxy_headers=False`` (see ``hub_server``), so a client
cannot pick the address the pairing limit counts.
"""

from __future__ import annotations

import logging
from typing import Any

from lbp_desktop import __version__
from lbp_desktop.errors import UserError
from lbp_desktop.questionnaires.answers import AnswerError
from lbp_desktop.storage import devices as devrepo
from lbp_desktop.storage.errors import DiskFullError
from lbp_desktop.sync import hub_service as service
from lbp_desktop.sync import wire
from lbp_desktop.sync.hub_models import (
    HttpError,
    PairRequest,
    StateRequest,
    UnlockRequest,
    body_json,
    parse_model,
)
from lbp_desktop.sync.hub_service import HubState

log = logging.getLogger(__name__)

SERVICE_NAME = "lbp-desktop hub"


def error(status: int, message: str, headers: dict[str, str] | None = None) -> Any:
    from starlette.responses import JSONResponse

    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def client_ip(request: Any) -> str:
    """The TCP peer (forwarded headers are not trusted)."""
    return request.client.host if request.client else "?"


async def authenticate(state: HubState, request: Any, what: str) -> Any:
    header = request.headers.get("authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else ""
    ip = client_ip(request)
    status, device = await state.db.call(
        lambda store: service.check_device(state, store, token, what, ip))
    if status == 401:
        raise HttpError(401, "no valid device token; pair this tablet again",
                        {"WWW-Authenticate": 'Bearer realm="lbp-desktop"'})
    if status == 403:
        raise HttpError(403, "this tablet has been revoked on the hub")
    return device


class Routes:
    """The endpoint handlers, bound to one hub's state."""

    def __init__(self, state: HubState) -> None:
        self.state = state

    async def ping(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        return JSONResponse({"service": SERVICE_NAME, "version": __version__})

    async def pair(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        state, ip = self.state, client_ip(request)
        wait = state.pair_limiter.blocked(ip)
        if wait > 0:
            raise HttpError(429, "too many failed pairing attempts; wait a minute and try again",
                            {"Retry-After": str(int(wait) + 1)})
        body = parse_model(PairRequest, await body_json(request))
        result = await state.db.call(
            lambda store: service.claim(store, body.code, body.name or "tablet", ip))
        if result is None:
            state.pair_limiter.hit(ip)
            state.failed_pairings_total.hit("all")
            if state.failed_pairings_total.blocked("all") > 0:
                await state.db.call(devrepo.void_pairing_codes)
                log.warning("too many failed pairing attempts: outstanding codes voided")
            raise HttpError(403, "wrong or expired pairing code")
        device_id, token = result
        return JSONResponse({"device_id": device_id, "token": token})

    async def sessions(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        device = await authenticate(self.state, request, "list sessions")
        ip = client_ip(request)
        found = await self.state.db.call(lambda store: service.listing(store, device, ip))
        return JSONResponse({"sessions": found})

    async def questionnaire_bundle(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        device = await authenticate(self.state, request, "fetch questionnaires")
        ip = client_ip(request)
        await self.state.db.call(lambda store: store.audit(
            "connect", "device", device.id,
            detail=f"questionnaires fetched by {device.name} from {ip}"))
        return JSONResponse(wire.questionnaire_bundle(self.state.forms),
                            media_type="application/fhir+json")

    async def answers(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        device = await authenticate(self.state, request, "deliver answers")
        response_id = request.path_params["session"]
        data = await body_json(request)
        try:
            parsed = wire.parse_fragment(data, self.state.forms)
        except AnswerError as exc:
            raise HttpError(422, str(exc)) from None
        results = await self.state.db.call(
            lambda store: service.store_answers(self.state, store, device, response_id, parsed))
        return JSONResponse({"results": results})

    async def session_state(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        device = await authenticate(self.state, request, "save position")
        response_id = request.path_params["session"]
        body = parse_model(StateRequest, await body_json(request))
        await self.state.db.call(lambda store: service.save_state(
            self.state, store, device, response_id, body.position, body.language))
        return JSONResponse({"ok": True})

    async def complete(self, request: Any) -> Any:
        from starlette.responses import JSONResponse

        device = await authenticate(self.state, request, "complete")
        response_id = request.path_params["session"]
        data = await body_json(request)
        try:
            key, battery_id, final = wire.parse_completed(data, self.state.forms)
        except AnswerError as exc:
            raise HttpError(422, str(exc)) from None
        if not key:
            raise HttpError(422, "the completed QuestionnaireResponse has no idempotency key")
        if isinstance(data, dict) and data.get("id") not in (None, response_id):
            raise HttpError(422, "the QuestionnaireResponse id is not this session")
        status = await self.state.db.call(lambda store: service.finish(
            self.state, store, device, response_id, key, battery_id, final))
        return JSONResponse({"status": status})

    async def unlock(self, request: Any) -> Any:
        """Staff sign-in on the tablet. Wrong PINs make each device wait longer (doubling), and
        a run of them revokes the device: a stolen token cannot walk through 10,000 PINs."""
        from starlette.responses import JSONResponse

        state = self.state
        device = await authenticate(state, request, "staff unlock")
        ip = client_ip(request)
        wait = state.unlock_lockout.wait(device.id)
        if wait > 0:
            raise HttpError(429, "too many wrong PINs; wait and try again",
                            {"Retry-After": str(int(wait) + 1)})
        body = parse_model(UnlockRequest, await body_json(request))
        user = await state.db.call(lambda store: service.unlock(
            store, device, ip, body.pin, body.username, body.password))
        if user is None:
            failures = state.unlock_lockout.failed(device.id)
            if state.unlock_lockout.must_revoke(failures):
                await state.db.call(
                    lambda store: service.revoke_for_guessing(store, device, failures))
                raise HttpError(403, "this tablet has been revoked on the hub")
            return JSONResponse({"ok": False}, status_code=403)
        state.unlock_lockout.succeeded(device.id)
        return JSONResponse({"ok": True, "user": {
            "id": user.id, "username": user.username, "name": user.name, "role": user.role,
            "active": user.active}})


async def _http_error(request: Any, exc: Exception) -> Any:
    assert isinstance(exc, HttpError)
    return error(exc.status, exc.message, exc.headers)


async def _user_error(request: Any, exc: Exception) -> Any:
    if isinstance(exc, DiskFullError):  # not the tablet's fault: it keeps the answers
        log.error("hub request failed: %s %s: %s", request.method, request.url.path, exc)
        return error(503, "the hub's disk is full; the tablet will try again",
                     {"Retry-After": "60"})
    return error(409, str(exc))


async def _unexpected(request: Any, exc: Exception) -> Any:
    log.exception("hub request failed: %s %s", request.method, request.url.path,
                  exc_info=exc)
    return error(500, "the hub could not handle the request")


def make_app(state: HubState) -> Any:
    from starlette.applications import Starlette
    from starlette.routing import Route

    routes = Routes(state)
    table = [
        ("/sync/v1/ping", routes.ping, "GET"),
        ("/sync/v1/pair", routes.pair, "POST"),
        ("/sync/v1/sessions", routes.sessions, "GET"),
        ("/sync/v1/Questionnaire", routes.questionnaire_bundle, "GET"),
        ("/sync/v1/sessions/{session}/answers", routes.answers, "POST"),
        ("/sync/v1/sessions/{session}/state", routes.session_state, "POST"),
        ("/sync/v1/sessions/{session}/complete", routes.complete, "POST"),
        ("/sync/v1/unlock", routes.unlock, "POST"),
    ]
    return Starlette(
        routes=[Route(path, handler, methods=[method]) for path, handler, method in table],
        exception_handlers={HttpError: _http_error, UserError: _user_error,
                            Exception: _unexpected})
