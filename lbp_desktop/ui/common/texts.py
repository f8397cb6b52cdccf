"""Words for codes shown on screen (status, risk, bands, roles), translatable.

Source strings are Danish; English comes from ``resources/i18n/workspace_en.ts``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Texts", text)


def status_text(status: str) -> str:
    return {
        "registered": _t("Registreret"),
        "questionnaire_pending": _t("Afventer skema"),
        "questionnaire_completed": _t("Skema udfyldt"),
        "examined": _t("Undersøgt"),
        "letter_sent": _t("Epikrise sendt"),
        "closed": _t("Afsluttet"),
    }.get(status, status)


def questionnaire_text(state: str) -> str:
    return {
        "none": _t("ikke sendt"),
        "waiting": _t("afventer"),
        "in_progress": _t("i gang"),
        "done": _t("udfyldt"),
    }.get(state, state)


def risk_text(risk: str | None) -> str:
    return {
        "low": _t("Lav risiko"),
        "medium": _t("Middel risiko"),
        "high": _t("Høj risiko"),
    }.get(risk or "", _t("Ingen vurdering"))


def risk_short(risk: str | None) -> str:
    return {"low": _t("Lav"), "medium": _t("Middel"), "high": _t("Høj")}.get(risk or "", "–")


def band_text(band: str | None) -> str:
    return {
        "none": _t("ingen"),
        "mild": _t("let"),
        "moderate": _t("moderat"),
        "severe": _t("svær"),
    }.get(band or "", "–")


def role_text(role: str) -> str:
    return {
        "admin": _t("Administrator"),
        "clinician": _t("Behandler"),
        "reception": _t("Sekretær"),
    }.get(role, role)


def recipient_text(recipient: str) -> str:
    return {
        "gp": _t("Egen læge"),
        "caseworker": _t("Kommunal sagsbehandler"),
        "patient": _t("Patient"),
    }.get(recipient, recipient)


def severity_text(severity: str | None) -> str:
    return {
        "none": _t("ingen depression"),
        "mild": _t("let depression"),
        "moderate": _t("moderat depression"),
        "severe": _t("svær depression"),
    }.get(severity or "", "–")


def leg_side_text(side: str | None) -> str:
    return {
        "none": _t("ingen bensmerter"),
        "left": _t("venstre ben"),
        "right": _t("højre ben"),
        "both": _t("begge ben"),
    }.get(side or "", "–")


def flag_text(level: str) -> str:
    return {"acute": _t("⚠ AKUT"), "flag": _t("⚑ flag")}.get(level, "")


def domain_text(domain_id: str) -> str:
    return {
        "pain": _t("Smerteniveau"),
        "function": _t("Nedsat funktion"),
        "sleep": _t("Søvnforstyrrelse"),
        "worry": _t("Bekymring / anspændthed"),
        "mood": _t("Påvirket humør"),
        "persistence": _t("Frygt for at det aldrig bliver bedre"),
        "work_expectation": _t("Lav forventning om arbejde"),
        "fear_avoidance": _t("Bevægeangst"),
    }.get(domain_id, domain_id)


DOMAIN_ORDER = ("pain", "function", "sleep", "fear_avoidance", "worry", "persistence", "mood",
                "work_expectation")


def red_flag_text(flag_id: str) -> str:
    return {
        "bladder_bowel": _t("Ændret vandladning / afføring"),
        "saddle_anaesthesia": _t("Ridebukseanæstesi"),
        "progressive_weakness": _t("Tiltagende kraftnedsættelse i benet"),
        "cancer_history": _t("Tidligere kræft"),
        "weight_loss_fever": _t("Uforklaret vægttab eller feber"),
        "night_pain": _t("Konstante smerter, også i hvile og om natten"),
        "trauma": _t("Smerter efter fald eller ulykke"),
        "steroids": _t("Langvarig binyrebarkhormon"),
        "age": _t("Alder under 20 eller over 55"),
    }.get(flag_id, flag_id)


def lang() -> str:
    """The UI language in use ('da' or 'en')."""
    app = QCoreApplication.instance()
    value = app.property("lbp_lang") if app is not None else None
    return "en" if value == "en" else "da"
