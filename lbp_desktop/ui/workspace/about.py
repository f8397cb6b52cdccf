"""About: version, every instrument's citation and copyright, and what wording is unverified."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from lbp_desktop.ui.common.widgets import plain_label


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    def __init__(self, forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lbp_desktop import __version__

        self.setWindowTitle(self.tr("Om lbp-desktop"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(f"lbp-desktop {__version__}", role="h1"))
        layout.addWidget(plain_label(self.tr(
            "Spørgeskema, scoring og epikrise til forløbsprogrammet for lænderygsmerter. "
            "Open source (MIT)."), role="muted", wrap=True))
        self.browser = QTextBrowser()
        self.browser.setObjectName("about_text")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.instruments_html(forms))
        layout.addWidget(self.browser, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = QPushButton(self.tr("Luk"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout.addLayout(row)

    def instruments_html(self, forms: Any) -> str:
        # tr() outside the f-strings: lupdate does not see it inside one
        heading = self.tr("Instrumenter")
        parts = [f"<h3>{_esc(heading)}</h3>"]
        unverified = []
        for form in forms.forms.values():
            inst = form.instrument
            parts.append(f"<p><b>{_esc(inst.full_name.da)}</b> ({_esc(form.id)} "
                         f"v{_esc(form.version)})<br>{_esc(inst.citation)}<br>"
                         f"<i>{_esc(inst.copyright)}</i><br>{_esc(inst.licence)}</p>")
            names = {"da": self.tr("dansk"), "en": self.tr("engelsk")}
            langs = [names[lang] for lang in ("da", "en") if not getattr(inst.verified, lang)]
            if langs:
                note = f" – {_esc(inst.verified.note)}" if inst.verified.note else ""
                unverified.append(f"<li><b>{_esc(inst.short_name)}</b>: "
                                  f"{', '.join(langs)}{note}</li>")
        reference = self.tr("Alle regler, skæringspunkter, bånd, tærskler, licenser og "
                            "kilder er beskrevet i projektets kliniske reference, docs/clinical/ "
                            "i kildekoden.")
        parts.append(f"<p>{_esc(reference)}</p>")
        heading = self.tr("Ordlyd der ikke er verificeret")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        if unverified:
            parts.append("<ul>" + "".join(unverified) + "</ul>")
        else:
            all_verified = self.tr("Al ordlyd er verificeret.")
            parts.append(f"<p>{_esc(all_verified)}</p>")
        return "".join(parts)
