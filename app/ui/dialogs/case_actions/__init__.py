"""The small dialogs of the case window: stop or resume the clock, extend, change the status,
link a subject. Each is a Designer form; each checks what it can at once (the reason shown at the
field), runs its change through ``ops`` and stays open with the reason when the change is refused,
so nothing is saved on invalid input.

One module per dialog, the shared base and dates in ``base``; the names are re-exported here so
``from app.ui.dialogs.case_actions import ExtendDialog`` keeps working.
"""

from app.ui.dialogs.case_actions.base import (
    ActionDialog,
    long_date,
    pydate,
    qdate,
    short_date,
)
from app.ui.dialogs.case_actions.clock import ClockDialog
from app.ui.dialogs.case_actions.extend import ExtendDialog
from app.ui.dialogs.case_actions.extension_reason import ExtensionReasonDialog
from app.ui.dialogs.case_actions.link_subject import SEARCH_KEY, LinkSubjectDialog
from app.ui.dialogs.case_actions.status import ChangeStatusDialog

__all__ = [
    "SEARCH_KEY",
    "ActionDialog",
    "ChangeStatusDialog",
    "ClockDialog",
    "ExtendDialog",
    "ExtensionReasonDialog",
    "LinkSubjectDialog",
    "long_date",
    "pydate",
    "qdate",
    "short_date",
]
