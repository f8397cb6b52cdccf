"""Floor for the letter benchmark: a bare reportlab script, the same text and the same font.

    python benchmarks/bare_letter.py TEXT_FILE FONT_DIR OUT.pdf

Registers the letter's two DejaVu Sans faces, sets the first line in bold and every other line as
a paragraph, and writes the PDF: what any reportlab letter of that text costs as a whole process
(interpreter, reportlab, font parsing, layout), with nothing of lbp-desktop.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(text_file: str, font_dir: str, out: str) -> int:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(TTFont("Sans", str(Path(font_dir) / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("Sans-Bold", str(Path(font_dir) / "DejaVuSans-Bold.ttf")))
    lines = [line for line in Path(text_file).read_text(encoding="utf-8").splitlines() if line]
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("body", fontName="Sans")
    title = styles["Heading1"].clone("title", fontName="Sans-Bold")
    story = [Paragraph(escape(line), title if n == 0 else body) for n, line in enumerate(lines)]
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build(story)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
