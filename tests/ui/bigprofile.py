"""Fill a profile with many made-up trajectories quickly (bulk insert through the store layer),
for the large-profile tests and the UI benchmark. Each client has one trajectory at a step
that follows from its dates, so derived steps and statuses are varied and consistent."""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert

from wor_desk import codes
from wor_desk.domain.models import Client, Contact, Feedback, Trajectory, TrajectoryReason

FIRST = ["Anna", "Bram", "Chantal", "Daan", "Esra", "Fleur", "Gijs", "Hanna", "Ibrahim", "Joke", "Kees", "Lotte",
         "Mohamed", "Noor", "Olga", "Pieter", "Rachid", "Saskia", "Tom", "Ulla", "Vera", "Wim", "Yara", "Zeynep"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
        "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "Yilmaz",
        "El Amrani", "Kaya", "Öztürk"]
PRACTICES = ["Huisartsenpraktijk De Linde", "Gezondheidscentrum Noord", "Praktijk Oosterpoort", "Huisartsen Zuidhorn",
             "Medisch Centrum West", "Praktijk Het Anker"]
GP = ["dr. Bosman", "dr. Kuipers", "dr. Haddou", "dr. Verbeek", "dr. Lammers", "mw. Postma (POH)"]
WIJKEN = [("Groningen", "Oosterpoort"), ("Groningen", "Vinkhuizen"), ("Groningen", "Beijum"), ("Westerkwartier", "Zuidhorn"),
          ("Westerkwartier", "Leek"), ("Midden-Groningen", "Hoogezand")]


def fill_bulk(desk, n: int, seed: int = 7, today: date | None = None) -> None:
    rnd = random.Random(seed)
    today = today or desk.today()
    vtypes = [c for c in codes.VERWIJZER_TYPE.codes() if c != "zelf"]
    aanbod = codes.AANBOD.codes()
    redenen = codes.REDEN.codes()
    clients, trajs, reasons, contacts, feedback = [], [], [], [], []
    for i in range(1, n + 1):
        gem, wijk = rnd.choice(WIJKEN)
        clients.append(dict(id=i, client_nr=f"B{i:06d}", voornaam=rnd.choice(FIRST), achternaam=rnd.choice(LAST),
                            geboortedatum=date(rnd.randint(1940, 2005), rnd.randint(1, 12), rnd.randint(1, 28)),
                            geslacht=rnd.choice(["man", "vrouw", "x", "onbekend"]),
                            postcode=f"{rnd.randint(9700, 9999)} {rnd.choice('ABCDEFGH')}{rnd.choice('KLMNPRST')}",
                            gemeente=gem, wijk=wijk))
        verwijs = today - timedelta(days=rnd.randint(0, 3 * 365))
        t = dict(id=i, client_id=i, verwijsdatum=verwijs, verwijzer_type=rnd.choice(vtypes),
                 verwijzer_naam=rnd.choice(GP), verwijzer_praktijk=rnd.choice(PRACTICES), kanaal="zorgdomein",
                 toestemming_gegevens=True, toestemming_terugkoppeling=rnd.random() < 0.8)
        age = (today - verwijs).days
        stage = rnd.random()
        if age > 200:
            stage = 0.55 + stage * 0.45  # old referrals have (almost) all been worked through
        if age > 3 and stage > 0.1:
            t["eerste_contact"] = verwijs + timedelta(days=rnd.randint(1, 3))
        if age > 14 and stage > 0.25:
            t["kennismaking"] = t["eerste_contact"] + timedelta(days=rnd.randint(3, 10))
        if age > 40 and stage > 0.4:
            t["aanbod"] = rnd.choice(aanbod)
            t["activiteit"] = "Wandelgroep" if t["aanbod"] == "bewegen" else "Activiteit in de wijk"
            t["start_activiteit"] = t["kennismaking"] + timedelta(days=rnd.randint(7, 25))
        if age > 120 and stage > 0.5:
            nazorg = t["start_activiteit"] + timedelta(weeks=6)
            contacts.append(dict(traject_id=i, soort="nazorg", datum=nazorg, gepland=False, uitkomst="neemt_deel"))
            t["afgerond"] = nazorg + timedelta(days=rnd.randint(0, 20))
            t["afsluitreden"] = rnd.choice(["afgerond_doel_bereikt", "activiteit_loopt"])
        elif age > 60 and (stage > 0.3 or age > 200) and "eerste_contact" in t:
            t["afgerond"] = verwijs + timedelta(days=rnd.randint(30, 90))
            t["afsluitreden"] = rnd.choice(["uitgevallen", "niet_bereikbaar", "geen_behoefte"])
        if t["toestemming_terugkoppeling"] and t.get("kennismaking") and stage > 0.3:
            feedback.append(dict(traject_id=i, datum=t["kennismaking"], moment="intake", kanaal="zorgdomein"))
        if t["toestemming_terugkoppeling"] and t.get("afgerond") and stage > 0.3:
            feedback.append(dict(traject_id=i, datum=t["afgerond"], moment="afronding", kanaal="zorgdomein"))
        for k in ("eerste_contact", "kennismaking", "aanbod", "activiteit", "start_activiteit", "afgerond", "afsluitreden"):
            t.setdefault(k, None)
        trajs.append(t)
        for r in rnd.sample(redenen, rnd.randint(1, 2)):
            reasons.append(dict(traject_id=i, code=r))
    with desk.store.transaction() as s:
        s.execute(insert(Client.__table__), clients)
        s.execute(insert(Trajectory.__table__), trajs)
        s.execute(insert(TrajectoryReason.__table__), reasons)
        for table, rows in ((Contact.__table__, contacts), (Feedback.__table__, feedback)):
            if rows:
                s.execute(insert(table), rows)
