"""Words for codes shown on screen (status, risk, bands, roles), translatable.

Source strings are Danish; English comes from ``resources/i18n/workspace_en.ts``. The clinical
words (risk groups, bands, domains, MDI severity) come from the form data through
``lbp_desktop.instruments.words`` in the interface's language — written once for screen, letter
and FHIR.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lbp_desktop.instruments import words


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
    """The STarT Back risk group in words, from the form data (``forms/startback.yaml``)."""
    if not risk:
        return QCoreApplication.translate("Texts", "Ingen vurdering")
    return words.RISK[lang()].get(risk, risk)


def risk_short(risk: str | None) -> str:
    """The risk group's first word ("Middel"), for badges."""
    return risk_text(risk).split()[0] if risk else "–"


def band_text(band: str | None) -> str:
    """A profile/NRS band in words, from the form data (``forms/orebro10.yaml``)."""
    return words.BAND[lang()].get(band, band) if band else "–"


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
    """MDI severity in words, from the form data (``forms/mdi.yaml``)."""
    return words.MDI_SEVERITY[lang()].get(severity, severity) if severity else "–"


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
        "unanswered": QCoreApplication.translate("Texts", "⚠ ubesvaret"),
    }.get(level, "")


def domain_text(domain_id: str) -> str:
    """A profile domain's phrase, from the form data (``forms/orebro10.yaml``)."""
    return words.DOMAIN[lang()].get(domain_id, domain_id)


DOMAIN_ORDER = ("pain", "function", "sleep", "fear_avoidance", "worry", "persistence", "mood",
                "work_expectation")


def lang() -> str:
    """The UI language in use ('da' or 'en')."""
    app = QCoreApplication.instance()
    value = app.property("lbp_lang") if app is not None else None
    return "en" if value == "en" else "da"
