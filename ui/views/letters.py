"""Feedback letters to the referrer: the letter dialog (preview, extra sentence, save, print,
copy as text, mark as sent) and the "letters due" view (list, batch, per-practice moments).

    open_letter_dialog(desk, hub, trajectory_id, parent)   # from the trajectory screen
    LettersView(desk, hub, parent)                          # a screen of its own

The preview is rendered from memory (QPdfDocument on a QBuffer): no letter is written to
disk unless the coach saves it. All work goes through `desk.letters`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from wor_desk_ui.hub import Hub
from wor_desk_ui.ops import Op

from wor_desk import codes
from wor_desk.dates import fmt
from wor_desk.desk import Changes, Desk
from wor_desk.errors import WorDeskError

ERROR_STYLE = "color: #B00020;"
#: Changes after which the letters due may differ.
_RELEVANT = {
    "feedback",
    "referral",
    "trajectory",
    "closing",
    "contact",
    "pause",
    "client",
    "feedback_preference",
    "import",
}


class LetterDialog(QDialog):
    """One letter for one trajectory: choose the moment, add a sentence, look, then send."""

    sent = Signal(int)  # trajectory id, after the letter was logged as sent

    def __init__(
        self,
        desk: Desk,
        hub: Hub,
        trajectory_id: int,
        moment: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.hub, self.trajectory_id = desk, hub, trajectory_id
        self.letter = None  # wor_desk.letters.Letter of the current preview
        self._buffer: QBuffer | None = None
        detail = desk.trajectory(trajectory_id)
        self.setWindowTitle(self.tr("Terugkoppeling aan de verwijzer"))
        self.resize(980, 820)

        who = " ".join(x for x in (detail.client.voornaam, detail.client.achternaam) if x)
        referrer = detail.trajectory.verwijzer_naam or detail.trajectory.verwijzer_praktijk or ""
        self.heading = QLabel(
            self.tr("Brief over {name} aan {referrer}").format(
                name=who, referrer=referrer or self.tr("de verwijzer")
            ),
            self,
        )
        self.heading.setObjectName("screenTitle")

        self.moment = QComboBox(self)
        self.moment.setAccessibleName(self.tr("Moment van de brief"))
        for c in codes.TERUGKOPPELING_MOMENT:
            self.moment.addItem(c.label(), c.code)
        chosen = moment or (
            detail.feedback_due[0] if detail.feedback_due else _reached_last(detail)
        )
        self.moment.setCurrentIndex(max(0, self.moment.findData(chosen)))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Taal van de brief"))
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.extra = QPlainTextEdit(self)
        self.extra.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.extra.setAccessibleName(self.tr("Aanvulling van de coach"))
        self.extra.setPlaceholderText(
            self.tr("Een zin die u zelf toevoegt (bij een vrije brief: de tekst van de brief)")
        )
        self.extra.setFixedHeight(64)
        self.extra_count = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("Moment"), self.moment)
        form.addRow(self.tr("Taal"), self.language)
        form.addRow(self.tr("Aanvulling"), self.extra)
        form.addRow("", self.extra_count)

        self.error = QLabel(self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Melding"))
        self.error.hide()

        self.document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setAccessibleName(self.tr("Voorbeeld van de brief"))
        self.preview.setDocument(self.document)
        self.preview.setPageMode(QPdfView.PageMode.SinglePage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)  # Tab moves on, never types a tab
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("De brief als platte tekst"))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.preview, self.tr("Voorbeeld"))
        self.tabs.addTab(self.text, self.tr("Tekst (Zorgdomein, VIPLive)"))

        self.save_button = QPushButton(self.tr("Opslaan als &PDF…"), self)
        self.print_button = QPushButton(self.tr("Af&drukken…"), self)
        self.copy_button = QPushButton(self.tr("&Kopieer tekst"), self)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Verzonden via"))
        for c in codes.TERUGKOPPELING_KANAAL:
            self.channel.addItem(c.label(), c.code)
        self.sent_button = QPushButton(self.tr("&Markeer als verzonden"), self)
        self.sent_button.setAccessibleName(self.tr("Markeer de brief als verzonden"))
        self.close_button = QPushButton(self.tr("Sl&uiten"), self)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Status"))
        for b, name in (
            (self.save_button, self.tr("Brief opslaan als PDF")),
            (self.print_button, self.tr("Brief afdrukken")),
            (self.copy_button, self.tr("Tekst van de brief kopiëren")),
        ):
            b.setAccessibleName(name)

        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Verzonden via"), self))
        actions.addWidget(self.channel)
        actions.addWidget(self.sent_button)
        actions.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(actions)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(350)
        self._timer.timeout.connect(self.refresh)
        self.moment.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.extra.textChanged.connect(self._extra_changed)
        self.save_button.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.copy_button.clicked.connect(self.copy_text)
        self.sent_button.clicked.connect(self.mark_sent)
        self.close_button.clicked.connect(self.close)
        self._extra_changed(refresh=False)
        self.refresh()

    # -- building the preview -------------------------------------------------------------
    def _extra_changed(self, refresh: bool = True) -> None:
        n = len(self.extra.toPlainText())
        most = self.desk.letters.EXTRA_MAX
        self.extra_count.setText(self.tr("{n} van {max} tekens").format(n=n, max=most))
        self.extra_count.setStyleSheet(ERROR_STYLE if n > most else "")
        if refresh:
            self._timer.start()

    def refresh(self) -> None:
        """Render the letter again from the trajectory, the moment and the coach's sentence."""
        self._timer.stop()
        try:
            letter = self.desk.letters.render(
                self.trajectory_id,
                self.moment.currentData(),
                extra=self.extra.toPlainText(),
                lang=self.language.currentData(),
            )
        except WorDeskError as exc:
            self._show_error(str(exc))
            return
        self.letter = letter
        self.error.hide()
        self.text.setPlainText(letter.text)
        self._load_pdf(letter.pdf)
        self._enable(True)

    def _load_pdf(self, pdf: bytes) -> None:
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # from memory: no temp file with client data
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()

    def _show_error(self, message: str) -> None:
        self.letter = None
        self.error.setText(message)
        self.error.show()
        self.document.close()
        self.text.clear()
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for b in (
            self.save_button,
            self.print_button,
            self.copy_button,
            self.sent_button,
            self.channel,
        ):
            b.setEnabled(on)

    # -- what the coach does with it --------------------------------------------------------
    def save_to(self, path: Path) -> None:
        """Write the PDF where the coach chose (the file dialog already asked about overwriting)."""
        if self.letter is None:
            return
        try:
            Path(path).write_bytes(self.letter.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Opslaan mislukt"),
                self.tr("Kan {path} niet schrijven ({reason}). Kies een andere map.").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return
        self.status.setText(self.tr("Opgeslagen: {path}").format(path=path))

    def _save_clicked(self) -> None:
        if self.letter is None:
            return
        start = str(Path.home() / self.letter.filename())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Brief opslaan"), start, self.tr("PDF-bestanden (*.pdf)")
        )
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page of the preview document on `printer`; returns the pages printed."""
        pages = self.document.pageCount()
        if pages == 0:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        try:
            dpi = printer.resolution()
            for page in range(pages):
                if page:
                    printer.newPage()
                size_pt = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(int(size_pt.width() * dpi / 72), int(size_pt.height() * dpi / 72))
                )
                target = painter.viewport()
                scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(
                    target.x(),
                    target.y(),
                    image.scaled(
                        scaled,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    ),
                )
        finally:
            painter.end()
        return pages

    def _print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and self.print_to(printer):
            self.status.setText(self.tr("Naar de printer gestuurd."))

    def copy_text(self) -> None:
        if self.letter is not None:
            QGuiApplication.clipboard().setText(self.letter.text)
            self.status.setText(
                self.tr("Tekst gekopieerd: plak hem in Zorgdomein, VIPLive of een beveiligde mail.")
            )

    def mark_sent(self) -> None:
        """Log the letter on the trajectory (it then counts as feedback given) and tell the views."""
        if self.letter is None:
            return
        kanaal = self.channel.currentData()
        try:
            _, changes = self.desk.letters.mark_sent(self.letter, kanaal)
        except WorDeskError as exc:
            self._show_error(str(exc))
            return
        self.hub.notify(changes)
        self.status.setText(
            self.tr("Vastgelegd als verzonden via {channel} op {date}.").format(
                channel=codes.TERUGKOPPELING_KANAAL.label(kanaal), date=fmt(self.desk.today())
            )
        )
        self.sent_button.setEnabled(False)  # one letter, one log entry
        self.sent.emit(self.trajectory_id)


def _reached_last(detail) -> str:
    for moment in ("afronding", "start", "intake"):
        if getattr(
            detail.facts,
            {"intake": "kennismaking", "start": "start_activiteit", "afronding": "afgerond"}[
                moment
            ],
        ):
            return moment
    return "vrij"


def open_letter_dialog(
    desk: Desk,
    hub: Hub,
    trajectory_id: int,
    parent: QWidget | None = None,
    moment: str | None = None,
) -> LetterDialog:
    """Open the letter dialog for a trajectory (non-modal) and return it."""
    dialog = LetterDialog(desk, hub, trajectory_id, moment, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class LettersView(QWidget):
    """Letters due (reached a moment the referrer wants, no letter yet), the batch, and which
    moments each practice wants."""

    batchDone = Signal(int)  # letters written

    def __init__(self, desk: Desk, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.hub = desk, hub
        self._op: Op | None = None
        self.due = []
        title = QLabel(self.tr("Brieven aan verwijzers"), self)
        title.setObjectName("screenTitle")
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("Brieven die klaarliggen"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cliënt"), self.tr("Moment"), self.tr("Sinds"), self.tr("Verwijzer")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.open_button = QPushButton(self.tr("Open brief"), self)
        self.open_button.setAccessibleName(self.tr("Open de gekozen brief"))
        self.batch_button = QPushButton(self.tr("Maak alle brieven…"), self)
        self.batch_button.setAccessibleName(self.tr("Maak alle brieven in één keer"))
        self.batch_text = QCheckBox(self.tr("Ook als tekst (.txt)"), self)
        self.batch_sent = QCheckBox(self.tr("Meteen vastleggen als verzonden via"), self)
        self.batch_channel = QComboBox(self)
        self.batch_channel.setAccessibleName(self.tr("Verzonden via (alle brieven)"))
        for c in codes.TERUGKOPPELING_KANAAL:
            self.batch_channel.addItem(c.label(), c.code)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.batch_text)
        buttons.addWidget(self.batch_sent)
        buttons.addWidget(self.batch_channel)
        buttons.addWidget(self.batch_button)

        prefs = QGroupBox(self.tr("Welke brieven wil een praktijk?"), self)
        self.practice = QComboBox(prefs)
        self.practice.setEditable(True)
        self.practice.setAccessibleName(self.tr("Praktijk"))
        self.practice.setMinimumWidth(260)
        self.moment_boxes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()  # the practice above its choices: one row was wider than 1024 px
        for m in ("intake", "start", "afronding"):
            box = QCheckBox(codes.TERUGKOPPELING_MOMENT.label(m), prefs)
            box.setAccessibleName(
                self.tr("Brief: {moment}").format(moment=codes.TERUGKOPPELING_MOMENT.label(m))
            )
            self.moment_boxes[m] = box
            row.addWidget(box)
        self.pref_save = QPushButton(self.tr("Bewaar"), prefs)
        self.pref_save.setAccessibleName(self.tr("Bewaar de voorkeur van de praktijk"))
        self.pref_default = QPushButton(self.tr("Standaard"), prefs)
        self.pref_default.setAccessibleName(self.tr("Zet de praktijk terug op de standaard"))
        row.addStretch(1)
        row.addWidget(self.pref_default)
        row.addWidget(self.pref_save)
        self.pref_error = QLabel(prefs)
        self.pref_error.setStyleSheet(ERROR_STYLE)
        pl = QVBoxLayout(prefs)
        pl.addWidget(self.practice)
        pl.addLayout(row)
        pl.addWidget(self.pref_error)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(prefs)

        self.open_button.clicked.connect(self.open_selected)
        self.batch_button.clicked.connect(self._batch_clicked)
        self.practice.currentTextChanged.connect(self._show_preference)
        self.pref_save.clicked.connect(self.save_preference)
        self.pref_default.clicked.connect(self.reset_preference)
        hub.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.kinds & _RELEVANT:
            self.reload()

    def reload(self) -> None:
        self.due = self.desk.letters.due()
        details = {
            d.id: d
            for d in (
                self.desk.trajectory(i.trajectory_id)
                for i in {x.trajectory_id: x for x in self.due}.values()
            )
        }
        self.table.setRowCount(len(self.due))
        for r, item in enumerate(self.due):
            d = details[item.trajectory_id]
            since = {
                "intake": d.trajectory.kennismaking,
                "start": d.trajectory.start_activiteit,
                "afronding": d.trajectory.afgerond,
            }.get(item.moment)
            cells = (
                f"{item.naam} ({d.client.client_nr})",
                codes.TERUGKOPPELING_MOMENT.label(item.moment),
                fmt(since),
                " · ".join(
                    x for x in (d.trajectory.verwijzer_naam, d.trajectory.verwijzer_praktijk) if x
                ),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.summary.setText(
            self.tr("Brieven die klaarliggen: {n}").format(n=len(self.due))
            if self.due
            else self.tr("Er liggen geen brieven klaar.")
        )
        self.open_button.setEnabled(bool(self.due))
        self.batch_button.setEnabled(bool(self.due) and self._op is None)
        if self.due and not self.table.selectedItems():
            self.table.selectRow(0)
        current = self.practice.currentText()
        self.practice.blockSignals(True)
        self.practice.clear()
        known = self.desk.letters.practices()
        self.practice.addItems(known)
        self.practice.setCurrentText(current or (known[0] if known else ""))
        self.practice.blockSignals(False)
        self._show_preference(self.practice.currentText())

    def open_selected(self) -> LetterDialog | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.due):
            return None
        item = self.due[rows[0].row()]
        return open_letter_dialog(self.desk, self.hub, item.trajectory_id, self, item.moment)

    # -- the batch ------------------------------------------------------------------------
    def _batch_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor de brieven"), str(Path.home())
        )
        if folder:
            self.make_all(Path(folder))

    def make_all(self, folder: Path) -> Op:
        """Render every due letter into `folder` in the background (optionally log them as sent)."""
        text = self.batch_text.isChecked()
        kanaal = self.batch_channel.currentData() if self.batch_sent.isChecked() else None
        desk = self.desk

        def work(op: Op):
            letters = desk.letters.make_due(progress=op.report, cancelled=lambda: op.cancelled)
            desk.letters.write(letters, folder, text=text)
            changes = Changes()
            if kanaal:
                for letter in letters:
                    changes = changes | desk.letters.mark_sent(letter, kanaal)[1]
            return len(letters), changes

        self.batch_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._op = (
            Op(self, work)
            .progress(self._progress)
            .success(lambda r: self._batch_done(r, folder))
            .failure(self._batch_failed)
        )
        return self._op.run()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _batch_done(self, result, folder: Path) -> None:
        n, changes = result
        self._op = None
        self.progress.hide()
        self.status.setText(
            self.tr("Brieven gemaakt: {n}, in {folder}.").format(n=n, folder=folder)
        )
        self.hub.notify(changes)
        self.reload()
        self.batchDone.emit(n)

    def _batch_failed(self, exc: BaseException) -> None:
        self._op = None
        self.progress.hide()
        self.batch_button.setEnabled(bool(self.due))
        self.status.setText(
            str(exc)
            if isinstance(exc, WorDeskError)
            else self.tr("De brieven konden niet worden gemaakt: {e}").format(e=exc)
        )
        if not isinstance(exc, WorDeskError):
            raise exc

    # -- per-practice moments ----------------------------------------------------------------
    def _show_preference(self, practice: str) -> None:
        wanted = self.desk.letters.wanted(practice)
        for m, box in self.moment_boxes.items():
            box.setChecked(m in wanted)
        self.pref_error.clear()

    def save_preference(self) -> None:
        moments = [m for m, box in self.moment_boxes.items() if box.isChecked()]
        try:
            changes = self.desk.letters.set_preference(self.practice.currentText(), moments)
        except WorDeskError as exc:
            self.pref_error.setText(str(exc))
            return
        self.hub.notify(changes)
        self.status.setText(
            self.tr("Voorkeur bewaard voor {practice}.").format(
                practice=self.practice.currentText().strip()
            )
        )

    def reset_preference(self) -> None:
        if not self.practice.currentText().strip():
            return
        self.hub.notify(self.desk.letters.reset_preference(self.practice.currentText()))
        self._show_preference(self.practice.currentText())
