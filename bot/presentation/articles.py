"""What /addarticle shows: the proposals found in an article, one card at a time or all at once."""

from __future__ import annotations

from bot.domain.models import Role, SourceRole
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, error, success
from bot.presentation.formats import fmt_date
from bot.presentation.moderation import added_answer
from bot.services.articles import (
    ArticleReview,
    Proposal,
    ProposalCheck,
    ProposedPerson,
    ProposedTeam,
    Stored,
    StoredProposal,
)

# What a proposal lacks, in the words of the form that asks for it (Fill in on Discord).
MISSING = {
    "to_team": "the team they go to (the article does not name it)",
    "outlet": "the outlet that published it (the link's site has no name we can read)",
}
# The same, as the console's /addarticle options that give it.
CONSOLE_MISSING = {"to_team": "edit:{n} to_team:NAME", "outlet": 'outlet:"NAME"'}

EXPIRED = error(
    "This review has expired",
    "The bot restarted or the review was left open too long, so these buttons no longer work. "
    "Stories you confirmed are stored; run /addarticle again for the rest.",
)


def nothing_found(review: ArticleReview) -> Answer:
    """No move, contract or retirement in the article; where it was attributed, if anywhere."""
    who = review.credits
    return Answer(
        title="No stories found",
        description="No move, contract or retirement was found in that text."
        + (f" Attributed to: {escape_markdown(who)}." if who else "")
        + " Use /addnews to add it by hand.",
        ephemeral=True,
        tone=Tone.WARNING,
    )


def needs(proposal: Proposal) -> str:
    """What the proposal lacks before Confirm can store it ("" for nothing)."""
    return "; ".join(MISSING.get(f, f) for f in proposal.missing)


def console_needs(proposal: Proposal) -> str:
    """What the proposal lacks, as the console options that give it."""
    return " ".join(CONSOLE_MISSING.get(f, f).format(n=proposal.number) for f in proposal.missing)


def proposal_card(check: ProposalCheck, total: int, note: str = "") -> Answer:
    """Proposal n of `total`: what Confirm would store and do, and the sentence it is from."""
    p = check.proposal
    lines = [note, _outcome(check), *_notes(p)]
    lines.append("Visible to this server only." if check.guild_id else "Visible to everyone.")
    evidence = shorten(escape_markdown(p.evidence), 1000) or "—"
    return Answer(
        title=shorten(f"Proposal {p.number} of {total}: {p.headline}", 256),
        description="\n".join(x for x in lines if x),
        sections=(*_rows(p), Section("From the article", evidence)),
        ephemeral=True,
        tone=Tone.INFO if check.storable else Tone.WARNING,
    )


def _outcome(check: ProposalCheck) -> str:
    p = check.proposal
    if check.stored_id is not None:
        return f"Already stored: this article is a source of story ID {check.stored_id}."
    if p.missing:
        return (
            f"**Needs an edit** before it can be stored: {escape_markdown(needs(p))}. Use Fill in."
        )
    if check.problem:
        return f"**Needs an edit**: {escape_markdown(check.problem)}"
    if check.existing_id is not None:
        return f"Same story as ID {check.existing_id}: Confirm adds this article as a source."
    return "Confirm creates a new story."


def _notes(p: Proposal) -> list[str]:
    """What Confirm creates besides the story, and a season guessed from today's date."""
    out = []
    if p.person.is_new:
        out.append(f"New person: {_new_person(p.person)}. Confirm adds them to this server.")
    for team in (p.from_team, p.to_team):
        if team is not None and team.is_new:
            out.append(f"New team: {escape_markdown(team.name)}. Confirm adds it to this server.")
    if p.season_from_today:
        out.append(
            "The season was counted from today's date: no published date was given. "
            "Edit it if the article is older."
        )
    return out


def _new_person(person: ProposedPerson) -> str:
    try:
        role = Role(person.role).label
    except ValueError:
        role = person.role
    nationality = f", {person.nationality}" if person.nationality else ""
    return f"{escape_markdown(person.name)} ({role}{nationality})"


def _team(team: ProposedTeam | None) -> str:
    if team is None:
        return "—"
    return escape_markdown(team.name) + (" (new)" if team.is_new else "")


def _rows(p: Proposal) -> tuple[Section, ...]:
    s = p.source
    person = escape_markdown(p.person.name) + (" (new)" if p.person.is_new else "")
    rows = [
        ("Person", person),
        ("Kind", p.kind.label),
        ("From → to", f"{_team(p.from_team)} → {_team(p.to_team)}"),
        ("Season", str(p.season or "—")),
        *([("Contract until", str(p.contract_end))] if p.contract_end else []),
        ("Status", p.status.label),
    ]
    if s.credit_outlet:
        by = f" · {escape_markdown(s.credit_journalist)}" if s.credit_journalist else ""
        did = "broke the story" if s.credit_role is SourceRole.BROKE else "reported it"
        rows.append(("Credits", f"{escape_markdown(s.credit_outlet)}{by} ({did})"))
    outlet = escape_markdown(s.outlet) if s.outlet else "outlet unknown"
    journalist = f" · {escape_markdown(s.journalist)}" if s.journalist else ""
    day = fmt_date(s.published) + ("" if s.dated else " (today: no date given)")
    rows.append(("Source", f"{outlet}{journalist} · {day}\n<{s.url}>"))
    rows.append(("Summary", escape_markdown(p.summary_text)))
    return tuple(Section(k, shorten(v, 1024)) for k, v in rows)


def stored_note(result: StoredProposal) -> str:
    """The line the next card starts with, after a proposal was stored."""
    if result.added is None:
        return f"Already stored: this article is a source of story ID {result.claim_id}."
    return f"✅ {added_answer(result.added).title}."


def stored_all_note(stored: Stored) -> str:
    """The line after Confirm all: how many stories it stored, and what it created."""
    added = [r for r in stored.results if r.added is not None]
    already = len(stored.results) - len(added)
    ids = ", ".join(str(r.claim_id) for r in added) or "none"
    text = f"✅ Stored {len(added)} of {len(stored.results)} (story IDs {ids})"
    if already:
        text += f"; {already} already stored from this article"
    created = [p.name for p in stored.people] + [t.name for t in stored.teams]
    if created:
        text += "; added " + ", ".join(escape_markdown(n) for n in created)
    return text + "."


def reviewed(note: str, stored: list[int], skipped: int, left: int = 0) -> Answer:
    """The last card: what was stored and skipped."""
    ids = ", ".join(str(i) for i in stored) or "none"
    tail = f"; not stored (needing an edit): {left}" if left else ""
    return success(
        "Article reviewed",
        f"{note}\nStored: {len(stored)} (IDs {ids}); skipped: {skipped}{tail}.".lstrip(),
    )


def review_answer(review: ArticleReview, stored: Stored | None = None) -> Answer:
    """Every proposal at once (the console); with `stored`, what Confirm did for each."""
    if not review.proposals:
        return nothing_found(review)
    done = {r.proposal.number: r for r in stored.results} if stored else {}
    sections = [
        _console_section(p, done.get(p.number), stored is not None) for p in review.proposals
    ]
    who = review.credits or review.publisher or "no attribution found"
    hint = (
        ""
        if stored is not None
        else (" Add confirm:all to store every complete one (or confirm:1,3 for some), in one go.")
    )
    undated = "" if review.dated else " Seasons were counted from today: add published:YYYY-MM-DD."
    created = [f"{x.name} (person)" for x in stored.people] if stored else []
    created += [f"{t.name} (team)" for t in stored.teams] if stored else []
    added = f" Added: {escape_markdown(', '.join(created))}." if created else ""
    return Answer(
        title=f"{len(review.proposals)} proposed stories",
        description=f"Attributed to: {escape_markdown(who)} ({review.source_role})."
        f"{hint}{undated}{added}",
        sections=tuple(sections),
    )


def _console_section(p: Proposal, result: StoredProposal | None, confirmed: bool) -> Section:
    line = f"{p.headline} ({p.status.value})"
    extra = [f"new: {_new_person(p.person)}"] if p.person.is_new else []
    extra += [f"new team: {t.name}" for t in (p.from_team, p.to_team) if t and t.is_new]
    if p.season_from_today:
        extra.append("season counted from today (no published date)")
    line += "".join(f"\n{x}" for x in extra) + f"\nevidence: {p.evidence}"
    if p.missing:
        line += f"\nneeds {needs(p)}: add {console_needs(p)}"
    elif result is not None:
        line += "\n-> " + stored_note(result).removeprefix("✅ ").rstrip(".")
    elif confirmed:
        line += "\n-> not selected"
    return Section(f"{p.number}. {shorten(p.headline, 200)}", line)


def nothing_to_confirm() -> Answer:
    """Confirm all with every open proposal lacking something."""
    return error(
        "Nothing to confirm", "Every proposal left needs an edit first: use Fill in on its card."
    )


def already_done(proposal: Proposal) -> Answer:
    """A form for a proposal that was stored or skipped meanwhile."""
    return error(
        "Already done",
        f"Proposal {proposal.number} was stored or skipped meanwhile; nothing changed.",
    )
