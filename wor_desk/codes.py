"""Every code list of docs/codebook.md (and the desk's own lists) with nl/en labels.

Codes are what the store keeps and what counts and sync send; labels are what screens and
letters show. A region may add codes to a list (`CodeList.extend`), never rename these.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from wor_desk.errors import Violation
from wor_desk.i18n import language


@dataclass(frozen=True)
class Code:
    code: str
    nl: str
    en: str

    def label(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.nl


class CodeList:
    """An ordered list of codes; the order is the order screens and exports use."""

    def __init__(self, name: str, nl: str, en: str, codes: list[Code]) -> None:
        self.name, self.nl, self.en = name, nl, en
        self._codes: dict[str, Code] = {c.code: c for c in codes}
        self._regional: list[str] = []  # codes a region added (after the codebook's own)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[Code]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)

    def codes(self) -> list[str]:
        return list(self._codes)

    def label(self, code: str | None, lang: str | None = None) -> str:
        if code is None:
            return ""
        c = self._codes.get(code)
        return c.label(lang) if c else code

    def title(self, lang: str | None = None) -> str:
        return self.en if (lang or language()) == "en" else self.nl

    def unknown_params(self, value: object) -> dict[str, object]:
        """The parameters of the message "code_unknown" for `value` (which is not in this list)."""
        return {"value": value, "list": self.title(), "codes": ", ".join(self.codes())}

    def unknown(self, field: str, value: object) -> Violation:
        """The one violation for a value that is not a code of this list."""
        return Violation(field, "code_unknown", self.unknown_params(value))

    def extend(self, code: str, nl: str, en: str) -> None:
        """Add a regional code. Existing codes are never renamed or relabelled."""
        if code in self._codes:
            raise ValueError(f"code {code!r} already exists in {self.name}")
        self._codes[code] = Code(code, nl, en)
        self._regional.append(code)

    def set_regional(self, rows: list[tuple[str, str, str]]) -> None:
        """Replace the codes a region added by `rows` (code, nl, en): an open profile's own
        additions (Desk applies them when it opens and takes them away when it closes)."""
        for code in self._regional:
            self._codes.pop(code, None)
        self._regional = []
        for code, nl, en in rows:
            if code not in self._codes:
                self.extend(code, nl, en)

    def is_regional(self, code: str) -> bool:
        """A code a region added (not one of INDICATORS.md's)."""
        return code in self._regional

    def regional(self) -> list[Code]:
        return [self._codes[c] for c in self._regional]


def _cl(name: str, nl: str, en: str, rows: list[tuple[str, str, str]]) -> CodeList:
    return CodeList(name, nl, en, [Code(*r) for r in rows])


GESLACHT = _cl(
    "geslacht",
    "Geslacht",
    "Gender",
    [
        ("man", "Man", "Male"),
        ("vrouw", "Vrouw", "Female"),
        ("x", "X / anders", "X / other"),
        ("onbekend", "Onbekend", "Unknown"),
    ],
)

VERWIJZER_TYPE = _cl(
    "verwijzer_type",
    "Type verwijzer",
    "Referrer type",
    [
        ("huisarts", "Huisarts", "GP"),
        ("poh", "Praktijkondersteuner (POH)", "Practice nurse for mental health (POH)"),
        ("praktijk_overig", "Overige praktijkmedewerker", "Other GP practice staff"),
        ("fysiotherapeut", "Fysiotherapeut", "Physiotherapist"),
        ("psycholoog", "Psycholoog", "Psychologist"),
        ("wijkverpleging", "Wijkverpleging", "District nurse"),
        ("leefstijlcoach", "Leefstijlcoach (GLI)", "Lifestyle coach (GLI)"),
        ("ziekenhuis", "Ziekenhuis", "Hospital"),
        ("paramedisch_overig", "Overig paramedisch", "Other allied health"),
        ("apotheek", "Apotheek", "Pharmacy"),
        ("sociaal_domein", "Sociaal domein", "Social domain"),
        ("zelf", "Zelf (welzijn zonder recept)", "Self-referral"),
        ("overig", "Overig", "Other"),
    ],
)

#: Referrer types whose practice counts for `verwijzende_praktijken` (INDICATORS.md).
GP_PRACTICE_TYPES = ("huisarts", "poh", "praktijk_overig")
SELF_REFERRAL = "zelf"

KANAAL = _cl(
    "kanaal",
    "Kanaal",
    "Channel",
    [
        ("zorgdomein", "Zorgdomein", "Zorgdomein"),
        ("viplive", "VIPLive", "VIPLive"),
        ("telefoon", "Telefoon", "Phone"),
        ("email", "E-mail", "Email"),
        ("brief", "Brief", "Letter"),
        ("warme_overdracht", "Warme overdracht", "Warm hand-over"),
        ("spreekuur", "Spreekuur", "Consulting hour"),
        ("overig", "Overig", "Other"),
    ],
)

REDEN = _cl(
    "reden",
    "Reden van verwijzing",
    "Referral reason",
    [
        ("eenzaamheid", "Eenzaamheid", "Loneliness"),
        ("somberheid", "Somberheid", "Low mood"),
        ("angst", "Angst", "Anxiety"),
        ("stress", "Stress", "Stress"),
        ("vermoeidheid", "Vermoeidheid", "Fatigue"),
        (
            "lichamelijke_spanningsklachten",
            "Lichamelijke spanningsklachten",
            "Physical tension complaints",
        ),
        ("rouw_verlies", "Rouw en verlies", "Grief and loss"),
        ("werk_verlies", "Verlies van werk", "Loss of work"),
        ("relatieproblemen", "Relatieproblemen", "Relationship problems"),
        ("financien_instanties", "Financiën en instanties", "Money and paperwork"),
        ("mantelzorg_belasting", "Belasting door mantelzorg", "Carer strain"),
        ("zingeving", "Zingeving", "Meaning in life"),
        ("leefstijl", "Leefstijl", "Lifestyle"),
        ("overig", "Overig", "Other"),
    ],
)

AANBOD = _cl(
    "aanbod",
    "Soort aanbod",
    "Type of offer",
    [
        ("vrijwilligerswerk", "Vrijwilligerswerk", "Volunteering"),
        ("meedoen_ontmoeten", "Meedoen en ontmoeten", "Taking part and meeting"),
        ("mantelzorgondersteuning", "Mantelzorgondersteuning", "Carer support"),
        ("ontdekken_doen", "Ontdekken en doen", "Discover and do"),
        ("bewegen", "Bewegen met plezier", "Exercise for fun"),
        ("koken_samen_eten", "Koken en samen eten", "Cooking and eating together"),
        ("natuur", "Natuur en genieten", "Nature"),
        ("muziek_cultuur", "Muziek en cultuur", "Music and culture"),
        (
            "hulp_sociaal_domein",
            "Hulp sociaal domein (schulden, wonen, Wmo)",
            "Social support (debt, housing, Wmo)",
        ),
        ("overig", "Overig", "Other"),
    ],
)

AFSLUITREDEN = _cl(
    "afsluitreden",
    "Reden van afsluiten",
    "Closing reason",
    [
        ("afgerond_doel_bereikt", "Afgerond, doel bereikt", "Completed, goal reached"),
        ("activiteit_loopt", "Activiteit loopt zelfstandig", "Activity continues independently"),
        ("doorverwezen", "Doorverwezen", "Referred on"),
        ("uitgevallen", "Uitgevallen", "Dropped out"),
        ("niet_bereikbaar", "Niet bereikbaar", "Could not be reached"),
        ("geen_behoefte", "Geen behoefte", "No need"),
        ("overig", "Overig", "Other"),
    ],
)

# The desk's own lists (not in the codebook; never counted or sent).
NAZORG_UITKOMST = _cl(
    "nazorg_uitkomst",
    "Uitkomst nazorg",
    "Follow-up outcome",
    [
        ("neemt_deel", "Neemt nog deel", "Still taking part"),
        ("gestopt", "Gestopt", "Stopped"),
        ("wil_andere_match", "Wil een andere match", "Wants another match"),
    ],
)

TERUGKOPPELING_MOMENT = _cl(
    "terugkoppeling_moment",
    "Moment",
    "Moment",
    [
        ("intake", "Na de kennismaking", "After the intake"),
        ("start", "Bij de start van de activiteit", "At the start of the activity"),
        ("afronding", "Bij de afronding", "At closing"),
        ("vrij", "Vrije brief", "Free letter"),
    ],
)

TERUGKOPPELING_KANAAL = _cl(
    "terugkoppeling_kanaal",
    "Verzonden via",
    "Sent via",
    [
        ("post", "Post", "Post"),
        ("zorgdomein", "Zorgdomein", "Zorgdomein"),
        ("viplive", "VIPLive", "VIPLive"),
        ("veilige_mail", "Beveiligde e-mail", "Secure email"),
        ("telefoon", "Telefoon", "Phone"),
        ("overig", "Overig", "Other"),
    ],
)

CONTACT_SOORT = _cl(
    "contact_soort",
    "Soort contact",
    "Kind of contact",
    [
        ("gesprek", "Gesprek", "Conversation"),
        ("nazorg", "Nazorgcontact", "Follow-up contact"),
    ],
)

#: The lists of the codebook, by the name INDICATORS.md and IMPORT.md use.
CODEBOOK: dict[str, CodeList] = {
    cl.name: cl for cl in (GESLACHT, VERWIJZER_TYPE, KANAAL, REDEN, AANBOD, AFSLUITREDEN)
}
ALL_LISTS: dict[str, CodeList] = {
    **CODEBOOK,
    **{
        cl.name: cl
        for cl in (NAZORG_UITKOMST, TERUGKOPPELING_MOMENT, TERUGKOPPELING_KANAAL, CONTACT_SOORT)
    },
}

#: The six steps of the regional standard process (DOMAIN.md).
STAP = _cl(
    "stap",
    "Stap",
    "Step",
    [
        ("1", "Bezoek aan zorgverlener", "Visit to care provider"),
        ("2", "Verwijzing naar welzijn", "Referral to wellbeing"),
        ("3", "Kennismaking", "Intake"),  # as the tab "3 Intake" says
        ("4", "Korte begeleiding en matching", "Short coaching and matching"),
        ("5", "Start activiteit", "Activity start"),
        ("6", "Nazorg en afronding", "Follow-up and closing"),
    ],
)

STATUS = _cl(
    "status",
    "Status",
    "Status",
    [
        ("lopend", "Lopend", "Open"),
        ("gepauzeerd", "Gepauzeerd", "Paused"),
        ("afgesloten", "Afgesloten", "Closed"),
    ],
)

#: What a trajectory needs next (derived by wor_desk.domain.process.derive).
ACTIE = _cl(
    "actie",
    "Volgende actie",
    "Next action",
    [
        ("eerste_contact", "Eerste contact opnemen", "Make first contact"),
        ("kennismaking", "Kennismakingsgesprek voeren", "Hold the intake conversation"),
        ("matchen", "Matchen en activiteit laten starten", "Match and start an activity"),
        ("nazorg", "Nazorgcontact", "Follow-up contact"),
        ("afronden", "Traject afronden", "Close the trajectory"),
        ("hervatten", "Pauze bekijken / hervatten", "Review pause / resume"),
    ],
)


# -- the desk's own lists of the sociale kaart and the match (never counted or sent) ------

#: Days of the week.
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
