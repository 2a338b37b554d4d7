"""The "Aanvullend" part of the counts (reports.supplement): beyond the codebook, in the XLSX
and the PDF, never in the codebook's CSV. Checked on a hand-made store."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from wor_desk.health import DIMENSIES
from wor_desk.reports import export

DIMS = DIMENSIES.codes()
START = [5, 4, 5, 5, 4, 6]


def scored(desk, make, *, start, end, afgerond=date(2026, 2, 20), **kw) -> int:
    tid = make.trajectory(
        verwijsdatum=date(2026, 1, 5),
        eerste_contact=date(2026, 1, 6),
        kennismaking=date(2026, 1, 12),
        afgerond=afgerond,
        afsluitreden="afgerond_doel_bereikt",
        **kw,
    )
    if start is not None:
        desk.health.record(tid, date(2026, 1, 12), "intake", dict(zip(DIMS, start, strict=True)))
    if end is not None:
        desk.health.record(tid, afgerond, "afsluiting", dict(zip(DIMS, end, strict=True)))
    return tid


@pytest.fixture
def outcomes(desk, make):
    up_one = [6, 4, 5, 5, 4, 6]  # +1 on one dimension
    up_all = [s + 2 for s in START]
    same = list(START)
    down = [s - 1 for s in START]
    mixed = [4, 4, 5, 5, 6, 6]  # -1 and +2: improved on one
    for end in (up_one, up_all, same, down, mixed, up_all):
        scored(desk, make, start=START, end=end)
    scored(desk, make, start=START, end=None)  # no closing score: not counted
    scored(desk, make, start=START, end=up_all, afgerond=date(2026, 4, 2))  # closed after Q1
    return desk


def test_the_outcome_share_counts_closed_trajectories_improved_on_at_least_one_dimension(outcomes):
    oc = outcomes.counts.outcome("2026-Q1")
    assert (oc.closed, oc.with_both, oc.improved) == (7, 6, 4)
    assert oc.shown and oc.improved_pct == Decimal("66.7")
    # mean change per dimension over the six: (+1 +2 0 -1 -1 +2)/6 on the first, ...
    changes = dict(oc.per_dimension)
    assert changes["lichaamsfuncties"] == Decimal("0.5")  # 3/6
    assert changes["meedoen"] == Decimal("0.8")  # (0+2+0-1+2+2)/6 = 5/6
    assert list(changes) == DIMS


def test_the_outcome_is_not_shown_below_k_contributing_trajectories(desk, make):
    for _ in range(4):
        scored(desk, make, start=START, end=[s + 1 for s in START])
    oc = desk.counts.outcome("2026-Q1")
    assert oc.with_both == 4 and not oc.shown
    text = "\n".join(
        p.extract_text() for p in PdfReader(io.BytesIO(export(desk, "2026-Q1", "pdf"))).pages
    )
    assert "Minder dan 5 trajecten met beide scores" in text
    assert "scoorde bij de afsluiting hoger" not in text


def test_intake_share_letters_caseload_waiting_list_and_conversations(desk, make):
    a = make.trajectory(
        verwijsdatum=date(2026, 1, 5),
        verwijzer_praktijk="De Linde",
        toestemming_terugkoppeling=True,
        kennismaking=date(2026, 1, 12),
        terugkoppeling=[date(2026, 1, 13)],
    )
    for d in (date(2026, 1, 20), date(2026, 1, 27), date(2026, 2, 3)):
        desk.add_contact(a, "gesprek", d)
    desk.close_trajectory(a, date(2026, 2, 10), "afgerond_doel_bereikt")
    make.trajectory(  # consent, no letter yet; open at the end of Q1, waiting for an intake
        verwijsdatum=date(2026, 3, 20),
        verwijzer_praktijk="  de linde",
        toestemming_terugkoppeling=True,
    )
    make.trajectory(  # a self-referral: nobody to write to; intake after Q1
        verwijsdatum=date(2026, 2, 2), verwijzer_type="zelf", kennismaking=date(2026, 4, 7)
    )
    b = make.trajectory(
        verwijsdatum=date(2026, 2, 9),
        verwijzer_praktijk="Het Anker",
        kennismaking=date(2026, 2, 16),
    )
    desk.add_contact(b, "gesprek", date(2026, 2, 23))
    desk.close_trajectory(b, date(2026, 3, 2), "uitgevallen")
    make.trajectory(verwijsdatum=date(2025, 12, 1), kennismaking=date(2025, 12, 8))  # open, seen

    sp = desk.counts.supplement("2026-Q1")
    assert sp.referrals == 4 and sp.reached_intake == 3  # the intake after Q1 counts too
    assert (sp.with_letter, sp.with_consent) == (1, 2)
    assert (sp.open_at_end, sp.waiting_at_end) == (3, 2)  # 2025's, the self-referral, 20 March
    assert sp.closed == 2 and sp.conversations_mean == Decimal("2.0")
    assert sp.conversations_median == Decimal("2.0")
    assert sp.per_practice == (("De Linde", 2), ("Het Anker", 1)) and sp.from_others == 1


def test_the_supplement_is_a_part_of_its_own_in_xlsx_and_pdf_and_never_in_the_csv(outcomes):
    wb = load_workbook(io.BytesIO(export(outcomes, "2026-Q1", "xlsx")))
    rows = [r for r in wb["Aanvullend"].iter_rows(values_only=True) if r[0]]
    assert "niet gesynchroniseerd" in rows[0][0]
    improved = next(r for r in rows if r[0] == "Verbeterd op minstens één dimensie")
    assert improved[1:4] == (4, 6, 66.7)
    pdf = " ".join(
        "\n".join(
            p.extract_text()
            for p in PdfReader(io.BytesIO(export(outcomes, "2026-Q1", "pdf"))).pages
        ).split()
    )
    assert "Aanvullend: buiten het codeboek" in pdf
    assert "66,7 % daarvan (4) scoorde bij de afsluiting hoger" in pdf
    csv = export(outcomes, "2026-Q1", "csv").decode()
    assert "Aanvullend" not in csv and "gezondheid" not in csv.lower()
