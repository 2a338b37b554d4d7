"""Tellingen, the team lead's dashboard: pick a month, quarter or year; see the key figures
beside the same period last year, the breakdowns as charts, the 12-month trend; export the
period as CSV, Excel or PDF. Everything comes from `desk.counts` (the codebook); counting
and exporting run through `ui.ops.Op`, off the UI thread."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk.dates import Period, fmt, parse_period, period_of
from wor_desk.desk import Changes, Desk
from wor_desk.errors import WorDeskError
from wor_desk.i18n import language
from wor_desk.values.counts import INTAKE_TARGET_PCT, KEY_FIGURES, Overview, nl_change, nl_number

TEAL = QColor("#1F6F7A")
ORANGE = QColor("#E08A2E")
KINDS = ("maand", "kwartaal", "jaar")
#: How many periods of each kind the period list offers, newest first.
_CHOICES = {"maand": 36, "kwartaal": 16, "jaar": 6}
_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

_STYLE = """
QFrame#card { background: white; border: 1px solid #C9D9DC; border-radius: 8px; }
QLabel#cardTitle { color: #4A4A4A; }
QLabel#cardValue { color: #1F6F7A; font-size: 22pt; font-weight: 600; }
QLabel#cardNote { color: #5A5A5A; }
QLabel#screenTitle { font-size: 16pt; font-weight: 600; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; color: #1F6F7A; }
"""


def show_number(value: int | Decimal | None, suffix: str = "") -> str:
    """A figure as the screen shows it: Dutch digits (1.234 / 33,3) unless the interface is English."""
    if value is None:
        return "–"
    if language() == "en":
        return (f"{value:,.1f}" if isinstance(value, Decimal) else f"{int(value):,}") + suffix
    return nl_number(value, suffix)


def _whole_number_axis(axis: QValueAxis, top: int | float) -> None:
    """An axis of counts with whole-number ticks only: "0, 0, 1, 1" came from four ticks over 0-1.2
    printed with %d. Ticks fall on whole steps (1, 2, 5, 10, ...) and the top is one of them."""
    top = max(1, int(top))
    step = 1
    for s in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        step = s
        if top / s <= 6:
            break
    ticks = -(-top // step) + (1 if top % step == 0 else 0)
    axis.setRange(0, ticks * step)
    axis.setTickCount(ticks + 1)
    axis.setLabelFormat("%d")


class _Card(QFrame):
    """One key figure: title, big value, and a line comparing with last year."""

    def __init__(self, indicator: str, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.indicator = indicator
        self.title = QLabel(title, self)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.value = QLabel("–", self)
        self.value.setObjectName("cardValue")
        self.value.setAccessibleName(title)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self)
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.note)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class DashboardView(QWidget):
    """The Tellingen screen. `loaded(period)` fires when a period's figures are shown,
    `exported(path)` when an export file is written."""

    loaded = Signal(str)
    exported = Signal(str)
    failed = Signal(str)

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self.overview: Overview | None = None
        self._op: Op | None = None
        self._pending: str | None = None
        self._exports: list[Op] = []
        self.setStyleSheet(_STYLE)

        title = QLabel(self.tr("Tellingen"), self)
        title.setObjectName("screenTitle")
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Soort periode"))
        for k, text in zip(
            KINDS, (self.tr("Maand"), self.tr("Kwartaal"), self.tr("Jaar")), strict=True
        ):
            self.kind.addItem(text, k)
        self.period_box = QComboBox(self)
        self.period_box.setAccessibleName(self.tr("Periode"))
        self.period_box.setMinimumContentsLength(18)
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setAccessibleName(self.tr("Vorige periode"))
        self.prev_button.setToolTip(self.tr("Vorige periode"))
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Volgende periode"))
        self.next_button.setToolTip(self.tr("Volgende periode"))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(36)
        self.gemeente_box = QComboBox(self)  # a municipality's report: only its residents
        self.gemeente_box.setAccessibleName(self.tr("Gemeente"))
        self.gemeente_box.setMinimumContentsLength(14)
        self._fill_gemeenten()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt_, text in (
            ("csv", self.tr("CSV…")),
            ("xlsx", self.tr("Excel…")),
            ("pdf", self.tr("PDF-rapport…")),
        ):
            b = QPushButton(text, self)
            b.setAccessibleName(self.tr("Exporteer als %s") % fmt_.upper())
            b.clicked.connect(lambda _=False, f=fmt_: self.ask_export(f))
            self.export_buttons[fmt_] = b

        # two rows: title and export, then the period (one row kept the window from
        # shrinking below ~1130 px)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Exporteer:"), self))
        for b in self.export_buttons.values():
            head.addWidget(b)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.period_box)
        bar.addWidget(self.next_button)
        bar.addWidget(self.gemeente_box)
        bar.addStretch(1)

        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("cardNote")
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Melding"))
        self.status.setWordWrap(True)

        body = QWidget(self)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.cards: dict[str, _Card] = {}
        shown = [k for k in KEY_FIGURES if k != "contact_binnen_5_werkdagen"]
        for i, ind in enumerate(shown):
            card = _Card(ind, body, desk.counts.label(ind))
            self.cards[ind] = card
            grid.addWidget(card, i // 3, i % 3)
        # beyond the codebook: the Positieve Gezondheid outcome of the period's closed trajectories
        self.outcome_card = _Card("uitkomst", body, self.tr("Positieve Gezondheid verbeterd"))
        grid.addWidget(self.outcome_card, len(shown) // 3, len(shown) % 3)
        self.trend_view = self._chart_view(body, 260)
        self.trend_view.setAccessibleName(self.tr("Verwijzingen en intakes per maand"))
        charts = QGridLayout()
        charts.setSpacing(10)
        self.charts: dict[str, QChartView] = {}
        for i, ind in enumerate(desk.counts.breakdowns):
            view = self._chart_view(body, 220)
            view.setAccessibleName(desk.counts.label(ind))
            self.charts[ind] = view
            charts.addWidget(view, i // 2, i % 2)
        section = lambda text: self._section(body, text)  # noqa: E731
        col = QVBoxLayout(body)
        col.addWidget(section(self.tr("Kerncijfers")))
        col.addLayout(grid)
        col.addWidget(section(self.tr("Verloop over twaalf maanden")))
        col.addWidget(self.trend_view)
        col.addWidget(section(self.tr("Uitsplitsingen")))
        col.addLayout(charts)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        lay = QVBoxLayout(self)
        lay.addLayout(head)
        lay.addLayout(bar)
        lay.addWidget(self.subtitle)
        lay.addWidget(self.status)
        lay.addWidget(scroll, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self.reload)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.gemeente_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        hub.changed.connect(self._changed)
        self.set_period(self.default_period().text)

    # -- choosing a municipality -------------------------------------------------------------
    def _fill_gemeenten(self) -> None:
        """ "Alle gemeenten" and the municipalities clients live in; the choice is kept."""
        keep = self.gemeente_box.currentData()
        self.gemeente_box.blockSignals(True)
        self.gemeente_box.clear()
        self.gemeente_box.addItem(self.tr("Alle gemeenten"), None)
        for name in self.desk.counts.gemeenten():
            self.gemeente_box.addItem(name, name)
        i = self.gemeente_box.findData(keep) if keep else 0
        self.gemeente_box.setCurrentIndex(max(i, 0))
        self.gemeente_box.blockSignals(False)

    def gemeente(self) -> str | None:
        return self.gemeente_box.currentData() or None

    def set_gemeente(self, name: str | None) -> None:
        i = self.gemeente_box.findData(name) if name else 0
        self.gemeente_box.setCurrentIndex(max(i, 0))

    # -- choosing a period ------------------------------------------------------------------
    def default_period(self) -> Period:
        """The last whole month: what a team lead hands in."""
        return period_of(self.desk.today(), "maand").shifted(-1)

    def period(self) -> str:
        return self.period_box.currentData() or self.default_period().text

    def set_period(self, text: str) -> None:
        """Show a period (`2026-03`, `2026-Q1`, `2026`); a bad one is reported, not shown."""
        try:
            p = parse_period(text)
        except WorDeskError as exc:
            self._show_error(exc.message())
            return
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(p.kind))
        self.kind.blockSignals(False)
        self._fill_periods(p)

    def _fill_periods(self, chosen: Period) -> None:
        newest = period_of(self.desk.today(), chosen.kind)
        items = [newest.shifted(-i) for i in range(_CHOICES[chosen.kind])]
        if chosen not in items:
            items.append(chosen)
            items.sort(key=lambda p: p.start, reverse=True)
        self.period_box.blockSignals(True)
        self.period_box.clear()
        for p in items:
            self.period_box.addItem(p.label(), p.text)
        self.period_box.setCurrentIndex(self.period_box.findData(chosen.text))
        self.period_box.blockSignals(False)
        self.reload()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        current = parse_period(self.period())
        self._fill_periods(
            period_of(current.end if current.end <= self.desk.today() else self.desk.today(), kind)
        )

    def _period_chosen(self) -> None:
        self.reload()

    def _step(self, steps: int) -> None:
        self.set_period(parse_period(self.period()).shifted(steps).text)

    # -- loading ----------------------------------------------------------------------------
    def _changed(self, changes: Changes) -> None:
        if changes.clients or changes.kinds & {"client", "import", "demo"}:
            self._fill_gemeenten()
        if changes.trajectories or changes.kinds & {
            "referral",
            "trajectory",
            "closing",
            "feedback",
            "client",
            "import",
        }:
            self._reload_timer.start()

    def reload(self) -> None:
        period, gemeente = self.period(), self.gemeente()
        if self._op is not None and self._op.running:
            self._pending = period
            return
        self._pending = None
        self.status.setText(self.tr("Tellen…"))
        self._op = (
            Op(self, lambda op: self.desk.counts.overview(period, gemeente))
            .success(self._show)
            .failure(self._failure)
        )
        self._op.run()

    def _failure(self, exc: BaseException) -> None:
        self._show_error(exc.message() if isinstance(exc, WorDeskError) else str(exc))
        self._again()

    def _again(self) -> None:
        if self._pending is not None and self._pending != (
            self.overview.period.text if self.overview else None
        ):
            self.reload()

    def _show(self, o: Overview) -> None:
        if o.period.text != self.period() or o.gemeente != self.gemeente():
            self.reload()  # the choice changed while counting (the op is done: runs now)
            return
        self.overview = o
        self.status.setText("")
        self.subtitle.setText(
            self.tr("%1: %2 t/m %3, vergeleken met %4")
            .replace("%1", o.period.label())
            .replace("%2", fmt(o.period.start))
            .replace("%3", fmt(o.period.end))
            .replace("%4", o.period.previous_year().label())
            + (
                self.tr(" · alleen cliënten in de gemeente %1").replace("%1", o.gemeente)
                if o.gemeente
                else ""
            )
        )
        self._show_cards(o)
        self._show_outcome(o)
        self._show_trend(o)
        for ind, view in self.charts.items():
            self._show_breakdown(view, ind, o)
        self.loaded.emit(o.period.text)
        self._again()

    def _show_outcome(self, o: Overview) -> None:
        """The share of closed trajectories (with a start and a closing score) that improved on
        at least one dimension; only where at least k contribute (the core decides)."""
        card = self.outcome_card
        oc = o.supplement.outcome if o.supplement is not None else None
        if oc is None or not oc.shown:
            card.value.setText(self.tr("te weinig"))
            card.note.setText(
                self.tr(
                    "%n afgesloten trajecten met scores bij start en afsluiting (minimaal %1)",
                    "",
                    oc.with_both if oc else 0,
                ).replace("%1", str(oc.k if oc else ""))
            )
            return
        card.value.setText(show_number(oc.improved_pct, " %"))
        card.note.setText(
            self.tr("%1 van %2 afgesloten trajecten met scores bij start en afsluiting")
            .replace("%1", show_number(oc.improved))
            .replace("%2", show_number(oc.with_both))
        )

    def _show_cards(self, o: Overview) -> None:
        for ind, card in self.cards.items():
            value = o.value(ind)
            if ind == "contact_binnen_5_werkdagen_pct":
                card.title.setText(self.tr("Contact binnen 5 werkdagen"))
                card.value.setText(show_number(value, " %"))
                note = (
                    self.tr("%1 van %2 verwijzingen")
                    .replace("%1", show_number(o.value("contact_binnen_5_werkdagen")))
                    .replace("%2", show_number(o.value("verwijzingen")))
                )
                if o.previous_value("verwijzingen"):
                    note += " · " + self.tr("vorig jaar %1").replace(
                        "%1", show_number(o.previous_value(ind), " %")
                    )
                else:  # a percentage of nothing said "vorig jaar 0,0 %"
                    note += " · " + self.tr("vorig jaar geen verwijzingen")
            elif ind == "gemiddelde_dagen_tot_intake":
                card.title.setText(self.tr("Wachttijd tot kennismaking"))
                card.value.setText(
                    self.tr("geen intakes")
                    if value is None
                    else show_number(value) + " " + self.tr("dagen")
                )
                prev = o.previous_value(ind)
                note = (
                    self.tr("gemiddeld, kalenderdagen")
                    + " · "
                    + self.tr("vorig jaar %1").replace(
                        "%1", "–" if prev is None else show_number(prev) + " " + self.tr("dagen")
                    )
                )
            else:
                card.value.setText(show_number(value))
                note = self.tr("vorig jaar %1").replace("%1", show_number(o.previous_value(ind)))
                change = o.change_pct(ind)
                if change is not None:
                    note += f" · {nl_change(change) if language() != 'en' else f'{change:+.1f} %'}"
                if ind == "intakes":
                    met = o.intake_target_met()
                    target = show_number(INTAKE_TARGET_PCT, " %")
                    if met is not None:
                        verdict = self.tr("gehaald") if met else self.tr("niet gehaald")
                        note += "\n" + self.tr("doel +%1: %2").replace("%1", target).replace(
                            "%2", verdict
                        )
            card.note.setText(note)

    # -- charts -----------------------------------------------------------------------------
    def _chart_view(self, parent: QWidget, height: int) -> QChartView:
        chart = QChart()
        chart.setBackgroundRoundness(8)
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.legend().setVisible(False)
        view = QChartView(chart, parent)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(height)
        return view

    @staticmethod
    def _section(parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName("sectionTitle")
        return label

    def _reset(self, view: QChartView, title: str) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        return chart

    def _show_trend(self, o: Overview) -> None:
        chart = self._reset(self.trend_view, self.tr("Verwijzingen en intakes per maand"))
        refs, intakes = QBarSet(self.tr("Verwijzingen")), QBarSet(self.tr("Intakes"))
        refs.setColor(TEAL)
        intakes.setColor(ORANGE)
        months = []
        for m, v, k in o.trend:
            refs.append(v)
            intakes.append(k)
            months.append(f"{_MONTHS_SHORT[int(m[5:]) - 1]} {m[2:4]}")
        for bar_set in (refs, intakes):
            bar_set.setLabelColor(QColor("#222222"))
        series = QBarSeries()
        series.append(refs)
        series.append(intakes)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(months)
        y = QValueAxis()
        top = max([1, *(v for _, v, _ in o.trend), *(k for _, _, k in o.trend)])
        _whole_number_axis(y, top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

    def _show_breakdown(self, view: QChartView, ind: str, o: Overview) -> None:
        chart = self._reset(view, self.desk.counts.label(ind))
        rows = list(reversed(self.desk.counts.natural_order(ind, o.breakdown(ind))))
        if len(rows) > 16:  # long free lists (wijken): the largest 15 and the rest together
            top = rows[-15:]
            rows = [(self.tr("Overige (samen)"), sum(n for _, n in rows[:-15])), *top]
        bars = QBarSet(self.desk.counts.label(ind))
        bars.setColor(TEAL)
        names = []
        for cat, n in rows:
            bars.append(n)
            names.append(
                self.desk.counts.category_label(ind, cat)
                if cat != self.tr("Overige (samen)")
                else cat
            )
        view.setMinimumHeight(max(150, 60 + 26 * len(rows)))
        if not rows:
            chart.setTitle(self.desk.counts.label(ind) + " — " + self.tr("geen in deze periode"))
            return
        bars.setLabelColor(QColor("#222222"))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(names)
        x = QValueAxis()
        _whole_number_axis(x, max(n for _, n in rows))
        x.setVisible(False)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(y)
        series.attachAxis(x)

    def chart_values(self, ind: str) -> dict[str, int]:
        """What a breakdown chart shows: {label: value} (for tests and screen readers)."""
        chart = self.charts[ind].chart()
        out: dict[str, int] = {}
        for series in chart.series():
            axis = next(
                a for a in chart.axes(Qt.Orientation.Vertical) if isinstance(a, QBarCategoryAxis)
            )
            bars = series.barSets()[0]
            for i, name in enumerate(axis.categories()):
                out[name] = int(bars.at(i))
        return out

    # -- export -------------------------------------------------------------------------------
    def ask_export(self, fmt_: str) -> None:
        period = self.period()
        slug = "".join(c if c.isalnum() else "-" for c in (self.gemeente() or "").casefold())
        suggested = str(Path.home() / f"tellingen-{period}{'-' + slug if slug else ''}.{fmt_}")
        filters = {
            "csv": self.tr("CSV-bestand (*.csv)"),
            "xlsx": self.tr("Excel-werkmap (*.xlsx)"),
            "pdf": self.tr("PDF-rapport (*.pdf)"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Tellingen exporteren"), suggested, filters[fmt_]
        )
        if path:
            if not path.lower().endswith("." + fmt_):
                path += "." + fmt_
            self.export(fmt_, Path(path))

    def export(self, fmt_: str, path: Path, period: str | None = None) -> Op:
        """Write the period's counts to `path` in the background; `exported(path)` when done."""
        period = period or self.period()
        gemeente = self.gemeente()
        for b in self.export_buttons.values():
            b.setEnabled(False)
        self.status.setText(self.tr("Exporteren naar %1…").replace("%1", str(path)))

        def work(op: Op) -> str:
            data = self.desk.counts.export(period, fmt_, gemeente)
            tmp = path.with_name(path.name + ".deel")
            tmp.write_bytes(data)
            tmp.replace(path)
            return str(path)

        def done(result: str) -> None:
            self._export_finished()
            self.status.setText(self.tr("Opgeslagen: %1").replace("%1", result))
            self.exported.emit(result)

        def failed(exc: BaseException) -> None:
            self._export_finished()
            self._show_error(
                exc.message()
                if isinstance(exc, WorDeskError)
                else self.tr("Exporteren lukte niet: %1").replace("%1", str(exc))
            )

        op = Op(self, work).success(done).failure(failed)
        self._exports.append(op)
        return op.run()

    def _export_finished(self) -> None:
        for b in self.export_buttons.values():
            b.setEnabled(True)
        self._exports = [op for op in self._exports if op.running]

    def _show_error(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)
