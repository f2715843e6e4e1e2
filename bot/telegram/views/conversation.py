"""Questions and answers: the command menu, welcome, help, topics, answers, passages, and
what is said instead of an answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.knowledge.mentor import Act, Reason, Reply
from bot.knowledge.reading.smalltalk import SmallTalk
from bot.knowledge.search.corpus import Passage, Section
from bot.telegram import callbacks as cb
from bot.telegram.views.common import Button, View, esc, label, telegram_length
from bot.telegram.views.languages import (
    ASK_IN_ENGLISH,
    FOUND_ANYWAY,
    FOUND_IN_ENGLISH,
    FOUND_SEVERAL_ANYWAY,
    ONLY_ENGLISH,
    READS_ENGLISH,
    READS_ENGLISH_BEST,
    in_their_words,
)

if TYPE_CHECKING:
    from bot.questions import Asked

PAGE_BUDGET = 3500  # leaves room for a page header under Telegram's 4096

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Welcome and topics"),
    ("ask", "Ask a question (works in groups too)"),
    ("topics", "Browse the guide by topic"),
    ("checklist", "Your study checklist"),
    ("nudge", "Your weekly reminder: day, time, on/off"),
    ("timezone", "Set your timezone"),
    ("export", "Download everything I store about you"),
    ("forget", "Delete everything I store about you"),
    ("help", "What I can do"),
)

ASK_USAGE = "Ask me like this: <code>/ask Do I need a PhD?</code>"
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do, or just type a question."
NOT_TEXT = (
    "I can only read text. Type your question, e.g. "
    "<i>How should I prepare for the coding interview?</i>"
)
RATE_LIMITED = "⏳ That's a lot of questions at once! Give me a minute, then ask again."
CANT_ANSWER_NOW = (
    "😕 Sorry, I can't answer questions right now: my guide failed to load. "
    "/topics, /checklist and the other commands still work."
)
FEEDBACK_THANKS = {
    1: "Thanks! Glad it helped 👍",
    -1: "Thanks, noted. I'll pass it on to the guide's authors 👎",
}


def passage_body(passage: Passage) -> str:
    """Passage text for a chat: Markdown bullets become •, everything escaped."""
    return re.sub(r"(?m)^- ", "• ", esc(passage.text))


def passage_heading(passage: Passage) -> str:
    return f"<b>📘 {esc(passage.section_title)} · {esc(passage.title)}</b>"


# ── welcome, help and topics ─────────────────────────────────────────────────


def welcome(sections: Sequence[Section], has_checklist: bool, private: bool = True) -> View:
    text = (
        "👋 <b>Hi! I'm your ML internship mentor.</b>\n\n"
        "Ask me anything about landing a machine-learning internship: what to study, how to "
        "practise, how to apply and what the interviews are like. My answers come from a guide "
        "by an ML engineer who has worked at Microsoft, Apple and NVIDIA (written in 2020).\n\n"
        + (
            "I can also keep your study checklist. Pick a topic, or just type your question."
            if private
            else "In a group, ask me with /ask or mention me. Pick a topic:"
        )
    )

    checklist = (
        Button("📝 My checklist", cb.pack(cb.CHECKLIST_PAGE, 0))
        if has_checklist
        else Button("📝 Start my study checklist", cb.ADD_TEMPLATE)
    )
    last_row = (Button("💡 Try an example", cb.EXAMPLE), *((checklist,) if private else ()))
    return View(text, (*topic_rows(sections), last_row))


def help_view() -> View:
    lines = [
        "<b>How to use me</b>",
        "Just type a question, e.g. <i>Do I need a PhD?</i>",
        "",
        *(f"/{name} — {esc(description)}" for name, description in COMMANDS),
    ]
    return View("\n".join(lines))


def topics_view(sections: Sequence[Section]) -> View:
    return View("📚 <b>Topics in the guide</b>\nPick one to read it:", topic_rows(sections))


def topic_rows(sections: Sequence[Section]) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(label(s.title), cb.pack(cb.TOPIC, s.slug, 0)) for s in sections]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


SMALL_TALK = {
    SmallTalk.THANKS: "You're welcome! Ask me anything else whenever you like. 🍀",
    SmallTalk.GOODBYE: "Bye! Good luck with the applications. 🍀",
    SmallTalk.LUCK: (
        "Good luck! 🍀 You've prepared for this. Remember: your interviewer wants you to "
        "succeed, not to fail."
    ),
    SmallTalk.IDENTITY: (
        "🤖 I'm a bot, a mentor for getting a machine-learning internship. My answers come "
        "from a guide by an ML engineer who has worked at Microsoft, Apple and NVIDIA "
        "(written in 2020). I can also keep your study checklist and send you a weekly "
        "nudge. Ask me something, e.g. <i>Do I need a PhD?</i>"
    ),
    SmallTalk.FRUSTRATION: (
        "😕 Sorry, that didn't help. I only know what the guide says, so I may have missed "
        "what you meant. Try asking in other words, or pick a topic:"
    ),
}


def small_talk_view(kind: SmallTalk, sections: Sequence[Section]) -> View:
    if kind is SmallTalk.GREETING:
        return View(
            "👋 Hi! Ask me anything about getting a machine-learning internship, "
            "e.g. <i>Do I need a PhD?</i> Or pick a topic:",
            topic_rows(sections),
        )
    rows = topic_rows(sections) if kind in (SmallTalk.IDENTITY, SmallTalk.FRUSTRATION) else ()
    return View(SMALL_TALK[kind], rows)


# ── answers ──────────────────────────────────────────────────────────────────


def asked_view(asked: Asked, sections: Sequence[Section], echo: bool = False) -> View | None:
    """The reply to a question: its answer, the polite decline, or why it wasn't looked up.
    None: say nothing (the rest of a burst over the rate limit)."""
    # Imported here: `mentorbot ask` renders replies without the questions service, and
    # so without its database and rate limiter.
    from bot.questions import Refusal

    if asked.refusal is Refusal.EMPTY:
        return View(ASK_USAGE)
    if asked.refusal is Refusal.LIMITED:
        return View(RATE_LIMITED)
    if asked.reply is None:
        return None
    return reply_view(asked.reply, asked.question_id, sections, echo)


def reply_view(
    reply: Reply, question_id: int | None, sections: Sequence[Section], echo: bool = False
) -> View:
    if reply.small_talk is not None and reply.only_small_talk:
        return small_talk_view(reply.small_talk, sections)
    if reply.reason is Reason.NOT_ENGLISH:
        return not_english_view(reply, question_id, sections)
    if reply.reason is Reason.NO_CONTEXT:
        return View(NO_CONTEXT, topic_rows(sections))
    if reply.reason is Reason.NOTHING_MORE:
        return nothing_more_view(reply.section, sections)
    if reply.passage is None:
        return declined_view(sections)
    if len(reply.answers) > 1:
        view = several_view(reply, question_id)
    else:
        view = answer_view(reply, question_id, asked=reply.text if echo else None)
    if not reply.language.is_english and not reply.language.mixed:
        return _with_language_note(reply, view)
    return view


def answer_view(reply: Reply, question_id: int | None, asked: str | None = None) -> View:
    """The passage; up to two related ones (or else its topic) as buttons; 👍 / 👎."""
    answer = reply.answered[0]
    best = answer.passage
    assert best is not None
    parts = [f"❓ <i>{esc(asked)}</i>"] if asked else []
    if answer.act is Act.DOUBT:
        parts.append(f"🤝 <i>{esc(STANDS_BY_IT)}</i>")
    elif answer.act in (Act.FOLLOW_UP, Act.MORE) and reply.thread_question:
        parts.append(f"↪️ <i>{esc(FOLLOWING_ON)} {esc(reply.thread_question)}</i>")
    parts += [passage_heading(best), passage_body(best)]
    rows: list[tuple[Button, ...]] = [
        (Button(label(f"📖 {passage.title}"), cb.pack(cb.PASSAGE, passage.id)),)
        for passage in answer.related
    ] or [(more_on_topic(best),)]
    if question_id is not None:
        rows.append(feedback_row(question_id))
        rows.append((Button("➕ Add to my checklist", cb.pack(cb.ADD_FROM_PASSAGE, best.id)),))
    return View("\n\n".join(parts), tuple(rows))


def several_view(reply: Reply, question_id: int | None) -> View:
    """A reply to several questions: what the guide doesn't cover named first, then each
    answered question under its own heading, each passage with its checklist button."""
    blocks: list[str] = []
    if reply.declined:
        questions = [_short(a.question) for a in reply.declined]
        named = ", ".join(f"<i>{esc(q)}</i>" for q in questions)
        # "…earn?" already ends its sentence: no full stop after it
        stop = "" if questions[-1].endswith(("?", "!", ".", "…")) else "."
        blocks.append(f"🤔 {NOT_COVERED} {named}{stop} {ON_THE_REST}")
    for answer in reply.answered:
        assert answer.passage is not None
        blocks.append(
            f"❓ <i>{esc(_short(answer.question, 120))}</i>\n"
            f"{passage_heading(answer.passage)}\n\n{passage_body(answer.passage)}"
        )
    rows: list[tuple[Button, ...]] = []
    if question_id is not None:
        rows.append(feedback_row(question_id))
        rows += [
            (Button(label(f"➕ {a.passage.title}"), cb.pack(cb.ADD_FROM_PASSAGE, a.passage.id)),)
            for a in reply.answered
            if a.passage is not None
        ]
    return View("\n\n".join(blocks), tuple(rows))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def feedback_row(question_id: int) -> tuple[Button, ...]:
    return (
        Button("👍 Helpful", cb.pack(cb.FEEDBACK, question_id, 1)),
        Button("👎 Not helpful", cb.pack(cb.FEEDBACK, question_id, -1)),
    )


def declined_view(sections: Sequence[Section]) -> View:
    topics = ", ".join(s.title.lower() for s in sections if s.slug not in {"about", "summary"})
    text = (
        "🤔 I don't have guidance on that, sorry. I only know about getting a machine-learning "
        f"internship: {esc(topics)}.\n\nTry rephrasing your question, or pick a topic:"
    )
    return View(text, topic_rows(sections))


NOT_COVERED = "The guide doesn't cover"
ON_THE_REST = "Here is what it says on the rest:"
STANDS_BY_IT = (
    "That's what the guide says, from an engineer who has interviewed hundreds of candidates:"
)
NO_CONTEXT = (
    "🙂 Tell you more about what? Ask me a question first, e.g. <i>Do I need a PhD?</i> "
    "Or pick a topic:"
)
FOLLOWING_ON = "Following on from:"


def nothing_more_view(slug: str | None, sections: Sequence[Section]) -> View:
    title = next((s.title for s in sections if s.slug == slug), "this topic")
    return View(
        f"✅ That's everything the guide says about <b>{esc(title)}</b>. "
        "Ask me something else, or pick another topic:",
        topic_rows(sections),
    )


def not_english_view(reply: Reply, question_id: int | None, sections: Sequence[Section]) -> View:
    """Declined in a language the bot doesn't read well: said in the student's language
    where we have the words, and always in English."""
    translated = in_their_words(ONLY_ENGLISH, reply.language.code, reply.text)
    note = f"🌐 {esc(translated)}\n\n" if translated else "🌐 "
    if reply.language.mixed:
        # They write English too: the decline, with a line in their variety.
        return View(f"{note}{declined_view(sections).text}", topic_rows(sections))
    return View(f"{note}{esc(READS_ENGLISH)} {ASK_IN_ENGLISH}", topic_rows(sections))


def _with_language_note(reply: Reply, view: View) -> View:
    """An answer to a message in another language: a note that the bot reads English best,
    in their language where we have the words, and the passage it found anyway. Not a
    request to ask again in English: the question was answered."""
    translated = in_their_words(FOUND_IN_ENGLISH, reply.language.code, reply.text)
    note = f"🌐 {esc(translated)}\n\n" if translated else "🌐 "
    found = FOUND_SEVERAL_ANYWAY if len(reply.answered) > 1 else FOUND_ANYWAY
    return View(f"{note}{esc(READS_ENGLISH_BEST)} {esc(found)}\n\n{view.text}", view.buttons)


def more_on_topic(passage: Passage) -> Button:
    return Button(
        label(f"📚 More on {passage.section_title}"), cb.pack(cb.TOPIC, passage.section, 0)
    )


def passage_view(passage: Passage) -> View:
    add = Button("➕ Add to my checklist", cb.pack(cb.ADD_FROM_PASSAGE, passage.id))
    return View(
        f"{passage_heading(passage)}\n\n{passage_body(passage)}",
        ((more_on_topic(passage),), (add,)),
    )


# ── a topic, page by page ────────────────────────────────────────────────────


def section_pages(passages: Sequence[Passage]) -> list[str]:
    """A section's passages packed into pages that each fit a message."""
    pages: list[str] = []
    current = ""
    for passage in passages:
        block = f"<b>{esc(passage.title)}</b>\n{passage_body(passage)}"
        candidate = f"{current}\n\n{block}" if current else block
        if current and telegram_length(candidate) > PAGE_BUDGET:
            pages.append(current)
            current = block
        else:
            current = candidate
    if current:
        pages.append(current)
    return pages


def section_view(section: Section | None, passages: Sequence[Passage], page: int) -> View | None:
    """Page `page` of a section, or None when there is no such section or page."""
    pages = section_pages(passages)
    if section is None or not 0 <= page < len(pages):
        return None
    counter = f"  ({page + 1}/{len(pages)})" if len(pages) > 1 else ""
    text = f"📘 <b>{esc(section.title)}</b>{counter}\n\n{pages[page]}"
    nav: list[Button] = []
    if page > 0:
        nav.append(Button("◀ Previous", cb.pack(cb.TOPIC, section.slug, page - 1)))
    if page + 1 < len(pages):
        nav.append(Button("Next ▶", cb.pack(cb.TOPIC, section.slug, page + 1)))
    rows = (tuple(nav),) if nav else ()
    return View(text, (*rows, (Button("📚 All topics", cb.TOPICS),)))
