"""The clinic and its staff: the clinic's details, user accounts, passwords and kiosk PINs.

Passwords and PINs are hashed with argon2 and never stored in clear; every sign-in, good or bad, is
audited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lbp_desktop.domain.records import Clinic, User
from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.errors import StorageError

if TYPE_CHECKING:
    from argon2 import PasswordHasher


def _hasher() -> PasswordHasher:
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


class UserStore(AuditStore):
    """The clinic row and the staff accounts."""

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
        now = self.now()
        with self.transaction("saving the clinic"):
            if existing is None:
                clinic_id = self.new_id()
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
        user_id = self.new_id()
        now = self.now()
        with self.transaction("saving the user"):
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
        with self.transaction("saving the password"):
            self.db.execute("UPDATE user SET password_hash = ?, updated_at = ? WHERE id = ?",
                            [_hasher().hash(password), self.now(), user_id])
            self.audit("update", "user", user_id, detail="password")

    def set_pin(self, user_id: str, pin: str | None) -> None:
        """Set (or with ``None`` clear) a user's kiosk PIN."""
        self._get("user", user_id, "user")
        with self.transaction("saving the PIN"):
            self.db.execute("UPDATE user SET pin_hash = ?, updated_at = ? WHERE id = ?",
                            [_hasher().hash(pin) if pin else None, self.now(), user_id])
            self.audit("update", "user", user_id, detail="pin")

    def set_user_active(self, user_id: str, active: bool) -> None:
        self._get("user", user_id, "user")
        with self.transaction("saving the user"):
            self.db.execute("UPDATE user SET active = ?, updated_at = ? WHERE id = ?",
                            [1 if active else 0, self.now(), user_id])
            self.audit("update", "user", user_id, detail=f"active={bool(active)}")
