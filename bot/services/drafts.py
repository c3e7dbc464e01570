"""Checking a story a moderator submits, field by field, before anything is stored."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.domain.errors import InvalidInput, sentence
from bot.domain.models import ClaimKind, SourceRole, Status
from bot.domain.outlets import outlet_for_url
from bot.domain.rules import FIRST_SEASON, NAME_MAX, SUMMARY_MAX, season_or_none
from bot.domain.text import clean_text
from bot.domain.urls import normalise_url

# Kinds of story that need the team someone goes to.
NEED_DESTINATION = (ClaimKind.TRANSFER, ClaimKind.STAFF_MOVE, ClaimKind.COMEBACK)


@dataclass(frozen=True, slots=True)
class StoryFields:
    """Everything of a submission but who it is about and which teams, checked."""

    kind: ClaimKind
    status: Status
    url: str
    outlet: str
    journalist: str | None
    published: date
    summary: str
    season: int | None
    contract_end: int | None
    language: str | None = None
    role: SourceRole | None = None
    # An outlet this article credits with the story (it broke it): stored as a linked report.
    credit_outlet: str | None = None
    credit_journalist: str | None = None
    dated_today: bool = False  # no publication date was given: `published` is today
    credit_role: SourceRole = SourceRole.BROKE  # what the credited outlet did


@dataclass(frozen=True, slots=True)
class NewsDraft:
    """A checked /addnews submission, with its person and teams resolved; not yet stored."""

    person_id: int
    kind: ClaimKind
    from_team_id: int | None
    to_team_id: int | None
    season: int | None
    contract_end: int | None
    status: Status
    url: str
    outlet: str
    journalist: str | None
    published: date
    summary: str
    language: str | None = None
    role: SourceRole | None = None
    credit_outlet: str | None = None
    credit_journalist: str | None = None
    dated_today: bool = False  # no publication date was given: `published` is today
    season_inferred: bool = False  # no season was given: it was inferred (see NewsService)
    credit_role: SourceRole = SourceRole.BROKE


def check_fields(
    *,
    kind: str,
    status: str,
    source_url: str | None,
    summary: str | None,
    has_destination: bool,
    today: date,
    season: int | None = None,
    contract_end: int | None = None,
    outlet: str | None = None,
    journalist: str | None = None,
    published: str | None = None,
    source_role: str | None = None,
    credit_outlet: str | None = None,
    credit_journalist: str | None = None,
    credit_role: str | None = None,
) -> StoryFields:
    """Check every field of a submission but its names, naming the first one at fault."""
    claim_kind = _kind(kind)
    claim_status = _status(status)
    url = clean_url(source_url)
    known = outlet_for_url(url)
    outlet_name = clean_text(outlet, "outlet", max_len=NAME_MAX, required=False)
    if outlet_name is None:
        if known is None:
            raise InvalidInput("outlet", "is required: the link's site is not a known outlet")
        outlet_name = known.name
    text = clean_text(summary, "summary", max_len=SUMMARY_MAX)
    assert text is not None
    if claim_kind in NEED_DESTINATION and not has_destination:
        raise InvalidInput("to_team", f"is required for a {claim_kind.label}")
    return StoryFields(
        kind=claim_kind,
        status=claim_status,
        url=url,
        outlet=outlet_name,
        season=season_or_none(season, "season"),
        contract_end=season_or_none(contract_end, "contract_end"),
        journalist=clean_text(journalist, "journalist", max_len=NAME_MAX, required=False),
        published=parse_published(published, today),
        summary=text,
        language=known.language if known else None,
        role=_source_role(source_role),
        credit_outlet=clean_text(credit_outlet, "credit_outlet", max_len=NAME_MAX, required=False),
        credit_journalist=clean_text(
            credit_journalist, "credit_journalist", max_len=NAME_MAX, required=False
        ),
        dated_today=published is None or not published.strip(),
        credit_role=_source_role(credit_role) or SourceRole.BROKE,
    )


def make_draft(
    fields: StoryFields, person_id: int, from_team_id: int | None, to_team_id: int | None
) -> NewsDraft:
    """The draft of checked fields about a person and teams."""
    if fields.kind is ClaimKind.TRANSFER and from_team_id and from_team_id == to_team_id:
        raise InvalidInput("to_team", "is the same as from_team")
    f = fields
    return NewsDraft(
        person_id, f.kind, from_team_id, to_team_id, f.season, f.contract_end, f.status, f.url,
        f.outlet, f.journalist, f.published, f.summary, f.language, f.role, f.credit_outlet,
        f.credit_journalist, f.dated_today, False, f.credit_role,
    )  # fmt: skip


def kind_of(raw: str) -> ClaimKind:
    """The kind of story `raw` names, or InvalidInput listing the kinds."""
    return _kind(raw)


def _kind(raw: str) -> ClaimKind:
    try:
        return ClaimKind(raw)
    except ValueError:
        raise InvalidInput(
            "kind", f"must be one of {', '.join(k.value for k in ClaimKind)}"
        ) from None


def _status(raw: str) -> Status:
    try:
        status = Status(raw)
    except ValueError:
        valid = ", ".join(s.value for s in Status if s is not Status.RETRACTED)
        raise InvalidInput("status", f"must be one of {valid}") from None
    if status is Status.RETRACTED:
        raise InvalidInput(
            "status", "cannot be set to retracted here: use /retractnews to retract a story"
        )
    return status


def _source_role(raw: str | None) -> SourceRole | None:
    if raw is None:
        return None
    try:
        return SourceRole(raw)
    except ValueError:
        raise InvalidInput(
            "source_role", f"must be one of {', '.join(r.value for r in SourceRole)}"
        ) from None


def parse_published(raw: str | None, today: date) -> date:
    """The publication date typed as YYYY-MM-DD; today when none is given."""
    if raw is None or not raw.strip():
        return today
    try:
        value = date.fromisoformat(raw.strip())
    except ValueError:
        raise InvalidInput("published", "must be a date like 2023-10-04") from None
    if value > today or value.year < FIRST_SEASON:
        raise InvalidInput("published", "cannot be in the future or before 1900")
    return value


def clean_url(raw: str | None) -> str:
    """The source link as given, once it is known to be a public http(s) link."""
    text = clean_text(raw, "source_url", max_len=2000)
    assert text is not None
    try:
        normalise_url(text)
    except ValueError as exc:
        raise InvalidInput("source_url", sentence(str(exc))) from None
    # Keep the link as given (it works); the normalised form is only the duplicate key.
    return text
