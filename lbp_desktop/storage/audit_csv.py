"""The audit trail for people: event names in words, and the CSV file for the clinic's
data-protection officer (databeskyttelsesrådgiver).

The stored events keep short English codes (``view``/``patient``); whoever reads the log — an
administrator on screen or the data-protection officer in a spreadsheet — gets the event's name
in Danish (English with ``--lang en``), the user's name and, where the reader may see it, the
patient's name and CPR number.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

EVENT_NAMES: dict[tuple[str, str], tuple[str, str]] = {
    ("login", "user"): ("Log ind", "Signed in"),
    ("login_failed", "user"): ("Mislykket log ind", "Failed sign-in"),
    ("create", "user"): ("Bruger oprettet", "User created"),
    ("update", "user"): ("Bruger ændret", "User changed"),
    ("create", "patient"): ("Patient registreret", "Patient registered"),
    ("update", "patient"): ("Patientoplysninger ændret", "Patient details changed"),
    ("view", "patient"): ("Patientdata vist", "Patient data viewed"),
    ("create", "episode"): ("Forløb oprettet", "Episode created"),
    ("update", "episode"): ("Forløb ændret", "Episode changed"),
    ("export", "episode"): ("Forløb eksporteret", "Episode exported"),
    ("create", "response"): ("Spørgeskema startet", "Questionnaire started"),
    ("update", "response"): ("Spørgeskema ændret", "Questionnaire changed"),
    ("complete", "response"): ("Spørgeskema udfyldt", "Questionnaire completed"),
    ("deliver", "response"): ("Svar modtaget fra tablet", "Answers received from a tablet"),
    ("create", "examination"): ("Undersøgelse og plan gemt", "Examination and plan saved"),
    ("create", "letter"): ("Epikrise lavet", "Letter made"),
    ("update", "letter"): ("Epikrise ændret", "Letter changed"),
    ("view", "letter"): ("Epikrise vist", "Letter viewed"),
    ("export", "letter"): ("Epikrise eksporteret", "Letter exported"),
    ("export", "paper_form"): ("Papirskema udskrevet", "Paper questionnaire printed"),
    ("export", "database"): ("Sikkerhedskopi lavet", "Backup made"),
    ("export", "audit_log"): ("Revisionslog eksporteret", "Audit log exported"),
    ("pairing_started", "device"): ("Parring af tablet startet", "Tablet pairing started"),
    ("pair", "device"): ("Tablet parret", "Tablet paired"),
    ("pairing_failed", "device"): ("Parring af tablet mislykket", "Tablet pairing failed"),
    ("revoke", "device"): ("Tablet frakoblet", "Tablet revoked"),
    ("connect", "device"): ("Tablet hentede skemaer", "Tablet fetched questionnaires"),
    ("device_refused", "device"): ("Tablet afvist", "Tablet refused"),
    ("unlock", "device"): ("Tablet låst op af personale", "Tablet unlocked by staff"),
    ("unlock_failed", "device"): ("Mislykket oplåsning af tablet", "Failed tablet unlock"),
    ("hub_started", "device"): ("Tablettjeneste startet", "Tablet service started"),
    ("hub_stopped", "device"): ("Tablettjeneste stoppet", "Tablet service stopped"),
}
"""(action, entity) → (Danish, English). An event not listed shows its codes."""


SPECIFIC: dict[tuple[str, str, str], tuple[str, str]] = {
    ("update", "response", "completed"): ("Spørgeskema udfyldt", "Questionnaire completed"),
    ("update", "response", "abandoned"): ("Spørgeskema opgivet", "Questionnaire abandoned"),
    ("update", "letter", "approved"): ("Epikrise godkendt", "Letter approved"),
    ("update", "user", "password"): ("Adgangskode ændret", "Password changed"),
    ("update", "user", "pin"): ("PIN-kode ændret", "PIN changed"),
    ("login", "user", "pin"): ("Log ind med PIN-kode", "Signed in with PIN"),
    ("login_failed", "user", "pin"): ("Mislykket log ind med PIN-kode", "Failed PIN sign-in"),
}
"""Events whose stored detail is itself the news: named in full, the detail not repeated."""


def describe(action: str, entity: str, detail: str, lang: str = "da") -> tuple[str, str]:
    """(event name, detail) as a person reads them: "Spørgeskema udfyldt" rather than
    "Spørgeskema ændret" + "completed"."""
    names = SPECIFIC.get((action, entity, detail))
    if names is not None:
        return (names[1] if lang == "en" else names[0]), ""
    return event_name(action, entity, lang), detail


def event_name(action: str, entity: str, lang: str = "da") -> str:
    names = EVENT_NAMES.get((action, entity))
    if names is None:
        return f"{action} ({entity})"
    return names[1] if lang == "en" else names[0]


HEADERS = {
    "da": ("Tidspunkt", "Bruger", "Brugernavn", "Hændelse", "Patient", "CPR", "Detalje",
           "Hændelseskode"),
    "en": ("Time", "User", "Username", "Event", "Patient", "CPR", "Detail", "Event code"),
}


def csv_rows(entries: Iterable[Any], users: dict[str, Any], *, lang: str = "da",
             show_patients: bool = True) -> list[list[str]]:
    """One row per ``AuditEntry``: local time, the user's name and username, the event in
    words, the patient (name and CPR only when ``show_patients``, else a short id), the detail
    and the stored code (so the officer can match it with the system's documentation)."""
    rows = [list(HEADERS.get(lang, HEADERS["da"]))]
    for entry in entries:
        e = entry.event
        user = users.get(e.user_id or "")
        if show_patients:
            patient, cpr = entry.patient_name, entry.patient_cpr
        else:
            patient, cpr = (e.patient_id or "")[:8], ""
        event, detail = describe(e.action, e.entity, e.detail, lang)
        rows.append([local_time(e.at), user.name if user else "", user.username if user else "",
                     event, patient, cpr, detail, f"{e.action}/{e.entity}"])
    return rows


def local_time(iso: str) -> str:
    """'2026-11-30T22:51:19.83+00:00' → '30.11.2026 23:51:19' in this computer's time zone."""
    import datetime as dt

    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%d.%m.%Y %H:%M:%S")


def write_csv(path: Path, rows: list[list[str]]) -> None:
    """Write ``rows`` as CSV (UTF-8 with BOM and semicolons: Danish Excel opens it as columns)
    to ``path`` atomically and readable by the owner only (0600) — it holds patient names."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerows([_safe(cell) for cell in row] for row in rows)
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)


def _safe(cell: Any) -> str:
    """A spreadsheet treats a cell starting with = + - @ as a formula: a name typed as
    '=HYPERLINK(…)' must stay text (CSV injection)."""
    text = "" if cell is None else str(cell)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
