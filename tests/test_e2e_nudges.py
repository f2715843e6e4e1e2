"""End to end: nudges through the real PTB stack and the Bot API stand-in."""

from __future__ import annotations

import asyncio
import warnings
from datetime import UTC, datetime, timedelta

from bot.nudges.sweep import NudgeSweeper
from bot.services import Services
from bot.store.db import open_db
from bot.telegram import callbacks as cb
from bot.telegram.app import build_application
from bot.telegram.context import BotContext
from bot.telegram.nudging import nudge_tick
from bot.telegram.views import nudges as nudge_views
from tests.conftest import make_settings, nudge_settings

MONDAY_EVENING = datetime(2026, 3, 9, 18, 0, 30, tzinfo=UTC)


def sweeper(bot) -> NudgeSweeper:
    return bot.application.bot_data.sweeper


async def arrange_due_nudge(bot, clock, user_id, *commands: str) -> None:
    clock.now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    for command in commands:
        await bot.send(user_id, command)
    await sweeper(bot).run()  # schedules the first nudge: Mon 2 Mar 18:00 UTC
    clock.now = datetime(2026, 3, 2, 18, 0, 30, tzinfo=UTC)


async def test_a_due_nudge_arrives_with_progress_items_tips_and_buttons(bot, clock, user_id):
    await arrange_due_nudge(
        bot, clock, user_id, "/start", "/checklist template", "/checklist done 1"
    )
    before = len(bot.api.sent_to(user_id))
    report = await sweeper(bot).run()
    assert report.sent == 1
    nudge = bot.api.sent_to(user_id)[before]
    assert "1/14" in nudge.text or "1 of 14" in nudge.text
    assert "Next up:" in nudge.text and "Complete two deep-learning courses" in nudge.text
    assert "💡" in nudge.text
    labels = [label for label, _ in nudge.buttons]
    assert labels[0].startswith("✅ Done: Complete two deep-learning")
    assert "⏰ Remind me tomorrow" in labels and "🔕 Stop nudges" in labels
    # The "done" button ticks the item off.
    done = nudge.buttons[0][1]
    await bot.press(user_id, done, bot.api.message_json(nudge))
    assert "2/14" in (await bot.wait_edits(user_id))[-1].text


async def test_stop_button_turns_nudges_off(bot, clock, user_id):
    await arrange_due_nudge(bot, clock, user_id, "/start")
    await sweeper(bot).run()
    nudge = bot.api.sent_to(user_id)[-1]
    assert "don't have a study checklist yet" in nudge.text
    await bot.press(user_id, cb.NUDGES_OFF, bot.api.message_json(nudge))
    assert not nudge_settings(bot.services.db, user_id).enabled
    clock.now = MONDAY_EVENING
    assert (await sweeper(bot).run()).sent == 0


async def test_forbidden_marks_the_user_inactive(bot, clock, user_id):
    await arrange_due_nudge(bot, clock, user_id, "/start")
    bot.api.fail("sendMessage", 403, chat_id=user_id)
    report = await sweeper(bot).run()
    assert report.blocked == 1
    assert not nudge_settings(bot.services.db, user_id).active
    clock.now = MONDAY_EVENING
    assert (await sweeper(bot).run()).due == 0


async def test_blocking_and_unblocking_via_my_chat_member(bot, user_id):
    def member(status: str) -> dict:
        banned = {"until_date": 0} if status == "kicked" else {}
        return {"status": status, "user": {"id": 999, "is_bot": True, "first_name": "M"}, **banned}

    def member_update(old: str, new: str) -> dict:
        return {
            "my_chat_member": {
                "chat": {"id": user_id, "type": "private", "first_name": "U"},
                "from": {"id": user_id, "is_bot": False, "first_name": "U"},
                "date": 0,
                "old_chat_member": member(old),
                "new_chat_member": member(new),
            }
        }

    await bot.send(user_id, "/start")
    bot.api.push(member_update("member", "kicked"))
    await bot.wait(lambda: not nudge_settings(bot.services.db, user_id).active)
    bot.api.push(member_update("kicked", "member"))
    await bot.wait(lambda: nudge_settings(bot.services.db, user_id).active)


async def test_429_is_waited_out_and_the_nudge_arrives(bot, clock, user_id):
    await arrange_due_nudge(bot, clock, user_id, "/start")
    bot.api.fail("sendMessage", 429, retry_after=1, chat_id=user_id)
    report = await sweeper(bot).run()
    assert report.sent == 1
    attempts = bot.api.calls_to("sendMessage", user_id, ok_only=False)[-2:]
    assert [a.status for a in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0


async def test_snooze_button_reminds_a_day_later(bot, clock, user_id):
    await arrange_due_nudge(bot, clock, user_id, "/start")
    await sweeper(bot).run()
    nudge = bot.api.sent_to(user_id)[-1]
    await bot.press(user_id, cb.SNOOZE, bot.api.message_json(nudge))
    toast = bot.api.calls_to("answerCallbackQuery")[-1].params["text"]
    assert toast.startswith("⏰ OK, I'll remind you tomorrow (Tue 3 Mar, 18:00")
    clock.now += timedelta(days=1, minutes=1)
    assert (await sweeper(bot).run()).sent == 1


async def test_nudge_and_timezone_commands(bot, clock, user_id):
    clock.now = datetime(2026, 3, 3, 10, tzinfo=UTC)  # a Tuesday
    reply = await bot.send(user_id, "/nudge")
    assert "Mondays at 18:00 (UTC)" in reply.text
    reply = await bot.send(user_id, "/nudge fri 7:30pm")
    assert "Fridays at 19:30 (UTC)" in reply.text and "Fri 6 Mar, 19:30" in reply.text
    reply = await bot.send(user_id, "/timezone new york")
    assert "America/New_York" in reply.text and "Fri 6 Mar, 19:30 your time" in reply.text
    reply = await bot.send(user_id, "/timezone Atlantis")
    assert "I don't know the timezone “Atlantis”" in reply.text
    reply = await bot.send(user_id, "/nudge someday 99pm")
    assert reply.text.startswith("I need a day and a time, like this:\n\n/nudge — your weekly")
    reply = await bot.send(user_id, "/nudge mon 25:00")
    assert "“25:00” isn't a time I understand" in reply.text

    reply = await bot.send(user_id, "/nudge off")
    assert "Weekly nudges are off" in reply.text
    assert reply.buttons == [("🔔 Turn nudges on", cb.NUDGES_ON)]
    settings = nudge_settings(bot.services.db, user_id)
    assert (settings.day, settings.time, settings.timezone) == (4, "19:30", "America/New_York")


async def test_the_pausing_nudge_explains_how_to_resume(bot, clock, user_id):
    await arrange_due_nudge(bot, clock, user_id, "/start")
    bot.services.db.execute("UPDATE users SET unanswered_nudges = 3 WHERE user_id = ?", [user_id])
    bot.services.db.conn.commit()
    await sweeper(bot).run()
    last = bot.api.sent_to(user_id)[-1]
    assert nudge_views.PAUSING in last.text
    assert not nudge_settings(bot.services.db, user_id).enabled
    assert cb.SNOOZE not in [data for _, data in last.buttons]  # it would never come
    await bot.press(user_id, cb.NUDGES_ON, bot.api.message_json(last))
    assert nudge_settings(bot.services.db, user_id).enabled


async def test_a_tick_while_the_bot_is_stopped_starts_no_sweep(tmp_path, standin, mentor, clock):
    # A tick can fire while the application stops; a sweep then would claim nothing and
    # PTB warns that the task is never awaited.
    settings = make_settings(tmp_path, standin)
    services = Services(settings, mentor, open_db(settings.db_path), clock=clock)
    application = build_application(settings, services)
    await application.initialize()
    assert application.post_init is not None and application.post_shutdown is not None
    await application.post_init(application)  # schedules the nudges: the sweeper is made
    try:
        assert not application.running and application.bot_data.sweeper is not None
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            await nudge_tick(BotContext(application))
        assert not [t for t in asyncio.all_tasks() if t.get_name() == "nudges:sweep"]
    finally:
        await application.post_shutdown(application)
        await application.shutdown()
        services.db.close()
