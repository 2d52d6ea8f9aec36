"""Settings › Templates: the officer's copy of each letter template, checked and previewed live.

The list holds every kind of letter in Kazakh and in Russian and marks the ones the officer has
edited. The editor shows the template in force (the officer's copy, else the shipped file); every
pause in typing renders the letter for a real request off the GUI thread and shows the PDF. A
template that cannot make a letter is named at its line (and placeholder) under the editor while
the preview keeps the last version that worked; saving checks the template again and refuses it
with the reason. "Reset" deletes the officer's copy: the shipped file was never changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QKeySequence,
    QPainter,
    QShortcut,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidgetItem,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.requests import RequestType
from app.letters.kinds import KINDS, TEMPLATE_LANGUAGES, Kind
from app.letters.templating import TemplateError
from app.services import letters, register, requests
from app.services.context import Context
from app.storage.queries import RequestFilter
from app.ui import labels, operations
from app.ui.forms.ui_templates_page import Ui_TemplatesPage
from app.ui.messages import show_error
from app.ui.prefs import TEMPLATES_CURRENT, TEMPLATES_PAGE, restore_splitter, save_splitter
from app.ui.settings.base import MESSAGE_STYLE, SettingsPage

_CTX = "TemplatesPage"
KIND_NAMES = {
    Kind.ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("TemplatesPage", "Acknowledgement of receipt"),
    Kind.DEREGISTRATION: QT_TRANSLATE_NOOP("TemplatesPage", "Deregistration confirmation"),
    Kind.CLAIM_RESPONSE: QT_TRANSLATE_NOOP("TemplatesPage", "Response to a claim"),
    Kind.REFUSAL: QT_TRANSLATE_NOOP("TemplatesPage", "Reasoned refusal"),
    Kind.CLARIFICATION: QT_TRANSLATE_NOOP("TemplatesPage", "Request for clarification"),
    Kind.ACCESS: QT_TRANSLATE_NOOP("TemplatesPage", "Access response"),
    Kind.EXTENSION: QT_TRANSLATE_NOOP("TemplatesPage", "Extension notice"),
    Kind.DESTRUCTION_ACT: QT_TRANSLATE_NOOP("TemplatesPage", "Destruction act (internal)"),
}

# Which requests make a telling sample for each kind (the latest of these types first; any
# request after them). Whether a request may have the letter is the service's to say.
SAMPLE_TYPES: dict[Kind, tuple[str, ...]] = {
    Kind.DEREGISTRATION: (RequestType.CONSENT_WITHDRAWAL, RequestType.DESTRUCTION),
    Kind.CLAIM_RESPONSE: (RequestType.CLAIM,),
    Kind.REFUSAL: (RequestType.CONSENT_WITHDRAWAL,),
    Kind.ACCESS: (RequestType.ACCESS,),
    Kind.DESTRUCTION_ACT: (RequestType.DESTRUCTION, RequestType.CONSENT_WITHDRAWAL),
}
UNKNOWN = -1  # no sample has been looked for yet
SAMPLE_CANDIDATES = 40  # requests tried per query before the invented sample case is used
PREVIEW_DELAY_MS = 450  # a pause in typing this long renders the preview

KEY_ROLE = Qt.ItemDataRole.UserRole
CURRENT_KEY = TEMPLATES_CURRENT
SPLITTER_KEY = TEMPLATES_PAGE
ERROR_STYLE = (
    "QLabel { background: #fbe3e1; color: #9b1c13; border: 1px solid #efc3be;"
    " border-radius: 4px; padding: 6px 10px; }"
)
ERROR_LINE = QColor("#fbe3e1")
EDITED = QColor("#1f4e87")


def kind_name(kind: str) -> str:
    return QCoreApplication.translate(_CTX, KIND_NAMES[Kind(kind)])


# -- the preview, made on the worker thread -------------------------------------------------------


@dataclass(frozen=True)
class SampleCase:
    """The request a preview was made for; ``request_id`` None: the invented sample case."""

    request_id: int | None = None
    reg_number: str = ""
    received: dt.date | None = None
    type: str = ""
    sender: str = ""


@dataclass(frozen=True)
class PreviewResult:
    kind: str
    language: str
    source: str
    sample: SampleCase
    pdf: bytes | None = None
    error: TemplateError | None = None  # the template cannot make the letter
    problem: str = ""  # the chosen request cannot have this letter (or does not exist)
    searched: bool = False  # the sample was looked for (cache it)


def _sample(r) -> SampleCase:
    return SampleCase(r.id, r.reg_number, r.received_date, r.type, r.sender)


def _candidates(ctx: Context, kind: str, language: str) -> list:
    """Recent requests to try, the types that suit the kind first, the template's language
    before the other one within each group."""
    found: list = []
    seen: set[int] = set()
    preferred = SAMPLE_TYPES.get(Kind(kind), ())
    for types in (preferred, ()) if preferred else ((),):
        f = RequestFilter(types=tuple(types), sort="received_date", descending=True)
        batch = [
            r for r in register.list_requests(ctx, f, limit=SAMPLE_CANDIDATES) if r.id not in seen
        ]
        batch.sort(key=lambda r: r.language != language)  # stable: recency kept
        seen.update(r.id for r in batch)
        found.extend(batch)
    return found


def make_preview(
    ctx: Context,
    kind: str,
    language: str,
    source: str,
    number: str = "",
    known: int | None = UNKNOWN,
) -> PreviewResult:
    """Render ``source`` for a request (on the worker thread).

    The request is the one numbered ``number`` when the officer named one; else ``known``, the
    sample found before (None: none suits, use the invented case); else the latest request
    this letter suits; else the invented sample case. A broken template comes back as the
    result's ``error``, never raised.
    """

    def result(sample: SampleCase, **kw) -> PreviewResult:
        return PreviewResult(kind, language, source, sample, **kw)

    searched = False
    if number:
        try:
            candidates = [requests.by_number(ctx, number)]
        except DomainError as exc:
            return result(SampleCase(reg_number=number), problem=exc.reason)
    elif known is None:
        candidates = []
    else:
        candidates = []
        if known != UNKNOWN:
            with contextlib.suppress(DomainError):  # deleted meanwhile: look again
                candidates = [requests.get(ctx, known)]
        if not candidates:
            candidates, searched = _candidates(ctx, kind, language), True
    for r in candidates:
        try:
            letter = letters.preview_template(ctx, kind, language, source, r.id)
        except TemplateError as exc:
            return result(_sample(r), error=exc, searched=searched)
        except DomainError as exc:  # this request cannot have this letter
            if number:
                return result(_sample(r), problem=exc.reason)
            if not searched:  # the sample found before no longer suits: look again
                return make_preview(ctx, kind, language, source)
            continue
        return result(_sample(r), pdf=letters.render(letter, "pdf"), searched=searched)
    invented = SampleCase()
    try:
        letter = letters.preview_template(ctx, kind, language, source)
    except TemplateError as exc:
        return result(invented, error=exc, searched=searched)
    return result(invented, pdf=letters.render(letter, "pdf"), searched=searched)


# -- the editor: line numbers and a quiet highlighting of the template language ----------------


class LineNumbers(QWidget):
    """The line numbers in the left margin of a plain-text editor (Jinja counts lines so)."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.setObjectName("lineNumbers")
        self.editor = editor
        editor.blockCountChanged.connect(self._fit)
        editor.updateRequest.connect(self._scrolled)
        editor.installEventFilter(self)
        self._fit()

    def sizeHint(self) -> QSize:
        digits = len(str(max(1, self.editor.blockCount())))
        return QSize(14 + self.fontMetrics().horizontalAdvance("9") * max(2, digits), 0)

    def _fit(self, *_args) -> None:
        self.editor.setViewportMargins(self.sizeHint().width(), 0, 0, 0)
        self._place()

    def _place(self) -> None:
        rect = self.editor.contentsRect()
        self.setGeometry(QRect(rect.left(), rect.top(), self.sizeHint().width(), rect.height()))

    def _scrolled(self, rect: QRect, dy: int) -> None:
        if dy:
            self.scroll(0, dy)
        else:
            self.update(0, rect.y(), self.width(), rect.height())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.editor and event.type() == event.Type.Resize:
            self._place()
        return False

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f3f3f5"))
        painter.setPen(QColor("#9a9aa0"))
        painter.setFont(self.editor.font())
        editor = self.editor
        block = editor.firstVisibleBlock()
        top = editor.blockBoundingGeometry(block).translated(editor.contentOffset()).top()
        height = editor.fontMetrics().height()
        right = self.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + editor.blockBoundingRect(block).height()
            if block.isVisible() and bottom >= event.rect().top():
                painter.drawText(
                    0,
                    round(top),
                    right,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(block.blockNumber() + 1),
                )
            block = block.next()
            top = bottom
        painter.end()


class TemplateHighlighter(QSyntaxHighlighter):
    """Placeholders, tags, comments, headings and blanks, told apart by a quiet colour."""

    IN_COMMENT = 1
    _SPANS = (
        (re.compile(r"\{\{.*?\}\}"), "#1f4e87", False),
        (re.compile(r"\{%.*?%\}"), "#7a3e9d", False),
        (re.compile(r"\[\[.*?\]\]"), "#8a4b00", True),
    )

    def __init__(self, document):
        super().__init__(document)
        self.comment = QTextCharFormat()
        self.comment.setForeground(QColor("#7d7d84"))
        self.comment.setFontItalic(True)
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:
        if text.startswith("#"):
            self.setFormat(0, len(text), self.heading)
        for pattern, colour, tinted in self._SPANS:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            if tinted:
                fmt.setBackground(QColor("#fdebd3"))
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        # {# comments #}, which may run over several lines
        inside = self.previousBlockState() == self.IN_COMMENT
        self.setCurrentBlockState(0)
        start = 0 if inside else text.find("{#")
        skip = 0 if inside else 2
        while start >= 0:
            end = text.find("#}", start + skip)
            if end < 0:
                self.setCurrentBlockState(self.IN_COMMENT)
                self.setFormat(start, len(text) - start, self.comment)
                break
            self.setFormat(start, end + 2 - start, self.comment)
            start, skip = text.find("{#", end + 2), 2


# -- the page -------------------------------------------------------------------------------------


class TemplatesPage(SettingsPage):
    """Edit the officer's copy of each letter template, with a live PDF preview.

    Public: ``select(kind, language)``, ``current`` (the (kind, language) shown), ``source()``
    and ``set_source(text)`` (the editor's text), ``dirty``, ``customised``, ``save()``,
    ``revert()``, ``reset()``, ``preview_now()``, ``confirm_discard()`` (ask before unsaved
    edits are lost: True when the caller may go on), ``set_sample(number)``, ``settled``
    (nothing under way), ``preview_pdf`` (the bytes shown), ``error`` (the template's error).
    """

    topics = frozenset(
        {operations.LETTERS, operations.OPERATORS, operations.SETTINGS, operations.REQUESTS}
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TemplatesPage", "&Templates")

    def __init__(self, screen):
        super().__init__(screen)
        self.ui = Ui_TemplatesPage()
        self.ui.setupUi(self)
        self.setObjectName("templatesPage")
        self.tree = self.ui.templatesTree
        self.editor = self.ui.sourceEdit
        self.preview = self.ui.preview
        self.save_button = self.ui.saveButton
        self.revert_button = self.ui.revertButton
        self.reset_button = self.ui.resetButton
        self.sample_edit = self.ui.sampleEdit
        self.problem = self.ui.problemLabel
        self.message = self.ui.messageLabel

        self.current: tuple[str, str] | None = None
        self.customised: set[tuple[str, str]] = set()
        self.baseline = ""  # the template in force, as loaded or saved
        self.loaded = False  # the editor holds the template of ``current``
        self.preview_pdf = b""  # the last PDF shown
        self.last_result: PreviewResult | None = None
        self.error: TemplateError | None = None
        self._samples: dict[tuple[str, str], int | None] = {}  # sample request per template
        self._number = ""  # the request the officer asked to preview on
        self._load_token = 0
        self._pending: tuple[str, str] | None = None  # switch to this once saved
        self._saving = False
        self._rendering = False
        self._render_again = False
        self._render_wanted = False  # a preview waits for the page to be shown
        self._shown_key: tuple[str, str] | None = None

        self._items: dict[tuple[str, str], QTreeWidgetItem] = {}
        self._build_tree()
        self.tree.currentItemChanged.connect(self._current_changed)

        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()))
        self.editor.setFont(font)
        self.editor.setTabStopDistance(4 * self.editor.fontMetrics().horizontalAdvance(" "))
        self.line_numbers = LineNumbers(self.editor)
        self.highlighter = TemplateHighlighter(self.editor.document())
        self.editor.textChanged.connect(self._edited)
        self.ui.templateTitle.installEventFilter(self)

        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.problem.linkActivated.connect(self._go_to_link)
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.hide()

        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.reset_button.clicked.connect(self.reset)
        self.sample_edit.returnPressed.connect(lambda: self.set_sample(self.sample_edit.text()))
        self.sample_edit.textChanged.connect(self._sample_typed)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.preview_now)

        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setStretchFactor(2, 3)
        self.ui.splitter.setSizes([230, 420, 420])
        restore_splitter(self.prefs, self.ui.splitter, SPLITTER_KEY)
        self.preview.show_message(self.tr("Choose a template on the left."))
        self._update_state()

    # -- the list -----------------------------------------------------------------------------

    def _build_tree(self) -> None:
        header_font = QFont(self.tree.font())
        header_font.setBold(True)
        for kind in KINDS:
            # A kind is a heading, not a template: it cannot be selected (and is stepped over).
            top = QTreeWidgetItem([kind_name(kind), ""])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFont(0, header_font)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            for language in TEMPLATE_LANGUAGES:
                child = QTreeWidgetItem([labels.label(labels.LANGUAGES, language), ""])
                child.setData(0, KEY_ROLE, (kind, language))
                child.setToolTip(0, f"{kind_name(kind)} — {child.text(0)}")
                top.addChild(child)
                self._items[(kind, language)] = child
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setIndentation(18)

    def _mark_customised(self) -> None:
        for key, item in self._items.items():
            edited = key in self.customised
            item.setText(1, self.tr("edited") if edited else "")
            item.setForeground(1, EDITED)
            font = QFont(self.tree.font())
            font.setBold(edited)
            item.setFont(0, font)
            item.setToolTip(
                1,
                self.tr("Your copy writes these letters")
                if edited
                else self.tr("The shipped template writes these letters"),
            )

    @staticmethod
    def _key(item: QTreeWidgetItem | None) -> tuple[str, str] | None:
        if item is None:
            return None
        key = item.data(0, KEY_ROLE)
        return tuple(key) if key else None

    def select(self, kind: str, language: str) -> None:
        """Show this template (asks first when edits are not saved)."""
        self.tree.setCurrentItem(self._items[(Kind(kind).value, language)])

    def _current_changed(self, item, previous) -> None:
        key = self._key(item)
        if key is None and item is not None:
            self._step_over_heading(item, previous)
            return
        if key is None or key == self.current:
            return
        if not self.confirm_discard(then=key):
            self._set_tree_current(self.current)
            return
        self._load(key)

    def _step_over_heading(self, heading: QTreeWidgetItem, previous) -> None:
        """Onto the heading's first language, or the language above when moving up by key."""
        target = heading.child(0)
        by_mouse = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if previous is not None and not by_mouse:
            going_up = (
                self.tree.visualItemRect(previous).top() > self.tree.visualItemRect(heading).top()
            )
            above = self.tree.itemAbove(heading)
            if going_up and above is not None:
                target = above
        QTimer.singleShot(0, self, lambda: self.tree.setCurrentItem(target))

    def _set_tree_current(self, key: tuple[str, str] | None) -> None:
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(self._items[key] if key else None)
        self.tree.blockSignals(False)

    # -- loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._samples.clear()  # requests may have changed: look for the samples again
        self.ops.query(letters.customised_templates, self._show_customised, owner=self)

    def _show_customised(self, found: set[tuple[str, str]]) -> None:
        self.customised = set(found)
        self._mark_customised()
        if self.current is None:
            stored = self.prefs.get(CURRENT_KEY) or ""
            kind, _, language = str(stored).partition("/")
            key = (kind, language) if (kind, language) in self._items else (KINDS[0], "kk")
            self._set_tree_current(key)
            self._load(key)
        elif not self.dirty:
            self._load(self.current)  # the copy in force may have changed; so may the letterhead
        else:
            self._schedule_preview(now=True)
        self._update_state()

    def _load(self, key: tuple[str, str]) -> None:
        self._timer.stop()
        self.current = key
        self.loaded = False
        self._load_token += 1
        token = self._load_token
        kind, language = key
        self._set_tree_current(key)
        self.prefs.set(CURRENT_KEY, f"{kind}/{language}")
        self._update_state()
        self.ops.query(
            lambda ctx: letters.template_source(ctx, kind, language),
            lambda source: self._loaded(token, key, source),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
        )

    def _loaded(self, token: int, key: tuple[str, str], source: str) -> None:
        if token != self._load_token:
            return  # another template was chosen meanwhile
        self.baseline = source
        self.loaded = True
        if source != self.source():  # the same text again keeps the cursor where it is
            self._put_text(source)
        if key != self._shown_key:
            self._show_problem(None)
        self._update_state()
        self._schedule_preview(now=True)

    def _put_text(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.line_numbers._fit()
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)

    # -- editing ------------------------------------------------------------------------------

    def source(self) -> str:
        return self.editor.toPlainText()

    def set_source(self, text: str) -> None:
        """Replace the editor's text as typing would (undoable, previewed after a pause)."""
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    @property
    def settled(self) -> bool:
        """Nothing under way: the template is loaded, no preview waits or renders, no save."""
        return (
            self.loaded
            and not self._timer.isActive()
            and not self._rendering
            and not self._render_wanted
            and not self._saving
        )

    @property
    def dirty(self) -> bool:
        return self.loaded and self.source() != self.baseline

    def _edited(self) -> None:
        self._update_state()
        self._schedule_preview()

    def _update_state(self) -> None:
        key = self.current
        if key is None:
            self._set_title("")
            self.ui.templateState.setText("")
        else:
            kind, language = key
            language_name = labels.label(labels.LANGUAGES, language)
            self._set_title(f"{kind_name(kind)} — {language_name}")
            if not self.loaded:
                state = self.tr("Loading…")
            elif self.dirty:
                state = self.tr("Edited, not saved")
            elif key in self.customised:
                state = self.tr("Your copy")
            else:
                state = self.tr("Shipped version")
            self.ui.templateState.setText(state)
        dirty = self.dirty
        self.editor.setReadOnly(not self.loaded)
        self.save_button.setEnabled(dirty and not self._saving)
        self.revert_button.setEnabled(dirty and not self._saving)
        self.reset_button.setEnabled(self.loaded and key in self.customised and not self._saving)

    def _set_title(self, title: str) -> None:
        """The title, shortened with "…" when the editor is narrow (whole in the tooltip)."""
        label = self.ui.templateTitle
        label.setToolTip(title)
        label.setProperty("fullText", title)
        width = label.width()
        metrics = label.fontMetrics()
        label.setText(
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, width) if width > 20 else title
        )

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ui.templateTitle and event.type() == event.Type.Resize:
            self._set_title(watched.property("fullText") or "")
        return super().eventFilter(watched, event)

    def revert(self) -> None:
        """Put back the template in force, discarding the edits not saved."""
        if not self.dirty:
            return
        self.set_source(self.baseline)
        self._schedule_preview(now=True)

    def confirm_discard(self, then: tuple[str, str] | None = None) -> bool:
        """True when nothing unsaved would be lost, or the officer lets it go.

        With ``then``, "Save" saves first and shows ``then`` once saved (and returns False:
        the switch happens after the save).
        """
        if not self.dirty or self.current is None:
            return True
        kind, language = self.current
        name = f"{kind_name(kind)} — {labels.label(labels.LANGUAGES, language)}"
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if then is not None:
            buttons |= QMessageBox.StandardButton.Save
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved template"),
            self.tr("Your edits to “%1” are not saved.").replace("%1", name),
            buttons,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            return True
        if answer == QMessageBox.StandardButton.Save and then is not None:
            self._pending = then
            self.save()
        return False

    # -- saving and resetting -----------------------------------------------------------------

    def save(self) -> None:
        """Keep the officer's copy; the service checks it makes a letter and refuses it if not."""
        if self.current is None or not self.dirty or self._saving:
            if self._pending is not None and not self.dirty:
                self._switch_to_pending()
            return
        kind, language = key = self.current
        source = self.source()
        self._saving = True
        self._update_state()
        self.ops.mutate(
            lambda ctx: letters.save_template(ctx, kind, language, source),
            topics={operations.LETTERS},
            on_done=lambda _r: self._saved(key, source),
            on_error=self._save_failed,
            owner=self,
        )

    def _saved(self, key: tuple[str, str], source: str) -> None:
        self._saving = False
        self.customised.add(key)
        self._mark_customised()
        if key == self.current:
            self.baseline = source
        kind, language = key
        self.tell(
            self.message,
            self.tr("Saved. New letters “%1” in %2 are written from your copy.")
            .replace("%1", kind_name(kind))
            .replace("%2", labels.label(labels.LANGUAGES, language)),
        )
        self._update_state()
        self._switch_to_pending()

    def _switch_to_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None and pending != self.current:
            self._load(pending)

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        self._pending = None
        self._set_tree_current(self.current)
        self._update_state()
        if isinstance(exc, DomainError):
            error = exc if isinstance(exc, TemplateError) else None
            reason = self.describe(exc) if error else exc.reason
            self._show_problem(error, self.tr("Not saved: %1").replace("%1", reason))
            self.message.hide()
        else:
            show_error(self, exc)

    def reset(self) -> None:
        """Delete the officer's copy (after asking): letters come from the shipped file again."""
        if self.current is None or self.current not in self.customised or self._saving:
            return
        kind, language = key = self.current
        name = f"{kind_name(kind)} — {labels.label(labels.LANGUAGES, language)}"
        text = self.tr(
            "Put back the shipped version of “%1”? Your copy is deleted and new letters are "
            "written from the shipped template."
        ).replace("%1", name)
        if self.dirty:
            text += "\n\n" + self.tr("The edits not saved yet are lost too.")
        answer = QMessageBox.question(
            self,
            self.tr("Reset the template"),
            text,
            QMessageBox.StandardButton.Reset | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Reset:
            return

        def run(ctx: Context) -> str:
            letters.reset_template(ctx, kind, language)
            return letters.template_source(ctx, kind, language)

        self._saving = True
        self._update_state()
        self.ops.mutate(
            run,
            topics={operations.LETTERS},
            on_done=lambda source: self._was_reset(key, source),
            on_error=self._reset_failed,
            owner=self,
        )

    def _was_reset(self, key: tuple[str, str], source: str) -> None:
        self._saving = False
        self.customised.discard(key)
        self._mark_customised()
        if key == self.current:
            self.baseline = source
            self._put_text(source)
            self._show_problem(None)
            self._schedule_preview(now=True)
        self.tell(self.message, self.tr("The shipped version is back; your copy is deleted."))
        self._update_state()

    def _reset_failed(self, exc: Exception) -> None:
        self._saving = False
        self._update_state()
        show_error(self, exc)

    # -- the preview --------------------------------------------------------------------------

    def set_sample(self, number: str) -> None:
        """Preview on the request with this registration number; empty: the latest that suits."""
        number = number.strip()
        if self.sample_edit.text().strip() != number:
            self.sample_edit.setText(number)
        self._number = number
        self._schedule_preview(now=True)

    def _sample_typed(self, text: str) -> None:
        if not text.strip() and self._number:  # cleared (the clear button): back to automatic
            self.set_sample("")

    def _schedule_preview(self, now: bool = False) -> None:
        if now:
            self._timer.stop()
            self.preview_now()
        else:
            self._timer.start()

    def preview_now(self) -> None:
        """Render the editor's text now (on the worker); a render under way runs once more."""
        self._timer.stop()
        if self.current is None or not self.loaded:
            return
        if not self.isVisible():
            self._render_wanted = True
            return
        if self._rendering:
            self._render_again = True
            return
        kind, language = key = self.current
        source, number = self.source(), self._number
        known = self._samples.get(key, UNKNOWN)
        self._rendering = True
        self._render_wanted = False
        self.preview.set_busy(True)
        self.ops.query(
            lambda ctx: make_preview(ctx, kind, language, source, number, known),
            self._previewed,
            on_error=self._preview_failed,
            owner=self,
        )

    def _previewed(self, result: PreviewResult) -> None:
        self._rendering = False
        key = (result.kind, result.language)
        if result.searched and not self._number:
            self._samples[key] = result.sample.request_id
        again, self._render_again = self._render_again, False
        if key == self.current:
            self._show_preview(result)
        if again:  # the text changed while this one was made
            self.preview_now()
        else:
            self.preview.set_busy(False)

    def _show_preview(self, result: PreviewResult) -> None:
        self.last_result = result
        self._show_sample(result)
        if result.pdf is not None:
            same = self._shown_key == (result.kind, result.language)
            self.preview.set_pdf(result.pdf, keep_position=same)
            self.preview_pdf = result.pdf
            self._shown_key = (result.kind, result.language)
            self._show_problem(None)
        elif result.error is not None:
            self._show_problem(result.error)
            if self._shown_key != (result.kind, result.language):
                self.preview.show_message(
                    self.tr("The template cannot make a letter yet: see the message under it.")
                )
                self.preview_pdf = b""

    def _preview_failed(self, exc: Exception) -> None:
        self._rendering = False
        self._render_again = False
        self.preview.set_busy(False)
        self._show_problem(None, self.tr("The preview failed: %1").replace("%1", str(exc)))

    def _show_sample(self, result: PreviewResult) -> None:
        s = result.sample
        if result.problem:
            if s.request_id is None:
                text = self.tr("No request numbered %1.").replace("%1", s.reg_number)
            else:
                text = self.tr("Request %1 cannot have this letter: %2").replace("%1", s.reg_number)
                text = text.replace("%2", result.problem)
            self.ui.sampleLabel.setStyleSheet("color: #9b1c13;")
        elif s.request_id is None:
            text = self.tr(
                "An invented sample case: no request in the database suits this letter yet."
            )
            self.ui.sampleLabel.setStyleSheet("color: #666;")
        else:
            text = (
                self.tr("Request %1 of %2: %3, from %4")
                .replace("%1", s.reg_number)
                .replace("%2", s.received.strftime("%d.%m.%Y") if s.received else "")
                .replace("%3", labels.type_label(s.type).lower())
                .replace("%4", s.sender)
            )
            self.ui.sampleLabel.setStyleSheet("color: #666;")
        self.ui.sampleLabel.setText(text)

    # -- what is wrong with the template ------------------------------------------------------

    def describe(self, exc: TemplateError) -> str:
        """The error at its line, in words: "Line 3: unknown placeholder “x” …"."""
        # The service puts "kind (lang): " in front of the template's own reason.
        reason = re.sub(r"^[\w-]+ \((?:kk|ru)\): ", "", exc.detail)
        if exc.placeholder:
            what = self.tr("unknown placeholder “%1”: the letter's data has no such name").replace(
                "%1", exc.placeholder
            )
        elif reason.startswith("not allowed in a template"):
            detail = reason.partition(":")[2].strip()
            what = self.tr("not allowed in a template (%1)").replace("%1", detail)
        elif reason.startswith("syntax error:"):
            what = self.tr("syntax error: %1").replace("%1", reason.partition(":")[2].strip())
        else:
            what = reason
        if exc.line:
            return self.tr("Line %1: %2").replace("%1", str(exc.line)).replace("%2", what)
        return what

    def _show_problem(self, error: TemplateError | None, text: str | None = None) -> None:
        self.error = error
        if error is None and text is None:
            self.problem.hide()
            self.problem.setText("")
            self._mark_line(None)
            return
        body = html.escape(text if text is not None else self.describe(error))
        line = error.line if error is not None else None
        if line:
            body += f" &nbsp;<a href='line:{line}'>{html.escape(self.tr('Go to the line'))}</a>"
        if error is not None and text is None:
            body += "<br>" + html.escape(
                self.tr(
                    "The preview shows the last version that worked; this text cannot be saved."
                )
            )
        self.problem.setText(body)
        self.problem.show()
        self._mark_line(line)

    def _mark_line(self, line: int | None) -> None:
        selections = []
        block = self.editor.document().findBlockByNumber(line - 1) if line else None
        if block is not None and block.isValid():
            mark = QTextEdit.ExtraSelection()
            mark.format.setBackground(ERROR_LINE)
            mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            mark.cursor = QTextCursor(block)
            selections.append(mark)
        self.editor.setExtraSelections(selections)

    def _go_to_link(self, link: str) -> None:
        if link.startswith("line:"):
            self.go_to_line(int(link.partition(":")[2]))

    def go_to_line(self, line: int) -> None:
        block = self.editor.document().findBlockByNumber(max(0, line - 1))
        if block.isValid():
            self.editor.setTextCursor(QTextCursor(block))
            self.editor.centerCursor()
            self.editor.setFocus()

    # -- the page's life ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._render_wanted:
            QTimer.singleShot(0, self, self.preview_now)

    def save_state(self) -> None:
        save_splitter(self.prefs, self.ui.splitter, SPLITTER_KEY)
