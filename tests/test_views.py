"""The views word what the domain reports as codes, and keep Telegram's limits."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.checklist.service import MAX_ITEMS, ChecklistError, Problem
from bot.knowledge.search.corpus import Passage, Section
from bot.nudges.compose import OPENING_COUNT
from bot.nudges.schedule import Slot, SlotError, SlotProblem, parse_timezone
from bot.telegram import callbacks as cb
from bot.telegram.views import checklist, conversation, nudges
from bot.telegram.views.common import Button, View, telegram_length


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (
            ChecklistError(Problem.UNKNOWN_ACTION, token="frobnicate" * 5),
            "I don't know “" + ("frobnicate" * 3) + "”. Here's what works:\n" + checklist.USAGE,
        ),
        (
            ChecklistError(Problem.NO_NUMBERS, token="undo"),
            "Which items? For example: /checklist undo 2",
        ),
        (
            ChecklistError(Problem.REMOVE_ONE),
            "Remove one item at a time, for example: /checklist remove 3",
        ),
        (
            ChecklistError(Problem.NOT_A_NUMBER, token="two"),
            "“two” isn't an item number. Use the numbers from /checklist, "
            "for example: /checklist done 2",
        ),
        (
            ChecklistError(Problem.BAD_RANGE, token="5-2"),
            "“5-2” isn't a range I can use, try e.g. 2-4",
        ),
        (
            ChecklistError(Problem.EMPTY_TEXT),
            "What should I add? For example: /checklist add Finish the fast.ai course",
        ),
        (
            ChecklistError(Problem.TOO_LONG, count=250),
            "That's 250 characters; an item can have at most 200. Try a shorter version.",
        ),
        (
            ChecklistError(Problem.FULL),
            f"Your checklist is full ({MAX_ITEMS} items). Remove or clear some items first.",
        ),
        (
            ChecklistError(Problem.DUPLICATE, numbers=(3,)),
            "That's already item 3 on your checklist.",
        ),
        (
            ChecklistError(Problem.EMPTY_LIST),
            "Your checklist is empty. Add an item with /checklist add <text>.",
        ),
        (
            ChecklistError(Problem.NO_SUCH_ITEM, numbers=(0, 9), count=3),
            "There's no item 0, 9: your checklist has items 1 to 3.",
        ),
        (
            ChecklistError(Problem.NO_SUCH_ITEM, numbers=(2,), count=1),
            "There's no item 2: your checklist has only item 1.",
        ),
    ],
)
def test_every_checklist_refusal_is_worded(error, text):
    assert checklist.problem_text(error) == text


def test_a_checklist_refusal_is_escaped_in_a_message_and_cut_in_a_toast():
    error = ChecklistError(Problem.UNKNOWN_ACTION, token="<b>")
    assert checklist.problem_view(error).text.startswith("I don't know “&lt;b&gt;”.")
    assert len(checklist.problem_toast(error)) == 200


def test_every_checklist_problem_has_words():
    for problem in Problem:
        error = ChecklistError(problem, token="x", numbers=(1,), count=1)
        assert checklist.problem_text(error), problem


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (
            SlotError(SlotProblem.BAD_DAY, token="someday, maybe, who knows"),
            "“someday, maybe, who ” isn't a day I know. Try mon, tuesday, fri…",
        ),
        (
            SlotError(SlotProblem.BAD_TIME, token="25:00"),
            "“25:00” isn't a time I understand. Try 18:00, 6pm or 7:30am.",
        ),
        (
            SlotError(SlotProblem.OFFSET_MINUTES, token="+5:30"),
            "For a UTC+5:30 offset, tell me your city instead, "
            "e.g. /timezone Kolkata or /timezone Kathmandu.",
        ),
        (
            SlotError(SlotProblem.UNKNOWN_ZONE, token="berln", suggestions=("Europe/Berlin",)),
            "I don't know the timezone “berln”. Did you mean Europe/Berlin?",
        ),
        (
            SlotError(SlotProblem.UNKNOWN_ZONE, token="Mars/Olympus_Mons"),
            "I don't know the timezone “Mars/Olympus_Mons”. "
            "Try a city, like Berlin, or a zone like Asia/Kolkata.",
        ),
        (SlotError(SlotProblem.NEED_DAY_AND_TIME), "I need a day and a time, like this:"),
        (SlotError(SlotProblem.NOT_STARTED), "Send /start first, then set your nudges."),
    ],
)
def test_every_slot_refusal_is_worded(error, text):
    assert nudges.problem_text(error) == text


def test_a_refused_nudge_comes_with_the_usage_and_a_refused_timezone_without():
    error = SlotError(SlotProblem.NEED_DAY_AND_TIME)
    assert nudges.nudge_problem_view(error).text == (
        "I need a day and a time, like this:\n\n"
        + nudges.USAGE.replace("<", "&lt;").replace(">", "&gt;")
    )
    assert nudges.timezone_problem_view(error).text == "I need a day and a time, like this:"


def test_fixed_offsets_read_the_right_way_round():
    assert nudges.zone_label(parse_timezone("utc+5")) == "UTC+5"
    assert nudges.zone_label(parse_timezone("utc-3")) == "UTC-3"
    assert nudges.describe(Slot(0, time(9), "Etc/GMT-5")) == "Mondays at 09:00 (UTC+5)"


def test_suggested_fixed_offsets_read_as_offsets():
    error = SlotError(SlotProblem.UNKNOWN_ZONE, token="x", suggestions=("Etc/GMT-5", "Asia/Tokyo"))
    assert "Did you mean UTC+5, Asia/Tokyo?" in nudges.problem_text(error)


def test_local_label_is_in_the_users_zone():
    moment = datetime(2026, 3, 2, 17, 0, tzinfo=UTC)
    assert nudges.local_label(moment, "Europe/Berlin") == "Mon 2 Mar, 18:00"


def test_there_is_an_opening_line_for_every_template_the_sweep_picks():
    assert len(nudges.OPENINGS) == OPENING_COUNT
    for opening in nudges.OPENINGS:
        assert "{done}" in opening and "{total}" in opening


@pytest.mark.parametrize(
    ("done", "total", "bar"),
    [
        (0, 10, "░░░░░░░░░░ 0/10"),
        (3, 10, "▓▓▓░░░░░░░ 3/10"),
        (7, 7, "▓▓▓▓▓▓▓▓▓▓ 7/7"),
        (0, 0, "░░░░░░░░░░ 0/0"),
    ],
)
def test_progress_bar(done, total, bar):
    assert checklist.bar(done, total) == bar


def test_a_long_view_becomes_several_messages_with_the_buttons_on_the_last():
    buttons = ((Button("OK", "ok"),),)
    paragraph = "🤖 " + "word " * 300
    view = View("\n".join([paragraph] * 10), buttons)
    parts = view.messages()
    assert len(parts) > 1
    assert all(telegram_length(part.text) <= 4096 for part in parts)
    assert [part.buttons for part in parts] == [()] * (len(parts) - 1) + [buttons]
    assert "\n".join(part.text for part in parts) == view.text  # cut at line breaks only


def test_a_short_view_is_one_message():
    view = View("hello", ((Button("OK", "ok"),),))
    assert view.messages() == [view]


def test_a_long_section_is_paged_with_previous_and_next():
    passages = [
        Passage(f"p{n}", "long", "A long topic", f"Part {n}", "Some advice. " * 60)
        for n in range(20)
    ]
    section = Section("long", "A long topic", tuple(p.id for p in passages))
    pages = conversation.section_pages(passages)
    assert len(pages) >= 3
    views = [conversation.section_view(section, passages, page) for page in range(len(pages))]
    assert all(v is not None and telegram_length(v.text) <= 4096 for v in views)
    shown = "".join(v.text for v in views if v)
    assert all(f"<b>Part {n}</b>" in shown for n in range(20))  # every passage, once
    assert shown.count("<b>Part 3</b>") == 1
    middle = views[1]
    assert middle is not None and f"(2/{len(pages)})" in middle.text
    assert [b.data for b in middle.buttons[0]] == [
        cb.pack(cb.TOPIC, "long", 0),
        cb.pack(cb.TOPIC, "long", 2),
    ]
    assert conversation.section_view(section, passages, len(pages)) is None
    assert conversation.section_view(None, passages, 0) is None


def test_every_glossed_variety_is_told_in_its_own_words_when_declined():
    from bot.knowledge.reading.language import varieties
    from bot.telegram.views.languages import ONLY_ENGLISH

    assert {v.code for v in varieties()} <= set(ONLY_ENGLISH)


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("min", "ambo suko rendang, apo resep nan rancak?"),  # Minangkabau
        ("bbc", "boha do carana mambahen arsik na denggan, ito?"),  # Batak Toba
        ("hil", "ano maayo nga laptop para sa school kag work?"),  # Hiligaynon
        ("war", "ano an maupay nga laptop para ha eskwelahan ngan trabaho?"),  # Waray
        ("ilo", "ania ti paborito mo nga kanta?"),  # Ilocano
        ("luo", "arsenal biro loyo ligi higni koso ooyo"),  # Dholuo
        ("ki", "ni mũthenya ũrĩkũ Gor na Leopards mareheana?"),  # Gĩkũyũ
        ("gom-Latn", "guitar-ak konnteo strings bore?"),  # Konkani
        ("bgc-Latn", "bhai mhare gaam me cricket ka match kad se?"),  # Haryanvi
        ("tt", "кичә нинди кино карадың?"),  # Tatar
    ],
)
def test_the_line_a_declined_student_reads_is_read_in_their_language(code, message):
    """The "I read English best" line is written in the student's language, so it is read as
    that language itself."""
    from bot.knowledge.reading.language import read_language
    from bot.telegram.views.languages import ONLY_ENGLISH, in_their_words

    line = in_their_words(ONLY_ENGLISH, code, message)
    assert line == ONLY_ENGLISH[code] and read_language(line).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Χρειάζομαι διδακτορικό για πρακτική;", "el"),
        ("אני צריך תואר שלישי בשביל התמחות?", "he"),
        ("Tarvitsenko tohtorintutkinnon harjoitteluun?", "fi"),
    ],
)
def test_a_message_in_a_language_nothing_reads_is_told_so_in_that_language(mentor, text, code):
    from bot.telegram.views.languages import ONLY_ENGLISH

    reply = mentor.reply(text)
    assert reply.passage is None and reply.language.code == code
    view = conversation.reply_view(reply, 1, mentor.corpus.sections)
    assert ONLY_ENGLISH[code] in view.text and "English" in view.text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Сколько задач на литкоде надо решить до интервью?", "ru"),
        ("czy muszę mieć doktorat żeby dostać staż w ML?", "pl"),
        ("می‌خواهم برای کارآموزی یادگیری ماشین درخواست بدهم، چه مهارت‌هایی لازم است؟", "fa"),
        ("هل أحتاج إلى دكتوراه للحصول على تدريب في تعلم الآلة؟", "ar"),
        ("ڇا مشين لرننگ جي internship لاءِ PhD ضروري آهي؟", "sd"),
    ],
)
def test_an_answered_question_in_another_language_is_not_asked_again(mentor, text, code):
    from bot.telegram.views.languages import FOUND_IN_ENGLISH, ONLY_ENGLISH

    reply = mentor.reply(text)
    assert reply.passage is not None and reply.language.code == code
    view = conversation.reply_view(reply, 1, mentor.corpus.sections)
    assert FOUND_IN_ENGLISH[code] in view.text and "English best" in view.text
    assert ONLY_ENGLISH[code] not in view.text
    assert reply.passage.title in view.text


def test_several_questions_in_another_language_carry_the_note_too(mentor):
    reply = mentor.reply("am nevoie de phd pentru internship? ce framework sa invat?")
    assert len(reply.answered) == 2 and not reply.language.is_english
    view = conversation.reply_view(reply, 1, mentor.corpus.sections)
    assert view.text.startswith("🌐") and "English best" in view.text
    assert "the parts of the guide that seem to match" in view.text
    assert all(a.passage is not None and a.passage.title in view.text for a in reply.answered)


def test_a_question_named_as_not_covered_keeps_its_own_question_mark(mentor):
    reply = mentor.reply("how much do interns earn? and do i need a phd")
    assert reply.declined and reply.answered
    view = conversation.reply_view(reply, 1, mentor.corpus.sections)
    assert conversation.NOT_COVERED in view.text
    assert "?</i>." not in view.text and "?</i> " + conversation.ON_THE_REST in view.text


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("我需要博士学位才能申请机器学习实习吗？", "zh"),
        ("我需要博士學位才能申請機器學習實習嗎？", "zh-Hant"),
    ],
)
def test_a_chinese_note_is_written_in_the_students_script(mentor, text, script):
    from bot.telegram.views.languages import FOUND_IN_ENGLISH, ONLY_ENGLISH

    reply = mentor.reply(text)
    assert reply.language.code == "zh"
    view = conversation.reply_view(reply, 1, mentor.corpus.sections)
    table = FOUND_IN_ENGLISH if reply.passage is not None else ONLY_ENGLISH
    other = "zh-Hant" if script == "zh" else "zh"
    assert table[script] in view.text and table[other] not in view.text


def test_bemba_and_tashelhit_writers_are_asked_for_english_in_their_words():
    from bot.telegram.views.languages import ONLY_ENGLISH

    assert "Cisungu" in ONLY_ENGLISH["bem"] and "tanglizt" in ONLY_ENGLISH["shi"]


def test_sorani_writers_are_asked_for_english_in_sorani_and_in_html_safe_words():
    from bot.knowledge.reading.language import read_language
    from bot.telegram.views.languages import FOUND_IN_ENGLISH, ONLY_ENGLISH

    for line in (ONLY_ENGLISH["ckb"], FOUND_IN_ENGLISH["ckb"]):
        assert read_language(line).code == "ckb"
        assert not set("<>&").intersection(line)
