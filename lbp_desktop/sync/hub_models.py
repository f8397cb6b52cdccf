"""What the hub accepts in a request body, checked before anything touches the database.

The body is read in chunks and refused as soon as it passes :data:`MAX_BODY` (a declared
``Content-Length`` over the limit is refused before a byte is read), so an unauthenticated client
cannot make the hub buffer a 200 MB upload. It is then parsed strictly
(``interop.strict_json``: no NaN/Infinity/1e400, no lone surrogates, no deep nesting) and the
small JSON objects are validated with pydantic models; a bad value is a 4xx with one line, never
a 500.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from lbp_desktop.interop import strict_json

MAX_BODY = 1_000_000


class HttpError(Exception):
    """A refusal with its HTTP status (turned into ``{"error": message}`` by the app)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore", str_max_length=1000)


class PairRequest(_Body):
    code: str = Field(default="", max_length=64)
    name: str = Field(default="tablet", max_length=100)


class StateRequest(_Body):
    position: str | None = None
    language: str | None = Field(default=None, pattern="^(da|en)$")


class UnlockRequest(_Body):
    pin: str = Field(default="", max_length=32)
    username: str = Field(default="", max_length=100)
    password: str = Field(default="", max_length=200)


async def read_body(request: Any, limit: int = MAX_BODY) -> bytes:
    """The body, refused with 413 as soon as it is known to be larger than ``limit``."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HttpError(400, "Content-Length is not a number")
        if int(declared) > limit:
            raise HttpError(413, "request too large")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpError(413, "request too large")
        chunks.append(chunk)
    return b"".join(chunks)


async def body_json(request: Any) -> Any:
    """The body as strictly checked JSON (400 with one line if it is not)."""
    raw = await read_body(request)
    try:
        return strict_json.loads(raw or b"null")
    except strict_json.JsonValueError as exc:
        raise HttpError(400, str(exc)) from None


def parse_model(model: type[_Body], data: Any) -> Any:
    """``data`` as ``model``, or 422 naming the first bad field."""
    if not isinstance(data, dict):
        raise HttpError(400, "expected a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise HttpError(422, f"{where}: {first.get('msg', 'invalid')}") from None
