"""Settings › Templates: the officer's copy of each letter template, checked and previewed live.

The list holds every kind of letter in Kazakh and in Russian and marks the ones the officer has
edited. The editor shows the template in force (the officer's copy, else the shipped file); every
pause in typing renders the letter for a real request off the GUI thread and shows the PDF. A
template that cannot make a letter is named at its line (and placeholder) under the editor while
the preview keeps the last version that worked; saving checks the template again and refuses it
with the reason. "Reset" deletes the officer's copy: the shipped file was never changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontDatabase, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QApplication, QHeaderView, QMessageBox, QTreeWidgetItem

from app.domain.errors import DomainError
from app.letters.kinds import KINDS, TEMPLATE_LANGUAGES, Kind
from app.letters.templating import TemplateError
from app.services import letters
from app.services.context import Context
from app.ui import labels, operations
from app.ui.forms.ui_templates_page import Ui_TemplatesPage
from app.ui.letters.names import kind_name
from app.ui.messages import show_error
from app.ui.prefs import TEMPLATES_CURRENT, TEMPLATES_PAGE, restore_splitter, save_splitter
from app.ui.problems import error_text
from app.ui.settings.base import MESSAGE_STYLE, SettingsPage
from app.ui.settings.template_editor import LineNumbers, TemplateHighlighter
from app.ui.settings.template_feedback import ERROR_STYLE, TemplateFeedback
from app.ui.settings.template_preview import PREVIEW_DELAY_MS, PreviewResult

KEY_ROLE = Qt.ItemDataRole.UserRole
CURRENT_KEY = TEMPLATES_CURRENT
SPLITTER_KEY = TEMPLATES_PAGE
EDITED = QColor("#1f4e87")


# -- the page -------------------------------------------------------------------------------------


class TemplatesPage(TemplateFeedback, SettingsPage):
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
        kind, language = key
        self._set_tree_current(key)
        self.prefs.set(CURRENT_KEY, f"{kind}/{language}")
        self._update_state()
        self.ops.query(  # another template chosen meanwhile replaces this reading
            lambda ctx: letters.template_source(ctx, kind, language),
            lambda source: self._loaded(key, source),
            on_error=lambda exc: show_error(self, exc),
            owner=self,
            key="template-source",
        )

    def _loaded(self, key: tuple[str, str], source: str) -> None:
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
            reason = self.describe(exc) if error else error_text(exc)
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

    # -- the page's life ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._render_wanted:
            QTimer.singleShot(0, self, self.preview_now)

    def save_state(self) -> None:
        save_splitter(self.prefs, self.ui.splitter, SPLITTER_KEY)
