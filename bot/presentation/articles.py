"""What /addarticle shows: the proposals found in an article, one card at a time or all at once."""

from __future__ import annotations

from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, success
from bot.presentation.moderation import added_answer
from bot.services.articles import ArticleReview, Proposal
from bot.services.news import Added


def nothing_found(review: ArticleReview) -> Answer:
    """No story of a known person in the article; where it was attributed, if anywhere."""
    who = review.credits
    return Answer(
        title="No stories found",
        description="No move, contract or retirement of a known rider or staff member was "
        "found in that text."
        + (f" Attributed to: {escape_markdown(who)}." if who else "")
        + " Use /addnews to add it by hand.",
        ephemeral=True,
        tone=Tone.WARNING,
    )


def proposal_card(
    proposal: Proposal, n: int, total: int, preview: Answer, note: str = ""
) -> Answer:
    """Proposal `n` of `total`: its preview (or what needs an edit) and the sentence it is from."""
    evidence = Section("From the article", shorten(escape_markdown(proposal.evidence), 1000) or "—")
    return Answer(
        title=f"Proposal {n} of {total}: {shorten(proposal.headline, 200)}",
        description="\n".join(x for x in (note, preview.description) if x),
        sections=(*preview.sections, evidence),
        ephemeral=True,
    )


def not_storable(proposal: Proposal) -> Answer:
    """A proposal naming a person or team the database lacks (or a guessed season): why."""
    return Answer(
        title="Not storable yet",
        description=escape_markdown("\n".join(proposal.missing)),
        tone=Tone.WARNING,
    )


def needs_an_edit(problem: Answer) -> Answer:
    """A proposal that cannot be stored as it is, with the reason."""
    return Answer(
        title="Needs an edit",
        description=f"{problem.title}: {problem.description}",
        tone=Tone.WARNING,
    )


def stored_note(result: Added) -> str:
    """The line the next card starts with, after a proposal was stored."""
    return f"✅ {added_answer(result).title}."


def reviewed(note: str, stored: list[int], skipped: int) -> Answer:
    """The last card: what was stored and skipped."""
    ids = ", ".join(str(i) for i in stored) or "none"
    return success(
        "Article reviewed", f"{note}\nStored: {len(stored)} (IDs {ids}); skipped: {skipped}."
    )


def review_answer(review: ArticleReview, stored: list[Added] | None = None) -> Answer:
    """Every proposal at once (the console); with `stored`, what confirming each storable one
    did, in order."""
    if not review.proposals:
        return nothing_found(review)
    done = iter(stored or ())
    sections = []
    for n, p in enumerate(review.proposals, 1):
        line = f"{p.headline} ({p.request.status})\nevidence: {p.evidence}"
        if p.missing:
            line += "\nnot storable yet: " + "; ".join(p.missing)
        elif stored is not None:
            line += f"\n-> {added_answer(next(done)).title}"
        sections.append(Section(f"{n}. {p.headline}", line))
    who = review.credits or review.publisher or "no attribution found"
    hint = (
        "" if stored is not None else " Add confirm:all to store them all, or use /addnews for one."
    )
    return Answer(
        title=f"{len(review.proposals)} proposed stories",
        description=f"Attributed to: {who} ({review.source_role}).{hint}",
        sections=tuple(sections),
    )
