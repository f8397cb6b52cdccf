"""``lbp-desktop export-fhir`` and ``lbp-desktop import-fhir``: FHIR R4 JSON out and in.

    lbp-desktop export-fhir --db PATH [--episode ID] -o FILE.json
    lbp-desktop export-fhir --questionnaires -o FILE.json
    lbp-desktop import-fhir --db PATH --episode ID FILE.json

The database key is found as for every database command (``--key-file``, ``LBP_DB_KEY``, the key
store); ``--plaintext`` opens an unencrypted developer database.
"""

from __future__ import annotations

import argparse
import sys

from lbp_desktop.cli.options import db_options, open_store


def add_parser(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser(
        "export-fhir", help="export a database or one episode as a FHIR R4 Bundle (JSON)",
        description="Write a FHIR R4 collection Bundle: Questionnaires, Patients, referrals "
                    "(ServiceRequest), QuestionnaireResponses, score Observations and approved "
                    "letters (DocumentReference with the PDF).",
        parents=[db_options(required=False)])
    export.add_argument("--episode", metavar="ID",
                        help="only this episode (a unique prefix is enough; default: all)")
    export.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="where to write the JSON ('-' for standard output)")
    export.add_argument("--no-letters", action="store_true",
                        help="leave the letters (PDF) out")
    export.add_argument("--questionnaires", action="store_true",
                        help="write only the Questionnaires of the forms (no database needed)")
    export.add_argument("--check", action="store_true",
                        help="validate every resource with the fhir.resources R4 models first")
    export.set_defaults(run=run_export)

    imp = sub.add_parser(
        "import-fhir", help="import a FHIR QuestionnaireResponse into an episode",
        description="Record the answers of a QuestionnaireResponse (or of every one in a "
                    "Bundle) in an episode. Importing the same file again changes nothing.",
        parents=[db_options()])
    imp.add_argument("--episode", metavar="ID", required=True,
                     help="the episode to import into (a unique prefix is enough)")
    imp.add_argument("--any-subject", action="store_true",
                     help="import even if the response's subject is another patient or "
                          "cannot be resolved")
    imp.add_argument("file", metavar="FILE.json", help="a QuestionnaireResponse or a Bundle")
    imp.set_defaults(run=run_import)


def _write(path: str, data: bytes) -> None:

    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from lbp_desktop.security.private_file import write_private

    write_private(path, data)  # 0600, atomic: names and CPR numbers inside


def run_export(args: argparse.Namespace) -> int:
    from lbp_desktop.errors import UserError
    from lbp_desktop.instruments import load_forms
    from lbp_desktop.interop.bundle import build_bundle, to_json_bytes
    from lbp_desktop.interop.questionnaire import questionnaire_bundle
    from lbp_desktop.interop.validate import bundle_problems

    forms = load_forms()
    if args.questionnaires:
        bundle = questionnaire_bundle(forms)
    else:
        if not args.db:
            raise UserError("export-fhir needs --db PATH (or --questionnaires)")
        store = open_store(args)
        try:
            episode = store.resolve_episode(args.episode) if args.episode else None
            bundle = build_bundle(store, episode, forms=forms,
                                  include_letters=not args.no_letters)
        finally:
            store.close()
    if args.check:
        problems = bundle_problems(bundle)
        if problems:
            raise UserError(f"the export does not validate: {problems[0]} "
                            f"({len(problems)} problem(s))")
    _write(args.output, to_json_bytes(bundle))
    if args.output != "-":
        print(f"wrote {len(bundle['entry'])} resources to {args.output}", file=sys.stderr)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from lbp_desktop.instruments import load_forms
    from lbp_desktop.interop.importer import FhirImportError, import_all, load_json

    data = load_json(args.file)
    forms = load_forms()
    store = open_store(args)
    try:
        try:
            results = import_all(store, store.resolve_episode(args.episode), data, forms=forms,
                                 check_subject=not args.any_subject)
        except FhirImportError as exc:
            raise FhirImportError(f"{args.file}: {exc}") from None
    finally:
        store.close()
    for result in results:
        print(result.summary())
    return 0
