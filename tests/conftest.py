"""Shared fixtures: the real model and index (loaded once), real SQLite, and the real PTB
application talking HTTP to the Bot API stand-in."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlite_utils
from hypothesis import settings
from telegram.ext import Application

from bot.checklist.template import TemplateItem, load_template
from bot.config import PROJECT_ROOT, Settings
from bot.knowledge.mentor import Mentor, load_mentor
from bot.knowledge.search.corpus import Corpus, load_corpus
from bot.knowledge.search.retriever import Retriever
from bot.services import Services
from bot.store.db import open_db
from bot.store.nudges import NudgeSettings, get_settings
from bot.telegram.app import build_application
from tests.botapi import TOKEN, BotApiStandIn, Call

# Property tests check what is read, not how fast: a shared, loaded machine takes a first
# call's compile of the reading patterns past hypothesis's 200 ms deadline (speed is
# measured by benchmarks/).
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

CORPUS = PROJECT_ROOT / "corpus"
INDEX = PROJECT_ROOT / "index"
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))  # the installed console script
_user_ids = itertools.count(10_001)


def clean_env(**values: str) -> dict[str, str]:
    """The environment for a `mentorbot` process: none of ours leaks in, only `values`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    return {**env, **values}


@pytest.fixture(scope="session")
def mentor() -> Mentor:
    """The bot's own pipeline: the committed index, the model and the fitted decisions."""
    return load_mentor(CORPUS, INDEX)


@pytest.fixture(scope="session")
def retriever(mentor: Mentor) -> Retriever:
    return mentor.retriever


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    return load_corpus(CORPUS)


@pytest.fixture(scope="session")
def template(corpus: Corpus) -> tuple[TemplateItem, ...]:
    return load_template(CORPUS, corpus)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[sqlite_utils.Database]:
    """A new database at the latest schema, closed after the test."""
    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def standin() -> Iterator[BotApiStandIn]:
    server = BotApiStandIn().start()
    yield server
    server.stop()


class Clock:
    """An injectable clock: fixed at `now` (a test moves it by hand), or real time if None."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now or datetime.now(UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def nudge_settings(db: sqlite_utils.Database, user_id: int) -> NudgeSettings:
    """A user's stored nudge settings; the user must exist."""
    settings = get_settings(db, user_id)
    assert settings is not None, f"user {user_id} has no row"
    return settings


@pytest.fixture
def user_id() -> int:
    """A fresh Telegram user for each test, so tests never see each other's messages."""
    return next(_user_ids)


def make_settings(tmp_path: Path, standin: BotApiStandIn | None = None, **overrides) -> Settings:
    base = Settings(
        token=TOKEN,
        api_base_url=standin.base_url if standin else "http://127.0.0.1:9/bot",
        db_path=tmp_path / "mentorbot.sqlite3",
        corpus_dir=CORPUS,
        index_dir=INDEX,
    )
    return replace(base, **overrides)


@dataclass
class RunningBot:
    application: Application
    services: Services
    api: BotApiStandIn

    async def send(self, user_id: int, text: str, chat_id: int | None = None, **kwargs) -> Call:
        """Send a message as the user and wait for the bot's next message in that chat."""
        chat = user_id if chat_id is None else chat_id
        before = len(self.api.sent_to(chat))
        self.api.send_text(user_id, text, chat_id=chat_id, **kwargs)
        return (await self.wait_sent(chat, before + 1))[before]

    async def press(self, user_id: int, data: str, message: dict | None = None) -> None:
        """Press a button and wait until the bot has answered the callback query."""
        before = len(self.api.calls_to("answerCallbackQuery"))
        self.api.press(user_id, data, message)
        await self.wait(lambda: len(self.api.calls_to("answerCallbackQuery")) > before)

    async def wait_sent(self, chat_id: int, count: int = 1, within: float = 15) -> list[Call]:
        return await asyncio.to_thread(self.api.wait_sent, chat_id, count, within)

    async def wait_edits(self, chat_id: int, count: int = 1, within: float = 15) -> list[Call]:
        return await self.wait(
            lambda: len(e := self.api.calls_to("editMessageText", chat_id)) >= count and e, within
        )

    async def wait(self, predicate, within: float = 15):
        return await asyncio.to_thread(self.api.wait_for, predicate, within)

    async def quiet(self, seconds: float = 0.5) -> None:
        """Give the bot time to (wrongly) say something more."""
        await asyncio.sleep(seconds)


@contextlib.asynccontextmanager
async def running(application: Application) -> AsyncIterator[Application]:
    """What run_polling does, minus the signal handling: initialize, post_init, poll."""
    await application.initialize()
    assert application.post_init is not None
    await application.post_init(application)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        assert application.post_shutdown is not None
        await application.post_shutdown(application)
        await application.shutdown()


@pytest.fixture
async def bot(tmp_path, standin, mentor, clock) -> AsyncIterator[RunningBot]:
    standin.reset()
    settings = make_settings(tmp_path, standin)
    services = Services(settings, mentor, open_db(settings.db_path), clock=clock)
    application = build_application(settings, services)
    async with running(application):
        yield RunningBot(application, services, standin)
    services.db.close()
