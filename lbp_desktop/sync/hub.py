"""The hub's tablet service: a Starlette app served by uvicorn over HTTPS (TLS 1.2+ only).

Run it headless with ``lbp-desktop serve --db PATH`` or from the clinician workspace with
``HubServer(db_path, key).start()`` / ``.stop()`` (uvicorn runs in its own thread, never the GUI
thread). Every database call runs on one dedicated worker thread that opens its own ``Store`` (a
store belongs to one thread), so the event loop keeps serving TLS handshakes meanwhile.

Endpoints (JSON; all under ``/sync/v1``; all but ``ping`` and ``pair`` need
``Authorization: Bearer <device token>``):

==========================================  ======================================================
``GET  /sync/v1/ping``                      ``{"service": "lbp-desktop hub", "version": …}``
``POST /sync/v1/pair``                      ``{"code", "name"}`` → ``{"device_id", "token"}``;
                                            403 wrong/expired/used code; 429 after too many
                                            failed attempts from one address
``GET  /sync/v1/sessions``                  questionnaires waiting for a tablet:
                                            ``{"sessions": [{"id", "first_name", "battery",
                                            "language", "position"}]}`` — nothing else
``GET  /sync/v1/Questionnaire``             FHIR ``Bundle`` of every ``Questionnaire``
``POST /sync/v1/sessions/{id}/answers``     in-progress ``QuestionnaireResponse`` fragment (see
                                            ``wire``) → ``{"results": [{"key", "status":
                                            "stored" | "rejected", "error"?}]}``
``POST /sync/v1/sessions/{id}/state``       ``{"position"?, "language"?}`` → ``{"ok": true}``
``POST /sync/v1/sessions/{id}/complete``    completed ``QuestionnaireResponse`` →
                                            ``{"status": "completed"}`` (repeatable)
``POST /sync/v1/unlock``                    ``{"pin"}`` or ``{"username", "password"}`` →
                                            ``{"ok", "user": {…}}``: staff sign-in for leaving
                                            patient mode on the tablet (rate-limited)
==========================================  ======================================================

Refusals: no/unknown token 401, revoked device 403 (at once: the token is checked on every
request), unknown session 404, a session that is not open 409, malformed body 400/422.
Every pairing (and failed attempt), every authenticated request, every delivery and every refusal
is written to the audit trail.
"""

from __future__ import annotations

from lbp_desktop.sync.hub_models import MAX_BODY
from lbp_desktop.sync.hub_routes import SERVICE_NAME, make_app
from lbp_desktop.sync.hub_server import DEFAULT_BIND, HubServer
from lbp_desktop.sync.hub_service import SESSION_DEVICE_PREFIX, DbWorker, HubState
from lbp_desktop.sync.pairing import (
    DEFAULT_PORT,
    PairingInfo,
    default_hub_url,
    parse_qr_payload,
    start_pairing,
)
from lbp_desktop.sync.ratelimit import Lockout, RateLimiter

__all__ = ["DEFAULT_BIND", "DEFAULT_PORT", "MAX_BODY", "SERVICE_NAME", "SESSION_DEVICE_PREFIX",
           "DbWorker", "HubServer", "HubState", "Lockout", "PairingInfo", "RateLimiter",
           "default_hub_url", "make_app", "parse_qr_payload", "start_pairing"]
