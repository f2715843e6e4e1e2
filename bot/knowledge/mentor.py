"""From a student's message, and the thread of the conversation, to a reply.

Every front end (the Telegram handlers, `mentorbot ask`, the terminal chat, the evaluation)
answers through the same three steps:

    reading = read(text, thread)                # reading/reader.py: what it is, what to search
    searches = search(reading.queries)          # search/retriever.py, batched in the bot
    reply = mentor.decide(reading, searches)    # below: the one decision

`decide` is the only place a reply is chosen. Each question of the message is answered by
one fitted decision: the decline model alone for a message that follows nothing, the
follow-up choice (deciding/followup.py) for one that follows an answer. Nothing after it
overrules it.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

import numpy as np

from bot.knowledge.deciding.followup import Chooser, Situation, situation
from bot.knowledge.deciding.models import Models
from bot.knowledge.reading.language import ENGLISH, ENGLISH_TEXT, Language, load_identifier
from bot.knowledge.reading.lexicon import load_lexicon
from bot.knowledge.reading.reader import Part, Reading, read
from bot.knowledge.reading.smalltalk import SmallTalk
from bot.knowledge.reading.splitting import asks
from bot.knowledge.reading.thread import Turn, shown_after
from bot.knowledge.search.corpus import Corpus, Passage
from bot.knowledge.search.retriever import TOP_K, Retriever, Search

# A message in a language the bot can't gloss is answered only when it matches a passage
# this closely (names like PyTorch, Kaggle or NVIDIA carry across languages).
CONFIDENT_ACROSS_LANGUAGES = 0.55
# A question the guide doesn't cover is named in a reply to several questions only when
# it has a subject of its own ("how much do they pay?"), not when it is a fragment.
MIN_CONTENT_TO_NAME = 2
# Passages offered as buttons under an answer ("the second one" picks the second).
OFFERED = 2


class Reason(StrEnum):
    """Why a reply, or one of its answers, carries no passage."""

    EMPTY = "empty"  # nothing readable in the message
    OFF_TOPIC = "off-topic"  # the guide doesn't answer it
    NOT_ENGLISH = "not-english"  # the bot can't read the message's language
    NO_CONTEXT = "no-context"  # "tell me more", "the second one" with nothing before
    NOTHING_MORE = "nothing-more"  # "more" when nothing unseen is left on the subject


class Act(StrEnum):
    """How an answered question was read."""

    QUESTION = "question"  # on its own
    FOLLOW_UP = "follow-up"  # together with the thread
    MORE = "more"  # more on the thread's subject, not shown before
    PICK = "pick"  # a passage offered under the last answer
    DOUBT = "doubt"  # the last answer again, to a student who doubts it


@dataclass(frozen=True)
class Answer:
    """One question of a message, answered or not."""

    question: str
    passage: Passage | None
    related: tuple[Passage, ...] = ()
    reason: Reason | None = None
    act: Act = Act.QUESTION
    search: Search | None = None  # the search whose ranking found the passage, if one did
    confidence: float = float("nan")  # the decision's P(answer), where it has one
    query: str = ""  # what a message leaning on this answer is read with


@dataclass(frozen=True)
class Reply:
    text: str  # the message, cleaned
    answers: tuple[Answer, ...] = ()
    small_talk: SmallTalk | None = None
    language: Language = ENGLISH_TEXT
    reason: Reason | None = None  # for the whole message: empty, no context, not English
    thread: Turn | None = None  # what the next message may lean on; None keeps the last
    thread_question: str | None = None  # for a follow-up: the question it follows on from
    section: str | None = None  # for NOTHING_MORE: the topic that has nothing more

    @property
    def answered(self) -> tuple[Answer, ...]:
        return tuple(a for a in self.answers if a.passage is not None)

    @property
    def only_small_talk(self) -> bool:
        """Small talk is the whole reply: thanks beside a question the guide doesn't cover
        ("thanks! and the weather there?") is answered with the decline."""
        return self.small_talk is not None and not self.answers

    @property
    def passage(self) -> Passage | None:
        """The first passage shown."""
        return next((a.passage for a in self.answered), None)

    @property
    def related(self) -> tuple[Passage, ...]:
        return self.answered[0].related if self.answered else ()

    @property
    def declined(self) -> tuple[Answer, ...]:
        """Questions the guide doesn't cover (in a reply that answers others, named as such)."""
        return tuple(a for a in self.answers if a.reason is Reason.OFF_TOPIC)


class Mentor:
    """The decision over a loaded index and its fitted models; `reply` runs all three steps
    synchronously (the command line and the evaluation), the bot batches the searches."""

    def __init__(self, retriever: Retriever, models: Models) -> None:
        self.retriever = retriever
        self.models = models
        self.follow_up: Chooser = models.follow_up  # the evaluation may put a baseline here
        self.corpus: Corpus = retriever.corpus
        self._ids = [p.id for p in self.corpus.passages]
        self._index = {passage_id: i for i, passage_id in enumerate(self._ids)}
        self._goes_on_to = [
            tuple(self._index[i] for i in p.goes_on_to) for p in self.corpus.passages
        ]
        self._sections = [p.section for p in self.corpus.passages]

    def warm_up(self) -> None:
        """Pay the one-time costs before the first student does: torch's first call, and
        loading the language identifier and the English lexicon."""
        self.retriever.search_batch(["warm-up"])
        load_identifier()
        load_lexicon()

    def reply(self, text: str, thread: Turn | None = None) -> Reply:
        reading = read(text, thread)
        queries = list(reading.queries)
        searches = self.retriever.search_batch(queries)
        return self.decide(reading, dict(zip(queries, searches, strict=True)))

    def decide(self, reading: Reading, searches: Mapping[str, Search]) -> Reply:
        early = without_search(reading, self.corpus)
        if early is not None:
            return early
        base = Reply(reading.text, small_talk=reading.small_talk, language=reading.language)
        thread = reading.thread
        searches = self.with_context_searches(reading, searches)
        answers = [self._answer(part, searches, reading) for part in reading.parts]
        if len(answers) > 1:
            answers = self._several(answers, reading, searches)
        reply = self._with_thread(base, tuple(answers), thread)
        if reply.passage is not None:
            return reply
        if _closes(reading, answers):
            return base  # "thanks, my cousin there will refer me": no question to decline
        reason = answers[0].reason or Reason.OFF_TOPIC
        if reason is Reason.OFF_TOPIC and not reading.language.is_english:
            reason = Reason.NOT_ENGLISH  # said in their language, with the decline
        section = thread.section if reason is Reason.NOTHING_MORE and thread else None
        return replace(reply, reason=reason, section=section)

    # ── one question ─────────────────────────────────────────────────────────

    def _answer(self, part: Part, searches: Mapping[str, Search], reading: Reading) -> Answer:
        thread = reading.thread
        alone = searches[part.query]
        if thread is None or part.context_query is None:
            if part.cues.more and thread is None and len(reading.parts) == 1:
                return Answer(part.text, None, reason=Reason.NO_CONTEXT)
            return self._alone(part, alone, reading.language, reading.shown_ids)
        return self._after_answer(part, alone, searches, thread)

    def _alone(
        self, part: Part, alone: Search, language: Language, shown: Collection[str] = ()
    ) -> Answer:
        probability = self.models.decline.probability(alone, part.glossed)
        answers = probability >= self.models.decline.threshold and _read_enough(language, alone)
        if not answers or not alone.hits:
            return Answer(part.text, None, reason=Reason.OFF_TOPIC, search=alone,
                          confidence=probability)  # fmt: skip
        passage = alone.hits[0].passage
        near = [self._index[hit.passage.id] for hit in alone.related()]
        related = self._offer(self._index[passage.id], near, shown)
        return Answer(part.text, passage, related, None, Act.QUESTION, alone, probability,
                      part.query)  # fmt: skip

    def with_context_searches(
        self, reading: Reading, searches: Mapping[str, Search]
    ) -> Mapping[str, Search]:
        """`searches`, and each part read with the thread, searched by the vectors of the part
        and of the thread's question, weighted by the words each gives it."""
        thread = reading.thread
        missing = [p for p in reading.parts if p.context_query and p.context_query not in searches]
        if thread is None or not missing:
            return searches
        found = dict(searches)
        for part in missing:
            assert part.context_query is not None
            found[part.context_query] = self._read_with_thread(part, searches, thread)
        return found

    def _read_with_thread(self, part: Part, searches: Mapping[str, Search], thread: Turn) -> Search:
        assert part.context_query is not None
        own = len(part.query.split())
        from_thread = max(len(part.context_query.split()) - own, 0)
        return self.retriever.search_joined(
            part.context_query,
            [(searches[thread.context], from_thread), (searches[part.query], own)],
        )

    def situation(self, part: Part, searches: Mapping[str, Search], thread: Turn) -> Situation:
        """A message after an answer as the follow-up choice sees it (fitting uses this too)."""
        assert part.context_query is not None
        alone = searches[part.query]
        context = searches.get(part.context_query) or self._read_with_thread(part, searches, thread)
        decline = self.models.decline
        return situation(
            part.cues,
            alone,
            context,
            searches[thread.context],
            thread,
            decline.probability(alone, part.glossed),
            decline.probability(context, part.glossed),
            self.follow_up.more_probability(alone.vector),
            self._ids,
            self._sections,
            self._goes_on_to,
            self.retriever.passage_similarity,
            self.retriever.lexical(part.cues.set_aside) if part.cues.set_aside else None,
        )

    def _after_answer(
        self, part: Part, alone: Search, searches: Mapping[str, Search], thread: Turn
    ) -> Answer:
        assert part.context_query is not None
        context = searches[part.context_query]
        follow_up = self.follow_up
        seen = self.situation(part, searches, thread)
        p_alone, p_context = seen.probabilities
        utilities, none = follow_up.utilities(seen)
        chosen = follow_up.choose(seen)
        if chosen is None:
            # Asked for more in words, "none" means nothing is left; a message only the
            # detector read as "more" ("tell me a joke") is declined as off-topic.
            ran_out = seen.says_more or not seen.allowed.any()
            reason = Reason.NOTHING_MORE if ran_out else Reason.OFF_TOPIC
            return Answer(part.text, None, reason=reason, search=alone, confidence=p_alone)
        passage = self.corpus.passages[chosen]
        act, search = self._act(seen.more, part, passage, alone, context, thread, p_alone)
        liked = [int(i) for i in np.argsort(-utilities) if utilities[i] > none]
        near = [self._index[hit.passage.id] for hit in search.related(limit=TOP_K)]
        related = self._offer(chosen, [*liked, *near], thread.shown_ids)
        query = {Act.QUESTION: part.query, Act.FOLLOW_UP: part.context_query}.get(
            act, thread.context
        )
        return Answer(part.text, passage, related, None, act, search, p_context, query)

    def _offer(
        self, chosen: int, preferred: Sequence[int], shown: Collection[str]
    ) -> tuple[Passage, ...]:
        """The passages offered as buttons under an answer: the preferred ones (runners-up
        of the search, or what the follow-up choice liked), then the passages closest to the
        answer itself, so a student always has somewhere to go next. Never one the
        conversation has shown."""
        closest = np.argsort(-self.retriever.passage_similarity[chosen]).tolist()
        offered = [
            i
            for i in dict.fromkeys([*preferred, *closest])
            if i != chosen and self._ids[i] not in shown
        ]
        return tuple(self.corpus.passages[i] for i in offered[:OFFERED])

    def _act(
        self,
        more: bool,
        part: Part,
        passage: Passage,
        alone: Search,
        context: Search,
        thread: Turn,
        p_alone: float,
    ) -> tuple[Act, Search]:
        if more:
            return Act.MORE, context
        if part.cues.doubt and passage.id in thread.shown_ids:
            return Act.DOUBT, context
        stands_alone = p_alone >= self.models.decline.threshold
        if stands_alone and alone.hits and alone.hits[0].passage.id == passage.id:
            return Act.QUESTION, alone
        return Act.FOLLOW_UP, context

    # ── several questions ────────────────────────────────────────────────────

    def _several(
        self, answers: list[Answer], reading: Reading, searches: Mapping[str, Search]
    ) -> list[Answer]:
        """Each passage once, and the parts the guide doesn't cover named when they have a
        subject of their own; when no part is answered, the message read whole."""
        answered = [a for a in answers if a.passage is not None]
        if not answered and reading.whole_query is not None:
            whole = Part(reading.text, reading.whole_query, reading.parts[0].cues)
            search = searches.get(reading.whole_query) or self.retriever.search(whole.query)
            return [self._alone(whole, search, reading.language, reading.shown_ids)]
        kept: list[Answer] = []
        shown: set[str] = set()
        for answer, part in zip(answers, reading.parts, strict=True):
            if answer.passage is not None and answer.passage.id in shown and part.own_query:
                answer = self._on_its_own(part, part.own_query, searches, reading)
            if answer.passage is None:
                if part.cues.content >= MIN_CONTENT_TO_NAME:
                    kept.append(answer)
            elif answer.passage.id not in shown:
                shown.add(answer.passage.id)
                kept.append(answer)
        if len(kept) == 1:
            return kept  # one answer after all: shown as a reply to one question
        # Buttons under a reply to several questions would be ambiguous: which part's?
        return [replace(a, related=()) for a in kept]

    def _on_its_own(
        self, part: Part, query: str, searches: Mapping[str, Search], reading: Reading
    ) -> Answer:
        """A part read with the part before it that only found that part's passage ("…how
        many screens are there? and when do I find out if I got it"): read alone instead, so
        a question the guide doesn't cover is named rather than silently dropped."""
        search = searches.get(query) or self.retriever.search(query)
        return self._alone(replace(part, query=query), search, reading.language, reading.shown_ids)

    # ── the thread ───────────────────────────────────────────────────────────

    def _with_thread(self, reply: Reply, answers: tuple[Answer, ...], thread: Turn | None) -> Reply:
        reply = replace(reply, answers=answers)
        answered = reply.answered
        if not answered:
            return reply
        last = answered[-1]
        assert last.passage is not None
        leans = last.act is not Act.QUESTION and thread is not None
        question = thread.question if leans and thread is not None else last.question
        earlier = thread.shown_ids if thread is not None else ()
        shown = shown_after(earlier, (a.passage.id for a in answered if a.passage))
        turn = Turn(
            question=question,
            passage_id=last.passage.id,
            section=last.passage.section,
            related_ids=tuple(p.id for p in last.related),
            shown_ids=shown,
            query=last.query or question,
        )
        following = thread.question if leans and thread is not None else None
        return replace(reply, thread=turn, thread_question=following)


def without_search(reading: Reading, corpus: Corpus) -> Reply | None:
    """The reply to a message that needs no search (empty, small talk, a pick), or None.
    The bot gives these while the model is still loading."""
    if reading.empty:
        return Reply("", reason=Reason.EMPTY)
    base = Reply(reading.text, small_talk=reading.small_talk, language=reading.language)
    thread = reading.thread
    if reading.pick is not None:
        answer = _pick(reading.pick, thread, corpus) if thread is not None else None
        if answer is None:
            return replace(base, reason=Reason.NO_CONTEXT)
        assert thread is not None and answer.passage is not None
        turn = replace(
            thread,
            passage_id=answer.passage.id,
            section=answer.passage.section,
            related_ids=tuple(p.id for p in answer.related),
            shown_ids=shown_after(thread.shown_ids, [answer.passage.id]),
        )
        return replace(base, answers=(answer,), thread=turn, thread_question=thread.question)
    if not reading.parts:
        return base  # small talk only
    return None


def _pick(index: int, thread: Turn, corpus: Corpus) -> Answer | None:
    offered = [p for p in map(corpus.passage, thread.related_ids) if p is not None]
    if not offered:
        return None
    chosen = offered[min(index, len(offered) - 1)]
    others = tuple(p for p in offered if p.id != chosen.id)
    return Answer(chosen.title, chosen, others, act=Act.PICK, query=thread.context)


def _read_enough(language: Language, search: Search) -> bool:
    """Whether a message in another language without a glossary says enough in what the bot
    reads to be answered at all. With no English word, only a close match counts (names
    like PyTorch carry across languages). Searched by its English words, a passage must use
    one of them: "Hur lagar man köttbullar till julbordet?" is searched as "man till?" (in
    the labelled questions, one message so read was answered right without a term of the
    guide). English, code-mixed and glossed messages are left to the decline model."""
    if language.code == ENGLISH or language.mixed:
        return True
    if not language.english:
        return search.best >= CONFIDENT_ACROSS_LANGUAGES
    return language.glossed or search.shares_a_term


def load_mentor(corpus_dir: Path, index_dir: Path) -> Mentor:
    """The index, the model and the fitted decisions, warmed up and ready to answer.

    Raises IndexUnavailable, ModelUnavailable or ModelsUnavailable with a one-line message.
    """
    from bot.knowledge.deciding.models import load_models
    from bot.knowledge.search.retriever import load_retriever

    retriever = load_retriever(corpus_dir, index_dir)
    index = retriever.index
    mentor = Mentor(retriever, load_models(index.folder, index.manifest.corpus_hash))
    mentor.warm_up()
    return mentor


def _closes(reading: Reading, answers: Sequence[Answer]) -> bool:
    """Thanks or a goodbye after an answer, beside words that ask nothing, which the guide
    doesn't answer: a closer, answered as one rather than declined. Not as a first message:
    "thanks, I want an ML internship" opens a chat; not when "more" found nothing new ("ok
    thanks, more please" is told the topic is done)."""
    closing = reading.small_talk in (SmallTalk.THANKS, SmallTalk.GOODBYE)
    asked = any(asks(part.text) for part in reading.parts)
    declined = all(answer.reason is Reason.OFF_TOPIC for answer in answers)
    return closing and reading.thread is not None and declined and not asked
