"""argparse in Danish: usage, help and error messages ("brug:", "fejl:", ...).

argparse looks its texts up through its module-level gettext functions `_` and `ngettext` at
the moment it needs them. `DanishArgumentParser` swaps those for a Danish table only while
one of its own methods runs, so nothing else in the process (pytest's own parser, say) is
touched. A text missing from the table (a newer Python's wording) stays English.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

DANISH = {
    "usage: ": "brug: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "optional arguments": "tilvalg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjælp og afslut",
    "argument %(argument_name)s: %(message)s": "argumentet %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ukendt valg: %(value)r (vælg mellem %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "ukendt kommando %(parser_name)r (mulige: %(choices)s)",
    "expected one argument": "forventede én værdi",
    "expected at most one argument": "forventede højst én værdi",
    "expected at least one argument": "forventede mindst én værdi",
    "expected %s argument": "forventede %s værdi",
    "expected %s arguments": "forventede %s værdier",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "argumentet %r bruges ikke",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "ambiguous option: %(option)s could match %(matches)s": "tvetydigt tilvalg: %(option)s kan betyde %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi af typen %(type)s: %(value)r",
    "can't open '%(filename)s': %(error)s": "kan ikke åbne «%(filename)s»: %(error)s",
}


def _gettext(text: str) -> str:
    return DANISH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def danish() -> Iterator[None]:
    saved = argparse.__dict__.get("_"), argparse.__dict__.get("ngettext")
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class DanishArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own texts are Danish; its sub-parsers are of the same class."""

    def __init__(self, *args, **kwargs) -> None:
        with danish():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        with danish():
            return super().add_subparsers(**kwargs)

    def parse_args(self, *args, **kwargs):
        with danish():
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args, **kwargs):
        with danish():
            return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        with danish():
            return super().format_usage()

    def format_help(self) -> str:
        with danish():
            return super().format_help()

    def error(self, message: str):
        with danish():
            super().error(message)
