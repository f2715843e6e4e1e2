"""Is a message in a language other than English, which the guide and the model can't read?

Two rules, in this order:
- The writing system decides when most letters are not Latin (Cyrillic, Devanagari, Han,
  Arabic, …): exact, and needs no model.
- For Latin script, py3langid (langid.py's maintained fork; its model ships in the wheel)
  decides, but only on a message long enough for a detector to be right, with high
  English improbable, and with few English function words. Short messages and names ("Kaggle?",
  "tl;dr pls", "chip huyen book") fool every detector, so they count as English.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

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
_FUNCTION_WORDS_TEXT = (
    "a an the and or but if of to in on for with at by from about as into is are was were be "
    "been do does did have has had i you he she we they it my your our their me him her them "
    "this that these those what which who whom how why when where can could should would will "
    "shall may might must not no yes so than too very just any some"
)
_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

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


# Letters that only some languages of a shared script use.
_TELLING_LETTERS = {
    "ru": (("uk", frozenset("іїєґІЇЄҐ")),),
    "ar": (("ur", frozenset("ٹڈڑںےھ")), ("fa", frozenset("پچژگیک"))),
}


def detect_language(text: str) -> str:
    """An ISO 639-1 code; "en" unless the message is clearly in another language."""
    script = _dominant_script(text)
    if script != "LATIN":
        if script is None:
            return ENGLISH
        language = _SCRIPTS.get(script, "und")
        for variant, letters in _TELLING_LETTERS.get(language, ()):
            if letters.intersection(text):
                return variant
        return language
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return ENGLISH
    if sum(word in _ENGLISH_FUNCTION_WORDS for word in words) / len(words) >= (
        ENGLISH_FUNCTION_SHARE
    ):
        return ENGLISH
    ranked = dict(_identifier().rank(text))
    if ranked.get(ENGLISH, 0.0) > MAX_ENGLISH_PROBABILITY:
        return ENGLISH
    return max(ranked, key=ranked.__getitem__)


def _dominant_script(text: str) -> str | None:
    """The script of most letters, or None for a message without letters."""
    counts: dict[str, int] = {}
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            script = name.split(" ", 1)[0] if name else ""
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


@cache
def _identifier() -> LanguageIdentifier:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LATIN_LANGUAGES))
    return identifier
