"""After an outage: a message answered long after it was sent gets one line about the wait
first, once per chat; a fresh message doesn't."""

from __future__ import annotations

import time

from bot.telegram.lateness import roughly
from bot.telegram.views.common import LATE_REPLY


async def test_a_late_message_gets_one_line_about_the_wait_then_its_answer(bot, user_id):
    three_hours_ago = int(time.time()) - 3 * 3600
    bot.api.send_text(user_id, "is colab free?", extra={"date": three_hours_ago})
    bot.api.send_text(user_id, "/help", extra={"date": three_hours_ago + 60})
    sent = await bot.wait_sent(user_id, 3)
    await bot.quiet()
    sent = bot.api.sent_to(user_id)
    assert len(sent) == 3  # one note for the chat, not one per message
    assert sent[0].text == LATE_REPLY.format(delay="about 3 hours")
    texts = " ".join(call.text for call in sent[1:])
    assert "Colab" in texts and "/checklist" in texts
    reply = await bot.send(user_id, "/topics")  # a fresh message: no note
    assert LATE_REPLY.split("!")[0] not in reply.text


async def test_a_second_late_message_waits_for_the_note_however_slow_its_sending(bot, user_id):
    # Updates run concurrently: "/help" is answered at once, while the note for the first
    # message is still on its way; its reply must not reach the chat before the apology.
    bot.api.fail("sendMessage", 200, delay=1.0, chat_id=user_id)
    an_hour_ago = int(time.time()) - 3600
    bot.api.send_text(user_id, "is colab free?", extra={"date": an_hour_ago})
    bot.api.send_text(user_id, "/help", extra={"date": an_hour_ago + 5})
    await bot.wait_sent(user_id, 3)
    await bot.quiet()
    sent = bot.api.sent_to(user_id)
    assert [call.text for call in sent].count(LATE_REPLY.format(delay="about 60 minutes")) == 1
    assert sent[0].text == LATE_REPLY.format(delay="about 60 minutes")


async def test_a_message_a_few_seconds_old_gets_no_note(bot, user_id):
    reply = await bot.send(user_id, "/start", extra={"date": int(time.time()) - 30})
    assert "ML internship mentor" in reply.text


def test_delays_read_naturally():
    from datetime import timedelta

    assert roughly(timedelta(minutes=25)) == "about 25 minutes"
    assert roughly(timedelta(hours=5, minutes=20)) == "about 5 hours"
    assert roughly(timedelta(days=2, hours=1)) == "about 2 days"
