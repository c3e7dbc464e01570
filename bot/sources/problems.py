"""Why fetching or reading a feed failed, in words a moderator can act on."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Problem(StrEnum):
    """The kinds of failure `/feeds list` shows; the value is the label."""

    INVALID_URL = "invalid URL"
    REFUSED = "refused address"
    HTTP_STATUS = "HTTP status"
    REDIRECTS = "too many redirects"
    TIMEOUT = "timeout"
    TOO_LARGE = "too large"
    NETWORK = "network error"
    NOT_A_FEED = "not a feed"
    PARSE_ERROR = "parse error"
    INTERNAL = "internal error"  # a bug on our side; logged in full


@dataclass(frozen=True, slots=True)
class Failure:
    """A fetch or parse that gave nothing usable; `detail` says what happened."""

    problem: Problem
    detail: str
    status: int | None = None  # the HTTP status, when there was one

    @property
    def message(self) -> str:
        """One line for a moderator: 'HTTP status: 404 Not Found'."""
        return f"{self.problem.value}: {self.detail}"
