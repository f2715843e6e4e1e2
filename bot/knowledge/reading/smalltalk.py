"""Small talk: thanks and closers, greetings, goodbyes, "who are you?", "wish me luck", and
frustration. Answered kindly instead of searched for and declined.

A whole message is small talk when every word is a courtesy, an acknowledgement or filler
("ok thanks a lot bhai 🙏", "got it 👍", "cool makes sense"), or when it is one of the short
set phrases below ("are you a bot?", "pray for me", "this doesn't help"). Students wrap
questions in courtesy too: `split_small_talk` takes it off the front and the back
("thanks! and how do I apply?"), so the question is read on its own.

Word lists, not a model: these are closed classes of a few hundred words across the
languages students mix in, and a list says exactly what it catches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge.search.text import words


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"  # thanks, and acknowledgements that close a turn ("got it 👍")
    GOODBYE = "goodbye"
    IDENTITY = "identity"  # about the bot itself: "who are you?", "are you a bot?"
    LUCK = "luck"  # "wish me luck", "interview tomorrow, pray for me"
    FRUSTRATION = "frustration"  # "this doesn't help", "useless"


_THANKS = set(
    """
    thanks thank thanx thnx thnks thks thx tnx tnks ty tyy tysm tyvm thankyou thanku
    thnku thankss tanks appreciate appreciated grateful shukriya shukria shukran
    dhanyawad dhanyavad dhanyavaad salamat gracias graciass obrigado obrigada merci
    danke grazie asante jazakallah jazakallahu jzk
    """.split()
)
_ACKNOWLEDGED = set(
    """
    ok okay okk okkk okie okies oki k kk kay alright alrighty aight cool coool nice
    great awesome amazing perfect perfecto understood noted gotcha got makes sense
    sounds good fair enough helpful useful clear sure right yep yup yes yeah ya yea true
    wonderful excellent superb brilliant lovely sahi theek thik teek acha accha achha
    acchha samjha samjhi samajh gaya gayi aa gaya gets sige noted oks kool neat sweet
    chevere chévere bueno vale dope lit fine fantastic informative insightful clarity
    clarified interesting useful wow omg sharp e don do makes ahh ah oh ohh oh ic icic
    see
    """.split()
)
_GOODBYE = set(
    """
    bye byee byeee bbye goodbye bb cya see later ttyl gn goodnight night care alvida
    hafiz adios chao ciao peace tc laters signing off logging
    """.split()
)
_GREETING = set(
    """
    hi hii hiii hiya hello helo hellooo hey heyy heya yo howdy hola hallo namaste
    namaskar assalam assalamu assalamualaikum asalamualaikum salam salaam kamusta
    kumusta musta sup wassup whatsup morning afternoon evening greetings
    """.split()
)
# Words that only fill or address: they never make a message more than small talk.
_FILLER = set(
    """
    so very much a lot lots for the this that it its your you u ur ya yaar yar bro bruh
    bhai sir maam ma'am madam po man dude boss oga guys all again really soo once ji na
    hai h ha tha lol haha hehe hihi jaja jajaja xd oh ah hmm hm mhm hmmm now then i i'm
    im and it's thats that's was is very super mate buddy friend bot mentor there help
    answer answers advice info reply response tips guidance explanation info nga talaga
    tlga naman nmn lang lng ha ka po kayo din rin pa mucho muchas much good day have
    nice and to be with me my us we will ill i'll try do it know now got gotten let
    lemme noted appreciate well good great the everything information clear dear one
    again indeed truly kind take
    """.split()
)
_EMOJI_THANKS = set("👍🙏❤💯👌✅🤝😊🙂😁😀🥰😍🫶🔥✨👏")
_EMOJI_GREETING = set("👋")

_IDENTITY = re.compile(
    r"^(?:(?:hi|hello|hey|ok|so|and)\s+)?(?:"
    r"(?:who|what)\s+(?:are|r)\s+(?:you|u)|(?:are|r)\s+(?:you|u)\s+(?:a\s+|an\s+)?"
    r"(?:bot|robot|human|real|person|ai|chatgpt|gpt|machine|program|chatbot|real person)|"
    r"what\s+(?:can|do)\s+(?:you|u)\s+do|who\s+(?:made|built|created|programmed|coded|owns)"
    r"\s+(?:you|u|this bot)|what(?:'s|\s+is)\s+(?:your|ur)\s+name|how\s+do\s+(?:you|u)\s+work|"
    r"what\s+is\s+this\s+bot|is\s+this\s+(?:a\s+)?(?:bot|ai|chatgpt)|tum\s+kaun\s+ho|"
    r"aap\s+kaun\s+(?:ho|hain)|sino\s+ka|who\s+dis"
    r")\b"
)
_LUCK = re.compile(
    r"\b(?:wish\s+me\s+(?:luck|the\s+best|good\s+luck)|pray\s+for\s+me|fingers\s+crossed|"
    r"keep\s+me\s+in\s+your\s+prayers|dua\s+(?:karna|karo|kariye|krna)|duaon|"
    r"ipagdasal|pray\s+(?:po\s+)?for\s+me|send\s+(?:good\s+)?vibes|good\s+luck\s+to\s+me|"
    r"hope\s+i\s+(?:get\s+it|make\s+it|pass|crack\s+it))\b"
)
_FRUSTRATION = re.compile(
    r"\b(?:(?:this|that|it|you|u|ur\s+answer|your\s+answer|the\s+answer)\s+"
    r"(?:does\s*n[o']?t|doesnt|didn't|didnt|is\s*n[o']?t|isnt|are\s*n[o']?t|arent|not|did\s+not)"
    r"\s+(?:help|helping|helpful|answer|make\s+sense|useful|work|relevant)|"
    r"not\s+(?:what\s+i\s+(?:asked|meant|wanted|need)|helpful|useful|relevant|helping)|"
    r"useless|wrong\s+answer|(?:stupid|dumb|useless|bad)\s+(?:bot|answer)|irrelevant|"
    r"(?:you(?:'re|\s+are)?|u\s+r|ur)\s+not\s+(?:answering|listening|helping|getting\s+it)|"
    r"(?:you|u)\s+(?:didn't|didnt|did\s+not|don't|dont)\s+(?:answer|understand|get\s+it)|"
    r"that's\s+not\s+it|thats\s+not\s+it|bakwas|bekar|walang\s+kwenta|no\s+sirve|"
    r"no\s+me\s+ayuda|waste\s+of\s+time|so\s+generic|too\s+generic)\b"
)
_ASKS = re.compile(
    r"\?|^(?:what|how|which|where|when|why|who|do|does|is|are|can|could|should|would|will|"
    r"any|tell|explain|kya|kaise|kaun|paano|ano|wetin|como|cómo|qué)\b"
)
MAX_SMALL_TALK_WORDS = 14


@dataclass(frozen=True)
class Courtesy:
    """A message with its small talk taken off: `rest` is what remains to be read."""

    kind: SmallTalk | None
    rest: str


def small_talk(text: str) -> SmallTalk | None:
    """The kind of small talk a whole message is, or None when it says more than that."""
    tokens = words(text)
    lowered = " ".join(tokens)
    if not tokens:
        symbols = set(text)
        if symbols & _EMOJI_GREETING:
            return SmallTalk.GREETING
        return SmallTalk.THANKS if symbols & _EMOJI_THANKS else None
    if len(tokens) > MAX_SMALL_TALK_WORDS:
        return None
    if _IDENTITY.search(lowered) and len(tokens) <= 8:
        return SmallTalk.IDENTITY
    if _FRUSTRATION.search(lowered) and not _asks_something_else(text, _FRUSTRATION):
        return SmallTalk.FRUSTRATION
    if _LUCK.search(lowered) and not _asks_something_else(text, _LUCK):
        return SmallTalk.LUCK
    return _courtesy(tokens)


def _courtesy(tokens: list[str]) -> SmallTalk | None:
    """Thanks, goodbye or greeting, when every word is one of them, an acknowledgement or
    filler."""
    known = _THANKS | _ACKNOWLEDGED | _GOODBYE | _GREETING | _FILLER
    if not all(token in known for token in tokens):
        return None
    if any(token in _THANKS for token in tokens):
        return SmallTalk.THANKS
    if any(token in _GOODBYE for token in tokens) or " ".join(tokens) in {"take care", "see ya"}:
        return SmallTalk.GOODBYE
    if any(token in _GREETING for token in tokens):
        return SmallTalk.GREETING
    if any(token in _ACKNOWLEDGED for token in tokens):
        return SmallTalk.THANKS
    return None


def _asks_something_else(text: str, phrase: re.Pattern[str]) -> bool:
    """ "interview tomorrow, what should I revise?" is a question, not a plea for luck."""
    rest = phrase.sub(" ", " ".join(words(text)))
    return "?" in text or bool(_ASKS.search(rest.strip()))


_CLAUSE = re.compile(r"[^.!?,;:\n]+[.!?,;:\n]*")


def split_small_talk(text: str) -> Courtesy:
    """Courtesy taken off the front and back of a message: "thanks! and how do I apply?" →
    (THANKS, "and how do I apply?"). A message that is all small talk has no rest."""
    whole = small_talk(text)
    if whole is not None:
        return Courtesy(whole, "")
    clauses = [m.group(0) for m in _CLAUSE.finditer(text)]
    kind: SmallTalk | None = None
    while len(clauses) > 1 and (found := small_talk(clauses[0])) is not None:
        kind = kind or found
        clauses.pop(0)
    while len(clauses) > 1 and (found := small_talk(clauses[-1])) is not None:
        kind = kind or found
        clauses.pop()
    rest = "".join(clauses).strip()
    return Courtesy(kind, rest) if kind is not None else Courtesy(None, text)
