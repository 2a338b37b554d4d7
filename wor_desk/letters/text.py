"""A filled letter as plain text: to paste into Zorgdomein, VIPLive or a secure mail."""

from __future__ import annotations

import textwrap

from wor_desk.letters.template import FilledLetter


def _score(v: float | None) -> str:
    if v is None:
        return "-"
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}".replace(".", ",")


def render_text(letter: FilledLetter, width: int = 0) -> str:
    """The letter's content without letterhead (the receiving system knows sender and addressee).

    `width` > 0 wraps paragraphs at that many characters; 0 leaves lines whole (systems wrap)."""
    lab = letter.labels
    out = [
        f"{lab['betreft']}: {letter.titel}",
        letter.betreft,
        f"{lab['datum']}: {letter.datum}",
        f"{lab['kenmerk']}: {letter.kenmerk}",
    ]
    if letter.verwijsdatum:
        out.append(f"{lab['verwijzing']}: {letter.verwijsdatum}")
    out.append("")
    if letter.aanhef:
        out += [letter.aanhef, ""]
    out += [*letter.inleiding, ""]
    for sec in letter.sections:
        if sec.kop:
            out.append(sec.kop)
        out += list(sec.lines)
        if sec.scores:
            out.append(f"({lab['pg_begin']} -> {lab['pg_eind']})")
            out += [f"{x.dimensie}: {_score(x.begin)} -> {_score(x.eind)}" for x in sec.scores]
        out.append("")
    out += [letter.slot, "", *letter.ondertekening]
    if width > 0:
        out = [wrapped for line in out for wrapped in (textwrap.wrap(line, width) or [""])]
    return "\n".join(out).strip() + "\n"
