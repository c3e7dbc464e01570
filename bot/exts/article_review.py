"""The review of an article's proposals on Discord: a card per proposal, buttons, edit forms.

The proposals live in memory (the article's text is never stored), in `Reviews`, for a while
after the last click. The buttons are dynamic items whose custom ids name the review and the
action, so no view object is kept per message: a click on a review that is gone (expired, or
the bot restarted) is answered with a clear "this review has expired" instead of silence. Forms
carry this process's boot token: one submitted to a restarted bot is answered the same way.

Every click and form checks moderator rights again on the server, then that the moderator is the
one who started the review.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

import discord

from bot.domain.models import ClaimKind, Status
from bot.exts.checks import actor_for, ensure_moderator
from bot.exts.moderation import ModeratorModal
from bot.presentation import articles as present
from bot.services.articles import ConfirmProposals, EditProposal, Proposal
from bot.services.proposal_edits import person_details
from bot.ui.client import services_of
from bot.ui.errors import handle_error
from bot.ui.render import NO_MENTIONS, single_embed
from bot.ui.send import send_answer

log = logging.getLogger(__name__)

REVIEW_TTL = 3600.0  # seconds a review stays open after its last click
REVIEWS_MAX = 500  # open reviews kept at most (the oldest go first)
# Tells this process's forms from those a previous process opened (and forgot on restart).
BOOT = secrets.token_hex(4)
NOT_YOURS = "Only the moderator who started this review can use its buttons."
ACTIONS = ("confirm", "fill", "edit", "details", "skip", "all")


@dataclass(eq=False)
class Review:
    """One article's proposals as a moderator steps through them."""

    id: str
    owner_id: int
    guild_id: int | None  # where it was started: its stories are stored for this guild only
    proposals: list[Proposal]
    index: int = 0  # the proposal on the card
    done: dict[int, str] = field(default_factory=dict)  # number -> "stored" | "skipped"
    stored: list[int] = field(default_factory=list)  # story IDs, in the order stored
    note: str = ""  # the line the next card starts with
    touched: float = field(default_factory=time.monotonic)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @property
    def proposal(self) -> Proposal:
        return self.proposals[self.index]

    def open(self) -> list[int]:
        """Positions of the proposals neither stored nor skipped."""
        return [i for i, p in enumerate(self.proposals) if p.number not in self.done]

    def complete(self) -> list[Proposal]:
        """The open proposals Confirm all would store (those lacking nothing)."""
        return [self.proposals[i] for i in self.open() if not self.proposals[i].missing]

    def advance(self) -> bool:
        """Move to the next open proposal (wrapping round); False when none is left."""
        left = self.open()
        if not left:
            return False
        later = [i for i in left if i > self.index]
        self.index = later[0] if later else left[0]
        return True


class Reviews:
    """The open reviews, by id: bounded in number and dropped after REVIEW_TTL without a click."""

    def __init__(self, ttl: float = REVIEW_TTL, limit: int = REVIEWS_MAX) -> None:
        self.ttl = ttl
        self.limit = limit
        self._open: OrderedDict[str, Review] = OrderedDict()

    def start(self, owner_id: int, guild_id: int | None, proposals: list[Proposal]) -> Review:
        """Open a review of `proposals` for the moderator `owner_id` in `guild_id`."""
        self._prune()
        review = Review(secrets.token_hex(6), owner_id, guild_id, proposals)
        self._open[review.id] = review
        while len(self._open) > self.limit:
            self._open.popitem(last=False)
        return review

    def get(self, review_id: str) -> Review | None:
        """The open review, or None when it expired (or the bot restarted since)."""
        self._prune()
        review = self._open.get(review_id)
        if review is not None:
            review.touched = time.monotonic()
            self._open.move_to_end(review_id)
        return review

    def close(self, review_id: str) -> None:
        self._open.pop(review_id, None)

    def _prune(self) -> None:
        cutoff = time.monotonic() - self.ttl
        while self._open:
            oldest = next(iter(self._open.values()))
            if oldest.touched >= cutoff:
                break
            self._open.popitem(last=False)


def is_owner_of(interaction: discord.Interaction, review: Review) -> bool:
    """Whether the click or form comes from the moderator who started the review, where they
    started it."""
    return interaction.user.id == review.owner_id and interaction.guild_id == review.guild_id


def reviews_of(client: discord.Client) -> Reviews:
    """The open reviews of the running bot (kept by the Articles cog)."""
    cog = getattr(client, "get_cog", lambda name: None)("Articles")
    reviews = getattr(cog, "reviews", None)
    assert isinstance(reviews, Reviews), "the Articles cog is not loaded"
    return reviews


# -- the card ----------------------------------------------------------------------------
async def show(interaction: discord.Interaction, review: Review, *, first: bool = False) -> None:
    """Show the review's current proposal (a new message, or the card edited in place)."""
    services = services_of(interaction.client)
    check = await services.articles.check(review.proposal, actor_for(interaction))
    answer = present.proposal_card(check, len(review.proposals), review.note)
    view = buttons(review, confirm=check.storable)
    if first:
        await interaction.response.send_message(
            embed=single_embed(answer), view=view, ephemeral=True, allowed_mentions=NO_MENTIONS
        )
    else:
        await interaction.response.edit_message(
            embed=single_embed(answer), view=view, allowed_mentions=NO_MENTIONS
        )


async def finish(interaction: discord.Interaction, review: Review) -> None:
    """The last card: what was stored and skipped; the review closes."""
    reviews_of(interaction.client).close(review.id)
    skipped = sum(1 for v in review.done.values() if v == "skipped")
    answer = present.reviewed(review.note, review.stored, skipped)
    await interaction.response.edit_message(
        embed=single_embed(answer), view=None, allowed_mentions=NO_MENTIONS
    )


def buttons(review: Review, *, confirm: bool) -> discord.ui.View:
    """Confirm (or Fill in, when the proposal lacks something), Edit move, Edit details, Skip
    and Confirm all, for the review's current proposal."""
    view = discord.ui.View(timeout=None)
    complete = len(review.complete())
    first = (
        ("fill", "Fill in", discord.ButtonStyle.primary, False)
        if review.proposal.missing
        else ("confirm", "Confirm", discord.ButtonStyle.success, not confirm)
    )
    for action, label, style, disabled in (
        first,
        ("edit", "Edit move", discord.ButtonStyle.secondary, False),
        ("details", "Edit details", discord.ButtonStyle.secondary, False),
        ("skip", "Skip", discord.ButtonStyle.secondary, False),
        ("all", f"Confirm all ({complete})", discord.ButtonStyle.success, complete == 0),
    ):
        view.add_item(ReviewButton(review.id, action, label, style, disabled=disabled))
    return view


class ReviewButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=(
        r"mercato:article:(?P<review>[0-9a-f]{12}):(?P<action>confirm|fill|edit|details|skip|all)"
    ),
):
    """A button of an article review; the review itself is looked up when it is clicked."""

    def __init__(
        self,
        review_id: str,
        action: str,
        label: str = "",
        style: discord.ButtonStyle = discord.ButtonStyle.secondary,
        *,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=label or action,
                style=style,
                disabled=disabled,
                custom_id=f"mercato:article:{review_id}:{action}",
            )
        )
        self.review_id, self.action = review_id, action

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str]
    ) -> ReviewButton:
        return cls(match["review"], match["action"])

    async def callback(self, interaction: discord.Interaction) -> None:
        # discord.py only logs what a dynamic item raises: the one error handler answers instead
        try:
            await ensure_moderator(interaction)
            review = reviews_of(interaction.client).get(self.review_id)
            if review is None:
                await send_answer(interaction, present.EXPIRED)
            elif not is_owner_of(interaction, review):
                await interaction.response.send_message(
                    NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS
                )
            else:
                async with review.lock:  # one click at a time per review
                    await ACTION_RUNNERS[self.action](interaction, review)
        except Exception as exc:
            await handle_error(interaction, exc)


# -- what each button does -------------------------------------------------------------
async def _store(interaction: discord.Interaction, review: Review, chosen: list[Proposal]) -> str:
    """Store `chosen` in one transaction; mark them stored; the note for the next card."""
    services = services_of(interaction.client)
    stored = await services.articles.confirm(
        ConfirmProposals(tuple(chosen)), actor_for(interaction)
    )
    for result in stored.results:
        review.done[result.proposal.number] = "stored"
        if result.added is not None:
            review.stored.append(result.claim_id)
    if len(chosen) == 1:
        return present.stored_note(stored.results[0])
    return present.stored_all_note(stored)


async def _next(interaction: discord.Interaction, review: Review, note: str) -> None:
    review.note = note
    if review.advance():
        await show(interaction, review)
    else:
        await finish(interaction, review)


async def _confirm(interaction: discord.Interaction, review: Review) -> None:
    note = await _store(interaction, review, [review.proposal])
    await _next(interaction, review, note)


async def _confirm_all(interaction: discord.Interaction, review: Review) -> None:
    chosen = review.complete()
    if not chosen:
        await send_answer(interaction, present.nothing_to_confirm())
        return
    note = await _store(interaction, review, chosen)
    await _next(interaction, review, note)


async def _skip(interaction: discord.Interaction, review: Review) -> None:
    review.done[review.proposal.number] = "skipped"
    await _next(interaction, review, "Skipped.")


async def _edit(interaction: discord.Interaction, review: Review) -> None:
    await interaction.response.send_modal(MoveForm(review, review.proposal))


async def _details(interaction: discord.Interaction, review: Review) -> None:
    await interaction.response.send_modal(DetailsForm(review, review.proposal))


async def _fill(interaction: discord.Interaction, review: Review) -> None:
    if not review.proposal.missing:  # filled meanwhile (an old card's button)
        await show(interaction, review)
        return
    await interaction.response.send_modal(FillForm(review, review.proposal))


ACTION_RUNNERS = {
    "confirm": _confirm,
    "all": _confirm_all,
    "skip": _skip,
    "edit": _edit,
    "details": _details,
    "fill": _fill,
}


# -- the edit forms ----------------------------------------------------------------------
def form_id(review: Review, action: str, proposal: Proposal) -> str:
    return f"mercato:article:{BOOT}:{review.id}:{action}:{proposal.number}"


FORM_ID = re.compile(
    r"mercato:article:(?P<boot>[0-9a-f]{8}):[0-9a-f]{12}:(?:fill|edit|details):\d+"
)


def _text(label: str, default: str | None, *, max_length: int = 100, **kwargs: Any) -> Any:
    field_id = kwargs.pop("custom_id")
    required = kwargs.pop("required", False)
    return discord.ui.TextInput(
        label=label, custom_id=field_id, default=default or None, required=required,
        max_length=max_length, **kwargs,
    )  # fmt: skip


def _choice(text: str, field_id: str, options: list[tuple[str, str]], current: str) -> Any:
    select: discord.ui.Select[Any] = discord.ui.Select(
        custom_id=field_id,
        required=False,
        options=[
            discord.SelectOption(label=lab, value=v, default=v == current) for v, lab in options
        ],
    )
    return discord.ui.Label(text=text, component=select)


def _chosen(label: Any) -> str | None:
    """The option picked in a form's select (None: left as it was)."""
    values = label.component.values
    return values[0] if values else None


class ReviewForm(ModeratorModal):
    """An edit form of a review: the moderator's changes make a new card, or a clear error."""

    def __init__(self, review: Review, proposal: Proposal, action: str, title: str) -> None:
        super().__init__(
            title=title, timeout=REVIEW_TTL, custom_id=form_id(review, action, proposal)
        )
        self.review_id = review.id
        self.proposal = proposal

    def changes(self) -> EditProposal:
        raise NotImplementedError

    async def on_submit(self, interaction: discord.Interaction) -> None:
        review = reviews_of(interaction.client).get(self.review_id)
        if review is None:
            await send_answer(interaction, present.EXPIRED)
            return
        if not is_owner_of(interaction, review):
            await interaction.response.send_message(
                NOT_YOURS, ephemeral=True, allowed_mentions=NO_MENTIONS
            )
            return
        async with review.lock:
            await self._apply(interaction, review)

    async def _apply(self, interaction: discord.Interaction, review: Review) -> None:
        position = next(
            (i for i, p in enumerate(review.proposals) if p.number == self.proposal.number), None
        )
        if position is None or self.proposal.number in review.done:
            await send_answer(interaction, present.already_done(self.proposal))
            return
        services = services_of(interaction.client)
        # A bad value raises InvalidInput: the one error handler answers, nothing changes.
        edited = await services.articles.edit(self.changes(), actor_for(interaction))
        review.proposals[position] = edited
        review.index = position
        review.note = "Edited: check the card, then Confirm."
        await show(interaction, review)


class MoveForm(ReviewForm):
    """Who moves, what kind of story, from and to which team."""

    def __init__(self, review: Review, proposal: Proposal) -> None:
        super().__init__(review, proposal, "edit", "Edit the move")
        p = proposal
        self.person = _text(
            "Person (someone we hold, or a new name)", p.person.name, custom_id="person"
        )
        self.details = _text(
            "If new: role, nationality (e.g. rider, NOR)",
            person_details(p.person) if p.person.is_new else None, max_length=40,
            custom_id="details",
        )  # fmt: skip
        kinds = [(k.value, k.label) for k in ClaimKind]
        self.kind = _choice("Kind", "kind", kinds, p.kind.value)
        self.from_team = _text(
            "From team (empty: none)",
            p.from_team.name if p.from_team else None,
            custom_id="from_team",
        )
        self.to_team = _text(
            "To team (a team we hold, or a new name)",
            p.to_team.name if p.to_team else None,
            custom_id="to_team",
        )
        for item in (self.person, self.details, self.kind, self.from_team, self.to_team):
            self.add_item(item)

    def changes(self) -> EditProposal:
        return EditProposal(
            self.proposal,
            person=self.person.value,
            person_details=self.details.value
            if self.proposal.person.is_new or self.details.value
            else None,
            kind=_chosen(self.kind),
            from_team=self.from_team.value,
            to_team=self.to_team.value,
        )


class DetailsForm(ReviewForm):
    """The season, contract, status, outlet and summary."""

    def __init__(self, review: Review, proposal: Proposal) -> None:
        super().__init__(review, proposal, "details", "Edit the details")
        p = proposal
        self.season = _text("Season (year)", str(p.season or ""), max_length=4, custom_id="season")
        self.contract_end = _text(
            "Contract until (year)",
            str(p.contract_end or ""),
            max_length=4,
            custom_id="contract_end",
        )
        statuses = [(s.value, s.label) for s in Status if s is not Status.RETRACTED]
        self.status = _choice("Status", "status", statuses, p.status.value)
        self.outlet = _text("Outlet", p.source.outlet, custom_id="outlet")
        self.summary = _text(
            "Summary (your own words)", p.summary_text, max_length=300,
            style=discord.TextStyle.paragraph, custom_id="summary",
        )  # fmt: skip
        for item in (self.season, self.contract_end, self.status, self.outlet, self.summary):
            self.add_item(item)

    def changes(self) -> EditProposal:
        return EditProposal(
            self.proposal,
            season=self.season.value,
            contract_end=self.contract_end.value,
            status=_chosen(self.status),
            outlet=self.outlet.value,
            summary=self.summary.value,
        )


class FillForm(ReviewForm):
    """Only what the proposal lacks before it can be stored, each one required."""

    def __init__(self, review: Review, proposal: Proposal) -> None:
        super().__init__(review, proposal, "fill", "Fill in what is missing")
        self.to_team = self.outlet = None
        if "to_team" in proposal.missing:
            self.to_team = _text(
                "To team (a team we hold, or a new name)", None, custom_id="to_team",
                required=True,
            )  # fmt: skip
            self.add_item(self.to_team)
        if "outlet" in proposal.missing:
            self.outlet = _text(
                "Outlet that published the article", None, custom_id="outlet", required=True
            )
            self.add_item(self.outlet)

    def changes(self) -> EditProposal:
        return EditProposal(
            self.proposal,
            to_team=self.to_team.value if self.to_team is not None else None,
            outlet=self.outlet.value if self.outlet is not None else None,
        )


async def answer_stale_form(interaction: discord.Interaction) -> bool:
    """Answer a form a previous process opened (its review is gone); False if it is not one."""
    if interaction.type is not discord.InteractionType.modal_submit:
        return False
    data: dict[str, Any] = dict(interaction.data or {})
    custom_id = data.get("custom_id", "")
    found = FORM_ID.fullmatch(str(custom_id))
    if found is None or found["boot"] == BOOT:
        return False  # not ours, or this process's form handles it
    try:
        await ensure_moderator(interaction)
        await send_answer(interaction, present.EXPIRED)
    except Exception as exc:
        await handle_error(interaction, exc)
    return True
