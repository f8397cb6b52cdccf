"""``lbp-desktop forms check [PATH]`` validates form files, one line per problem;
``lbp-desktop forms pdf BATTERY -o FILE.pdf`` prints a battery as a paper questionnaire."""

from __future__ import annotations

import argparse
import sys

from lbp_desktop.cli.options import db_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    forms = sub.add_parser("forms", help="work with questionnaire form files")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = forms_sub.add_parser("check", help="validate form files; exit 0 only if all are valid")
    check.add_argument("path", nargs="?", help="a folder of *.yaml files or one file "
                       "(default: the app's forms)")
    check.set_defaults(run=run)
    pdf = forms_sub.add_parser("pdf", help="write a battery or instrument as a paper "
                               "questionnaire (PDF) for patients who answer on paper",
                               parents=[db_options(required=False)])
    pdf.add_argument("battery", metavar="BATTERY", help="battery or instrument id, e.g. ulrus, mdi")
    pdf.add_argument("-o", "--output", metavar="FILE.pdf", required=True,
                     help="where to write the PDF")
    pdf.add_argument("--lang", choices=["da", "en"], default="da", help="language (default da)")
    pdf.add_argument("--large", action="store_true", help="large print (150 %%)")
    pdf.add_argument("--episode", metavar="ID", help="the episode whose patient fills the label "
                     "(with --db; a unique prefix of its id is enough)")
    pdf.set_defaults(run=run_pdf)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.errors import UserError
    from lbp_desktop.instruments import check_folder
    from lbp_desktop.paths import forms_dir
    from lbp_desktop.questionnaires.loader import form_files

    target = Path(args.path) if args.path else forms_dir()
    if not target.exists():
        raise UserError(f"{target}: no such file or folder")
    if target.is_dir() and not form_files(target):
        raise UserError(f"{target}: no *.yaml form files in this folder")
    forms, errors = check_folder(target)
    for error in errors:
        print(f"{error.path}: {error.where}: {error.what}" if error.where
              else f"{error.path}: {error.what}", file=sys.stderr)
    count = len(forms.forms) + len(forms.batteries)
    print(f"{count} valid, {len(errors)} invalid", file=sys.stderr if errors else sys.stdout)
    return 1 if errors else 0


def _label(args: argparse.Namespace):
    """The label area's name, CPR and today's date for ``--db/--episode``, else blanks."""
    import datetime as dt
    from pathlib import Path

    from lbp_desktop.errors import UserError
    from lbp_desktop.reports.paper_form import PaperLabel

    if bool(args.db) != bool(args.episode):
        raise UserError("--db and --episode go together (the label needs both)")
    if not args.db:
        return PaperLabel()
    from lbp_desktop.cli.options import open_store

    path = Path(args.db)
    if not path.exists():
        raise UserError(f"{path}: no such file")
    store = open_store(args)
    try:
        episode = store.episode(store.resolve_episode(args.episode))
        patient = store.patient(episode.patient_id)
        store.audit("export", "paper_form", episode.id, patient_id=patient.id,
                    detail=f"forms pdf {args.battery}")
    finally:
        store.close()
    return PaperLabel(patient.name, patient.cpr, dt.date.today().isoformat())


def run_pdf(args: argparse.Namespace) -> int:

    from lbp_desktop.errors import UserError
    from lbp_desktop.instruments import load_forms
    from lbp_desktop.reports.paper_form import render_paper_form

    forms = load_forms()
    if args.battery not in forms.batteries and args.battery not in forms.forms:
        known = ", ".join(sorted([*forms.batteries, *forms.forms]))
        raise UserError(f"no battery or instrument {args.battery!r} (known: {known})")
    label = _label(args)
    pdf = render_paper_form(forms, args.battery, lang=args.lang, large=args.large, label=label)
    from lbp_desktop.security.private_file import write_private

    out = write_private(args.output, pdf)  # 0600, atomic: a filled label names the patient
    print(f"Wrote {out}", file=sys.stderr)
    return 0
