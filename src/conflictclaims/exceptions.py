"""The library's exceptions: one base class, typed subclasses per failure."""

from __future__ import annotations

__all__ = ["ConflictClaimsError", "CountParseError", "SerializationError"]


class ConflictClaimsError(Exception):
    """Base class of every error this library raises on purpose."""


class CountParseError(ConflictClaimsError, ValueError):
    """A number phrase could not be parsed.

    Keeps the input and the offset where parsing failed, and draws a caret
    under that offset in its message.
    """

    def __init__(self, message: str, text: str, position: int) -> None:
        self.message = message
        self.text = text
        self.position = position
        super().__init__(message, text, position)

    def __str__(self) -> str:
        caret = " " * self.position + "^"
        return f"{self.message}\n    {self.text}\n    {caret}"

    def __reduce__(self) -> tuple[type[CountParseError], tuple[str, str, int]]:
        return (type(self), (self.message, self.text, self.position))


class SerializationError(ConflictClaimsError, ValueError):
    """A payload could not be turned into a model.

    ``path`` names the bad field, e.g. ``$.claims[3].count.low``.
    """

    def __init__(self, message: str, path: str = "$") -> None:
        self.message = message
        self.path = path
        super().__init__(message, path)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def __reduce__(self) -> tuple[type[SerializationError], tuple[str, str]]:
        return (type(self), (self.message, self.path))
