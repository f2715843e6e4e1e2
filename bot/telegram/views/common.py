"""What every view is made of (View, Button), the HTML and length rules they all follow,
splitting a long view into messages, and the one-liners no single feature owns."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

MAX_MESSAGE = 4096
MAX_BUTTON_LABEL = 48


@dataclass(frozen=True)
class Button:
    label: str
    data: str  # callback_data


@dataclass(frozen=True)
class View:
    text: str  # Telegram HTML
    buttons: tuple[tuple[Button, ...], ...] = field(default=())

    def messages(self, limit: int = MAX_MESSAGE) -> list[View]:
        """The view as the messages it takes within Telegram's limit, buttons on the last."""
        chunks = split_message(self.text, limit)
        return [
            View(chunk, self.buttons if number == len(chunks) else ())
            for number, chunk in enumerate(chunks, start=1)
        ]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def label(text: str) -> str:
    return text if len(text) <= MAX_BUTTON_LABEL else text[: MAX_BUTTON_LABEL - 1] + "…"


def quoted(text: str, limit: int = 30) -> str:
    """What the user wrote, cut short, in quotes: for saying what wasn't understood."""
    return f"“{text[:limit]}”"


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units: an emoji can count as two."""
    return len(text.encode("utf-16-le")) // 2


def to_plain(text: str) -> str:
    """A View's HTML as plain text, for the terminal."""
    return html.unescape(re.sub(r"<[^>]+>", "", text))


# ── one-liners ───────────────────────────────────────────────────────────────

PRIVATE_ONLY = "Let's do that in a private chat with me, so what's yours stays yours."
PRIVATE_ONLY_BUTTON = "This works in a private chat with me only."
STALE_BUTTON = "This button has expired. Send /start for a fresh menu."
CANCELLED = "OK, nothing changed."
SOMETHING_WENT_WRONG = "😕 Sorry, something went wrong on my side. Please try again in a moment."
LATE_REPLY = (
    "⏳ Sorry for the wait! I was offline, so I'm only now reading what you sent {delay} ago."
)


# ── splitting ────────────────────────────────────────────────────────────────


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
