"""A command line naming a subcommand builds only that command's parser, and parses the same."""

from __future__ import annotations

import argparse

import pytest

from lbp_desktop.cli import SUBCOMMANDS, _subcommand_of, build_parser


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices[name]


@pytest.mark.parametrize("name", sorted(SUBCOMMANDS))
def test_each_subcommand_alone_is_the_same_parser(name) -> None:
    alone, whole = build_parser(only=name), build_parser()
    assert _subparser(alone, name).format_help() == _subparser(whole, name).format_help()


@pytest.mark.parametrize("argv", [
    ["epikrise", "--db", "c.lbp", "--episode", "61ee", "-o", "x.pdf", "--date", "2026-03-12"],
    ["epikrise", "--db", "c.lbp", "--episode", "61ee", "-o", "-", "--recipient", "patient",
     "--draft", "--attach", "a.json"],
    ["episodes", "--db", "c.lbp", "--json"],
    ["--lang", "en", "forms", "check"],
])
def test_a_named_subcommand_parses_as_with_every_subcommand(argv) -> None:
    name = _subcommand_of(argv)
    assert name == next(a for a in argv if a in SUBCOMMANDS)
    assert vars(build_parser(only=name).parse_args(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", [[], ["--help"], ["--db", "c.lbp"], ["epikrisee", "--db", "c"],
                                  ["--version", "epikrise"], ["--unknown", "epikrise"],
                                  ["--db", "epikrise"]])
def test_anything_else_builds_every_subcommand(argv) -> None:
    assert _subcommand_of(argv) is None
