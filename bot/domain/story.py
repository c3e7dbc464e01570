"""What a story says, in one plain clause: the words an answer, a proposal and a post share."""

from __future__ import annotations

from bot.domain.models import Claim, ClaimKind, Team


def team_name(teams: dict[int, Team], team_id: int | None, season: int | None) -> str | None:
    """The team's name in `season`, or None when it is not given or not known."""
    if team_id is None or team_id not in teams:
        return None
    return teams[team_id].name_in(season)


def what_happened(claim: Claim, name: str, teams: dict[int, Team]) -> str:
    """One clause saying what the story is, without status."""
    season = claim.season
    to = team_name(teams, claim.to_team_id, season)
    frm = team_name(teams, claim.from_team_id, (season - 1) if season else None)
    when = f" for {season}" if season else ""
    match claim.kind:
        case ClaimKind.TRANSFER:
            route = f" from {frm}" if frm else ""
            return f"{name} moves{route} to {to or 'a new team'}{when}"
        case ClaimKind.STAFF_MOVE:
            route = f" from {frm}" if frm else ""
            return f"{name} (staff) moves{route} to {to or 'a new team'}{when}"
        case ClaimKind.CONTRACT_EXTENSION:
            until = f" until {claim.contract_end}" if claim.contract_end else ""
            return f"{name} extends with {to or frm or 'the team'}{until}"
        case ClaimKind.RETIREMENT:
            at = f" at the end of {season}" if season else ""
            return f"{name} retires{at}" + (f", leaving {frm}" if frm else "")
        case ClaimKind.RETIREMENT_POSTPONED:
            team = to or frm
            return f"{name} postponed retirement to race {season or 'on'}" + (
                f" with {team}" if team else ""
            )
        case ClaimKind.COMEBACK:
            return f"{name} comes back to racing" + (f" with {to}" if to else "") + when
    return name  # pragma: no cover - every kind is handled above
