"""Feedback letters: rendered for real (reportlab), read back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from wor_desk.errors import InputError, RuleViolation
from wor_desk.letters import HealthScoreRow
from wor_desk.letters.template import fill_lines, fill_one
from wor_desk.store import migrate

PROFILE = dict(
    organisatie_naam="Welzijn Oost",
    organisatie_adres="Dorpsstraat 12\n1234 AB Utrecht",
    coach_naam="Fatima El Amrani",
    coach_telefoon="06 12 34 56 78",
    coach_email="f.elamrani@welzijnoost.nl",
)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def ldesk(desk):
    desk.update_settings(**PROFILE)
    return desk


def referral(make, *, client=None, practice="Huisartsenpraktijk De Linde", consent=True, **steps):
    """A GP referral with the steps given (kennismaking, start_activiteit, afgerond, ...)."""
    return make.trajectory(
        client=client
        or {"voornaam": "Anna", "achternaam": "de Boer", "geboortedatum": date(1961, 5, 17)},
        verwijsdatum=date(2026, 10, 1),
        verwijzer_naam="Dr. A. de Vries",
        verwijzer_praktijk=practice,
        toestemming_terugkoppeling=consent,
        redenen=["eenzaamheid", "somberheid"],
        **steps,
    )


STARTED = dict(
    eerste_contact=date(2026, 10, 5),
    kennismaking=date(2026, 10, 12),
    behoefte="Weer onder de mensen komen",
    aanbod="natuur",
    activiteit="Buurtmoestuin De Kas",
    aanbieder="Stichting Groen Doen",
    start_activiteit=date(2026, 10, 26),
)


def test_intake_letter_names_referrer_practice_client_and_coach(ldesk, make):
    tid = referral(make, eerste_contact=date(2026, 10, 5), kennismaking=date(2026, 10, 12))
    letter = ldesk.letters.render(tid, "intake")
    text = pdf_text(letter.pdf)
    for expected in (
        "Dr. A. de Vries",
        "Huisartsenpraktijk De Linde",
        "Anna de Boer",
        "17 mei 1961",  # one date style in the whole letter
        "1 oktober 2026",
        "12 oktober 2026",
        "eenzaamheid en somberheid",
        "Welzijn Oost",
        "Fatima El Amrani",
        "06 12 34 56 78",
        "Terugkoppeling na de kennismaking",
        "23 november 2026",
    ):
        assert expected in text, expected
    assert pages(letter.pdf) == 1
    assert "Anna de Boer" in letter.text and "Dr. A. de Vries" in letter.text


def test_start_letter_names_the_activity_category_and_provider(ldesk, make):
    tid = referral(make, **STARTED)
    text = pdf_text(ldesk.letters.render(tid, "start").pdf)
    assert "Buurtmoestuin De Kas" in text
    assert "Natuur en genieten" in text
    assert "Stichting Groen Doen" in text
    assert "Weer onder de mensen komen" in text
    assert "7 december 2026" in text  # follow-up expected 6 weeks after the start


def test_closing_letter_tells_the_outcome_and_scores_only_when_recorded(ldesk, make):
    tid = referral(
        make, **STARTED, afgerond=date(2026, 11, 20), afsluitreden="afgerond_doel_bereikt"
    )
    plain = ldesk.letters.render(tid, "afronding")
    assert "wilde bereiken, is gelukt" in pdf_text(plain.pdf)
    assert "Positieve Gezondheid" not in plain.text
    ldesk.letters.scores_source = lambda t: [
        HealthScoreRow("Zingeving", 3, 7),
        HealthScoreRow("Meedoen", 2, 6.5),
        HealthScoreRow("Leeg", None, None),
    ]
    scored = ldesk.letters.render(tid, "afronding")
    text = pdf_text(scored.pdf)
    assert "Zingeving" in text and "6,5" in text
    assert "Leeg" not in text  # a dimension without any score is left out
    assert "Zingeving: 3 -> 7" in scored.text and "Meedoen: 2 -> 6,5" in scored.text


@pytest.mark.parametrize("consent", [None, False])
def test_letter_without_consent_is_refused(ldesk, make, consent):
    tid = referral(make, consent=consent, kennismaking=date(2026, 10, 12))
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.render(tid, "intake")
    assert [v.key for v in err.value.violations] == ["feedback_needs_consent"]
    assert "toestemming" in str(err.value)
    assert ldesk.trajectory(tid).feedback == ()


@pytest.mark.parametrize(
    "voornaam,achternaam",
    [
        ("Şükrü", "Yılmaz-Ĳsselstein"),
        ("İlknur", "Doğan"),
        ("Zoë", "van Ĳzendoorn"),
        ("François", "Çelik"),
        ("Søren", "Ødegård"),
        ("Agnieszka", "Wójcik-Łęcka"),
        ("Ngozi", "Adébáyò"),
        ("Олена", "Шевченко"),
    ],
)
def test_names_of_every_script_come_out_of_the_pdf_intact(ldesk, make, voornaam, achternaam):
    tid = referral(
        make,
        client={"voornaam": voornaam, "achternaam": achternaam},
        kennismaking=date(2026, 10, 12),
    )
    letter = ldesk.letters.render(tid, "intake")
    assert f"{voornaam} {achternaam}" in pdf_text(letter.pdf)


def test_every_font_in_the_pdf_is_embedded(ldesk, make):
    tid = referral(make, client={"voornaam": "Şükrü", "achternaam": "Yılmaz-Ĳsselstein"}, **STARTED)
    reader = PdfReader(io.BytesIO(ldesk.letters.render(tid, "start").pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]


def test_letter_stays_one_page_when_the_coach_writes_at_length(ldesk, make):
    long = "Dit is een lange zin over wat er allemaal speelt en wat belangrijk is. " * 30
    tid = referral(
        make,
        **{**STARTED, "behoefte": long},
        afgerond=date(2026, 11, 20),
        afsluitreden="doorverwezen",
    )
    ldesk.update_trajectory(tid, afsluit_toelichting=long)
    letter = ldesk.letters.render(tid, "afronding", extra="Aanvulling. " * 50)
    assert pages(letter.pdf) == 1


def test_coach_sentence_is_in_pdf_and_text(ldesk, make):
    tid = referral(make, kennismaking=date(2026, 10, 12))
    letter = ldesk.letters.render(tid, "intake", extra="Mevrouw vroeg mij u te bedanken.")
    assert "Mevrouw vroeg mij u te bedanken." in pdf_text(letter.pdf)
    assert "Mevrouw vroeg mij u te bedanken." in letter.text


def test_too_long_coach_sentence_is_refused(ldesk, make):
    tid = referral(make, kennismaking=date(2026, 10, 12))
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.render(tid, "intake", extra="x" * 601)
    assert err.value.violations[0].key == "letter_extra_too_long"


def test_moment_not_reached_is_refused_with_what_to_record(ldesk, make):
    tid = referral(make, kennismaking=date(2026, 10, 12))
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.render(tid, "afronding")
    assert err.value.violations[0].key == "letter_moment_not_reached"
    assert "Datum afsluiten" in str(err.value)  # the label the coach sees


def test_self_referral_has_nobody_to_write_to(ldesk, make):
    tid = make.trajectory(
        verwijzer_type="zelf", toestemming_terugkoppeling=True, kennismaking=date(2026, 3, 5)
    )
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.render(tid, "intake")
    assert "letter_self_referral" in [v.key for v in err.value.violations]


def test_free_letter_needs_its_own_text_and_carries_it(ldesk, make):
    tid = referral(make)
    with pytest.raises(RuleViolation):
        ldesk.letters.render(tid, "vrij")
    letter = ldesk.letters.render(
        tid, "vrij", extra="Mevrouw is verhuisd naar Zeist; ik draag haar over."
    )
    assert "verhuisd naar Zeist" in pdf_text(letter.pdf)


def test_unknown_moment_is_an_input_error(ldesk, make):
    tid = referral(make)
    with pytest.raises(InputError) as err:
        ldesk.letters.render(tid, "morgen")
    assert "intake, start, afronding, vrij" in str(err.value)


def test_english_letter_uses_the_english_template(ldesk, make):
    tid = referral(make, **STARTED)
    letter = ldesk.letters.render(tid, "start", lang="en")
    text = pdf_text(letter.pdf)
    assert "What was agreed and started" in text and "Dear Dr. A. de Vries," in text
    assert "Nature" in text  # the aanbod label in English
    assert "Beste" not in text


def test_letter_without_referrer_name_greets_a_colleague(ldesk, make):
    tid = make.trajectory(
        client={"voornaam": "Bo", "achternaam": "Smit"},
        verwijzer_praktijk="De Linde",
        toestemming_terugkoppeling=True,
        kennismaking=date(2026, 3, 5),
    )
    letter = ldesk.letters.render(tid, "intake")
    assert "Beste collega," in letter.text
    assert (
        "Welzijn op Recept: Bo Smit\n" in letter.text
    )  # no birth date: the reserve line without it


def test_mark_sent_logs_the_feedback_and_it_is_no_longer_due(ldesk, make):
    tid = referral(make, kennismaking=date(2026, 10, 12))
    assert [i.moment for i in ldesk.letters.due()] == ["intake"]
    letter = ldesk.letters.render(tid, "intake", extra="Tot ziens.")
    _, changes = ldesk.letters.mark_sent(letter, "zorgdomein")
    fb = ldesk.trajectory(tid).feedback
    assert [(f.datum, f.moment, f.kanaal, f.notitie) for f in fb] == [
        (date(2026, 11, 23), "intake", "zorgdomein", "Tot ziens.")
    ]
    assert tid in changes.trajectories and "feedback" in changes.kinds
    assert ldesk.letters.due() == []


def test_practice_preference_changes_what_is_due(ldesk, make):
    linde = referral(make, **STARTED)
    other = referral(make, practice="Gezondheidscentrum Noord", **STARTED)
    due = lambda: sorted((d.trajectory_id, d.moment) for d in ldesk.letters.due())  # noqa: E731
    assert due() == [(linde, "intake"), (other, "intake")]
    ldesk.letters.set_preference("  huisartsenpraktijk   DE linde ", ["start"])
    assert due() == [(linde, "start"), (other, "intake")]
    assert ldesk.letters.wanted("HUISARTSENPRAKTIJK DE LINDE") == ("start",)
    assert ldesk.trajectory(linde).feedback_due == ("start",)  # the trajectory screen agrees
    assert [p.praktijk for p in ldesk.letters.preferences()] == ["Huisartsenpraktijk De Linde"]
    today = ldesk.today_overview().feedback
    assert sorted((i.trajectory_id, i.note) for i in today) == due()
    ldesk.letters.set_preference("Gezondheidscentrum Noord", [])
    assert due() == [(linde, "start")]
    ldesk.letters.reset_preference("Huisartsenpraktijk De Linde")
    assert due() == [(linde, "intake")]


def test_closed_trajectory_is_due_only_when_the_practice_wants_closing_letters(ldesk, make):
    tid = referral(
        make, **STARTED, afgerond=date(2026, 11, 20), afsluitreden="afgerond_doel_bereikt"
    )
    ldesk.record_feedback(tid, date(2026, 10, 13), "intake", "post")
    assert [(d.trajectory_id, d.moment) for d in ldesk.letters.due()] == [(tid, "afronding")]
    ldesk.letters.set_preference("Huisartsenpraktijk De Linde", ["intake"])
    assert ldesk.letters.due() == []


@pytest.mark.parametrize(
    "moments,key", [(["vrij"], "feedback_moment_unknown"), (["morgen"], "feedback_moment_unknown")]
)
def test_practice_preference_refuses_moments_that_are_never_reached(ldesk, moments, key):
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.set_preference("De Linde", moments)
    assert err.value.violations[0].key == key
    assert ldesk.letters.preferences() == []


def test_practice_preference_needs_a_name(ldesk):
    with pytest.raises(RuleViolation) as err:
        ldesk.letters.set_preference("   ", ["intake"])
    assert err.value.violations[0].key == "letter_practice_empty"


def test_batch_makes_every_due_letter_and_never_overwrites(ldesk, make, tmp_path):
    ids = [
        referral(
            make,
            client={"voornaam": f"Cliënt{i}", "achternaam": "Test"},
            kennismaking=date(2026, 10, 12),
        )
        for i in range(3)
    ]
    seen = []
    letters = ldesk.letters.make_due(progress=lambda d, t: seen.append((d, t)))
    assert sorted(x.trajectory_id for x in letters) == sorted(ids)
    assert seen[-1] == (3, 3)
    paths = ldesk.letters.write(letters, tmp_path / "brieven", text=True)
    assert len(paths) == 6
    pdfs = sorted(p for p in paths if p.suffix == ".pdf")
    assert all("Cliënt" not in p.name for p in paths)  # no names in file names
    assert "Cliënt0 Test" in pdf_text(pdfs[0].read_bytes()) or "Cliënt0 Test" in "".join(
        pdf_text(p.read_bytes()) for p in pdfs
    )
    with pytest.raises(InputError) as err:
        ldesk.letters.write(letters[:1], tmp_path / "brieven")
    assert err.value.key == "letter_output_exists"


def test_logo_is_drawn_on_the_letterhead(ldesk, make, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (31, 92, 99)).save(logo)
    ldesk.letters.set_logo(logo)
    tid = referral(make, kennismaking=date(2026, 10, 12))
    reader = PdfReader(io.BytesIO(ldesk.letters.render(tid, "intake").pdf))
    xobjects = reader.pages[0]["/Resources"].get("/XObject", {})
    assert any(x.get_object()["/Subtype"] == "/Image" for x in xobjects.values())
    ldesk.letters.remove_logo()
    reader = PdfReader(io.BytesIO(ldesk.letters.render(tid, "intake").pdf))
    assert not reader.pages[0]["/Resources"].get("/XObject")


def test_logo_that_is_not_an_image_is_refused(ldesk, tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_text("geen plaatje")
    with pytest.raises(InputError) as err:
        ldesk.letters.set_logo(bad)
    assert err.value.key == "letter_logo_unreadable"
    assert ldesk.setting("organisatie_logo") == ""


def test_organisation_template_with_unknown_placeholder_is_refused(ldesk, make, home):
    from wor_desk.letters.template import RESOURCES

    own = home / "letters" / "nl.toml"
    own.parent.mkdir(parents=True)
    own.write_text(
        (RESOURCES / "letters" / "nl.toml")
        .read_text(encoding="utf-8")
        .replace("{coach_email}", "{coach_mail}"),
        encoding="utf-8",
    )
    tid = referral(make, kennismaking=date(2026, 10, 12))
    with pytest.raises(InputError) as err:
        ldesk.letters.render(tid, "intake")
    assert err.value.key == "letter_template_placeholder" and "coach_mail" in str(err.value)


def test_organisation_template_copy_wins_over_the_shipped_one(ldesk, make, home):
    from wor_desk.letters.template import RESOURCES

    own = home / "letters" / "nl.toml"
    own.parent.mkdir(parents=True)
    own.write_text(
        (RESOURCES / "letters" / "nl.toml")
        .read_text(encoding="utf-8")
        .replace("Met vriendelijke groet,", "Hartelijke groet,"),
        encoding="utf-8",
    )
    tid = referral(make, kennismaking=date(2026, 10, 12))
    assert "Hartelijke groet," in pdf_text(ldesk.letters.render(tid, "intake").pdf)


def test_template_lines_with_empty_placeholders_are_left_out_and_reserves_step_in():
    values = {"a": "A", "b": "", "c": "C"}
    block = "Eerst {a}.\nDan {b}.\n| Anders {c}.\n| Nooit {a}.\n\nLos {c}.\n{b} weg"
    assert fill_lines(block, values) == ("Eerst A.", "Anders C.", "", "Los C.")
    assert fill_one("Beste {b},\n| Beste collega,", values) == "Beste collega,"
    assert fill_one("Beste {a},\n| Beste collega,", values) == "Beste A,"


def test_store_has_the_practice_table_after_migration(ldesk):
    from sqlalchemy import inspect

    assert ldesk.store.schema_version() == migrate.head()
    with ldesk.store.engine.connect() as conn:
        assert {"praktijk", "praktijk_verwijzer"} <= set(inspect(conn).get_table_names())


_hostile = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=120)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(behoefte=_hostile, extra=_hostile)
def test_hostile_text_never_breaks_a_letter(ldesk, make, behoefte, extra):
    tid = getattr(ldesk, "_hostile_tid", None)
    if tid is None:
        tid = ldesk._hostile_tid = referral(make, kennismaking=date(2026, 10, 12))
    try:
        ldesk.update_trajectory(tid, behoefte=behoefte or None)
    except RuleViolation:  # the store refuses control characters in notes: none to show
        assume(False)
    letter = ldesk.letters.render(tid, "intake", extra=extra)
    assert pages(letter.pdf) == 1
    for key in ("behoefte", "extra"):
        shown = letter.data.values[key]
        assert not [
            c for c in shown if unicodedata.category(c) == "Cc" and c != "\n"
        ]  # no control characters reach the letter
        for line in shown.split("\n"):
            assert line in letter.text


def test_braces_and_markup_typed_by_a_coach_are_shown_as_typed(ldesk, make):
    tid = referral(
        make, kennismaking=date(2026, 10, 12), behoefte="Zegt {client_naam} & <b>vet</b> 100%"
    )
    letter = ldesk.letters.render(tid, "intake", extra="{coach_naam}}")
    assert "Zegt {client_naam} & <b>vet</b> 100%" in letter.text
    assert "Zegt {client_naam} & <b>vet</b> 100%" in pdf_text(letter.pdf)
    assert "{coach_naam}}" in pdf_text(letter.pdf)


def test_docs_list_every_placeholder_and_both_shipped_templates_load():
    from pathlib import Path

    from wor_desk.letters.data import PLACEHOLDERS
    from wor_desk.letters.template import load_template

    docs = (Path(__file__).resolve().parents[2] / "docs" / "letters.md").read_text(encoding="utf-8")
    assert [p for p in PLACEHOLDERS if f"`{{{p}}}`" not in docs] == []
    for lang in ("nl", "en"):
        t = load_template(lang)
        assert set(t.moments) == {"intake", "start", "afronding", "vrij"} and t.lang == lang


def test_closing_letter_shows_the_spinnenweb_recorded_on_the_trajectory(ldesk, make):
    from wor_desk import health

    tid = referral(
        make, **STARTED, afgerond=date(2026, 11, 20), afsluitreden="afgerond_doel_bereikt"
    )
    dims = health.DIMENSIES.codes()
    health.record(
        ldesk, tid, date(2026, 10, 12), "intake", dict(zip(dims, [5, 3, 4, 4, 2, 6], strict=True))
    )
    health.record(
        ldesk,
        tid,
        date(2026, 11, 20),
        "afsluiting",
        dict(zip(dims, [6, 6, 7, 7, 6, 7], strict=True)),
    )
    letter = ldesk.letters.render(tid, "afronding")
    assert "Zingeving: 4 -> 7" in letter.text and "Meedoen: 2 -> 6" in letter.text
    assert "Mentaal welbevinden" in pdf_text(letter.pdf)
    assert "Meaningfulness: 4 -> 7" in ldesk.letters.render(tid, "afronding", lang="en").text


# -- the closing letter per closing reason, and the letter's tone ------------------------------
CLOSING_WORDING = {
    # reason: (a phrase of its own opening, a phrase of what is expected of the GP)
    "afgerond_doel_bereikt": ("wilde bereiken, is gelukt", "Van u wordt niets verwacht."),
    "activiteit_loopt": ("gaat zelfstandig door met de activiteit", "Van u wordt niets verwacht."),
    "doorverwezen": ("andere hulp beter past", "de hulp loopt verder via de organisatie"),
    "uitgevallen": ("is gestopt voordat het traject was afgerond", "ter sprake brengen"),
    "niet_bereikbaar": ("niet gelukt contact te krijgen", "nieuwe verwijzing welkom"),
    "geen_behoefte": ("geen behoefte te hebben aan begeleiding", "Van u wordt niets verwacht."),
    "overig": ("Op 20 november 2026 heb ik het traject afgesloten", "Van u wordt niets verwacht."),
}


@pytest.mark.parametrize("reason", list(CLOSING_WORDING))
def test_each_closing_reason_gets_its_own_wording_and_says_what_is_expected_of_the_gp(
    ldesk, make, reason
):
    steps = (
        {"eerste_contact": date(2026, 10, 5)}
        if reason == "niet_bereikbaar"
        else dict(STARTED)
        if reason in ("afgerond_doel_bereikt", "activiteit_loopt", "uitgevallen")
        else {"kennismaking": date(2026, 10, 12), "behoefte": "Rust in het hoofd"}
    )
    tid = referral(
        make,
        client={"voornaam": "Anna", "achternaam": "de Boer", "geslacht": "vrouw"},
        afgerond=date(2026, 11, 20),
        afsluitreden=reason,
        **steps,
    )
    if reason == "doorverwezen":
        ldesk.update_trajectory(tid, afsluit_toelichting="Naar het Mentaal Gezondheidsnetwerk.")
    text = " ".join(pdf_text(ldesk.letters.render(tid, "afronding").pdf).split())
    opening, expected = CLOSING_WORDING[reason]
    assert opening in text and expected in text
    assert "Wat dit voor u betekent" in text
    assert "mevrouw De Boer" in text and "Anna" not in text.split("Beste Dr. A. de Vries,", 1)[1]
    if reason not in ("afgerond_doel_bereikt", "activiteit_loopt"):
        assert "hieronder leest u wat het heeft opgeleverd" not in text.lower()
    if reason in ("niet_bereikbaar", "doorverwezen", "geen_behoefte"):
        assert "gestart" not in text.lower()  # nothing started: no "afgesproken en gestart"
    if reason == "doorverwezen":
        assert "Mentaal Gezondheidsnetwerk" in text


def test_a_region_added_closing_reason_gets_the_wording_of_overig(ldesk, make):
    from wor_desk.letters.template import closing_for, load_template

    t = load_template("nl")
    assert closing_for(t, "verhuisd") is t.closings["overig"]
    assert closing_for(t, "niet_bereikbaar") is t.closings["niet_bereikbaar"]


@pytest.mark.parametrize(
    "geslacht,expected",
    [
        ("vrouw", "mevrouw De Boer"),
        ("man", "de heer De Boer"),
        ("x", "Sam de Boer"),
        ("onbekend", "Sam de Boer"),
    ],
)
def test_the_client_is_named_by_title_and_surname_from_the_gender_or_in_full(
    ldesk, make, geslacht, expected
):
    tid = referral(
        make, client={"voornaam": "Sam", "achternaam": "de Boer", "geslacht": geslacht}, **STARTED
    )
    letter = ldesk.letters.render(tid, "start")
    body = letter.text.split("Beste Dr. A. de Vries,", 1)[1]
    assert expected in body
    if geslacht in ("vrouw", "man"):
        assert "Sam" not in body  # never the first name alone in a letter to a GP


def test_the_last_follow_up_reads_as_a_sentence_not_a_form_label(ldesk, make):
    tid = referral(make, **STARTED, nazorg=[date(2026, 11, 16)])
    with ldesk.store.transaction() as s:
        from sqlalchemy import text as sql

        s.connection().execute(sql("UPDATE contact SET uitkomst='neemt_deel' WHERE soort='nazorg'"))
    ldesk.close_trajectory(tid, date(2026, 11, 20), "activiteit_loopt")
    letter = ldesk.letters.render(tid, "afronding")
    assert "Bij het nazorgcontact op 16 november 2026 deed" in letter.text
    assert "Bij het laatste nazorgcontact:" not in letter.text
    assert "-2026" not in letter.text.split("Betreft", 1)[1]  # one date style


def test_a_closing_letter_without_a_start_has_no_section_about_what_started(ldesk, make):
    tid = referral(make, kennismaking=date(2026, 10, 12), behoefte="Rust")
    ldesk.add_contact(tid, "gesprek", date(2026, 10, 19))
    ldesk.close_trajectory(tid, date(2026, 11, 2), "uitgevallen")
    letter = ldesk.letters.render(tid, "afronding")
    assert "Wat is afgesproken en gestart" not in letter.text
    assert "begeleidingsgesprekken" not in letter.text


@pytest.mark.parametrize("gegevens", [True, False, None])
def test_a_letter_never_carries_the_clients_contact_details(ldesk, make, gegevens):
    """toestemming_gegevens is about passing contact details to an activity provider; a letter
    to the referrer identifies the client (name, birth date) but never passes on their phone,
    email or postcode, whatever that consent says."""
    client = {
        "voornaam": "Anna",
        "achternaam": "de Boer",
        "telefoon": "06-99887766",
        "email": "anna.deboer@example.org",
        "postcode": "3563 AB",
    }
    tid = referral(make, client=client, toestemming_gegevens=gegevens, **STARTED)
    letter = ldesk.letters.render(tid, "start")
    for text in (pdf_text(letter.pdf), letter.text):
        assert "Anna de Boer" in text or "Anna" in text
        for secret in ("06-99887766", "anna.deboer@example.org", "3563"):
            assert secret not in text
