"""Text as every step reads it: one cleaner for what students send, one word splitter, and
one list of English function words.

Each reading step used to normalise text its own way; these three are shared so that a
word means the same thing to the language check, the dialogue cues and the features.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container
from functools import lru_cache

# MiniLM reads at most 256 word pieces; anything past ~1,500 characters is never seen.
MAX_QUERY_CHARS = 1500

# A word said more than three times in a row ("blah blah blah blah …", "pls pls pls pls")
# adds nothing but drowns the question in the embedding's average.
_REPEATS = re.compile(r"\b(\S+)(?: \1\b){3,}", re.IGNORECASE)


# Arabic script's question mark, comma and semicolon, Devanagari's full stops, Japanese and
# Ethiopic punctuation, as the readers look for them; Arabic's short-vowel signs and stretching
# stroke, which writers add or leave out at will.
_PUNCTUATION = str.maketrans(
    {"؟": "?", "،": ",", "؛": ";", "ـ": None, "ٰ": None, "।": ".", "॥": ".", "。": ".", "、": ","}
    # Ethiopic (Ge'ez) full stop, comma, semicolon, colon, question mark, and the word space
    # as a comma where a writer spaces after it ("ኣነ ተስፋይ እበሃል፡ ካብ ኣስመራ እየ።"); between two
    # words, as the old style writes it, it is a space (_WORD_SPACE), and doubled a full stop
    | {"።": ".", "፣": ",", "፤": ";", "፥": ":", "፦": ":", "፧": "?", "፡": ","}
    | {chr(code): None for code in range(0x064B, 0x0653)}
)


# The Ethiopic word space between two words ("ሰላም፡እንዴት፡ነህ"), and doubled as a full stop
_WORD_SPACE = re.compile(r"(?<=\w)፡(?=\w)")
_DOUBLE_WORD_SPACE = re.compile(r"፡\s*፡")


def clean(text: str, keep_lines: bool = False) -> str:
    """Printable, single-spaced, cut to what the model can read. Never refuses. With
    `keep_lines`, a line break stays one: a list typed one item per line is still a list."""
    text = unicodedata.normalize("NFKC", text)
    if "፡" in text:
        text = _WORD_SPACE.sub(" ", _DOUBLE_WORD_SPACE.sub("።", text))
    text = text.translate(_PUNCTUATION)
    if keep_lines:
        text = re.sub(r"\s*[\n\r\u2028\u2029\x85]\s*", "\n", text.strip())
    kept = "\n" if keep_lines else ""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" or ch in kept else " " for ch in text)
    text = re.sub(r"[^\S\n]+" if keep_lines else r"\s+", " ", text).strip()
    return _REPEATS.sub(r"\1 \1 \1", text)[:MAX_QUERY_CHARS]


def one_line(text: str) -> str:
    return " ".join(text.split())


def _character_class(keep: Callable[[str], bool]) -> str:
    """The characters of the Basic Multilingual Plane that `keep` accepts, as ranges for
    a regular expression's character class."""
    spans: list[tuple[int, int]] = []
    for code in range(0x10000):
        if keep(chr(code)):
            if spans and spans[-1][1] == code - 1:
                spans[-1] = (spans[-1][0], code)
            else:
                spans.append((code, code))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in spans)


# Vowel signs, tanween and viramas are combining marks, which `re` doesn't count as word
# characters: without them "ขอบคุณ", "शुक्रिया" or "شكرًا" would fall apart into pieces. Not
# the marks that dress symbols (the emoji presentation selector, the keycap of "2️⃣"): a
# keycap digit stays a digit, a pick.
_DRESSING = range(0x20D0, 0x2100), range(0xFE00, 0xFE10)
COMBINING_MARKS = _character_class(
    lambda ch: unicodedata.category(ch).startswith("M") and not any(ord(ch) in r for r in _DRESSING)
)
_WORD = re.compile(rf"[^\W_][\w{COMBINING_MARKS}+#']*")
_STRETCHED = re.compile(r"([^\W\d_])\1{2,}")


WORDS_REMEMBERED = 8192  # messages: each reading step asks for the words of the same text


def words(text: str) -> list[str]:
    """Lower-case words, apostrophes kept ("don't"), stretched letters cut ("sooo" → "so"),
    "c++" and "c#" whole; punctuation and emoji dropped."""
    return list(_words(text))


@lru_cache(maxsize=WORDS_REMEMBERED)
def _words(text: str) -> tuple[str, ...]:
    lowered = _STRETCHED.sub(r"\1", text.lower().replace("’", "'"))
    return tuple(word for w in _WORD.findall(lowered) if (word := w.strip("'_")))


# Thai, Lao, Khmer, Burmese, Chinese and Japanese don't space their words.
UNSPACED_LETTERS = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff"


def phrase_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of phrases that matches only where a word starts, or anywhere in a script
    that doesn't space its words. Python's `re` tries every alternative at every position;
    ruling out the middle of a word first searches a long list of phrases about three times
    faster, and the phrases are written to start a word anyway."""
    end = "\n" if flags & re.VERBOSE else ""  # a verbose pattern may end in a comment
    return re.compile(rf"(?<![^\W{UNSPACED_LETTERS}])(?:{source}{end})", flags)


def word_list(text: str) -> frozenset[str]:
    """The words of a list written a language or two a line, with `#` comments saying whose
    (a comment's words would otherwise be read as the list's: "# Lao" made "a" a thanks)."""
    return frozenset(word for line in text.splitlines() for word in line.partition("#")[0].split())


FUNCTION_WORDS = frozenset(
    """
    a an the and or but if so then of to for in on at by with from about as into out up
    than is are was were be been being am do does did done have has had having i me my
    mine you your yours u ur he him his she her they them their we us our it its this
    that these those there here what which who whom whose how why when where can could
    would should will shall may might must not no yes ok okay too also just only even
    still really tho though any some more much many very like im i'm dont don't isnt
    isn't pls please hmm btw
    """.split()
)


def content_words(text: str) -> list[str]:
    """The words that carry a subject: "coding too?" has one, "phd for DL intern?" three."""
    return [w for w in words(text) if w not in FUNCTION_WORDS and len(w) > 1]


# Burmese and Khmer write a syllable as a letter with its vowel signs, medials and stacked
# letters, and a final letter killed by a mark (Burmese "်", Khmer "់" "៍"): a word found in
# a run of them ends where a syllable does, not before one of its marks ("ကျော" is no word of
# "ကျောင်း", school).
_SYLLABLE_SCRIPTS = (range(0x1000, 0x10A0), range(0x1780, 0x1800))
_KILLERS = frozenset("\u103a\u17cb\u17cd")


def _syllable_ends(run: str, end: int) -> bool:
    if end >= len(run) or not any(ord(run[end]) in r for r in _SYLLABLE_SCRIPTS):
        return True
    if unicodedata.category(run[end]).startswith("M"):
        return False
    return not (end + 1 < len(run) and run[end + 1] in _KILLERS)


def longest_words(run: str, vocabulary: Container[str], longest: int) -> list[str | None]:
    """A run of a script that doesn't space its words (Thai, Japanese), cut into the longest
    vocabulary words along it, left to right, none longer than `longest`; a letter that
    starts no word is None."""
    out: list[str | None] = []
    start = 0
    while start < len(run):
        end = next(
            (e for e in range(min(len(run), start + longest), start, -1)
             if run[start:e] in vocabulary and _syllable_ends(run, e)),
            None,
        )  # fmt: skip
        out.append(run[start:end] if end is not None else None)
        start = end if end is not None else start + 1
    return out
