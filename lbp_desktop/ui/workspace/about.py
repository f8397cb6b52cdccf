"""About: version, every instrument's citation and copyright, and what wording is unverified."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from lbp_desktop.ui.common.widgets import plain_label

_HOLDER = re.compile(r"(?:Copyright\s*)?\(?©\s*(?:\d{4}\)?)?\s*(.+?)"
                     r"(?:(?<=[a-zæøå)]{2})\.\s|\.?$)")
"""'© <holder>.' or 'Copyright (©2021) <holder>.' up to the end of the first sentence (a
full stop after a word, not after an initial such as 'J.')."""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    def __init__(self, forms: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from lbp_desktop import __version__

        self.setWindowTitle(self.tr("Om programmet"))  # the platform adds the app name
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
        """Each instrument with its source and rights holder. The forms' licence and
        verification notes are English working notes: with ``--lang en`` they are shown as
        written; in Danish the dialog says the same things in Danish words (rights holder,
        whether the wording is verified), so a clinician reads nothing in English."""
        from lbp_desktop.ui.common import texts

        english = texts.lang() == "en"
        # tr() outside the f-strings: lupdate does not see it inside one
        heading = self.tr("Instrumenter")
        source = self.tr("Kilde")
        rights = self.tr("Rettigheder")
        parts = [f"<h3>{_esc(heading)}</h3>"]
        unverified = []
        for form in forms.forms.values():
            inst = form.instrument
            name = inst.full_name.en if english else inst.full_name.da
            holder = inst.copyright if english else self.rights_holder(inst.copyright)
            extra = f"<br>{_esc(inst.licence)}" if english else ""
            # the project's own questions have working notes, not a published source
            own = "lbp-desktop" in inst.copyright and not inst.copyright.startswith("©")
            cited = "" if own and not english else f"{_esc(source)}: {_esc(inst.citation)}<br>"
            parts.append(f"<p><b>{_esc(name)}</b> ({_esc(form.id)} v{_esc(form.version)})<br>"
                         f"{cited}<i>{_esc(rights)}: {_esc(holder)}</i>{extra}</p>")
            names = {"da": self.tr("dansk"), "en": self.tr("engelsk")}
            langs = [names[lang] for lang in ("da", "en") if not getattr(inst.verified, lang)]
            if langs:
                note = f" – {_esc(inst.verified.note)}" if inst.verified.note and english else ""
                unverified.append(f"<li><b>{_esc(inst.short_name)}</b>: "
                                  f"{_esc(', '.join(langs))}{note}</li>")
        reference = self.tr("Alle regler, skæringspunkter, bånd, tærskler, licenser og "
                            "kilder er beskrevet i projektets kliniske reference, docs/clinical/ "
                            "i kildekoden.")
        parts.append(f"<p>{_esc(reference)}</p>")
        heading = self.tr("Ordlyd der ikke er verificeret")
        parts.append(f"<h3>{_esc(heading)}</h3>")
        if unverified:
            explain = self.tr("Ordlyden er ikke sammenlignet med den publicerede version af "
                              "instrumentet på disse sprog:")
            parts.append(f"<p>{_esc(explain)}</p><ul>" + "".join(unverified) + "</ul>")
        else:
            all_verified = self.tr("Al ordlyd er verificeret.")
            parts.append(f"<p>{_esc(all_verified)}</p>")
        return "".join(parts)

    def rights_holder(self, copyright_text: str) -> str:
        """The rights holder in Danish words: "© <holder>" from the form's (English) copyright
        line, or "lbp-desktop-projektet (MIT-licens)" for the project's own wording."""
        text = copyright_text.strip()
        match = _HOLDER.match(text)
        if text.startswith(("©", "Copyright")) and match:
            return "© " + match.group(1).rstrip(".")
        if "lbp-desktop" in text:
            return self.tr("spørgsmålene er formuleret af lbp-desktop-projektet (MIT-licens)")
        return text
