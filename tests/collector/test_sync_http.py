"""The desk's sync against a real collector on 127.0.0.1 (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import json
import re
from datetime import date

import httpx
import pytest

from wor_desk import counts
from wor_desk.desk import Desk
from wor_desk.sync.client import CollectorClient
from wor_desk.sync.errors import TokenRejected

TODAY = date(2026, 11, 23)
PASS = "correct paard batterij niet"


def fast(url, token, **kw):
    return CollectorClient(url, token, backoff=0.01, **kw)


def add_referrals(make, n, day, **kw):
    client = {
        "gemeente": "Utrecht",
        "wijk": "Oost",
        "geslacht": "vrouw",
        "geboortedatum": date(1960, 5, 1),
        **kw.pop("client", {}),
    }
    base = {
        "verwijzer_praktijk": "Praktijk De Linde",
        "kanaal": "zorgdomein",
        "redenen": ["eenzaamheid"],
        "eerste_contact": day,
        "kennismaking": day,
    }
    for _ in range(n):
        make.trajectory(verwijsdatum=day, client=client, **{**base, **kw})


def setup_desk(desk, server, name="d1", team="T", org="O"):
    token = server.collector.add_desk(name, team, org)
    desk.sync.configure(collector=server.url, token=token, region_secret="regio-geheim-voor-tests")
    return token


def by_period(result):
    return {m["period"]: m for m in result.months}


def totals(server, period, scope="region", name=None):
    token = server.collector.add_reader(name or f"r-{scope}-{period}", scope)
    with fast(server.url, token) as c:
        text = c.totals(period)
    rows = [line.split(",") for line in text.strip().splitlines()[1:]]
    return {(r[1], r[2]): r[3] for r in rows}


def test_push_answers_with_a_summary_and_totals_equal_the_desk_codebook(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    result = desk.sync.sync(client=fast(server.url, token))
    assert result.ok and result.sent == ["2026", "2026-03", "2026-Q1"]
    month = by_period(result)["2026-03"]
    assert month["status"] == "nieuw" and month["cells"]["accepted"] == len(
        counts.compute(desk, "2026-03")
    )
    got = totals(server, "2026-03")
    local = {
        (c.indicator, c.category): counts.format_value(c.value)
        for c in counts.compute(desk, "2026-03")
    }
    assert got == local
    st = desk.sync.state()
    assert st.waiting == () and st.last_success is not None and st.last_error is None


def test_a_correction_replaces_the_month_and_totals_never_double(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    desk.sync.sync(client=fast(server.url, token))
    add_referrals(make, 2, date(2026, 3, 10))  # late registrations
    result = desk.sync.sync(client=fast(server.url, token))
    assert result.queued == ["2026", "2026-03", "2026-Q1"]
    month = by_period(result)["2026-03"]
    assert month["status"] == "bijgewerkt" and month["revision"] == 2
    assert month["cells"]["updated"] > 0 and month["cells"]["unchanged"] > 0
    assert totals(server, "2026")[("verwijzingen", "totaal")] == "8"
    again = desk.sync.sync(client=fast(server.url, token))
    assert again.queued == [] and again.months == []  # nothing changed: nothing sent


class DropFirstResponse(httpx.HTTPTransport):
    """Delivers the request to the real server, then loses the answer (once)."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped = 0

    def handle_request(self, request):
        response = super().handle_request(request)
        if request.url.path.endswith("/push") and not self.dropped:
            response.read()
            self.dropped += 1
            raise httpx.ReadError("connection reset after the server answered")
        return response


def test_a_retry_after_a_dropped_response_counts_once(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    transport = DropFirstResponse()
    result = desk.sync.sync(client=fast(server.url, token, transport=transport))
    assert transport.dropped == 1 and server.faults.seen_pushes == 2
    assert result.ok and result.months[0]["status"] == "ongewijzigd"  # the first one had arrived
    assert totals(server, "2026-03")[("verwijzingen", "totaal")] == "6"


def test_server_down_keeps_months_waiting_and_they_leave_when_it_is_back(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    add_referrals(make, 5, date(2026, 4, 6))
    token = setup_desk(desk, server)
    server.stop()
    result = desk.sync.sync(client=fast(server.url, token, timeout=2))
    assert result.error is not None and result.error.retryable and result.sent == []
    st = desk.sync.state()
    assert (
        st.waiting == ("2026", "2026-03", "2026-04", "2026-Q1", "2026-Q2")
        and st.next_attempt is not None
        and "niet bereikbaar" in st.last_error
    )
    rows = {r.period: r for r in desk.sync.outbox()}
    assert rows["2026-03"].attempts == 1 and rows["2026-03"].waiting
    server.start()
    result = desk.sync.sync(client=fast(server.url, token))
    assert result.ok and result.sent == ["2026", "2026-03", "2026-04", "2026-Q1", "2026-Q2"]
    assert desk.sync.state().waiting == ()


def test_server_errors_are_retried_with_backoff_then_succeed(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    server.faults.fail = 2
    result = desk.sync.sync(client=fast(server.url, token, tries=3))
    assert result.ok and server.faults.seen_pushes == 3


def test_persistent_server_errors_leave_the_outbox_waiting_with_a_readable_reason(
    desk, make, server
):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    server.faults.fail = 99
    result = desk.sync.sync(client=fast(server.url, token, tries=2))
    assert result.error is not None and "500" in str(result.error)
    assert desk.sync.state().waiting == ("2026", "2026-03", "2026-Q1")
    assert totals(server, "2026-03")[("verwijzingen", "totaal")] == "0"


def test_a_timeout_is_retried_and_the_month_arrives_once(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    server.faults.slow, server.faults.delay = 1, 2.0
    result = desk.sync.sync(client=fast(server.url, token, timeout=0.5, tries=3))
    assert result.ok
    assert totals(server, "2026-03")[("verwijzingen", "totaal")] == "6"


def test_unknown_and_revoked_tokens_are_refused(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2))
    setup_desk(desk, server)
    with pytest.raises(TokenRejected) as unknown:
        desk.sync.sync(client=fast(server.url, "wdd_not-a-token"))
    assert unknown.value.params["status"] == 401
    token = server.collector.add_desk("d2", "T", "O")
    server.collector.revoke_desk("d2")
    with pytest.raises(TokenRejected) as revoked:
        desk.sync.sync(client=fast(server.url, token))
    assert revoked.value.params["status"] == 403 and "ingetrokken" in str(revoked.value)
    assert desk.sync.state().waiting == ("2026", "2026-03", "2026-Q1")


def test_reader_tokens_cannot_push_and_desk_tokens_cannot_read(server):
    desk_token = server.collector.add_desk("d1", "T", "O")
    reader_token = server.collector.add_reader("lead", "region")
    r = httpx.post(
        server.url + "/api/v1/push",
        json={"schema": 1, "months": []},
        headers={"Authorization": f"Bearer {reader_token}"},
    )
    assert r.status_code == 403
    r = httpx.get(
        server.url + "/api/v1/totals",
        params={"period": "2026"},
        headers={"Authorization": f"Bearer {desk_token}"},
    )
    assert r.status_code == 403
    r = httpx.get(server.url + "/api/v1/totals", params={"period": "2026"})
    assert r.status_code == 401


def test_totals_across_desks_equal_the_sum_of_their_codebook_counts(home, collector_db):
    from tests.collector.conftest import RunningCollector
    from wor_desk.collector.service import Collector

    coll = Collector.open(collector_db, k=2, today=lambda: TODAY)
    server = RunningCollector(coll).start()
    desks = []
    try:
        plans = [  # every category at least 2 (k = 2): nothing is suppressed
            (
                "noord",
                [
                    ("Utrecht", "Oost", "man", "Praktijk De Linde"),
                    ("Zeist", "Centrum", "vrouw", "Huisartsen Zeist"),
                ],
            ),
            (
                "zuid",
                [
                    ("Utrecht", "Oost", "vrouw", "praktijk de  linde"),
                    ("Houten", "Zuid", "vrouw", "Praktijk Houten"),
                ],
            ),
            ("west", [("Nieuwegein", "Batau", "man", "Huisartsen Zeist")]),
        ]
        for i, (name, groups) in enumerate(plans):
            d = Desk.create(f"desk-{name}", PASS, today=lambda: TODAY)
            desks.append(d)
            from tests.conftest import Factory

            make = Factory(d)
            for j, (gem, wijk, gesl, praktijk) in enumerate(groups):
                for month in (1, 2, 4):
                    add_referrals(
                        make,
                        2 + i,
                        date(2026, month, 5 + j),
                        verwijzer_praktijk=praktijk,
                        client={"gemeente": gem, "wijk": wijk, "geslacht": gesl},
                    )
            token = coll.add_desk(name, "T" if name != "west" else "W", "O")
            d.sync.configure(
                collector=server.url, token=token, region_secret="regio-geheim-voor-tests"
            )
            assert d.sync.sync(client=fast(server.url, token)).ok
        for period in ("2026-01", "2026-Q1", "2026"):
            got = totals(server, period)
            expected: dict[tuple[str, str], int] = {}
            for d in desks:
                for m in counts.months_of(period):
                    for c in counts.compute(d, m):
                        if (
                            c.indicator not in counts.DECIMALS
                            and c.indicator != "verwijzende_praktijken"
                        ):
                            expected[(c.indicator, c.category)] = expected.get(
                                (c.indicator, c.category), 0
                            ) + int(c.value)
            for key, n in expected.items():
                if key[0] in counts.BREAKDOWNS and n == 0:
                    continue
                assert got[key] == str(n), key
            assert not any(
                "-" in v for k, v in got.items() if k[0] in counts.BREAKDOWNS
            )  # no ranges: nothing suppressed
            # three practices across the desks ("Praktijk De Linde" twice, spelled differently)
            assert got[("verwijzende_praktijken", "totaal")] == "3"
            ref = int(got[("verwijzingen", "totaal")])
            assert got[("contact_binnen_5_werkdagen_pct", "totaal")] == counts.format_value(
                counts.percentage(int(got[("contact_binnen_5_werkdagen", "totaal")]), ref)
            )
        team_t = totals(server, "2026", scope="team:T", name="lead-T")
        assert int(team_t[("verwijzingen", "totaal")]) == sum(
            int(counts.value_of(counts.compute(d, "2026"), "verwijzingen")) for d in desks[:2]
        )
    finally:
        for d in desks:
            d.close()
        server.stop()
        coll.close()


def test_small_numbers_arrive_suppressed_and_totals_show_an_honest_range(desk, make, server):
    add_referrals(make, 6, date(2026, 3, 2), client={"gemeente": "Utrecht"})
    add_referrals(make, 2, date(2026, 3, 3), client={"gemeente": "Zeist"})
    add_referrals(make, 3, date(2026, 3, 4), client={"gemeente": "Houten"})
    token = setup_desk(desk, server)
    assert desk.sync.sync(client=fast(server.url, token)).ok
    got = totals(server, "2026-03")
    assert got[("verwijzingen", "totaal")] == "11"  # totals exact
    assert got[("verwijzingen_per_gemeente", "Utrecht")] == "6"
    # Zeist (2) and Houten (3) are suppressed; each lies somewhere in 1..4
    assert got[("verwijzingen_per_gemeente", "Zeist")] == "1-4"
    assert got[("verwijzingen_per_gemeente", "Houten")] == "1-4"


def test_the_region_k_from_the_collector_is_followed(desk, make, server):
    server.collector.k = 7
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    assert desk.sync.sync(client=fast(server.url, token)).ok
    assert desk.sync.k() == 7
    payload = json.loads(_payload(desk, "2026-03"))
    assert payload["k"] == 7
    assert all(
        c.get("suppressed") or c["category"] == "*"
        for c in payload["cells"]
        if c["indicator"] in counts.BREAKDOWNS
    )


def _payload(desk, period):
    from wor_desk.domain.sync import SyncMonth

    with desk.session() as s:
        return s.get(SyncMonth, period).payload


def test_a_desk_behind_the_collector_catches_up_past_its_revision(desk, make, server):
    """After restoring an old backup the desk's revisions restart below the collector's."""
    add_referrals(make, 6, date(2026, 3, 2))
    token = setup_desk(desk, server)
    for n in range(3):  # revisions 1..3 at the collector
        add_referrals(make, 1, date(2026, 3, 10 + n))
        assert desk.sync.sync(client=fast(server.url, token)).ok
    from wor_desk.domain.sync import SyncMonth

    with desk.store.transaction() as s:  # forget the outbox, as a restored old backup would
        s.delete(s.get(SyncMonth, "2026-03"))
    add_referrals(make, 1, date(2026, 3, 20))
    first = desk.sync.sync(client=fast(server.url, token))
    march = by_period(first)["2026-03"]
    assert march["status"] == "geweigerd" and march["reason"] == "verouderd"
    second = desk.sync.sync(client=fast(server.url, token))
    assert second.ok and by_period(second)["2026-03"]["revision"] == 4
    assert totals(server, "2026-03")[("verwijzingen", "totaal")] == "10"


def test_the_sync_command_remembers_collector_token_and_secret(
    desk, make, server, monkeypatch, capsys
):
    from wor_desk.cli import main

    add_referrals(make, 6, date(2026, 3, 2))
    token = server.collector.add_desk("cli", "T", "O")
    desk.close()
    monkeypatch.setenv("WOR_DESK_PASSPHRASE", PASS)
    args = ["--profile", "test", "sync"]
    assert (
        main(
            [
                *args,
                "--collector",
                server.url,
                "--token",
                token,
                "--region-secret",
                "regio-geheim-voor-tests",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Verzonden: 1 maand(en), 2 kwartaal/jaar" in out and "Wacht nog: niets" in out
    with Desk.open("test", PASS, today=lambda: TODAY) as d:  # a late registration, later
        d.register_referral(
            client={"achternaam": "Laat", "gemeente": "Utrecht"},
            verwijsdatum=date(2026, 3, 20),
            verwijzer_type="zelf",
        )
    assert main(args) == 0  # URL, token and secret come from the profile
    assert re.search(
        r"Verzonden: 1 maand\(en\), 2 kwartaal/jaar; cellen: \d+ nieuw, [1-9]\d* bijgewerkt",
        capsys.readouterr().out,
    )
    assert main([*args, "--status"]) == 0
    assert "Laatste geslaagde synchronisatie" in capsys.readouterr().out
