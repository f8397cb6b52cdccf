"""The ``lbp-desktop`` command: the GUI by default, subcommands for headless work.

Each subcommand lives in its own module under ``lbp_desktop.cli`` exposing ``add_parser(sub)`` and
``run(args) -> int``. Those modules import only the standard library at top level and load their
real work inside ``run`` so ``lbp-desktop --help`` and the GUI start stay fast.

User errors (``UserError``, a bad form file, a bad answer) print one line on stderr and exit
non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

SUBCOMMANDS: dict[str, str] = {
    "score": "lbp_desktop.cli.score_cmd",
    "forms": "lbp_desktop.cli.forms_cmd",
    "demo-db": "lbp_desktop.cli.db_cmd",
    "episodes": "lbp_desktop.cli.db_cmd",
    "backup": "lbp_desktop.cli.db_cmd",
    "restore": "lbp_desktop.cli.db_cmd",
    "init-db": "lbp_desktop.cli.db_cmd",
    "epikrise": "lbp_desktop.cli.epikrise_cmd",
    "export-fhir": "lbp_desktop.cli.fhir_cmd",
    "import-fhir": "lbp_desktop.cli.fhir_cmd",
    "medcom": "lbp_desktop.cli.medcom_cmd",
    "serve": "lbp_desktop.cli.sync_cmd",
    "pair": "lbp_desktop.cli.sync_cmd",
}


_LANGS = ("da", "en")


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    gui = parser.add_argument_group("GUI (when no subcommand is given)")
    gui.add_argument("--demo", action="store_true",
                     help="open the GUI on a fresh demo database with the six pathway cases")
    gui.add_argument("--kiosk", action="store_true", help="open straight into patient mode")
    gui.add_argument("--db", metavar="PATH", help="open this database")
    gui.add_argument("--hub", metavar="URL", help="kiosk as a client of a hub (https://HOST:PORT)")
    gui.add_argument("--lang", choices=_LANGS, help="user-interface language (default da)")
    gui.add_argument("--quit-after-startup", action="store_true",
                     help="start fully, show the main window, print the start-up time, exit 0")


class _VersionAction(argparse.Action):
    """``--version``, looking the version up only when asked (it costs an import)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help="show the program's version number and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        from lbp_desktop import __version__

        print(f"lbp-desktop {__version__}")
        parser.exit()


def build_parser(*, subcommands: bool = True, only: str | None = None
                 ) -> argparse.ArgumentParser:
    """The whole command line; ``subcommands=False`` leaves the subcommands out (the GUI's own
    start, which then need not import and build a parser for every command), ``only="epikrise"``
    builds just the module of that subcommand (a command line that names it: a script calling
    one command should not pay for importing and building all of them)."""
    parser = argparse.ArgumentParser(
        prog="lbp-desktop",
        description="Patient questionnaire, scoring and epikrise for the Danish "
                    "low-back-pain pathway.",
    )
    parser.add_argument("--version", action=_VersionAction)
    _add_gui_options(parser)
    if not subcommands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    modules = [SUBCOMMANDS[only]] if only else dict.fromkeys(SUBCOMMANDS.values())
    for module_name in modules:
        importlib.import_module(module_name).add_parser(sub)
    return parser


# The GUI's own options (``_add_gui_options``): a command line made only of these is parsed
# without building the subcommands' parsers. Anything else — a subcommand, --help, a typo — gets
# the whole parser, so an option added here and forgotten below only costs that shortcut.
_GUI_FLAGS = {"--demo", "--kiosk", "--quit-after-startup", "--version"}
_GUI_VALUE_OPTIONS = {"--db", "--hub", "--lang"}


def _first_other(argv: Sequence[str], flags: set[str]) -> int | None:
    """The index of ``argv``'s first argument that is neither one of ``flags`` nor a GUI option
    with its value (``len(argv)`` if there is none; ``None`` if a value is missing)."""
    expect_value = False
    for index, arg in enumerate(argv):
        if expect_value:
            expect_value = False
        elif arg in _GUI_VALUE_OPTIONS:
            expect_value = True
        elif arg not in flags and arg.split("=", 1)[0] not in _GUI_VALUE_OPTIONS:
            return index
    return None if expect_value else len(argv)


def _only_gui_options(argv: Sequence[str]) -> bool:
    return _first_other(argv, _GUI_FLAGS) == len(argv)


def _subcommand_of(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names after any GUI options, or ``None`` (no subcommand, or
    anything the whole parser should see: ``--help``, an unknown option or command)."""
    index = _first_other(argv, _GUI_FLAGS - {"--version"})
    if index is None or index == len(argv):
        return None
    return argv[index] if argv[index] in SUBCOMMANDS else None


_GUI_DEFAULTS: dict[str, object] = {"demo": False, "kiosk": False, "db": None, "hub": None,
                                    "lang": None, "quit_after_startup": False, "command": None}


def _read_gui_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The GUI's own options read without building a parser, as argparse reads them — or
    ``None`` for anything else (argparse then reads it and words any error).

    Why: argparse sends every help text through ``gettext``, which looks for translation files
    and loads ``locale`` — a few milliseconds of the GUI's start for the usual two options.
    """
    values = dict(_GUI_DEFAULTS)
    rest = iter(argv)
    for arg in rest:
        name, has_value, value = arg.partition("=")
        if name in _GUI_FLAGS and name != "--version" and not has_value:
            values[name[2:].replace("-", "_")] = True
            continue
        if name not in _GUI_VALUE_OPTIONS:
            return None
        if not has_value:
            following = next(rest, None)
            if following is None or following.startswith("-"):
                return None  # argparse's own message (or its reading of a value like "-1")
            value = following
        if name == "--lang" and value not in _LANGS:
            return None
        values[name[2:]] = value
    return argparse.Namespace(**values)


def utf8_output() -> None:
    """Write stdout and stderr as UTF-8 with ``\\n`` line ends on every system.

    Why: on Windows a redirected stdout (``lbp-desktop episodes --json > list.json``) is encoded
    in the ANSI code page (cp1252 in Denmark), which cannot write names such as "Łukasz" — the
    command would die half-way with a traceback — and text mode would turn every ``\\n`` into
    ``\\r\\n``. JSON output is UTF-8 and identical on every system instead.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # a stream that cannot change (e.g. already written to) keeps its settings
            with contextlib.suppress(OSError, ValueError):
                reconfigure(encoding="utf-8", newline="\n")


def main(argv: Sequence[str] | None = None) -> int:
    program = argv is None  # the process's own command line (console script, ``python -m``)
    utf8_output()
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _read_gui_options(argv)
    if args is None:
        parser = build_parser(subcommands=not _only_gui_options(argv), only=_subcommand_of(argv))
        args = parser.parse_args(argv)  # --help and usage errors exit here, before heavy imports
    from lbp_desktop.errors import UserError  # bad answers and broken form files are UserErrors

    try:
        if args.command is None:
            return gui_main_with(args)
        code = int(args.run(args) or 0)
        if program and getattr(args, "end_process", False):
            end_process(code)
        return code
    except UserError as exc:
        print(f"lbp-desktop: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", 2)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def end_process(code: int) -> None:
    """End a one-shot command's process at once: exit handlers run and the output is flushed,
    but the interpreter is not torn down module by module with a last full garbage collection —
    for the ``epikrise`` command that teardown took about a tenth of its whole run. Only for a
    command that has finished all its work (files written and synced, database closed), and
    only when no other thread is running."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def gui_main_with(args: argparse.Namespace) -> int:
    from lbp_desktop.ui.app import run_gui

    return run_gui(args)


def gui_main() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main(sys.argv[1:])
