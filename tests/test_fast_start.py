"""Fast start: commands are answered while the model and the index load in the background;
questions wait with "typing…" and are answered once loaded; a failed load is told to the
asker and the log in one line each. The real application against the Bot API stand-in."""

from __future__ import annotations

import contextlib
import logging
import shutil
import threading
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.knowledge.search.index import read_manifest
from bot.loading import LoadFailed, Loading, LoadState
from bot.services import KNOWLEDGE, Services
from bot.store.db import open_db, to_db_time, utcnow
from bot.store.users import touch_user
from bot.telegram.app import build_application
from bot.telegram.views.conversation import CANT_ANSWER_NOW
from tests.conftest import INDEX, RunningBot, make_settings, running


@contextlib.asynccontextmanager
async def bot_loading(tmp_path, standin, corpus, loading: Loading) -> AsyncIterator[RunningBot]:
    """The bot with its model and index still loading, as `mentorbot run` starts it."""
    standin.reset()
    settings = make_settings(tmp_path, standin)
    services = Services(settings, loading, open_db(settings.db_path), indexed_corpus=corpus)
    async with running(build_application(settings, services)) as application:
        yield RunningBot(application, services, standin)
    services.db.close()


async def test_commands_are_answered_while_the_model_loads_and_questions_wait_typing(
    tmp_path, standin, mentor, user_id
):
    gate = threading.Event()

    def load():
        gate.wait(30)  # the model loads until the test says it is done
        return mentor

    loading = Loading(KNOWLEDGE, load)
    async with bot_loading(tmp_path, standin, mentor.corpus, loading) as bot:
        standin.send_text(user_id, "is colab free?")
        welcome = await bot.send(user_id, "/start")
        assert "ML internship mentor" in welcome.text
        checklist = await bot.send(user_id, "/checklist")
        assert "checklist" in checklist.text.lower()
        typing = await bot.wait(lambda: bot.api.calls_to("sendChatAction", user_id))
        assert typing[0].params["action"] == "typing"
        assert bot.services.knowledge.state is LoadState.LOADING
        assert len(bot.api.sent_to(user_id)) == 2  # the question waits

        gate.set()
        answer = (await bot.wait_sent(user_id, 3))[2]
        assert "Colab" in answer.text
        assert bot.services.knowledge.state is LoadState.READY
        assert len(bot.api.calls_to("sendChatAction", user_id)) == 1  # less than 4.5 s


async def test_a_nudge_that_fell_due_goes_out_at_start_while_the_model_loads(
    tmp_path, standin, mentor, user_id
):
    now = utcnow()
    db = open_db(make_settings(tmp_path).db_path)
    touch_user(db, user_id, user_id, now - timedelta(days=3), "UTC")
    db.execute(
        "UPDATE users SET next_nudge_at = ? WHERE user_id = ?",
        [to_db_time(now - timedelta(minutes=5)), user_id],
    )
    db.conn.commit()
    db.close()
    gate = threading.Event()
    loading = Loading(KNOWLEDGE, lambda: (gate.wait(30), mentor)[1])
    try:
        async with bot_loading(tmp_path, standin, mentor.corpus, loading) as bot:
            nudge = (await bot.wait_sent(user_id, 1, within=10))[0]
            assert bot.services.knowledge.state is LoadState.LOADING
    finally:
        gate.set()
    assert "checklist" in nudge.text.lower()


async def test_a_failed_load_is_told_to_the_asker_and_logged_in_one_line(
    tmp_path, standin, caplog, user_id
):
    broken = tmp_path / "index"
    shutil.copytree(INDEX, broken)
    manifest = read_manifest(broken)
    assert manifest is not None
    (manifest.folder(broken) / "dense.faiss").write_bytes(b"not a faiss index")
    settings = make_settings(tmp_path, standin, index_dir=broken)
    services = Services.load(settings)  # the passage file is fine: the bot starts
    standin.reset()
    caplog.set_level(logging.INFO)
    async with running(build_application(settings, services)) as application:
        bot = RunningBot(application, services, standin)
        with pytest.raises(LoadFailed):
            await services.knowledge.wait()
        reply = await bot.send(user_id, "is colab free?")
        assert reply.text == CANT_ANSWER_NOW
        assert "\n" not in reply.text
        welcome = await bot.send(user_id, "/start")
        assert "ML internship mentor" in welcome.text
    services.db.close()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].exc_info is None
    line = errors[0].getMessage()
    assert "\n" not in line and line.startswith(f"Could not load {KNOWLEDGE}: ")
    assert services.knowledge.reason and services.knowledge.reason in line
