"""The spinnenweb of Positieve Gezondheid: a radar chart of six dimensions (0-10), before and after.

Plain values in: `set_scores(labels, before, after)` with `before`/`after` a list of six
numbers or None. No Desk, no rules: the view that owns it reads `wor_desk.health`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QPolarChart, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

MAX_SCORE = 10


class SpiderChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._chart = QPolarChart()
        super().__init__(self._chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.setBackgroundRoundness(0)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._angular = QCategoryAxis()
        self._angular.setRange(0, 360)
        self._angular.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._radial = QValueAxis()
        self._radial.setRange(0, MAX_SCORE)
        self._radial.setTickCount(6)
        self._radial.setLabelFormat("%d")
        self._chart.addAxis(self._angular, QPolarChart.PolarOrientation.PolarOrientationAngular)
        self._chart.addAxis(self._radial, QPolarChart.PolarOrientation.PolarOrientationRadial)
        self.setMinimumSize(320, 300)
        self.setAccessibleName(self.tr("Spinnenweb positieve gezondheid"))
        self._series: list[QLineSeries] = []

    def set_scores(
        self,
        labels: Sequence[str],
        before: Sequence[float] | None,
        after: Sequence[float] | None,
        before_name: str | None = None,
        after_name: str | None = None,
    ) -> None:
        for s in self._series:
            self._chart.removeSeries(s)
        self._series = []
        for label in list(self._angular.categoriesLabels()):
            self._angular.remove(label)
        step = 360 / len(labels)
        for i, label in enumerate(labels):
            self._angular.append(label, i * step)
        parts = [
            (before, before_name or self.tr("Voor"), QColor("#8a8a8a"), Qt.PenStyle.DashLine),
            (after, after_name or self.tr("Na"), QColor("#1565c0"), Qt.PenStyle.SolidLine),
        ]
        for values, name, colour, style in parts:
            if values is None:
                continue
            s = QLineSeries()
            s.setName(name)
            pts = [QPointF(i * step, float(v)) for i, v in enumerate(values)]
            s.append([*pts, QPointF(360, float(values[0]))])
            s.setPen(QPen(colour, 2.5, style))
            s.setPointsVisible(True)
            self._chart.addSeries(s)
            s.attachAxis(self._angular)
            s.attachAxis(self._radial)
            self._series.append(s)
        desc = "; ".join(
            f"{n}: " + ", ".join(f"{lab} {v:g}" for lab, v in zip(labels, vals, strict=False))
            for vals, n, *_ in parts
            if vals is not None
        )
        self.setAccessibleDescription(desc or self.tr("Nog geen scores"))

    def series_count(self) -> int:
        return len(self._series)
