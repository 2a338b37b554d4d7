"""The sociale kaart: entries, validation, search, stale flag, closed entries never offered."""

from datetime import date

import pytest

from wor_desk.catalogue.rules import add_months, is_stale, split_days
from wor_desk.errors import RuleViolation
from wor_desk.values.catalogue import CatalogueFilter

TODAY = date(2026, 11, 23)


def _add(desk, naam="Wandelclub De Stap", **kw):
    fields = {
        "naam": naam,
        "aanbod": "bewegen",
        "aanbieder": "Welzijn Oost",
        "gemeente": "Utrecht",
        "wijk": "Overvecht",
        "dagen": "di, do",
        "gecontroleerd": date(2026, 10, 1),
        **kw,
    }
    aid, _ = desk.catalogue.add(**fields)
    return aid


def test_an_entry_keeps_every_field_the_coach_fills_in(desk):
    aid = _add(
        desk,
        adres="Zamenhofdreef 1",
        postcode="3562jw",
        tijden="10.00-11.30 uur",
        kosten="gratis",
        aanmelden="Gewoon langskomen",
        contactpersoon="Fatima",
        telefoon="030-1234567",
        email="stap@example.nl",
        toegankelijkheid="Rustig tempo, bankjes onderweg",
        rolstoeltoegankelijk=False,
        leeftijd_min=50,
        leeftijd_max=99,
        talen="NL; en",
        actief_van=date(2025, 1, 1),
        actief_tot=date(2027, 12, 31),
        plek="wachtlijst",
    )
    a = desk.catalogue.get(aid)
    assert (a.naam, a.aanbod, a.postcode, a.dagen, a.talen, a.plek) == (
        "Wandelclub De Stap",
        "bewegen",
        "3562 JW",
        "di,do",
        "nl,en",
        "wachtlijst",
    )
    assert (
        a.leeftijd_min == 50
        and a.rolstoeltoegankelijk is False
        and a.actief_tot == date(2027, 12, 31)
    )
    assert len(a.uid) == 36


@pytest.mark.parametrize(
    "fields, field, key",
    [
        ({"naam": "  "}, "naam", "required"),
        ({"aanbod": "yoga"}, "aanbod", "code_unknown"),
        ({"plek": "misschien"}, "plek", "code_unknown"),
        ({"dagen": "ma, feestdag"}, "dagen", "code_unknown"),
        ({"leeftijd_min": 70, "leeftijd_max": 18}, "leeftijd_max", "activity_age_range"),
        ({"leeftijd_min": 150}, "leeftijd_min", "activity_age_invalid"),
        (
            {"actief_van": date(2026, 5, 1), "actief_tot": date(2026, 4, 1)},
            "actief_tot",
            "activity_period_reversed",
        ),
        ({"gecontroleerd": date(2026, 12, 1)}, "gecontroleerd", "activity_checked_future"),
        ({"postcode": "12345"}, "postcode", "postcode_invalid"),
        ({"email": "geen-adres"}, "email", "email_invalid"),
    ],
)
def test_an_invalid_entry_is_refused_with_the_field_and_a_message_that_says_what_to_do(
    desk, fields, field, key
):
    with pytest.raises(RuleViolation) as err:
        _add(desk, **fields)
    assert [(v.field, v.key) for v in err.value.violations] == [(field, key)]
    assert str(err.value)  # a readable Dutch sentence, not a key
    assert desk.catalogue.search(CatalogueFilter(include_closed=True)) == []


def test_search_filters_on_category_wijk_day_and_free_text(desk):
    _add(desk, "Wandelclub De Stap")
    _add(
        desk,
        "Samen koken",
        aanbod="koken_samen_eten",
        wijk="Zuilen",
        dagen="wo",
        omschrijving="Elke week een maaltijd",
    )
    _add(desk, "Koor Zingen voor je plezier", aanbod="muziek_cultuur", wijk="Overvecht", dagen="do")
    names = lambda **kw: [r.activity.naam for r in desk.catalogue.search(CatalogueFilter(**kw))]  # noqa: E731
    assert names(aanbod="bewegen") == ["Wandelclub De Stap"]
    assert names(wijk="overvecht") == ["Koor Zingen voor je plezier", "Wandelclub De Stap"]
    assert names(dag="do") == ["Koor Zingen voor je plezier", "Wandelclub De Stap"]
    assert names(dag="wo") == ["Samen koken"]
    assert names(text="maaltijd") == ["Samen koken"]
    assert names(text="welzijn oost koor") == ["Koor Zingen voor je plezier"]


def test_a_closed_activity_stays_in_history_but_is_left_out_of_the_list(desk):
    _add(desk, "Open", actief_tot=TODAY)
    _add(desk, "Gesloten", actief_tot=date(2026, 11, 22))
    assert [r.activity.naam for r in desk.catalogue.search()] == ["Open"]
    rows = desk.catalogue.search(CatalogueFilter(include_closed=True))
    assert [(r.activity.naam, r.closed) for r in rows] == [("Gesloten", True), ("Open", False)]


def test_entries_not_checked_for_six_months_are_flagged_stale_and_one_action_clears_the_flag(desk):
    fresh = _add(desk, "Vers", gecontroleerd=date(2026, 5, 24))
    _add(desk, "Oud", gecontroleerd=date(2026, 5, 23))
    never = _add(desk, "Nooit", gecontroleerd=None)
    stale = [r.activity.naam for r in desk.catalogue.search(CatalogueFilter(only_stale=True))]
    assert stale == ["Nooit", "Oud"]
    desk.catalogue.mark_checked(never)
    assert desk.catalogue.get(never).gecontroleerd == TODAY
    assert [r.activity.naam for r in desk.catalogue.search(CatalogueFilter(only_stale=True))] == [
        "Oud"
    ]
    assert not next(r for r in desk.catalogue.search() if r.id == fresh).stale


def test_the_stale_period_is_a_profile_setting(desk):
    _add(desk, "Drie maanden", gecontroleerd=date(2026, 8, 1))
    assert desk.catalogue.search(CatalogueFilter(only_stale=True)) == []
    desk.update_settings(sociale_kaart_controle_maanden=3)
    assert [r.activity.naam for r in desk.catalogue.search(CatalogueFilter(only_stale=True))] == [
        "Drie maanden"
    ]


def test_month_arithmetic_keeps_the_end_of_month():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 5, 23), 6) == date(2026, 11, 23)
    assert is_stale(date(2026, 5, 23), TODAY) and not is_stale(date(2026, 5, 24), TODAY)


def test_days_are_read_in_dutch_english_and_open_referral_spelling():
    assert split_days("WE,MO") == ("ma", "wo")
    assert split_days("maandag woensdag") == ("ma", "wo")
    assert split_days("Friday; za") == ("vr", "za")


def test_an_entry_never_proposed_can_be_deleted_one_with_history_must_be_closed(desk, make):
    lone = _add(desk, "Los")
    desk.catalogue.delete(lone)
    assert desk.catalogue.search(CatalogueFilter(include_closed=True)) == []
    used = _add(desk, "Gebruikt")
    tid = make.trajectory(kennismaking=date(2026, 3, 10))
    desk.matching.propose(tid, [used], on=date(2026, 3, 12))
    with pytest.raises(RuleViolation) as err:
        desk.catalogue.delete(used)
    assert err.value.violations[0].key == "activity_in_use"


def test_the_entry_shows_who_was_matched_to_it(desk, make):
    aid = _add(desk)
    t1 = make.trajectory(
        kennismaking=date(2026, 3, 10), client={"voornaam": "Anna", "achternaam": "Bakker"}
    )
    t2 = make.trajectory(
        kennismaking=date(2026, 4, 10),
        verwijsdatum=date(2026, 4, 1),
        client={"voornaam": "Bram", "achternaam": "Smit"},
    )
    (m1,), _ = desk.matching.propose(t1, [aid], on=date(2026, 3, 12))
    desk.matching.record_outcome(m1, "geaccepteerd", date(2026, 3, 13), start=date(2026, 3, 17))
    (m2,), _ = desk.matching.propose(t2, [aid], on=date(2026, 4, 12))
    desk.matching.record_outcome(m2, "afgewezen", date(2026, 4, 13), afwijsreden="tijd")
    who = desk.catalogue.matched_to(aid)
    assert [(w.naam, w.uitkomst, w.start) for w in who] == [
        ("Bram Smit", "afgewezen", None),
        ("Anna Bakker", "geaccepteerd", date(2026, 3, 17)),
    ]
    row = desk.catalogue.search()[0]
    assert (row.proposals, row.taking_part) == (2, 1)


def test_erasing_a_client_takes_their_proposals_along(desk, make):
    aid = _add(desk)
    tid = make.trajectory(kennismaking=date(2026, 3, 10))
    desk.matching.propose(tid, [aid], on=date(2026, 3, 12))
    desk.delete_client(desk.trajectory(tid).client.id)
    assert desk.catalogue.matched_to(aid) == []
    desk.catalogue.delete(aid)


def test_the_demo_catalogue_obeys_the_rules_it_is_checked_by(desk):
    from wor_desk.catalogue.demo import fill_catalogue
    from wor_desk.catalogue.rules import ACTIVITY_FIELDS, check_activity

    fill_catalogue(desk, 200, seed=5)
    rows = desk.catalogue.search(CatalogueFilter(include_closed=True))
    assert len(rows) == 200 and any(r.closed for r in rows) and any(r.stale for r in rows)
    assert [
        r.activity.naam
        for r in rows
        if check_activity({k: getattr(r.activity, k) for k in ACTIVITY_FIELDS}, TODAY)
    ] == []
