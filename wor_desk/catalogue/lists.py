"""The code lists of the sociale kaart and the match (the desk's own: never counted or sent).

They use `wor_desk.codes.CodeList`, so screens label them like every other list."""

from __future__ import annotations

from wor_desk.codes import Code, CodeList


def _cl(name: str, nl: str, en: str, rows: list[tuple[str, str, str]]) -> CodeList:
    return CodeList(name, nl, en, [Code(*r) for r in rows])


#: Days of the week; `hsds` is the Open Referral (RRULE) spelling used in the CSV.
DAG = _cl(
    "dag",
    "Dag",
    "Day",
    [
        ("ma", "maandag", "Monday"),
        ("di", "dinsdag", "Tuesday"),
        ("wo", "woensdag", "Wednesday"),
        ("do", "donderdag", "Thursday"),
        ("vr", "vrijdag", "Friday"),
        ("za", "zaterdag", "Saturday"),
        ("zo", "zondag", "Sunday"),
    ],
)
DAG_HSDS = dict(zip(DAG.codes(), ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
HSDS_DAG = {v: k for k, v in DAG_HSDS.items()}

PLEK = _cl(
    "plek",
    "Plek",
    "Room",
    [
        ("vrij", "Plaatsen vrij", "Places free"),
        ("wachtlijst", "Wachtlijst", "Waiting list"),
        ("vol", "Vol", "Full"),
    ],
)

MATCH_UITKOMST = _cl(
    "match_uitkomst",
    "Uitkomst voorstel",
    "Outcome of proposal",
    [
        ("geaccepteerd", "Geaccepteerd", "Accepted"),
        ("afgewezen", "Afgewezen", "Declined"),
        ("niet_beschikbaar", "Niet beschikbaar", "Not available"),
    ],
)
AFWIJSREDEN = _cl(
    "afwijsreden",
    "Reden van afwijzen",
    "Reason for declining",
    [
        ("tijd", "Tijdstip past niet", "Time does not suit"),
        ("kosten", "Kosten", "Cost"),
        ("afstand", "Afstand / vervoer", "Distance / transport"),
        ("spreekt_niet_aan", "Spreekt niet aan", "Doesn't appeal"),
        ("niet_klaar", "Nog niet klaar voor", "Not ready yet"),
        ("overig", "Overig", "Other"),
    ],
)

LISTS: dict[str, CodeList] = {cl.name: cl for cl in (DAG, PLEK, MATCH_UITKOMST, AFWIJSREDEN)}
