"""The one door to the database: every read and write the app makes, as typed methods.

CONTRACT (written before the implementation so the GUI, letter, FHIR and sync work can proceed in
parallel): the method names, arguments and return types below are fixed; bodies are filled in by
the storage work. The GUI never writes SQL; it calls these.

- Encrypted by default (SQLCipher via ``sqlcipher3``, handed to ``sqlite_utils.Database``).
- ``record_answer`` is one durable transaction (WAL, ``synchronous=FULL``): when it returns, the
  answer survives a crash or power loss. A changed answer is a new row; the history stays.
- Every create/change/view of a patient's data writes an ``audit_event`` for ``self.actor_id``.
- A store object belongs to one thread. Open another for another thread (the sync server does).

Additions beyond the contract: ``Store.open_path`` (finds the key the way the CLI does),
``Store.create_new`` (makes a key, files it, returns the recovery key), ``set_clock`` /
``set_id_factory`` (deterministic demo data), ``schema_version``, ``integrity_check``,
``backup``, ``examinations``, ``letter``, ``episodes`` and ``patients``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from lbp_desktop.storage import cpr as cpr_util
from lbp_desktop.storage import schema
from lbp_desktop.storage.connection import (
    DatabaseError,
    configure,
    create_private,
    raw_connect,
    translate,
)
from lbp_desktop.storage.errors import NewerSchemaError, StorageError
from lbp_desktop.storage.lock import DatabaseLock
from lbp_desktop.storage.records import (
    EPISODE_STATUSES,
    AnswerRecord,
    AuditEvent,
    Clinic,
    Episode,
    Examination,
    Letter,
    Patient,
    Referral,
    Response,
    ScoreRecord,
    User,
    WorklistRow,
)

_FLAG_ORDER = {"none": 0, "flag": 1, "acute": 2}
_OPEN_STATUSES_BEFORE = {s: i for i, s in enumerate(EPISODE_STATUSES)}


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def _verify(hash_: str | None, secret: str) -> bool:
    if not hash_:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

    try:
        return _hasher().verify(hash_, secret)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Store:
    """An open clinic database."""

    actor_id: str | None
    """The signed-in user; recorded in every audit event. ``None`` for system actions."""

    def __init__(self, db: Database, path: Path, key: bytes | None, plaintext: bool) -> None:
        self.db = db
        self.path = path
        self._key = key
        self.plaintext = plaintext
        self.actor_id = None
        self._clock: Callable[[], str] = utc_now
        self._new_id: Callable[[], str] = lambda: str(uuid.uuid4())
        self._forms = None
        self._lock: DatabaseLock | None = None
        """Held from open to close so a restore cannot replace the file under this store."""

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Make a new database at ``path`` (refuses to overwrite), migrated to the latest schema.

        ``key`` is the 32-byte raw database key. ``plaintext=True`` (developer option only) makes
        an unencrypted database and requires ``key is None``.
        """
        path = Path(path)
        if path.exists() or path.with_name(path.name + "-wal").exists():
            raise StorageError(f"{path}: already exists; refusing to overwrite it")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise StorageError(f"{folder}: no such folder")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StorageError(f"{folder}: the folder is read-only; cannot create a database there")
        lock = DatabaseLock.shared(path)
        try:
            create_private(path)  # health data: readable only by this user, like the key file
        except OSError as exc:
            lock.release()
            raise StorageError(f"{path}: cannot create: {exc.strerror or exc}") from None
        try:
            conn = raw_connect(path, key, plaintext=plaintext)
        except BaseException:
            lock.release()
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        try:
            configure(conn, path)
            db = Database(conn, execute_plugins=False)
            schema.apply(db)
            store = cls(db, path, key, plaintext)
            store._lock = lock
            from lbp_desktop import __version__

            with store._tx("creating the database"):
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app_version', ?)",
                           [__version__])
                db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('created_at', ?)",
                           [utc_now()])
        except BaseException as exc:
            conn.close()
            lock.release()
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(OSError):
                    path.with_name(path.name + suffix).unlink()
            if isinstance(exc, DatabaseError):
                raise translate(exc, path, doing="creating the database") from None
            raise
        return store

    @classmethod
    def create_new(cls, path: Path | str, *, plaintext: bool = False) -> tuple[Store, str | None]:
        """Create with a fresh random key filed in the key store; returns the recovery key."""
        from lbp_desktop.security import keys

        if plaintext:
            return cls.create(path, None, plaintext=True), None
        path = Path(path)
        if path.exists():
            raise StorageError(f"{path}: already exists; refusing to overwrite it")
        key = keys.generate_key()
        store = cls.create(path, key)
        keys.setup_key(path, key)
        return store, keys.recovery_key(key)

    @classmethod
    def open_path(cls, path: Path | str, *, key_file: Path | str | None = None,
                  plaintext: bool = False) -> Store:
        """Open, finding the key as the CLI does (``--key-file``, ``LBP_DB_KEY``, key store)."""
        path = Path(path)
        if not path.exists():
            raise StorageError(f"{path}: no such file")
        if plaintext:
            return cls.open(path, None, plaintext=True)
        from lbp_desktop.security import keys

        return cls.open(path, keys.find_key(path, key_file=key_file))

    @classmethod
    def open(cls, path: Path | str, key: bytes | None, *, plaintext: bool = False) -> Store:
        """Open an existing database; migrate it forward if it is older.

        Raises ``StorageError`` (a ``UserError``) with a clear message for: no such file, not a
        database, wrong key, truncated/corrupt file, a schema newer than this app (left untouched).
        """
        path = Path(path)
        if not path.exists():
            raise StorageError(f"{path}: no such file")
        if path.is_dir():
            raise StorageError(f"{path}: is a folder, not a database file")
        if not os.access(path, os.R_OK):
            raise StorageError(f"{path}: no permission to read the file")
        folder = path.parent if str(path.parent) else Path(".")
        if not os.access(folder, os.W_OK | os.X_OK) or not os.access(path, os.W_OK):
            raise StorageError(f"{path}: the database or its folder is read-only; lbp-desktop "
                               "must be able to write there (copy it to a writable folder)")
        lock = DatabaseLock.shared(path)  # before connecting: a restore cannot swap the file now
        try:
            conn = raw_connect(path, key, plaintext=plaintext)
        except BaseException:
            lock.release()
            raise
        try:
            check_lbp_database(conn, path)
            configure(conn, path)
            db = Database(conn, execute_plugins=False)
            if schema.migrations.pending(db):
                try:
                    schema.apply(db)
                except DatabaseError as exc:
                    raise translate(exc, path, doing="upgrading the database") from None
        except BaseException:
            conn.close()
            lock.release()
            raise
        store = cls(db, path, key, plaintext)
        store._lock = lock
        return store

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------

    def set_clock(self, clock: Callable[[], str] | None) -> None:
        """Use ``clock()`` for every timestamp (demo data); ``None`` restores real UTC time."""
        self._clock = clock or utc_now

    def set_id_factory(self, factory: Callable[[], str] | None) -> None:
        """Use ``factory()`` for every new id (deterministic demo data)."""
        self._new_id = factory or (lambda: str(uuid.uuid4()))

    def _now(self) -> str:
        return self._clock()

    def _id(self) -> str:
        return self._new_id()

    @contextlib.contextmanager
    def _tx(self, doing: str = "saving") -> Iterator[Database]:
        try:
            with self.db.atomic():
                yield self.db
        except DatabaseError as exc:
            if "cannot be changed" in str(exc) or "cannot be deleted" in str(exc) \
                    or "append-only" in str(exc):
                raise StorageError(str(exc)) from None
            raise translate(exc, self.path, doing=doing) from None

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        try:
            rows = list(self.db.query(sql, params))
        except DatabaseError as exc:
            raise translate(exc, self.path, doing="reading") from None
        return rows[0] if rows else None

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            return list(self.db.query(sql, params))
        except DatabaseError as exc:
            raise translate(exc, self.path, doing="reading") from None

    def _get(self, table: str, row_id: str, what: str | None = None) -> dict[str, Any]:
        row = self._one(f"SELECT * FROM [{table}] WHERE id = ?", [row_id])
        if row is None:
            raise StorageError(f"no {what or table} with id {row_id}")
        return row

    @property
    def forms(self):
        if self._forms is None:
            from lbp_desktop.questionnaires import load_forms

            self._forms = load_forms()
        return self._forms

    def _instrument_ids(self, battery_id: str) -> list[str]:
        forms = self.forms
        if battery_id in forms.batteries:
            return list(forms.batteries[battery_id].instruments)
        if battery_id in forms.forms:
            return [battery_id]
        raise StorageError(f"unknown questionnaire {battery_id!r}")

    def schema_version(self) -> int:
        row = self._one("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row["value"]) if row else 0

    def integrity_check(self) -> str:
        """``'ok'`` or the first problem SQLite reports."""
        row = self._one("PRAGMA integrity_check")
        return str(next(iter(row.values()))) if row else "ok"

    # -- audit -------------------------------------------------------------------------------

    def audit(self, action: str, entity: str, entity_id: str | None = None, *,
              patient_id: str | None = None, detail: str = "") -> None:
        with self._tx("writing the audit trail"):
            self.db.execute(
                "INSERT INTO audit_event (id, at, user_id, action, entity, entity_id, patient_id,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [self._id(), self._now(), self.actor_id, action, entity, entity_id, patient_id,
                 detail])

    def audit_events(self, *, limit: int = 500, patient_id: str | None = None
                     ) -> Sequence[AuditEvent]:
        if patient_id:
            rows = self._all("SELECT * FROM audit_event WHERE patient_id = ? ORDER BY at DESC, "
                             "rowid DESC LIMIT ?", [patient_id, limit])
        else:
            rows = self._all("SELECT * FROM audit_event ORDER BY at DESC, rowid DESC LIMIT ?",
                             [limit])
        return [AuditEvent(id=r["id"], at=r["at"], user_id=r["user_id"], action=r["action"],
                           entity=r["entity"], entity_id=r["entity_id"],
                           patient_id=r["patient_id"], detail=r["detail"]) for r in rows]

    # -- clinic and users --------------------------------------------------------------------

    def clinic(self) -> Clinic | None:
        row = self._one("SELECT * FROM clinic ORDER BY created_at LIMIT 1")
        if row is None:
            return None
        return Clinic(id=row["id"], name=row["name"], address=row["address"],
                      phone=row["phone"], sor=row["sor"], ean=row["ean"])

    def save_clinic(self, name: str, address: str = "", phone: str = "", sor: str = "",
                    ean: str = "") -> Clinic:
        if not name.strip():
            raise StorageError("the clinic needs a name")
        existing = self.clinic()
        now = self._now()
        with self._tx("saving the clinic"):
            if existing is None:
                clinic_id = self._id()
                self.db.execute(
                    "INSERT INTO clinic (id, name, address, phone, sor, ean, created_at,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [clinic_id, name, address, phone, sor, ean, now, now])
                action = "create"
            else:
                clinic_id = existing.id
                self.db.execute(
                    "UPDATE clinic SET name = ?, address = ?, phone = ?, sor = ?, ean = ?,"
                    " updated_at = ? WHERE id = ?",
                    [name, address, phone, sor, ean, now, clinic_id])
                action = "update"
            self.audit(action, "clinic", clinic_id)
        return Clinic(clinic_id, name, address, phone, sor, ean)

    @staticmethod
    def _user(row: dict[str, Any]) -> User:
        return User(id=row["id"], username=row["username"], name=row["name"], role=row["role"],
                    profession=row["profession"], authorisation_id=row["authorisation_id"],
                    active=bool(row["active"]), pin_set=bool(row["pin_hash"]))

    def create_user(self, username: str, password: str, name: str, role: str, *,
                    profession: str = "", authorisation_id: str = "",
                    pin: str | None = None) -> User:
        """Passwords (and optional kiosk PINs) are hashed with argon2; never stored in clear."""
        username = username.strip()
        if not username:
            raise StorageError("a user needs a user name")
        if role not in ("admin", "clinician", "reception"):
            raise StorageError(f"unknown role {role!r} (admin, clinician or reception)")
        if not password:
            raise StorageError("a user needs a password")
        if self._one("SELECT 1 AS x FROM user WHERE username = ?", [username]):
            raise StorageError(f"the user name {username!r} is taken")
        hasher = _hasher()
        user_id = self._id()
        now = self._now()
        with self._tx("saving the user"):
            self.db.execute(
                "INSERT INTO user (id, username, name, role, profession, authorisation_id,"
                " password_hash, pin_hash, active, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [user_id, username, name, role, profession, authorisation_id,
                 hasher.hash(password), hasher.hash(pin) if pin else None, now, now])
            self.audit("create", "user", user_id, detail=username)
        return self.user(user_id)

    def users(self, *, include_inactive: bool = False) -> list[User]:
        where = "" if include_inactive else "WHERE active = 1"
        return [self._user(r) for r in self._all(f"SELECT * FROM user {where} ORDER BY name")]

    def user(self, user_id: str) -> User:
        return self._user(self._get("user", user_id, "user"))

    def authenticate(self, username: str, password: str) -> User | None:
        """The user if the password is right and the account active; audits success/failure."""
        row = self._one("SELECT * FROM user WHERE username = ?", [username.strip()])
        ok = row is not None and bool(row["active"]) and _verify(row["password_hash"], password)
        if ok:
            assert row is not None
            saved_actor, self.actor_id = self.actor_id, row["id"]
            try:
                self.audit("login", "user", row["id"], detail=row["username"])
            finally:
                self.actor_id = saved_actor
            return self._user(row)
        self.audit("login_failed", "user", row["id"] if row else None, detail=username[:100])
        return None

    def authenticate_pin(self, pin: str) -> User | None:
        """A staff member whose kiosk PIN matches (used to leave patient mode)."""
        if not pin:
            return None
        for row in self._all("SELECT * FROM user WHERE active = 1 AND pin_hash IS NOT NULL"):
            if _verify(row["pin_hash"], pin):
                saved_actor, self.actor_id = self.actor_id, row["id"]
                try:
                    self.audit("login", "user", row["id"], detail="pin")
                finally:
                    self.actor_id = saved_actor
                return self._user(row)
        self.audit("login_failed", "user", None, detail="pin")
        return None

    def set_password(self, user_id: str, password: str) -> None:
        if not password:
            raise StorageError("a user needs a password")
        self._get("user", user_id, "user")
        with self._tx("saving the password"):
            self.db.execute("UPDATE user SET password_hash = ?, updated_at = ? WHERE id = ?",
                            [_hasher().hash(password), self._now(), user_id])
            self.audit("update", "user", user_id, detail="password")

    def set_pin(self, user_id: str, pin: str | None) -> None:
        """Set (or with ``None`` clear) a user's kiosk PIN."""
        self._get("user", user_id, "user")
        with self._tx("saving the PIN"):
            self.db.execute("UPDATE user SET pin_hash = ?, updated_at = ? WHERE id = ?",
                            [_hasher().hash(pin) if pin else None, self._now(), user_id])
            self.audit("update", "user", user_id, detail="pin")

    def set_user_active(self, user_id: str, active: bool) -> None:
        self._get("user", user_id, "user")
        with self._tx("saving the user"):
            self.db.execute("UPDATE user SET active = ?, updated_at = ? WHERE id = ?",
                            [1 if active else 0, self._now(), user_id])
            self.audit("update", "user", user_id, detail=f"active={bool(active)}")

    # -- patients and episodes ---------------------------------------------------------------

    @staticmethod
    def _patient(row: dict[str, Any]) -> Patient:
        return Patient(id=row["id"], cpr=row["cpr"], name=row["name"],
                       birth_date=row["birth_date"], sex=row["sex"], phone=row["phone"],
                       email=row["email"], fictional=bool(row["fictional"]))

    def find_patient_by_cpr(self, cpr: str) -> Patient | None:
        row = self._one("SELECT * FROM patient WHERE cpr = ?", [cpr_util.normalise(cpr)])
        return self._patient(row) if row else None

    def add_patient(self, cpr: str, name: str, *, phone: str = "", email: str = "",
                    fictional: bool = False) -> Patient:
        """Birth date and sex are derived from the CPR (``lbp_desktop.pathway.cpr``).
        Raises ``StorageError`` if a patient with that CPR exists (use find first)."""
        if not cpr.strip():
            raise StorageError("a patient needs a CPR number (or a replacement number)")
        cpr, birth, sex = cpr_util.checked(cpr)
        name = " ".join(name.split())
        if not name:
            raise StorageError("a patient needs a name")
        if self.find_patient_by_cpr(cpr) is not None:
            raise StorageError(f"a patient with CPR {cpr} already exists")
        patient_id = self._id()
        now = self._now()
        with self._tx("saving the patient"):
            self.db.execute(
                "INSERT INTO patient (id, cpr, name, birth_date, sex, phone, email, fictional,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [patient_id, cpr, name, birth, sex, phone, email, int(fictional), now, now])
            self.audit("create", "patient", patient_id, patient_id=patient_id)
        return Patient(patient_id, cpr, name, birth, sex, phone, email, fictional)  # type: ignore[arg-type]

    def patient(self, patient_id: str) -> Patient:
        """Reading a patient is a ``view`` audit event."""
        patient = self._patient(self._get("patient", patient_id, "patient"))
        self.audit("view", "patient", patient_id, patient_id=patient_id)
        return patient

    def patients(self) -> list[Patient]:
        return [self._patient(r) for r in self._all("SELECT * FROM patient ORDER BY name")]

    def update_patient(self, patient_id: str, **fields: Any) -> Patient:
        allowed = {"cpr", "name", "phone", "email", "fictional"}
        unknown = set(fields) - allowed
        if unknown:
            raise StorageError(f"cannot change patient field(s): {', '.join(sorted(unknown))}")
        row = self._get("patient", patient_id, "patient")
        values = dict(row)
        if "cpr" in fields:
            new_cpr, birth, sex = cpr_util.checked(str(fields["cpr"]))
            other = self.find_patient_by_cpr(new_cpr)
            if other is not None and other.id != patient_id:
                raise StorageError(f"a patient with CPR {new_cpr} already exists")
            values["cpr"], values["birth_date"], values["sex"] = new_cpr, birth, sex
        if "name" in fields:
            values["name"] = " ".join(str(fields["name"]).split())
            if not values["name"]:
                raise StorageError("a patient needs a name")
        for name in ("phone", "email"):
            if name in fields:
                values[name] = str(fields[name] or "")
        if "fictional" in fields:
            values["fictional"] = int(bool(fields["fictional"]))
        now = self._now()
        with self._tx("saving the patient"):
            self.db.execute(
                "UPDATE patient SET cpr = ?, name = ?, birth_date = ?, sex = ?, phone = ?,"
                " email = ?, fictional = ?, updated_at = ? WHERE id = ?",
                [values["cpr"], values["name"], values["birth_date"], values["sex"],
                 values["phone"], values["email"], values["fictional"], now, patient_id])
            self.db.execute(
                "UPDATE episode SET patient_name = ?, patient_name_lc = ?, cpr = ?,"
                " cpr_digits = ?, fictional = ? WHERE patient_id = ?",
                [values["name"], values["name"].lower(), values["cpr"],
                 cpr_util.digits(values["cpr"]), values["fictional"], patient_id])
            self.audit("update", "patient", patient_id, patient_id=patient_id,
                       detail=",".join(sorted(fields)))
        return self._patient({**values})

    @staticmethod
    def _episode(row: dict[str, Any]) -> Episode:
        return Episode(
            id=row["id"], patient_id=row["patient_id"],
            referral=Referral(gp_name=row["gp_name"], gp_clinic=row["gp_clinic"],
                              gp_address=row["gp_address"], referral_date=row["referral_date"],
                              reason=row["reason"]),
            clinician_id=row["clinician_id"], status=row["status"],
            created_at=row["created_at"], updated_at=row["updated_at"],
            caseworker=row["caseworker"])

    def add_episode(self, patient_id: str, referral: Referral, *, clinician_id: str | None = None,
                    caseworker: str = "") -> Episode:
        prow = self._get("patient", patient_id, "patient")
        if clinician_id is not None:
            self._get("user", clinician_id, "user")
        episode_id = self._id()
        now = self._now()
        with self._tx("saving the episode"):
            self.db.execute(
                "INSERT INTO episode (id, patient_id, gp_name, gp_clinic, gp_address,"
                " referral_date, reason, clinician_id, caseworker, status, created_at,"
                " updated_at, patient_name, patient_name_lc, cpr, cpr_digits, fictional)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?, ?, ?, ?, ?, ?)",
                [episode_id, patient_id, referral.gp_name, referral.gp_clinic,
                 referral.gp_address, referral.referral_date, referral.reason, clinician_id,
                 caseworker, now, now, prow["name"], prow["name"].lower(), prow["cpr"],
                 cpr_util.digits(prow["cpr"]), prow["fictional"]])
            self.audit("create", "episode", episode_id, patient_id=patient_id)
        return self.episode(episode_id)

    def episode(self, episode_id: str) -> Episode:
        return self._episode(self._get("episode", episode_id, "episode"))

    def episodes(self) -> list[Episode]:
        """Every episode, oldest first (CLI listing, exports)."""
        return [self._episode(r) for r in
                self._all("SELECT * FROM episode ORDER BY created_at, rowid")]

    def episodes_for_patient(self, patient_id: str) -> list[Episode]:
        return [self._episode(r) for r in self._all(
            "SELECT * FROM episode WHERE patient_id = ? ORDER BY created_at DESC, rowid DESC",
            [patient_id])]

    def update_episode(self, episode_id: str, *, referral: Referral | None = None,
                       clinician_id: str | None = None, caseworker: str | None = None) -> Episode:
        """Change the referral, the assigned clinician or the caseworker."""
        row = self._get("episode", episode_id, "episode")
        if clinician_id is not None:
            self._get("user", clinician_id, "user")
        ref = referral or self._episode(row).referral
        with self._tx("saving the episode"):
            self.db.execute(
                "UPDATE episode SET gp_name = ?, gp_clinic = ?, gp_address = ?, referral_date = ?,"
                " reason = ?, clinician_id = ?, caseworker = ?, updated_at = ? WHERE id = ?",
                [ref.gp_name, ref.gp_clinic, ref.gp_address, ref.referral_date, ref.reason,
                 clinician_id if clinician_id is not None else row["clinician_id"],
                 caseworker if caseworker is not None else row["caseworker"], self._now(),
                 episode_id])
            self.audit("update", "episode", episode_id, patient_id=row["patient_id"])
        return self.episode(episode_id)

    def set_episode_status(self, episode_id: str, status: str) -> None:
        if status not in EPISODE_STATUSES:
            raise StorageError(f"unknown episode status {status!r}")
        row = self._get("episode", episode_id, "episode")
        with self._tx("saving the episode"):
            self.db.execute("UPDATE episode SET status = ?, updated_at = ? WHERE id = ?",
                            [status, self._now(), episode_id])
            self.audit("update", "episode", episode_id, patient_id=row["patient_id"],
                       detail=f"status={status}")

    def _advance_status(self, episode_id: str, status: str, now: str) -> None:
        """Move the episode forward to ``status`` (never backwards); inside a transaction."""
        row = self._one("SELECT status FROM episode WHERE id = ?", [episode_id])
        if row and _OPEN_STATUSES_BEFORE[row["status"]] < _OPEN_STATUSES_BEFORE[status]:
            self.db.execute("UPDATE episode SET status = ?, updated_at = ? WHERE id = ?",
                            [status, now, episode_id])

    def _worklist_where(self, search: str, open_only: bool) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if open_only:
            clauses.append("e.status != 'closed'")
        text = search.strip().lower()
        if text:
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            digits = text.replace("-", "").replace(" ", "")
            if digits.isdigit():
                clauses.append("(e.cpr_digits LIKE ? ESCAPE '\\' OR e.patient_name_lc LIKE ?"
                               " ESCAPE '\\')")
                params += [digits + "%", f"%{escaped}%"]
            else:
                clauses.append("e.patient_name_lc LIKE ? ESCAPE '\\'")
                params.append(f"%{escaped}%")
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params

    def worklist(self, *, search: str = "", open_only: bool = True, limit: int = 200,
                 offset: int = 0) -> list[WorklistRow]:
        """Newest first. ``search`` matches name (substring, case-insensitive) or CPR (prefix,
        with or without the dash). Fast on 100,000 episodes (indexed, paged)."""
        where, params = self._worklist_where(search, open_only)
        rows = self._all(
            "SELECT e.id, e.patient_id, e.patient_name, e.cpr, e.status, e.referral_date,"
            " COALESCE(u.name, '') AS clinician_name, e.questionnaire_state, e.risk,"
            " e.red_flag_level, e.updated_at, e.fictional"
            f" FROM episode e LEFT JOIN user u ON u.id = e.clinician_id {where}"
            " ORDER BY e.updated_at DESC LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)])
        return [WorklistRow(
            episode_id=r["id"], patient_id=r["patient_id"], patient_name=r["patient_name"],
            cpr=r["cpr"], status=r["status"], referral_date=r["referral_date"],
            clinician_name=r["clinician_name"], questionnaire=r["questionnaire_state"],
            risk=r["risk"], red_flags=r["red_flag_level"], updated_at=r["updated_at"],
            fictional=bool(r["fictional"])) for r in rows]

    def worklist_count(self, *, search: str = "", open_only: bool = True) -> int:
        where, params = self._worklist_where(search, open_only)
        row = self._one(f"SELECT count(*) AS n FROM episode e {where}", params)
        return int(row["n"]) if row else 0

    # -- questionnaire responses -------------------------------------------------------------

    @staticmethod
    def _response(row: dict[str, Any]) -> Response:
        return Response(id=row["id"], episode_id=row["episode_id"], battery_id=row["battery_id"],
                        form_versions=json.loads(row["form_versions"] or "{}"),
                        language=row["language"], device=row["device"], status=row["status"],
                        started_at=row["started_at"], completed_at=row["completed_at"],
                        position=row["position"])

    def start_response(self, episode_id: str, battery_id: str, *, language: str = "da",
                       device: str = "local") -> Response:
        """Begin (or return the existing in-progress) response for the episode."""
        erow = self._get("episode", episode_id, "episode")
        existing = self.open_response(episode_id)
        if existing is not None and existing.battery_id == battery_id:
            return existing
        instruments = self._instrument_ids(battery_id)
        versions = {i: self.forms.form(i).version for i in instruments}
        response_id = self._id()
        now = self._now()
        with self._tx("starting the questionnaire"):
            self.db.execute(
                "INSERT INTO response (id, episode_id, battery_id, form_versions, language,"
                " device, status, started_at, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?)",
                [response_id, episode_id, battery_id, _json(versions), language, device, now,
                 now, now])
            self.db.execute("UPDATE episode SET questionnaire_state = 'waiting', updated_at = ?"
                            " WHERE id = ?", [now, episode_id])
            self._advance_status(episode_id, "questionnaire_pending", now)
            self.audit("create", "response", response_id, patient_id=erow["patient_id"],
                       detail=battery_id)
        return self.response(response_id)

    def response(self, response_id: str) -> Response:
        return self._response(self._get("response", response_id, "response"))

    def responses(self, episode_id: str) -> list[Response]:
        """Oldest first."""
        return [self._response(r) for r in self._all(
            "SELECT * FROM response WHERE episode_id = ? ORDER BY started_at, rowid",
            [episode_id])]

    def open_response(self, episode_id: str) -> Response | None:
        """The in-progress response of the episode, if any (for resuming)."""
        row = self._one("SELECT * FROM response WHERE episode_id = ? AND status = 'in_progress'"
                        " ORDER BY started_at DESC, rowid DESC LIMIT 1", [episode_id])
        return self._response(row) if row else None

    def record_answer(self, response_id: str, form_id: str, item_id: str,
                      value: int | str | None, *, idempotency_key: str | None = None) -> None:
        """Validate against the form (``AnswerError`` naming the item) and commit durably.
        ``value=None`` clears an answer (a new row with null). A repeated ``idempotency_key`` is
        a no-op, so a retried delivery never counts twice."""
        from lbp_desktop.questionnaires.answers import AnswerError, check_answer

        if idempotency_key is not None and self._one(
                "SELECT 1 AS x FROM answer WHERE idempotency_key = ?", [idempotency_key]):
            return
        rrow = self._get("response", response_id, "response")
        if rrow["status"] != "in_progress":
            raise StorageError(f"the questionnaire is {rrow['status'].replace('_', ' ')}; "
                               "answers can no longer be changed")
        if form_id not in self._instrument_ids(rrow["battery_id"]):
            raise AnswerError(item_id, f"form {form_id!r} is not part of {rrow['battery_id']}")
        form = self.forms.form(form_id)
        try:
            item = form.item(item_id)
        except KeyError:
            raise AnswerError(item_id, f"not an item of form {form_id}") from None
        clean = check_answer(item, value)
        episode_id = rrow["episode_id"]
        now = self._now()
        raised = []
        if form.scoring is not None and isinstance(clean, int):
            raised = [rule for rule in form.scoring.alerts
                      if rule.item == item_id and clean >= rule.min_code]
        with self._tx("saving the answer"):
            self.db.execute(
                "INSERT INTO answer (id, response_id, form_id, item_id, value, answered_at,"
                " idempotency_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [self._id(), response_id, form_id, item_id,
                 None if clean is None else json.dumps(clean, ensure_ascii=False), now,
                 idempotency_key, now])
            self.db.execute("UPDATE response SET position = ?, updated_at = ? WHERE id = ?",
                            [f"{form_id}.{item_id}", now, response_id])
            level_sql = ""
            for rule in raised:
                self.db.execute(
                    "INSERT INTO alert (id, episode_id, response_id, form_id, item_id, level,"
                    " message_da, message_en, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [self._id(), episode_id, response_id, form_id, item_id, rule.level,
                     rule.message.da, rule.message.en, now])
            if any(rule.level == "acute" for rule in raised):
                level_sql = ", red_flag_level = 'acute'"
            elif raised:
                level_sql = (", red_flag_level = CASE red_flag_level WHEN 'none' THEN 'flag'"
                             " ELSE red_flag_level END")
            # Touch the episode row (and its worklist indices) only when what the worklist
            # shows changes: the first answer of a questionnaire, or a raised flag. Rewriting it
            # on every tap tripled the pages each durable commit has to write.
            self.db.execute(
                "UPDATE episode SET questionnaire_state = 'in_progress', updated_at = ?"
                f"{level_sql} WHERE id = ?"
                + ("" if level_sql else " AND questionnaire_state != 'in_progress'"),
                [now, episode_id])
        # the answer row itself is the record of the patient's entry (actor: the patient)

    def set_position(self, response_id: str, position: str) -> None:
        self._get("response", response_id, "response")
        with self._tx("saving the position"):
            self.db.execute("UPDATE response SET position = ?, updated_at = ? WHERE id = ?",
                            [position, self._now(), response_id])

    def set_language(self, response_id: str, language: str) -> None:
        self._get("response", response_id, "response")
        with self._tx("saving the language"):
            self.db.execute("UPDATE response SET language = ?, updated_at = ? WHERE id = ?",
                            [language, self._now(), response_id])

    def answers(self, response_id: str) -> dict[str, dict[str, int | str]]:
        """Current answers: ``{form_id: {item_id: value}}`` (latest row per item, nulls dropped)."""
        latest: dict[tuple[str, str], Any] = {}
        for row in self._all("SELECT form_id, item_id, value FROM answer WHERE response_id = ?"
                             " ORDER BY rowid", [response_id]):
            latest[(row["form_id"], row["item_id"])] = row["value"]
        out: dict[str, dict[str, int | str]] = {}
        for (form_id, item_id), value in latest.items():
            if value is not None:
                out.setdefault(form_id, {})[item_id] = json.loads(value)
        return out

    def answer_history(self, response_id: str) -> list[AnswerRecord]:
        return [AnswerRecord(response_id=r["response_id"], form_id=r["form_id"],
                             item_id=r["item_id"],
                             value=None if r["value"] is None else json.loads(r["value"]),
                             answered_at=r["answered_at"])
                for r in self._all("SELECT * FROM answer WHERE response_id = ? ORDER BY rowid",
                                   [response_id])]

    def complete_response(self, response_id: str) -> list[ScoreRecord]:
        """Mark completed, score every instrument with the core's scoring, store and return the
        scores (with the scoring version); move the episode to ``questionnaire_completed``."""
        from lbp_desktop.scoring import registry

        rrow = self._get("response", response_id, "response")
        if rrow["status"] == "abandoned":
            raise StorageError("an abandoned questionnaire cannot be completed")
        answers = self.answers(response_id)
        forms = [self.forms.form(i) for i in self._instrument_ids(rrow["battery_id"])]
        now = self._now()
        records: list[ScoreRecord] = []
        for form in forms:
            if form.scoring is None:
                continue
            result = registry.score(form, answers.get(form.id, {})).to_dict()
            records.append(ScoreRecord(response_id, form.id, str(result["scoring_version"]),
                                       result, now))
        episode_id = rrow["episode_id"]
        erow = self._get("episode", episode_id, "episode")
        by_form = {r.form_id: r.result for r in records}
        level = erow["red_flag_level"]
        flags = by_form.get("redflags")
        if flags:
            if flags.get("acute"):
                level = "acute"
            elif flags.get("positive") and _FLAG_ORDER[level] < 1:
                level = "flag"
        for result in by_form.values():
            for alert in result.get("alerts") or []:
                wanted = "acute" if alert.get("level") == "acute" else "flag"
                if _FLAG_ORDER[wanted] > _FLAG_ORDER[level]:
                    level = wanted
        risk = erow["risk"]
        if "startback" in by_form and by_form["startback"].get("complete"):
            risk = by_form["startback"].get("risk")
        with self._tx("saving the scores"):
            for record in records:
                self.db.execute(
                    "INSERT INTO score (id, response_id, form_id, scoring_version, result,"
                    " computed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (response_id, form_id) DO UPDATE SET"
                    " scoring_version = excluded.scoring_version, result = excluded.result,"
                    " computed_at = excluded.computed_at",
                    [self._id(), response_id, record.form_id, record.scoring_version,
                     _json(record.result), now, now])
            self.db.execute("UPDATE response SET status = 'completed', completed_at = ?,"
                            " updated_at = ? WHERE id = ?", [now, now, response_id])
            self.db.execute("UPDATE episode SET questionnaire_state = 'done', risk = ?,"
                            " red_flag_level = ?, updated_at = ? WHERE id = ?",
                            [risk, level, now, episode_id])
            self._advance_status(episode_id, "questionnaire_completed", now)
            self.audit("update", "response", response_id, patient_id=erow["patient_id"],
                       detail="completed")
        return records

    def abandon_response(self, response_id: str) -> None:
        rrow = self._get("response", response_id, "response")
        if rrow["status"] != "in_progress":
            return
        now = self._now()
        episode_id = rrow["episode_id"]
        with self._tx("saving the questionnaire"):
            self.db.execute("UPDATE response SET status = 'abandoned', updated_at = ?"
                            " WHERE id = ?", [now, response_id])
            done = self._one("SELECT 1 AS x FROM response WHERE episode_id = ? AND"
                             " status = 'completed'", [episode_id])
            self.db.execute("UPDATE episode SET questionnaire_state = ?, updated_at = ?"
                            " WHERE id = ?", ["done" if done else "none", now, episode_id])
            erow = self._get("episode", episode_id, "episode")
            self.audit("update", "response", response_id, patient_id=erow["patient_id"],
                       detail="abandoned")

    def scores(self, response_id: str) -> dict[str, ScoreRecord]:
        """``{form_id: ScoreRecord}`` for a completed response."""
        return {r["form_id"]: ScoreRecord(r["response_id"], r["form_id"], r["scoring_version"],
                                          json.loads(r["result"]), r["computed_at"])
                for r in self._all("SELECT * FROM score WHERE response_id = ? ORDER BY rowid",
                                   [response_id])}

    def alerts(self, *, since: str | None = None, include_flags: bool = False,
               episode_id: str | None = None) -> list[dict[str, Any]]:
        """Acute alerts (red flags, MDI item 6) raised by answers, newest first:
        ``{"episode_id", "patient_name", "response_id", "form_id", "item_id", "level",
        "message_da", "message_en", "at"}``. The worklist polls this.
        ``include_flags=True`` adds the non-acute (``flag``) alerts the forms declare;
        ``episode_id`` limits them to one episode."""
        clauses, params = [], []
        if episode_id:
            clauses.append("a.episode_id = ?")
            params.append(episode_id)
        if not include_flags:
            clauses.append("a.level = 'acute'")
        if since:
            clauses.append("a.at > ?")
            params.append(since)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._all(
            "SELECT a.episode_id, e.patient_name, a.response_id, a.form_id, a.item_id, a.level,"
            " a.message_da, a.message_en, a.at FROM alert a JOIN episode e ON e.id = a.episode_id"
            f" {where} ORDER BY a.at DESC, a.rowid DESC", params)

    # -- examination, letters ----------------------------------------------------------------

    @staticmethod
    def _examination(row: dict[str, Any]) -> Examination:
        return Examination(
            episode_id=row["episode_id"], clinician_id=row["clinician_id"],
            examined_at=row["examined_at"], findings=json.loads(row["findings"] or "{}"),
            assessment=row["assessment"], assessment_text=row["assessment_text"],
            information_given=row["information_given"], plan=json.loads(row["plan"] or "[]"),
            plan_text=row["plan_text"], follow_up=row["follow_up"],
            gp_follow_up=bool(row["gp_follow_up"]),
            recipients=json.loads(row["recipients"] or '["gp"]'),
            red_flag_notes=row["red_flag_notes"])

    def examination(self, episode_id: str) -> Examination | None:
        row = self._one("SELECT * FROM examination WHERE episode_id = ? ORDER BY version DESC"
                        " LIMIT 1", [episode_id])
        return self._examination(row) if row else None

    def examinations(self, episode_id: str) -> list[Examination]:
        """Every saved version, oldest first."""
        return [self._examination(r) for r in self._all(
            "SELECT * FROM examination WHERE episode_id = ? ORDER BY version", [episode_id])]

    def save_examination(self, examination: Examination) -> Examination:
        """Store a new version; moves the episode to ``examined`` if it was before that."""
        e = examination
        erow = self._get("episode", e.episode_id, "episode")
        now = self._now()
        clinician_id = e.clinician_id or self.actor_id
        examined_at = e.examined_at or now
        with self._tx("saving the examination"):
            row = self._one("SELECT COALESCE(MAX(version), 0) AS v FROM examination"
                            " WHERE episode_id = ?", [e.episode_id])
            version = int(row["v"] if row else 0) + 1
            exam_id = self._id()
            self.db.execute(
                "INSERT INTO examination (id, episode_id, version, clinician_id, examined_at,"
                " findings, assessment, assessment_text, information_given, plan, plan_text,"
                " follow_up, gp_follow_up, recipients, red_flag_notes, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [exam_id, e.episode_id, version, clinician_id, examined_at,
                 _json(dict(e.findings)), e.assessment, e.assessment_text, e.information_given,
                 _json(list(e.plan)), e.plan_text, e.follow_up, int(e.gp_follow_up),
                 _json(list(e.recipients)), e.red_flag_notes, now, now])
            self.db.execute("UPDATE episode SET updated_at = ? WHERE id = ?", [now, e.episode_id])
            self._advance_status(e.episode_id, "examined", now)
            self.audit("create", "examination", exam_id, patient_id=erow["patient_id"],
                       detail=f"version {version}")
        saved = self.examination(e.episode_id)
        assert saved is not None
        return saved

    @staticmethod
    def _letter(row: dict[str, Any]) -> Letter:
        return Letter(id=row["id"], episode_id=row["episode_id"], recipient=row["recipient"],
                      version=row["version"], status=row["status"], sha256=row["sha256"],
                      created_at=row["created_at"], approved_at=row["approved_at"],
                      approved_by=row["approved_by"], replaces_id=row["replaces_id"],
                      language=row["language"])

    def add_letter(self, episode_id: str, recipient: str, pdf: bytes, *, approve: bool,
                   language: str = "da", replaces_id: str | None = None) -> Letter:
        """Store a generated letter with its SHA-256. An approved letter is immutable (triggers
        refuse update/delete); a correction is a new version with ``replaces_id``."""
        if recipient not in ("gp", "caseworker", "patient"):
            raise StorageError(f"unknown letter recipient {recipient!r}")
        if not isinstance(pdf, bytes | bytearray) or not pdf:
            raise StorageError("a letter needs its PDF bytes")
        erow = self._get("episode", episode_id, "episode")
        now = self._now()
        letter_id = self._id()
        with self._tx("saving the letter"):
            if replaces_id is not None:
                old = self._get("letter", replaces_id, "letter")
                if old["episode_id"] != episode_id:
                    raise StorageError("a correction must belong to the same episode")
            row = self._one("SELECT COALESCE(MAX(version), 0) AS v FROM letter"
                            " WHERE episode_id = ? AND recipient = ?", [episode_id, recipient])
            version = int(row["v"] if row else 0) + 1
            self.db.execute(
                "INSERT INTO letter (id, episode_id, recipient, version, status, language, pdf,"
                " sha256, replaces_id, approved_at, approved_by, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [letter_id, episode_id, recipient, version, "approved" if approve else "draft",
                 language, bytes(pdf), hashlib.sha256(pdf).hexdigest(), replaces_id,
                 now if approve else None, self.actor_id if approve else None, now, now])
            if approve:
                self._advance_status(episode_id, "letter_sent", now)
            self.db.execute("UPDATE episode SET updated_at = ? WHERE id = ?", [now, episode_id])
            self.audit("create", "letter", letter_id, patient_id=erow["patient_id"],
                       detail=f"{recipient} v{version}" + (" approved" if approve else ""))
        return self.letter(letter_id)

    def letter(self, letter_id: str) -> Letter:
        return self._letter(self._get("letter", letter_id, "letter"))

    def approve_letter(self, letter_id: str) -> Letter:
        row = self._get("letter", letter_id, "letter")
        if row["status"] == "approved":
            return self._letter(row)
        erow = self._get("episode", row["episode_id"], "episode")
        now = self._now()
        with self._tx("approving the letter"):
            self.db.execute("UPDATE letter SET status = 'approved', approved_at = ?,"
                            " approved_by = ?, updated_at = ? WHERE id = ?",
                            [now, self.actor_id, now, letter_id])
            self._advance_status(row["episode_id"], "letter_sent", now)
            self.audit("update", "letter", letter_id, patient_id=erow["patient_id"],
                       detail="approved")
        return self.letter(letter_id)

    def letters(self, episode_id: str) -> list[Letter]:
        return [self._letter(r) for r in self._all(
            "SELECT id, episode_id, recipient, version, status, sha256, created_at, approved_at,"
            " approved_by, replaces_id, language FROM letter WHERE episode_id = ?"
            " ORDER BY created_at, rowid", [episode_id])]

    def letter_pdf(self, letter_id: str) -> bytes:
        row = self._one("SELECT l.pdf, e.patient_id FROM letter l JOIN episode e"
                        " ON e.id = l.episode_id WHERE l.id = ?", [letter_id])
        if row is None:
            raise StorageError(f"no letter with id {letter_id}")
        self.audit("view", "letter", letter_id, patient_id=row["patient_id"])
        return bytes(row["pdf"])

    # -- backup ------------------------------------------------------------------------------

    def backup(self, destination: Path | str) -> Path:
        """A consistent copy (SQLite online backup API), encrypted with the same key, verified."""
        from lbp_desktop.storage.backup import backup_store

        return backup_store(self, destination)


def check_lbp_database(conn: Any, path: Path | str) -> None:
    """Refuse (read-only, nothing written) a file that is not a readable lbp-desktop database of
    a schema this app knows; check it is not damaged."""
    try:
        tables = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    except DatabaseError as exc:
        raise translate(exc, path) from None
    if "meta" not in tables:
        raise StorageError(f"{path}: wrong key or not an lbp-desktop database")
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        applied: list[str] = []
        if schema.Migrations.migrations_table in tables:
            applied = [r[0] for r in conn.execute(
                f"SELECT name FROM {schema.Migrations.migrations_table}"
                " WHERE migration_set = ?", [schema.MIGRATION_SET]).fetchall()]
    except DatabaseError as exc:
        raise translate(exc, path) from None
    if meta.get("app") != schema.APP_ID:
        raise StorageError(f"{path}: wrong key or not an lbp-desktop database")
    try:
        version = int(meta.get("schema_version", "0"))
    except ValueError:
        version = 10**6
    unknown = [name for name in applied if name not in schema.KNOWN_MIGRATIONS]
    if version > schema.SCHEMA_VERSION or unknown:
        writer = meta.get("app_version", "a newer version")
        raise NewerSchemaError(
            f"{path}: this database was written by a newer lbp-desktop ({writer}, schema "
            f"{version}; this app knows schema {schema.SCHEMA_VERSION}); it was left untouched — "
            "update lbp-desktop to open it")
    if _needs_full_check(conn, path):
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except DatabaseError as exc:
            raise translate(exc, path) from None
        ok = bool(rows) and rows[0][0] == "ok"
    else:
        ok = not _shorter_than_its_pages(conn, path)
    if not ok:
        raise StorageError(f"{path}: the database file is damaged (truncated or corrupt); "
                           "restore it from a backup")


def _needs_full_check(conn: Any, path: Path | str) -> bool:
    """A full ``quick_check`` reads every page: seconds to minutes on a ten-year clinic database,
    so opening runs it only when the last session did not end cleanly (a non-empty WAL is left) or
    the file is small. Otherwise a truncated file is caught by its size, and a damaged page by
    SQLCipher's per-page HMAC the moment it is read (a clear ``StorageError`` then); backups and
    restores run the full ``integrity_check``."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return True
    return Path(path).stat().st_size <= FULL_CHECK_MAX_BYTES


FULL_CHECK_MAX_BYTES = 8 * 2**20
"""Files up to this size get a full ``quick_check`` on every open (it takes milliseconds)."""


def _shorter_than_its_pages(conn: Any, path: Path | str) -> bool:
    try:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
    except DatabaseError as exc:
        raise translate(exc, path) from None
    return Path(path).stat().st_size < page_size * page_count
