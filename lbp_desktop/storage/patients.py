"""Patients: identified by CPR (or a replacement number), birth date and sex derived from it.

A patient's name, CPR and the fictional mark are copied onto each of their episodes so the worklist
can search and sort without a join; changing the patient updates those copies in the same
transaction.
"""

from __future__ import annotations

from typing import Any

from lbp_desktop.domain.records import Patient
from lbp_desktop.storage import cpr as cpr_util
from lbp_desktop.storage import limits
from lbp_desktop.storage.audit import AuditStore
from lbp_desktop.storage.errors import StorageError


class PatientStore(AuditStore):
    """Adding, finding, reading (audited) and changing patients."""

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
        """Birth date and sex are derived from the CPR (``lbp_desktop.domain.cpr``).
        Raises ``StorageError`` if a patient with that CPR exists (use find first)."""
        if not cpr.strip():
            raise StorageError("a patient needs a CPR number (or a replacement number)")
        cpr, birth, sex = cpr_util.checked(cpr)
        name = " ".join(name.split())
        if not name:
            raise StorageError("a patient needs a name")
        limits.check({"name": name, "phone": phone, "email": email}, limits.PATIENT)
        if self.find_patient_by_cpr(cpr) is not None:
            raise StorageError(f"a patient with CPR {cpr} already exists")
        patient_id = self.new_id()
        now = self.now()
        with self.transaction("saving the patient"):
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
        limits.check(values, limits.PATIENT)
        if "fictional" in fields:
            values["fictional"] = int(bool(fields["fictional"]))
        now = self.now()
        with self.transaction("saving the patient"):
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
