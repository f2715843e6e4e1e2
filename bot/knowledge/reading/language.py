"""Is a message in a language other than English, which the guide and the model can't read?

Four rules, in this order:
- Korean in Hangul, and Russian (and Ukrainian) in Cyrillic, are glossed whatever else they
  mix in: each word reads as the glossary word it begins with (varieties.toml), since their
  grammar comes as endings. Chinese in Han characters (simplified or traditional; kana make
  it Japanese), Thai and Japanese are too, each run of the script read as the longest
  glossary words along it, since they don't space their words.
- Otherwise the writing system decides when most letters are not Latin (Cyrillic,
  Devanagari, Han, Arabic, …): exact, and needs no model.
- Code-mixed and romanized varieties (Hinglish and romanized Urdu, romanized Marathi,
  Taglish, Nigerian Pidgin, Spanglish, Portuguese, Tanglish, Sheng, Vietnamese, Turkish,
  French, Malay, Indonesian, Nepali, Sinhala, Italian, Polish, German, Serbian/Croatian/Bosnian,
  Hungarian, Georgian, Twi, Lithuanian, Bulgarian in Latin chat letters, romanized Pashto,
  Chichewa, romanized Burmese, …) are told by their own grammar words (varieties.toml),
  before any detector: detectors trained on standard text read romanized Hindi as Indonesian
  or Malay.
  Their words are glossed into English for the search, because the English content words
  ("PhD", "internship", "leetcode") usually carry the question.
- For other Latin script, py3langid (langid.py's maintained fork; its model ships in the wheel)
  decides, but only on a message long enough for a detector to be right, with high
  English improbable, and with few English function words. Short messages and names ("Kaggle?",
  "tl;dr pls", "chip huyen book") fool every detector, so they count as English.

A message in a language without a glossary (Arabizi, Banglish, Swedish, Greek, …) is
searched by its English words (lexicon.py), when it has any: they usually carry the
question.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import MISSING, Field, dataclass, field, fields, replace
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from bot.knowledge.reading.lexicon import (
    COMBINING_MARKS,
    FIELD_WORDS,
    TOKEN,
    english_words,
    is_english,
    join_tokens,
)
from bot.knowledge.search.text import FUNCTION_WORDS as _ENGLISH_FUNCTION_WORDS
from bot.knowledge.search.text import longest_words

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

ENGLISH = "en"
# Latin-script languages students write in; restricting the detector to these avoids
# rare-language confusions (py3langid knows 97).
LATIN_LANGUAGES = (
    "en", "es", "pt", "fr", "de", "id", "ms", "tr", "it", "nl", "pl", "vi", "ro", "cs",
    "sv", "tl", "sw", "hu", "fi", "da", "no", "hr", "sk", "sl", "lt", "lv", "et", "az",
    "uz",
)  # fmt: skip
MIN_WORDS = 3
# Decide on how unlikely English is, not on how likely the top language is: Spanish and
# Portuguese, or Indonesian and Malay, split the probability between them.
MAX_ENGLISH_PROBABILITY = 0.02
# With this share of English function words a message is English, whatever else it mixes in.
ENGLISH_FUNCTION_SHARE = 0.2


# Unicode script (the first word of a character's name) → the language to reply in.
_SCRIPTS = {
    "CYRILLIC": "ru",
    "DEVANAGARI": "hi",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "ARABIC": "ar",
    "HEBREW": "he",
    "GREEK": "el",
    "THAI": "th",
    "LAO": "lo",
    "MYANMAR": "my",
    "KHMER": "km",
    "TIBETAN": "dz",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "TELUGU": "te",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "ETHIOPIC": "am",
}
_WORD = re.compile(r"[^\W\d_]+")
# A word with its vowel signs, which `re` doesn't count as word characters: Devanagari
# "पाहिजे" would fall apart into "प", "ह", "ज" without them.
_SCRIPT_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{COMBINING_MARKS}])*")


# Letters that only some languages of a shared script use. Such a language is read through
# the glossary of the one it is told from (Ukrainian through Russian's), and keeps its code.
_TELLING_LETTERS = {
    "ru": (("uk", frozenset("іїєґІЇЄҐ")),),
    # Gulf and Iraqi Arabic write چ and گ too: only Persian words tell Persian by them
    "ar": (("ur", frozenset("ٹڈڑںےھ")), ("fa", frozenset("پژیک"))),
}
_READ_AS = {told: code for code, pairs in _TELLING_LETTERS.items() for told, _ in pairs}


@cache
def _also_written_as() -> dict[str, tuple[str, ...]]:
    """{a language told apart by its letters: the varieties that write those letters too}
    (each variety's `writes_letters_of`): a Cyrillic message with і is Ukrainian, unless
    Belarusian words (or ў, or і beside ы or э) make it Belarusian."""
    found: dict[str, tuple[str, ...]] = {}
    for v in varieties():
        if v.writes_letters_of:
            found[v.writes_letters_of] = (*found.get(v.writes_letters_of, ()), v.code)
    return found


def _told_apart(language: str, text: str) -> str:
    """ "uk" for a Cyrillic message with Ukrainian letters, and so on; else `language`."""
    pairs = _TELLING_LETTERS.get(language, ())
    return next((told for told, letters in pairs if letters.intersection(text)), language)


@dataclass(frozen=True)
class Language:
    """What a message is written in, and the English to search it by."""

    code: str = ENGLISH  # ISO 639-1, or a code-mixed variety's code (varieties.toml)
    mixed: bool = False  # English mixed with another language: the student reads English
    english: str = ""  # the message with the other language's words glossed; "" if English
    glossed: bool = False  # `english` came from the variety's glossary, not its English words

    @property
    def is_english(self) -> bool:
        return self.code == ENGLISH


ENGLISH_TEXT = Language()


def read_language(text: str) -> Language:
    """English; a code-mixed or romanized variety (glossed into English for the search); or
    another language."""
    by_beginnings = _written_in_glossed_script(text)
    script = _dominant_script(text)
    if by_beginnings is not None:  # Korean or Russian, however much English it mixes in
        # "Can I intern at 네이버 without a master's?" is English with a Korean name in it.
        in_english = script == "LATIN"
        by_letters = by_beginnings.code  # Hinglish mixes in Devanagari words, read as Hindi
        code = _told_apart(by_beginnings.code, text)
        if code == by_beginnings.code:
            by_beginnings = _by_own_marks(by_beginnings, text)
            code = by_beginnings.code
            in_english = in_english or by_beginnings.mixed
        elif code in _also_written_as():  # Belarusian writes Ukrainian's і
            own = _by_own_marks(by_beginnings, text, _also_written_as()[code])
            if own is not by_beginnings:
                by_beginnings, code, in_english = own, own.code, in_english or own.mixed
        if in_english and (latin := _mixing_in(by_beginnings, text, by_letters)) is not None:
            return Language(latin.code, True, gloss(text, latin), True)
        return Language(code, in_english, gloss(text, by_beginnings), True)
    if script != "LATIN":
        if script is None:
            return ENGLISH_TEXT
        language = _told_apart(_SCRIPTS.get(script, "und"), text)
        return Language(language, english=english_words(text, marks()))
    tokens = _WORD.findall(text.lower())
    mixed = _variety(tokens, text)
    if mixed is not None and not _another_standard_language(mixed[0], tokens, text):
        found, english_share = mixed
        glossed = gloss(text, found)
        return Language(found.code, found.mixed or english_share >= MIXED_SHARE, glossed, True)
    code = _latin_language(tokens, text)
    # A Spanish sentence with too few telling words is glossed all the same; not one the
    # detector calls Indonesian or Malay, which is what it calls most romanized languages.
    known = variety(code) if code not in _DETECTED_LOOSELY else None
    # ...nor one a neighbour's own words rule out: te reo Māori the detector calls Swahili
    if known is not None and not known.ruled_out_by.isdisjoint(tokens):
        known = None
    if known is not None:
        return Language(code, False, gloss(text, known), True)
    if code == ENGLISH:
        return ENGLISH_TEXT
    return Language(code, english=english_words(text, marks()))


def _mixing_in(found: Variety, text: str, by_letters: str = "") -> Variety | None:
    """A Latin variety whose writers mix in words of the script `found` reads (or of the
    variety its letters gave, `by_letters`), told by its own marks: "научрук arkaly apply
    edip bolýarmy" is Turkmen with a Russian word; "bhai धन्यवाद" is Hinglish."""
    mixed = _variety(_WORD.findall(text.lower()), text)
    reads = (found.code, by_letters)
    return mixed[0] if mixed is not None and mixed[0].reads_script in reads else None


# A sentence of an English message is in another language when most of its words are not
# English and the detector finds English improbable.
FOREIGN_SHARE = 0.5
_SENTENCE_BREAK = re.compile(r"(?<=[?!.])\s+|\n+")


def without_foreign_sentences(text: str) -> str:
    """An English message with its sentences in another language read through that
    language's glossary, or by their English words: "how do i apply to a big company?? no
    conozco a nadie que trabaje ahí" as written pulls the search away from the question."""
    sentences = _SENTENCE_BREAK.split(text)
    if len(sentences) < 2 or (text.isascii() and not _variety_words(text)):
        return text
    read = [_in_english(sentence) for sentence in sentences]
    return " ".join(filter(None, read)) if read != sentences else text


def _in_english(sentence: str) -> str:
    tokens = _WORD.findall(sentence)
    # Capitalised words are mostly names ("Université de Montréal", "José María"): only
    # lower-case words tell another language.
    foreign = [t for t in tokens if t.islower() and len(t) > 2 and not is_english(t, marks())]
    if len(foreign) < MIN_WORDS or len(foreign) / len(tokens) < FOREIGN_SHARE:
        return sentence
    ranked = dict(_identifier().rank(sentence))
    if ranked.get(ENGLISH, 0.0) > MAX_ENGLISH_PROBABILITY:
        return sentence
    # Only a language the detector knows well and a glossary reads: it calls most romanized
    # text it doesn't know Indonesian, Malay or Swahili, whose words the model may still know
    # better than the lexicon does ("stipend").
    top = max(ranked, key=ranked.__getitem__)
    known = variety(top) if top in _STANDARD else None
    return sentence if known is None else english_words(gloss(sentence, known), marks())


def _variety_words(text: str) -> bool:
    """Any word of a variety's glossary or marks: ASCII text without one is English."""
    return not variety_words().isdisjoint(t.lower() for t in _WORD.findall(text))


@cache
def variety_words() -> frozenset[str]:
    """Every word some glossary reads, or that marks a variety."""
    return frozenset().union(*(v.glossary.keys() | v.marks for v in varieties()))


def read_otherwise(word: str, english: str) -> bool:
    """Some variety's glossary reads `word` as other than `english`: Indonesian "bikin"
    (make) and Quechua "wakin" (other) are no dropped g's of "biking" and "waking", where
    Trinidadian "tryin" is "trying"."""
    return not _glosses().get(word.lower(), frozenset()) <= {english}


@cache
def _glosses() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for v in varieties():
        for word, english in v.glossary.items():
            found.setdefault(word, set()).add(english)
    return {word: frozenset(english) for word, english in found.items()}


def detect_language(text: str) -> str:
    """An ISO 639-1 code or a variety's code; "en" unless clearly another language."""
    return read_language(text).code


def _latin_language(tokens: list[str], text: str) -> str:
    if len(tokens) < MIN_WORDS:
        return ENGLISH
    if sum(word in _ENGLISH_FUNCTION_WORDS for word in tokens) / len(tokens) >= (
        ENGLISH_FUNCTION_SHARE
    ):
        return ENGLISH
    ranked = dict(_identifier().rank(text))
    if ranked.get(ENGLISH, 0.0) > MAX_ENGLISH_PROBABILITY:
        return ENGLISH
    return max(ranked, key=ranked.__getitem__)


# ── code-mixed and romanized varieties ───────────────────────────────────────


@dataclass(frozen=True)
class Variety:
    code: str
    name: str
    glossary: dict[str, str]
    marks: frozenset[str]
    mixed: bool  # its speakers mix in English as a rule (romanized Hindi, Taglish, Pidgin)
    # Which side of an apostrophe carries the word: Turkish suffixes a name
    # ("coursera'daki"), French elides before it ("l'auteur").
    apostrophe: str = ""  # "keep-before", "keep-after", or "" (the word is looked up whole)
    # Words an apostrophe elides before the word it carries, in a "keep-before" variety that
    # mixes in French: Mauritian "to'nn" keeps "to", but "l'entretien", "d'expérience" keep
    # the French word after it.
    elided: frozenset[str] = frozenset()
    # A script whose words carry their grammar as endings (Korean: 지원 "apply" in 지원하려면):
    # each of its words reads as the longest glossary word it begins with, or not at all.
    # Which side of a hyphen carries the word, when the other is one of `affixes`: Persian
    # suffixes follow it ("daneshgah-haye"), isiZulu prefixes come before ("ama-projects").
    # "split": each side is read on its own (German "ML-Praktikum": ML, internship).
    hyphen: str = ""  # "keep-before", "keep-after", "split", or "" (words stay whole)
    affixes: frozenset[str] = frozenset()
    # A language that writes its compounds as one word (German "Interviewablauf"): a word the
    # glossary lacks, and no English word, reads as two it has, or as a field word and one
    # it has ("interview", "process"), with or without a linking letter between them.
    compounds: bool = False
    # Acronyms the variety writes for an English term (German "KI": AI); others stay names.
    acronyms: dict[str, str] = field(default_factory=dict)
    # Letters students type as others where the keyboard lacks them (German "ü" as "ue", "ß"
    # as "ss"): each glossary word is read in both spellings.
    typed_as: dict[str, str] = field(default_factory=dict)
    # Its words that English function words are spelt like (German "im", "was", "also"): they
    # don't make a message of it mixed with English, and its glossary reads them.
    written_as_english: frozenset[str] = frozenset()
    script: str = ""  # the first word of its letters' Unicode names; several joined by "|"
    told_by: str = ""  # the scripts that tell it from others sharing `script`; "" if all do
    # Letters of languages sharing its script that it doesn't write: they rule it out (Kazakh
    # ә ұ and Uzbek ў are no Kyrgyz).
    not_written_with: frozenset[str] = frozenset()
    # A language its letters are told apart as, whose letters it writes too (Belarusian
    # writes Ukrainian's і): such a message is still weighed for it by its own words.
    writes_letters_of: str = ""
    # Read in its script only with a mark of its own (or one of a variety of its script told
    # from it by marks), where the letters give another language otherwise (Tigrinya's Ge'ez
    # letters give Amharic, `_SCRIPTS`; Persian's چ and گ, Gulf Arabic).
    needs_own_mark: bool = False
    endings: frozenset[str] = frozenset({""})  # after a short glossary word, in `script`
    # Glossary words of at most this many letters match only a whole word, or one with an
    # ending: Korean 책 "book" (not 책임), Russian "не" "not" (not "неделя", a week).
    short: int = 1
    # A script that doesn't space its words (Thai): a run of it reads as the longest glossary
    # words found along it, left to right.
    unspaced: bool = False
    # Invisible characters its writers type inside a word (Persian's zero-width non-joiner:
    # "می‌خواهم", "دانشگاه‌ها"; Telugu "ఇంటర్న్‌షిప్"; Malayalam's older chillu "ള്‍"): taken
    # out before its glossary reads the word, since they would cut it in two, so it reads
    # as students who type none ("میخواهم") write it.
    invisible_joiners: str = ""
    # Prefixes a word of its script may carry, longest first, each with its English ("" for
    # grammar): read when the glossary begins no word (`_after_prefix`).
    script_prefixes: tuple[tuple[str, str], ...] = ()
    longest_word: int = 0  # the glossary's, in letters
    # Its words that join two questions in one message, where other languages write them
    # otherwise (unmarked Vietnamese "va" is Spanish and French "va"): splitting.py
    joiners: tuple[str, ...] = ()
    # Runs of words read as one before the glossary reads the rest, longest first: romanized
    # Burmese writes its grammar as syllables of their own ("apply lo ya lar", can I apply?).
    phrases: dict[str, str] = field(default_factory=dict)
    longest_phrase: int = 0  # in words
    # Its marks count only in words written whole, not after an apostrophe: Turkish sets
    # its suffixes off so ("startup'lar"), and its plural "lar" is no Burmese "lar".
    whole_marks: bool = False
    # A script whose words mark it in a Latin message, and that its gloss leaves out (the
    # model reads no Myanmar letters): romanized Burmese mixes in words in Burmese script.
    marked_by: str = ""
    # Marks other languages write often (Malaysian "lar", Spanish "tal"): they count only
    # beside a mark of its own.
    weak_marks: frozenset[str] = frozenset()
    # A language that writes its case endings onto any word, English ones too (Hungarian
    # "internshipet", "githubon", "interjúra"): a word neither the glossary nor English has
    # reads as the longest word before one of its `affixes` that the glossary has (its
    # English), or that is the field's or a longer English word (as written).
    # (`affix_chain` and `verb_chain` in varieties.toml list endings made of pieces in turn:
    # Turkmen "okamasaň" is oka, study, with -ma (not), -sa (if), -ň (you).)
    inflects: bool = False
    # Chat letters (Bulgarian "shliokavitsa"): digits are letters inside words ("ne6to",
    # "4ao"), so marks are read on words with their digits; the toml's `chat_letters` spell
    # each glossary word, mark and phrase in every way the table gives (see _chat_spelled).
    digit_letters: bool = False
    # Written forms that mark the variety as its own words do, each match one mark: Bulgarian
    # writes its article after a hyphen onto English words ("interview-to", "phd-ta").
    mark_pattern: re.Pattern[str] | None = None
    # What every match of `mark_pattern` holds: one of these signs, or one of these words. A
    # message with neither isn't searched: the patterns cost more than all the word marks.
    pattern_signs: str = ""
    pattern_words: frozenset[str] = frozenset()
    # Words of another language that shares its marks, which no writer of it uses: a message
    # with one is not of this variety (Singapore English "lah" beside "wah", "meh").
    ruled_out_by: frozenset[str] = frozenset()
    # Weak marks that count as the variety's own beside another of its marks, not beside
    # themselves: Hawaii Pidgin "da" (the) with "dey", "mo", "jus"; Hausa, Serbian, Punjabi and
    # Azerbaijani write "da" too, but not beside a Pidgin word.
    own_beside_others: frozenset[str] = frozenset()
    # Varieties its writers write whole sentences of around its words (K'iche' students write
    # Guatemalan Spanish with K'iche' in it): a message with enough of its own marks is read
    # as it even where that variety has more marks.
    outweighs: frozenset[str] = frozenset()
    # A language that writes its grammar as prefixes onto a verb (Chichewa "ndi-ma-phunzira",
    # I learn; "zi-nga-ndi-thandiz-e", it could help me): a word neither the glossary nor
    # English has reads as the English of one of its `stems` (a root without its last vowel)
    # after one of its `stem_prefixes` and before one of its `stem_endings`. A noun prefix
    # glued to an English word ("macourse", "kuapply") leaves the word: `noun_prefixes`.
    stems: dict[str, str] = field(default_factory=dict)
    stem_prefixes: frozenset[str] = frozenset()
    stem_endings: tuple[str, ...] = ()  # shortest first: the longest root a word has wins
    noun_prefixes: frozenset[str] = frozenset()
    # A glossed script whose words its writers mix in (Turkmen students write Russian words
    # in Cyrillic: "научрук arkaly apply edip bolýarmy"): the code of the variety that reads
    # them, each word as the longest of its glossary words it begins with.
    reads_script: str = ""
    # A script that marks its syllables, not its words (Tibetan's tsheg "་" in Dzongkha): a
    # run of its syllables reads as the longest glossary words along it, each written with
    # the mark between its syllables ("དགོཔ་ཨིན", need), syllables it lacks passed over.
    syllable_mark: str = ""
    # A language written in Latin letters that builds a word from a stem and suffixes
    # (Inuktitut "ilinnia-riniaq-piga", will I study it): a word the glossary lacks, and no
    # English word, reads as the longest glossary word of at least `MIN_BEGINNING` letters
    # it begins with, as a word of a glossed script does (`_begun_by`).
    reads_beginnings: bool = False
    # Ge'ez letters are syllables: an ending's vowel joins a word's last consonant (Amharic
    # "ደሞዝ", salary; "ደሞዙ", the salary; "ደሞዜ", my salary): `_with_fused_vowels`.
    fused_vowels: bool = False
    # A language whose tone marks and under-dots students type or leave out at will (Yoruba
    # "ṣé", "se"; "gbọ́dọ̀", "gbodo"), and whose marked vowels Unicode doesn't compose ("ọ̀",
    # a letter and a mark): each of its words is read without them, its glossary written in
    # plain letters; a word its marks list as written (strong, "ṣé") counts as written.
    reads_unmarked: bool = False


# A variety with `always_mixed = true` in varieties.toml is written around English terms as
# a rule, so its messages are code-mixed even with no English function word in them.
# Spanish, Portuguese, French and Turkish messages may be wholly in that language, and are
# "mixed" only with English words in them.
MIN_MARKS = 2  # words of a variety a message needs before it is read as that variety
MIN_MARK_SHARE = 0.12
MIXED_SHARE = 0.1  # English function words that make a Spanish or Portuguese message mixed
# English words that some varieties also use: they never count as a mark of another language.
_SHARED_WITH_ENGLISH = frozenset(
    "may pass person enter fit no or at sad log par bas fine nah".split()
)


@cache
def varieties() -> tuple[Variety, ...]:
    data = tomllib.loads(
        resources.files(__package__).joinpath("varieties.toml").read_text(encoding="utf-8")
    )
    data = {code: _chat_spelled(entry) for code, entry in data.items()}
    read = tuple(_read_variety(code, entry) for code, entry in data.items())
    # A variety whose writers mix in another variety's words as a rule (Malagasy students
    # write French terms: "stage", "entretien", "candidature") reads them by that variety's
    # glossary, its own words first. Several borrowed varieties are read in turn, the first
    # before the later ones (Cameroonian Pidgin reads Nigerian Pidgin's words, then French).
    by_code = {v.code: v for v in read}
    read = tuple(replace(v, glossary=_borrowed(v, data, by_code)) for v in read)
    read = tuple(_with_typed_forms(v) if v.typed_as else v for v in read)
    read = tuple(_with_fused_vowels(v) if v.fused_vowels else v for v in read)
    typed_unmarked = {code for code, entry in data.items() if entry.get("unmarked")}
    return tuple(_with_unmarked_forms(v) if v.code in typed_unmarked else v for v in read)


# Settings varieties.toml spells as the worked-out field: read by `_read_variety` from the field
# type (`_as_field_type`) or, for these, worked out from the table.
_WORKED_OUT = frozenset(
    "code glossary marks mixed affixes endings script_prefixes longest_word phrases"
    " longest_phrase mark_pattern digit_letters stem_prefixes stem_endings".split()
)


def _read_variety(code: str, entry: dict) -> Variety:
    """One variety from its table: a plain setting under its field's name, read as the
    field's type (a list as a frozenset or tuple), so a new setting needs no line here."""
    plain: dict[str, Any] = {
        f.name: _as_field_type(f, entry[f.name])
        for f in fields(Variety)
        if f.name in entry and f.name not in _WORKED_OUT
    }
    phrases = {k.lower(): v for k, v in entry.get("phrases", {}).items()}
    pattern = entry.get("mark_pattern")
    return Variety(
        code=code,
        glossary={k.lower(): v for k, v in entry["glossary"].items()},
        marks=frozenset(entry["marks"]) - _ENGLISH_FUNCTION_WORDS - _SHARED_WITH_ENGLISH,
        mixed=entry.get("always_mixed", False),
        affixes=frozenset(entry.get("affixes", []))
        | _chained(entry.get("affix_chain", []))
        | _chained(entry.get("verb_chain", [])),
        endings=frozenset(["", *entry.get("endings", [])]),
        script_prefixes=tuple(sorted(entry.get("prefixes", {}).items(), key=lambda p: -len(p[0]))),
        longest_word=max(map(len, entry["glossary"]), default=0),
        phrases=phrases,
        longest_phrase=max((len(k.split()) for k in phrases), default=0),
        mark_pattern=re.compile(pattern, re.IGNORECASE | re.VERBOSE) if pattern else None,
        digit_letters=any(
            c.isdigit()
            for spellings in entry.get("chat_letters", {}).values()
            for spelling in spellings
            for c in spelling
        ),
        stem_prefixes=_chained(entry.get("stem_prefix_chain", [])),
        stem_endings=tuple(sorted(set(entry.get("stem_endings", [])), key=lambda e: (len(e), e))),
        **plain,
    )


def _as_field_type(setting: Field, value: Any) -> Any:
    """A toml value as the type of the field's default: lists become frozensets or tuples,
    tables dicts, and a string of letters (`not_written_with`) a frozenset of them."""
    default = (
        setting.default_factory() if setting.default_factory is not MISSING else setting.default
    )
    if isinstance(default, frozenset | tuple | dict):
        return type(default)(value)
    return value


def _borrowed(variety: Variety, data: dict, by_code: dict[str, Variety]) -> dict[str, str]:
    """The variety's glossary over those of the varieties it borrows (`borrows`: a code, or
    a list of codes, the first read first)."""
    borrows = data[variety.code].get("borrows", [])
    codes = [borrows] if isinstance(borrows, str) else borrows
    glossary: dict[str, str] = {}
    for code in reversed(codes):
        glossary.update(by_code[code].glossary)
    return {**glossary, **variety.glossary}


def _chat_spelled(entry: dict) -> dict:
    """A variety typed in chat letters, its words listed with a Cyrillic letter where chat
    spells it several ways ("neщo" is "neshto", "ne6to", "nesto"…; "kъde" is "kude", "kade",
    "kyde"): each glossary word, mark and phrase in every spelling the `chat_letters` table
    gives; a spelling the toml lists itself keeps its own sense."""
    table = entry.get("chat_letters")
    if not table:
        return entry

    def spelled(word: str) -> list[str]:
        spellings = [""]
        for char in word:
            spellings = [s + way for s in spellings for way in table.get(char, [char])]
        return spellings

    def spelled_map(words: dict) -> dict:
        listed = {k: v for k, v in words.items() if not set(k) & set(table)}
        more: dict = {}
        for word, english in words.items():
            for way in spelled(word) if set(word) & set(table) else ():
                more.setdefault(way, english)
        return {**more, **listed}

    def spelled_list(words: list) -> list:
        return sorted({way for word in words for way in spelled(word)})

    return {
        **entry,
        "glossary": spelled_map(entry.get("glossary", {})),
        "phrases": spelled_map(entry.get("phrases", {})),
        "marks": spelled_list(entry.get("marks", [])),
        "weak_marks": spelled_list(entry.get("weak_marks", [])),
    }


def _chained(parts: list[list[str]]) -> frozenset[str]:
    """Every ending made of one piece of each list in turn (each may be ""): Hungarian
    "phd-soknak" is phd, s (-ish), ok (plural), nak (to)."""
    chains = {""}
    for pieces in parts:
        chains = {chain + piece for chain in chains for piece in [*pieces, ""]}
    return frozenset(chains - {""})


def _with_typed_forms(variety: Variety) -> Variety:
    """Each glossary word also as typed without the variety's own letters ("für" as "fuer",
    "muß" as "muss"), unless the glossary has that spelling for a word of its own."""
    typed: dict[str, str] = {}
    for word, english in variety.glossary.items():
        spelled = word
        for letter, instead in variety.typed_as.items():
            spelled = spelled.replace(letter, instead)
        if spelled != word and spelled not in variety.glossary:
            typed.setdefault(spelled, english)
    return replace(variety, glossary={**variety.glossary, **typed})


_ETHIOPIC_SYLLABLES = range(0x1200, 0x1358)
_SIXTH_ORDER = 5  # the consonant alone ("ዝ"), in each row of eight: ዘ ዙ ዚ ዛ ዜ ዝ ዞ ዟ


def _with_fused_vowels(variety: Variety) -> Variety:
    """Each glossary word of three letters or more that ends in a consonant alone (Ge'ez
    letters' sixth order: "ደሞዝ") also read with that consonant's other vowels, as an ending
    joins it ("ደሞዙ", the salary; "ደሞዜ", my salary; "ፈልጋለሁ", I want), unless the glossary
    has that spelling for a word of its own."""
    fused: dict[str, str] = {}
    for word, english in variety.glossary.items():
        code = ord(word[-1])
        if len(word) < 3 or " " in word or code not in _ETHIOPIC_SYLLABLES:
            continue
        if (code - _ETHIOPIC_SYLLABLES.start) % 8 != _SIXTH_ORDER:
            continue
        for order in (0, 1, 2, 3, 4, 6):
            letter = chr(code - _SIXTH_ORDER + order)
            if not unicodedata.name(letter, "").startswith("ETHIOPIC SYLLABLE"):
                continue
            spelled = word[:-1] + letter
            if spelled not in variety.glossary:
                fused.setdefault(spelled, english)
    return replace(variety, glossary={**variety.glossary, **fused})


def _with_unmarked_forms(variety: Variety) -> Variety:
    """A variety students often type without its tone marks (Vietnamese "truong" for
    "trường"): each glossary word of three letters or more is also read unmarked, unless
    two words of different senses fall together or it is an English word ("thật" is not
    "that"). Shorter ones would swallow English acronyms ("R", "BI", "DA"), and unmarked
    marks would catch names ("Tuan", "Hieu"): both are listed by hand in varieties.toml."""
    senses: dict[str, set[str]] = {}
    for word, english in variety.glossary.items():
        if (plain := _unmarked(word)) != word and plain not in variety.glossary:
            senses.setdefault(plain, set()).add(english)
    glossary = {
        **variety.glossary,
        **{
            plain: next(iter(found))
            for plain, found in senses.items()
            if len(found) == 1 and len(plain) >= MIN_UNMARKED_LETTERS and not is_english(plain)
        },
    }
    return replace(variety, glossary=glossary)


MIN_UNMARKED_LETTERS = 3


def _unmarked(word: str) -> str:
    """The word without its accents and tone marks, "đ" as "d": "trường" → "truong"."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def marks() -> frozenset[str]:
    """Words that mark some variety: never an English word of another language's message."""
    return frozenset().union(*(v.marks for v in varieties()))


def variety(code: str) -> Variety | None:
    """The variety of that code, or the one whose glossary a told-apart language is read
    through (Ukrainian: Russian's) when it has no glossary of its own (Persian and Urdu
    have: Arabic's letters tell them too)."""
    own = next((v for v in varieties() if v.code == code), None)
    if own is not None or code not in _READ_AS:
        return own
    return next((v for v in varieties() if v.code == _READ_AS[code]), None)


def glossary_of(language: Language) -> Variety | None:
    """The variety whose glossary a message was read through; None for one read by its
    English words (a language without a glossary, or a detector's guess at one)."""
    return variety(language.code) if language.glossed else None


def _variety(tokens: list[str], text: str) -> tuple[Variety, float] | None:
    """The variety most of a message's telling words belong to, and its English share."""
    if not tokens:
        return None
    best, best_marks, best_glossed = None, 0, 0
    outweighing: list[tuple[Variety, int]] = []
    # "ne6to", "4ao": words with chat letters, for the varieties typed in them
    chat_words = _CHAT_WORD.findall(text.lower()) if any(c.isdigit() for c in text) else tokens
    # "ọ̀sán" is one word with its marks, two to `_WORD`: for a variety read unmarked
    marked = _marked_words(text) if not text.isascii() and _unmarking() else tokens
    plain = [_unmarked(word) for word in marked] if marked is not tokens else tokens
    for variety in _candidates([*tokens, *chat_words, *marked, *plain], text):
        words = _whole_words(text) if variety.whole_marks else tokens
        words = chat_words if variety.digit_letters else words
        if variety.reads_unmarked:
            words = [w if w in variety.marks else p for w, p in zip(marked, plain, strict=True)]
        marks = _marks(variety, words, text)
        if variety.outweighs and marks >= MIN_MARKS:
            outweighing.append((variety, marks))
        # A tie (a Nepali message with Hindi's marks "ko" and "kaam") goes to the glossary
        # that reads more of it.
        glossed = sum(token in variety.glossary for token in words) if marks else 0
        if (marks, glossed) > (best_marks, best_glossed):
            best, best_marks, best_glossed = variety, marks, glossed
    for variety, marks in outweighing:
        if best is not None and best.code in variety.outweighs:
            best, best_marks = variety, marks
    if best is None or best_marks < MIN_MARKS or best_marks / len(tokens) < MIN_MARK_SHARE:
        return None
    english = sum(
        token in _ENGLISH_FUNCTION_WORDS and token not in best.written_as_english
        for token in tokens
    ) / len(tokens)
    return best, english


_CHAT_WORD = re.compile(r"[^\W_]*[^\W\d_][^\W_]*")


@cache
def _unmarking() -> bool:
    return any(v.reads_unmarked for v in varieties())


def _marked_words(text: str) -> list[str]:
    """The message's words with their combining marks, in composed form: "ọ̀sán", "gbọ́dọ̀"."""
    return [
        unicodedata.normalize("NFC", w)
        for w in _SCRIPT_WORD.findall(unicodedata.normalize("NFC", text.lower()))
    ]


def _candidates(tokens: list[str], text: str) -> list[Variety]:
    """The varieties a message may be in, in their order: those with a mark among its words,
    those told by their script or by whole words, and those whose mark pattern may match.
    Weighing each of forty varieties against every message is most of what telling them
    apart costs."""
    marked, always = _marked_by_word()
    found = set(always)
    for token in tokens:
        found.update(marked.get(token, ()))
    found.update(v.code for v in _patterned() if _may_match(v, tokens, text))
    found.update(v.code for v in _prefixing() if any(_marks_by_prefix(v, t) for t in tokens))
    return [v for v in varieties() if v.code in found]


@cache
def _patterned() -> tuple[Variety, ...]:
    return tuple(v for v in varieties() if v.mark_pattern is not None)


def _may_match(variety: Variety, tokens: list[str], text: str) -> bool:
    if not (variety.pattern_signs or variety.pattern_words):
        return True
    return any(sign in text for sign in variety.pattern_signs) or not (
        variety.pattern_words.isdisjoint(tokens)
    )


@cache
def _prefixing() -> tuple[Variety, ...]:
    return tuple(v for v in varieties() if v.stems)


@cache
def _marked_by_word() -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    marked: dict[str, list[str]] = {}
    for v in varieties():
        for word in v.marks:
            marked.setdefault(word, []).append(v.code)
    always = frozenset(v.code for v in varieties() if v.marked_by or v.whole_marks)
    return {w: tuple(codes) for w, codes in marked.items()}, always


def _marks(variety: Variety, tokens: list[str], text: str) -> int:
    if variety.ruled_out_by and not variety.ruled_out_by.isdisjoint(tokens):
        return 0
    scripted = (
        sum(in_script(word, variety.marked_by) for word in text.split())
        if variety.marked_by and not text.isascii()
        else 0
    )
    if variety.mark_pattern is not None and _may_match(variety, tokens, text):
        scripted += len(variety.mark_pattern.findall(text))
    if variety.stems:
        scripted += sum(_marks_by_prefix(variety, token) for token in tokens)
    if not variety.weak_marks:
        return sum(token in variety.marks for token in tokens) + scripted
    # "MG Road", "PAN card": an acronym is a name, not a word of the variety
    acronyms = {w.lower() for w in _WORD.findall(text) if w.isupper() and len(w) > 1}
    found = [t for t in tokens if t in variety.marks and t not in acronyms]
    own = any(t not in variety.weak_marks for t in found) or (
        not variety.own_beside_others.isdisjoint(found) and len(set(found)) > 1
    )
    return len(found) + scripted if own or scripted else 0


def _whole_words(text: str) -> list[str]:
    """The message's words, but those set off by an apostrophe ("startup'lar")."""
    return [t for word in text.lower().split() if not _APOSTROPHE.search(word)
            for t in _WORD.findall(word)]  # fmt: skip


_APOSTROPHE = re.compile(r"\w['’ʼ]\w")


# Standard languages a detector knows well; Spanish and Portuguese also share words with
# each other, with French and with Italian, Polish with Czech and Slovak ("jak", "ale",
# "že"), and German with Dutch, Luxembourgish and the Scandinavian languages.
_STANDARD = {"es", "pt", "fr", "it", "pl", "de"}
_CLOSE = {"es": "pt", "pt": "es"}  # the detector splits these two
# What the detector calls most romanized text it doesn't know (Arabizi, Banglish; Greek in
# Latin letters it calls Lithuanian): a Lithuanian message is read by its own marks.
# The detector also calls Greek, Malayalam, Gujarati, Kannada and Punjabi in Latin letters,
# Somali and Albanian "et": Estonian is read by its own marks only. It calls Tagalog,
# Samoan, Haitian and romanized Hindi "sl" too: Slovene is read by its own marks only, and
# Latvian ("lv") as Lithuanian and Estonian are. It calls some Albanian and Haitian
# messages Norwegian ("no"): Norwegian too is read by its own marks only. It calls many
# Czech messages Slovak ("sk"): Slovak is read by its own marks only, so a Czech message is
# not glossed as Slovak. It calls Bergen Norwegian and short greetings Danish ("da"):
# Danish too is read by its own marks only.
_DETECTED_LOOSELY = {"id", "ms", "lt", "et", "lv", "sl", "no", "sk", "da"}


def _another_standard_language(variety: Variety, tokens: list[str], text: str) -> bool:
    """ "Est-ce que je dois…" has Spanish-looking words; the detector knows it is French."""
    if variety.code not in _STANDARD or len(tokens) < MIN_WORDS:
        return False
    ranked = dict(_identifier().rank(text))
    top = max(ranked, key=ranked.__getitem__)
    ours = (variety.code, _CLOSE.get(variety.code), ENGLISH)
    return top not in ours and ranked.get(ENGLISH, 0.0) <= MAX_ENGLISH_PROBABILITY


def gloss(text: str, variety: Variety) -> str:
    """The message with the variety's words in English, grammar words dropped; English
    words and names stay as they are."""
    for joiner in variety.invisible_joiners:
        text = text.replace(joiner, "")
    if variety.syllable_mark or variety.script:
        if variety.syllable_mark:  # a space ends a run of syllables
            chunks = (TOKEN.findall(chunk) for chunk in text.split())
            glossed = [w for chunk in chunks for w in _by_syllables(chunk, variety)]
        else:  # a phrase first ("ما هو", what is; "خسته نباشید", thank you), then by words
            tokens, glossed, at = TOKEN.findall(text), [], 0
            while at < len(tokens):
                size, english = _phrase_at(tokens, at, variety, False)
                if size:
                    glossed += [english] if english else []
                else:
                    glossed += _by_beginnings(tokens[at], variety)
                at += size or 1
        return join_tokens(glossed) if any(w not in "?!.," for w in glossed) else ""
    out = []
    shouting = text.isupper()
    reader = _reader(variety)
    written = [_word_of(token.replace("’", "'"), variety) for token in TOKEN.findall(text)]
    # Yoruba "ṣé", "se": read without its marks, but by a sense its marks give where the
    # glossary has one ("kọ́", learn; "kò", not)
    tokens = [_unmarked(w) for w in written] if variety.reads_unmarked else written
    at = 0
    while at < len(tokens):
        size, english = _phrase_at(tokens, at, variety, shouting)
        if size:
            out += [english] if english else []
            at += size
            continue
        token = tokens[at]
        marked = unicodedata.normalize("NFC", written[at].lower()) if variety.reads_unmarked else ""
        at += 1
        if reader is not None and in_script(token, reader) and not _looks_latin(token):
            out += _by_beginnings(token, reader)
            continue
        if variety.marked_by and in_script(token, variety.marked_by):
            continue
        lowered = token.lower()
        if variety.reads_unmarked and marked != lowered and marked in variety.glossary:
            lowered = marked
        # "AI", "BA", "ETH" are names, not Sinhala "ai" (why) or "ba" (can't)
        acronym = token.isupper() and len(token) > 1 and not shouting
        english_word = (
            lowered in _ENGLISH_FUNCTION_WORDS and lowered not in variety.written_as_english
        )
        if not (acronym or english_word) and (stem := _inflected(lowered, variety)):
            out += [english] if (english := variety.glossary.get(stem, stem)) else []
        elif (
            not (acronym or english_word)
            and variety.stems
            and lowered not in variety.glossary
            and (found := prefixed(lowered, variety.code)) is not None
        ):
            out += [found[1]] if found[1] else []
        elif (
            not (acronym or english_word)
            and variety.reads_beginnings
            and (begun := _begun_by(lowered, variety)) is not None
        ):
            out += [begun] if begun else []
        elif acronym or english_word or lowered not in variety.glossary:
            out += _by_parts(token, variety, shouting) if _reads_parts(variety) else [token]
        elif english := variety.glossary[lowered]:
            out.append(english)
    return join_tokens(out)


MAX_SYLLABLES = 6  # in a glossary word of a script that marks its syllables


def _by_syllables(tokens: list[str], variety: Variety) -> list[str]:
    """ "ཐོབ་ཚུགསཔ་ཨིན་ན་ལགས" → can get: the longest glossary word at each syllable of a run
    in the script (its syllables rejoined by the mark; a space ends a run), grammar words
    dropped, syllables no word starts passed over; other tokens stay as they are ("ML",
    "?")."""
    glossary = _syllable_glossary(variety.code)
    out: list[str] = []
    at = 0
    while at < len(tokens):
        if not in_script(tokens[at], variety) or _looks_latin(tokens[at]):
            out.append(tokens[at])
            at += 1
            continue
        end = at
        while end < len(tokens) and in_script(tokens[end], variety):
            end += 1
        run = [unicodedata.normalize("NFKC", t) for t in tokens[at:end]]
        start = 0
        while start < len(run):
            longest = min(MAX_SYLLABLES, len(run) - start)
            words_here = ((n, variety.syllable_mark.join(run[start : start + n])) for n in
                          range(longest, 0, -1))  # fmt: skip
            size, word = next(((n, w) for n, w in words_here if w in glossary), (1, ""))
            if glossary.get(word):  # a grammar word glosses as "": dropped
                out.append(glossary[word])
            start += size
        at = end
    return out


@cache
def _syllable_glossary(code: str) -> dict[str, str]:
    """The glossary as its script's words are read: NFKC, with no closing syllable mark."""
    found = variety(code)
    assert found is not None
    mark = found.syllable_mark
    return {
        unicodedata.normalize("NFKC", word).strip(mark + " "): english
        for word, english in found.glossary.items()
    }


def _reader(found: Variety) -> Variety | None:
    """The variety that reads the words of another script `found`'s writers mix in."""
    return variety(found.reads_script) if found.reads_script else None


MIN_GLOSSED_STEM = 3  # letters of a glossary word read under an ending ("cég-nél")
MIN_ENGLISH_STEM = 5  # of an English word that is not the field's ("creditem")


def _inflected(word: str, variety: Variety) -> str | None:
    """The word a Hungarian ending is written onto: "internshipet" → internship, "interjúra"
    → interjú; None for a word the glossary or English has whole, or no such word."""
    if not variety.inflects or word in variety.glossary or not word.isalpha():
        return None
    if is_english(word):
        return None
    for cut in range(len(word) - 1, MIN_GLOSSED_STEM - 1, -1):
        stem, ending = word[:cut], word[cut:]
        if ending not in variety.affixes:
            continue
        if stem in variety.glossary or stem in FIELD_WORDS:
            return stem
        if len(stem) >= MIN_ENGLISH_STEM and is_english(stem):
            return stem
    return None


MIN_STEM = 2  # letters of a verb root under prefixes ("mv-a", hear)
MIN_MARKING_PREFIX = 3  # letters of the prefixes that make a verb form a mark ("ama-funa")
# letters of the root of a verb form that marks: Shona writes "-ona" (see) too ("ndiaone")
MIN_MARKING_STEM = 3
MIN_PREFIXED_ENGLISH = 4  # letters of an English word under a noun prefix ("ma-course")
PREFIXED_CACHE = 65_536


@lru_cache(maxsize=PREFIXED_CACHE)  # students' words are many: bounded
def prefixed(word: str, code: str) -> tuple[str, str, str] | None:
    """A word of a prefixing variety read by its root: "zingandithandize" → ("zingandi",
    "help", "thandiz"); "macourse" → ("ma", "course", "course"). None for a word the
    glossary or English has whole, or no such word."""
    prefixing = variety(code)
    if prefixing is None or not prefixing.stems or not word.isalpha():
        return None
    if word in prefixing.glossary or is_english(word) or word in FIELD_WORDS:
        return None
    for cut in range(0, len(word) - MIN_STEM):
        prefix, rest = word[:cut], word[cut:]
        if cut and prefix not in prefixing.stem_prefixes:
            continue
        for ending in prefixing.stem_endings:
            if rest.endswith(ending) and len(rest) - len(ending) >= MIN_STEM:
                root = rest[: len(rest) - len(ending)]
                if root in prefixing.stems:
                    return prefix, prefixing.stems[root], root
    for cut in range(1, len(word) - MIN_PREFIXED_ENGLISH + 1):
        prefix, rest = word[:cut], word[cut:]
        if prefix in prefixing.noun_prefixes and (
            rest in FIELD_WORDS or (len(rest) >= MIN_PREFIXED_ENGLISH and is_english(rest))
        ):
            return prefix, rest, rest
    return None


@cache
def _marking_heads(code: str) -> frozenset[str]:
    """The first letters of the prefixes long enough to mark a verb form of a variety."""
    prefixing = variety(code)
    prefixes = prefixing.stem_prefixes if prefixing else frozenset()
    return frozenset(p[:MIN_MARKING_PREFIX] for p in prefixes if len(p) >= MIN_MARKING_PREFIX)


def _marks_by_prefix(variety: Variety, token: str) -> bool:
    """A verb form of a prefixing variety with prefixes enough to tell it ("amafuna", not
    "ufuna", which isiZulu writes too)."""
    # Most words begin with no marking prefix at all: ruling them out by their first letters
    # spares the root search, which was most of what reading a message cost.
    if token[:MIN_MARKING_PREFIX] not in _marking_heads(variety.code):
        return False
    found = prefixed(token, variety.code) if variety.stems else None
    return (
        found is not None
        and len(found[0]) >= MIN_MARKING_PREFIX
        and found[2] != token[len(found[0]) :]  # not an English word under a noun prefix
        and len(found[2]) >= MIN_MARKING_STEM
        and token not in variety.glossary
    )


def _reads_parts(variety: Variety) -> bool:
    return variety.hyphen == "split" or variety.compounds or bool(variety.acronyms)


def _by_parts(token: str, variety: Variety, shouting: bool) -> list[str]:
    """A word the glossary doesn't have whole, read by its parts where the variety asks:
    German "ML-Praktikum" → ML, internship; "Interviewablauf" → interview, process; "KI" →
    AI. A word none of whose parts is read stays as written ("Kaggle-Competitions")."""
    hyphenated = (
        variety.hyphen == "split" and "-" in token and token.lower() not in _HYPHENATED_ENGLISH
    )
    pieces = [piece for piece in token.split("-") if piece] if hyphenated else [token]
    read = [_piece(piece, variety, shouting) for piece in pieces]
    if all(words == [piece] for words, piece in zip(read, pieces, strict=True)):
        return [token]
    return [word for words in read for word in words]


def _piece(piece: str, variety: Variety, shouting: bool) -> list[str]:
    lowered = piece.lower()
    if piece.isupper() and len(piece) > 1 and not shouting:
        return [variety.acronyms.get(piece, piece)]
    if lowered in _ENGLISH_FUNCTION_WORDS and lowered not in variety.written_as_english:
        return [piece]
    if lowered in variety.glossary:
        return [english] if (english := variety.glossary[lowered]) else []
    if variety.reads_beginnings and (begun := _begun_by(lowered, variety)) is not None:
        return [begun] if begun else []
    found = _compound(lowered, variety) if variety.compounds else None
    return found or [piece]


MIN_BEGINNING = 4  # letters of a stem a word of a `reads_beginnings` variety is read by


def _begun_by(word: str, variety: Variety) -> str | None:
    """The English of the longest glossary word of at least `MIN_BEGINNING` letters that a
    word the glossary lacks begins with: "ilinniariniaqpiga" → study; None for a word the
    glossary has whole, an English or field word, or a word no glossary word begins."""
    if word in variety.glossary or not word.isalpha() or word in FIELD_WORDS:
        return None
    if is_english(word):
        return None
    return next(
        (variety.glossary[word[:n]] for n in range(len(word) - 1, MIN_BEGINNING - 1, -1)
         if word[:n] in variety.glossary),
        None,
    )  # fmt: skip


MIN_COMPOUND_HEAD = 4  # letters of the first word of a compound, without its linking letters
MIN_COMPOUND_TAIL = 3  # of its last word ("Bewerbungsweg": Bewerbung, s, Weg)
# Letters German puts between the words of a compound: "Bewerbung-s-weg", "Studie-n-kollege".
_LINKS = ("", "s", "n", "en", "es", "e")


def _compound(word: str, variety: Variety) -> list[str] | None:
    """ "interviewablauf" → interview, process: the longest last word read first, then the
    first word, with or without a linking letter; None if the word is no such pair, or is
    English."""
    if not word.isalpha() or len(word) < MIN_COMPOUND_HEAD + MIN_COMPOUND_TAIL:
        return None
    if is_english(word):
        return None
    for cut in range(MIN_COMPOUND_HEAD, len(word) - MIN_COMPOUND_TAIL + 1):
        tail = _compound_part(word[cut:], variety)
        if tail is None:
            continue
        first = word[:cut]
        for link in _LINKS:
            stem = first[: len(first) - len(link)]
            if first.endswith(link) and len(stem) >= MIN_COMPOUND_HEAD:
                head = _compound_part(stem, variety)
                if head is not None:
                    return [head, tail]
    return None


def _compound_part(word: str, variety: Variety) -> str | None:
    """A part of a compound in English: the glossary's word (not a grammar word), or a
    field word as it is ("interview", "coding")."""
    english = variety.glossary.get(word)
    if english:
        return english
    return word if word in FIELD_WORDS else None


def _phrase_at(tokens: list[str], at: int, variety: Variety, shouting: bool) -> tuple[int, str]:
    """The longest of the variety's phrases the words from `at` on make, as (its length in
    words, its English); (0, "") if none. A phrase never runs over a punctuation mark, nor
    takes in an acronym ("TA" is a teaching assistant, not Burmese "ta", one)."""
    for size in range(min(variety.longest_phrase, len(tokens) - at), 1, -1):
        run = tokens[at : at + size]
        if not shouting and any(t.isupper() and len(t) > 1 for t in run):
            continue
        phrase = " ".join(run).lower()
        if phrase in variety.phrases:
            return size, variety.phrases[phrase]
    return 0, ""


def _written_in_glossed_script(text: str) -> Variety | None:
    if text.isascii():
        return None
    text = " ".join(word for word in text.split() if not _looks_latin(word))
    # A variety is passed over for letters it doesn't write: Arabic for Persian پ or Urdu ے
    scripts = [(v, told) for v, told in _by_script_letters()
               if not v.not_written_with.intersection(text)]  # fmt: skip
    found = (v for v, told in scripts for char in text if _in_script(char, told))
    # (or of another variety of its script: Urdu without its own letters gives Persian)
    return next((v for v in found if not v.needs_own_mark
                 or _marks(v, _WORD.findall(text.lower()), text) >= 1
                 or _by_own_marks(v, text) is not v), None)  # fmt: skip


@cache
def _by_script_letters() -> tuple[tuple[Variety, str], ...]:
    """The varieties read by their script, with the letters that tell each: those told by
    some of their script's letters first (Japanese by its kana, Urdu and Persian by theirs),
    then those the whole script gives (Chinese; Arabic)."""
    scripts = ((v, v.told_by or v.script) for v in varieties() if v.script)
    return tuple(sorted(scripts, key=lambda found: not found[0].told_by))


def _by_own_marks(found: Variety, text: str, among: tuple[str, ...] = ()) -> Variety:
    """A variety of the same script told from the one its letters gave by its own words:
    Kyrgyz ("кантип apply кылам", "дагы барбы") from Russian, whose glossary it borrows;
    only those `among`, if given."""
    tokens = _SCRIPT_WORD.findall(text.lower())
    best, most = found, 0
    for other in _marked_in_script(found.script):
        if among and other.code not in among:
            continue
        if other.not_written_with.intersection(text):
            continue
        # the one with the most words of its own: Kyrgyz and Tajik share "рахмат"
        if (count := _marks(other, tokens, text)) > most:
            best, most = other, count
    return best


@cache
def _marked_in_script(script: str) -> tuple[Variety, ...]:
    return tuple(v for v in varieties() if v.script == script and v.marks)


def script_of(char: str) -> str:
    """The first word of a character's Unicode name: "LATIN", "CYRILLIC", "HANGUL", …"""
    return unicodedata.name(char, "").split(" ", 1)[0]


def glossed_scripts() -> frozenset[str]:
    """The scripts a glossary reads by its letters (Hangul, Cyrillic, Thai, kana, …)."""
    return frozenset(p for v in varieties() if v.script for p in _prefixes(v.script))


def in_script(word: str, variety: Variety | str) -> bool:
    """A letter of the word is in the variety's script, or in the script named."""
    script = variety if isinstance(variety, str) else variety.script
    return any(_in_script(char, script) for char in word)


# Cyrillic letters that look Latin. Typed in the wrong keyboard layout, or pasted, inside an
# English word ("Аpple", "my сv") they make it no Russian word.
_LOOK_ALIKES = frozenset("аеорсухкмтнвіјАВЕКМНОРСТХІЈ")


def _looks_latin(word: str) -> bool:
    """A Latin word with Cyrillic look-alike letters in it: "Аpple" (a Cyrillic А); not one
    with a Russian ending set off ("GitHub'е")."""
    if any(mark in word for mark in "'’ʼ-"):
        return False
    letters = [char for char in word if char.isalpha()]
    latin = [char for char in letters if unicodedata.name(char, "").startswith("LATIN")]
    return bool(latin) and all(char in _LOOK_ALIKES for char in letters if char not in latin)


def _by_beginnings(token: str, variety: Variety) -> list[str]:
    """ "GitHub에" → ["GitHub"]; "지원하려면" → ["apply"]; a word of the script the glossary
    doesn't begin it, or a grammar word, → nothing. A short glossary word (one letter in
    Korean) matches only whole or before one of the variety's endings ("책을": book; not 책임,
    "responsibility"). A hyphenated or apostrophised word the glossary has whole ("по-английски",
    "інтерв'ю") reads as that; other words are read a run of the script at a time."""
    if not in_script(token, variety) or _looks_latin(token):
        return [token]
    whole = token.lower()
    if whole in variety.glossary:
        return [variety.glossary[whole]] if variety.glossary[whole] else []
    out = []
    for run in _script_runs(token, variety.script):
        if not _in_script(run[0], variety.script):
            out.append(run.strip("'’ʼ-"))  # "ML-стажировка", "GitHub'е": ML, GitHub
            continue
        if variety.unspaced:
            out.extend(_segmented(run, variety))
            continue
        word = run.lower()
        glossary, short, endings = variety.glossary, variety.short, variety.endings
        match = next(
            (word[:n] for n in range(len(word), 0, -1)
             if word[:n] in glossary and (n > short or word[n:] in endings)),
            None,
        )  # fmt: skip
        if match is None and variety.script_prefixes:
            out.extend(_after_prefix(word, variety))
            continue
        if match is not None and variety.glossary[match]:
            out.append(variety.glossary[match])
    return out


def _after_prefix(word: str, variety: Variety) -> list[str]:
    """Tigrinya writes its prepositions, negation and verb persons before the word
    ("ንምርካብ", to get; "ኣይሰርሕን", doesn't work; "ብኽብረትካ"): a word the glossary doesn't
    begin reads as the prefix's English and the glossary word the rest begins with."""
    glossary, short, endings = variety.glossary, variety.short, variety.endings
    for prefix, english in variety.script_prefixes:
        rest = word[len(prefix) :]
        if not word.startswith(prefix) or not rest:
            continue
        match = next(
            (rest[:n] for n in range(len(rest), 0, -1)
             if rest[:n] in glossary and (n > short or rest[n:] in endings)),
            None,
        )  # fmt: skip
        if match is not None:
            return [w for w in (english, glossary[match]) if w]
    return []


def _segmented(run: str, variety: Variety) -> list[str]:
    """ "ต้องเป็นนักศึกษาไหม" → must, be, student: the longest glossary word at each place,
    grammar words dropped, letters that start none passed over. Words are looked up longest
    first, so "นักศึกษาฝึกงาน" is an intern, not a student and an internship."""
    found = longest_words(run, variety.glossary, variety.longest_word)
    return [english for word in found if word is not None and (english := variety.glossary[word])]


def _script_runs(token: str, script: str) -> list[str]:
    """The token cut where it passes into or out of the script: "GitHub에" → GitHub, 에."""
    runs: list[str] = []
    for char in token:
        if runs and _in_script(char, script) == _in_script(runs[-1][-1], script):
            runs[-1] += char
        else:
            runs.append(char)
    return [run for run in runs if run.strip("'’ʼ.-")]


def _in_script(char: str, script: str) -> bool:
    name = unicodedata.name(char, "")
    return name.startswith(_prefixes(script)) and "FILLER" not in name  # invisible Hangul


@cache
def _prefixes(script: str) -> tuple[str, ...]:
    return tuple(script.split("|"))


# "can't", "I'm", "it's"; not Turkish "CV'm" (my CV).
_ENGLISH_CONTRACTION = re.compile(
    r"^(?:[a-z]+n't|(?:i|you|we|they|he|she|it|that|there|what|who)'(?:m|re|ve|ll|d|s)|"
    r"[a-z]+'s)$"
)


def _word_of(token: str, variety: Variety) -> str:
    """The part of "coursera'daki", "l'auteur", Persian "daneshgah-haye" or isiZulu
    "i-internship" the variety's grammar leaves the word in; an English contraction
    ("can't", "I'm") stays whole, and so does a hyphenated word ("open-source")."""
    lowered = token.lower()
    if "-" in token and variety.hyphen and lowered not in variety.glossary:
        token = _without_affix(token, variety)
        lowered = token.lower()
    if "'" not in token or lowered in variety.glossary or _ENGLISH_CONTRACTION.match(lowered):
        return token
    before, _, after = token.partition("'")
    if before.lower() in variety.elided and len(after) > 2:
        return after
    if variety.apostrophe == "keep-before" and before:
        return before
    if variety.apostrophe == "keep-after" and after:
        return after
    return token


# English words written with a hyphen that an isiZulu prefix or Persian suffix would split.
_HYPHENATED_ENGLISH = frozenset(
    "e-commerce e-mail e-book e-learning e-portfolio u-net x-ray t-shirt k-means a-level "
    "a-levels o-level o-levels".split()
)


def _without_affix(token: str, variety: Variety) -> str:
    if token.lower() in _HYPHENATED_ENGLISH:
        return token
    if variety.hyphen == "keep-before":
        word, _, affix = token.rpartition("-")
    else:
        affix, _, word = token.partition("-")
    return word if word and affix.lower() in variety.affixes else token


def _dominant_script(text: str) -> str | None:
    """The script of most letters, or None for a message without letters."""
    if text.isascii():
        return "LATIN" if any(char.isalpha() for char in text) else None
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            script = script_of(char)
            if script in ("HIRAGANA", "KATAKANA") and "CJK" in counts:
                script = "CJK"  # Japanese mixes kana into Han text; either way it's not English
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    letters = sum(counts.values())
    script = max(counts, key=counts.__getitem__)
    # "Что такое PyTorch?" is Russian with a Latin name in it: a third of letters suffices.
    non_latin = letters - counts.get("LATIN", 0)
    if script == "LATIN" and non_latin / letters >= 1 / 3:
        script = max((s for s in counts if s != "LATIN"), key=counts.__getitem__)
    return script


def load_identifier() -> None:
    """Load the language identifier now: it takes most of a second, which the first message
    that needs it shouldn't wait for."""
    _identifier()


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LATIN_LANGUAGES))
    return identifier
