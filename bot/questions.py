"""Asking: every question a student puts goes through here, to be limited, answered and
recorded; and their 👍 / 👎 on the answer.

This is the place for whatever an answer depends on beyond the question itself (what was
asked just before in the chat, say). No telegram import: both front ends ask the same way.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

import sqlite_utils
from aiolimiter import AsyncLimiter

from bot.knowledge.mentor import Mentor, Reply, without_search
from bot.knowledge.reading.reader import read
from bot.knowledge.reading.thread import DialogueMemory, Turn, shown_after
from bot.knowledge.search.corpus import Corpus
from bot.knowledge.search.retriever import Retriever, Search
from bot.knowledge.search.text import clean
from bot.loading import Loading
from bot.store.questions import erase_old_question_text, record_feedback, record_question


class QuestionLimiter:
    """About `per_minute` questions per user, each user with their own leaky bucket."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[int, AsyncLimiter] = {}
        self._warned: set[int] = set()

    async def allow(self, user_id: int) -> bool:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) > 10_000:
                self._forget_idle()
            bucket = self._buckets[user_id] = AsyncLimiter(self.per_minute, 60)
        if not bucket.has_capacity():
            return False
        await bucket.acquire()  # returns at once: there is capacity
        self._warned.discard(user_id)
        return True

    def should_warn(self, user_id: int) -> bool:
        """Say "slow down" once per burst, not once per dropped question."""
        if user_id in self._warned:
            return False
        self._warned.add(user_id)
        return True

    def _forget_idle(self) -> None:
        for user_id in [u for u, b in self._buckets.items() if b.has_capacity(b.max_rate)]:
            del self._buckets[user_id]
            self._warned.discard(user_id)


class Refusal(StrEnum):
    """Why a question was not looked up."""

    EMPTY = "empty"  # nothing readable in it: only spaces, invisible or control characters
    LIMITED = "limited"  # over the per-minute limit: the first in a burst gets told
    LIMITED_AGAIN = "limited again"  # ...and the rest of the burst is dropped quietly


@dataclass(frozen=True)
class Asked:
    """What came of a question: a reply (a passage, or why none) and its record, or a refusal."""

    reply: Reply | None = None
    question_id: int | None = None
    refusal: Refusal | None = None


@dataclass
class Questions:
    db: sqlite_utils.Database
    clock: Callable[[], datetime]
    corpus: Corpus
    knowledge: Loading[Mentor]  # the decisions, once the model and the index are loaded
    search: Callable[[Retriever, str], Awaitable[Search]]  # batched with concurrent ones
    limiter: QuestionLimiter
    retention: timedelta
    # The last answer per conversation, for follow-ups ("tell me more"): a chat id in
    # private, (chat id, user id) in groups. See bot/knowledge/reading/thread.py.
    memory: DialogueMemory = field(init=False)

    def __post_init__(self) -> None:
        self.memory = DialogueMemory(self.clock)

    async def ask(self, user_id: int, text: str, conversation: Hashable | None = None) -> Asked:
        """Rate limit, read in the conversation, search, decide, record: every way of asking
        (a message, /ask, a caption, a button's example) ends here."""
        if not clean(text):
            return Asked(refusal=Refusal.EMPTY)
        if not await self.limiter.allow(user_id):
            warn = self.limiter.should_warn(user_id)
            return Asked(refusal=Refusal.LIMITED if warn else Refusal.LIMITED_AGAIN)
        thread = self.memory.recall(conversation) if conversation is not None else None
        reading = read(text, thread)
        reply = without_search(reading, self.corpus)  # small talk waits for no model
        if reply is None:
            mentor = await self.knowledge.wait()  # raises LoadFailed if it couldn't load
            queries = list(reading.queries)
            found = await asyncio.gather(*(self.search(mentor.retriever, q) for q in queries))
            searches = dict(zip(queries, found, strict=True))
            if reading.whole_query is None:
                reply = mentor.decide(reading, searches)
            else:  # may embed the whole message (no part answered): not on the event loop
                reply = await asyncio.to_thread(mentor.decide, reading, searches)
        question_id = self._record(user_id, reply)
        if reply.thread is not None and conversation is not None:
            self.memory.remember(conversation, reply.thread)
        return Asked(reply, question_id)

    def _record(self, user_id: int, reply: Reply) -> int | None:
        """One row per question the message asked (small talk isn't one); the first row's
        id carries the 👍 / 👎."""
        if reply.only_small_talk or not reply.text:
            return None
        now = self.clock()
        language = None if reply.language.is_english else reply.language.code
        if not reply.answers:
            reason = reply.reason.value if reply.reason else None
            return record_question(
                self.db, user_id, reply.text, False, None, None, now, reason, language
            )
        ids = []
        for answer in reply.answers:
            answered = answer.passage is not None
            reason = answer.reason or reply.reason
            ids.append(
                record_question(
                    self.db,
                    user_id,
                    answer.question or reply.text,
                    answered,
                    answer.passage.id if answer.passage else None,
                    answer.confidence,
                    now,
                    None if answered or reason is None else reason.value,
                    language,
                    answer.act.value if answered else None,
                )
            )
        return ids[0]

    def opened(self, conversation: Hashable, passage_id: str) -> None:
        """A passage opened from a button joins the conversation: "more" goes on from it."""
        passage = self.corpus.passage(passage_id)
        if passage is None:
            return
        previous = self.memory.recall(conversation)
        self.memory.remember(
            conversation,
            Turn(
                question=previous.question if previous else passage.title,
                passage_id=passage.id,
                section=passage.section,
                shown_ids=shown_after(previous.shown_ids if previous else (), [passage.id]),
                query=previous.context if previous else passage.title,
            ),
        )

    def forget_conversations(self, user_id: int) -> None:
        """/forget: no follow-up will lean on anything said before."""
        self.memory.forget_user(user_id)

    def example(self) -> str:
        """A passage's first example question, picked at random: the plain one. The others
        are written the many ways students ask, for the search, not to show."""
        return random.choice(self.corpus.passages).questions[0]

    def feedback(self, user_id: int, question_id: int, vote: int) -> bool:
        """👍 (+1) or 👎 (-1) on the user's own question; False, changing nothing, otherwise."""
        if vote not in (1, -1):
            return False
        return record_feedback(self.db, user_id, question_id, vote, self.clock())

    def erase_expired(self) -> int:
        """Forget the text of questions older than the retention; counts stay."""
        return erase_old_question_text(self.db, self.clock() - self.retention)
