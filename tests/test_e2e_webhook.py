"""Webhook mode: PTB's own webhook server, with the secret token checked."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sqlite3
import threading
import time
from collections.abc import AsyncIterator

import httpx

from bot.services import Services
from bot.store import inbox
from bot.store.db import open_db
from bot.telegram.app import build_application, post_init, post_shutdown
from tests.conftest import make_settings

SECRET = "s3cret-token_for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.asynccontextmanager
async def webhook_bot(tmp_path, standin, mentor) -> AsyncIterator[tuple[str, Services]]:
    """The bot behind PTB's webhook server; yields the URL Telegram would post to."""
    port = free_port()
    settings = make_settings(
        tmp_path,
        standin,
        webhook_url="https://bot.example.org",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret=SECRET,
    )
    services = Services(settings, mentor, open_db(settings.db_path))
    application = build_application(settings, services)
    await application.initialize()
    await post_init(application)
    await application.start()
    updater = application.updater
    assert updater is not None
    await updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path=settings.webhook_path,
        webhook_url=f"{settings.webhook_url}/{settings.webhook_path}",
        secret_token=SECRET,
    )
    try:
        yield f"http://127.0.0.1:{port}/{settings.webhook_path}", services
    finally:
        await updater.stop()
        await application.stop()
        await post_shutdown(application)
        await application.shutdown()
        services.db.close()


async def test_webhook_rejects_missing_or_wrong_secret_and_processes_the_right_one(
    tmp_path, standin, mentor, user_id
):
    standin.reset()
    async with webhook_bot(tmp_path, standin, mentor) as (url, _):
        assert standin.webhook["url"] == "https://bot.example.org/telegram"
        assert standin.webhook["secret_token"] == SECRET

        def update(text: str, update_id: int) -> str:
            return json.dumps(
                {"update_id": update_id, "message": standin.message_payload(user_id, text)}
            )

        async with httpx.AsyncClient() as client:
            headers = {"Content-Type": "application/json"}
            no_secret = await client.post(
                url, content=update("do I need a PhD?", 1), headers=headers
            )
            wrong = await client.post(
                url,
                content=update("do I need a PhD?", 2),
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "guess"},
            )
            assert no_secret.status_code == 403
            assert wrong.status_code == 403

            right = await client.post(
                url,
                content=update("do I need c++?", 3),
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": SECRET},
            )
            assert right.status_code == 200

        replies = await asyncio.to_thread(standin.wait_sent, user_id, 1)
        await asyncio.sleep(0.5)
        replies = standin.sent_to(user_id)
        assert len(replies) == 1  # only the update with the right secret was processed
        assert "C++" in replies[0].text


HEADERS = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET}


async def test_a_redelivered_webhook_update_is_handled_once(tmp_path, standin, mentor, user_id):
    """Telegram posts an update again when it missed the 200 (a timeout, a restart)."""
    standin.reset()
    body = json.dumps({"update_id": 77, "message": standin.message_payload(user_id, "/help")})
    async with webhook_bot(tmp_path, standin, mentor) as (url, _), httpx.AsyncClient() as client:
        first = await client.post(url, content=body, headers=HEADERS)
        await asyncio.to_thread(standin.wait_sent, user_id, 1)
        again = await client.post(url, content=body, headers=HEADERS)
        await asyncio.sleep(0.5)
    assert first.status_code == again.status_code == 200
    assert len(standin.sent_to(user_id)) == 1


async def test_the_webhook_answers_200_only_after_the_update_is_written(
    tmp_path, standin, mentor, user_id
):
    """With the database locked, the 200 waits; a process killed meanwhile never said 200,
    so Telegram would deliver the update again."""
    standin.reset()
    body = json.dumps({"update_id": 78, "message": standin.message_payload(user_id, "/help")})
    async with webhook_bot(tmp_path, standin, mentor) as (url, services):
        locked, released = threading.Event(), threading.Event()

        def hold_the_write_lock() -> float:
            blocker = sqlite3.connect(services.settings.db_path, timeout=5)
            blocker.execute("BEGIN IMMEDIATE")
            locked.set()
            time.sleep(1.0)
            blocker.rollback()
            blocker.close()
            released.set()
            return time.monotonic()

        def post() -> tuple[int, float, bool]:
            locked.wait()
            response = httpx.post(url, content=body, headers=HEADERS, timeout=30)
            return response.status_code, time.monotonic(), released.is_set()

        (status, answered_at, after_release), released_at = await asyncio.gather(
            asyncio.to_thread(post), asyncio.to_thread(hold_the_write_lock)
        )
        await asyncio.to_thread(standin.wait_sent, user_id, 1)
        assert status == 200 and after_release and answered_at >= released_at
        written = services.db.execute("SELECT count(*) FROM inbox WHERE update_id = 78")
        assert written.fetchone() == (1,)
        assert inbox.unfinished_count(services.db) in (0, 1)  # done, or about to be
