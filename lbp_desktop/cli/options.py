"""Options shared by every command that opens a clinic database, defined once.

The key is found the way the app finds it (``lbp_desktop.security.keys``): ``--key-file FILE``
(64 hex characters or the recovery key), else the environment variable ``LBP_DB_KEY`` (hex), else
the OS credential store / the user's key file. ``--plaintext`` is a developer option for
unencrypted databases.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lbp_desktop.storage.store import Store


def key_options() -> argparse.ArgumentParser:
    """``--key-file`` and ``--plaintext``, for ``parents=[...]`` of a subcommand."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--key-file", metavar="FILE",
                        help="file holding the database key (64 hex characters) or the recovery "
                             "key")
    parser.add_argument("--plaintext", action="store_true",
                        help="developer option: an unencrypted database")
    return parser


def db_options(*, required: bool = True) -> argparse.ArgumentParser:
    """``--db PATH`` with the key options, for ``parents=[...]`` of a subcommand."""
    parser = argparse.ArgumentParser(add_help=False, parents=[key_options()])
    parser.add_argument("--db", metavar="PATH", required=required, help="the clinic database")
    return parser


def open_store(args: argparse.Namespace) -> Store:
    """The database named by ``--db``, opened with the key the options say how to find."""
    from lbp_desktop.storage.store import Store

    return Store.open_path(args.db, key_file=args.key_file, plaintext=args.plaintext)
