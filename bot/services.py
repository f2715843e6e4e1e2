"""The domain services one running bot needs, built once from Settings.

Both front ends (the Telegram application and the terminal chat) get the same Services.
Building them is quick: the corpus comes from the index's passage file and the fitted
decisions from index/calibration.json (both checked, so a stale one stops the start at
once), and the model and the search index load in a worker thread once `start` is called,
so that the bot answers commands meanwhile; only questions wait for them. Tests build a
loaded mentor once per session and share it. Each feature (questions, checklist, nudges,
privacy) is an object that already knows the database, the clock and the default
timezone, so callers pass only what the user gave them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import InitVar, dataclass, field
from datetime import datetime, timedelta
from functools import cached_property
from typing import TYPE_CHECKING

import sqlite_utils

from bot.batching import MicroBatcher
from bot.checklist.service import Checklist
from bot.checklist.template import TemplateItem, load_template
from bot.config import Settings
from bot.inbox import Inbox
from bot.knowledge.deciding.models import Models, load_models
from bot.knowledge.search.corpus import Corpus
from bot.knowledge.search.index import Manifest, load_index, load_indexed_corpus, read_manifest
from bot.loading import Loading, LoadState
from bot.nudges.compose import tips_by_passage
from bot.nudges.preferences import NudgePreferences
from bot.privacy import Privacy
from bot.questions import QuestionLimiter, Questions
from bot.store.db import checkpoint, open_db, utcnow

if TYPE_CHECKING:
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.retriever import Retriever, Search

log = logging.getLogger(__name__)

MAX_BATCH = 32
KNOWLEDGE = "the model and the index"


@dataclass
class Services:
    settings: Settings
    mentor: Mentor | Loading[Mentor]  # loaded, or loading (see `load`)
    db: sqlite_utils.Database
    clock: Callable[[], datetime] = utcnow
    # With a mentor still loading: its corpus, read from the index's passage file.
    indexed_corpus: InitVar[Corpus | None] = None
    corpus: Corpus = field(init=False)
    knowledge: Loading[Mentor] = field(init=False)  # the mentor, loaded or not
    batcher: MicroBatcher[tuple[Retriever, str], Search] = field(init=False)
    template: tuple[TemplateItem, ...] = field(init=False)
    questions: Questions = field(init=False)
    checklist: Checklist = field(init=False)
    nudges: NudgePreferences = field(init=False)
    privacy: Privacy = field(init=False)
    inbox: Inbox = field(init=False)
    # A newly published index version, loading in the background (see follow_index).
    _next: Loading[Mentor] | None = field(init=False, default=None)
    _refused: str | None = field(init=False, default=None)  # a version that failed to load

    def __post_init__(self, indexed_corpus: Corpus | None) -> None:
        if isinstance(self.mentor, Loading):
            if indexed_corpus is None:
                raise ValueError("a mentor still loading needs the corpus from the index")
            self.knowledge, self.corpus = self.mentor, indexed_corpus
        else:
            self.knowledge = Loading.done(KNOWLEDGE, self.mentor)
            self.corpus = self.mentor.corpus
        max_batch = MAX_BATCH if self.settings.micro_batching else 1
        self.batcher = MicroBatcher(self._search_batch, max_batch, name="retrieval")
        self.template = load_template(self.settings.corpus_dir, self.corpus)
        self.questions = Questions(
            self.db,
            self.clock,
            self.corpus,
            knowledge=self.knowledge,
            search=self.search,
            limiter=QuestionLimiter(self.settings.questions_per_minute),
            retention=timedelta(days=self.settings.question_retention_days),
        )
        self.checklist = Checklist(self.db, self.clock, self.corpus, self.template)
        self.nudges = NudgePreferences(self.db, self.clock, self.settings.default_timezone)
        self.privacy = Privacy(self.db, self.clock)
        self.inbox = Inbox(self.db, self.clock)

    @classmethod
    def load(cls, settings: Settings) -> Services:
        """Raises IndexUnavailable or ModelsUnavailable, in one line, when the index or the
        fitted decisions are missing or stale; a failure to load the model shows later, in
        `knowledge`."""
        corpus = load_indexed_corpus(settings.corpus_dir, settings.index_dir)
        manifest = read_manifest(settings.index_dir)
        assert manifest is not None  # load_indexed_corpus checked it
        models = load_models(manifest.folder(settings.index_dir), manifest.corpus_hash)
        mentor = Loading(KNOWLEDGE, lambda: _load_mentor(settings, models))
        db = open_db(settings.db_path, background_checkpoints=True)  # see housekeeping.py
        return cls(settings, mentor, db, indexed_corpus=corpus)

    @cached_property
    def tips(self) -> dict[str, str]:
        return tips_by_passage(self.corpus, self.template)

    async def search(self, retriever: Retriever, text: str) -> Search:
        """Search off the event loop, batched with whatever else is being asked right now.
        The retriever is the one the question started with: an index published meanwhile
        answers the next question, never half of this one."""
        return await self.batcher.submit((retriever, text))

    def _search_batch(self, items: list[tuple[Retriever, str]]) -> list[Search]:
        found: dict[tuple[int, str], Search] = {}
        for retriever in {id(r): r for r, _ in items}.values():
            texts = [text for r, text in items if r is retriever]
            for text, search in zip(texts, retriever.search_batch(texts), strict=True):
                found[(id(retriever), text)] = search
        return [found[(id(r), text)] for r, text in items]

    # ── a new index version, published while the bot runs ────────────────────

    @property
    def version(self) -> str | None:
        """The index version questions are answered from, once loaded."""
        if self.knowledge.state is not LoadState.READY:
            return None
        return self.knowledge.get().retriever.index.manifest.version

    def follow_index(self) -> str | None:
        """Called every few seconds: notice a newly published version, load it in the
        background, and switch to it once loaded. Returns the version switched to, if any.

        Until the new version is loaded, questions are answered from the old one; a version
        that fails to load (missing decisions, a broken file) is logged once and skipped.
        """
        if self._next is not None:
            if self._next.state is LoadState.LOADING:
                return None
            loading, self._next = self._next, None
            if loading.state is LoadState.FAILED:
                return None
            return self._use(loading.get())
        manifest = read_manifest(self.settings.index_dir)
        current = self.version
        if manifest is None or current is None or manifest.version in (current, self._refused):
            return None
        self._next = Loading(KNOWLEDGE, lambda: _load_version(self.settings, manifest))
        self._next.when_settled(lambda: self._note_failure(manifest.version))
        self._next.start()
        return None

    def _note_failure(self, version: str) -> None:
        if self._next is not None and self._next.state is LoadState.FAILED:
            self._refused = version

    def _use(self, mentor: Mentor) -> str:
        self.knowledge = Loading.done(KNOWLEDGE, mentor)
        self.corpus = mentor.corpus
        self.questions.knowledge = self.knowledge
        self.questions.corpus = self.corpus
        self.checklist.corpus = self.corpus
        self.__dict__.pop("tips", None)  # recomputed from the new corpus when next asked
        version = mentor.retriever.index.manifest.version
        log.info("Now answering from index version %s", version)
        return version

    def checkpoint(self) -> None:
        """Move the WAL into the database file, on a connection of its own (thread-safe)."""
        checkpoint(self.settings.db_path)

    async def start(self) -> None:
        """Start the batcher, and the model and the index loading in the background."""
        await self.batcher.start()
        self.knowledge.start()

    async def stop(self) -> None:
        await self.batcher.stop()
        self.db.close()  # checkpoints the WAL into the database file


def _load_version(settings: Settings, manifest: Manifest) -> Mentor:
    """A published version, as it is: its files and its fitted decisions."""
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.embedder import load_embedder
    from bot.knowledge.search.retriever import Retriever

    index = load_index(settings.corpus_dir, settings.index_dir, manifest)
    models = load_models(index.folder, manifest.corpus_hash)
    mentor = Mentor(Retriever(index, load_embedder()), models)
    mentor.warm_up()
    return mentor


def _load_mentor(settings: Settings, models: Models) -> Mentor:
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.retriever import load_retriever

    if settings.test_load_delay:
        time.sleep(settings.test_load_delay)  # tests: a model that loads slowly
    mentor = Mentor(load_retriever(settings.corpus_dir, settings.index_dir), models)
    mentor.warm_up()  # torch's first call is slow: not the first student's
    return mentor
