"""From a message and the last turn to a reply, with the real model and index."""

from __future__ import annotations

import pytest

from bot.knowledge.followup import FollowUp
from bot.knowledge.mentor import Mentor, Reason


@pytest.fixture(scope="module")
def mentor(retriever) -> Mentor:
    return Mentor(retriever)


@pytest.mark.parametrize("text", ["tell me more", "the second one", "go on"])
def test_a_follow_up_with_nothing_before_it_says_so(mentor, text):
    reply = mentor.reply(text)
    assert not reply.answered and reply.reason is Reason.NO_CONTEXT


def test_more_walks_through_the_topic_then_says_it_is_done(mentor, retriever):
    first = mentor.reply("do I need a phd?")
    assert first.passage is not None and first.passage.id == "myth-need-phd"
    section = retriever.corpus.section_passages("myths")
    shown, turn = [first.passage.id], first.turn()
    for _ in range(len(section) - 1):
        reply = mentor.reply("tell me more", turn)
        assert reply.follow_up is FollowUp.MORE and reply.passage is not None
        assert reply.passage.section == "myths" and reply.passage.id not in shown
        shown.append(reply.passage.id)
        turn = reply.turn()
    assert sorted(shown) == sorted(p.id for p in section)
    done = mentor.reply("more", turn)
    assert done.reason is Reason.NOTHING_MORE and done.section == "myths"


def test_the_second_one_opens_the_second_related_passage(mentor):
    first = mentor.reply("do I need a phd?")
    assert len(first.related) == 2
    second = mentor.reply("the second one", first.turn())
    assert second.follow_up is FollowUp.PICK
    assert second.passage == first.related[1]
    assert second.thread_question == "do I need a phd?"


def test_a_vague_message_is_answered_with_the_previous_question_as_context(mentor):
    first = mentor.reply("which deep learning framework should I learn?")
    assert first.passage is not None and first.passage.section == "practice"
    alone = mentor.reply("and which hardware do I need for that?")
    assert not alone.answered  # too vague on its own
    followed = mentor.reply("and which hardware do I need for that?", first.turn())
    assert followed.follow_up is FollowUp.CONTEXT
    assert followed.passage is not None and followed.passage.id in {
        "prac-colab",
        "prac-gpu-or-cloud",
    }


def test_an_off_topic_follow_up_is_still_declined(mentor):
    first = mentor.reply("do I need a phd?")
    reply = mentor.reply("and what's the weather like?", first.turn())
    assert not reply.answered and reply.reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question", ["how do I get a referral?", "is colab free?", "what about startups?"]
)
def test_a_question_that_stands_alone_gets_no_context(mentor, question):
    first = mentor.reply("do I need a phd?")
    with_previous = mentor.reply(question, first.turn())
    alone = mentor.reply(question)
    assert with_previous.follow_up is None
    assert with_previous.passage == alone.passage


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("¿Necesito un doctorado para conseguir prácticas de machine learning?", "es"),
        ("Нужна ли мне степень PhD, чтобы попасть на стажировку?", "ru"),
        ("我需要博士学位才能申请机器学习实习吗？", "zh"),
    ],
)
def test_a_message_the_bot_cannot_read_is_never_called_off_topic(mentor, text, language):
    reply = mentor.reply(text)
    assert reply.language == language
    assert reply.reason is Reason.NOT_ENGLISH or reply.answered


@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b", "\x00\x01"])
def test_an_empty_message_is_empty_not_off_topic(mentor, text):
    assert mentor.reply(text).reason is Reason.EMPTY


def test_an_answer_remembers_what_it_offered(mentor):
    reply = mentor.reply("is colab free?")
    turn = reply.turn()
    assert turn is not None and reply.passage is not None
    assert turn.passage_id == reply.passage.id and turn.section == reply.passage.section
    assert turn.related_ids == tuple(p.id for p in reply.related)
    assert mentor.reply("how do I bake bread").turn() is None  # a decline keeps the last turn


def test_a_doubt_about_the_last_answer_is_read_with_its_question(mentor):
    first = mentor.reply("are career fairs a good way to get an ML internship?")
    assert first.passage is not None and first.passage.id == "apply-career-fairs"
    doubt = mentor.reply("even for a small non-US uni like mine?", first.turn())
    assert doubt.follow_up is FollowUp.CONTEXT
    assert doubt.thread_question == first.question
