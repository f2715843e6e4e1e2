"""Whether a reply is right for a labelled turn, given what the chat showed before it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.knowledge.fitting.labelled import LabelledQuestion, LabelledTurn
from bot.knowledge.mentor import Reply
from bot.knowledge.reading.smalltalk import SmallTalk
from bot.knowledge.search.corpus import Passage

# What a labelled kind of small talk accepts: a closer may be thanked or waved off.
_SMALL_TALK = {
    "thanks": {SmallTalk.THANKS, SmallTalk.GOODBYE},
    "goodbye": {SmallTalk.GOODBYE, SmallTalk.THANKS},
    "greeting": {SmallTalk.GREETING},
    "bot-identity": {SmallTalk.IDENTITY},
    "luck": {SmallTalk.LUCK},
    "frustration": {SmallTalk.FRUSTRATION},
}


@dataclass(frozen=True)
class Before:
    """What the chat had shown when a turn arrived."""

    shown: frozenset[str] = frozenset()  # passage ids shown in the chat so far
    offered: tuple[Passage, ...] = ()  # the buttons under the last answer


def is_right(turn: LabelledTurn, reply: Reply, before: Before) -> bool:
    if turn.kind in _SMALL_TALK:
        return reply.only_small_talk and reply.small_talk in _SMALL_TALK[turn.kind]
    if turn.kind == "off-topic":
        return declined(reply)
    if turn.kind == "multi":
        return all(parts_right(turn, reply))
    passage = reply.passage
    if passage is None:
        return False
    if turn.kind == "pick":
        if turn.pick is None or not before.offered:
            return False
        return passage.id == before.offered[min(turn.pick, len(before.offered)) - 1].id
    if turn.kind == "more":
        return passage.id not in before.shown and turn.label.is_right(passage)
    return turn.label.is_right(passage)


def declined(reply: Reply) -> bool:
    """No passage, and no small talk instead of the decline."""
    return reply.passage is None and (reply.small_talk is None or bool(reply.answers))


def parts_right(turn: LabelledTurn, reply: Reply) -> list[bool]:
    """Per labelled part: an in-domain part is right when some answer shows a right passage
    for it; an off-topic part when the reply names a question it doesn't cover (or, if the
    reply is one decline, declines)."""
    shown = [a.passage for a in reply.answered if a.passage is not None]
    named = len(reply.declined) or int(not shown)
    results = []
    for part in turn.parts:
        if part.on_topic:
            results.append(any(part.is_right(p) for p in shown))
        else:
            results.append(named > 0)
            named -= 1
    return results


def question_right(question: LabelledQuestion, reply: Reply) -> bool:
    if not question.on_topic:
        return declined(reply)
    return reply.passage is not None and question.is_right(reply.passage)
