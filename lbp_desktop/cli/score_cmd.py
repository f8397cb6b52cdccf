"""``lbp-desktop score FORM FILE``: score answer sets given as JSON or JSON Lines.

One JSON result per input answer set on stdout. A bad line prints ``{"error": "..."}`` in its
place (so output line N still belongs to input set N) and its reason as one line on stderr; the
rest are still scored, and the exit status is 1 at the end if any line failed.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("score", help="score answers given as JSON or JSON Lines")
    parser.add_argument("form", help="form id, e.g. startback")
    parser.add_argument("file", help="a file with one JSON object or JSON Lines; - reads stdin")
    parser.set_defaults(run=run)


def _answer_sets(text: str):
    """Yield (line number, raw text) per answer set: one object, or one per non-empty line."""
    import json

    stripped = text.strip()
    if not stripped:
        return
    try:
        json.loads(stripped)
    except json.JSONDecodeError:
        pass
    else:
        yield 1, stripped
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line


def run(args: argparse.Namespace) -> int:
    import json

    from lbp_desktop.errors import UserError
    from lbp_desktop.instruments import check_folder
    from lbp_desktop.paths import forms_dir
    from lbp_desktop.questionnaires.answers import AnswerError
    from lbp_desktop.scoring import score

    # A broken file elsewhere in forms/ must not stop scoring this form; a broken file for
    # this form is reported as the one-line error.
    forms, errors = check_folder(forms_dir())
    for error in errors:
        if error.path.stem == args.form:
            raise error
    try:
        form = forms.form(args.form)
    except KeyError:
        known = ", ".join(sorted(f for f, m in forms.forms.items() if m.scoring))
        raise UserError(f"unknown form {args.form!r} (known: {known})") from None
    if form.scoring is None:
        raise UserError(f"form {args.form!r} has no scoring")
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            from pathlib import Path

            text = Path(args.file).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{args.file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UserError(f"{args.file}: not UTF-8 text") from None
    failed = 0
    out = sys.stdout
    for number, raw in _answer_sets(text):
        problem: str | None = None
        try:
            result = score(form, json.loads(raw)).to_dict()
        except json.JSONDecodeError as exc:
            problem = f"line {number}: not valid JSON ({exc.msg})"
        except AnswerError as exc:
            problem = f"line {number}: {exc}"
        if problem is not None:
            failed += 1
            result = {"error": problem}
            print(f"lbp-desktop: {problem}", file=sys.stderr)
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    if failed:
        print(f"lbp-desktop: {failed} answer set(s) could not be scored", file=sys.stderr)
    return 1 if failed else 0
