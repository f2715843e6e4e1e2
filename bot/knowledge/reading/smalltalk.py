"""Small talk: thanks and closers, greetings, goodbyes, "who are you?", "wish me luck", and
frustration. Answered kindly instead of searched for and declined.

A whole message is small talk when every word is a courtesy, an acknowledgement or filler
("ok thanks a lot bhai 🙏", "got it 👍", "cool makes sense"), or when it is one of the short
set phrases ("are you a bot?", "pray for me", "this doesn't help"). Students wrap
questions in courtesy too: `split_small_talk` takes it off the front and the back
("thanks! and how do I apply?"), so the question is read on its own.

Word lists, not a model: these are closed classes of a few hundred words across the
languages students mix in, and a list says exactly what it catches. The words and phrases
are data, in smalltalk.toml; how they combine is here.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from bot.knowledge.reading.acts import picks
from bot.knowledge.reading.language import glossed_scripts, script_of, variety_words
from bot.knowledge.reading.lexicon import MIN_LETTERS, is_english, names_the_field
from bot.knowledge.reading.splitting import asks, asks_in_chinese
from bot.knowledge.search.text import (
    FUNCTION_WORDS,
    UNSPACED_LETTERS,
    longest_words,
    phrase_pattern,
    word_list,
    words,
)


class SmallTalk(StrEnum):
    GREETING = "greeting"
    THANKS = "thanks"  # thanks, and acknowledgements that close a turn ("got it 👍")
    GOODBYE = "goodbye"
    IDENTITY = "identity"  # about the bot itself: "who are you?", "are you a bot?"
    LUCK = "luck"  # "wish me luck", "interview tomorrow, pray for me"
    FRUSTRATION = "frustration"  # "this doesn't help", "useless"


_DATA = tomllib.loads(
    resources.files(__package__).joinpath("smalltalk.toml").read_text(encoding="utf-8")
)


def _words(key: str) -> frozenset[str]:
    return word_list(_DATA["words"][key])


def _phrases(key: str) -> re.Pattern[str]:
    return phrase_pattern(_DATA["phrases"][key], re.VERBOSE)


_THANKS = _words("thanks")
_ACKNOWLEDGED = _words("acknowledged")  # that close a turn: "got it", "makes sense"
_GOODBYE = _words("goodbye")
_GREETING = _words("greeting")
_BLESSING = _words("blessing")
_LETTER_CLOSING = _words("letter_closing")
# words besides small talk (a signature, "ma considération") a letter's closing may stand with
MAX_WORDS_BESIDE_A_CLOSING = 2
_FILLER = _words("filler")  # only fill or address: never make a message more than small talk
_OPENING = _words("opening")  # of an opening that asks permission: "excuse me, I hope…"
_BYE = _words("bye")  # end a conversation wherever they stand: "bueno me voy, bye!!"
_EMOJI_THANKS = frozenset(_DATA["words"]["emoji_thanks"])
_EMOJI_GREETING = frozenset(_DATA["words"]["emoji_greeting"])
_EMOJI_SAD = frozenset(_DATA["words"]["emoji_sad"])
_EMOJI_LUCK = frozenset(_DATA["words"]["emoji_luck"])
_IDENTITY = _phrases("identity")
_PERMISSION = _phrases("permission")  # "Can I ask you a few questions?": like a greeting
_LUCK = _phrases("luck")
_FRUSTRATION = _phrases("frustration")
# Complaints whose words also fit a question ("is DSA not that useful?"): frustration only
# when the message asks nothing.
_COMPLAINT = _phrases("complaint")
_HOW_ARE_YOU = _phrases("how_are_you")  # greetings that ask how the bot is
# An English yes-no question about something other than the bot or its answer: "is it not
# helpful to do Kaggle?" asks, where "it's not helpful" complains; so do "is this not
# helping?", "does that not help at all?" and "is it just me or…", about the answer.
_ASKS_WHETHER = re.compile(
    r"^(?:so\s+|but\s+|and\s+|then\s+)?(?:is|are|was|were|would|will|does|do|did|can|could|should)"
    r"\s+(?!(?:you|u|ya|yall|y'all|this\s+bot|the\s+bot|your\s+answers?|that\s+answer|"
    r"it\s+just\s+me|(?:this|that|dis|dat)\s+(?:not|even|really|actually|just|supposed))\b)\w"
)
_BYE_PHRASE = _phrases("bye_phrase")
# Somali "is arag" (see you) opens like an English question ("is …"): it asks nothing
_SEE_YOU = re.compile(r"\bis\s+(?:arag|aragno|arkno|aragnaa)\W*$")
_THANKS_PHRASE = _phrases("thanks_phrase")  # "much obliged", Patois "big up"
_CLOSING_PLAN = _phrases("closing_plan")  # "I will begin tonight itself."
# "apply on website worth it or waste of time", "realistic or waste of time": a question
# that weighs, not a complaint ("this is outdated or useless" is one).
_WEIGHS = re.compile(
    r"\b(?:worth|realistic|useful|helpful)\b[^.!]{0,50}?\bor\s+(?:is\s+it\s+)?(?:just\s+)?"
    r"(?:a\s+)?(?:waste|useless|not)\b|"
    # "so unless yer at harvard its a waste of time": the answer's condition turned round, a
    # doubt of it
    r"^(?:(?:so|then|wait)\s+)+(?:basically\s+)?unless\b|"
    # "so aws is useless for someone who is just learning then": a thing judged for someone,
    # the answer's conclusion checked, not the answer complained of ("this is useless for me"
    # complains)
    r"^(?:(?:so|ok|okay|then|wait|hmm+)\s+)*(?!(?:this|that|it|dis|dat|you|u|ur|your|the\s+answer)\b)"
    r"[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are)\s+(?:useless|pointless|a\s+waste\s+of\s+time)\s+"
    r"(?:for|if|unless|when|to)\b"
)
# Words that ask for something wherever they stand: crossed fingers beside them are no plea
# for luck ("interview in 1 hour 🤞 quick tips pls").
_REQUEST = re.compile(r"\b(?:tips?|advice|help|tell|send|give|share|need|pls|plz|please|now)\b")
# "I would appreciate some more on this": thanks in advance for more, not a closer.
_WANTS_MORE = re.compile(
    r"(?<!no )(?<!any )\b(?:more\s+(?:on|about|of|info|information|details?|please|pls)|"
    r"elaborate|explain\s+further|"
    # Spanish "(dale,) go on", "tell me more", "and what else"
    r"(?:dale\s+)?sigue$|d(?:í|i)me\s+m(?:á|a)s|y\s+qu(?:é|e)\s+m(?:á|a)s)\b"
)


def _wants_more(lowered: str) -> bool:
    return bool(_WANTS_MORE.search(lowered))


# "never mind (the last one)": a question let go, not a button picked
_LETS_GO = re.compile(r"\bnever\s*mind\b")
# "say less", "say no more": agreed, go on.
_AGREED = re.compile(r"^(?:ok\s+|aight\s+|alright\s+)?say\s+(?:less|no\s+more)$")
# Polish asks with "czy", "jak", "ile", …; its "do widzenia" (goodbye) asks nothing.
_QUESTION_START = re.compile(
    # Not an exclamation ("How marvellous!") nor a plea ("do wish him luck"). "What a…"
    # exclaims as often as it asks ("what a fresher should learn first").
    r"^\W*(?:what|what's|whats|how(?!\s+(?:marvell?ous|wonderful|lovely|kind|sweet|"
    r"thoughtful|generous|reassuring|encouraging)\b)|which|where|when|why|who|"
    r"do(?!\s+(?:widzenia|zobaczenia|keep|wish|pray|hold)\b)|"
    r"does|did|is|are|can|could|"
    r"should|would|will|any|tell\s+me|explain|kya|kaise|kaun|konsa|paano|pano|ano|wetin|como|"
    r"cómo|qué|cuál|dónde|czy|jak|jaki|jakie|gdzie|kiedy|dlaczego|czemu|kto|któr[ye]|"
    r"ktor[ye]|co(?![-\s]op\b)|"
    # Czech, Somali, Cebuano and Malayalam question words (those that ask wherever they
    # stand are in _QUESTION_WORD)
    r"kde|kdy|kolik|pro[cč]|jak[yýáé]|kter[yýáé]|m[uů][zž]u|mus[ií]m|maxaa|"
    r"xagee|xaggee|unsa|asa|pila|ngano|kinsa|entha|"
    # German question words, and the requests that open a question ("danke, wie bewerbe ich
    # mich dann")
    r"wie|warum|wieso|weshalb|welche[rsnm]?|wann|wieviele?|kannst\s+du|k(?:ö|oe)nntest\s+du|"
    r"gibt\s+es|gibts|gibt's|"
    # Russian and Ukrainian ask without a question mark too: "спасибо, а как подаваться";
    # not their "worth", "can" and "need", which close a chat as often ("спасибо, стоит
    # попробовать"), nor "как-нибудь" (somehow)
    r"(?:(?:а|и|но|і|та)\s+)?(?:как|какой|какая|какое|какие|каким|какую|что|где|когда|зачем|"
    r"почему|кто|сколько|есть\s+ли|расскажи|расскажите|объясни|"
    r"подскажи|подскажите|скажи|скажите|як|який|яка|яке|які|що|де|коли|навіщо|чому|хто|"
    r"скільки|чи|розкажи|розкажіть|підкажи|підкажіть|скажіть)(?!-))\b",
    re.IGNORECASE,
)
# Question words that ask wherever they stand, and are no English word: Malayalam "ML
# internship engane kittum" (how do I get), Somali "sidee", Cebuano "unsaon", Kannada
# "internship hege sigutta".
_QUESTION_WORD = re.compile(
    r"\b(?:engane|enthu|enthokke|evide|ethra|sidee|maxaan|maxay|immisa|unsaon|unsay|"
    # Telugu, Kannada and Malayalam in Latin letters: why, where, when, what, how, how
    # much, which (not "ela" and "enni", Portuguese "she" and Finnish names)
    r"enduku|ekkada|eppudu|enti|emiti|hege|yaake|eshtu|yaavdu|yavdu|enthinu|enthaanu|eppol|"
    # Vietnamese, with and without tone marks
    r"gi|gì|nào|"
    # Sundanese "what", "how", "when", "how much", "why", "where"; "who" after "ieu", "eta",
    # "teh" (Algerian "saha" thanks)
    r"naon|kumaha|iraha|sabaraha|kunaon|(?<=\bieu\s)saha|(?<=\beta\s)saha|(?<=\bteh\s)saha|"
    # Hiligaynon "where", "who", and the yes-no "bala" before a particle ("ok na bala na para
    # mag practice": Hiligaynon "tanan", all, is Estonian "thanks")
    r"diin|sin-o|(?<=\w\s)bala(?=\s+(?:na|ni|gid|man)\b)|"
    # Sorani Kurdish question words, and the requests a message asks by: "tell (me)", "tell
    # it", "explain", "give (me)" ("تکایه بە کورتی هەموو ئامۆژگارییەکان بڵێ", please tell me
    # all the advice briefly)
    r"چۆن|بۆچی|کەی|لەکوێ|کوێ|کامیان|چییە|ئایا|بڵێ|بڵێن|بیڵێ|پێمبڵێ|بکەرەوە|بدە)\b"
)
# A question put as a wish to know: it asks, though no clause opens like a question.
# "I want to understand the math better, I'll read more" and "I need to understand this
# first, bye" say what the student will do: understanding asks only as "understand how…".
_ASKS_INDIRECTLY = re.compile(
    r"\bi(?:\s+would|'d|\s+d)?\s+(?:like|love|want|wanna|need)\s+(?:to\s+)?(?:know|ask)\b"
    r"|\bi(?:\s+would|'d|\s+d)?\s+(?:like|love|want|wanna|need)\s+(?:to\s+)?understand\s+"
    r"(?:what|how|which|whether|if|why|where|when)\b"
    r"|\bi\s+(?:was\s+)?wonder(?:ing)?\s+(?:what|how|which|whether|if|why|where|when)\b"
    # Mooré "here is my question", "I want to ask / to know", "show me"
    r"|\bad\s+mam\s+sogs(?:go|g|do)\b|\bm\s+rat\s+n\s+(?:sok|b(?:ã|a)ng)\b|\bwilg[\s-]*m\b"
)
# A clause that asks for something by telling the bot to do it: "Show me a clear plan. Thank
# you.", "pls explain the phone screen, thanks", "give me the steps to apply thank you"
_ASKS_BY_TELLING = re.compile(
    r"^\W*(?:(?:please|pls|plz|kindly|so|now|ok|okay|and|then|just)\W+)*"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|kindly\s+)?)?"
    r"(?:explain|show\s+me|give\s+me(?!\s+(?:a|one)\s+(?:sec|second|min|minute|moment|bit)\b)|"
    r"tell\s+me|list|describe|share|send\s+me|suggest|recommend|outline|summari[sz]e|walk\s+me|"
    r"guide\s+me|help\s+me\s+(?:with|understand|prepare|plan|choose|pick|find|get|decide))\b"
)
# Japanese asks with a final "ka" more often than with a question mark: "教えていただけますか。"
_JAPANESE_QUESTION = re.compile(r"[\u3040-\u309f]か(?:[.!…]|$)")
# "Sorry, but this is too general": a but after an apology opens the complaint, it sets
# nothing against a thanks.
_APOLOGY = re.compile(
    r"^(?:(?:i'?m|im|i\s+am)\s+)?(?:so\s+|very\s+|really\s+)?(?:sorry|excuse\s+me|"
    r"no\s+offen[cs]e|with\s+(?:all\s+(?:due\s+)?)?respect)\s+but\b"
)
_BUT = re.compile(
    # (not Mauritian Creole "ale", go: "mo bizin ale", I have to go)
    r"\b(?:but|however|though|pero|lekin|magar|kaso|kaya\s+lang|(?<!\bbz\s)(?<!\bbizin\s)ale|"
    r"но|однако|але|nhung|nhưng|"
    # Finnish, Uzbek, Kinyarwanda "but": their thanks are read since the v19 look; German
    r"mutta|ammo|biroq|ariko|aber|"
    # Azerbaijani "but" (not Serbian "ali": Nepali "a little")
    r"amma|lakin|"
    # isiXhosa and isiZulu "kodwa", "kodwana", "kepha", since isiXhosa's "enkosi" thanks:
    # "enkosi, kodwa ezi ngcebiso zindala" (thanks, but these tips are old) says more;
    # Swahili "lakini", Sesotho "empa", Somali "laakiin", Oromo "garuu", Yoruba "ṣùgbọ́n",
    # Chichewa "koma"
    r"kodwa|kodwana|kepha|lakini|empa|laakiin|laakin|garuu|sugbon|ṣugbọn|ṣùgbọ́n|koma)\b"
)
MAX_SMALL_TALK_WORDS = 14  # made only of courtesy, acknowledgement and filler
MAX_PLAIN_WORDS = 30  # with a thanks, a goodbye or a plea for luck, and asking nothing


@dataclass(frozen=True)
class Courtesy:
    """A message with its small talk taken off: `rest` is what remains to be read."""

    kind: SmallTalk | None
    rest: str


# Samoan "e moni (lava)?" (is it true?) is no Chichewa "moni" (hello) beside Samoan filler,
# nor once its "e" is glossed as Italian "and"
_SAMOAN_TRUE = re.compile(r"^(?:ae\s+|a\s+)?(?:e|and)\s+moni(?:\s+lava)?$")
# "(are) you sure", "u sure" doubts the answer, though "sure" alone acknowledges it
_ASKS_IF_SURE = re.compile(r"^(?:(?:are|r)\s+)?(?:you|u|ya)\s+(?:sure|certain)\b")
# Ilocano and Waray "sure ka?" (are you sure?) before what it doubts, in Ilocano ("sure ka?
# kadawyan nga nakasurat ti posting ket…") or Waray ("sure ka? bisan state univ la ha
# leyte?? baga imposible"): no courtesy to take off. Tagalog "sure ka?" is read as it was.
_SURE_KA = re.compile(r"^\W*sure\s+ka(?:\s+ba)?\W*$", re.IGNORECASE)
_ILOCANO_WORD = re.compile(
    r"\b(?:ti|kadi|ket|dagiti|met|ngay|awan|adda|kadawyan|ngamin|wenno)\b", re.IGNORECASE
)
# Shared with the reader, which joins a Waray "tinuod?" to the Waray words it doubts
WARAY_WORD = re.compile(
    r"\b(?:baga|waray|mayda|maupay|han|hin|ngan|iton|gihap|la\s+ha)\b", re.IGNORECASE
)


def _doubted_in_ilocano_or_waray(clauses: list[str]) -> bool:
    rest = " ".join(clauses[1:])
    return bool(
        _SURE_KA.match(clauses[0]) and (_ILOCANO_WORD.search(rest) or WARAY_WORD.search(rest))
    )


def small_talk(text: str) -> SmallTalk | None:
    """The kind of small talk a whole message is, or None when it says more than that."""
    tokens = _courtesy_words(text)
    lowered = " ".join(tokens)
    if _SAMOAN_TRUE.match(lowered):
        return None
    if not tokens:
        symbols = set(text)
        if symbols & _EMOJI_GREETING:
            return SmallTalk.GREETING
        if symbols & _EMOJI_LUCK:
            return SmallTalk.LUCK
        return SmallTalk.THANKS if symbols & _EMOJI_THANKS else None
    if len(tokens) <= MAX_PLAIN_WORDS:
        if _IDENTITY.search(lowered) or _asks_what_the_bot_is(text, tokens):
            return SmallTalk.IDENTITY
        if _FRUSTRATION.search(lowered) and not ("?" in text and _ASKS_WHETHER.match(lowered)):
            return SmallTalk.FRUSTRATION
        if (
            _PERMISSION.search(lowered)
            and not _asks(text, _PERMISSION)
            and not _says_more(_PERMISSION.sub(" ", lowered))
        ):
            return SmallTalk.GREETING
        asked = _asks(text, _SEE_YOU) if _SEE_YOU.search(lowered) else _asks(text)
        if not asked and not _BUT.search(_APOLOGY.sub("", lowered)):
            crossed = (
                _EMOJI_LUCK.intersection(text)
                and not _THANKS.intersection(tokens)
                and not asks(text, marked=False)
                and not _REQUEST.search(lowered)
            )
            if _LUCK.search(lowered) or crossed:
                return SmallTalk.LUCK
            if _COMPLAINT.search(lowered) and not _WEIGHS.search(lowered):
                # "ok this is depressing bye": the student leaves, in a mood
                return SmallTalk.GOODBYE if tokens[-1] in _BYE else SmallTalk.FRUSTRATION
            thanked = _THANKS.intersection(tokens)
            # A blessing closes a chat ("I take my leave now, stay blessed") but also opens a
            # request ("God bless you, I want to know…"): on its own it is no closer.
            closes = bool(thanked - _BLESSING - _LETTER_CLOSING) or bool(
                _THANKS_PHRASE.search(lowered)
            )
            if thanked & _LETTER_CLOSING and not closes:
                said = [t for t in tokens if t not in _SMALL_TALK_WORDS]
                closes = len(said) <= MAX_WORDS_BESIDE_A_CLOSING
            # "never mind the last one, thanks" lets a question go: it picks no button
            picks_one = _picks(text) and not _LETS_GO.search(lowered)
            if closes and not picks_one and not _wants_more(lowered):
                return SmallTalk.THANKS
            if any(token in _BYE for token in tokens) or _BYE_PHRASE.search(lowered):
                return SmallTalk.GOODBYE
    if _HOW_ARE_YOU.match(lowered):
        return SmallTalk.GREETING
    if _AGREED.match(lowered):
        return SmallTalk.THANKS
    if len(tokens) > MAX_SMALL_TALK_WORDS:
        return None
    if _closes_in_an_unread_script(text, tokens):
        return SmallTalk.THANKS
    if "?" in text and not any(token in _THANKS or token in _GREETING for token in tokens):
        return None  # "ok and?", "cool, so?": asking for more, not closing
    return _courtesy(tokens)


# "bong jea mnus reu robot? 😅", "mikä sä oot, joku chatgpt?": a short question naming a
# bot, with no other English word of substance, asks what the bot is, in any language.
_BOT_WORD = re.compile(r"bot|robot|chatbot|chatgpt|gpt")  # not "ai": Portuguese "there"
# ChatGPT is also a tool the student asks about ("¿puedo usar chatgpt?"): only with "you"
_TOOL_WORD = re.compile(r"chatgpt|gpt")
_SECOND_PERSON = frozenset(
    "you u ur your sä sinä sen siz du tu ty ti kamu wewe ikaw jij aap tum eres bist jsi vous vy "
    "bong".split()
)
MAX_IDENTITY_WORDS = 10


def _asks_what_the_bot_is(text: str, tokens: list[str]) -> bool:
    if "?" not in text or len(tokens) > MAX_IDENTITY_WORDS:
        return False
    named = [t for t in tokens if _BOT_WORD.fullmatch(t)]
    if not named or _GREETING.intersection(tokens):
        return False  # "eae bot, tudo certo?" greets the bot
    if all(_TOOL_WORD.fullmatch(t) for t in named) and not _SECOND_PERSON.intersection(tokens):
        return False
    return not any(
        is_english(t) and t not in FUNCTION_WORDS and t not in _SMALL_TALK_WORDS
        for t in tokens
        if not _BOT_WORD.fullmatch(t)
    )


_COURTESY_WORDS = _THANKS | _ACKNOWLEDGED | _GOODBYE | _GREETING
_SMALL_TALK_WORDS = _COURTESY_WORDS | _FILLER  # every word of a message that is only courtesy


def _courtesy_words(text: str) -> list[str]:
    return [piece for token in words(text) for piece in _pieces(_plain(token))]


_LONGEST_WORD = max(map(len, _SMALL_TALK_WORDS))
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")


def _pieces(token: str) -> list[str]:
    """A token of a script that doesn't space its words, as the small-talk words it is made
    of ("ขอบคุณมากค่ะ": thank you, much, polite ending), longest first; the token whole when
    it is more than small talk."""
    if token in _SMALL_TALK_WORDS or not _UNSPACED.search(token):
        return [token]
    pieces = longest_words(token, _SMALL_TALK_WORDS, _LONGEST_WORD)
    return [token] if None in pieces else [p for p in pieces if p is not None]


def greets(text: str) -> bool:
    """Greets with a word that also ends a chat ("ciao", "chao"), and with no word that only
    ends one ("bye")."""
    tokens = set(_courtesy_words(text))
    return bool(tokens & _GREETING & _GOODBYE) and not tokens & (_GOODBYE - _GREETING)


def _plain(token: str) -> str:
    """A courtesy word as the lists spell it: Malay doubles a word with a "2" ("bye2"), and
    chat stretches its last letter ("helloo", "thankss"). Other words stay as they are."""
    if token in _COURTESY_WORDS:
        return token
    if token.endswith("2") and token[:-1] in _COURTESY_WORDS:
        return token[:-1]
    stretched = token.rstrip(token[-1]) + token[-1] if token else token
    return stretched if stretched in _COURTESY_WORDS else token


def _picks(text: str) -> bool:
    """A clause picks an offered passage: "thank you. I'd like the second one, please"."""
    clauses = [words(clause) for clause in re.split(r"[.!?;\n]", text)]
    return any(picks(c) is not None and not _THANKS.intersection(c) for c in clauses)


def _says_more(rest: str) -> bool:
    """Words beyond courtesy in what's left of an opening ("…? i want to know the stipend")."""
    return any(token not in _SMALL_TALK_WORDS and token not in _OPENING for token in words(rest))


def _asks(text: str, besides: re.Pattern[str] | None = None) -> bool:
    """A question mark, or a clause that opens like a question ("…, what should I do") or
    asks indirectly ("thank you. I would like to know what companies expect")."""
    if besides is not None:
        text = besides.sub(" ", text.lower())
    if (
        "?" in text
        or "¿" in text
        or _JAPANESE_QUESTION.search(text)
        or asks_in_chinese(text)  # a closing "ma" too: "需要博士吗" (is a PhD needed?)
    ):
        return True
    lowered = text.lower()
    if _QUESTION_WORD.search(lowered) or _ASKS_INDIRECTLY.search(lowered):
        return True
    # clauses, and the items of a list: "Thanks. 1) are Kaggle competitions worth it 2) …"
    clauses = re.split(r"[.!,;:\n]|(?:^|\s)\(?\d{1,2}[.)-]\s", text)
    return any(
        _QUESTION_START.match(clause) or _ASKS_BY_TELLING.match(clause.lower())
        for clause in clauses
    )


MAX_UNREAD_CLOSER_WORDS = 3


def _closes_in_an_unread_script(text: str, tokens: list[str]) -> bool:
    """ "ok תודה", "ευχαριστώ 👍": a closing word or emoji with a word or two of a script no
    list here reads (Hebrew, Greek, Telugu…), and nothing asked. Without this the student
    is told the bot reads English, in answer to their thanks. Not in a script the lists
    have words of: Arabic "ما فهمت" is "I didn't understand", though "فهمت" alone is "got
    it"."""
    if len(tokens) > MAX_UNREAD_CLOSER_WORDS or _asks(text):
        return False
    unread = [t for t in tokens if t not in _SMALL_TALK_WORDS]
    closing = bool(_EMOJI_THANKS.intersection(text)) or any(
        t in _THANKS or t in _ACKNOWLEDGED for t in tokens
    )
    return closing and bool(unread) and all(_unread_script(t) for t in unread)


MAX_UNREAD_WORDS = 4
# Shorter, a lone unread word is as likely an acronym English uses ("idk", "gpa").
MIN_LONE_UNREAD_LETTERS = 4
# English function words that are courtesy beside a lone unread word ("ok diolch"); the
# others make it English ("for undergrads", "no internships").
_COURTESY_FUNCTION_WORDS = frozenset({"ok", "okay", "yes", "hmm"})


def unread_small_talk(text: str) -> SmallTalk | None:
    """Small talk in a language nothing here reads, after an answer: a closer
    (`closes_in_an_unread_language`), or a complaint when a sad face comes with it ("ibi
    ntacyo bimfashije 😕": this didn't help me)."""
    if not closes_in_an_unread_language(text):
        return None
    sad = _EMOJI_SAD.intersection(text) and not _EMOJI_THANKS.intersection(text)
    return SmallTalk.FRUSTRATION if sad else SmallTalk.THANKS


def closes_in_an_unread_language(text: str) -> bool:
    """A few words that nothing here reads, with courtesy at most, asking nothing and no
    number: "kiitos paljon!", "paldies 🙏", "köszönöm". After an answer this is a closer in
    a language no list has far more often than anything else: read as if no list knew
    their language, 67 of the 73 such later turns in the labelled chats are thanks or
    goodbyes. Searched with the thread instead, it shows the last answer again.

    One such word may well be English the lexicon lacks ("idk", "no gpa", "for
    undergrads"). Alone it counts with a letter English doesn't use or a thanking emoji,
    or when it is a word of `MIN_LONE_UNREAD_LETTERS` with nothing but courtesy beside it
    ("diolch!", "ok diolch"). In the labelled chats, the later turns that only this reads as
    a closer are 75 thanks and goodbyes and 13 others, all but three of them picks and
    requests for more that the reading sees first. The cost: a bare field term the lexicon
    lacks ("kubernetes") is taken for thanks."""
    tokens = words(text)
    if not tokens or len(tokens) > MAX_UNREAD_WORDS or _asks(text):
        return False
    if any(c.isdigit() for c in text):
        return False
    unread = [t for t in tokens if _unread_word(t)]
    if not unread or not all(
        t in unread or t in _SMALL_TALK_WORDS or len(t) < MIN_LETTERS for t in tokens
    ):
        return False
    if len(unread) > 1 or not unread[0].isascii() or _EMOJI_THANKS.intersection(text):
        return True
    beside = {t for t in tokens if t not in unread} - _COURTESY_FUNCTION_WORDS
    return len(unread[0]) >= MIN_LONE_UNREAD_LETTERS and not FUNCTION_WORDS & beside


def asks_briefly_in_an_unread_language(text: str) -> bool:
    """A short question in words nothing here reads, but for an English word for more or
    for kinds of advice: "veel?", "muuta?", "xi tips ohra?". After an answer it asks for
    more far more often than anything else: in the labelled chats, 18 such later turns ask
    for more and one leans on the answer ("srsly?")."""
    tokens = words(text)
    if not tokens or len(tokens) > MAX_UNREAD_WORDS or "?" not in text:
        return False
    return any(_unread_word(t) and len(t) >= MIN_LONE_UNREAD_LETTERS for t in tokens) and all(
        _unread_word(t) or len(t) < MIN_LETTERS or t in _MORE_OF_ADVICE for t in tokens
    )


# English words a request for more keeps in another language: "xi tips ohra?"
_MORE_OF_ADVICE = frozenset(
    "more other others another else tips tip ways options ideas examples resources "
    "suggestions alternatives routes things".split()
)


def _unread_word(token: str) -> bool:
    """A word of letters no lexicon, glossary or small-talk list here knows."""
    return (
        token.isalpha()
        and len(token) >= MIN_LETTERS
        and token not in _SMALL_TALK_WORDS
        and token not in FUNCTION_WORDS
        and token not in variety_words()
        and not is_english(token)
    )


def _unread_script(token: str) -> bool:
    """Letters of a script that neither the small-talk lists nor any glossary read."""
    return not any(c.isascii() for c in token) and not _scripts(token) & _read_scripts()


def _scripts(text: str) -> set[str]:
    return {script_of(c) for c in text if c.isalpha()}


@cache
def _read_scripts() -> frozenset[str]:
    return (frozenset(_scripts("".join(_SMALL_TALK_WORDS))) | glossed_scripts()) - {"LATIN"}


def _clause_courtesy(clause: str) -> SmallTalk | None:
    """A clause of courtesy words, or thanks for the answer: "Thanks for the previous
    answer. Now: 1) …" (the questions' heading would otherwise carry it)."""
    if _THANKS_FOR_THE_ANSWER.match(clause):
        return SmallTalk.THANKS
    return _courtesy(_courtesy_words(clause))


def _tags_a_question(clause: str) -> bool:
    return "?" in clause and not any(
        t in _THANKS or t in _GREETING for t in _courtesy_words(clause)
    )


_THANKS_FOR_THE_ANSWER = re.compile(
    r"^\W*(?:ok(?:ay)?\s+)?(?:thanks|thank\s+you|thx|ty)\s+(?:so\s+much\s+|a\s+lot\s+)?for\s+"
    r"(?:the|your|that|this)\s+(?:previous\s+|last\s+|earlier\s+|quick\s+|great\s+|helpful\s+)?"
    r"(?:answer|reply|help|info|information|explanation|advice)\W*$",
    re.IGNORECASE,
)


def _courtesy(tokens: list[str]) -> SmallTalk | None:
    """Thanks, goodbye or greeting, when every word is one of them, an acknowledgement or
    filler."""
    if not all(token in _SMALL_TALK_WORDS for token in tokens):
        return None
    if not tokens or all(token.isdigit() for token in tokens) or tokens[0] in _ASKS_FIRST:
        return None  # "… 88?" is a number, "is it safe" a question
    if _ASKS_IF_SURE.match(" ".join(tokens)):
        return None
    # Tahitian and Maori "e hoa" (friend) calls someone: its "e" is no Pidgin "e" (it)
    # acknowledging, and "e hoa" alone is no thanks
    after = [*tokens[1:], ""]
    tokens = [t for t, next_ in zip(tokens, after, strict=True) if (t, next_) != ("e", "hoa")]
    if any(token in _THANKS for token in tokens):
        return SmallTalk.THANKS
    if any(token in _GOODBYE for token in tokens):
        return SmallTalk.GOODBYE
    if any(token in _GREETING for token in tokens):
        return SmallTalk.GREETING
    if any(token in _ACKNOWLEDGED for token in tokens):
        return SmallTalk.THANKS
    return None


# English words a question opens with: "is it safe" asks, though each word is a courtesy.
_ASKS_FIRST = frozenset(
    "is are am was were do does did can could should would will what how which where when why"
    " who".split()
)
_CLAUSE = re.compile(r"[^.!?,;:\n]+[.!?,;:\n]*")


# One \W+ between words, never "\W*\s+": two quantifiers over the same spaces backtrack
# exponentially on "please   please   please … x".
_BARE_HELP = re.compile(
    r"^(?:(?:please|pls|plz|hi|hii|hey|hello|helo)\W+)*help(?:\W+(?:me|please|pls|plz))*\W*$"
)


def asks_for_help(text: str) -> bool:
    """A bare "help", "pls help me": how to use the bot, answered like a greeting. Only for
    the message as written: a foreign message whose English words are just "help" asks
    something."""
    return bool(_BARE_HELP.match(text.lower()))


# A plan said without its "I" ("thanks! will try tonight") opens like a question ("will it
# work?"): it is asked about as "I will try tonight"
_WILL_WITHOUT_I = re.compile(
    r"(?:^|(?<=[.!,;]\s))(?=will\s+(?!(?:it|they|this|that|these|those|you|u|he|she|there|i|we|"
    r"my|the|a|an|not|never)\b)\w)",
    re.IGNORECASE,
)


def before_a_closing_plan(text: str) -> str | None:
    """What a message says before the plan it ends on, when it ends on one and asks nothing:
    "Kadrinchey la. I will begin tonight itself." → "Kadrinchey la.", "ok I'll start
    tonight" → "". None when it ends on no plan. Read only after an answer: as a first
    message "I will apply next year." is a student's situation, not a closer."""
    if _asks(_WILL_WITHOUT_I.sub("I ", text)):
        return None
    clauses = [m.group(0) for m in _CLAUSE.finditer(text)]
    planned = False
    while clauses and _CLOSING_PLAN.match(" ".join(_courtesy_words(clauses[-1]))):
        planned = True
        clauses.pop()
    if not planned:
        return None
    rest = "".join(clauses).strip()
    return "" if not rest or small_talk(rest) is not None else rest


def split_small_talk(text: str) -> Courtesy:
    """Courtesy taken off the front and back of a message: "thanks! and how do I apply?" →
    (THANKS, "and how do I apply?"). A message that is all small talk has no rest."""
    whole = small_talk(text)
    if whole is not None:
        return Courtesy(whole, "")
    clauses = [m.group(0) for m in _CLAUSE.finditer(text)]
    kind: SmallTalk | None = None
    while (
        len(clauses) > 1
        and not _doubted_in_ilocano_or_waray(clauses)
        and (found := _clause_courtesy(clauses[0])) is not None
    ):
        if found is SmallTalk.GOODBYE and greets(clauses[0]):
            found = SmallTalk.GREETING  # "Ciao, I need advice on…" opens, it doesn't end
        kind = kind or found
        clauses.pop(0)
    # A last clause that asks is a tag on the question ("…, true?", "Hm, stimmt das?"), not
    # a closer.
    while (
        len(clauses) > 1
        and not _tags_a_question(clauses[-1])
        and (found := _clause_courtesy(clauses[-1])) is not None
    ):
        kind = kind or found
        clauses.pop()
    rest = "".join(clauses).strip()
    if kind is None:
        return Courtesy(None, text)
    if small_talk(rest) is not None:  # "hi apu, good evening! ektu help lagbe please"
        return Courtesy(kind, "")
    return Courtesy(kind, rest)


MAX_FED_UP_WORDS = 30
MIN_WORDS_AFTER_A_FACE = 2
_ENGLISH_ASKS = re.compile(r"\b(?:what|how|why|which|where|when|should)\b")


# In English, what a complaint about the answer points at: the answer or the bot ("this",
# "you", "same", "help", "vague"), or what the student asked; a fed-up face after words that
# point at none of these tells of the student's day ("power cut all day here 😩", "exam
# week, no sleep 😫"), which is asked about or passed over, not complained of.
_BLAMES = frozenset(
    """
    this that it these those dat dis you u ya yuh ye your ur yours same answer answers
    reply replies response responses help helps helped helping helpful unhelpful useless
    pointless general generic vague repeat repeats repeated repeating circles circle bot
    told tell telling said saying say says know knew nothing asked ask asking question
    questions info advice guide tips meh ugh whatever sigh seriously really wtf bruh smh
    ok okay fine sure great thanks wow lol cool nice why not nah nope yeah
    """.split()
)
MIN_TOLD_WORDS = 2  # words of the student's own day, beside a face, before it tells of it


def tells_of_the_day(text: str) -> bool:
    """An English message with a face that points at neither the answer nor the bot, and
    says a few words of something else: "power cut all day here 😩"."""
    tokens = [t.lower() for t in words(text)]
    if any(t in _BLAMES or t.split("'")[0] in _BLAMES for t in tokens):
        return False
    return sum(t not in FUNCTION_WORDS for t in tokens) >= MIN_TOLD_WORDS


def complains_with_a_face(text: str) -> bool:
    """A fed-up or sad face in a message that asks nothing, after an answer: "ఇది help
    అవ్వలేదు anna 😔" (this didn't help), "same thing again and again 😞", in any language.
    In the labelled chats, every later turn with such a face and no question is a complaint
    but for one that waves goodbye (read as a goodbye first); with a question mark they are
    follow-ups and off-topic asks, which this leaves alone."""
    if not _EMOJI_SAD.intersection(text) or _EMOJI_THANKS.intersection(text):
        return False
    if "?" in text or "？" in text or "؟" in text or _asks(text):
        return False
    # "tier 3 college 😞 will anyone hire me", "bad day 😞 can you tell me a joke": the face
    # ends a clause, and the one after it asks, unmarked
    faced = "".join(" . " if c in _EMOJI_SAD else c for c in text)
    if _asks(faced) or any(asks(c, marked=False) for c in re.split(r"[.!,;:\n]", faced)):
        return False
    # "giornata storta 😞 raccontami una barzelletta" (bad day; tell me a joke), "hakuna umeme
    # 😞 naweza kusoma kwa simu" (no power; can I study on my phone): words on both sides of
    # the face tell something, then ask in words no list reads
    faces = [i for i, c in enumerate(text) if c in _EMOJI_SAD]
    head, tail = text[: faces[0]], text[faces[-1] + 1 :]
    if words(head) and len(words(tail)) >= MIN_WORDS_AFTER_A_FACE:
        return False
    lowered = text.lower()
    # "off topic but what do you think…", "ok then 👋 … 😩": asked, or taking leave
    if _ENGLISH_ASKS.search(lowered) or _EMOJI_GREETING.intersection(text):
        return False
    if any(t in _BYE or t in _GOODBYE for t in _courtesy_words(text)):
        return False
    # "weak in dynamic programming 😔 what do I do": the field's words make it a question
    # asked in words no list reads, not a complaint about the answer
    return 0 < len(words(text)) <= MAX_FED_UP_WORDS and not names_the_field(text)


# Greetings no one parts with: a return ("hello again", "I'm back"), a call ("hey there"), the
# morning or afternoon ("ok sir, good morning", "selamat pagi"), "how are you" (Swahili
# "habari", "mambo"), Australian "g'day"
_ONLY_MEETS = re.compile(
    r"\b(?:again|back|there|morning|afternoon|pagi|siang|buongiorno|suprabhat|habari|mambo|"
    r"g['’]?day|howdy)\b"
)


def only_greets(text: str) -> bool:
    """An acknowledgement and a greeting, and nothing else ("ok, sat sri akal", the gloss
    of "ਚੱਲੋ ਜੀ, ਸਤ ਸ੍ਰੀ ਅਕਾਲ 🙏"), asking nothing. After an answer this takes leave: many
    languages greet and part with the same words, and the acknowledgement closes the turn.
    A greeting alone after an answer ("प्रणाम 🙏", "good morning") still greets."""
    tokens = _courtesy_words(text)
    if "?" in text or _PERMISSION.search(" ".join(tokens)) or _ONLY_MEETS.search(text.lower()):
        return False
    clauses = [_courtesy_words(m.group(0)) for m in _CLAUSE.finditer(text)]
    first = [t for t in clauses[0] if t not in _FILLER] if len(clauses) > 1 else []
    closes = bool(first) and all(t in _ACKNOWLEDGED or t in _BYE for t in first)
    return closes and small_talk(text) is SmallTalk.GREETING


MAX_CLOSING_REST_WORDS = 5


def closes_beside_courtesy(rest: str) -> bool:
    """What is left of a message after its thanks or goodbye, when it is a few words of
    no English and nothing of the field, asking nothing and with no number: "nabad, <I'll
    be back tomorrow>", "thanks ji, <God bless>" in a language nothing here reads. After an
    answer the courtesy tells what the message is; searched, such words only show the last
    answer again or say "I read English best"."""
    tokens = words(rest)
    if not tokens or len(tokens) > MAX_CLOSING_REST_WORDS:
        return False
    if "?" in rest or any(c.isdigit() for c in rest) or _asks(rest) or _BUT.search(rest.lower()):
        return False
    if names_the_field(rest):
        return False
    return not any(
        is_english(t) and t not in FUNCTION_WORDS and t not in _SMALL_TALK_WORDS for t in tokens
    )
