"""The nudge sweep on real SQLite with an injected clock: content, schedule, pacing, and
at-most-once delivery through crashes, overlapping ticks and restarts."""

from __future__ import annotations

import asyncio
import itertools
import time as wallclock
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.checklist.service import Checklist
from bot.nudges.compose import OPENING_COUNT, PAUSE_AFTER, NudgeState, tips_by_passage
from bot.nudges.preferences import NudgePreferences
from bot.nudges.schedule import Slot, SlotError, SlotProblem
from bot.nudges.sweep import NudgeSweeper, Outcome, SweepReport
from bot.store.checklist import list_items, set_done
from bot.store.db import open_db, to_db_time
from bot.store.users import touch_user
from tests.conftest import Clock, nudge_settings

JOINED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # a Sunday
FIRST = datetime(2026, 3, 9, 18, 0, tzinfo=UTC)  # the first Monday 18:00 a day or more later


class Crash(BaseException):
    """Stands for the process dying: not an Exception, so nothing catches it."""


class Outbox:
    """The sending port: records what would have gone to Telegram."""

    def __init__(self, outcomes: dict[int, Outcome] | None = None) -> None:
        self.sent: list = []
        self.times: list[float] = []
        self.outcomes = outcomes or {}
        self.crash_at: int | None = None

    async def __call__(self, nudge) -> Outcome:
        if self.crash_at is not None and len(self.sent) == self.crash_at:
            self.crash_at = None  # a process dies once
            raise Crash
        await asyncio.sleep(0)
        self.sent.append(nudge)
        self.times.append(wallclock.perf_counter())
        return self.outcomes.get(nudge.user_id, Outcome.SENT)

    def per_user(self) -> Counter:
        return Counter(n.user_id for n in self.sent)


@pytest.fixture(scope="module")
def tips(corpus, template):
    return tips_by_passage(corpus, template)


@pytest.fixture
def clock():
    return Clock(JOINED)


@pytest.fixture
def prefs(db, clock):
    """/nudge, /timezone and the nudge buttons, on the same clock as the sweep."""
    return NudgePreferences(db, clock, "UTC")


def outbox(nudger: NudgeSweeper) -> Outbox:
    """What a sweeper built by `sweeper` has sent."""
    assert isinstance(nudger.send, Outbox)
    return nudger.send


def sweeper(db, outbox, tips, clock, **kwargs) -> NudgeSweeper:
    kwargs.setdefault("rate_per_second", 10_000)
    return NudgeSweeper(db, outbox, tips, "UTC", clock, **kwargs)


def join(db, users, timezone="UTC", at=JOINED):
    with db.atomic():
        for user in users:
            touch_user(db, user, user, at, timezone)


# ── scheduling and content ───────────────────────────────────────────────────


async def test_new_users_are_scheduled_a_day_later_at_their_slot(db, tips, clock):
    join(db, [1])
    outbox = Outbox()
    report = await sweeper(db, outbox, tips, clock).run()
    assert report.newly_scheduled == 1 and outbox.sent == []
    assert nudge_settings(db, 1).next_at == to_db_time(datetime(2026, 3, 2, 18, tzinfo=UTC))


async def test_a_due_nudge_shows_progress_and_the_next_items_with_tips(
    db, tips, corpus, template, clock
):
    join(db, [1])
    Checklist(db, Clock(JOINED), corpus, template).add_template(1)
    items = list_items(db, 1)
    set_done(db, 1, [items[0].id, items[2].id], True, JOINED)
    nudger = sweeper(db, Outbox(), tips, clock)
    await nudger.run()
    clock.now = datetime(2026, 3, 2, 18, 0, 30, tzinfo=UTC)
    await nudger.run()
    (nudge,) = outbox(nudger).sent
    assert nudge.state is NudgeState.PROGRESS
    assert (nudge.done, nudge.total) == (2, len(template))
    assert [i.text for i in nudge.items] == [items[1].text, items[3].text, items[4].text]
    assert all(i.tip for i in nudge.items)
    assert nudge.items[0].tip == template[1].tip
    settings = nudge_settings(db, 1)
    assert settings.next_at == to_db_time(datetime(2026, 3, 9, 18, tzinfo=UTC))
    assert settings.last_template == nudge.template and settings.unanswered == 1


async def test_complete_and_empty_checklists(db, tips, corpus, template, clock):
    join(db, [1, 2])
    Checklist(db, Clock(JOINED), corpus, template).add_template(1)
    set_done(db, 1, [i.id for i in list_items(db, 1)], True, JOINED)
    nudger = sweeper(db, Outbox(), tips, clock)
    await nudger.run()
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    await nudger.run()
    states = {n.user_id: n.state for n in outbox(nudger).sent}
    assert states == {1: NudgeState.COMPLETE, 2: NudgeState.EMPTY}


async def test_the_opening_line_never_repeats_two_weeks_running(db, tips, clock):
    join(db, [1])
    nudger = sweeper(db, Outbox(), tips, clock)
    await nudger.run()
    for week in range(12):
        clock.now = datetime(2026, 3, 2, 18, 5, tzinfo=UTC) + timedelta(weeks=week)
        touch_user(db, 1, 1, clock.now)  # the user keeps answering, so nudges never pause
        await nudger.run()
    templates = [n.template for n in outbox(nudger).sent]
    assert len(templates) == 12
    assert all(a != b for a, b in itertools.pairwise(templates))
    assert len(set(templates)) > 2 and set(templates) <= set(range(OPENING_COUNT))


async def test_changing_the_slot_and_timezone_keeps_local_time(db, clock, prefs):
    join(db, [1])
    clock.now = datetime(2026, 3, 3, 10, tzinfo=UTC)
    result = prefs.set_slot(1, 4, time(19, 30))
    assert result.next_at == datetime(2026, 3, 6, 19, 30, tzinfo=UTC)
    result = prefs.set_timezone(1, "Asia/Tokyo")
    assert result.next_at == datetime(2026, 3, 6, 10, 30, tzinfo=UTC)  # 19:30 in Tokyo
    assert result.slot == Slot(4, time(19, 30), "Asia/Tokyo")
    assert prefs.timezone(1) == "Asia/Tokyo"


async def test_a_user_never_seen_can_set_nothing(db, prefs):
    for change in (
        lambda: prefs.preferences(1),
        lambda: prefs.set_slot(1, 4, time(19, 30)),
        lambda: prefs.set_timezone(1, "Asia/Tokyo"),
        lambda: prefs.set_enabled(1, False),
    ):
        with pytest.raises(SlotError) as refused:
            change()
        assert refused.value.problem is SlotProblem.NOT_STARTED
    assert prefs.timezone(1) == "UTC"  # the default, for showing
    assert db["users"].count == 0


async def test_a_snooze_says_when_in_the_users_own_time(db, clock, prefs):
    join(db, [1], timezone="Asia/Tokyo")
    snoozed = prefs.snooze(1)
    assert (snoozed.until, snoozed.timezone) == (JOINED + timedelta(days=1), "Asia/Tokyo")


# ── late, missed, blocked, paused, snoozed, stopped ──────────────────────────


async def prepared(db, tips, clock, users=(1,)):
    join(db, users)
    nudger = sweeper(db, Outbox(), tips, clock)
    await nudger.run()  # schedules the first nudges for Mon 2 Mar 18:00
    return nudger


async def test_a_nudge_up_to_12_hours_late_is_still_sent(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    clock.now = datetime(2026, 3, 3, 5, 59, tzinfo=UTC)  # 11h59 late: the bot was down
    report = await nudger.run()
    assert report.sent == 1 and report.skipped_late == 0


async def test_a_nudge_more_than_12_hours_late_rolls_to_next_week(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    clock.now = datetime(2026, 3, 3, 6, 1, tzinfo=UTC)
    report = await nudger.run()
    assert report.sent == 0 and report.skipped_late == 1
    assert nudge_settings(db, 1).next_at == to_db_time(FIRST)
    assert db.execute("SELECT status FROM nudges").fetchall() == [("skipped",)]
    clock.now = FIRST + timedelta(minutes=1)
    assert (await nudger.run()).sent == 1


async def test_after_weeks_down_this_weeks_nudge_still_goes_out(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    clock.now = datetime(2026, 3, 23, 20, 0, tzinfo=UTC)  # three weeks later, 2h after the slot
    report = await nudger.run()
    assert report.sent == 1 and report.skipped_late == 0
    assert db.execute("SELECT week FROM nudges").fetchall() == [("2026-W13",)]
    assert nudge_settings(db, 1).next_at == to_db_time(datetime(2026, 3, 30, 18, tzinfo=UTC))


async def test_a_user_who_blocked_the_bot_is_not_nudged_until_they_return(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    outbox(nudger).outcomes[1] = Outcome.BLOCKED
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    assert (await nudger.run()).blocked == 1
    assert not nudge_settings(db, 1).active
    clock.now = FIRST + timedelta(minutes=1)
    assert (await nudger.run()).due == 0
    touch_user(db, 1, 1, clock.now)  # they unblocked the bot and wrote
    del outbox(nudger).outcomes[1]
    clock.now = FIRST + timedelta(weeks=1, minutes=1)
    assert (await nudger.run()).sent == 1


async def test_nudges_pause_after_four_unanswered_and_say_so(db, tips, clock, prefs):
    nudger = await prepared(db, tips, clock)
    for week in range(PAUSE_AFTER + 2):
        clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC) + timedelta(weeks=week)
        await nudger.run()
    sent = outbox(nudger).sent
    assert len(sent) == PAUSE_AFTER
    assert [n.pausing for n in sent] == [False] * (PAUSE_AFTER - 1) + [True]
    settings = nudge_settings(db, 1)
    assert not settings.enabled and settings.paused_at is not None
    assert prefs.preferences(1).paused_for_silence
    prefs.set_enabled(1, True)  # /nudge on
    clock.now += timedelta(weeks=1)
    await nudger.run()
    assert len(outbox(nudger).sent) == PAUSE_AFTER + 1 and not outbox(nudger).sent[-1].pausing


async def test_any_reply_resets_the_unanswered_count(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    for week in range(PAUSE_AFTER + 2):
        clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC) + timedelta(weeks=week)
        await nudger.run()
        touch_user(db, 1, 1, clock.now + timedelta(hours=1))
    assert len(outbox(nudger).sent) == PAUSE_AFTER + 2
    assert not any(n.pausing for n in outbox(nudger).sent)


async def test_snooze_sends_one_reminder_a_day_later(db, tips, clock, prefs):
    nudger = await prepared(db, tips, clock)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    await nudger.run()
    prefs.snooze(1)
    clock.now += timedelta(hours=23)
    assert (await nudger.run()).sent == 0
    clock.now += timedelta(hours=1, minutes=1)
    assert (await nudger.run()).sent == 1
    prefs.snooze(1)  # snoozed again: each request gets its one reminder
    clock.now += timedelta(days=1, minutes=1)
    assert (await nudger.run()).sent == 1
    assert (await nudger.run()).sent == 0
    kinds = db.execute("SELECT kind, status FROM nudges ORDER BY id").fetchall()
    assert kinds == [("weekly", "sent"), ("snooze", "sent"), ("snooze", "sent")]


async def test_stopped_nudges_are_not_sent(db, tips, clock, prefs):
    nudger = await prepared(db, tips, clock)
    prefs.set_enabled(1, False)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    assert (await nudger.run()).due == 0


async def test_a_failed_send_is_recorded_and_not_retried(db, tips, clock):
    nudger = await prepared(db, tips, clock)
    outbox(nudger).outcomes[1] = Outcome.FAILED
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    assert (await nudger.run()).failed == 1
    assert (await nudger.run()).due == 0
    assert db.execute("SELECT status FROM nudges").fetchall() == [("failed",)]


# ── at most once ─────────────────────────────────────────────────────────────


def due_crowd(db, count, at=JOINED):
    """`count` users whose nudge fell due a minute ago."""
    join(db, range(1, count + 1), at=at)
    db.execute(
        "UPDATE users SET next_nudge_at = ?", [to_db_time(datetime(2026, 3, 2, 18, tzinfo=UTC))]
    )
    db.conn.commit()


async def test_a_crash_between_claim_and_send_loses_the_nudge_but_never_repeats_it(
    db, db_path, tips, clock
):
    due_crowd(db, 50)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    outbox = Outbox()
    outbox.crash_at = 20

    def doomed_process() -> None:
        # Its own loop: when the crash escapes asyncio.run, every other task of that
        # "process" is cancelled too, as if it had died.
        connection = open_db(db_path)
        try:
            asyncio.run(sweeper(connection, outbox, tips, clock, concurrency=1).run())
        finally:
            connection.close()

    with pytest.raises(BaseExceptionGroup) as died:
        await asyncio.to_thread(doomed_process)
    assert died.group_contains(Crash)

    # The process restarts: a new connection, a new sweeper, the same outbox to count.

    restarted = open_db(db_path)
    report = await sweeper(restarted, outbox, tips, clock).run()
    counts = outbox.per_user()
    assert max(counts.values()) == 1
    lost = 50 - len(counts)
    assert lost == 1  # the one claimed and being sent when the process died
    assert report.sent == 50 - 20 - lost
    (claimed,) = restarted.execute(
        "SELECT count(*) FROM nudges WHERE status = 'claimed'"
    ).fetchone()
    assert claimed == lost
    restarted.close()


async def test_a_double_tick_sends_each_nudge_once(db, tips, clock):
    due_crowd(db, 100)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    nudger = sweeper(db, Outbox(), tips, clock)
    first, second = await asyncio.gather(nudger.run(), nudger.run())
    assert first.sent + second.sent == 100
    assert max(outbox(nudger).per_user().values()) == 1


async def test_two_processes_sweeping_at_once_send_each_nudge_once(db, db_path, tips, clock):
    due_crowd(db, 300)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    outbox = Outbox()
    other = open_db(db_path)
    reports = await asyncio.gather(
        sweeper(db, outbox, tips, clock, chunk=50).run(),
        sweeper(other, outbox, tips, clock, chunk=50).run(),
    )
    other.close()
    assert sum(r.sent for r in reports) == 300
    assert max(outbox.per_user().values()) == 1
    assert len(outbox.per_user()) == 300


async def test_a_restart_in_the_middle_of_a_sweep_over_1000_users(db, db_path, tips, clock):
    due_crowd(db, 1000)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    outbox = Outbox()
    nudger = sweeper(db, outbox, tips, clock, rate_per_second=5000)
    task = asyncio.create_task(nudger.run())
    while len(outbox.sent) < 437:  # noqa: ASYNC110 - polling a plain list is the point
        await asyncio.sleep(0.001)
    task.cancel()  # the process is stopped mid-sweep

    with pytest.raises(asyncio.CancelledError):
        await task
    restarted = open_db(db_path)
    await sweeper(restarted, outbox, tips, clock).run()
    counts = outbox.per_user()
    assert max(counts.values()) == 1  # nobody got two
    skipped = 1000 - len(counts)
    assert skipped <= nudger.concurrency  # only nudges in flight at the stop are lost
    (claimed,) = restarted.execute(
        "SELECT count(*) FROM nudges WHERE status = 'claimed'"
    ).fetchone()
    assert claimed == skipped
    restarted.close()


async def test_sending_is_paced(db, tips, clock):
    due_crowd(db, 30)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    nudger = sweeper(db, Outbox(), tips, clock, rate_per_second=50)
    await nudger.run()
    times = outbox(nudger).times
    assert len(times) == 30
    # However the sends were scheduled, no second holds more than the rate allows.
    for start in times:
        assert sum(start <= t < start + 1 for t in times) <= 51
    assert min(b - a for a, b in itertools.pairwise(times)) > 0.01


async def test_switching_off_by_hand_after_a_pause_says_so(db, tips, clock, prefs):
    await prepared(db, tips, clock)
    db.execute("UPDATE users SET nudges_enabled = 0, nudges_paused_at = '2026-03-01T00:00:00Z'")
    db.conn.commit()
    assert prefs.preferences(1).paused_for_silence
    prefs.set_enabled(1, False)
    assert not prefs.preferences(1).paused_for_silence


async def test_settings_changed_during_a_sweep_win(db, tips, clock, prefs):
    """The sweep reads a chunk, then paces through it: a change made meanwhile must hold."""
    nudger = await prepared(db, tips, clock, users=(1, 2, 3))
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    candidates = nudger.prepare(SweepReport())
    assert len(candidates) == 3
    prefs.set_enabled(1, False)  # /nudge off
    prefs.set_slot(2, 4, time(9, 0))  # /nudge fri 9am
    report = SweepReport()
    await nudger.deliver(candidates, report)
    assert [n.user_id for n in outbox(nudger).sent] == [3]
    assert report.stale == 2
    assert nudge_settings(db, 2).next_at == to_db_time(datetime(2026, 3, 6, 9, tzinfo=UTC))


async def test_a_user_forgotten_during_a_sweep_does_not_sink_the_others(db, tips, clock):
    from bot.store.privacy import forget_user

    nudger = await prepared(db, tips, clock, users=(1, 2))
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
    candidates = nudger.prepare(SweepReport())
    forget_user(db, 1)
    report = SweepReport()
    await nudger.deliver(candidates, report)
    assert [n.user_id for n in outbox(nudger).sent] == [2]


async def test_a_returning_user_just_after_a_spring_forward_slot_gets_it(db, tips, clock):
    # Berlin, Mondays 18:00; the bot (or the user) was away for weeks, back 30 minutes
    # after the slot on the first Monday of summer time.
    join(db, [1], timezone="Europe/Berlin")
    db.execute("UPDATE users SET next_nudge_at = '2026-03-02T17:00:00Z'")
    db.conn.commit()
    clock.now = datetime(2026, 3, 30, 16, 30, tzinfo=UTC)  # 18:30 CEST
    report = await sweeper(db, Outbox(), tips, clock).run()
    assert report.sent == 1 and report.skipped_late == 0


async def test_moving_the_slot_after_this_weeks_nudge_means_next_week(db, tips, clock, prefs):
    nudger = await prepared(db, tips, clock)
    clock.now = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)  # Monday: this week's nudge goes out
    await nudger.run()
    result = prefs.set_slot(1, 6, time(10, 0))  # to Sundays
    assert result.next_at == datetime(2026, 3, 15, 10, tzinfo=UTC)  # not Sun 8 Mar: same week
    clock.now = datetime(2026, 3, 15, 10, 1, tzinfo=UTC)
    assert (await nudger.run()).sent == 1
