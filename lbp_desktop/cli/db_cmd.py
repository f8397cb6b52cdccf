"""Database subcommands: ``init-db``, ``demo-db``, ``episodes``, ``backup``, ``restore``.

Every command that opens a database takes ``--db PATH`` and finds its key the way the app does
(``lbp_desktop.cli.options``).
"""

from __future__ import annotations

import argparse
import sys

from lbp_desktop.cli.options import db_options, key_options


def add_parser(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser("init-db", help="create a new, empty clinic database",
                          parents=[key_options()])
    init.add_argument("path", metavar="PATH")
    init.add_argument("--clinic", metavar="NAME", help="the clinic's name")
    init.set_defaults(run=run_init)

    demo = sub.add_parser("demo-db", help="write the demo database with the six pathway cases",
                          parents=[key_options()])
    demo.add_argument("path", metavar="PATH")
    demo.add_argument("--force", action="store_true", help="replace an existing demo file")
    demo.set_defaults(run=run_demo)

    episodes = sub.add_parser("episodes", help="list episodes with risk group, profile, red flags "
                              "(id? = not answered)", parents=[db_options()])
    episodes.add_argument("--json", action="store_true", help="print a JSON array")
    episodes.add_argument("--all", action="store_true", help="include closed episodes")
    episodes.set_defaults(run=run_episodes)

    backup = sub.add_parser("backup", help="consistent, verified backup (safe while the app runs)",
                            parents=[db_options()])
    backup.add_argument("-o", "--output", metavar="FILE", required=True)
    backup.set_defaults(run=run_backup)

    restore = sub.add_parser("restore", help="replace a database with a verified backup",
                             parents=[db_options()])
    restore.add_argument("file", metavar="FILE", nargs="?", help="the backup file")
    restore.add_argument("-i", "--input", metavar="FILE", help="the backup file")
    restore.set_defaults(run=run_restore)


def _key(args: argparse.Namespace, path):
    if args.plaintext:
        return None
    from lbp_desktop.security import keys

    return keys.find_key(path, key_file=args.key_file)


def run_init(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.security import keys
    from lbp_desktop.storage.store import Store

    path = Path(args.path)
    if args.plaintext:
        store, recovery = Store.create(path, None, plaintext=True), None
    elif args.key_file:
        key = keys.read_key_file(args.key_file)
        store = Store.create(path, key)
        keys.setup_key(path, key)
        recovery = keys.recovery_key(key)
    else:
        store, recovery = Store.create_new(path)
    try:
        if args.clinic:
            store.save_clinic(args.clinic)
    finally:
        store.close()
    print(f"Created {path}")
    if recovery:
        print(f"The key is kept in {keys.storage_description()}.")
        print("Recovery key (write it down and keep it safe; it is shown only now):")
        print(f"  {recovery}")
    else:
        print("WARNING: unencrypted database (developer option)")
    return 0


def run_demo(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.demo.build import build_demo
    from lbp_desktop.errors import UserError
    from lbp_desktop.security import keys

    path = Path(args.path)
    if path.exists():
        if not args.force:
            raise UserError(f"{path}: already exists (use --force to replace the demo file)")
        from lbp_desktop.storage.lock import DatabaseLock

        with DatabaseLock.exclusive(path, "replace the demo database"):  # not while it is open
            for suffix in ("", "-wal", "-shm", keys.SIDECAR_SUFFIX):
                target = path.with_name(path.name + suffix)
                if target.exists():
                    target.unlink()
    key = keys.read_key_file(args.key_file) if args.key_file and not args.plaintext else None
    result = build_demo(path, plaintext=args.plaintext, key=key)
    print(f"Demo database written: {path} ({len(result.episodes)} fictional cases)")
    print("Demo accounts (demo only): demo / demo (clinician, kiosk PIN 1234), "
          "admin / admin (admin)")
    if result.recovery_key:
        print(f"Recovery key: {result.recovery_key}")
    return 0


def run_episodes(args: argparse.Namespace) -> int:
    import json

    from lbp_desktop.cli.options import open_store
    from lbp_desktop.pathway.summary import summarize

    store = open_store(args)
    try:
        _read_medcom_inbox(store)
        episodes = [e for e in store.episodes() if args.all or e.status != "closed"]
        items = [_with_medcom(store, summarize(store, e.id).to_dict()) for e in episodes]
    finally:
        store.close()
    if args.json:
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for item in items:
        triage = item["red_flag_triage"]
        # never "-" for a question left open or an undecided age flag: "-" means all clear
        flags = ",".join([*item["red_flags"], *(f"{i}?" for i in triage["unanswered"]),
                          *(["age?"] if triage["age_flag"] is None else [])]) or "-"
        profile = " ".join(f"{k}={v}" for k, v in item["profile"].items()) or "-"
        print(f"{item['episode_id']}  {item['patient']['cpr']}  {item['patient']['name']:<22} "
              f"{item['status']:<24} risk={item['risk'] or '-':<6} flags={flags}  {profile}")
    return 0


def _read_medcom_inbox(store) -> None:
    """Apply MedCom Acknowledgements waiting in the clinic's inbox, so the listing is current."""
    from lbp_desktop.interop.medcom.files import FolderError
    from lbp_desktop.interop.medcom.send import read_inbox

    try:
        read_inbox(store)
    except FolderError as exc:
        print(f"lbp-desktop: MedCom inbox not read: {exc}", file=sys.stderr)


def _with_medcom(store, item: dict) -> dict:
    """``medcom``: the MedCom state of the latest approved GP letter (None without one)."""
    from lbp_desktop.interop.medcom.send import episode_status

    status = episode_status(store, item["episode_id"])
    item["medcom"] = status.to_dict() if status else None
    return item


def run_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.storage.store import backup_file

    path = Path(args.db)
    from lbp_desktop.storage.errors import StorageError

    if not path.exists():
        raise StorageError(f"{path}: no such file")
    written = backup_file(path, args.output, _key(args, path), plaintext=args.plaintext)
    print(f"Backup written and verified: {written}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from lbp_desktop.errors import UserError
    from lbp_desktop.storage.backup import restore_path

    source = args.input or args.file
    if not source:
        raise UserError("restore: name the backup file (restore --db PATH FILE)")
    path = Path(args.db)
    backup = Path(source)
    kept = restore_path(path, backup, key_file=args.key_file, plaintext=args.plaintext)
    print(f"Restored {path} from {backup}")
    if kept:
        print(f"The previous database was kept as {kept}")
    return 0
