"""End to end: a conversation after the first answer (follow-ups, small talk, several
questions, other languages), through the real application and the stand-in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.knowledge.reading.smalltalk import SmallTalk
from bot.knowledge.search.corpus import Passage
from bot.telegram import callbacks as cb
from bot.telegram.views import conversation
from tests.botapi import Call


def shown(bot, reply: Call) -> Passage | None:
    """The passage a reply shows, found by its heading."""
    for passage in bot.services.corpus.passages:
        if conversation.passage_heading(passage).replace("<b>", "").replace("</b>", "") in (
            reply.text
        ):
            return passage
    return None


def related_buttons(reply: Call) -> list[str]:
    return [data.split(cb.SEP, 1)[1] for _, data in reply.buttons if data.startswith(cb.PASSAGE)]


async def test_tell_me_more_and_the_second_one(bot, user_id):
    first = await bot.send(user_id, "do I need a PhD?")
    first_passage = shown(bot, first)
    assert first_passage is not None and first_passage.id == "myth-need-phd"

    more = await bot.send(user_id, "tell me more")
    more_passage = shown(bot, more)
    assert more_passage is not None and more_passage.id != first_passage.id
    offered = related_buttons(more)
    assert len(offered) == 2

    second = await bot.send(user_id, "the second one")
    picked = shown(bot, second)
    assert picked is not None and picked.id == offered[1]


async def test_a_vague_follow_up_is_read_with_the_previous_question(bot, user_id):
    # The Telegram side of a leaning follow-up: which messages lean is the fitted choice's
    # business (tests/test_mentor.py, tests/test_quality.py).
    await bot.send(user_id, "do I need a PhD?")
    reply = await bot.send(user_id, "what about for a masters student?")
    passage = shown(bot, reply)
    assert passage is not None and passage.id == "myth-need-phd"
    assert conversation.FOLLOWING_ON in reply.text
    assert "do I need a PhD?" in reply.text


async def test_a_new_question_gets_no_context(bot, user_id):
    await bot.send(user_id, "do I need a PhD?")
    reply = await bot.send(user_id, "is colab free?")
    passage = shown(bot, reply)
    assert passage is not None and passage.id == "prac-colab"
    assert conversation.FOLLOWING_ON not in reply.text


async def test_more_with_nothing_before_it_asks_for_a_question(bot, user_id):
    reply = await bot.send(user_id, "tell me more")
    assert reply.text.startswith("🙂 Tell you more about what?")
    assert "I don't have guidance" not in reply.text


async def test_context_expires_after_fifteen_minutes(bot, user_id, clock):
    clock.now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    await bot.send(user_id, "do I need a PhD?")
    clock.now += timedelta(minutes=14)
    assert shown(bot, await bot.send(user_id, "go on")) is not None
    clock.now += timedelta(minutes=15, seconds=1)
    reply = await bot.send(user_id, "go on")
    assert reply.text.startswith("🙂 Tell you more about what?")


async def test_forget_clears_the_conversation(bot, user_id):
    await bot.send(user_id, "do I need a PhD?")
    await bot.send(user_id, "/forget")
    reply = await bot.send(user_id, "tell me more")
    assert reply.text.startswith("🙂 Tell you more about what?")


async def test_in_a_group_each_student_follows_up_on_their_own_question(bot, user_id):
    group, classmate = -(user_id + 6_000_000), user_id + 7
    await bot.send(user_id, "/ask do I need a PhD?", chat_id=group, chat_type="supergroup")
    theirs = await bot.send(classmate, "/ask tell me more", chat_id=group, chat_type="supergroup")
    assert "Tell you more about what?" in theirs.text
    mine = await bot.send(user_id, "/ask tell me more", chat_id=group, chat_type="supergroup")
    passage = shown(bot, mine)
    assert passage is not None and passage.id != "myth-need-phd"


async def test_more_after_a_related_button_goes_on_from_that_passage(bot, user_id):
    await bot.send(user_id, "is colab free?")
    await bot.press(user_id, cb.pack(cb.PASSAGE, "myth-top-university"))
    await bot.wait_sent(user_id, 2)
    more = await bot.send(user_id, "tell me more")
    passage = shown(bot, more)
    assert passage is not None and passage.id not in {"myth-top-university", "prac-colab"}


async def test_thanks_and_closers_are_answered_kindly_and_keep_the_thread(bot, user_id):
    await bot.send(user_id, "do I need a PhD?")
    for text in ("ok thanks a lot", "got it 👍", "cool makes sense"):
        reply = await bot.send(user_id, text)
        assert reply.text == conversation.SMALL_TALK[SmallTalk.THANKS]
    more = await bot.send(user_id, "tell me more")
    passage = shown(bot, more)
    assert passage is not None and passage.id != "myth-need-phd"


async def test_small_talk_through_ask_and_captions_too(bot, user_id):
    reply = await bot.send(user_id, "/ask who are you?")
    assert reply.text == conversation.SMALL_TALK[SmallTalk.IDENTITY]


async def test_two_questions_in_one_message_get_both_answers_under_their_headings(bot, user_id):
    reply = await bot.send(user_id, "what should i study and how do i apply?")
    assert "❓ <i>what should i study</i>" in reply.text
    assert "❓ <i>how do i apply?</i>" in reply.text
    assert "How to prepare" in reply.text and "How to apply" in reply.text
    data = [d for _, d in reply.buttons]
    assert sum(d.startswith(cb.ADD_FROM_PASSAGE) for d in data) == 2
    assert all(len(d.encode()) <= 64 for d in data)


async def test_a_question_the_guide_does_not_cover_is_named(bot, user_id):
    reply = await bot.send(user_id, "do I need a phd? and how much do ML interns get paid?")
    assert conversation.NOT_COVERED in reply.text
    assert "how much do ML interns get paid?" in reply.text
    assert "Myth: you need to be a PhD student" in reply.text


async def test_several_questions_none_covered_get_one_polite_decline(bot, user_id):
    """No part answered, so the message is read whole (embedded off the event loop)."""
    reply = await bot.send(
        user_id,
        "Which documents does the embassy want for an F-1 visa interview? "
        "Do I need my parents' bank statements or only the I-20?",
    )
    assert reply.text.startswith("🤔 I don't have guidance on that, sorry.")
    assert "❓" not in reply.text  # one reply to the message, not one per part
    await bot.quiet()
    assert len(bot.api.sent_to(user_id)) == 1


async def test_hinglish_is_answered(bot, user_id):
    reply = await bot.send(user_id, "bhai kya ML internship ke liye PhD zaroori hai?")
    passage = shown(bot, reply)
    assert passage is not None and passage.id == "myth-need-phd"
    assert "🌐" not in reply.text  # they read English: no note about languages


async def test_other_languages_are_told_the_bot_reads_english(bot, user_id):
    from bot.telegram.views.languages import FOUND_IN_ENGLISH, ONLY_ENGLISH

    cases = {
        "¿Necesito un doctorado para conseguir prácticas de machine learning?": "es",
        "Нужна ли мне степень PhD, чтобы попасть на стажировку?": "ru",
        "我需要博士学位才能申请机器学习实习吗？": "zh",
        "Brauche ich einen Doktortitel für ein Praktikum im Bereich ML?": "de",
    }
    for text, code in cases.items():
        reply = await bot.send(user_id, text)
        assert "English" in reply.text
        assert "I don't have guidance" not in reply.text
        if shown(bot, reply):  # answered: said so in their language, not asked again
            assert FOUND_IN_ENGLISH[code] in reply.text, text
            assert ONLY_ENGLISH[code] not in reply.text, text
        else:  # declined: asked again in English, in their language, with the topics
            assert ONLY_ENGLISH[code] in reply.text, text
            assert any(label == "Myths" for label, _ in reply.buttons), text


async def test_a_language_without_a_translation_is_told_in_english(bot, user_id):
    # Azerbaijani: no variety reads it, and no line says "I read English best" in it
    reply = await bot.send(user_id, "ML təcrübəsi üçün doktorluq dərəcəsi lazımdırmı?")
    assert reply.text.startswith("🌐 I can only read English for now")
