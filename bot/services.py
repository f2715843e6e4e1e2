"""The domain services one running bot needs, built once from Settings.

Both front ends (the Telegram application and the terminal chat) get the same Services,
and tests build them once per session and share them, because loading the model is the
slow part of start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

import sqlite_utils

from bot.checklist.template import TemplateItem, load_template
from bot.config import Settings
from bot.knowledge.batching import MicroBatcher
from bot.knowledge.corpus import Corpus
from bot.knowledge.retriever import Answer, Retriever, load_retriever
from bot.nudges.compose import tips_by_passage
from bot.store.db import open_db, utcnow

MAX_BATCH = 32


@dataclass
class Services:
    settings: Settings
    retriever: Retriever
    db: sqlite_utils.Database
    clock: Callable[[], datetime] = utcnow
    batcher: MicroBatcher[str, Answer] = field(init=False)
    template: tuple[TemplateItem, ...] = field(init=False)

    def __post_init__(self) -> None:
        max_batch = MAX_BATCH if self.settings.micro_batching else 1
        self.batcher = MicroBatcher(self.retriever.answer_batch, max_batch, name="retrieval")
        self.template = load_template(self.settings.corpus_dir, self.corpus)

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

    async def start(self) -> None:
        await self.batcher.start()

    async def stop(self) -> None:
        await self.batcher.stop()
        self.db.close()  # checkpoints the WAL into the database file
