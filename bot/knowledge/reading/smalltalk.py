"""Greetings, thanks and goodbyes: answered kindly instead of searched for and declined."""

from __future__ import annotations

import re
from enum import StrEnum


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"


_PATTERNS = {
    SmallTalk.GREETING: r"(hi|hii+|hello|hey|heya|hiya|yo|howdy|hola|hallo"
    r"|good (morning|afternoon|evening))( there| bot| mentor)?",
    SmallTalk.THANKS: r"(thanks|thank you|thank u|thx|ty|cheers|much appreciated)"
    r"( (so|very) much| a lot)?( for (the|your) (help|answer|advice))?",
    SmallTalk.GOODBYE: r"(bye|goodbye|good bye|see (you|ya)|cya|later)",
}
_COMPILED = {kind: re.compile(rf"^{pattern}$") for kind, pattern in _PATTERNS.items()}


def small_talk(text: str) -> SmallTalk | None:
    """The kind of small talk a whole message is, or None for anything with a question in it."""
    words = re.sub(r"[^\w\s']", " ", text.lower())
    words = re.sub(r"\s+", " ", words).strip()
    for kind, pattern in _COMPILED.items():
        if pattern.match(words):
            return kind
    return None
