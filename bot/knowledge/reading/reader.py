"""Reading a message: what it is, and what to search for it. No model runs here.

    reading = read(text, thread)
    searches = retriever.search_batch(reading.queries)
    reply = mentor.decide(reading, searches)       # bot/knowledge/mentor.py

A message is, in this order:
- empty;
- a bare "help": answered like a greeting, with how to ask;
- small talk (thanks and closers, greetings, goodbyes, "who are you?", "wish me luck",
  "this doesn't help"); courtesy around a question is taken off the question;
- a pick of an offered passage ("the second one");
- after an answer, a few words of a language nothing here reads: a closer, or, asked, a
  request for more;
- one or several questions, each read in the message's language (a code-mixed message is
  glossed into English for its search) and, after an answer, also with the thread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.knowledge.reading.acts import Cues, cues, either, picks
from bot.knowledge.reading.language import (
    ENGLISH_TEXT,
    Language,
    gloss,
    glossary_of,
    in_script,
    marks,
    read_language,
    read_otherwise,
    script_of,
    without_foreign_sentences,
)
from bot.knowledge.reading.lexicon import (
    as_chat_english,
    as_written,
    english_words,
    is_english,
    names_the_field,
)
from bot.knowledge.reading.smalltalk import (
    WARAY_WORD,
    Courtesy,
    SmallTalk,
    asks_briefly_in_an_unread_language,
    asks_for_help,
    before_a_closing_plan,
    closes_beside_courtesy,
    complains_with_a_face,
    greets,
    only_greets,
    split_small_talk,
    tells_of_the_day,
    unread_small_talk,
)
from bot.knowledge.reading.splitting import (
    asking_lines,
    asks,
    split_at_clause_marks,
    split_at_marks,
    split_questions,
    tells,
    typed_as_list,
)
from bot.knowledge.reading.thread import Turn, with_context
from bot.knowledge.search.text import FUNCTION_WORDS, clean, content_words, one_line, words

# A longer message carries its own context: it is never read with the thread.
MAX_CONTEXT_WORDS = 30
# A closer beside courtesy is read as such only when less than this share of it is glossed.
MOSTLY_GLOSSED = 0.5
# A later part of several questions that points back with this few words of its own is
# searched together with the part before it.
MAX_LEANING_PART_CONTENT = 3
# A clause cut off at "also" or "- and" (_cut_at_marks): a question, not a paragraph.
MAX_CLAUSE_WORDS = 16
# ...and one that neither asks nor weighs: "github profile really matter", not "leetcode"
MIN_TOLD_CLAUSE_WORDS = 3
MAX_TOLD_CLAUSE_WORDS = 8


@dataclass(frozen=True)
class Part:
    """One question of a message."""

    text: str  # as the student wrote it
    query: str  # what to search: the text, or its English gloss
    cues: Cues
    context_query: str | None = None  # the query read with the thread, after an answer
    glossed: float = 0.0  # the share of its words glossed from another language
    own_query: str | None = None  # searched with the part before it: its words alone


@dataclass(frozen=True)
class Reading:
    text: str  # the whole message, cleaned
    language: Language = ENGLISH_TEXT
    small_talk: SmallTalk | None = None  # the whole message, or the courtesy around parts
    pick: int | None = None  # "the second one": 0-based, of the passages offered
    parts: tuple[Part, ...] = ()
    thread: Turn | None = None
    whole_query: str | None = None  # several parts: the whole message, should none answer

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def shown_ids(self) -> tuple[str, ...]:
        """The passages the conversation has shown, which no answer offers again."""
        return self.thread.shown_ids if self.thread is not None else ()

    @property
    def queries(self) -> tuple[str, ...]:
        """Every text to embed, each once: each part, and the thread's question it may lean
        on. Not a part read with the thread: its search is composed from those two
        (Mentor.with_context_searches). Not the whole of a message with several parts: it is
        needed only when no part is answered, so the mentor searches it then."""
        found: list[str] = []
        for part in self.parts:
            found.append(part.query)
            if part.context_query is not None and self.thread is not None:
                found.append(self.thread.context)
        return tuple(dict.fromkeys(q for q in found if q))


# Thanks around words that pick nothing: "thanks for the first one" thanks for an answer,
# "never mind the last one, thanks" lets a question go.
_NO_PICK_IN_THANKS = re.compile(
    r"\b(?:(?:for|about)\s+(?:the|that|this|your)|never\s*mind|forget|ignore|skip)\b",
    re.IGNORECASE,
)


def read(text: str, thread: Turn | None = None) -> Reading:
    # Line breaks mark where courtesy ends and where a list's items start; what is kept
    # and searched is one line.
    lined = clean(text, keep_lines=True)
    cleaned = one_line(lined)
    if not cleaned:
        return Reading("")
    if asks_for_help(cleaned):
        return Reading(cleaned, small_talk=SmallTalk.GREETING, thread=thread)
    courtesy = split_small_talk(lined)
    if thread is not None and courtesy.rest:
        before_plan = before_a_closing_plan(courtesy.rest)
        if before_plan is not None:  # "Kadrinchey la. I will begin tonight itself."
            courtesy = Courtesy(courtesy.kind or SmallTalk.THANKS, before_plan)
    if not courtesy.rest:
        kind = courtesy.kind
        if kind is SmallTalk.GOODBYE and thread is None and greets(cleaned):
            kind = SmallTalk.GREETING  # "Ciao! 👋" with nothing to end
        kind = _taking_leave(kind, cleaned, thread)
        # "thanks, the second one please": the pick reads as part of the thanks
        if thread is not None and thread.related_ids and not _NO_PICK_IN_THANKS.search(cleaned):
            pick = picks(words(cleaned))
            if pick is not None:
                return Reading(cleaned, small_talk=kind, pick=pick, thread=thread)
        return Reading(cleaned, small_talk=kind, thread=thread)
    lined_body = as_written(courtesy.rest)
    body = one_line(lined_body)
    if not words(body):
        return Reading("", thread=thread)
    language = read_language(body)
    if language.is_english and body != cleaned:
        # "zivjo, a rabm phd za ML internship?": the greeting was a word of the variety, and
        # what is left has too few marks of its own to be read as it
        with_courtesy = read_language(cleaned)
        if not with_courtesy.is_english and with_courtesy.glossed:
            language = with_courtesy
    if language.is_english and (spelled := as_chat_english(body, read_otherwise)) != body:
        # "k den, laters": "den" is "then", and the message only closes; not a doubt or a
        # pick its spelling hides ("dat eh true", that isn't true)
        written_out = split_small_talk(spelled)
        said = _cues(body, spelled)
        if not written_out.rest and not said.doubt and said.pick is None:
            return Reading(cleaned, language, courtesy.kind or written_out.kind, thread=thread)
        if written_out.kind is not None and written_out.rest and courtesy.kind is None:
            # "bout ye. is there any point…": courtesy its spelling hid ("bout ye", hello),
            # taken off as any other
            courtesy = Courtesy(written_out.kind, written_out.rest)
            lined_body = body = written_out.rest
    if language.english:
        glossed_text = _query(body, language)
        glossed = split_small_talk(glossed_text)
        # A gloss's broken English reads like a complaint more often than the message does:
        # "…, если ты не отвечаешь требованиям?" (if you don't meet the requirements) glosses
        # as "if you not answer requirements?".
        complains = glossed.kind is SmallTalk.FRUSTRATION and "?" in body
        # A gloss drops a closing yes-no particle: Lao "ແນ່ໃຈບໍ່" (are you sure?) and "ດີບໍ່"
        # (is it good?) gloss as "sure" and "good", which read as thanks; the message asks.
        asks_yes_no = glossed.kind is SmallTalk.THANKS and asks(body, marked=False)
        # "chalo khuda hafiz", "ok gracias"
        if not glossed.rest and not complains and not asks_yes_no:
            kind = _taking_leave(glossed.kind, glossed_text, thread)
            return Reading(cleaned, language, kind, thread=thread)
    whole = _cues(body, _query(body, language))
    if whole.pick is None and courtesy.kind is not None:
        # A word taken off as courtesy can tell which language a pick is in: Latvian "labi,
        # otro" (ok, the second) against Spanish "otro" (another)
        whole = replace(whole, pick=picks(words(cleaned)))
    if whole.pick is not None and (thread is None or thread.related_ids):
        return Reading(cleaned, language, courtesy.kind, pick=whole.pick, thread=thread)
    asks_on = whole.more or whole.asks_for_others or whole.doubt
    if (
        thread is not None
        and not asks_on
        and complains_with_a_face(body)
        and not (language.is_english and tells_of_the_day(body))
    ):
        return Reading(cleaned, language, SmallTalk.FRUSTRATION, thread=thread)
    if (
        thread is not None
        and courtesy.kind is not None
        and courtesy.kind is not SmallTalk.FRUSTRATION
        and not language.is_english
        and not asks_on
        and glossed_share(body, language) < MOSTLY_GLOSSED
        and closes_beside_courtesy(body)
    ):
        # "nabad, <I'll be back tomorrow>": the courtesy says what the message is
        kind = SmallTalk.GOODBYE if courtesy.kind is SmallTalk.GREETING else courtesy.kind
        return Reading(cleaned, language, kind, thread=thread)
    unread = unread_small_talk(body) if thread is not None else None
    if unread is not None and not (whole.more or whole.asks_for_others or whole.doubt):
        return Reading(cleaned, language, unread, thread=thread)
    if thread is not None and not language.glossed and asks_briefly_in_an_unread_language(body):
        part = _part(body, language, thread)
        more = replace(part, cues=replace(part.cues, more=True))
        return Reading(cleaned, language, courtesy.kind, parts=(more,), thread=thread)
    known = glossary_of(language)
    joiners = known.joiners if known is not None else ()
    # Lines matter to splitting only in a list; elsewhere a line break is often a sentence
    # wrapped ("how do I get\nan ML internship?").
    # A line that opens a question of its own after another is kept on its line.
    listed = typed_as_list(lined_body)
    lines_kept = asking_lines(lined_body)
    split_body = lined_body if listed else (lines_kept if "\n" in lines_kept else body)
    texts = [one_line(text_) for text_ in split_questions(split_body, joiners)]
    if len(texts) == 1:
        texts = _cut_at_marks(split_body if listed else body, language)
    texts = _with_doubts_joined(_with_subjects(texts, language))
    parts: list[Part] = []
    for text_ in texts:
        part = _part(text_, language, thread)
        if parts and part.cues.points_back and part.cues.content <= MAX_LEANING_PART_CONTENT:
            # "What should I wear? Is business casual okay, or is that overkill?": the second
            # leans on the first, not on the conversation.
            part = _part(text_, language, thread, parts[-1].query)
        parts.append(part)
    if thread is not None:
        parts = _more_joined(parts, language, thread)
    if len(parts) == 1 and _AND_THEN(body) and (thread is None or _and_is_y(thread)):
        parts = [replace(parts[0], cues=replace(parts[0].cues, more=True))]
    whole_query = _query(body, language) if len(parts) > 1 else None
    return Reading(cleaned, language, courtesy.kind, None, tuple(parts), thread, whole_query)


# "y?" (and?) as a whole message after an answer: Spanish for "go on"; Mapudungun "ka?"
# (and, also, another). Not beside more ("y? kya reason hai": Hinglish "why?"), and only in
# a thread asked in a language whose "y" is "and": after an English or Hinglish question
# "y?" asks "why?", and Marathi "ka?" asks "why?" too.
_AND_THEN = re.compile(r"^\W*(?:y|ka)\s*\?+\W*$", re.IGNORECASE).match


def _taking_leave(kind: SmallTalk | None, text: str, thread: Turn | None) -> SmallTalk | None:
    """After an answer, an acknowledgement and a greeting take leave ("ਚੱਲੋ ਜੀ, ਸਤ ਸ੍ਰੀ ਅਕਾਲ 🙏")."""
    if kind is SmallTalk.GREETING and thread is not None and only_greets(text):
        return SmallTalk.GOODBYE
    return kind


def _and_is_y(thread: Turn) -> bool:
    """The thread was asked in Spanish, or a variety read through Spanish's glossary."""
    found = glossary_of(read_language(thread.question))
    return found is not None and found.glossary.get("y") == "and"


# A bare request for more: "what else?", "ሌላስ?", "another?" as a part of its own
MAX_BARE_MORE_WORDS = 3


def _bare_more(part: Part) -> bool:
    return (
        part.cues.more
        and part.cues.pick is None
        and len(words(part.query)) <= MAX_BARE_MORE_WORDS
        and ("?" in part.text or "？" in part.text)  # not "another question: …"
    )


# The other part asks for more too, of something: "besides courses, what other…"
_OTHER = frozenset("else other others another more additional extra besides except".split())


# …or says which more it wants: "more on that? like which topics come up most", "more? e.g.
# which books"
_SAYS_WHICH = re.compile(
    r"^\W*(?:like|e\.?g\.?|for\s+example|for\s+instance|i\s+mean|especially|specifically|"
    r"such\s+as)\b",
    re.IGNORECASE,
)


# …or names two kinds of what it asks more of: "any other resources? blogs or books?",
# Konkani "aniki kaim resources asat? blogs vo books?"
_KINDS_NAMED = re.compile(r"^\W*(?:like\s+)?\w+\s+or\s+\w+\W*$", re.IGNORECASE)


def _more_joined(parts: list[Part], language: Language, thread: Turn) -> list[Part]:
    """After an answer, a bare request for more beside another question asks for more of
    that: "ሌላስ? ከኮርሶች ሌላ ምን ላንብብ?" (what else? besides courses, what should I read?),
    "anything else? any books?", "is there another way? what else?". Answered apart, the bare
    part shows the next passage and the other part its own: two answers to one request. It
    is read as one part that asks for more. So is a request for others followed by the two
    kinds it means ("any other resources? blogs or books?")."""
    if (
        len(parts) == 2
        and (parts[0].cues.more or parts[0].cues.asks_for_others)
        and _KINDS_NAMED.match(parts[1].query)
    ):
        joined = _part(" ".join(p.text for p in parts), language, thread)
        return [replace(joined, cues=replace(joined.cues, more=True))]
    if len(parts) != 2 or not any(_bare_more(p) for p in parts):
        return parts
    texts = [p.text for p in parts]
    if all(_bare_more(p) for p in parts):
        return parts
    other = next(p for p in parts if not _bare_more(p))
    says_which = other is parts[1] and bool(_SAYS_WHICH.match(other.query))
    if not _OTHER.intersection(words(other.query.lower())) and not says_which:
        return parts  # "more? and is a PhD needed?" asks two things
    joined = _part(" ".join(texts), language, thread)
    return [replace(joined, cues=replace(joined.cues, more=True))]


def _cut_at_marks(body: str, language: Language) -> list[str]:
    """A message its question words don't split, cut where questions are cut in any
    language. In one nothing here reads, its question words are unknown. In English or a
    glossed variety, a student's own grammar may ask without them ("how ah could get a
    referral, also, github projects really matter?"): it is cut only at a clause's "also",
    or a dash before "and", and only after one short clause, when both sides name the field
    and one of them asks. Not after telling ("I'm a second-year student… — and it feels
    like…")."""
    if not (language.is_english or language.glossed):
        return _each_naming_the_field(split_at_marks(body))
    pieces = _each_naming_the_field(split_at_clause_marks(body))
    if (
        len(pieces) < 2
        or not any(asks(piece) for piece in pieces)
        or not all(_one_short_clause(piece) for piece in pieces[:-1])
    ):
        return [body]
    return pieces


def _one_short_clause(text: str) -> bool:
    """One clause that asks or weighs, or a few words of a question asked in the student's
    own grammar ("github profile really matter"): not telling ("my github has 3 projects"),
    nor a bare topic ("leetcode - and how many a day?")."""
    length = len(words(text))
    if length > MAX_CLAUSE_WORDS or re.search(r"[.!;]\s", text):
        return False
    if asks(text) or re.search(r"\bor\b", text):
        return True
    return MIN_TOLD_CLAUSE_WORDS <= length <= MAX_TOLD_CLAUSE_WORDS and not tells(text)


def _each_naming_the_field(pieces: list[str]) -> list[str]:
    """Pieces of a message nothing here reads, cut only where both sides name something of
    the field ("kaggle kooda madbeka - papers beka"); otherwise they stay one."""
    merged: list[str] = []
    for piece in pieces:
        if merged and not (names_the_field(merged[-1]) and names_the_field(piece)):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    return merged


def _with_subjects(texts: list[str], language: Language) -> list[str]:
    """A later part with no subject of its own once glossed ("…competencias? cuáles son",
    "which are") belongs to the part before it. A part in another language with no English
    word ("وش أفضل طريقة أقدم فيها? application website?") has nothing to search by: it
    joins the part before it, or the first part after it."""
    merged: list[str] = []
    waiting = ""
    for text in texts:
        if _nothing_to_search(text, language):
            if merged:
                merged[-1] = f"{merged[-1]} {text}"
            else:
                waiting = f"{waiting} {text}".strip()
        elif merged and not content_words(_query(text, language)):
            merged[-1] = f"{merged[-1]} {text}"
        else:
            merged.append(f"{waiting} {text}".strip())
            waiting = ""
    return merged or [waiting]


# A doubt this short asks nothing of its own: "really tho?", "srsly?", "are you sure?"
MAX_BARE_DOUBT_WORDS = 4


def _with_doubts_joined(texts: list[str]) -> list[str]:
    """A bare doubt opening a message is said of the question after it, not asked on its
    own: "really tho? a recruiter won't mind that my degree is online?" is one question that
    doubts, not "really?" and another question."""
    joined: list[str] = []
    for text in texts:
        if joined and (
            _bare_doubt(joined[-1])
            or _really_even(joined[-1], text)
            or bool(_TRUE_WAR.match(joined[-1]) and WARAY_WORD.search(text))
        ):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return joined


# Ilocano "talaga?? uray dagiti research labs?" (really?? even the research labs?): a bare
# "really?" that "uray" (even) goes on from doubts with it. (Tagalog "talaga?" alone reads as
# it did.)
_REALLY = re.compile(r"^\W*(?:talaga|pudno|agpayso)\W*$", re.IGNORECASE)
_EVEN = re.compile(r"^\W*uray\b", re.IGNORECASE)


def _really_even(text: str, following: str) -> bool:
    return bool(_REALLY.match(text) and _EVEN.match(following))


# Hiligaynon "matuod (bala) (na)?" (is that true?) opening a message doubts what follows it
# ("matuod bala na? abi ko …", is that true? I thought …): "matuod" is no content word.
# So do Waray "tinuod (ba)?" and "sure ka (ba)?" before Waray words ("sure ka? bisan state
# univ la ha leyte??", are you sure? even a state university in Leyte?).
_TRUE_HIL = re.compile(
    r"^\W*(?:(?:hmm+|ay|hala|ha)\s+)*matuod(?:\s+(?:gid|bala))*(?:\s+(?:na|ina|ni|ini))?\W*$",
    re.IGNORECASE,
)
_TRUE_WAR = re.compile(
    r"^\W*(?:(?:hmm+|ay|weh|ha)\s+)*(?:tinuod|sure\s+ka)(?:\s+(?:ba|gud))*(?:\s+(?:iton|ini))?\W*$",
    re.IGNORECASE,
)


def _bare_doubt(text: str) -> bool:
    if _TRUE_HIL.match(text):
        return True
    found = cues(text)
    return found.doubt and found.words <= MAX_BARE_DOUBT_WORDS and not content_words(text)


def _nothing_to_search(text: str, language: Language) -> bool:
    """Written in another language, with no glossary to read it by, and no English word
    of substance."""
    if language.glossed or text.isascii() or all(_latin(c) for c in text if c.isalpha()):
        return False
    return not content_words(english_words(text, marks()))


def _latin(letter: str) -> bool:
    return script_of(letter) == "LATIN"


# The goal said as a wish, asking nothing: "hi, I want an internship in ML", "I'm a 2nd year
# student and want a machine learning internship next summer". Searched as it is, it reads
# like the other fields' internships the out-of-scope lines name, and is declined; the
# student asks how to get one.
_STATES_THE_GOAL = re.compile(
    r"\b(?:want|wanna|would\s+like|hope|hoping|looking|plan|planning|aim|aiming|"
    r"need|dream\s+of|interested\s+in)\s+(?:for\s+|to\s+(?:get|land|find|do|secure|crack|"
    r"apply\s+for|go\s+for)\s+|getting\s+|landing\s+|doing\s+)?(?:an?\s+|some\s+|my\s+first\s+)?"
    r"(?:(?:ml|machine\s+learning|ai|deep\s+learning|dl|ai/ml|ml/ai)\s+(?:internships?|intern\b)|"
    r"internships?\s+in\s+(?:ml|machine\s+learning|ai|deep\s+learning))",
    re.IGNORECASE,
)
GOAL_QUESTION = "how do I get a machine learning internship?"


# Longer, the wish is the background of something else the message says ("… want DL
# internship next summer. is my engineering work enough").
MAX_GOAL_WORDS = 16


def _as_asked(query: str) -> str:
    """The question a short wish stands for (`_STATES_THE_GOAL`); any other query as is."""
    wish = len(words(query)) <= MAX_GOAL_WORDS and _STATES_THE_GOAL.search(query)
    return GOAL_QUESTION if wish and not asks(query) else query


def _part(text: str, language: Language, thread: Turn | None, before: str = "") -> Part:
    text = one_line(text)
    query = _as_asked(_query(text, language))
    searched = f"{before} {query}".strip()
    context = None
    if thread is not None and len(words(searched)) <= MAX_CONTEXT_WORDS:
        context = with_context(thread.context, searched)
    own = query if before else None
    return Part(text, searched, _cues(text, query), context, glossed_share(text, language), own)


def _cues(text: str, query: str) -> Cues:
    """Cues from the words as written and, for a code-mixed message, from its gloss. A pick
    with nothing offered to pick from ("the second one" under a passage without buttons)
    asks for more."""
    found = cues(text) if query == text else either(cues(text), cues(query))
    return replace(found, more=True) if found.pick is not None else found


def glossed_share(text: str, language: Language) -> float:
    """How much of a message was read through a glossary, or left out as words of a
    language without one (0 for English)."""
    if not language.english:
        return 0.0
    tokens = words(text)
    if not tokens:
        return 0.0
    known = glossary_of(language)
    if known is None:
        return sum(not is_english(t, marks()) for t in tokens) / len(tokens)
    if known.script:
        return sum(in_script(t, known) for t in tokens) / len(tokens)
    glossed = sum(t in known.glossary and t not in FUNCTION_WORDS for t in tokens)
    return glossed / len(tokens)


def _query(text: str, language: Language) -> str:
    """The English to search: a code-mixed part glossed in its variety, a part in a language
    without a glossary by its English words."""
    if not language.english:
        if not language.is_english:
            return text
        return as_chat_english(without_foreign_sentences(text), read_otherwise)
    known = glossary_of(language)
    if known is None:
        return english_words(text, marks()) or text
    return gloss(text, known) or text
