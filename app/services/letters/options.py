"""What the officer decides for a letter, beyond what the case records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LetterOptions:
    """What the officer decides for a letter, beyond what the case records.

    What a deregistration, a destruction act or a refusal states (the ground, the systems
    cleaned, each category's outcome) is the withdrawal workflow's record, never an option."""

    question: str = ""  # clarification: what the subject is asked (also the clock stop's reason)
    findings: str = ""  # claim-response: what was established
    decision: str = ""  # claim-response: what was decided
    method: str = ""  # destruction act: how; empty: the usual method
    attachments: tuple[str, ...] = ()
    stop_clock: bool = True  # clarification: stop the clock when the letter is finalised
