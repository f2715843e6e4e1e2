"""At-least-once delivery over long polling: the inbox is written before Telegram is told,
a redelivery is handled once, and what a dead process left unfinished is handled first,
in order within each chat. The real PTB stack against the Bot API stand-in."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import time
from collections.abc import AsyncIterator

import httpx

from bot.services import Services
from bot.store import inbox
from bot.store.db import open_db
from bot.telegram.app import build_application
from bot.telegram.delivery import BoundedRateLimiter, sends_in_flight
from tests.botapi import BotApiStandIn
from tests.conftest import RunningBot, make_settings, running


@contextlib.asynccontextmanager
async def bot_on(db_path, standin, mentor) -> AsyncIterator[RunningBot]:
    """A bot on an existing database, so a test can leave something in it first."""
    settings = make_settings(db_path.parent, standin, db_path=db_path)
    services = Services(settings, mentor, open_db(db_path))
    async with running(build_application(settings, services)) as application:
        yield RunningBot(application, services, standin)
    services.db.close()


def leave_unfinished(db_path, updates: list[dict]) -> None:
    """What a process killed after writing these updates, before handling them, leaves."""
    db = open_db(db_path)
    for update in updates:
        chat = update["message"]["chat"]["id"] if "message" in update else None
        inbox.receive(db, update["update_id"], chat, json.dumps(update), time_now())
    db.close()


async def until_all_done(db, within: float = 10) -> None:
    """Replies go out before their update is marked done: wait for the marks."""
    deadline = time.monotonic() + within
    for _ in range(int(within / 0.02)):
        if not inbox.unfinished_count(db) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.02)
    assert inbox.unfinished_count(db) == 0


def time_now():
    from bot.store.db import utcnow

    return utcnow()


def test_the_stand_in_keeps_updates_until_a_later_offset_confirms_them():
    api = BotApiStandIn().start()
    try:
        first = api.send_text(1, "one")
        second = api.send_text(1, "two")

        def ids(offset: int | None = None) -> list[int]:
            params = {"timeout": 0} | ({"offset": offset} if offset is not None else {})
            response = httpx.post(f"{api.base_url}{api.token}/getUpdates", data=params)
            return [u["update_id"] for u in response.json()["result"]]

        assert ids() == [first, second]
        assert ids() == [first, second]  # fetched, not confirmed: delivered again
        assert ids(first + 1) == [second]  # the offset confirms the first
        assert ids() == [second]
        assert api.deliveries[first] == 2 and api.deliveries[second] == 4
        assert ids(-1) == [second] and ids(second + 1) == []
    finally:
        api.stop()


async def test_an_update_is_confirmed_only_after_it_is_in_the_inbox(
    tmp_path, standin, mentor, user_id
):
    """While the database can't be written, the bot fetches the update but never confirms
    it; once it can, the update is written, confirmed and answered."""
    standin.reset()
    path = tmp_path / "bot.sqlite3"
    async with bot_on(path, standin, mentor) as bot:

        def scenario() -> tuple[list[int], list[int], int]:
            blocker = sqlite3.connect(path, timeout=5)
            blocker.execute("BEGIN IMMEDIATE")  # holds the write lock
            update_id = standin.send_text(user_id, "/help")
            standin.wait_for(lambda: standin.deliveries[update_id] >= 1)
            time.sleep(1.0)
            while_locked = (standin.pending_update_ids, list(standin.sent_to(user_id)))
            blocker.rollback()
            blocker.close()
            standin.wait_sent(user_id, 1)
            standin.wait_for(lambda: update_id not in standin.pending_update_ids)
            return while_locked[0], while_locked[1], update_id

        pending, replies, update_id = await asyncio.to_thread(scenario)
        assert update_id in pending and replies == []  # not confirmed, not answered
        await until_all_done(bot.services.db)
        row = bot.services.db.execute(
            "SELECT payload, done_at IS NOT NULL FROM inbox WHERE update_id = ?", [update_id]
        ).fetchone()
        assert row == (None, 1)  # done, and nothing of what it said is kept


async def test_a_redelivered_update_is_handled_once(tmp_path, standin, mentor, user_id):
    """Killed after handling an update but before confirming it: Telegram delivers it
    again at the next start, and it is not answered again."""
    standin.reset()
    path = tmp_path / "bot.sqlite3"
    update = {"message": standin.message_payload(user_id, "/help")}
    handled = standin.push(update)
    db = open_db(path)
    inbox.receive(db, handled, user_id, json.dumps({"update_id": handled, **update}), time_now())
    inbox.finish(db, handled, time_now())
    db.close()

    async with bot_on(path, standin, mentor) as bot:
        await bot.wait(lambda: standin.deliveries[handled] >= 1)
        reply = await bot.send(user_id, "/topics")  # a later update is answered
        await bot.wait(lambda: not standin.pending_update_ids)
        await bot.quiet()
    assert len(standin.sent_to(user_id)) == 1
    assert "/help" not in reply.text and "topic" in reply.text.lower()


async def test_unfinished_updates_are_handled_first_in_order_within_each_chat(
    tmp_path, standin, mentor, user_id
):
    standin.reset()
    path = tmp_path / "bot.sqlite3"
    other = user_id + 500_000
    texts = ["is colab free?", "/checklist add Read the guide", "/checklist", "do I need a PhD?"]
    left = [
        {"update_id": 900 + n, "message": standin.message_payload(user_id, text)}
        for n, text in enumerate(texts)
    ]
    left.insert(2, {"update_id": 902 - 50, "message": standin.message_payload(other, "/help")})
    leave_unfinished(path, left)

    async with bot_on(path, standin, mentor) as bot:
        standin.send_text(user_id, "/topics")  # new, so it waits for the chat's backlog
        replies = await bot.wait_sent(user_id, 5)
        await bot.wait_sent(other, 1)
        await bot.quiet()
        await until_all_done(bot.services.db)
    replies = standin.sent_to(user_id)
    assert len(replies) == 5 and len(standin.sent_to(other)) == 1
    assert "Colab" in replies[0].text
    assert "Read the guide" in replies[1].text
    assert "Read the guide" in replies[2].text
    assert "PhD" in replies[3].text
    assert "topic" in replies[4].text.lower()


async def test_at_most_a_few_messages_are_in_flight_so_a_crash_repeats_at_most_those():
    # Telegram's 30 a second allow 9 in flight; no rate limit here, to see only the bound.
    limiter = BoundedRateLimiter(sends_in_flight(30), overall_max_rate=0, max_retries=0)
    running, most = 0, 0

    async def request() -> bool:
        nonlocal running, most
        running += 1
        most = max(most, running)
        await asyncio.sleep(0.02)
        running -= 1
        return True

    async def send_all(endpoint: str) -> int:
        nonlocal most
        most = 0
        calls = [
            limiter.process_request(request, (), {}, endpoint, {"chat_id": n}, None)
            for n in range(30)
        ]
        assert all(await asyncio.gather(*calls))
        return most

    await limiter.initialize()
    assert await send_all("sendMessage") == 9
    assert await send_all("sendChatAction") == 30  # "typing…" twice shows nothing twice
    await limiter.shutdown()
