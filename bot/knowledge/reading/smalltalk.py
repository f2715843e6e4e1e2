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

from bot.knowledge.reading.acts import picks
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
    danke grazie asante jazakallah jazakallahu jzk nandri nanri nandrigal shukrani
    cheers dhonnobad dhonyobad dhonnobaad dhanyabad mersi merci shokran shokrn cảm cám
    chokran choukran chukran sağol sagol saol sağolun sagolun teşekkürler
    tesekkurler teşekkür tesekkur tşk eyv eyvallah tq tqvm tqsm terima kasih bless
    blessed blessings makasih makasi mksh trims dhanyabaad
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
    see problem worries prob sari seri puriyudhu purinjidhu purinjuthu poa sawa safi fiti
    righto rightio legend legendary bonza ripper ta tamam tmam mashy mashi ashta bujhechi
    bujhlam thik ache valo bhalo bet w ight oke được tamamdır tamamdir anladım anladim
    peki süper super harika entendu compris parfait d'accord daccord faham baik motivated
    """.split()
)
_GOODBYE = set(
    """
    bye byee byeee bbye goodbye bb cya see later ttyl gn goodnight night care alvida
    hafiz adios chao ciao tchau peace tc laters signing off logging kwaheri baadaye varen
    catch ya hooroo salama hafez later görüşürüz gorusuruz hoşçakal hoscakal bslama
    beslama revoir jumpa tinggal günler gunler journée journee soirée soiree cabut dadah
    """.split()
)
_GREETING = set(
    """
    hi hii hiii hiya hello helo hellooo hey heyy heya yo howdy hola hallo namaste
    namaskar assalam assalamu assalamualaikum asalamualaikum salam salaam kamusta
    kumusta musta sup wassup whatsup morning afternoon evening greetings alaikum walaikum
    buenos buenas dias días tardes noches oye qué onda vanakkam niaje mambo sasa habari
    jambo hujambo g'day gday oi ahlan marhaba merhaba selam selamlar bonjour bonsoir
    salut coucou selamat pagi petang halo haloo
    """.split()
)
_BLESSING = {"bless", "blessed", "blessings"}
_OBLIGED = re.compile(r"\b(?:much|most|very)\s+obliged\b")
# "I would appreciate some more on this": thanks in advance for more, not a closer.
_WANTS_MORE = re.compile(
    r"(?<!no )(?<!any )\b(?:more\s+(?:on|about|of|info|information|details?|please|pls)|"
    r"elaborate|explain\s+further)\b"
)


def _wants_more(lowered: str) -> bool:
    return bool(_WANTS_MORE.search(lowered))


# Words that only fill or address: they never make a message more than small talk.
_FILLER = set(
    """
    o
    so very much a lot lots for the this that it its your you u ur ya yaar yar bro bruh
    bhai sir maam ma'am madam po man dude boss oga guys all again really soo once ji na
    hai h ha tha lol haha hehe hihi jaja jajaja xd oh ah hmm hm mhm hmmm now then i i'm
    im and it's thats that's was is very super mate buddy friend bot mentor there help
    answer answers advice info reply response tips guidance explanation info nga talaga
    tlga naman nmn lang lng ha ka po kayo din rin pa mucho muchas much good day have
    nice and to be with me my us we will ill i'll try do it know now got gotten let
    lemme noted appreciate well good great the everything information clear dear one
    again indeed truly kind take no machi da romba sana msee manze buda yalla apu apa
    bhaiya didi basha ya3ni then forget ạ dạ nha nhé ơn thôi rồi nhiều hocam hoca abi
    iyi lah la je eh kasih banyak sikit lagi beaucoup bcp svp d p god lord abundantly
    richly bang kak deh dong sih ya yaa wkwk wkwkwk dulu hajur dai ji sathi
    """.split()
)
# Words of an opening that asks permission ("Hello. Excuse me, I hope it's okay…").
_OPENING = {
    "excuse",
    "hope",
    "okay",
    "ok",
    "if",
    "ask",
    "may",
    "can",
    "could",
    "questions",
    "question",
    "some",
    "few",
    "doubts",
    "about",
    "internships",
    "internship",
    "ml",
}
_EMOJI_THANKS = set("👍🙏❤💯👌✅🤝😊🙂😁😀🥰😍🫶🔥✨👏")
_EMOJI_GREETING = set("👋")

_IDENTITY = re.compile(
    r"\b(?:(?:who|what)\s+(?:are|r)\s+(?:you|u)\b(?!\s+(?:recommend|suggest|talking))|"
    r"(?:are|r)\s+(?:you|u)\s+(?:a\s+|an\s+)?(?:bot|robot|human|real|person|ai|chatgpt|gpt|"
    r"machine|program|chatbot)|(?:some|a)\s+kind\s+of\s+ai|what\s+(?:can|do)\s+(?:you|u)\s+"
    r"(?:do|help\s+(?:me\s+)?with)\b(?!\s+(?:to|about|for|if))|who\s+(?:made|built|created|"
    r"programmed|coded|owns|runs)\s+(?:you|u|this\s+bot)|what(?:'s|s|\s+is)\s+(?:your|ur)\s+"
    r"name|how\s+do\s+(?:you|u)\s+work|what\s+is\s+this\s+bot|is\s+this\s+(?:a\s+)?(?:bot|ai|"
    r"chatgpt)|(?:tum|aap|ap)\s+(?:kaun|kon)\s+(?:ho|hain|h)|(?:tum|aap|ap)\s+bot\s+(?:ho|hain|h)|"
    r"sino\s+ka|bot\s+ka\s+ba|eres\s+(?:un\s+)?(?:bot|robot|una\s+persona)|qui[eé]n\s+eres|"
    r"you\s+be\s+(?:bot|robot|human)|who\s+dis|"
    # "you are ChatGPT?", "bot or human?", "na human dey behind this bot?", Taglish "bot po ba
    # kayo", "ikaw po ba si ChatGPT", Pidgin "who you be"
    r"(?:you|u)\s+(?:are|r)\s+(?:a\s+|an\s+)?(?:bot|robot|human|chatgpt|gpt|chatbot)\b|"
    r"(?:bot|chatgpt|ai|robot)\s+(?:or|ba\s+or|o)\s+(?:a\s+)?(?:human|tao|real|person)|"
    r"human\s+(?:dey\s+|is\s+|behind\s+)?behind|bot\s+(?:po\s+)?ba\b|"
    r"ikaw\s+(?:po\s+)?ba\s+(?:si\s+)?(?:chatgpt|bot|ai|tao)|who\s+(?:you|u)\s+be\b|"
    # "real person or bot?", "are you that nvidia guy or some chatbot?" (the bot, not the author)
    # "May I know what you can do?", Hinglish "insaan ho ya bot", "aapko kisne banaya",
    # Pidgin "wetin you sabi do", Swahili "ni mtu ama ni AI", Arabizi "enta bot"
    r"^\W*(?:may|can|could)\s+i\s+know\s+what\s+(?:you|u)\s+can\s+do\W*$|insaan\s+(?:ho|hai|h)\s+ya\s+bot|"
    r"(?:aapko|apko|tumko|tujhe)\s+(?:kisne|kis\s+ne)\s+banaya|wetin\s+(?:you|u)\s+(?:sabi|fit)\s+do|"
    r"ni\s+mtu\s+ama|enta\s+bot|"
    r"(?:human|person|people|real)\S*(?:\s+a)?\s+(?:or|illa|ya|o)\s+(?:some\s+|a\s+|an\s+|just\s+a\s+)?"
    r"(?:chat)?bot|(?:are|r)\s+(?:you|u)\s+(?:the|that)\s+(?:author|writer|nvidia\s+guy)|"
    # Vietnamese "bot là ai?", "người thật hay AI?", "bot có phải là tác giả không?"
    r"(?:bot|bạn|cậu)\s+là\s+ai|(?:bot|bạn)\s+(?:là\s+)?người\s+thật|"
    r"bot\s+có\s+phải\s+(?:chính\s+)?là\s+tác\s+giả|"
    # "am I talking to an actual person or some sort of automated assistant?", "u real
    # person or AI ah?", French "tu es qui ? un bot ?", Turkish "sen bot musun", Malay
    # "awak ni bot ke", Indonesian "ini bot ya?", Nepali "tapai bot ho ki manche"
    r"(?:am\s+i|are\s+we|i'?m|im|i\s+am)\s+(?:talking|speaking|chatting)\s+(?:to|with)\s+"
    r"(?:a\s+|an\s+)?(?:(?:actual|real|live)\s+(?:person|human)\b|(?:person|human)(?:\s+being)?\s+"
    r"or\s+(?:a\s+|an\s+)?(?:bot|ai|machine|computer|program|programme|robot|chatbot)\b)|"
    r"(?:you|u)\s+(?:a\s+)?real\s+(?:person|human)|(?:^|(?:you|u)\s+)(?:an?\s+)?(?:actual|real|"
    r"live)\s+(?:person|human)\s+or\s+(?:a\s+|an\s+|some\s+)?(?:sort\s+of\s+|kind\s+of\s+)?"
    r"(?:ai|bot|automated|chatbot|machine|program|robot)|"
    r"(?:tu\s+es|t'es|vous\s+[êe]tes)\s+(?:qui|un\s+(?:bot|robot|humain)|une\s+(?:ia|personne))|"
    r"c'est\s+(?:un\s+)?(?:bot|robot)|bot\s+mu(?:sun|sunuz)?\b|sen\s+kimsin|siz\s+kimsiniz|"
    r"ger[çc]ek\s+(?:biri|insan)|(?:awak|kau)\s+(?:ni\s+)?(?:bot|robot|manusia|ai)\s+(?:ke|kah)\b|"
    r"(?:you|u)\s+(?:ni\s+)?(?:bot|robot)\s+ke\b|siapa\s+(?:awak|kau|ni)\b|"
    r"ini\s+bot\s*(?:ya|kah|bukan|ga|gak|atau|$)|admin\s+beneran|"
    r"bot\s+ho\s+ki|manche\s+ho\s+ki\s+bot)"
)
# "Can I ask you a few questions?": an opening, answered like a greeting.
_PERMISSION = re.compile(
    r"\b(?:(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:a\s+|some\s+|few\s+|a\s+few\s+|"
    r"something|questions?|a\s+couple)|i\s+(?:have|got)\s+(?:a\s+)?(?:few|some|couple\s+of|"
    r"many|a\s+lot\s+of|lots\s+of)\s+questions|(?:okay|ok|alright|fine)\s+if\s+i\s+ask|"
    # "need some help", "ektu help lagbe", "madad chahiye", "can you help me"
    r"^(?:\w+\s+){0,3}(?:need|needed|want)\s+(?:some\s+|a\s+little\s+|ur\s+|your\s+)?help\W*$|"
    r"^(?:\w+\s+){0,2}help\s+(?:lagbe|chahiye|chaiye|chahie|kijiye|karo|needed|pls|please)"
    r"(?:\s+\w+){0,2}\W*$|^(?:\w+\s+){0,2}madad\s+(?:chahiye|chaiye|kijiye|karo)\W*$|"
    r"^(?:can|could)\s+(?:you|u)\s+help\s+(?:me|mee)\s*(?:please|pls|plz)?\W*$)"
    # what the opening asks about: "…some questions about internships?"
    r"(?:[\w\s]{0,20}?\s*(?:questions?|things?|doubts?)(?:\s+(?:about|on|regarding)\s+"
    r"(?:ml\s+|machine\s+learning\s+)?(?:internships?|this|it|ml))?)?\s*\??"
)
_LUCK = re.compile(
    r"\b(?:wish\s+me\s+(?:luck|the\s+best|good\s+luck)|pray\s+for\s+me|fingers\s+crossed|"
    r"keep\s+me\s+in\s+your\s+prayers|dua\s+(?:karna|karo|kariye|krna|kijiye)|duaon|"
    r"ipagdasal|pray\s+(?:po\s+)?for\s+me|send\s+(?:good\s+)?vibes|good\s+luck\s+to\s+me|"
    r"hope\s+i\s+(?:get\s+it|make\s+it|pass|crack\s+it)|deséame\s+suerte|desearme\s+suerte|"
    r"all\s+the\s+best\s+to\s+me|pray\s+make\s+i|all\s+the\s+best\s+bolo|best\s+of\s+luck\s+bolo|"
    r"ed3[iy]l[iy]|ed3eel[iy]|do3a2|duaa\s+for\s+me|wish\s+me\s+(?:a\s+)?good\s+luck|"
    r"pray\s+(?:karna|karo|kijiye|krna)|(?:mere|meri)\s+liye\s+pray|"
    # Vietnamese "chúc em may mắn"
    r"ch[úu]c\s+(?:em|m[ìi]nh|t[ôo]i|t[ớo])\s+may\s+m[ắa]n|"
    # Turkish "şans dile bana", Malay "doakan saya", French "souhaite-moi bonne chance"
    r"[şs]ans\s+dile|ba[şs]ar[ıi]\s+dile|doakan|souhaite[\s-]+moi|bonne\s+chance\s+(?:à\s+)?moi|"
    r"wish\s+me\s+well|cross\s+your\s+fingers|"
    # Indonesian "doain ya", "semoga tembus"
    r"doain|semoga\s+(?:tembus|lolos|lancar))"
)
_FRUSTRATION = re.compile(
    r"\b(?:(?:this|that|it|you|u|ur\s+answer|your\s+answer|the\s+answer|which)\s+"
    r"(?:does\s*n[o']?t|doesnt|didn't|didnt|is\s*n[o']?t|isnt|are\s*n[o']?t|arent|not|did\s+not)"
    r"\s+(?:really\s+|even\s+|quite\s+|at\s+all\s+)?(?:help|helping|helpful|answer|make\s+sense|"
    r"useful|work|relevant)|not\s+(?:what\s+i\s+(?:asked|meant|wanted|need)|helpful|useful|"
    r"relevant|helping)|wrong\s+answer|(?:stupid|dumb|useless|bad)\s+(?:bot|answer)|"
    r"irrelevant|(?:you(?:'re|\s+are)?|u\s+r|ur)\s+not\s+(?:answering|listening|helping|getting"
    r"\s+it)|(?:you|u)\s+(?:didn't|didnt|did\s+not|don't|dont)\s+(?:answer|understand|get\s+it)|"
    r"that's\s+not\s+it|thats\s+not\s+it|bakwas|bekar|bekaar|walang\s+kwenta|no\s+sirve|"
    r"no\s+me\s+ayuda|so\s+generic|too\s+generic|e\s+no\s+help|no\s+dey\s+help|"
    r"already\s+(?:knew|know)\s+(?:that|this)|pehle\s+se\s+pata|"
    # "I don't see how this helps", "you only repeat the article", "samajh nahi aaya",
    # "no help me at all", "hindi po yan yung tinanong ko"
    r"(?:don't|dont|do\s+not)\s+see\s+how\s+(?:this|that|it)\s+helps?|"
    r"(?:you|u)\s+(?:only|just)\s+repeat|samajh?\s+(?:nahi|nhi|nahin)\s+(?:aaya|aya|aa\s+raha)|"
    r"no\s+help\s+me|generic\s+answer|(?:hindi|di)\s+(?:po\s+)?(?:yan|iyan|ito)\s+"
    r"(?:yung|ang)\s+tinanong|"
    # "you keep saying the same thing", "same answer again", Tamil "thirumba thirumba"
    r"(?:keep|keeps|kept)\s+(?:saying|repeating|giving\s+me)\s+(?:the\s+)?same|"
    r"same\s+(?:thing|answer|stuff)\s+(?:again|over|thirumba|dobara|phir)|"
    r"repeating\s+(?:yourself|the\s+same)|thirumba\s+thirumba|"
    # Arabizi "mafeesh ay help", "nafs el kalam" (the same words), Swahili "haisaidii" (it
    # doesn't help), Taglish "d nmn sinagot" (it didn't answer)
    r"mafeesh\s+(?:ay\s+|any\s+)?help|nafs\s+el\s+kalam|haisaidii|"
    r"(?:d|di|hindi)\s+(?:nmn\s+|naman\s+)?(?:sinagot|yan\s+sagot)|sagot\s+sa\s+tanong)"
)
# Complaints whose words also fit a question ("is DSA not that useful?", "the recruiter
# didn't tell me my result, should I email?"): frustration only when the message asks nothing.
_COMPLAINT = re.compile(
    r"\b(?:(?:does\s*n't|doesnt|does\s+not)\s+(?:particularly|really|terribly)\s+help|"
    r"(?:not|is\s*n't|isnt)\s+(?:very|really|that|too|so|terribly|particularly|all\s+that)\s+"
    r"(?:helpful|useful|"
    r"relevant)|no\s+answer\s+then|"
    r"same\s+(?:kind|type|sort)\s+of\s+(?:answer|reply|thing)|kaam\s+ka\s+(?:nahi|nhi|kuch)|"
    r"kuch\s+(?:bhi\s+)?(?:nahi|nhi)\s+bataya|bataya\s+(?:hi\s+)?(?:nahi|nhi)|"
    r"(?:this|that|it|you|u|ur\s+answer|your\s+answer)\s+(?:does\s*n[o']?t|doesnt|didn't|didnt|"
    r"did\s+not)\s+(?:really\s+)?(?:tell|say|answer)\s+(?:me|my)|"
    r"same\s+answer\s+as\s+before|almost\s+the\s+same\s+answer|"
    r"keep\s+saying\s+(?:you\s+)?(?:don't|dont|do\s+not)\s+know|"
    r"kuch\s+naya\s+(?:to\s+|toh\s+)?(?:batao|bata|nahi)|"
    # "bruh u keep saying github", "this aint helping"
    r"(?:you|u)\s+(?:keep|keeps|kept)\s+(?:saying|repeating|talking\s+about|bringing\s+up)|"
    r"(?:this|that|it|you|u)\s+(?:ain'?t|aint)\s+(?:really\s+|even\s+)?(?:help|helping|helpful|"
    r"useful|relevant|working)|"
    # Vietnamese "trả lời không đúng cái mình hỏi", "nói chung chung quá"
    r"trả\s+lời\s+không\s+đúng|không\s+đúng\s+(?:cái|câu)\s+(?:mình|em)\s+hỏi|chung\s+chung|"
    # "u already said that", "you don't help much"; Turkish "hep aynı şeyi söylüyorsun",
    # "bunu da bilmiyorsun"; French "ça m'aide pas", "tu répètes"; Malay "tak membantu"
    r"(?:you|u)\s+(?:already|just)\s+(?:said|told\s+me|gave\s+me)\s+(?:that|this)|"
    r"(?:you|u)\s+(?:don't|dont|do\s+not)\s+help\s+much|ayn[ıi]\s+[şs]eyi|bilmiyorsun|"
    r"i[şs]e\s+yaramad[ıi]|(?:ça|ca|tu)\s+(?:ne\s+)?m'?aides?\s+pas|"
    r"pas\s+(?:très\s+|tres\s+|vraiment\s+)?utile|tu\s+r[ée]p[èe]tes|"
    r"tak\s+(?:membantu|tolong|help)|dah\s+(?:cakap|sebut|bagitau)\s+(?:tadi|dah|la)|"
    # "you don't know nothing about visa", Turkish "cevap yok yani"
    r"(?:you|u)\s+(?:don't|dont|do\s+not)\s+know\s+(?:nothing|anything|much)|cevap\s+yok|"
    # words that also ask ("is the website useless?", "is imagine cup worth it or a waste of
    # time"): frustration only when nothing is asked
    r"useless|waste\s+of\s+(?:time|my\s+time)|(?:that's|thats|that\s+is|this\s+is|it's|its)\s+"
    r"no\s+help|"
    # Indonesian "udah lo bilang tadi", "jawabannya sama aja", "muter2 di github doang"
    r"udah\s+(?:lo\s+|kamu\s+|gue\s+)?(?:bilang|jawab)|jawabannya\s+sama|muter2?|"
    # Nepali "pahila nai bhaneko", "kei kaam lagena"
    r"kaam\s+lagena|pahila\s+nai\s+bhan)\b"
)
# Greetings that ask how the bot is ("yo whats good", "hi, how are you?").
_HOW_ARE_YOU = re.compile(
    r"^(?:(?:yo|hey|hi|hii|hello|helo|sup|ok|so|and|oh|good\s+morning|good\s+evening)\s+)*"
    r"(?:what'?s\s+(?:good|up|poppin|new)|how\s+(?:are|r)\s+(?:you|u|ya)(?:\s+doing)?|"
    r"how'?s\s+it\s+going|how\s+(?:is|s)\s+it\s+going|(?:good\s+(?:morning|evening|afternoon)\s+"
    r"(?:and\s+)?(?:god\s+bless\s+(?:you|u)\s+)?)?i\s+(?:trust|hope)\s+(?:your|ur)\s+day\s+is\s+"
    r"going(?:\s+on)?\s+well|i\s+trust\s+(?:you|u)\s+are\s+(?:well|fine|doing\s+well))"
    r"(?:\s+(?:bro|bot|man|mate|dude|today|sir|there|buddy|friend|bhai|yaar|fam|guys))*$"
)
# "say less", "say no more": agreed, go on.
_AGREED = re.compile(r"^(?:ok\s+|aight\s+|alright\s+)?say\s+(?:less|no\s+more)$")
# Words that end a conversation wherever they stand ("bueno me voy, bye!!").
_BYE = {"bye", "byee", "byeee", "bbye", "goodbye", "cya", "ttyl", "alvida", "hafiz", "hafez",
        "adios", "chao", "ciao", "tchau", "goodnight", "görüşürüz", "gorusuruz", "bslama",
        "revoir"}  # fmt: skip
_BYE_PHRASE = re.compile(
    r"^(?:ok|okay|k|alright|aight|ight)\s+(?:i'?m\s+)?out$|\btake\s+my\s+leave\b|"
    r"\b(?:good\s+night|ma(?:a|3)?\s*(?:el|al)?\s*salama|khuda\s+hafiz|allah\s+hafe?[zi]z?)\b|"
    # "ight im out peace", not "im out of ideas"
    r"\b(?:i'?m|im)\s+out(?:\s+(?:peace|bye|now|for\s+now|y'?all|guys|fam))*$"
)
_QUESTION_START = re.compile(
    r"^\W*(?:what|what's|whats|how|which|where|when|why|who|do|does|did|is|are|can|could|"
    r"should|would|will|any|tell\s+me|explain|kya|kaise|kaun|konsa|paano|pano|ano|wetin|como|"
    r"cómo|qué|cuál|dónde)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r"\b(?:but|however|though|pero|lekin|magar|kaso|kaya\s+lang)\b")
MAX_SMALL_TALK_WORDS = 14  # made only of courtesy, acknowledgement and filler
MAX_PLAIN_WORDS = 30  # with a thanks, a goodbye or a plea for luck, and asking nothing


@dataclass(frozen=True)
class Courtesy:
    """A message with its small talk taken off: `rest` is what remains to be read."""

    kind: SmallTalk | None
    rest: str


def small_talk(text: str) -> SmallTalk | None:
    """The kind of small talk a whole message is, or None when it says more than that."""
    tokens = _courtesy_words(text)
    lowered = " ".join(tokens)
    if not tokens:
        symbols = set(text)
        if symbols & _EMOJI_GREETING:
            return SmallTalk.GREETING
        return SmallTalk.THANKS if symbols & _EMOJI_THANKS else None
    if len(tokens) <= MAX_PLAIN_WORDS:
        if _IDENTITY.search(lowered):
            return SmallTalk.IDENTITY
        if _FRUSTRATION.search(lowered):
            return SmallTalk.FRUSTRATION
        if (
            _PERMISSION.search(lowered)
            and not _asks(text, _PERMISSION)
            and not _says_more(_PERMISSION.sub(" ", lowered))
        ):
            return SmallTalk.GREETING
        if not _asks(text) and not _BUT.search(lowered):
            if _LUCK.search(lowered):
                return SmallTalk.LUCK
            if _COMPLAINT.search(lowered):
                return SmallTalk.FRUSTRATION
            thanked = _THANKS.intersection(tokens)
            # A blessing closes a chat ("I take my leave now, stay blessed") but also opens a
            # request ("God bless you, I want to know…"): on its own it is no closer.
            closes = bool(thanked - _BLESSING) or bool(_OBLIGED.search(lowered))
            if closes and not _picks(text) and not _wants_more(lowered):
                return SmallTalk.THANKS
            if any(token in _BYE for token in tokens) or _BYE_PHRASE.search(lowered):
                return SmallTalk.GOODBYE
    if _HOW_ARE_YOU.match(lowered):
        return SmallTalk.GREETING
    if _AGREED.match(lowered):
        return SmallTalk.THANKS
    if len(tokens) > MAX_SMALL_TALK_WORDS:
        return None
    if "?" in text and not any(token in _THANKS or token in _GREETING for token in tokens):
        return None  # "ok and?", "cool, so?": asking for more, not closing
    return _courtesy(tokens)


_COURTESY_WORDS = _THANKS | _ACKNOWLEDGED | _GOODBYE | _GREETING


def _courtesy_words(text: str) -> list[str]:
    return [_plain(token) for token in words(text)]


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
    courtesy = _THANKS | _ACKNOWLEDGED | _GOODBYE | _GREETING | _FILLER | _OPENING
    return any(token not in courtesy for token in words(rest))


def _asks(text: str, besides: re.Pattern[str] | None = None) -> bool:
    """A question mark, or a clause that opens like a question ("…, what should I do")."""
    if besides is not None:
        text = besides.sub(" ", text.lower())
    if "?" in text or "¿" in text:
        return True
    return any(_QUESTION_START.match(clause) for clause in re.split(r"[.!,;:\n]", text))


def _courtesy(tokens: list[str]) -> SmallTalk | None:
    """Thanks, goodbye or greeting, when every word is one of them, an acknowledgement or
    filler."""
    known = _THANKS | _ACKNOWLEDGED | _GOODBYE | _GREETING | _FILLER
    if not all(token in known for token in tokens):
        return None
    if any(token in _THANKS for token in tokens):
        return SmallTalk.THANKS
    if any(token in _GOODBYE for token in tokens):
        return SmallTalk.GOODBYE
    if any(token in _GREETING for token in tokens):
        return SmallTalk.GREETING
    if any(token in _ACKNOWLEDGED for token in tokens):
        return SmallTalk.THANKS
    return None


_CLAUSE = re.compile(r"[^.!?,;:\n]+[.!?,;:\n]*")


def split_small_talk(text: str) -> Courtesy:
    """Courtesy taken off the front and back of a message: "thanks! and how do I apply?" →
    (THANKS, "and how do I apply?"). A message that is all small talk has no rest."""
    whole = small_talk(text)
    if whole is not None:
        return Courtesy(whole, "")
    clauses = [m.group(0) for m in _CLAUSE.finditer(text)]
    kind: SmallTalk | None = None
    while len(clauses) > 1 and (found := _courtesy(_courtesy_words(clauses[0]))) is not None:
        kind = kind or found
        clauses.pop(0)
    while len(clauses) > 1 and (found := _courtesy(_courtesy_words(clauses[-1]))) is not None:
        kind = kind or found
        clauses.pop()
    rest = "".join(clauses).strip()
    if kind is None:
        return Courtesy(None, text)
    if small_talk(rest) is not None:  # "hi apu, good evening! ektu help lagbe please"
        return Courtesy(kind, "")
    return Courtesy(kind, rest)
