"""Disclosure control: the rule, pinned on examples and on random breakdowns."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from wor_desk.counts import Cell
from wor_desk.sync.disclosure import practice_hash, protect
from wor_desk.sync.wire import WITHHELD

P = "2026-03"


def cells(
    breakdown: dict[str, int],
    indicator="verwijzingen_per_gemeente",
    total=None,
    intakes=0,
    mean=None,
):
    out = [
        Cell(P, "verwijzingen", "totaal", total if total is not None else sum(breakdown.values())),
        Cell(P, "intakes", "totaal", intakes),
    ]
    if mean is not None:
        out.append(Cell(P, "gemiddelde_dagen_tot_intake", "totaal", Decimal(mean)))
    out += [Cell(P, indicator, cat, n) for cat, n in breakdown.items()]
    return out


def sent(result, indicator="verwijzingen_per_gemeente"):
    return {c.category: c for c in result if c.indicator == indicator}


def test_totals_are_sent_exactly_even_when_small():
    out = protect(cells({"Utrecht": 1}, total=1), k=5)
    assert [c.value for c in out if c.indicator == "verwijzingen"] == [1]


def test_a_cell_below_k_is_suppressed_with_the_next_smallest():
    out = sent(protect(cells({"Utrecht": 20, "Zeist": 2, "Houten": 9, "Bunnik": 7}), k=5))
    assert out["Zeist"].suppressed and out["Zeist"].why == "primair"
    assert out["Bunnik"].suppressed and out["Bunnik"].why == "secundair"  # the next-smallest
    assert not out["Houten"].suppressed and out["Houten"].value == 9 and out["Utrecht"].value == 20
    assert (out["Zeist"].lo, out["Zeist"].hi) == (1, 8)  # 2 + 7 = 9 spread over two cells


def test_two_small_cells_adding_up_below_k_pull_in_a_third():
    out = sent(protect(cells({"A": 1, "B": 1, "C": 6, "D": 30}), k=5))
    assert {c for c, s in out.items() if s.suppressed} == {"A", "B", "C"}


def test_a_breakdown_that_cannot_be_protected_is_sent_without_its_categories():
    out = sent(protect(cells({"Kleindorp": 3}), k=5))
    assert list(out) == [WITHHELD] and out[WITHHELD].value == 3 and not out[WITHHELD].suppressed


def test_suppressed_ones_alone_are_not_enough_since_each_would_be_exactly_one():
    out = sent(protect(cells({"A": 1, "B": 1, "C": 1, "D": 1, "E": 1, "F": 9}), k=5))
    assert out["F"].suppressed and all(s.hi > s.lo for s in out.values())


def test_cells_at_or_above_k_pass_unchanged():
    out = sent(protect(cells({"Utrecht": 5, "Zeist": 12}), k=5))
    assert {c: s.value for c, s in out.items()} == {"Utrecht": 5, "Zeist": 12}


def test_a_wijk_cannot_be_recovered_within_its_gemeente():
    out = sent(
        protect(
            cells(
                {"Utrecht/Oost": 2, "Utrecht/West": 8, "Zeist/Centrum": 6, "Zeist/Noord": 9},
                indicator="verwijzingen_per_wijk",
            ),
            k=5,
        ),
        "verwijzingen_per_wijk",
    )
    assert out["Utrecht/Oost"].suppressed and out["Utrecht/West"].suppressed  # same gemeente
    assert not out["Zeist/Centrum"].suppressed and not out["Zeist/Noord"].suppressed


def test_the_mean_days_is_suppressed_over_fewer_than_k_intakes():
    small = protect(cells({}, total=0, intakes=3, mean="12.3"), k=5)
    assert [c.suppressed for c in small if c.indicator == "gemiddelde_dagen_tot_intake"] == [True]
    big = protect(cells({}, total=0, intakes=5, mean="12.3"), k=5)
    assert [c.value for c in big if c.indicator == "gemiddelde_dagen_tot_intake"] == [
        Decimal("12.3")
    ]


def test_practice_hash_ignores_case_and_spaces_and_needs_the_secret():
    a = practice_hash("Praktijk De Linde", "s1")
    assert a == practice_hash("praktijk  de linde ", "s1") and len(a) == 64
    assert a != practice_hash("Praktijk De Linde", "s2")
    assert "linde" not in a and practice_hash("  ", "s1") is None


@settings(max_examples=300, deadline=None)
@given(
    values=st.dictionaries(
        st.text("abcdefgh", min_size=1, max_size=3), st.integers(1, 40), max_size=8
    ),
    k=st.integers(2, 10),
)
def test_no_suppressed_cell_can_be_recovered_from_the_total(values, k):
    out = sent(protect(cells(values), k=k))
    shown = {c: s for c, s in out.items() if not s.suppressed}
    hidden = {c: s for c, s in out.items() if s.suppressed}
    # no small number in clear (a withheld-category row is a sum, not a category)
    assert all(s.value >= k for c, s in shown.items() if c != WITHHELD)
    if WITHHELD in out:
        assert len(out) == 1 and out[WITHHELD].value == sum(values.values())
    if hidden:
        rest = sum(values.values()) - sum(s.value for s in shown.values())
        assert (
            len(hidden) >= 2 and rest >= k and rest > len(hidden)
        )  # shared, not small, not all ones
        for c, s in hidden.items():
            assert s.lo <= values[c] <= s.hi and s.lo < s.hi  # bounds are true and never exact
    if WITHHELD not in out:
        assert set(out) == set(values)  # every category is there, in clear or suppressed


def test_a_mean_that_sums_could_reveal_is_suppressed_too():
    from wor_desk.sync.disclosure import hidden_means

    # March has 1 intake (primary). Q1 = Jan + Mar would give March's sum by difference, so
    # January (the smallest sent month of Q1 with intakes) goes too; then Q1's suppressed
    # months hold 1 + 6 >= k intakes.
    intakes = {"2026-01": 6, "2026-02": 0, "2026-03": 1, "2026-Q1": 7, "2026": 7}
    assert hidden_means(intakes, 5) == {"2026-01", "2026-03"}
    # nothing small: nothing hidden
    assert hidden_means({"2026-01": 5, "2026-Q1": 5, "2026": 5}, 5) == set()


@given(st.dictionaries(st.integers(1, 12), st.integers(0, 9), min_size=1), st.integers(2, 6))
def test_no_sent_mean_sums_differ_by_fewer_than_k_intakes(months, k):
    from wor_desk.sync.disclosure import hidden_means

    intakes = {f"2026-{m:02d}": n for m, n in months.items()}
    for q in range(1, 5):
        intakes[f"2026-Q{q}"] = sum(
            intakes.get(f"2026-{m:02d}", 0) for m in range(3 * q - 2, 3 * q + 1)
        )
    intakes["2026"] = sum(n for p, n in intakes.items() if "Q" in p)
    hidden = hidden_means(intakes, k)
    assert all(p in hidden for p, n in intakes.items() if 0 < n < k)  # primary

    def gap(container: str, members: list[str]) -> int:
        return sum(intakes.get(m, 0) for m in members if m in hidden)

    for q in range(1, 5):
        months_q = [f"2026-{m:02d}" for m in range(3 * q - 2, 3 * q + 1)]
        if f"2026-Q{q}" not in hidden:
            assert gap("q", months_q) == 0 or gap("q", months_q) >= k
    if "2026" not in hidden:
        quarters = [f"2026-Q{q}" for q in range(1, 5)]
        assert gap("y", quarters) == 0 or gap("y", quarters) >= k
        all_months = [f"2026-{m:02d}" for m in range(1, 13)]
        assert gap("y", all_months) == 0 or gap("y", all_months) >= k
