"""The organisation's letter templates: readable TOML files with named placeholders.

A template (resources/letters/nl.toml, en.toml; an organisation may keep its own copy in
`<WOR_DESK_HOME>/letters/<taal>.toml`, which wins) holds the letter's fixed wording, one
`[moment.<code>]` per moment with its list of sections, and the sections themselves.

Filling follows rules a person can check by reading the template:
- a line with an empty placeholder is left out, and a section whose text is then empty is
  left out (with its heading);
- a line starting with `|` is a reserve: it is used only when the line above it was left out;
- a one-line field (betreft, aanhef, titel, kop, slot, voettekst) is filled the same way and
  put on one line.
"""

from __future__ import annotations

import os
import string
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from wor_desk import resources
from wor_desk.errors import InputError
from wor_desk.letters.data import PLACEHOLDERS, HealthScoreRow, LetterData
from wor_desk.store import paths

#: The shipped run-time files (templates, fonts): the package wor_desk_resources.
RESOURCES = resources.root()
MOMENTS = ("intake", "start", "afronding", "vrij")
LABELS = ("datum", "kenmerk", "verwijzing", "betreft", "aan", "pg_dimensie", "pg_begin", "pg_eind")
LETTER_FIELDS = ("ontvanger", "betreft", "aanhef", "slot", "ondertekening", "voettekst")
TABLES = ("positieve_gezondheid",)

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class SectionTemplate:
    key: str
    kop: str
    tekst: str
    tabel: str | None = None


@dataclass(frozen=True)
class MomentTemplate:
    titel: str
    inleiding: str
    secties: tuple[str, ...]


@dataclass(frozen=True)
class ClosingTemplate:
    """The closing letter's wording for one closing reason (`[afsluiting.<reden>]`): its own
    title, opening and sections (empty: the moment's), and what is expected of the referrer."""

    titel: str
    inleiding: str
    secties: tuple[str, ...]
    verwachting: str


@dataclass(frozen=True)
class Template:
    path: Path
    lang: str
    labels: dict[str, str]
    letter: dict[str, str]
    moments: dict[str, MomentTemplate]
    sections: dict[str, SectionTemplate]
    closings: dict[str, ClosingTemplate] = field(default_factory=dict)  # by afsluitreden code
    followups: dict[str, str] = field(default_factory=dict)  # [nazorg]: outcome code -> sentence


@dataclass(frozen=True)
class Section:
    kop: str
    lines: tuple[str, ...]  # "" marks a paragraph break
    scores: tuple[HealthScoreRow, ...] = field(default=())


@dataclass(frozen=True)
class FilledLetter:
    """A letter's content, ready for the PDF and the plain-text renderers."""

    lang: str
    labels: dict[str, str]
    organisatie_naam: str
    organisatie_adres: tuple[str, ...]
    logo: bytes | None
    ontvanger: tuple[str, ...]
    datum: str
    kenmerk: str
    verwijsdatum: str
    betreft: str
    titel: str
    aanhef: str
    inleiding: tuple[str, ...]
    sections: tuple[Section, ...]
    slot: str
    ondertekening: tuple[str, ...]
    voettekst: str


def template_path(lang: str) -> Path:
    """The organisation's own copy when there is one, else the shipped template."""
    own = paths.home() / "letters" / f"{lang}.toml"
    return own if own.is_file() else RESOURCES / "letters" / f"{lang}.toml"


def load_template(lang: str = "nl") -> Template:
    path = template_path(lang)
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        raise InputError("letter_template_missing", path=str(path)) from None
    return _load(path, stamp)


@lru_cache(maxsize=8)
def _load(path: Path, _stamp: int) -> Template:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError("letter_template_invalid", path=str(path), reason=str(exc)) from None
    return parse_template(raw, path)


def _bad(path: Path, reason: str) -> InputError:
    return InputError("letter_template_invalid", path=str(path), reason=reason)


def _text(table: dict, key: str, path: Path, where: str, required: bool = True) -> str:
    value = table.get(key, None if required else "")
    if not isinstance(value, str):
        raise _bad(path, f"'{where}.{key}' ontbreekt of is geen tekst / is missing or not text")
    _check_placeholders(value, path, f"{where}.{key}")
    return value


def _check_placeholders(text: str, path: Path, where: str) -> None:
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError as exc:
        raise _bad(path, f"'{where}': {exc}") from None
    for _, name, _, _ in parsed:
        if name is not None and name not in PLACEHOLDERS:
            raise InputError("letter_template_placeholder", path=str(path), name=name, where=where)


def parse_template(raw: dict, path: Path) -> Template:
    """Check a parsed template completely (every placeholder known, every section defined)."""
    labels_raw = raw.get("labels", {})
    letter_raw = raw.get("brief", {})
    if not isinstance(labels_raw, dict) or not isinstance(letter_raw, dict):
        raise _bad(path, "[labels] en [brief] moeten tabellen zijn / must be tables")
    labels = {k: _text(labels_raw, k, path, "labels") for k in LABELS}
    letter = {k: _text(letter_raw, k, path, "brief") for k in LETTER_FIELDS}
    sections: dict[str, SectionTemplate] = {}
    for key, sec in (raw.get("sectie") or {}).items():
        if not isinstance(sec, dict):
            raise _bad(path, f"[sectie.{key}] moet een tabel zijn / must be a table")
        tabel = sec.get("tabel")
        if tabel is not None and tabel not in TABLES:
            raise _bad(path, f"sectie.{key}.tabel: '{tabel}' (kies / choose: {', '.join(TABLES)})")
        sections[key] = SectionTemplate(
            key,
            _text(sec, "kop", path, f"sectie.{key}", required=False),
            _text(sec, "tekst", path, f"sectie.{key}", required=tabel is None),
            tabel,
        )
    moments: dict[str, MomentTemplate] = {}
    for m in MOMENTS:
        mt = (raw.get("moment") or {}).get(m)
        if not isinstance(mt, dict):
            raise _bad(path, f"[moment.{m}] ontbreekt / is missing")
        secties = mt.get("secties", [])
        if not isinstance(secties, list) or not all(isinstance(x, str) for x in secties):
            raise _bad(
                path, f"moment.{m}.secties moet een lijst van namen zijn / must be a list of names"
            )
        unknown = [x for x in secties if x not in sections]
        if unknown:
            raise _bad(
                path,
                f"moment.{m}.secties noemt onbekende secties / names unknown sections: {', '.join(unknown)}",
            )
        moments[m] = MomentTemplate(
            _text(mt, "titel", path, f"moment.{m}"),
            _text(mt, "inleiding", path, f"moment.{m}"),
            tuple(secties),
        )
    closings: dict[str, ClosingTemplate] = {}
    for code, ct in (raw.get("afsluiting") or {}).items():
        if not isinstance(ct, dict):
            raise _bad(path, f"[afsluiting.{code}] moet een tabel zijn / must be a table")
        secties = ct.get("secties", [])
        if not isinstance(secties, list) or any(x not in sections for x in secties):
            raise _bad(
                path,
                f"afsluiting.{code}.secties moet een lijst van bekende secties zijn"
                " / must be a list of known sections",
            )
        closings[code] = ClosingTemplate(
            _text(ct, "titel", path, f"afsluiting.{code}", required=False),
            _text(ct, "inleiding", path, f"afsluiting.{code}", required=False),
            tuple(secties),
            _text(ct, "verwachting", path, f"afsluiting.{code}", required=False),
        )
    followups = {
        code: _text(raw["nazorg"], code, path, "nazorg") for code in (raw.get("nazorg") or {})
    }
    lang = raw.get("taal", path.stem)
    return Template(path, str(lang), labels, letter, moments, sections, closings, followups)


def _names(line: str) -> list[str]:
    return [name for _, name, _, _ in _FORMATTER.parse(line) if name is not None]


def fill_lines(text: str, values: dict[str, str]) -> tuple[str, ...]:
    """A text block. A line with an empty placeholder is left out; a line starting with `|` is a
    reserve, used only when the line above it was left out; blank lines separate paragraphs."""
    out: list[str] = []
    chain_done = False  # the current line or one of its reserves was used
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            if out and out[-1] != "":
                out.append("")
            chain_done = False
            continue
        reserve = line.startswith("|")
        if reserve:
            if chain_done:
                continue
            line = line[1:].strip()
        if any(not values.get(n) for n in _names(line)):
            chain_done = chain_done if reserve else False
            continue
        out.extend(line.format_map(values).split("\n"))
        chain_done = True
    while out and out[-1] == "":
        out.pop()
    return tuple(out)


def fill_one(text: str, values: dict[str, str]) -> str:
    """A one-line field (betreft, aanhef, titel, kop): the block's lines joined on one line."""
    return " ".join(" ".join(fill_lines(text, values)).split())


def closing_for(template: Template, reason: str | None) -> ClosingTemplate | None:
    """The wording for a closing reason; a code the template does not know (one a region
    added) takes `overig`'s."""
    if not reason:
        return None
    return template.closings.get(reason) or template.closings.get("overig")


def fill(template: Template, data: LetterData) -> FilledLetter:
    v = dict(data.values)
    mt = template.moments[data.moment]
    titel, inleiding, secties = mt.titel, mt.inleiding, mt.secties
    if data.nazorg_uitkomst and data.nazorg_uitkomst in template.followups:
        v["nazorg_zin"] = " ".join(fill_lines(template.followups[data.nazorg_uitkomst], v))
    closing = closing_for(template, data.afsluitreden) if data.moment == "afronding" else None
    if closing is not None:
        titel = closing.titel or titel
        inleiding = closing.inleiding or inleiding
        secties = closing.secties or secties
        v["verwachting"] = "\n".join(fill_lines(closing.verwachting, v))
    sections = []
    for key in secties:
        st = template.sections[key]
        lines = fill_lines(st.tekst, v) if st.tekst else ()
        scores = data.scores if st.tabel == "positieve_gezondheid" else ()
        if lines or scores:
            sections.append(Section(fill_one(st.kop, v) if st.kop else "", lines, scores))
    return FilledLetter(
        lang=data.lang,
        labels=template.labels,
        organisatie_naam=v["organisatie_naam"],
        organisatie_adres=tuple(x for x in v["organisatie_adres"].split("\n") if x.strip()),
        logo=data.logo,
        ontvanger=tuple(x for x in fill_lines(template.letter["ontvanger"], v) if x),
        datum=v["datum"],
        kenmerk=v["kenmerk"],
        verwijsdatum=v["verwijsdatum"],
        betreft=fill_one(template.letter["betreft"], v),
        titel=fill_one(titel, v),
        aanhef=fill_one(template.letter["aanhef"], v),
        inleiding=fill_lines(inleiding, v),
        sections=tuple(sections),
        slot=fill_one(template.letter["slot"], v),
        ondertekening=tuple(x for x in fill_lines(template.letter["ondertekening"], v) if x),
        voettekst=fill_one(template.letter["voettekst"], v),
    )
