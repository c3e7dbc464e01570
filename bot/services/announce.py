"""Announcements and follows: configuration, status, and queueing what a claim change announces.

`on_claim_event` is a NewsService hook: it runs inside the transaction that changes the claim,
so the outbox rows exist exactly when the change does.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

import aiosqlite

from bot.domain.errors import InvalidInput
from bot.domain.models import Claim, EntityKind, EntityRef, Person, Status, Team
from bot.domain.status import is_rise
from bot.domain.story import what_happened
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, error, success
from bot.presentation.stories import STATUS_ICON, source_line, status_phrase
from bot.scheduling import digest
from bot.scheduling.clock import Clock, SystemClock, iso, parse_iso
from bot.scheduling.outbox import Payload
from bot.services.resolver import Ambiguous, NoMatch, Resolver, Scope, Suggestion
from bot.storage import announcements as store
from bot.storage import audit
from bot.storage import claims as claims_db
from bot.storage import people as people_db
from bot.storage import teams as teams_db
from bot.storage.announcements import DEST_CHANNEL, DEST_DM, Follow, Subscription
from bot.storage.audit import Actor
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.services.news import ClaimEvent

log = logging.getLogger(__name__)

MAX_FOLLOWS = 50
NAME_MAX = 100
# Instant posts: a new story, or one that became confirmed or official.
INSTANT_STATUSES = frozenset({Status.CONFIRMED, Status.OFFICIAL})
NEW_ACTIONS = frozenset({"created", "promoted"})

NO_CHANNEL = error(
    "No announcement channel",
    "Choose one first with `/announce channel`; then set the digest, instant posts and role.",
)


def _on_off(value: bool) -> str:
    return "on" if value else "off"


def claim_payload(
    claim: Claim,
    people: dict[int, Person],
    teams: dict[int, Team],
    *,
    intro: str = "",
    mention_role_id: int | None = None,
) -> Payload:
    """One story as an announcement: what happened, how sure, the latest sources."""
    person = people.get(claim.person_id)
    name = person.name if person else "Someone"
    icon = STATUS_ICON[claim.status]
    title = shorten(f"{icon} {claim.status.label}: {what_happened(claim, name, teams)}", 256)
    lines = [x for x in (intro, escape_markdown(status_phrase(claim)) + ".") if x]
    if claim.summary:
        lines.append(f"*{escape_markdown(claim.summary)}*")
    latest = list(reversed(claim.sources))[:3]
    outlets = {s.report.id: s.report.outlet for s in claim.sources}
    sections: tuple[tuple[str, str], ...] = ()
    if latest:
        value = "\n".join(source_line(s, outlets) for s in latest)
        if len(claim.sources) > len(latest):
            value += f"\n… and {len(claim.sources) - len(latest)} more"
        sections = (("Sources", shorten(value, 1024)),)
    url = next((s.report.url for s in latest if s.report.url), None)
    return Payload(
        title=title,
        description="\n".join(lines),
        sections=sections,
        footer=f"Mercato · story ID {claim.id}",
        url=url,
        mention_role_id=mention_role_id,
    )


class AnnounceService:
    def __init__(self, db: Database, resolver: Resolver, clock: Clock | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()
        self.resolver = resolver

    def _now(self) -> str:
        return iso(self.clock.now())

    # -- configuration -------------------------------------------------------------------
    async def _change(self, actor: Actor, **fields: Any) -> Subscription | None:
        """Update this guild's subscription in one audited transaction; None if it has none."""
        guild_id = _guild(actor)
        async with self.db.transaction() as conn:
            before = await store.get_subscription(conn, guild_id)
            if before is None:
                return None
            await store.update_subscription(conn, guild_id, self._now(), **fields)
            after = await store.get_subscription(conn, guild_id)
            assert after is not None
            old, new = asdict(before), asdict(after)
            changed = [k for k in fields if old.get(k) != new.get(k)]
            if changed:
                await audit.record(
                    conn, actor, "update", "announce_subscription", guild_id,
                    {k: old[k] for k in changed}, {k: new[k] for k in changed},
                )  # fmt: skip
        return after

    async def set_channel(self, actor: Actor, channel_id: int) -> Answer:
        """Post this guild's announcements in a channel (re-enables a disabled one)."""
        guild_id = _guild(actor)
        now = self.clock.now()
        async with self.db.transaction() as conn:
            sub = await store.get_subscription(conn, guild_id)
            if sub is None:
                await store.create_subscription(conn, guild_id, channel_id, iso(now))
                await audit.record(
                    conn, actor, "create", "announce_subscription", guild_id, None,
                    {"channel_id": channel_id},
                )  # fmt: skip
            else:
                fields: dict[str, Any] = {"channel_id": channel_id, "disabled_reason": None,
                                          "last_error": None}  # fmt: skip
                if sub.channel_id != channel_id:
                    # A new channel starts fresh: no backlog from before it was chosen.
                    fields.update(subscribed_at=iso(now), covered_until=iso(now))
                following = digest.schedule_for(sub, now)
                fields["next_digest_at"] = iso(following) if following else None
                await store.update_subscription(conn, guild_id, iso(now), **fields)
                await audit.record(
                    conn, actor, "update", "announce_subscription", guild_id,
                    {"channel_id": sub.channel_id, "disabled_reason": sub.disabled_reason},
                    {"channel_id": channel_id, "disabled_reason": None},
                )  # fmt: skip
        return success(
            "Announcement channel set",
            f"Announcements go to <#{channel_id}>. Only news from now on is announced."
            " Next: `/announce digest`, `/announce instant`, `/announce role`.",
        )

    async def set_digest(
        self,
        actor: Actor,
        frequency: str,
        local_time: str | None = None,
        timezone: str | None = None,
        weekday: int | None = None,
        post_empty: bool | None = None,
    ) -> Answer:
        """Schedule (or with frequency 'off', stop) the digest at a local time in a zone."""
        if frequency == "off":
            sub = await self._change(actor, frequency=None, next_digest_at=None)
            if sub is None:
                return NO_CHANNEL
            return success("Digest off", "No more digests; instant posts are unchanged.")
        if frequency not in digest.FREQUENCIES:
            raise InvalidInput("frequency", "must be daily or weekly")
        at = digest.parse_local_time(local_time or "")
        zone = digest.parse_timezone(timezone or "")
        if frequency == digest.WEEKLY and weekday is None:
            raise InvalidInput("weekday", "is required for a weekly digest")
        if weekday is not None and not 0 <= weekday <= 6:
            raise InvalidInput("weekday", "must be a day of the week")
        day = weekday if frequency == digest.WEEKLY else None
        following = digest.next_digest_at(at, zone, frequency, day, self.clock.now())
        fields: dict[str, Any] = {
            "frequency": frequency,
            "local_time": f"{at:%H:%M}",
            "timezone": zone.key,
            "weekday": day,
            "next_digest_at": iso(following),
        }
        if post_empty is not None:
            fields["post_empty"] = int(post_empty)
        sub = await self._change(actor, **fields)
        if sub is None:
            return NO_CHANNEL
        when = f"every {digest.WEEKDAYS[day]}" if day is not None else "every day"
        return success(
            "Digest scheduled",
            f"A {frequency} digest {when} at {at:%H:%M} ({zone.key}) in <#{sub.channel_id}>."
            f"\nNext one: {digest.fmt_local(following, zone)}."
            + ("\nQuiet periods get a one-line “no transfer news” post." if sub.post_empty
               else "\nNothing is posted when there is no news."),
        )  # fmt: skip

    async def set_instant(self, actor: Actor, on: bool) -> Answer:
        """Turn instant posts (new stories, and ones that become confirmed or official) on/off."""
        sub = await self._change(actor, instant=int(on))
        if sub is None:
            return NO_CHANNEL
        text = (
            f"New stories, and stories that become confirmed or official, are posted in"
            f" <#{sub.channel_id}> as they happen."
            if on
            else "No more instant posts; the digest is unchanged."
        )
        return success(f"Instant posts {_on_off(on)}", text)

    async def set_role(self, actor: Actor, role_id: int | None) -> Answer:
        """Mention a role on instant posts (None: mention nobody)."""
        sub = await self._change(actor, mention_role_id=role_id)
        if sub is None:
            return NO_CHANNEL
        if role_id is None:
            return success("Role cleared", "Instant posts mention nobody.")
        extra = (
            "" if sub.instant else " Instant posts are off: turn them on with `/announce instant`."
        )
        return success(
            "Role set",
            f"Instant posts mention <@&{role_id}>; nothing else the bot posts mentions anyone."
            + extra,
        )

    async def set_window(self, actor: Actor, on: bool) -> Answer:
        """Opt in to posts when the UCI transfer window opens and before it closes."""
        sub = await self._change(actor, window_posts=int(on))
        if sub is None:
            return NO_CHANNEL
        return success(
            f"Transfer window posts {_on_off(on)}",
            "A post on 1 August when the window opens, and a reminder on 24 December."
            if on
            else "No transfer window posts.",
        )

    async def off(self, actor: Actor) -> Answer:
        """Stop every channel announcement in this guild and drop what is still queued."""
        guild_id = _guild(actor)
        async with self.db.transaction() as conn:
            sub = await store.get_subscription(conn, guild_id)
            if sub is None:
                return success("Announcements off", "Nothing was configured.")
            await store.delete_subscription(conn, guild_id)
            await store.drop_queued_posts(conn, guild_id, sub.channel_id)
            await audit.record(
                conn, actor, "delete", "announce_subscription", guild_id,
                {"channel_id": sub.channel_id}, None,
            )  # fmt: skip
        return success(
            "Announcements off",
            "No more digests, instant posts or window posts. Channel follows are unchanged.",
        )

    async def status(self, guild_id: int) -> Answer:
        """What is configured, when the next digest goes out, the last delivery and error."""
        sub = await store.get_subscription(self.db.conn, guild_id)
        if sub is None:
            return Answer(
                title="Announcements",
                description="Not configured. Start with `/announce channel`.",
                ephemeral=True,
            )
        zone = sub.timezone or "UTC"
        if sub.frequency and sub.local_time:
            when = (
                f"every {digest.WEEKDAYS[sub.weekday]}" if sub.weekday is not None else "every day"
            )
            nxt = (
                digest.fmt_local(parse_iso(sub.next_digest_at), zone)
                if sub.next_digest_at
                else "not scheduled"
            )
            empty = "posted as one line" if sub.post_empty else "skipped"
            digest_text = (
                f"{sub.frequency.capitalize()}, {when} at {sub.local_time} ({zone})\n"
                f"Next: {nxt}\nEmpty digests: {empty}"
            )
        else:
            digest_text = "Off"
        instant = _on_off(sub.instant).capitalize()
        role = f"<@&{sub.mention_role_id}>" if sub.mention_role_id else "nobody"
        pending = await store.count_queued(self.db.conn, guild_id, sub.channel_id)
        last = (
            digest.fmt_local(parse_iso(sub.last_delivery_at), zone)
            if sub.last_delivery_at
            else "never"
        )
        sections = [
            Section("Channel", f"<#{sub.channel_id}>"),
            Section("Digest", digest_text),
            Section("Instant posts", f"{instant}; mentioning {role}"),
            Section("Transfer window posts", _on_off(sub.window_posts).capitalize()),
            Section(
                "Delivery",
                f"Last delivery: {last}\nQueued: {pending}\n"
                f"Last error: {escape_markdown(sub.last_error) if sub.last_error else 'none'}",
            ),
        ]
        description = (
            f"Announcing news since {digest.fmt_local(parse_iso(sub.subscribed_at), zone)}."
        )
        tone = Tone.INFO
        if sub.disabled_reason:
            tone = Tone.WARNING
            description = (
                f"⚠️ **Disabled**: {escape_markdown(sub.disabled_reason)}\n"
                "Fix the channel or the bot's permissions there, then run `/announce channel`"
                " again to resume."
            )
        return Answer(
            title="Announcements",
            description=description,
            sections=tuple(sections),
            tone=tone,
            ephemeral=True,
        )

    # -- follows -------------------------------------------------------------------------
    def _resolve(self, name: str, guild_id: int | None) -> EntityRef | Answer:
        from bot.presentation.lookup import not_found, which_one

        picked = self.resolver.pick(name, Scope(guild_id))
        if isinstance(picked, Ambiguous):
            return which_one(picked)
        if isinstance(picked, NoMatch):
            return not_found(picked)
        return picked

    async def _labels(self, refs: list[EntityRef]) -> dict[EntityRef, str]:
        conn = self.db.conn
        people = await people_db.get_people(
            conn, [r.id for r in refs if r.kind is EntityKind.PERSON]
        )
        teams = await teams_db.get_teams(conn, [r.id for r in refs if r.kind is EntityKind.TEAM])
        out: dict[EntityRef, str] = {}
        for r in refs:
            if r.kind is EntityKind.PERSON and r.id in people:
                out[r] = people[r.id].name
            elif r.kind is EntityKind.TEAM and r.id in teams:
                out[r] = teams[r.id].current_name
            else:
                out[r] = f"{r.kind.value} {r.id}"
        return out

    async def follow(self, actor: Actor, name: str, channel_id: int | None = None) -> Answer:
        """Follow a person or team: by DM, or (moderators) in a channel of this guild."""
        assert actor.id is not None
        if channel_id is not None and actor.guild_id is None:
            raise InvalidInput("channel", "Channel follows work in a server")
        picked = self._resolve(name, actor.guild_id)
        if isinstance(picked, Answer):
            return picked
        label = (await self._labels([picked]))[picked]
        async with self.db.transaction() as conn:
            mine = await store.user_follows(conn, actor.id, actor.guild_id)
            if len(mine) >= MAX_FOLLOWS:
                raise InvalidInput(
                    "name", f"You already follow {MAX_FOLLOWS}; /unfollow some first"
                )
            new = await store.add_follow(
                conn, actor.id, actor.guild_id, picked, channel_id, self._now()
            )
        where = (
            f"in <#{channel_id}>" if channel_id else "by DM (allow DMs from this server's members)"
        )
        verb = "now follow" if new else "already follow"
        return success(
            f"Following {escape_markdown(label)}",
            f"You {verb} {escape_markdown(label)}: news arrives {where} when a story is added"
            " or changes status.",
        )

    async def unfollow(self, actor: Actor, name: str) -> Answer:
        assert actor.id is not None
        picked = self._resolve(name, actor.guild_id)
        if isinstance(picked, Answer):
            return picked
        label = (await self._labels([picked]))[picked]
        async with self.db.transaction() as conn:
            removed = await store.remove_follows(conn, actor.id, actor.guild_id, picked)
        if not removed:
            return error("Not following", f"You do not follow {escape_markdown(label)} here.")
        return success("Unfollowed", f"No more news about {escape_markdown(label)}.")

    async def following(self, actor: Actor) -> Answer:
        assert actor.id is not None
        follows = await store.user_follows(self.db.conn, actor.id, actor.guild_id)
        if not follows:
            return Answer(
                title="Following",
                description="You follow nobody yet. Try `/follow name:cav`.",
                ephemeral=True,
            )
        labels = await self._labels([f.ref for f in follows])
        lines = [_follow_line(f, labels[f.ref]) for f in follows]
        return Answer(
            title="Following",
            description=shorten("\n".join(lines), 4000),
            ephemeral=True,
            footer=f"{len(follows)} of at most {MAX_FOLLOWS}",
        )

    async def follow_choices(
        self, user_id: int, guild_id: int | None, current: str
    ) -> list[Suggestion]:
        """The user's follows matching `current`, for autocomplete."""
        from bot.domain.names import fold

        follows = await store.user_follows(self.db.conn, user_id, guild_id)
        labels = await self._labels([f.ref for f in follows])
        want = fold(current or "")
        seen: dict[str, str] = {}
        for f in follows:
            label = labels[f.ref]
            if want in fold(label):
                seen.setdefault(f"{f.ref.kind.value}:{f.ref.id}", shorten(label, 100))
        return [Suggestion(label, value) for value, label in seen.items()][:25]

    # -- the NewsService hook ------------------------------------------------------------
    async def on_claim_event(self, conn: aiosqlite.Connection, event: ClaimEvent) -> None:
        """Queue every announcement this change causes, inside the change's transaction."""
        now = self._now()
        old = event.old_status.value if event.old_status else None
        await store.record_event(
            conn, event.claim_id, event.guild_id, event.action, old, event.new_status.value, now
        )
        is_new = event.action in NEW_ACTIONS
        rose = is_rise(event.old_status, event.new_status)
        instant = is_new or (rose and event.new_status in INSTANT_STATUSES)
        settled = event.old_status != event.new_status and event.new_status in (
            Status.DENIED,
            Status.RETRACTED,
        )
        for_followers = is_new or rose or settled
        if not (instant or for_followers):
            return
        claim = await claims_db.get_any_scope(conn, event.claim_id)
        if claim is None:
            return
        scope = claim.guild_id  # after a promote the claim is global: every guild may see it
        people = await people_db.get_people(conn, [claim.person_id])
        teams = await teams_db.get_teams(
            conn, [t for t in (claim.from_team_id, claim.to_team_id) if t]
        )
        status = claim.status.value
        posted: set[int] = set()
        if instant:
            for sub in await store.instant_subscriptions(conn, scope):
                payload = claim_payload(claim, people, teams, mention_role_id=sub.mention_role_id)
                await store.enqueue(
                    conn,
                    dest_kind=DEST_CHANNEL,
                    dest_id=sub.channel_id,
                    guild_id=sub.guild_id,
                    kind="instant",
                    dedupe_key=f"instant:{claim.id}:{status}:{sub.channel_id}",
                    payload=payload.to_json(),
                    now=now,
                )
                posted.add(sub.channel_id)
        if not for_followers:
            return
        refs = [EntityRef(EntityKind.PERSON, claim.person_id)] + [
            EntityRef(EntityKind.TEAM, t) for t in sorted(teams)
        ]
        labels = {EntityRef(EntityKind.PERSON, p.id): p.name for p in people.values()}
        labels.update({EntityRef(EntityKind.TEAM, t.id): t.current_name for t in teams.values()})
        for f in await store.followers_of(conn, refs, scope):
            if f.channel_id is not None and f.channel_id in posted:
                continue  # the channel already gets the instant post for this change
            dest_kind, dest_id = (DEST_DM, f.user_id) if f.by_dm else (DEST_CHANNEL, f.channel_id)
            assert dest_id is not None
            intro = f"News about {escape_markdown(labels.get(f.ref, 'what you follow'))}, which "
            intro += "you follow." if f.by_dm else "this channel follows."
            payload = claim_payload(claim, people, teams, intro=intro)
            await store.enqueue(
                conn,
                dest_kind=dest_kind,
                dest_id=dest_id,
                guild_id=f.guild_id,
                kind="follow",
                dedupe_key=f"follow:{claim.id}:{status}:{dest_kind}:{dest_id}",
                payload=payload.to_json(),
                now=now,
            )
            if not f.by_dm:
                posted.add(dest_id)


def _guild(actor: Actor) -> int:
    if actor.guild_id is None:
        raise InvalidInput("server", "Announcements are configured in a server")
    return actor.guild_id


def _follow_line(f: Follow, label: str) -> str:
    where = "by DM" if f.by_dm else f"in <#{f.channel_id}>"
    line = f"• {escape_markdown(label)} ({f.ref.kind.value}) {where}"
    if f.by_dm and f.dm_disabled:
        line += " · ⚠️ paused: your DMs are closed to the bot; allow them, then /follow again"
    elif f.disabled_reason:
        line += f" · ⚠️ paused: {escape_markdown(f.disabled_reason)}"
    return line
