"""The PDF report a team lead sends as is: key figures beside the same period last year,
the intake target, waiting time and the 5-working-day share, the 12-month trend and a
chart per breakdown. Only counts: no names, birth dates, postcodes or free text."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from wor_desk import counts
from wor_desk.counts import percentage
from wor_desk.dates import fmt
from wor_desk.health import DIMENSIES
from wor_desk.reports import natural_order, referral_sentence, report_title
from wor_desk.values.counts import (
    INTAKE_TARGET_PCT,
    KEY_FIGURES,
    Overview,
    Range,
    change_unit,
    nl_change,
    nl_number,
)

TEAL = colors.HexColor("#1F6F7A")
TEAL_LIGHT = colors.HexColor("#DCEBEE")
ORANGE = colors.HexColor("#E08A2E")
GREY = colors.HexColor("#5A5A5A")
GREEN = colors.HexColor("#2E7D32")
RED = colors.HexColor("#B23A2A")

#: Breakdowns drawn as charts, in codebook order: every breakdown of the codebook.
CHARTS = counts.BREAKDOWNS
_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_WIDTH = A4[0] - 36 * mm


def _styles():
    ss = getSampleStyleSheet()
    return {
        "title": ParagraphStyle(
            "t",
            parent=ss["Title"],
            fontSize=20,
            leading=24,
            textColor=TEAL,
            alignment=0,
            spaceAfter=2,
        ),
        "period": ParagraphStyle(
            "p", parent=ss["Normal"], fontSize=15, leading=19, textColor=colors.black, spaceAfter=3
        ),
        "sub": ParagraphStyle("s", parent=ss["Normal"], fontSize=11, leading=14, textColor=GREY),
        "h2": ParagraphStyle(
            "h2",
            parent=ss["Heading2"],
            fontSize=13,
            leading=16,
            textColor=TEAL,
            spaceBefore=10,
            spaceAfter=4,
        ),
        "body": ParagraphStyle("b", parent=ss["Normal"], fontSize=9.5, leading=13),
        "small": ParagraphStyle("sm", parent=ss["Normal"], fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("c", parent=ss["Normal"], fontSize=9.5, leading=12),
        "num": ParagraphStyle(
            "n", parent=ss["Normal"], fontSize=9.5, leading=12, alignment=TA_RIGHT
        ),
    }


def _value_text(ind: str, value) -> str:
    if value is None:
        return "geen intakes" if ind == "gemiddelde_dagen_tot_intake" else "–"
    if ind == "contact_binnen_5_werkdagen_pct":
        return nl_number(value, " %")
    if ind == "gemiddelde_dagen_tot_intake":
        return nl_number(value, " dagen")
    return nl_number(value)


def _key_table(o: Overview, st) -> Table:
    prev = o.period.previous_year()
    data = [["Kengetal", o.period.label("nl"), prev.label("nl"), "Verandering"]]
    for ind in KEY_FIGURES:
        data.append(
            [
                Paragraph(counts.label(ind, "nl"), st["cell"]),
                _value_text(ind, o.value(ind)),
                _value_text(ind, o.previous_value(ind)),
                nl_change(o.change(ind), change_unit(ind)),
            ]
        )
    t = Table(
        data, colWidths=[_WIDTH * 0.43, _WIDTH * 0.19, _WIDTH * 0.19, _WIDTH * 0.19], repeatRows=1
    )
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F3F8F9")]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C9D9DC")),
                ("FONTNAME", (1, 1), (1, -1), "Helvetica-Bold"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return t


def _target_box(o: Overview, st) -> Table:
    change = o.change_pct("intakes")
    met = o.intake_target_met()
    target = nl_number(INTAKE_TARGET_PCT, " %")
    if met is None:
        text = (
            f"<b>Doel +{target} intakes per jaar:</b> niet te bepalen, want in {o.period.previous_year().label('nl')} "
            "waren er geen intakes om mee te vergelijken."
        )
        colour = GREY
    else:
        verdict = "gehaald" if met else "niet gehaald"
        text = (
            f"<b>Doel +{target} intakes per jaar: {verdict}.</b> Intakes {nl_change(change)} ten opzichte van "
            f"{o.period.previous_year().label('nl')} ({nl_number(o.previous_value('intakes'))} naar "
            f"{nl_number(o.value('intakes'))})."
        )
        colour = GREEN if met else RED
    box = Table([[Paragraph(text, st["body"])]], colWidths=[_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.2, colour),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FAFAFA")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _summary(o: Overview, st) -> Paragraph:
    v = o.value("verwijzingen") or 0
    pct = o.value("contact_binnen_5_werkdagen_pct")
    wait = o.value("gemiddelde_dagen_tot_intake")
    parts = [escape(referral_sentence(o))]
    if v:
        parts.append(
            f"Bij <b>{nl_number(pct, ' %')}</b> was er binnen 5 werkdagen contact met de cliënt."
        )
    if wait is not None:
        parts.append(
            f"Van verwijzing tot kennismakingsgesprek duurde het gemiddeld <b>{nl_number(wait)}</b> dagen"
            f" (over {nl_number(o.value('intakes'))} intakes)."
        )
    else:
        parts.append("In deze periode waren er geen kennismakingsgesprekken.")
    return Paragraph(" ".join(parts), st["body"])


def _trend_chart(o: Overview) -> Drawing:
    h = 62 * mm
    d = Drawing(_WIDTH, h)
    ch = VerticalBarChart()
    ch.x, ch.y, ch.width, ch.height = 12 * mm, 12 * mm, _WIDTH - 16 * mm, h - 22 * mm
    ch.data = [[v for _, v, _ in o.trend], [k for _, _, k in o.trend]]
    ch.categoryAxis.categoryNames = [
        f"{_MONTHS_SHORT[int(m[5:]) - 1]} {m[2:4]}" for m, _, _ in o.trend
    ]
    ch.categoryAxis.labels.fontSize = 7
    ch.categoryAxis.labels.fontName = "Helvetica"
    ch.valueAxis.valueMin = 0
    ch.valueAxis.labels.fontSize = 7
    ch.valueAxis.visibleGrid = True
    ch.valueAxis.gridStrokeColor = colors.HexColor("#E3E3E3")
    top = max([1, *ch.data[0], *ch.data[1]])
    ch.valueAxis.valueMax = top * 1.15
    ch.valueAxis.valueStep = max(1, _nice_step(top))
    ch.bars[0].fillColor, ch.bars[1].fillColor = TEAL, ORANGE
    ch.bars.strokeColor = None
    ch.groupSpacing, ch.barSpacing = 4, 0.5
    d.add(ch)
    lg = Legend()
    lg.x, lg.y = _WIDTH - 60 * mm, h - 3 * mm
    lg.fontSize, lg.fontName = 8, "Helvetica"
    lg.columnMaximum, lg.dxTextSpace = 1, 4
    lg.alignment = "right"
    lg.colorNamePairs = [(TEAL, "Verwijzingen"), (ORANGE, "Intakes")]
    lg.deltax = 30 * mm
    d.add(lg)
    return d


def _nice_step(top: float) -> int:
    raw = top / 5
    for step in (
        1,
        2,
        5,
        10,
        20,
        25,
        50,
        100,
        200,
        250,
        500,
        1000,
        2000,
        2500,
        5000,
        10000,
        20000,
        50000,
    ):
        if step >= raw:
            return step
    return int(raw)


def _breakdown_chart(o: Overview, ind: str) -> Drawing:
    rows = natural_order(ind, o.breakdown(ind))
    extra = 0
    if len(rows) > 16:  # long free lists (wijken): the largest 15, the rest together
        extra = sum(n for _, n in rows[15:])
        rows = rows[:15]
    labels = [
        counts.category_label(ind, c, "nl") + (f" ({nl_number(n)})" if isinstance(n, Range) else "")
        for c, n in rows
    ] + (["Overige (samen)"] if extra else [])
    values = [n for _, n in rows] + ([extra] if extra else [])
    bar_h = 5.2 * mm
    h = len(values) * bar_h + 10 * mm
    d = Drawing(_WIDTH, h)
    ch = HorizontalBarChart()
    label_w = 62 * mm
    ch.x, ch.y, ch.width, ch.height = (
        label_w,
        4 * mm,
        _WIDTH - label_w - 18 * mm,
        len(values) * bar_h,
    )
    ch.data = [list(reversed(values))]
    ch.categoryAxis.categoryNames = [_clip(x, 42) for x in reversed(labels)]
    ch.categoryAxis.labels.fontSize = 8
    ch.categoryAxis.labels.fontName = "Helvetica"
    ch.categoryAxis.labels.boxAnchor = "e"
    ch.categoryAxis.labels.dx = -3
    ch.categoryAxis.strokeColor = colors.HexColor("#BBBBBB")
    ch.valueAxis.visible = False
    ch.valueAxis.valueMin = 0
    ch.valueAxis.valueMax = max(values) * 1.0 or 1
    ch.bars[0].fillColor = TEAL
    ch.bars.strokeColor = None
    ch.barLabelFormat = lambda v: nl_number(int(v))
    ch.barLabels.fontSize = 8
    ch.barLabels.fontName = "Helvetica"
    ch.barLabels.boxAnchor = "w"
    ch.barLabels.dx = 3
    d.add(ch)
    return d


def _table(rows: list[list], widths: list[float], st) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), TEAL_LIGHT),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#C9D9DC")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return t


def _share(n: int, base: int) -> str:
    return (
        f"{nl_number(n)} van {nl_number(base)} ({nl_number(percentage(n, base), ' %')})"
        if base
        else "–"
    )


def _supplement(o: Overview, st) -> list:
    """Part two of the report: beyond the codebook, clearly apart (reports.supplement)."""
    sp = o.supplement
    assert sp is not None
    end = fmt(o.period.end)
    mean = sp.conversations_mean
    rows = [
        ["Kengetal", "Waarde"],
        ["Verwijzingen die een kennismaking bereikten", _share(sp.reached_intake, sp.referrals)],
        ["Terugkoppeling verstuurd (bij toestemming)", _share(sp.with_letter, sp.with_consent)],
        [f"Lopende trajecten op {end}", nl_number(sp.open_at_end)],
        [f"Wachtlijst op {end} (verwezen, nog geen kennismaking)", nl_number(sp.waiting_at_end)],
        [
            "Gesprekken per afgesloten traject (gemiddeld / mediaan)",
            f"{nl_number(mean)} / {nl_number(sp.conversations_median)}"
            if mean is not None
            else "–",
        ],
    ]
    out: list = [
        PageBreak(),  # part two, on a page of its own
        Paragraph("Aanvullend: buiten het codeboek", st["h2"]),
        Paragraph(
            "Wat financiers vragen naast de registratie-indicatoren. Dit zijn geen cellen van het codeboek: "
            "ze staan niet in de CSV en gaan niet mee bij synchroniseren. Aandelen zijn genomen over de "
            "verwijzingen van de periode; lopend en wachtlijst op de laatste dag van de periode.",
            st["small"],
        ),
        Spacer(1, 2 * mm),
        _table(
            [[Paragraph(a, st["cell"]) if i else a, b] for i, (a, b) in enumerate(rows)],
            [_WIDTH * 0.62, _WIDTH * 0.38],
            st,
        ),
    ]
    oc = sp.outcome
    block: list = [
        Paragraph("Positieve Gezondheid: uitkomst", st["h2"]),
        Paragraph(
            f"Van de {nl_number(oc.closed)} trajecten die in de periode werden afgesloten, hebben er "
            f"{nl_number(oc.with_both)} een spinnenweb bij de start en bij de afsluiting.",
            st["body"],
        ),
    ]
    if oc.shown:
        block += [
            Paragraph(
                f"<b>{nl_number(oc.improved_pct, ' %')}</b> daarvan ({nl_number(oc.improved)}) scoorde bij de "
                "afsluiting hoger op minstens één van de zes dimensies.",
                st["body"],
            ),
            Spacer(1, 2 * mm),
            _table(
                [["Dimensie", "Gemiddelde verandering (0-10)"]]
                + [[DIMENSIES.label(d, "nl"), nl_change(ch, "punt")] for d, ch in oc.per_dimension],
                [_WIDTH * 0.62, _WIDTH * 0.38],
                st,
            ),
        ]
    else:
        block.append(
            Paragraph(
                f"Minder dan {oc.k} trajecten met beide scores: geen uitkomst getoond.", st["body"]
            )
        )
    out.append(KeepTogether(block))
    practices = [["Huisartspraktijk", "Verwijzingen"]] + [
        [Paragraph(escape(name), st["cell"]), nl_number(n)] for name, n in sp.per_practice
    ]
    practices.append(
        [
            Paragraph("<i>Van anderen (geen huisartspraktijk)</i>", st["cell"]),
            nl_number(sp.from_others),
        ]
    )
    out.append(
        KeepTogether(
            [
                Paragraph("Verwijzingen per huisartspraktijk", st["h2"]),
                _table(practices, [_WIDTH * 0.62, _WIDTH * 0.38], st),
            ]
        )
    )
    return out


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def pdf_bytes(o: Overview) -> bytes:
    st = _styles()
    buf = io.BytesIO()
    title = report_title(o)
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=title,
        author=o.organisation or "WoR Desk",
        subject="Registratie-indicatoren Welzijn op Recept",
    )
    story = [
        # a municipality's report: its name on the line of the period (the title stays one line)
        Paragraph(
            title.removesuffix(f" gemeente {o.gemeente}") if o.gemeente else title, st["title"]
        ),
        Paragraph(
            (f"Gemeente {escape(o.gemeente)} · " if o.gemeente else "")
            + o.period.label("nl").capitalize()
            if o.gemeente
            else o.period.label("nl").capitalize(),
            st["period"],
        ),
        Paragraph(
            " · ".join(
                x
                for x in (
                    o.organisation,
                    f"{fmt(o.period.start)} t/m {fmt(o.period.end)}",
                    f"opgemaakt op {fmt(o.made_on)}" if o.made_on else "",
                )
                if x
            ),
            st["sub"],
        ),
        *(
            [
                Paragraph(
                    f"Alleen cliënten die in de gemeente {escape(o.gemeente)} wonen; zelfde"
                    " definities als het codeboek.",
                    st["sub"],
                )
            ]
            if o.gemeente
            else []
        ),
        Spacer(1, 6 * mm),
        Paragraph("Kerncijfers", st["h2"]),
        _summary(o, st),
        Spacer(1, 3 * mm),
        _key_table(o, st),
        Spacer(1, 4 * mm),
        _target_box(o, st),
        CondPageBreak(80 * mm),
        Paragraph("Verloop over twaalf maanden", st["h2"]),
        _trend_chart(o),
    ]
    for ind in CHARTS:
        if o.gemeente and ind == "verwijzingen_per_gemeente":
            continue  # one municipality: its wijken follow
        rows = o.breakdown(ind)
        block = [
            Paragraph(counts.label(ind, "nl"), st["h2"]),
            Paragraph(counts.definition(ind, "nl"), st["small"]),
            Spacer(1, 2 * mm),
        ]
        block.append(
            _breakdown_chart(o, ind) if rows else Paragraph("Geen in deze periode.", st["body"])
        )
        story.append(KeepTogether(block))
    if o.supplement is not None:
        story += _supplement(o, st)
    story += [
        Spacer(1, 6 * mm),
        Paragraph(
            "Definities volgens het codeboek registratie-indicatoren Welzijn op Recept. Werkdagen zijn maandag tot en met "
            "vrijdag, zonder Nederlandse feestdagen. Dit rapport bevat alleen aantallen: geen namen, geboortedata, "
            "postcodes of vrije tekst.",
            st["small"],
        ),
    ]

    def footer(canvas, doc_) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.setFillColor(GREY)
        canvas.drawString(
            18 * mm,
            10 * mm,
            f"Welzijn op Recept · {o.period.label('nl')}"
            + (f" · gemeente {o.gemeente}" if o.gemeente else "")
            + " · WoR Desk",
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"pagina {doc_.page}")
        canvas.setStrokeColor(TEAL)
        canvas.setLineWidth(2)
        canvas.line(18 * mm, A4[1] - 10 * mm, A4[0] - 18 * mm, A4[1] - 10 * mm)
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()
