"""Several questions in one message: "what should i study and how do i apply?".

The message is cut at list items ("1) …", "- …"), at question marks, at "and also",
"also,", ";" and "plus", and at an "and" that opens a new question ("… and how do I
apply"). Each piece that asks something becomes a part; a piece that only tells
("I'm a 2nd-year student.") stays with the question after it, as its context. A message
with one question in it is not split, so a story told before a question stays whole.
"""

from __future__ import annotations

import re

from bot.knowledge.search.text import words

MAX_PARTS = 3
MIN_PART_WORDS = 2

_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*•]|[a-c][.)])\s+")
_INLINE_NUMBER = re.compile(r"(?:^|\s)\(?(?:[1-9]|[a-c])[.)]\s+")
# What joins a later part to the one before it, not to the conversation.
_JOINING = re.compile(r"^(?:(?:and|also|plus|aur|tsaka|tapos|y)\b[\s,]*)+", re.IGNORECASE)
_QUESTION_WORD = (
    r"(?:what|what's|whats|how|which|where|when|why|who|do|does|did|is|are|can|could|should|"
    r"would|will|any|kya|kaise|kaun|kitna|paano|pano|ano|saan|wetin|como|cómo|qué|cuál|cual)"
)
# "… and how do I apply?", "…, also is colab free", "; can I …", "plus do I need …"
_JOINT = re.compile(
    rf"\s*(?:\band\s+also\b|,\s*also\b|\balso,|;|\bplus\b|\band\b|\baur\b|\btsaka\b|\btapos\b|"
    rf"\by\s+también\b)\s*(?={_QUESTION_WORD}\b)",
    re.IGNORECASE,
)
_ASKS = re.compile(
    rf"\?|^\W*(?:(?:and|but|also|so|btw|ok|okay|plus)\s+)*{_QUESTION_WORD}\b|"
    r"^\W*(?:tell\s+me|explain|suggest|recommend|give\s+me|share|list)\b",
    re.IGNORECASE,
)


def split_questions(text: str) -> list[str]:
    """The questions a message asks, each with the telling that came before it; the whole
    message alone when it asks one thing."""
    pieces = _pieces(text)
    parts: list[str] = []
    telling = ""
    for piece in pieces:
        if _ASKS.search(piece):
            parts.append(f"{telling} {piece}".strip())
            telling = ""
        else:
            telling = f"{telling} {piece}".strip()
    if telling and parts:
        parts[-1] = f"{parts[-1]} {telling}"
    parts = _merge_fragments(parts)
    if len(parts) < 2:
        return [text]
    parts = [parts[0], *(_JOINING.sub("", p) or p for p in parts[1:])]
    if len(parts) > MAX_PARTS:
        parts = [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1 :])]
    return parts


def _pieces(text: str) -> list[str]:
    lines = [line for line in text.splitlines() if line.strip()]
    if sum(bool(_LIST_ITEM.match(line)) for line in lines) >= 2:
        items = [_LIST_ITEM.sub("", line).strip() for line in lines]
        return [item for item in items if item]
    pieces: list[str] = []
    for sentence in re.split(r"(?<=[?!.])\s+|\n+", text):
        for numbered in _INLINE_NUMBER.split(sentence):
            pieces.extend(p.strip(" ,") for p in _JOINT.split(numbered))
    return [p for p in pieces if p and words(p)]


def _merge_fragments(parts: list[str]) -> list[str]:
    """A part of one word ("why?", "and?") belongs to the part before it."""
    merged: list[str] = []
    for part in parts:
        if merged and len(words(part)) < MIN_PART_WORDS:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged
