"""Several questions in one message: "what should i study and how do i apply?".

A message is cut at list items ("1) …", "- …"), at question marks, and at joining words
("and", "also", "plus", ";", "aur", "tsaka", "y") when the pieces on both sides each ask
something and each carry a subject of their own: "do I need python and c++?" stays whole,
"PhD zaroori h aur pakistan se apply ho sakta h?" is two questions. A piece that only tells
("I'm a 2nd-year student.") stays with the question after it, as its context. A message
with one question in it is returned whole, so a story told before a question stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from bot.knowledge.search.text import content_words, phrase_pattern, words

MAX_PARTS = 3
MIN_PART_WORDS = 2
MIN_SIDE_WORDS = 3  # for a cut at a joining word: each side a question of its own

_LIST_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[-*•]|[a-c][.)])\s+")
# A list is numbered in the writer's own digits too: Arabic "١)", Persian and Urdu "۲.",
# Devanagari "२)", Bengali "১."
_ONE_TO_NINE = "1-9\u0661-\u0669\u06f1-\u06f9\u0967-\u096f\u09e7-\u09ef"
_ONE_TO_THREE = "1-3\u0661-\u0663\u06f1-\u06f3\u0967-\u0969\u09e7-\u09e9"
_INLINE_NUMBER = re.compile(rf"(?:^|\s)\(?(?:[{_ONE_TO_NINE}]|[a-c])[.)-]\s+")
# How a question opens after a topic and a dash: not "have", "am" or "need", which open
# telling too ("i'm from india - have a cgpa of 7.5").
_QUESTION_OPENERS = (
    r"do|does|did|is|are|can|could|should|would|will|what|what's|whats|how|which|where|when|"
    r"why|who|who's|whos"
)
# "and second do I…": a spoken marker with no comma, only before a question's first word
_ASKS_NEXT = rf"(?=[,:]|\s+(?:{_QUESTION_OPENERS}|must)\b)"
# "First, who wrote it. Second, …", "PEHLA … DUSRA …": a list told in words, its markers in
# order, each item a question; said aloud, with no punctuation: "two things first do I …
# and second do I …", "number one … number two …", "firstly, … and secondly, …".
_ORDINALS = tuple(
    re.compile(
        rf"(?:(?:^|[.;:?!,]\s*)(?:{english})|(?:^|\s)(?:{hindi}|{spoken}))\b[,:]?\s+",
        re.IGNORECASE,
    )
    for english, hindi, spoken in (
        ("first(?:ly)?", "pehla|pehli", r"firstly(?=[,:])|(?:things?|questions?)\s+first|"
         r"(?:number|question|point)\s+(?:one|1)"),
        ("second(?:ly)?", "dusra|doosra|dusri",
         rf"secondly(?=[,:])|and\s+second(?:ly)?{_ASKS_NEXT}|"
         r"(?:and\s+)?(?:number|question|point)\s+(?:two|2)"),
        ("third(?:ly)?", "teesra|tisra", rf"thirdly(?=[,:])|and\s+third(?:ly)?{_ASKS_NEXT}|"
         r"(?:and\s+)?(?:number|question|point)\s+(?:three|3)"),
    )
)  # fmt: skip
# "should I", "do we", "is there", "is it": a question's word order, wherever it stands
# (not "to do it", "did it").
_INVERTED = (
    r"(?<!to )(?:do|does|did|can|could|would|will|should|must)\s+(?:i|you|u|we|they)\b|"
    r"(?:is|are|r)\s+there\b|(?:is|was)\s+it\b|am\s+i\b|are\s+(?:you|u|they|we)\b"
)
_WH = r"what|which|how|where|when|why"
_AUXILIARY = r"do|does|is|are|can|could|should|would|will"  # not "did", which tells too
_VI_PARTICLE = r"a|ạ|ad|vay|vậy|ha|hả|nhỉ|nhi"
# A question about a subject of its own, not one pointing back: "…, do i need c++", "…,
# does publishing a paper help"; not "…, is it worth it", "…, do they actually work", nor
# telling ("…, would insist on a doctorate").
_NEW_SUBJECT = (
    r"(?:do|does|is|are|can|should)\s+(?!(?:it|its|they|he|she|his|her|their|that|this|those|these|them|"
    r"there|you|u|ye|one|anyone|anybody|someone|more|also|just|really|still|not|very|so|too|"
    r"actually|even|only)\b)\w+\s+\w+"
)
_TELLING_VERBS = (
    r"have|has|had|offer|offers|hire|hires|take|takes|give|gives|come|comes|get|gets|want|wants"
)
# Kyrgyz asks with question words ("кантип", "эмне", "кайсы", "канча") and with a question
# particle on the verb ("болобу", "керекпи", "барбы", "жетеби"); not Russian "-обы" ("чтобы").
_KY_ASKING = (
    r"кантип|кандай|эмне(?:ге|ни|ден|си)?|кайсы\w*|кайда(?:н)?|качан|канча|нече|"
    r"ким(?:ден|ге)?|\w+(?:[аей]бы|[еий]би|[^\Wрс]обу|йбу|[өү]бү|[еи]кпи|[оу]кпу|[өү]кпү)|болот"
)
# Sakha asks with question words ("туох", "хайдах", "ханнык", "хас", "төһө", "ханна",
# "хаһан", "тоҕо", "ким(ий)") and with the particle "дуо" closing a clause, with and
# without ҕ ө һ; "-ый" closing a clause ("тугуй", "наадай") in its own words only.
_SAH_ASKING = (
    r"дуо|туох\w*|тугу(?:й)?|хайдах|ханнык|ханна|хантан|ха(?:һ|х)ан|то(?:ҕ|г)о|т(?:ө|о)(?:һ|х)(?:ө|о)"
    r"(?:н(?:ү|у)й)?|хас|ха(?:һ|х)ы|хайата|кимий|кимиэхэ|наадай"
)
# Tatar asks with question words ("ничек", "нинди", "нәрсә", "ничә", "күпме", "кайчан",
# "кайда", "кайсы", "нигә", "ни өчен") and with the particle -мы/-ме on a word, where the
# word has a Tatar letter ("кирәкме", "җитәме", "мөмкинме"), follows an apostrophe
# ("Kaggle'мы"), or is one of its common yes-no forms ("бармы", "буламы", "карыймы"); not
# Russian "программы", "формы", "рекламы", "резюме".
_TT_ASKING = (
    r"ничек|нинди\w*|нәрсә\w*|ничә\w*|күпме\w*|никадәр|кайчан|кайда(?:н)?|кая|кайсы\w*|нигә|"
    r"ни\s+өчен|\w*[әөүҗңһ]\w*м[ыеә]|(?<=['’])м[ые]|\w+ыймы|\w+ырмы|"
    r"(?:бар|юк|була|ала|алам|сана|санала|гына|кына|реаль|актуаль|начар|файдалы|тырыша|ярый|"
    r"чын|алыр|бирә|итә)м[ые]"
)
# Belarusian question words it shares with Ukrainian, and what makes their clause
# Belarusian: a letter or an infinitive ending Ukrainian doesn't write
_BE_SHARED_ASKING = r"як|які|якая|якое|якія|якую|якіх|хто|дзе|куды|можна|ці"
_BE_CLAUSE = r"[^?.!\n]*(?:[ўыэЎЫЭ]|\w(?:ць|цца)\b)"
# Tajik asks with question words ("чӣ тавр", "кадом", "чаро", "кай", "куҷо", "чанд", "оё"),
# with and without its letters, and with "метавонам", "лозим аст", "ҳатман".
_TG_ASKING = (
    r"ч[ӣи]\s+(?:тавр|хел|гуна|[қк]адар)|кадом\w*|чаро|кай|ку[ҷч]о|чанд|оё|кист|чист|"
    r"метавонам|метавонед|мумкин|лозим|[ҳх]атман"
)
# Turkmen asks with question words ("näme", "nädip", "haýsy", "nirede", "näçe", "haçan",
# "nähili"), with and without its letters, and with the particle "-my"/"-mi" on a verb or an
# adjective ("bolýarmy", "gerekmi", "peýdalymy", "ýeterlikmi", "barmy"); not "name" alone
# (English), only before a Turkmen verb.
_TK_ASKING = (
    r"näme|nädip|nadip|haýsy\w*|haysy\w*|nirede|nireden|nirä|näçe|haçan|hacan|nähili|"
    r"nahili|name(?=\s+(?:üçin|ucin|etmeli|bolýar|bolyar|diýmek|diymek|gerek|goýmaly|"
    r"soraýarlar|sorayarlar))|"
    r"\w+(?:ý[aä]r(?:lar|ler)?|yar(?:lar)?|maly|meli|lyk|lik|ly|rek|dyr|dir)m[yi]|"
    r"(?:bar|ýok|yok|gowu|dogry|mugt|bolar|hökman|hokman)my|(?:şert|sert|biler|eder)mi|"
    # "-my" after a consonant or u, y ("maslahatmy", "mugtmy", "gowumy"; English "army",
    # "economy", "balmy" have r, o, l), "kim" (who) closing a clause
    r"\w+[tkpgdbszçşjňnuy]my|kim(?:den)?(?=\s*(?:[,?]|$))"
)
# Tongan asks with question words ("ko e hā", "fēfē", "ko hai", "ko fē", "ʻi fē", "fiha",
# "ʻafē"; "fēfē" only before a Tongan word: Samoan "fefe" is "afraid") and with "ʻe lava"
# (can), "ʻoku fiemaʻu" (need), "kuo pau" (must), "ʻoku totonu" (should), "ʻoku ʻi ai" (is
# there), with or without the glottal stop and macrons.
_TO_ASKING = (
    r"ko\s+e\s+h[aā]|koe\s+h[aā]|"
    r"f[eē]f[eē](?=\s+(?:hono|e|['’ʻ]?a|ke|['’ʻ]?e|['’ʻ]?oku|nai))|"
    r"ko\s+hai|ko\s+f[eē]|['’ʻ]?i\s+f[eē]|fiha|['’ʻ]af[eē]|"
    r"['’ʻ]?e\s+lava|['’ʻ]?oku\s+fiema['’ʻ]?u|kuo\s+pau|['’ʻ]?oku\s+totonu|['’ʻ]?oku\s+['’ʻ]?i\s+ai"
)
# Languages that ask at the end of a clause, so a comma can part two questions: Kyrgyz
# ("гитхабды карашабы, kaggle керекпи") and Turkmen ("phd gerekmi, haýsy kompaniýalar
# intern alýar").
# Somali question words, which ask wherever they stand in a clause ("goorma ayaan codsadaa,
# immisa bilood ayuu socdaa": when do I apply, how many months does it last)
_SO_ASKING = (
    r"sidee|sideen|maxay|maxaa|maxaan|maxaad|xaggee|xagee|halkee|goorma|immisa|imisa|keebaa|"
    r"midkee|kuwee|miyaa|miyuu|sababtee"
)
# Javanese question words, which ask wherever they stand ("sing nulis kerja neng ngendi wae,
# terus…"): "piye", "kepiye", "pripun" (how), "ngendi", "pundi" (where), "sopo", "sinten"
# (who), "piro", "pinten" (how many), "ngopo", "kenopo" (why), "apa/opo wae" (what all),
# "apa sing" (which … that), and the yes-no "ora" (or not), "opo" or "apa" after a Javanese
# word (what) closing a clause ("cukup ora, …", "saran e apa, lan …"; not Malay and
# Indonesian "requirement apa"), or "ora" before "nek", "kanggo", "mas"… ("isih cocok ora nek
# aku…"); not Italian "per ora", "e ora", "finora", Māori "kia ora", nor Tagalog "po"
_JV_ASKING = (
    r"piye|kepiye|pripun|kepripun|ngendi|nangdi|pundi|sopo|sinten|piro|pinten|ngopo|kenopo|"
    r"(?:apa|opo)\s+(?:wae|ae|mawon|sing)|"
    r"(?<=\w\s)(?:(?:(?<!\bper\s)(?<!\be\s)(?<!\bad\s)(?<!\bfino\s)(?<!\bagora\s)(?<!\bkia\s)ora|"
    r"opo|(?:(?<=\be\s)|(?<=\bne\s)|(?<=\bkuwi\s)|(?<=\biki\s))apa)"
    r"(?=(?:\s+(?:mas|mbak|kak|dik|to|ta|ya|yo|nggih|po))?\s*(?:[,?]|$))|"
    r"(?<!\bper\s)(?<!\be\s)(?<!\bkia\s)ora(?=\s+(?:nek|yen|kanggo|nggo|dinggo|karo|pas|mas|mbak|kak|dik|to|"
    r"ta|ya|yo|nggih|sih|po)\b))"
)
# Sundanese question words, which ask wherever they stand ("CV nu alus teh sabaraha halaman,
# terus…"): "naon" (what), "kumaha" (how), "iraha" (when), "dimana", "kamana", "timana"
# (where, where to, from where), "sabaraha" (how much), "kunaon" (why), "saha" (who) after
# "teh", "ieu", "eta" or before "nu", "wae"… (not Algerian "saha", thanks), and the yes-no
# "teu" (or not) closing a clause ("cekap teu, …", "penting teu?") or before "kanggo",
# "mun", "ku", "pas"… ("tiasa teu kanggo…", "dianggap teu ku recruiter"); not Portuguese
# and Catalan "o teu", "el teu" (your)
_SU_ASKING = (
    r"naon|kumaha|kmh|iraha|dimana|kamana|timana|sabaraha|kunaon|"
    r"(?<=\bteh\s)saha|(?<=\bieu\s)saha|(?<=\beta\s)saha|saha(?=\s+(?:nu|wae|sih|nya|atuh)\b)|"
    r"(?<=\w\s)(?<!\bo\s)(?<!\ba\s)(?<!\bel\s)(?<!\bdo\s)(?<!\bda\s)(?<!\bno\s)(?<!\bna\s)"
    r"(?<!\bdel\s)(?<!\bal\s)(?<!\bun\s)(?<!\bpel\s)teu"
    r"(?=(?:\s+(?:nya|atuh|kang|teh|euy|sih|wkwk|yeuh))?\s*(?:[,?]|$)|"
    r"\s+(?:kanggo|pikeun|keur|mun|upami|lamun|nya|atuh|kang|ku|pas|da)\b)"
)
# Ilocano question words, which ask wherever they stand ("…ti phone screen - ken kasano ti
# mag practice…"): "ania" (what), "kasano" (how), "apay" (why), "sadino" (where), "asino",
# "siasino" (who), "kaano", "intono" (when), "mano" (how many, how much) before its linker or
# article ("mano nga rounds", "mano ti bayad"; alone Spanish and Italian "hand"), the yes-no
# "kadi" after a word, before an article, a pronoun or a particle, or closing a clause
# ("libre kadi ti colab", "github kadi?"; Latvian "kadi" is "which", before its verbs), and a
# summary asked for ("pa-summary ti advice", "pa tldr man")
_ILO_ASKING = (
    # ("Ania" capitalised after a word is a name: "I asked Ania about it")
    r"(?-i:ania[nt]?)|(?<!\w\s)(?-i:Ania[nt]?)|kasano|kasanu|apay|sadino|sadinno|asino|"
    r"siasino|kaano|kaanu|intono|"
    r"mano(?=\s+(?:nga|a|ti|ngay|kadi)\b)|"
    r"(?<=\w\s)kadi(?=\s+(?:ti|iti|nga|a|ak|ka|da|met|pay|talaga|laeng|lng|ngay|dayta|daytoy|"
    r"dagiti|ni|nu|wenno|or|pay)\b|\s*(?:[?,]|$))|"
    r"pa[-\s]?(?:summary|tldr|recap)(?=\s+(?:ti|iti|man|lng|laeng|manong|manang|apo)\b)"
)
# Sylheti in Latin letters: "kita" (what; Indonesian and Malay "we") and "kila", "kene"
# (how; Swahili "kila", every) before a verb of its own ("kita korbo", "kila apply korte
# oy"), "kita kita" (what all), "kitar lagi" (why), "koyta" (how many), "kemon" (how), the
# yes-no "ni" after "is there", "will it", "can one" ("lagbo ni internship paite, …", "ase ni
# ekhon o"; not Banglish's past "dey ni", "pai ni", didn't) or closing a question after what
# it asks about ("problem ni?", "…, naki"; not Sango's "ni", the),
# and "tldr dao", "short e khoo" (give me the short of it), "khoo" (tell me)
_SYL_VERBS = (
    r"oy|oibo|oilo|oimu|korbo|khorbo|kori|khori|korimu|khorimu|kormu|khormu|korte|khorte|"
    r"korle|khorle|pai|paimu|jaimu|zaimu|shikhmu|hikhmu|khoimu|rakhmu|dimu|nimu|kinmu|thakmu|"
    r"lagbo|bujhao|dibo|forbo|formu|likhe|likhse|jiggesh"
)
_SYL_ASKING = (
    rf"(?:kita|kila|kene|kenne)\s+(?:\w+\s+){{0,2}}?(?:{_SYL_VERBS})|kita\s+kita|kitar\s+lagi|"
    r"koyta|kuyta|kemon|"
    r"(?:ase|oibo|oy|jay|lagbo|thake|dibo|nibo|dimu|nimu|kinmu|parbo|farbo|korbo|khorbo|pabo|"
    r"jabo|dekhbo)\s+ni|(?:korbo|khorbo|korimu|khorimu|kormu|jaimu|oibo)\s+kila|mane\s+kita|(?:problem|same|valo|bhalo|bala|bhala|enough|important|dorkar|thik|possible|count|"
    r"lage|lagbo|oibo|ase|jay)\s+ni(?=\s*\?)|ni(?=,?\s+naki\b)|"
    r"(?:tldr|tl;dr|summary|short\s+e)\s+(?:dao|den|khoo|khou)|khoo|khou"
)
# Dholuo question words, typed without the apostrophe of "ang'o", "ng'a" and with no
# question mark ("recruiter call en ango to interviewers be gidwaro ni afail"): "ango" (what),
# "ere kaka", "kaka nade", "ka nade" (how), "karango", "nikech ango" (why), "kanye" (where;
# not Kanye West), "nga" (who) after "en", "gin"; "mane", "mage" (which) before its relative
# or "ber" (not Gujarati "mane", me, nor Sinhala "mage", my), "adi" (how many) after a noun
# it counts (not Telugu "adi", that), "koso", "donge", "kata ok", "koso ooyo" closing a
# clause (or not?, isn't it?), the yes-no "be" before a Dholuo word ("be pod anyalo…", "be
# mano konyo"; not English "be"), "nyisa" (tell me), "anyalo", "inyalo" (can I, can you),
# "onego" (should)
_LUO_ASKING = (
    r"ango|ang'o|karango|karang'o|ere(?=\s+kaka\b)|(?:kaka|ka|idhi)\s+nade|"
    r"kanye(?!\s+west\b)|(?:en|gin)\s+ng'?a|"
    r"(?:mane|mage)(?=\s+(?:ma|ema|ber|maber|moloyo|mondo|onego|anyalo|inyalo)\b)|gin\s+mage|"
    r"ere(?=\s+\w+\s+(?:mamoko|machielo|mag|mar|ma)\b)|mamoko\s+ere|kata\s+(?:en\s+|gin\s+)?mana|"
    r"(?:pesa|ochuno|chuno|ichulo|gichulo|dweche|higni|seche|interns|rounds|screen|screens|"
    r"interviews)\s+adi|"
    r"(?:kata|koso)\s+(?:ok|ooyo)(?=\s*(?:[,?]|$))|koso(?=\s*(?:[,?]|$))|donge|"
    r"(?<!\bto\s)(?<!\bwill\s)(?<!\bcan\s)(?<!\bnot\s)be(?=\s+(?:pod|nitie|nitiere|mano|magi|gikwano|"
    r"gimiyo|gineno|gichulo|gidwaro|giyie|gitimo|kwanore|konyo|okonyo|nyalo|anyalo|inyalo|onego|"
    r"dwarore|en|gin|ber|tiyo|otiyo|ochuno|anyal|jopenj|ginyalo|gin)\b)|"
    r"nyisa|anyalo|inyalo|onego"
)
# Gĩkũyũ question words, typed with or without its tildes: "ĩrĩkũ", "iriku" (which), "atĩa",
# "atia" (how; "ciigana atia", how many), "kĩĩ", "kii" (what) after "nĩ", "na" or closing
# a clause (not Bengali "ki", Tongan "kii" inside a sentence), "kĩĩ kĩngĩ" (what else), "nĩ
# ma" (is it true) before "atĩ", "kweli" or "?", "ningĩhota", "ngĩhota", "ũngĩhota" (can
# I, can you), "ngũbatara" (do I need), "ndagĩrĩirwo", "ngĩrĩirwo" (should I), "-teithagia"
# (does it help), "kũrĩ na" (are there), "ũngĩnjĩra" (could you tell me), "ndĩrenda
# kũmenya", "ningwenda kũmenya" (I want to know)
_KI_ASKING = (
    r"(?:[iĩ]|[uũ]|c[iĩ]|k[iĩ]|r[iĩ]|a)r[iĩ]k[uũ]|at[iĩ]a|(?:n[iĩ]|na)\s+k[iĩ][iĩ]|k[iĩ][iĩ](?=\s*(?:[?,.]|$))|"
    r"k[iĩ][iĩ]\s+k[iĩ]ng[iĩ]|n[iĩ]\s+ma(?=\s+(?:at[iĩ]|kweli)\b|\s*\?)|"
    r"(?:n[iĩ]|nd[iĩ])?ng[iĩ]hota|[uũ]ng[iĩ]hota|ng[uũ]batara|nd?ag[iĩ]r[iĩ]irwo|ng[iĩ]r[iĩ]irwo|"
    r"\w*teithagia|k[uũ]r[iĩ]\s+na|[uũ]ng[iĩ]nj[iĩ]ra|"
    r"(?:nd[iĩ]renda|nd[iĩ]enda|ningwenda|ngwenda)\s+k[uũ]menya|"
    # a choice closing a yes-no question ("… nĩ ya bata kana nĩ kũrĩha tu?", is it worth it or
    # only paying?), and what students ask of a thing: is it important, a waste of time
    r"kana\s+(?:n[iĩ]|no|ti)|n[iĩ]\s+(?:cia|ya|wa|ma|a)\s+bata|n[iĩ]\s+g[uũ]thukia"
)
# Minangkabau question words, which ask wherever they stand ("…dari kini? dan sia sih nan
# manulis artikel iko"): "baa" (how), "barapo" (how many), "dima", "dimano" (where),
# "kamano" (where to), "mangapo" (why), "apo" (what) closing a clause or before "se",
# "nan", "harus" ("mato kuliah apo se", "apo harus S3"; not Chichewa "apo", there, nor
# Albanian "apo", or, before their own words), "bara" (how much, how many) after "ado" or
# before what it counts ("bara lamo", "ado bara tahap"; Swedish "bara" is "only"), "sia"
# (who) before "nan", "sih", "se" ("sia nan maurus?"), and the yes-no "ndak" (or not)
# closing a clause ("cukup ndak, …", "wajib ndak?") or before "untuak", "kalau", "jo",
# "uni"… ("cocok ndak untuak baraja?")
_MIN_ASKING = (
    r"baa|barapo|dima|dimano|kamano|mangapo|"
    r"(?<=\bado\s)bara|bara(?=\s+(?:lamo|tahap|banyak|kali|bulan|tahun|hari|course|urang|"
    r"pitih|gaji|harago|haragonyo)\b)|"
    r"apo(?=\s+(?:se|nan|harus|lai|yo)\b|\s*(?:[,?]|$))|"
    r"sia(?=\s+(?:nan|sih|se)\b)|"
    r"(?<=\w\s)ndak(?=(?:\s+(?:uni|uda|yo|se))?\s*(?:[,?]|$)|"
    r"\s+(?:untuak|kalau|jo|samo|dek|uni|uda)\b)"
)
# Hiligaynon question words: "diin" (where; not after "kabalo", know), "sin-o" (who),
# "san-o" (when), "ngaa" (why) before a pronoun or particle (alone Oshiwambo "ngaa"), "pila
# bala" (how much), a summary asked for ("summary lang pls sang advice"), and the yes-no
# "bala" after a particle or a word that weighs ("man bala", "pwede bala"), or before a
# pronoun, an article, a particle or a verb, or closing a clause ("importante bala ang
# certificate", "libre bala na?", "github bala?"; not before "or", a choice inside the
# question; Sesotho and Setswana "bala", read, count, go on otherwise)
_HIL_ASKING = (
    r"(?<!kabalo\s)(?<!bal-an\s)diin|sin-o|san-o|"
    r"ngaa(?=\s+(?:ka|ko|indi|wala|gid|bala|kinahanglan|dapat|sila|ang)\b)|"
    r"(?:summary|tldr|recap)\s+lang(?=(?:\s+(?:pls|please|plz|po))?\s+sang\b)|"
    r"pila(?=\s+bala\b)|"
    r"(?:man|gid|na|pa|pwede|kinahanglan|dapat|maayo|importante|okay|ok|libre|valid|legit)"
    r"\s+bala\b|"
    r"(?<=\w\s)bala(?=\s+(?:ko|kami|sila|ni|ina|ini|ang|sang|nga|gid|man|ako|dapat|kinahanglan|"
    r"pwede|para|ila|nila|sya|siya|subong|gihapon|pa|man|mag\w+|nag\w+|maka\w+|gina\w+|"
    r"ga-\w+)\b|\s+na\s*(?:[?,]|$)|\s*(?:[?,]|$))"
)
# Waray question words: "pira" (how much, how many) before "ka", "an", "ba", "hin", "nga"
# (Javanese "pira" alone), "hin-o" (who), "kakan-o" (when), "kanay" (whose), "hain" (where)
# before a pronoun, an article or a particle (Hinglish "hain" alone), a summary asked for
# before another question ("summary la pls tapos …"; not "summary la pls, kapoy ako", which
# says why), and the yes-no "ba" after a Waray word that asks about a state ("maupay
# ba", "mayda ba", "karuyag ba nira") or after a need, a can or a should and its pronoun
# ("kinahanglan ko ba", "pwede ako ba"; Tagalog writes "kailangan ko ba"), or before Waray's
# articles and words ("kinahanglan ba hin masters", "pwede ba an IT student")
_WAR_ASKING = (
    r"pira(?=\s+(?:ka|an|ba|hin|nga)\b)|hin-o|kakan-o|kanay|"
    r"hain(?=\s+(?:ba|an|hin|ko|ako|ka|kita|kami|sira|nira|mayda|pwede)\b)|"
    r"(?:summary|tldr|recap)\s+la(?=(?:\s+(?:pls|please|plz|po))?\s*(?:$|,|(?:tapos|tas|then|ngan)\b))|"
    r"(?:maupay|mayda|waray|karuyag|maaram|ginkikita|gintatanggap|kinikilala)\s+(?:\w+\s+)?ba\b|"
    r"(?:kinahanglan|pwede|dapat)\s+(?:ko|ako|ka|kami|kita)\s+ba\b|"
    r"(?:kinahanglan|kailangan|pwede|dapat)\s+ba(?=\s+(?:hin|an|han|ha|maaram|mayda|waray|iton)\b)"
)
# Batak Toba question words, which ask wherever they stand ("…penulis on, jala relevan dope
# do saran na…"): "boha" (how), "boasa" (why), "didia" (where), "andigan" (when), "piga"
# (how many), "songon dia" (what kind, how), "sadia" (how much) before its particles, "aha"
# (what) and "ise" (who) before its focus particle "do", "ma", "na" or "dope" ("aha do na
# porlu", "aha dope na ingkon hupelajari"; not English "aha", nor Yoruba "ise", work), and
# its yes-no "do" after what it asks of ("porlu do…", is it needed; "boi do…", can one;
# "relevan dope do…", is it still relevant)
_BBC_ASKING = (
    r"boha|boasa|didia|andigan|piga|songon\s+dia|"
    r"(?:aha|ise|sadia)(?=\s+(?:do|ma|na|dope|nai)\b)|"
    r"(?:(?<=\bporlu\s)|(?<=\bboi\s)|(?<=\bingkon\s)|(?<=\badong\s)|(?<=\btoho\s)|"
    r"(?<=\bgratis\s)|(?<=\bcukup\s)|(?<=\bpenting\s)|(?<=\brelevan\s)|(?<=\bdope\s)|"
    r"(?<=\basing\s)|(?<=\bsarupa\s)|(?<=\bdenggan\s)|(?<=\bmaol\s))do"
)
_ASKS_AT_CLAUSE_END = re.compile(
    rf"\b(?:{_KY_ASKING}|{_TK_ASKING}|{_SAH_ASKING}|{_TT_ASKING}|{_SO_ASKING}|{_JV_ASKING}|{_SU_ASKING}|{_MIN_ASKING}|"
    rf"{_BBC_ASKING})\b|"
    rf"(?<!\w)(?:{_TO_ASKING})\b",
    re.IGNORECASE,
)
_JOINING_WORD = re.compile(
    r"\s*(?:,\s*(?:and\s+)?also\b|\band\s+also\b|\balso,|;|\bplus\b|\band\b|\baur\b|\btsaka\b|"
    r"\btapos\b|\by\s+también\b|\by\b|\bat\s+saka\b|\s[-–—/]\s|,\s*then\b|\bar\b|"
    # "then" before a question or a request ("what should i take then how do i apply",
    # "… then tell me which blogs"); not "if i fail then what", whose left side asks nothing
    rf"\bthen\b(?=\s+(?:tell|explain|show|give|gimme|{_WH}|whats|who|{_INVERTED})\b)|"
    # a letter's "furthermore", "moreover", "in addition" between two questions
    r"[,;]?\s*\b(?:furthermore|moreover|additionally|in\s+addition)\b,?|"
    # "also" between two questions, not inside one ("do big companies also have…")
    rf"\balso\b(?!\s+(?:{_TELLING_VERBS})\b(?!\s+(?:anyone|anybody|you|u)\b))|"
    # Russian "и", "а также", Ukrainian "і", "а також"; Polish "oraz", "(a) także"; Québec
    # "pis", French "et aussi";
    # Vietnamese "và", "với lại" (unmarked "va" is Spanish and French too: a variety's own
    # joining words come from varieties.toml)
    r"\bи\b|\bі\b|\bа\s+також\b|\bа\s+также\b|\bтакже\b|\boraz\b|\b(?:a\s+)?(?:także|takze)\b|"
    r"\bpis\b|\bet\s+aussi\b|\b(?:và|với\s+lại)\b|"
    rf"\bw\b|\s\+\s(?=(?:{_WH}|do|does|is|are|can|should)\b)|"
    # texting "n" for "and", before a question word or a question whether something helps
    # or counts: "how do i get a referral n how much do interns get paid", "what shld i put
    # on github n do kaggle comps actually help" (not the variable: "how many samples n do i
    # need", "where n does not fit in memory"; not "should i learn pytorch n do projects")
    rf"\sn\s(?=(?:{_WH}|whats|who)\b|is\s+it\s+\S+|(?:do|does)\s+(?!(?:i|u|you|we)\b)"
    r"[^?.!]*?\b(?:help|helps|matter|matters|count|counts|care|cares|work|works|hire|hires)\b)|"
    rf",(?=\s*(?:(?:{_WH})\b[^,?]*?\b(?:{_INVERTED})|{_NEW_SUBJECT}))|"
    # Tajik "ва" (and), "инчунин" (also) before a part that asks ("… ва кадом курс беҳтар")
    rf"\b(?:ва|инчунин)\b(?=[^,?]*\b(?:{_TG_ASKING})\b)|"
    # Turkmen: a comma or a dash before a part that asks ("github-a näme goýmaly, kaggle
    # peýdalymy"), "we", "hem-de" (and) before one
    rf"(?:,|\s[-–—]\s|\bwe\b|\bhem-de\b)(?=[^,?]*\b(?:{_TK_ASKING})\b)|"
    # Tongan: a comma, "mo (e)" (and), "pea" (and then), "pehē foki" (also) before a part
    # that asks ("ʻoku fiemaʻu ha PhD, pea ʻe lava ke u apply mei Tonga")
    rf"(?:,|\bmo\s+e\b|\bmo\b|\bpea\b|\bpeh[eē]\s+foki\b)(?=[^,?]*?(?<!\w)(?:{_TO_ASKING})\b)|"
    # Sakha: a comma before a part that asks ("PhD наада дуо, internship хайдах булабын")
    rf",(?=[^,?]*\b(?:{_SAH_ASKING})\b)|"
    # Kyrgyz: a comma before a part that asks ("гитхабды карашабы, kaggle керекпи")
    rf",(?=[^,?]*\b(?:{_KY_ASKING})\b)|"
    # Somali: a comma before a part that asks ("…, immisa bilood ayuu socdaa")
    rf",(?=[^,?]*\b(?:{_SO_ASKING})\b)|"
    # Javanese: a comma before a part that asks ("…, Colab gratisan cukup ora, karo laptop apa…")
    rf",(?=[^,?]*\b(?:{_JV_ASKING})\b)|"
    # Sundanese: a comma before a part that asks ("…, masih tiasa daftar teu, sareng …")
    rf",(?=[^,?]*\b(?:{_SU_ASKING})\b)|"
    # Minangkabau: a comma before a part that asks ("…, bara course nan dianggap cukup?")
    rf",(?=[^,?]*\b(?:{_MIN_ASKING})\b)|"
    # Batak Toba: a comma before a part that asks ("…, boha ma ahu apply?")
    rf",(?=[^,?]*\b(?:{_BBC_ASKING})\b)|"
    # Lao "ແລະ" (and), "ແລ້ວ" (then), "ອີກຢ່າງ" (besides) after a space: Lao doesn't space
    # its words, so the next word may follow unspaced ("ແລ້ວຖ້າ…"); not "ເຂົ້າໃຈແລ້ວ"
    # (understood already), unspaced after the word before
    r"(?<=\s)(?:ແລະ|ແລ້ວ|ອີກຢ່າງ)(?=\s|[\u0e80-\u0eff])|"
    # Burmese "ပြီးတော့", "နောက်ပြီး" (and then, also), "ဒါ့အပြင်" (besides), Khmer "ហើយនិង",
    # "ហើយ" (and), "មួយទៀត" (one more) after a space, the next word maybe unspaced
    r"(?<=\s)(?:ပြီးတော့|နောက်ပြီး|ဒါ့အပြင်|ហើយនិង|ហើយ|មួយទៀត)(?=\s|[\u1000-\u109f\u1780-\u17ff]))\s*",
    re.IGNORECASE,
)
# Words that make a piece a question wherever they stand, in the languages students mix.
_ASKING_WORDS = (
    r"what|what's|whats|how|which|where|when|why|who|whom|should|worth|any|anything|"
    rf"{_JV_ASKING}|{_SU_ASKING}|{_ILO_ASKING}|{_SYL_ASKING}|{_LUO_ASKING}|{_MIN_ASKING}|{_KI_ASKING}|"
    rf"{_HIL_ASKING}|{_WAR_ASKING}|{_BBC_ASKING}|"
    r"kya|kia|kaise|kese|kaisa|kitna|kitne|kitni|konsa|konsi|konse|kaunsa|kaunsi|kaunse|"
    r"kahan|kab|kyun|kyu|kis|kisne|paano|pano|ano|anong|bakit|ilan|gaano|magkano|alin|"
    # Tagalog "saan" (where), not Ilocano "saan" (not) before its pronouns and particles
    # ("saan ak makabayad", "saan met", "saan a top uni")
    r"saan(?!\s+(?:ak|nak|met|nga|a|da|pay|unay|laeng)\b)|"
    r"wetin|qué|cómo|cuál|cuáles|cuánto|cuántos|dónde|cuándo|por\s+qué|como|cual|"
    # Sierra Leone Krio, with and without ɛ ɔ: "udat" (who), "usai" (where), "ɔmɔs" (how
    # much, how many), "uswan", "us wan" (which), "ustɛm" (when)
    r"udat|usai|usay|ɔmɔs|omos|us\s?wan|us\s?t(?:ɛ|e)m|"
    # Chilean chat "q" (qué) opening a piece ("q framework me recomiendai y dónde entreno"),
    # not "tengo q" (have to); question words typed without accents
    r"(?:^|(?<=\sy\s)|(?<=[,?!:)]\s))q(?=\s)|donde|cuanto|cuantos|cuánta|cuántas|quién|"
    # Trinidadian (and Jamaican) "wah", "wha" (what) before what a question goes on with,
    # "how come" (why); not the exclamation ("wah!", "wah so fast", "wah lau": Singapore,
    # Malaysia, India), nor the greeting "wah going on"; Trinidadian asks without "do":
    # "github projects really matter?", "dynamic programming does come up?" (habitual
    # "does"), only closing on a question mark; Bajan "wuh" (what) likewise ("wuh de best
    # laptop", "wuh I should learn", "wuh math courses")
    r"(?:wah|wha)(?=\s+(?:is|de|da|the|yuh|you|u|ah|mi|fi|dey|dem|they|to|tuh|it|dat|"
    r"dis|kinda|kind|else|other|better|ting|tings|time|ways?|meh)\b)"
    r"(?!\s+go(?:ing|in)\s+on\b)|(?<=\bor\s)(?:wah|wha|wuh)(?=\W*$)|wuh|"
    r"how\s+come|matters?(?=(?:\s+(?:fuh|for|tuh|to|at\s+all|much|really)(?:\s+\w+){0,3})?\s*\?)|"
    r"does\s+(?:really\s+)?\w+(?:\s+(?:up|out|in))?(?=\s*\?)|"
    # Bangla and Egyptian Arabizi, Turkish and French question words; French "comment" (how)
    # only before what a question goes on with (not English "a comment on the post", "please
    # comment on my CV"), and a verb asking with its subject after it ("peut-on", "dois-je",
    # "faut-il", "y a-t-il")
    r"kivabe|kibhabe|keno|koto|kon|kothay|ezay|feen|emta|mü|miyim|musun|nasıl|"
    # Arabizi "how", "what", "why", "where", "when", "how much", "do I need", "is it ok to"
    r"izay|ezzay|eih|wesh|kifach|kifash|leih|lesh|3lach|3lash|fein|wein|imta|2adesh|shinu|"
    r"achno|shlon|chlon|a7taj|a7tag|me7tag|yenfa3|yinfa3|ynfa3|wach|khasni|khassni|"
    r"eh\s+(?:el|il|howa|heya|a7san|afdal)|kam\s+(?:sana|shahr|wa2t|sa3a|mashroo3)|"
    # More Banglish ones (when, where, how, which one); romanized Gujarati "shu" (what), "kevi
    # rite" (how), "kem" (why), "kyare" (when), "kyathi" (from where), "ketlu" (how much),
    # "kayu" (which)
    r"kokhon|kothai|kemne|konta|konti|kon\s+ta|shu|kevi\s+rite|kai\s+rite|kem|kyare|kyathi|"
    # ("kaya" not before Tagalog and Ilocano pronouns: "2nd hand lng kaya ko", I can afford)
    # (nor after Hiligaynon "indi ko", Waray "diri ko": "indi ko kaya maghimo", I can't make;
    # "diri ko kaya magbayad", I can't afford to pay)
    r"ketlu|ketla|ketli|kayu|(?<!indi\sko\s)(?<!diri\sko\s)(?<!diri\sako\s)"
    r"kaya(?!\s+(?:ko|mo|da|kadi)\b)|"
    # Assamese in Latin letters: "kenekoi" (how), "kenekua" (what kind), "kiman" (how much),
    # "kio" (why), "kotiya", "ketiya" (when), "kunta" (which), "ki ki" (what all), the yes-no
    # "neki" closing a clause (not Serbian "neki", some), "nki", and "ne" after a verb ("lagibo
    # ne?", "kora jai ne"; not Setswana or South African "…, ne?"), "ki hoi" (what happens)
    r"kenekoi|kenkoi|kenekua|kenkua|kiman|kimaan|kio|kotiya|ketiya|kunta|kunto|ki\s+ki|"
    r"neki(?=\s*[?!.,]|\s*$)|nki|(?:ase|jai|lage|lagibo|hobo|hoi|nohoi|chole|sole|pam|paru)\s+ne|"
    r"ki\s+(?:hoi|hobo|korim|koribo|lage|lagibo)|"
    # Hausa "how" ("yaya", "ta yaya"), "what" ("menene", "me zan…", "me ake…"), "why"
    # ("meyasa", "me ya sa"), "who", "which", "when", "how much", "where (can I)", and "shin"
    # opening a yes-no question
    r"yaya|menene|mecece|meyasa|wanene|wacece|wanne|wacce|yaushe|nawa|wace|"
    r"wane(?=\s+(?:irin|iri|ne|ce)\b)|shin(?=\s+\w)|"
    r"me\s+(?:ake|aka|zan|zai|yasa|nake|kake|kuma)|ina\s+(?:zan|zamu)|"
    # Bemba "bushe" opening a yes-no question, "finshi", "cinshi", "ninshi" (what), "nshi"
    # (which, after its noun: "ama courses nshi"), "kwisa", "kwi" (where), "lilali" (when),
    # "ngahi", "yangahi", "fingahi" (how many; "kwi" not before a hyphen, isiXhosa "kwi-"),
    # "shani" (how) after a verb, not after "muli",
    # "uli" or "shani" (how are you?, a greeting), and not opening a message ("Shani!", hi)
    r"bushe|finshi|cinshi|ninshi|nshi|kwisa|kwi(?!-)|lilali|ngahi|yangahi|fingahi|shingahi|"
    r"bangahi|cangahi|(?<=\w\s)(?<!muli\s)(?<!uli\s)(?<!shani\s)shani|"
    # Tashelhit "mamnk", "manik" (how), "mad", "mayd" (what), "mnck" (how many), "mlmi"
    # (when), "maf", "maxx" (why), "manwa", "manayt" (which), "mit" (who) and "mad" (what;
    # English "mad", German "mit") before a Tashelhit word, "mani ad" (where), "ma" before a
    # verb ("ma igan", what is), and "is" before a Tashelhit verb within a question ("…, is
    # ghayad mochkil?")
    r"mamnk|mamk|manik|mad(?=\s+(?:ad|a|ra|ar|ur|n|ittilin|iqqan|ixssan|igan|iga|yadnin)\b)|"
    r"mayd|mnck|mnchk|mennck|mlmi|maf|maxx|manwa|manayt|"
    r"mit(?=\s+(?:tgit|tgid|yuran|yura|ityura|iga|igan|ira|ixddm|ssnen)\b)|"
    r"mani\s+ad|ma(?=\s+(?:igan|iga|tga|ra|ittilin|ixssan|iqqan)\b)|"
    r"is(?=\s+(?:iqqan|ixssa|ila|illa|imkn|ifulki|ifulkin|ghayad|mazal|ira|tga|iga|ittilin|ttawin)\b)|"
    r"nasil|hangi|neden|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|"
    r"lesquelles|combien|quand|"
    # "quoi" (what), not the filler closing a clause ("c'est les grosses boîtes quoi...")
    r"quoi(?!\s*(?:\.|…|!|,))|"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\byour\s)(?<!\bno\s)(?<!\bthis\s)"
    r"comment(?=\s+(?:je|j'|on(?!\s+(?:the|a|an|my|your|his|her|their|this|that|it)\b)|"
    r"tu|t'|vous|il|elle|ils|elles|faire|postuler|trouver|se|s'|ça|ca|avoir|être|etre|obtenir|choisir|préparer|preparer|apprendre|commencer|réussir|"
    r"reussir|savoir|devenir|améliorer|ameliorer)\b)|"
    r"(?:peut|peux|puis|dois|doit|faut|est|sont|va|vais|a|ont|sais|vaut|existe|devrais|"
    r"devrait|pourrais|pourrait|serait|faudrait)-(?:t-)?(?:je|il|elle|on|ils|elles)|"
    # Marathi question words (not "kay", Cebuano "because"; not "konte", Haitian "counts")
    r"kasa|kashi|kiti|kuthe|kuthun|kuthla|kuthle|kuthli|konta|konti|kontya|kevha|"
    # Russian and Polish question words
    r"как|что|где|сколько|какие|какой|какая|какое|каких|кто|зачем|почему|когда|можно|нужно|"
    r"нужен|нужна|нужны|надо|стоит|ли|czy|jak|ile|gdzie|kiedy|dlaczego|czemu|jaki|jakie|"
    r"jaka|który|która|które|warto|"
    # Ukrainian question words ("як", how, only in a clause with a Ukrainian letter: Tajik
    # "як" is "one"; not "де", where, which is Kyrgyz "say", nor "треба", need, which
    # Macedonian states with)
    r"чи|скільки|навіщо|нащо|чому|коли|куди|хто|що|який|яка|яке|які|якого|якої|яких|якій|"
    r"потрібно|потрібен|потрібна|потрібні|варто|як(?=[^.?!]*[іїєґ])|"
    # Québec asks with "-tu" after the verb ("ça vaut-tu la peine")
    r"est-ce|\w+-tu|"
    # Vietnamese, with and without tone marks (not "nao", Portuguese "não"; "sao" only as
    # "la sao", "thi sao", Portuguese "são" otherwise), and not as "any" ("lab nào cũng ghi
    # PhD": every lab asks for a PhD; "chưa biết gì": knows nothing; nor Dholuo "gi", with,
    # have: "an gi penjo", "gin gi phd", "gi ni")
    r"(?<!biết )(?<!biet )(?:gì|(?-i:gi)(?<!\ban\sgi)(?<!\bgin\sgi)(?<!\ben\sgi)(?<!\bji\sgi)"
    r"(?!\s+(?:ni|penjo|penj)\b)|nào)(?!\s+(?:cũng|cung|cả|ca)\b)|bao\s+nhiêu|bao\s+nhieu|"
    r"thế\s+nào|the\s+nao|(?:la|là|thi|thì|tai|tại|vi|vì|co|có)\s+sao|"
    # Papiamentu (Curaçao and Aruban spellings): what, why, how much, where, which one, what
    # kind of, "I/you need", "I/you can", "I have to" ("kon", how, is above); not "ken"
    # alone (the name), nor "kua" alone, nor "mi por" before "favor" (Spanish "a mí, por
    # favor")
    r"kiko|kico|pakiko|pakico|kuantu|cuantu|unda|kua\s+(?:ta|kurso|\w+nan)|ki\s+(?:sorto|tipo)|"
    r"(?:mi|bo|nos|nan)\s+(?:mester|por(?!\s+fav)|tin\s+ku)|ken\s+(?:ta|a)|"
    # Catalan, with and without accents: "quin", "quina", "quins", "quines" (which), "què"
    # (what), "quant(s)", "quanta", "quantes" (how much, how many), "per què" (why), "qui és"
    # (who is), "puc", "podria" (can I), "pots" (can you: before a verb, not "pots of
    # coffee"), "cal" (is it needed: before a verb, not
    # "a cal state"), "fa falta", "hauria",
    # "hauries" (should I), "val la pena" (is it worth), "serveix", "compta" (does it help,
    # count), "es pot" (can one); "com" (how) only before a verb or pronoun (Portuguese "com"
    # is "with"), "on" (where) and "quan" (when) only before a Catalan verb
    r"quin|quina|quins|quines|qu(?:è)|quants?|quanta|quantes|per\s+qu(?:è|e)|"
    r"qui\s+(?:es|és|son|són)|puc|podria|podries|fa\s+falta|hauria|hauries|"
    r"pots(?=\s+(?:\w{3,}(?:ar|er|ir|re)|\w+-(?:me|m|ho|nos)|fer|dir|ho)\b)|"
    r"cal(?=\s+(?:ser|fer|saber|tenir|estar|treure|anar|veure|\w+ar)\b)|"
    r"val\s+la\s+pena|serveix|compta|es\s+pot|"
    r"com(?=\s+(?:es|és|son|són|va|van|puc|pots|faig|fer|em|et|ho|funciona|aplico|destaco|"
    r"aconsegueixo|preparo|s['’]\w+)\b)|"
    r"(?:on|quan)(?=\s+(?:puc|pots|es|és|cal|entreno|trobo|trec|aplico|surten|obren)\b)|"
    # Basque "zer" (what), "nola" (how), "zein", "zeintzuk" (which), "zergatik" (why),
    # "noiz" (when), "nondik" (from where), "zenbat", "zenbateko" (how many, how much),
    # "nolakoa" (what is it like), "nork" (who); "non" (where) only before a verb (French,
    # Italian "non"); "nor da" (who is); "behar da/dut/dira" (is it needed), "merezi du" (is
    # it worth), "daiteke", "dezaket" (can one, can I), "posible da" (is it possible)
    r"zer|nola|zeintzuk|"
    # "zein" (which) only before a Basque verb or a word and its verb ("zein da", "zein
    # ikastaro hartu"): Arabizi "zein" is "good", and a name
    r"zein(?=\s+(?:da|dira|den|diren|izango|hobe\w*|\w+\s+(?:da|dira|du|duzu|dute|dut|\w+tu|"
    r"\w+tzen|ikasi|erabili|hartu|erosi|irakurri|egin)\b)\b)|"
    r"zergatik|noiz|nondik|zenbat|zenbateko|nolakoa|nork|"
    r"non(?=\s+(?:\w+tu|\w+tzen|ikasi|jarri|erabili|bilatu|jan|bizi)\b)|nor\s+(?:da|zara|dira)|"
    r"behar\s+(?:da|dut|dira|al|duzu|dute)|merezi\s+(?:du|al|dute)|daiteke|dezaket|dezakezu|"
    r"posible\s+da|"
    # Basque "ala" (or, in a question) between two choices before the verb ("PyTorch ala
    # TensorFlow ikasi": learn PyTorch or TensorFlow?); not "ala" alone (Arabizi "on")
    r"ala(?=\s+\S+\s+(?:ikasi|erabili|aukeratu|hartu|egin|erosi|\w+tu)\b)|"
    # Serbian, Croatian, Bosnian, with and without č ć š ž ("da li", "treba li", "jel"; not
    # "sta" alone, Italian "is", nor "kako" alone: it also means "as"; "koji" (which) only
    # opening a clause, since it is also "that" in "every lab that I looked at"; not "koja",
    # Persian "where")
    r"[sš]ta\s+(?:je|su|da|mi|treba|ako|onda|pitaju|tra[zž]e)|[sš]to\s+(?:je|su|da|mi|treba)|"
    r"kako\s+(?:da|se|izgleda|funkcioni[sš]e|treba)|koliko|"
    r"(?:(?<!\w\s)|(?<=\bi\s)|(?<=\ba\s))koj(?:i|e|im|ih)|gde|gdje|"
    r"za[sš]to|jel|je\s+li|da\s+li|(?:treba|mora[mš]?|mogu|mo[zž]e|ima|vredi|vrijedi)\s+li|"
    # Croatian "kolko" (how much), "tko" (who) and Dalmatian "di" (where) before a verb,
    # "isplati li se" (is it worth), "priznaju li" (do they recognise), "triba li" (is it
    # needed)
    r"kolko|tko\s+(?:je|mi|ce|će|pla[cć]a|me|ih)\b|di\s+(?:da|se|je|su|mogu|na[cć])\b|"
    r"(?:isplati|priznaju|trebam|imaju|vrijede|triba|tribam)\s+li|"
    # Slovak, with and without diacritics: "prečo" (why), "koľko" (how much), "kedy" (when),
    # "aký/aká/aké" (what kind), "ktorý" (which), "kde" (where), "kto je" (who is), "ako"
    # before a verb or "sa" (how; alone Serbian "if"), "čo"/"na čo" before a verb (what),
    # "môžem", "musím", "potrebujem", "mám šancu", "oplatí sa", "platí", "stačí", "dá sa",
    # "treba" (can I, must I, do I need, do I stand a chance, is it worth, does it hold, is
    # it enough, can one, is it needed)
    # ("aká", "ako sa" and the verbs only opening a part: Twi "aka me", Tagalog "ako sa",
    # Czech "…ze staci umet"; "akú" only with its accent: Indonesian "aku" is "I")
    r"pre[cč]o|ko[lľ]ko|kedy|(?:(?<=^)|(?<=\ba\s)|(?<=,\s))ak(?:[yý]|[aá]|[eé]|ú)(?=\s+\w)|"
    r"ktor(?:[yý]|[aá]|[eé]|[uú])(?=\s)|"
    r"kto\s+(?:je|s[uú]|ta|ťa|to|mi)\b|(?:(?<=^)|(?<=\ba\s)|(?<=,\s))ako\s+(?:sa|najlep\w*|vyzer\w*|to|m[aá]m|nap[ií]sa[tť]|"
    r"dosta[tť]|z[ií]ska[tť]|priprav\w*|za[cč]a[tť]|zlep[sš]\w*|by|je|s[uú])\b|"
    r"(?:na\s+)?[cč]o\s+(?:je|s[uú]|m[aá]m|robi[tť]|sa|da[tť]|znamen\w*|presne|treba|robia)\b|"
    r"(?:(?<=^)|(?<=\ba\s)|(?<=,\s))(?:m[oô][zž]em|mus[ií]m|potrebujem|oplat[ií]\s+sa|plat[ií]\s+to|sta[cč][ií]|"
    r"d[aá]\s+sa|m[aá]m\s+[sš]ancu|vad[ií])(?=\s|\W*$)|"
    # Slovene, with and without č š ž: "kje", "zakaj", "kdaj", "kolk", "kok" (how much),
    # "kaj"/"kdo"/"kere" before a Slovene verb (not "kaj" alone, Bengali "work"), the
    # question particle "a" before a Slovene verb ("a rabm", "a mors", "a je", "a se splaca";
    # "a so", "a bo", "a ma" only opening a part)
    r"kje|zakaj|kdaj|kolk|kok(?=\s)|kak[sš]n[aeio]?|kak[sš]en|"
    r"kaj(?=\s+(?:mors|mora[sš]|rabm|rabim|rabi[sš]|se|pa|je|so|sploh|nj|naj|bi|te|ti|lahko|"
    r"dajejo|spra[sš]ujejo|pomeni|nardim|naredim|delat|vadit|priporo[cč]a[sš]|mi)\b)|"
    r"kdo\s+(?:je|te|so|sploh|ve|gleda|bere)\b|kako\s+(?:zgleda|pridem|nj|naj|lahko|bi)\b|"
    r"(?:(?<=^)|(?<=\bpa\s)|(?<=\bin\s)|(?<=\bej\s)|(?<=\bok\s))kere(?=\s+\w{3,})|"
    r"a(?=\s+(?:je|rabm|rabim|rab[sš]|rabi[sš]|mors|mora[sš]|moram|morm|lahko|lah|kdo|kej|"
    r"se\s+(?:splača|splaca|lahko|kej|res|da)|velja|[sš]teje|[sš]tejejo|pomaga|pomagajo|"
    r"obstaja|imajo|majo|dajejo|pridejo|pla[cč]ajo|vzamejo)\b)|"
    r"(?:(?<=^)|(?<=\bpa\s)|(?<=\bin\s)|(?<=\bej\s)|(?<=\bok\s))a(?=\s+(?:so|bo|bojo|ma)\s)|"
    # "a mi/si/ti/te" only before a Slovene word ("a mi lahko poveš", "a si ziher"; not "se",
    # Czech): Spanish, Italian, Czech "a mi me gusta", "a ti te…", "a mi se líbí" tell
    r"(?:(?<=^)|(?<=\bpa\s)|(?<=\bin\s)|(?<=\bej\s)|(?<=\bok\s))a(?=\s+(?:mi|si|ti|te)\s+(?:lahko|lah|"
    r"kej|ziher|res|bot|še|zdej|sploh|pove[sš]|pomaga[sš]?|priporo[cč]a[sš]|zna[sš]|ve[sš]|rabi[sš]|rab[sš]|"
    r"mors|mora[sš]|zanima|pa[sš]e|dajo|dal|dala)\b)|"
    # Afrikaans: "watter", "watse" (which, what kind of), "hoeveel" (how much), "hoekom"
    # (why), "wanneer" (when), "wie's" (who is); "wat" (what), "hoe" (how), "waar" (where),
    # "wie" (who) only before a verb (English "wat", "hoe"; Dutch shares them); "moet ek",
    # "kan ek", "is dit", "tel dit", "help dit", "het ek", "gaan hulle" (must I, can I, is
    # it, does it count, does it help, do I have, will they)
    r"watter|watse|hoeveel|hoekom|wanneer|wie(?:'|’)?s|"
    r"wat(?:'|’)?s|wat\s+(?:is|moet|vra|gebeur|betaal|kos|tel|sit|doen|kan|sal|dink|soek|kom)|"
    r"hoe\s+(?:apply|kry|word|lank|belangrik|lyk|werk|moet|kan|doen|gaan|veel|oefen|leer|berei)|"
    r"waar\s+(?:kan|kry|moet|is|sit|vind|train|leer)|wie\s+(?:is|het|dink|skryf)|"
    r"(?:moet|kan|sal|het|gaan|wil)\s+(?:ek|ons|mens|jy|hulle|hy|die)|"
    r"(?:is|tel|werk|geld)\s+(?:dit|daar)|help\s+dit|"
    # Tok Pisin "wanem" (what), "husat" (who), "hamas" (how much, how many), "olsem wanem"
    # (how), "bilong wanem" (why), "o nogat" (or not), "mi ken", "yu ken" (can I, can you)
    # "i kaunim" (does it count), "… tu o … tasol" (… too, or only …?)
    r"wanem|husat|hamas|o\s+nogat|(?:mi|yu)\s+ken|i\s+kaunim|tu\s+o\s+(?:\w+\s+){0,3}tasol|"
    # Bislama "haomas" (how much, how many), "from wanem" (why), "hu nao" (who), "wea nao"
    # (where), "olsem wanem" (how: "wanem" above), "mi wantem save" (I want to know),
    # "hemia i tru/stret" (is this true, right)
    r"haomas|from\s+wanem|hu\s+nao|wea\s+nao|mi\s+wantem\s+save\b|"
    r"hemia\s+i\s+(?:tru|stret)|"
    # Armenian in Latin chat letters: "inch" (what), "inchpes", "vonc" (how), "inchu" (why),
    # "erb" (when), "vortegh"/"vortex" (where), "qani", "inchqan", "vorqan" (how many/much),
    # "ovqer", "ov … a/en" (who), "vorn" (which), "arjii" (is it worth), "petq a", "piti"
    # (is needed, must), "kareli a", "karam" (can I), "xndir a" (is it a problem), "te che"
    # (or not); "inch" alone only before what an Armenian question goes on with or closing
    # it (not English "inch by inch", "a 6 inch screen")
    r"inch(?:pes|u|qan|ov|i)|inch(?=\s+(?:a|e|en|es|eq|petq|ka|kanes|anem|anel|arzhe|arje|"
    r"sovorem|sovorel|kareli|karam|kanem|pti|piti|eq|es)\b)|(?<!\d\s)inch(?=\W*$)|"
    r"(?:^|(?<=\bu\s))inch(?!\s+by\b)|in4(?:pes|u|qan)?|vonc|erb|vorte(?:gh|x)|qani|vorqan|"
    r"ovqer|ov\s+(?:a|en)|vorn|vor(?=\s+(?:\w+\s+)?(?:a|en)\b)|ar(?:j|zh)ii|ar(?:j|zh)i|"
    r"petq\s+(?:a|en|4i|chi)|piti|kareli|karam|karogh|xndir\s+a|te\s+(?:che|4e|4i|chi)|"
    # "is it enough / important / ok", "do they count / work / take / ask" closing a yes-no
    # question, "ardyoq" (whether)
    r"(?:bavarar|heriq|karevor|arjanin)\s+(?:a|en)\b|ardyo[qk]|"
    r"(?:gortsum|gorcum|ashxatum|hashvum|vercnum|talis|harcnum|nayum)\s+(?:en|a)(?=\s*\?)|"
    # Georgian in Latin letters: "how", "why", "when", "which", "how many/much", "what is /
    # happens / kind of / does it cost / is better", "can I", "is it necessary / needed /
    # enough / worth it", "does it count" (not "ra", "sad", "vin" alone: Telugu "ra", English
    # "sad", French "vin")
    r"rogor|ratom|rodis|romeli|romelia|ramdeni|ramdens|ramdenad|ramdenia|ramdenxani|"
    r"ra\s+(?:aris|xdeba|tipis|ghirs|jobia|vqna|gavaketo)|shemidzlia|shemi3lia|aucilebelia|"
    r"sachiroa|sakmarisia|itvleba|"
    # Comorian (Shingazidja) "hindri" (what, how), "ndani" (who) after "ndo", "hapvi"
    # (where), "ngapvi" (how many), "ngapvo" (which) opening, "mbona" (why), "ngwezo" (can
    # I); not "nitsaha nidjuwe" (I want to know), which closes a question as often
    r"hindri|ndo\s+ndani|hapvi|ngapvi|ngapvo|mbona|ngwezo|"
    # Sango, with and without its accents: "nyen" (what), "tongana nyen" (how), "ngbanga ti
    # nyen", "ndali ti nyen" (why), "oke" (how many) after a noun, "(na) ndo wa" (where),
    # "zo wa" (who), "ye wa", "X wa si" (which), "a lingbi", "mbi lingbi ti" (should, can I)
    r"ny(?:e|ë)n|tongana\s+ny(?:e|ë)n|ngbanga\s+ti\s+ny(?:e|ë)n|nd(?:a|â)li\s+ti\s+ny(?:e|ë)n|"
    r"nd(?:o|ö)\s+wa|zo\s+wa|ye\s+wa|\w+\s+wa\s+si|a\s+lingbi|mbi\s+lingbi(?:\s+ti)?|(?:ô|o)ke(?=\s*\?)|"
    # Mooré: "bõe" (what) before "la", "n", "yĩnga" (why), "ãnda" (who), "wãna", "wãn to"
    # (how, how many), "bʋg" (which) before "la", "n", "buud"; "m/b tõe n", "m segd n" (can,
    # should I/they), "yaa tɩrga" (is it true) and "bɩ" closing a yes-no question (only
    # with their letters: plain "wana", "anda", "bi" are other languages' words)
    r"b(?:õ|o)e\s+(?:la|n|y(?:ĩ|i)ng)|ãnda|wãna|wãn\s+to|bʋg\s+(?:la|n|buud)|"
    r"(?:m|b|d|y|f)\s+(?:t(?:õ|o)e|segd)\s+n|bɩ(?=\s*\?)|"
    # Bambara, with and without ɛ ɔ: "jumɛn(w)" (which), "cogo di" (how), "joli" (how many)
    # after a noun, "mun" (what) before "ye", "na", "kama", "de", "bɛ"; "n bɛ se ka", "n ka
    # kan ka" (can I, should I) and "wa" closing a yes-no question ("… don wa?")
    r"jum(?:ɛ|e)nw?|cogo\s+di|cogodi|mun\s+(?:ye|na|kama|de|b(?:ɛ|e))|joli\s+(?:b(?:ɛ|e)|ye|don)|"
    r"n\s+b(?:ɛ|e)\s+se\s+ka|n\s+ka\s+kan\s+ka|(?:don|b(?:ɛ|e)|t(?:ɛ|e)|ka\s+(?:ɲ|ny)i|ka\s+fisa|ka\s+bon)\s+wa\b|"
    # Kabyle, with and without ɣ ḥ: "amek" (how), "acu" (what), "acimi", "ayɣer" (why),
    # "anwa", "anwi" (who, which), "melmi" (when), "acḥal" (how much), "anda" (where) before
    # "ara", "i" or "yella"; "zemreɣ ad" (can I), "neɣ ala" (or not), "ini-yi-d" (tell me),
    # "s tidet" (really) in a sentence that closes with a question mark
    r"amek|acu|achu|acimi|achimi|ay(?:ɣ|gh)er|anwa|anwi|melmi|ac(?:ḥ|h)al|ashal|"
    r"anda\s+(?:ara|i|yella|llan)|zemre(?:ɣ|gh)\s+ad|yezmer\s+ad|ne(?:ɣ|gh)\s+ala|"
    r"ini-yi-d|s\s+tidet(?=[^.!?]*\?)|"
    # Punjabi in Latin letters: "kive(n)", "kiddan" (how), "kithe", "kithon" (where, from
    # where), "kado(n)" (when), "kinna", "kinne" (how much, many), "kehda", "kehra" (which),
    # not before an apostrophe (K'iche' "kinna'", I feel); its "ki" (what;
    # Hinglish "of") only beside the verb it asks with ("ki
    # hunda", "ki karan"); "chahida", "painda" (should, must), "ho sakda" (can), "… ke
    # nahi" (or not) after its verbs
    r"(?:kive|kiven|kivein|kiddan|kithe|kitthe|kithon|kitthon|kado|kadon|kinna|kinni|kinne|"
    r"kehda|kehdi|kehde|kehdiyan|kehra|kehri|kehre|kehriyan)(?!['’ʼ])|"
    r"ki\s+(?:hunda|hundi|hunde|karan|kariye|karna|karde|karni|chahida|chahidi|paiye|matlab|"
    r"scene|chakkar)|(?:hunda|hundi|hunde|aa|ne|chahida)\s+ki(?=\W*$)|"
    r"chahida|chahidi|chahide|painda|paindi|painde|(?:ho|kar|mil)\s+sakd(?:a|i|e)|"
    r"(?:hunda|hundi|hunde|aa|sakda|milda|mildi|painda|chahida)\s+(?:ke|ki)\s+(?:nahi|ni)|"
    # "… hunda ke …", "… aa ya …" (is it … or …), "zaroori aa" (is it necessary)
    r"(?:hunda|hundi|hunde|rehnda|rehndi|aa|ne|sakda|painda|chahida)\s+(?:ke|ya)\s+(?=\w)|"
    r"zaroori\s+(?:aa|hunda|hundi|hunde|ne)|"
    # Hungarian, with and without its accents (not "mit", German "with", nor "hogy" alone,
    # "that" as often as "how"); "vagy nem" (or not)
    r"milyen|melyik|melyiket|hogyan|hova|honnan|mikor|mi[eé]rt|mennyi|mennyit|mennyire|"
    r"mennyibe|h[aá]ny|h[aá]nyat|kinek|kit[oő]l|mi\s+(?:a|az|van|kell|lesz|lenne|j[oö]n)|"
    r"hogy\s+(?:megy|m[uű]k[oö]dik|n[eé]z\s+ki|lehet|kell|tudok|tudn[eé]k|csin[aá]ljam)\b|"
    r"vagy\s+nem(?=\W*$)|vagy\s+(?:kell|k[eé]ne|kellene|lehet|[eé]rdemes|jobb)|"
    r"sz[aá]m[ií]t(?:anak)?|"
    # Twi, with and without ɛ ɔ: "anaa" (or: a yes-no question ends with it), "ɛdeɛn", "dɛn"
    # (what; not "den", German and Scandinavian "the"), "adɛn" (why), "hwan" (who), "ɛhe"
    # (where), "ɛbɛn" (not "eben", German), "bɛn na", "ebe na" (which), "ɛsɛ sɛ" (should),
    # "betumi" (can), "ho hia" (does it matter), "ka … kyerɛ me" (tell me); not "ahe" (how
    # many: Marathi "is").
    # Tanzanian Swahili "nini" (what), "gani" (which), "vipi" (how), "wapi" (where), "lini"
    # (when), "ngapi" (how many), "kwanini" (why), "zipi", "yapi" (which), "nifanyeje" (how
    # do I)
    # Names and interjections look like some of them (Gani, Lini, Deen, Aden, Hwan, "ehe"):
    # those ask only where the question puts them, closing it or before "na"
    r"anaa(?=\W*$|\s*\?)|(?:ɛ|e)?de(?:ɛ|e)n\s+na|dɛn|ad(?:ɛ|e)n\s+(?:nti|na)|hwan\s+na|(?:ɛ|e)he\s+na|"
    r"ɛb(?:ɛ|e)n|ebɛn|b(?:ɛ|e)n\s+na|"
    r"ebe\s+na|(?:ɛ|e)s(?:ɛ|e)\s+s(?:ɛ|e)|b(?:ɛ|e)tumi|ho\s+hia|"
    r"ka\s+(?:\w+\s+){0,2}kyer(?:ɛ|e)\s+me|"
    r"nini|vipi|ngapi|kwanini|zipi|yapi|nifanyeje|(?:gani|wapi|lini)(?=\W*$|\s*\?)|"
    # Lithuanian, with and without its letters: "kaip", "kiek", "kodėl", "koks", "kuris"…;
    # "ar" (the yes-no question word) opening a part or after "ir" (and) or "o"; "ką" and
    # "kur" before a verb (not "ka", Hinglish "of", nor "kur" alone, Latvian "where"; not
    # "kuri" unmarked, Kinyarwanda "to, on"),
    # "verta", "apsimoka" (is it worth)
    r"kaip|kiek|kod[eė]l|kok(?:s|ie|ia|į|i|ią|ius|ias|ių|iu)|kuris|kurį|kuri[aą]|kurie|"
    r"kuriame|kurioje|k[aą]\s+(?:daryti|reikia|klausia|geriau|duoda|rei[sš]kia|[iį]d[eė]ti|"
    r"mokytis|rinktis|skaityti)|kur\s+(?:geriausia|geriau|treniruoti|rasti|ie[sš]koti|"
    r"aplikuoti|gauti|mokytis|dirbti)|(?:(?<=^)|(?<=\bir\s)|(?<=\bo\s))ar(?=\s)"
    # (not Tashelhit "ar" before its verb, "ar qqragh", I study; "ar ttinin", they say)
    r"(?!\s+(?:tt\w+|qq\w+|\w+gh)\b)|verta|apsimoka|"
    # Latvian, with and without its letters: "kāpēc", "cik", "kāds/kādi/kādas…" (what,
    # which), "kurš/kuru/kurus…" (which), "kur" and "kā" (where, how) before a verb or "ir",
    # "kas" (what) before what a Latvian question goes on with; "vai" (the yes-no question
    # word) opening a part or after "un" (and) (not "vai" between two names: "or")
    r"k[aā]p[eē]c|k[aā]d[eē][lļ]|cik|k[aā]d(?:s|as|u|am|iem)|"
    r"(?:k[aā]di|kur[sš]|kuru|kurus|kuri|kuras)(?=\s+(?:\w+\s+){0,3}(?:ir|v[eē]l|b[uū]tu|lab[aā]k|"
    r"vajag|vajadz\w*|j[aā]\w+|der|iesaki|izv[eē]l\w*|m[aā]c[iī]ties|[nņ]emt)\b)|"
    r"(?:kur|k[aā])\s+(?:ir|var|lai|man|es|vislab[aā]k|lab[aā]k|pieteikties|atrast|tren[eē]t|"
    r"sagatavoties|tikt|dab[uū]t|iz\w+|m[aā]c[iī]ties|s[aā]kt)\b|"
    r"kas\s+(?:ir|notiek|j[aā]\w+|vajag|b[uū]tu|der|t[aā]ds|ta\s+ir|tas\s+ir)\b|"
    r"(?:(?<=^)|(?<=\bun\s)|(?<=\balso\s)|(?<=\bbet\s))vai(?=\s)|"
    # Estonian, with and without õ ä ö ü: "kuidas", "miks", "mitu", "milline", "kumb",
    # "kust", "kuhu", "millal"; "kas" (the yes-no question word) after "ja" (not opening a
    # part: Lithuanian "kas tas…" is "who is that…"); "mis"/"mida"/"kus" before what an
    # Estonian question goes on with (not "mis" alone, French "put")
    r"kuidas|miks|mitu|millis\w*|milline|kumb|kumba|kust|kuhu|millal|"
    r"(?:(?<=\bja\s)|(?<=\bning\s))kas(?=\s)|"
    r"(?:mis|mida|kus)(?=\s+(?:on|teha|veel|muud|tasub|soovitad|peaks|peab|sorti|t[uüy][uüy]pi|"
    r"\w+id|\w+eid|treenida|[oõ]ppida|harjutada|v[oõ]tta|panna|lugeda))|"
    # Pashto in Latin letters: "sanga" (how), "cherta" (where), "sumra" (how much), "kala"
    # (when) only before "na" or closing, "sa"/"tsa" (what) and "kum" (which) only before
    # the verbs that ask with them, "pakar/zaroori de" (is needed), "kawalay sham" (can I)
    r"t?sanga|cherta|chrta|t?sumra|kala(?=\s+na\b|\W*$)|"
    r"(?:sa|tsa)\s+(?:okam|wokam|kawam|kam|kegi|wayi|de|di|wi|shta)|kum\s+\w+\s+(?:lolam|kam|kawam|okam|de|di)|"
    r"(?:pakar|pkar|zaroori|zaruri)\s+(?:de|di|da)|kawalay\s+(?:sham|shi)|"
    r"(?:cha|chaa|t?sok)\s+(?:lekalay|likalay|kaway|warkaray)|"
    # Bulgarian in Latin chat letters: "kak", "kakvo"/"kvo", "kakvi"/"kvi", "koi"/"koe",
    # "koga", "kude", "za6to", "kolko", "dali", and a verb asked with "li" ("ima li", "tr li",
    # "struva li", "moga li"); not "li" alone (Italian "them")
    # "kak" and "dali" only before what follows them in a Bulgarian question: Indonesian
    # "kak" (older sibling, how a mentor is addressed), Tagalog "ang dali" (so easy)
    r"kak(?=\s+(?:da|se|si|e|li|to|ti|vi|mi|mu|go|gi|ste|sa|sum|moga|mo(?:j|zh)e\w*|"
    r"tr(?:q|ia|ja|ya)bva|tr|nau(?:4|ch)\w*|minava|sta\w*|izglej?da|rabot\w*|pravi\w*)\b)|"
    r"kakvo|kvo|kakv[aio]|kvi|k[uy]kv|koe|koq|koga|k[uy]de|otk[uay]de|"
    r"za(?:sh|6|w)t?o|kolko|dali(?=\s+(?:si|ima|e|sa|sum|da|moga|mo(?:j|zh)e\w*|"
    r"tr(?:q|ia|ja|ya)bva|struva|si\s+struva|iskat|vzimat|naemat|gledat|pomaga\w*)\b)|"
    r"mo(?:j|zh)eli|li\s+da|"
    r"(?:ima|n(?:q|ia|ja|ya)ma|tr(?:q|ia|ja|ya)bva|tr6?|moga|mo(?:j|zh)e(?:sh|6)?|struva|"
    r"va(?:j|zh)i|(?:4|ch)aka(?:t)?|iska|gledat|vzimat|razli(?:4|ch)ava|pomagat|struvat|broi|br(?:o|oq|oia|oiat|oqt)|stava|stiga|iskat|pitat|vzemat|naemat|"
    r"pla(?:sh|6|w)t?at|pomaga|zna(?:4|ch)i|sa|sum|s[uay]m)\s+li\b|"
    # Malagasy "inona" (what), "ahoana" (how), "aiza" (where), "oviana" (when), "nahoana"
    # (why), "firy" (how many), "ohatrinona" (how much), "iza no" (who); "ve" (the yes-no
    # question word) after a word and before what it asks about, or closing (not "ve" alone:
    # Turkish "and", Czech "in")
    r"inona|ahoana|aiza|oviana|nahoana|maninona|firy|ohatrinona|iza\s+(?:no|moa)|"
    r"(?<=\w\s)ve(?=\s+(?:ny|aho|ianao|izy|ilay|ireo|izany|tena|raha|vao|ho|hoe|sa|na|ianareo)\b|\s*\?)|"
    # Chichewa "kodi" (opens a question; not closing a message: Kannada "please"), "bwanji"
    # (how), "chiyani" (what), "ndani" (who), "angati", "zingati" (how many), "ndingatani"
    # (what can I do), and "ziti", "ati", "iti", "liti" (which, when) closing a question or
    # before "omwe", "zomwe" (that)
    r"(?:(?<=^)|(?<=[.!?;:,\-–—]\s)|(?<=\bndipo\s)|(?<=\bkomanso\s))kodi(?!\W*$)|bwanji|chiyani|ndani|angati|zingati|ndingatani|"
    r"(?:ziti|ati|iti|liti)(?=\W*$|\s*[?;]|\s+(?:\w+\s+){0,4}?(?:omwe|zomwe|yomwe|amene)\b)|"
    # Afaan Oromoo "how", "what", "why", "when", "where", "how many/much", "who", "which",
    # "is it possible", "tell me", "explain to me" (not "maal" alone before a name: it asks
    # anyway; not "kam", Turkish-like "kam" in names)
    r"akkamitti|akkamiin|maal|maali|maaltu|maaliif|yoom|eessa|eessatti|meeqa|hammam|eenyu|"
    r"kamtu|kamiin|danda'amaa|natti\s+himi|naaf\s+ibsi|"
    # Chichewa "give me", "tell me", "explain to me"
    r"ndipatseni|tandiuzani|ndiuzeni|ndifotokozereni|fotokozani|"
    # Swedish, with and without å ä ö: "hur", "vad", "vilken/vilket/vilka", "varför", "när",
    # "vem", "var" before a verb (where), "måste", "behöver", "krävs", "räcker", "finns det",
    # "är det", "kan man", "ska man", "funkar", "spelar det roll" (not "var" alone: English
    # "var", Swedish "was")
    r"hur|vad(?=\s+(?:(?:ä|a)r|ska|kostar|betalar|menas|h(?:ä|a)nder|brukar|tycker|tror|kr(?:ä|a)vs|"
    r"beh(?:ö|o)ver|g(?:ö|o)r|f(?:ö|o)r|inneb(?:ä|a)r|borde|b(?:ö|o)r|tj(?:ä|a)nar|kan|vill|"
    r"skulle|s(?:ä|a)ger|fr(?:å|a)gar|letar)\b)|vilken|vilket|vilka|varf(?:ö|o)r|n(?:ä|a)r\s+(?:ska|b(?:ö|o)r|m(?:å|a)ste|kan|"
    r"brukar|b(?:ö|o)rjar|kommer|h(?:ö|o)r|f(?:å|a)r|(?:ä|a)r)|vem|"
    r"var\s+(?:tr(?:ä|a)nar|hittar|s(?:ö|o)ker|kan|ska|b(?:ö|o)r|finns|l(?:ä|a)ser)|"
    r"m(?:å|a)ste|beh(?:ö|o)ver|kr(?:ä|a)vs|r(?:ä|a)cker|finns\s+det|(?:ä|a)r\s+det|"
    r"(?:kan|ska|b(?:ö|o)r|borde)\s+(?:man|jag|du)|funkar|spelar\s+det|r(?:ä|a)knas|"
    # Setswana: "jang" (how), "goreng" (why), "bokae" (how much), "kae" (where), "efe",
    # "dife" (which), "mang" (who), "leng" (when), "eng" ending a part (what), "a ke/o/go…"
    # opening a part (do I, are you, is it), "ke ka", "o ka", "nka" (can I, can you),
    # "ke tshwanetse" (must I), "ke tlhoka" (do I need)
    r"jang|goreng|bokae|(?<=\s)kae(?=\W*$)|(?<=\s)(?:efe|dife|mang|leng)(?=\W*$)|(?<=\s)eng(?=\s*\?)|"
    r"(?:^|(?<=^mme\s)|(?<=^le\s))a\s+(?:ke|nka|o|go|re|ba|di|e)\s+(?=\w)|(?:ke|o|re)\s+ka\s+(?=\w)|"
    r"(?:ke|re)\s+tshwanetse|(?:ke|re)\s+tlhoka|"
    # Sesotho: "joang/jwang" (how), "hobaneng" (why), "feng", "efe" ending a part (which),
    # "neng" (when), "na" opening a part before a subject (the yes-no question word: do I,
    # is it), "ke lokela" (should I), "ke tlameha" (must I), "ke hloka" (do I need)
    r"joang|jwang|hobaneng|(?<=\s)(?:feng|neng)(?=\W*$)|"
    r"(?:^|(?<=^mme\s)|(?<=^hape\s)|(?<=^empa\s))na\s+(?:ke|nka|u|ho|li|seo|sena)\s+(?=\w)|"
    r"(?:ke|u|re)\s+(?:lokela|tlameha|hloka)\b|"
    # Norwegian, Bokmål and Bergen spellings, with and without æ ø å: "hvordan", "korleis"
    # (how), "hvorfor" (why), "hvilken/hvilke" (which), "hva", "ka", "kva" (what) before a
    # verb or "slags" (what kind), "kem" (who) before a verb, "kor" (how much, how) before
    # "mye", "mange", "viktig", "lang", "e det/er det", "må/trenger/kan/bør eg|jeg|man" (must,
    # need, can, should I), "finnes det" (are there); not "ka" alone (romanized Hindi "ka")
    r"hvordan|korleis|kordan|hvorfor|kvifor|korfor|hvilken|hvilke|hvilket|"
    r"(?:hva|ka|kva)\s+(?:e|er|skjer|slags|b(?:ø|o)r|kan|gj(?:ø|o)r|teller|betyr|tenker|"
    r"andre|med|for\s+et|krever|trenger)\b|(?:kem|hvem)\s+(?:e|er|kan|skrev)\b|"
    r"kor\s+(?:mye|mange|viktig|lang|lenge|e|er)\b|(?:e|er)\s+det(?=\s)|"
    r"(?:m(?:å|aa|a)|trenger|kan|b(?:ø|o)r|burde|skal)\s+(?:eg|jeg|man)\b|finnes\s+det|"
    r"(?:e|er)\s+(?:\w+\s+)?(?:verdt|nyttige?|viktig|nok|bra)\b|"
    # Luxembourgish, with and without ë é: "wéi" (how), "wéi eng" (which), "wéi vill",
    # Sranan Tongo "san" (what) before "na", "e", "mi", "yu", "den"; "fa" (how) before a
    # pronoun or "fu"; "sortu" (which), "pe" (where) before a pronoun, "suma" (who), "o fasi",
    # "o ten", "o meni", "san ede" (how, when, how many, why), "efu" (whether) opening a
    # clause, "musu/kan mi" (must/can I), "a tru" (is it true); Dutch "hoe", "hoeveel",
    # "welke", "waarom", "wanneer", "wie", and "moet/kan/mag ik", "is/zijn/tellen/werkt" asking
    # at a clause's start
    r"san(?=\s+(?:na|e|mi|yu|den|a|moro|tra|ede)\b)|fa(?=\s+(?:mi|yu|wi|a|den|fu)\b)|sortu\b|"
    r"pe(?=\s+(?:mi|yu|wi|den|a)\b)|suma\b|o\s+(?:fasi|ten|meni)\b|(?:musu|kan)\s+mi\b|"
    r"(?:(?<=^)|(?<=[,.?!]\s))efu\b|a\s+tru\b|hoe(?:veel|lang)?\b|welke\b|waarom\b|wanneer\b|"
    r"(?:moet|kan|mag|wil)\s+ik\b|(?:(?<=^)|(?<=\ben\s))(?:is|zijn|tellen|telt|werkt|hebben|"
    r"accepteren)\s+(?:dat|die|het|er|ze|de|een)\b|"
    # Mauritian Creole: "kouma"/"koman" (how), "kifer" (why), "kisannla" (who), "konbien"
    # (how many, how much), "lekel" (which), "kot" (where) before a subject, "ki" (what,
    # which) before a noun it asks about or a subject, "eski" (whether) opening a piece or
    # after "e"/"ek" (and; Turkish "eski" is "old"), "ou non" (or not) closing one, "bz",
    # "kv" (need, can) opening one, "ou bz" (or do I need) anywhere
    r"kouma\b|koman\b|kifer\b|kisannla\b|kisanla\b|konbien\b|kombien\b|lekel\b|"
    r"kot\s+(?:mo|to|zot|li|nou|pou)\b|ki\s+(?:bann|kalite|tip|nivo|pli|lot|etap|mo|to|zot|li|"
    r"nou|zafer|skill|framework|langaz)\b|(?:(?<=\bek\s)|(?<=\be\s)|(?<=^))eski\b|"
    r"eski\s+(?:mo|to|zot|li|nou|sa|bz|bizin|ena|pena|kv|kapav|pou|enn|bann)\b|"
    r"ou\s+non\W*$|(?<=^)(?:bz|bizin|kv|kapav)\s+\w+|\bou\s+(?:bz|bizin)\s+\w+|"
    # Kirundi "gute" (how), "ibiki", "iki" closing a question (what), "angahe", "zingahe"
    # (how many), "niyihe", "izihe" (which; not "ayahe", which Kinyarwanda writes after
    # "kandi ni" inside one question), "ryari" (when), "mbega" (the yes-no
    # question word), "(ni) ngombwa" (is it necessary), "birakenewe" (is it needed),
    # "irafasha", "zirafasha" (does it help); not "nshobora" (can I), which opens "nshobora
    # kubaza" (may I ask) before the question
    r"gute|ibiki|iki(?=\W*$|\s*\?)|angahe|bangahe|zingahe|niyihe|iyihe|izihe|ikihe|"
    r"uwuhe|ryari|mbega|(?:ni|ari)\s+ngombwa|birakenewe|irakenewe|(?:bi|i|zi|a)rafasha|"
    # siSwati: "njani" (how), "ngumaphi", "yiphi" (which), "malini" (how much),
    # "kwentekani" (what happens), "ngisakhona/ngingakhona" (can I (still)), "kufanele
    # ngi…" (must I); "yini", "kanjani", "kuphi" are isiZulu's too and left to it
    r"njani|ngumaphi|yiphi|malini|kwentekani|ngi(?:sa|nga|senga)khona|kufanele\s+ngi\w+|"
    # isiXhosa: "ingaba" (the yes-no question word), "yintoni" (what is), "kutheni" (why),
    # "zeziphi", "yeyiphi", "eziphi" (which), "ndinga…", "ndingakwazi" (can I), "kufuneka
    # ndi…" (must I), "injani" (how is it), "ntoni" (what) closing a clause
    r"ingaba|yintoni|kutheni|zeziphi|yeyiphi|eziphi|ndingakwazi|kufuneka\s+ndi\w+|injani|ntoni|"
    # Chamorro: "håfa" (what), "taimanu" (how), "håyi" (who), "kuåntu" (how much),
    # "ngai'an" (when), not "håfa adai" (hello); "hafa" without å only before its grammar
    # words (Malagasy "hafa" is "other"), "kao" (the yes-no particle) only before a verb or
    # pronoun (Serbian "kao", like)
    r"håfa(?!\s+adai\b)|hafa(?=\s+(?:i|na|mas|mås|para|ma|un|hu|bai|siña|sina|debi)\b)|taim(?:å|a)nu|"
    r"håyi|ku(?:å|a)ntu|ngai['’]?(?:å|a)n|"
    r"kao(?=\s+(?:siña|sina|nisisita|debi|guaha|malago|maolek|parehu|mag(?:å|a)het|un|hu|ha|yu|i)\b)|"
    # Yoruba, with and without its marks: "kí ni" (what), "báwo ni" (how), "ta ni" (who),
    # "ibo ni", "níbo" (where), "mélòó" (how many), "èló" (how much), "èwo" (which),
    # "kílódé" (why); "ṣé" opening a yes-no question ("se" only before a pronoun or
    # "dandan": Spanish and French write "se")
    r"k(?:í|i)\s*n(?:i|í)|k(?:í|i)\s+l(?:ó|o)\b|b(?:á|a)wo\s+n(?:i|í)|t(?:a|á)\s+n(?:i|í)|"
    r"t(?:a|á)\s+l(?:ó|o)\b|ibo\s+n(?:i|í)|n(?:í|i)bo|m(?:é|e)l(?:ò|o)(?:ó|o)|"
    r"(?:è|e)l(?:ó|o)\s+n(?:i|í)|"
    r"(?:è|e)wo\s+n(?:i|í)|k(?:í|i)l(?:ó|o)d(?:é|e)|ṣé|"
    r"se\s+(?:mo|awon|dandan|ki|kí|eyi|iyen|ìyẹn)\b|"
    # Ewe, with and without ɖ ɔ ŋ: "nuka(e)" (what), "nukata(e)" (why), "ameka(e)" (who),
    # "aleke" (how), "nenie" (how many, how much), "kawoe" (which ones), "afi ka" (where),
    # "ɖe" opening a yes-no question before "ele", "mate/àte ŋu" (can I/you), "wò…"
    r"nuka(?:e|ta|tae)?\b|ameka(?:e)?\b|aleke\b|nenie\b|kawoe\b|afi\s+ka(?:e)?\b|"
    r"(?:ɖ|ð)e\s+(?:ele|mate|àte|ate|w(?:ò|o)(?:a|ate)?|e)\b|"
    # Khmer in Latin letters: "ey/avey (khlah)" after a verb (what), "yang mec" (how),
    # "ponman" (how much, how many), "het ey" (why), "nov na", "pel na", "neak na", "mouy na"
    # (where, when, who, which one), "trov", "kuor" (must, should), and "ot", "dae ot", "te"
    # closing a yes-no question
    r"(?:jea|chea|tver|thver|sour|rean|mean|trov)\s+(?:ey|avey)\b|(?:ey|avey)\s+khlah\b|"
    r"yang\s*me(?:c|ch)\b|ponman\b|bonman\b|het\s*ey\b|(?:nov|pel|neak|mouy|pi)\s+na\b|"
    # (not Dholuo "e ot", at home)
    r"trov\b|kuor\b|(?:ban\s+|dae\s+)?(?<!\be\s)ot(?=\s*(?:bong\s*)?[?]|\s*$)|"
    # Gilbertese "kangaa" (how), "iraua" (how many, how much), "antai" (who), "ningai"
    # (when), "tera te/ae" (what (is) the), "iai te" (is there a), "e/i/ko kona" (can it/I/
    # you), "e riai" (should), "e kainnanoaki" (is … needed), "e kakawaki" (is … important),
    # "e manena" (is … useful), "e bon raoi" (is … good), "tera" closing (… what?)
    r"kangaa\b|iraua\b|antai\b|ningai\b|tera\s+(?:te|ae)\b|(?<=\w\s)tera(?=\W*$)|iai\s+te\b|"
    r"(?:e|i|ko)\s+(?:kona|riai|kainnanoaki|kakawaki|manena|bon\s+raoi)\b|"
    # Aymara, with and without ñ ä ï and its apostrophes: "kuna(s)", "kunsa" (what),
    # "kunjams(a)" (how), "kunats(a)" (why), "kunapachas(a)" (when), "kawkins(a)" (where),
    # "kawkiris(a)" (which), "khitis(a)" (who), "qawqhas(a)" (how much), "wakisiti" (is it
    # needed)
    r"kunjama?sa?\b|kunsa\b|kunas\b|kunatsa?\b|kunapachas?a?\b|kawkins?a?\b|kawkiris?a?\b|"
    r"khitis?a?\b|qh?awqhas?a?\b|wakisiti\b|"
    # Pular, with and without ɗ: "hol ko/no/toon/nde" (what, how, where, when), "ko
    # honɗun/honɗi/hombo" (what, which, who), "ina foti/nafa/waawi/woodi/yonii/haɗa" (must
    # I, is it useful, can, is there, is it enough, does it matter), "mi waawi/haani" (can,
    # should I)
    r"hol\s+(?:ko|no|toon|to|nde|(?:ɗ|d)um)\b|ko\s+(?:hon(?:ɗ|d)(?:un|um|i)|hom(?:ɓ|b)o)\b|"
    r"ina\s+(?:foti|nafa|waawi|woodi|yonii|ha(?:ɗ|d)a)\b|mi\s+(?:waawi|haani)\b|"
    # Cape Verdean Creole, with and without its accents: "kuze" (what), "kal" (which), "kantu"
    # (how much, when), "modi", "kmé" (how), "undi" (where, before a person: Telugu "undi" is
    # "there is"), "kenha" (who), "pamodi" (why),
    # "N meste/debe/podi" (must, should, can I)
    r"kuz(?:e|é)\b|kal\s+(?:ki|kadera|kursu|tipu)\b|kantus?\b|modi\s+ki\b|km(?:é|e)\b|undi\s+(?:n|bu|es)\b|kenha\b|"
    r"pamodi\b|n\s+(?:meste|debe|podi)\b|"
    # Guinea-Bissau Kriol: "kuse ku/ki" (what), "kuma ku/ki" (how), "kin ki" (who; "kin ku" is
    # also "whoever"), "undi ku/ki" (where), "kantu ku/ki" (how much), "pabia di ke" (why),
    # "kal manera/djitu" (how), "n misti sibi" (I want to know), "i verdadi" (is it true),
    # "n pudi/debi" (can, should I)
    r"kus(?:e|é)\s+(?:k[ui]|mas)\b|kuma\s+k[ui]\b|kin\s+ki\b|undi\s+k[ui]\b|kantu\s+k[ui]\b|"
    r"pabia\s+di\s+ke\b|kal\s+(?:manera|djitu|kualifikason|framework|blog|laptop)\b|"
    r"n\s+misti\s+sibi\b|i\s+verdadi\b|n\s+(?:pudi|debi)\b|"
    # "wéivill" (how much), "wéini" (when), "firwat" (why), "wou" and "wien" before a verb
    # (where, who), "wat" before a verb (what; Dutch and Afrikaans "wat" too, so only
    # beside Luxembourgish verbs), "kann/soll/muss/brauch ech" (can, should, must, need I),
    # "kanns du" (can you), "ass et/dat" (is it), "gëtt/ginn et" (is/are there)
    # (unaccented "wei" only before "eng", "vill", "laang": Sinhala "wei" is "will be")
    r"w(?:é|e)i\s+(?:eng|vill|laang)(?=\s)|wéi(?=\s)|w(?:é|e)ivill|w(?:é|e)ini|firwat|"
    r"(?:wou|wien|wat)\s+(?:ass|sinn|huet|hunn|mécht|mecht|kann|soll|muss|froen|geschitt|"
    r"kritt|bréngt|brengt|gëtt|gett|ginn)\b|"
    r"(?:kann|soll|sollt|muss|brauch|wëll|well|hunn)\s+(?:ech|een|ee|mer)\b|kanns\s+(?:du|de)\b|"
    r"(?:ass|sinn|gëtt|gett|ginn|zielt|zielen|bréngt|brengt|lount)\s+(?:et|dat|déi|dei)\b|"
    # Belarusian, with and without ў: "што" (what), "колькі" (how many), "чаму", "навошта",
    # "нашто" (why), "трэба" (is it needed), "варта" (is it worth); the words it shares with
    # Ukrainian ("як" how, "які" which, "хто" who, "дзе" where, "можна" can one, "ці"
    # whether) only in a clause with a letter or an ending no Ukrainian word has (ы, э, ў;
    # the infinitive's -ць, -цца)
    rf"што|колькі|чаму|навошта|нашто|трэба|варта|(?:{_BE_SHARED_ASKING})(?={_BE_CLAUSE})|"
    # Icelandic, with and without þ ð æ and accents: "hvernig", "hvað", "hvaða", "hvar",
    # "hvenær", "hversu", "hvort", "af hverju" (how, what, which, where, when, how much,
    # whether, why), "hver er/eru" (who is), "þarf ég/maður" (do I need), "get ég", "á ég",
    # "ætti ég" (can I, should I), "skiptir", "dugar", "telst" (does it matter, is it
    # enough, does it count), "er það/þetta" (is it); not "hvad" (Danish) nor "hver" alone
    # (Danish and Norwegian "each")
    r"hvernig|hva(?:ð|d)(?=\s+(?:er|eru|(?:þ|th)arf|kostar|borga|gerist|spyrja|set|á|a|(?:æ|ae)tti|"
    r"tekur|(?:þ|th)ýðir|(?:þ|th)ydir|mælir|maelir|finnst|telst|skiptir)\b)|hva(?:ð|d)a|hvar|"
    r"hven(?:æ|ae)r|hversu|hvort|af\s+hverju|afhverju|hver\s+(?:er|eru|var)|"
    r"(?:þ|th)arf\s+(?:é|e)g|(?:þ|th)arf\s+ma(?:ð|d)ur|(?:þ|th)arf\s+(?:þ|th)a(?:ð|d)|"
    r"(?:get|á|a|(?:æ|ae)tti)\s+(?:é|e)g|geturðu|geturdu|skiptir|dugar|dugir|telst|"
    r"er\s+(?:(?:þ|th)a(?:ð|d)|(?:þ|th)etta)(?=\s)|eru\s+(?:til|(?:þ|th)au|(?:þ|th)eir)|"
    # "er betra/nóg/hægt…" (is it better, enough, possible), "eru MOOCs ok" (are … ok),
    # "þarf" opening a part (is … needed), "stutt samantekt" (a short summary); "eða" (or)
    # in a choice cut off before a question (_CHOICE)
    r"(?:er|eru)\s+(?:\w+\s+)?(?:betra|betri|n(?:ó|o)g|gott|g(?:ó|o)(?:ð|d)|mikilv(?:æ|ae)gt|"
    r"sni(?:ð|d)ugt|h(?:æ|ae)gt|ok|metin|metnar|tekin|teknir|(?:þ|th)ess\s+vir(?:ð|d)i)\b|"
    r"(?:^|(?<=^og\s)|(?<=^en\s))(?:þ|th)arf(?=\s)|stutt\s+(?:summary|samantekt|yfirlit)|"
    # Danish: "hvad" (what), "hvordan" (how), "hvorfor" (why), "hvornår" (when), "hvilke"
    # (which), "hvor mange" (how many), "skal/kan jeg/man" (should, can I/you), "tæller"
    # (does … count); Greenlandic: "qanoq" (how), "suut" (what), "sooq" (why), "sumi" (where),
    # "qassit" (how many), "qaqugu" (when), "sorleq" (which); not "suna" (what) or "kina"
    # (who), which are Hindi "heard" and Papua New Guinea's money
    r"hvad|hvordan|hvorfor|hvorn(?:å|aa|a)r|hvilke[nt]?|hvor\s+(?:mange|meget)|"
    r"(?:skal|kan|b(?:ø|o)r)\s+(?:jeg|man)\b|t(?:æ|ae)ller|"
    r"qanoq|suut|sooq|sumi|qassit|qaqugu|sorleq|"
    # Faroese, with and without ð ø and accents: "hvussu" (how), "hvat" (what), "hvør",
    # "hvørji", "hvørjar" (who, which), "hví" (why), "skal/kann/má/eigi eg" (should, can,
    # must I), "er tað/hetta" (is it, is this), "hjálpir" (does it help), "loysir (tað seg)"
    # (is it worth it), "ber tað til" (is it possible); not "hvor" (Danish "where")
    r"hvussu|hvat|hv(?:ø|oe)r(?:ji|jar|jir|ja)?|hv(?:í|i)(?=\s+(?:skal|er|eru|kann)\b)|"
    r"(?:skal|kann|m(?:á|a)|eigi|havi|f(?:á|a)i|s(?:ø|o|oe)ki)\s+eg\b(?!\s+(?:ikke|ikkje))|"
    r"er\s+(?:ta(?:ð|d)|hetta)\b|hj(?:á|a)lpir|loysir|ber\s+ta(?:ð|d)\s+til|"
    # Maltese, with and without ħ: "kif" (how), "kemm" (how much), "fejn" (where), "liema"
    # (which), "għaliex", "għalfejn" (why), "x'…" (what: "x'inhuma", "x'naghmel", "x'tip"),
    # "nista'", "tista'" (can I, can you) before a verb (without the apostrophe only before
    # one: Serbian "nista" is "nothing"), "hemm/trid bżonn" (is it needed),
    # "jgħodd(u)" (does it count), "ta' min" (is it worth), "jew le" (or not) and
    # "biżżejjed" (is it enough) closing, "irrid", "trid", "hemm", "nibda" (do I need, is
    # there, shall I start) opening, "jinbidel" (does it change)
    r"kif|kemm|fejn|liema|g(?:h|ħ)aliex|g(?:h|ħ)alfejn|x['’][a-zżċġħ]+|"
    r"(?:nista|tista)(?=['’]\s+[a-zżċġħ])|"
    r"(?:nista|tista)(?=\s+(?:n|t)?(?:applika|ag(?:h|ħ)mel|ibda|itg(?:h|ħ)allem|u[zż]a|ikseb|sib)\b)|"
    r"(?:hemm|trid|irrid|jrid)\s+(?:bzonn|bżonn)|"
    r"jg(?:h|ħ)odd(?:u)?|ta['’]?\s+min|jew\s+le(?=\W*$)|bi(?:zz|żż|z)ejjed(?=\W*$)|"
    r"(?:^|(?<=^u\s))(?:irrid|trid|hemm|nibda)(?=\s)|jinbid(?:el|lu)|"
    # Tongan question words (_TO_ASKING)
    rf"{_TO_ASKING}|"
    # Turkmen question words and particles (_TK_ASKING)
    rf"{_TK_ASKING}|"
    # Tetum, with and without accents and apostrophes: "oinsá" (how), "tanba sa", "tansá"
    # (why), "hakarak hatene" (I want to know; not as a lead-in, "hakarak hatene uluk:", I'd
    # like to know first:, the questions after it ask), "la hatene se" (don't know whether); "iha
    # ne'ebé" (where), "ida ne'ebé" (which) and "bainhira" (when) only closing a question or
    # before "mak" (mid-sentence they are "where", "which" and "when" that tell: "kursu ida
    # ne'ebé gratis", a course that is free); "sé mak" (who); "saida" (what) and "hira" (how
    # much, how many) only after a word and closing, or before "mak", "tan", "de'it", "por"
    # (unaccented Portuguese "a saida" is "the exit", Hira a name); "ka lae" (or not), "ka"
    # closing a yes-no question before its question mark ("difisil ka?"), "ka ha'u tenke",
    # "ka ha'u bele" (or must I, or can I)
    r"oins(?:á|a)|tanba\s+sa|tans(?:á|a)|hakarak\s+hatene(?!\s+(?:\w+\s*)?:)|la\s+hatene\s+se|"
    r"(?:iha|ida)\s+ne(?:['’]?e)?b(?:é|e)(?=\s+mak\b|\W*$)|bainhira(?=\s+mak\b|\W*$)|s(?:é|e)\s+mak|"
    r"saida(?=\s+(?:mak|tan|de['’]?it|deit)\b)|(?<=\w\s)(?<!\ba\s)(?<!\bde\s)(?<!\bna\s)(?<!\bda\s)"
    r"(?<!\buma\s)saida(?=\W*$)|hira(?=\s+(?:mak|por|de['’]?it|deit)\b)|(?<=\w\s)"
    # (not the name closing an introduction: "sou o Hira", "my name is Hira", "saya Hira")
    r"(?<!\bo\s)(?<!\ba\s)(?<!\bé\s)(?<!\bsou\s)(?<!\bis\s)(?<!\bam\s)(?<!['’]m\s)"
    r"(?<!\bsaya\s)(?<!\baku\s)(?<!\bako\s)(?<!\bsi\s)(?<!\bni\s)(?<!\bkay\s)"
    r"(?<!\bnama\s)(?<!\bname\s)hira(?=\W*$)|"
    r"ka\s+lae|(?<=\w\s)ka(?=\s*\?)|ka\s+(?:ha['’]?u|ita)\s+(?:tenke|bele|presiza)|"
    # Tajik question words (_TG_ASKING)
    rf"{_TG_ASKING}|"
    # Sakha question words and particles (_SAH_ASKING)
    rf"{_SAH_ASKING}|"
    # Kyrgyz question words and particles (_KY_ASKING)
    rf"{_KY_ASKING}|"
    # Tatar question words and particles (_TT_ASKING)
    rf"{_TT_ASKING}|"
    # Tigrinya (Ge'ez letters): "ከመይ" (how), "እንታይ" (what), "ኣየናይ", "ኣየነይቲ", "ኣየኖት"
    # (which), "መዓስ" (when), "ኣበይ", "ካበይ", "ናበይ" (where, from where, to where),
    # "ስለምንታይ", "ንምንታይ" (why), "መን" (who), "ክንደይ" (how much), the yes-no particles
    # "ድዩ", "ድያ", "ድዮም", "ድየ", "ዲኻ", "ዲኺ", "ዲና", "ዶ", "ይከኣል" (can one), "ይኽእል",
    # "እኽእል", "ትኽእል" (can he, I, you), "ይግባእ", "ይግባኣኒ" (must I, should I), "ክ… ኣለኒ"
    # (do I have to); none of them Amharic
    r"ከመይ|እንታይ|ኣየናይ|ኣየነይቲ|ኣየኖት|መዓስ|ኣበይ|ካበይ|ናበይ|ስለምንታይ|ንምንታይ|መን|ክንደይ|"
    r"ድዩ|ድያ|ድዮም|ድየ|ዲኻ|ዲኺ|ዲና|ዶ|ይከኣል|ይኽእል|ይኽእሉ|እኽእል|ትኽእል|ይግባእ|ይግባኣኒ|"
    r"ክ\w+\s+ኣለ(?:ኒ|ና|ካ|ኪ)|"
    # Amharic (Ge'ez letters): "ምን", "ምንድን", "ምንድነው" (what), "እንዴት" (how), "የት", "ከየት"
    # (where, from where), "የትኛው", "የቱ" (which), "መቼ" (when), "ለምን" (why), "ማን" (who),
    # "ስንት", "ምን ያህል" (how many, how much), "ይቻላል" (is it possible), "እችላለሁ" (can I),
    # "ትችላለህ" (can you); none of them Tigrinya
    r"ምን|ምንድን|ምንድነው|ምንድር|በምን|የምን|እንዴት|የት|ከየት|ወዴት|የትኛው|የትኛውን|የትኞቹ|የቱ|የቱን|"
    r"መቼ|ለምን|ለምንድን|ለምንድነው|ማን|ለማን|ስንት|በስንት|ይቻላል|እችላለሁ|ትችላለህ|ትችያለሽ|"
    # Tigrinya in Latin letters: "kemey" (how), "entay" (what), "ayenay" (which), "meas"
    # (when), "abey", "kabey" (where, from where), "selemntay", "nmntay" (why), "kndey" (how
    # much), the yes-no particles "diyu", "dyu", "dika", "yikel", "tikel" (can one, can you),
    # "yidli" (is it needed); none of them Amharic
    r"kemey|kemay|kamey|entay|intay|ayenay|ayeney|ayenot|meas|mezas|abey|kabey|selemntay|"
    r"slemntay|nmntay|kndey|kindey|kinday|diyu|dyu|yikel|yikiel|tikel|tikiel|yidli|ydli|"
    # Amharic in Latin letters: "mindin", "mindnew" (what), "min" before what it asks
    # ("min new", "min aynet", "min madreg"; not English "10 min"), "endet" (how), "yetignaw",
    # "yetu" (which), "meche" (when), "lemin" (why), "sint" (how many), "yichalal" (is it
    # possible), "tichilaleh" (can you), "alebign" (must I), "yasfeligal" (is it needed),
    # "yibekal" (is it enough); none of them Tigrinya
    r"mindin|mindnew|mndn|mndnw|(?:min|mn)(?=\s+(?:new|nachew|aynet|yahil|yahl|madreg|"
    r"lemadreg|ladrg|yasfeligal|yasfelgal|alew|malet|min|mn)\b)|endet|indet|yetignaw|"
    r"yetegnaw|yetignawn|yetnaw|yetu|yetun|meche|lemin|lemn|lemindin|sint|snt|yichalal|"
    r"yechalal|echilalehu|tichilaleh|alebign|alebgn|yasfeligal|yasfelgal|yibekal|"
    # Somali in Latin letters: "sidee" (how), "maxay", "maxaa", "maxaan", "maxaad" (what,
    # what do I, what do you), "xaggee", "halkee" (where), "goorma" (when), "immisa" (how
    # many; "meeqa" is Afaan Oromoo's too, above), "keebaa", "kuwee", "midkee" (which, which
    # one), "miyaa", "miyuu" (the yes-no question word), "sababtee", "maxay u"
    # (why), "intee" before how long or how much it takes; "kee" only after a word's ending
    # ("course-kee": Afaan Oromoo "kee" is "your"), and "ma" only before a Somali verb or
    # "baa" within a few words ("ma u baahanahay…", "ma apply gareyn karaa…", "kaggle ma
    # muhiim baa": "ma" alone is Polish, Italian, Estonian and Hinglish too)
    r"sidee|sideen|sidey|sideed|sideese|maxay|maxaa|maxaan|maxaad|maxuu|maxaynu|maxaanu|"
    r"xaggee|xagee|halkee|halkeen|goorma|goormaan|goormay|goormaad|immisa|imisa|"
    r"keebaa|keebay|kuwee|kuweebaa|midkee|midkeebaa|sababtee|miyaa|miyay|miyuu|miyaan|"
    r"miyaad|miyey|intee\s+(?:\w+\s+){0,2}?(?:qaataa|qaadataa|qaadanayaa|ku\s+kacayaa|"
    r"kacayaa|jiraa|le['’]?eg|leeg|bixiyaa|bixinayaa)|"
    r"[a-z]+-(?:kee|tee|gee)|ma(?=\s+(?:[\w'’-]+\s+){0,3}?baa\b)|ma(?=\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:karaa|kartaa|karnaa|karaan|jiraa|jirtaa|jiraan|yahay|tahay|yihiin|ahay|"
    r"baahanahay|baahantahay|baahnahay|baahan|gareeyaa|gareysaa|gareeyaan|gareyn|"
    r"caawinayaa|caawisaa|caawiyaa|muhiim|fiicnaan|fiicantahay|helayaa|heli|qaataa|"
    r"u\s+baahan|ku\s+filan|dhacaysaa|shaqeeyaa|shaqaynayaa|tirsan|tirsanayaa)\b)|"
    # English: "whos the guy that wrote this", "tldr of all this" (not "tldr: I got rejected")
    r"whos|who's|tldr(?=\s+(?:of|pls|please|plz)\b|\W*$)"
)
# Lao, which doesn't space its words, anywhere in a run: "ແນວໃດ" (how), "ຫຍັງ" (what),
# "ໃສ" (where; not "ໃສ່", put), "ໃດ" (which), "ໃຜ" (who), "ຈັກ" (how many; not "ຮູ້ຈັກ"
# know, "ເຄື່ອງຈັກ" machine), "ເທົ່າໃດ" (how much), and the yes-no "ບໍ່" closing a clause
# (before a space, a polite particle or the end; not the "ບໍ່" of "ບໍ່ມີ", has not, nor
# "ບໍລິສັດ", company)
_LAO_ASKING = (
    r"ແນວໃດ|ຫຍັງ|ໃສ(?!່)|ໃດ|ໃຜ|(?<!ຮູ້)(?<!ເຄື່ອງ)ຈັກ|"
    r"ບໍ່?(?=ເຈົ້າ|ເດີ້|ນໍ|ເນາະ|[^\u0e80-\u0eff]|$)|"
    # "ຈຳເປັນບໍ່…", "ໄດ້ບໍ່…", "ນັບບໍ່…" (is it necessary, can I, does it count) inside a run
    r"(?:ຈໍາເປັນ|ໄດ້|ແມ່ນ|ແທ້|ພໍ|ສໍາຄັນ|ຊ່ວຍ|ນັບ)ບໍ່"
)
# Burmese and Khmer, unspaced too: Burmese "ဘာ" (what; not "ဘာသာ", subject), "ဘယ်" (which,
# how, where), "လား" and "လဲ" closing a question (not "လဲလှယ်", exchange); Khmer "អ្វី", "អី"
# (what; not "អីចឹង", so), "ម៉េច" (how), "ហេតុអ្វី" (why), "ប៉ុន្មាន" (how much), "តើ" opening
# a question, "…ណា" (which, where, when, who) and a yes-no "ទេ" after a modal
_MY_KM_ASKING = (
    r"ဘာ(?!သာ)|ဘယ်|လား|လဲ(?!လှယ်)|"
    r"អ្វី|អី(?!ចឹង|ចេះ)|ម៉េច|ប៉ុន្មាន|ប៉ុណ្ណា|តើ|(?:មួយ|កន្លែង|នៅ|ពេល|អ្នក|នរ|របៀប|ឯ)ណា|ណាមួយ|"
    r"(?:បាន|ត្រូវ|ត្រូវការ|គួរ|ចាំបាច់|មាន|ល្អ|ពិត|មែន|ដែរ|ឬ)ទេ"
)
_ASKS = phrase_pattern(
    rf"(?:{_LAO_ASKING})|(?:{_MY_KM_ASKING})|\b(?:{_ASKING_WORDS})\b|^\W*(?:(?:and|n|but|also|so|btw|ok|okay|plus|aur|tsaka|then|wait|"
    r"hey|yo|bro|ngl|hmm|um|just|pls|please|sir|bhai|[eé]s)[\s,]+)*"
    r"(?:do|does|did|is|are|am|can|could|would|will|have|has|must|need|tell\s+me|explain|gimme|"
    # Trinidadian asks without "do": "ah need a PhD?", "yuh think…", "dey does ask…?"
    r"ah\s+(?:need|could|should|must|have\s+tuh|does\s+need)|yuh\s+(?:could|think|know|need)|"
    r"(?:dey|dem)\s+(?:does|could|would)|"
    # "was it written recently?" (not "was rejected last year": "was" alone tells)
    r"(?:was|were)\s+(?=(?:it|this|that|there|they|you|u|he|she)\b)|"
    # Hungarian "need", "can (one)", "is it worth", "does it count", "can you"
    r"kell|lehet|[eé]rdemes|tudsz|tudn[aá]l|hogy|"
    # Kurmanji Kurdish "(ma) divê/divet" (should), "(ma) dikarim" (can I), "(ma) pêwîst" (needed)
    r"(?:ma\s+)?(?:div[eê]t|divê|dikar(?:im|[iî]|in|it)|p[eê]w[iî]st)|"
    # a question asked in the negative: "isn't 2020 kind of old", "doesn't that need a PhD?"
    # (not "Isn't it funny, I got rejected…": a year, or a question mark to come)
    r"(?:isn't|isnt|aren't|arent|doesn't|doesnt|wouldn't|wouldnt|shouldn't|shouldnt)\s+(?:"
    r"(?=\d)|(?=(?:it|that|this|there|he|she|they|we|you|u|i|the|a|an|my|your|his|their|its)"
    r"\b[^.!,;]*\?))|"
    # a recap asked for without a verb: "quick recap of the whole advice please" (not "short
    # version: I got rejected", "a short summary at the top of my resume")
    r"(?:quick|short|brief)\s+(?:recap|summary|version|overview|rundown)(?=\s*(?:$|[?!.,]|"
    r"of\s+(?:the\s+)?(?:all|everything|whole|this|it|advice|guide)|pls|please|plz))|"
    r"suggest|recommend|summari[sz]e|describe|compare|give\s+me|share|list|pwede|kailangan|dapat|may(?!\s+(?:\w+\s+)?ngamin\b)|meron|shey|abi|fit|"
    r"necesito|puedo|debo|hay)\b|"
    # Kurmanji Kurdish "how", "which", "why", "when", "how much", "what is" anywhere
    r"\b(?:[cç]h?awa|k[iî]jan|[cç]ima|keng[iî]|[cç]iqas|[cç]h?i\s+ye)\b|"
    r"(?<!\byes\s)\bor\s+no\W*$|"
    r"\b(?:ya\s+nahi|ya\s+nhi|or\s+not|o\s+hindi|o\s+no|abi\s+no|chahiye|chaiye|zaroori\s+h\w*|"
    r"sakta\s+h\w*|sakti\s+h\w*|skta\s+h\w*|hoga|hogi|padega|padegi|chalega|milega|milegi|"
    r"batao|bataiye|kro|karo|dikhao|h\s+ya|hai\s+ya|seekhu|sikhu|karu|karun|laau|lau|banau|"
    r"padhu|hobe|korbo|parbo|lagbe|lazem|momken|shiku|gheu|ghyu|vachu|lihu|taku|vicharu|"
    r"sudharu|pahije|lagibo|koribo|korim|koriba|paru|pam|kua|kuwa)\b|"
    # Bhojpuri "ka" closing a yes-no question after its copula or a verb ("jaruri ba ka",
    # "apply kar sakila ka", "sikhe ke padi ka"), "kaisan" (how), "ketna" (how much),
    # "kahiya" (when), "ka kari", "ka daali" (what should I do, put), "ka hola" (what
    # happens), "ki naa" (or not), "kaun … ba/hola" (which is), a question word before
    # "kari", "daali", "padhi" (what/where should I do, put, read), "likh di ka" (shall I
    # write)
    r"\b(?:(?:ba|baa|hola|sakila|sakela|padi|chahi|chali|mili|dihi|lihi|likhi|di)\s+ka|"
    r"kaisan|ketna|kahiya|ka\s+(?:kari|hola|daali|padhi|sikhi|rakhi)|ki\s+naa|"
    r"kaun\s+(?:\w+\s+){0,2}?(?:ba|baa|bate|hola)|"
    r"(?:kaun|kaha|kaise|kaisan|kab|kahiya)\s+(?:\w+\s+){0,4}?(?:kari|daali|padhi|rakhi|"
    r"sikhi|likhi|kini|laai))\b|"
    # Konkani in Latin letters: "kitem" (what), "kosso", "kossem" (how), "kiteak" (why),
    # "kitlo", "kitlem", "kitle" (how much, how many), "konnto", "konche", "konchyo"
    # (which), "kosle" (what kind), "khoim" (where), "kednam" (when), "konn" (who) before
    # its verb, and "kai" closing a yes-no question after a verb or "bore", "borem" (good):
    # "zai kai?", "mellta kai", "bore asa kai"
    r"\b(?:kitem|kitém|kiteak|kitea|kityak|kosso|kossem|kossi|kitlo|kitli|kitlem|kitle|kitleo|"
    r"konnto|konnti|konntem|konnte|konnteo|konche|konchi|konchem|konchyo|koncho|konchea|kosle|"
    r"koslo|kosli|koslem|koslea|khoim|khuim|kednam|"
    r"konn\s+(?:polleta|polletat|dita|ditat|vichar\w*|kor\w*|sangta)|"
    r"(?:zai|zata|zatat|mellta|melltat|chalta|chaltolo|asa|assa|asat|asta|astat|bore|borem|"
    r"yeta|yetat|dita|ditat|korum|ghalum|ghalu|ghevum|shikum|vachum|polleta|polletat|sodtat|"
    r"vichartat|count|matter|help)\s+kai(?=\s*(?:[?.!,]|$)|\s+(?:vo|ki|fakt|fukot|fokot)\b)|"
    # …and a first person's "shall I" ("-um": "pytorch shikum vo tensorflow?", "konche blogs
    # vachum?") closing a clause or before "vo" (or)
    r"(?:korum|shikum|vachum|ghalum|ghevum|dhaddum|vicharum|sangum)"
    r"(?=\s*(?:[?.!,]|\s[-–—]\s|$)|\s+(?:vo|kai)\b))\b|"
    # Maithili in Latin letters: "katek", "kataek" (how much), "kehen" (how, what kind),
    # "kakhan" (when), "kiyaak" (why), "kata sa" (from where), "ki" closing a yes-no question
    # after its copula or a verb ("jaruri achhi ki?", "thik rahat ki nai"), "ki karu", "ki
    # hoit" (what do I do, what happens), "kon", "kona", "kata" (which, how, where) before the
    # verb it asks about ("kon level tak karu", "kona bhetat", "kata train karu")
    r"\b(?:katek|kataek|kateka|kehen|kehan|kakhan|kiyaak|kiaak|kata\s+sa|"
    r"(?:achhi|chhai|chhi|chhathi|jaruri|rahat|hoyat|hoit|bhetat|chalat|puchhat|padat|karab|"
    r"sakai\s+chhi|maangu|likhu|karu|rakhu|daalu)\s+ki(?:\s+nai)?(?=\s*(?:[?.!,]|$))|"
    r"ki\s+(?:karu|kari|hoit|puchhait|puchhai|suggest)|"
    r"(?:kon|kona|kena|kata)\s+(?:\w+\s+){0,4}?(?:karu|kari|karai|rahat|hoit|hoyat|bhetat|bhetai|"
    r"sikhu|padhi|daalu|rakhu|likhu|maangu|chahi))\b|"
    # Fiji Hindi "(hai) ki nai" (or not), "kar sakta" (can I) without Hinglish's "hai/hu",
    # "sake ka" (could I?)
    r"\b(?:ki\s+nai|kar\s+sakta(?!\s+h)|sake\s+ka)\b|"
    # Haryanvi in Latin letters: "kyukar" (how), "kit", "kade" (where) before the verb they ask
    # with ("kit karu", "kade te karu"), "ke" (what) before a verb ("ke hove se", "ke daalu"),
    # and its yes-no "ke" closing a question after a verb or its copula ("zaruri se ke", "kar
    # sakun ke", "likhu ke"), or before "ya", "aur" going on to the next (not Malay "ke?",
    # which closes a question after any word, nor Hinglish "ke" before a noun)
    r"\b(?:kyukar|kyukkar|kiukar|"
    r"(?:kit|kade)\s+(?:te\s+)?(?:karu|karun|hove|jaun|jaave|daalu|padhu|seekhu|train|shuru|lu|du)|"
    r"ke\s+(?:ke|hove|karu|daalu|puchhe|fayda|scene\s+se|hota|karna)|"
    r"(?:se|sai|sain|sake|sakun|jaga|jaaga|jaange|jaave|hove|aave|chahiye|padegi|padega|padti|"
    r"hoga|milegi|milega|chalega|karu|lu|du|likhu|daalu|rahega|chahve)\s+ke"
    r"(?=\s*(?:[?.!,]|$)|\s+(?:ya|aur|also|bhai)\b)|(?:hai|hain)\s+ke(?=\s*(?:\?|$)))\b|"
    # A Vietnamese yes-no question ends with its "không" ("…co nhan sv o VN ko a"); a bare
    # "ko" ends Cebuano, Nepali and Luganda sentences too
    rf"\b(?:ko\s+(?:{_VI_PARTICLE})|(?:khong|không|chưa|chua|hok)(?:\s+(?:{_VI_PARTICLE}))?)\W*$",
    re.IGNORECASE,
)
# A question inside a sentence, after a colon or a comma or a few words of telling: "two
# quick ones, if I may: do I need a PhD", "i am IE student not CS can i still apply".
_ASKS_LATER = re.compile(
    rf"(?:[:;,]\s*|(?:\b\w+\W+){{3,}})(?:{_INVERTED})|"
    # "Two questions: is PyTorch better…" (not "Note: will be graduating in May"), "career
    # fairs, do big companies come to SA unis" (not "I am from Brazil, is hard to find…", "I
    # did my bachelors in Egypt, is a small college")
    rf"\b(?:questions?|qs|ones|things)\s*(?:then\s*)?:\s*(?:{_AUXILIARY}|{_WH})\s+\w+|"
    r",\s*(?:do|does|can|should)\s+(?:the|a|an|big|most|some|any|all|companies|recruiters|"
    r"interviewers|startups|employers|i|we)\b|"
    # a condition, then the question's own word order: "if yes do they help with the visa",
    # "if I apply at a fair instead is the process different", "if they take me does the
    # company pay" (not "if it is a startup", "if the company is big": the condition's verb)
    r"\bif\b[^?.!;]*?(?:,\s*|\b(?:instead|yes|no|so|then|me|him|her|them|us|too|also|anyway|"
    r"here|online|abroad|remotely|later|now)\s+)(?:do|does|did|is|are|can|could|will|would|"
    r"should)\s+(?:the|a|an|they|you|u|i|we|he|she|my|your|their|his|her|it|there|this|that)\b|"
    # a summary asked for: "pls give the overall summary", "gimme a quick recap of it all"
    r"\b(?:give|gimme|send|share)\b(?:\s+\w+){0,4}?\s+(?:summary|recap|overview|rundown|"
    r"tl;?dr)\b|\btl;dr\b(?=\s+(?:of|pls|please|plz)\b)",
    re.IGNORECASE,
)


def split_questions(text: str, joiners: tuple[str, ...] = ()) -> list[str]:
    """The questions a message asks, each with the telling that came before it; the whole
    message alone when it asks one thing. `joiners`: the joining words of the variety the
    message is written in, beyond those here (unmarked Vietnamese "va" is Spanish "va")."""
    parts: list[str] = _listed(text)
    if len(parts) > MAX_PARTS:
        parts = [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1 :])]
    if parts:
        return parts
    telling = ""
    joiners = tuple(sorted(joiners))
    pieces = _pieces(text, joiners)
    for piece, following in zip(pieces, [*pieces[1:], ""], strict=False):
        added = parts and (_adds_a_question(piece) or _goes_on_indirectly(parts[-1], piece))
        choice = _a_choice_before(piece, following)
        # A question written as a statement is one of several only when a question goes on
        # from it in the same sentence ("I'd like to know whether …, and how …"); not "…?
        # I want to know if I can trust it", which says why the question before was asked.
        stated_alone = _only_stated(piece) and (
            piece.rstrip().endswith((".", "?", "!")) or not _goes_on_as_a_question(following)
        )
        if (
            (asks(piece) and not stated_alone)
            or _tail_asks(piece)
            or (parts == [] and bool(following) and _last_clause_asks(piece))
            or added
            or choice
            or _goes_on_indirectly(piece, following)
        ):
            parts.append(f"{telling} {piece}".strip())
            telling = ""
        else:
            telling = f"{telling} {piece}".strip()
    if telling and parts:
        parts[-1] = f"{parts[-1]} {telling}"
    parts = _merge_fragments(parts, joiners)
    if len(parts) < 2:
        return [text]
    if len(parts) > MAX_PARTS:
        parts = [*parts[: MAX_PARTS - 1], " ".join(parts[MAX_PARTS - 1 :])]
    return parts


# Where a message in a language nothing here reads is cut, since its question words are
# unknown: at a spaced dash, at "also" (which students mix into any language), at a
# semicolon, and between two questions that each end with a question mark.
_MARKED_CUT = re.compile(r"\s[-–—]\s|[\s,]+also[\s,]+|\s*;\s+", re.IGNORECASE)
_AFTER_A_QUESTION = re.compile(r"(?<=\?)\s+(?=[^?]*\?)")


def split_at_marks(text: str) -> list[str]:
    """ "github projects haakbeka - kaggle kooda madbeka", "C++ obavezan? koji framework?":
    the pieces between marks that cut questions in any language. Not "NVIDIA internship?
    amerikaga borish qiyin": a remark after a question is no question of its own."""
    listed = _listed(text)
    if listed:
        return listed
    pieces = [
        piece.strip(" ,")
        for cut in _AFTER_A_QUESTION.split(text)
        for piece in _MARKED_CUT.split(cut)
    ]
    return [piece for piece in pieces if words(piece)] or [text]


# Where a clause ends and another is added, in English written without its question words:
# "…, also, …", "… - also …", "… - and …". Not "also" inside a clause ("is C++ also
# needed"), nor "and also" (which "do I need a PhD and also papers?" asks one thing with),
# nor a semicolon or a plus, which join telling ("heavy on math; I've only had…", "maths +
# MOOCs") as often as questions.
_CLAUSE_CUT = re.compile(
    r"\s*(?:[,.:!?]+|\s[-–—])\s*also\b,?\s*|\s[-–—]\s+(?=and\b)", re.IGNORECASE
)


def split_at_clause_marks(text: str) -> list[str]:
    """The clauses of a message cut where one ends and another is added (_CLAUSE_CUT)."""
    pieces = [piece.strip(" ,") for piece in _CLAUSE_CUT.split(text)]
    return [piece for piece in pieces if words(piece)] or [text]


# Chinese asks with question words and closing particles ("怎么准备", "需要博士吗"), and
# writes no space after a question mark ("…准备?还有…"). Kana makes a message Japanese,
# which is read as it was: Japanese writes these characters in words of its own.
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_ZH_ASKS = re.compile(
    r"怎么|怎麼|怎样|怎樣|什么|什麼|为啥|為啥|如何|哪|多少|多久|多长|多長|[几幾][个個轮輪次年月天周週]|是否|能不能|"
    r"可不可以|要不要|有没有|有沒有|是不是|会不会|會不會|需不需要|[吗嗎](?=\W|$)|呢(?=[?？]|\s*$)|"
    # Taiwan's spellings and asking words ("甚麼", "為何", "幹嘛", "能否"), and any A-not-A
    # question ("值不值得", "算不算", "夠不夠")
    r"甚麼|为何|為何|幹嘛|干嘛|能否|谁|誰|([\u3400-\u9fff])[不没沒]\1"
)


def _asked_in(letters: str, question_words: str, also: str = "") -> str:
    """A script's question words (space-separated) as a pattern that matches them whole.
    Vowel signs are no word letters to `\\b`, so a word is bounded by any letter or sign of
    its script instead; `also` adds a pattern of its own (a question ending, a word that
    asks only at the start)."""
    listed = "|".join(question_words.split())
    whole = rf"(?<![{letters}])(?:{listed})(?![{letters}])"
    return f"{whole}|{also}" if also else whole


_TA_LETTER = "\u0b80-\u0bff"
_ARABIC_LETTER = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
# Question words in scripts of their own, each listed as a native writer asks (a form that
# doesn't ask, "ఎందుకంటే", because, is left out: it begins with "ఎందుకు", why).
_SCRIPT_ASKS = re.compile(
    "|".join(
        (
            # Bengali, Assamese and Gujarati ("GitHub এ কী project রাখবো", "Kaggle માં શું કરવું"):
            # what, why, how, where, when, which, how much or many, who, or. Bengali য় is
            # typed as one letter or two.
            _asked_in(
                "\u0980-\u09ff\u0a80-\u0aff",
                "কী কি কিসের কেন কিভাবে কীভাবে কেমনে কেমন কোথা(?:\u09df|\u09af\u09bc) কখন কবে কোন"
                " কোনটা কোনটি কত কতটা কতটুকু কতগুলো ক(?:\u09df|\u09af\u09bc)টা"
                " ক(?:\u09df|\u09af\u09bc)টি কে কারা নাকি"
                # Assamese: how, what kind, why, how much, when, where, which, yes-or-no
                " কেনেকৈ কেনেকুৱা কি(?:\u09df|\u09af\u09bc) কিমান কেতি(?:\u09df|\u09af\u09bc)া ক'ত"
                " কোনটো কোনখন নেকি নে(?=\\s*\\?)"
                " શું શુ કેમ કેવી કેવું કેવો કઈ કઇ કયું કયો કયા ક્યાં ક્યારે કેટલા કેટલી કેટલું કેટલો કોણ",
            ),
            # Punjabi in Gurmukhi ("GitHub ਤੇ ਕਿਹੜੇ project ਪਾਵਾਂ"): "ਕੀ" (what, and a yes-or-no
            # question's opening) asks, "ਕੀਤਾ" (done) and "ਕਿਉਂਕਿ" (because) don't
            _asked_in(
                "\u0a00-\u0a7f",
                "ਕੀ ਕਿਉਂ ਕਿਓਂ ਕਿਊਂ ਕਿਉ ਕਿਵੇਂ ਕਿਵੇ ਕਿੱਦਾਂ ਕਿਦਾਂ ਕਿੱਥੇ ਕਿਥੇ ਕਿੱਥੋਂ ਕਿਥੋਂ ਕਦੋਂ ਕਦੋ"
                " ਕਿੰਨਾ ਕਿੰਨੀ ਕਿੰਨੇ ਕਿੰਨੀਆਂ ਕਿਹੜਾ ਕਿਹੜੀ ਕਿਹੜੇ ਕਿਹੜੀਆਂ ਕੌਣ",
            ),
            # Telugu, Kannada, Malayalam ("GitHub లో ఏం project పెట్టాలి", "resume ಗೆ ಏನು
            # ಬರೆಯಬೇಕು", "Kaggle എങ്ങനെ തുടങ്ങും")
            _asked_in(
                "\u0c00-\u0d7f",
                "ఏమి ఏమిటి ఏంటి ఏం ఎందుకు ఎలా ఎలాంటి ఎక్కడ ఎప్పుడు ఏది ఏ ఎంత ఎన్ని ఎవరు"
                " ಏನು ಏನ್ ಯಾಕೆ ಏಕೆ ಹೇಗೆ ಎಲ್ಲಿ ಯಾವಾಗ ಯಾವ ಯಾವುದು ಎಷ್ಟು ಯಾರು"
                " എന്ത് എന്താ എന്താണ് എന്തിന് എന്തുകൊണ്ട് എങ്ങനെ എങ്ങിനെ എവിടെ എപ്പോൾ എപ്പോ ഏത്"
                " ഏതാണ് ഏതു എത്ര ആര്",
            ),
            # Tamil ("Kaggle ல என்ன செய்யலாம்"), and a yes-or-no question's "-ஆ" after "-உம்"
            # or "-லாம்" ("போதுமா", "apply பண்ணலாமா": enough?, may I?), not "சும்மா" (just)
            _asked_in(
                _TA_LETTER,
                "என்ன என்னென்ன எப்படி எப்பிடி எப்டி ஏன் எதுக்கு எதற்கு எங்கே எங்க எங்கு எப்போ"
                " எப்போது எப்ப எப்பொழுது எவ்வளவு எவ்ளோ எத்தனை எது எந்த யார் யாரு",
                also=rf"[{_TA_LETTER}]+[\u0bc1\u0bbe]மா(?![{_TA_LETTER}])",
            ),
            # Arabic, Persian and Urdu: what, how, why, when, where, how many, which, who, and
            # the yes-or-no "هل", "آیا". Not "ما" (also "not"), "أي" (also "any": "ما عندي أي
            # خبرة") nor Persian "چند" (also "a few": "چند تا پروژه دارم"), and Urdu "کیا" only
            # opening a clause: after a verb it is "did" ("میں نے کام کیا").
            _asked_in(
                _ARABIC_LETTER,
                "ماذا كيف لماذا ليش ليه متى أين وين فين هل كم شو ايش إيش منو مين شنو"
                " شلون كيفاش علاش"
                " چه چی چرا چطور چطوری چگونه کجا کدام کدوم آیا"
                " کیوں کیسے کیسا کیسی کہاں کب کون کتنا کتنی کتنے کونسا کونسی",
                also=rf"(?:^|[.!؟?\n،,]\s*)کیا(?![{_ARABIC_LETTER}])",
            ),
            # Sorani Kurdish: how, why, when, where, which, who, what is, and the yes-or-no
            # "ئایا"; "کام" (which) only in a message with Sorani's own letters (ە ێ ۆ ڕ ڵ):
            # Urdu "کام" is "work". Not "چەند" (also "a few", as Persian's "چند"), nor "چین"
            # (what are; Persian "China"), nor "which" after "I don't know" ("نازانم کامیان
            # هەڵبژێرم", I don't know which to choose), which tells
            _asked_in(
                _ARABIC_LETTER,
                "چۆن چۆنە بۆچی کەی کوێ لەکوێ کێ کێن ئایا چییە چیە"
                " (?<!نازانم\\s)(?<!نازانین\\s)(?:کامە|کامیان|کامەیان)",
                also=rf"(?<![{_ARABIC_LETTER}])(?<!نازانم\s)کام(?![{_ARABIC_LETTER}])(?=.*[ەێۆڕڵ])",
            ),
        )
    )
)


_ZH_SENTENCE_END = re.compile(r"(?<=[?!。！？])(?=[\u3400-\u9fff])")
# Chat Chinese, Taiwan's above all, ends a question with a particle and a space or comma
# instead of a question mark ("Kaggle 有用嗎 還有 GitHub 要放什麼"), or opens the next one
# with "還有", "然後", "另外" (also, then) after a space: cut there when both sides ask.
_ZH_CLAUSE_END = re.compile(
    r"(?<=[吗嗎呢啊啦])[\s,，]+(?=\S)|"
    r"[\s,，]+(?=(?:还有|還有|然后|然後|另外|而且|and\s+also\b|also\b))"
)


def _chinese(text: str) -> bool:
    return bool(_HAN.search(text)) and not _KANA.search(text)


def asks_in_chinese(text: str) -> bool:
    """Chinese that asks without a question mark: a question word or a closing particle
    ("延畢的話學費會不會很貴", would the fees be high?)."""
    return _chinese(text) and bool(_ZH_ASKS.search(text))


def asks(piece: str, marked: bool = True, stated: bool = True) -> bool:
    """A question mark (when `marked`), or words that ask (a question written as a
    statement too, when `stated`)."""
    return (
        (marked and ("?" in piece or "¿" in piece))
        or (_chinese(piece) and bool(_ZH_ASKS.search(piece)))
        or bool(_SCRIPT_ASKS.search(piece))
        or bool(_ASKS.search(piece))
        or bool(_ASKS_LATER.search(piece))
        or bool(_TAG_QUESTION.search(piece))
        or (stated and bool(_STATES_A_QUESTION.search(piece)))
    )


def _only_stated(piece: str) -> bool:
    """Asks only as a statement: "I'd like to know whether …"."""
    return bool(_STATES_A_QUESTION.search(piece)) and not asks(piece, stated=False)


def _goes_on_as_a_question(following: str) -> bool:
    return bool(_OPENS_AFTER_FILLER.match(following) or _GOES_ON_INDIRECTLY.match(following))


# A question written as a statement: "I want to know how the phone screen works", "I'd like
# to ask whether…", "I wonder which…"; not "I'm not sure what to do", which tells.
_ASKS_AS_A_STATEMENT = (
    r"\b(?:(?:want|wanted|wanna|like|love|need|wish|glad|pleased)\s+(?:to\s+)?(?:know|ask|"
    r"understand|find\s+out|learn)(?:\s+(?:from\s+)?you)?|wonder(?:ing|ed)?|"
    r"(?:please|kindly|could\s+you|can\s+you|would\s+you)\s+(?:tell|advise|explain\s+to)\s+me)"
    r"(?:\s+(?:about\s+)?(?:two|three|a\s+few|some)\s+things)?\s*:?\s+"
    r"(?:if|whether|how|what|which|where|when|why|who)\b"
)
_STATES_A_QUESTION = re.compile(_ASKS_AS_A_STATEMENT, re.IGNORECASE)
# Two questions asked indirectly, one after the other: "I was wondering if I can apply from
# Canada and also if the interviewer will try to trap me". One alone stays as it was read.
_WONDERS = re.compile(
    r"\b(?:wonder(?:ing|ed)?|(?:want|wanted|like|need)\s+to\s+know|curious|not\s+sure|"
    r"ask(?:ing)?\s+you)\s+(?:if|whether)\b|"
    # a question written as a statement, in a letter's words too: "I'd like to ask whether…",
    # "I should be glad to know which…", "I want to know two things: how…"
    rf"{_ASKS_AS_A_STATEMENT}|"
    # Spanish "I wanted (would like) to know whether", "I wonder whether", "I don't know
    # whether"
    r"\b(?:quer[ií]a|quiero|quisiera|queremos)\s+saber\s+si\b|\bme\s+pregunto\s+si\b|"
    r"\bno\s+s[eé]\s+si\b",
    re.IGNORECASE,
)
_GOES_ON_INDIRECTLY = re.compile(
    r"^\W*(?:if|whether)\b(?!\s+(?:so|not|yes|no|yes\s+or\s+no)\b|\s+(?:i|it|you|they|we)\s+"
    r"(?:do|does|can|am|is|are|don't|dont|can't|cant|could|did)\b)|"
    # Spanish "(also, besides) whether": "… y además si necesito estar allá"; not "si no",
    # "si sí"
    r"^\W*(?:y\s+)?(?:(?:también|tambien|además|ademas|aparte)\s+)?si\b(?!\s+(?:no|s[ií])\b)",
    re.IGNORECASE,
)
# Spanish "and also / and besides whether …" after a question asked outright: "¿qué piden
# en la entrevista y también si conviene una GPU?" asks twice; "y si …" alone is "what if".
_ALSO_WHETHER = re.compile(
    r"^\W*y\s+(?:también|tambien|además|ademas|aparte)\s+si\b(?!\s+(?:no|s[ií])\b)",
    re.IGNORECASE,
)


def _goes_on_indirectly(before: str, piece: str, joined: str = "") -> bool:
    """ "… and also if the interviewer will trap me" after "I was wondering if …"; not a
    condition that asks by itself ("If I only know python, which internships can I get?").
    `joined` is the piece with its joining word: Spanish "y también si …" goes on after a
    question asked outright too."""
    if asks(piece):
        return False
    joined = joined or piece
    if _WONDERS.search(before) and _GOES_ON_INDIRECTLY.match(piece):
        return True
    return bool(_ALSO_WHETHER.match(joined) and _a_question(before))


# A tag question closing a piece after a comma: "…no es top, is that a problem 😭"; not "my
# interview was this week".
_TAG_QUESTION = re.compile(r",\s*(?:is|was)\s+(?:that|this)\s+(?:\w+\s+)?\w+\W*$", re.IGNORECASE)


def _listed(text: str) -> list[str]:
    """The items of a numbered or dashed list ("1) … 2) …", one "- …" per line), with any
    telling before the first item kept with it; [] when the message isn't a list."""
    items = _line_items(text)
    # a bare "1 …" opens a list only of bare numbers: "3 quick things:⏎1) …" is a lead-in
    bare = bool(items) and not any(_LIST_ITEM.match(line) for line in text.splitlines())
    opens_with_item = bool(_LIST_ITEM.match(text) or (bare and _BARE_NUMBER.match(text)))
    if items is None:
        items = [item.strip(" ,") for item in _INLINE_NUMBER.split(text)]
        opens_with_item = bool(_INLINE_NUMBER.match(text))
        if len(items) < 3 and not opens_with_item:
            # one number in a sentence ("I did 1) a course") is not a list; items told in
            # words each ask, with what came before the first kept with it
            return _ordinal_items(text) or _bare_numbered(text)
    items = [item for item in items if item and words(item)]
    # What comes before the first marker is telling unless it asks ("I'm a 3rd year. 1) …",
    # "ok so 1- …"); so is a first item about the student ("1) I'm a 3rd year 2) what…"). A
    # first item that names a choice ("1) pytorch or tensorflow 2) …") is a question.
    first_asks = bool(items) and asks(items[0])
    told = bool(items) and not first_asks and (not opens_with_item or _TELLS.match(items[0]))
    # A short first piece before any marker is a lead-in ("ok so 1- …"); after a marker it
    # is an item, asked tersely or not ("1) C++ обязателен?", "1) leetcode enough 2) …").
    lead_in = bool(items) and len(words(items[0])) < MIN_SIDE_WORDS and not opens_with_item
    if len(items) >= 2 and (lead_in or told):
        items = [f"{items[0]} {items[1]}", *items[2:]]  # "I'm a 3rd year. 1) …", "ok so 1- …"
    chosen_among = len(items) >= 2 and bool(_CHOOSES_AMONG.search(items[-1]))
    if len(items) >= 2 and (
        (chosen_among and not any(asks(item) for item in items[:-1])) or _asked_of_all(items)
    ):
        # "1) Colab 2) own GPU 3) AWS. Which one for a beginner?": the options; not "1. how
        # long should my CV be? 2. which is better, pytorch or tensorflow?", two questions
        return []
    return items if len(items) >= 2 and all(content_words(i) for i in items) else []


_CHOOSES_AMONG = re.compile(
    r"\bwhich\s+(?:one|of\s+(?:these|them|those|the\s+(?:three|two|options))|is\s+(?:best|better))\b",
    re.IGNORECASE,
)


def _asked_of_all(items: list[str]) -> bool:
    """Terse items, the last followed by the question asked of them all, in any language:
    "1- PyTorch 2- TensorFlow, laquelle choisir ?", "1) CV 2) cover letter, nifanyeje
    vizuri?", "1) Python 2) SQL 3) statistics. Nianze na ipi?"."""
    if any(len(words(i)) >= MIN_SIDE_WORDS or asks(i) for i in items[:-1]):
        return False
    last = re.split(r"[,.:;]\s+", items[-1], maxsplit=1)
    return (
        len(last) == 2
        and len(words(last[0])) < MIN_SIDE_WORDS
        and not asks(last[0])
        and "?" in last[1]
    )


_TELLS = re.compile(r"^\W*(?:i|i'm|im|i've|ive|my|we|we're|our)\b", re.IGNORECASE)


def _ordinal_items(text: str) -> list[str]:
    """ "…three things. First, who wrote it. Second, …": the items, each asking, with what
    came before the first kept with it; [] unless "first" and "second" come in order."""
    cuts: list[re.Match[str]] = []
    for marker in _ORDINALS:
        found = marker.search(text, cuts[-1].end() if cuts else 0)
        if found is None:
            break
        cuts.append(found)
    if len(cuts) < 2:
        return []
    ends = [*(cut.start() for cut in cuts[1:]), len(text)]
    items = [
        _TRAILING_AND.sub("", text[cut.end() : end]).strip(" ,.")
        for cut, end in zip(cuts, ends, strict=True)
    ]
    if not all(
        (asks(item) or _WHETHER.search(item)) and len(words(item)) >= MIN_SIDE_WORDS
        for item in items
    ):
        return []
    items[0] = f"{text[: cuts[0].start()].strip(' ,.')} {items[0]}".strip()
    return items


# "an kod penjo 1 nyaka abed phd … 2 ere kaka aapply …", "1 certificates … konyo⏎2 blogs mage
# …": questions numbered with bare digits, no dot or bracket, as texted with no punctuation
_ANNOUNCES_QUESTIONS = re.compile(
    r"(?:\b(?:penjo|penj|questions?|qs|maswali|mawili|matatu)|:)\s*$", re.IGNORECASE
)
_BARE_NUMBER = re.compile(rf"(?:^|(?<=\s))([{_ONE_TO_THREE}])\s+(?=[^\W\d_]{{2,}})")


def _bare_numbered(text: str) -> list[str]:
    """The items after bare "1 … 2 … (3 …)" in order, questions of their own (with what came
    before the first kept with it); [] otherwise ("is 1 gpu enough or do i need 2")."""
    found = list(_BARE_NUMBER.finditer(text))
    if not 2 <= len(found) <= MAX_PARTS or [int(m[1]) for m in found] != [1, 2, 3][: len(found)]:
        return []
    # each opens a line, or the first follows what announces questions ("an kod penjo 1 …",
    # "questions: 1 …"): not "i did 1 course and 2 projects", "1 year of python 2 kaggle…"
    lines = all(m.start() == 0 or text[m.start() - 1] == "\n" for m in found)
    if not lines and not _ANNOUNCES_QUESTIONS.search(text[: found[0].start()]):
        return []
    ends = [*(m.start() for m in found[1:]), len(text)]
    items = [text[m.end() : end].strip(" ,.") for m, end in zip(found, ends, strict=True)]
    # each a clause of its own, and all but one of them asking ("1 nyaka abed phd mondo ayud
    # ml internship 2 ere kaka …": must I be a PhD…, how do I…)
    if not all(_side_words(item) >= MIN_SIDE_WORDS and content_words(item) for item in items):
        return []
    if sum(not _a_question(item) for item in items) > 1:
        return []
    items[0] = f"{text[: found[0].start()].strip(' ,.')} {items[0]}".strip()
    return items


_WHETHER = re.compile(r"\bwhether\b", re.IGNORECASE)
_TRAILING_AND = re.compile(r"[\s,]+and\s*$", re.IGNORECASE)  # "…, and secondly, …"


def typed_as_list(text: str) -> bool:
    """Two lines or more of it are list items of questions."""
    return _line_items(text) is not None


def _line_items(text: str) -> list[str] | None:
    """The lines of a message with two list items or more, markers off; None otherwise.
    None too for a list of options or facts that one question asks about: most items ask
    nothing, and the line before or after the list asks ("which matters most:\n- kaggle\n-
    github", "- 2 projects\n- 8.5 cgpa\nshould I apply?"), or most are a word or two."""
    lines = [line for line in text.splitlines() if line.strip()]
    marked = [bool(_LIST_ITEM.match(line)) for line in lines]
    marker = _LIST_ITEM
    if not any(marked):  # "1 certificates … konyo⏎2 blogs mage …": bare digits 1, 2, 3 in order
        numbers = [int(found[1]) if (found := _BARE_NUMBER.match(line)) else 0 for line in lines]
        if [n for n in numbers if n] == [1, 2, 3][: len([n for n in numbers if n])]:
            marked, marker = [bool(n) for n in numbers], _BARE_NUMBER
    items = [
        marker.sub("", line, count=1).strip() for line, m in zip(lines, marked, strict=True) if m
    ]
    if len(items) < 2:
        return None
    asking = sum(asks(item) for item in items)
    bare = sum(len(words(item)) < MIN_SIDE_WORDS and not asks(item) for item in items)
    around = [line for line, m in zip(lines, marked, strict=True) if not m]
    if 2 * bare > len(items) or (2 * asking < len(items) and any(asks(a) for a in around)):
        return None
    # A letter's greeting and lead-in are one piece before the first item (which _listed
    # joins to it unless it asks), and a line after an item goes with it (a closing
    # formula, a line it wraps onto) unless it asks on its own.
    kept: list[str] = []
    first = marked.index(True)
    if first:
        kept.append(" ".join(line.strip() for line in lines[:first]))
    for line, m in zip(lines[first:], marked[first:], strict=True):
        if m or (_a_question(line) and not _LEAD_IN.search(line)):
            kept.append(marker.sub("", line, count=1).strip() if m else line.strip())
        else:
            kept[-1] = f"{kept[-1]} {line.strip()}"
    return kept


# "I would like to ask:", "two questions:": a line that opens what follows
_LEAD_IN = re.compile(r":\s*$")


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


_GREETING_FIRST = re.compile(r"^\W*(?:(?:hey|hi|hello|ok|okay|yo|bro)\b[\s,!]*)*", re.IGNORECASE)


def asking_lines(text: str) -> str:
    """The message on one line, but for a line break before a line that opens a question
    of its own after a line of a few words ("how long is the phone screen⏎which courses
    count"): there questions are cut as at a sentence's end. A line that wraps a sentence
    ("how do I get⏎an ML internship", "how many problems⏎should I solve") is joined back."""
    lines = [line.strip() for line in _LINE_BREAK.split(text.strip())]
    kept = lines[:1]
    for line in lines[1:]:
        opens = _OPENS_AFTER_FILLER.match(line) or _ADDING.match(line)
        if (
            kept
            and opens
            and _OPENS_A_QUESTION.match(_GREETING_FIRST.sub("", kept[-1]))
            and _HAS_A_VERB.search(kept[-1])
            and len(words(kept[-1])) >= MIN_SIDE_WORDS
            and _a_question(_ADDING.sub("", line))
        ):
            kept.append(line)
        elif kept:
            kept[-1] = f"{kept[-1]} {line}".strip()
    return "\n".join(kept)


def tells(text: str) -> bool:
    """Opens by telling about the student: "I'm a 3rd year", "my github has…"."""
    return bool(_TELLS.match(text))


@cache
def _joining_words(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """Where a sentence may be cut: the joining words here, and a variety's own."""
    if not joiners:
        return _JOINING_WORD
    return re.compile(rf"\s*\b(?:{_any_of(joiners)})\b\s*|{_JOINING_WORD.pattern}", re.IGNORECASE)


@cache
def _leading_joiner(joiners: tuple[str, ...]) -> re.Pattern[str]:
    """A variety's own joining word opening a part."""
    return re.compile(rf"^(?:{_any_of(joiners)})\b[\s,]*", re.IGNORECASE)


def _any_of(joiners: tuple[str, ...]) -> str:
    return "|".join(r"\s+".join(map(re.escape, joiner.split())) for joiner in joiners)


def _pieces(text: str, joiners: tuple[str, ...]) -> list[str]:
    items = _line_items(text)
    if items is not None:
        return [item for item in items if item]
    pieces = []
    sentences = re.split(r"(?<=[?!.])\s+|\n+", text)
    if _chinese(text):
        sentences = [cut for sentence in sentences for cut in _ZH_SENTENCE_END.split(sentence)]
        sentences = [cut for sentence in sentences for cut in _chinese_clauses(sentence)]
    for sentence in sentences:
        for numbered in _INLINE_NUMBER.split(sentence):
            pieces.extend(_at_joining_words(numbered.strip(" ,"), joiners))
    return [p for p in pieces if p and words(p)]


def _chinese_clauses(sentence: str) -> list[str]:
    """A Chinese sentence cut at each `_ZH_CLAUSE_END` whose two sides ask."""
    pieces, start = [], 0
    for cut in _ZH_CLAUSE_END.finditer(sentence):
        left, right = sentence[start : cut.start()], sentence[cut.end() :]
        if cut.start() > start and asks(left, marked=False) and asks(right, marked=False):
            pieces.append(left)
            start = cut.end()
    pieces.append(sentence[start:])
    return pieces


# Punjabi "te" is "and" between two questions, and "on" after a place: a name ("GitHub te",
# "LinkedIn te") or a site, page or stall one posts or applies on.
_PLACE_BEFORE_TE = re.compile(
    r"(?:\b\w*[A-Z]\w*|\b(?:website|site|portal|page|profile|booth|platform|app|group|"
    r"channel|forum|server|account|resume|cv|repo|form))\s*$"
)


def _at_joining_words(sentence: str, joiners: tuple[str, ...]) -> list[str]:
    """A sentence cut at each joining word whose two sides are questions with subjects."""
    joining = _joining_words(joiners)
    cuts = [m for m in _cuts(sentence, joining) if m.start() > 0]
    pieces, start = [], 0
    for cut in cuts:
        left, right = sentence[start : cut.start()], sentence[cut.end() :]
        # Not by the question mark: the one ending the sentence would make any tail ask.
        # The left side asks on its own, or after a dash or slash ("so career fairs - do companies
        # come to them - and …").
        dash_or_slash = cut.group(0).strip() in ("-", "–", "—", "/")
        asking = (
            _a_question(left)
            or _tail_asks(left)
            or _last_clause_asks(left)
            or bool(_WONDERS.search(left))
            or bool(_CHOICE.match(left) and _OPENS_AFTER_FILLER.match(right) and not dash_or_slash)
        )
        if cut.group(0).strip() == ",":
            # "how important is C++, which modules should I take": a list of questions; not
            # "I don't know what to do, what should I focus on?", nor a condition ("if i
            # apply cold, do i have any shot"), nor a noun phrase ("Which approaches, say
            # greedy or DP, should I know?")
            opener = left.rsplit(":", 1)[-1]
            asking = bool(
                _OPENS_AFTER_FILLER.match(opener) and _HAS_A_VERB.search(opener)
            ) and not _CONDITION.search(opener)
            asking = asking or bool(_ASKS_AT_CLAUSE_END.search(opener))
        following = _up_to_next_cut(right, joining)
        joined = cut.group(0) + following
        if asking and not asks(left, marked=False, stated=False) and not _tail_asks(left):
            # "I wonder if advice from someone at nvidia and apple even means …": a statement
            # asks on with a question that opens as one
            asking = _goes_on_as_a_question(following) or _goes_on_indirectly(
                left, following, joined
            )
        if cut.group(0).strip().lower() == "then" and _CONDITION.search(left):
            asking = False  # "if no one refers me then how do I apply"
        if asking and (_a_question(following) or _goes_on_indirectly(left, following, joined)):
            pieces.append(left.strip(" ,"))
            # (the joining word stays on a Spanish "y también si …": it is what asks)
            start = cut.start() if _ALSO_WHETHER.match(joined) else cut.end()
    pieces.append(sentence[start:].strip(" ,"))
    return pieces


def _last_clause_asks(left: str) -> bool:
    """A question after a comma that tells first: "right two things, is pytorch better, and
    also…", "my supervisor knows a company, could she refer me, also…". Not a condition's
    ("if i apply cold, do i have a shot"), nor a sentence's end ("…, did two ML courses.")."""
    _, comma, clause = left.rpartition(",")
    return (
        bool(comma)
        and not clause.rstrip().endswith((".", "!"))
        and bool(_OPENS_A_QUESTION.match(clause))
        and _a_question(clause)
        and not _CONDITION.search(left)
    )


_HAS_A_VERB = re.compile(
    rf"\b(?:{_AUXILIARY}|did|am|was|were|has|have|need|needs|whats|what's|who's|whos|hows)\b|"
    r"\w's\b",
    re.IGNORECASE,
)
# "if", and "when" inside the question ("when do internships open, how…" asks twice)
_CONDITION = re.compile(r"\b(?:if|once)\b|\w\W+when\b", re.IGNORECASE)
# A short choice before another question: "pytorch or tf, and which leetcode level…"; not a
# set phrase ("sooner or later")
_CHOICE = re.compile(
    r"^\W*(?!(?:sooner|more|less|one|two|either|whether)\b)\w+(?:\s+\w+)?\s+(?:or|e(?:ð|d)a)\s+\w+(?:\s+\w+)?\W*$",
    re.IGNORECASE,
)


def _a_choice_before(piece: str, following: str) -> bool:
    """ "pytorch or tf" cut off by a joining word before another question; not a sentence
    of its own ("Startup or big company. Where would I learn more?")."""
    return (
        bool(_CHOICE.match(piece) and _OPENS_AFTER_FILLER.match(following))
        and not piece.rstrip().endswith(".")
        and _a_question(following)
    )


def _up_to_next_cut(text: str, joining: re.Pattern[str]) -> str:
    following = next(_cuts(text, joining), None)
    return text[: following.start()] if following and following.start() > 0 else text


def _cuts(text: str, joining: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Where `joining` may cut the text: not at a Punjabi "te" that means "on" (after a
    place: "GitHub te kehde projects paiye", which projects to put on GitHub)."""
    for match in joining.finditer(text):
        if match.group(0).strip().lower() != "te" or not _PLACE_BEFORE_TE.search(
            text[: match.start()]
        ):
            yield match


_DASH = re.compile(r"\s[-–—]\s")
_OPENS_A_QUESTION = re.compile(rf"^\W*(?:{_QUESTION_OPENERS})\b", re.IGNORECASE)


_OPENS_AFTER_FILLER = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|hey|hmm|also|then|well|btw|yo|bro)[\s,]+)*"
    rf"(?:{_QUESTION_OPENERS}|"
    # Sierra Leone Krio "(and) who", "where", "how much", "which", "what", "when", "should/can
    # I…"
    # Arabizi "(and, also) how", "what", "why", "where", "when", "how much", "can/must/do I
    # need"; "eh", "kam", "kif", "sho" only after "w" (and), which other languages write too
    r"(?:(?:w|we|wa|wi|kaman|bardo|tab|tayeb)\s+)?(?:ezay|izay|ezzay|eih|shu|shou|wesh|wach|kifach|kifash|keef|"
    r"leh|leih|lesh|3lach|3lash|feen|fein|wein|emta|imta|2ad\s+eh|2adesh|shinu|chno|achno|shlon|chlon|"
    r"momken|mumkin|lazem|lazim|a7taj|a7tag|me7tag|yenfa3|yinfa3|ynfa3)(?=\s)|"
    r"(?:w|we|wa|wi)\s+(?:eh|kam|kif|sho)(?=\s)|"
    r"(?:(?:en|ɛn|ɔlsɔ|olso)\s+)?(?:udat|usai|usay|ɔmɔs|omos|us\s?wan|wetin|us\s?t(?:ɛ|e)m|"
    r"a\s+(?:fɔ|fo|kin))(?=\s)|"
    # Comorian "(and) which", "why", "can I…", "the X … ", "what should I do", "I want to know"
    r"(?:na\s+(?:tsena\s+)?)?(?:ngapvo|ngapvi|mbona|ngwezo|ngamfanye\s+hindri|"
    r"nitsaha\s+nidjuw[ae])(?=\s)|"
    # Sango "(and) how", "why", "what", "where", "who", "should / can I…", "if …"
    r"(?:na\s+(?:nga\s+)?)?(?:tongana\s+ny(?:e|ë)n|ngbanga\s+ti\s+ny(?:e|ë)n|ny(?:e|ë)n|"
    r"(?:na\s+)?nd(?:o|ö)\s+wa|zo\s+wa|a\s+lingbi|mbi\s+lingbi)(?=\s)|"
    # Mooré "(and) what", "who", "how", "can/should I…"
    r"(?:la\s+)?(?:b(?:õ|o)e\s+(?:la|n|y(?:ĩ|i)ng)|ãnda|wãna|wãn\s+to|(?:m|b)\s+(?:t(?:õ|o)e|segd)\s+n)(?=\s)|"
    # Bambara "(and) which", "how", "what", "can/should I…"
    r"(?:ani\s+)?(?:jum(?:ɛ|e)nw?|cogo\s+di|mun\s+(?:ye|na|kama)|n\s+b(?:ɛ|e)\s+se\s+ka|n\s+ka\s+kan\s+ka)(?=\s)|"
    # Norwegian "(and) is…", "what", "who", "how (much)", "why", "can/must I…"
    r"og\s+e(?=\s+\w)|(?:ka|kva|kem|kor|hvordan|korleis|hvorfor|hva)(?=\s)|"
    r"(?:kan|m(?:å|aa|a)|b(?:ø|o)r|trenger)\s+(?:eg|jeg|man)\b|"
    # Slovak "(and) how", "why", "how much", "what", "can/must I…", "do I stand a chance"
    r"(?:a\s+)?(?:ako(?=\s+(?:sa\s+\w+[tť]|najlep|vyzer|nap[ií]sa))|pre[cč]o|ko[lľ]ko|kedy|[cč]o|m[oô][zž]em|mus[ií]m|m[aá]m\s+[sš]ancu)(?=\s)|"
    # Luxembourgish "(and) how", "which", "when", "why", "can/should/must I…", "is it…"
    r"(?:an\s+|a\s+)?(?:wéi|w(?:é|e)ini|firwat|(?:kann|soll|muss|brauch)\s+ech|"
    r"(?:ass|gëtt|ginn)\s+et)(?=\s)|"
    # Mauritian Creole "(and/but) how", "why", "who", "how many", "which", "whether"
    r"(?:e\s+|ek\s+|me\s+)?(?:kouma|koman|kifer|kisannla|konbien|lekel|eski)(?=\s)|"
    # Kirundi "(and) the yes-no question word", "which", "how", "is there"
    r"(?:kandi\s+)?(?:mbega|niyihe|izihe|none|hari)(?=\s)|"
    # siSwati "(and/but) how", "which", "how much", "what happens", "can I"
    r"(?:futsi\s+|kodvwa\s+)?(?:njani|ngumaphi|yiphi|malini|kwentekani|ngi(?:sa|nga|senga)khona)(?=\s)|"
    # isiXhosa "(and/but) the yes-no question word", "what is", "why", "which", "can I"
    r"(?:kwaye\s+|kodwa\s+)?(?:ingaba|yintoni|kutheni|zeziphi|yeyiphi|eziphi|ndingakwazi)(?=\s)|"
    # Yoruba "(and) what", "how", "who", "where", "which", "is it…" ("ṣé")
    r"(?:(?:àti|ati)\s+(?:pé|pe)\s+|(?:àti|ati)\s+)?(?:k(?:í|i)\s*ni|b(?:á|a)wo\s+ni|ta\s+ni|"
    r"ibo\s+ni|n(?:í|i)bo|(?:è|e)wo\s+ni|ṣé|se\s+(?:mo|awon|ki|kí))(?=\s)|"
    # Ewe "(and/but) what", "why", "who", "how", "how many", "which", "where"
    r"(?:ke\s+|eye\s+)?(?:nuka(?:e|ta|tae)?|ameka(?:e)?|aleke|nenie|kawoe|afi\s+ka)(?=\s)|"
    # Gilbertese "(and) how", "how many", "who", "what (is) the", "is there a"
    r"(?:ao\s+)?(?:kangaa|iraua|antai|tera\s+(?:te|ae)|iai\s+te)(?=\s)|"
    # Aymara "(and) how", "what", "why", "when", "where", "which", "who", "how much"
    r"(?:ukat\s+|ukatxa\s+)?(?:kunjama?sa|kunsa|kunas|kunatsa|kunapachasa|kawkinsa|"
    r"kawkirisa|khitisa|qh?awqhasa)(?=\s)|"
    # Pular "(and/but) which/what/how/where", "who"
    r"(?:e\s+|kono\s+)?(?:hol|ko\s+hom(?:ɓ|b)o)(?=\s)|"
    # Sesotho "(and/but/then) how", "why", "is it / do I" (the question word "na")
    r"(?:mme\s+|empa\s+|hape\s+|joale\s+)?(?:joang|jwang|hobaneng|na(?=\s+(?:ke|u|ho|nka|li)\s))(?=\s)|"
    # Danish "(and) what", "how", "why", "which"; Greenlandic "(and) how", "what", "why"
    # ("suna", what, only after "aamma", and: alone it is Hindi "heard")
    r"(?:og\s+)?(?:hvad|hvordan|hvorfor|hvilke[nt]?)(?=\s)|"
    r"(?:aamma\s+)?(?:qanoq|suut|sooq|sumi|qassit|qaqugu|sorleq)(?=\s)|aamma\s+suna(?=\s)|"
    # Faroese "(and) how", "what", "who", "which"
    r"(?:og\s+)?(?:hvussu|hvat|hv(?:ø|oe)r(?:ji|jar|jir)?)(?=\s)|"
    # Cape Verdean Creole "(and) what", "which", "how much", "how", "where", "who", "why"
    r"(?:i\s+)?(?:kuz(?:e|é)|kal|kantus?|modi|km(?:é|e)|undi\s+(?:n|bu|es)|kenha|pamodi)(?=\s)|"
    # Guinea-Bissau Kriol "(and also) what", "how", "who", "where", "which", "how much", "I
    # want to know"
    r"(?:(?:i|e)\s+)?(?:(?:tambi|tambe)\s+)?(?:kus(?:e|é)\s+k[ui]|kuma\s+k[ui]|kin\s+k[ui]|"
    r"undi\s+k[ui]|kal|kantu|n\s+misti\s+sibi)(?=\s)|"
    # Icelandic "(and) should/can I…", "which", "how", "where", "when", "do I need"
    r"(?:og\s+)?(?:(?:á|a|get|(?:æ|ae)tti)\s+(?:é|e)g|hva(?:ð|d)a|hvernig|hvar|hven(?:æ|ae)r|"
    r"(?:þ|th)arf))\b",
    re.IGNORECASE,
)


def _tail_asks(piece: str) -> bool:
    """The part after a piece's last spaced dash opens like a question of its own."""
    tail = _DASH.split(piece)[-1]
    return tail != piece and bool(_OPENS_A_QUESTION.match(tail)) and _a_question(tail)


# "also colab enough…", not "also my college is tier 3", which tells.
_ADDING = re.compile(
    r"^\W*(?:and\s+)?(?:also|plus|and)\b(?!\s+(?:my|i|i'm|im|i've|we|our|me)\b)|"
    # Guinea-Bissau Kriol "(and) also …" ("i tambe", "e tambi"), not before "my", "we"
    r"^\W*(?:(?:i|e)\s+)?(?:tambi|tambe)\b(?!\s+(?:nha|no|nos|ami)\b)|"
    # Ilocano "ken (also) …" (and also), not before "my", "I" ("ken ti laptop ko", "ken siak")
    r"^\W*ken\s+(?:also\s+)?(?!(?:ko|ak|siak|kaniak|mi|dakami)\b)|"
    # Hiligaynon "kag (also) …" (and also), not before "I", "my", "we" ("kag ako", "kag akon
    # laptop")
    r"^\W*kag\s+(?:also\s+)?(?!(?:ko|ako|akon|kami|namon|kita|naton)\b)|"
    # Waray "ngan (also) …" (and also) before a question word, a need, a can or "ba"
    # ("ngan kinahanglan ba c++", "ngan pira ka interview"; not "ngan ako", and I)
    r"^\W*ngan\s+(?:also\s+|liwat\s+)?(?=(?:\w+\s+){0,2}?(?:ba|ano|pano|paano|pira|diin|hain|"
    r"hin-o|kakan-o|kay\s+ano|pwede|kinahanglan|kailangan|dapat|mayda)\b)|"
    # Sorani Kurdish "(and) also …" ("و هەروەها", "هەروەها")
    r"^\W*(?:و\s+)?هەروەها\b",
    re.IGNORECASE,
)
MIN_ADDED_CONTENT_WORDS = 2  # an added, unmarked question has a subject of its own


def _adds_a_question(piece: str) -> bool:
    """After a question, "also colab enough or must buy own gpu" is another, unmarked one."""
    return bool(_ADDING.match(piece)) and len(content_words(piece)) >= MIN_ADDED_CONTENT_WORDS


# Lao, Burmese and Khmer don't space their words: a run of this many of their letters counts
# as a word more
UNSPACED_LETTERS_A_WORD = 6
_UNSPACED_LETTER = re.compile(r"[\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]")
_MY_KM_LETTER = re.compile(r"[\u1000-\u109f\u1780-\u17ff]")


def _side_words(piece: str) -> int:
    """Its words, a long unspaced run of Lao counted as the several words it holds."""
    return len(words(piece)) + len(_UNSPACED_LETTER.findall(piece)) // UNSPACED_LETTERS_A_WORD


def _a_question(piece: str) -> bool:
    return (
        asks(piece, marked=False)
        and _side_words(piece) >= MIN_SIDE_WORDS
        and bool(content_words(piece))
    )


# "any other resources? some book maybe?": a guess at the answer, not a question of its own
_GUESS = re.compile(
    r"^\W*(?:\w+\W+){0,3}(?:maybe|perhaps|probably|or\s+something)\W*$", re.IGNORECASE
)

# Tatar "яки …", "әллә …" (or …) after a question offers another choice in the same question:
# "Colab бушлаймы? яки түләргә кирәкме" (is Colab free? or do I have to pay)
_ANOTHER_CHOICE = re.compile(r"^\W*(?:яки|әллә)\b", re.IGNORECASE)
# Konkani "mhollear …?" (I mean …?) restating the question before in a few words: "final
# year zalear pun internship mellta? mhollear graduation uprant?" asks one thing
_RESTATED = re.compile(r"^\W*mhollear\b(?:\W+\w+){1,3}\W*$", re.IGNORECASE)
# …and "… mhonn sang" (tell me …) after a question mark, with no "?" or joining word of its
# own: "kitem qualifications zai? kitem ready asunk zai mhonn sang" (what do I need? tell me
# what to have ready) asks the question before again
_TOLD_AGAIN = re.compile(
    r"^(?!\W*(?:ani|and|also|pun|aur)\b)[^?]*\bmhonn\s+sang(?:at|a)?(?:\s+(?:re|baba|mure|na))?\W*$",
    re.IGNORECASE,
)


def _merge_fragments(parts: list[str], joiners: tuple[str, ...]) -> list[str]:
    """A part of one word ("why?", "and?"), a guess at the answer ("some blogs maybe?"),
    or a few words restating it ("mhollear graduation uprant?"), belongs to the part before
    it."""
    merged: list[str] = []
    for part in parts:
        guess = bool(_GUESS.match(part) or _RESTATED.match(part)) and not asks(part, marked=False)
        guess = guess or bool(_ANOTHER_CHOICE.match(part))
        told_again = (
            bool(merged) and merged[-1].rstrip().endswith("?") and bool(_TOLD_AGAIN.match(part))
        )
        if merged and (_word_count(part) < MIN_PART_WORDS or guess or told_again):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    if len(merged) > 1:  # "and", "also" join a part to the one before, not to the thread
        merged = [merged[0], *(_without_joining_word(p, joiners) for p in merged[1:])]
    return merged


def _word_count(part: str) -> int:
    """Its words; Chinese spaces none, and a run of its characters counts as a word for
    every two of them ("还有简历要写多长": four)."""
    if not _chinese(part):  # a long unspaced run of Burmese or Khmer holds several
        return len(words(part)) + len(_MY_KM_LETTER.findall(part)) // UNSPACED_LETTERS_A_WORD
    return sum(max(1, len(_HAN.findall(w)) // 2) if _HAN.search(w) else 1 for w in words(part))


# (Tetum "mós", also, after a variety's own "no": "no mós, ita bele…")
_JOINING = re.compile(
    r"^(?:(?:and|n|also|plus|furthermore|moreover|additionally|aur|tsaka|tapos|y|и|а|также|oraz|także|takze|pis|va|và|còn|"
    r"m(?:ó|o)s)\b[\s,]*)+",
    re.IGNORECASE,
)


def _without_joining_word(part: str, joiners: tuple[str, ...]) -> str:
    """ "and how do I apply" → "how do I apply"; a variety's own joining word too."""
    rest = _JOINING.sub("", part)
    if joiners:
        # "no mós, …", "aw also …": a joining word here after the variety's own
        rest = _JOINING.sub("", _leading_joiner(joiners).sub("", rest))
    return rest or part
