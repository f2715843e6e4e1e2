"""At-least-once delivery: each update is in the inbox (store/inbox.py) before Telegram is
told it arrived, is marked done once handled, and is handled at the next start if the
process died first.

PTB's updater confirms a batch before handling it (DESIGN.md: "The updater confirms
before it handles"). Rather than hand-write a polling loop, this hooks the one step both
of PTB's receivers take between receiving an update and confirming it: each puts the
update on the application's `update_queue`, and only then confirms it. The poller sends
its next getUpdates offset after `put` has returned for the whole batch, and the webhook
server answers 200 after `put` has returned. So a queue whose `put` writes the inbox
makes both durable, and PTB keeps its network retries, bootstrap and graceful stop.
tests/test_delivery.py checks that ordering against the Bot API stand-in.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
import math
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import AIORateLimiter, Application, BaseUpdateProcessor

from bot.inbox import MAX_RECOVERIES, Inbox
from bot.telegram.context import BotContext

log = logging.getLogger(__name__)

MAX_WRITE_RETRY_SECONDS = 30.0
# A reply that reached Telegram just before a crash, while its update was not yet marked
# done, is sent again after the restart; so messages being sent at once are bounded. At a
# given rate, more in flight than rate x round trip gains nothing (Little's law): the bound
# is that, with a generous round trip. At Telegram's 30 messages a second, 9.
ROUND_TRIP_SECONDS = 0.3


def sends_in_flight(messages_per_second: float) -> int:
    return max(1, math.ceil(messages_per_second * ROUND_TRIP_SECONDS))


def chat_key(update: Update) -> int | None:
    """Whose updates must stay in order: the chat's, or the user's when there is no chat."""
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class DurableUpdateQueue(asyncio.Queue[object]):
    """The application's update_queue; `put` writes an Update to the inbox first, and drops
    an update_id the inbox already has (a redelivery)."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self._inbox = inbox

    async def put(self, item: object) -> None:
        if isinstance(item, Update) and not await self._write(item):
            log.debug("Update %d was delivered again; it is handled once", item.update_id)
            return
        await super().put(item)

    def put_recovered(self, update: Update) -> None:
        """Queue an update that is already in the inbox."""
        self.put_nowait(update)

    async def _write(self, update: Update) -> bool:
        payload = json.dumps(update.to_dict(), ensure_ascii=False, separators=(",", ":"))
        delay = 0.5
        while True:
            try:
                return self._inbox.receive(update.update_id, chat_key(update), payload)
            except sqlite3.Error as error:
                # Nothing is confirmed to Telegram until the write succeeds: it keeps the
                # update (polling) or delivers it again (webhook).
                log.warning(
                    "Could not write update %d to the inbox (%s); retrying in %.1fs",
                    update.update_id,
                    error,
                    delay,
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_WRITE_RETRY_SECONDS)


class ChatOrder:
    """Recovered updates are handled one after another within each chat, in update_id
    order, and a chat's new updates wait behind its recovered ones. Other chats, and
    every chat once its backlog is through, run concurrently as before."""

    def __init__(self) -> None:
        self._recovered: set[int] = set()
        self._last: dict[int, asyncio.Event] = {}  # per chat: set when its last update ends

    def keep_in_order(self, update: Update) -> None:
        self._recovered.add(update.update_id)

    @contextlib.asynccontextmanager
    async def turn(self, update: object) -> AsyncIterator[None]:
        key = chat_key(update) if isinstance(update, Update) else None
        recovered = isinstance(update, Update) and update.update_id in self._recovered
        if key is None or not (recovered or key in self._last):
            yield
            return
        assert isinstance(update, Update)
        self._recovered.discard(update.update_id)
        before = self._last.get(key)
        mine = self._last[key] = asyncio.Event()
        try:
            if before is not None:
                await before.wait()
            yield
        finally:
            mine.set()
            if self._last.get(key) is mine:
                del self._last[key]


class InboxUpdateProcessor(BaseUpdateProcessor):
    """Handles updates concurrently, like PTB's default, keeping recovered ones in order
    per chat, and marks each update done in the inbox once it has been handled."""

    def __init__(self, inbox: Inbox, max_concurrent: int) -> None:
        super().__init__(max_concurrent)
        self._inbox = inbox
        self.order = ChatOrder()

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        started = False
        try:
            async with self.order.turn(update):
                started = True
                await coroutine
        except asyncio.CancelledError:
            raise  # interrupted, not handled: it stays unfinished for the next start
        except Exception:
            self._finish(update)  # handled, if badly: the error handler has had its say
            raise
        else:
            self._finish(update)
        finally:
            if not started and inspect.iscoroutine(coroutine):
                coroutine.close()

    def _finish(self, update: object) -> None:
        if isinstance(update, Update):
            self._inbox.finish(update.update_id)


JSONDict = dict[str, Any]


class BoundedRateLimiter(AIORateLimiter):
    """PTB's rate limiter, with at most `max_in_flight` messages being sent at once."""

    def __init__(self, max_in_flight: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._in_flight = asyncio.Semaphore(max_in_flight)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSONDict | list[JSONDict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | JSONDict | list[JSONDict]:
        request = super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
        if not endpoint.startswith("send") or endpoint == "sendChatAction":
            return await request  # nothing a repeat would show twice
        async with self._in_flight:
            return await request


def recover_unfinished(application: Application, inbox: Inbox) -> int:
    """Queue the updates a previous process wrote but never finished, ahead of anything
    new; returns how many. Call before the application starts fetching updates."""
    queue, processor = application.update_queue, application.update_processor
    if not isinstance(queue, DurableUpdateQueue) or not isinstance(processor, InboxUpdateProcessor):
        return 0
    recovered = inbox.recover()
    if recovered.dropped:
        log.warning(
            "Gave up on %d updates that were interrupted at %d starts in a row: %s",
            len(recovered.dropped),
            MAX_RECOVERIES,
            ", ".join(map(str, recovered.dropped)),
        )
    for row in recovered.updates:
        update = Update.de_json(json.loads(row.payload), application.bot)
        processor.order.keep_in_order(update)
        queue.put_recovered(update)
    if recovered.updates:
        oldest = (inbox.clock() - recovered.updates[0].received_at).total_seconds()
        log.info(
            "Handling %d updates left unfinished by the last run (the oldest from %.0fs ago)",
            len(recovered.updates),
            oldest,
        )
    return len(recovered.updates)


async def expire_inbox(context: BotContext) -> None:
    expired = context.services.inbox.expire()
    if expired:
        log.debug("Deleted %d inbox rows done a day ago or more", expired)


def schedule_inbox_expiry(application: Application) -> None:
    assert application.job_queue is not None
    application.job_queue.run_repeating(
        expire_inbox, interval=3600, first=60, name="delivery:expire-inbox"
    )
