"""Nothing that identifies a person leaves the desk: every byte sent for a realistic profile
(the demo caseload, three years) is scanned for every name, birth date, postcode, client
number, contact detail, referrer, practice and free text in the store."""

from __future__ import annotations

import re

import httpx
from sqlalchemy import text

from wor_desk import codes, counts, demo
from wor_desk.sync.client import CollectorClient


class Recording(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[str] = []

    def handle_request(self, request):
        request.read()
        self.bodies.append(request.url.query.decode() + "\n" + request.content.decode("utf-8"))
        return super().handle_request(request)


def _strings(desk, sql: str) -> set[str]:
    with desk.session() as s:
        return {r[0] for r in s.connection().execute(text(sql)) if r[0]}


def test_no_personal_data_in_any_payload_of_a_realistic_profile(desk, server):
    n = demo.fill(desk, clients=400, seed=7)
    assert n > 400
    token = server.collector.add_desk("demo", "T", "O")
    desk.sync.configure(collector=server.url, token=token, region_secret="regio-geheim-voor-tests")
    rec = Recording()
    result = desk.sync.sync(client=CollectorClient(server.url, token, transport=rec))
    assert result.ok and len(result.sent) >= 30
    sent = "\n".join(b for b in rec.bodies if b.strip())
    assert '"cells"' in sent and len(sent) > 20_000

    places = _strings(desk, "SELECT gemeente FROM client") | _strings(
        desk, "SELECT wijk FROM client"
    )
    allowed = (
        places | {c for cl in codes.ALL_LISTS.values() for c in cl.codes()} | set(counts.INDICATORS)
    )
    first = _strings(desk, "SELECT voornaam FROM client")
    last = _strings(desk, "SELECT achternaam FROM client")
    words = (
        first
        | last
        | _strings(desk, "SELECT verwijzer_naam FROM traject")
        | _strings(desk, "SELECT verwijzer_praktijk FROM traject")
    )
    words |= _strings(desk, "SELECT voornaam || ' ' || achternaam FROM client")
    words |= _strings(desk, "SELECT client_nr FROM client") | _strings(
        desk, "SELECT telefoon FROM client"
    )
    words |= _strings(desk, "SELECT email FROM client")
    for col in (
        "klachten",
        "reden_omschrijving",
        "behoefte",
        "activiteit",
        "aanbieder",
        "afsluit_toelichting",
    ):
        words |= _strings(desk, f"SELECT {col} FROM traject")
    words |= _strings(desk, "SELECT notitie FROM contact") | _strings(
        desk, "SELECT reden FROM pauze"
    )
    words |= _strings(desk, "SELECT notitie FROM terugkoppeling")
    words = {w for w in words if w not in allowed}
    assert (
        len(first) > 20 and len(last) > 20 and any("dr." in w for w in words)
    )  # the scan looks for real things
    found = [w for w in words if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", sent)]
    assert found == []
    practice_keys = {
        counts.practice_key(p) for p in _strings(desk, "SELECT verwijzer_praktijk FROM traject")
    }
    assert not [k for k in practice_keys if k and k in sent.lower()]

    postcodes = _strings(desk, "SELECT postcode FROM client")
    assert len(postcodes) > 50
    assert not [p for p in postcodes if p in sent or p.replace(" ", "") in sent]
    births = _strings(desk, "SELECT geboortedatum FROM client")
    assert len(births) > 50
    for b in births:
        y, m, d = str(b)[:10].split("-")
        assert f"{y}-{m}-{d}" not in sent and f"{d}-{m}-{y}" not in sent
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", sent), "a date finer than the month"
    assert not re.search(r"\b\d{2}-\d{2}-\d{4}\b", sent), "a date finer than the month"
