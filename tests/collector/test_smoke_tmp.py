from datetime import date

from wor_desk.sync.client import CollectorClient


def test_smoke(desk, make, server):
    for i in range(6):
        make.trajectory(verwijsdatum=date(2026, 3, 2 + i), verwijzer_praktijk="Praktijk De Linde", verwijzer_naam="dr. Jansen",
                        kanaal="zorgdomein", redenen=["eenzaamheid"], client={"gemeente": "Utrecht", "wijk": "Oost", "geslacht": "vrouw"},
                        eerste_contact=date(2026, 3, 9), kennismaking=date(2026, 3, 16))
    token = server.collector.add_desk("d1", "T", "O")
    desk.sync.configure(collector=server.url, token=token, region_secret="geheim")
    from wor_desk.sync import render_table
    print(render_table(desk.sync.preview()[:2]))
    r = desk.sync.sync(client=CollectorClient(server.url, token, backoff=0.01))
    print(r)
    reader = server.collector.add_reader("lead", "region")
    with CollectorClient(server.url, reader) as c:
        print(c.totals("2026-Q1"))
    assert r.ok
