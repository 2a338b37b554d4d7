"""A made-up sociale kaart for demo profiles, screenshots and benchmarks (seeded, no real data)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from wor_desk import codes
from wor_desk.domain.catalogue import Activity
from wor_desk.values import Caseload

_KINDS = {
    "vrijwilligerswerk": [
        "Voedselbank sorteren",
        "Repair Café",
        "Vrijwilliger bibliotheek",
        "Maatjesproject",
    ],
    "meedoen_ontmoeten": [
        "Koffieochtend",
        "Taalcafé",
        "Buurtkamer",
        "Spelletjesmiddag",
        "Samen Sterk groep",
    ],
    "mantelzorgondersteuning": ["Mantelzorgcafé", "Lotgenotengroep mantelzorg"],
    "ontdekken_doen": ["Schaakclub", "Creatief atelier", "Computerles 55+", "Fotografieclub"],
    "bewegen": [
        "Wandelclub",
        "Meer Bewegen voor Ouderen",
        "Zwemmen 50+",
        "Yoga op de stoel",
        "Walking football",
    ],
    "koken_samen_eten": ["Samen koken", "Buurtmaaltijd", "Kookclub mannen"],
    "natuur": ["Buurtmoestuin", "Natuurwerkdag", "Stadsboerderij helpen"],
    "muziek_cultuur": ["Buurtkoor", "Museumbezoek samen", "Ukelele voor beginners"],
    "hulp_sociaal_domein": ["Schuldhulpmaatje", "Formulierenspreekuur", "Wmo-loket"],
    "overig": ["Inloopspreekuur welzijn"],
}
_PROVIDERS = [
    "Welzijn Oost",
    "Buurthuis De Schakel",
    "Bibliotheek",
    "Sportbedrijf",
    "Humanitas",
    "Vrijwilligerscentrale",
]
_AREAS = [
    ("Utrecht", "Overvecht"),
    ("Utrecht", "Zuilen"),
    ("Utrecht", "Lunetten"),
    ("Utrecht", "Kanaleneiland"),
    ("Utrecht", None),
    ("Zeist", "Centrum"),
    ("Zeist", "Vollenhove"),
]


def fill_catalogue(desk: Caseload, n: int = 40, seed: int = 1) -> int:
    """Add `n` made-up activities (some closed, some not checked for long). Returns how many."""
    rng = random.Random(seed)
    today = desk.today()
    seen: dict[str, int] = {}
    with desk.store.transaction() as s:
        for _ in range(n):
            aanbod = rng.choice(codes.AANBOD.codes())
            gemeente, wijk = rng.choice(_AREAS)
            base = rng.choice(_KINDS[aanbod])
            naam = f"{base} {wijk or gemeente}"
            seen[naam] = seen.get(naam, 0) + 1
            naam = f"{naam} {seen[naam]}" if seen[naam] > 1 else naam
            days = sorted(rng.sample(range(7), rng.choice((1, 1, 2, 3))))
            start = today - timedelta(days=rng.randint(60, 1500))
            closed = rng.random() < 0.1
            lo = rng.choice((None, None, 18, 50, 55, 65))
            s.add(
                Activity(
                    uid=str(
                        uuid.UUID(int=rng.getrandbits(128), version=4)
                    ),  # seeded: same seed, same catalogue
                    naam=naam,
                    aanbod=aanbod,
                    aanbieder=rng.choice(_PROVIDERS),
                    gemeente=gemeente,
                    wijk=wijk,
                    adres=f"{rng.choice(['Dorpsstraat', 'Kerkplein', 'Parkweg', 'Lindenlaan'])} {rng.randint(1, 120)}",
                    dagen=",".join(codes.DAG.codes()[d] for d in days),
                    tijden=rng.choice(
                        ["10.00-12.00 uur", "14.00-16.00 uur", "19.30-21.30 uur", "9.30-11.00 uur"]
                    ),
                    kosten=rng.choice(
                        [
                            "gratis",
                            "gratis",
                            "€ 2,50 per keer",
                            "€ 15 per maand",
                            "met U-pas gratis",
                        ]
                    ),
                    aanmelden=rng.choice(
                        ["Gewoon binnenlopen", "Bel de contactpersoon", "Via de coach"]
                    ),
                    contactpersoon=rng.choice(
                        ["Fatima", "Jan", "Els", "Mohamed", "Ingrid", "Kees"]
                    ),
                    telefoon=f"06-{rng.randint(10000000, 99999999)}",
                    leeftijd_min=lo,
                    talen=rng.choice(["nl", "nl,en", "nl,ar,tr", None]),
                    rolstoeltoegankelijk=rng.choice((True, False, None)),
                    actief_van=start,
                    actief_tot=start + timedelta(days=rng.randint(30, (today - start).days - 1))
                    if closed
                    else None,
                    plek=rng.choice(("vrij", "vrij", "wachtlijst", "vol", None)),
                    gecontroleerd=max(
                        start,
                        today
                        - timedelta(days=rng.choice((rng.randint(0, 170), rng.randint(190, 500)))),
                    ),
                )
            )
    return n
