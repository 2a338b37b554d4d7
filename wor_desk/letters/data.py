"""The values of one letter, built from a trajectory and the profile settings.

Only what the referrer needs goes in: the reason for referral, what matters to the client,
what was agreed and started, the outcome, the next step and how to reach the coach. Notes of
conversations, pause reasons and the client's address or phone never do. Nothing is built
without the client's recorded consent (`process.check_feedback_allowed`).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from wor_desk import codes
from wor_desk.dates import MONTH_NAMES, fmt
from wor_desk.domain import process
from wor_desk.errors import InputError, RuleViolation, Violation
from wor_desk.values import TrajectoryDetail

#: The longest sentence a coach may add (the letter stays one page).
EXTRA_MAX = 600

#: Every placeholder a template may use: name -> (Dutch, English) description (docs/letters.md).
PLACEHOLDERS: dict[str, tuple[str, str]] = {
    "organisatie_naam": ("naam van de welzijnsorganisatie", "name of the welfare organisation"),
    "organisatie_adres": (
        "adres van de organisatie (meerdere regels)",
        "the organisation's address (several lines)",
    ),
    "coach_naam": ("naam van de coach", "the coach's name"),
    "coach_telefoon": ("telefoon van de coach", "the coach's phone"),
    "coach_email": ("e-mail van de coach", "the coach's email"),
    "datum": ("datum van de brief, voluit (23 november 2026)", "the letter's date in words"),
    "datum_kort": ("datum van de brief (23-11-2026)", "the letter's date (23-11-2026)"),
    "kenmerk": (
        "ons kenmerk: cliëntnummer-trajectnummer",
        "our reference: client number-trajectory number",
    ),
    "moment": ("het moment van de brief (Na de kennismaking, ...)", "the letter's moment"),
    "verwijzer_naam": ("naam van de verwijzer", "the referrer's name"),
    "verwijzer_praktijk": ("praktijk van de verwijzer", "the referrer's practice"),
    "verwijzer_adres": (
        "adres van de praktijk uit het verwijzersregister (meerdere regels)",
        "the practice's address from the register of referrers (several lines)",
    ),
    "verwijzer_type": ("soort verwijzer (Huisarts, POH, ...)", "kind of referrer"),
    "client_naam": ("voor- en achternaam van de cliënt", "the client's full name"),
    "client_voornaam": (
        "voornaam van de cliënt (anders de volledige naam)",
        "the client's first name (else the full name)",
    ),
    "client_aanspreking": (
        "de cliënt zoals een brief aan een huisarts hem of haar noemt: mevrouw De Boer, de heer"
        " De Boer; bij geslacht onbekend of X de volledige naam",
        "the client as a letter to a GP names them: Ms De Boer, Mr De Boer; the full name when"
        " the gender is unknown or X",
    ),
    "client_aanspreking_hoofd": (
        "hetzelfde, aan het begin van een zin (Mevrouw De Boer, De heer De Boer)",
        "the same at the start of a sentence",
    ),
    "client_geboortedatum": ("geboortedatum van de cliënt", "the client's date of birth"),
    "client_nr": ("cliëntnummer", "client number"),
    "verwijsdatum": ("datum van de verwijzing", "date of the referral"),
    "redenen": ("redenen van verwijzing (eenzaamheid en stress)", "reasons for referral"),
    "reden_omschrijving": (
        "toelichting van de verwijzer bij de reden",
        "the referrer's description of the reason",
    ),
    "eerste_contact": ("datum van het eerste contact", "date of the first contact"),
    "kennismaking": ("datum van het kennismakingsgesprek", "date of the intake conversation"),
    "aantal_gesprekken": (
        "aantal gevoerde begeleidingsgesprekken vóór de start (leeg bij 0 of als er niets startte)",
        "number of coaching conversations held before the start (empty when 0 or nothing started)",
    ),
    "behoefte": (
        "wat voor de cliënt belangrijk is (de behoefte)",
        "what matters to the client (the need)",
    ),
    "aanbod": ("soort aanbod (Bewegen met plezier, ...)", "kind of activity or support"),
    "activiteit": ("naam van de activiteit of oplossing", "name of the activity or solution"),
    "aanbieder": ("aanbieder van de activiteit", "provider of the activity"),
    "start_activiteit": ("startdatum van de activiteit", "start date of the activity"),
    "nazorg_gepland": (
        "datum waarop het nazorgcontact gepland of verwacht is",
        "date the follow-up contact is planned or expected",
    ),
    "nazorg_uitkomst": (
        "uitkomst van het laatste nazorgcontact",
        "outcome of the last follow-up contact",
    ),
    "nazorg_datum": ("datum van het laatste nazorgcontact", "date of the last follow-up contact"),
    "nazorg_zin": (
        "de uitkomst van het laatste nazorgcontact als zin (uit [nazorg] van het sjabloon)",
        "the last follow-up's outcome as a sentence (from the template's [nazorg])",
    ),
    "verwachting": (
        "wat er van de verwijzer verwacht wordt, passend bij de reden van afsluiten"
        " (uit [afsluiting.<reden>] van het sjabloon)",
        "what is expected of the referrer, fitting the closing reason"
        " (from the template's [afsluiting.<reason>])",
    ),
    "afgerond": ("datum van afsluiten", "closing date"),
    "afsluitreden": ("reden van afsluiten", "closing reason"),
    "afsluit_toelichting": ("toelichting bij het afsluiten", "closing note"),
    "extra": (
        "de zin die de coach toevoegt (of de tekst van een vrije brief)",
        "the coach's added sentence (or a free letter's text)",
    ),
}


@dataclass(frozen=True)
class HealthScoreRow:
    """One Positive Health dimension (0-10) at the start and at the end, when recorded."""

    dimensie: str  # a label in the letter's language
    begin: float | None = None
    eind: float | None = None


@dataclass(frozen=True)
class LetterData:
    """Everything a template is filled with, as display text (dates dd-mm-yyyy, labels)."""

    trajectory_id: int
    moment: str  # codes.TERUGKOPPELING_MOMENT
    lang: str
    values: Mapping[str, str]  # PLACEHOLDERS -> text ("" when not known)
    logo: bytes | None = None
    scores: tuple[HealthScoreRow, ...] = field(default=())  # Positive Health, when recorded
    afsluitreden: str | None = None  # the closing reason code (picks the closing wording)
    nazorg_uitkomst: str | None = None  # the last follow-up's outcome code (picks its sentence)


def long_date(d: date | None, lang: str = "nl") -> str:
    """23 november 2026 / 23 November 2026 (the one date style of a letter); "" for None."""
    if d is None:
        return ""
    return f"{d.day} {MONTH_NAMES['en' if lang == 'en' else 'nl'][d.month - 1]} {d.year}"


#: How a letter to a GP names a client, by recorded gender: (nl, en) title before the surname.
_TITLES = {"vrouw": ("mevrouw", "Ms"), "man": ("de heer", "Mr")}


def salutation(
    voornaam: str | None, achternaam: str, geslacht: str | None, lang: str = "nl"
) -> str:
    """ "mevrouw De Boer" / "de heer De Boer" (a surname prefix gets its capital after a
    title: mevrouw De Boer); the full name when the gender is unknown or X."""
    naam = " ".join(x for x in (voornaam, achternaam) if x)
    title = _TITLES.get((geslacht or "").strip())
    if title is None or not achternaam:
        return naam
    surname = achternaam[:1].upper() + achternaam[1:]
    return f"{title[1] if lang == 'en' else title[0]} {surname}"


def capital_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_words(items: Sequence[str], lang: str = "nl") -> str:
    """a, b en c / a, b and c."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {'and' if lang == 'en' else 'en'} {items[-1]}"


def decode_logo(value: object) -> bytes | None:
    """The logo setting (base64 text) as image bytes; None when unset or unreadable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None


def check_letter(detail: TrajectoryDetail, moment: str, extra: str = "") -> list[Violation]:
    """Every reason this letter may not be made (empty when it may)."""
    if moment not in codes.TERUGKOPPELING_MOMENT:
        raise InputError(
            "letter_moment_unknown",
            value=moment,
            codes=", ".join(codes.TERUGKOPPELING_MOMENT.codes()),
        )
    problems = list(process.check_feedback_allowed(detail.trajectory.toestemming_terugkoppeling))
    if detail.facts.is_self_referral:
        problems.append(Violation("verwijzer_type", "letter_self_referral", {}))
    if moment != "vrij" and process.moment_date(detail.facts, moment) is None:
        what = {"intake": "kennismaking", "start": "start_activiteit", "afronding": "afgerond"}[
            moment
        ]
        problems.append(
            Violation(
                what,
                "letter_moment_not_reached",
                {"moment": codes.TERUGKOPPELING_MOMENT.label(moment), "field": what},
            )
        )
    if moment == "vrij" and not extra.strip():
        problems.append(Violation("extra", "letter_free_needs_text", {}))
    if len(extra) > EXTRA_MAX:
        problems.append(
            Violation("extra", "letter_extra_too_long", {"n": len(extra), "max": EXTRA_MAX})
        )
    return problems


def _lower_first(label: str) -> str:
    """A code label inside a sentence: 'Afgerond, doel bereikt' -> 'afgerond, doel bereikt'."""
    return label[:1].lower() + label[1:]


_CONTROL = {i: None for i in (*range(32), *range(0x7F, 0xA0)) if i not in (9, 10)} | {9: " "}


def _clean(text: str, multiline: bool) -> str:
    """Display text: no control characters; one line unless the value may hold several."""
    text = text.replace("\r\n", "\n").translate(_CONTROL)
    if not multiline:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines).strip()


def build_letter_data(
    detail: TrajectoryDetail,
    settings: Mapping[str, object],
    moment: str,
    *,
    today: date,
    lang: str = "nl",
    extra: str = "",
    scores: Sequence[HealthScoreRow] = (),
    practice_address: str = "",
) -> LetterData:
    """The letter's values; raises RuleViolation (consent, moment not reached, ...) and builds nothing then."""
    extra = (extra or "").strip()
    problems = check_letter(detail, moment, extra)
    if problems:
        raise RuleViolation(problems)
    t, c = detail.trajectory, detail.client

    def s(key: str) -> str:
        v = settings.get(key)
        return str(v).strip() if v not in (None, "") else ""

    def label(cl: codes.CodeList, code: str | None) -> str:
        return cl.label(code, lang) if code else ""

    naam = " ".join(x for x in (c.voornaam, c.achternaam) if x)
    aanspreking = salutation(c.voornaam, c.achternaam, c.geslacht, lang)
    started = t.start_activiteit is not None
    held = [x for x in detail.contacts if not x.gepland]
    gesprekken = sum(1 for x in held if x.soort == "gesprek")
    last_nazorg = next((x for x in reversed(held) if x.soort == "nazorg" and x.uitkomst), None)
    nazorg_due = detail.state.due if detail.state.next_action == "nazorg" else None
    values = {
        "organisatie_naam": s("organisatie_naam"),
        "organisatie_adres": s("organisatie_adres"),
        "coach_naam": s("coach_naam"),
        "coach_telefoon": s("coach_telefoon"),
        "coach_email": s("coach_email"),
        "datum": long_date(today, lang),
        "datum_kort": fmt(today),
        "kenmerk": f"{c.client_nr}-{t.id}",
        "moment": label(codes.TERUGKOPPELING_MOMENT, moment),
        "verwijzer_naam": t.verwijzer_naam or "",
        "verwijzer_praktijk": t.verwijzer_praktijk or "",
        "verwijzer_adres": practice_address,
        "verwijzer_type": label(codes.VERWIJZER_TYPE, t.verwijzer_type),
        "client_naam": naam,
        "client_voornaam": c.voornaam or naam,
        "client_aanspreking": aanspreking,
        "client_aanspreking_hoofd": capital_first(aanspreking),
        "client_geboortedatum": long_date(c.geboortedatum, lang),
        "client_nr": c.client_nr,
        "verwijsdatum": long_date(t.verwijsdatum, lang),
        "redenen": join_words([codes.REDEN.label(r, lang).lower() for r in detail.redenen], lang),
        "reden_omschrijving": t.reden_omschrijving or "",
        "eerste_contact": long_date(t.eerste_contact, lang),
        "kennismaking": long_date(t.kennismaking, lang),
        "aantal_gesprekken": str(gesprekken) if gesprekken and started else "",
        "behoefte": t.behoefte or "",
        # what was started: only when something started (a closing letter after an
        # unsuccessful ending does not list a planned activity as if it had begun)
        "aanbod": label(codes.AANBOD, t.aanbod) if started else "",
        "activiteit": (t.activiteit or "") if started else "",
        "aanbieder": (t.aanbieder or "") if started else "",
        "start_activiteit": long_date(t.start_activiteit, lang),
        "nazorg_gepland": long_date(nazorg_due, lang),
        "nazorg_uitkomst": _lower_first(label(codes.NAZORG_UITKOMST, last_nazorg.uitkomst))
        if last_nazorg
        else "",
        "nazorg_datum": long_date(last_nazorg.datum, lang) if last_nazorg else "",
        "nazorg_zin": "",  # filled from the template (template.fill)
        "verwachting": "",  # filled from the template (template.fill)
        "afgerond": long_date(t.afgerond, lang),
        "afsluitreden": _lower_first(label(codes.AFSLUITREDEN, t.afsluitreden)),
        "afsluit_toelichting": t.afsluit_toelichting or "",
        "extra": extra,
    }
    values = {
        k: _clean(v, multiline=k in ("organisatie_adres", "verwijzer_adres", "extra"))
        for k, v in values.items()
    }
    assert set(values) == set(PLACEHOLDERS)
    scores = tuple(sc for sc in scores if sc.begin is not None or sc.eind is not None)
    return LetterData(
        detail.id,
        moment,
        lang,
        values,
        decode_logo(settings.get("organisatie_logo")),
        scores,
        t.afsluitreden if moment == "afronding" else None,
        last_nazorg.uitkomst if last_nazorg else None,
    )
