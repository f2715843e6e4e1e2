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
from datetime import datetime

from bot.checklist.service import progress
from bot.knowledge.corpus import Corpus, Passage, Section
from bot.knowledge.retriever import Answer
from bot.knowledge.smalltalk import SmallTalk
from bot.nudges.compose import Nudge, NudgeState
from bot.nudges.preferences import Preferences
from bot.nudges.schedule import local_label, zone_label
from bot.store.checklist import Item
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
    ("checklist", "Your study checklist"),
    ("nudge", "Your weekly reminder: day, time, on/off"),
    ("timezone", "Set your timezone"),
    ("export", "Download everything I store about you"),
    ("forget", "Delete everything I store about you"),
    ("help", "What I can do"),
)


def welcome(corpus: Corpus, has_checklist: bool, private: bool = True) -> View:
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
    return View(text, (*topic_rows(corpus.sections), last_row))


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


def answer_view(answer: Answer, question_id: int | None, asked: str | None = None) -> View:
    """The best passage; up to two related ones (or else its topic) as buttons; 👍 / 👎."""
    best = answer.hits[0].passage
    parts = [f"❓ <i>{esc(asked)}</i>"] if asked else []
    parts += [passage_heading(best), passage_body(best)]
    rows: list[tuple[Button, ...]] = [
        (Button(label(f"📖 {hit.passage.title}"), cb.pack(cb.PASSAGE, hit.passage.id)),)
        for hit in answer.related(limit=2)
    ] or [(more_on_topic(best),)]
    if question_id is not None:
        rows.append(feedback_row(question_id))
        rows.append((Button("➕ Add to my checklist", cb.pack(cb.ADD_FROM_PASSAGE, best.id)),))
    return View("\n\n".join(parts), tuple(rows))


def feedback_row(question_id: int) -> tuple[Button, ...]:
    return (
        Button("👍 Helpful", cb.pack(cb.FEEDBACK, question_id, 1)),
        Button("👎 Not helpful", cb.pack(cb.FEEDBACK, question_id, -1)),
    )


def small_talk_view(kind: SmallTalk, corpus: Corpus) -> View:
    if kind is SmallTalk.GREETING:
        return View(
            "👋 Hi! Ask me anything about getting a machine-learning internship, "
            "e.g. <i>Do I need a PhD?</i> Or pick a topic:",
            topic_rows(corpus.sections),
        )
    if kind is SmallTalk.THANKS:
        return View("You're welcome! Ask me anything else whenever you like. 🍀")
    return View("Bye! Good luck with the applications. 🍀")


def declined_view(corpus: Corpus) -> View:
    topics = ", ".join(
        s.title.lower() for s in corpus.sections if s.slug not in {"about", "summary"}
    )
    text = (
        "🤔 I don't have guidance on that, sorry. I only know about getting a machine-learning "
        f"internship: {esc(topics)}.\n\nTry rephrasing your question, or pick a topic:"
    )
    return View(text, topic_rows(corpus.sections))


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


# ── the checklist ────────────────────────────────────────────────────────────

CHECKLIST_PAGE_SIZE = 8
IN_PLACE = "here"  # a button's argument: show the result in place of its message

PRIVATE_ONLY = "Let's do that in a private chat with me, so what's yours stays yours."
PRIVATE_ONLY_BUTTON = "This works in a private chat with me only."


def checklist_view(items: list[Item], page: int = 0, note: str | None = None) -> View:
    """One page of the list with a toggle (and a Why? when linked) per item."""
    head = [f"{esc(note)}\n"] if note else []
    if not items:
        text = "\n".join(
            [
                *head,
                "📝 <b>Your checklist is empty.</b>",
                "Start from the guide's steps, or add your own: "
                "<code>/checklist add Finish a deep learning course</code>",
            ]
        )
        add = Button("📝 Add the guide's steps", cb.pack(cb.ADD_TEMPLATE, IN_PLACE))
        return View(text, ((add,),))
    pages = max(1, -(-len(items) // CHECKLIST_PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    first = page * CHECKLIST_PAGE_SIZE
    shown = list(enumerate(items, start=1))[first : first + CHECKLIST_PAGE_SIZE]
    state = progress(items)
    lines = [*head, "📝 <b>Your study checklist</b>", f"<code>{state.bar()}</code>", ""]
    lines += [f"{'✅' if item.done else '⬜'} {number}. {esc(item.text)}" for number, item in shown]
    if state.done == state.total:
        lines += ["", "🎉 All done! Time to apply: see /topics → How to apply."]
    if pages > 1:
        lines += ["", f"Page {page + 1} of {pages}"]
    lines += ["", "<i>Tap an item to tick it off. /checklist help for more.</i>"]
    rows: list[tuple[Button, ...]] = []
    for number, item in shown:
        toggle = Button(
            label(f"{'✅' if item.done else '⬜'} {number}. {item.text}"),
            cb.pack(cb.CHECK, item.id, 0 if item.done else 1, page),
        )
        why = (Button("❓ Why?", cb.pack(cb.WHY, item.id)),) if item.passage_id else ()
        rows.append((toggle, *why))
    nav = []
    if page > 0:
        nav.append(Button("◀ Previous", cb.pack(cb.CHECKLIST_PAGE, page - 1)))
    if page + 1 < pages:
        nav.append(Button("Next ▶", cb.pack(cb.CHECKLIST_PAGE, page + 1)))
    if nav:
        rows.append(tuple(nav))
    return View("\n".join(lines), tuple(rows))


def confirm_remove_view(item: Item, number: int) -> View:
    return View(
        f"Remove item {number}, “{esc(item.text)}”?",
        (
            (
                Button("🗑 Yes, remove it", cb.pack(cb.CONFIRM_REMOVE, item.id)),
                Button("Keep it", cb.CANCEL),
            ),
        ),
    )


def confirm_clear_view(items: list[Item]) -> View:
    newest = max(item.id for item in items)
    return View(
        f"Remove all {len(items)} items from your checklist? This can't be undone.",
        (
            (
                Button("🗑 Yes, clear it", cb.pack(cb.CONFIRM_CLEAR, newest)),
                Button("Keep them", cb.CANCEL),
            ),
        ),
    )


def template_note(added: int) -> str:
    if added == 0:
        return "You already have every step from the guide."
    return f"Added {added} step{'s' if added != 1 else ''} from the guide."


# ── nudges ───────────────────────────────────────────────────────────────────

STOP_NUDGES = Button("🔕 Stop nudges", cb.NUDGES_OFF)
PAUSING = (
    "<i>I haven't heard from you in a while, so this is my last nudge for now. "
    "Send /nudge on whenever you want them back.</i>"
)


def nudge_view(nudge: Nudge) -> View:
    # The last nudge before a pause offers to keep them coming instead of snooze and stop.
    controls = (
        (Button("🔔 Keep the nudges coming", cb.NUDGES_ON),)
        if nudge.pausing
        else (Button("⏰ Remind me tomorrow", cb.SNOOZE), STOP_NUDGES)
    )
    if nudge.state is NudgeState.EMPTY:
        text = (
            "👋 Your weekly nudge! You don't have a study checklist yet. I can start one "
            "with the guide's steps, from the core courses to applying."
        )
        action = Button("📝 Start my checklist", cb.ADD_TEMPLATE)
    elif nudge.state is NudgeState.COMPLETE:
        text = (
            f"🎉 You've ticked off all {nudge.total} items on your checklist. Brilliant!\n\n"
            "Next: apply. A referral, your advisor's contacts or a company's booth at a "
            "conference work best. Set yourself new goals with /checklist add."
        )
        action = Button("📚 How to apply", cb.pack(cb.TOPIC, "applying", 0))
    else:
        lines = [esc(nudge.opening), "", "<b>Next up:</b>"]
        for item in nudge.items:
            lines.append(f"⬜ {esc(item.text)}")
            if item.tip:
                lines.append(f"    <i>💡 {esc(item.tip)}</i>")
        text = "\n".join(lines)
        first = nudge.items[0]
        action = Button(label(f"✅ Done: {first.text}"), cb.pack(cb.CHECK, first.item_id, 1, 0))
    if nudge.pausing:
        text += "\n\n" + PAUSING
    return View(text, ((action,), controls))


def nudge_settings_view(prefs: Preferences, note: str | None = None) -> View:
    head = [esc(note), ""] if note else []
    slot = prefs.slot
    if prefs.enabled:
        lines = [
            *head,
            "⏰ <b>Your weekly nudge</b>",
            f"{esc(slot.describe())}",
        ]
        if prefs.next_at:
            lines.append(f"Next one: {local_label(prefs.next_at, slot.timezone)} your time.")
        lines += ["", "Change it: <code>/nudge fri 6pm</code> · <code>/timezone Berlin</code>"]
        return View("\n".join(lines), ((Button("🔕 Turn nudges off", cb.NUDGES_OFF),),))
    reason = (
        "I paused them because I hadn't heard from you in a while."
        if prefs.paused_for_silence
        else "You turned them off."
    )
    lines = [*head, "🔕 <b>Weekly nudges are off.</b>", reason, f"When on: {esc(slot.describe())}."]
    return View("\n".join(lines), ((Button("🔔 Turn nudges on", cb.NUDGES_ON),),))


def timezone_view(zone: str, now: datetime) -> View:
    return View(
        f"🌍 Your timezone is {esc(zone_label(zone))} (it's {local_label(now, zone)} there).\n"
        "Change it with a city or a zone, e.g. <code>/timezone Berlin</code> or "
        "<code>/timezone America/New_York</code>."
    )


def timezone_set_note(zone: str, now: datetime) -> str:
    return f"🌍 Timezone set to {zone_label(zone)}: it's {local_label(now, zone)} there."


def snoozed_text(until_label: str) -> str:
    return f"⏰ OK, I'll remind you tomorrow ({until_label} your time)."


NUDGES_STOPPED = "🔕 Nudges are off. Send /nudge on to bring them back."
NUDGES_STARTED = "🔔 Nudges are on."


# ── privacy ──────────────────────────────────────────────────────────────────


def confirm_forget_view(minute: int) -> View:
    return View(
        "This deletes everything I store about you: your checklist, the questions you asked, "
        "your feedback and your settings. It can't be undone.\n\n"
        "Want a copy first? Send /export.",
        (
            (
                Button("🗑 Yes, delete everything", cb.pack(cb.CONFIRM_FORGET, minute)),
                Button("Cancel", cb.CANCEL),
            ),
        ),
    )


FORGOTTEN = (
    "Done: I've deleted everything I stored about you. "
    "If you ever want to start again, send /start."
)
EXPORT_CAPTION = "Here's everything I store about you, as JSON."
CANCELLED = "OK, nothing changed."
GONE_ITEM = "That item is no longer on your checklist."
EXPIRED_CONFIRMATION = "That confirmation has expired. Please ask again."


# ── one-liners ───────────────────────────────────────────────────────────────

ASK_USAGE = "Ask me like this: <code>/ask Do I need a PhD?</code>"
UNKNOWN_COMMAND = "I don't know that command. /help lists what I can do, or just type a question."

NOT_TEXT = (
    "I can only read text. Type your question, e.g. "
    "<i>How should I prepare for the coding interview?</i>"
)
RATE_LIMITED = "⏳ That's a lot of questions at once! Give me a minute, then ask again."
SOMETHING_WENT_WRONG = "😕 Sorry, something went wrong on my side. Please try again in a moment."
CANT_ANSWER_NOW = (
    "😕 Sorry, I can't answer questions right now: my guide failed to load. "
    "/topics, /checklist and the other commands still work."
)
LATE_REPLY = (
    "⏳ Sorry for the wait! I was offline, so I'm only now reading what you sent {delay} ago."
)
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
