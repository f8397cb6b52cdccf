"""``lbp-desktop forms check [PATH]``: validate form files, one line per problem."""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    forms = sub.add_parser("forms", help="work with questionnaire form files")
    forms_sub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = forms_sub.add_parser("check", help="validate form files; exit 0 only if all are valid")
    check.add_argument("path", nargs="?", help="a folder of *.yaml files or one file "
                       "(default: the app's forms)")
    check.set_defaults(run=run)


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
