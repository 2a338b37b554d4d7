"""`--help` speaks one language: Dutch by default (argparse's own words too), English with
--lang en (every help text, description and metavar)."""

from __future__ import annotations

import argparse

import pytest

from wor_desk import cli
from wor_desk.cli import help_en
from wor_desk.i18n import set_language


@pytest.fixture(autouse=True)
def dutch_after():
    yield
    set_language("nl")
    help_en.use_language("nl")


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _parsers(sub)
    return found


def test_every_dutch_help_text_has_its_english():
    set_language("nl")
    dutch = help_en.texts(cli.build_parser())
    own = set(help_en.ARGPARSE_NL.values())
    missing = [
        t for t in dutch if t not in help_en.ENGLISH and t not in help_en.SAME and t not in own
    ]
    assert missing == [], "add these to wor_desk/cli/help_en.py ENGLISH: " + repr(missing)


def test_english_help_of_every_command_has_no_dutch_left():
    set_language("en")
    parser = cli.build_parser()
    dutch = {t for t in help_en.ENGLISH if len(t) > 12} | set(help_en.ARGPARSE_NL.values())
    for p in _parsers(parser):
        text = p.format_help()
        assert text.startswith("usage: ")
        left = [t for t in dutch if t in text]
        assert left == [], f"{p.prog}: {left}"


def test_dutch_help_uses_dutch_words_for_argparse_too(capsys):
    set_language("nl")
    text = cli.build_parser().format_help()
    assert text.startswith("gebruik: wor-desk") and "opties:" in text
    assert "show this help" not in text and "toon deze hulp en stop" in text


def test_lang_en_on_the_command_line_gives_english_help(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--lang", "en", "import", "--help"])
    out = capsys.readouterr().out
    assert "usage: wor-desk import" in out and "Reads a registration sheet" in out
    assert "FILE" in out and "BESTAND" not in out
