"""Hostile pushes get a 4xx answer, never a 500: a deeply nested JSON body, a month before
2000 (refused like a month in the future), a category with control characters."""

from __future__ import annotations

import pytest

from tests.collector.test_payload_validation import month, post, redigest


@pytest.mark.parametrize("depth", [5_000, 100_000])
def test_a_deeply_nested_json_body_is_400_not_500(server, depth):
    token = server.collector.add_desk("d", "T", "O")
    r = post(server, token, None, raw=b"[" * depth + b"]" * depth)
    assert r.status_code == 400, r.text
    body = b'{"schema": 1, "months": ' + b"[" * depth + b"]" * depth + b"}"
    assert post(server, token, None, raw=body).status_code in (400, 422)
    assert server.collector.list_desks()[0].months == 0


@pytest.mark.parametrize("period", ["1999-12", "1900-01"])
def test_a_month_before_2000_is_refused_like_the_future(server, period):
    token = server.collector.add_desk("d", "T", "O")
    r = post(server, token, {"schema": 1, "months": [month(period)]})
    assert r.status_code == 200
    m = r.json()["months"][0]
    assert (m["status"], m["reason"]) == ("geweigerd", "te_oud") and "2000" in m["message"]
    assert server.collector.list_desks()[0].months == 0


@pytest.mark.parametrize(
    "bad", ["Utrecht\u0085", "Utr\u009becht", "Ut\u2028recht", "\u202eUtrecht"]
)
def test_a_category_with_control_characters_is_refused(server, bad):
    token = server.collector.add_desk("d", "T", "O")
    m = month("2026-02")
    for c in m["cells"]:
        if c["indicator"] == "verwijzingen_per_gemeente":
            c["category"] = bad
            break
    else:  # pragma: no cover - the fixture month always has a gemeente row
        raise AssertionError("no gemeente cell")
    redigest(m)
    r = post(server, token, {"schema": 1, "months": [m]})
    assert r.status_code == 422, r.text
    assert server.collector.list_desks()[0].months == 0
