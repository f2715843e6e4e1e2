"""The domain services one running bot needs, built once from Settings.

Both front ends (the Telegram application and the terminal chat) get the same Services,
and tests build them once per session and share them, because loading the model is the
slow part of start-up. Each feature (questions, checklist, nudges, privacy) is an object
that already knows the database, the clock and the default timezone, so callers pass only
what the user gave them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cached_property

import sqlite_utils

from bot.checklist.service import Checklist
from bot.checklist.template import TemplateItem, load_template
from bot.config import Settings
from bot.knowledge.batching import MicroBatcher
from bot.knowledge.corpus import Corpus
from bot.knowledge.retriever import Answer, Retriever, load_retriever
from bot.nudges.compose import tips_by_passage
from bot.nudges.preferences import NudgePreferences
from bot.privacy import Privacy
from bot.questions import QuestionLimiter, Questions
from bot.store.db import checkpoint, open_db, utcnow

MAX_BATCH = 32


@dataclass
class Services:
    settings: Settings
    retriever: Retriever
    db: sqlite_utils.Database
    clock: Callable[[], datetime] = utcnow
    batcher: MicroBatcher[str, Answer] = field(init=False)
    template: tuple[TemplateItem, ...] = field(init=False)
    questions: Questions = field(init=False)
    checklist: Checklist = field(init=False)
    nudges: NudgePreferences = field(init=False)
    privacy: Privacy = field(init=False)

    def __post_init__(self) -> None:
        max_batch = MAX_BATCH if self.settings.micro_batching else 1
        self.batcher = MicroBatcher(self.retriever.answer_batch, max_batch, name="retrieval")
        self.template = load_template(self.settings.corpus_dir, self.corpus)
        self.questions = Questions(
            self.db,
            self.clock,
            self.corpus,
            answer=self.ask,
            limiter=QuestionLimiter(self.settings.questions_per_minute),
            retention=timedelta(days=self.settings.question_retention_days),
        )
        self.checklist = Checklist(self.db, self.clock, self.corpus, self.template)
        self.nudges = NudgePreferences(self.db, self.clock, self.settings.default_timezone)
        self.privacy = Privacy(self.db, self.clock)

    @classmethod
    def load(cls, settings: Settings, retriever: Retriever | None = None) -> Services:
        """Raises IndexUnavailable or ModelUnavailable with a one-line reason."""
        retriever = retriever or load_retriever(settings.corpus_dir, settings.index_dir)
        db = open_db(settings.db_path, background_checkpoints=True)  # see housekeeping.py
        return cls(settings=settings, retriever=retriever, db=db)

    @property
    def corpus(self) -> Corpus:
        return self.retriever.corpus

    @cached_property
    def tips(self) -> dict[str, str]:
        return tips_by_passage(self.corpus, self.template)

    async def ask(self, question: str) -> Answer:
        """Answer off the event loop, batched with whatever else is being asked right now."""
        return await self.batcher.submit(question)

    def checkpoint(self) -> None:
        """Move the WAL into the database file, on a connection of its own (thread-safe)."""
        checkpoint(self.settings.db_path)

    async def start(self) -> None:
        await self.batcher.start()

    async def stop(self) -> None:
        await self.batcher.stop()
        self.db.close()  # checkpoints the WAL into the database file
