"""`wor-desk ...`: the command line. Thin: parse, call Desk, print.

Each command group lives in its own module with `register(subparsers)`; COMMANDS lists them.
Expected failures (WorDeskError) print one line and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from wor_desk import __version__, logs, messages
from wor_desk.cli import (
    catalogue_cmd,
    codes_cmd,
    collector_cmd,
    common,
    counts_cmd,
    demo_cmd,
    handover_cmd,
    help_en,
    import_cmd,
    letter_cmd,
    privacy_cmd,
    referrers_cmd,
    store_cmds,
    sync_cmd,
    terminal,
    wijken_cmd,
)
from wor_desk.errors import WorDeskError

if TYPE_CHECKING:
    from wor_desk.cli.selftest import ExtraChecks
from wor_desk.i18n import LANGUAGES, language, set_language, tr

#: Command modules, each with register(subparsers). Add a feature's module here. A module
#: imports what its commands need inside them (the parser stays light: tests/core/test_cli_start.py).
COMMANDS = [
    store_cmds,
    import_cmd,
    demo_cmd,
    counts_cmd,
    catalogue_cmd,
    letter_cmd,
    sync_cmd,
    privacy_cmd,
    collector_cmd,
    handover_cmd,
    codes_cmd,
    referrers_cmd,
    wijken_cmd,
]

#: The exit code of an unexpected error (a bug): EX_SOFTWARE of sysexits.h.
UNEXPECTED_EXIT = 70

messages.register(
    {
        "unexpected_error": (
            "er ging onverwacht iets mis ({kind}); er is niets verloren van wat al was opgeslagen. "
            "De details (zonder gegevens van cliënten) staan in {log}: stuur die naar uw beheerder.",
            "something unexpected went wrong ({kind}); nothing already saved was lost. The details "
            "(without client data) are in {log}: send them to your administrator.",
        ),
    }
)

#: How the desk app is started when `wor-desk` gets no command: given by the launcher
#: (wor_desk_ui.launcher), so that the core never imports the Qt client.
StartApp = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The parser, its help in the current language (Dutch, or English after --lang en)."""
    help_en.use_language(language())
    parser = argparse.ArgumentParser(
        prog="wor-desk",
        description="WoR Desk: de werkplek van de welzijnscoach voor Welzijn op Recept. "
        "Zonder opdracht start de desk-app.",
        epilog="Het wachtwoord wordt gevraagd, of gelezen uit WOR_DESK_PASSPHRASE. "
        "Gegevens staan in de map uit WOR_DESK_HOME (standaard de gebruikersmap van WoR Desk).",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"WoR Desk {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="controleer of deze installatie werkt (in een wegwerpmap; uw profielen blijven onaangeroerd)",
    )
    common.add_global_args(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in COMMANDS:
        module.register(sub)
    help_en.translate(parser, language())
    return parser


def language_of(argv: list[str]) -> str | None:
    """`--lang X` from the command line, read before the parser is built (so that its help is
    in that language)."""
    for i, a in enumerate(argv):
        if a == "--":
            break
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in LANGUAGES:
            return a.split("=", 1)[1]
    return None


def main(
    argv: list[str] | None = None,
    *,
    start_app: StartApp | None = None,
    app_checks: ExtraChecks | None = None,
) -> int:
    """The `wor-desk` command. The launcher passes `start_app` (no command given) and
    `app_checks` (the desk app's part of --self-test); the core alone has neither."""
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = language_of(argv)
    if lang:
        set_language(lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    saved = terminal.install()
    try:
        if args.self_test:
            from wor_desk.cli import selftest  # sqlite3, tempfile...: only for --self-test

            return selftest.run(app_checks)
        if not getattr(args, "command", None):
            if start_app is None:
                print(
                    "wor-desk: de desk-app is niet geïnstalleerd; geef een opdracht (wor-desk --help)."
                    if lang != "en"
                    else "wor-desk: the desk app is not installed; give a command (wor-desk --help).",
                    file=sys.stderr,
                )
                return 1
            return int(start_app(args) or 0)
        return int(args.func(args) or 0)
    except WorDeskError as exc:
        print(f"wor-desk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("wor-desk: afgebroken / cancelled", file=sys.stderr)
        return 130
    except BrokenPipeError:
        terminal.quiet_broken_pipe()
        return 141
    except Exception as exc:  # noqa: BLE001 - a bug: one line, the details (no client data) in the log
        logs.log_unexpected(exc, f"wor-desk {getattr(args, 'command', None) or ''}".strip())
        print(
            f"wor-desk: {tr('unexpected_error', kind=type(exc).__name__, log=logs.log_path())}",
            file=sys.stderr,
        )
        return UNEXPECTED_EXIT
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            terminal.quiet_broken_pipe()
        except (OSError, ValueError):
            pass
        sys.stdout, sys.stderr = saved
