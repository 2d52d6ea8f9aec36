"""The case window's Withdrawal tab (:class:`WithdrawalTab`): the workflow of a consent
withdrawal or a destruction request, step by step. One module a group of steps: :mod:`.checks_page`
(checks, decision), :mod:`.work_pages` (the day, the systems, the outcomes), :mod:`.act_page` (the
act, the answer); :mod:`.texts` holds the shared wording and the page frame."""

from app.ui.withdrawal.tab import WithdrawalTab

__all__ = ["WithdrawalTab"]
