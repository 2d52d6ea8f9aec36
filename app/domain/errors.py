"""Expected, user-facing failures: coded problems, worded at the edge.

A rule of input says what is wrong as a :class:`Problem`: the field at fault, a ``code`` and its
``params``; never as a sentence. The window turns the code into words in its interface language
(``app/ui/problems.py``, through Qt Linguist); the command line prints the English wording of
:data:`app.domain.problems.MESSAGES`. No caller ever reads or matches a reason's text.

A service raises one :class:`DomainError` carrying every problem it found (a form shows each at
its field); ``str(error)`` is the first problem's ``"field: reason"`` so a command line can print it
as one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, eq=True)
class Problem:
    """Why one input cannot be accepted: ``field`` ("" for none), ``code`` and ``params``."""

    field: str
    code: str
    params: Mapping[str, Any] = field(default_factory=dict, compare=True, hash=False)

    __hash__ = None  # params is a dict

    @property
    def reason(self) -> str:
        """The English sentence for the command line and the log."""
        from app.domain.problems import english

        return english(self)

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}" if self.field else self.reason


def problem(field: str, code: str, **params: Any) -> Problem:
    return Problem(field, code, params)


class DomainError(Exception):
    """A rule of the product was broken by the input; carries one or more :class:`Problem`.

    ``DomainError.at("iin", "checksum", expected=7)`` for one problem, ``DomainError(*problems)``
    for several. ``field``, ``code``, ``params`` and ``reason`` are the first problem's.
    """

    def __init__(self, *problems: Problem):
        if not problems or not all(isinstance(p, Problem) for p in problems):
            raise TypeError("DomainError takes Problem values; use DomainError.at(field, code)")
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(str(problems[0]))

    @classmethod
    def at(cls, field: str, code: str, **params: Any) -> DomainError:
        return cls(Problem(field, code, params))

    @property
    def first(self) -> Problem:
        return self.problems[0]

    @property
    def field(self) -> str:
        return self.first.field

    @property
    def code(self) -> str:
        return self.first.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.first.params

    @property
    def reason(self) -> str:
        return self.first.reason

    def by_field(self) -> dict[str, Problem]:
        """The first problem of each field, in the order found."""
        found: dict[str, Problem] = {}
        for p in self.problems:
            found.setdefault(p.field, p)
        return found


class TransitionError(DomainError):
    """A request was asked to move to a status its current status does not allow."""


def raise_if(problems: list[Problem] | tuple[Problem, ...]) -> None:
    """Raise one :class:`DomainError` with every problem found, if there is any."""
    if problems:
        raise DomainError(*problems)
