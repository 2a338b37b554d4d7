"""`wor-desk ...`: the command line. Thin: parse, call Desk, print.

Each command group lives in its own module with `register(subparsers)`; COMMANDS lists them.
Expected failures (WorDeskError) print one line and exit non-zero; never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from wor_desk import __version__
from wor_desk.cli import (
    catalogue_cmd,
    collector_cmd,
    common,
    counts_cmd,
    demo_cmd,
    import_cmd,
    letter_cmd,
    store_cmds,
    sync_cmd,
    terminal,
)
from wor_desk.errors import WorDeskError
from wor_desk.i18n import set_language

#: Command modules, each with register(subparsers). Add a feature's module here.
COMMANDS = [
    store_cmds,
    import_cmd,
    demo_cmd,
    counts_cmd,
    catalogue_cmd,
    letter_cmd,
    sync_cmd,
    collector_cmd,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wor-desk",
        description="WoR Desk: de werkplek van de welzijnscoach voor Welzijn op Recept. "
        "Zonder opdracht start de desk-app.",
        epilog="Het wachtwoord wordt gevraagd, of gelezen uit WOR_DESK_PASSPHRASE. "
        "Gegevens staan in de map uit WOR_DESK_HOME (standaard de gebruikersmap van WoR Desk).",
    )
    parser.add_argument("--version", action="version", version=f"WoR Desk {__version__}")
    common.add_global_args(parser)
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if not getattr(args, "command", None):
        return _start_app(args)
    saved = terminal.install()
    try:
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
    finally:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            terminal.quiet_broken_pipe()
        except (OSError, ValueError):
            pass
        sys.stdout, sys.stderr = saved


def _start_app(args: argparse.Namespace) -> int:
    """The desk app lives in the `ui` package; the core only hands over to it."""
    try:
        app = importlib.import_module("wor_desk_ui.app")
    except ImportError as exc:
        print(
            f"wor-desk: de desk-app kan niet starten ({exc}). Installeer WoR Desk opnieuw met de README-opdracht.",
            file=sys.stderr,
        )
        return 1
    return int(app.main(profile=args.profile) or 0)
