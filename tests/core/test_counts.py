"""The codebook of INDICATORS.md, row by row, on a real encrypted store whose trajectories
sit on every rule's edge: birthdays on the referral date, referrals on a weekend and on
holidays (Good Friday, King's Day, Christmas), several reasons, one practice written three
ways, a month without intakes, quarters and years."""

from __future__ import annotations

from datetime import date

import pytest

from wor_desk import counts


def c(**fields) -> dict:
    return {"voornaam": "Anna", "achternaam": "Jansen", **fields}


@pytest.fixture
def edge_store(desk, make):
    """Ten trajectories; the comments say which edge each one is for."""
    # T1 Thu 2 Apr 2026, the day before Good Friday: Good Friday and Easter Monday are not working
    # days, so the 5th working day is Mon 13 Apr; contact that day is on time. Born 2 Apr 2008:
    # 18 on the referral date (18-24). Two reasons. Practice "Huisartsenpraktijk De Linde".
    make.trajectory(
        client=c(
            geboortedatum=date(2008, 4, 2), gemeente="Zwolle", wijk="Centrum", geslacht="vrouw"
        ),
        verwijsdatum=date(2026, 4, 2),
        verwijzer_type="huisarts",
        verwijzer_praktijk="Huisartsenpraktijk De Linde",
        kanaal="zorgdomein",
        redenen=["eenzaamheid", "stress"],
        toestemming_terugkoppeling=True,
        eerste_contact=date(2026, 4, 13),
        kennismaking=date(2026, 4, 16),
        terugkoppeling=[date(2026, 4, 17)],
    )
    # T2 Saturday 25 Apr 2026, before King's Day (Mon 27 Apr): on time up to Mon 4 May; contact on
    # 5 May is late. Born 26 Apr 2008: one day short of 18 (<18). No wijk, no channel. Same
    # practice, other case and double space, referred by the POH.
    make.trajectory(
        client=c(geboortedatum=date(2008, 4, 26), gemeente="Zwolle", geslacht="man"),
        verwijsdatum=date(2026, 4, 25),
        verwijzer_type="poh",
        verwijzer_praktijk="huisartsenpraktijk  de linde",
        redenen=["stress"],
        eerste_contact=date(2026, 5, 5),
    )
    # T3 Mon 13 Apr: contact on the 5th working day (Mon 20 Apr) exactly. No birth date, a wijk
    # without a gemeente, gender x, no reason. Same practice without spaces, in capitals.
    make.trajectory(
        client=c(wijk="Centrum", geslacht="x"),
        verwijsdatum=date(2026, 4, 13),
        verwijzer_type="praktijk_overig",
        verwijzer_praktijk="HUISARTSENPRAKTIJKDELINDE",
        kanaal="telefoon",
        eerste_contact=date(2026, 4, 20),
        kennismaking=date(2026, 4, 20),
    )
    # T4 Wed 22 Apr: contact the same day. Born 22 Apr 1951: 75 on the referral date (75+).
    # Three reasons. A physiotherapist's practice is no GP practice. Activity started 30 Apr.
    make.trajectory(
        client=c(
            geboortedatum=date(1951, 4, 22), gemeente="Kampen", wijk="Brunnepe", geslacht="vrouw"
        ),
        verwijsdatum=date(2026, 4, 22),
        verwijzer_type="fysiotherapeut",
        verwijzer_praktijk="Fysio Noord",
        kanaal="zorgdomein",
        redenen=["angst", "eenzaamheid", "rouw_verlies"],
        eerste_contact=date(2026, 4, 22),
        kennismaking=date(2026, 4, 29),
        aanbod="bewegen",
        start_activiteit=date(2026, 4, 30),
    )
    # T5 Thu 30 Apr: no first contact. Born 1 May 1981: 44 (25-44). Gender unknown.
    make.trajectory(
        client=c(geboortedatum=date(1981, 5, 1), gemeente="Kampen"),
        verwijsdatum=date(2026, 4, 30),
        verwijzer_type="huisarts",
        verwijzer_praktijk="Gezondheidscentrum Oost",
        kanaal="viplive",
    )
    # T6 on Good Friday 3 Apr (a holiday): on time up to Mon 13 Apr; contact on the 14th is late.
    # A self-referral. Born 1 Jan 1960: 66 (65-74).
    make.trajectory(
        client=c(
            geboortedatum=date(1960, 1, 1), gemeente="Dalfsen", wijk="Nieuwleusen", geslacht="man"
        ),
        verwijsdatum=date(2026, 4, 3),
        verwijzer_type="zelf",
        kanaal="spreekuur",
        redenen=["overig"],
        eerste_contact=date(2026, 4, 14),
    )
    # T7 referred in March; intake, activity start, two feedbacks and closing in April.
    make.trajectory(
        client=c(
            geboortedatum=date(1990, 6, 15), gemeente="Zwolle", wijk="Centrum", geslacht="vrouw"
        ),
        verwijsdatum=date(2026, 3, 20),
        verwijzer_type="huisarts",
        verwijzer_praktijk="Praktijk Zuid",
        kanaal="brief",
        redenen=["somberheid"],
        toestemming_terugkoppeling=True,
        eerste_contact=date(2026, 3, 23),
        kennismaking=date(2026, 4, 2),
        aanbod="vrijwilligerswerk",
        start_activiteit=date(2026, 4, 10),
        terugkoppeling=[date(2026, 4, 2), date(2026, 4, 28)],
        afgerond=date(2026, 4, 28),
        afsluitreden="afgerond_doel_bereikt",
    )
    # T8 referred in February, feedback in March, closed in April.
    make.trajectory(
        client=c(gemeente="Kampen", wijk="Brunnepe", geslacht="man"),
        verwijsdatum=date(2026, 2, 10),
        verwijzer_type="wijkverpleging",
        kanaal="email",
        redenen=["stress"],
        toestemming_terugkoppeling=True,
        eerste_contact=date(2026, 2, 12),
        terugkoppeling=[date(2026, 3, 1)],
        afgerond=date(2026, 4, 15),
        afsluitreden="uitgevallen",
    )
    # T9, T10 on Christmas Eve 2025: Christmas, Boxing Day and New Year are holidays, so the
    # 5th working day is Mon 5 Jan 2026. T9 (born 29 Feb 2000: 25) on time, T10 (17) a day late.
    make.trajectory(
        client=c(
            geboortedatum=date(2000, 2, 29), gemeente="Zwolle", wijk="Centrum", geslacht="vrouw"
        ),
        verwijsdatum=date(2025, 12, 24),
        verwijzer_type="huisarts",
        verwijzer_praktijk="De Linde",
        kanaal="zorgdomein",
        eerste_contact=date(2026, 1, 5),
    )
    make.trajectory(
        client=c(
            geboortedatum=date(2007, 12, 25), gemeente="Zwolle", wijk="Centrum", geslacht="man"
        ),
        verwijsdatum=date(2025, 12, 24),
        verwijzer_type="huisarts",
        verwijzer_praktijk="de linde",
        kanaal="zorgdomein",
        eerste_contact=date(2026, 1, 6),
    )
    return desk


APRIL_ROWS = """\
verwijzingen,totaal,6
intakes,totaal,4
verwijzingen_per_gemeente,Dalfsen,1
verwijzingen_per_gemeente,Kampen,2
verwijzingen_per_gemeente,Zwolle,2
verwijzingen_per_gemeente,onbekend,1
verwijzingen_per_wijk,Dalfsen/Nieuwleusen,1
verwijzingen_per_wijk,Kampen/Brunnepe,1
verwijzingen_per_wijk,Zwolle/Centrum,1
verwijzingen_per_wijk,onbekend,3
verwijzingen_per_geslacht,man,2
verwijzingen_per_geslacht,onbekend,1
verwijzingen_per_geslacht,vrouw,2
verwijzingen_per_geslacht,x,1
verwijzingen_per_leeftijdsgroep,18-24,1
verwijzingen_per_leeftijdsgroep,25-44,1
verwijzingen_per_leeftijdsgroep,65-74,1
verwijzingen_per_leeftijdsgroep,75+,1
verwijzingen_per_leeftijdsgroep,<18,1
verwijzingen_per_leeftijdsgroep,onbekend,1
verwijzingen_per_reden,angst,1
verwijzingen_per_reden,eenzaamheid,2
verwijzingen_per_reden,overig,1
verwijzingen_per_reden,rouw_verlies,1
verwijzingen_per_reden,stress,2
verwijzingen_per_verwijzertype,fysiotherapeut,1
verwijzingen_per_verwijzertype,huisarts,2
verwijzingen_per_verwijzertype,poh,1
verwijzingen_per_verwijzertype,praktijk_overig,1
verwijzingen_per_verwijzertype,zelf,1
verwijzingen_per_kanaal,spreekuur,1
verwijzingen_per_kanaal,telefoon,1
verwijzingen_per_kanaal,viplive,1
verwijzingen_per_kanaal,zorgdomein,2
verwijzende_praktijken,totaal,2
contact_binnen_5_werkdagen,totaal,3
contact_binnen_5_werkdagen_pct,totaal,50.0
gemiddelde_dagen_tot_intake,totaal,10.3
activiteit_gestart_per_aanbod,bewegen,1
activiteit_gestart_per_aanbod,vrijwilligerswerk,1
terugkoppeling_gegeven,totaal,2
afgesloten_per_reden,afgerond_doel_bereikt,1
afgesloten_per_reden,uitgevallen,1
"""

YEAR_2026_ROWS = """\
verwijzingen,totaal,8
intakes,totaal,4
verwijzingen_per_gemeente,Dalfsen,1
verwijzingen_per_gemeente,Kampen,3
verwijzingen_per_gemeente,Zwolle,3
verwijzingen_per_gemeente,onbekend,1
verwijzingen_per_wijk,Dalfsen/Nieuwleusen,1
verwijzingen_per_wijk,Kampen/Brunnepe,2
verwijzingen_per_wijk,Zwolle/Centrum,2
verwijzingen_per_wijk,onbekend,3
verwijzingen_per_geslacht,man,3
verwijzingen_per_geslacht,onbekend,1
verwijzingen_per_geslacht,vrouw,3
verwijzingen_per_geslacht,x,1
verwijzingen_per_leeftijdsgroep,18-24,1
verwijzingen_per_leeftijdsgroep,25-44,2
verwijzingen_per_leeftijdsgroep,65-74,1
verwijzingen_per_leeftijdsgroep,75+,1
verwijzingen_per_leeftijdsgroep,<18,1
verwijzingen_per_leeftijdsgroep,onbekend,2
verwijzingen_per_reden,angst,1
verwijzingen_per_reden,eenzaamheid,2
verwijzingen_per_reden,overig,1
verwijzingen_per_reden,rouw_verlies,1
verwijzingen_per_reden,somberheid,1
verwijzingen_per_reden,stress,3
verwijzingen_per_verwijzertype,fysiotherapeut,1
verwijzingen_per_verwijzertype,huisarts,3
verwijzingen_per_verwijzertype,poh,1
verwijzingen_per_verwijzertype,praktijk_overig,1
verwijzingen_per_verwijzertype,wijkverpleging,1
verwijzingen_per_verwijzertype,zelf,1
verwijzingen_per_kanaal,brief,1
verwijzingen_per_kanaal,email,1
verwijzingen_per_kanaal,spreekuur,1
verwijzingen_per_kanaal,telefoon,1
verwijzingen_per_kanaal,viplive,1
verwijzingen_per_kanaal,zorgdomein,2
verwijzende_praktijken,totaal,3
contact_binnen_5_werkdagen,totaal,5
contact_binnen_5_werkdagen_pct,totaal,62.5
gemiddelde_dagen_tot_intake,totaal,10.3
activiteit_gestart_per_aanbod,bewegen,1
activiteit_gestart_per_aanbod,vrijwilligerswerk,1
terugkoppeling_gegeven,totaal,3
afgesloten_per_reden,afgerond_doel_bereikt,1
afgesloten_per_reden,uitgevallen,1
"""

DECEMBER_2025_ROWS = """\
verwijzingen,totaal,2
intakes,totaal,0
verwijzingen_per_gemeente,Zwolle,2
verwijzingen_per_wijk,Zwolle/Centrum,2
verwijzingen_per_geslacht,man,1
verwijzingen_per_geslacht,vrouw,1
verwijzingen_per_leeftijdsgroep,25-44,1
verwijzingen_per_leeftijdsgroep,<18,1
verwijzingen_per_verwijzertype,huisarts,2
verwijzingen_per_kanaal,zorgdomein,2
verwijzende_praktijken,totaal,1
contact_binnen_5_werkdagen,totaal,1
contact_binnen_5_werkdagen_pct,totaal,50.0
terugkoppeling_gegeven,totaal,0
"""

EMPTY_ROWS = """\
verwijzingen,totaal,0
intakes,totaal,0
verwijzende_praktijken,totaal,0
contact_binnen_5_werkdagen,totaal,0
contact_binnen_5_werkdagen_pct,totaal,0.0
terugkoppeling_gegeven,totaal,0
"""


def expected_csv(period: str, rows: str) -> str:
    return "period,indicator,category,value\n" + "".join(
        f"{period},{line}\n" for line in rows.splitlines()
    )


def test_april_2026_csv_matches_the_codebook_row_by_row(edge_store):
    assert counts.to_csv(counts.compute(edge_store, "2026-04")) == expected_csv(
        "2026-04", APRIL_ROWS
    )


def test_a_quarter_holds_its_three_months(edge_store):
    # May and June add nothing: the quarter has April's rows under the quarter's name.
    assert counts.to_csv(counts.compute(edge_store, "2026-Q2")) == expected_csv(
        "2026-Q2", APRIL_ROWS
    )


def test_year_2026_csv_matches_the_codebook_row_by_row(edge_store):
    assert counts.to_csv(counts.compute(edge_store, "2026")) == expected_csv("2026", YEAR_2026_ROWS)


def test_christmas_referrals_are_on_time_until_the_monday_after_new_year(edge_store):
    assert counts.to_csv(counts.compute(edge_store, "2025-12")) == expected_csv(
        "2025-12", DECEMBER_2025_ROWS
    )
    assert counts.to_csv(counts.compute(edge_store, "2025-Q4")) == expected_csv(
        "2025-Q4", DECEMBER_2025_ROWS
    )


def test_a_period_without_intakes_has_no_waiting_time_row_and_no_breakdown_rows(edge_store):
    assert counts.to_csv(counts.compute(edge_store, "2026-05")) == expected_csv(
        "2026-05", EMPTY_ROWS
    )
    assert counts.to_csv(counts.compute(edge_store, "2024")) == expected_csv("2024", EMPTY_ROWS)


def test_an_empty_store_gives_the_totaal_rows_with_zero(desk):
    assert counts.to_csv(counts.compute(desk, "2026-Q1")) == expected_csv("2026-Q1", EMPTY_ROWS)


def test_cells_carry_ints_and_one_digit_decimals(edge_store):
    cells = counts.compute(edge_store, "2026-04")
    for cell in cells:
        if cell.indicator in counts.DECIMALS:
            assert str(cell.value) == f"{cell.value:.1f}"
        else:
            assert type(cell.value) is int
    assert counts.value_of(cells, "gemiddelde_dagen_tot_intake") == counts.Decimal("10.3")


def test_rows_are_sorted_by_codebook_order_then_category_text(edge_store):
    cells = counts.compute(edge_store, "2026")
    keys = [(counts.INDICATORS.index(c.indicator), c.category) for c in cells]
    assert keys == sorted(keys)


def test_every_month_of_the_year_adds_up_to_the_year_for_plain_counts(edge_store):
    year = counts.compute(edge_store, "2026")
    for ind in ("verwijzingen", "intakes", "contact_binnen_5_werkdagen"):
        monthly = sum(
            int(counts.value_of(counts.compute(edge_store, m), ind))
            for m in counts.months_of("2026")
        )
        assert monthly == counts.value_of(year, ind)


def test_trend_counts_referrals_and_intakes_per_month(edge_store):
    trend = counts.trend(edge_store, "2026-04")
    assert [m for m, _, _ in trend] == [f"2025-{m:02d}" for m in range(5, 13)] + [
        f"2026-{m:02d}" for m in range(1, 5)
    ]
    by_month = {m: (v, k) for m, v, k in trend}
    assert by_month["2025-12"] == (2, 0)
    assert by_month["2026-02"] == (1, 0)
    assert by_month["2026-03"] == (1, 0)
    assert by_month["2026-04"] == (6, 4)
    for m, v, k in trend:
        cells = counts.compute(edge_store, m)
        assert (v, k) == (counts.value_of(cells, "verwijzingen"), counts.value_of(cells, "intakes"))


def test_feedback_twice_in_a_period_counts_the_trajectory_once(edge_store):
    assert counts.value_of(counts.compute(edge_store, "2026-04"), "terugkoppeling_gegeven") == 2


def test_a_gp_referral_without_practice_name_is_no_practice(desk, make):
    make.trajectory(verwijsdatum=date(2026, 3, 2), verwijzer_type="huisarts")
    make.trajectory(
        verwijsdatum=date(2026, 3, 3), verwijzer_type="poh", verwijzer_praktijk="  Het Anker "
    )
    make.trajectory(
        verwijsdatum=date(2026, 3, 4), verwijzer_type="overig", verwijzer_praktijk="Bibliotheek"
    )
    cells = counts.compute(desk, "2026-03")
    assert counts.value_of(cells, "verwijzende_praktijken") == 1


def test_gemeente_names_with_a_comma_are_quoted_in_the_csv(desk, make):
    make.trajectory(client=c(gemeente="Noord, Oost", wijk="A"), verwijsdatum=date(2026, 3, 2))
    text = counts.to_csv(counts.compute(desk, "2026-03"))
    assert '2026-03,verwijzingen_per_gemeente,"Noord, Oost",1\n' in text
    assert '2026-03,verwijzingen_per_wijk,"Noord, Oost/A",1\n' in text
    assert "\r" not in text


def test_csv_has_the_codebook_header_and_newline_line_ends(edge_store):
    text = counts.to_csv(counts.compute(edge_store, "2026-04"))
    assert text.startswith("period,indicator,category,value\n")
    assert text.endswith("\n") and "\r\n" not in text


def test_a_stored_code_outside_the_lists_is_still_counted(desk, make):
    """A region's own code (or one from an old import) is counted under its own name."""
    from sqlalchemy import text

    tid = make.trajectory(
        client=c(geslacht="vrouw"), verwijsdatum=date(2026, 3, 2), kanaal="telefoon"
    )
    make.trajectory(client=c(geslacht="man"), verwijsdatum=date(2026, 3, 3), kanaal="telefoon")
    with desk.store.transaction() as s:
        s.connection().execute(
            text("UPDATE traject SET kanaal = 'fax', verwijzer_type = 'gemeente' WHERE id = :id"),
            {"id": tid},
        )
        s.connection().execute(
            text(
                "UPDATE client SET geslacht = 'anders' WHERE id = (SELECT client_id FROM traject WHERE id = :id)"
            ),
            {"id": tid},
        )
    text_ = counts.to_csv(counts.compute(desk, "2026-03"))
    assert (
        "2026-03,verwijzingen_per_kanaal,fax,1\n2026-03,verwijzingen_per_kanaal,telefoon,1\n"
        in text_
    )
    assert (
        "2026-03,verwijzingen_per_verwijzertype,gemeente,1\n2026-03,verwijzingen_per_verwijzertype,huisarts,1\n"
        in text_
    )
    assert (
        "2026-03,verwijzingen_per_geslacht,anders,1\n2026-03,verwijzingen_per_geslacht,man,1\n"
        in text_
    )
