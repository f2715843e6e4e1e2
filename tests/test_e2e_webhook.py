"""Webhook mode: PTB's own webhook server, with the secret token checked."""

from __future__ import annotations

import asyncio
import json
import socket

import httpx

from bot.services import Services
from bot.store.db import open_db
from bot.telegram.app import build_application, post_init, post_shutdown
from tests.conftest import make_settings

SECRET = "s3cret-token_for-tests"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_rejects_missing_or_wrong_secret_and_processes_the_right_one(
    tmp_path, standin, retriever, user_id
):
    standin.reset()
    port = free_port()
    settings = make_settings(
        tmp_path,
        standin,
        webhook_url="https://bot.example.org",
        webhook_listen="127.0.0.1",
        webhook_port=port,
        webhook_secret=SECRET,
    )
    services = Services(settings, retriever, open_db(settings.db_path))
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
        assert standin.webhook["url"] == "https://bot.example.org/telegram"
        assert standin.webhook["secret_token"] == SECRET
        url = f"http://127.0.0.1:{port}/telegram"

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
    finally:
        await updater.stop()
        await application.stop()
        await post_shutdown(application)
        await application.shutdown()
        services.db.close()
