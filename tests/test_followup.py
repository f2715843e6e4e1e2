"""Follow-ups: which messages lean on the last answer, and how long it is remembered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.knowledge.followup import (
    MEMORY_SIZE,
    DialogueMemory,
    FollowUp,
    Intent,
    Turn,
    follow_up_intent,
    leans_on_previous,
)


@pytest.mark.parametrize(
    "text",
    [
        "more", "tell me more", "Tell me more!", "go on", "more pls", "an example?",
        "for example?", "can u elaborate a bit", "could you explain more", "what else?",
        "any other tips?", "and?", "keep going", "details please", "how so?", "why?",
        "example pls", "can you go deeper", "what do you mean", "ok and then?",
        "and what else should i know", "tell me moreee", "elabrate pls", "cn u go deeper",
        "alternatives?", "wat else bro", "like what exactly? be specific pls", "the other?",
        "any other ways besides those?", "what kind of things exactly", "such as?", "moar",
        "whats the rest of the options", "which ones tho",
        "Could you give me a few more specific examples, please?",
        "hmm can u break that down a bit more, step by step",
    ],
)  # fmt: skip
def test_asking_for_more(text):
    assert follow_up_intent(text) == Intent(FollowUp.MORE)


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("the second one", 1), ("2nd pls", 1), ("second", 1), ("show me the first one", 0),
        ("the other one", 0), ("1", 0), ("#2", 1), ("ok the second suggestion", 1),
        ("and the first link please", 0), ("open the first button", 0), ("number 2 plz", 1),
        ("tap first one", 0), ("hmm the last one looks interesting, open that", 1),
        ("can you open the first related one", 0), ("the other one plz", 0),
        ("hm, 2nd related?", 1), ("lemme see the 2nd", 1), ("number two", 1),
        ("I'd like to read the other suggestion", 0), ("umm the top one", 0),
        ("that second suggestion looks interesting, open it", 1),
    ],
)  # fmt: skip
def test_pointing_at_a_related_passage(text, index):
    assert follow_up_intent(text) == Intent(FollowUp.PICK, index)


@pytest.mark.parametrize(
    "text",
    [
        "Do I need a PhD?", "what other courses should I take for deep learning at uni",
        "more GPUs or more RAM for training?", "", "   ", "is colab free?", "how to apply?",
        "explain backprop", "tell me about kaggle", "is that true?", "ok", "explore options",
        "is the first one free", "first things first", "besides kaggle what competitions count",
        "what other kind of GPU would work", "which one is better?", "top universities only?",
    ],
)  # fmt: skip
def test_self_contained_questions_are_not_follow_ups(text):
    assert follow_up_intent(text) is None


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("what about startups?", True), ("and for undergrads?", True),
        ("is that true in Europe too?", True), ("does it apply to me", True),
        ("same for tensorflow?", True),
        ("Do I need a PhD?", False), ("is colab free?", False),
        ("what about the interview process at big companies if I applied at a booth", False),
    ],
)  # fmt: skip
def test_short_messages_that_lean_on_the_last_one(text, leans):
    assert leans_on_previous(text) is leans


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


TURN = Turn("do I need a phd?", "myth-need-phd", "myths", ("proc-phd-presentation",))


def test_a_turn_is_remembered_for_fifteen_minutes():
    clock = Clock()
    memory = DialogueMemory(clock)
    memory.remember(42, TURN)
    clock.now += timedelta(minutes=14, seconds=59)
    recalled = memory.recall(42)
    assert recalled is not None and recalled.passage_id == "myth-need-phd"
    clock.now += timedelta(seconds=2)
    assert memory.recall(42) is None


def test_forgetting_a_user_clears_their_private_and_group_conversations():
    memory = DialogueMemory(Clock())
    memory.remember(42, TURN)
    memory.remember((-100, 42), TURN)  # a group: (chat, user)
    memory.remember((-100, 43), TURN)  # someone else in the same group
    memory.forget_user(42)
    assert memory.recall(42) is None and memory.recall((-100, 42)) is None
    assert memory.recall((-100, 43)) is not None


def test_memory_is_bounded_and_forgets_the_oldest_first():
    memory = DialogueMemory(Clock())
    for key in range(MEMORY_SIZE + 5):
        memory.remember(key, TURN)
    assert memory.recall(0) is None and memory.recall(4) is None
    assert memory.recall(5) is not None and memory.recall(MEMORY_SIZE + 4) is not None


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("even for a small uni like mine?", True), ("is that true in Europe too?", True),
        ("does it apply to bootcamp grads?", True), ("what if I have no GPU?", True),
        ("and what about startups?", False), ("is colab free?", False),
        ("even though I study physics, do I need a PhD for an ML internship at a big lab", False),
    ],
)  # fmt: skip
def test_messages_that_question_the_last_answer(text, questions):
    from bot.knowledge.followup import questions_the_answer

    assert questions_the_answer(text) is questions
