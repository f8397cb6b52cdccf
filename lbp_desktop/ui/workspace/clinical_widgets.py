"""The clinician's red-flag, MDI and validation widgets, drawn from the episode summary.

Every word about a red flag comes from the core (``pathway.summary``, ``pathway.redflags``): an
unanswered acute question is a warning as prominent as a flag and names the question; "no red
flags" is shown only when every question was answered no; once the clinician has recorded how an
acute flag was handled, the banner says who, when and what instead of sounding the alarm
(``docs/clinical/red-flags.md``). The MDI card leads with the ICD-10 result and labels the sum
band as a band (``docs/clinical/mdi.md``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lbp_desktop.ui import theme
from lbp_desktop.ui.common import texts
from lbp_desktop.ui.common.widgets import badge, card, plain_label

HANDLED = theme.Swatch("#E8F3EC", "#1E5B34", "✓")


def _lang() -> str:
    return "en" if texts.lang() == "en" else "da"


def _short_time(iso: str) -> str:
    """A stored UTC timestamp as local date and time, e.g. "30.11.2026 23:05"."""
    import datetime as dt

    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return iso or ""
    if when.tzinfo is not None:
        when = when.astimezone()
    return when.strftime("%d.%m.%Y %H:%M")


def banner(summary: Any) -> tuple[str, theme.Swatch] | None:
    """The episode banner's text and colours: the acute flag, its handled state, or an acute
    question left unanswered; None when there is nothing to raise."""
    from lbp_desktop.pathway.redflags import label

    rf = summary.red_flags
    lang = _lang()
    if rf.acute and rf.handled:
        h = rf.handled
        flags = ", ".join(label(f, lang) for f in rf.acute)
        head = QCoreApplication.translate("RedFlags", "Akut rødt flag håndteret")
        line = QCoreApplication.translate("RedFlags", "%1 af %2: %3")
        return (head + ": " + flags + "\n" + line.replace("%1", _short_time(h["at"]))
                .replace("%2", h.get("by_name") or "–").replace("%3", h["action"]), HANDLED)
    if rf.acute or rf.level == "acute":
        flags = ", ".join(label(f, lang) for f in rf.acute) or QCoreApplication.translate(
            "RedFlags", "alarm fra et svar")
        head = QCoreApplication.translate("RedFlags", "AKUT RØDT FLAG")
        return "⚠ " + head + ": " + flags + "\n" + label("acute", lang), theme.FLAG_ACUTE
    if rf.unanswered_acute:
        names = ", ".join(label(f, lang) for f in rf.unanswered_acute)
        head = QCoreApplication.translate("RedFlags", "Ikke besvaret")
        return "⚠ " + head + ": " + names + "\n" + label("unanswered", lang), theme.FLAG
    return None


def style_banner(widget: QLabel, swatch: theme.Swatch) -> None:
    widget.setStyleSheet(f"background:{swatch.bg}; color:{swatch.fg}; font-weight:700;"
                         f" font-size:12pt; padding:10px 14px; border-radius:{theme.RADIUS}px;")


class RedFlagsCard(QFrame):
    """Every red-flag fact of the episode: acute, other, "Ved ikke", unanswered (named), the
    age at onset and its basis, the handling — and "Ingen røde flag" only when all clear."""

    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lbp_desktop.pathway.redflags import label

        self.setProperty("role", "card")
        self.setObjectName("flags_card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(theme.SPACING + 4, theme.SPACING, theme.SPACING + 4, theme.SPACING)
        lay.setSpacing(theme.SPACING // 2)
        lay.addWidget(plain_label(self.tr("Røde flag"), role="h2"))
        rf = summary.red_flags
        lang = _lang()
        if rf.acute and not rf.handled:
            self.setStyleSheet(f"QFrame#flags_card {{ border:2px solid {theme.FLAG_ACUTE.bg};"
                               f" background:#FDECEC; }}")
        acute = self.tr("AKUT")
        for flag in rf.acute:
            self._pill(lay, f"{theme.FLAG_ACUTE.glyph} {acute}: {label(flag, lang)}",
                       theme.FLAG_ACUTE, f"flag_{flag}")
        unanswered = self.tr("Ikke besvaret")
        for flag in rf.unanswered_acute:
            self._pill(lay, f"⚠ {unanswered}: {label(flag, lang)}", theme.FLAG,
                       f"unanswered_{flag}")
        for flag in rf.non_acute:
            self._pill(lay, f"{theme.FLAG.glyph} {label(flag, lang)}", theme.FLAG, f"flag_{flag}")
        others = [f for f in rf.unanswered if f not in rf.unanswered_acute]
        if others:
            w = plain_label(unanswered + ": " + ", ".join(label(f, lang) for f in others),
                            wrap=True)
            w.setObjectName("unanswered_other")
            lay.addWidget(w)
        if rf.unsure:
            text = self.tr("Svaret «ved ikke» (regnet som ja)")
            lay.addWidget(plain_label(text + ": " + ", ".join(label(f, lang) for f in rf.unsure),
                                      wrap=True))
        age = self.age_text(rf)
        if age:
            w = plain_label(age, role="muted", wrap=True)
            w.setObjectName("age_at_onset")
            lay.addWidget(w)
        if rf.all_clear:
            w = plain_label("✓ " + label("none", lang), role="muted")
            w.setObjectName("all_clear")
            lay.addWidget(w)
        if rf.handled:
            h = rf.handled
            w = plain_label("✓ " + self.tr("Håndteret %1 af %2: %3")
                            .replace("%1", _short_time(h["at"]))
                            .replace("%2", h.get("by_name") or "–")
                            .replace("%3", h["action"]), wrap=True)
            w.setObjectName("handled")
            lay.addWidget(w)

    @staticmethod
    def _pill(lay: QVBoxLayout, text: str, swatch: theme.Swatch, name: str) -> None:
        w = plain_label(text, wrap=True)
        w.setObjectName(name)
        w.setStyleSheet(theme.badge_css(swatch) + " padding:5px 10px;")
        lay.addWidget(w)

    def age_text(self, rf: Any) -> str:
        onset = rf.onset_age
        if not onset:
            return ""
        if rf.age_flag is None:
            return self.tr("Alder ved debut kan ikke afgøres ud fra svarene – spørg patienten "
                           "(%1 år nu).").replace("%1", str(onset["now"]))
        if onset["earliest"] == onset["latest"]:
            at = self.tr("%1 år ved debut").replace("%1", str(onset["latest"]))
        elif onset["earliest"] is None:
            at = self.tr("højst %1 år ved debut").replace("%1", str(onset["latest"]))
        else:
            at = self.tr("%1–%2 år ved debut").replace("%1", str(onset["earliest"])) \
                .replace("%2", str(onset["latest"]))
        basis = {"duration": self.tr("ud fra CPR-nr. og smertevarighed"),
                 "onset_date": self.tr("ud fra CPR-nr. og debutdato"),
                 "none": self.tr("smertevarighed ikke besvaret")}.get(onset["basis"], "")
        if rf.age_flag:
            head = self.tr("Alder ved debut under 20 eller over 55 år")
        else:
            head = self.tr("Intet aldersflag")
        return f"{head} ({at}; {basis})"


def mdi_summary(result: dict[str, Any]) -> str:
    """One line for "Alle svar": the ICD-10 result, then the sum (a band is not a diagnosis)."""
    from lbp_desktop.instruments.words import MDI_RESULT

    icd10 = result.get("icd10")
    head = MDI_RESULT[_lang()].get(f"icd10_{icd10}", "") if icd10 else ""
    total = result.get("total")
    tail = f"{total}/50" if total is not None else "–"
    return f"{head} · {tail}" if head else tail


class MdiCard(QFrame):
    """ICD-10 result first, then the sum with its band (labelled as a band), DSM-IV, and the
    item-6 alert with the answer given."""

    def __init__(self, result: dict[str, Any], forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lbp_desktop.instruments.words import MDI_RESULT, MDI_SEVERITY

        self.setProperty("role", "card")
        self.setObjectName("mdi_card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(theme.SPACING + 4, theme.SPACING, theme.SPACING + 4, theme.SPACING)
        lay.setSpacing(theme.SPACING // 2)
        lay.addWidget(plain_label(self.tr("Depression (MDI)"), role="h2"))
        lang = _lang()
        icd10 = result.get("icd10")
        if icd10:
            swatch = {"moderate": theme.RISK["medium"], "severe": theme.RISK["high"],
                      "mild": theme.FLAG}.get(icd10, theme.RISK_NONE)
            w = badge(MDI_RESULT[lang].get(f"icd10_{icd10}", icd10), swatch)
            w.setObjectName("mdi_icd10")
            lay.addWidget(w)
        total = result.get("total")
        if total is not None:
            band = MDI_SEVERITY[lang].get(result.get("severity") or "", "–")
            w = plain_label(self.tr("Sum %1/50: %2").replace("%1", str(total))
                            .replace("%2", band) + " (" + MDI_RESULT[lang].get("band_scheme", "")
                            + ")", wrap=True)
            w.setObjectName("mdi_total")
            lay.addWidget(w)
        if result.get("dsm4"):
            lay.addWidget(plain_label(MDI_RESULT[lang].get(f"dsm4_{result['dsm4']}", ""),
                                      role="muted", wrap=True))
        if not result.get("complete", True):
            lay.addWidget(plain_label(self.tr("Ufuldstændigt besvaret – ingen sum."),
                                      role="muted"))
        if result.get("item6_alert"):
            answer = str(result.get("item6"))
            try:
                item = forms.form("mdi").item("q6")
                answer = item.option_label(result.get("item6"), lang)
            except Exception:  # form data missing: the code is still true
                pass
            w = plain_label("⚠ " + self.tr("Spørgsmål 6 (livet ikke værd at leve): %1 – tal "
                                           "med patienten i dag.").replace("%1", answer.lower()),
                            wrap=True)
            w.setObjectName("mdi_item6")
            w.setStyleSheet(theme.badge_css(theme.FLAG_ACUTE) + " padding:5px 10px;")
            lay.addWidget(w)


def unverified_names(forms: Any, form_ids: list[str], lang: str = "da") -> list[str]:
    """Short names of the given instruments whose wording in ``lang`` is not verified."""
    out = []
    for form_id in form_ids:
        try:
            inst = forms.form(form_id).instrument
        except KeyError:
            continue
        if inst is not None and not getattr(inst.verified, lang, False):
            out.append(str(inst.short_name))
    return out


def validation_note(forms: Any, form_ids: list[str]) -> QLabel | None:
    """"Dansk ordlyd ikke valideret: …" beside scores whose wording is unverified."""
    names = unverified_names(forms, form_ids, "da")
    if not names:
        return None
    text = QCoreApplication.translate("RedFlags", "Dansk ordlyd ikke valideret mod den "
                                      "publicerede version (scoren er vejledende): %1")
    w = plain_label("* " + text.replace("%1", ", ".join(names)), role="muted", wrap=True)
    w.setObjectName("validation_note")
    return w


def answer_rows(form: Any, answers: dict[str, Any], lang: str, not_answered: str,
                not_asked: str) -> list[tuple[str, str, str]]:
    """Every item of ``form`` as (question, answer, code) for "Alle svar": answered items with
    their answer, unanswered ones marked ``not_answered`` (never left out, never read as no), and
    items whose condition hid them marked ``not_asked``. Clinician-only items appear when filled."""
    from lbp_desktop.questionnaires.model import is_visible

    rows = []
    for item in form.items():
        if not item.kiosk and item.id not in answers:
            continue
        text = item.text.get(lang)
        if item.id in answers:
            value = answers[item.id]
            shown = item.option_label(value, lang) if item.options else str(value)
            if item.type == "scale_0_10":
                shown = f"{value} / 10"
            rows.append((text, shown, str(value)))
        elif not is_visible(item, answers):
            rows.append((text, not_asked, ""))
        else:
            rows.append((text, not_answered, ""))
    return rows


class AcuteHandlingDialog(QDialog):
    """Record what was found and done about an acute red flag. The record is permanent and
    names the signed-in clinician."""

    def __init__(self, store: Any, episode_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.episode_id = store, episode_id
        self.record: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Håndtering af akut rødt flag"))
        lay = QVBoxLayout(self)
        lay.addWidget(plain_label(self.tr("Hvad blev fundet, og hvad blev gjort? Registreringen "
                                          "gemmes med dit navn og tidspunktet og kan ikke "
                                          "ændres bagefter."), wrap=True))
        self.text = QPlainTextEdit()
        self.text.setObjectName("handling_text")
        self.text.setPlaceholderText(self.tr("Fx: Undersøgt samme dag, ingen ridebukseanæstesi, "
                                             "normal kraft. Henvist akut / informeret om at "
                                             "søge akut ved forværring."))
        lay.addWidget(self.text, 1)
        self.error = plain_label("", wrap=True)
        self.error.setStyleSheet(f"color:{theme.FLAG_ACUTE.bg};")
        self.error.hide()
        lay.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(self.tr("Registrér håndtering"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("save_handling")
        cancel = buttons.addButton(self.tr("Annullér"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_handling")
        self.save.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(520, 300)

    def submit(self) -> None:
        from lbp_desktop.storage.errors import StorageError

        text = self.text.toPlainText().strip()
        if not text:
            self.error.setText(self.tr("Skriv hvad der blev fundet og gjort."))
            self.error.show()
            return
        try:
            self.record = self.store.record_acute_handling(self.episode_id, text)
        except StorageError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


__all__ = ["AcuteHandlingDialog", "MdiCard", "RedFlagsCard", "banner", "card", "style_banner",
           "validation_note"]
