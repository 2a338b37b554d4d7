"""letter, letters-due, letter-prefs, letter-logo: feedback letters to the referrer."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wor_desk import codes, messages
from wor_desk.cli.common import open_desk
from wor_desk.errors import InputError
from wor_desk.i18n import language

messages.register(
    {
        "letter_output_exists_force": (
            "Het bestand {path} bestaat al. Kies een andere naam, of geef --force om het te overschrijven.",
            "The file {path} already exists. Choose another name, or give --force to overwrite it.",
        ),
    }
)


def en() -> bool:
    return language() == "en"


_MOMENTS = codes.TERUGKOPPELING_MOMENT.codes()
_CHANNELS = codes.TERUGKOPPELING_KANAAL.codes()


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "letter",
        help="maak een terugkoppelingsbrief aan de verwijzer (PDF en/of tekst)",
        description="Maakt een brief van één pagina aan de verwijzer van een cliënt, uit de gegevens van het traject "
        "en het briefsjabloon van de organisatie. Alleen als de cliënt toestemming gaf voor terugkoppeling. "
        "Met --sent-via wordt de brief ook vastgelegd als verstuurd (dat telt mee als terugkoppeling gegeven).",
    )
    p.add_argument("--client", required=True, metavar="NR", help="het cliëntnummer")
    p.add_argument(
        "--trajectory",
        type=int,
        metavar="ID",
        help="het trajectnummer (standaard: het nieuwste traject van de cliënt)",
    )
    p.add_argument(
        "--moment",
        required=True,
        choices=_MOMENTS,
        help="na de kennismaking (intake), bij de start van de activiteit "
        "(start), bij de afronding (afronding) of een vrije brief (vrij)",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="BESTAND.pdf",
        help="schrijf de brief als PDF naar dit bestand (nieuw bestand, of met --force overschrijven)",
    )
    p.add_argument("--force", action="store_true", help="een bestaand bestand overschrijven")
    p.add_argument(
        "--text",
        action="store_true",
        help="toon de brief als platte tekst, om te plakken in Zorgdomein of VIPLive",
    )
    p.add_argument(
        "--extra",
        default="",
        metavar="ZIN",
        help="een zin die u zelf toevoegt (bij een vrije brief: de tekst)",
    )
    p.add_argument(
        "--language", choices=("nl", "en"), default="nl", help="taal van de brief (standaard nl)"
    )
    p.add_argument(
        "--sent-via",
        choices=_CHANNELS,
        metavar="KANAAL",
        help=f"leg de brief vast als verstuurd via KANAAL ({', '.join(_CHANNELS)})",
    )
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser(
        "letters-due",
        help="toon de brieven die klaarliggen, of maak ze allemaal in één keer",
        description="Toont trajecten die een moment bereikten waarop de verwijzer een brief wil, zonder dat die brief "
        "al is verstuurd. Met --make MAP worden alle brieven in één keer als PDF in MAP gezet.",
    )
    p.add_argument(
        "--make", type=Path, metavar="MAP", help="maak alle brieven en zet ze in deze map"
    )
    p.add_argument(
        "--text", action="store_true", help="zet naast elke PDF ook de platte tekst (.txt)"
    )
    p.add_argument(
        "--language", choices=("nl", "en"), default="nl", help="taal van de brieven (standaard nl)"
    )
    p.add_argument(
        "--sent-via",
        choices=_CHANNELS,
        metavar="KANAAL",
        help="leg alle gemaakte brieven vast als verstuurd via KANAAL",
    )
    p.set_defaults(func=cmd_due)

    p = sub.add_parser(
        "letter-prefs",
        help="welke brieven wil een praktijk ontvangen (standaard: intake en afronding)",
        description="Zonder opties: toont per praktijk welke momenten zij een brief willen. Met --practice en --moments "
        "stelt u dat in; de praktijknaam mag in hoofd- of kleine letters en met of zonder spaties.",
    )
    p.add_argument("--practice", metavar="NAAM", help="de naam van de praktijk")
    p.add_argument(
        "--moments",
        metavar="LIJST",
        help="momenten met komma's, bijv. intake,start,afronding; 'geen' voor geen brieven",
    )
    p.add_argument(
        "--default",
        action="store_true",
        help="zet de praktijk terug op de standaard (intake en afronding)",
    )
    p.set_defaults(func=cmd_prefs)

    p = sub.add_parser(
        "letter-logo",
        help="zet het logo van de organisatie op de brieven (PNG of JPEG)",
        description="Bewaart het logo in het profiel (in de versleutelde opslag); het staat dan linksboven op elke brief.",
    )
    p.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="BESTAND",
        help="het logo (PNG of JPEG, hoogstens 512 kB)",
    )
    p.add_argument("--remove", action="store_true", help="haal het logo weg")
    p.set_defaults(func=cmd_logo)


def _trajectory_id(desk, client_nr: str, trajectory: int | None) -> int:
    client = desk.client_by_nr(client_nr)
    if client is None:
        raise InputError("letter_client_unknown", nr=client_nr)
    if trajectory is not None:
        if desk.trajectory(trajectory).client.id != client.id:
            raise InputError("letter_trajectory_other_client", id=trajectory, nr=client_nr)
        return trajectory
    ids = [d.id for d in desk.trajectories_of(client.id)]
    if not ids:
        raise InputError("letter_client_no_trajectory", nr=client_nr)
    return ids[0]


def cmd_letter(args: argparse.Namespace) -> int:
    from wor_desk.letters.service import write_new

    if args.output is None and not args.text:
        raise InputError("letter_output_missing")
    with open_desk(args) as desk:
        tid = _trajectory_id(desk, args.client, args.trajectory)
        letter = desk.letters.render(tid, args.moment, extra=args.extra, lang=args.language)
        if args.output is not None:
            if args.output.exists() and not args.force:
                raise InputError("letter_output_exists_force", path=str(args.output))
            if args.force:
                args.output.unlink(missing_ok=True)
            write_new(args.output, letter.pdf)
            print(
                f"{'Letter written' if en() else 'Brief geschreven'}: {args.output}",
                file=sys.stderr if args.text else sys.stdout,
            )
        if args.text:
            sys.stdout.write(letter.text)
        if args.sent_via:
            desk.letters.mark_sent(letter, args.sent_via)
            channel = codes.TERUGKOPPELING_KANAAL.label(args.sent_via)
            print(
                f"Recorded as sent via {channel}."
                if en()
                else f"Vastgelegd als verstuurd via {channel}.",
                file=sys.stderr,
            )
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        due = desk.letters.due()
        if not due:
            print("No letters are due." if en() else "Er liggen geen brieven klaar.")
            return 0
        for item in due:
            d = desk.trajectory(item.trajectory_id)
            print(
                f"{d.client.client_nr:<10} {item.naam:<30} {codes.TERUGKOPPELING_MOMENT.label(item.moment):<32} "
                f"{d.trajectory.verwijzer_praktijk or d.trajectory.verwijzer_naam or ''}"
            )
        if args.make is None:
            print(
                f"Letters due: {len(due)}. Make them all at once with: wor-desk letters-due --make FOLDER"
                if en()
                else f"Brieven klaar: {len(due)}. Maak ze allemaal in één keer met: wor-desk letters-due --make MAP"
            )
            return 0
        letters = desk.letters.make_due(lang=args.language)
        paths = desk.letters.write(letters, args.make, text=args.text)
        print(
            f"Letters made: {len(letters)}, in {args.make} ({len(paths)} files)."
            if en()
            else f"Brieven gemaakt: {len(letters)}, in {args.make} ({len(paths)} bestanden)."
        )
        if args.sent_via:
            for letter in letters:
                desk.letters.mark_sent(letter, args.sent_via)
            channel = codes.TERUGKOPPELING_KANAAL.label(args.sent_via)
            print(
                f"All {len(letters)} recorded as sent via {channel}."
                if en()
                else f"Alle {len(letters)} vastgelegd als verstuurd via {channel}."
            )
    return 0


def cmd_prefs(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if args.practice is not None and (args.moments is not None or args.default):
            if args.default:
                desk.letters.reset_preference(args.practice)
            else:
                moments = (
                    []
                    if args.moments.strip().lower() in ("geen", "none", "")
                    else args.moments.split(",")
                )
                desk.letters.set_preference(args.practice, moments)
        elif args.practice is not None or args.moments is not None:
            raise InputError("letter_prefs_usage")
        from wor_desk.domain.process import practice_key

        stored = {practice_key(p.praktijk): p for p in desk.letters.preferences()}
        names = {
            **{practice_key(n): n for n in desk.letters.practices()},
            **{k: p.praktijk for k, p in stored.items()},
        }
        for key in sorted(names, key=lambda k: names[k].casefold()):
            moments = desk.letters.wanted(names[key])
            label = ", ".join(codes.TERUGKOPPELING_MOMENT.label(m) for m in moments) or (
                "no letters" if en() else "geen brieven"
            )
            mark = "" if key in stored else ("  (default)" if en() else "  (standaard)")
            print(f"{names[key]:<40} {label}{mark}")
    return 0


def cmd_logo(args: argparse.Namespace) -> int:
    with open_desk(args) as desk:
        if args.remove:
            desk.letters.remove_logo()
            print("Logo removed." if en() else "Logo verwijderd.")
        elif args.file is not None:
            desk.letters.set_logo(args.file)
            print(
                "Logo saved; from now on it is on every letter."
                if en()
                else "Logo bewaard; het staat vanaf nu op elke brief."
            )
        else:
            raise InputError("letter_logo_usage")
    return 0
