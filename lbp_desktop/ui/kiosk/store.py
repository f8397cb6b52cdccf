"""What patient mode needs from a store: the local encrypted ``Store`` on a PC used as the tablet,
or ``sync.client.RemoteSessionStore`` on a paired tablet. Written down as a Protocol so both can
be checked against it (mypy) instead of being duck-typed."""

from __future__ import annotations

from typing import Any, Protocol


class KioskStore(Protocol):
    def response(self, response_id: str) -> Any: ...

    def episode(self, episode_id: str) -> Any: ...

    def patient(self, patient_id: str) -> Any: ...

    def answers(self, response_id: str) -> dict[str, dict[str, int | str]]: ...

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None) -> Any: ...

    def set_position(self, response_id: str, position: str) -> None: ...

    def set_language(self, response_id: str, language: str) -> None: ...

    def complete_response(self, response_id: str) -> list[Any]: ...

    def start_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                       device: str = "local") -> Any: ...

    def worklist(self, *, search: str = "", open_only: bool = True, limit: int = 200) -> Any: ...

    def authenticate_pin(self, pin: str) -> Any: ...

    def authenticate(self, username: str, password: str) -> Any: ...


def display_of(store: KioskStore, response_id: str) -> tuple[float, bool] | None:
    """The text size and contrast saved with a response, where the store keeps them."""
    getter = getattr(store, "display", None)
    if getter is None:
        return None
    try:
        saved = getter(response_id)
    except Exception:
        return None
    return saved


def save_display(store: KioskStore, response_id: str, scale: float, contrast: bool) -> None:
    """Save text size and contrast with the response, where the store can."""
    setter = getattr(store, "set_display", None)
    if setter is not None:
        setter(response_id, scale, contrast)
