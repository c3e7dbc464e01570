"""The one mapping from an error to what the user reads, for Discord and the console alike."""

from __future__ import annotations

from bot.domain.errors import MercatoError
from bot.presentation.answer import Answer, error

# What a bug looks like to the user (the adapter logs the error itself).
UNEXPECTED = error("Something went wrong", "The error was logged. Please try again later.")


def error_answer(exc: BaseException) -> Answer | None:
    """The answer for an expected failure, or None for a bug."""
    if isinstance(exc, MercatoError):
        return error(exc.title, exc.message)
    return None
