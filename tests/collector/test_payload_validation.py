"""The collector refuses every payload that is not exactly the schema, with a clear 4xx."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.collector.conftest import free_port
from wor_desk.sync.wire import MAX_BODY_BYTES, month_digest


def month(period="2026-03", revision=1, k=5, cells=None, practices=None):
    cells = (
        cells
        if cells is not None
        else [
            {"indicator": "verwijzingen", "category": "totaal", "value": 6},
            {"indicator": "intakes", "category": "totaal", "value": 0},
            {"indicator": "verwijzingen_per_gemeente", "category": "Utrecht", "value": 6},
            {"indicator": "verwijzingen_per_wijk", "category": "onbekend", "value": 6},
            {"indicator": "verwijzingen_per_geslacht", "category": "vrouw", "value": 6},
            {"indicator": "verwijzingen_per_leeftijdsgroep", "category": "45-64", "value": 6},
            {"indicator": "verwijzingen_per_verwijzertype", "category": "huisarts", "value": 6},
            {"indicator": "verwijzende_praktijken", "category": "totaal", "value": 1},
            {"indicator": "contact_binnen_5_werkdagen", "category": "totaal", "value": 3},
            {"indicator": "contact_binnen_5_werkdagen_pct", "category": "totaal", "value": 50.0},
            {"indicator": "terugkoppeling_gegeven", "category": "totaal", "value": 0},
        ]
    )
    practices = practices if practices is not None else ["a" * 64]
    return {
        "period": period,
        "revision": revision,
        "digest": month_digest(period, k, cells, practices),
        "k": k,
        "cells": cells,
        "practices": practices,
    }


def post(server, token, body, raw=None):
    headers = {"Authorization": f"Bearer {token}"}
    if raw is not None:
        return httpx.post(
            server.url + "/api/v1/push",
            content=raw,
            headers={**headers, "content-type": "application/json"},
        )
    return httpx.post(server.url + "/api/v1/push", json=body, headers=headers)


def redigest(m):
    m["digest"] = month_digest(m["period"], m["k"], m["cells"], m["practices"])
    return m


def test_a_valid_hand_made_payload_is_accepted(server):
    token = server.collector.add_desk("d", "T", "O")
    r = post(server, token, {"schema": 1, "months": [month()]})
    assert r.status_code == 200, r.text
    assert r.json()["months"][0]["status"] == "nieuw"


def _mutations():
    def unknown_top(b):
        b["extra"] = 1

    def unknown_month_field(b):
        b["months"][0]["naam"] = "Jan Jansen"

    def unknown_cell_field(b):
        b["months"][0]["cells"][0]["postcode"] = "3511 AB"

    def unknown_indicator(b):
        b["months"][0]["cells"].append({"indicator": "namen", "category": "totaal", "value": 1})

    def wrong_code(b):
        b["months"][0]["cells"][4]["category"] = "onzin"

    def negative(b):
        b["months"][0]["cells"][0]["value"] = -1

    def absurd(b):
        b["months"][0]["cells"][0]["value"] = 10**12

    def boolean(b):
        b["months"][0]["cells"][0]["value"] = True

    def text_value(b):
        b["months"][0]["cells"][0]["value"] = "6"

    def fractional_count(b):
        b["months"][0]["cells"][0]["value"] = 6.5

    def pct_over_100(b):
        b["months"][0]["cells"][9]["value"] = 150.0

    def day_period(b):
        b["months"][0]["period"] = "2026-03-14"

    def bad_hash(b):
        b["months"][0]["practices"] = ["Praktijk De Linde"]

    def digest_mismatch(b):
        b["months"][0]["cells"][0]["value"] = 7

    def zero_breakdown(b):
        b["months"][0]["cells"][2]["value"] = 0

    def suppressed_total(b):
        b["months"][0]["cells"][0] = {
            "indicator": "verwijzingen",
            "category": "totaal",
            "suppressed": True,
        }

    def duplicate_cell(b):
        b["months"][0]["cells"].append(dict(b["months"][0]["cells"][2]))

    def control_chars(b):
        b["months"][0]["cells"][2]["category"] = "Utrecht\n"

    def wrong_schema(b):
        b["schema"] = 3

    def no_months(b):
        b["months"] = []

    def tiny_k(b):
        b["months"][0]["k"] = 1

    return {
        f.__name__: f
        for f in (
            unknown_top,
            unknown_month_field,
            unknown_cell_field,
            unknown_indicator,
            wrong_code,
            negative,
            absurd,
            boolean,
            text_value,
            fractional_count,
            pct_over_100,
            day_period,
            bad_hash,
            digest_mismatch,
            zero_breakdown,
            suppressed_total,
            duplicate_cell,
            control_chars,
            wrong_schema,
            no_months,
            tiny_k,
        )
    }


MUTATIONS = _mutations()


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_malformed_payloads_are_refused_with_422_and_a_reason(server, name):
    token = server.collector.add_desk("d", "T", "O")
    body = {"schema": 1, "months": [month()]}
    MUTATIONS[name](body)
    if name not in ("digest_mismatch",) and body.get("months"):
        m = body["months"][0]
        try:
            redigest(m)  # so the digest is not the reason (except where it is the point)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass
    r = post(server, token, body)
    assert r.status_code == 422, (name, r.text)
    data = r.json()
    assert data["error"] == "payload_invalid" and data["problems"]
    assert server.collector.list_desks()[0].months == 0


def test_inconsistent_counts_are_refused_per_month_with_the_reason(server):
    token = server.collector.add_desk("d", "T", "O")
    good = month("2026-02")
    bad = month("2026-03", practices=["a" * 64, "b" * 64])  # two hashes, verwijzende_praktijken 1
    r = post(server, token, {"schema": 1, "months": [good, bad]})
    assert r.status_code == 200
    by = {m["period"]: m for m in r.json()["months"]}
    assert by["2026-02"]["status"] == "nieuw"
    assert by["2026-03"]["status"] == "geweigerd" and by["2026-03"]["reason"] == "inconsistent"
    assert by["2026-03"]["cells"]["refused"] == len(bad["cells"]) and r.json()["cells"][
        "refused"
    ] == len(bad["cells"])


def test_a_month_in_the_future_is_refused(server):
    token = server.collector.add_desk("d", "T", "O")
    r = post(server, token, {"schema": 1, "months": [month("2027-01")]})
    assert r.json()["months"][0]["reason"] == "toekomst"


def test_not_json_is_400_and_oversize_is_413(server):
    token = server.collector.add_desk("d", "T", "O")
    assert post(server, token, None, raw=b"{not json").status_code == 400
    big = b'{"schema": 1, "months": [' + b" " * (MAX_BODY_BYTES + 10) + b"]}"
    r = post(server, token, None, raw=big)
    assert r.status_code == 413 and "larger" in r.json()["message"]

    def chunks():  # no Content-Length: the limit holds while streaming too
        for _ in range(MAX_BODY_BYTES // 65536 + 2):
            yield b" " * 65536

    r = httpx.post(
        server.url + "/api/v1/push", content=chunks(), headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 413


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(junk=json_values, where=st.sampled_from(["body", "month", "cell", "value"]))
def test_hostile_json_is_always_a_4xx_and_never_stored(server, junk, where):
    token = server.collector.add_desk(f"d{time.monotonic_ns()}", "T", "O")
    body = {"schema": 1, "months": [month()]}
    if where == "body":
        body = junk
    elif where == "month":
        body["months"][0] = junk
    elif where == "cell":
        body["months"][0]["cells"][2] = junk
    else:
        body["months"][0]["cells"][2]["value"] = junk
    r = post(server, token, None, raw=json.dumps(body).encode())
    if r.status_code == 200:  # junk that happens to be valid (e.g. the value 6 again)
        assert all(m["status"] in ("nieuw", "geweigerd") for m in r.json()["months"])
    else:
        assert 400 <= r.status_code < 500, r.text


def test_the_collector_logs_no_payload_content(tmp_path, collector_db):
    """`wor-desk collector serve` as a real process: its log shows who pushed, never what."""
    from wor_desk.collector.service import Collector

    c = Collector.open(collector_db)
    token = c.add_desk("d", "T", "O")
    c.close()
    port = free_port()
    env = {**os.environ, "WOR_DESK_HOME": str(tmp_path / "home"), "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "wor_desk",
            "collector",
            "--db",
            collector_db,
            "serve",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(url + "/api/v1/health").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        secret_place = "Oudewater-Zuidbroek"
        m = month(cells=None)
        m["cells"][2]["category"] = secret_place
        redigest(m)
        assert (
            httpx.post(
                url + "/api/v1/push",
                json={"schema": 1, "months": [m]},
                headers={"Authorization": f"Bearer {token}"},
            ).status_code
            == 200
        )
        bad = copy.deepcopy(m)
        bad["cells"][2]["category"] = secret_place + "\x01"
        redigest(bad)
        assert (
            httpx.post(
                url + "/api/v1/push",
                json={"schema": 1, "months": [bad]},
                headers={"Authorization": f"Bearer {token}"},
            ).status_code
            == 422
        )
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    log = out.decode("utf-8", "replace")
    assert "push: desk=" in log and "push refused" in log  # it does log
    assert secret_place not in log and token not in log and "Utrecht" not in log
