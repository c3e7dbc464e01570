"""What /announce, /follow, /following and /unfollow answer."""

from __future__ import annotations

from bot.domain.clock import parse_iso
from bot.domain.schedule import WEEKDAYS
from bot.domain.text import escape_markdown, shorten
from bot.presentation.answer import Answer, Section, Tone, error, success
from bot.presentation.formats import fmt_local
from bot.presentation.lookup import not_found, which_one
from bot.services.announce import (
    AnnouncementsOff,
    AnnounceStatus,
    ChannelSet,
    DigestOff,
    DigestScheduled,
    InstantSet,
    NoChannel,
    RoleSet,
    WindowSet,
)
from bot.services.follows import Followed, Following, NotFollowing, Unfollowed
from bot.services.resolver import Ambiguous, NoMatch
from bot.storage.announcements import Follow, Subscription

NO_CHANNEL = error(
    "No announcement channel",
    "Choose one first with `/announce channel`; then set the digest, instant posts and role.",
)

Setting = (
    ChannelSet | DigestOff | DigestScheduled | InstantSet | RoleSet | WindowSet | AnnouncementsOff
    | NoChannel
)  # fmt: skip


def _on_off(value: bool) -> str:
    return "on" if value else "off"


def setting_answer(result: Setting) -> Answer:
    """The confirmation of an /announce setting."""
    match result:
        case NoChannel():
            return NO_CHANNEL
        case ChannelSet(channel_id):
            return success(
                "Announcement channel set",
                f"Announcements go to <#{channel_id}>. Only news from now on is announced."
                " Next: `/announce digest`, `/announce instant`, `/announce role`.",
            )
        case DigestOff():
            return success("Digest off", "No more digests; instant posts are unchanged.")
        case DigestScheduled():
            return _digest_scheduled(result)
        case InstantSet(on, channel_id):
            text = (
                "New stories, and stories that become confirmed or official, are posted in"
                f" <#{channel_id}> as they happen."
                if on
                else "No more instant posts; the digest is unchanged."
            )
            return success(f"Instant posts {_on_off(on)}", text)
        case RoleSet():
            return _role_set(result)
        case WindowSet(on):
            return success(
                f"Transfer window posts {_on_off(on)}",
                "A post on 1 August when the window opens, and a reminder on 24 December."
                if on
                else "No transfer window posts.",
            )
    if not result.was_configured:
        return success("Announcements off", "Nothing was configured.")
    return success(
        "Announcements off",
        "No more digests, instant posts or window posts. Channel follows are unchanged.",
    )


def _digest_scheduled(r: DigestScheduled) -> Answer:
    when = f"every {WEEKDAYS[r.weekday]}" if r.weekday is not None else "every day"
    quiet = (
        "\nQuiet periods get a one-line “no transfer news” post."
        if r.post_empty
        else "\nNothing is posted when there is no news."
    )
    return success(
        "Digest scheduled",
        f"A {r.frequency} digest {when} at {r.local_time} ({r.zone}) in <#{r.channel_id}>."
        f"\nNext one: {fmt_local(r.next_at, r.zone)}." + quiet,
    )


def _role_set(r: RoleSet) -> Answer:
    if r.role_id is None:
        return success("Role cleared", "Instant posts mention nobody.")
    extra = "" if r.instant else " Instant posts are off: turn them on with `/announce instant`."
    return success(
        "Role set",
        f"Instant posts mention <@&{r.role_id}>; nothing else the bot posts mentions anyone."
        + extra,
    )


def status_answer(result: AnnounceStatus) -> Answer:
    """/announce status: what is configured, the next digest, the last delivery and error."""
    sub = result.subscription
    if sub is None:
        return Answer(
            title="Announcements",
            description="Not configured. Start with `/announce channel`.",
            ephemeral=True,
        )
    zone = sub.timezone or "UTC"
    role = f"<@&{sub.mention_role_id}>" if sub.mention_role_id else "nobody"
    last = fmt_local(parse_iso(sub.last_delivery_at), zone) if sub.last_delivery_at else "never"
    last_error = escape_markdown(sub.last_error) if sub.last_error else "none"
    sections = [
        Section("Channel", f"<#{sub.channel_id}>"),
        Section("Digest", _digest_text(sub, zone)),
        Section("Instant posts", f"{_on_off(sub.instant).capitalize()}; mentioning {role}"),
        Section("Transfer window posts", _on_off(sub.window_posts).capitalize()),
        Section(
            "Delivery",
            f"Last delivery: {last}\nQueued: {result.queued}\nLast error: {last_error}",
        ),
    ]
    description = f"Announcing news since {fmt_local(parse_iso(sub.subscribed_at), zone)}."
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


def _digest_text(sub: Subscription, zone: str) -> str:
    if not (sub.frequency and sub.local_time):
        return "Off"
    when = f"every {WEEKDAYS[sub.weekday]}" if sub.weekday is not None else "every day"
    nxt = fmt_local(parse_iso(sub.next_digest_at), zone) if sub.next_digest_at else "not scheduled"
    empty = "posted as one line" if sub.post_empty else "skipped"
    return (
        f"{sub.frequency.capitalize()}, {when} at {sub.local_time} ({zone})\n"
        f"Next: {nxt}\nEmpty digests: {empty}"
    )


def follow_answer(result: Followed | Unfollowed | NotFollowing | Ambiguous | NoMatch) -> Answer:
    """/follow and /unfollow."""
    match result:
        case Ambiguous():
            return which_one(result)
        case NoMatch():
            return not_found(result)
        case Unfollowed(label):
            return success("Unfollowed", f"No more news about {escape_markdown(label)}.")
        case NotFollowing(label):
            return error("Not following", f"You do not follow {escape_markdown(label)} here.")
    label = escape_markdown(result.label)
    where = (
        f"in <#{result.channel_id}>"
        if result.channel_id
        else "by DM (allow DMs from this server's members)"
    )
    verb = "now follow" if result.new else "already follow"
    return success(
        f"Following {label}",
        f"You {verb} {label}: news arrives {where} when a story is added or changes status.",
    )


def following_answer(result: Following) -> Answer:
    """/following: each follow and where its news goes."""
    if not result.follows:
        return Answer(
            title="Following",
            description="You follow nobody yet. Try `/follow name:cav`.",
            ephemeral=True,
        )
    lines = [_follow_line(f, label) for f, label in result.follows]
    return Answer(
        title="Following",
        description=shorten("\n".join(lines), 4000),
        ephemeral=True,
        footer=f"{len(result.follows)} of at most {result.limit}",
    )


def _follow_line(f: Follow, label: str) -> str:
    where = "by DM" if f.by_dm else f"in <#{f.channel_id}>"
    line = f"• {escape_markdown(label)} ({f.ref.kind.value}) {where}"
    if f.by_dm and f.dm_disabled:
        line += " · ⚠️ paused: your DMs are closed to the bot; allow them, then /follow again"
    elif f.disabled_reason:
        line += f" · ⚠️ paused: {escape_markdown(f.disabled_reason)}"
    return line
