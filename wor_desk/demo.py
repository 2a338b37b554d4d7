"""Realistic made-up clients and trajectories over the last three years, for the demo profile,
the screenshots and every benchmark.

Everything is generated from a seed (the same seed gives the same profile) and every
trajectory obeys the process rules (`wor_desk.domain.process.check`), so the demo is a fair
stand-in for a real caseload: growing referrals (+~50 % a year), most first contacts within
five working days, drop-outs, pauses, people referred on, feedback where consent was given,
and open work for today (first contacts due, planned intakes and follow-ups).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, insert, select

from wor_desk.domain import process
from wor_desk.domain.catalogue import HealthScore
from wor_desk.domain.letters import Practice, PracticeReferrer
from wor_desk.domain.models import (
    Client,
    Contact,
    Feedback,
    Pause,
    Trajectory,
    TrajectoryReason,
    now_utc,
)
from wor_desk.errors import WorDeskError
from wor_desk.health import DIMENSIES
from wor_desk.workdays import add_workdays

FIRST_F = [
    "Anna",
    "Maria",
    "Johanna",
    "Wilhelmina",
    "Cornelia",
    "Elisabeth",
    "Fatima",
    "Khadija",
    "Ayşe",
    "Emine",
    "Sanne",
    "Lotte",
    "Femke",
    "Ineke",
    "Gerda",
    "Thea",
    "Noor",
    "Yasmina",
    "Chantal",
    "Priya",
    "Małgorzata",
    "Zeynep",
    "Ingrid",
    "Marloes",
    "Hülya",
    "Renée",
    "Chloë",
    "Joke",
]
FIRST_M = [
    "Jan",
    "Kees",
    "Henk",
    "Piet",
    "Gerrit",
    "Willem",
    "Mohamed",
    "Ahmed",
    "Şükrü",
    "Mehmet",
    "Mustafa",
    "Bram",
    "Daan",
    "Sven",
    "Joost",
    "Ruud",
    "Tjeerd",
    "Ĳsbrand",
    "Rachid",
    "Dirk",
    "Wim",
    "Kofi",
    "Andrzej",
    "Hüseyin",
    "Anton",
    "Frits",
    "Youssef",
    "Tomás",
]
FIRST_X = ["Sam", "Robin", "Kim", "Jip", "Noa"]
LAST = [
    "de Vries",
    "Jansen",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "El Amrani",
    "Bouzid",
    "Ouali",
    "Kowalski",
    "Nowak",
    "Pinas",
    "Sedney",
    "van Dijk",
    "Ĳsselstein",
    "Çelik",
    "Öztürk",
    "van der Meer",
    "Kramer",
    "Prins",
    "Huisman",
    "Postma",
]
AREA = {  # gemeente -> [(wijk, postcode prefix)]
    "Utrecht": [
        ("Overvecht", "3563"),
        ("Kanaleneiland", "3526"),
        ("Zuilen", "3553"),
        ("Lunetten", "3524"),
        ("Binnenstad", "3511"),
    ],
    "Nieuwegein": [("Galecop", "3437"), ("Batau", "3434"), ("Fokkesteeg", "3433")],
    "Houten": [("Houten-Noord", "3991"), ("Houten-Zuid", "3995")],
    "Zeist": [("Vollenhove", "3706"), ("Centrum", "3701"), ("Kerckebosch", "3705")],
}
PRACTICES = [
    ("Huisartsenpraktijk De Linde", ["dr. A. Koster", "M. Verbeek (POH)"]),
    ("Gezondheidscentrum Overvecht", ["dr. S. Öztürk", "dr. P. Hoekstra", "L. de Graaf (POH)"]),
    ("Huisartsen Kanaleneiland", ["dr. R. Bennani", "J. Willems (POH)"]),
    ("Praktijk Lunetten", ["dr. E. van Dam"]),
    ("Huisartsenpraktijk Galecop", ["dr. H. Timmer", "S. Aydın (POH)"]),
    ("Huisartsen Houten-Zuid", ["dr. K. Vermeulen"]),
    ("Gezondheidscentrum Vollenhove", ["dr. C. Lambrechts", "N. Pauwels (POH)"]),
]
OTHER_REFERRERS = {
    "fysiotherapeut": ("Fysiotherapie Beweegpunt", "T. Schouten"),
    "psycholoog": ("Psychologenpraktijk Het Anker", "drs. B. Fransen"),
    "wijkverpleging": ("Buurtzorg Team Noord", "wijkverpleegkundige I. Vos"),
    "leefstijlcoach": ("GLI Samen Gezond", "leefstijlcoach D. Lam"),
    "ziekenhuis": ("Diakonessenhuis", "maatschappelijk werk"),
    "apotheek": ("Apotheek De Gaper", "apotheker R. Kuiper"),
    "sociaal_domein": ("Buurtteam", "buurtteammedewerker"),
    "paramedisch_overig": ("Diëtistenpraktijk Gezond", "diëtist M. Boon"),
    "overig": ("Kerkelijke gemeente", "diaken"),
}
TYPE_WEIGHTS = [
    ("huisarts", 40),
    ("poh", 25),
    ("praktijk_overig", 5),
    ("fysiotherapeut", 4),
    ("psycholoog", 3),
    ("wijkverpleging", 5),
    ("leefstijlcoach", 2),
    ("ziekenhuis", 2),
    ("apotheek", 1),
    ("sociaal_domein", 3),
    ("paramedisch_overig", 1),
    ("zelf", 8),
    ("overig", 1),
]
CHANNEL_WEIGHTS = [
    ("zorgdomein", 40),
    ("viplive", 10),
    ("telefoon", 20),
    ("email", 10),
    ("brief", 2),
    ("warme_overdracht", 12),
    ("spreekuur", 5),
    ("overig", 1),
]
REASON_WEIGHTS = [
    ("eenzaamheid", 30),
    ("somberheid", 18),
    ("angst", 8),
    ("stress", 16),
    ("vermoeidheid", 6),
    ("lichamelijke_spanningsklachten", 6),
    ("rouw_verlies", 10),
    ("werk_verlies", 5),
    ("relatieproblemen", 4),
    ("financien_instanties", 9),
    ("mantelzorg_belasting", 7),
    ("zingeving", 6),
    ("leefstijl", 4),
    ("overig", 2),
]
AANBOD_ACTIVITIES = {
    "vrijwilligerswerk": [
        "Vrijwilligerswerk bij de voedselbank",
        "Gastheer in het buurthuis",
        "Maatje bij de kinderboerderij",
    ],
    "meedoen_ontmoeten": [
        "Koffieochtend De Ontmoeting",
        "Buddyproject Samen Op Weg",
        "Inloop buurthuis",
    ],
    "mantelzorgondersteuning": ["Mantelzorgcafé", "Respijtzorg via Steunpunt Mantelzorg"],
    "ontdekken_doen": ["Creatief atelier", "Computercursus voor 55+", "Taalcafé"],
    "bewegen": ["Wandelgroep Stap voor Stap", "Meer Bewegen voor Ouderen", "Walking football"],
    "koken_samen_eten": ["Samen koken in de wijk", "Buurtmaaltijd Aan Tafel"],
    "natuur": ["Tuinproject De Groene Vingers", "Natuurwandeling met gids"],
    "muziek_cultuur": ["Buurtkoor", "Museumbezoek met maatje"],
    "hulp_sociaal_domein": ["Schuldhulpverlening", "Formulierenhulp", "Wmo-consulent"],
    "overig": ["Lotgenotengroep rouw"],
}
AANBOD_WEIGHTS = [
    ("meedoen_ontmoeten", 25),
    ("bewegen", 15),
    ("vrijwilligerswerk", 12),
    ("ontdekken_doen", 10),
    ("hulp_sociaal_domein", 12),
    ("koken_samen_eten", 7),
    ("natuur", 5),
    ("muziek_cultuur", 6),
    ("mantelzorgondersteuning", 5),
    ("overig", 3),
]
NOTES = [
    "Kennismaking: vertelt over verlies van partner, zoekt contact.",
    "Wil graag iets met handen doen.",
    "Liever overdag, niet op maandag.",
    "Schulden eerst aanpakken, daarna verder.",
    "Twijfelt, denkt er nog over na.",
    "Enthousiast over de wandelgroep.",
    "Samen naar de eerste bijeenkomst gegaan.",
    "Voelt zich minder alleen.",
]


class DemoRefused(WorDeskError):
    key = "demo_refused"
    exit_code = 2


def _pick(rng: random.Random, weights: list[tuple[str, int]]) -> str:
    return rng.choices([w[0] for w in weights], [w[1] for w in weights])[0]


@dataclass
class _Gen:
    rng: random.Random
    today: date

    def referral_date(self) -> date:
        # growth of ~50 % a year: density proportional to 1.5**(t in years)
        span = 3 * 365
        while True:
            back = self.rng.randrange(span)
            weight = 1.5 ** ((span - back) / 365) / 1.5**3
            if self.rng.random() < weight:
                d = self.today - timedelta(days=back)
                if d.weekday() < 5 or self.rng.random() < 0.05:
                    return d

    def after(self, d: date, lo: int, hi: int) -> date:
        return d + timedelta(days=self.rng.randint(lo, hi))


def fill(
    desk, clients: int = 200, seed: int = 1, progress: Callable[[int, int], None] | None = None
) -> int:
    """Add `clients` made-up clients (about 1.1 trajectories each) to the profile; returns the
    number of trajectories. Refuses a profile that holds real (non-demo) clients."""
    with desk.store.session() as s:
        existing = s.exec(select(func.count()).select_from(Client)).scalar_one()
        max_c = s.exec(select(func.max(Client.id))).scalar() or 0
        max_t = s.exec(select(func.max(Trajectory.id))).scalar() or 0
    if existing and not desk.setting("is_demo"):
        raise DemoRefused(profile=desk.profile)
    today = desk.today()
    rng = random.Random(seed)
    g = _Gen(rng, today)
    now = now_utc()
    client_rows, traj_rows, reason_rows, contact_rows, pause_rows, feedback_rows = (
        [],
        [],
        [],
        [],
        [],
        [],
    )
    cid, tid = max_c, max_t
    for n in range(clients):
        cid += 1
        gender = rng.choices(["vrouw", "man", "x", "onbekend"], [58, 38, 2, 2])[0]
        first = rng.choice(
            FIRST_F if gender == "vrouw" else FIRST_M if gender == "man" else FIRST_X + FIRST_F
        )
        gemeente = rng.choices(list(AREA), [50, 20, 12, 18])[0]
        wijk, pc = rng.choice(AREA[gemeente])
        age = int(min(98, max(18, rng.gauss(58, 18))))
        known_birth = rng.random() < 0.93
        birth = today - timedelta(days=age * 365 + rng.randrange(365)) if known_birth else None
        last = rng.choice(LAST)
        client_rows.append(
            {
                "id": cid,
                "client_nr": f"D{cid:06d}",
                "voornaam": first,
                "achternaam": last,
                "geboortedatum": birth,
                "geslacht": gender,
                "postcode": f"{pc} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
                if rng.random() < 0.95
                else None,
                "gemeente": gemeente if rng.random() < 0.98 else None,
                "wijk": wijk if rng.random() < 0.9 else None,
                "telefoon": f"06-{rng.randrange(10**7, 10**8)}" if rng.random() < 0.9 else None,
                "email": f"{first.lower()[:1]}.{last.split()[-1].lower()}{rng.randrange(100)}@voorbeeld.nl"
                if rng.random() < 0.5
                else None,
                "aangemaakt": now,
                "gewijzigd": now,
            }
        )
        # a returning client comes back after the first trajectory was closed
        vd = g.referral_date()
        again = rng.random() < 0.1
        while True:
            tid += 1
            rows = _trajectory(g, tid, cid, vd, must_close=again)
            traj_rows.append(rows["trajectory"])
            reason_rows += rows["reasons"]
            contact_rows += rows["contacts"]
            pause_rows += rows["pauses"]
            feedback_rows += rows["feedback"]
            closed = rows["trajectory"]["afgerond"]
            if not again or closed is None or closed + timedelta(days=60) > today:
                break
            vd, again = g.after(closed, 60, 400), False
            if vd > today:
                break
        if progress and n % 1000 == 0:
            progress(n, clients)
    health_rows = _health_scores(random.Random(seed * 7919 + 1), traj_rows)
    with desk.store.transaction() as s:
        conn = s.connection()
        for table, rows in (
            (Client, client_rows),
            (Trajectory, traj_rows),
            (TrajectoryReason, reason_rows),
            (Contact, contact_rows),
            (Pause, pause_rows),
            (Feedback, feedback_rows),
            (HealthScore, health_rows),
        ):
            for i in range(0, len(rows), 5000):
                conn.execute(insert(table.__table__), rows[i : i + 5000])
    if not existing:
        from wor_desk.catalogue.demo import fill_catalogue

        fill_catalogue(desk, 40, seed=seed)
        _fill_register(desk)
        desk.update_settings(
            is_demo=True,
            organisatie_naam="Welzijn Midden (demo)",
            organisatie_adres="Stationsplein 1\n3511 AA Utrecht",
            coach_naam="Demi de Coach",
            coach_telefoon="030-1234567",
            coach_email="coach@welzijnmidden.example",
            werkgebied=[{"gemeente": gm, "wijken": [w for w, _ in ws]} for gm, ws in AREA.items()],
        )
    if progress:
        progress(clients, clients)
    return len(traj_rows)


#: Made-up addresses of the demo's practices (letters are addressed to them).
_ADDRESSES = [
    "Lindelaan 3\n3581 AB Utrecht",
    "Neckardreef 12\n3562 CM Utrecht",
    "Marshalllaan 4\n3527 TK Utrecht",
    "Brennerbaan 150\n3524 BN Utrecht",
    "Galecopperlaan 20\n3437 AB Nieuwegein",
    "Oude Tempel 2\n3991 GA Houten",
    "Vollenhovelaan 7\n3706 AA Zeist",
]


def _fill_register(desk) -> None:
    """The register of referrers as a demo desk would have built it: the practices with an
    address and AGB code, and the people who refer from them."""
    practices, people = [], []
    for i, (name, persons) in enumerate(PRACTICES):
        key = process.practice_key(name)
        practices.append(
            {
                "sleutel": key,
                "naam": name,
                "adres": _ADDRESSES[i % len(_ADDRESSES)],
                "agb": f"0{1000000 + 7919 * (i + 1)}",
                "momenten": None,
                "aangemaakt": now_utc(),
                "gewijzigd": now_utc(),
            }
        )
        for person in persons:
            poh = person.endswith("(POH)")
            people.append(
                {"praktijk_sleutel": key, "naam": person, "rol": "poh" if poh else "huisarts"}
            )
    with desk.store.transaction() as s:
        conn = s.connection()
        conn.execute(insert(Practice.__table__), practices)
        conn.execute(insert(PracticeReferrer.__table__), people)


#: Mean change of a Positieve Gezondheid dimension from intake to closing, per closing reason
#: (an activity that took hold lifts meaning and participation most; drop-outs barely move).
_PG_GAIN = {
    "afgerond_doel_bereikt": 1.4,
    "activiteit_loopt": 1.1,
    "uitgevallen": 0.1,
    "overig": 0.4,
}
#: Typical intake scores (0-10) per dimension: people come with low mood and little participation.
_PG_START = {
    "lichaamsfuncties": 5.8,
    "mentaal_welbevinden": 4.6,
    "zingeving": 5.0,
    "kwaliteit_van_leven": 5.2,
    "meedoen": 4.4,
    "dagelijks_functioneren": 5.9,
}


def _health_scores(rng: random.Random, trajectories: list[dict]) -> list[dict]:
    """Spinnenwebs as coaches record them: at the intake for about 7 in 10 trajectories, and
    again at closing for about 3 in 4 of those that closed after an activity. A rng of its
    own, so the rest of the demo stays as it was for a seed."""
    out: list[dict] = []
    clip = lambda x: max(0, min(10, round(x)))  # noqa: E731
    for t in trajectories:
        intake = t["kennismaking"]
        if intake is None or rng.random() >= 0.7:
            continue
        start = {d: clip(rng.gauss(_PG_START[d], 1.6)) for d in DIMENSIES.codes()}
        out.append({"traject_id": t["id"], "datum": intake, "moment": "intake", **start})
        reason, closed = t["afsluitreden"], t["afgerond"]
        if closed is None or closed <= intake or reason not in _PG_GAIN or rng.random() >= 0.75:
            continue
        if rng.random() < 0.65:  # it helped: most dimensions rise a little
            end = {d: clip(v + rng.gauss(_PG_GAIN[reason], 1.0)) for d, v in start.items()}
        else:  # it did not (yet): a dimension now and then one point up or down
            end = {
                d: clip(v + rng.choice((-1, 1)) * (rng.random() < 0.1)) for d, v in start.items()
            }
        out.append({"traject_id": t["id"], "datum": closed, "moment": "afsluiting", **end})
    return out


def _trajectory(g: _Gen, tid: int, cid: int, vd: date, must_close: bool) -> dict:
    rng, today = g.rng, g.today
    vtype = _pick(rng, TYPE_WEIGHTS)
    if vtype in ("huisarts", "poh", "praktijk_overig"):
        practice, people = rng.choice(PRACTICES)
        person = rng.choice(people)
        practice = (
            rng.choice([practice, practice, practice.upper(), "  " + practice.lower()])
            if rng.random() < 0.05
            else practice
        )
    elif vtype == "zelf":
        practice, person = None, None
    else:
        practice, person = OTHER_REFERRERS[vtype]
    channel = (
        "spreekuur"
        if vtype == "zelf"
        else (_pick(rng, CHANNEL_WEIGHTS) if rng.random() < 0.95 else None)
    )
    reasons = list(
        dict.fromkeys(_pick(rng, REASON_WEIGHTS) for _ in range(rng.choice([1, 1, 2, 2, 3])))
    )
    consent_fb = (
        None if vtype == "zelf" else (True if rng.random() < 0.85 else rng.choice([False, None]))
    )
    t = {
        "id": tid,
        "client_id": cid,
        "verwijsdatum": vd,
        "verwijzer_type": vtype,
        "verwijzer_naam": person,
        "verwijzer_praktijk": practice,
        "kanaal": channel,
        "reden_omschrijving": None,
        "klachten": None,
        "bezoekdatum": None
        if vtype == "zelf" or rng.random() < 0.6
        else vd - timedelta(days=rng.randint(0, 10)),
        "toestemming_gegevens": True if vtype != "zelf" else None,
        "toestemming_terugkoppeling": consent_fb,
        "eerste_contact": None,
        "kennismaking_gepland": None,
        "kennismaking": None,
        "behoefte": None,
        "aanbod": None,
        "activiteit": None,
        "aanbieder": None,
        "start_activiteit": None,
        "afgerond": None,
        "afsluitreden": None,
        "afsluit_toelichting": None,
        "aangemaakt": now_utc(),
        "gewijzigd": now_utc(),
    }
    contacts, pauses, feedback = [], [], []

    def seen(d: date) -> bool:
        return d <= today

    def close(on: date, reason: str) -> None:
        t["afgerond"], t["afsluitreden"] = min(on, today), reason

    # step 3: first contact (80 % within five working days)
    if vtype == "zelf":
        first = vd
    else:
        first = add_workdays(vd, rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6, 8]))
    if not seen(first):
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    if rng.random() < 0.05:
        close(add_workdays(vd, 10), "niet_bereikbaar")
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    t["eerste_contact"] = first
    intake = g.after(first, 0 if vtype == "zelf" else 2, 15)
    if not seen(intake):
        t["kennismaking_gepland"] = intake
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    if rng.random() < 0.06:
        close(intake, rng.choice(["uitgevallen", "geen_behoefte"]))
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    t["kennismaking"] = intake
    t["behoefte"] = rng.choice(
        [
            "Meer contact met anderen",
            "Structuur in de week",
            "Iets zinvols doen",
            "Rust en ontspanning",
        ]
    )
    if consent_fb and rng.random() < 0.8 and seen(intake + timedelta(days=3)):
        feedback.append(
            {
                "traject_id": tid,
                "datum": g.after(intake, 0, 3),
                "moment": "intake",
                "kanaal": rng.choice(["zorgdomein", "post", "veilige_mail"]),
                "notitie": None,
            }
        )
    # step 4: conversations, sometimes a pause for debt help first
    day = intake
    for _ in range(rng.choice([1, 1, 2, 3])):
        day = g.after(day, 5, 14)
        if not seen(day):
            contacts.append(
                {
                    "traject_id": tid,
                    "soort": "gesprek",
                    "datum": day,
                    "gepland": True,
                    "notitie": "Vervolggesprek",
                    "uitkomst": None,
                }
            )
            return _done(g, t, tid, reasons, contacts, pauses, feedback)
        contacts.append(
            {
                "traject_id": tid,
                "soort": "gesprek",
                "datum": day,
                "gepland": False,
                "notitie": rng.choice(NOTES),
                "uitkomst": None,
            }
        )
    if rng.random() < 0.08:
        p_from = g.after(day, 1, 5)
        p_to = g.after(p_from, 20, 90)
        if not seen(p_from):
            return _done(g, t, tid, reasons, contacts, pauses, feedback)
        if not seen(p_to):
            pauses.append(
                {
                    "traject_id": tid,
                    "van": p_from,
                    "tot": None,
                    "reden": "Eerst schuldhulpverlening",
                }
            )
            return _done(g, t, tid, reasons, contacts, pauses, feedback)
        pauses.append(
            {"traject_id": tid, "van": p_from, "tot": p_to, "reden": "Eerst schuldhulpverlening"}
        )
        day = p_to
    r = rng.random()
    if r < 0.07:
        close(g.after(day, 1, 10), "doorverwezen")
        t["afsluit_toelichting"] = "Doorverwezen naar het Mentaal Gezondheidsnetwerk"
        return _done(g, t, tid, reasons, contacts, pauses, feedback, consent_fb)
    if r < 0.15:
        close(g.after(day, 1, 20), rng.choice(["uitgevallen", "geen_behoefte", "niet_bereikbaar"]))
        return _done(g, t, tid, reasons, contacts, pauses, feedback, consent_fb)
    # step 5: activity start
    aanbod = _pick(rng, AANBOD_WEIGHTS)
    start = g.after(day, 3, 25)
    t["aanbod"], t["activiteit"] = aanbod, rng.choice(AANBOD_ACTIVITIES[aanbod])
    t["aanbieder"] = rng.choice(
        [
            "Buurthuis De Schakel",
            "Welzijn Midden",
            "Sportvereniging",
            "Bibliotheek",
            "Stichting Present",
        ]
    )
    if not seen(start):
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    t["start_activiteit"] = start
    # step 6: follow-up after ~6 weeks, then closing
    nazorg = start + timedelta(weeks=6) + timedelta(days=rng.randint(-3, 10))
    if not seen(nazorg):
        contacts.append(
            {
                "traject_id": tid,
                "soort": "nazorg",
                "datum": start + timedelta(weeks=6),
                "gepland": True,
                "notitie": None,
                "uitkomst": None,
            }
        )
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    contacts.append(
        {
            "traject_id": tid,
            "soort": "nazorg",
            "datum": nazorg,
            "gepland": False,
            "notitie": "Nabellen",
            "uitkomst": rng.choices(["neemt_deel", "gestopt", "wil_andere_match"], [75, 15, 10])[0],
        }
    )
    end = g.after(nazorg, 0, 21)
    if not seen(end) and not must_close:
        return _done(g, t, tid, reasons, contacts, pauses, feedback)
    close(
        end,
        rng.choices(
            ["afgerond_doel_bereikt", "activiteit_loopt", "uitgevallen", "overig"], [45, 40, 10, 5]
        )[0],
    )
    return _done(g, t, tid, reasons, contacts, pauses, feedback, consent_fb)


def _done(
    g: _Gen,
    t: dict,
    tid: int,
    reasons: list[str],
    contacts: list,
    pauses: list,
    feedback: list,
    consent=None,
) -> dict:
    if (
        consent
        and t["afgerond"] is not None
        and t["afgerond"] + timedelta(days=5) <= g.today
        and g.rng.random() < 0.7
    ):
        feedback.append(
            {
                "traject_id": tid,
                "datum": t["afgerond"] + timedelta(days=2),
                "moment": "afronding",
                "kanaal": g.rng.choice(["zorgdomein", "post", "veilige_mail"]),
                "notitie": None,
            }
        )
    if t["afgerond"] is not None:
        pauses[:] = [{**p, "tot": p["tot"] or t["afgerond"]} for p in pauses]
    return {
        "trajectory": t,
        "reasons": [{"traject_id": tid, "code": r} for r in reasons],
        "contacts": contacts,
        "pauses": pauses,
        "feedback": [f for f in feedback if f["datum"] <= g.today],
    }


def check_all(desk) -> list[tuple[int, list]]:
    """Every demo trajectory checked against the process rules (for tests): (id, violations) of failures."""
    failures = []
    for row in desk.trajectory_rows():
        d = desk.trajectory(row.id)
        problems = process.check(d.facts, desk.today())
        if problems:
            failures.append((row.id, problems))
    return failures
