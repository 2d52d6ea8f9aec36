"""Prepare one letter for a request: choose its kind and language, fill in what the officer
decides, edit the text, look at the PDF as it will be printed, save it, print it, finalise it.

Everything that reads the case or renders the letter runs through ``ops`` on the worker thread:
the preview is re-rendered a moment after the officer stops typing, never while the window
waits. Whether a letter may be written or finalised is the service's decision
(:mod:`app.services.letters`): the dialog shows its reasons where they belong, the kind's at the
kind, a missing ground at the ground, and what still stops finalising as a list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from app.domain.errors import DomainError
from app.services import letters, operators, requests
from app.storage.models import Letter as LetterRow
from app.storage.models import Operator, Request
from app.ui import labels, printing
from app.ui.forms.ui_prepare_letter import Ui_PrepareLetterDialog
from app.ui.messages import describe_error
from app.ui.operations import (
    CALENDAR,
    LETTERS,
    OPERATORS,
    REQUESTS,
    SETTINGS,
    SUBJECTS,
    Cancelled,
    Operations,
)
from app.ui.prefs import (
    LETTERS_FOLDER,
    PREPARE_LETTER_DIALOG,
    Prefs,
    restore_geometry,
    restore_splitter,
    save_geometry,
    save_splitter,
)

_CTX = "Letters"
GEOMETRY_KEY = PREPARE_LETTER_DIALOG
FOLDER_KEY = LETTERS_FOLDER
RENDER_DELAY_MS = 600
ERROR_COLOR = "#9b1c13"
MUTED = "#6b6b6b"

# Translated names of letter kinds, languages, refusal grounds and outcomes (the lead may move
# them to app/ui/labels.py; they are here so the letters UI is one piece).
KIND_NAMES = {
    "acknowledgement": QT_TRANSLATE_NOOP("Letters", "Acknowledgement of receipt"),
    "deregistration": QT_TRANSLATE_NOOP("Letters", "Deregistration confirmation"),
    "claim-response": QT_TRANSLATE_NOOP("Letters", "Response to a claim"),
    "refusal": QT_TRANSLATE_NOOP("Letters", "Reasoned refusal"),
    "clarification": QT_TRANSLATE_NOOP("Letters", "Request for clarification"),
    "access": QT_TRANSLATE_NOOP("Letters", "Access response"),
    "extension": QT_TRANSLATE_NOOP("Letters", "Extension notice"),
    "destruction-act": QT_TRANSLATE_NOOP("Letters", "Destruction act (internal)"),
}
LANGUAGE_NAMES = {
    "kk": QT_TRANSLATE_NOOP("Letters", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Letters", "Russian"),
    "bi": QT_TRANSLATE_NOOP("Letters", "Kazakh and Russian (bilingual)"),
}
GROUND_NAMES = {
    "law": QT_TRANSLATE_NOOP("Letters", "The withdrawal contradicts the law (art. 8(2))"),
    "obligation": QT_TRANSLATE_NOOP("Letters", "An obligation is unfulfilled (art. 8(2))"),
}
OUTCOME_NAMES = {
    "destroyed": QT_TRANSLATE_NOOP("Letters", "Destroyed"),
    "anonymised": QT_TRANSLATE_NOOP("Letters", "Anonymised"),
    "retained": QT_TRANSLATE_NOOP("Letters", "Blocked and retained"),
}
FIELD_NAMES = {
    "body": QT_TRANSLATE_NOOP("Letters", "Text"),
    "signatory": QT_TRANSLATE_NOOP("Letters", "Signatory"),
    "signed": QT_TRANSLATE_NOOP("Letters", "Signature"),
    "status": QT_TRANSLATE_NOOP("Letters", "Clock"),
    "request": QT_TRANSLATE_NOOP("Letters", "Request"),
}

# The kinds that answer each type of request, the likeliest first (what the officer is offered;
# whether one is possible for this very request is the service's decision).
KINDS_FOR_TYPE: dict[str, tuple[str, ...]] = {
    "consent_withdrawal": (
        "deregistration",
        "refusal",
        "clarification",
        "acknowledgement",
        "extension",
        "destruction-act",
    ),
    "destruction": (
        "deregistration",
        "destruction-act",
        "clarification",
        "acknowledgement",
        "extension",
    ),
    "claim": ("claim-response", "clarification", "acknowledgement", "extension"),
    "access": ("access", "clarification", "acknowledgement", "extension"),
    "correction": ("claim-response", "access", "clarification", "acknowledgement", "extension"),
    "blocking": ("claim-response", "access", "clarification", "acknowledgement", "extension"),
}
OTHER_KINDS = ("claim-response", "access", "clarification", "acknowledgement", "extension")
DETAIL_GROUPS = {
    "refusal": "refusalGroup",
    "clarification": "clarificationGroup",
    "claim-response": "claimGroup",
    "deregistration": "disposalsGroup",
    "destruction-act": "disposalsGroup",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def language_name(language: str) -> str:
    return tr(LANGUAGE_NAMES[language]) if language in LANGUAGE_NAMES else language


def kinds_for(request_type: str) -> tuple[str, ...]:
    return KINDS_FOR_TYPE.get(request_type, OTHER_KINDS)


# --- files ----------------------------------------------------------------------------------

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def file_stem(reg_number: str, kind: str, language: str = "", out_number: str = "") -> str:
    """``ДД-2026-0042_refusal_kk``: the registration number, the kind and the language; a final
    letter adds its outgoing number."""
    parts = [reg_number, kind, language]
    if out_number:
        parts.append(f"№{out_number}")
    return "_".join(_UNSAFE.sub("-", p).strip("-") for p in parts if p)


def write_file(path: Path, data: bytes) -> None:
    """Write next to the target, then rename: the file appears whole or not at all."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def last_folder(prefs: Prefs) -> Path:
    folder = Path(prefs.get(FOLDER_KEY) or Path.home())
    return folder if folder.is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, prefs: Prefs, fmt: str, stem: str, on_chosen, name: str = "saveFileDialog"
) -> QFileDialog:
    """A non-blocking save dialog for a PDF or DOCX, in the folder used last."""
    dialog = QFileDialog(
        parent,
        QCoreApplication.translate(_CTX, "Save the letter as PDF")
        if fmt == "pdf"
        else QCoreApplication.translate(_CTX, "Save the letter as DOCX"),
    )
    dialog.setObjectName(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(fmt)
    dialog.setNameFilters(
        [
            QCoreApplication.translate(_CTX, "PDF documents (*.pdf)")
            if fmt == "pdf"
            else QCoreApplication.translate(_CTX, "Word documents (*.docx)")
        ]
    )
    dialog.setDirectory(str(last_folder(prefs)))
    dialog.selectFile(f"{stem}.{fmt}")

    def chosen(path: str) -> None:
        prefs.set(FOLDER_KEY, str(Path(path).parent))
        on_chosen(Path(path))

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


# --- what the worker reads and renders --------------------------------------------------------


@dataclass(frozen=True)
class Setup:
    """The case as the dialog needs it, read once when it opens."""

    request: Request
    operator: Operator
    kinds: tuple[tuple[str, str], ...]  # (kind, why it cannot be written here; "" when it can)
    letter: LetterRow | None  # the stored letter opened, if any
    final_pdf: bytes | None  # its PDF, checked against the SHA-256, when it is final
    final_error: str = ""  # why the final PDF cannot be shown


def load_setup(ctx, request_id: int, letter_id: int | None) -> Setup:
    request = requests.get(ctx, request_id)
    operator = operators.get(ctx, request.operator_id)
    kinds = []
    for kind in kinds_for(request.type):
        try:  # a body is given, so only the case's rules are checked: nothing is rendered
            letters.build(ctx, request_id, kind, letters.default_language(request), body=" ")
            kinds.append((kind, ""))
        except DomainError as exc:
            kinds.append((kind, exc.reason))
    letter = final = None
    final_error = ""
    if letter_id is not None:
        letter = letters.get(ctx, letter_id)
        if letter.request_id != request_id:
            raise DomainError(f"letter {letter_id} belongs to another request", "letter")
        if letter.finalized_at is not None:
            try:
                final = letters.final_pdf(ctx, letter_id)
            except DomainError as exc:
                final_error = exc.reason
    return Setup(request, operator, tuple(kinds), letter, final, final_error)


@dataclass(frozen=True)
class Rendered:
    body: str
    pdf: bytes
    problems: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Spec:
    """One rendering asked for: ``body`` None lets the template write the text."""

    kind: str
    language: str
    body: str | None
    options: letters.LetterOptions


def render_draft(ctx, request_id: int, spec: Spec) -> Rendered:
    letter = letters.build(
        ctx, request_id, spec.kind, spec.language, body=spec.body, options=spec.options
    )
    pdf = letters.render(letter, "pdf")
    found = letters.problems(ctx, letter, request_id, spec.options)
    return Rendered(letter.body, pdf, tuple(found))


# --- the markup, coloured ------------------------------------------------------------------


class MarkupHighlighter(QSyntaxHighlighter):
    """Colours the letter markup: headings, list markers, table rows, bold, and blanks."""

    def __init__(self, document):
        super().__init__(document)

        def fmt(color=None, bold=False, italic=False, background=None) -> QTextCharFormat:
            f = QTextCharFormat()
            if color:
                f.setForeground(QColor(color))
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if background:
                f.setBackground(QBrush(QColor(background)))
            return f

        self.heading = fmt("#1f4e87", bold=True)
        self.centred = fmt("#333333", italic=True)
        self.marker = fmt("#8a4b00", bold=True)
        self.table = fmt("#4b3b7a")
        self.rule = fmt("#9a9a9a")
        self.bold = fmt(bold=True)
        self.blank = fmt("#7a1d10", background="#ffe58a")

    def highlightBlock(self, text: str) -> None:
        stripped = text.lstrip()
        indent = len(text) - len(stripped)
        if stripped.startswith("#"):
            self.setFormat(0, len(text), self.heading)
        elif stripped.startswith(">"):
            self.setFormat(0, len(text), self.centred)
        elif stripped.startswith("|"):
            self.setFormat(0, len(text), self.table)
        elif stripped.strip() == "---":
            self.setFormat(0, len(text), self.rule)
        else:
            marker = re.match(r"(- |\d+[.)] )", stripped)
            if marker:
                self.setFormat(indent, len(marker.group(1)), self.marker)
        for match in re.finditer(r"\*\*(.+?)\*\*", text):
            self.setFormat(match.start(), match.end() - match.start(), self.bold)
        for match in re.finditer(r"\[\[.*?\]\]", text):
            self.setFormat(match.start(), match.end() - match.start(), self.blank)


# --- the dialog ----------------------------------------------------------------------------


class PrepareLetterDialog(QDialog):
    """Prepare, preview, save, print and finalise one letter of a request.

    ``PrepareLetterDialog(ops, prefs, request_id, parent, letter_id=None, kind=None)``: a new
    letter (of ``kind``, or the likeliest kind for the request), or the stored letter
    ``letter_id`` — a draft to continue, or a final letter to look at, save and print (locked).
    ``finalised(letter_id)`` is emitted once the letter is numbered and stored.
    """

    WATCHED = frozenset({REQUESTS, SUBJECTS, OPERATORS, SETTINGS, CALENDAR})

    finalised = Signal(int)
    saved = Signal(str)  # the path of a file written
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self,
        ops: Operations,
        prefs: Prefs,
        request_id: int,
        parent: QWidget | None = None,
        letter_id: int | None = None,
        kind: str | None = None,
    ):
        super().__init__(parent)
        self.ops = ops
        self.prefs = prefs
        self.request_id = request_id
        self.letter_id = letter_id  # the stored letter (draft or final) this dialog edits
        self.wanted_kind = kind
        self.setup: Setup | None = None
        self.request: Request | None = None
        self.kind = ""
        self.language = ""
        self.locked = False
        self.final_row: LetterRow | None = None
        self.final_pdf: bytes = b""
        self.problems: tuple[tuple[str, str], ...] = ()
        self.confirm_box: QMessageBox | None = None
        self.file_dialog: QFileDialog | None = None
        self.print_dialog: QPrintDialog | None = None
        self.printer: QPrinter | None = None
        self._kind_error = ""
        self._body_edited = False
        self._dirty = False
        self._filling = False
        self._edits = 0
        self._rendering = False
        self._render_again = False
        self._regenerate = False
        self._generation = 0
        self._shown_spec: Spec | None = None
        self._busy_jobs = 0
        self._closing = False
        self._categories: list[dict] = []

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ui = Ui_PrepareLetterDialog()
        self.ui.setupUi(self)
        self.setObjectName("prepareLetterDialog")
        self.setWindowTitle(self.tr("Prepare a letter — Derbes"))
        self.highlighter = MarkupHighlighter(self.ui.bodyEdit.document())
        self._prepare_widgets()
        self._connect()
        self._shortcuts()
        self.render_timer = QTimer(self)
        self.render_timer.setSingleShot(True)
        self.render_timer.setInterval(RENDER_DELAY_MS)
        self.render_timer.timeout.connect(self._render_now)

        self.resize(1280, 820)
        restore_geometry(prefs, self, GEOMETRY_KEY)
        self.ui.splitter.setSizes([560, 720])
        restore_splitter(prefs, self.ui.splitter, GEOMETRY_KEY)
        self._set_enabled(False)
        self.ui.preview.show_message(self.tr("Reading the case…"))
        ops.changed.connect(self._on_changed)
        self._load()

    # -- set-up -------------------------------------------------------------------------------

    def _prepare_widgets(self) -> None:
        ui = self.ui
        for label in (
            ui.kindError,
            ui.generalError,
            ui.groundError,
            ui.disposalsError,
            ui.rewriteNote,
            ui.finalBanner,
        ):
            label.hide()
        ui.markupHint.setText(
            self.tr("# heading · ## section · - item · **bold** · [[blank to fill]]")
        )
        ui.markupHint.setToolTip(
            self.tr(
                "Lines that follow each other make one paragraph; a blank line ends it. "
                "> centres a line, | a | b | makes a table row, --- a dividing line. "
                "A letter with a [[blank]] left cannot be finalised."
            )
        )
        ui.rewriteButton.setToolTip(
            self.tr("Write the text anew from the template, with the details as they are now")
        )
        font = ui.bodyEdit.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        ui.bodyEdit.setFont(font)
        ui.bodyEdit.setLineWrapMode(ui.bodyEdit.LineWrapMode.WidgetWidth)
        ui.groundCombo.addItem(self.tr("Choose the ground…"), "")
        for ground, text in GROUND_NAMES.items():
            ui.groundCombo.addItem(tr(text), ground)
        table = ui.disposalsTable
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels(
            [self.tr("Data"), self.tr("Outcome"), self.tr("Legal basis"), self.tr("Kept until")]
        )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 132), (2, 104), (3, 96)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, width)
        header.setMinimumSectionSize(60)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        ui.finaliseButton.setStyleSheet("font-weight: 600;")

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.activated.connect(self._kind_chosen)
        ui.languageCombo.activated.connect(self._language_chosen)
        ui.bodyEdit.textChanged.connect(self._body_changed)
        ui.rewriteButton.clicked.connect(self.rewrite)
        for edit in (
            ui.groundDetailEdit,
            ui.questionEdit,
            ui.findingsEdit,
            ui.decisionEdit,
            ui.attachmentsEdit,
        ):
            edit.textChanged.connect(self._details_changed)
        ui.methodEdit.textChanged.connect(self._details_changed)
        ui.groundCombo.currentIndexChanged.connect(self._details_changed)
        ui.stopClockCheck.toggled.connect(self._details_changed)
        ui.systemsList.itemChanged.connect(self._details_changed)
        ui.problemsList.itemActivated.connect(self._problem_activated)
        ui.saveDraftButton.clicked.connect(lambda: self.save_draft())
        ui.savePdfButton.clicked.connect(lambda: self.choose_file("pdf"))
        ui.saveDocxButton.clicked.connect(lambda: self.choose_file("docx"))
        ui.printButton.clicked.connect(self.print_letter)
        ui.finaliseButton.clicked.connect(self.confirm_finalise)
        ui.closeButton.clicked.connect(self.reject)

    def _shortcuts(self) -> None:
        for keys, slot in (
            (QKeySequence.StandardKey.Save, lambda: self.save_draft()),
            (QKeySequence.StandardKey.Print, self.print_letter),
            ("Ctrl+1", lambda: self.ui.kindCombo.setFocus()),
            ("Ctrl+2", lambda: self.ui.languageCombo.setFocus()),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)

    # -- loading ------------------------------------------------------------------------------

    def _load(self) -> None:
        rid, lid = self.request_id, self.letter_id
        self._busy(True)
        self.ops.query(
            lambda ctx: load_setup(ctx, rid, lid),
            self._loaded,
            self._load_failed,
            owner=self,
        )

    def _load_failed(self, exc: Exception) -> None:
        self._busy(False)
        self.ui.preview.show_message(
            self.tr("This letter cannot be prepared: {0}").format(describe_error(exc))
        )
        self._show_general(describe_error(exc))

    def _loaded(self, setup: Setup) -> None:
        self._busy(False)
        self.setup = setup
        self.request = r = setup.request
        self.ui.titleLabel.setText(self.tr("Letter on {0}").format(r.reg_number))
        self.ui.subtitleLabel.setText(
            self.tr("{type} · {sender} · language of the letter: {language}").format(
                type=labels.type_label(r.type),
                sender=r.sender,
                language=labels.label(labels.LANGUAGES, r.language),
            )
        )
        self.setWindowTitle(self.tr("Letter on {0} — Derbes").format(r.reg_number))
        self._categories = list(setup.operator.data_categories or [])
        self._fill_systems(setup.operator.systems or [])
        letter = setup.letter
        self._filling = True
        self._fill_kinds(setup.kinds)
        if letter is not None:
            self.kind = letter.kind
        else:
            possible = [k for k, why in setup.kinds if not why]
            if self.wanted_kind in dict(setup.kinds):
                self.kind = self.wanted_kind
            else:
                self.kind = possible[0] if possible else setup.kinds[0][0]
        self._select(self.ui.kindCombo, self.kind)
        self.language = (
            letter.language if letter is not None else letters.default_language(self.request)
        )
        self._fill_languages()
        self._filling = False
        self._show_kind()
        if letter is not None and letter.finalized_at is not None:
            self._set_body(letter.body, edited=True)
            self._lock(letter, setup.final_pdf or b"", setup.final_error)
            return
        self._set_enabled(True)
        if letter is not None:
            self._set_body(letter.body, edited=True)
            self._dirty = False
            self._status(self.tr("Draft of {0}").format(_local(letter.created_at)))
            self._render_now()
        else:
            self._regenerate = True
            self._render_now()
        self.ui.bodyEdit.setFocus()

    def _fill_kinds(self, kinds) -> None:
        combo = self.ui.kindCombo
        combo.clear()
        for kind, _why in kinds:
            combo.addItem(kind_name(kind), kind)
        if self.setup and self.setup.letter is not None:
            kind = self.setup.letter.kind
            if combo.findData(kind) < 0:  # a letter of a kind not usually offered for the type
                combo.addItem(kind_name(kind), kind)
        self._mark_kinds(kinds)

    def _mark_kinds(self, kinds) -> None:
        """Grey the kinds the service refuses for this request, with its reason as the tip."""
        combo = self.ui.kindCombo
        for kind, why in kinds:
            index = combo.findData(kind)
            if index < 0:
                continue
            combo.setItemData(
                index, QBrush(QColor(MUTED)) if why else None, Qt.ItemDataRole.ForegroundRole
            )
            combo.setItemData(
                index,
                self.tr("Not possible for this request: {0}").format(why) if why else None,
                Qt.ItemDataRole.ToolTipRole,
            )

    def _on_changed(self, topics: frozenset[str]) -> None:
        """The case changed elsewhere (extended, subject linked, profile edited…): read it
        again and render the letter anew; the officer's own text is kept."""
        if self.locked or self.setup is None or not (topics & self.WATCHED):
            return
        rid = self.request_id
        self.ops.query(
            lambda ctx: load_setup(ctx, rid, None), self._reloaded, lambda _exc: None, owner=self
        )

    def _reloaded(self, setup: Setup) -> None:
        if self.locked or self.setup is None:
            return
        self.setup = dataclasses.replace(
            self.setup, request=setup.request, operator=setup.operator, kinds=setup.kinds
        )
        self.request = setup.request
        self._mark_kinds(setup.kinds)
        language = self.language
        self._filling = True
        self._fill_languages()
        self._filling = False
        if not self._body_edited or language != self.language:
            self._regenerate = True
        self._schedule()

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        offered = list(letters.offered_languages(self.request, self.kind))
        if self.language not in offered:
            self.language = (
                letters.default_language(self.request)
                if letters.default_language(self.request) in offered
                else "kk"
            )
        combo.clear()
        for language in offered:
            combo.addItem(language_name(language), language)
        self._select(combo, self.language)
        r = self.request
        if self.kind == "destruction-act":
            note = self.tr("An internal act: it may be written in either language.")
        elif r.language == "ru":
            note = self.tr(
                "The letter came in Russian: answer in Russian, in Kazakh, or in both languages."
            )
        else:
            note = self.tr(
                "The letter did not come in Russian: answer in Kazakh or in both languages "
                "(Law on Languages, art. 11)."
            )
        self.ui.languageNote.setText(note)
        self.ui.languageNote.show()

    def _fill_systems(self, systems: list[str]) -> None:
        listing = self.ui.systemsList
        listing.blockSignals(True)
        listing.clear()
        for system in systems:
            item = QListWidgetItem(system)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            listing.addItem(item)
        listing.blockSignals(False)
        self.ui.systemsLabel.setVisible(bool(systems))
        listing.setVisible(bool(systems))

    def _fill_disposals(self) -> None:
        """One row per data category the operator declares, in the letter's language."""
        table = self.ui.disposalsTable
        kept = self._disposal_rows()
        language = "ru" if self.language == "ru" else "kk"
        table.blockSignals(True)
        table.setRowCount(len(self._categories))
        for row, category in enumerate(self._categories):
            name = str(category.get(language) or category.get("ru") or category.get("kk") or "")
            item = QTableWidgetItem(name)
            item.setToolTip(name)
            table.setItem(row, 0, item)
            outcome = QComboBox(objectName=f"outcomeCombo{row}")
            for value, text in OUTCOME_NAMES.items():
                outcome.addItem(tr(text), value)
            basis = QLineEdit(objectName=f"basisEdit{row}")
            basis.setPlaceholderText(self.tr("Law and article"))
            until = QDateEdit(objectName=f"untilEdit{row}")
            until.setCalendarPopup(True)
            until.setDisplayFormat("dd.MM.yyyy")
            until.setMinimumDate(QDate(2000, 1, 1))
            until.setSpecialValueText("—")
            until.setDate(until.minimumDate())
            if row < len(kept):
                old_outcome, old_basis, old_until = kept[row]
                outcome.setCurrentIndex(max(0, outcome.findData(old_outcome)))
                basis.setText(old_basis)
                if old_until is not None:
                    until.setDate(QDate(old_until.year, old_until.month, old_until.day))
            table.setCellWidget(row, 1, outcome)
            table.setCellWidget(row, 2, basis)
            table.setCellWidget(row, 3, until)
            self._retained_toggled(row)
            outcome.currentIndexChanged.connect(lambda _i, r=row: self._retained_toggled(r))
            outcome.currentIndexChanged.connect(self._details_changed)
            basis.textChanged.connect(self._details_changed)
            until.dateChanged.connect(self._details_changed)
        table.blockSignals(False)
        table.resizeRowsToContents()
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(min(320, rows_height + table.horizontalHeader().height() + 6))

    def _retained_toggled(self, row: int) -> None:
        table = self.ui.disposalsTable
        retained = table.cellWidget(row, 1).currentData() == "retained"
        table.cellWidget(row, 2).setEnabled(retained)
        table.cellWidget(row, 3).setEnabled(retained)

    def _disposal_rows(self) -> list[tuple[str, str, dt.date | None]]:
        table = self.ui.disposalsTable
        rows = []
        for row in range(table.rowCount()):
            outcome, basis, until = (table.cellWidget(row, c) for c in (1, 2, 3))
            if outcome is None:
                continue
            day = until.date()
            rows.append(
                (
                    outcome.currentData(),
                    basis.text().strip(),
                    None
                    if day == until.minimumDate()
                    else dt.date(day.year(), day.month(), day.day()),
                )
            )
        return rows

    # -- the kind and the language --------------------------------------------------------------

    def _select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _kind_reason(self, kind: str) -> str:
        return dict(self.setup.kinds).get(kind, "") if self.setup else ""

    def _show_kind(self) -> None:
        """The detail groups the kind needs, and why the kind is impossible when it is."""
        ui = self.ui
        wanted = DETAIL_GROUPS.get(self.kind)
        for name in set(DETAIL_GROUPS.values()):
            getattr(ui, name).setVisible(name == wanted)
        ui.methodLabel.setVisible(self.kind == "destruction-act")
        ui.methodEdit.setVisible(self.kind == "destruction-act")
        if wanted == "disposalsGroup":
            self._fill_disposals()
        self._show_kind_error(self._kind_reason(self.kind))

    def _show_kind_error(self, text: str) -> None:
        self._kind_error = text
        self.ui.kindError.setText(text)
        self.ui.kindError.setVisible(bool(text))

    def _kind_chosen(self, index: int) -> None:
        kind = self.ui.kindCombo.itemData(index)
        if kind == self.kind or self.locked:
            return
        self._confirm_rewrite(
            self.tr("Write a new text as a “{0}”?").format(kind_name(kind)),
            lambda: self._apply_kind(kind),
            lambda: self._select(self.ui.kindCombo, self.kind),
        )

    def _apply_kind(self, kind: str) -> None:
        self.kind = kind
        self._filling = True
        self._fill_languages()
        self._filling = False
        self._show_kind()
        self._regenerate_now()

    def _language_chosen(self, index: int) -> None:
        language = self.ui.languageCombo.itemData(index)
        if language == self.language or self.locked:
            return
        self._confirm_rewrite(
            self.tr("Write the text anew in the language “{0}”?").format(language_name(language)),
            lambda: self._apply_language(language),
            lambda: self._select(self.ui.languageCombo, self.language),
        )

    def _apply_language(self, language: str) -> None:
        self.language = language
        if DETAIL_GROUPS.get(self.kind) == "disposalsGroup":
            self._fill_disposals()
        self._regenerate_now()

    def _confirm_rewrite(self, question: str, go, back) -> None:
        """Ask before the officer's own edits to the text are replaced by the template's."""
        if not self._body_edited or not self.ui.bodyEdit.toPlainText().strip():
            go()
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRewriteBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Rewrite the text"))
        box.setText(question)
        box.setInformativeText(self.tr("Your edits to the text are lost."))
        yes = box.addButton(self.tr("Rewrite"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmRewriteButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            self.confirm_box = None
            (go if button is yes else back)()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def rewrite(self) -> None:
        """Write the text anew from the template with the details as they are now."""
        if not self.locked:
            self._confirm_rewrite(
                self.tr("Write the text anew from the template?"),
                self._regenerate_now,
                lambda: None,
            )

    # -- the details --------------------------------------------------------------------------

    def options(self) -> letters.LetterOptions:
        ui = self.ui
        disposals = None
        if DETAIL_GROUPS.get(self.kind) == "disposalsGroup":
            rows = self._disposal_rows()
            if any(o != "destroyed" or b or u for o, b, u in rows):
                names = [
                    ui.disposalsTable.item(r, 0).text() for r in range(ui.disposalsTable.rowCount())
                ]
                disposals = tuple(
                    letters.Disposal(name, o, b, u)
                    for name, (o, b, u) in zip(names, rows, strict=True)
                )
        systems = None
        listing = ui.systemsList
        checked = [
            listing.item(i).text()
            for i in range(listing.count())
            if listing.item(i).checkState() == Qt.CheckState.Checked
        ]
        if len(checked) != listing.count():
            systems = tuple(checked)
        attachments = tuple(
            line.strip() for line in ui.attachmentsEdit.toPlainText().splitlines() if line.strip()
        )
        return letters.LetterOptions(
            ground=ui.groundCombo.currentData() or "",
            ground_detail=ui.groundDetailEdit.toPlainText().strip(),
            question=ui.questionEdit.toPlainText().strip(),
            findings=ui.findingsEdit.toPlainText().strip(),
            decision=ui.decisionEdit.toPlainText().strip(),
            disposals=disposals,
            systems=systems,
            method=ui.methodEdit.text().strip(),
            attachments=attachments,
            stop_clock=ui.stopClockCheck.isChecked(),
        )

    def _details_changed(self, *_args) -> None:
        if self._filling or self.locked or self.setup is None:
            return
        self.ui.groundError.hide()
        self.ui.disposalsError.hide()
        if self._body_edited:
            self.ui.rewriteNote.setText(
                self.tr(
                    "The details changed but the text keeps your edits. “Rewrite from the "
                    "template” writes it anew with the details."
                )
            )
            self.ui.rewriteNote.show()
        else:
            self._regenerate = True
        self._schedule()

    # -- the text -----------------------------------------------------------------------------

    def body(self) -> str:
        return self.ui.bodyEdit.toPlainText()

    def _set_body(self, text: str, edited: bool) -> None:
        self._filling = True
        edit = self.ui.bodyEdit
        if edit.toPlainText() != text:
            scroll = edit.verticalScrollBar().value()
            cursor = edit.textCursor().position()
            edit.setPlainText(text)
            moved = edit.textCursor()
            moved.setPosition(min(cursor, len(text)))
            edit.setTextCursor(moved)
            edit.verticalScrollBar().setValue(scroll)
        self._filling = False
        self._body_edited = edited
        if not edited:
            self.ui.rewriteNote.hide()

    def _body_changed(self) -> None:
        if self._filling or self.locked:
            return
        self._edits += 1
        self._body_edited = True
        self._dirty = True
        self._status(self.tr("Unsaved changes"))
        self._schedule()

    # -- rendering ----------------------------------------------------------------------------

    def spec(self, regenerate: bool = False) -> Spec:
        return Spec(self.kind, self.language, None if regenerate else self.body(), self.options())

    def _schedule(self) -> None:
        self.ui.preview.set_busy(True)
        self._update_actions()
        self.render_timer.start()

    def _regenerate_now(self) -> None:
        self._regenerate = True
        self._render_now()

    def _render_now(self) -> None:
        """Render the letter on the worker; one rendering at a time, the latest wins."""
        self.render_timer.stop()
        if self.setup is None or self.locked:
            return
        if self._rendering:
            self._render_again = True
            return
        regenerate = self._regenerate
        self._regenerate = False
        spec = self.spec(regenerate)
        self._rendering = True
        self._generation += 1
        generation, edits, rid = self._generation, self._edits, self.request_id
        self.ui.preview.set_busy(True)
        self._update_actions()
        self.ops.query(
            lambda ctx: render_draft(ctx, rid, spec),
            lambda result: self._rendered(result, spec, generation, edits),
            lambda exc: self._render_failed(exc, spec, generation),
            owner=self,
        )

    def _render_finished(self) -> None:
        self._rendering = False
        if self._render_again:
            self._render_again = False
            self._render_now()
        elif not self.render_timer.isActive():
            self.ui.preview.set_busy(False)
        self._update_actions()

    def _rendered(self, result: Rendered, spec: Spec, generation: int, edits: int) -> None:
        if generation == self._generation and not self.locked:
            if spec.body is None:
                if edits == self._edits:
                    self._set_body(result.body, edited=False)
                    self.ui.rewriteNote.hide()
                else:  # the officer typed while the template wrote: keep the typing
                    self._render_again = True
            shown = Spec(spec.kind, spec.language, result.body, spec.options)
            if self.ui.preview.set_pdf(result.pdf):
                self._shown_spec = shown
            self._show_problems(result.problems)
            self._show_kind_error("")
            self.ui.generalError.hide()
        self._render_finished()

    def _render_failed(self, exc: Exception, spec: Spec, generation: int) -> None:
        if generation == self._generation and not self.locked:
            self._shown_spec = None
            self._show_problems(None)
            field = exc.field if isinstance(exc, DomainError) else ""
            reason = exc.reason if isinstance(exc, DomainError) else describe_error(exc)
            if field == "ground":
                self.ui.groundError.setText(reason)
                self.ui.groundError.show()
                self.ui.tabs.setCurrentWidget(self.ui.detailsTab)
                message = self.tr(
                    "Choose the ground of the refusal on the Details tab: Law 94-V, art. 8(2)."
                )
            elif field == "disposals":
                self.ui.disposalsError.setText(reason)
                self.ui.disposalsError.show()
                message = self.tr("Complete what happened to the data on the Details tab.")
            elif field in ("kind", "subject", "language"):
                self._show_kind_error(reason)
                if spec.body is None:  # the template could not write it: no text to keep
                    self._set_body("", edited=False)
                message = self.tr("This letter cannot be written for {0}: {1}").format(
                    self.request.reg_number, reason
                )
            else:
                message = self.tr("The letter cannot be shown: {0}").format(describe_error(exc))
            self.ui.preview.show_message(message)
        self._render_finished()

    def preview_current(self) -> bool:
        """The preview shows exactly the text and details in the dialog now."""
        return (
            not self._rendering
            and not self.render_timer.isActive()
            and self._shown_spec is not None
            and self._shown_spec == self.spec()
        )

    # -- problems -----------------------------------------------------------------------------

    def _show_problems(self, problems) -> None:
        ui = self.ui
        listing = ui.problemsList
        listing.clear()
        if problems is None:
            self.problems = ()
            ui.problemsTitle.clear()
            listing.hide()
            return
        self.problems = tuple(problems)
        if not problems:
            ui.problemsTitle.setText(self.tr("✓ Ready to finalise"))
            ui.problemsTitle.setStyleSheet("font-weight: 600; color: #2e6b30;")
            listing.hide()
            return
        ui.problemsTitle.setText(self.tr("Before it can be finalised:"))
        ui.problemsTitle.setStyleSheet(f"font-weight: 600; color: {ERROR_COLOR};")
        for field, reason in problems:
            name = tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field
            item = QListWidgetItem(f"• {name}: {reason}")
            item.setData(Qt.ItemDataRole.UserRole, field)
            item.setForeground(QBrush(QColor(ERROR_COLOR)))
            listing.addItem(item)
        listing.show()

    def _problem_activated(self, item: QListWidgetItem) -> None:
        if item.data(Qt.ItemDataRole.UserRole) == "body":
            self.go_to_blank()

    def go_to_blank(self) -> bool:
        """Select the first [[blank]] in the text; False when there is none."""
        edit = self.ui.bodyEdit
        match = re.search(r"\[\[.*?\]\]", edit.toPlainText())
        if not match:
            return False
        self.ui.tabs.setCurrentWidget(self.ui.textTab)
        cursor = edit.textCursor()
        cursor.setPosition(match.start())
        cursor.setPosition(match.end(), QTextCursor.MoveMode.KeepAnchor)
        edit.setTextCursor(cursor)
        edit.setFocus()
        return True

    # -- enabling -----------------------------------------------------------------------------

    def _set_enabled(self, enabled: bool) -> None:
        ui = self.ui
        for widget in (
            ui.kindCombo,
            ui.languageCombo,
            ui.bodyEdit,
            ui.rewriteButton,
            ui.detailsContents,
            ui.saveDraftButton,
            ui.savePdfButton,
            ui.saveDocxButton,
            ui.printButton,
            ui.finaliseButton,
        ):
            widget.setEnabled(enabled)

    def _update_actions(self) -> None:
        ui = self.ui
        if self.setup is None:
            return
        if self.locked:
            for button in (ui.savePdfButton, ui.saveDocxButton, ui.printButton):
                button.setEnabled(bool(self.final_pdf) and not self._busy_jobs)
            return
        writable = not self._kind_error
        free = self._busy_jobs == 0
        for button in (ui.savePdfButton, ui.saveDocxButton, ui.printButton):
            button.setEnabled(writable and free)
        ui.saveDraftButton.setEnabled(writable and free and bool(self.body().strip()))
        ui.rewriteButton.setEnabled(writable)
        ready = writable and free and self.preview_current() and not self.problems
        ui.finaliseButton.setEnabled(ready)
        if not writable:
            why = self._kind_error
        elif not self.preview_current():
            why = self.tr("Wait for the preview to show the letter as it is now")
        elif self.problems:
            why = self.tr("Resolve what is listed under the text first")
        else:
            why = self.tr("Number the letter and keep its PDF in the case, unchangeable")
        ui.finaliseButton.setToolTip(why)

    def _busy(self, busy: bool) -> None:
        self._busy_jobs += 1 if busy else -1
        self._update_actions()

    def _status(self, text: str) -> None:
        self.ui.statusLabel.setText(text)

    def _show_general(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.setVisible(bool(text))

    # -- saving a draft -----------------------------------------------------------------------

    def save_draft(self, then=None) -> None:
        if self.locked or self.setup is None or self._kind_error or not self.body().strip():
            return
        rid, kind, language, body = self.request_id, self.kind, self.language, self.body()
        draft_id = self.letter_id
        edits = self._edits
        self._busy(True)
        self._status(self.tr("Saving the draft…"))

        def done(row: LetterRow) -> None:
            self._busy(False)
            self.letter_id = row.id
            if edits == self._edits:
                self._dirty = False
            self._status(self.tr("Draft saved at {0}").format(dt.datetime.now().strftime("%H:%M")))
            self._show_general("")
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            self._show_general(self.tr("The draft was not saved: {0}").format(describe_error(exc)))

        self.ops.mutate(
            lambda ctx: letters.save_draft(ctx, rid, kind, language, body, draft_id),
            topics={LETTERS},
            on_done=done,
            on_error=failed,
            owner=self,
        )

    # -- files --------------------------------------------------------------------------------

    def default_stem(self) -> str:
        if self.request is None:
            return "letter"
        number = self.final_row.out_number if self.final_row is not None else ""
        return file_stem(self.request.reg_number, self.kind, self.language, number or "")

    def choose_file(self, fmt: str) -> None:
        if self.setup is None or not self.ui.savePdfButton.isEnabled():
            return
        self.file_dialog = ask_save_path(
            self, self.prefs, fmt, self.default_stem(), lambda path: self.save_as(path, fmt)
        )

    def save_as(self, path: Path, fmt: str) -> None:
        """Write the letter to ``path``: the final PDF itself once finalised, else rendered now."""
        path = Path(path)
        rid = self.request_id
        if self.locked:
            letter_id = self.letter_id
            final = self.final_pdf

            def make(ctx) -> bytes:
                return final if fmt == "pdf" else letters.export(ctx, letter_id, fmt)
        else:
            spec = self.spec()

            def make(ctx) -> bytes:
                letter = letters.build(
                    ctx, rid, spec.kind, spec.language, body=spec.body, options=spec.options
                )
                return letters.render(letter, fmt)

        def work(ctx) -> Path:
            if not path.parent.is_dir():
                raise DomainError(f"the folder {path.parent} does not exist", "file")
            write_file(path, make(ctx))
            return path

        self._busy(True)
        self._status(self.tr("Saving {0}…").format(path.name))

        def done(written: Path) -> None:
            self._busy(False)
            self._status(self.tr("Saved {0}").format(written.name))
            self._show_general("")
            self.saved.emit(str(written))

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            message = describe_error(exc) if not isinstance(exc, OSError) else str(exc)
            self._show_general(self.tr("{0} was not saved: {1}").format(path.name, message))

        self.ops.query(work, done, failed, owner=self)

    # -- printing -----------------------------------------------------------------------------

    def print_letter(self) -> None:
        """The Qt print dialog; the letter is printed when it is accepted."""
        if self.setup is None or not self.ui.printButton.isEnabled():
            return
        printer = printing.new_printer(self.default_stem())
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowTitle(self.tr("Print the letter"))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.printer = printer
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a receiver

    def print_to(self, printer: QPrinter) -> None:
        """Print on ``printer`` off the GUI thread (the letter is rendered first unless final)."""
        self.printer = printer  # kept alive until the job is done
        rid = self.request_id
        final = self.final_pdf if self.locked else None
        spec = None if self.locked else self.spec()

        def work(ctx, progress) -> int:
            data = final
            if data is None:
                letter = letters.build(
                    ctx, rid, spec.kind, spec.language, body=spec.body, options=spec.options
                )
                data = letters.render(letter, "pdf")
            return printing.print_pdf(data, printer, lambda d, t: progress.report(d, t))

        def progressed(done: int, total: int, _text: str) -> None:
            self._status(self.tr("Printing page {0} of {1}…").format(done, total))

        def done(pages: int) -> None:
            self._busy(False)
            self._status(self.tr("Sent {0} pages to the printer").format(pages))
            self._show_general("")
            self.printed.emit(pages)

        def failed(exc: Exception) -> None:
            self._busy(False)
            if isinstance(exc, Cancelled):
                self._status(self.tr("Printing cancelled"))
                return
            self._status("")
            self._show_general(self.tr("The letter was not printed: {0}").format(_reason(exc)))

        self._busy(True)
        self._status(self.tr("Printing…"))
        self.ops.long(work, on_done=done, on_error=failed, on_progress=progressed, owner=self)

    # -- finalising ---------------------------------------------------------------------------

    def confirm_finalise(self) -> None:
        if self.locked or not self.ui.finaliseButton.isEnabled():
            return
        box = QMessageBox(self)
        box.setObjectName("confirmFinaliseBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Finalise the letter"))
        box.setText(
            self.tr("Finalise the {0} on {1}?").format(
                kind_name(self.kind).lower(), self.request.reg_number
            )
        )
        info = self.tr(
            "It gets the next outgoing number and its PDF is kept in the case with its "
            "SHA-256.\n\nA finalised letter is never changed; a correction is a new letter."
        )
        if self.kind == "clarification" and self.ui.stopClockCheck.isChecked():
            info += "\n\n" + self.tr("The clock of the request stops until the subject answers.")
        box.setInformativeText(info)
        yes = box.addButton(self.tr("Finalise"), QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("confirmFinaliseButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button) -> None:
            self.confirm_box = None
            if button is yes:
                self.finalise()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def finalise(self) -> None:
        """Number and store the letter (no confirmation: :meth:`confirm_finalise` asks)."""
        if self.locked or self.setup is None:
            return
        rid, spec, draft_id = self.request_id, self.spec(), self.letter_id
        self._busy(True)
        self._status(self.tr("Finalising…"))

        def work(ctx) -> letters.Finalised:
            return letters.finalise(
                ctx,
                rid,
                spec.kind,
                spec.language,
                body=spec.body,
                options=spec.options,
                draft_id=draft_id,
            )

        def done(result: letters.Finalised) -> None:
            self._busy(False)
            row = result.letter
            self._dirty = False
            self._lock(row, bytes(row.pdf or b""))
            self._status(self.tr("Finalised"))
            if result.clock_stopped:
                self._status(self.tr("Finalised; the clock is stopped until the subject answers"))
            elif result.clock_note:
                self._show_general(
                    self.tr("The letter is finalised but the clock was not stopped: {0}").format(
                        result.clock_note
                    )
                )
            self.finalised.emit(row.id)

        def failed(exc: Exception) -> None:
            self._busy(False)
            self._status("")
            self._show_general(self.tr("The letter was not finalised: {0}").format(_reason(exc)))
            self._render_now()

        self.ops.mutate(work, topics={LETTERS, REQUESTS}, on_done=done, on_error=failed, owner=self)

    def _lock(self, row: LetterRow, pdf: bytes, error: str = "") -> None:
        """A final letter: shown as stored, saved and printed as stored, never edited."""
        self.locked = True
        self.final_row = row
        self.final_pdf = pdf
        self.letter_id = row.id
        self.render_timer.stop()
        self._generation += 1  # a rendering still on its way is not shown
        ui = self.ui
        self._set_enabled(False)
        ui.bodyEdit.setEnabled(True)
        ui.bodyEdit.setReadOnly(True)
        ui.detailsContents.setEnabled(False)
        for widget in (ui.saveDraftButton, ui.finaliseButton, ui.rewriteButton, ui.rewriteNote):
            widget.hide()
        ui.problemsTitle.hide()
        ui.problemsList.hide()
        ui.kindError.hide()
        ui.preview.set_busy(False)
        number, day = row.out_number or "", _short(row.out_date)
        ui.titleLabel.setText(self.tr("Letter № {0} of {1}").format(number, day))
        self.setWindowTitle(self.tr("Letter № {0} — Derbes").format(number))
        banner = self.tr(
            "Finalised: № {number} of {date}, SHA-256 {sha}…  A finalised letter is never "
            "changed; a correction is a new letter."
        ).format(number=number, date=day, sha=(row.sha256 or "")[:12])
        if error:
            ui.finalBanner.setStyleSheet(
                "background: #fbe3e1; color: #9b1c13; border: 1px solid #e7b3ae; "
                "border-radius: 4px; padding: 8px;"
            )
            banner = self.tr("The stored PDF of letter № {0} cannot be trusted: {1}").format(
                number, error
            )
            ui.preview.show_message(banner)
        elif pdf:
            ui.preview.set_pdf(pdf, keep_position=False)
        ui.finalBanner.setText(banner)
        ui.finalBanner.show()
        ui.closeButton.setFocus()
        self._update_actions()

    # -- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; when the text has unsaved edits, ask whether to keep them as a draft."""
        if self._closing or self.locked or not self._dirty or not self.body().strip():
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("unsavedBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved letter"))
        box.setText(self.tr("Keep the text of this letter as a draft?"))
        save = box.addButton(self.tr("Save draft"), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("unsavedSaveButton")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("unsavedDiscardButton")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)

        def answered(button) -> None:
            self.confirm_box = None
            if button is save:
                self.save_draft(then=self._close_now)
            elif button is discard:
                self._close_now()

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _close_now(self) -> None:
        self._closing = True
        self.reject()

    def done(self, result: int) -> None:
        save_geometry(self.prefs, self, GEOMETRY_KEY)
        save_splitter(self.prefs, self.ui.splitter, GEOMETRY_KEY)
        self.render_timer.stop()
        box = self.confirm_box
        if box is not None and shiboken6.isValid(box):
            box.close()
        super().done(result)


def _reason(exc: Exception) -> str:
    if isinstance(exc, printing.PrintError | OSError):
        return str(exc)
    return describe_error(exc)


def _short(day: dt.date | None) -> str:
    return day.strftime("%d.%m.%Y") if day else "—"


def _local(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
