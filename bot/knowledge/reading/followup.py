"""Follow-ups: "tell me more", "the second one", "and for undergrads?".

A student reads an answer and replies to it. What the last answer was (the question, the
passage shown, the related passages offered) is kept per conversation for a while, and a
message that leans on it is read with it:

- "more", "go on", "an example?" → the next passage on the same topic, not yet shown;
- "the second one", "the other one" → the related passage it points at;
- a message that leans on the previous one ("what about startups?") → asked both on its
  own and together with the previous question; which reading wins is context.py's call
  (these word cues are its fallback, and some of its features).

A self-contained question is asked on its own, so no context leaks into it.
"""

from __future__ import annotations

import difflib
import re
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

MEMORY_TTL = timedelta(minutes=15)
MEMORY_SIZE = 10_000  # conversations remembered at once; the oldest is forgotten first


@dataclass(frozen=True)
class Turn:
    """The bot's last answer in a conversation."""

    question: str
    passage_id: str
    section: str
    related_ids: tuple[str, ...] = ()
    shown_ids: tuple[str, ...] = ()  # every passage shown in this thread, so "more" moves on
    at: datetime | None = None


class FollowUp(StrEnum):
    MORE = "more"  # the next passage on the same topic
    PICK = "pick"  # one of the related passages offered
    CONTEXT = "context"  # asked together with the previous question


@dataclass(frozen=True)
class Intent:
    kind: FollowUp
    pick: int = 0  # for PICK: 0-based index into Turn.related_ids


# "More" is any short message made only of these words, with at least one that asks to go
# on: "tell me more", "can u elaborate a bit", "example pls", "how so?", "and what else
# should I know". A word list rather than a pattern per phrasing, because students find
# more ways to say "go on" than anyone can list.
_MORE_WORDS_TEXT = (
    "more elaborate elaborating expand continue deeper further detail details detailed "
    "example examples eg e.g e.g. else next explain clarify why how so and then mean meaning "
    "tell keep going go carry on such like other another alternative alternatives besides "
    "apart exactly specific specifically specifics concrete concretely kind kinds sort sorts "
    "type types instead rest moar ones break breakdown"
)
_MORE_WORDS = frozenset(_MORE_WORDS_TEXT.split())
_FILLER_WORDS_TEXT = (
    "ok okay k cool nice great interesting thanks thank thx ty wow hmm hm mhm yes yeah yep "
    "sure right please pls plz can could would will you u me us i a an the bit little some "
    "any about on that this it its those these what do does did give gimme show say bring "
    "share dig into in of to for with something things thing stuff info information point "
    "points tips advice ways options resources ideas myths misconceptions should shd know need "
    "is are there here lol haha again bro dude sir maam cn cud wud ur pl wat wot wht abt tho "
    "though full list got it works work from than be as whats s ppl which few couple down "
    "step steps by"
)
_FILLER_WORDS = frozenset(_FILLER_WORDS_TEXT.split())
MAX_MORE_WORDS = 12

# "The second one", "open the first button", "number 2 plz", "hm, 2nd related?": one word
# saying which, and otherwise only words that point, ask or fill.
_ORDINALS = {
    "first": 0, "1st": 0, "1": 0, "#1": 0, "top": 0, "other": 0,
    "second": 1, "2nd": 1, "2": 1, "#2": 1, "two": 1, "last": 1,
}  # fmt: skip
_POINTER_WORDS_TEXT = (
    "one link option related button suggestion passage topic article number no thing"
)
_POINTER_WORDS = frozenset(_POINTER_WORDS_TEXT.split())
_PICK_WORDS_TEXT = (
    "ok okay and so then yes yeah yep pls please plz show open tap click press hit give "
    "tell read see try take pick choose go with me about the that this one can could would "
    "you u i i'll ill id i'd want like lets let's us hm hmm looks look seems interesting "
    "sounds good lemme to at it um umm"
)
_PICK_WORDS = frozenset(_PICK_WORDS_TEXT.split())
MAX_PICK_WORDS = 9
# Words that open a message leaning on the previous one: "and for undergrads?"
_LEANING_START = re.compile(
    r"^(?:and|but|or|also|so|then|what\s+about|how\s+about|what\s+if|same\s+for|even|"
    r"does\s+(?:that|this|it)|is\s+(?:that|this|it)|do\s+(?:they|those|these)|are\s+(?:they|"
    r"those|these)|would\s+(?:that|this|it)|can\s+(?:that|this|it)|in\s+that\s+case|"
    r"if\s+so|if\s+not|why\s+(?:is\s+)?(?:that|this|so)|for|in|with|without|at|only)\b"
)
_ANAPHORA = re.compile(r"\b(?:that|this|it|those|these|them|there|such|so)\b")
MAX_LEANING_WORDS = 9


def _normal(text: str) -> str:
    text = re.sub(r"[^\w\s.#+']", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .")


def follow_up_intent(text: str) -> Intent | None:
    """MORE or PICK when the whole message asks for one; None otherwise."""
    words = _normal(text)
    if not words:
        return None
    if (pick := _pick(words.split())) is not None:
        return Intent(FollowUp.PICK, pick)
    tokens = words.replace("'", " ").split()
    if len(tokens) > MAX_MORE_WORDS:
        return None  # before any spelling is looked up: long messages are the common case
    tokens = [_spelled(token) for token in tokens]
    if any(token in _MORE_WORDS for token in tokens) and all(
        token in _MORE_WORDS or token in _FILLER_WORDS for token in tokens
    ):
        return Intent(FollowUp.MORE)
    return None


def _pick(tokens: list[str]) -> int | None:
    """Which related passage a message points at, if that is all it says."""
    if len(tokens) > MAX_PICK_WORDS:
        return None
    which = [_ORDINALS[token] for token in tokens if token in _ORDINALS]
    rest = [token for token in tokens if token not in _ORDINALS]
    if len(which) != 1 or not all(t in _PICK_WORDS or t in _POINTER_WORDS for t in rest):
        return None
    if "other" in tokens and not any(t in _POINTER_WORDS for t in rest):
        return None  # "the other one" points; "the other?" asks for more
    return which[0]


def _spelled(token: str) -> str:
    """A chat word as the word lists spell it: "moreee" → "more", "elabrate" → "elaborate"."""
    token = re.sub(r"(.)\1{2,}", r"\1", token)
    if token in _MORE_WORDS or token in _FILLER_WORDS or len(token) < 4:
        return token
    close = difflib.get_close_matches(token, _MORE_WORDS, n=1, cutoff=0.85)
    return close[0] if close else token


def leans_on_previous(text: str) -> bool:
    """A short message that reads as the second half of a conversation."""
    words = _normal(text)
    if not words or len(words.split()) > MAX_LEANING_WORDS:
        return False
    return bool(_LEANING_START.match(words) or _ANAPHORA.search(words))


# Openings that question or stretch the last answer rather than ask something new.
_QUESTIONS_THE_ANSWER = re.compile(
    r"^(?:and\s+|but\s+|so\s+|ok\s+)?(?:even|really|same|what\s+if|"
    r"(?:is|does|would|will|can)\s+(?:that|this|it))\b"
)


def questions_the_answer(text: str) -> bool:
    """ "even for a small uni like mine?", "is that true in Europe too?": a short message
    about the last answer's claim, best read together with the question it answered."""
    words = _normal(text)
    return leans_on_previous(text) and bool(_QUESTIONS_THE_ANSWER.match(words))


# Openings that change the subject: "btw", "another thing", "unrelated but", "new q:".
_CHANGES_SUBJECT = re.compile(
    r"^(?:btw|by the way|also|another (?:thing|q|question)|unrelated|separate|different|diff|"
    r"new q|switching|changing|other question|one more|ok so|anyway|oh and)\b"
)
# Asking for something besides what was shown: "what else helps besides papers".
_ASKS_FOR_OTHERS = re.compile(
    r"\b(?:(?:anything|something|what|any)\s+else|else|besides|apart\s+from|beyond|"
    r"(?:what|any|which)\s+other|other\s+(?:kinds?|ways?|options?|routes?|stuff|things?|"
    r"caveats?|requirements?|resources?|worries|ideas)|exactly|specifically|concretely)\b"
)
_FUNCTION_WORDS_TEXT = (
    "a an the and or but so then if of to for in on at by with from is are was were be been am "
    "do does did it its this that these those there here i me my you your u ur he his him they "
    "them their what which who how why when where can could would should will shall may might "
    "must not no yes ok okay too also just only even still really tho though any some more much "
    "many very about like as than into out up im i'm dont don't isnt isn't pls please hmm btw"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


def points_back(text: str) -> bool:
    """A word that needs the last answer to mean anything: "is that true?"."""
    return bool(_ANAPHORA.search(_normal(text)))


def changes_subject(text: str) -> bool:
    return bool(_CHANGES_SUBJECT.match(_normal(text)))


def asks_for_others(text: str) -> bool:
    return bool(_ASKS_FOR_OTHERS.search(_normal(text)))


def content_words(text: str) -> int:
    """Words with a subject of their own: "coding too?" has one, "phd for DL intern?" three."""
    return sum(
        1
        for token in re.findall(r"[a-z0-9+#']+", text.lower())
        if token not in _FUNCTION_WORDS and len(token) > 1
    )


def with_context(previous: Turn, text: str) -> str:
    """The text to search for a leaning message: the previous question, then this one."""
    return f"{previous.question} {text}"


class DialogueMemory:
    """The last turn per conversation, forgotten after MEMORY_TTL.

    In memory on purpose: a follow-up is worth something for minutes, and a restart that
    forgets it costs a student one rephrased question. The key is the chat in private and
    (chat, user) in groups, so two students in one group don't answer each other's context.
    """

    def __init__(self, clock: Callable[[], datetime], ttl: timedelta = MEMORY_TTL) -> None:
        self._clock = clock
        self._ttl = ttl
        self._turns: OrderedDict[Hashable, Turn] = OrderedDict()

    def recall(self, key: Hashable) -> Turn | None:
        turn = self._turns.get(key)
        if turn is None:
            return None
        if turn.at is not None and self._clock() - turn.at > self._ttl:
            del self._turns[key]
            return None
        return turn

    def remember(self, key: Hashable, turn: Turn) -> None:
        self._turns[key] = replace(turn, at=self._clock())
        self._turns.move_to_end(key)
        while len(self._turns) > MEMORY_SIZE:
            self._turns.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        self._turns.pop(key, None)

    def forget_user(self, user_id: int) -> None:
        """/forget: every conversation of this user, private and in groups."""
        for key in [k for k in self._turns if _belongs_to(k, user_id)]:
            del self._turns[key]


def _belongs_to(key: Hashable, user_id: int) -> bool:
    return key == user_id or (isinstance(key, tuple) and user_id in key[1:])
