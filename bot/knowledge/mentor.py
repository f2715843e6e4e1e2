"""From a student's message (and the conversation's last turn) to a reply: which passage,
or why none.

Answering is split in two pure steps around retrieval, so the bot can batch the retrieval
of many students' messages while each reply is still decided on its own:

    plan = read_message(text, previous)        # language, follow-up, what to search for
    answers = retriever.answer_batch(plan.queries)
    reply = settle(plan, answers, corpus)      # the passage to show, or the reason for none

`Mentor` chains the three for the command line and the evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np

from bot.knowledge.deciding.context import (
    MAX_CONTEXT_WORDS,
    ContextModel,
    Reading,
    context_features,
)
from bot.knowledge.reading.followup import (
    FollowUp,
    Intent,
    Turn,
    follow_up_intent,
    leans_on_previous,
    questions_the_answer,
    with_context,
)
from bot.knowledge.reading.language import ENGLISH, detect_language
from bot.knowledge.search.corpus import Corpus, Passage
from bot.knowledge.search.retriever import SIMILARITY_FLOOR, Answer, Retriever, clean_question

# A message the bot can't read is still answered when it matches a passage this closely
# (names like PyTorch, Kaggle or NVIDIA carry across languages).
CONFIDENT_ACROSS_LANGUAGES = 0.55
# A message this much closer to an out-of-scope example than to any passage ("tell me a
# joke") is off-topic whatever came before it. On the labelled follow-ups, no message that
# needed the conversation fell below -0.15; 54% of off-topic ones after an answer do.
MIN_MARGIN_WITH_PREVIOUS = -0.2


class Reason(StrEnum):
    """Why a reply carries no passage."""

    EMPTY = "empty"  # nothing readable in the message
    OFF_TOPIC = "off-topic"  # the guide doesn't answer it
    NOT_ENGLISH = "not-english"  # the bot can't read the message's language
    NO_CONTEXT = "no-context"  # "tell me more" with nothing said before
    NOTHING_MORE = "nothing-more"  # "more" when every passage on the topic was shown


@dataclass(frozen=True)
class Plan:
    text: str
    language: str = ENGLISH
    intent: Intent | None = None
    previous: Turn | None = None
    # The message; after an answer, also the message with the previous question, and the
    # previous question alone (see context.py).
    queries: tuple[str, ...] = ()


@dataclass(frozen=True)
class Reply:
    question: str  # the message as the student wrote it (cleaned)
    passage: Passage | None
    related: tuple[Passage, ...] = ()
    reason: Reason | None = None
    follow_up: FollowUp | None = None
    language: str = ENGLISH
    answer: Answer | None = field(default=None, compare=False, repr=False)
    section: str | None = None  # for NOTHING_MORE: the topic that was exhausted
    shown_ids: tuple[str, ...] = ()
    thread_question: str | None = None  # for follow-ups: the question the thread is about

    @property
    def answered(self) -> bool:
        return self.passage is not None

    @property
    def confidence(self) -> float:
        return self.answer.confidence if self.answer else float("-inf")

    def turn(self) -> Turn | None:
        """What to remember for the next message, or None to keep the last turn."""
        if self.passage is None:
            return None
        return Turn(
            question=self.thread_question or self.question,
            passage_id=self.passage.id,
            section=self.passage.section,
            related_ids=tuple(p.id for p in self.related),
            shown_ids=(*self.shown_ids, self.passage.id),
        )


def read_message(text: str, previous: Turn | None = None) -> Plan:
    cleaned = clean_question(text)
    if not cleaned:
        return Plan(cleaned)
    language = detect_language(cleaned)
    if language != ENGLISH:
        return Plan(cleaned, language, queries=(cleaned,))
    intent = follow_up_intent(cleaned)
    if intent is not None:
        return Plan(cleaned, intent=intent, previous=previous)
    if previous is not None and len(cleaned.split()) <= MAX_CONTEXT_WORDS:
        return Plan(
            cleaned,
            intent=Intent(FollowUp.CONTEXT),  # perhaps: settle decides
            previous=previous,
            queries=(cleaned, with_context(previous, cleaned), previous.question),
        )
    return Plan(cleaned, queries=(cleaned,))


def settle(
    plan: Plan, answers: list[Answer], corpus: Corpus, context: ContextModel | None = None
) -> Reply:
    """The reply, from the plan and its searches' answers (in the order of plan.queries).

    `context` chooses how a message after an answer is read; without it, word rules do.
    """
    if not plan.text:
        return Reply(plan.text, None, reason=Reason.EMPTY)
    if plan.language != ENGLISH:
        return _foreign(plan, answers[0])
    intent, previous = plan.intent, plan.previous
    if intent is not None and intent.kind in (FollowUp.MORE, FollowUp.PICK):
        if previous is None:
            return Reply(plan.text, None, reason=Reason.NO_CONTEXT)
        if intent.kind is FollowUp.MORE:
            return _more(plan.text, previous, corpus)
        return _pick(plan.text, previous, intent.pick, corpus)
    alone = answers[0]
    if intent is None or previous is None:
        return _from_answer(alone)
    with_previous = answers[1]
    if not alone.hits or not with_previous.hits:
        return _from_answer(alone)
    if context is not None and (features := reading_features(plan, answers, corpus)) is not None:
        if context.asks_for_more(alone.vector):
            return _more(plan.text, previous, corpus)
        reading = context.choose(features)
        if alone.margin < MIN_MARGIN_WITH_PREVIOUS:
            reading = Reading.ALONE
        reply = read_as(reading, plan, answers, corpus)
        if (
            not reply.answered
            and leans_on_previous(plan.text)
            and alone.confidence >= SIMILARITY_FLOOR
            and _continues(alone, previous)
        ):
            # Too vague on its own ("and which hardware for that?"): the conversation decides.
            reply = _in_thread(_from_answer(replace(alone, answered=True), FollowUp.CONTEXT), plan)
        return reply
    return _by_word_rules(plan, alone, with_previous, previous)


def reading_features(plan: Plan, answers: list[Answer], corpus: Corpus) -> np.ndarray | None:
    """context.FEATURES for a message after an answer; None when there is nothing to choose
    (no previous turn, a "more" or a pick, a long message, or a search that found nothing)."""
    if plan.intent is None or plan.intent.kind is not FollowUp.CONTEXT or plan.previous is None:
        return None
    if len(answers) != 3 or not answers[0].hits or not answers[1].hits:
        return None
    alone, with_previous, previous_alone = answers
    ids = [p.id for p in corpus.passages]
    return context_features(plan.text, plan.previous, alone, with_previous, previous_alone, ids)


def read_as(reading: Reading, plan: Plan, answers: list[Answer], corpus: Corpus) -> Reply:
    """The reply one reading of a message after an answer gives (fitting compares them)."""
    alone, with_previous = answers[0], answers[1]
    previous = plan.previous
    deciding = alone if reading is Reading.ALONE else with_previous
    if reading is Reading.ALONE or previous is None or not deciding.answered:
        return _from_answer(alone)  # declined, if so, for the reason the message alone gives
    if reading is Reading.WITH_PREVIOUS:
        reply = _from_answer(with_previous, FollowUp.CONTEXT)
    else:
        unseen = tuple(
            hit
            for hit in with_previous.hits
            if hit.passage.id not in previous.shown_ids and hit.passage.section == previous.section
        )
        if not unseen:
            return _more(plan.text, previous, corpus)
        reply = _from_answer(replace(with_previous, hits=unseen), FollowUp.MORE)
    return _in_thread(reply, plan)


def _in_thread(reply: Reply, plan: Plan) -> Reply:
    """A reply that used the last turn: it carries the thread on."""
    if plan.previous is None:
        return reply
    return replace(
        reply,
        question=plan.text,
        shown_ids=plan.previous.shown_ids,
        thread_question=plan.previous.question,
    )


def _by_word_rules(plan: Plan, alone: Answer, with_previous: Answer, previous: Turn) -> Reply:
    """Before a context model is fitted: a leaning message, asked both ways."""
    if not leans_on_previous(plan.text):
        return _from_answer(alone)
    if questions_the_answer(plan.text) and with_previous.answered:
        # "even for a small uni?", "is that true in Europe?": about the last answer's claim.
        reply = _from_answer(with_previous, FollowUp.CONTEXT)
    elif alone.answered:
        return _from_answer(alone)  # a question that stands alone is answered alone
    elif alone.confidence < SIMILARITY_FLOOR:
        return _from_answer(alone)  # "and what's the weather like?": off-topic still
    elif _continues(alone, previous):
        # Too vague on its own ("and which hardware for that?"): the conversation decides.
        reply = _from_answer(replace(alone, answered=True), FollowUp.CONTEXT)
    elif with_previous.answered:
        reply = _from_answer(with_previous, FollowUp.CONTEXT)
    else:
        return _from_answer(alone)
    return _in_thread(reply, plan)


def _continues(alone: Answer, previous: Turn) -> bool:
    """The message's own best passage stays on the previous answer's topic."""
    return bool(alone.hits) and alone.hits[0].passage.section == previous.section


def _from_answer(answer: Answer, follow_up: FollowUp | None = None) -> Reply:
    if not answer.answered or not answer.hits:
        return Reply(answer.question, None, reason=Reason.OFF_TOPIC, answer=answer)
    related = tuple(hit.passage for hit in answer.related(limit=2))
    return Reply(answer.question, answer.hits[0].passage, related, None, follow_up, answer=answer)


def _foreign(plan: Plan, answer: Answer) -> Reply:
    if answer.answered and answer.confidence >= CONFIDENT_ACROSS_LANGUAGES:
        return replace(_from_answer(answer), language=plan.language)
    return Reply(plan.text, None, reason=Reason.NOT_ENGLISH, language=plan.language, answer=answer)


def _more(text: str, previous: Turn, corpus: Corpus) -> Reply:
    """The next passage on the previous answer's topic that this thread hasn't shown."""
    unseen = [
        p for p in corpus.section_passages(previous.section) if p.id not in previous.shown_ids
    ]
    if not unseen:
        return Reply(
            text,
            None,
            reason=Reason.NOTHING_MORE,
            section=previous.section,
            shown_ids=previous.shown_ids,
        )
    return Reply(
        text,
        unseen[0],
        tuple(unseen[1:3]),
        follow_up=FollowUp.MORE,
        shown_ids=previous.shown_ids,
        thread_question=previous.question,
    )


def _pick(text: str, previous: Turn, index: int, corpus: Corpus) -> Reply:
    """ "The second one": a related passage the last answer offered."""
    offered = [p for p in map(corpus.passage, previous.related_ids) if p is not None]
    if not offered:
        return _more(text, previous, corpus)
    chosen = offered[min(index, len(offered) - 1)]
    others = tuple(p for p in offered if p.id != chosen.id)
    return Reply(
        text,
        chosen,
        others,
        follow_up=FollowUp.PICK,
        shown_ids=previous.shown_ids,
        thread_question=previous.question,
    )


class Mentor:
    """The synchronous pipeline, for the command line and the evaluation."""

    def __init__(self, retriever: Retriever, context: ContextModel | None = None) -> None:
        self.retriever = retriever
        self.context = context

    def reply(self, text: str, previous: Turn | None = None) -> Reply:
        plan = read_message(text, previous)
        return settle(plan, self.search(plan), self.retriever.corpus, self.context)

    def search(self, plan: Plan) -> list[Answer]:
        return self.retriever.answer_batch(list(plan.queries)) if plan.queries else []
