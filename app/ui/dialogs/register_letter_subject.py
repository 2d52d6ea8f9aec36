"""The "Register a letter" dialog's subject: found by IIN or by a name in any script, linked,
created from the letter, or left unlinked."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidgetItem

from app.domain.identifiers import is_valid_iin, mask_iin
from app.services import intake
from app.services.intake import SubjectMatch
from app.ui import labels
from app.ui.widgets.scan_list import plural


class SubjectCounts(QObject):
    """The subject part's counted phrase (lupdate finds plural forms only in ``self.tr``; the
    part below is a mixin, whose ``self.tr`` would look in the dialog's context)."""

    def matching(self, n: int) -> str:
        return plural(self.tr("%n subject(s) match: select one to link.", "", n), n)


@cache
def _counts() -> SubjectCounts:
    return SubjectCounts()


class SubjectPart:
    """The subject half of :class:`~app.ui.dialogs.register_letter.RegisterLetterDialog`."""

    # -- the subject --------------------------------------------------------------------------

    def _search_terms(self) -> tuple[str, str]:
        """(IIN, name) to search for: the Find box when typed in, else the IIN and sender."""
        typed = self.ui.searchEdit.text().strip()
        if typed:
            compact = "".join(typed.split())
            return (compact, "") if compact.isdigit() else ("", typed)
        return "".join(self.ui.iinEdit.text().split()), self.ui.senderEdit.text().strip()

    def _schedule_search(self, *_args) -> None:
        self._search_timer.start()

    def _run_search(self) -> None:
        operator_id = self.operator_id()
        iin, name = self._search_terms()
        if operator_id is None or (len(iin) < intake.MIN_IIN_PREFIX and not name):
            self.ops.forget(self, "matches")  # a search still running is no longer wanted
            self._matches_arrived([])
            return
        self.ops.query(  # a newer search replaces one still on its way
            lambda ctx: intake.match_subjects(ctx, operator_id, iin, name),
            on_done=self._matches_arrived,
            owner=self,
            key="matches",
        )

    def _matches_arrived(self, found: list[SubjectMatch]) -> None:
        self.matches = list(found)
        self._stale = None
        if self._linked is not None and all(m.id != self._linked.id for m in found):
            # What is typed no longer finds the chosen subject: it is shown, marked and
            # greyed out, and no longer linked; linking it again takes a deliberate search.
            self._stale = self._linked
            self._linked = None
            if self.ui.linkRadio.isChecked():
                self._set_choice("none")
        lst = self.ui.matchesList
        self._programmatic = True
        lst.clear()
        if self._stale is not None:
            item = QListWidgetItem(self._match_text(self._stale, stale=True))
            item.setData(Qt.ItemDataRole.UserRole, self._stale)
            item.setFlags(Qt.ItemFlag.NoItemFlags)  # neither selectable nor clickable
            item.setForeground(QBrush(QColor("#9b1c13")))
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            lst.addItem(item)
        for match in found:
            item = QListWidgetItem(self._match_text(match))
            item.setData(Qt.ItemDataRole.UserRole, match)
            if match.address:
                item.setToolTip(match.address)
            lst.addItem(item)
            if self._linked is not None and match.id == self._linked.id:
                item.setSelected(True)
                lst.setCurrentItem(item)
        self._programmatic = False
        self._auto_choose()
        self._show_matches_hint()
        self._validate()
        self.reader.subject_settled()

    def _typed_iin(self) -> str:
        return "".join(self.ui.iinEdit.text().split())

    def _match_text(self, m: SubjectMatch, stale: bool = False) -> str:
        details = []
        if m.iin:  # masked unless it is the IIN the officer typed
            shown = m.iin if m.iin == self._typed_iin() else mask_iin(m.iin)
            details.append(QCoreApplication.translate("SubjectPart", "IIN {0}").format(shown))
        if m.birth_date:
            details.append(
                QCoreApplication.translate("SubjectPart", "born {0}").format(
                    self._date_text(m.birth_date)
                )
            )
        if m.status != "active":
            details.append(labels.label(labels.SUBJECT_STATUSES, m.status))
        if stale:
            details.append(
                QCoreApplication.translate("SubjectPart", "no longer matches what is typed")
            )
        elif m.by_iin:
            details.append(QCoreApplication.translate("SubjectPart", "matches the IIN"))
        return m.full_name + (f"   —   {' · '.join(details)}" if details else "")

    def _selectable_count(self) -> int:
        lst = self.ui.matchesList
        return sum(
            1 for row in range(lst.count()) if lst.item(row).flags() & Qt.ItemFlag.ItemIsEnabled
        )

    def _first_selectable(self) -> SubjectMatch | None:
        lst = self.ui.matchesList
        for row in range(lst.count()):
            if lst.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                return lst.item(row).data(Qt.ItemDataRole.UserRole)
        return None

    def iin_differs(self) -> bool:
        """True when the letter is to be linked to a subject whose IIN is not the typed one."""
        linked = self._linked if self.ui.linkRadio.isChecked() else None
        typed = self._typed_iin()
        return bool(linked is not None and linked.iin and typed and linked.iin != typed)

    def _auto_choose(self) -> None:
        """Until the officer chooses: link the subject holding the typed IIN; with a valid IIN
        nobody holds, create the subject from the letter; otherwise leave it unlinked."""
        ui = self.ui
        ui.linkRadio.setEnabled(self._selectable_count() > 0)
        if self._choice_touched:
            if ui.linkRadio.isChecked() and self._linked is None and not ui.linkRadio.isEnabled():
                self._set_choice("none")
            return
        iin = "".join(ui.iinEdit.text().split())
        holder = next((m for m in self.matches if m.by_iin and m.iin == iin), None)
        if holder is not None and is_valid_iin(iin):
            self._link(holder)
            self._set_choice("link")
        elif is_valid_iin(iin):
            self._link(None)
            self._set_choice("create")
        else:
            self._link(None)
            self._set_choice("none")

    def _set_choice(self, choice: str) -> None:
        radio = {
            "link": self.ui.linkRadio,
            "create": self.ui.createRadio,
            "none": self.ui.unlinkedRadio,
        }[choice]
        self._programmatic = True
        radio.setChecked(True)
        self._programmatic = False

    def _link(self, match: SubjectMatch | None) -> None:
        self._linked = match
        lst = self.ui.matchesList
        self._programmatic = True
        for row in range(lst.count()):
            item = lst.item(row)
            on = match is not None and item.data(Qt.ItemDataRole.UserRole).id == match.id
            on = on and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
            item.setSelected(on)
            if on:
                lst.setCurrentItem(item)
        if match is None:
            lst.clearSelection()
        self._programmatic = False

    def _match_selected(self) -> None:
        if self._programmatic:
            return
        items = [
            i for i in self.ui.matchesList.selectedItems() if i.flags() & Qt.ItemFlag.ItemIsEnabled
        ]
        if not items:
            return
        self._choice_touched = True
        self._linked = items[0].data(Qt.ItemDataRole.UserRole)
        self._server_errors.pop("subject", None)
        self._set_choice("link")
        self._show_matches_hint()
        self._validate()

    def _choice_clicked(self, choice: str) -> None:
        if self._programmatic:
            return
        self._choice_touched = True
        self._server_errors.pop("subject", None)
        self._server_errors.pop("iin", None)
        if choice == "link":
            if self._linked is None and self._selectable_count():
                self._link(self._first_selectable())
        else:
            self._link(None)
        self._show_matches_hint()
        self._validate()

    def _show_matches_hint(self) -> None:
        ui = self.ui
        iin, name = self._search_terms()
        if self._linked is not None and ui.linkRadio.isChecked():
            text = QCoreApplication.translate(
                "SubjectPart", "The letter will be linked to {0}."
            ).format(self._linked.full_name)
            if self.iin_differs():
                text += " " + QCoreApplication.translate(
                    "SubjectPart", "Their IIN is not the one typed: saving asks first."
                )
        elif ui.createRadio.isChecked():
            text = QCoreApplication.translate(
                "SubjectPart", "A new subject will be created from the sender, IIN and address."
            )
        elif not name and len(iin) < intake.MIN_IIN_PREFIX:
            text = QCoreApplication.translate(
                "SubjectPart", "Type the sender or the IIN: matching subjects are offered here."
            )
        elif not self.matches:
            text = QCoreApplication.translate(
                "SubjectPart", "No subject of this operator matches “{0}”."
            ).format(name or iin)
        else:
            text = _counts().matching(len(self.matches))
        if self._stale is not None and self._linked is None:
            text = (
                QCoreApplication.translate(
                    "SubjectPart", "{0} no longer matches what is typed and is not linked."
                ).format(self._stale.full_name)
                + " "
                + text
            )
        ui.matchesHint.setText(text)
