"""The one error spine: every expected failure is a MercatoError carrying the words a user sees.

Both adapters answer a MercatoError through `bot.presentation.errors.error_answer` (Discord in
an ephemeral embed, the console as text: the same words); anything else is a bug, logged and
answered with an apology.
"""

from __future__ import annotations

# How an option is named in a sentence ("Source URL is required.").
_SUBJECTS = {
    "id": "Story ID",
    "source_url": "Source URL",
    "url": "URL",
    "credit_outlet": "Credited outlet",
    "credit_journalist": "Credited journalist",
}


def subject(field: str) -> str:
    """The option `field` as the subject of a sentence: 'to_team' -> 'To team'."""
    return _SUBJECTS.get(field) or field.replace("_", " ").capitalize()


def sentence(text: str) -> str:
    """`text` with a capital first letter and a full stop, unless it ends in punctuation."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


class MercatoError(Exception):
    """An expected failure: `title` and `message` are what the user reads."""

    title = "Cannot do that"
    exit_code = 1  # the command line's exit status for this failure

    def __init__(self, message: str, *, title: str | None = None) -> None:
        super().__init__(message)
        self.message = sentence(message)
        if title is not None:
            self.title = title


class InvalidInput(MercatoError, ValueError):
    """User input that cannot be accepted; `field` names the option at fault.

    `problem` is either a predicate about the option ("is required", "must be a year between
    1900 and 2100"), which gets the option as its subject ("Season must be ..."), or a whole
    sentence that starts with a capital letter or a quote.
    """

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        text = problem.strip()
        if text[:1].islower():
            text = f"{subject(field)} {text}"
        super().__init__(sentence(text), title=f"Invalid {field}")


class NotFound(MercatoError):
    """No such fact in the actor's scope."""

    title = "Not found"


class NotAllowed(MercatoError):
    """The actor may not make this change (another guild's fact, a global one, not an owner)."""

    title = "Not allowed"


class Duplicate(MercatoError):
    """The same article was already stored for this claim."""

    title = "Already stored"

    def __init__(self, message: str, claim_id: int) -> None:
        super().__init__(message)
        self.claim_id = claim_id


class NotModerator(NotAllowed):
    """The member lacks Manage Messages and the guild's moderator role."""

    title = "Moderators only"

    def __init__(self) -> None:
        super().__init__("You need the Manage Messages permission or this server's moderator role.")


class NotAdmin(NotAllowed):
    """The member lacks Manage Server."""

    title = "Admins only"

    def __init__(self) -> None:
        super().__init__("You need the Manage Server permission.")


class GuildOnly(NotAllowed):
    """The command cannot be used in direct messages."""

    title = "Server only"

    def __init__(self) -> None:
        super().__init__("This command works in a server, not in direct messages.")
