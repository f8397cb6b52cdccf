"""``lbp-desktop medcom``: the episode's approved GP letter as a MedCom CareCommunication.

    lbp-desktop medcom --db PATH --episode ID -o FILE.xml|FILE.json
    lbp-desktop medcom --db PATH --send --episode ID [--outbox DIR]
    lbp-desktop medcom --db PATH --read-inbox [--inbox DIR]

``-o`` writes the message (FHIR XML or JSON by the file's extension) and records nothing; ``--send``
writes it in its VANS envelope into the outbox and records it, as the workspace does;
``--read-inbox`` applies the MedCom Acknowledgements waiting in the inbox. A refusal (acute red
flag, no approved letter, missing SOR/EAN) is one line on stderr, exit 2, and no file.
"""

from __future__ import annotations

import argparse
import sys


def add_parser(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser(
        "medcom", help="the GP letter as a MedCom CareCommunication (FHIR message for VANS)",
        description="Write the MedCom CareCommunication (Korrespondancemeddelelse) carrying the "
                    "episode's latest approved GP letter; or send it to the outbox; or read "
                    "MedCom Acknowledgements from the inbox.")
    cmd.add_argument("--db", metavar="PATH", required=True, help="the clinic database")
    cmd.add_argument("--key-file", metavar="FILE",
                     help="file holding the database key (64 hex characters or recovery key)")
    cmd.add_argument("--plaintext", action="store_true",
                     help="the database is unencrypted (developer databases only)")
    cmd.add_argument("--episode", metavar="ID", help="the episode")
    cmd.add_argument("-o", "--output", metavar="FILE",
                     help="write the message here (.xml FHIR XML, .json FHIR JSON)")
    cmd.add_argument("--send", action="store_true",
                     help="write it in its VANS envelope into the outbox and record it")
    cmd.add_argument("--outbox", metavar="DIR", help="outbox folder (default: administration)")
    cmd.add_argument("--read-inbox", action="store_true",
                     help="apply the Acknowledgements waiting in the inbox")
    cmd.add_argument("--inbox", metavar="DIR", help="inbox folder (default: administration)")
    cmd.set_defaults(run=run)


def _check_args(args: argparse.Namespace) -> str:
    from lbp_desktop.errors import UserError

    if args.read_inbox:
        return "inbox"
    if not args.episode:
        raise UserError("medcom needs --episode ID (or --read-inbox)")
    if args.send:
        return "send"
    if not args.output:
        raise UserError("medcom needs -o FILE.xml|FILE.json (or --send)")
    if not args.output.lower().endswith((".xml", ".json")):
        raise UserError(f"{args.output}: the file name must end in .xml or .json")
    return "write"


def _write(store, args: argparse.Namespace) -> None:
    from pathlib import Path

    from lbp_desktop.errors import UserError
    from lbp_desktop.interop.medcom.files import FolderError, write_atomic
    from lbp_desktop.interop.medcom.send import build_for_episode
    from lbp_desktop.interop.medcom.serialize import to_json_bytes, to_xml_bytes

    bundle = build_for_episode(store, args.episode)
    data = (to_json_bytes(bundle) if args.output.lower().endswith(".json")
            else to_xml_bytes(bundle))
    path = Path(args.output)
    try:
        write_atomic(path.resolve(), data)
    except FolderError as exc:
        raise UserError(str(exc)) from None
    print(f"wrote MedCom CareCommunication {bundle['id']} to {path}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from lbp_desktop.interop.medcom import send as medcom
    from lbp_desktop.storage.store import Store

    action = _check_args(args)
    store = Store.open_path(args.db, key_file=args.key_file, plaintext=args.plaintext)
    try:
        if action == "write":
            _write(store, args)
        elif action == "send":
            sent = medcom.send(store, args.episode, outbox=args.outbox)
            print(f"sent MedCom message {sent.id} to {sent.receiver_name}: {sent.file}")
        else:
            for result in medcom.read_inbox(store, args.inbox):
                print(f"{result.file}: {result.outcome}"
                      + (f" {result.code} for {result.message_id}" if result.code else ""))
    finally:
        store.close()
    return 0
