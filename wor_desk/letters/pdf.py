"""A filled letter as a one-page A4 PDF (reportlab), with DejaVu Sans embedded.

reportlab's built-in fonts cover Latin-1 only; DejaVu Sans (shipped in resources/fonts,
licence beside it) covers Dutch (é, ë, the ĳ ligature), Turkish (ı, İ, ş, ğ), Polish,
Czech, Scandinavian, Cyrillic, Greek and Arabic script letters. The body shrinks to fit
when a coach writes at length: the letter is always one page.
"""

from __future__ import annotations

import io
import threading
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wor_desk.errors import InputError
from wor_desk.letters.template import RESOURCES, FilledLetter

FONT_DIR = RESOURCES / "fonts"
FONTS = {
    "WorSans": "DejaVuSans.ttf",
    "WorSans-Bold": "DejaVuSans-Bold.ttf",
    "WorSans-Italic": "DejaVuSans-Oblique.ttf",
}

ACCENT = colors.HexColor("#1F5C63")
GREY = colors.HexColor("#5A5F66")
LIGHT = colors.HexColor("#E4ECEC")
PAGE_W, PAGE_H = A4
LEFT, RIGHT = 25 * mm, 20 * mm
TOP_RULE = PAGE_H - 38 * mm
FOOT = 20 * mm

_lock = threading.Lock()
_FONT = (
    "FONTNAME",
    (0, 0),
    (-1, -1),
    "WorSans",
)  # tables default to Helvetica, which is not embedded


def register_fonts() -> None:
    """Load the shipped TTFs once per process (never the system's fonts)."""
    with _lock:
        if "WorSans" in pdfmetrics.getRegisteredFontNames():
            return
        for name, file in FONTS.items():
            path = FONT_DIR / file
            if not path.is_file():
                raise InputError("letter_font_missing", path=str(path))
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            "WorSans",
            normal="WorSans",
            bold="WorSans-Bold",
            italic="WorSans-Italic",
            boldItalic="WorSans-Bold",
        )


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName="WorSans",
        bulletFontName="WorSans",
        fontSize=9.5,
        leading=13.2,
        textColor=colors.black,
    )
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11.5, textColor=GREY),
        "meta_label": ParagraphStyle("meta_label", base, fontSize=8.5, leading=12, textColor=GREY),
        "meta": ParagraphStyle("meta", base, fontSize=9, leading=12),
        "title": ParagraphStyle(
            "title", base, fontName="WorSans-Bold", fontSize=12, leading=15, textColor=ACCENT
        ),
        "betreft": ParagraphStyle(
            "betreft", base, fontName="WorSans-Bold", fontSize=9.5, leading=13
        ),
        "head": ParagraphStyle(
            "head",
            base,
            fontName="WorSans-Bold",
            fontSize=9.5,
            leading=12.5,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=1.5,
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11),
        "cell_r": ParagraphStyle("cell_r", base, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cell_head": ParagraphStyle(
            "cell_head", base, fontName="WorSans-Bold", fontSize=8, leading=10.5, textColor=GREY
        ),
        "cell_head_r": ParagraphStyle(
            "cell_head_r",
            base,
            fontName="WorSans-Bold",
            fontSize=8,
            leading=10.5,
            textColor=GREY,
            alignment=TA_RIGHT,
        ),
    }


def _p(text: str, style: str) -> Paragraph:
    return Paragraph(escape(text), _styles()[style])


def _lines(lines: tuple[str, ...], style: str = "body") -> list:
    """Template lines as paragraphs: consecutive lines share one paragraph with line breaks."""
    out, block = [], []
    for line in (*lines, ""):
        if line:
            block.append(escape(line))
        elif block:
            out.append(Paragraph("<br/>".join(block), _styles()[style]))
            out.append(Spacer(0, 3))
            block = []
    if out:
        out.pop()
    return out


def _score(v: float | None) -> str:
    if v is None:
        return "–"
    return str(int(v)) if float(v).is_integer() else f"{v:.1f}".replace(".", ",")


def _story(letter: FilledLetter, width: float) -> list:
    s = _styles()
    lab = letter.labels
    meta_rows = [(lab["datum"], letter.datum), (lab["kenmerk"], letter.kenmerk)]
    if letter.verwijsdatum:
        meta_rows.append((lab["verwijzing"], letter.verwijsdatum))
    meta = Table(
        [[_p(k, "meta_label"), _p(v, "meta")] for k, v in meta_rows],
        colWidths=[30 * mm, 40 * mm],
        hAlign="LEFT",
    )
    meta.setStyle(
        TableStyle(
            [
                _FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    to = (
        [Paragraph("<br/>".join(escape(x) for x in letter.ontvanger), s["meta"])]
        if letter.ontvanger
        else [Spacer(0, 0)]
    )
    head = Table([[to, meta]], colWidths=[width - 70 * mm, 70 * mm], hAlign="LEFT")
    head.setStyle(
        TableStyle(
            [
                _FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story: list = [head, Spacer(0, 11 * mm)]
    betreft = Table(
        [
            [
                _p(lab["betreft"], "meta_label"),
                [_p(letter.titel, "title"), _p(letter.betreft, "betreft")],
            ]
        ],
        colWidths=[18 * mm, width - 18 * mm],
        hAlign="LEFT",
    )
    betreft.setStyle(
        TableStyle(
            [
                _FONT,
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (0, 0), 3),
            ]
        )
    )
    story += [betreft, Spacer(0, 7 * mm)]
    if letter.aanhef:
        story += [_p(letter.aanhef, "body"), Spacer(0, 3)]
    story += _lines(letter.inleiding)
    for sec in letter.sections:
        if sec.kop:
            story.append(_p(sec.kop, "head"))
        else:
            story.append(Spacer(0, 5))
        story += _lines(sec.lines)
        if sec.scores:
            rows = [
                [
                    _p(lab["pg_dimensie"], "cell_head"),
                    _p(lab["pg_begin"], "cell_head_r"),
                    _p(lab["pg_eind"], "cell_head_r"),
                ]
            ]
            rows += [
                [
                    _p(sc.dimensie, "cell"),
                    _p(_score(sc.begin), "cell_r"),
                    _p(_score(sc.eind), "cell_r"),
                ]
                for sc in sec.scores
            ]
            t = Table(rows, colWidths=[62 * mm, 28 * mm, 32 * mm], hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        _FONT,
                        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LIGHT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ]
                )
            )
            story += [Spacer(0, 2), t]
    story += [Spacer(0, 7 * mm), _p(letter.slot, "body"), Spacer(0, 10 * mm)]
    if letter.ondertekening:
        first, *rest = letter.ondertekening
        story.append(
            Paragraph(
                "<br/>".join([f"<b>{escape(first)}</b>", *(escape(x) for x in rest)]), s["body"]
            )
        )
    return story


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        return ImageReader(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a broken logo never stops a letter
        return None


def _page(letter: FilledLetter):
    logo = _logo(letter.logo)

    def draw(canvas, doc) -> None:
        canvas.saveState()
        right = PAGE_W - RIGHT
        top = PAGE_H - 15 * mm
        if logo is not None:
            iw, ih = logo.getSize()
            scale = min(48 * mm / iw, 19 * mm / ih)
            w, h = iw * scale, ih * scale
            canvas.drawImage(logo, LEFT, top - h, w, h, mask="auto")
        elif letter.organisatie_naam:
            canvas.setFont("WorSans-Bold", 15)
            canvas.setFillColor(ACCENT)
            canvas.drawString(LEFT, top - 13, letter.organisatie_naam)
        y = top - 9
        if letter.organisatie_naam and logo is not None:
            canvas.setFont("WorSans-Bold", 10.5)
            canvas.setFillColor(ACCENT)
            canvas.drawRightString(right, y, letter.organisatie_naam)
            y -= 12.5
        canvas.setFont("WorSans", 8.5)
        canvas.setFillColor(GREY)
        for line in letter.organisatie_adres[:5]:
            canvas.drawRightString(right, y, line)
            y -= 11
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(LEFT, TOP_RULE, right, TOP_RULE)
        canvas.setStrokeColor(LIGHT)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, FOOT, right, FOOT)
        canvas.setFont("WorSans", 7)
        canvas.setFillColor(GREY)
        foot = [
            letter.voettekst,
            " · ".join(x for x in (letter.organisatie_naam, *letter.organisatie_adres) if x),
        ]
        y = FOOT - 9
        for line in foot:
            if line:
                canvas.drawString(LEFT, y, line[:180])
                y -= 9
        canvas.restoreState()

    return draw


def render_pdf(letter: FilledLetter, title: str = "Terugkoppeling Welzijn op Recept") -> bytes:
    """The letter as PDF bytes (one A4 page; never written to disk here)."""
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        initialFontName="WorSans",
        pagesize=A4,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=0,
        bottomMargin=0,
        title=title,
        author=letter.organisatie_naam or "WoR Desk",
        creator="WoR Desk",
        lang=letter.lang,
    )
    width = PAGE_W - LEFT - RIGHT
    body_top = TOP_RULE - 9 * mm
    body_bottom = FOOT + 5 * mm
    frame = Frame(
        LEFT,
        body_bottom,
        width,
        body_top - body_bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("letter", [frame], onPage=_page(letter))])
    story = [KeepInFrame(width, body_top - body_bottom, _story(letter, width), mode="shrink")]
    doc.build(story)
    return buf.getvalue()
