"""Words for codes shown on screen (status, risk, bands, roles), translatable.

Source strings are Danish; English comes from ``resources/i18n/workspace_en.ts``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_text(status: str) -> str:
    return {
        "registered": QCoreApplication.translate("Texts", "Registreret"),
        "questionnaire_pending": QCoreApplication.translate("Texts", "Afventer skema"),
        "questionnaire_completed": QCoreApplication.translate("Texts", "Skema udfyldt"),
        "examined": QCoreApplication.translate("Texts", "Undersøgt"),
        "letter_sent": QCoreApplication.translate("Texts", "Epikrise sendt"),
        "closed": QCoreApplication.translate("Texts", "Afsluttet"),
    }.get(status, status)


def questionnaire_text(state: str) -> str:
    return {
        "none": QCoreApplication.translate("Texts", "ikke sendt"),
        "waiting": QCoreApplication.translate("Texts", "afventer"),
        "in_progress": QCoreApplication.translate("Texts", "i gang"),
        "done": QCoreApplication.translate("Texts", "udfyldt"),
    }.get(state, state)


def risk_text(risk: str | None) -> str:
    return {
        "low": QCoreApplication.translate("Texts", "Lav risiko"),
        "medium": QCoreApplication.translate("Texts", "Middel risiko"),
        "high": QCoreApplication.translate("Texts", "Høj risiko"),
    }.get(risk or "", QCoreApplication.translate("Texts", "Ingen vurdering"))


def risk_short(risk: str | None) -> str:
    return {
        "low": QCoreApplication.translate("Texts", "Lav"),
        "medium": QCoreApplication.translate("Texts", "Middel"),
        "high": QCoreApplication.translate("Texts", "Høj"),
    }.get(risk or "", "–")


def band_text(band: str | None) -> str:
    return {
        "none": QCoreApplication.translate("Texts", "ingen"),
        "mild": QCoreApplication.translate("Texts", "let"),
        "moderate": QCoreApplication.translate("Texts", "moderat"),
        "severe": QCoreApplication.translate("Texts", "svær"),
    }.get(band or "", "–")


def role_text(role: str) -> str:
    return {
        "admin": QCoreApplication.translate("Texts", "Administrator"),
        "clinician": QCoreApplication.translate("Texts", "Behandler"),
        "reception": QCoreApplication.translate("Texts", "Sekretær"),
    }.get(role, role)


def recipient_text(recipient: str) -> str:
    return {
        "gp": QCoreApplication.translate("Texts", "Egen læge"),
        "caseworker": QCoreApplication.translate("Texts", "Kommunal sagsbehandler"),
        "patient": QCoreApplication.translate("Texts", "Patient"),
    }.get(recipient, recipient)


def severity_text(severity: str | None) -> str:
    return {
        "none": QCoreApplication.translate("Texts", "ingen depression"),
        "mild": QCoreApplication.translate("Texts", "let depression"),
        "moderate": QCoreApplication.translate("Texts", "moderat depression"),
        "severe": QCoreApplication.translate("Texts", "svær depression"),
    }.get(severity or "", "–")


def leg_side_text(side: str | None) -> str:
    return {
        "none": QCoreApplication.translate("Texts", "ingen bensmerter"),
        "left": QCoreApplication.translate("Texts", "venstre ben"),
        "right": QCoreApplication.translate("Texts", "højre ben"),
        "both": QCoreApplication.translate("Texts", "begge ben"),
    }.get(side or "", "–")


def flag_text(level: str) -> str:
    return {
        "acute": QCoreApplication.translate("Texts", "⚠ AKUT"),
        "flag": QCoreApplication.translate("Texts", "⚑ flag"),
    }.get(level, "")


def domain_text(domain_id: str) -> str:
    return {
        "pain": QCoreApplication.translate("Texts", "Smerteniveau"),
        "function": QCoreApplication.translate("Texts", "Nedsat funktion"),
        "sleep": QCoreApplication.translate("Texts", "Søvnforstyrrelse"),
        "worry": QCoreApplication.translate("Texts", "Bekymring / anspændthed"),
        "mood": QCoreApplication.translate("Texts", "Påvirket humør"),
        "persistence": QCoreApplication.translate("Texts", "Frygt for at det aldrig bliver bedre"),
        "work_expectation": QCoreApplication.translate("Texts", "Lav forventning om arbejde"),
        "fear_avoidance": QCoreApplication.translate("Texts", "Bevægeangst"),
    }.get(domain_id, domain_id)


DOMAIN_ORDER = ("pain", "function", "sleep", "fear_avoidance", "worry", "persistence", "mood",
                "work_expectation")


def lang() -> str:
    """The UI language in use ('da' or 'en')."""
    app = QCoreApplication.instance()
    value = app.property("lbp_lang") if app is not None else None
    return "en" if value == "en" else "da"
