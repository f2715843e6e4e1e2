"""The nudge sweep: find who is due, claim, compose, send at a steady pace, record.

It knows nothing of Telegram: sending is a function it is given, which reports whether
the message went out, the user blocked the bot, or something else failed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

import sqlite_utils
from aiolimiter import AsyncLimiter

from bot.nudges.compose import Nudge, compose
from bot.nudges.preferences import schedule_first, slot_of
from bot.nudges.schedule import week_key
from bot.store.db import from_db_time
from bot.store.nudges import (
    Claim,
    NudgeSettings,
    checklist_state,
    claim,
    due,
    finish,
    unscheduled,
    update_settings,
)

log = logging.getLogger(__name__)

MAX_LATE = timedelta(hours=12)  # later than this, a missed nudge waits for next week
WEEKLY, SNOOZE = "weekly", "snooze"


class Outcome(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot: stop until they come back
    FAILED = "failed"


SendNudge = Callable[[Nudge], Awaitable[Outcome]]


@dataclass
class SweepReport:
    due: int = 0
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    skipped_late: int = 0
    already_claimed: int = 0
    stale: int = 0  # settings changed between reading and claiming; picked up next sweep
    newly_scheduled: int = 0


@dataclass(frozen=True)
class Candidate:
    settings: NudgeSettings
    nudge: Nudge


@dataclass
class NudgeSweeper:
    db: sqlite_utils.Database
    send: SendNudge
    tips: Mapping[str, str]
    default_timezone: str
    clock: Callable[[], datetime]
    rate_per_second: float = 20.0
    chunk: int = 200
    concurrency: int = 8
    keep_going: Callable[[], bool] = lambda: True  # False once the bot is shutting down
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False)

    def __post_init__(self) -> None:
        # Capacity 1: strictly spaced sends, never a burst above the rate.
        self._pace = AsyncLimiter(1, 1 / self.rate_per_second)

    @property
    def running(self) -> bool:
        return self._lock.locked()

    async def run(self) -> SweepReport:
        """Sweep until nobody is due. A sweep already running makes this a no-op."""
        report = SweepReport()
        if self._lock.locked():
            return report
        async with self._lock:
            report.newly_scheduled = self.schedule_new_users()
            while self.keep_going() and (candidates := self.prepare(report)):
                await self.deliver(candidates, report)
        if report.due:
            log.info("Nudge sweep: %s", report)
        return report

    def schedule_new_users(self) -> int:
        count = 0
        for settings in unscheduled(self.db):
            when = schedule_first(settings, self.default_timezone)
            update_settings(self.db, settings.user_id, next_nudge_at=when)
            count += 1
        return count

    def prepare(self, report: SweepReport) -> list[Candidate]:
        """The next chunk of due users, each with their nudge composed; nothing claimed yet.

        A user left unclaimed (the process stopped first) stays due for the next sweep.
        """
        users = due(self.db, self.clock(), self.chunk)
        report.due += len(users)
        counts, open_items = checklist_state(self.db, [s.user_id for s in users])
        candidates = []
        for settings in users:
            done, total = counts.get(settings.user_id, (0, 0))
            nudge = compose(
                settings.user_id,
                settings.chat_id,
                done,
                total,
                open_items.get(settings.user_id, []),
                self.tips,
                settings.last_template,
                seed=f"{settings.user_id}:{settings.next_at}",
                unanswered=settings.unanswered,
            )
            candidates.append(Candidate(settings, nudge))
        return candidates

    async def deliver(self, candidates: list[Candidate], report: SweepReport) -> None:
        """Claim each nudge just before sending it, so a crash loses at most the few in flight."""
        gate = asyncio.Semaphore(self.concurrency)
        halted = False  # once the sweep is being torn down, claim nothing more

        async def one(candidate: Candidate) -> None:
            nonlocal halted
            async with gate:
                if halted or not self.keep_going():
                    return
                user_id = candidate.nudge.user_id
                try:
                    claim_id = self.claim(candidate.settings, report)
                except Exception:  # one user's bad row must not sink the others' nudges
                    log.exception("Claiming the nudge of user %s failed", user_id)
                    report.failed += 1
                    return
                if claim_id is None:
                    return
                try:
                    await self._pace.acquire()
                    outcome = await self.send(candidate.nudge)
                except Exception:  # a bug in sending must not stop the sweep
                    log.exception("Sending a nudge to user %s failed", user_id)
                    outcome = Outcome.FAILED
                except BaseException:  # cancelled, or the process is dying
                    halted = True
                    raise
                self.record(claim_id, candidate.nudge, outcome, report)

        # A TaskGroup: if one send dies with the process's death throes, the rest stop too.
        async with asyncio.TaskGroup() as group:
            for candidate in candidates:
                group.create_task(one(candidate))

    def claim(self, settings: NudgeSettings, report: SweepReport) -> int | None:
        """Claim this user's due nudge and move their schedule on; None: don't send.

        The claim only holds if the user's row is still as `settings` read it, so a
        /nudge off or a new slot set during a long sweep wins over the sweep.
        """
        now = self.clock()
        slot = slot_of(settings, self.default_timezone)
        snoozed = settings.snoozed_until and from_db_time(settings.snoozed_until) <= now
        weekly_due = settings.next_at and from_db_time(settings.next_at) <= now
        expected = {"next_nudge_at": settings.next_at, "snoozed_until": settings.snoozed_until}
        if weekly_due:
            scheduled = from_db_time(settings.next_at)  # type: ignore[arg-type]
            # Stale by weeks (the user was unreachable, the bot was down): what counts is
            # this week's occurrence, not the first one missed.
            scheduled = max(scheduled, slot.last_at_or_before(now))
            week = week_key(scheduled, slot.timezone)
            changes: dict[str, object] = {"next_nudge_at": slot.next_after(now)}
            if snoozed:
                changes["snoozed_until"] = None  # the weekly nudge covers the snooze
            if now - scheduled > MAX_LATE:
                outcome, _ = claim(
                    self.db, settings.user_id, week, WEEKLY, now, expected, changes, "skipped"
                )
                report.skipped_late += outcome is Claim.CLAIMED
                report.stale += outcome is Claim.STALE
                return None
            kind = WEEKLY
        elif snoozed:
            # One reminder per snooze request, whatever the week.
            week, kind = f"snoozed {settings.snoozed_until}", SNOOZE
            changes = {"snoozed_until": None}
        else:
            return None
        outcome, claim_id = claim(self.db, settings.user_id, week, kind, now, expected, changes)
        report.already_claimed += outcome is Claim.ALREADY_SENT
        report.stale += outcome is Claim.STALE
        return claim_id

    def record(self, claim_id: int, nudge: Nudge, outcome: Outcome, report: SweepReport) -> None:
        finish(
            self.db,
            claim_id,
            nudge.user_id,
            outcome.value,
            self.clock(),
            template=nudge.template,
            pause=nudge.pausing,
        )
        if outcome is Outcome.SENT:
            report.sent += 1
        elif outcome is Outcome.BLOCKED:
            report.blocked += 1
        else:
            report.failed += 1
