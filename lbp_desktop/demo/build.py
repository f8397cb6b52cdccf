"""Write the demo database: the six pathway cases from ``cases.yaml`` (all fictional).

Deterministic: every id is derived from the seed in ``cases.yaml`` and a counter, and every
timestamp comes from the case data, so two runs give the same records (letters and tests are
reproducible). Only the database key (random, filed like any other) and the SQLCipher salt differ.

Demo accounts (documented in ``cases.yaml``; demo only): ``demo``/``demo`` (clinician, kiosk PIN
1234) and ``admin``/``admin`` (admin).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from lbp_desktop.domain.records import Examination, Referral
from lbp_desktop.storage.store import Store

CASES_FILE = Path(__file__).with_name("cases.yaml")


@lru_cache(maxsize=1)
def load_cases() -> dict[str, Any]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class _DeterministicIds:
    """UUID4-shaped ids from ``sha256(seed:n)`` — same seed, same ids."""

    def __init__(self, seed: str) -> None:
        self.seed = seed
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        digest = hashlib.sha256(f"{self.seed}:{self.count}".encode()).digest()
        return str(uuid.UUID(bytes=digest[:16], version=4))


class _Clock:
    """Timestamps from the case data, a millisecond apart so order is stable."""

    def __init__(self) -> None:
        self.base = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        self.step = 0

    def at(self, text: str) -> None:
        parsed = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC)
        self.base = parsed.astimezone(dt.UTC)
        self.step = 0

    def __call__(self) -> str:
        self.step += 1
        moment = self.base + dt.timedelta(milliseconds=self.step)
        return moment.isoformat(timespec="microseconds")


def expand_answers(store: Store, form_id: str, given: dict[str, Any]) -> dict[str, Any]:
    """``{"yes_items": [...]}`` for a yes/no instrument → every item answered (listed ones yes)."""
    if "yes_items" not in given:
        return dict(given)
    yes = set(given["yes_items"])
    form = store.forms.form(form_id)
    unknown = yes - set(form.item_ids())
    if unknown:
        raise ValueError(f"cases.yaml: {form_id} has no item(s) {', '.join(sorted(unknown))}")
    return {item_id: 1 if item_id in yes else 0 for item_id in form.item_ids()}


@dataclass(frozen=True)
class DemoResult:
    path: Path
    recovery_key: str | None
    episodes: dict[int, str]
    """case number → episode id"""


def populate(store: Store, cases: dict[str, Any] | None = None) -> dict[int, str]:
    """Write the clinic, accounts and six cases into an empty ``store``."""
    data = cases or load_cases()
    clock = _Clock()
    store.set_clock(clock)
    store.set_id_factory(_DeterministicIds(str(data["seed"])))
    try:
        clock.at("2026-01-01T07:00:00+00:00")
        clinic = data["clinic"]
        store.save_clinic(clinic["name"], clinic.get("address", ""), clinic.get("phone", ""),
                          clinic.get("sor", ""), clinic.get("ean", ""))
        users = {}
        for spec in data["users"]:
            users[spec["username"]] = store.create_user(
                spec["username"], spec["password"], spec["name"], spec["role"],
                profession=spec.get("profession", ""),
                authorisation_id=spec.get("authorisation_id", ""), pin=spec.get("pin"))
        clinician = users["demo"]
        episodes: dict[int, str] = {}
        for case in data["cases"]:
            episodes[int(case["case"])] = _add_case(store, case, clinician.id, clock)
        return episodes
    finally:
        store.actor_id = None
        store.set_clock(None)
        store.set_id_factory(None)


def _add_case(store: Store, case: dict[str, Any], clinician_id: str, clock: _Clock) -> str:
    ref = case["referral"]
    clock.at(f"{ref['referral_date']}T08:00:00+00:00")
    store.actor_id = clinician_id
    patient = store.add_patient(case["patient"]["cpr"], case["patient"]["name"],
                                phone=case["patient"].get("phone", ""), fictional=True)
    episode = store.add_episode(
        patient.id,
        Referral(gp_name=ref.get("gp_name", ""), gp_clinic=ref.get("gp_clinic", ""),
                 gp_address=ref.get("gp_address", ""), referral_date=str(ref["referral_date"]),
                 reason=" ".join(str(ref.get("reason", "")).split())),
        clinician_id=clinician_id, caseworker=case.get("caseworker", "") or "")
    for spec in case.get("responses", []):
        clock.at(spec["at"])
        store.actor_id = None  # the patient answers on the tablet
        response = store.start_response(episode.id, spec["battery"], device="demo-tablet")
        for form_id, given in spec["answers"].items():
            for item_id, value in expand_answers(store, form_id, given).items():
                store.record_answer(response.id, form_id, item_id, value)
        store.actor_id = clinician_id
        store.complete_response(response.id)
    exam = case.get("examination")
    if exam:
        clock.at(exam["at"])
        store.actor_id = clinician_id
        store.save_examination(Examination(
            episode_id=episode.id, clinician_id=clinician_id, examined_at=clock(),
            findings={k: " ".join(str(v).split()) for k, v in (exam.get("findings") or {}).items()},
            assessment=exam.get("assessment", ""),
            assessment_text=" ".join(str(exam.get("assessment_text", "")).split()),
            information_given=" ".join(str(exam.get("information_given", "")).split()),
            plan=list(exam.get("plan") or []),
            plan_text=" ".join(str(exam.get("plan_text", "")).split()),
            follow_up=" ".join(str(exam.get("follow_up", "")).split()),
            gp_follow_up=bool(exam.get("gp_follow_up", False)),
            recipients=list(exam.get("recipients") or ["gp"]),
            red_flag_notes=" ".join(str(exam.get("red_flag_notes", "")).split())))
    _add_gp_letter(store, episode.id, case, clinician_id, clock)
    return episode.id


def _add_gp_letter(store: Store, episode_id: str, case: dict[str, Any], clinician_id: str,
                   clock: _Clock) -> None:
    """The GP's MedCom address, and the approved GP letter the case ships with (if any)."""
    ref = case["referral"]
    if ref.get("gp_sor") or ref.get("gp_ean"):
        store.set_gp_address(episode_id, str(ref.get("gp_sor", "")), str(ref.get("gp_ean", "")))
    spec = case.get("gp_letter")
    if not spec:
        return
    from lbp_desktop.reports.from_store import render_episode_letter

    clock.at(spec["approved_at"])
    store.actor_id = clinician_id
    pdf, _ = render_episode_letter(store, episode_id, "gp")
    store.add_letter(episode_id, "gp", pdf, approve=True)


def build_demo(path: Path | str, *, plaintext: bool = False,
               key: bytes | None = None) -> DemoResult:
    """Create a new demo database at ``path`` (refuses to overwrite).

    Without ``key`` a fresh key is made and filed in the key store (see
    ``lbp_desktop.security.keys``); the recovery key is returned.
    """
    path = Path(path)
    recovery = None
    if plaintext:
        store = Store.create(path, None, plaintext=True)
    elif key is not None:
        from lbp_desktop.security import keys

        store = Store.create(path, key)
        keys.setup_key(path, key)
        recovery = keys.recovery_key(key)
    else:
        store, recovery = Store.create_new(path)
    try:
        episodes = populate(store)
    except BaseException:
        store.close()
        raise
    store.close()
    return DemoResult(path, recovery, episodes)
