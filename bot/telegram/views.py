"""Everything the bot says: texts, HTML escaping, inline keyboards as plain data, paging.

No `telegram` import here: a View is plain data, so the terminal chat and the CLI render
the same views, and tests can read them without a bot. Every string that comes from the
corpus or from a user goes through `esc` before it enters a message.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.knowledge.corpus import Corpus, Passage, Section
from bot.knowledge.retriever import Answer
from bot.telegram import callbacks as cb

MAX_MESSAGE = 4096
PAGE_BUDGET = 3500  # leaves room for a page header under Telegram's 4096
MAX_BUTTON_LABEL = 48


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback_data


@dataclass(frozen=True)
class View:
    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = field(default=())


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units: an emoji can count as two."""
    return len(text.encode("utf-16-le")) // 2


def to_plain(text: str) -> str:
    """A View's HTML as plain text, for the terminal."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def passage_body(passage: Passage) -> str:
    """Passage text for a chat: Markdown bullets become •, everything escaped."""
    return re.sub(r"(?m)^- ", "• ", esc(passage.text))


# ── commands, welcome and help ───────────────────────────────────────────────

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Welcome and topics"),
    ("ask", "Ask a question (works in groups too)"),
    ("topics", "Browse the guide by topic"),
    ("help", "What I can do"),
)


def welcome(corpus: Corpus) -> View:
    text = (
        "👋 <b>Hi! I'm your ML internship mentor.</b>\n\n"
        "Ask me anything about landing a machine-learning internship: what to study, how to "
        "practise, how to apply and what the interviews are like. My answers come from a guide "
        "by an ML engineer who has worked at Microsoft, Apple and NVIDIA (written in 2020).\n\n"
        "Pick a topic, or just type your question."
    )
    return View(text, (*topic_rows(corpus.sections), (Button("💡 Try an example", cb.EXAMPLE),)))


def help_view() -> View:
    lines = [
        "<b>How to use me</b>",
        "Just type a question, e.g. <i>Do I need a PhD?</i>",
        "",
        *(f"/{name} — {esc(description)}" for name, description in COMMANDS),
    ]
    return View("\n".join(lines))


def topics_view(corpus: Corpus) -> View:
    return View("📚 <b>Topics in the guide</b>\nPick one to read it:", topic_rows(corpus.sections))


def topic_rows(sections: Sequence[Section]) -> tuple[tuple[Button, ...], ...]:
    buttons = [Button(label(s.title), cb.pack(cb.TOPIC, s.slug, 0)) for s in sections]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))


# ── answers ──────────────────────────────────────────────────────────────────


def passage_heading(passage: Passage) -> str:
    return f"<b>📘 {esc(passage.section_title)} · {esc(passage.title)}</b>"


def answer_view(
    answer: Answer, question_id: int | None, asked: str | None = None, related_limit: int = 2
) -> View:
    """The best passage, up to two related ones as buttons, and 👍 / 👎."""
    best = answer.hits[0].passage
    parts = [f"❓ <i>{esc(asked)}</i>"] if asked else []
    parts += [passage_heading(best), passage_body(best)]
    rows: list[tuple[Button, ...]] = [
        (Button(label(f"📖 {hit.passage.title}"), cb.pack(cb.PASSAGE, hit.passage.id)),)
        for hit in answer.hits[1 : 1 + related_limit]
    ]
    if question_id is not None:
        rows.append(feedback_row(question_id))
    return View("\n\n".join(parts), tuple(rows))


def feedback_row(question_id: int) -> tuple[Button, ...]:
    return (
        Button("👍 Helpful", cb.pack(cb.FEEDBACK, question_id, 1)),
        Button("👎 Not helpful", cb.pack(cb.FEEDBACK, question_id, -1)),
    )


def declined_view(corpus: Corpus) -> View:
    topics = ", ".join(
        s.title.lower() for s in corpus.sections if s.slug not in {"about", "summary"}
    )
    text = (
        "🤔 I don't have guidance on that, sorry. I only know about getting a machine-learning "
        f"internship: {esc(topics)}.\n\nTry rephrasing your question, or pick a topic:"
    )
    return View(text, topic_rows(corpus.sections))


def passage_view(passage: Passage) -> View:
    return View(
        f"{passage_heading(passage)}\n\n{passage_body(passage)}",
        (
            (
                Button(
                    label(f"📚 More on {passage.section_title}"),
                    cb.pack(cb.TOPIC, passage.section, 0),
                ),
            ),
        ),
    )


def section_pages(corpus: Corpus, slug: str) -> list[str]:
    """A section's passages packed into pages that each fit a message."""
    pages: list[str] = []
    current = ""
    for passage in corpus.section_passages(slug):
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


def section_view(corpus: Corpus, slug: str, page: int) -> View | None:
    """Page `page` of a section, or None when there is no such section or page."""
    section = corpus.section(slug)
    pages = section_pages(corpus, slug)
    if section is None or not 0 <= page < len(pages):
        return None
    counter = f"  ({page + 1}/{len(pages)})" if len(pages) > 1 else ""
    text = f"📘 <b>{esc(section.title)}</b>{counter}\n\n{pages[page]}"
    nav: list[Button] = []
    if page > 0:
        nav.append(Button("◀ Previous", cb.pack(cb.TOPIC, slug, page - 1)))
    if page + 1 < len(pages):
        nav.append(Button("Next ▶", cb.pack(cb.TOPIC, slug, page + 1)))
    rows = (tuple(nav),) if nav else ()
    return View(text, (*rows, (Button("📚 All topics", cb.TOPICS),)))


# ── one-liners ───────────────────────────────────────────────────────────────

ASK_USAGE = "Ask me like this: <code>/ask Do I need a PhD?</code>"
NOT_TEXT = (
    "I can only read text. Type your question, e.g. "
    "<i>How should I prepare for the coding interview?</i>"
)
RATE_LIMITED = "⏳ That's a lot of questions at once! Give me a minute, then ask again."
SOMETHING_WENT_WRONG = "😕 Sorry, something went wrong on my side. Please try again in a moment."
STALE_BUTTON = "This button has expired. Send /start for a fresh menu."
FEEDBACK_THANKS = {
    1: "Thanks! Glad it helped 👍",
    -1: "Thanks, noted. I'll pass it on to the guide's authors 👎",
}


def split_message(text: str, limit: int = MAX_MESSAGE) -> list[str]:
    """Cut text into messages within Telegram's limit, at paragraph or line breaks.

    Views keep every HTML tag within one line, so a cut at a line break never splits a tag.
    A single line longer than the limit is cut with its tags removed.
    """
    if telegram_length(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for line in text.split("\n"):
        pieces = [line] if telegram_length(line) <= limit else _hard_cut(line, limit)
        for piece in pieces:
            candidate = f"{current}\n{piece}" if current else piece
            if telegram_length(candidate) > limit:
                chunks.append(current)
                current = piece
            else:
                current = candidate
    if current.strip():
        chunks.append(current)
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _hard_cut(line: str, limit: int) -> list[str]:
    plain = esc(to_plain(line))
    pieces: list[str] = []
    while plain:
        cut = limit
        while telegram_length(plain[:cut]) > limit:
            cut -= 1
        amp = plain.rfind("&", max(0, cut - 8), cut)  # never split an entity like &amp;
        if amp != -1 and ";" not in plain[amp:cut]:
            cut = amp
        pieces.append(plain[:cut])
        plain = plain[cut:]
    return pieces
