"""The scan reads itself (issue 13): each scan added to Register a letter is read by Tesseract
on the pool, and what it says is proposed beside the fields, never written into them silently.

:class:`ScanReader` belongs to the dialog. It watches the scan list: each accepted scan is read
in turn (one at a time, a second one queues; a removed one is dropped, or stopped while it is
read), with its progress and a Stop button in the Scans box; closing the dialog stops it. The
proposals (:mod:`app.domain.ocr`) of the scans read, the first scan's first, are shown under
their fields as buttons: one click accepts one, «Accept all» (Ctrl+Shift+A) takes the best of
each field the officer has not typed in. Hovering or focusing a proposal highlights the words it
came from on a page preview. Without Tesseract or a language pack the box says once what is
missing and how to install it; the letter is registered by hand as before. Each scan's text
goes with it to the database (``NewAttachment.text``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.requests import RequestType
from app.services.attachments import NewAttachment
from app.ui import labels
from app.ui.dialogs.register_letter_accept import FIELDS, ProposalFields
from app.ui.dialogs.register_letter_offers import Offer, offers, scan_key
from app.ui.dialogs.register_letter_preview import ScanPreview
from app.ui.dialogs.register_letter_reading import ScanRead, read_scan
from app.ui.operations import Cancelled
from app.ui.problems import problem_text

ACCEPT_ALL_KEYS = "Ctrl+Shift+A"
CHIP_WIDTH = 230  # pixels of a proposal's text on its button; the whole is in its tooltip
MISSING = ("ocr_no_tesseract", "ocr_no_language")
_CHIP = (
    "QPushButton { background: #e8f0fb; border: 1px solid #9db8e0; border-radius: 3px;"
    " padding: 1px 6px; color: #1d3f73; text-align: left; }"
    " QPushButton:hover, QPushButton:focus { background: #d5e4f8; border-color: #3d6fb6; }"
)
_CHIP_TAKEN = (
    "QPushButton { background: #e6f2e6; border: 1px solid #9cc59c; border-radius: 3px;"
    " padding: 1px 6px; color: #2b6b2b; text-align: left; }"
)


def _items(layout):
    """Every item of ``layout`` and of the layouts inside it."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        yield item
        if item.layout() is not None:
            yield from _items(item.layout())


class ScanReader(ProposalFields, QObject):
    """The dialog's reading of its scans and the proposals beside its fields."""

    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.ui = dialog.ui
        self.readings: dict[bytes, ScanRead] = {}
        self.offers: dict[str, list[Offer]] = {}
        self.missing: str = ""  # the message once Tesseract or a language is found missing
        self._names: dict[bytes, str] = {}
        self._queue: list[bytes] = []
        self._data: dict[bytes, bytes] = {}
        self._current: bytes | None = None
        self._handle = None
        self._stopped = False
        self._set: dict[str, Any] = {}  # what accepting put in each field
        self._rows: dict[str, tuple[QWidget, QHBoxLayout, QFormLayout | None]] = {}
        self._order: list[bytes] = []  # the scans in the list, in its order
        self._page = (0, 0)
        self._failure = ""
        self._skipped: set[bytes] = set()  # stopped: not read again while in the list
        self._then = None  # what to do once nothing is being read (registering)
        self._job = 0  # the reading under way: a stopped one that comes back is ignored
        self._build_panel()
        self._build_rows()
        self.ui.scanList.changed.connect(self._scans_changed)
        self.ui.signedCheck.clicked.connect(lambda _on: dialog._touched.add("signed"))
        shortcut = QShortcut(QKeySequence(ACCEPT_ALL_KEYS), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self.accept_all)

    # -- building -----------------------------------------------------------------------------

    def _build_panel(self) -> None:
        panel = QWidget(objectName="ocrPanel")
        self.status = QLabel(objectName="ocrStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("color: #555;")
        self.progress = QProgressBar(objectName="ocrProgress")
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.cancel_button = QPushButton(self.tr("Stop reading"), objectName="ocrCancelButton")
        self.cancel_button.setToolTip(
            self.tr("Stop reading the scans (they are still registered with the letter)")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.accept_all_button = QPushButton(
            self.tr("Accept all proposals"), objectName="ocrAcceptAllButton"
        )
        self.accept_all_button.setToolTip(
            self.tr(
                "Fill every field the scan proposes a value for, except those you typed in ({0})"
            ).format(QKeySequence(ACCEPT_ALL_KEYS).toString(QKeySequence.SequenceFormat.NativeText))
        )
        self.accept_all_button.clicked.connect(self.accept_all)
        self.preview = ScanPreview()
        self.preview.setToolTip(self.tr("Point at a proposal to see where it was read"))
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addLayout(bar)
        layout.addWidget(self.accept_all_button)
        layout.addWidget(self.preview, 1)
        layout.addStretch(0)  # keeps the words at the top while there is no preview
        panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.panel = panel
        scans = self.ui.scansLayout
        scans.removeWidget(self.ui.scanList)
        row = QHBoxLayout()
        row.addWidget(self.ui.scanList, 3)
        row.addWidget(panel, 2)
        scans.addLayout(row)
        self._show_state()

    def _build_rows(self) -> None:
        """Proposal buttons beside each short field and under each long one (hidden while
        there is nothing to propose)."""
        ui = self.ui
        beside = {
            "type": (ui.letterForm, ui.typeCombo),
            "letter_date": (ui.letterForm, ui.letterDateEdit),
            "language": (ui.letterForm, ui.languageCombo),
            "signed": (ui.letterForm, ui.signedCheck),
            "iin": (ui.subjectForm, ui.iinEdit),
            "phone": (ui.newContactsForm, ui.newPhoneEdit),
            "email": (ui.newContactsForm, ui.newEmailEdit),
        }
        under = {
            "sender": (ui.letterForm, ui.senderError),
            "address": (ui.letterForm, ui.addressLabel),
            "summary": (ui.letterForm, ui.summaryLabel),
        }
        for field in FIELDS:
            holder = QWidget(objectName=f"ocrRow_{field}")
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(4)
            box.addStretch(1)
            holder.setVisible(False)
            if field in beside:
                form, widget = beside[field]
                row, _role = form.getWidgetPosition(widget)
                if isinstance(widget, QComboBox):  # may narrow to make room for them
                    widget.setSizeAdjustPolicy(
                        QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                    )
                    widget.setMinimumContentsLength(14)
                if row >= 0:  # the field itself: it shares its row with the proposals
                    form.removeWidget(widget)
                    pair = QHBoxLayout()
                    pair.addWidget(widget, 1)
                    pair.addWidget(holder, 1)
                    form.setLayout(row, QFormLayout.ItemRole.FieldRole, pair)
                else:  # already in a row with its error: the proposals go after it
                    parent = widget.parentWidget().layout()
                    line = next(
                        item.layout()
                        for item in _items(parent)
                        if item.layout() is not None and item.layout().indexOf(widget) >= 0
                    )
                    line.insertWidget(line.indexOf(widget) + 1, holder)
                self._rows[field] = (holder, box, None)
            else:
                form, anchor = under[field]
                row, _role = form.getWidgetPosition(anchor)
                form.insertRow(row + 1, "", holder)
                form.setRowVisible(row + 1, False)
                self._rows[field] = (holder, box, form)

    # -- the scans ----------------------------------------------------------------------------

    def _scans_changed(self) -> None:
        present: list[bytes] = []
        for scan, _id_copy in self.ui.scanList.scans():
            if scan is None or not scan.ok:
                continue
            key = scan_key(scan.data)
            if key in present:
                continue
            present.append(key)
            self._names.setdefault(key, scan.file_name)
            waiting = key in self.readings or key == self._current or key in self._queue
            if not waiting and not self.missing and key not in self._skipped:
                self._data[key] = scan.data
                self._queue.append(key)
                self._stopped = False
        self._queue = [k for k in self._queue if k in present]
        self._skipped &= set(present)  # one removed and added again is read
        self._data = {k: v for k, v in self._data.items() if k in self._queue}
        if self._current is not None and self._current not in present:
            self._drop_current()
        dropped = [k for k in self.readings if k not in present]
        for key in dropped:
            del self.readings[key]
        self._order = present
        if dropped:
            self._refresh_offers()
        self._next()

    def _next(self) -> None:
        self._show_state()
        if not self.busy and self._then is not None:
            then, self._then = self._then, None
            then()
            return
        if self._current is not None or not self._queue or self.missing or self._stopped:
            return
        key = self._queue.pop(0)
        data = self._data.pop(key)
        today = self.dialog.today
        self._current = key
        self._page = (0, 0)
        self._job += 1
        self._handle = self.dialog.ops.long(
            lambda progress: read_scan(data, today, progress),
            on_done=lambda result, k=key, j=self._job: self._read_done(k, j, result),
            on_error=lambda exc, k=key, j=self._job: self._read_failed(k, j, exc),
            on_progress=self._progressed,
            owner=self,
            pure=True,
        )
        self._show_state()

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self._page = (done, total)
        self._show_state()

    def _read_done(self, key: bytes, job: int, result) -> None:
        if job != self._job or self._current is None:
            return  # stopped: what it read is not wanted
        reading, pages = result
        self._current = None
        self._failure = ""
        if key in self._order:
            self.readings[key] = ScanRead(
                self._names.get(key, ""), reading.recognition.text, reading.proposals, pages
            )
            self._refresh_offers()
        self._next()

    def _read_failed(self, key: bytes, job: int, exc: Exception) -> None:
        if job != self._job or self._current is None:
            return
        self._current = None
        problems = getattr(exc, "problems", ())
        if isinstance(exc, Cancelled):
            pass
        elif problems and problems[0].code in MISSING:
            self.missing = problem_text(problems[0])
            self._queue.clear()
            self._data.clear()
        elif problems:
            self._failure = self.tr("{0} could not be read: {1}").format(
                self._names.get(key, ""), problem_text(problems[0])
            )
        else:
            self._failure = self.tr("{0} could not be read: {1}").format(
                self._names.get(key, ""), str(exc)
            )
        self._next()

    def cancel(self) -> None:
        """Stop reading: the scan being read and those waiting (they are still registered)."""
        self._stopped = True
        self._skipped.update(self._queue)
        if self._current is not None:
            self._skipped.add(self._current)
        self._queue.clear()
        self._data.clear()
        if self._current is not None:
            self._drop_current()
        self._next()

    def _drop_current(self) -> None:
        """Stop the reading under way: it ends after its page, and what it read is dropped."""
        self._handle.cancel()
        self._current = None

    def stop(self) -> None:
        """The dialog closes: nothing more is read."""
        self._then = None
        self.cancel()

    def when_read(self, then) -> None:
        """Call ``then()`` once no scan is being read or waits to be (at once if none)."""
        self._then = then
        if not self.busy:
            self._next()

    def waiting_text(self) -> str:
        return self.tr("Registering once the scans are read (Stop reading registers at once)…")

    @property
    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def _show_state(self) -> None:
        reading = self._current is not None
        self.progress.setVisible(reading)
        self.cancel_button.setVisible(reading or bool(self._queue))
        self.accept_all_button.setVisible(bool(self.offers))
        self.preview.setVisible(bool(self.readings))
        failure = self._failure
        if self.missing:
            text = (
                self.missing
                + " "
                + self.tr(
                    "If Tesseract is installed elsewhere, set DERBES_TESSERACT to its program "
                    "(tesseract.exe on Windows)."
                )
            )
            self.status.setStyleSheet("color: #8a4b00;")
        elif reading:
            done, total = self._page
            name = self._names.get(self._current, "")
            if total:
                page = min(done + 1, total)
                text = self.tr("Reading {0}: page {1} of {2}…").format(name, page, total)
                self.progress.setRange(0, total)
                self.progress.setValue(done)
            else:
                text = self.tr("Reading {0}…").format(name)
                self.progress.setRange(0, 0)
            if self._queue:
                text += " " + self.tr("Then {0} more.").format(len(self._queue))
            self.status.setStyleSheet("color: #555;")
        elif self.offers:
            text = self.tr("The scan proposes values at the fields: click one to accept it.")
            if self._stopped:
                text = self.tr("Reading stopped.") + " " + text
            self.status.setStyleSheet("color: #1d3f73;")
        elif self._stopped:
            text = self.tr("Reading stopped: fill the fields by hand.")
            self.status.setStyleSheet("color: #555;")
        elif self.readings:
            text = self.tr("Nothing to propose was read on the scans.")
            self.status.setStyleSheet("color: #555;")
        else:
            text = self.tr("Added scans are read, and what they say is proposed at the fields.")
            self.status.setStyleSheet("color: #666;")
        if failure and not self.missing:
            text = failure + "\n" + text
        self.status.setText(text)

    # -- the scans' text for registration -----------------------------------------------------

    def with_text(self, scans: list[NewAttachment]) -> list[NewAttachment]:
        """``scans`` with the text read from each (empty for one not read)."""
        out = []
        for scan in scans:
            read = self.readings.get(scan_key(scan.data))
            out.append(replace(scan, text=read.text) if read else scan)
        return out

    # -- the proposals ------------------------------------------------------------------------

    def _refresh_offers(self) -> None:
        merged: dict[str, list[Offer]] = {}
        for key in self._order:
            read = self.readings.get(key)
            if read is None:
                continue
            for field, found in offers(read.proposals, key).items():
                have = merged.setdefault(field, [])
                have += [o for o in found if all(h.value != o.value for h in have)]
        self.offers = merged
        self._show_chips()
        if self.readings and self.preview.scan_key not in self.readings:
            key = next(k for k in self._order if k in self.readings)
            pages = self.readings[key].pages
            self.preview.show_page(key, pages[0] if pages else None)
        self._show_state()

    def _show_chips(self) -> None:
        for field, (holder, box, form) in self._rows.items():
            while box.count() > 1:
                item = box.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
            found = self.offers.get(field, [])
            previous = self._field_widget(field)
            for index, offer in enumerate(found):
                chip = QPushButton(objectName=f"ocrOffer_{field}_{index}")
                chip.setProperty("offer", offer)
                chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                chip.clicked.connect(lambda _on=False, o=offer: self.accept(o))
                chip.installEventFilter(self)
                box.insertWidget(index, chip)
                QWidget.setTabOrder(previous, chip)  # Tab goes from the field to its proposals
                previous = chip
            holder.setVisible(bool(found))
            if form is not None:
                form.setRowVisible(form.getWidgetPosition(holder)[0], bool(found))
        self._mark_chips()

    def _field_widget(self, field: str) -> QWidget:
        ui = self.ui
        return {
            "type": ui.typeCombo,
            "letter_date": ui.letterDateEdit,
            "language": ui.languageCombo,
            "signed": ui.signedCheck,
            "sender": ui.senderEdit,
            "address": ui.addressEdit,
            "summary": ui.summaryEdit,
            "iin": ui.iinEdit,
            "phone": ui.newPhoneEdit,
            "email": ui.newEmailEdit,
        }[field]

    def chips(self, field: str) -> list[QPushButton]:
        """The proposal buttons under ``field``, best first."""
        _holder, box, _form = self._rows[field]
        return [box.itemAt(i).widget() for i in range(box.count() - 1)]

    def _mark_chips(self) -> None:
        for field in FIELDS:
            for chip in self.chips(field):
                offer = chip.property("offer")
                taken = self._holds(offer)
                text = ("✓ " if taken else "") + self.shown(offer)
                metrics = chip.fontMetrics()
                chip.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, CHIP_WIDTH))
                chip.setStyleSheet(_CHIP_TAKEN if taken else _CHIP)
                chip.setToolTip(
                    text
                    + "\n"
                    + (
                        self.tr("In the field")
                        if taken
                        else self.tr(
                            "Click to put this in the field (read with {0}% confidence)"
                        ).format(round(offer.confidence * 100))
                    )
                )

    def shown(self, offer: Offer) -> str:
        """How a proposal reads on its button."""
        value = offer.value
        if offer.field == "type":
            return labels.type_label(RequestType(value))
        if offer.field == "language":
            return labels.label(labels.LANGUAGES, value)
        if offer.field == "letter_date":
            return self.tr("Letter dated {0}").format(self.dialog._date_text(value))
        if offer.field == "signed":
            return self.tr("A signature line is present")
        if offer.field == "summary":
            return self.tr("Add: {0}").format(value)
        return str(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Enter, QEvent.Type.FocusIn):
            offer = watched.property("offer")
            if isinstance(offer, Offer):
                self.point_at(offer)
        return False

    def point_at(self, offer: Offer) -> None:
        """Show the page ``offer`` was read on with its words highlighted."""
        read = self.readings.get(offer.scan)
        if read is None or not read.pages:
            return
        number = offer.words[0].page if offer.words else 0
        page = next((p for p in read.pages if p.page.number == number), read.pages[0])
        self.preview.show_page(offer.scan, page, offer.words)
