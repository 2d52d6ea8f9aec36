"""Settings › General: the body subjects may appeal to, the term a clarification gives the
subject to reply, and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services import settings
from app.ui import operations
from app.ui.messages import show_error
from app.ui.prefs import LANGUAGE
from app.ui.settings.base import HINT_STYLE, MESSAGE_STYLE, SettingsPage
from app.ui.widgets.scan_list import plural

ERROR_STYLE = "color: #b3261e;"
LANGUAGE_KEY = LANGUAGE
# (stored value, name shown): each language named in itself, so anyone can find theirs.
LANGUAGE_CHOICES = (("en", "English"), ("kk", "Қазақша"), ("ru", "Русский"))


class GeneralPage(SettingsPage):
    topics = frozenset({operations.SETTINGS})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GeneralPage", "&General")

    def __init__(self, screen):
        super().__init__(screen)
        self.setObjectName("generalPage")
        self.authority: dict[str, str] | None = None
        self._dirty = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(12)

        group = QGroupBox(self.tr("Where subjects may appeal"), objectName="authorityGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        hint = QLabel(
            self.tr(
                "Refusals and answers to claims name the authorized body for the protection of "
                "personal data, where the subject may appeal."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        self.edits: dict[str, QPlainTextEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for lang, caption in (("kk", self.tr("In &Kazakh:")), ("ru", self.tr("In &Russian:"))):
            edit = QPlainTextEdit(objectName=f"authority{lang.capitalize()}Edit")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._edited)
            error = QLabel(objectName=f"authority{lang.capitalize()}Error")
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            label = QLabel(caption)
            label.setBuddy(edit)
            column = QVBoxLayout()
            column.setSpacing(3)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, column)
            self.edits[lang] = edit
            self.errors[lang] = error
        buttons = QHBoxLayout()
        self.restore_button = QPushButton(
            self.tr("Put back the s&tandard name"), objectName="restoreAuthorityButton"
        )
        self.save_button = QPushButton(self.tr("&Save"), objectName="saveAuthorityButton")
        self.restore_button.clicked.connect(self._restore_default)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        layout.addWidget(group)

        layout.addWidget(self._reply_group())

        lang_group = QGroupBox(self.tr("Interface language"), objectName="languageGroup")
        lang_form = QFormLayout(lang_group)
        lang_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox(objectName="languageCombo")
        self.language_combo.setMinimumWidth(240)
        self.language_combo.addItem(self.tr("As the system"), "")
        for value, name in LANGUAGE_CHOICES:
            self.language_combo.addItem(name, value)
        current = self.prefs.get(LANGUAGE_KEY) or ""
        index = self.language_combo.findData(current)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.language_combo)
        lang_form.addRow(lang_label, self.language_combo)
        self.language_note = QLabel(
            self.tr(
                "The window is built again in the language chosen, with the screen you are on;"
                " case windows open now close."
            ),
            objectName="languageNote",
        )
        self.language_note.setStyleSheet(HINT_STYLE)
        lang_form.addRow(self.language_note)
        layout.addWidget(lang_group)
        layout.addStretch(1)

        self.message = QLabel(objectName="generalMessage")
        self.message.setStyleSheet(MESSAGE_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.save_button.setEnabled(False)

    def _reply_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Clarification letters"), objectName="replyGroup")
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        hint = QLabel(
            self.tr(
                "A clarification asks the subject to reply by a date this many working days after"
                " the letter's date."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(hint)
        self.reply_days_spin = QSpinBox(objectName="replyDaysSpin")
        self.reply_days_spin.setRange(settings.MIN_REPLY_DAYS, settings.MAX_REPLY_DAYS)
        self.reply_days_spin.setValue(settings.DEFAULT_REPLY_DAYS)
        self.reply_days_spin.setSuffix(self.tr(" working days"))
        self.reply_days_spin.valueChanged.connect(self._reply_days_edited)
        self.reply_days_saved: int | None = None
        self.save_reply_button = QPushButton(self.tr("Sa&ve"), objectName="saveReplyDaysButton")
        self.save_reply_button.setEnabled(False)
        self.save_reply_button.clicked.connect(self.save_reply_days)
        label = QLabel(self.tr("Reply &within:"))
        label.setBuddy(self.reply_days_spin)
        row = QHBoxLayout()
        row.addWidget(self.reply_days_spin)
        row.addWidget(self.save_reply_button)
        form.addRow(label, row)
        return group

    # -- the appeal authority -----------------------------------------------------------------

    def refresh(self) -> None:
        self.ops.query(settings.appeal_authority, self._show, owner=self)
        self.ops.query(settings.reply_days, self._show_reply_days, owner=self)

    def _show(self, authority: dict[str, str]) -> None:
        self.authority = dict(authority)
        if self._dirty:
            return  # keep what the officer is typing
        self._fill(authority)

    def _fill(self, authority: dict[str, str]) -> None:
        for lang, edit in self.edits.items():
            edit.blockSignals(True)
            edit.setPlainText(authority.get(lang, ""))
            edit.blockSignals(False)
            self.errors[lang].hide()
        self._set_dirty(False)

    def values(self) -> dict[str, str]:
        return {lang: " ".join(edit.toPlainText().split()) for lang, edit in self.edits.items()}

    def _edited(self) -> None:
        self._set_dirty(self.authority is None or self.values() != self.authority)
        self._check()

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty)

    def _check(self) -> bool:
        ok = True
        for lang, value in self.values().items():
            error = self.errors[lang]
            if value:
                error.hide()
            else:
                error.setText(self.tr("Required: letters in this language name the body."))
                error.show()
                ok = False
        return ok

    def _restore_default(self) -> None:
        for lang, edit in self.edits.items():
            edit.setPlainText(settings.DEFAULT_AUTHORITY[lang])

    def save(self) -> None:
        if not self._check():
            return
        value = self.values()
        self.save_button.setEnabled(False)
        self.ops.mutate(
            lambda ctx: settings.set_value(ctx, settings.AUTHORITY_KEY, value),
            on_done=lambda _r: self._saved(value),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, value: dict[str, str]) -> None:
        self.authority = value
        self._set_dirty(False)
        self.tell(self.message, self.tr("The name of the appeal body is saved."))

    def _failed(self, exc: Exception) -> None:
        self._set_dirty(True)
        show_error(self, exc)

    # -- the clarification's reply term -------------------------------------------------------

    def _show_reply_days(self, days: int) -> None:
        edited = (
            self.reply_days_saved is not None
            and self.reply_days_spin.value() != self.reply_days_saved
        )
        self.reply_days_saved = days
        if edited:
            return  # keep what the officer is choosing
        self.reply_days_spin.blockSignals(True)
        self.reply_days_spin.setValue(days)
        self.reply_days_spin.blockSignals(False)
        self.save_reply_button.setEnabled(False)

    def _reply_days_edited(self, value: int) -> None:
        self.save_reply_button.setEnabled(value != self.reply_days_saved)

    def save_reply_days(self) -> None:
        days = self.reply_days_spin.value()
        self.save_reply_button.setEnabled(False)
        self.ops.mutate(
            lambda ctx: settings.set_reply_days(ctx, days),
            on_done=lambda _r: self._reply_days_kept(days),
            on_error=self._reply_days_failed,
            owner=self,
        )

    def _reply_days_kept(self, days: int) -> None:
        self.reply_days_saved = days
        self._reply_days_edited(self.reply_days_spin.value())
        self.tell(
            self.message,
            plural(
                self.tr("Clarifications now ask for a reply within %n working day(s).", "", days),
                days,
            ),
        )

    def _reply_days_failed(self, exc: Exception) -> None:
        self._reply_days_edited(self.reply_days_spin.value())
        show_error(self, exc)

    # -- the interface language ---------------------------------------------------------------

    def _language_chosen(self, _index: int) -> None:
        value = self.language_combo.currentData()
        self.prefs.set(LANGUAGE_KEY, value)
        self.prefs.sync()
        self.tell(
            self.message,
            self.tr("%1 is chosen.").replace("%1", self.language_combo.currentText()),
        )
        # The window is built again in it (app.ui.application.Controller.change_language).
        self.screen.navigator.change_language(value)
