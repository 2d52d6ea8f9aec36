"""Errors the domain raises for expected, user-facing failures."""


class DomainError(Exception):
    """A rule of the product was broken by the input.

    ``field`` names the input at fault (e.g. ``"iin"``) when there is one; ``reason`` is a
    human sentence that says why. ``str(error)`` is ``"field: reason"`` so a command line
    can print it as one line.
    """

    def __init__(self, reason: str, field: str | None = None):
        self.reason = reason
        self.field = field
        super().__init__(f"{field}: {reason}" if field else reason)


class TransitionError(DomainError):
    """A request was asked to move to a status its current status does not allow."""
