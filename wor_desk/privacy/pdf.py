"""The inzage (access copy) as a readable PDF in the coach's language (reportlab, DejaVu Sans
embedded as in the letters). Input: the dict of `PrivacyService.export`; every value in it is
shown (empty fields are left out and the copy says so)."""

from __future__ import annotations

import io
import threading
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from wor_desk import codes, resources
from wor_desk.messages import FIELDS

#: DejaVu Sans as shipped for the letters (resources/fonts): covers every script a name may use.
FONTS = {
    "PrivSans": "DejaVuSans.ttf",
    "PrivSans-Bold": "DejaVuSans-Bold.ttf",
}
_lock = threading.Lock()


def register_fonts() -> None:
    with _lock:
        if "PrivSans" in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, str(resources.path("fonts", file))))


ACCENT = colors.HexColor("#1F5C63")
LIGHT = colors.HexColor("#E4ECEC")

#: Labels this copy needs beyond wor_desk.messages.FIELDS (nl, en).
LABELS: dict[str, tuple[str, str]] = {
    "title": ("Inzage in uw gegevens", "Access to your data"),
    "intro": (
        "Dit overzicht bevat alles wat WoR Desk over {naam} (cliëntnummer {nr}) bewaart: de "
        "persoonsgegevens, elk traject met alles wat erbij is vastgelegd, en het logboek van "
        "wijzigingen. Gemaakt op {date} vanuit profiel '{profiel}'. Velden zonder waarde zijn "
        "weggelaten.",
        "This overview holds everything WoR Desk keeps about {naam} (client number {nr}): the "
        "personal details, every trajectory with everything recorded with it, and the log of "
        "changes. Made on {date} from profile '{profiel}'. Fields without a value are left out.",
    ),
    "client": ("Persoonsgegevens", "Personal details"),
    "trajectory": ("Traject {n}: verwezen op {date}", "Trajectory {n}: referred on {date}"),
    "traject_reden": ("Redenen van verwijzing", "Referral reasons"),
    "contact": ("Gesprekken en nazorg", "Conversations and follow-up"),
    "pauze": ("Pauzes", "Pauses"),
    "terugkoppeling": (
        "Terugkoppeling aan de verwijzer (brieven)",
        "Feedback to the referrer (letters)",
    ),
    "behoefte_aanbod": ("Behoefte (soorten aanbod)", "Need (kinds of offer)"),
    "match": ("Voorgestelde activiteiten", "Proposed activities"),
    "gezondheid": ("Positieve Gezondheid", "Positive Health"),
    "overig": ("Overige gegevens", "Other data"),
    "traject": ("Traject", "Trajectory"),
    "letters": ("Tekst van de verstuurde brieven", "Text of the letters sent"),
    "letter": ("Brief van {date} ({moment}, {kanaal})", "Letter of {date} ({moment}, {kanaal})"),
    "letter_not_kept": (
        "De tekst van deze brief is niet bewaard: de terugkoppeling is vastgelegd voordat WoR "
        "Desk de tekst van verstuurde brieven bewaarde, of zonder brief uit WoR Desk.",
        "The text of this letter was not kept: the feedback was recorded before WoR Desk kept "
        "the text of letters sent, or without a letter from WoR Desk.",
    ),
    "audit": ("Logboek van wijzigingen", "Log of changes"),
    "audit_none": ("Geen wijzigingen vastgelegd.", "No changes recorded."),
    "audit_intro": (
        "Elke keer dat iets van deze cliënt is vastgelegd of gewijzigd: wanneer, door welk "
        "profiel en welke velden. De inhoud van gevoelige velden staat niet in het logboek.",
        "Every time something of this client was recorded or changed: when, by which profile "
        "and which fields. The content of sensitive fields is not kept in the log.",
    ),
    "when": ("Wanneer (UTC)", "When (UTC)"),
    "profile": ("Profiel", "Profile"),
    "what": ("Wat", "What"),
    "fields": ("Velden", "Fields"),
    "aangemaakt": ("vastgelegd", "recorded"),
    "gewijzigd": ("gewijzigd", "changed"),
    "verwijderd": ("verwijderd", "removed"),
    "gewist": ("gewist", "erased"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "page": ("Inzage {nr}, pagina {page}", "Access copy {nr}, page {page}"),
    # fields not in messages.FIELDS
    "klachten": ("Klachten", "Complaints"),
    "reden_omschrijving": ("Omschrijving reden", "Reason described"),
    "kanaal": ("Kanaal", "Channel"),
    "behoefte": ("Behoefte", "Need"),
    "aanbieder": ("Aanbieder", "Provider"),
    "afsluit_toelichting": ("Toelichting afsluiten", "Closing note"),
    "soort": ("Soort", "Kind"),
    "datum": ("Datum", "Date"),
    "gepland": ("Gepland", "Planned"),
    "notitie": ("Notitie", "Note"),
    "brief_tekst": ("Tekst van de brief", "Text of the letter"),
    "uitkomst": ("Uitkomst", "Outcome"),
    "van": ("Van", "From"),
    "tot": ("Tot", "Until"),
    "moment": ("Moment", "Moment"),
    "code": ("Code", "Code"),
    "activiteit_naam": ("Activiteit", "Activity"),
    "voorgesteld": ("Voorgesteld", "Proposed"),
    "uitkomst_datum": ("Datum uitkomst", "Outcome date"),
    "afwijsreden": ("Reden afwijzen", "Reason declined"),
    "start": ("Gestart", "Started"),
    "gestopt": ("Gestopt", "Stopped"),
    "stopreden": ("Reden stoppen", "Reason stopped"),
    "lichaamsfuncties": ("Lichaamsfuncties", "Bodily functions"),
    "mentaal_welbevinden": ("Mentaal welbevinden", "Mental wellbeing"),
    "zingeving": ("Zingeving", "Meaningfulness"),
    "kwaliteit_van_leven": ("Kwaliteit van leven", "Quality of life"),
    "meedoen": ("Meedoen", "Participation"),
    "dagelijks_functioneren": ("Dagelijks functioneren", "Daily functioning"),
    "aangemaakt_op": ("Vastgelegd op", "Recorded on"),
    "gewijzigd_op": ("Laatst gewijzigd", "Last changed"),
}

#: Columns that are the store's bookkeeping, not the client's data.
HIDDEN = {"id", "client_id", "traject_id", "activiteit_id"}

#: Shown below the feedback table, letter by letter, not as table columns.
LETTER_FIELDS = {"brief_tekst", "brief_tekst_bewaard", "brief_tekst_toelichting"}

#: Code lists by (table, field) or field, so a code reads as its label.
CODE_LISTS = {
    ("client", "geslacht"): codes.GESLACHT,
    ("traject", "verwijzer_type"): codes.VERWIJZER_TYPE,
    ("traject", "kanaal"): codes.KANAAL,
    ("traject", "aanbod"): codes.AANBOD,
    ("traject", "afsluitreden"): codes.AFSLUITREDEN,
    ("traject_reden", "code"): codes.REDEN,
    ("behoefte_aanbod", "code"): codes.AANBOD,
    ("contact", "soort"): codes.CONTACT_SOORT,
    ("contact", "uitkomst"): codes.NAZORG_UITKOMST,
    ("terugkoppeling", "moment"): codes.TERUGKOPPELING_MOMENT,
    ("terugkoppeling", "kanaal"): codes.TERUGKOPPELING_KANAAL,
}

CHILDREN = (
    "traject_reden",
    "contact",
    "pauze",
    "terugkoppeling",
    "behoefte_aanbod",
    "match",
    "gezondheid",
)


def _l(key: str, lang: str, **kw: object) -> str:
    if key in LABELS:
        nl, en = LABELS[key]
    elif key in FIELDS:
        nl, en = FIELDS[key]
    else:
        nl = en = key.replace("_", " ").capitalize()
    text = en if lang == "en" else nl
    return text.format(**kw) if kw else text


def _value(table: str, field: str, v: object, lang: str) -> str:
    if v is None or v == "":
        return ""
    if isinstance(v, bool):
        return _l("yes" if v else "no", lang)
    cl = CODE_LISTS.get((table, field))
    if cl is not None and isinstance(v, str) and v in cl:
        return cl.label(v, lang)
    if isinstance(v, str) and len(v) >= 10 and v[4] == "-" and v[7] == "-":
        try:
            if len(v) == 10:
                return date.fromisoformat(v).strftime("%d-%m-%Y")
            return datetime.fromisoformat(v).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            pass
    return str(v)


def _field_label(field: str, lang: str) -> str:
    if field in ("aangemaakt", "gewijzigd"):
        return _l(field + "_op", lang)
    return _l(field, lang)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName="PrivSans", fontSize=9.5, leading=12.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName="PrivSans-Bold",
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName="PrivSans-Bold",
            fontSize=12,
            leading=15,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=base,
            fontName="PrivSans-Bold",
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "head": ParagraphStyle("head", parent=base, fontSize=7, leading=8.5),
        "letter": ParagraphStyle(
            "letter",
            parent=base,
            fontSize=8.5,
            leading=11,
            leftIndent=4 * mm,
            spaceBefore=2,
            spaceAfter=6,
        ),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _pairs(table: str, row: dict, lang: str, st, width: float) -> Table | None:
    data = [
        [_p(_field_label(k, lang), st["small"]), _p(_value(table, k, v, lang), st["body"])]
        for k, v in row.items()
        if k not in HIDDEN and not isinstance(v, list) and _value(table, k, v, lang)
    ]
    if not data:
        return None
    t = Table(data, colWidths=[width * 0.32, width * 0.68])
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _rows(table: str, rows: list[dict], lang: str, st, width: float) -> Table:
    cols = [
        k
        for k in rows[0]
        if k not in HIDDEN
        and not (table == "terugkoppeling" and k in LETTER_FIELDS)
        and any(_value(table, k, r.get(k), lang) for r in rows)
    ]
    head = [_p(_field_label(k, lang), st["head"]) for k in cols]
    body = [[_p(_value(table, k, r.get(k), lang), st["small"]) for k in cols] for r in rows]
    t = Table([head, *body], colWidths=[width / max(1, len(cols))] * len(cols), repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


def _audit_fields(table: str, velden: dict, lang: str) -> str:
    out = []
    for k, v in velden.items():
        if k in HIDDEN:
            continue
        if isinstance(v, list) and len(v) == 2:
            old, new = (_value(table, k, x, lang) for x in v)
            out.append(
                f"{_field_label(k, lang)}: {old or '—'} → {new or '—'}"
                if old
                else f"{_field_label(k, lang)}: {new or '—'}"
            )
        else:
            out.append(_field_label(k, lang))
    return "; ".join(out)


def _letters(rows: list[dict], lang: str, st) -> list:
    """Each logged letter's text as sent, or plainly that it was not kept."""
    out: list = [_p(_l("letters", lang), st["h3"])]
    for r in rows:
        head = _l(
            "letter",
            lang,
            date=_value("", "", r.get("datum"), lang),
            moment=_value("terugkoppeling", "moment", r.get("moment"), lang) or "—",
            kanaal=_value("terugkoppeling", "kanaal", r.get("kanaal"), lang) or "—",
        )
        out.append(_p(head, st["small"]))
        if r.get("brief_tekst"):
            out.append(_p(r["brief_tekst"], st["letter"]))
        else:
            out.append(_p(_l("letter_not_kept", lang), st["letter"]))
    return out


def render(data: dict, lang: str = "nl") -> bytes:
    st = _styles()
    buf = io.BytesIO()
    client = data["client"]
    naam = " ".join(x for x in (client.get("voornaam"), client.get("achternaam")) if x)
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=18 * mm,
        title=_l("title", lang),
        author="WoR Desk",
    )
    width = doc.width
    made = _value("", "gemaakt", data.get("gemaakt"), lang)
    story: list = [
        _p(_l("title", lang), st["title"]),
        _p(
            _l(
                "intro",
                lang,
                naam=naam,
                nr=client.get("client_nr"),
                date=made,
                profiel=data.get("profiel", ""),
            ),
            st["body"],
        ),
        _p(_l("client", lang), st["h2"]),
    ]
    t = _pairs("client", client, lang, st, width)
    if t is not None:
        story.append(t)
    for n, traj in enumerate(data.get("trajecten", []), 1):
        story.append(
            _p(
                _l("trajectory", lang, n=n, date=_value("", "", traj.get("verwijsdatum"), lang)),
                st["h2"],
            )
        )
        t = _pairs("traject", traj, lang, st, width)
        if t is not None:
            story.append(t)
        extra = [k for k, v in traj.items() if isinstance(v, list) and v]
        for key in [*(c for c in CHILDREN if c in extra), *(k for k in extra if k not in CHILDREN)]:
            story.append(_p(_l(key, lang), st["h3"]))
            story.append(_rows(key, traj[key], lang, st, width))
            if key == "terugkoppeling":
                story += _letters(traj[key], lang, st)
    for key, rows in (data.get("overig") or {}).items():
        story.append(_p(f"{_l('overig', lang)}: {_l(key, lang)}", st["h2"]))
        story.append(_rows(key, rows, lang, st, width))
    story += [
        _p(_l("audit", lang), st["h2"]),
        _p(_l("audit_intro", lang), st["small"]),
        Spacer(1, 4),
    ]
    audit = data.get("audit") or []
    if not audit:
        story.append(_p(_l("audit_none", lang), st["body"]))
    else:
        head = [_p(_l(k, lang), st["small"]) for k in ("when", "profile", "what", "fields")]
        body = [
            [
                _p(_value("", "", a["tijd"], lang), st["small"]),
                _p(a["profiel"], st["small"]),
                _p(f"{_l(a['tabel'], lang)}: {_l(a['soort'], lang)}", st["small"]),
                _p(_audit_fields(a["tabel"], a.get("velden") or {}, lang), st["small"]),
            ]
            for a in audit
        ]
        t = Table(
            [head, *body],
            colWidths=[width * 0.17, width * 0.13, width * 0.25, width * 0.45],
            repeatRows=1,
        )
        t.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, LIGHT),
                ]
            )
        )
        story.append(t)
    nr = client.get("client_nr")

    def footer(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont("PrivSans", 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, _l("page", lang, nr=nr, page=doc_.page))
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
