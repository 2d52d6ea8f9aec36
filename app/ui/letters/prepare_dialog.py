"""Prepare one letter for a request: choose its kind and language, fill in what the officer
decides, edit the text, look at the PDF as it will be printed, save it, print it, finalise it.

Everything that reads the case or renders the letter runs through ``ops`` on the worker thread:
the preview is re-rendered a moment after the officer stops typing, never while the window
waits. Which kinds the request may get is the domain's rule (:mod:`app.domain.letter_rules`,
read with the case by :func:`app.services.letters.setup`): the list holds the kinds that answer
the request's type, greyed with the rule's reason where a fact is missing. Whether a letter may
be finalised is the service's decision: the dialog words its coded problems where they belong,
the kind's at the kind, what the withdrawal's workflow has not recorded yet at its details, and
what still stops finalising as a list. What a deregistration, a destruction act or a refusal
states is the workflow's record, shown read-only (it is changed on the Withdrawal tab).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QMessageBox, QWidget

from app.domain.errors import Problem
from app.domain.letter_rules import kind_problems
from app.services import letters
from app.services.letters import LetterInfo, RequestBrief
from app.ui import labels
from app.ui.forms.ui_prepare_letter import Ui_PrepareLetterDialog
from app.ui.letters.highlighter import MarkupHighlighter
from app.ui.letters.jobs import Setup, Spec, load_setup
from app.ui.letters.names import kind_name, language_name
from app.ui.letters.prepare_details import DETAIL_GROUPS, PrepareDetails
from app.ui.letters.prepare_output import GEOMETRY_KEY, PrepareOutput
from app.ui.letters.prepare_render import PrepareRendering
from app.ui.messages import describe_error
from app.ui.operations import (
    CALENDAR,
    LETTERS,
    OPERATORS,
    REQUESTS,
    SETTINGS,
    SUBJECTS,
    Operations,
)
from app.ui.prefs import Prefs, restore_geometry, restore_splitter
from app.ui.problems import problem_text

RENDER_DELAY_MS = 600
MUTED = "#6b6b6b"


# --- the dialog ----------------------------------------------------------------------------


class PrepareLetterDialog(PrepareDetails, PrepareRendering, PrepareOutput, QDialog):
    """Prepare, preview, save, print and finalise one letter of a request.

    ``PrepareLetterDialog(ops, prefs, request_id, parent, letter_id=None, kind=None)``: a new
    letter (of ``kind``, or the likeliest kind for the request), or the stored letter
    ``letter_id`` — a draft to continue, or a final letter to look at, save and print (locked).
    ``finalised(letter_id)`` is emitted once the letter is numbered and stored.
    """

    # LETTERS: a destruction act finalised elsewhere lets the confirmation be written
    WATCHED = frozenset({REQUESTS, SUBJECTS, OPERATORS, SETTINGS, CALENDAR, LETTERS})

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
        self.request: RequestBrief | None = None
        self.kind = ""
        self.language = ""
        self.locked = False
        self.final_row: LetterInfo | None = None
        self.final_pdf: bytes = b""
        self.problems: tuple[Problem, ...] = ()  # what still stops finalising
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
        self._shown_spec: Spec | None = None
        self._busy_jobs = 0
        self._closing = False

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
            ui.questionEdit,
            ui.findingsEdit,
            ui.decisionEdit,
            ui.attachmentsEdit,
        ):
            edit.textChanged.connect(self._details_changed)
        ui.methodEdit.textChanged.connect(self._details_changed)
        ui.stopClockCheck.toggled.connect(self._details_changed)
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
        letter = setup.letter
        self._filling = True
        self._fill_kinds(setup)
        offered = [v.kind.value for v in setup.kinds]
        if letter is not None:
            self.kind = letter.kind
        elif self.wanted_kind in offered:
            self.kind = self.wanted_kind
        else:
            possible = [v.kind.value for v in setup.kinds if v.allowed]
            self.kind = possible[0] if possible else offered[0]
        self._select(self.ui.kindCombo, self.kind)
        self.language = (
            letter.language if letter is not None else letters.default_language(self.request)
        )
        self._fill_languages()
        self._filling = False
        self._show_kind()
        if letter is not None and letter.finalized_at is not None:
            self._set_body(letter.body, edited=True)
            problem = setup.final_problem
            self._lock(letter, setup.final_pdf or b"", problem_text(problem) if problem else "")
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

    def _fill_kinds(self, setup: Setup) -> None:
        """The kinds the domain's rule offers for the request's type, the likeliest first."""
        combo = self.ui.kindCombo
        combo.clear()
        for verdict in setup.kinds:
            combo.addItem(kind_name(verdict.kind), verdict.kind.value)
        if setup.letter is not None and combo.findData(setup.letter.kind) < 0:
            # a stored letter of a kind the rule no longer offers for the type: shown, refused
            combo.addItem(kind_name(setup.letter.kind), setup.letter.kind)
        self._mark_kinds()

    def kind_reasons(self) -> dict[str, str]:
        """Why each kind in the list cannot be written now (in words); "" when it can."""
        if self.setup is None:
            return {}
        combo = self.ui.kindCombo
        reasons = {}
        for index in range(combo.count()):
            kind = combo.itemData(index)
            found = kind_problems(kind, self.setup.facts, self.language or None)
            reasons[kind] = problem_text(found[0]) if found else ""
        return reasons

    def _mark_kinds(self) -> None:
        """Grey the kinds the rule refuses for this request now, with its reason as the tip."""
        combo = self.ui.kindCombo
        for kind, why in self.kind_reasons().items():
            index = combo.findData(kind)
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
        self.setup = dataclasses.replace(setup, letter=self.setup.letter)
        self.request = setup.request
        self._mark_kinds()
        language = self.language
        self._filling = True
        self._fill_languages()
        self._filling = False
        self._fill_workflow()
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

    # -- the kind and the language --------------------------------------------------------------

    def _select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _kind_reason(self, kind: str) -> str:
        return self.kind_reasons().get(kind, "")

    def _show_kind(self) -> None:
        """The detail groups the kind needs, and why the kind is impossible when it is."""
        ui = self.ui
        wanted = DETAIL_GROUPS.get(self.kind)
        for name in set(DETAIL_GROUPS.values()):
            getattr(ui, name).setVisible(name == wanted)
        ui.methodLabel.setVisible(self.kind == "destruction-act")
        ui.methodEdit.setVisible(self.kind == "destruction-act")
        self._fill_workflow()
        self._mark_kinds()
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
        self._fill_workflow()
        self._mark_kinds()
        self._show_kind_error(self._kind_reason(self.kind))
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


def _local(moment: dt.datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
