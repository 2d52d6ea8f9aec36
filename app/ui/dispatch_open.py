""" "Dispatch…" from outside the Outgoing screen (the request list's context menu, the case
window): the requests' final letters still to post are read on the worker, then the same
dispatch dialog the Outgoing screen opens is shown for them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services import dispatch, outgoing
from app.services.context import Context
from app.ui.dialogs.dispatch_dialog import DispatchDialog
from app.ui.messages import show_error
from app.ui.operations import Operations


def letters_to_post(ctx: Context, request_ids: Sequence[int]) -> list[outgoing.OutgoingRow]:
    """The Outgoing rows of the requests' final letters not dispatched yet, oldest first."""
    return outgoing.rows(ctx, dispatch.letters_of_requests(ctx, request_ids))


def open_dispatch(
    ops: Operations,
    parent: QWidget,
    request_ids: Sequence[int],
    on_open: Callable[[QWidget], None] | None = None,
) -> None:
    """Open the dispatch dialog for the requests' letters to post; a note when there is none.
    ``on_open(widget)`` receives the dialog or the note (the caller keeps it)."""
    ids = list(request_ids)

    def found(rows: list[outgoing.OutgoingRow]) -> None:
        if not rows:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("DispatchOpen", "Dispatch"),
                QCoreApplication.translate(
                    "DispatchOpen",
                    "Nothing to dispatch: no final letter of the selection waits to be posted.",
                ),
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setObjectName("nothingToDispatch")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            if on_open:
                on_open(box)
            box.open()
            return
        dialog = DispatchDialog(ops, rows, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_open:
            on_open(dialog)
        dialog.open()

    ops.query(
        lambda ctx: letters_to_post(ctx, ids),
        found,
        lambda exc: show_error(parent, exc),
        owner=parent,
    )
