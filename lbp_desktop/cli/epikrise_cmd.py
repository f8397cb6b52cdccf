"""``lbp-desktop epikrise --db PATH --episode ID -o FILE.pdf [--recipient gp|caseworker|patient]``.

Renders the episode's letter from the database, the same way the app does. The key is found like
every other database command (``--key-file``, ``LBP_DB_KEY``, the credential store / key file);
``--plaintext`` opens a developer database. ``--attach FILE`` embeds a file (e.g. the episode's
FHIR JSON) in the PDF. The letter is written to the file only; it is not stored or approved.

A final letter needs a recorded examination with assessment and plan: without one the command
refuses with a one-line reason, and ``--draft`` writes a draft ("UDKAST" on every page) instead.
A caseworker letter for an episode without a caseworker is refused.
"""

from __future__ import annotations

import argparse

from lbp_desktop.cli.options import db_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("epikrise", help="render an episode's epikrise (PDF)",
                            parents=[db_options()])
    parser.add_argument("--episode", metavar="ID", required=True,
                        help="episode id (a unique prefix is enough)")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                        help="where to write the PDF (- for stdout)")
    parser.add_argument("--recipient", choices=["gp", "caseworker", "patient"], default="gp",
                        help="gp: the full letter (default); caseworker: work-relevant only; "
                             "patient: the plan in plain words")
    parser.add_argument("--lang", choices=["da", "en"],
                        help="letter language (default Danish; the patient's copy follows the "
                             "language the patient answered in)")
    parser.add_argument("--date", metavar="YYYY-MM-DD",
                        help="letter date (default today); fixes the bytes for a given input")
    parser.add_argument("--draft", action="store_true", help="mark every page as a draft")
    parser.add_argument("--attach", metavar="FILE", action="append", default=[],
                        help="embed FILE in the PDF (repeatable), e.g. the episode's FHIR JSON")
    parser.set_defaults(run=run, end_process=True)  # one-shot: see cli.end_process


def _check_final(store, episode_id: str, args: argparse.Namespace) -> None:
    """Refuse what the letter rules forbid before anything is rendered or audited."""
    from lbp_desktop.errors import UserError
    from lbp_desktop.pathway.letter_rules import LetterRefused, check_recipient, final_refusal

    try:
        check_recipient(args.recipient, store.episode(episode_id).caseworker)
    except LetterRefused as exc:
        raise UserError(str(exc)) from None
    reason = None if args.draft else final_refusal(store.examination(episode_id))
    if reason:
        raise UserError(f"no final letter for episode {episode_id[:8]}: {reason} "
                        "(--draft writes a draft)")


def run(args: argparse.Namespace) -> int:
    """Render the letter with the cycle collector paused: this one-shot command allocates tens of
    thousands of long-lived objects (modules, classes, the fonts' tables) that the collector would
    otherwise scan again and again for garbage they never become — about a tenth of the
    command's time. The collector is back on when the command returns."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(args)
    finally:
        if was_enabled:
            gc.enable()


def _run(args: argparse.Namespace) -> int:
    import datetime as dt
    import sys
    from pathlib import Path

    from lbp_desktop.cli.options import open_store
    from lbp_desktop.errors import UserError
    from lbp_desktop.reports.from_store import render_episode_letter

    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise UserError(f"--date {args.date!r}: expected YYYY-MM-DD") from None
    files: dict[str, bytes] = {}
    for name in args.attach:
        try:
            files[Path(name).name] = Path(name).read_bytes()
        except OSError as exc:
            raise UserError(f"{name}: {exc.strerror or exc}") from None

    path = Path(args.db)
    if not path.exists():
        raise UserError(f"{path}: no such file")
    store = open_store(args)
    try:
        episode_id = store.resolve_episode(args.episode)
        _check_final(store, episode_id, args)
        pdf, inp = render_episode_letter(store, episode_id, args.recipient,
                                         attachments=files or None, letter_date=args.date,
                                         language=args.lang, draft=args.draft)
        store.audit("export", "letter", episode_id, patient_id=store.episode(episode_id)
                    .patient_id, detail=f"epikrise {args.recipient} → {args.output}")
    finally:
        store.close()

    if args.output == "-":
        sys.stdout.buffer.write(pdf)
        return 0
    from lbp_desktop.security.private_file import write_private

    out = write_private(args.output, pdf)  # 0600, atomic: names and CPR numbers inside
    pages = _page_count(pdf)
    counted = f", {pages} page{'s' if pages != 1 else ''}" if pages else ""
    print(f"Wrote {out}: {inp.document_id} version {inp.version}, {args.recipient}"
          f"{', draft' if inp.draft else ''}{counted}",
          file=sys.stderr)
    return 0


def _page_count(pdf: bytes) -> int | None:
    """Pages of a PDF reportlab wrote (its page tree is one ``/Type /Pages`` object with a
    ``/Count``), without loading a PDF parser for one number; ``None`` if not found."""
    import re

    at = pdf.find(b"/Type /Pages")
    if at < 0:
        return None
    start, end = pdf.rfind(b" obj", 0, at), pdf.find(b"endobj", at)
    count = re.search(rb"/Count (\d+)", pdf[max(start, 0):end])
    return int(count.group(1)) if count else None
