"""A user's nudge preferences: their slot, timezone, on/off, snooze; and /nudge's arguments.

Whenever a preference changes, the next nudge time is recomputed from the local slot.
Refusals are SlotErrors with a SlotProblem code; the views word them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import sqlite_utils

from bot.nudges.schedule import (
    Slot,
    SlotError,
    SlotProblem,
    first_nudge,
    parse_day,
    parse_time,
    week_key,
)
from bot.store.db import from_db_time
from bot.store.nudges import NudgeSettings, claimed, get_settings, update_settings
from bot.store.users import touch_user

SNOOZE = timedelta(days=1)


@dataclass(frozen=True)
class Preferences:
    slot: Slot
    enabled: bool
    paused_for_silence: bool
    next_at: datetime | None


def slot_of(settings: NudgeSettings, default_timezone: str) -> Slot:
    hour, minute = (int(part) for part in settings.time.split(":"))
    return Slot(settings.day, time(hour, minute), settings.timezone or default_timezone)


def _preferences(
    db: sqlite_utils.Database, user_id: int, default_timezone: str
) -> Preferences | None:
    settings = get_settings(db, user_id)
    if settings is None:
        return None
    next_at = None
    if settings.enabled:
        # A new user is scheduled by the next sweep; show them the time it will pick.
        next_at = (
            from_db_time(settings.next_at)
            if settings.next_at
            else schedule_first(settings, default_timezone)
        )
    return Preferences(
        slot=slot_of(settings, default_timezone),
        enabled=settings.enabled,
        paused_for_silence=settings.paused_at is not None and not settings.enabled,
        next_at=next_at,
    )


def schedule_first(settings: NudgeSettings, default_timezone: str) -> datetime:
    """A new user's first nudge: their slot, at least a day after they arrived."""
    return first_nudge(slot_of(settings, default_timezone), from_db_time(settings.created_at))


def next_nudge(db: sqlite_utils.Database, user_id: int, slot: Slot, now: datetime) -> datetime:
    """The slot's next occurrence in a week that hasn't had its nudge yet: moving Monday's
    slot to Sunday after Monday's nudge means next Sunday, and the bot says so."""
    when = slot.next_after(now)
    if claimed(db, user_id, week_key(when, slot.timezone)):
        when = slot.next_after(when)
    return when


@dataclass(frozen=True)
class Snoozed:
    until: datetime
    timezone: str  # the user's, to say when in their own time


@dataclass
class NudgePreferences:
    """Each user's nudge settings, on the bot's database and clock, with the bot's default
    timezone for users who never set their own."""

    db: sqlite_utils.Database
    clock: Callable[[], datetime]
    default_timezone: str

    def seen(self, user_id: int, chat_id: int) -> None:
        """The user wrote in their private chat: where to nudge them, and a reply to the
        nudges so far. A new user starts on the defaults."""
        touch_user(self.db, user_id, chat_id, self.clock(), self.default_timezone)

    def preferences(self, user_id: int) -> Preferences:
        """SlotError NOT_STARTED for a user the bot has never seen in a private chat."""
        result = _preferences(self.db, user_id, self.default_timezone)
        if result is None:
            raise SlotError(SlotProblem.NOT_STARTED)
        return result

    def timezone(self, user_id: int) -> str:
        """The user's timezone, or the default one for a user the bot hasn't seen yet."""
        settings = get_settings(self.db, user_id)
        return (settings.timezone if settings else None) or self.default_timezone

    def set_slot(self, user_id: int, day: int, at: time) -> Preferences:
        settings = self._require(user_id)
        slot = Slot(day, at, settings.timezone or self.default_timezone)
        next_at = next_nudge(self.db, user_id, slot, self.clock())
        update_settings(
            self.db, user_id, nudge_day=day, nudge_time=f"{at:%H:%M}", next_nudge_at=next_at
        )
        return self.preferences(user_id)

    def set_timezone(self, user_id: int, timezone: str) -> Preferences:
        settings = self._require(user_id)
        slot = Slot(settings.day, slot_of(settings, self.default_timezone).local_time, timezone)
        next_at = next_nudge(self.db, user_id, slot, self.clock())
        update_settings(self.db, user_id, timezone=timezone, next_nudge_at=next_at)
        return self.preferences(user_id)

    def set_enabled(self, user_id: int, enabled: bool) -> Preferences:
        settings = self._require(user_id)
        if enabled:
            slot = slot_of(settings, self.default_timezone)
            update_settings(
                self.db,
                user_id,
                nudges_enabled=1,
                nudges_paused_at=None,
                unanswered_nudges=0,
                next_nudge_at=next_nudge(self.db, user_id, slot, self.clock()),
            )
        else:
            # Switched off by hand: the reason is the student's choice, not our silence pause.
            update_settings(
                self.db, user_id, nudges_enabled=0, snoozed_until=None, nudges_paused_at=None
            )
        return self.preferences(user_id)

    def snooze(self, user_id: int) -> Snoozed:
        until = self.clock() + SNOOZE
        update_settings(self.db, user_id, snoozed_until=until)
        return Snoozed(until, self.timezone(user_id))

    def set_reachable(self, user_id: int, reachable: bool) -> None:
        if get_settings(self.db, user_id) is not None:
            update_settings(self.db, user_id, active=int(reachable))

    def _require(self, user_id: int) -> NudgeSettings:
        settings = get_settings(self.db, user_id)
        if settings is None:
            raise SlotError(SlotProblem.NOT_STARTED)
        return settings


# ── /nudge arguments ─────────────────────────────────────────────────────────


@dataclass(frozen=True)
class ShowNudge:
    pass


@dataclass(frozen=True)
class Toggle:
    enabled: bool


@dataclass(frozen=True)
class Reslot:
    day: int
    at: time


NudgeCommand = ShowNudge | Toggle | Reslot

_ON = {"on", "start", "resume", "yes", "enable"}
_OFF = {"off", "stop", "pause", "no", "disable", "never"}
_FILLERS = {"at", "on", "every", "@", "each"}


def parse_nudge(arguments: str) -> NudgeCommand:
    """ "", "on", "off", or a day and a time in either order ("mon 6pm", "18:00 friday")."""
    words = arguments.strip().lower().split()
    if not words:
        return ShowNudge()
    if len(words) == 1 and words[0] in _ON | _OFF:
        return Toggle(words[0] in _ON)
    words = [w for w in words if w not in _FILLERS] or words  # "every monday at 6pm"
    for split in range(1, len(words)):
        for day_words, time_words in (
            (words[:split], words[split:]),
            (words[split:], words[:split]),
        ):
            try:
                return Reslot(parse_day(" ".join(day_words)), parse_time(" ".join(time_words)))
            except SlotError:
                continue
    # No reading works: name the part that is wrong when the other part is right.
    for index, word in enumerate(words):
        rest = " ".join(words[:index] + words[index + 1 :])
        if rest and _parses(parse_day, word):
            parse_time(rest)
        if rest and _parses(parse_time, word):
            parse_day(rest)
    if len(words) == 1 and not _parses(parse_time, words[0]):
        parse_day(words[0])
    raise SlotError(SlotProblem.NEED_DAY_AND_TIME)


def _parses(parser: Callable[[str], object], text: str) -> bool:
    try:
        parser(text)
    except SlotError:
        return False
    return True
