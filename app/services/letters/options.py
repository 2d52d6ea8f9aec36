"""What the officer decides for a letter, beyond what the case records."""

from __future__ import annotations

from dataclasses import dataclass

from app.letters.data import Disposal


@dataclass(frozen=True)
class LetterOptions:
    """What the officer decides for a letter, beyond what the case records."""

    ground: str = ""  # refusal: "law" or "obligation" (Law 94-V art. 8(2))
    ground_detail: str = ""  # refusal: which obligation, which law
    question: str = ""  # clarification: what the subject is asked (also the clock stop's reason)
    findings: str = ""  # claim-response: what was established
    decision: str = ""  # claim-response: what was decided
    disposals: tuple[Disposal, ...] | None = None  # None: every declared category destroyed
    systems: tuple[str, ...] | None = None  # None: the operator's checklist of systems
    method: str = ""  # destruction act: how; empty: the usual method
    attachments: tuple[str, ...] = ()
    stop_clock: bool = True  # clarification: stop the clock when the letter is finalised
