"""Reading a message: small talk, dialogue acts, several questions, what to search. Pure: no
model runs here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.knowledge.reading import acts
from bot.knowledge.reading.acts import cues
from bot.knowledge.reading.language import variety
from bot.knowledge.reading.reader import GOAL_QUESTION, MAX_CONTEXT_WORDS, read
from bot.knowledge.reading.smalltalk import SmallTalk, asks_for_help, small_talk, split_small_talk
from bot.knowledge.reading.splitting import MAX_PARTS, asks, split_questions
from bot.knowledge.reading.thread import MAX_QUERY_WORDS, Turn, with_context
from bot.knowledge.search.text import clean, content_words, phrase_pattern, word_list, words

THREAD = Turn(
    question="which deep learning framework should I learn?",
    passage_id="prac-framework",
    section="practice",
    related_ids=("prac-colab", "prac-gpu-or-cloud"),
    shown_ids=("prac-framework",),
)

# ── small talk ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    [
        "thanks",
        "ok thanks a lot",
        "got it 👍",
        "👍",
        "🙏🙏",
        "cool makes sense",
        "thank u so much bhai!!",
        "ok sir thank you sir dhanyawad",
        "shukriya",
        "salamat po",
        "graciasss 🙏",
        "alright, noted",
        "perfect, that's helpful",
        "thx",
        "okkk",
    ],
)
def test_thanks_and_closers_with_any_filler_are_thanks(text):
    assert small_talk(text) is SmallTalk.THANKS


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi", SmallTalk.GREETING),
        ("hello there!", SmallTalk.GREETING),
        ("good morning", SmallTalk.GREETING),
        ("assalamualaikum", SmallTalk.GREETING),
        ("👋", SmallTalk.GREETING),
        ("bye", SmallTalk.GOODBYE),
        ("ok bye, take care", SmallTalk.GOODBYE),
        ("who are you?", SmallTalk.IDENTITY),
        ("are you a bot or a real person", SmallTalk.IDENTITY),
        ("what can you do?", SmallTalk.IDENTITY),
        (
            "Who am I talking to, by the way?  You are very patient for a person.",
            SmallTalk.IDENTITY,
        ),
        ("You have told me that already, I am afraid.", SmallTalk.FRUSTRATION),
        ("wish me luck!", SmallTalk.LUCK),
        ("interview tomorrow, pray for me 🙏", SmallTalk.LUCK),
        ("this doesn't help", SmallTalk.FRUSTRATION),
        ("bro that doesnt help at all", SmallTalk.FRUSTRATION),
        ("that's not what i asked", SmallTalk.FRUSTRATION),
        ("useless", SmallTalk.FRUSTRATION),
        ("ok, no problem", SmallTalk.THANKS),
        ("ok no problem, tchau", SmallTalk.GOODBYE),
        ("What you can do exactly? You are ChatGPT?", SmallTalk.IDENTITY),
        ("hi po, bot po ba kayo or tao? hehe 😅", SmallTalk.IDENTITY),
        ("who you be sef? na human dey behind this bot?", SmallTalk.IDENTITY),
        ("Ok but I don't see how this helps me to get the internship 😕", SmallTalk.FRUSTRATION),
        ("You only repeat whatever is in this one article", SmallTalk.FRUSTRATION),
        ("bhai kuch samajh nahi aaya", SmallTalk.FRUSTRATION),
        ("this one no help me at all, i no dey any US school", SmallTalk.FRUSTRATION),
        ("neenga yaaru? real person-a illa bot-a?", SmallTalk.IDENTITY),
        ("are you that nvidia guy or some chatbot?", SmallTalk.IDENTITY),
        ("you keep saying the same thing", SmallTalk.FRUSTRATION),
        ("hello, hope you're doing alright this morning", SmallTalk.GREETING),
        ("that's not really an answer to my question", SmallTalk.FRUSTRATION),
        ("u never answered my question", SmallTalk.FRUSTRATION),
        # a dry Danish-English voice (v28): the turn let go, the chat left, the bot asked
        ("Fine, never mind that last one. Thanks.", SmallTalk.THANKS),
        ("Right. Let's leave it there.", SmallTalk.GOODBYE),
        (
            "Hm, and are you the author himself, or some bot reading out his article?",
            SmallTalk.IDENTITY,
        ),
        ("Marketing words. Not an answer.", SmallTalk.FRUSTRATION),
        # a but after an apology opens the complaint
        ("Sorry, but that's far too vague for me.", SmallTalk.FRUSTRATION),
        ("Excuse me, but you gave almost the same answer as before.", SmallTalk.FRUSTRATION),
        ("sorry but i have to go now, bye", SmallTalk.GOODBYE),
        ("Interview on Monday. I'd be grateful if you wished me luck.", SmallTalk.LUCK),
        ("neenga same thing dhaan thirumba thirumba solreenga 😩", SmallTalk.FRUSTRATION),
        ("vanakkam 🙏", SmallTalk.GREETING),
        ("niaje", SmallTalk.GREETING),
        ("poa poa, asante sana!", SmallTalk.THANKS),
        ("ok romba nandri machi", SmallTalk.THANKS),
        ("sawa, kwaheri", SmallTalk.GOODBYE),
        ("righto, cheers mate", SmallTalk.THANKS),
        ("no worries, catch ya", SmallTalk.GOODBYE),
        ("tamam, shokran ya basha 👌", SmallTalk.THANKS),
        ("accha thik ache, onek dhonnobad", SmallTalk.THANKS),
        ("hi apu, good evening! ektu help lagbe please", SmallTalk.GREETING),
        ("hello! can you help me please?", SmallTalk.GREETING),
        ("g'day", SmallTalk.GREETING),
        ("chalo good night", SmallTalk.GOODBYE),
        ("ok ami jai ekhon class ache, allah hafez apu!", SmallTalk.GOODBYE),
        ("ok ma3 el salama ya basha", SmallTalk.GOODBYE),
        ("forget it. later", SmallTalk.GOODBYE),
        ("hmm ok thats not very helpful for my situation tbh", SmallTalk.FRUSTRATION),
        ("no answer then. classic", SmallTalk.FRUSTRATION),
        ("kuch bhi kaam ka nahi mila aaj yaar 😤", SmallTalk.FRUSTRATION),
        ("you keep giving same kind of answer yaar", SmallTalk.FRUSTRATION),
        ("ok kal se start karta hu all the best bolo 😅", SmallTalk.LUCK),
        ("Hello. Excuse me, may I ask you some questions?", SmallTalk.GREETING),
        (
            "Hi! I hope it's okay if I ask you a few questions about internships?",
            SmallTalk.GREETING,
        ),
        ("My first phone screen is next Monday. Please wish me a good luck!", SmallTalk.LUCK),
        ("May I know what you can do?", SmallTalk.IDENTITY),
        ("sir aapko kisne banaya aap chatgpt ho kya", SmallTalk.IDENTITY),
        ("this doesnt really tell me if python alone is enough 😕", SmallTalk.FRUSTRATION),
        ("you keep saying you dont know 😩", SmallTalk.FRUSTRATION),
        ("thanks for the first answer, it helped", SmallTalk.THANKS),
        # Gen-Z closers and greetings
        ("ok bet", SmallTalk.THANKS),
        ("W advice", SmallTalk.THANKS),
        ("say less", SmallTalk.THANKS),
        ("ight im out peace", SmallTalk.GOODBYE),
        ("aight im out", SmallTalk.GOODBYE),
        ("yo whats good", SmallTalk.GREETING),
        ("ok this aint helping my wallet at all 😭", SmallTalk.FRUSTRATION),
        ("bruh u keep saying github 😭", SmallTalk.FRUSTRATION),
        ("hi, how are you?", SmallTalk.GREETING),
        # an opening that announces the questions still to come
        ("Hello, I have two questions about internships (to be precise).", SmallTalk.GREETING),
        ("hey! quick question about internships", SmallTalk.GREETING),
        ("I have a few questions if you don't mind", SmallTalk.GREETING),
        # a formal letter's courtesy, in any voice
        ("Pray tell me, is it a human or a machine that answers?", SmallTalk.IDENTITY),
        ("Am I writing to the author, or to some automated programme?", SmallTalk.IDENTITY),
        ("With whom am I speaking, if I may ask?", SmallTalk.IDENTITY),
        ("My interview is on Friday. Do wish me every success.", SmallTalk.LUCK),
        ("Very well, I shall try my luck then.", SmallTalk.LUCK),
        ("I should be grateful for your kind wishes.", SmallTalk.LUCK),
        ("Warm greetings from Kitwe, Madam.", SmallTalk.GREETING),
        ("Good morning. I hope I am not troubling you.", SmallTalk.GREETING),
        ("I am truly obliged, Madam, and shall study it closely.", SmallTalk.THANKS),
        ("You have repeated your previous reply, I am afraid.", SmallTalk.FRUSTRATION),
        ("you are just repeating yourself now", SmallTalk.FRUSTRATION),
        ("I thank you for your good wishes.", SmallTalk.THANKS),  # thanks, not a plea
        # after the v31 look: a greeting with a wish for the bot's day, a stretched "hey",
        # a person asked "even", a mood or a repeat named without "saying"
        ("Good afternoon, I hope you're keeping well!", SmallTalk.GREETING),
        ("hello, hope all is well", SmallTalk.GREETING),
        ("heyyy what's up", SmallTalk.GREETING),
        ("hold on, are you actually a human? haha", SmallTalk.IDENTITY),
        ("you keep showing me the same passage", SmallTalk.FRUSTRATION),
        ("honestly none of this is useful for my case", SmallTalk.FRUSTRATION),
        ("that's so discouraging tbh", SmallTalk.FRUSTRATION),
        # after the v32 look: Caribbean and chat English leaving, dropped g's, "real people or
        # a bot", knowing it already
        ("ok im gone to class lata", SmallTalk.GOODBYE),
        ("aight laters", SmallTalk.GOODBYE),
        ("ok i out", SmallTalk.GOODBYE),
        ("ight gone", SmallTalk.GOODBYE),
        ("dis aint helpin me at all", SmallTalk.FRUSTRATION),
        ("yall keep sayin de same ting", SmallTalk.FRUSTRATION),
        ("i knew that one already tbh", SmallTalk.FRUSTRATION),
        ("hold up u a real person typin or a bot", SmallTalk.IDENTITY),
        ("are you even real people or like ai", SmallTalk.IDENTITY),
        # after the v33 look: the answer said to help, "the same … again", an unanswered
        # question, "anyone there?", Caribbean blessings and eye-dialect closers
        ("ok that really helps tbh", SmallTalk.THANKS),
        ("you're so patient, honestly", SmallTalk.THANKS),
        ("you explained it so clearly", SmallTalk.THANKS),
        ("it's the same answer again", SmallTalk.FRUSTRATION),
        ("u didnt answer my question", SmallTalk.FRUSTRATION),
        ("hello? anyone there", SmallTalk.GREETING),
        ("good morning, hope you're having a great day", SmallTalk.GREETING),
        ("ok bless up", SmallTalk.GOODBYE),
        # rv34: a wish for the day signs off; the Chamorro "esta ki" closes a message
        ("hope you have a nice day", SmallTalk.GOODBYE),
        ("ok thanks, hope u have a good weekend", SmallTalk.THANKS),
        ("si yu'os ma'ase, esta ki", SmallTalk.THANKS),
    ],
)
def test_each_kind_of_small_talk(text, kind):
    courtesy = split_small_talk(text)
    assert courtesy.kind is kind and courtesy.rest == ""


@pytest.mark.parametrize(
    ("text", "kind"),
    [("let me just go, another day", SmallTalk.GOODBYE),
     ("Alright let me go feed the dog. We will talk tomorrow", SmallTalk.GOODBYE),
     ("ok we'll talk later", SmallTalk.GOODBYE),
     ("hold on, you a robot?", SmallTalk.IDENTITY), ("u just a bot lol", SmallTalk.IDENTITY)],
)  # fmt: skip
def test_english_goodbyes_and_identity_questions_without_the_usual_words(text, kind):
    assert small_talk(text) is kind


@pytest.mark.parametrize(
    "text", ["let me go back to the PhD question", "you a machine learning student?"]
)
def test_going_back_and_machine_learning_are_no_small_talk(text):
    assert small_talk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "is it not helpful to do kaggle?",  # asks whether, where "it's not helpful" complains
        "do real people or ai read the resumes?",  # asks about hiring, not about the bot
        "im off to apply now",  # going to do something, not leaving the chat
        "i'm out of ideas for projects",
        # knowing it already, then asking
        "i know that already, anything else?",
        "what if i know that part already?",
        "do you know that already?",
        # Maori and Tahitian "e hoa" (friend) calls someone: no thanks
        "e hoa",
        # rv34: asked to explain, not thanked for it; Spanish "esta despues" (is after) says
        # when, not Chamorro's "see you later"
        "pls can you explain it simply",
        "you explain it simply pls",
        "could you explain it clearly for a beginner",
        "la charla esta despues del receso",
        "la entrevista esta despues",
        "ok pues esta despues",
    ],
)
def test_questions_with_the_words_of_complaints_or_goodbyes_are_no_small_talk(text):
    assert small_talk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        # about the answer: "this", "that", "it just me" complain, though they ask
        "is it just me or is this not helping?",
        "is this not helping anyone else?",
        "does that not help at all?",
    ],
)
def test_yes_no_questions_about_the_answer_complain(text):
    assert small_talk(text) is SmallTalk.FRUSTRATION


@pytest.mark.parametrize(
    ("text", "kind"),
    [("k den, laters", SmallTalk.GOODBYE), ("ok den", SmallTalk.THANKS)],
)
def test_eye_dialect_courtesy_is_small_talk(text, kind):
    # "den" is "then": the message only closes, with no "more" left beside it
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


def test_eye_dialect_good_night_closes():
    assert read("gud nite fren").small_talk is SmallTalk.GOODBYE


@pytest.mark.parametrize("text", ["is that all?", "ok so that's it??", "that's everything?"])
def test_asking_whether_the_answer_is_all_asks_for_more(text):
    assert cues(text).more


@pytest.mark.parametrize("text", ["that's it, thanks", "is that all I need to learn?"])
def test_saying_that_is_all_or_asking_about_all_of_something_asks_no_more(text):
    assert not cues(text).more


@pytest.mark.parametrize(
    "text",
    [
        "any more resources?",
        "some more examples pls",
        "do you have any more links",
        "any more sources? sorry to keep asking",
    ],
)
def test_more_of_a_kind_the_lists_do_not_name_asks_for_more(text):
    assert cues(text).more


@pytest.mark.parametrize(
    "text",
    [
        "are there more internships in europe than in the us",
        "any more resources for learning pytorch?",
        "more practice",
    ],
)
def test_more_inside_a_question_or_without_a_kind_is_no_request_for_more(text):
    assert not cues(text).more


@pytest.mark.parametrize(
    "text",
    ["are there extra fees", "any additional costs?", "more interviews?", "got more questions"],
)
def test_more_of_what_the_internship_has_or_costs_is_no_request_for_more(text):
    assert not cues(text).more


AFTER_A_SPANISH_QUESTION = Turn(
    question="q curso me recomiendai pa empezar con ML?",
    passage_id="prac-framework",
    section="practice",
    related_ids=("prac-colab", "prac-gpu-or-cloud"),
    shown_ids=("prac-framework",),
)


@pytest.mark.parametrize("text", ["y?", "ka?"])
def test_and_alone_after_a_spanish_question_asks_for_more(text):
    assert read(text, AFTER_A_SPANISH_QUESTION).parts[0].cues.more


@pytest.mark.parametrize("text", ["y?", "ka?"])
def test_y_alone_after_an_english_question_asks_why_not_for_more(text):
    # chat English and Hinglish "y?" is "why?", and so is Marathi "ka?"
    assert not read(text, THREAD).parts[0].cues.more


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, je voudrais savoir comment obtenir un stage en ML. Cordialement",
        "Hello, I am looking for an ML internship. Cordialement",
        "Bonjour, je cherche un stage en ML. Veuillez agréer mes salutations distinguées",
    ],
)
def test_a_letter_signed_off_is_read_on(text):
    assert read(text).parts


@pytest.mark.parametrize(
    "text",
    [
        "Cordialement",
        "Merci pour votre réponse. Cordialement",
        "Je vous remercie infiniment. Respectueusement, Awa.",
    ],
)
def test_a_sign_off_alone_or_beside_thanks_closes(text):
    reading = read(text, THREAD)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ndatenda zvikuru", SmallTalk.THANKS),
        ("ok urakoze", SmallTalk.THANKS),
        ("ok flm", SmallTalk.THANKS),
        ("ok shukuriyyaa bro", SmallTalk.THANKS),
        ("ㄱㅅㄱㅅ", SmallTalk.THANKS),
        ("ok chalo, aavjo", SmallTalk.GOODBYE),
        ("chisarai", SmallTalk.GOODBYE),
    ],
)
def test_thanks_and_goodbyes_of_more_languages_close(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ممنونم 🙏", SmallTalk.THANKS),
        ("خیلی ممنون، عالی بود", SmallTalk.THANKS),
        ("شکریہ بھائی", SmallTalk.THANKS),
        ("خداحافظ", SmallTalk.GOODBYE),
        ("اللہ حافظ", SmallTalk.GOODBYE),
        ("کمکی نکرد 😕", SmallTalk.FRUSTRATION),
        ("این جواب اصلا به سوالم ربطی نداشت", SmallTalk.FRUSTRATION),
        ("اس سے کوئی مدد نہیں ملی", SmallTalk.FRUSTRATION),
    ],
)
def test_persian_and_urdu_small_talk_in_their_script(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Arabic "until we meet", "good luck" closing a chat; Persian "may you not be tired",
        # "have a nice day", "good morning"; Persian "قربانت" in letters Arabic shares
        ("إلى اللقاء", SmallTalk.GOODBYE),
        ("بالتوفيق", SmallTalk.GOODBYE),
        ("خسته نباشید", SmallTalk.THANKS),
        ("روز خوبی داشته باشی", SmallTalk.THANKS),
        ("صبح بخیر", SmallTalk.GREETING),
        ("قربانت", SmallTalk.THANKS),
        ("انت روبوت ولا انسان؟", SmallTalk.IDENTITY),
    ],
)
def test_arabic_and_persian_courtesies_glossed_as_phrases(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        # "ما هي" (what are), "شنو هو" (what is), Egyptian "هو لازم" (must), the relative
        # "اللي" and "فيها" (in), Persian "که" (that, a conjunction): no pointing back
        "ما هي المهارات المطلوبة لتدريب في تعلم الآلة؟",
        "بلاتي، شنو هو Kaggle؟",
        "هو لازم اعرف deep learning ولا كفاية machine learning؟",
        "طب ايه الكورسات اللي تنصحني بيها",
        "وش أفضل طريقة أتعلم فيها بايثون؟",
        "رزومه‌ام رو چطور بنویسم که قبول بشم",
    ],
)
def test_arabic_script_questions_that_stand_alone_do_not_point_back(text):
    (part,) = read(text, THREAD).parts
    assert not part.cues.points_back and not part.cues.leans


@pytest.mark.parametrize(
    ("text", "more", "doubt"),
    [
        ("المزيد من فضلك", True, False),
        ("طيب وبعدين؟", True, False),
        ("بیشتر توضیح بده", True, False),
        ("دوباره توضیح بده لطفا", True, False),
        ("لا أظن ذلك", False, True),
        ("هذا غير صحيح", False, True),
    ],
)
def test_arabic_and_persian_more_and_doubts(text, more, doubt):
    (part,) = read(text, THREAD).parts
    assert (part.cues.more, part.cues.doubt) == (more, doubt)


def test_urdu_second_one_in_letters_arabic_shares_picks():
    assert read("دوسرا والا", THREAD).pick == 1


@pytest.mark.parametrize(
    ("text", "more", "doubt"),
    [
        ("دیگه چی؟", True, False),
        ("مزید بتائیں", True, False),
        ("مطمئنی؟", False, True),
        ("مطمئن نیستم", False, True),
        ("مجھے شک ہے", False, True),
        ("کیا واقعی؟", False, True),
    ],
)
def test_persian_and_urdu_ask_for_more_and_doubt(text, more, doubt):
    (part,) = read(text, THREAD).parts
    assert (part.cues.more, part.cues.doubt) == (more, doubt)


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        (
            "برای کارآموزی چه پروژه\u200cهایی بسازم؟ و رزومه\u200cام را چطور بنویسم؟",
            ["for internship what project build?", "and resume how write?"],
        ),
        (
            "کیا پی ایچ ڈی ضروری ہے؟ اور کتنے پیسے لگیں گے؟",
            ["phd necessary?", "and how many money take will?"],
        ),
    ],
)
def test_two_questions_in_persian_or_urdu_are_two_parts(text, queries):
    assert [p.query for p in read(text).parts] == queries


@pytest.mark.parametrize(
    "text",
    [
        "hmm you're not really telling me what's different for startups",
        "that not enough. too vague.",
        "you keep giving me almost the same text",
        "that's the same thing you told me a minute ago",
        "ur answers not really helping",
    ],
)
def test_more_ways_of_saying_the_answer_misses_are_frustration(text):
    assert read(text).small_talk is SmallTalk.FRUSTRATION


@pytest.mark.parametrize("text", ["is that enough for a referral?", "is one project not enough?"])
def test_asking_whether_something_is_enough_is_a_question(text):
    assert read(text).parts


@pytest.mark.parametrize(
    "text",
    [
        "sorry, tell me more about the interviews",
        "my bad. more on github projects pls",
        "I get annoyed too fast 🙈 tell me more about the practising part",
    ],
)
def test_more_with_a_subject_after_an_apology_or_a_remark_is_more_about_it(text):
    assert cues(text).more_about


def test_more_with_a_subject_after_a_question_is_not_only_more():
    assert not cues("what is a phone screen? tell me more about the interviews").more_about


@pytest.mark.parametrize(
    "text",
    [
        "Please explain how the phone screens work. Show me a plan. Thank you.",
        "give me the steps to get a referral thank you",
        "could you list the best courses, thanks a lot",
    ],
)
def test_a_request_told_to_the_bot_and_then_thanks_is_still_asked(text):
    assert read(text).parts


@pytest.mark.parametrize(
    "text",
    ["give me a sec, thanks", "ok thanks, I'll show my advisor", "thanks, I'll tell my friends"],
)
def test_telling_someone_else_or_asking_for_a_moment_still_just_thanks(text):
    reading = read(text)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


@pytest.mark.parametrize("text", ["удачи пожелай", "успеха мне пожелайте"])
def test_russian_wish_me_luck_in_either_order_is_luck(text):
    assert read(text).small_talk is SmallTalk.LUCK


@pytest.mark.parametrize(
    "text",
    [
        "that sounds too general",
        "you're not hearing me",
        "this seems way too vague",
        "dis ent helping me at all",
        "yuh ent listening to me",
        "dat ent really answer my question",
    ],
)
def test_complaints_about_a_general_answer_or_not_being_heard_are_frustration(text):
    assert read(text).small_talk is SmallTalk.FRUSTRATION


@pytest.mark.parametrize(
    "text",
    [
        "ok I gone!! de bus reach",
        "lol aright I gone, tell yuh later how it went",
        "okay I gone now",
    ],
)
def test_bajan_i_gone_opening_a_message_says_goodbye(text):
    assert read(text).small_talk is SmallTalk.GOODBYE


@pytest.mark.parametrize("text", ["I gone through all de notes, wuh next?", "I gone to de lab"])
def test_gone_somewhere_or_through_something_says_no_goodbye(text):
    assert read(text).small_talk is not SmallTalk.GOODBYE


@pytest.mark.parametrize(
    ("text", "more", "more_about"),
    [
        ("wuh else??", True, False),
        ("ok wuh else I should do?", True, False),
        ("anyting else bout de interviews?", False, True),
        ("anything else about the coding round?", False, True),
    ],
)
def test_bajan_asks_for_more(text, more, more_about):
    (part,) = read(text).parts
    assert (part.cues.more, part.cues.more_about) == (more, more_about)


@pytest.mark.parametrize(("text", "pick"), [("de first one pls", 0), ("tell me de second one", 1)])
def test_bajan_picks(text, pick):
    assert read(text).pick == pick


def test_bajan_wuh_asks_a_second_question():
    parts = read("gimme de short version fuh de resume also wuh de best GPU fuh training").parts
    assert len(parts) == 2


@pytest.mark.parametrize(
    ("text", "doubt"),
    [("should we do open source?", False), ("open-source?", False), ("any source?", True)],
)
def test_open_source_is_no_request_for_a_source(text, doubt):
    assert cues(text).doubt is doubt


def test_another_languages_word_is_no_dropped_g():
    # Indonesian "bikin" (make) is no "biking"; "codin" is "coding"
    assert read("bikin portfolio ML?").parts[0].query == "bikin portfolio ML?"
    assert read("codin every day, wat else?").parts[0].query == "coding every day, what else?"


@pytest.mark.parametrize(
    ("text", "kind"),
    [("I will begin tonight itself.", SmallTalk.THANKS),
     ("ok, I'll start with the courses then", SmallTalk.THANKS),
     ("thanks! I'm going to sign up this weekend", SmallTalk.THANKS),
     ("Tashi delek la. I shall try it tonight.", SmallTalk.THANKS),  # an unread closer
     ("bye! I'll practice every day", SmallTalk.GOODBYE)],
)  # fmt: skip
def test_what_the_student_will_do_next_closes_the_chat_after_an_answer(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts and reading.pick is None


@pytest.mark.parametrize(
    "text",
    ["I will apply next year, do I need a PhD?",  # asks
     "so after the internship I will not be a student anymore",  # not a plan
     "I'll be in Berlin next summer",  # a state
     "I will ask my advisor. Is a referral better than applying online?"],
)  # fmt: skip
def test_a_plan_that_asks_or_states_is_no_closer(text):
    assert read(text, THREAD).parts


def test_a_plan_as_a_first_message_is_the_students_situation():
    assert read("I will apply for ML internships next year.").parts


@pytest.mark.parametrize(
    "text",
    [
        "do I need a phd?",
        "who wrote this guide?",  # the author, not the bot
        "are you sure a phd is not needed?",
        "no, I meant the coding interview. how do I prepare?",
        "is it a problem if my college is not top?",
        "what did the article say about colab?",
        "thanks, but do I need a phd?",
        "I have an interview tomorrow, what should I revise?",
        "is a real person better or a bot for this?",
        "does the same thing apply again for a masters student?",
        "cheers, but do i need a phd?",
        "is the interviewer trying to make me fail?",
        "i need help with the interview process",
        "what happens later in the process",
        "good night before the interview, what should i revise?",
        # Bangla "ta" is a classifier, not the Australian thanks
        "apu pytorch naki tensorflow kon ta shikhbo and also colab e ki enough GPU pabo",
        "can I ask you a question about leetcode?",
        "quick question about leetcode",
        "quick question: do i need a phd?",
        "may i ask what the phone screen is like?",
        # complaint words inside a real question
        "Is DSA not that useful for ML roles?",
        "the interviewer didn't tell me my result, should I email them?",
        "what if the HR gives no answer then?",
        "recruiter ne kuch bataya nahi, ab kya karu?",
        "tell me what you can do to stand out without a referral",
        "can i ask some questions about internships? i want to know the stipend for ML interns",
        "how are you finding the interview process",
        "you keep saying github matters, but what should be on it?",
        # found by review: greetings, goodbyes and complaints inside real questions
        "what's good for beginners?",
        "what's new in ML?",
        "whats up with referrals?",
        "how are you paid?",
        "how are you evaluated?",
        "how r u selected?",
        "help me out",
        "bro help me out",
        "im out of ideas for projects",
        "it aint working, what should i do about my resume?",
        "câu hỏi hơi chung chung nhưng em nên chuẩn bị phỏng vấn thế nào?",
        "phỏng vấn với người thật hay AI?",
        "what's up with phone screens",
        "what's good to put on github?",
        "out of ideas for projects, what should i build?",
        # goodbye words of the Irish and texting closers inside real questions
        "do i have to go to the US for it",
        "I gotta go through 3 rounds, how do I prep?",
        "talk again about the phone screens",
        "kohomada apply karanne?",
        "is the advice too vague for beginners?",
        "are you like the author?",
        "is this a real person problem?",
        "is the interview too long?",
        "which one is safe to use, colab or aws",
        "I am done for today with leetcode, what next?",
        "sick of leetcode, what else can I do",
        # found by the second review
        "my gpa is 3.88 and i know pytorch and sklearn",
        "I've solved 88 problems on leetcode so far",
        "my resume is too long",
        "the application form is so long",
        "its vague what they want in the interview, how do I prepare?",
        "a recruiter messaged me on linkedin, is this a real person or a scam?",
        "you are like a real person lol, how do i apply to meta?",
        "are you like ai researchers, do you publish?",
        "is it safe",
        # a letter's courtesy words, in a question
        "would a recruiter rather see a person or a machine learning model on my CV?",
        "should I try my luck with startups first?",
        "I want to try my luck at Google's internship program",
        "greetings from the team at nvidia was the subject of an email, is that a good sign?",
        "should I repeat the same course if I failed it?",
        "is a person or a machine better at grading essays",
        "is the human or machine better at code review?",
        "you repeated it twice in the last answer, but what is the second step?",
        "that's just PR speak, they turn down nearly everyone anyway",
        "ok",  # an acknowledgement is small talk …
    ][:-1],
)
def test_a_question_is_never_small_talk(text):
    assert small_talk(text) is None


@pytest.mark.parametrize(
    "text",
    ["career fair my school no big tech come, conference booth how that work, and apply on "
     "website worth it or waste of time",
     "ok so applying to US roles from Gdańsk - realistic or waste of time"],
)  # fmt: skip
def test_weighing_worth_against_waste_of_time_is_a_question_not_a_complaint(text):
    assert small_talk(text) is None


def test_a_complaint_with_an_or_is_still_a_complaint():
    assert small_talk("this is outdated or useless") is SmallTalk.FRUSTRATION


def test_courtesy_around_a_question_is_taken_off():
    assert split_small_talk("thanks! and how do I apply?") == (
        split_small_talk("thanks! and how do I apply?").__class__(
            SmallTalk.THANKS, "and how do I apply?"
        )
    )
    courtesy = split_small_talk("how do I apply? thank you")
    assert courtesy.kind is SmallTalk.THANKS and courtesy.rest == "how do I apply?"
    assert split_small_talk("do I need a phd?").kind is None


@pytest.mark.parametrize(
    "text",
    [
        "thanks a lot. I would like to know which courses I should take first",
        "thank you! I want to know how the phone screens go",
        "ok thanks, I was wondering whether a referral really matters",
    ],
)
def test_thanks_before_a_question_put_as_a_wish_to_know_leaves_the_question(text):
    courtesy = split_small_talk(text)
    assert courtesy.kind is SmallTalk.THANKS
    assert courtesy.rest and courtesy.rest in text and "thank" not in courtesy.rest.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Je souhaiterais savoir comment postuler à un stage en data science. Cordialement.",
        "Comment trouver un stage en ML au Burkina. Cordialement",
        "J'aimerais avoir des conseils pour préparer mon entretien technique. Respectueusement.",
    ],
)
def test_a_letters_closing_after_a_request_leaves_the_request(text):
    reading = read(text)
    assert reading.parts and "ordialement" not in reading.parts[0].query
    assert "espectueusement" not in reading.parts[0].query


@pytest.mark.parametrize(
    "text", ["Cordialement", "Respectueusement, Moussa", "Ma considération distinguée."]
)
def test_a_letters_closing_alone_is_thanks(text):
    assert small_talk(text) is SmallTalk.THANKS


def test_a_topic_that_is_merely_discouraging_stays_a_question():
    assert small_talk("is it discouraging that most interns have a phd?") is None


# ── acts ─────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    ["more", "tell me more", "moreee", "can u elaborate a bit", "aur?", "anything else?",
     "what else", "go on", "example pls", "ano pa po", "more ideas pls", "any other suggestions?"],
)  # fmt: skip
def test_requests_for_more(text):
    assert cues(text).more


@pytest.mark.parametrize(
    "text",
    ["tell me more about the kaggle part", "ok more on the interviews pls",
     "can you say a bit more about referrals",
     "I should be glad to learn a little more concerning the phone screens",
     "I would like to hear more about the competitions, if you please"],
)  # fmt: skip
def test_more_with_a_subject_is_its_own_cue(text):
    found = cues(text)
    assert found.more_about and not found.more


@pytest.mark.parametrize("text", ["tell me more about him", "more about him pls"])
def test_more_about_the_author_points_back(text):
    # after an answer about the author, "him" is the author: more, not a new subject
    found = cues(text)
    assert found.more and found.points_back


@pytest.mark.parametrize(
    "text", ["more money?", "tell me about colab", "do I need a phd?", "is colab free?"]
)
def test_a_question_with_a_subject_is_not_a_bare_request_for_more(text):
    assert not cues(text).more


@pytest.mark.parametrize(
    "text",
    ["Mmh, go on", "hmmm more?", "ummm anything else?", "ok thanks, more please",
     "Is there more you can tell me on that? I'd rather know everything up front.",
     "my advisor has no industry links. other options?", "ok github noted. what else tho",
     "Go on, this is really interesting!", "please keep going, i'm writing it all down",
     "is there other option too?", "any other option?"],
)  # fmt: skip
def test_a_request_for_more_beside_a_sound_or_a_remark(text):
    assert cues(text).more


@pytest.mark.parametrize(
    "text",
    ["tell me more, how much do they pay?", "more specific please, what type of problems?",
     "the visa side of it, if they did take me, how does that work",
     "my teachers have no contacts. so what then", "the competitions part, which ones",
     "I know more now. How do I apply?", "ummm", "hmm ok", "oh so i should",
     "go on, how do i apply?",
     # a preface, not a request
     "More specifically, I want internships in computer vision.",
     "Another thing, I need visa sponsorship for the UK.",
     "Anything else, I want to know about the stipend.", "the rest, I already know."],
)  # fmt: skip
def test_a_clause_asks_for_more_only_when_nothing_else_is_asked(text):
    assert not cues(text).more


@pytest.mark.parametrize(
    ("text", "pick"),
    [("the second one", 1), ("open the first", 0), ("2nd pls", 1), ("number 2", 1),
     ("the other one", 0), ("tamam el awel", 0), ("second wala batao", 1),
     ("ok prothom ta", 0), ("ikkinchisini ochib bering", 1), ("iya mbere please", 0),
     ("eka", 0), ("I think the first of those two suggestions, please", 0),
     ("the second of the two options", 1), ("the latter please", 1), ("the former", 0),
     ("I would be most grateful to read the first of the topics you have suggested", 0),
     ("Kindly let me see the second option that you offered, if it is no trouble", 1),
     ("let me open the second one under your answer", 1), ("the first link below", 0)],
)  # fmt: skip
def test_picks(text, pick):
    assert cues(text).pick == pick


@pytest.mark.parametrize(
    "text",
    # Hindi "prem se bata do" (tell me kindly: not Mauritian "prem", the first), a laptop
    # typed in two words (not romanized Dzongkha "lap", tell, before "top")
    ["prem se bata do yaar", "prem se samjhao na", "ok bhai, lap top le lu kya pehle?"],
)
def test_words_a_new_variety_picks_with_pick_nothing_in_other_languages(text):
    reading = read(text, THREAD)
    assert reading.pick is None and reading.parts


@pytest.mark.parametrize(
    "text",
    # Macedonian "thanks a lot (brother), see you", after the Croatian glossary read "fala"
    ["fala mnogu, se gledame", "fala mnogu bratot"],
)
def test_macedonian_thanks_with_fala_are_thanks(text):
    assert read(text, THREAD).small_talk is SmallTalk.THANKS


@pytest.mark.parametrize(
    "text",
    ["are you sure?", "really? even research labs?", "source?", "that sounds too good to be "
     "true", "isn't that outdated", "sach mein?", "that can't be right", "sicura??",
     "davvero?", "صدق؟ even research labs?", "متأكد؟", "hard to believe tbh",
     "hmm not sure about that", "that sounds off", "Is that truly so, Madam?",
     "I confess I find that difficult to believe.",
     "I would have thought a doctorate was required for such places."],
)  # fmt: skip
def test_doubts(text):
    assert cues(text).doubt


def test_a_patois_doubt_is_read_through_its_glossary():
    text = "wait so if mi done school mi cyaan get one at all? dat cyaan right"
    assert read(text, THREAD).parts[0].cues.doubt
    assert read("ok tell mi bout di second one", THREAD).pick == 1  # the second


@pytest.mark.parametrize(
    "text",
    # Portuguese "and now?", "and then?"; Russian "other options?" (not a pick of the first)
    ["ok, e agora?", "e depois?", "другие варианты?"],
)
def test_and_now_and_other_options_ask_for_more(text):
    reading = read(text, THREAD)
    assert reading.pick is None and reading.parts[0].cues.more


@pytest.mark.parametrize(
    "text",
    ["one unrelated question: how much do interns earn?", "quick random q: visa?",
     "off topic but do you like football", "a different question, is the visa hard?"],
)  # fmt: skip
def test_a_question_said_to_be_unrelated_changes_the_subject(text):
    assert cues(text).changes_subject


def test_leaning_and_subject_changes():
    assert cues("and for undergrads?").leans
    assert cues("is that true in europe?").points_back
    assert cues("btw do I need a phd").changes_subject
    # "ok so" goes on from the answer more often than it leaves it (22 of 34 open later
    # turns lean or ask for more, 12 change the subject)
    assert not cues("ok so how do I get ready for that?").changes_subject
    assert not cues("which deep learning framework should I learn?").leans
    assert cues("what else helps besides papers").asks_for_others


@pytest.mark.parametrize(
    "text",
    ["Are there other misconceptions like this one that I should know?",
     "ok and there is other myths like this one ?", "any other myths like that one?",
     "are there other sites?", "so what's left for me",
     # more, with a subject (v28): not "more on that", which is more itself
     "More on the interview part.", "ok and more about the MOOCs?"],
)  # fmt: skip
def test_other_things_like_the_last_one_asks_for_others(text):
    assert cues(text).asks_for_others and cues(text).pick is None


@pytest.mark.parametrize(
    ("text", "set_aside"),
    [("anything else besides github?", "github"),
     ("What else helps, besides GitHub?", "github"),
     ("Are there competitions besides Kaggle where student can show something?", "kaggle"),
     ("any other resources apart from courses", "courses"),
     ("Could you tell me more about the other ways to stand out apart from papers?", "papers"),
     ("other than the phd myth, any others?", "phd myth"),
     # what points back names nothing new: the thread's passages are set aside already
     ("besides that?", ""), ("others? besides those three", ""),
     ("what else is there", ""), ("except for me, who reads this?", "")],
)  # fmt: skip
def test_a_request_for_others_names_what_it_sets_aside(text, set_aside):
    assert cues(text).set_aside == set_aside


@pytest.mark.parametrize(
    ("text", "set_aside"),
    [("что ещё кроме курсов?", "courses"), ("¿qué más aparte de github?", "github")],
)
def test_what_a_gloss_sets_aside_is_read_in_english(text, set_aside):
    thread = Turn("how do i prepare?", "prep-dl-courses", "preparation")
    assert read(text, thread).parts[0].cues.set_aside == set_aside


@pytest.mark.parametrize(
    "text",
    ["do other students get internships without a phd?",
     "are there other students who got in without a phd?",
     "are there other interns from my college at google?",
     "do other recruiters like that?", "would other companies like this kind of project?",
     "is there more on kaggle in the guide?", "more about me: third year, no GPU",
     # Spanish and Romanian "este" (this, is), not Slovak "ešte iné" (something else)
     "¿qué piensas de este internship en Google?", "este important să am publicații?"],
)  # fmt: skip
def test_other_things_without_asking_for_them_is_no_request(text):
    assert not cues(text).asks_for_others


@pytest.mark.parametrize("text", ["muuta?", "lisää", "yana?", "ibindi se?", "boshqa yo'llar?"])
def test_finnish_uzbek_and_kinyarwanda_ask_for_more(text):
    # after the v19 look
    found = cues(text)
    assert found.more or found.asks_for_others


@pytest.mark.parametrize(
    "text",
    # after the v21 look, invented: Serbian, Azerbaijani, Kannada, Igbo
    ["ima li jos nesto?", "jos neki nacin osim toga", "daha?", "bashqa variant var?",
     "bere enu madbeku", "gwa m ozo biko"],
)  # fmt: skip
def test_serbian_azerbaijani_kannada_and_igbo_ask_for_more(text):
    found = cues(text)
    assert found.more or found.asks_for_others


@pytest.mark.parametrize("text", ["Muita vinkkejä?", "muita tapoja?", "Muita esimerkkejä?"])
def test_finnish_other_ones_ask_for_more_when_a_glossary_reads_muita(text):
    # rv34: the Changana glossary reads Portuguese "muita" (much), so the question is no
    # longer one nothing reads
    assert read(text, THREAD).parts[0].cues.more


@pytest.mark.parametrize("text", ["am na leneen fii?", "am na leneen?", "wax ma leneen"])
def test_wolof_asks_for_more_when_a_glossary_reads_its_words(text):
    # rv33: Pular's glossary reads "fii", so the question is no longer one nothing reads
    assert read(text, THREAD).parts[0].cues.more


@pytest.mark.parametrize("text", ["dégg naa", "xam naa", "dem naa, jërëjëf"])
def test_wolof_naa_is_no_pular_doubt(text):
    # rv33: Wolof "naa" closes "I …" (I understand, I know, I'm off); Pular's "…, naa?" asks
    assert not cues(text).doubt


def test_more_in_a_language_nothing_reads_is_no_closer():
    reading = read("sta jos osim radova", THREAD)
    assert reading.small_talk is None and reading.parts[0].cues.asks_for_others


@pytest.mark.parametrize(
    "text",
    # Czech "bere" (takes), Yoruba "bere" (start); Brazilian "nego" (dude); Serbian
    # "ozbiljno" (seriously) inside a question
    ["bere recruiter vazne kurzy z Coursery?", "mo fe bere resources fun ML"],
)  # fmt: skip
def test_kannada_bere_alone_asks_for_nothing(text):
    assert not cues(text).asks_for_others


def test_words_of_one_language_that_are_small_talk_in_another_leave_the_question():
    assert not read("nego, qual framework eu aprendo?", THREAD).parts[0].cues.changes_subject
    assert read("kako si se ti pripremao za intervju?").small_talk is None
    assert read("hegiddira? ML internship hege sigutte?").parts
    assert read("qué caos, no entiendo nada").small_talk is None
    assert read("my prof says kaggle isn't especially useful for research").small_talk is None
    # Tagalog "bale" (so) opening a question, not Basque "bale" (ok)
    assert read("bale, ano po ang kailangan para sa ML internship?").small_talk is None


def test_a_greeting_in_a_variety_keeps_the_rest_in_it():
    # "zivjo" (hi) is a mark of Slovene: without it the rest has one mark, and was English
    reading = read("zivjo, a rabm phd za ML internship?")
    assert reading.small_talk is SmallTalk.GREETING
    assert reading.language.code == "sl"
    assert reading.parts[0].query == "need phd for ML internship?"
    # a greeting alone doesn't make English read as the greeting's language
    assert read("zivjo, what do i need for ML?").language.is_english


def test_hausa_yana_asks_for_nothing():
    assert not cues("kuma certificate din yana da amfani?").asks_for_others


@pytest.mark.parametrize(
    "text",
    ["how much do they pay interns?", "colab pro price in GBP? per month", "is it 10$ a month",
     "who pays for the visa, the company?", "do startups pay interns anything decent",
     "what's the stipend like", "how much is a decent RTX card rn", "which one pays better"],
)  # fmt: skip
def test_money_is_a_cue(text):
    assert cues(text).about_money


@pytest.mark.parametrize(
    "text",
    ["how much maths do i need?", "should I pay for the certificate?",
     "is the paid version of colab worth it?", "is colab free?", "how much leetcode per week?",
     "how much weight does open source carry?", "is the certificate worth the money?",
     "I have no money for a gpu, can I still do ML?", "how much time should I spend on it?",
     "I have a month before applications close", "how much difference does a PhD make"],
)  # fmt: skip
def test_what_the_guide_answers_about_paying_is_no_money_cue(text):
    # The guide says Colab is free with a paid tier, and whether a certificate is worth it.
    assert not cues(text).about_money


# ── several questions ────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("what should i study and how do i apply?", ["what should i study", "how do i apply?"]),
        ("do I need a phd? also is colab free?", ["do I need a phd?", "is colab free?"]),
        ("1) how many rounds are there 2) what do they ask",
         ["how many rounds are there", "what do they ask"]),
        ("- do i need c++\n- is leetcode enough", ["do i need c++", "is leetcode enough"]),
        ("I'm a 2nd year student. Do I need a PhD? And how do I apply?",
         ["I'm a 2nd year student. Do I need a PhD?", "how do I apply?"]),
        # a list is a list of questions, whether or not each item asks in English words
        ("ok so 1- best way to apply with no connections 2- how to stand out online",
         ["ok so best way to apply with no connections", "how to stand out online"]),
        ("I am a 3rd year student in Kerala. 1) what should I study 2) how do I apply",
         ["I am a 3rd year student in Kerala. what should I study", "how do I apply"]),
        ("1. github e ki upload korbo 2. open source e contribute kora ki dorkar",
         ["github e ki upload korbo", "open source e contribute kora ki dorkar"]),
        ("which leetcode level should i reach? also, does the interviewer want me to fail",
         ["which leetcode level should i reach?", "does the interviewer want me to fail"]),
        # run-ons without question marks: "also", a dash, Hinglish "aur"
        ("what do they ask in the phone screens also where do i train models for free",
         ["what do they ask in the phone screens", "where do i train models for free"]),
        ("github pe projects kaafi hai ya kaggle bhi karna padega - aur resume ek page ka "
         "chalega kya",
         ["github pe projects kaafi hai ya kaggle bhi karna padega",
          "resume ek page ka chalega kya"]),
        # an interjection before the first question; a topic named before a dash
        ("wait is coursera legit - do i need the certificates - and should i put kaggle on it",
         ["wait is coursera legit", "do i need the certificates", "should i put kaggle on it"]),
        ("so career fairs - do companies actually come to them - and do i interview right there",
         ["so career fairs - do companies actually come to them", "do i interview right there"]),
        ("just gimme the quick recap and then tell me what housing is like",
         ["just gimme the quick recap", "then tell me what housing is like"]),
        # a question after a colon or a few words of telling; an unmarked one added with
        # "also"; questions listed with commas or "+"
        ("two quick ones: do I need a PhD, and can I apply from abroad?",
         ["two quick ones: do I need a PhD", "can I apply from abroad?"]),
        ("i am not cs student can i still apply, also do i need c++",
         ["i am not cs student can i still apply", "do i need c++"]),
        ("pytorch or tensorflow? also colab enough or must buy own gpu",
         ["pytorch or tensorflow?", "colab enough or must buy own gpu"]),
        ("how important is C++, which maths modules should I take, and is a PhD needed?",
         ["how important is C++", "which maths modules should I take", "is a PhD needed?"]),
        ("what fundamentals do I need + which courses first + how do I apply",
         ["what fundamentals do I need", "which courses first", "how do I apply"]),
        # a list told in words; texting's "r" and "n"; "… or no"
        ("three things. First, who wrote this. Second, is Coursera enough. Third, do I need C++",
         ["three things who wrote this", "is Coursera enough", "do I need C++"]),
        ("PEHLA coding round me kya aata hai DUSRA chip huyen ka book kaha milega",
         ["coding round me kya aata hai", "chip huyen ka book kaha milega"]),
        # said aloud, without punctuation
        ("so two things first is colab enough and second do i need a phd",
         ["so two is colab enough", "do i need a phd"]),
        ("number one who wrote this number two is it still up to date",
         ["who wrote this", "is it still up to date"]),
        ("Two questions: firstly, is Kaggle worth it, and secondly, how do I get a referral?",
         ["Two questions is Kaggle worth it", "how do I get a referral?"]),
        # not a spoken list: "firstly" and "secondly" inside one question
        ("Is it better to firstly do a masters and secondly apply, or apply now?",
         ["Is it better to firstly do a masters and secondly apply, or apply now?"]),
        ("how many rounds r there and do they pay interns",
         ["how many rounds r there", "do they pay interns"]),
        ("who is the author? n is 2020 advice still ok",
         ["who is the author?", "is 2020 advice still ok"]),
        ("my cgpa is 7.2 is it enough for ML internships. what else should I do",
         ["my cgpa is 7.2 is it enough for ML internships.", "what else should I do"]),
        ("ok so how important is math, which courses should I take",
         ["ok so how important is math", "which courses should I take"]),
        ("what is python + do I need R?", ["what is python", "do I need R?"]),
        ("pytorch or tensorflow? and colab enough or must buy own gpu",
         ["pytorch or tensorflow?", "colab enough or must buy own gpu"]),
        # the message opens with the first item: an item, though it names a choice only
        ("1) pytorch or tensorflow 2) is free colab enough",
         ["pytorch or tensorflow", "is free colab enough"]),
        ("must i be student during the internship, and math olympiad counts on cv or no",
         ["must i be student during the internship", "math olympiad counts on cv or no"]),
        # a short first item that asks is an item, not a lead-in
        ("1) C++ обязателен?\n2) сколько DL курсов нужно минимум\n3) сертификаты с Coursera "
         "кто-то смотрит?",
         ["C++ обязателен?", "сколько DL курсов нужно минимум",
          "сертификаты с Coursera кто-то смотрит?"]),
        # Russian and Polish question words and joining words; lines of their own
        ("PyTorch или TF?\nи где тренить без GPU\nи сколько стоит Colab Pro",
         ["PyTorch или TF?", "где тренить без GPU", "сколько стоит Colab Pro"]),
        ("Интервьюер правда хочет чтобы я прошла? и что спрашивают на recruiter call",
         ["Интервьюер правда хочет чтобы я прошла?", "что спрашивают на recruiter call"]),
        ("czy potrzebuję doktoratu oraz ile kursów DL trzeba zrobić",
         ["czy potrzebuję doktoratu", "ile kursów DL trzeba zrobić"]),
        # a tag question closes a part; an imperative that asks for a summary
        ("do i need a visa to go?? y mi uni no es top, is that a problem",
         ["do i need a visa to go??", "mi uni no es top, is that a problem"]),
        ("summarize the article in 5 points. and which point matters most for olympiad people",
         ["summarize the article in 5 points.", "which point matters most for olympiad people"]),
        # texting "n" for "and", before a question word
        ("how do i get a referral if i know nobody there n how much do interns get paid",
         ["how do i get a referral if i know nobody there", "how much do interns get paid"]),
        # two questions asked indirectly
        ("I was wondering if I can apply from Canada and also if the interviewer will trap me",
         ["I was wondering if I can apply from Canada", "if the interviewer will trap me"]),
        # a question after a comma, about a subject of its own
        ("is python enough, do i need c++ and whats leetcode",
         ["is python enough", "do i need c++ and whats leetcode"]),
        ("whats the short version of all this, does publishing a paper even help an undergrad",
         ["whats the short version of all this", "does publishing a paper even help an undergrad"]),
        # texting "n" before a question of four words or more; "whos", "tldr"
        ("what shld i put on github n do kaggle comps actually help ur chances",
         ["what shld i put on github", "do kaggle comps actually help ur chances"]),
        ("whos the guy that wrote this and is it still relevant now",
         ["whos the guy that wrote this", "is it still relevant now"]),
        ("tldr of all this pls, also does it work for startups",
         ["tldr of all this pls", "does it work for startups"]),
        # a short choice, then another question
        ("pytorch or tf and also where do i even train stuff without a gpu",
         ["pytorch or tf", "where do i even train stuff without a gpu"]),
        # after a colon, a question opens with its verb
        ("Two questions: is PyTorch better than TensorFlow; and where I can train with no GPU?",
         ["Two questions: is PyTorch better than TensorFlow", "where I can train with no GPU?"]),
        # "also" between two questions, not inside one
        ("Can I apply to US internships from here, do big companies also have intern positions in "
         "Europe", ["Can I apply to US internships from here",
                    "do big companies also have intern positions in Europe"]),
        # Québec "pis" and "-tu"; Vietnamese "và", typed with or without tone marks
        ("mon école est pas top, ça me nuit-tu pour les stages pis les compétitions ça sert-tu",
         ["mon école est pas top, ça me nuit-tu pour les stages", "les compétitions ça sert-tu"]),
        ("cần mạnh code tới mức nào ạ và nên luyện ở đâu, LeetCode được không?",
         ["cần mạnh code tới mức nào ạ", "nên luyện ở đâu, LeetCode được không?"]),
        # a list numbered in the writer's own digits: Arabic, Urdu, Bengali, Devanagari
        ("١. ماذا أدرس ٢. كيف أتقدم للتدريب", ["ماذا أدرس", "كيف أتقدم للتدريب"]),
        ("۱) کیا مجھے پی ایچ ڈی چاہیے ۲) کیا Kaggle کافی ہے",
         ["کیا مجھے پی ایچ ڈی چاہیے", "کیا Kaggle کافی ہے"]),
        ("১. github এ কি প্রজেক্ট দিব ২. open source এ contribute করা কি দরকার",
         ["github এ কি প্রজেক্ট দিব", "open source এ contribute করা কি দরকার"]),
        ("१) मुझे क्या पढ़ना चाहिए २) अप्लाई कैसे करूं",
         ["मुझे क्या पढ़ना चाहिए", "अप्लाई कैसे करूं"]),
        ("١ ماذا أدرس قبل التقديم\n٢ كيف أحضّر للمقابلة",
         ["ماذا أدرس قبل التقديم", "كيف أحضّر للمقابلة"]),
    ],
)  # fmt: skip
def test_several_questions_are_split(text, parts):
    assert split_questions(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # questions between slashes, one of them asked in the negative
        ("who's the author / isn't 2020 kind of old / does any of it apply to startups",
         ["who's the author", "isn't 2020 kind of old",
          "does any of it apply to startups"]),
        # a recap asked for without a verb, then a question
        ("quick recap of whole advice please, and which competitions count",
         ["quick recap of whole advice please", "which competitions count"]),
        ("short version of everything. then where to start with github",
         ["short version of everything.", "then where to start with github"]),
        # "was it …" asks; "was" alone tells
        ("does the advice hold for startups, and was it written before 2021?",
         ["does the advice hold for startups", "was it written before 2021?"]),
        ("I got an offer last year, was rejected later, how do I apply again?",
         ["I got an offer last year, was rejected later, how do I apply again?"]),
    ],
)  # fmt: skip
def test_a_recap_a_negative_question_and_slashes_split_too(text, parts):
    assert split_questions(text) == parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # a dictated run-on with no punctuation at all
        ("what should i study first and how do i get a referral also is a phd needed",
         ["what should i study first", "how do i get a referral", "is a phd needed"]),
        # questions written as statements, and a letter's "I should like to know whether…"
        ("i want to know how the phone screen works and also which courses count",
         ["i want to know how the phone screen works", "which courses count"]),
        ("i would like to know whether i need a phd and how i should practice leetcode",
         ["i would like to know whether i need a phd", "how i should practice leetcode"]),
        ("I should be glad to know which modules matter most, and also whether a "
         "certificate helps", ["I should be glad to know which modules matter most",
                                "whether a certificate helps"]),
        # "then" and "furthermore" before a question or a request
        ("what courses should i take then how do i apply",
         ["what courses should i take", "how do i apply"]),
        ("give me a short summary of everything then tell me which blogs i should read",
         ["give me a short summary of everything", "tell me which blogs i should read"]),
        ("is a gpu worth buying, furthermore are there free notebooks for training",
         ["is a gpu worth buying", "are there free notebooks for training"]),
        # a summary asked for, then a question
        ("pls send the overall recap + which laptop should i get",
         ["pls send the overall recap", "which laptop should i get"]),
        # a condition, then the question's own word order
        ("how long is the screening call and if so do the interviewers test coding",
         ["how long is the screening call", "if so do the interviewers test coding"]),
    ],
)  # fmt: skip
def test_run_ons_statements_and_requests_split(text, parts):
    assert split_questions(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "pytorch and tensorflow, which one?",
        "how do recruiters and hiring managers decide",
        "what should i learn and how",
        "i want to know how to write a good resume and cover letter",
        "if the company is a startup and it is small, should I still apply",
        "if I fail the screen then what happens",
    ],
)
def test_one_question_with_and_or_then_stays_whole(text):
    assert split_questions(text) == [text]


def test_lines_that_each_ask_are_parts_and_wrapped_lines_are_not():
    asked = read("how long does the phone screen take\nwhich courses count for the resume")
    assert [p.text for p in asked.parts] == [
        "how long does the phone screen take",
        "which courses count for the resume",
    ]
    assert len(read("how do I get\nan ML internship?").parts) == 1
    assert len(read("I'm a second year student\nhow do I apply").parts) == 1
    # a greeting line is no part
    greeted = read("hello\nis a phd required for research roles\nalso how many problems a day")
    assert [p.text for p in greeted.parts] == [
        "is a phd required for research roles",
        "how many problems a day",
    ]


def test_a_letters_greeting_and_closing_are_no_parts_of_its_list():
    letter = (
        "Respected Sir,\nI trust this finds you well. I wish to ask:\n"
        "a) whether a distinction average is expected of applicants\n"
        "b) how a candidate may obtain a recommendation without contacts\n"
        "With gratitude,\nA student"
    )
    parts = split_questions(letter)
    assert len(parts) == 2
    assert parts[0].startswith("Respected Sir,") and "distinction" in parts[0]
    assert parts[1].startswith("how a candidate") and parts[1].endswith("A student")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("how i could get a referral, also, github projects really matter?",
         ["how i could get a referral", "github projects really matter?"]),
        ("colab enough or buy a nvidia card - and for the j1 visa the company helps?",
         ["colab enough or buy a nvidia card", "and for the j1 visa the company helps?"]),
        ("interviewer really want me to fail, also what coding topic they always ask",
         ["interviewer really want me to fail", "what coding topic they always ask"]),
    ],
)  # fmt: skip
def test_a_clause_added_with_also_or_a_dash_and_is_a_question_of_its_own(text, parts):
    assert [part.text for part in read(text).parts] == parts


@pytest.mark.parametrize(
    "text",
    [
        # "also" inside a clause, "and also" joining one question, telling before a dash
        "Is C++ also needed or is python enough for an ML internship?",
        "do I need a PhD and also publications to get a research internship?",
        "I'm a second-year student and I've been reading advice on courses, projects, "
        "contests — and it feels like too much. what are the essentials for an internship?",
        # a semicolon or a plus joins telling as often as questions
        "My background is heavy on math; I had one data structures course. how do I fill "
        "the gaps in CS fundamentals?",
        "I wonder whether maths + MOOCs cover the ML side for an internship",
    ],
)
def test_also_inside_a_clause_and_telling_before_a_dash_cut_nothing(text):
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped onto lines
        "how do I get\nan ML internship?",
        "how many leetcode problems\nshould I solve\nbefore applying?",
        "can I use colab for training\nor do I need my own GPU?",
        # a list of options or facts that one question asks about
        "- kaggle\n- github\n- leetcode\nwhich matters most?",
        "which matters most:\n- kaggle\n- github\n- leetcode",
        "here is my resume summary\n- 2 projects\n- 1 internship at a startup\n- 8.5 cgpa\n"
        "should I apply to google?",
        # telling, or a bare topic, before "also" or a dash
        "my github has 3 projects, also I have a kaggle bronze medal, is that enough?",
        "I don't have a GPU - and colab keeps crashing, what do I do?",
        "leetcode - and how many problems per day?",
        "kaggle - also github - which one should I focus on?",
    ],
)
def test_wrapped_lines_options_and_telling_stay_one_question(text):
    # found by a review of the line and "also" changes: each was cut into pieces
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("- kaggle or icpc which matters more\n- school olympiad counts?",
         ["kaggle or icpc which matters more", "school olympiad counts?"]),
        ("few things:\n- who wrote this\n- what are the main qualifications",
         ["few things: who wrote this", "what are the main qualifications"]),
    ],
)  # fmt: skip
def test_a_list_typed_one_item_per_line_is_read_as_its_items(text, parts):
    # read() once flattened line breaks before splitting, so these stayed one question
    assert [part.text for part in read(text).parts] == parts


def test_courtesy_on_a_line_of_its_own_is_taken_off():
    reading = read("salam\nmy senior said you cant get a deep learning internship without a phd")
    assert reading.small_talk is SmallTalk.GREETING
    assert [part.text for part in reading.parts] == [
        "my senior said you cant get a deep learning internship without a phd"
    ]
    assert "\n" not in reading.text


@pytest.mark.parametrize(
    "text",
    ["is 2/3 a good ratio", "pytorch/tensorflow which one",
     "but it's ML, why would they test me on sorting and that stuff? doesn't make sense"],
)  # fmt: skip
def test_a_slash_in_a_word_and_a_negative_remark_do_not_split(text):
    assert split_questions(text) == [text]


def test_a_terse_first_item_of_a_numbered_list_is_an_item_and_options_are_one_question():
    assert split_questions("1) kaggle worth it 2) how many phone screens 3) salary?") == [
        "kaggle worth it",
        "how many phone screens",
        "salary?",
    ]
    options = "1) pytorch 2) tensorflow 3) jax. Which one should a beginner learn?"
    assert split_questions(options) == [options]
    assert split_questions("ok so 1) do I need a phd 2) does my uni matter") == [
        "ok so do I need a phd",
        "does my uni matter",
    ]
    # terse items with the question asked of them all after the last, in any language
    for text in (
        "1- PyTorch 2- TensorFlow, laquelle choisir ?",
        "1) CV 2) cover letter, nifanyeje vizuri?",
        "1) Python 2) SQL 3) statistics. Nianze na ipi?",
    ):
        assert split_questions(text) == [text]


@pytest.mark.parametrize(
    "text, kind",
    [
        # Kinyarwanda and Kirundi closers the Kirundi glossary now knows the words of, and
        # Krio "good night"
        ("Mugire umunsi mwiza!", SmallTalk.GOODBYE),
        ("mbega! ibi ni byiza", SmallTalk.THANKS),
        ("Gud nɛt", SmallTalk.GOODBYE),
        # isiZulu and isiXhosa "go well", whose words siSwati's glossary reads (rv33)
        ("hamba kahle", SmallTalk.GOODBYE),
        ("uhambe kakuhle", SmallTalk.GOODBYE),
    ],
)
def test_closers_in_words_a_new_glossary_knows_are_still_small_talk(text, kind):
    assert read(text).small_talk is kind and not read(text).parts


@pytest.mark.parametrize(
    "text",
    ["Isn't it funny, I got rejected by 5 companies already. what am I doing wrong?",
     "Short version: I got rejected everywhere. what now?",
     "My resume has a short summary at the top. Should I keep it?"],
)  # fmt: skip
def test_a_negative_remark_or_a_summary_told_about_is_no_question_of_its_own(text):
    assert split_questions(text) == [text]


@pytest.mark.parametrize(
    "text",
    ["I'm not sure about this internship offer, should I accept it?",
     "my accent sounds off in interviews", "hard to believe I got an interview! how do I prepare?",
     "I would have thought so, but what about startups?", "I would have thought so too",
     "сомневаюсь, что меня возьмут без опыта, что делать?",
     "я сомневаюсь между pytorch и tensorflow, что выбрать?",
     "я не верующий, но интересно: берут ли без диплома?"],  # Belarusian "не веру" is no doubt here
)  # fmt: skip
def test_doubt_words_about_the_students_own_things_are_no_doubt(text):
    assert not cues(text).doubt


@pytest.mark.parametrize("text", ["he aplicado a muchas empresas", "her gün leetcode çözüyorum"])
def test_he_and_her_in_other_languages_point_nowhere(text):
    assert not cues(text).points_back


def test_a_varietys_own_joining_words_split_only_its_messages():
    # unmarked Vietnamese "va" (and); Spanish and French "va" (goes) joins nothing
    vietnamese = variety("vi")
    assert vietnamese is not None
    text = "apply o booth tai conference la sao a, va career fair o truong co hieu qua ko a"
    assert split_questions(text, vietnamese.joiners) == [
        "apply o booth tai conference la sao a",
        "career fair o truong co hieu qua ko a",
    ]
    assert len(read("em nên học môn gì ạ, va career fair ở trường có hiệu quả không ạ").parts) == 2
    for text in (
        "¿Cómo creen que me va a ir en Google si no sé cómo programar bien?",
        "Est-ce que ça va m'aider pour trouver un stage, quel projet choisir?",
        "What companies in northern VA do ML internships for undergrads?",
    ):
        assert split_questions(text) == [text]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Croatian "kolko" (how much), "tko" (who), Dalmatian "di" (where), "isplati li" (is
        # it worth), "priznaju li" (do they recognise), "triba li" (is it needed), after "i"
        ("kolko traje cijela prijava i tko mi javlja rezultat",
         ["kolko traje cijela prijava", "tko mi javlja rezultat"]),
        ("isplati li se ic na natjecanja i priznaju li firme certifikate",
         ["isplati li se ic na natjecanja", "priznaju li firme certifikate"]),
        ("triba li znat c++ i di se mogu prijavit", ["triba li znat c++", "di se mogu prijavit"]),
    ],
)  # fmt: skip
def test_croatian_question_words_split_at_its_and(text, parts):
    croatian = variety("sr")
    assert croatian is not None
    assert split_questions(text, croatian.joiners) == parts


def test_comorian_joiners_and_question_words_split_comorian():
    # Comorian "na" (and) before "hapvi" (where), "mbona" (why); not inside one question
    # ("Python na C++", Python and C++)
    comorian = variety("zdj")
    assert comorian is not None
    assert split_questions(
        "Ngamfanye hindri ha wara stage? na hapvi ngapvo ma offres?", comorian.joiners
    ) == ["Ngamfanye hindri ha wara stage?", "hapvi ngapvo ma offres?"]
    assert split_questions(
        "Ye CV ndo page ngapvi? na mbona GitHub ndo muhimu?", comorian.joiners
    ) == ["Ye CV ndo page ngapvi?", "mbona GitHub ndo muhimu?"]
    text = "Python na C++ zi lazima ha stage?"
    assert split_questions(text, comorian.joiners) == [text]


def test_sango_joiners_and_question_words_split_sango():
    # Sango "na (nga)" (and (also)) before "ndo wa" (where), "ngbanga ti nyen" (why); not
    # inside one question ("Python na C++", Python and C++)
    sango = variety("sg")
    assert sango is not None
    assert split_questions(
        "Tongana nyen mbi wara stage, na nga ndo wa si mbi lingbi ti bâ offre?", sango.joiners
    ) == ["Tongana nyen mbi wara stage", "ndo wa si mbi lingbi ti bâ offre?"]
    assert split_questions(
        "CV a lingbi ti duti page oke, na ngbanga ti nyen GitHub a yeke kota?", sango.joiners
    ) == ["CV a lingbi ti duti page oke", "ngbanga ti nyen GitHub a yeke kota?"]
    text = "Mbi lingbi ti manda Python na C++ na ngoi oko?"
    assert split_questions(text, sango.joiners) == [text]


def test_hausa_joiners_and_question_words_split_hausa():
    # Hausa "kuma" (and, also) before "ta yaya" (how), "menene" (what), "wanne" (which); not
    # inside one question ("Python da C++", Python and C++)
    hausa = variety("ha")
    assert hausa is not None
    assert split_questions(
        "menene ake bukata don samun internship, kuma ta yaya zan rubuta CV dina?", hausa.joiners
    ) == ["menene ake bukata don samun internship", "ta yaya zan rubuta CV dina?"]
    text = "zan iya koyon Python da C++ a lokaci guda?"
    assert split_questions(text, hausa.joiners) == [text]


@pytest.mark.parametrize(
    ("text", "more", "doubt"),
    [
        ("akwai wani abu kuma?", True, False),
        ("karin bayani don Allah", True, False),
        ("ƙarin bayani malam", True, False),
        ("da gaske?", False, True),
        ("ka tabbata?", False, True),
        ("haba, ban yarda ba", False, True),
    ],
)
def test_hausa_asks_for_more_and_doubts(text, more, doubt):
    (part,) = read(text, THREAD).parts
    assert (part.cues.more, part.cues.doubt) == (more, doubt)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("na gode sosai malam", SmallTalk.THANKS),
        ("mun gode, Allah ya saka da alheri", SmallTalk.THANKS),
        ("to shikenan, sai gobe", SmallTalk.GOODBYE),
        ("sai an jima", SmallTalk.GOODBYE),
    ],
)
def test_hausa_thanks_and_goodbyes(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


def test_tetum_joiners_and_question_words_split_only_tetum():
    # Tetum "no mós" (and also) goes off the second part; Portuguese "no" (in the), "a
    # saida" (the exit) and Indonesian "ka" (kak, sis) ask nothing of their own
    tetum = variety("tet")
    assert tetum is not None
    assert split_questions(
        "oinsá mak ha'u bele hahú, no mós saida mak tenke estuda?", tetum.joiners
    ) == ["oinsá mak ha'u bele hahú", "saida mak tenke estuda?"]
    for text in (
        "qual a melhor saida para quem estuda no Brasil e quanto pagam os estágios?",
        "saya mau tanya ka, magang ML itu dibayar berapa ka?",
        # the name Hira closing an introduction is no Tetum "hira" (how much)
        "oi, tudo bom? sou o Hira",
        "Do I need a PhD? my name is Hira",
        "kak, gimana cara daftar? saya Hira",
    ):
        assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "I'm a 2nd year CS student and have no projects yet. How do I get an ML internship?",
        "I'm a math major and can code in python. do I need a CS degree?",
        "I have a CS degree and did 3 projects. Should I apply now?",
        "I applied last month and have not heard back. What should I do?",
        "i'm from india - have a cgpa of 7.5. can i get an internship at google?",
    ],
)
def test_telling_before_a_question_is_never_a_question_of_its_own(text):
    assert split_questions(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "do I need python and c++?",
        "what should I study and practice?",
        "I did 1) a course on ML, what next?",
        "what should i learn in 2 - 3 weeks before the interview?",
        "which is better, a - pytorch or b - tensorflow?",
        "eh, I'm a 2nd year cs student in Toronto. Do I need a PhD?",
        "Another question, please. Is Kaggle worth it for an internship?",
        "I'm from a small college and I don't know anyone. How can I get an internship?",
        "tell me more",
        "how should a person like me, who has a statistics background, become a programmer?",
        "ok what about conferences, what's this booth thing?",
        "and how much do they pay interns? like is it liveable",
        "are you sure? mi pana usa AWS pa todo y dice que está brutal",
        "sir apply karne ke aur tarike batao jisme chance zyada ho",
        "I have been learning ML for a year and I want to do it properly. What should I study?",
        "I applied last year and did it all through referrals. Should I cold email this time?",
        "I don't know what to do after graduation, what should I focus on?",
        "Can I apply with a 6 CGPA? also my college is tier 3",
        "is it worth learning DSA + ML theory together, or should I focus on one?",
        "I left a comment on the recruiter's LinkedIn post. Should I DM her too?",
        "mera pehla internship kaise milega",
        "I got the first and second round done, what next?",
        "At first I thought I needed a PhD. Do I?",
        "I have a second interview tomorrow. First one went well. Any tips for the second?",
        "I got rejected twice. First round was coding, second round was ML theory. How now?",
        "Mera pehla internship tha, ab dusra chahiye, kaise milega?",
        "I have no projects or no internships yet. What should I focus on?",
        "the main problem is that I have no GPU, what should I do?",
        "Как получить referral, если я никого там не знаю и нет связей?",
        "My technical interview was this week. What should I expect in the second round?",
        "The application deadline is this Friday. How should I prepare my resume?",
        # a question after a comma that points back, or tells
        "whats the deal with career fairs, do they actually work",
        "who even wrote this advice, is he legit?",
        "Really? I would have assumed that research teams, at least, would insist on a PhD.",
        "if i just apply cold on a careers page, do i have any shot at all?",
        "Which approaches, say greedy or dynamic programming, should I be comfortable with?",
        "Im a 4th year student at Cairo University, did a couple of ML courses. How do I apply?",
        # a choice, then "which" pointing back at it
        "pytorch or tensorflow. which one do i learn first",
        # "GI" is not Vietnamese "gì"; "nào cũng" is "every", not a question
        "I'm at a community college on the GI bill and I want to try for an internship, does it "
        "matter that I'm not at a big name school?",
        "thật không ạ? mình thấy job post của research lab nào cũng ghi PhD hết =))",
        # a bare "ko" ends Luganda and Cebuano sentences too
        "Gyebale ko. Is a gaming card okay for deep learning or it must be a special one?",
        # a guess at the answer is no question of its own
        "any other resources? some book maybe?",
        "what else for prepare? some blogs maybe?",
        # Tatar "яки", "әллә" (or) offer another choice in the same question; Russian
        # "-мы", "-ме" ("рекламы", "резюме") is no Tatar question particle
        "PyTorch өйрәнергәме? яки TensorFlow да ярыймы",
        "Colab бушлаймы, әллә түләргә кирәкме?",
        "Вижу много рекламы курсов и резюме, какой курс выбрать?",
    ],
)
def test_one_question_stays_whole(text):
    assert split_questions(text) == [text]


@given(st.text(max_size=400))
def test_splitting_never_loses_a_question_nor_makes_too_many(text):
    parts = split_questions(text)
    assert 1 <= len(parts) <= MAX_PARTS
    assert all(part.strip() for part in parts) or parts == [text]


# ── what is searched ─────────────────────────────────────────────────────────


def test_a_first_message_is_searched_once():
    reading = read("do I need a phd?")
    assert reading.queries == ("do I need a phd?",)


def test_after_an_answer_a_message_and_the_thread_are_embedded_not_the_two_joined():
    reading = read("and which hardware do I need for that?", THREAD)
    assert reading.queries == ("and which hardware do I need for that?", THREAD.question)
    # read with the thread too, by a search composed from those two (Mentor)
    assert reading.parts[0].context_query == with_context(
        THREAD.context, "and which hardware do I need for that?"
    )


def test_a_long_message_after_an_answer_is_read_alone():
    long = " ".join(f"word{i}" for i in range(MAX_CONTEXT_WORDS + 1)) + " do I need a phd?"
    assert read(long, THREAD).queries == (clean(long),)


def test_small_talk_and_picks_need_no_search():
    assert read("thanks a lot!", THREAD).queries == ()
    assert read("the second one", THREAD).pick == 1
    assert read("the second one", THREAD).queries == ()
    assert read("   ").empty and read("\x00\u200b").empty


def test_a_code_mixed_message_is_searched_in_english():
    reading = read("bhai kya ML internship ke liye PhD zaroori hai?")
    assert reading.language.code == "hi-Latn" and reading.language.mixed
    assert reading.queries == ("ML internship for PhD necessary?",)


def test_the_thread_query_is_cut_so_a_long_thread_does_not_drown_the_message():
    joined = with_context(" ".join(["old"] * 100), "and for undergrads?")
    assert len(joined.split()) == MAX_QUERY_WORDS and joined.endswith("and for undergrads?")


def test_words_and_content_words():
    assert words("Sooo, C++ and C# — don't!") == ["so", "c++", "and", "c#", "don't"]
    assert content_words("coding too?") == ["coding"]


def test_words_hand_each_caller_its_own_list():
    first = words("is leetcode enough")
    first.append("changed")
    assert words("is leetcode enough") == ["is", "leetcode", "enough"]


def test_a_phrase_pattern_matches_where_a_word_starts_or_inside_an_unspaced_script():
    thanks = phrase_pattern(r"thanks | ขอบคุณ  # a verbose pattern may end in a comment", re.VERBOSE)
    assert thanks.search("ok thanks") and thanks.search("(thanks)") and thanks.search("n'thanks")
    assert not thanks.search("nothanks")
    assert thanks.search("เข้าใจแล้วขอบคุณครับ")  # Thai doesn't space its words
    assert thanks.sub("", "ok thanks, bye") == "ok , bye"
    assert phrase_pattern(r"\bpay\b").search("and the pay?")
    assert not phrase_pattern("pay").search("repay")


@given(st.text(alphabet="ab ", max_size=12))
def test_a_phrase_pattern_finds_what_the_bare_pattern_finds_at_a_word_start(text):
    bare = re.compile(r"\bab|ba")
    found = [m.start() for m in bare.finditer(text) if m.start() == 0 or text[m.start() - 1] == " "]
    assert [m.start() for m in phrase_pattern(r"\bab|ba").finditer(text)] == found


def test_the_passages_shown_are_remembered_newest_last_and_only_so_many():
    from bot.knowledge.reading.thread import MAX_SHOWN, shown_after

    assert shown_after(("a", "b", "c"), ["b"]) == ("a", "c", "b")
    many = shown_after((), [f"p{i}" for i in range(MAX_SHOWN + 3)])
    assert len(many) == MAX_SHOWN and many[-1] == f"p{MAX_SHOWN + 2}"


def test_a_part_with_no_subject_once_glossed_stays_with_the_part_before():
    reading = read("más sobre las competencias? cuáles son")
    assert len(reading.parts) == 1 and "competitions" in reading.parts[0].query


def test_thanks_with_a_pick_picks():
    reading = read("Thank you. I would like to know about the second one, please.")
    assert reading.pick == 1 and not reading.parts


@pytest.mark.parametrize(
    ("text", "pick"),
    [("Thank you, I would like the second one please.", 1), ("thanks, the second one", 1),
     ("ok thanks, show me the first one", 0), ("the second one please, thank you", 1)],
)  # fmt: skip
def test_a_pick_the_thanks_takes_in_still_picks(text, pick):
    reading = read(text, THREAD)
    assert reading.pick == pick and reading.small_talk is SmallTalk.THANKS


@pytest.mark.parametrize(
    "text",
    ["thanks for the first one", "thanks!", "thank you for that one",
     "Ok, never mind the last one. Thanks."],
)  # fmt: skip
def test_thanks_for_an_answer_picks_nothing(text):
    reading = read(text, THREAD)
    assert reading.pick is None and reading.small_talk is SmallTalk.THANKS


def test_thanks_for_a_numbered_link_is_thanks_and_tany_is_not_a_pick():
    assert read("thanks for the 2nd link").small_talk is SmallTalk.THANKS
    assert read("thanks for the 2nd link").pick is None
    assert cues("fe 7aga tany?").pick is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("dạ em cảm ơn ạ 🙏", SmallTalk.THANKS),
        ("oke cảm ơn bot", SmallTalk.THANKS),
        ("thôi được rồi, cảm ơn bot", SmallTalk.THANKS),
        ("hello bot ạ 👋", SmallTalk.GREETING),
        ("tuần sau em phỏng vấn rồi, chúc em may mắn nha =))", SmallTalk.LUCK),
        ("bot là ai vậy, người thật hay AI ạ?", SmallTalk.IDENTITY),
        ("bot trả lời không đúng cái mình hỏi rồi :(", SmallTalk.FRUSTRATION),
    ],
)
def test_vietnamese_small_talk(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tamam teşekkürler hocam 🙏", SmallTalk.THANKS),
        ("süper, sağolun", SmallTalk.THANKS),
        ("merci beaucoup !", SmallTalk.THANKS),
        ("ok terima kasih banyak2 ^^", SmallTalk.THANKS),
        ("Much obliged, that's clear.", SmallTalk.THANKS),
        ("iyi günler, görüşürüz", SmallTalk.GOODBYE),
        ("ok bye2!", SmallTalk.GOODBYE),
        ("merhaba", SmallTalk.GREETING),
        ("bonjour :D", SmallTalk.GREETING),
        ("helloo", SmallTalk.GREETING),
        ("sen bot musun?", SmallTalk.IDENTITY),
        ("t'es qui toi, un bot ?", SmallTalk.IDENTITY),
        ("awak ni bot ke?", SmallTalk.IDENTITY),
        ("am I chatting with a real human?", SmallTalk.IDENTITY),
        ("yarın mülakat var, şans dile bana", SmallTalk.LUCK),
        ("that's not terribly helpful", SmallTalk.FRUSTRATION),
        ("you already said that", SmallTalk.FRUSTRATION),
        ("hep aynı şeyi söylüyorsun", SmallTalk.FRUSTRATION),
        ("ça m'aide pas vraiment", SmallTalk.FRUSTRATION),
        # Ghanaian, Indonesian and Nepali courtesy; dictation's curt closers
        ("Good morning and God bless you. I trust your day is going well.", SmallTalk.GREETING),
        ("God bless you richly for your help", SmallTalk.THANKS),
        ("I take my leave now, stay blessed", SmallTalk.GOODBYE),
        ("oke makasih banyak kak", SmallTalk.THANKS),
        ("halo kak 😁", SmallTalk.GREETING),
        ("doain ya semoga lolos", SmallTalk.LUCK),
        ("ini bot ya?", SmallTalk.IDENTITY),
        ("udah lo bilang tadi", SmallTalk.FRUSTRATION),
        ("namaste dai", SmallTalk.GREETING),
        ("tapai bot ho ki manche?", SmallTalk.IDENTITY),
        ("ok out", SmallTalk.GOODBYE),
        ("that's no help", SmallTalk.FRUSTRATION),
    ],
)
def test_turkish_french_malay_and_british_small_talk(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "is the interviewer a real person or an AI?",
        "will a real person or an automated system read my resume?",
        "apu pytorch naki tensorflow kon ta shikhbo",
        "what is the difference between l1 and l2 regularization",
        # words a closer or a complaint uses, inside a question
        "should i do kaggle comps or is that a waste of time",
        "is applying on the company website useless?",
        "the recruiter already told me that I passed the OA, what happens next?",
        "I learned R which is not that useful for ML jobs, should I switch to Python?",
        "should I build an automated assistant as my portfolio project?",
        "is talking to a real person at the career fair better than applying online?",
        "kya u ai ka course recommend karoge?",
        "im obliged to sign a 2 year bond after the internship, is that normal?",
        "Please I would appreciate some more on this.",
        "Please sir God bless you, I want to know if I need a masters for ML internship",
        "Stay blessed. I would like to know the best courses for ML internships.",
        "I'm talking to a person from Google next week, what should I ask them?",
        "am i talking to a personal mentor?",
        "ini bot trading yang kamu rekomendasikan bagus?",
        "lakini yeye ni wa big tech, hii inaapply kwa startups pia ama",
        # Lao glosses "is it good?", "are you sure?" as "good", "sure": its closing "ບໍ່" asks
        "ດີບໍ່",
        "ແນ່ໃຈບໍ່",
        "ໃຊ້ colab ພໍບໍ່",
        # Catalan "fins ara" opening a message is "so far", not "see you"
        "fins ara he fet tres projectes de ML",
        "fins ara no he trobat res, què faig?",
    ],
)
def test_questions_that_share_words_with_small_talk_stay_questions(text):
    assert read(text).small_talk is None and read(text).parts


def test_vietnamese_requests_for_more_and_picks_are_read_through_the_glossary():
    more = read("còn gì nữa không ạ?", THREAD)
    assert more.language.code == "vi" and more.parts[0].cues.more
    assert read("cái thứ hai đi ạ", THREAD).pick == 1


@pytest.mark.parametrize(
    "text",
    [
        "I see. Maybe there is no more information. Thank you anyway.",
        "thanks, nothing else for now",
        "thank you, I don't have any more questions",
    ],
)
def test_a_closer_that_says_no_more_is_still_thanks(text):
    reading = read(text)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("how do i get noticed on get hub", "how do i get noticed on GitHub"),
        ("how does one apply for an ML intern ship?", "how does one apply for an ML internship?"),
        ("are Cagle competitions worth it", "are Kaggle competitions worth it"),
        ("how much leak code do I need", "how much LeetCode do I need"),
        ("two phone screens question mark", "two phone screens?"),
        ("what's a question mark in python", "what's a question mark in python"),
        ("how do I lead code reviews as an intern", "how do I lead code reviews as an intern"),
    ],
)
def test_dictated_names_and_punctuation_are_searched_as_written(text, query):
    assert read(text).parts[0].query == query


def test_singlish_hor_is_left_out_but_punjabi_hor_is_read():
    """Singapore English "hor" closing a clause is a particle; Punjabi "hor" (more) opens one."""
    from bot.knowledge.reading.lexicon import as_written

    assert as_written("must do leetcode first hor?") == "must do leetcode first?"
    assert as_written("hor?") == "hor?"
    assert as_written("te hor?") == "te hor?"
    assert read("hor?", THREAD).parts[0].cues.more


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("ok diff qn, can i get intern w/o a phd", "ok different question, can i get intern"),
        ("my sch not top one, company will still take me or not", "my school not top one"),
        ("how to prep for ML intern leh?", "how to prep for ML intern?"),
        ("wat framework shud i learn", "what framework should i learn"),
        (
            "im 2nd yr cs, where do i find comps rn",
            "2nd year cs, where do i find competitions right",
        ),
        ("I'm an RN changing careers", "I'm an RN changing careers"),
        # a word that only begins like shorthand, or a path, stays as it is
        ("is a school project with diffusion models enough?", "school project with diffusion"),
        ("should I put w/o/w results in my readme?", "w/o/w"),
    ],
)
def test_texting_shorthand_is_spelt_out_and_sentence_particles_left_out(text, query):
    assert query in read(text).parts[0].query


def test_a_message_of_particles_alone_is_empty_not_a_question():
    assert read("leh lah").empty


def test_questions_spelt_by_ear_are_told_apart():
    reading = read("wud a refferal from a mate help me and wat does the recruiter call involve")
    assert [p.query for p in reading.parts] == [
        "would a refferal from a mate help me",
        "what does the recruiter call involve",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Irish English, texting and Sri Lankan closers and greetings (v8 writers)
        ("grand so il leave it there, mind yourself", SmallTalk.GOODBYE),
        ("right il head on, slan", SmallTalk.GOODBYE),
        ("anyway gota go to training, seeya", SmallTalk.GOODBYE),
        (
            "ok machan gotta go, current eka yanna kalin laptop eka charge karaganna one",
            SmallTalk.GOODBYE,
        ),
        ("anyway good luck, talk again", SmallTalk.GOODBYE),
        ("heya whats the story", SmallTalk.GREETING),
        ("howya bot", SmallTalk.GREETING),
        ("hello machan! kohomada? 😄", SmallTalk.GREETING),
        ("ayubowan! 🙏", SmallTalk.GREETING),
        # Persian and isiZulu courtesy (v9 writers)
        ("kheili kheili mamnoon, dastetoon dard nakone 🙏", SmallTalk.THANKS),
        ("ok, ta ba'd. khodafez", SmallTalk.GOODBYE),
        ("sharp, ngiyabonga", SmallTalk.THANKS),
        ("sawubona! unjani?", SmallTalk.GREETING),
        ("aali bood, dast-e shoma dard nakone 🌹", SmallTalk.THANKS),
        ("farda avalin interview-am ba ye startup-e, doa konid baram 🤞", SmallTalk.LUCK),
        ("shoma adam hastid ya bot? 😅", SmallTalk.IDENTITY),
        # v9: identity, closers and complaints in more English phrasings
        ("By the way, you are real person or AI program? I cannot tell.", SmallTalk.IDENTITY),
        ("wait are you like chatgpt or something?", SmallTalk.IDENTITY),
        ("wait who am I talking to? is this a real person or", SmallTalk.IDENTITY),
        ("ok whatever, going to sleep, gnight", SmallTalk.GOODBYE),
        ("this is kinda vague tbh, i wanted actual course names not vibes", SmallTalk.FRUSTRATION),
        ("you kinda just keep saying 'python and c++' at me lol", SmallTalk.FRUSTRATION),
        # v10, after its look: Amharic, Ukrainian, Kongish and London courtesy
        ("eshi, ameseginalehu 🙏", SmallTalk.THANKS),
        ("Дякую 🙏", SmallTalk.THANKS),
        ("Привіт", SmallTalk.GREETING),
        ("ok 88", SmallTalk.GOODBYE),
        ("wait 你係咪 bot 嚟 lol", SmallTalk.IDENTITY),
        ("safe bro 🙏", SmallTalk.THANKS),
        ("wagwan", SmallTalk.GREETING),
        ("kl kl, off to gym", SmallTalk.GOODBYE),
        ("first screen is next week, wish man luck 🤞", SmallTalk.LUCK),
        ("this is mad generic bro", SmallTalk.FRUSTRATION),
        ("bruv u literally said that already", SmallTalk.FRUSTRATION),
        ("ya ye said that already lol", SmallTalk.FRUSTRATION),
        ("thats not rly wat i asked but ok", SmallTalk.FRUSTRATION),
    ],
)
def test_closers_greetings_and_complaints_of_more_voices_are_small_talk(text, kind):
    assert read(text).small_talk is kind and not read(text).parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Russian, and the Kazakh and Ukrainian words Russian speakers mix in
        ("понятно, спасибо", SmallTalk.THANKS),
        ("Спасибо большое за помощь!", SmallTalk.THANKS),
        ("ок", SmallTalk.THANKS),
        ("ясно, рахмет", SmallTalk.THANKS),
        ("сәлем", SmallTalk.GREETING),
        ("Здравствуйте!", SmallTalk.GREETING),
        ("привет, как дела?", SmallTalk.GREETING),
        ("ладно, пока", SmallTalk.GOODBYE),
        ("всего доброго", SmallTalk.GOODBYE),
        ("ты бот или тут человек отвечает?", SmallTalk.IDENTITY),
        ("кто ты?", SmallTalk.IDENTITY),
        ("завтра собес, пожелайте мне удачи 🤞", SmallTalk.LUCK),
        ("ты повторяешься", SmallTalk.FRUSTRATION),
        ("это не ответ на мой вопрос", SmallTalk.FRUSTRATION),
        ("это я и так знала", SmallTalk.FRUSTRATION),
    ],
)
def test_russian_courtesy_is_small_talk(text, kind):
    assert read(text).small_talk is kind and not read(text).parts


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("спасибо, а сколько этапов собеседования?", "and how many stages interview?"),
        # no question mark: a Russian question word still asks
        ("спасибо, а как подаваться на стажировку", "and how apply on internship"),
        ("ок, а ещё?", "and else?"),
    ],
)
def test_russian_thanks_around_a_question_leave_the_question(text, query):
    reading = read(text)
    assert reading.small_talk is SmallTalk.THANKS
    assert [part.query for part in reading.parts] == [query]


def test_a_russian_question_that_names_a_complaint_is_still_a_question():
    for text in ["Colab не помогает?", "Интервьюер хочет меня завалить?"]:
        assert read(text).small_talk is None and read(text).parts


_RU_THREAD = Turn(
    "how do I get an ML internship", "x", "about", related_ids=("a", "b"), shown_ids=("x",)
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("увидимся!", SmallTalk.GOODBYE),
        ("ладно, я пошла", SmallTalk.GOODBYE),
        ("спокойной ночи", SmallTalk.GOODBYE),
        ("хорошего вечера!", SmallTalk.GOODBYE),
        ("гарного дня", SmallTalk.GOODBYE),
        ("на все добре", SmallTalk.GOODBYE),
        ("Доброго ранку!", SmallTalk.GREETING),
        ("а з ким я розмовляю?", SmallTalk.IDENTITY),
        ("ты меня не понимаешь", SmallTalk.FRUSTRATION),
        ("ти мене не розумієш", SmallTalk.FRUSTRATION),
        ("нет, это не то", SmallTalk.FRUSTRATION),
        ("я спрашивала о другом", SmallTalk.FRUSTRATION),
        ("какие-то общие слова", SmallTalk.FRUSTRATION),
        ("одна вода", SmallTalk.FRUSTRATION),
        ("Всего вам доброго!", SmallTalk.GOODBYE),
        ("ну всё, на сегодня всё", SmallTalk.GOODBYE),
        ("Добрий вечір", SmallTalk.GREETING),
        ("а ты кто такой?", SmallTalk.IDENTITY),
        ("ти справжня людина?", SmallTalk.IDENTITY),
        ("мне это никак не подходит", SmallTalk.FRUSTRATION),
        ("мені це не підходить", SmallTalk.FRUSTRATION),
        ("ответ ни о чём", SmallTalk.FRUSTRATION),
    ],
)
def test_russian_and_ukrainian_later_small_talk(text, kind):
    reading = read(text, _RU_THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        # a closer's or a complaint's words inside a question
        "хорошего дня не бывает без кофе, а что взять на собеседование?",
        "что делать, если интервьюер меня не понимает?",
        "какой толк от сертификатов?",
        "а до встречи с рекрутером что подготовить?",
    ],
)
def test_russian_questions_with_small_talk_words_still_ask(text):
    reading = read(text, _RU_THREAD)
    assert reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "точно?",
        "ты уверена?",
        "ти впевнений?",
        "не верю",
        "не вірю, чесно",
        "щось сумніваюсь",
        "это неправда",
        "разве?",
        "хіба це обов'язково?",
        "а разве это не устарело?",
        "це вже застаріло",
        "я думала, там нужен PhD",
        "а мне говорили, что без PhD не берут",
        "но я слышал, что это не так",
        "это точно так?",
        "мне кажется, это не так",
        "мені здається, це не так",
    ],
)
def test_russian_and_ukrainian_doubts(text):
    assert cues(text).doubt


@pytest.mark.parametrize(
    "text",
    [
        "точно!",
        "я думаю податься в Яндекс, с чего начать?",
        "сомневаюсь, что меня возьмут, что делать?",
        "мне говорить рекрутеру про оффер?",
        "это не так сложно, как кажется?",
        "а это не так сложно?",
    ],
)
def test_russian_questions_that_only_look_like_doubts(text):
    assert not cues(text).doubt


@pytest.mark.parametrize(
    "text",
    [
        "подробнее про собеседования",
        "расскажи больше про собеседования",
        "детальніше про співбесіди",
        "продолжай",
        "продовжуй, будь ласка",
    ],
)
def test_russian_and_ukrainian_requests_for_more(text):
    reading = read(text, _RU_THREAD)
    assert reading.small_talk is None and reading.parts
    assert any(part.cues.more or part.cues.more_about for part in reading.parts)


def test_ukrainian_second_is_a_pick_and_russian_other_is_not():
    assert read("друге", _RU_THREAD).pick == 1
    assert read("давай друге посилання", _RU_THREAD).pick == 1
    assert read("другое?", _RU_THREAD).pick is None


@pytest.mark.parametrize(
    "text",
    [
        # found by review: closers' words inside messages that ask or tell something
        "I got to run my first kaggle notebook today, need advice on next steps",
        "I got to go on a Google office tour, now I want to apply there",
        "the recruiter wants to talk tomorrow, I have no idea what to prepare",
        "my manager said we can talk again after exams, not sure how to follow up",
        "gonna head off to grad school in the fall, need tips for summer internships",
        "I'll leave it there for the CV part, now tell me about the interview",
        "is a coursera cert not really useful for internships?",
        "is kaggle not exactly helpful for big tech?",
    ],
)
def test_closing_words_inside_a_real_message_leave_it_a_question(text):
    assert read(text).small_talk is None and read(text).parts


@pytest.mark.parametrize(
    "text",
    ["cos similarity for retrieval?", "what is the PPL of a language model", "np.cos or diff.py",
     "I moved to BC, Canada, can I apply to US labs?", "is the diff between CNN and RNN asked?"],
)  # fmt: skip
def test_names_and_terms_that_look_like_shorthand_stay_as_written(text):
    assert read(text).parts[0].query == text


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("1) I'm a 3rd year CS student 2) what should I learn first for ML", 1),
        ("the recruiter asked me to answer yes or no. should I say I know CUDA?", 1),
        ("i did a b.tech n do i need a phd?", 1),  # "n" joins only two questions
        ("if my gpa is low and i have no projects what do i do", 1),  # a condition
        ("Who wrote this advice? I just want to know if I can trust it", 1),
        # "n" the variable, not "and"
        ("how many samples n do i need for a t-test", 1),
        ("what is the complexity of merge sort where n is the array size", 1),
        # a condition on the question before, not a question of its own
        (
            "I was wondering if I could get an internship without experience and if not what "
            "should I do first",
            1,
        ),
        ("I'd like to know if I need a PhD, and if I do, which universities are good", 1),
        (
            "I was wondering if you could help me. If I only know python, which internships "
            "can I get?",
            1,
        ),
        ("rock n roll aside, is kaggle useful?", 1),
        # Spanish, Czech "a mi…" (to me) tells; Slovene "a mi lahko…" asks
        ("¿qué curso me recomiendas? a mi me gusta mucho python", 1),
        ("jaký kurz doporučuješ? a mi se líbí pytorch", 1),
        ("kaj je dobr? a mi lahko poves kaj o cvju", 2),
        # "zein" a name (Arabizi "good"), not Basque "which"; "zein da hobea" asks
        ("zein is my friend and he asks how to apply, and when does hiring start?", 2),
        ("zein da hobea? zer ikasi lehenengo?", 2),
    ],
)
def test_telling_and_yes_or_no_are_not_split_off_as_questions(text, parts):
    assert len(split_questions(text)) == parts


def test_a_clause_of_emoji_or_a_number_before_a_question_is_no_courtesy_and_no_crash():
    assert read("🙏🙏. do I need a phd?").parts
    assert "88" in read("how many leetcode problems is enough? 88?").parts[0].query


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Gulf Arabic, with and without its short-vowel signs, alone and mixed with English
        ("تمام، شكرًا كثير الله يعطيك العافية", SmallTalk.THANKS),
        ("okay، ما قصرت 🌷", SmallTalk.THANKS),
        ("جزاك الله خير", SmallTalk.THANKS),
        ("ok never mind, شكرا anyway", SmallTalk.THANKS),
        ("صباح الخير ☀️", SmallTalk.GREETING),
        ("ok I'll think about it. مع السلامة", SmallTalk.GOODBYE),
        ("ادعيلي, the call is tomorrow 🤞", SmallTalk.LUCK),
        # Thai writes its words unspaced: "thank you" + "much" + the polite ending
        ("ขอบคุณมากค่ะ 🙏", SmallTalk.THANKS),
        ("ok I understand now ka ขอบคุณค่ะ", SmallTalk.THANKS),
        ("สวัสดีค่ะ", SmallTalk.GREETING),
        # Italian
        ("Buonasera! I hope you can help me 🙂", SmallTalk.GREETING),
        ("I have the first screen on Thursday, incrociate le dita per me 🤞", SmallTalk.LUCK),
        ("uffa, non rispondi mai quando si parla di soldi 😤", SmallTalk.FRUSTRATION),
        # Jamaican Patois
        ("big up", SmallTalk.THANKS),
        ("walk good", SmallTalk.GOODBYE),
        ("anyway mi gone study", SmallTalk.GOODBYE),
        ("wah gwaan", SmallTalk.GREETING),
        ("ok mi have one next week, wish mi luck 🤞🏾", SmallTalk.LUCK),
        ("yuh just a repeat di same ting bout leetcode over an over", SmallTalk.FRUSTRATION),
    ],
)
def test_arabic_thai_italian_and_patois_small_talk(text, kind):
    assert read(text).small_talk is kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("谢谢你的帮助！", SmallTalk.THANKS),
        ("好的，明白了，谢谢", SmallTalk.THANKS),
        ("非常感謝 🙏", SmallTalk.THANKS),
        ("哈哈 好吧，拜拜", SmallTalk.GOODBYE),
        ("晚安～", SmallTalk.GOODBYE),
        ("您好！", SmallTalk.GREETING),
    ],
)
def test_chinese_small_talk_in_either_script(text, kind):
    assert read(text).small_talk is kind


def test_chinese_asks_for_more_doubts_and_picks_after_an_answer():
    assert read("还有其他的吗？", THREAD).parts[0].cues.more
    assert read("還有別的嗎", THREAD).parts[0].cues.more
    assert read("真的吗？我学长说不一定", THREAD).parts[0].cues.doubt
    assert read("第二个", THREAD).pick == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("好喔 感謝～ 掰掰", SmallTalk.THANKS),
        ("了解 謝囉", SmallTalk.THANKS),
        ("好啦 晚安囉", SmallTalk.GOODBYE),
        ("嗨嗨 安安", SmallTalk.GREETING),
        ("祝我順利 🙏", SmallTalk.LUCK),
    ],
)
def test_taiwanese_small_talk(text, kind):
    assert read(text, THREAD).small_talk is kind


def test_taiwanese_asks_for_more_doubts_picks_and_changes_the_subject():
    assert read("除了 Colab 還有哪些免費的 GPU？", THREAD).parts[0].cues.asks_for_others
    assert read("還有其他的資源嗎", THREAD).parts[0].cues.asks_for_others
    assert read("這樣說怪怪的欸", THREAD).parts[0].cues.doubt
    assert read("這些建議現在還準嗎", THREAD).parts[0].cues.doubt
    assert read("第二篇好了", THREAD).pick == 1
    assert read("換個話題 Rust 值得學嗎", THREAD).parts[0].cues.changes_subject
    assert read("順便問一下 台北哪家火鍋好吃", THREAD).parts[0].cues.changes_subject


@pytest.mark.parametrize(
    "text",
    [
        # asked with "會不會" (would it…) and no question mark: not a closer in a script the
        # lists don't read
        "颱風天會不會停課啊 哈哈",
        "那簽證要辦多久 會不會很麻煩",
    ],
)
def test_chinese_asked_without_a_question_mark_is_no_closer(text):
    reading = read(text, THREAD)
    assert reading.small_talk is None and reading.parts


def test_chat_chinese_is_split_at_a_particle_or_a_joining_word_before_another_question():
    assert split_questions("GitHub 要放什麼專題比較好 還有 Kaggle 有用嗎") == [
        "GitHub 要放什麼專題比較好",
        "還有 Kaggle 有用嗎",
    ]
    assert split_questions("作者是誰啊 他的建議適用台灣嗎") == ["作者是誰啊", "他的建議適用台灣嗎"]
    assert split_questions("演算法要練到什麼程度，然後面試會考 ML 理論嗎") == [
        "演算法要練到什麼程度",
        "然後面試會考 ML 理論嗎",
    ]
    # one question with a condition stays whole
    whole = "沒有 GPU 的話 要去哪裡 train model"
    assert split_questions(whole) == [whole]


def test_chinese_questions_are_split_without_spaces():
    assert split_questions("实习面试一般有几轮?简历要写多长?") == [
        "实习面试一般有几轮?",
        "简历要写多长?",
    ]
    reading = read("面试前要刷题吗?作品集重要不重要?")
    assert [p.query for p in reading.parts] == [
        "interview before need practice problems?",
        "portfolio important not important?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mi lecturer can recommend mi to one industry lab or it nuh work suh?",
        "that advice does not work for people outside the US, what should I do?",
        "ขอบคุณ for the list, which course should I start with?",
        "mi gone to the interview next week, what do they ask?",
    ],
)
def test_their_questions_stay_questions(text):
    reading = read(text)
    assert reading.parts and reading.small_talk in (None, SmallTalk.THANKS)


def test_a_ciao_with_nothing_to_end_greets_and_a_bye_always_ends():
    assert read("Ciao! 👋").small_talk is SmallTalk.GREETING
    assert read("Ciao! 👋", THREAD).small_talk is SmallTalk.GOODBYE
    assert read("ok bye 👋").small_talk is SmallTalk.GOODBYE
    # Finnish "moi" is hello and goodbye, as "ciao" is
    assert read("moi").small_talk is SmallTalk.GREETING
    assert read("ok moi", THREAD).small_talk is SmallTalk.GOODBYE


def test_words_keep_their_vowel_signs_and_arabic_punctuation_reads_as_english():
    assert words("ขอบคุณมากค่ะ नमस्ते शुक्रिया") == ["ขอบคุณมากค่ะ", "नमस्ते", "शुक्रिया"]
    assert clean("شكرًا، هل لازم PhD؟") == "شكرا, هل لازم PhD?"


def test_a_part_with_no_english_words_joins_a_part_that_has_some():
    """In a language read by its English words, a Hebrew-only question has nothing to
    search by: it goes with the English-bearing part next to it. Arabic, glossed since
    [ar], keeps its parts apart."""
    reading = read("מה הכי חשוב לדעת? and is python enough for the interview?")
    assert len(reading.parts) == 1
    arabic = read("وش أفضل طريقة أقدم فيها؟ أرسل الـ application على الـ website حقهم مباشرة؟")
    queries = [p.query for p in arabic.parts]
    # ("فيها" takes up "طريقة", the way: "in", not an "it" pointing back at the answer)
    assert queries == ["what best way apply in?", "application on website?"]
    both = read("هل لازم أكون في أمريكا؟ also do the big companies have offices outside the US?")
    assert len(both.parts) == 2


def test_a_message_that_opens_with_ciao_keeps_its_question():
    reading = read("Ciao, I need advice on my resume for ML internships")
    assert reading.small_talk is SmallTalk.GREETING
    assert reading.parts[0].query == "I need advice on my resume for ML internships"


@pytest.mark.parametrize(
    "text",
    [
        "I can't right now, but what about colab pro?",
        "non sono sicuro di quale framework",
        # Finnish "ei saa olla" (must not be), not Estonian "can't be"
        "CV ei saa olla yli kaksi sivua?",
        "ei saa olla liian pitkä saatekirje, eihän?",
        # Basque "benetan" (really) opening a sentence about the word, not a doubt
        "benetan is a word my friend uses, is that basque?",
        # Croatian "that's a bit hard", a Slovak question "is it true that…"
        "to je malo teško, možeš li objasniti?",
        "je to pravda ze ML je tazke?",
        # Spanish "hmm no sé" asking where to start or whether to do something, not doubting
        "hmm no sé por dónde empezar, me ayudas?",
        "mm no se si hacer kaggle o proyectos propios, que me recomiendas?",
    ],
)
def test_words_near_a_doubt_are_no_doubt(text):
    assert not cues(text).doubt


@pytest.mark.parametrize(("text", "pick"), [("2️⃣", 1), ("the 2️⃣ one", 1), ("option 1️⃣ pls", 0)])
def test_a_keycap_emoji_picks(text, pick):
    assert read(text, THREAD).pick == pick


def test_how_an_english_message_splits_does_not_depend_on_its_quote_marks():
    assert len(read("Is a 7.5 CGPA enough? Mine’s 7.2 — okay?").parts) == len(
        read("Is a 7.5 CGPA enough? Mine's 7.2 - okay?").parts
    )


@pytest.mark.parametrize("text", ["ما فهمت", "والله ما فهمت", "gwaan"])
def test_not_understood_in_arabic_and_go_on_in_patois_are_not_closers(text):
    assert read(text, THREAD).small_talk is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("जी, समझ गई। बहुत धन्यवाद 🙏", SmallTalk.THANKS),
        ("प्रणाम 🙏", SmallTalk.GREETING),
        ("to nagode malam\nAllah ya saka da alheri 🙏", SmallTalk.THANKS),
        ("to shikenan. sai anjima, Allah ya kara basira", SmallTalk.GOODBYE),
        ("malam kai AI ne ko mutum? you reply too fast", SmallTalk.IDENTITY),
        ("ありがとうございます。じっくり考えてから行動してみます。", SmallTalk.THANKS),
        ("right im away tae the library, cheerio", SmallTalk.GOODBYE),
        ("awright bot", SmallTalk.GREETING),
    ],
)
def test_hindi_hausa_japanese_and_scots_small_talk(text, kind):
    assert read(text, THREAD).small_talk is kind


def test_a_japanese_question_ending_in_ka_still_asks_after_thanks():
    text = "ありがとうございます。ほかにも練習のコツがあれば、教えていただけますか。"
    reading = read(text, THREAD)
    assert reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("dzięki, pomogło", SmallTalk.THANKS),
        ("dzieki wielkie!", SmallTalk.THANKS),
        ("spoko, rozumiem", SmallTalk.THANKS),
        ("okej, to ma sens", SmallTalk.THANKS),
        ("Dzień dobry, mam kilka pytań", SmallTalk.GREETING),
        ("siema", SmallTalk.GREETING),
        ("cześć, jak się masz?", SmallTalk.GREETING),
        ("ok, trzymaj się", SmallTalk.GOODBYE),
        ("do zobaczenia", SmallTalk.GOODBYE),
        ("na razie!", SmallTalk.GOODBYE),
        ("jesteś botem?", SmallTalk.IDENTITY),
        ("kim jestes?", SmallTalk.IDENTITY),
        ("bot czy człowiek?", SmallTalk.IDENTITY),
        ("jutro mam rozmowę, trzymaj kciuki!", SmallTalk.LUCK),
        ("zycz mi powodzenia 🤞", SmallTalk.LUCK),
        ("powtarzasz się", SmallTalk.FRUSTRATION),
        ("to mi w ogóle nie pomaga", SmallTalk.FRUSTRATION),
        ("nie o to pytałem", SmallTalk.FRUSTRATION),
        ("bez sensu", SmallTalk.FRUSTRATION),
    ],
)
def test_polish_small_talk(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("dzięki, a ile trwa rekrutacja?", "a how many takes recruiting?"),
        # Polish asks with "czy", "jak", "ile", … without a question mark too
        ("dzięki. jak długo trwa rekrutacja", "how long takes recruiting"),
        # "ale" (but): thanks that go on are no closer
        ("dzięki, ale nadal nie rozumiem czy potrzebuję GPU", "but still not understand need GPU"),
        ("siema, czy muszę mieć doktorat?", "must have PhD?"),
        # words of a complaint that also ask
        ("czy to nie pomaga, jeśli mam github?", "to not helps, if have github?"),
        ("czy certyfikaty są bez sensu?", "certificates are without point?"),
    ],
)
def test_polish_questions_in_courtesy_stay_questions(text, query):
    reading = read(text)
    assert [part.query for part in reading.parts] == [query]
    assert reading.small_talk in (None, SmallTalk.THANKS, SmallTalk.GREETING)


def test_burmese_picks_and_requests_for_more():
    assert read("second one pya par", THREAD).pick == 1
    assert read("dutiya ko pya par", THREAD).pick == 1
    assert read("pahtama ta khu pya pay par sayar", THREAD).pick == 0
    assert read("pahtama hnit student twe intern ya lar?", THREAD).pick is None
    assert read("nout ta khu shi thay lar?", THREAD).parts[0].cues.more
    assert read("a thay sate pyaw pay par sayar", THREAD).parts[0].cues.more
    assert read("tchar competition twe shi thay lar?", THREAD).parts[0].cues.asks_for_others


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Mingalabar sayama", SmallTalk.GREETING),
        ("ok sayar 🙏", SmallTalk.THANKS),
        ("ok sayar, kyay zu tin par tal", SmallTalk.THANKS),
        ("nar lal bi, kyay zu", SmallTalk.THANKS),
        ("ok sayar, thwar mae naw", SmallTalk.GOODBYE),
    ],
)
def test_burmese_small_talk(text, kind):
    for thread in (None, THREAD):
        reading = read(text, thread)
        assert reading.small_talk is kind and not reading.parts


def test_polish_picks_and_requests_for_more():
    assert read("a drugie?", THREAD).pick == 1
    assert read("pierwsze poproszę", THREAD).pick == 0
    assert read("coś więcej?", THREAD).parts[0].cues.more
    assert read("możesz rozwinąć?", THREAD).parts[0].cues.more
    assert read("jestem na drugim roku, czy to za wcześnie?", THREAD).pick is None


def test_czesc_greets_with_nothing_to_end_and_ends_after_an_answer():
    assert read("Cześć!").small_talk is SmallTalk.GREETING
    assert read("Cześć!", THREAD).small_talk is SmallTalk.GOODBYE
    reading = read("cześć, mam pytanie o staż")
    assert reading.small_talk is SmallTalk.GREETING
    assert [part.query for part in reading.parts] == ["have question about internship"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok תודה", SmallTalk.THANKS),
        ("ok მადლობა", SmallTalk.THANKS),  # Georgian
        ("ధన్యవాదాలు 🙏", SmallTalk.THANKS),
    ],
)
def test_a_closer_with_words_of_a_script_nothing_reads_is_small_talk(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "ok, מה עוד?",  # asks: its question is read, not taken for thanks
        "стажировка 👍",  # Russian has a glossary: read through it
        "שאלה 👍 כמה שלבים יש בראיון ומה שואלים",  # more than a closer
        "internship 👍",
        "ما فهمت 🙏",  # Arabic, which the lists read: "I didn't understand"
    ],
)
def test_a_question_or_a_glossed_word_is_not_taken_for_a_closer(text):
    assert read(text).parts


AFTER_THE_PHD_ANSWER = Turn(
    "do i need a phd?", "myth-need-phd", "myths", shown_ids=("myth-need-phd",)
)
AFTER_THE_PHD_ANSWER_WITH_BUTTONS = Turn(
    "do i need a phd?",
    "myth-need-phd",
    "myths",
    ("myth-top-university", "stand-publications"),
    ("myth-need-phd",),
)


@pytest.mark.parametrize(
    "text",
    [
        "kiitos paljon!",  # Finnish, Latvian, Hungarian, Estonian, Croatian: no list has them
        "paldies 🙏",
        "köszi szépen",
        "hvala puno",
        # one word of four letters or more, alone or beside courtesy
        "diolch!",  # Welsh
        "ok diolch",
        "lol ok ngiyabonga",
        # rv34: Tagalog "nalang" (just; "ok then") is no Chamorro "ñålang" (hungry) unmarked
        "ok nalang",
        "sige nalang",
    ],
)
def test_after_an_answer_a_few_words_nothing_reads_are_a_closer_not_the_answer_again(text):
    reading = read(text, AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "ve kolik to platí?",  # asks
        "a dalsi?",
        "salary",  # an English word of its own
        "and the visa",
        "go on",  # asks for more
        "aur batao",  # a glossary reads it
        "ok 2",  # a number
        # one word the lexicon lacks may be English: beside an English word, or shorter
        # than four letters, it is not taken for another language
        "for undergrads",
        "no internships",
        "so undergrads",
        "idk",
        "no gpa",
        "ok gpa",
        "at deepmind",
        "ugh 😭",
    ],
)
def test_after_an_answer_what_asks_or_is_read_is_not_taken_for_a_closer(text):
    reading = read(text, AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is None and (reading.parts or reading.pick is not None)


@pytest.mark.parametrize("text", ["rhagor?", "unrhyw awgrymiadau eraill?", "tips eraill?"])  # Welsh
def test_after_an_answer_a_short_question_nothing_reads_asks_for_more(text):
    reading = read(text, AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is None and [p.cues.more for p in reading.parts] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "rhagor?",  # before any answer there is nothing to say more of
        "rhagor",  # asks nothing: a closer after an answer
        "tips eraill am kaggle?",  # names a subject: searched as it is
        "mwy?",  # a word of three letters may be English the lexicon lacks ("gpa?")
        "gpa?",
    ],
)
def test_unread_words_that_name_a_subject_or_ask_nothing_do_not_ask_for_more(text):
    thread = None if text == "rhagor?" else AFTER_THE_PHD_ANSWER
    reading = read(text, thread)
    assert not any(p.cues.more for p in reading.parts)


@pytest.mark.parametrize(
    "text",
    ["bong jea mnus reu robot? 😅", "mikä sä oot, joku chatgpt?",
     "mbese ndi kuvugana n'umuntu cyangwa ni bot? 😄", "and you, you are AI? who make you?"],
)  # fmt: skip
def test_a_short_question_naming_a_bot_in_any_language_asks_what_the_bot_is(text):
    assert small_talk(text) is SmallTalk.IDENTITY


@pytest.mark.parametrize(
    "text",
    ["should i build a chatbot?", "can chatgpt write my cover letter?",
     "jajaja y tú qué opinas de chatgpt? nos va a quitar los trabajos? 😂",
     "quem escreveu esses conselhos ai? pq eu deveria confiar kkk", "¿puedo usar chatgpt?",
     "darf ich chatgpt benutzen?"],
)  # fmt: skip
def test_a_question_about_bots_or_with_a_foreign_ai_is_no_question_about_this_bot(text):
    assert small_talk(text) is not SmallTalk.IDENTITY


@pytest.mark.parametrize(
    "text",
    ["keyingi hafta birinchi intervyuim, omad tilang 🤞", "interview tomorrow 🤞", "🤞"],
)
def test_crossed_fingers_asking_nothing_wish_for_luck_in_any_language(text):
    assert small_talk(text) is SmallTalk.LUCK


def test_crossed_fingers_with_thanks_or_a_question_are_not_luck():
    assert small_talk("sale gracias!! le voy a echar ganas 🤞") is SmallTalk.THANKS
    assert small_talk("my interview is next week, should i practice leetcode? 🤞") is None
    assert small_talk("interview in 1 hour 🤞 quick tips pls") is None
    assert small_talk("I applied to deepmind 🤞 now what") is None


@pytest.mark.parametrize(
    "text", ["hmm ibi ntacyo bimfashije 😕", "Mwongeye kunsubiriramo ibyo mwavuze 😩"]
)
def test_after_an_answer_unread_words_with_a_sad_face_are_a_complaint_not_thanks(text):
    reading = read(text, AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is SmallTalk.FRUSTRATION and not reading.parts


@pytest.mark.parametrize("text", ["köszönöm 😭", "liels paldies 😢", "hvala puno 🙏😕"])
def test_after_an_answer_unread_thanks_with_tears_or_a_thanking_emoji_stay_thanks(text):
    assert read(text, AFTER_THE_PHD_ANSWER).small_talk is SmallTalk.THANKS


def test_thanks_but_in_finnish_keeps_what_follows():
    reading = read("kiitos, mutta entä palkka ja viisumi sitten", AFTER_THE_PHD_ANSWER)
    assert [p.text for p in reading.parts] == ["mutta entä palkka ja viisumi sitten"]


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # isiXhosa's "enkosi" is thanks: what follows its "kodwa" (but) still says something
        ("enkosi, kodwa ezi ngcebiso zindala", "kodwa ezi ngcebiso zindala"),
        ("enkosi, kodwa ndifuna ukwazi nge-Kaggle", "kodwa ndifuna ukwazi nge-Kaggle"),
        ("asante, lakini ya pili sijaielewa", "lakini ya pili sijaielewa"),
        ("mahadsanid, laakiin ta labaad ma fahmin", "laakiin ta labaad ma fahmin"),
        ("zikomo, koma yachiwiri sindinamvetse", "koma yachiwiri sindinamvetse"),
    ],
)
def test_thanks_but_in_african_languages_keeps_what_follows(text, rest):
    reading = read(text, AFTER_THE_PHD_ANSWER)
    assert [p.text for p in reading.parts] == [rest]


def test_isizulu_thanks_with_kodwa_is_not_only_thanks():
    reading = read("ngiyabonga kodwa lokhu akungisizanga", AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is not SmallTalk.THANKS and reading.parts


def test_hausa_well_done_for_the_work_is_thanks_not_a_query():
    reading = read("sannu da aiki", AFTER_THE_PHD_ANSWER)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


def test_before_any_answer_unread_words_are_not_taken_for_thanks():
    # Breton: no list here reads it (Welsh "diolch yn fawr" is read since South Wales English)
    assert read("trugarez vras!").small_talk is None


# ── questions that look like small talk in another language, and the reverse ──


@pytest.mark.parametrize(
    "text",
    [
        "who am i talking to when i message a recruiter on linkedin?",
        "Если ты человек без опыта, как найти стажировку в ML?",  # a generic "you"
        "Кто лучше проверит резюме: человек или ИИ?",
        "Что делать, если ты не отвечаешь требованиям вакансии?",  # not meeting requirements
        "Стоит ли отправлять снова то же самое резюме?",
        "Co umiesz polecić do nauki ML?",
        "Czy to AI ma sens jako kierunek studiów?",
        "give me the top ten",
        "Do recruiters care about R at all, or is it irrelevant?",  # asks; no complaint
        "what do you think of the second round?",
        "other options?",  # more, not the first button
        "is there other option?",  # asks whether there are others
        # a step of the answer, not a button
        "the last step which is?",
        "el paso 2 no lo entiendo",
        "hay otra opcion?",
        "oĩpa ambue opción?",
        # Spanish "otro", "otra" (another) are Latvian "the second" only beside a Latvian
        # word; Tagalog "ata" (I think) is Latvian "bye" only in Latvian courtesy
        "otro?",
        "la otra",
        "dame otro",
        "otro más",
        "ata, di ko alam",
        "kaya ko ata",
        "okay ata",
        # Russian "другое", "другую" (another) are Belarusian "the second" only beside a
        # Belarusian word or "давай"
        "другое",
        "другое?",
        "покажи другую",
        # counting what it wants is no pick
        "Give me two more suggestions",
        "Can you give me two links?",
        # wished luck by someone else; the student's own vagueness; a comparison
        "The recruiter wished me luck and said they'd get back to me, is that a good sign?",
        "Sorry but it's so vague in my head, what should I learn first?",
        "int ai = 5; why error",  # C declares a variable; Maltese "int ai?" closes a message
    ],
)
def test_a_question_with_words_of_small_talk_or_picks_is_a_question(text):
    reading = read(text)
    assert reading.small_talk is None and reading.pick is None and reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok pa", SmallTalk.THANKS),  # Tamil and Tagalog "pa" ends nothing
        ("hi pa", SmallTalk.GREETING),
        ("you've told me that already", SmallTalk.FRUSTRATION),
        ("спасибо, стоит попробовать", SmallTalk.THANKS),  # "worth a try"
        ("спасибо, как-нибудь попробую", SmallTalk.THANKS),
        ("asante sana, ile info imesaidia", SmallTalk.THANKS),  # Swahili "ile", not Polish
        ("thanks, co op sounds good", SmallTalk.THANKS),
        ("auguri! grazie per i consigli", SmallTalk.THANKS),  # Italian, not Maltese luck
    ],
)
def test_closers_in_other_languages_ask_nothing(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("vlw demais", SmallTalk.THANKS),
        ("blz, flw", SmallTalk.GOODBYE),
        ("eae bot, tudo certo?", SmallTalk.GREETING),
        ("tenho entrevista semana q vem, torce por mim kkkk", SmallTalk.LUCK),
        ("vc eh o chatgpt?", SmallTalk.IDENTITY),
        ("vc ta repetindo a msm coisa de antes mano", SmallTalk.FRUSTRATION),
        ("אחלה תודה", SmallTalk.THANKS),
        ("רגע, אתה בוט? מי עומד מאחוריך?", SmallTalk.IDENTITY),
        ("זה לא עונה על מה ששאלתי בכלל", SmallTalk.FRUSTRATION),
        ("ok kalhnyxta", SmallTalk.GOODBYE),
        ("ευχαριστώ 👍", SmallTalk.THANKS),
        ("eisai chatgpt h kati allo?", SmallTalk.IDENTITY),
        ("meeru bot aa leka real person aa?", SmallTalk.IDENTITY),
        ("k gtg class", SmallTalk.GOODBYE),
        ("wait is this just gpt with a system prompt lol", SmallTalk.IDENTITY),
        ("lol ok so basically none of this applies to me. great", SmallTalk.FRUSTRATION),
        ("oke helder, dankjewel", SmallTalk.THANKS),
        ("top, bedankt!", SmallTalk.THANKS),
        ("oké doei", SmallTalk.GOODBYE),
        ("hoi!", SmallTalk.GREETING),
        ("bine, mersi mult", SmallTalk.THANKS),
        ("buna 👋", SmallTalk.GREETING),
        ("ঠিক আছে, অনেক ধন্যবাদ।", SmallTalk.THANKS),
        ("আসসালামু আলাইকুম", SmallTalk.GREETING),
        ("আজ এ পর্যন্তই। আল্লাহ হাফেজ।", SmallTalk.GOODBYE),
        ("ben jij een bot of een mens?", SmallTalk.IDENTITY),
        ("esti chatgpt?", SmallTalk.IDENTITY),
        ("আপনি কি bot?", SmallTalk.IDENTITY),
        ("interviu marti, tineti-mi pumnii", SmallTalk.LUCK),
        ("morgen mijn eerste interview, duim voor me", SmallTalk.LUCK),
        ("পরীক্ষা কাল, দোয়া করবেন", SmallTalk.LUCK),
        ("sincer, asta nu ma ajuta deloc", SmallTalk.FRUSTRATION),
        ("hmm dit helpt niet echt", SmallTalk.FRUSTRATION),
        ("hey there how you doing tonight", SmallTalk.GREETING),
        ("are you a real person typing this", SmallTalk.IDENTITY),
        ("salamat kaayo bai", SmallTalk.THANKS),
        ("maayong buntag!", SmallTalk.GREETING),
        ("sige, adto sa ko", SmallTalk.GOODBYE),
        ("mahadsanid walaal 🙏", SmallTalk.THANKS),
        ("haye, nabad gelyo", SmallTalk.GOODBYE),
        ("salaam, iska warran?", SmallTalk.GREETING),
        ("berri ayaa interview-gu yahay, ii duceey", SmallTalk.LUCK),
        ("qof baad tahay mise bot?", SmallTalk.IDENTITY),
        ("valare nanni chechi", SmallTalk.THANKS),
        ("naale interview aanu, pray cheyyane", SmallTalk.LUCK),
        ("ningal bot aano?", SmallTalk.IDENTITY),
        ("ok jasne, dekuju moc", SmallTalk.THANKS),
        ("ahoj, jak se mas?", SmallTalk.GREETING),
        ("nashledanou", SmallTalk.GOODBYE),
        ("zitra pohovor, drz mi palce", SmallTalk.LUCK),
        ("jsi bot?", SmallTalk.IDENTITY),
        ("pareha ra sa imong tubag ganiha", SmallTalk.FRUSTRATION),
        ("How marvellous. Many thanks for your help.", SmallTalk.THANKS),
        ("Do wish him luck!", SmallTalk.LUCK),
        ("Thank you. Do keep your fingers crossed for her!", SmallTalk.LUCK),
        ("first course tonight, hold your fingers for me", SmallTalk.LUCK),
        ("ok that makes me feel better", SmallTalk.THANKS),
        ("May I ask whether I am speaking to a real person or a program?", SmallTalk.IDENTITY),
        ("you keep repeating the same thing", SmallTalk.FRUSTRATION),
    ],
)
def test_chat_words_added_after_the_v14_to_v16_looks(text, kind):
    # v14: Brazilian, Hebrew, Greek, Telugu, forum English; v15: Dutch, Romanian, Bangla,
    # dictated English; v16: Cebuano, Somali, Malayalam, Czech, formal British English
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the v17 development writers: Rioplatense Spanish, Luganda, Haitian Kreyòl, Punjabi,
        # Mongolian, and English any voice may use
        ("ok joya, gracias", SmallTalk.THANKS),
        # Spanish with Portuguese "ajuda" (help): thanks, not Tetum "la ajuda" (doesn't help)
        ("muchas gracias por la ajuda", SmallTalk.THANKS),
        ("bueno, chau!!", SmallTalk.GOODBYE),
        ("sos un bot?", SmallTalk.IDENTITY),
        ("mañana tengo la entrevista, deseame suerte", SmallTalk.LUCK),
        ("webale nnyo ssebo 🙏", SmallTalk.THANKS),
        ("gyebale ko, oli otya?", SmallTalk.GREETING),
        ("ok, sula bulungi", SmallTalk.GOODBYE),
        ("sak pase", SmallTalk.GREETING),
        ("mèsi anpil!", SmallTalk.THANKS),
        ("sat sri akal paaji", SmallTalk.GREETING),
        ("vadiya paaji, dhanwad", SmallTalk.THANKS),
        ("chalo ji, rab rakha", SmallTalk.GOODBYE),
        ("kal interview aa, duawan karna", SmallTalk.LUCK),
        ("баярлалаа", SmallTalk.THANKS),
        ("чи бот уу?", SmallTalk.IDENTITY),
        # English any voice may use
        ("this has really opened my eyes, God bless", SmallTalk.THANKS),
        ("alright ima head out", SmallTalk.GOODBYE),
        ("ok let me go and practise now", SmallTalk.GOODBYE),
        ("so you're just not gonna help me", SmallTalk.FRUSTRATION),
        ("Good morning! I hope you are doing well.", SmallTalk.GREETING),
        # after the v17 look: NZ English, Québec French, Korean, isiZulu, Vietnamese typed
        # without tone marks
        ("ok chur", SmallTalk.THANKS),
        ("phew, thats a relief", SmallTalk.THANKS),
        ("allo allo", SmallTalk.GREETING),
        ("c'est pas super utile ton affaire", SmallTalk.FRUSTRATION),
        ("내일 면접이에요, 행운을 빌어주세요", SmallTalk.LUCK),
        ("너 ChatGPT야?", SmallTalk.IDENTITY),
        ("ok sharp, sizobonana", SmallTalk.GOODBYE),
        ("ngifisele inhlanhla", SmallTalk.LUCK),
        ("ok e hieu roi, cam on nhieu", SmallTalk.THANKS),
        ("mai e phong van, chuc e may man", SmallTalk.LUCK),
        ("ban la nguoi that hay la bot?", SmallTalk.IDENTITY),
        # after the v18 look: English, French, Wolof, Burmese, Marathi
        ("you keep dodging my questions lol", SmallTalk.FRUSTRATION),
        ("Do you just know this one article or can you answer other stuff too", SmallTalk.IDENTITY),
        ("Ok, bonne nuit !", SmallTalk.GOODBYE),
        ("Ba beneen yoon, jërëjëf.", SmallTalk.THANKS),
        ("ok kyayzu ba", SmallTalk.THANKS),
        # after the v19 look: Finnish, Uzbek, Kinyarwanda, Khmer
        ("kiitos paljon", SmallTalk.THANKS),
        ("ok rahmat 🙏", SmallTalk.THANKS),
        ("murakoze cyane!", SmallTalk.THANKS),
        ("orkun bong 🙏", SmallTalk.THANKS),
        ("xayr", SmallTalk.GOODBYE),
        ("Muraho!", SmallTalk.GREETING),
        ("assalomu alaykum", SmallTalk.GREETING),
        ("ကျေးဇူးတင်ပါတယ် 🙏", SmallTalk.THANKS),
        ("ani tu kon? bot ahes ka? 😅", SmallTalk.IDENTITY),
        ("Sorry for asking... bot lar?", SmallTalk.IDENTITY),
        # after the v21 look: Serbian, Azerbaijani, Igbo, Kannada (invented, not theirs)
        ("super, hvala brate", SmallTalk.THANKS),
        ("ok fala puno", SmallTalk.THANKS),
        ("ajde, pozdrav", SmallTalk.GOODBYE),
        ("jesi li ti bot?", SmallTalk.IDENTITY),
        ("opet mi ponavljas isto", SmallTalk.FRUSTRATION),
        ("ok, cox sag olun 🙏", SmallTalk.THANKS),
        ("salam, necesen?", SmallTalk.GREETING),
        ("siz kimsiniz?", SmallTalk.IDENTITY),
        ("Ehn, daalu nne 🙏", SmallTalk.THANKS),
        ("Ok, ka emesia!", SmallTalk.GOODBYE),
        ("ndewo", SmallTalk.GREETING),
        ("namaskara", SmallTalk.GREETING),
        ("neenu yaaru?", SmallTalk.IDENTITY),
        ("hmm, not hugely helpful tbh", SmallTalk.FRUSTRATION),
        ("that's a bit circular", SmallTalk.FRUSTRATION),
        # after the v22 look: English (invented, not theirs)
        ("hmm this doesn't really say how to find a referral", SmallTalk.FRUSTRATION),
        ("Your reply is too basic, it does not solve my real problem.", SmallTalk.FRUSTRATION),
    ],
)
def test_chat_words_of_the_v17_and_v18_writers(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    # Portuguese "fala" (say), Hindi "daalu" (shall I put), Igbo "kedu" (how) open questions
    ["fala mais das entrevistas tecnicas", "github pe project daalu kya resume ke liye?",
     "Kedu ka m ga-esi prepare for the coding interview?",
     # Italian "si" (yes) before "bot", not Slovak "si bot?" (are you a bot?)
     "si bot, rispondi: il mio CV va bene?"],
)  # fmt: skip
def test_a_closer_of_one_language_that_opens_a_question_in_another_is_no_small_talk(text):
    assert read(text).small_talk is None and read(text).parts


def test_serbian_and_azerbaijani_picks():
    assert read("ajde ovo drugo", THREAD).pick == 1
    assert read("birincisini goster", THREAD).pick == 0


def test_thanks_before_a_numbered_list_of_questions_keeps_the_questions():
    reading = read(
        "Thanks for the previous answer. Now: 1) are Kaggle competitions worth it 2) does a "
        "workshop paper count"
    )
    assert len(reading.parts) == 2
    # the thanks is courtesy, not part of the first question's heading
    assert reading.small_talk is SmallTalk.THANKS
    assert not reading.parts[0].text.lower().startswith("thanks")


def test_a_question_that_says_good_night_or_asks_what_else_is_not_small_talk():
    assert read("bonne question, comment postuler?").parts
    assert read("does the guide say how to ask for a referral?").parts
    assert read("the answer is too simple for my case, how do I practise harder problems?").parts
    assert read("can you answer other questions about the interview process?").parts
    assert read("do you know which framework is best?").parts


def test_vietnamese_typed_without_tone_marks_is_read_through_its_glossary():
    reading = read("co cach nao khac ngoai github ko a")
    assert reading.language.code == "vi"
    assert reading.parts[0].cues.asks_for_others
    assert "github" in reading.parts[0].query and "other" in reading.parts[0].query
    # an unmarked form that is an English word keeps its English sense
    vietnamese = variety("vi")
    assert vietnamese is not None
    assert vietnamese.glossary.get("that") is None and vietnamese.glossary["thật"]
    # short unmarked forms would swallow acronyms; names are not marks
    assert "R" in read("em nên học Python hay R?").parts[0].query
    assert (
        read("Hi, I am Tuan. My friend Hieu told me about you. How do I start ML?").language.code
        != "vi"
    )


def test_marathi_asks_for_more_and_joins_two_questions_with_ani():
    more = read("ajun kay?", THREAD)  # "what else?"
    assert more.language.code == "mr-Latn" and more.parts[0].cues.more
    assert read("ajun kahi resources ahet ka?", THREAD).parts[0].cues.asks_for_others
    marathi = variety("mr-Latn")
    assert marathi is not None
    text = "internship sathi CV kasa banvaycha ani referral kuthun milel?"
    assert split_questions(text, marathi.joiners) == [
        "internship sathi CV kasa banvaycha",
        "referral kuthun milel?",
    ]
    # telling before one question stays whole
    assert len(read("mala Python yete ani C++ pan shiku ka?").parts) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # "ko" ends Hindi sentences too: the unmarked Vietnamese words tell them apart
        ("e ko hoc truong top thi co sao ko a, va cty My co nhan sv o VN ko?",
         {"school", "company"}),
        ("e can biet C++ ko hay python thoi la dc", {"know"}),
        ("ad oi nguoi viet bai nay la ai vay, e co nen tin ko a?", {"person", "should"}),
    ],
)  # fmt: skip
def test_unmarked_vietnamese_is_not_taken_for_hinglish_or_spanish(text, words):
    reading = read(text)
    assert reading.language.code == "vi"
    assert words <= {w for p in reading.parts for w in re.findall(r"\w+", p.query)}


def test_greek_allo_opens_a_question_not_a_greeting():
    reading = read("allo: ti ginetai meta to prwto call me ton recruiter?")
    assert reading.small_talk is None and reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "let me start with leetcode then, how many problems?",
        "hope you are doing well, do i need a phd?",
        "kale, can I put class projects on GitHub?",
        "chau, pero cómo aplico a una pasantía?",
        "Is a Coursera certificate not going to help me get an internship?",
        "Just learning theory is not going to help me, I need hands-on projects.",
        "Чи бот може допомогти з резюме?",  # Ukrainian "can a bot help with my CV?"
        "kya koi bot ho sakta hai jo mera resume review kare?",
        "Kaggle really opened my eyes to data cleaning. I want data internships now.",
        "im gonna head out to Berlin for a summer internship and need to know about visas",
        "i forgot to turn my cam on in the interview will they reject me",
        "cam on ad, em nen hoc gi tiep theo",  # "thanks, what should I study next"
        "c'est pas utile de faire un master?",
        "tu me redis comment faire pour postuler",
        "이 라이브러리 누가 만든 거야?",  # "who made this library?"
        "너 AI 인턴 관련 정보 알아?",  # "do you know about AI internships?"
        "that's a relief, now how do I negotiate salary",
    ],
)
def test_the_v17_chat_words_leave_questions_alone(text):
    assert read(text).parts


@pytest.mark.parametrize(
    "text",
    [
        "ok anyway, how does one apply?",
        "is this just a phase or should I keep grinding leetcode?",
        "gg on the offer, but how do I negotiate? ",
        "bine, si cum aplic la un internship?",
        "oke, moet ik echt leetcode doen?",
        "আচ্ছা, Kaggle competition এ কীভাবে join করবো?",
        "and ms?",  # a master's degree, not Romanian "ms" (thanks)
        "how helpful is kaggle for getting noticed",  # "how marvellous" exclaims; this asks
        "is talking to a real person or a recruiter better?",
        "what a recruiter call is like?",
        "can you wish me luck and tell me how to prepare?",
        "wish me luck, how do i prepare for the phone screen",  # asks without a "?"
        "Is it bad if you repeat the same project in two applications?",
        "should I tailor my resume if I am writing to a real person or an ATS?",
        "adto na ko sa interview, unsay tips nimo",  # "I'm going to the interview, tips?"
        "that makes me feel better, i still need help with my resume for ML internships",
        "thanks sir, what a fresher should learn first to get ML internship",
        "thanks, do cross validation scores matter to recruiters",
        "díky, kde najdu stáž v ML",  # asked in Czech, Somali, Cebuano, Malayalam without "?"
        "mahadsanid, sidee ku heli karaa internship ML ah",
        "slmt, unsaon pag apply ug ML internship",
        "nanni, ML internship engane kittum",
        "I am Nandi, a third year CS student looking for an ML internship",
        "does a 3.0 gpa make me feel better or worse about applying?",
        "give me the top ten",
    ],
)
def test_closers_added_after_the_v14_to_v16_looks_leave_questions_alone(text):
    assert read(text).parts


def test_small_talk_word_lists_hold_only_words():
    # A comment inside a word list would be read as words ("#", "and", "Hebrew").
    import tomllib
    from importlib import resources

    data = tomllib.loads(
        resources.files("bot.knowledge.reading").joinpath("smalltalk.toml").read_text("utf-8")
    )
    for name, listed in data["words"].items():
        assert not [w for w in listed.split() if w.startswith("#") or '"' in w], name


@pytest.mark.parametrize("text", ["help", "Help!", "pls help me", "hi, help"])
def test_a_bare_help_is_answered_like_a_greeting(text):
    assert read(text).small_talk is SmallTalk.GREETING


@pytest.mark.parametrize(
    "text",
    ["help with leetcode?", "help me choose between pytorch and tensorflow", "this doesn't help"],
)
def test_help_with_a_subject_or_a_complaint_is_not_a_greeting(text):
    assert read(text).small_talk is not SmallTalk.GREETING


def test_the_bare_help_pattern_does_not_backtrack_on_repeated_courtesy():
    # Nested quantifiers over the same spaces took seconds at 16 repeats, and grew
    # exponentially: this would hang rather than fail.
    assert not asks_for_help("please   " * 60 + "x")
    assert not asks_for_help("pls ! ! " * 60 + "x")


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("die zweite bitte", 1),
        ("de eerste graag", 0),
        ("a doua", 1),
        ("to deutero", 1),
        ("ikincisi", 1),
        ("yg kedua aja bang", 1),
        ("avali ro bezanid lotfan", 0),
        ("दूसरा वाला बताइए", 1),
        ("প্রথমটা বলুন।", 0),
        ("תן את הראשון", 0),
        ("tak tu druhou", 1),
        ("ang ikaduha lang", 1),
        ("randamathe option parayamo", 1),
        ("kowaad", 0),
    ],
)
def test_picks_in_other_languages(text, pick):
    reading = read(text, AFTER_THE_PHD_ANSWER_WITH_BUTTONS)
    assert reading.pick == pick and not reading.parts and reading.small_talk is None


@pytest.mark.parametrize(
    "text",
    ["die zweite Runde ist schwer, oder?", "is the second round harder?",
     # "one" points at the last answer here; "other" says what kind of passage is wanted
     "Are there other misconceptions like this one that I should know?",
     "other tips like this one?",
     # an offer named as what a sentence tells of, or beside the other offer
     "The second link you gave me is broken",
     "The first option you mentioned is too expensive, what else is there?",
     "The first suggestion you gave was great, but how do I apply?",
     "What's the difference between the first and second options you listed?",
     # a choice of numbers asks which ("a CV of one page or two?")
     "резюме як саҳифа бошад ё ду?", "resume one or two?"],
)  # fmt: skip
def test_an_ordinal_with_a_subject_is_no_pick(text):
    assert read(text, AFTER_THE_PHD_ANSWER_WITH_BUTTONS).pick is None


# ── German ───────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "query"),
    [
        # "aber" (but): thanks that go on are no closer
        ("danke, aber wie bewerbe ich mich dann?", "but how apply i me then?"),
        ("danke! und brauche ich einen Master?", "and need i a Master?"),
        # words of a complaint, a goodbye or luck that ask
        ("hilft das bei der Bewerbung?", "does that help at application?"),
        ("bringt mir ein Kaggle-Zertifikat nichts?", "helps me a Kaggle certificate nothing?"),
        ("wie lange dauert es bis dann normalerweise?", "how long takes it until then usually?"),
        ("Es hilft mir nicht, dass ich keinen Master habe. Was soll ich tun?",
         "it helps me not, that i no Master have. what should i do?"),
    ],
)  # fmt: skip
def test_german_questions_in_courtesy_stay_questions(text, query):
    reading = read(text)
    assert [part.query for part in reading.parts] == [query]
    assert reading.small_talk in (None, SmallTalk.THANKS, SmallTalk.GREETING)


@pytest.mark.parametrize(
    "text",
    ["ich hab das erste Interview morgen, was soll ich üben?",
     "noch nicht, ich bin im zweiten Semester",
     "Noch was anderes: was mach ich, wenn ich im Interview blank bin?"],
)  # fmt: skip
def test_german_ordinals_and_words_for_more_inside_a_question_ask_no_more(text):
    reading = read(text, AFTER_THE_PHD_ANSWER_WITH_BUTTONS)
    assert reading.pick is None and reading.parts
    assert not any(part.cues.more or part.cues.asks_for_others for part in reading.parts)


def test_a_german_change_of_subject_is_told():
    for text in ("übrigens, wie lange dauert der Prozess?", "andere Frage: brauche ich C++?"):
        assert read(text, THREAD).parts[0].cues.changes_subject


@pytest.mark.parametrize(
    "text",
    ["my senior says you need a PhD for a research internship, true?",
     "So AWS is fine for debugging my code, right?", "only one intro ML class at my uni. enough?"],
)  # fmt: skip
def test_a_tag_that_asks_stays_with_its_question_and_thanks_nobody(text):
    reading = read(text)
    assert reading.small_talk is None and [part.text for part in reading.parts] == [text]


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        # two questions, each ending with a question mark (Romanian); a spaced dash; "also"
        ("am nevoie de phd pentru internship? ce framework sa invat?",
         ["phd internship?", "framework?"]),
        ("github projekti su bitni - a kaggle takmicenja isto?", ["github projects", "kaggle?"]),
        ("merita leetcode also cum ma pregatesc pentru interview", ["leetcode", "cum interview"]),
        # a remark after the question, and a piece naming nothing of the field, stay with it
        ("NVIDIA internship? amerika je daleko za mene", ["NVIDIA internship?"]),
        ("kako da napravim dobar github profil - pitam za prijatelja", ["github"]),
    ],
)  # fmt: skip
def test_several_questions_in_a_language_nothing_reads_are_cut_at_marks(text, queries):
    reading = read(text)
    assert not reading.language.glossed and not reading.language.is_english
    assert [part.query for part in reading.parts] == queries


# ── Serbian, Croatian, Bosnian ───────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [("da li mi treba master? i koje kurseve da uzmem", 2),
     ("koliko zadataka na leetcode-u da uradim a gde da nadjem praksu", 2),
     ("kako da se pripremim za intervju, i jel bitan prosek", 2),
     # "koji" as "that", Persian "koja" (where): one question
     ("ozbiljno? svaki lab koji sam video trazi phd", 1),
     ("vali nemidoonam az koja shoroo konam, che skill-haei lazeme?", 1)],
)  # fmt: skip
def test_several_serbian_questions_are_cut_where_both_sides_ask(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text",
    ["ma daj mi neki primer projekta za github",
     "ne verujem da cu uspeti bez mastera, sta da radim"],
)  # fmt: skip
def test_serbian_words_of_doubt_that_ask_something_else_are_no_doubt(text):
    assert not read(text, THREAD).parts[0].cues.doubt


# ── Georgian in Latin letters ────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("rogor movemzado teqnikuri gasaubrebistvis da ramdeni etapi aqvs processhi?", 2),
        ("PhD aucilebelia stajirebistvis da ramdens uxdian intern-ebs google-shi?", 2),
        # "da" between two names is no second question
        ("PyTorch da TensorFlow, romeli jobia?", 1),
        ("kaggle da github proeqtebi itvleba?", 1),
    ],
)  # fmt: skip
def test_georgian_questions_are_split_at_da_only_where_both_sides_ask(text, parts):
    assert len(read(text).parts) == parts


# ── Hungarian ────────────────────────────────────────────────────────────────


def test_a_hungarian_word_for_the_others_in_a_question_asks_for_no_more():
    cues = read("milyen projektekkel tűnjek ki a többi közül?", THREAD).parts[0].cues
    assert not cues.asks_for_others


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        ("kell phd az internshiphez és hogyan készüljek az interjúra?",
         ["need phd internship", "how prepare interview?"]),
        ("tensorflow vagy pytorch? es a colab eleg vagy kell sajat gpu",
         ["tensorflow or pytorch?", "colab enough or need own gpu"]),
        ("a kaggle szamit a cv-n es mennyi leetcode-ot csinaljak",
         ["kaggle matter cv", "how much leetcode do"]),
    ],
)  # fmt: skip
def test_several_hungarian_questions_are_split(text, queries):
    assert [part.query for part in read(text).parts] == queries


# Found by a review of the Hungarian and Georgian varieties on invented messages: words of
# theirs that other languages use otherwise.
@pytest.mark.parametrize(
    "text",
    # Hinglish and Marathi "mast" is praise; ordinals that do not agree as a word and its digit
    ["bhai mast", "mast answer", "koi mast course batao ml ke liye", "the second last one",
     "the last 2", "the second two", "2nd mod"],
)  # fmt: skip
def test_praise_and_ordinals_of_other_languages_ask_for_nothing(text):
    reading = read(text, THREAD)
    assert reading.pick is None and reading.small_talk is None
    assert not any(p.cues.more or p.cues.asks_for_others for p in reading.parts)


@pytest.mark.parametrize(
    "text",
    ["kaggle can't fix my issue of not having a degree",
     "a phd won't solve my problem, i just need money"],
)  # fmt: skip
def test_something_else_that_does_not_solve_a_problem_is_no_complaint_about_the_bot(text):
    assert read(text, THREAD).small_talk is None


def test_a_request_for_more_after_calling_the_answer_basic_asks_for_more():
    assert read("the response is too basic, more details pls", THREAD).parts[0].cues.more


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Am nevoie de diploma de master pentru un internship in ML?", "diploma"),
     ("lekcia bola zla, ze neviem nic o ML, co mam robit?", "ML"),
     ("programisti kazu ze treba leetcode, je to tak?", "leetcode")],
)  # fmt: skip
def test_slavic_and_romanian_messages_are_not_read_as_hungarian_or_georgian(text, kept):
    reading = read(text)
    assert reading.language.code not in ("hu", "ka-Latn")
    assert kept in reading.parts[0].query


# ── Twi and Tanzanian Swahili ────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    ["kaggle inasaidia kweli kupata internship?", "me pɛ sɛ me sua PyTorch ampa ara kakra"],
)  # fmt: skip
def test_twi_and_swahili_words_of_doubt_inside_a_question_are_no_doubt(text):
    assert not read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "count"),
    [("Projects bɛn na me de to GitHub so - and Kaggle nso ho hia?", 2),
     ("PyTorch anaa TensorFlow, ebe na eye — also, ɛsɛ sɛ me nim C++ ansa na me apply?", 2),
     ("Ka summary kyerɛ me, and also ɛsɛ sɛ me yɛ strong programmer?", 2)],
)  # fmt: skip
def test_several_twi_questions_are_cut_where_each_side_asks(text, count):
    assert len(read(text).parts) == count


# Found by a review of the Twi and Swahili change on invented messages.
@pytest.mark.parametrize(
    "text",
    # names that look like Twi or Swahili question words; Indonesian "kan" (right?)
    ["I'm Gani, final year student. How do I get an ML internship?",
     "Deen here, 3rd year. Is a PhD needed?", "Anaa here. what should I study first?",
     "ehe, got it. and kaggle?"],
)  # fmt: skip
def test_names_like_twi_or_swahili_question_words_do_not_split_a_message(text):
    assert len(read(text).parts) == 1


def test_indonesian_right_is_no_pick_and_biology_asks_for_nothing_more():
    assert read("yang kedua kan?", THREAD).pick is None
    # nor is Indonesian and Malay "suka" (like): Lingala's "the last" is "(oyo) ya suka"
    assert read("Suka!", THREAD).pick is None
    assert read("suka ya", THREAD).pick is None
    assert not read("what about bio?", THREAD).parts[0].cues.more


@pytest.mark.parametrize(("text", "doubt"), [("ni kweli?", True), ("ni kweli", False),
                                             ("true ampa", False), ("ampa?", True)])  # fmt: skip
def test_swahili_and_twi_true_doubts_only_when_asked(text, doubt):
    assert read(text, THREAD).parts[0].cues.doubt is doubt


# ── Lithuanian ───────────────────────────────────────────────────────────────


def test_a_lithuanian_word_for_the_others_in_a_question_asks_for_no_more():
    cues = read("kokius projektus daryti, kad išsiskirčiau iš kitų?", THREAD).parts[0].cues
    assert not cues.asks_for_others


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        ("ar reikia phd internshipui ir kaip pasiruosti pokalbiui?",
         ["do I need phd internship", "how prepare interview?"]),
        ("pytorch ar tensorflow? ir ar colab uztenka", ["pytorch tensorflow?", "colab enough"]),
        ("kiek leetcode reikia ir ar kaggle svarbus cv",
         ["how much leetcode need", "kaggle important cv"]),
    ],
)  # fmt: skip
def test_several_lithuanian_questions_are_split(text, queries):
    assert [part.query for part in read(text).parts] == queries


# ── Pashto in Latin letters ──────────────────────────────────────────────────


def test_a_pashto_change_of_subject_is_told():
    assert read("yaw bal sawal, cv sanga jor kam?", THREAD).parts[0].cues.changes_subject


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("kaggle sanga shuru kam aw github ke sumra projects pakar di?", 2),
        ("transcript cherta legu aw interview kala na kegi?", 2),
    ],
)  # fmt: skip
def test_several_pashto_questions_are_cut_at_aw(text, count):
    assert len(read(text).parts) == count


# ── Amharic and Tigrinya in Latin letters ────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("PyTorch lijemir weys TensorFlow yishalal? sint project masqemet alebign?", 2),
        ("CV endet lasqemit? interview lemezegajet yetignaw book tiru new?", 2),
        ("kemey internship yirkeb? PhD gidn diyu?", 2),
    ],
)  # fmt: skip
def test_several_amharic_and_tigrinya_questions_in_latin_letters_are_split(text, count):
    assert len(read(text).parts) == count


# ── Bulgarian in Latin chat letters ──────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    ["sigurno trqbva python", "ne vqrvam 4e 6te uspeq bez magistratura, kakvo da pravq",
     "mn seriozno se gotvq za interview-to, kakvo da u4a"],
)  # fmt: skip
def test_bulgarian_words_of_doubt_that_ask_something_else_are_no_doubt(text):
    assert not read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("kak se kandidatstva za stajirovka i kolko plashtat na interni", 2),
        ("python li da u4a ili c++, i tr li mi viza za US", 2),
        ("trqbva li mi phd za stajirovka ili magistratura stiga", 1),
    ],
)  # fmt: skip
def test_several_bulgarian_questions_are_cut(text, count):
    assert len(read(text).parts) == count


# ── Trinidadian English Creole ───────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [("how ah could get a referral and also wah kinda projects dey does look at?", 2),
     ("ah need a masters, also, research experience matter fuh dem labs?", 2),
     ("wah is de best framework and how come everybody using pytorch now?", 2),
     # the exclamation and the greeting ask nothing
     ("wah, so much leetcode and still no interview", 1)],
)  # fmt: skip
def test_several_trinidadian_questions_are_cut_where_both_sides_ask(text, parts):
    assert len(read(text).parts) == parts


# ── Chichewa ─────────────────────────────────────────────────────────────────


def test_two_chichewa_questions_are_split_at_ndipo():
    reading = read("Kodi ndiyenera kukhala ndi PhD? ndipo ndingaphunzire kuti deep learning?")
    assert len(reading.parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        # "wah" the exclamation (Singapore, Malaysia, India), Indonesian "kak" (how a mentor is
        # addressed), Tagalog "ang dali" (so easy), the Kodi media player: no question words
        "Wah. I didn't know that. What about research internships?",
        "Wah I finally got the offer! What should I prepare before starting?",
        "Kak, mau tanya. Gimana cara dapat magang ML?",
        "Ang dali lang pala ng interview nila. Ano next step?",
        "I use Kodi at home. how do I get into recommender systems?",
        # English "pots" is no Catalan "can you" (only before a verb: "pots explicar")
        "pots of coffee and leetcode lol, is that enough?",
    ],
)
def test_exclamations_and_names_that_are_question_words_elsewhere_split_nothing(text):
    # found by a review of the Bulgarian, Trinidadian and Chichewa varieties
    assert len(read(text).parts) == 1


def test_singapore_english_is_not_read_as_trinidadian():
    for text in (
        "wah lau eh, so many rejections lah",
        "can still apply meh? got chance or not lah",
    ):
        assert read(text).language.code != "trf"


@pytest.mark.parametrize(
    "text",
    [
        "what about china? do they hire ML interns there?",
        "Is there an old talk by Karpathy on backprop that I should watch?",
        "Da, sigurno cu probati kaggle",
    ],
)
def test_a_country_a_recorded_talk_and_serbian_agreement_are_no_more_or_doubt(text):
    part = read(text).parts[0]
    assert not part.cues.more and not part.cues.doubt


def test_a_trinidadian_question_still_splits_at_or_wah():
    text = "how de interview process does go and also wah kinda coding questions dey does ask?"
    assert len(read(text).parts) == 2


@pytest.mark.parametrize("text", ["can u elabrate", "pls contineu", "explian more"])
def test_a_misspelled_request_for_more_is_read_as_one(text):
    assert read(text).parts[0].cues.more


def test_a_word_merely_near_a_word_for_more_is_not_read_as_one():
    assert not read("can u elevate my resume").parts[0].cues.more


# ── Small talk, requests for more, picks, doubts and changes of subject in the varieties ──
# ── (varieties.toml): one table per behaviour, a row per language ──────────────────────────

SMALL_TALK_IN_THE_VARIETIES = {
    "war": [
        ("damo nga salamat ha imo bulig 🙏", SmallTalk.THANKS),
        ("salamat hin damo!", SmallTalk.THANKS),
        ("maupay nga kulop po", SmallTalk.GREETING),
        ("gud am po", SmallTalk.GREETING),
        ("sige, amping kamo", SmallTalk.GOODBYE),
        ("ok gud nyt na po", SmallTalk.GOODBYE),
        ("AI ka ba? hehe", SmallTalk.IDENTITY),
        ("mayda tawo ha luyo?", SmallTalk.IDENTITY),
        ("diri ka gud nakakabulig", SmallTalk.FRUSTRATION),
        ("pareho la an imo sabat", SmallTalk.FRUSTRATION),
    ],
    "ki": [
        ("nĩ ngatho mũno mwarimu", SmallTalk.THANKS),
        ("ok ni wega muno", SmallTalk.THANKS),
        ("sawa, tigwo na wega", SmallTalk.GOODBYE),
        ("ni wega, ngũcoka ningĩ", SmallTalk.GOODBYE),
        ("uhoro waku bot", SmallTalk.GREETING),
        ("niatia, wĩ mwega?", SmallTalk.GREETING),
        ("ũrĩ mũndũ kana ũrĩ bot?", SmallTalk.IDENTITY),
        ("ndũranjĩra kĩndũ kĩerũ", SmallTalk.FRUSTRATION),
        ("ũracokera ũndũ o ũmwe tu", SmallTalk.FRUSTRATION),
    ],
    "ckb": [
        ("سڵاو بەڕێز، ڕۆژت باش", SmallTalk.GREETING),
        ("زۆر سوپاس بۆ وەڵامەکەت 🌹", SmallTalk.THANKS),
        ("دەستت خۆش بێت مامۆستا", SmallTalk.THANKS),
        ("باشە تێگەیشتم، سوپاس", SmallTalk.THANKS),
        ("باشە، خوات لەگەڵ 👋", SmallTalk.GOODBYE),
        ("شەوت باش", SmallTalk.GOODBYE),
        ("تکایە دوعام بۆ بکە، سبەینێ چاوپێکەوتنم هەیە", SmallTalk.LUCK),
        ("ئەمە وەڵامی پرسیارەکەم نییە", SmallTalk.FRUSTRATION),
        ("تۆ bot یت؟", SmallTalk.IDENTITY),
    ],
    "gom-Latn": [
        ("dev borem korum re 🙏", SmallTalk.THANKS),
        ("borem, somzolem re", SmallTalk.THANKS),
        ("hello re, kosso aseai?", SmallTalk.GREETING),
        ("ok mure, vetam ata", SmallTalk.GOODBYE),
        ("chalo, bori rat re", SmallTalk.GOODBYE),
        ("mhojea khatir magnnem kor re 🙏", SmallTalk.LUCK),
        ("tu konn re? bot aseai?", SmallTalk.IDENTITY),
        ("tu tench tench sangta re, kaim concrete na", SmallTalk.FRUSTRATION),
    ],
    "hil": [
        ("madamo gid nga salamat 🙏", SmallTalk.THANKS),
        ("salamat gid sa bulig!", SmallTalk.THANKS),
        ("maayong aga po", SmallTalk.GREETING),
        ("sige, ayo-ayo kamo", SmallTalk.GOODBYE),
        ("halong ka", SmallTalk.GOODBYE),
        ("tawo ka ukon bot?", SmallTalk.IDENTITY),
        ("bot ka bala?", SmallTalk.IDENTITY),
        ("wala ka gid nakabulig sa akon", SmallTalk.FRUSTRATION),
        ("amo lang gihapon ang sabat mo", SmallTalk.FRUSTRATION),
    ],
    "syl": [
        ("kita khobor bhai", SmallTalk.GREETING),
        ("kemon asoin bhai?", SmallTalk.GREETING),
        ("okk bro ami jaigi", SmallTalk.GOODBYE),
        ("accha bhai, pore kotha oibo", SmallTalk.GOODBYE),
        ("ok bhai, ekhon exam ase, laters", SmallTalk.GOODBYE),
        ("kalke interview, dua khorio bhai 🤲", SmallTalk.LUCK),
        ("ek kotha barbar koitaso bro 😤", SmallTalk.FRUSTRATION),
        ("tumi ki bot ni manush bhai?", SmallTalk.IDENTITY),
    ],
    "luo": [
        ("erokamano ahinya jaduong", SmallTalk.THANKS),
        ("ok ero kamano ahinya", SmallTalk.THANKS),
        ("sawa, oriti", SmallTalk.GOODBYE),
        ("abiro duogo kiny", SmallTalk.GOODBYE),
        ("misawa bot", SmallTalk.GREETING),
        ("amosi, idhi nade", SmallTalk.GREETING),
        ("juma mabiro an gi interview, wachna gweth", SmallTalk.LUCK),
        ("in ji kata in bot", SmallTalk.IDENTITY),
        ("dwoko ni ok konya", SmallTalk.FRUSTRATION),
    ],
    "ilo": [
        ("agyamanak unay manang 🙏", SmallTalk.THANKS),
        ("dios ti agngina apo", SmallTalk.THANKS),
        ("hello manong 👋", SmallTalk.GREETING),
        ("good eve apo", SmallTalk.GREETING),
        ("hehe sige good luck kaniak", SmallTalk.LUCK),
        ("tao ka kadi wenno bot?", SmallTalk.IDENTITY),
        ("awan met ti ibagam maipapan ti stipend", SmallTalk.FRUSTRATION),
        ("medyo vague unay dayta manang", SmallTalk.FRUSTRATION),
    ],
    "sd": [
        ("السلام عليڪم سائين", SmallTalk.GREETING),
        ("سمجهي وئي، توهان جي مهرباني 🌼", SmallTalk.THANKS),
        ("ٿورائتي آهيان، مهرباني", SmallTalk.THANKS),
        ("شڪريه ادا", SmallTalk.THANKS),
        ("چڱو، الله حافظ 👋", SmallTalk.GOODBYE),
        ("منهنجي لاءِ دعا ڪريو 🤲", SmallTalk.LUCK),
        ("مون کي منهنجي سوال جو جواب ئي نه مليو", SmallTalk.FRUSTRATION),
        ("ڇا توهان ڪو bot آهيو؟", SmallTalk.IDENTITY),
        ("سائين، توهان ڪير آهيو؟", SmallTalk.IDENTITY),
    ],
    "sd-Latn": [
        ("tamam thora!", SmallTalk.THANKS),
        ("allah hafiz, thora", SmallTalk.GOODBYE),
    ],
    "mai-Latn": [
        ("achha sir, samajh gelau 🙏", SmallTalk.THANKS),
        ("bahut madad bhetal sir, dhanyavaad", SmallTalk.THANKS),
        ("thik achhi sir, aab chalai chhi", SmallTalk.GOODBYE),
        ("ok sir, baad me puchhab", SmallTalk.GOODBYE),
        ("sir hamar lel prarthana kariyau 🙏", SmallTalk.LUCK),
        ("ee ta ahaan pahine kahlau sir", SmallTalk.FRUSTRATION),
        ("ahaan bot chhi ki manushya?", SmallTalk.IDENTITY),
    ],
    "bgc-Latn": [
        ("ram ram bhai ji", SmallTalk.GREETING),
        ("chalo thik sai bhai", SmallTalk.THANKS),
        ("ghani badhiya ji", SmallTalk.THANKS),
        ("badhiya bhai 👍", SmallTalk.THANKS),
        ("bhai tu to ek hi baat baar baar kah riya se", SmallTalk.FRUSTRATION),
        ("tu to kuch na samjha paya bhai", SmallTalk.FRUSTRATION),
        ("bhai tu AI se ke koi insaan?", SmallTalk.IDENTITY),
        ("tu kaun sai bhai?", SmallTalk.IDENTITY),
    ],
    "bho-Latn": [
        ("ka ho guru, kaise bani?", SmallTalk.GREETING),
        ("pranam bhaiya", SmallTalk.GREETING),
        ("ok bhaiya, samajh gaini", SmallTalk.THANKS),
        ("chalat bani guru", SmallTalk.GOODBYE),
        ("bhaiya aashirwad dihi 🙏", SmallTalk.LUCK),
        ("ee sab to pata ba, kuch naya batai", SmallTalk.FRUSTRATION),
        ("rauwa sach me insaan hau ki koi bot?", SmallTalk.IDENTITY),
    ],
    "hif": [
        ("vinaka vakalevu!", SmallTalk.THANKS),
        ("ok vinaka didi 🙏", SmallTalk.THANKS),
        ("ok bhaiya, sa moce", SmallTalk.GOODBYE),
        ("moce", SmallTalk.GOODBYE),
        ("bula!", SmallTalk.GREETING),
        ("bula didi", SmallTalk.GREETING),
    ],
    "es-DO": [
        ("klk", SmallTalk.GREETING),
        ("klk manín", SmallTalk.GREETING),
        ("bendiciones mi pana", SmallTalk.GOODBYE),
        ("que Dios te bendiga", SmallTalk.GOODBYE),
        ("tato, gracias", SmallTalk.THANKS),
        ("tú sigues diciendo lo mismo", SmallTalk.FRUSTRATION),
    ],
    "bn-Latn": [
        ("onek dhonnobad apu", SmallTalk.THANKS),
        ("ok bhai, abar kotha hobe", SmallTalk.GOODBYE),
    ],
    "gu-Latn": [
        ("khub aabhar", SmallTalk.THANKS),
        ("saru, pachi vaat karishu", SmallTalk.GOODBYE),
    ],
    "arn": [
        ("chaltu may lamngen!", SmallTalk.THANKS),
        ("ya bacán, chaltumay", SmallTalk.THANKS),
        ("pewkallal, nos vemos", SmallTalk.GOODBYE),
        ("mari mari peñi", SmallTalk.GREETING),
        ("deséame newen po", SmallTalk.LUCK),
        ("oye me estay repitiendo lo mismo", SmallTalk.FRUSTRATION),
        ("eri un bot?", SmallTalk.IDENTITY),
        ("y tú quién eri?", SmallTalk.IDENTITY),
    ],
    "gil": [
        ("kam bati n rabwa!", SmallTalk.THANKS),
        ("ok korabwa", SmallTalk.THANKS),
        ("mauri bro", SmallTalk.GREETING),
        ("ok tiabo", SmallTalk.GOODBYE),
        ("ti a bo", SmallTalk.GOODBYE),
        ("raoi, i na nako", SmallTalk.GOODBYE),
    ],
    "ch": [
        ("si Yu'os ma'åse'!", SmallTalk.THANKS),
        ("ok dångkolo na si yu'os maase", SmallTalk.THANKS),
        ("maase lahi 🙏", SmallTalk.THANKS),
        ("maolek, ma'ase", SmallTalk.THANKS),
        ("håfa adai!", SmallTalk.GREETING),
        ("hafa adai che'lu", SmallTalk.GREETING),
        ("håfa tatatmanu hao?", SmallTalk.GREETING),
        ("ok adios, esta agupa'", SmallTalk.GOODBYE),
        ("esta ki lahi", SmallTalk.GOODBYE),
    ],
    "ty": [
        ("māuruuru roa!", SmallTalk.THANKS),
        ("ok mauruuru e hoa", SmallTalk.THANKS),
        ("ia ora na", SmallTalk.GREETING),
        ("Ia ora na e hoa 🌺", SmallTalk.GREETING),
        ("nana e hoa", SmallTalk.GOODBYE),
        ("ok pārahi", SmallTalk.GOODBYE),
        ("nana, ia maita'i", SmallTalk.GOODBYE),
        ("a fa'aitoito mai ia'u", SmallTalk.LUCK),
    ],
    "rn": [
        ("murakoze cane!", SmallTalk.THANKS),
        ("ndabashimiye cane", SmallTalk.THANKS),
        ("ndabasezeye", SmallTalk.GOODBYE),
        ("amahoro", SmallTalk.GREETING),
        ("ejo nfise interview, munsabire amahirwe", SmallTalk.LUCK),
        ("uri robot canke umuntu?", SmallTalk.IDENTITY),
    ],
    "kl": [
        ("qujanarsuaq!", SmallTalk.THANKS),
        ("ok qujanaq", SmallTalk.THANKS),
        ("takussaagut", SmallTalk.GOODBYE),
        ("haluu", SmallTalk.GREETING),
    ],
    "da": [
        ("tusind tak for hjælpen", SmallTalk.THANKS),
        ("ok vi ses", SmallTalk.GOODBYE),
        ("det hjælper mig ikke", SmallTalk.FRUSTRATION),
        ("ønsk mig held og lykke", SmallTalk.LUCK),
    ],
    "fo": [
        ("takk fyri hjálpina", SmallTalk.THANKS),
        ("stóra tøkk", SmallTalk.THANKS),
        ("farvæl", SmallTalk.GOODBYE),
        ("ok, vit síggjast", SmallTalk.GOODBYE),
        ("ynsk mær góða eydnu", SmallTalk.LUCK),
        ("hetta hjálpir mær ikki", SmallTalk.FRUSTRATION),
        ("tú sigur bara tað sama", SmallTalk.FRUSTRATION),
        ("ert tú ein bot?", SmallTalk.IDENTITY),
        ("hvør ert tú", SmallTalk.IDENTITY),
    ],
    "to": [
        ("mālō ʻaupito!", SmallTalk.THANKS),
        ("malo 'aupito sole", SmallTalk.THANKS),
        ("ok nofo ā", SmallTalk.GOODBYE),
        ("sai, toki sio", SmallTalk.GOODBYE),
        ("mālō e lelei", SmallTalk.GREETING),
        ("fēfē hake?", SmallTalk.GREETING),
        ("interview apongipongi, lotu mai ma'aku", SmallTalk.LUCK),
        ("ko hai koe?", SmallTalk.IDENTITY),
    ],
    "sk": [
        ("dakujem pekne", SmallTalk.THANKS),
        ("jasne, dik", SmallTalk.THANKS),
        ("ok dovidenia", SmallTalk.GOODBYE),
        ("nazdar", SmallTalk.GREETING),
        ("zajtra pohovor, drzte mi palce", SmallTalk.LUCK),
        ("stale opakujes to iste", SmallTalk.FRUSTRATION),
        ("toto mi vobec nepomohlo", SmallTalk.FRUSTRATION),
        ("si nejaky bot?", SmallTalk.IDENTITY),
        ("kto ta vlastne vytvoril", SmallTalk.IDENTITY),
    ],
    # Quechua with Peruvian Spanish
    "qu": [
        ("Allinllachu!", SmallTalk.GREETING),
        ("ya, entendí. sulpayki", SmallTalk.THANKS),
    ],
    # Norwegian
    "no": [("tusen takk for hjelpa", SmallTalk.THANKS), ("ok hadet", SmallTalk.GOODBYE)],
    # Slovene
    "sl": [
        ("ej zivjo", SmallTalk.GREETING),
        ("ok adijo", SmallTalk.GOODBYE),
        ("ok zdej grem spat, adijo", SmallTalk.GOODBYE),
        ("drzi mi pesti za jutri", SmallTalk.LUCK),
        ("to mi cist nc ne pomaga", SmallTalk.FRUSTRATION),
        ("a si ti en bot?", SmallTalk.IDENTITY),
    ],
    # Samoan
    "sm": [
        ("faafetai tele lava!", SmallTalk.THANKS),
        ("tofa soifua", SmallTalk.GOODBYE),
        ("talofa lava", SmallTalk.GREETING),
        ("ia manuia a'u i le interview taeao 🙏", SmallTalk.LUCK),
        ("o oe o se bot?", SmallTalk.IDENTITY),
        ("e le fesoasoani mai lenei tali", SmallTalk.FRUSTRATION),
    ],
    # Tuvaluan
    "tvl": [
        ("fakafetai lasi!", SmallTalk.THANKS),
        ("ok fakafetai", SmallTalk.THANKS),
        ("tofa koe", SmallTalk.GOODBYE),
        ("talofa koe", SmallTalk.GREETING),
        ("talofa, fakamagalo mai i te fakalavelave", SmallTalk.GREETING),
    ],
    # Catalan
    "ca": [
        ("moltes gracies!!", SmallTalk.THANKS),
        ("fins demà, adeu", SmallTalk.GOODBYE),
        ("fins ara!", SmallTalk.GOODBYE),
        ("ets un bot?", SmallTalk.IDENTITY),
        ("hola, hi ha algu?", SmallTalk.IDENTITY),
        ("dema tinc l'entrevista, desitja'm sort", SmallTalk.LUCK),
        ("sempre em dius el mateix", SmallTalk.FRUSTRATION),
    ],
    # Basque
    "eu": [
        ("eskerrik asko!", SmallTalk.THANKS),
        ("ados, milesker 🙏", SmallTalk.THANKS),
        ("agur!", SmallTalk.GOODBYE),
        ("bale, bihar arte", SmallTalk.GOODBYE),
        ("kaixo!!", SmallTalk.GREETING),
        ("egun on", SmallTalk.GREETING),
        ("nor zara zu?", SmallTalk.IDENTITY),
        ("robot bat zara?", SmallTalk.IDENTITY),
        ("bihar daukat elkarrizketa, zorte on opa iezadazu", SmallTalk.LUCK),
        ("horrek ez dit batere laguntzen", SmallTalk.FRUSTRATION),
        ("hori lehen ere esan didazu", SmallTalk.FRUSTRATION),
    ],
    # Afrikaans
    "af": [
        ("baie dankie, dit het gehelp", SmallTalk.THANKS),
        ("dankie bru", SmallTalk.THANKS),
        ("totsiens", SmallTalk.GOODBYE),
        ("goeie nag", SmallTalk.GOODBYE),
        ("haai", SmallTalk.GREETING),
        ("wens my sterkte vir môre", SmallTalk.LUCK),
        ("dit help glad nie", SmallTalk.FRUSTRATION),
        ("jy draai in sirkels", SmallTalk.FRUSTRATION),
        ("is jy n bot?", SmallTalk.IDENTITY),
        ("wie is jy?", SmallTalk.IDENTITY),
    ],
    "de": [
        ("danke!", SmallTalk.THANKS),
        ("Dankeschön 🙏", SmallTalk.THANKS),
        ("vielen Dank für die Hilfe", SmallTalk.THANKS),
        ("merci vielmal", SmallTalk.THANKS),
        ("ok passt, danke", SmallTalk.THANKS),
        ("alles klar, danke", SmallTalk.THANKS),
        ("super, hat mir sehr geholfen", SmallTalk.THANKS),
        ("macht Sinn", SmallTalk.THANKS),
        ("tschüss", SmallTalk.GOODBYE),
        ("passt, tschüss", SmallTalk.GOODBYE),
        ("ok baba", SmallTalk.GOODBYE),
        ("alles klar, bis dann!", SmallTalk.GOODBYE),
        ("bis später", SmallTalk.GOODBYE),
        ("hallo", SmallTalk.GREETING),
        ("grüezi", SmallTalk.GREETING),
        ("moin moin", SmallTalk.GREETING),
        ("Guten Tag", SmallTalk.GREETING),
        ("Grüß Gott", SmallTalk.GREETING),
        ("hallo, wie geht's?", SmallTalk.GREETING),
        ("Servus, ich hab ein paar Fragen", SmallTalk.GREETING),
        ("drück mir die Daumen!", SmallTalk.LUCK),
        ("morgen ist mein Interview, Daumen drücken 🤞", SmallTalk.LUCK),
        ("Danke, in zwei Wochen hab ich das erste Screening, wünsch mir Glück!", SmallTalk.LUCK),
        ("hm, das hilft mir jetzt ehrlich gesagt gar nicht weiter", SmallTalk.FRUSTRATION),
        ("das bringt mir nichts", SmallTalk.FRUSTRATION),
        ("du wiederholst dich", SmallTalk.FRUSTRATION),
        ("das war nicht meine Frage", SmallTalk.FRUSTRATION),
        ("das ist mir zu allgemein", SmallTalk.FRUSTRATION),
        ("wer bist du?", SmallTalk.IDENTITY),
        ("bist du ein Bot?", SmallTalk.IDENTITY),
        ("wer hat dich eigentlich programmiert?", SmallTalk.IDENTITY),
        ("Mensch oder Bot?", SmallTalk.IDENTITY),
    ],
    "sr": [
        ("hvala brate, mnogo si mi pomogao", SmallTalk.THANKS),
        ("vazi, hvala", SmallTalk.THANKS),
        ("ok, vidimo se", SmallTalk.GOODBYE),
        ("laku noc", SmallTalk.GOODBYE),
        ("drz mi palceve", SmallTalk.LUCK),
        ("drzi mi fige za sutra", SmallTalk.LUCK),
        ("idem sad, cujemo se", SmallTalk.GOODBYE),
        ("ovo mi bas ne pomaze", SmallTalk.FRUSTRATION),
        ("to nije moje pitanje", SmallTalk.FRUSTRATION),
        ("jesi li ti bot?", SmallTalk.IDENTITY),
    ],
    "ka-Latn": [
        ("didi madloba, dzalian damexmare", SmallTalk.THANKS),
        ("gmadlobt!", SmallTalk.THANKS),
        ("kargi, nakhvamdis", SmallTalk.GOODBYE),
        ("gamarjoba!", SmallTalk.GREETING),
        ("bot xar tu adamiani?", SmallTalk.IDENTITY),
        ("misurve warmateba, xval gasaubreba maqvs", SmallTalk.LUCK),
        ("es ar damexmara", SmallTalk.FRUSTRATION),
        ("es ar aris chemi kitxva", SmallTalk.FRUSTRATION),
    ],
    "hu": [
        ("köszi, sokat segítettél", SmallTalk.THANKS),
        ("ok kosz", SmallTalk.THANKS),
        ("köszönöm szépen!", SmallTalk.THANKS),
        ("na jó, csá", SmallTalk.GOODBYE),
        ("viszlát", SmallTalk.GOODBYE),
        ("szia", SmallTalk.GREETING),
        ("drukkolj holnap", SmallTalk.LUCK),
        ("ez nem sokat segit", SmallTalk.FRUSTRATION),
        ("ugyanazt mondod", SmallTalk.FRUSTRATION),
        ("te bot vagy?", SmallTalk.IDENTITY),
        ("ki írt téged?", SmallTalk.IDENTITY),
    ],
    "tw-sw": [
        ("Medaase paa chale 🙏", SmallTalk.THANKS),
        ("Yoo, me da wo ase. Nyame nhyira wo", SmallTalk.THANKS),
        ("ahh me bo adwo kakra", SmallTalk.THANKS),
        ("ok bye, nante yie", SmallTalk.GOODBYE),
        ("Maaha o, ɛte sɛn?", SmallTalk.GREETING),
        ("maadwo chale", SmallTalk.GREETING),
        ("Eii teacher, maakye o", SmallTalk.GREETING),
        ("wo yɛ bot anaa nnipa?", SmallTalk.IDENTITY),
        ("Nyame adom, me bɛnya 🙏", SmallTalk.LUCK),
        ("herh, wo mmoa me koraa 😤", SmallTalk.FRUSTRATION),
        ("Asante sana, Mungu akubariki 🙏", SmallTalk.THANKS),
        ("nashukuru mwalimu, umenisaidia sana", SmallTalk.THANKS),
        ("Sawa, kwaheri kwa leo", SmallTalk.GOODBYE),
        ("tutaonana kesho", SmallTalk.GOODBYE),
        ("Habari za mchana mwalimu", SmallTalk.GREETING),
        ("Shikamoo!", SmallTalk.GREETING),
        ("wewe ni mtu au kompyuta?", SmallTalk.IDENTITY),
        ("niombee nifaulu interview 🙏", SmallTalk.LUCK),
        ("bado sijaelewa kabisa", SmallTalk.FRUSTRATION),
        ("hujajibu swali langu", SmallTalk.FRUSTRATION),
    ],
    "lt": [
        ("aciu, labai padejo", SmallTalk.THANKS),
        ("ačiū!", SmallTalk.THANKS),
        ("viso gero", SmallTalk.GOODBYE),
        ("ok, viso", SmallTalk.GOODBYE),
        ("labas", SmallTalk.GREETING),
        ("sveiki", SmallTalk.GREETING),
        ("palinkek sekmes rytoj", SmallTalk.LUCK),
        ("vel bendrybes", SmallTalk.FRUSTRATION),
        ("tu botas?", SmallTalk.IDENTITY),
        ("kas tu esi?", SmallTalk.IDENTITY),
    ],
    "ps-Latn": [
        ("dera manana ustaz", SmallTalk.THANKS),
        ("ok ji, der manana", SmallTalk.THANKS),
        ("khuday pa aman ji", SmallTalk.GOODBYE),
        ("salam, sanga ye?", SmallTalk.GREETING),
        ("ta bot ye?", SmallTalk.IDENTITY),
        ("zama da para dua okey", SmallTalk.LUCK),
        ("da khu ta makhke ham wayali wo", SmallTalk.FRUSTRATION),
    ],
    "bg-Latn": [
        ("mersi mnogo", SmallTalk.THANKS),
        ("blagodarq, qsno", SmallTalk.THANKS),
        ("ok, 4ao", SmallTalk.GOODBYE),
        ("leka nosht", SmallTalk.GOODBYE),
        ("zdrasti", SmallTalk.GREETING),
        ("stiskai mi palci za utre", SmallTalk.LUCK),
        ("pojelai mi uspeh", SmallTalk.LUCK),
        ("tova ne mi pomaga", SmallTalk.FRUSTRATION),
        ("ne tova te pitah", SmallTalk.FRUSTRATION),
        ("ti bot li si?", SmallTalk.IDENTITY),
    ],
    "trf": [
        ("tanks boss", SmallTalk.THANKS),
        ("thanks fuh dat", SmallTalk.THANKS),
        ("wham", SmallTalk.GREETING),
        ("how yuh going boss", SmallTalk.GREETING),
        ("how de day going bot", SmallTalk.GREETING),
        ("ok ah gone now", SmallTalk.GOODBYE),
        ("aight ah out", SmallTalk.GOODBYE),
        ("wish meh luck fuh tomorrow", SmallTalk.LUCK),
        ("yuh going round and round in circles", SmallTalk.FRUSTRATION),
        ("dis eh helping at all", SmallTalk.FRUSTRATION),
        ("yuh is a real person or a bot?", SmallTalk.IDENTITY),
        ("who make yuh?", SmallTalk.IDENTITY),
    ],
    "ny": [
        ("zikomo kwambiri a bale", SmallTalk.THANKS),
        ("Ndikuthokozani, Mulungu akudalitseni", SmallTalk.THANKS),
        ("chabwino, tsalani bwino", SmallTalk.GOODBYE),
        ("moni, muli bwanji?", SmallTalk.GREETING),
        ("mundifunire zabwino mawa ndili ndi interview", SmallTalk.LUCK),
        ("mukubwereza zomwezo, sizikundithandiza", SmallTalk.FRUSTRATION),
        ("kodi ndinu munthu kapena robot?", SmallTalk.IDENTITY),
    ],
    "sv": [
        ("tack så mycket!", SmallTalk.THANKS),
        ("okej, tusen tack", SmallTalk.THANKS),
        ("ha det bra", SmallTalk.GOODBYE),
        ("hejdå", SmallTalk.GOODBYE),
        ("lycka till med mig imorgon haha, nej men håll tummarna", SmallTalk.LUCK),
        ("det där var inte det jag frågade", SmallTalk.FRUSTRATION),
        ("är du en bot?", SmallTalk.IDENTITY),
    ],
    "mg": [
        ("Misaotra indrindra tompoko 🙏", SmallTalk.THANKS),
        ("Veloma tompoko, mandra-pihaona", SmallTalk.GOODBYE),
        ("Salama tompoko, manao ahoana ianao?", SmallTalk.GREETING),
        ("Mirary soa ho ahy azafady, hanao entretien aho rahampitso", SmallTalk.LUCK),
        ("Tsy manampy ahy loatra io valiny io", SmallTalk.FRUSTRATION),
        ("Robot ve ianao?", SmallTalk.IDENTITY),
    ],
    "om": [
        ("galatoomi obboleessa", SmallTalk.THANKS),
        ("Tole, galatoomaa. Waaqayyo isin haa eebbisu", SmallTalk.THANKS),
        ("nagaan turi", SmallTalk.GOODBYE),
        ("ishi, nagaatti", SmallTalk.GOODBYE),
        ("akkam jirtu, nagaa keessan?", SmallTalk.GREETING),
        ("carraa gaarii naaf hawwi", SmallTalk.LUCK),
        ("kun deebii gaaffii koo miti", SmallTalk.FRUSTRATION),
        ("ati nama moo bot?", SmallTalk.IDENTITY),
    ],
    "ku": [
        ("gelek spas heval!", SmallTalk.THANKS),
        ("zor spas 🙏", SmallTalk.THANKS),
        ("baş e, bi xatirê te", SmallTalk.GOODBYE),
        ("şev baş", SmallTalk.GOODBYE),
        ("silav!", SmallTalk.GREETING),
        ("rojbaş, tu çawa yî?", SmallTalk.GREETING),
        ("dua bo min bike, sibê hevpeyvîna min heye", SmallTalk.LUCK),
        ("tu qet alîkariya min nakî", SmallTalk.FRUSTRATION),
        ("tu kî yî?", SmallTalk.IDENTITY),
    ],
    "hwc": [
        ("mahalo brah", SmallTalk.THANKS),
        ("k shoots", SmallTalk.THANKS),
        ("aloha", SmallTalk.GREETING),
        ("ok laytahs", SmallTalk.GOODBYE),
        ("k a hui hou", SmallTalk.GOODBYE),
        ("you one bot o one real person?", SmallTalk.IDENTITY),
        ("you neva help me at all", SmallTalk.FRUSTRATION),
    ],
    "hy-Latn": [
        ("ok, shnorhakalutyun", SmallTalk.THANKS),
        ("mersi shat, apres", SmallTalk.THANKS),
        ("hajox, heto kgrem", SmallTalk.GOODBYE),
        ("ok, davay", SmallTalk.GOODBYE),
        ("lav, haskaca", SmallTalk.THANKS),
        ("barev", SmallTalk.GREETING),
        ("du bot es?", SmallTalk.IDENTITY),
        ("maxtir hajoxutyun", SmallTalk.LUCK),
        ("nor ban 4asecir", SmallTalk.FRUSTRATION),
    ],
    "tpi": [
        ("tenkyu tumas!", SmallTalk.THANKS),
        ("orait tenkyu, God i blesim yu", SmallTalk.THANKS),
        ("moning!", SmallTalk.GREETING),
        ("apinun, olsem wanem?", SmallTalk.GREETING),
        ("orait, lukim yu bihain", SmallTalk.GOODBYE),
        ("mi mas go nau, gutnait", SmallTalk.GOODBYE),
        ("prei long mi, tumora mi gat interview", SmallTalk.LUCK),
        ("dispela i no helpim mi", SmallTalk.FRUSTRATION),
        ("yu man tru o bot?", SmallTalk.IDENTITY),
    ],
    "et": [
        ("suur aitäh", SmallTalk.THANKS),
        ("tanan, aitas palju", SmallTalk.THANKS),
        ("head aega", SmallTalk.GOODBYE),
        ("ok, nägemist", SmallTalk.GOODBYE),
        ("soovi mulle edu", SmallTalk.LUCK),
        ("sa kordad ennast", SmallTalk.FRUSTRATION),
        ("kes sa oled?", SmallTalk.IDENTITY),
    ],
    "gn": [
        ("aguyje, me sirvio mucho", SmallTalk.THANKS),
        ("ok aguyjevete!!", SmallTalk.THANKS),
        ("bueno, jajotopata", SmallTalk.GOODBYE),
        ("aha ake ya, jajohecha peve", SmallTalk.GOODBYE),
        ("buen dia! como estas?", SmallTalk.GREETING),
    ],
    "pap": [
        ("masha danki pa bo yudansa", SmallTalk.THANKS),
        ("danki hopi!", SmallTalk.THANKS),
        ("ok, te aweró", SmallTalk.GOODBYE),
        ("ayo, te mañan", SmallTalk.GOODBYE),
        ("bon nochi, ayo", SmallTalk.GOODBYE),
        ("ok ayo", SmallTalk.GOODBYE),
        ("mantenha", SmallTalk.GREETING),
        ("kon ta bai?", SmallTalk.GREETING),
        ("deseá mi suerte pa mañan", SmallTalk.LUCK),
        ("esei no ta yuda mi", SmallTalk.FRUSTRATION),
        ("bo a bisa mi esei kaba", SmallTalk.FRUSTRATION),
        ("bo ta un bot?", SmallTalk.IDENTITY),
        ("ken a traha bo?", SmallTalk.IDENTITY),
    ],
    "mt": [
        ("grazzi hafna!", SmallTalk.THANKS),
        ("tajjeb, grazzi", SmallTalk.THANKS),
        ("ok caw", SmallTalk.GOODBYE),
        ("saħħa, nsellimlek", SmallTalk.GOODBYE),
        ("bongu!", SmallTalk.GREETING),
        ("int bot?", SmallTalk.IDENTITY),
        ("auguri lili, ghada l-intervista", SmallTalk.LUCK),
        ("auguri ghall-interview ghada!", SmallTalk.LUCK),
        ("dan mhux qed jghinni", SmallTalk.FRUSTRATION),
    ],
    # Burmese and Khmer, unspaced, with their polite words
    "my": [
        ("ကျေးဇူးတင်ပါတယ်ခင်ဗျာ", SmallTalk.THANKS),
        ("မင်္ဂလာပါ ဆရာ", SmallTalk.GREETING),
    ],
    "km": [
        ("អរគុណច្រើនបង", SmallTalk.THANKS),
        ("ជំរាបសួរបាទ", SmallTalk.GREETING),
    ],
    # Lao, unspaced, with its polite particles
    "lo": [
        ("ຂອບໃຈຫຼາຍໆເດີ້", SmallTalk.THANKS),
        ("ເຂົ້າໃຈແລ້ວ ຂອບໃຈເຈົ້າ 🙏", SmallTalk.THANKS),
        ("ບາຍໆເຈົ້າ", SmallTalk.GOODBYE),
        ("ລາກ່ອນເດີ້", SmallTalk.GOODBYE),
        ("ສະບາຍດີເຈົ້າ", SmallTalk.GREETING),
        ("ມື້ອື່ນນ້ອງສອບ ອວຍພອນໃຫ້ແດ່ເດີ້", SmallTalk.LUCK),
        ("ຖາມຈັກເທື່ອກໍບໍ່ໄດ້ຄຳຕອບທີ່ຢາກຮູ້", SmallTalk.FRUSTRATION),
        ("ເຈົ້າແມ່ນໃຜເຈົ້າ?", SmallTalk.IDENTITY),
        ("ນີ້ແມ່ນ bot ບໍ່?", SmallTalk.IDENTITY),
    ],
    "tet": [
        ("obrigada barak!", SmallTalk.THANKS),
        ("ok obrigadu", SmallTalk.THANKS),
        ("ok, adeus", SmallTalk.GOODBYE),
        ("até logo", SmallTalk.GOODBYE),
        ("kalan di'ak", SmallTalk.GOODBYE),
        ("boatarde!", SmallTalk.GREETING),
        ("reza ba ha'u ya", SmallTalk.LUCK),
        ("ita la hatán ha'u nia pergunta", SmallTalk.FRUSTRATION),
        ("ita ne'e ema ka bot?", SmallTalk.IDENTITY),
    ],
    "lb": [
        ("villmools merci!", SmallTalk.THANKS),
        ("ok äddi", SmallTalk.GOODBYE),
        ("moien", SmallTalk.GREETING),
        ("wënsch mer Gléck fir muer", SmallTalk.LUCK),
        ("dat hëlleft mer guer net", SmallTalk.FRUSTRATION),
        ("bass du e Bot?", SmallTalk.IDENTITY),
        ("wien bass du dann?", SmallTalk.IDENTITY),
    ],
    "srn": [
        ("grantangi baya", SmallTalk.THANKS),
        ("tangi fu ala", SmallTalk.THANKS),
        ("ok adyosi", SmallTalk.GOODBYE),
        ("mi e go sribi now, te tamara", SmallTalk.GOODBYE),
        ("odi, fa yu tan?", SmallTalk.GREETING),
        ("yu na wan bot?", SmallTalk.IDENTITY),
        ("yu no e yepi mi srefsrefi", SmallTalk.FRUSTRATION),
    ],
    "zdj": [
        ("marahaba mindji!", SmallTalk.THANKS),
        ("ok marahaba, Allah akulipe kheri", SmallTalk.THANKS),
        ("salam aleikum, djedje?", SmallTalk.GREETING),
        ("ok bslama, Mungu akuhifadhi", SmallTalk.GOODBYE),
    ],
    "sg": [
        ("singila mingi!", SmallTalk.THANKS),
        ("balao", SmallTalk.GREETING),
        ("bara ala kwe", SmallTalk.GREETING),
        ("ok, mbi gue fadeso", SmallTalk.GOODBYE),
        ("e bâ terê kekereke, Nzapa a bata mo", SmallTalk.GOODBYE),
        ("sambela teti mbi, interview ti mbi a yeke kekereke", SmallTalk.LUCK),
        ("mo yeke zo wa?", SmallTalk.IDENTITY),
        ("tënë so a mu maboko na mbi pëpe", SmallTalk.FRUSTRATION),
    ],
    "bm": [
        ("i ni ce kosɛbɛ", SmallTalk.THANKS),
        ("barika, Ala ka i sara", SmallTalk.THANKS),
        ("ayiwa, k'an bɛn sini", SmallTalk.GOODBYE),
        ("n bɛ taa sisan, an bɛ sini", SmallTalk.GOODBYE),
        ("i ni sɔgɔma", SmallTalk.GREETING),
        ("aw ni wula, aw ka kɛnɛ wa?", SmallTalk.GREETING),
        ("kɔrɔbɔli ye sini ye, Ala ka n dɛmɛ", SmallTalk.LUCK),
        ("i ye jɔn ye?", SmallTalk.IDENTITY),
    ],
    "mfe": [
        ("mersi boukou frer", SmallTalk.THANKS),
        ("bonzour", SmallTalk.GREETING),
        ("alo, ki nouvel?", SmallTalk.GREETING),
        ("ok bonn nwit", SmallTalk.GOODBYE),
        ("bòn nwit", SmallTalk.GOODBYE),  # Haitian Creole
        ("bon mo bizin ale, a+", SmallTalk.GOODBYE),
        ("entretien demin, priye pou mwa", SmallTalk.LUCK),
        ("to pa pe konpran mwa", SmallTalk.FRUSTRATION),
        ("to enn bot?", SmallTalk.IDENTITY),
    ],
    "kea": [
        ("obg mano!", SmallTalk.THANKS),
        ("brigadu", SmallTalk.THANKS),
        ("fui, xau", SmallTalk.GOODBYE),
        ("mantenha", SmallTalk.GREETING),
    ],
    "pov": [
        ("Deus ta pagau", SmallTalk.THANKS),
        ("n na bai gosi, te logu", SmallTalk.GOODBYE),
        ("abo i pesoa o robot?", SmallTalk.IDENTITY),
        ("pidi Deus pa mi", SmallTalk.LUCK),
    ],
    "ng": [
        ("tangi unene!", SmallTalk.THANKS),
        ("ndapandula", SmallTalk.THANKS),
        ("wa lalapo", SmallTalk.GREETING),
        ("kaleni po nawa", SmallTalk.GOODBYE),
        ("eewa, sigo mongula", SmallTalk.GOODBYE),
        ("interview oyi li mongula, ndi galikanena", SmallTalk.LUCK),
    ],
    "xh": [
        ("enkosi kakhulu mfethu", SmallTalk.THANKS),
        ("kulungile, ndiyabulela", SmallTalk.THANKS),
        ("sharp, ndiyahamba", SmallTalk.GOODBYE),
        ("molweni", SmallTalk.GREETING),
        ("molo bhuti", SmallTalk.GREETING),
        ("interview yam ingomso, ndinqwenelele ithamsanqa", SmallTalk.LUCK),
        ("uphinda into enye", SmallTalk.FRUSTRATION),
        ("ungumntu okanye uyi-bot?", SmallTalk.IDENTITY),
        ("ungubani wena?", SmallTalk.IDENTITY),
    ],
    "ss": [
        ("siyabonga kakhulu", SmallTalk.THANKS),
        ("kulungile, ngiyabonga", SmallTalk.THANKS),
        ("ok sobonana", SmallTalk.GOODBYE),
        ("salakahle", SmallTalk.GOODBYE),
        ("sanibonani", SmallTalk.GREETING),
    ],
    "mos": [
        ("barka wʋsgo!", SmallTalk.THANKS),
        ("m wʋma, Wẽnd na kõ-y laafi", SmallTalk.THANKS),
        ("ok, Wẽnd na taas-d beoogo", SmallTalk.GOODBYE),
        ("ne y zaabre, yãmb laafi?", SmallTalk.GREETING),
        ("kaset wã yaa beoogo, pʋʋs-y Wẽnd mam yĩnga", SmallTalk.LUCK),
        ("yãmb yaa ninsaal bɩ robot?", SmallTalk.IDENTITY),
        ("rẽ pa sõng-m ye", SmallTalk.FRUSTRATION),
        ("Ma considération distinguée.", SmallTalk.THANKS),
    ],
    "ff": [
        ("on jaraama sanne", SmallTalk.THANKS),
        ("Alla hokku on barki", SmallTalk.THANKS),
        ("ok mi yahii, en njiyondiray", SmallTalk.GOODBYE),
        ("jam waali, no mbaddaa?", SmallTalk.GREETING),
        ("jango ko entretien am, Alla wallu", SmallTalk.LUCK),
        ("a jaabaaki naamnde nde", SmallTalk.FRUSTRATION),
        ("a ko robot?", SmallTalk.IDENTITY),
    ],
    "kri": [
        ("tɛnki bɔku", SmallTalk.THANKS),
        ("ok tenki o", SmallTalk.THANKS),
        ("kushɛ", SmallTalk.GREETING),
        ("kushe o", SmallTalk.GREETING),
    ],
    "iu": [
        ("ᖁᔭᓐᓇᒦᒃ!", SmallTalk.THANKS),
        ("ok qujannamiik", SmallTalk.THANKS),
        ("ᐅᓪᓛᒃᑯᑦ", SmallTalk.GREETING),
        ("ok ᑕᕝᕙᐅᕗᑎᑦ", SmallTalk.GOODBYE),
    ],
    "as-Latn": [
        ("dhonyobad!", SmallTalk.THANKS),
        ("tumi kun?", SmallTalk.IDENTITY),
        ("tumi kun? bot neki manuh?", SmallTalk.IDENTITY),
        ("kenekua ase?", SmallTalk.GREETING),
    ],
    "as": [
        ("ধন্যবাদ", SmallTalk.THANKS),
        ("আপুনি কোন?", SmallTalk.IDENTITY),
    ],
    "pa-Latn": [
        ("bahut dhanwaad paaji", SmallTalk.THANKS),
        ("vadiya ji, shukriya", SmallTalk.THANKS),
        ("ssa paaji", SmallTalk.GREETING),
        ("chalo fer milange", SmallTalk.GOODBYE),
        ("theek aa paaji, baad ch milde aa", SmallTalk.GOODBYE),
        ("kal interview aa, waheguru mehar kare", SmallTalk.LUCK),
        ("tusi asli banda ho ke bot?", SmallTalk.IDENTITY),
    ],
    "ee": [
        ("akpe kakaka!", SmallTalk.THANKS),
        ("akpe na wò ŋutɔ", SmallTalk.THANKS),
        ("ok mado go", SmallTalk.GOODBYE),
        ("mido go emegbe", SmallTalk.GOODBYE),
        ("woezɔ", SmallTalk.GREETING),
        ("ŋdi na wò", SmallTalk.GREETING),
        ("interview le etsɔ, Mawu nakpe ɖe ŋunye", SmallTalk.LUCK),
        ("èle nya ɖeka ma gblɔm", SmallTalk.FRUSTRATION),
        ("esia mekpe ɖe ŋunye o", SmallTalk.FRUSTRATION),
        ("ameka nènye?", SmallTalk.IDENTITY),
        ("robot wònye?", SmallTalk.IDENTITY),
    ],
    "jv": [
        ("matur nuwun sanget mbak 🙏", SmallTalk.THANKS),
        ("suwun yo mas, wis cetha", SmallTalk.THANKS),
        ("maturnuwun mas, mbantu banget", SmallTalk.THANKS),
        ("sugeng sonten mas", SmallTalk.GREETING),
        ("monggo mas, aku arep takon-takon sithik nggih", SmallTalk.GREETING),
        ("yowis, pamit riyin nggih mas", SmallTalk.GOODBYE),
        ("dongakke aku nggih mas, sesuk interview", SmallTalk.LUCK),
        ("kok ora dijawab to mas", SmallTalk.FRUSTRATION),
        ("jawabane muter-muter wae mas", SmallTalk.FRUSTRATION),
        ("sampeyan ki bot apa wong?", SmallTalk.IDENTITY),
    ],
    "su": [
        ("hatur nuhun pisan kang, jelas pisan 🙏", SmallTalk.THANKS),
        ("nuhun teh, mangpaat pisan", SmallTalk.THANKS),
        ("sip atuh, haturnuhun", SmallTalk.THANKS),
        ("sampurasun kang", SmallTalk.GREETING),
        ("wilujeng siang teh", SmallTalk.GREETING),
        ("punten kang, abdi bade naros sakedik nya", SmallTalk.GREETING),
        ("dadah kang, engke deui", SmallTalk.GOODBYE),
        ("mangga atuh, abdi pamit heula", SmallTalk.GOODBYE),
        ("doakeun abdi nya teh, isukan interview", SmallTalk.LUCK),
        ("jawabanna teu nyambung kang", SmallTalk.FRUSTRATION),
        ("eta deui eta deui atuh", SmallTalk.FRUSTRATION),
        ("akang teh bot atanapi jalmi?", SmallTalk.IDENTITY),
    ],
    "min": [
        ("tarimo kasih banyak uni, jaleh bana 🙏", SmallTalk.THANKS),
        ("oke uda, tarimo kasih yo", SmallTalk.THANKS),
        ("assalamualaikum uni", SmallTalk.GREETING),
        ("halo uda, ado wakatu?", SmallTalk.GREETING),
        ("ambo nio batanyo saketek yo uni", SmallTalk.GREETING),
        ("dadah uni, sampai jumpa", SmallTalk.GOODBYE),
        ("yo lah, ambo pulang dulu uni", SmallTalk.GOODBYE),
        ("sampai di siko dulu yo uni", SmallTalk.GOODBYE),
        ("doakan ambo yo uni, bisuak ado interview", SmallTalk.LUCK),
        ("semoga ambo lulus seleksi 🤲", SmallTalk.LUCK),
        ("jawabannyo samo se dari tadi", SmallTalk.FRUSTRATION),
        ("alah ambo baco itu, ndak mambantu", SmallTalk.FRUSTRATION),
        ("uni ko bot atau urang?", SmallTalk.IDENTITY),
    ],
    "bbc": [
        ("mauliate godang ito, jelas hian 🙏", SmallTalk.THANKS),
        ("ok lae, mauliate tahe", SmallTalk.THANKS),
        ("horas ito!", SmallTalk.GREETING),
        ("horas lae, adong tingki saotik?", SmallTalk.GREETING),
        ("ok ma, lao jo ahu ito", SmallTalk.GOODBYE),
        ("ok, modom jolo ahu ito", SmallTalk.GOODBYE),
        ("doakan ahu ya ito, marsogot interview", SmallTalk.LUCK),
        ("sarupa do sude alus na, ndang mangurupi", SmallTalk.FRUSTRATION),
        ("ise do ho? jolma manang bot?", SmallTalk.IDENTITY),
    ],
    "km-Latn": [
        ("orkun chraen bong!", SmallTalk.THANKS),
        ("ok bong, arkun nas", SmallTalk.THANKS),
        ("sousdey bong", SmallTalk.GREETING),
        ("chumreap sour bong 🙏", SmallTalk.GREETING),
        ("ok bong, lea sin hz", SmallTalk.GOODBYE),
        ("chhob sen bong, chuob knea thngai saek", SmallTalk.GOODBYE),
        ("saek interview, som oy knhom heng phong", SmallTalk.LUCK),
        ("bong answer dodel dodel, knhom ot yul", SmallTalk.FRUSTRATION),
        ("knhom meul hz tae nov tae ot yul", SmallTalk.FRUSTRATION),
        ("bong jea mnus reu robot?", SmallTalk.IDENTITY),
    ],
    "yo": [
        ("ẹ ṣé gan o!", SmallTalk.THANKS),
        ("e se gan sir", SmallTalk.THANKS),
        ("o ṣeun púpọ̀", SmallTalk.THANKS),
        ("mo dúpẹ́ sir", SmallTalk.THANKS),
        ("ó dàbọ̀", SmallTalk.GOODBYE),
        ("ẹ kú àárọ̀ sir", SmallTalk.GREETING),
        ("ẹ káàsán o", SmallTalk.GREETING),
    ],
    # Aymara with Bolivian Spanish; Spanish small talk in general
    "ay": [
        ("yuspajara jilata!", SmallTalk.THANKS),
        ("Kamisaraki!", SmallTalk.GREETING),
        ("aski urukipana kullaka", SmallTalk.GREETING),
        ("jikisiñkama, aski arumakipana", SmallTalk.GOODBYE),
        ("ok, qharürkama", SmallTalk.GOODBYE),
        ("mañana es la entrevista, deséeme suerte", SmallTalk.LUCK),
        ("otra vez me repites lo mismo", SmallTalk.FRUSTRATION),
        ("ya veo que no me puedes responder eso", SmallTalk.FRUSTRATION),
        ("me estás diciendo lo mismo otra vez", SmallTalk.FRUSTRATION),
    ],
    # K'iche' with Guatemalan Spanish
    "quc": [
        ("maltyox chawe!", SmallTalk.THANKS),
        ("ok maltyox", SmallTalk.THANKS),
        ("xb'e q'ij nan", SmallTalk.GREETING),
        ("ok, chwe'q chik", SmallTalk.GOODBYE),
    ],
    "bi": [
        ("tankyu tumas brata", SmallTalk.THANKS),
        ("ok, tangkyu", SmallTalk.THANKS),
        ("ok lukim yu afta", SmallTalk.GOODBYE),
        ("mi mas go long wok naoia", SmallTalk.GOODBYE),
        ("yu no save helpem mi", SmallTalk.FRUSTRATION),
    ],
    "is": [
        ("takk kærlega fyrir", SmallTalk.THANKS),
        ("ok takk", SmallTalk.THANKS),
        ("ok bæ", SmallTalk.GOODBYE),
        ("sjáumst", SmallTalk.GOODBYE),
        ("hæ hæ", SmallTalk.GREETING),
        ("góðan daginn", SmallTalk.GREETING),
        ("óskaðu mér góðs gengis á morgun", SmallTalk.LUCK),
        ("þetta hjálpar mér ekki", SmallTalk.FRUSTRATION),
        ("ertu vélmenni?", SmallTalk.IDENTITY),
        ("hver ert þú eiginlega", SmallTalk.IDENTITY),
    ],
    "sah": [
        ("махтал!", SmallTalk.THANKS),
        ("сөп, махтанабын", SmallTalk.THANKS),
        ("көрсүөххэ диэри", SmallTalk.GOODBYE),
        ("сөп пока", SmallTalk.GOODBYE),
        ("дорообо", SmallTalk.GREETING),
        ("сарсын interview, миэхэ ситиһии баҕар", SmallTalk.LUCK),
        ("бу туһата суох", SmallTalk.FRUSTRATION),
        ("эн кимҥиний?", SmallTalk.IDENTITY),
        ("бот дуу, киһи дуу?", SmallTalk.IDENTITY),
    ],
    "tt": [
        ("зур рәхмәт!", SmallTalk.THANKS),
        ("ярый, аңладым", SmallTalk.THANKS),
        ("ярый, сау булыгыз", SmallTalk.GOODBYE),
        ("хуш", SmallTalk.GOODBYE),
        ("исәнмесез", SmallTalk.GREETING),
        ("иртәгә собес, уңыш теләгез", SmallTalk.LUCK),
        ("бу җавап ярдәм итмәде", SmallTalk.FRUSTRATION),
        ("сез кем?", SmallTalk.IDENTITY),
    ],
    "ky": [
        ("чоң рахмат", SmallTalk.THANKS),
        ("макул, түшүндүм", SmallTalk.THANKS),
        ("макул пока", SmallTalk.GOODBYE),
        ("көрүшкөнчө", SmallTalk.GOODBYE),
        ("саламатсызбы", SmallTalk.GREETING),
        ("салам алейкум", SmallTalk.GREETING),
        ("эртең интервью, ийгилик каалагыла", SmallTalk.LUCK),
        ("бул жооптун пайдасы жок", SmallTalk.FRUSTRATION),
        ("сиз ботсузбу?", SmallTalk.IDENTITY),
        ("сен кимсиң өзү", SmallTalk.IDENTITY),
    ],
    "be": [
        ("дзякуй вялікі", SmallTalk.THANKS),
        ("ок, зразумела, дзякую", SmallTalk.THANKS),
        ("ладна, бывай", SmallTalk.GOODBYE),
        ("ну ўсё, да сустрэчы", SmallTalk.GOODBYE),
        ("пака", SmallTalk.GOODBYE),
        ("прывітанне", SmallTalk.GREETING),
        ("добры дзень", SmallTalk.GREETING),
        ("заўтра сумоўе, пажадай мне ўдачы", SmallTalk.LUCK),
        ("трымайце кулачкі", SmallTalk.LUCK),
        ("зноў нічога карыснага", SmallTalk.FRUSTRATION),
        ("ты паўтараешся", SmallTalk.FRUSTRATION),
        ("ты бот ці чалавек?", SmallTalk.IDENTITY),
        ("з кім я размаўляю", SmallTalk.IDENTITY),
    ],
    "tg": [
        ("ташаккури зиёд", SmallTalk.THANKS),
        ("хуб, фахмидам", SmallTalk.THANKS),
        ("хайр, то боздид", SmallTalk.GOODBYE),
        ("салом", SmallTalk.GREETING),
        ("ассалому алейкум 🙂", SmallTalk.GREETING),
        ("пагоҳ мусоҳиба дорам, барои ман дуо кунед", SmallTalk.LUCK),
        ("ин ҷавоб ба ман умуман ёрӣ намедиҳад", SmallTalk.FRUSTRATION),
        ("шумо бот ҳастед?", SmallTalk.IDENTITY),
        ("ту кистӣ", SmallTalk.IDENTITY),
        # "how are you?" is a greeting, not "what kind?" asking for more
        ("салом, чӣ хел шумо?", SmallTalk.GREETING),
        ("аҳволатон чӣ хел?", SmallTalk.GREETING),
    ],
    "tk": [
        ("sag bol 🙏", SmallTalk.THANKS),
        ("köp sag boluň", SmallTalk.THANKS),
        ("hawa düşnükli, sagbol", SmallTalk.THANKS),
        ("bolýar, hoş gal", SmallTalk.GOODBYE),
        ("hos galyn", SmallTalk.GOODBYE),
        ("salam", SmallTalk.GREETING),
        ("ertir gürrüňdeşlik, maňa üstünlik arzuw et", SmallTalk.LUCK),
        ("sen şol bir zady gaýtalaýaň", SmallTalk.FRUSTRATION),
        ("sen bot-myň ýa-da adam?", SmallTalk.IDENTITY),
        ("siz kim", SmallTalk.IDENTITY),
        # "how are you?" is a greeting, not "how?" asking
        ("salam, ýagdaýlar nähili?", SmallTalk.GREETING),
        ("salam aleýkum", SmallTalk.GREETING),
        ("ok, ertire çenli", SmallTalk.GOODBYE),
    ],
    "dz": [
        ("བཀའ་དྲིན་ཆེ།", SmallTalk.THANKS),
        ("kadrinchey la 🙏", SmallTalk.THANKS),
        ("སྐུ་གཟུགས་བཟང་པོ།", SmallTalk.GREETING),
        ("kuzuzangpo", SmallTalk.GREETING),
        ("ལོག་འཇལ་གེ་ལགས།", SmallTalk.GOODBYE),
        ("ok lasso, log jay ge", SmallTalk.GOODBYE),
        ("ནངས་པ་ interview ཡོད། ང་ལུ་ སྨོན་ལམ་ བཏབ་གནང་།", SmallTalk.LUCK),
        ("ཁྱོད་ ག་ཨིན་ན?", SmallTalk.IDENTITY),
        ("ཁྱོད་ bot ཨིན་ན?", SmallTalk.IDENTITY),
        # Tibetan as Tibetans write it, in the same letters
        ("ཐུགས་རྗེ་ཆེ་ལགས།", SmallTalk.THANKS),
        ("ཡང་བསྐྱར་མཇལ་ཡོང་།", SmallTalk.GOODBYE),
        ("ཁྱེད་རང་རོ་བོཊ་ཡིན་ནམ།", SmallTalk.IDENTITY),
        ("ཁྱེད་རང་སུ་ཡིན།", SmallTalk.IDENTITY),
    ],
    "ti": [
        ("ብዙሕ የቐንየልካ", SmallTalk.THANKS),
        ("ሕራይ ደሓን ኩን", SmallTalk.GOODBYE),
        ("ሰላማት", SmallTalk.GREETING),
        ("ጽባሕ interview ኣሎኒ፡ ዕድል ተመነየለይ", SmallTalk.LUCK),
        ("እዚ መልሲ ኣይሕግዘንን", SmallTalk.FRUSTRATION),
        ("ንስኻ መን ኢኻ?", SmallTalk.IDENTITY),
    ],
    "am": [
        ("በጣም አመሰግናለሁ", SmallTalk.THANKS),
        ("እሺ ገባኝ", SmallTalk.THANKS),
        ("እሺ ቻው", SmallTalk.GOODBYE),
        ("ደህና ሁን ወንድሜ", SmallTalk.GOODBYE),
        ("ታዲያስ", SmallTalk.GREETING),
        ("ሰላም እንደምን ነህ?", SmallTalk.GREETING),
    ],
    "am-Latn": [
        ("betam amesegnalehu wendime", SmallTalk.THANKS),
        ("eshi gebagn", SmallTalk.THANKS),
        ("eshi chaw", SmallTalk.GOODBYE),
        ("dehna hun", SmallTalk.GOODBYE),
        ("selam endet neh?", SmallTalk.GREETING),
    ],
    "ti-Latn": [
        ("btami yekenyeley", SmallTalk.THANKS),
        ("yeqenyelka hawey", SmallTalk.THANKS),
        ("hiray dehan kun", SmallTalk.GOODBYE),
        ("selam kemey aleka?", SmallTalk.GREETING),
    ],
    "ln": [
        ("matondo mingi ndeko", SmallTalk.THANKS),
        ("mbote na bino", SmallTalk.GREETING),
        ("ok nakei, tokomonana", SmallTalk.GOODBYE),
        ("bon nakei kolala", SmallTalk.GOODBYE),
        ("ok nakei sikoyo, mwinda ekei lisusu, tokomonana", SmallTalk.GOODBYE),
        ("malamu, tokolobana lobi ndeko", SmallTalk.GOODBYE),
        ("sambela ngai, lobi nazali na interview", SmallTalk.LUCK),
        ("ozali robot to moto ya solo?", SmallTalk.IDENTITY),
        ("yango te natunaki ndeko", SmallTalk.FRUSTRATION),
    ],
    # Latvian
    "lv": [
        ("liels paldies, ļoti palīdzēji", SmallTalk.THANKS),
        ("ok paldies", SmallTalk.THANKS),
        ("atā!", SmallTalk.GOODBYE),
        ("ata", SmallTalk.GOODBYE),
        ("labi ata", SmallTalk.GOODBYE),
        ("nu labi, ata ata", SmallTalk.GOODBYE),
        ("ok labi, ata 👋", SmallTalk.GOODBYE),
        ("uz redzēšanos", SmallTalk.GOODBYE),
        ("sveiki", SmallTalk.GREETING),
        ("novēli man veiksmi!", SmallTalk.LUCK),
        ("tas man nemaz nepalidz", SmallTalk.FRUSTRATION),
        ("vai tu esi bots?", SmallTalk.IDENTITY),
    ],
    "tn": [
        ("ke a leboga rra", SmallTalk.THANKS),
        ("dumelang!", SmallTalk.GREETING),
        ("ok sala sentle", SmallTalk.GOODBYE),
        ("nthapelele, ke na le interview kamoso", SmallTalk.LUCK),
        ("o sa arabe potso ya me", SmallTalk.FRUSTRATION),
        ("a o motho kana bot?", SmallTalk.IDENTITY),
    ],
    "st": [
        ("kea leboha haholo!", SmallTalk.THANKS),
        ("rea leboha", SmallTalk.THANKS),
        ("sala hantle", SmallTalk.GOODBYE),
        ("ho lokile, tsamaea hantle", SmallTalk.GOODBYE),
        ("lumela", SmallTalk.GREETING),
        ("khotso ntate", SmallTalk.GREETING),
        ("interview ke hosane, nthapelle", SmallTalk.LUCK),
        ("ntakele lehlohonolo", SmallTalk.LUCK),
        ("u ntse u pheta ntho e le 'ngoe", SmallTalk.FRUSTRATION),
        ("ha se seo ke se botsitseng", SmallTalk.FRUSTRATION),
        ("na u motho kapa bot?", SmallTalk.IDENTITY),
        ("u mang?", SmallTalk.IDENTITY),
    ],
    "ts": [
        ("kanimambo makwerhu!", SmallTalk.THANKS),
        ("ndza khensa ngopfu", SmallTalk.THANKS),
        ("inkomu", SmallTalk.THANKS),
        ("xewani", SmallTalk.GREETING),
        ("avuxeni makwerhu", SmallTalk.GREETING),
        ("famba kahle", SmallTalk.GOODBYE),
    ],
    # Kabyle
    "kab": [
        ("tanemmirt aṭas a gma", SmallTalk.THANKS),
        ("tanmirt", SmallTalk.THANKS),
        ("ar tufat", SmallTalk.GOODBYE),
        ("ok ar timlilit", SmallTalk.GOODBYE),
        ("azul azul", SmallTalk.GREETING),
        ("azul, labas?", SmallTalk.GREETING),
        ("azul fell-awen!", SmallTalk.GREETING),
        ("salam azul 🙂 kullec labas?", SmallTalk.GREETING),
        ("saha a gma", SmallTalk.THANKS),
        ("dɛu-yi s lxir, azekka d l'entretien", SmallTalk.LUCK),
        ("ur fhimeɣ walu, tettɛawadeḍ kan", SmallTalk.FRUSTRATION),
        ("d bot neɣ d bnadem?", SmallTalk.IDENTITY),
        ("anwa kečč s tidet?", SmallTalk.IDENTITY),
    ],
}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(text, kind, id=code)
        for code, rows in SMALL_TALK_IN_THE_VARIETIES.items()
        for text, kind in rows
    ],
)
def test_small_talk_in_the_varieties(text, kind):
    reading = read(text)
    assert reading.small_talk is kind and not reading.parts


REQUESTS_FOR_MORE_IN_THE_VARIETIES = {
    "war": [
        "mayda pa ba iba?",
        "mayda pa ba iba nga paagi?",
        "ano pa an dapat ko maaram?",
        "iba pa nga maupay nga course?",
    ],
    "ki": [
        "ningĩ?",
        "njira ingi?",
        "kĩndũ kĩngĩ?",
        "ni kii kingi ngiriirwo kumenya?",
        "blogs ingĩ?",
        "ĩĩ, kũrĩ na njĩra ingĩ?",
    ],
    "ckb": [
        "زیاتر بڵێ",
        "زیاتر؟",
        "شتی تر هەیە؟",
        "ئامۆژگاری تری هەیە؟",
        "چی تر هەیە؟",
        "هیچ ڕێگایەکی تر هەیە؟",
        "سەرچاوەی تر پێشنیار دەکەیت؟",
    ],
    "gom-Latn": [
        "aniki?",
        "kaim aniki re?",
        "aniki kitem?",
        "ani tya uprant?",
        "GitHub sodun aniki konche projects?",
    ],
    "hil": [
        "may iban pa bala?",
        "may dugang pa bala?",
        "ano pa iban nga tips?",
        "may iban pa nga paagi?",
        "ano pa dapat ko mahibal-an?",
    ],
    "syl": [
        "aro kisu ase ni bhai?",
        "ar kunu option ase ni?",
        "r kunu resource ase ni?",
        "onno kunu way ase ni?",
        "ar kita khorle CV bhala oibo?",
    ],
    "luo": [
        "nyisa mamoko",
        "gik mamoko?",
        "en mana mano kende?",
        "blogs mamoko ere",
        "to bang phone screen ango kendo",
    ],
    "ilo": [
        "ania pay manong?",
        "ania pay? adda pay kadi?",
        "sabali pay?",
        "ania pay nga tips?",
        "dadduma pay nga ways?",
    ],
    "sd": [
        "ٿورو وڌيڪ ٻڌايو",
        "ٻيو ڪجهه آهي؟",
        "ٻيا ڪهڙا طريقا آهن؟",
        "وڌيڪ ڪجهه ٻڌائي سگهو ٿا؟",
        "ٻيو ڪو؟",
    ],
    "sd-Latn": ["biyo kujh batayo", "biyo kujh?"],
    "mai-Latn": [
        "aur kichhu batau sir",
        "aur kichhu?",
        "aur kon kon course achhi?",
    ],
    "bho-Latn": [
        "aur batai",
        "aur kuch batai guru",
        "aur ka ka chahi bhaiya, batai na",
    ],
    "es-DO": [
        "dale, sigue",
        "dale, dime más",
        "y qué más?",
    ],
    "bn-Latn": [
        "ar kichu ache?",
        "arekta upay bolo",
    ],
    "gu-Latn": [
        "biju kai?",
        "haji kai tips?",
    ],
    "arn": [
        "más?",
    ],
    "gil": [
        "iai riki taiaoka",
        "tera riki te resource?",
        "tabeua riki te resource",
        "teuana riki taiaoka",
    ],
    "ts": [
        "swin'wana?",
        "ndzi byele swin'wana",
        "hlamusela ngopfu",
    ],
    "ch": [
        "sangåni yu' mås",
        "kao guaha mås?",
        "håfa mås?",
        "mås ehemplos fan",
    ],
    "ty": [
        "e aha atu ā?",
        "te tahi atu mau ravea?",
        "fa'ahou",
        "et encore?",
        "y en a d'autres?",
        "d'autres trucs pour le CV?",
    ],
    "rn": [
        "ibindi?",
        "hari ikindi?",
        "hari ubundi buryo?",
    ],
    "fo": [
        "nakað annað?",
        "aðrir mátar?",
        "greið frá",
        "fleiri dømi?",
    ],
    "to": [
        "toe fakamatala mai",
        "fakamatala'i mai kataki",
        "ko e ha e ngaahi founga kehe?",
    ],
    "qu": [
        "cuéntame más del proceso",
        "¿hay más opciones?",
        "astawan willaway",
    ],
    "ay": [
        "juk'ampi yatiyita",
        "jukampi",
        "yaqha thakhinaka?",
        "kunas juk'ampi?",
    ],
    "sk": [
        "viac",
        "este nieco?",
        "ine moznosti?",
        "dalsie tipy?",
        "a co dalej?",
        "povedz viac",
    ],
    # Norwegian
    "no": [
        "noe mer?",
        "fortell mer",
        "andre måter?",
        "andre maater?",
        "ka mer?",
        "noko anna?",
        "fler tips?",
    ],
    # Slovene
    "sl": [
        "se kej?",
        "povej mi vec o tem",
        "a je se kaksna druga pot",
        "se kaksen nasvet razen tega",
    ],
    # Samoan
    "sm": ["faamatala mai nisi", "isi mea?", "o a isi auala?"],
    # Catalan
    "ca": ["més?", "alguna cosa més?", "altres maneres?", "explica'm més sobre aixo"],
    # Basque
    "eu": [
        "gehiago?",
        "kontatu gehiago mesedez",
        "beste adibide bat eman",
        "adibide gehiago?",
    ],
    # Afrikaans
    "af": [
        "nog iets?",
        "enige ander wenke?",
        "watter ander opsies is daar",
        "verduidelik meer asb",
        "nog voorbeelde asb",
        "vertel my meer",
        "ok gee my meer wenke asb",
    ],
    "de": [
        "was noch?",
        "ok, und was noch?",
        "und sonst noch was?",
        "noch mehr?",
        "mehr dazu bitte",
        "erzähl mehr",
        "gibt's noch andere Wege?",
        "welche Wege gibt es sonst noch",
        "kannst du das genauer erklären?",
    ],
    "sr": [
        "reci mi vise",
        "objasni detaljnije",
        "jos primera?",
        "daj jos",
        "ima li jos nesto",
        "jos neki nacin?",
    ],
    "ka-Latn": [
        "kidev ragac?",
        "kidev momeci rchevebi",
        "detalurad amixseni",
    ],
    "hu": [
        "még?",
        "meg valami?",
        "mást?",
        "más út nincs?",
        "van még valami tipp?",
        "bővebben",
    ],
    "tw-sw": [
        "biribi bio?",
        "ka bi kyere me",
        "options foforo bi wɔ hɔ?",
        "kuna zaidi?",
        "na nini kingine?",
        "naomba unieleze zaidi",
        "kuna njia nyingine?",
    ],
    "lt": [
        "daugiau?",
        "dar?",
        "kas dar?",
        "dar kas nors?",
        "kokie dar variantai?",
        "plačiau",
    ],
    "ps-Latn": [
        "nor sa shta?",
        "nor ham owaya ji",
        "bal tareeqay ham shta?",
    ],
    "bg-Latn": [
        "kazhi mi o6te",
        "pove4e podrobnosti?",
        "ima li drugi na4ini?",
        "o6te primeri?",
    ],
    "trf": [
        "wah else?",
        "more nah",
        "tell meh more",
        "gimme more oui",
        "wah other ways it have?",
    ],
    "ny": [
        "ndiuzeni zambiri",
        "zina ziti?",
        "pali njira zina?",
        "tandiuzani china chonde",
    ],
    "sv": [
        "nåt mer om det?",
        "fler exempel?",
        "något annat?",
    ],
    "mg": [
        "Inona koa?",
        "Misy fomba hafa ve?",
        "Hazavao bebe kokoa azafady",
    ],
    "om": [
        "dabalataa natti himi",
        "kan biraa hoo?",
        "fakkeenya kenni maaloo",
        "ammas ibsi",
    ],
    "ku": [
        "zêdetir bêje",
        "tiştekî din?",
        "mînakek bide min",
    ],
    "hwc": [
        "get mo?",
        "mo examples?",
        "ok get mo ideas?",
    ],
    "hy-Latn": [
        "el inch?",
        "eli",
        "urish tarberakner ka?",
        "heto?",
    ],
    "tpi": [
        "narapela rot?",
        "wanem narapela samting i stap?",
        "givim mi moa plis",
    ],
    "et": [
        "räägi veel",
        "mis veel?",
        "veel midagi",
        "täpsemalt palun",
    ],
    "pap": [
        "kiko mas?",
        "bisa mi mas",
        "algu mas?",
        "tin otro manera?",
        "eksplika mas",
    ],
    "mt": [
        "ghidli izjed",
        "għidli aktar",
        "xi haga ohra?",
        "xi tips ohra?",
        "u ohrajn?",
        "x'modi ohra hemm?",
        "x'inhuma t-toroq l-ohra?",
    ],
    "lo": [
        "ບອກຕື່ມແດ່ເຈົ້າ",
        "ມີວິທີອື່ນບໍ່ເຈົ້າ",
        "ຕື່ມ",
    ],
    "tet": [
        "saida tan?",
        "iha dalan seluk ka?",
        "iha opsaun seluk tan ka?",
        "detalle tan",
    ],
    "lb": [
        "méi",
        "soss nach eppes?",
        "nach aner Weeër?",
        "gëtt et nach aner Méiglechkeeten?",
        "nach méi Tipps w.e.g.",
    ],
    "srn": [
        "taki moro",
        "san moro?",
        "tra fasi?",
    ],
    "zdj": [
        "ngapvo tsena?",
        "nambiye tsena",
        "mifano tsena tafadhali",
        "ngapvo ressources tsena?",
    ],
    "sg": [
        "nyen nga?",
        "fa na mbi mingi",
        "mbeni site nga ahon LeetCode?",
        "mbeni lege nde a yeke dä?",
    ],
    "bm": [
        "dɔ fara a kan",
        "ayiwa, do fara o kan",
        "a ɲɛfɔ dɔɔnin tuguni",
        "sira wɛrɛw bɛ yen wa?",
    ],
    "mfe": [
        "plis detay",
        "explik plis",
        "ena lezot fason?",
        "dir mwa plis lor sa",
    ],
    "kea": [
        "otus sitiu?",
        "kuze mas?",
        "da-m otus dikas",
    ],
    "pov": [
        "n misti sibi mas",
        "inda otru kaminhu?",
    ],
    "xh": [
        "ndixelele ngakumbi",
        "yintoni enye?",
        "enye into mfethu?",
        "qhubeka, zikhona ezinye?",
    ],
    "ss": [
        "ngicela ungitjele kabanti",
        "yini lenye?",
        "tintfo letinye?",
    ],
    "mos": [
        "sore a taaba n le be?",
        "ok, bõe n le be?",
        "sagls a taaba n le be stage yĩnga bɩ?",
    ],
    "ff": [
        "laabi goɗɗi kadi?",
        "goddum kadi?",
        "hondun kadi ngam CV?",
    ],
    "iu": [
        "ᐊᓯᖏᓐᓂᒃ?",
        "asinginnik?",
    ],
    "as-Latn": [
        "aru kiba?",
        "aru kua please",
        "aru kunu rasta ase neki?",
    ],
    "as": [
        "আৰু কিবা আছে নেকি?",
        "আৰু কোৱা",
    ],
    "pa-Latn": [
        "hor?",
        "hor dasso ji",
        "hor koi tarika?",
        "hor vistar naal dasso",
        "ehde ton ilawa hor kuch?",
    ],
    "ee": [
        "nu bubu?",
        "mɔ bubuwo ɖe?",
        "gblɔ bubu nam",
        "nu bubu le eŋu?",
    ],
    "jv": [
        "liyane?",
        "ana maneh ora mas?",
        "terus apa maneh?",
        "tips liyane apa wae mas?",
        "ana conto liyane?",
    ],
    "su": [
        "aya deui?",
        "aya deui teu kang?",
        "terus naon deui?",
        "tips sejenna naon wae?",
        "conto sejen aya teu?",
        "leuwih jentre atuh kang",
        "terus?",
    ],
    "min": [
        "apo lai uni?",
        "ado lai?",
        "ado caro lain ndak?",
        "tips nan lain ado ndak?",
        "ceritakan labiah lanjuik uni",
        "trus, apo lai?",
    ],
    "bbc": [
        "aha dope ito?",
        "adong na lain?",
        "dohot aha dope?",
        "jala aha dope? detail saotik",
    ],
    "km-Latn": [
        "mean ey teat te bong?",
        "prab teat bong",
        "mouy teat bong",
        "mean vithi phseng teat te?",
    ],
    "yo": [
        "ṣé ẹ tún ní òmíràn?",
        "nkan miran?",
        "àwọn ọ̀nà mìíràn?",
    ],
    "bi": [
        "talem mi moa plis",
        "wanem narafala rod i gat?",
        "nara opsen?",
    ],
    "is": [
        "segðu mér meira",
        "eitthvað fleira?",
        "aðrar leiðir?",
        "fleiri ráð",
        "útskýrðu nánar",
    ],
    "sah": [
        "уонна?",
        "өссө кэпсээ",
        "атын туох баар?",
    ],
    "tt": [
        "тагын?",
        "тагын нинди курслар бар?",
        "MOOC'лардан тыш тагын нәрсә бар?",
    ],
    "ky": [
        "дагы",
        "дагы айтып берчи",
        "башка кандай жолдор бар?",
        "дагы эмне кылсам болот",
        "дагы кеңеш барбы",
    ],
    "be": [
        "яшчэ",
        "а яшчэ варыянты ёсць?",
        "што яшчэ?",
        "распавядзі падрабязней",
        "іншыя шляхі ёсць?",
        "іншыя варыянты?",  # others, not a pick of "the other option"
    ],
    "tg": [
        "боз",
        "боз гӯед лутфан",
        "дигар чӣ роҳҳо ҳаст?",
        "ягон чизи дигар ҳаст?",
        "боз маслихат дихед",
    ],
    "tk": [
        "ýene",
        "ýene näme bar?",
        "başga ýollar barmy",
        "yene aytsana",
        "mysal ber",
        "has köp maglumat ber",
    ],
    "dz": ["ཧེང་བཀལ་ སླབ་གནང་།", "hengkhe lap nang la"],
    "ti": ["ካልእ ኣሎ ዶ?", "ዝያዳ ንገረኒ በጃኻ", "ካልእ መንገዲ ኣሎ ድዩ?", "ዝያዳ", "ካልእ ምኽሪ"],
    "am": ["ሌላ ምን አለ?", "ተጨማሪ ንገረኝ እባክህ", "ሌላ መንገድ አለ?", "በዝርዝር አስረዳኝ", "ቀጥል"],
    "am-Latn": [
        "lela min alew?",
        "techemari ngeregn ebakih",
        "lela menged alew?",
        "bezirzir asredagn",
    ],
    "ti-Latn": ["kale alo diyu?", "zyada nigereni bejaka", "kale mengedi alo?"],
    "ln": [
        "yebisa ngai lisusu",
        "eloko mosusu?",
        "ba nzela mosusu?",
        "pe ba options misusu ezali?",
        "lisusu",
    ],
    # Latvian
    "lv": [
        "pastāsti vairāk",
        "kas vel?",
        "vai ir vel kaut kas?",
        "kadi vel ir veidi?",
        "citi varianti?",
    ],
    "tn": [
        "mpolelele gape",
        "go na le sengwe gape?",
        "ditsela tse dingwe?",
        "gape",
    ],
    "st": [
        "ho hong hape?",
        "eng hape?",
        "ho na le litsela tse ling?",
        "hlalosa hape",
    ],
    # Kabyle
    "kab": [
        "ugar",
        "ini-yi-d ugar ttxil-k",
        "kra nniḍen?",
        "d acu nniḍen?",
        "yella kra n tbrida nniḍen?",
        "ihi, tiḥila nniḍen?",
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=code)
        for code, texts in REQUESTS_FOR_MORE_IN_THE_VARIETIES.items()
        for text in texts
    ],
)
def test_requests_for_more_in_the_varieties(text):
    cues = read(text, THREAD).parts[0].cues
    assert cues.more or cues.asks_for_others


PICKS_IN_THE_VARIETIES = {
    "ki": [("ya mbere", 0), ("ok ya keri", 1), ("ĩyo ya mbere", 0)],
    "ckb": [
        ("یەکەمیان تکایە", 0),
        ("دووەمیان", 1),
        ("دووەمیان بکەرەوە", 1),
        ("دووەمیان تکایە، سوپاس", 1),
    ],
    "gom-Latn": [
        ("dusro sang re", 1),
        ("ok poilo", 0),
    ],
    "hil": [("ang una lang", 0), ("sige ang ikaduha", 1)],
    "luo": [("nyisa mokwongo", 0), ("mar ariyo jaduong", 1)],
    "ilo": [
        ("sige ti umuna", 0),
        ("ti maikadua manang", 1),
    ],
    "sd": [("پهريون وارو ٻڌايو", 0), ("ٻيو وارو", 1), ("ٻيو وارو کوليو مهرباني ڪري", 1)],
    "sd-Latn": [("pehriyon wari", 0), ("pehryon waro batayo", 0)],
    "mai-Latn": [
        ("pahila wala dekhau", 0),
        ("dosar wala kahu sir", 1),
    ],
    "bho-Latn": [
        ("pahila wala batai bhaiya", 0),
        ("dusra wala batai na", 1),
    ],
    "bn-Latn": [
        ("prothom ta dekhao", 0),
    ],
    "gu-Latn": [
        ("biju valu", 1),
        ("pehlu", 0),
    ],
    "gil": [
        ("te moan taiaoka", 0),
        ("te kauoua taiaoka", 1),
    ],
    "ch": [
        ("i fine'nena", 0),
        ("ayu i mina'dos", 1),
        ("i uttimo fan", 1),
    ],
    "ty": [
        ("te matamua", 0),
        ("te hopea", 1),
    ],
    "rn": [
        ("iya mbere ndabasavye", 0),
        ("iya kabiri", 1),
    ],
    "fo": [
        ("tann fyrsta", 0),
        ("tann seinna", 1),
        ("hatta seinna", 1),
    ],
    # Tibetan "the first one" in Dzongkha's letters (not "and", a request for more)
    "dz": [("དང་པོ་དེ།", 0), ("གཉིས་པ་དེ།", 1)],
    "to": [
        ("ko e 'uluaki", 0),
        ("'ai mai e fika ua", 1),
    ],
    "qu": [
        ("ñawpaq kaq", 0),
        ("iskay kaq", 1),
    ],
    "ay": [
        ("uka nayrïri", 0),
        ("payiri", 1),
    ],
    "sk": [
        ("to prve", 0),
        ("to druhé", 1),
        ("ukaz posledne", 1),
    ],
    # Norwegian
    "no": [("den første", 0), ("den forste", 0), ("den andre", 1), ("vis meg den andre", 1)],
    # Slovene
    "sl": [("dej tisto drugo", 1), ("ok prvo", 0)],
    # Samoan
    "sm": [("le mea muamua faamolemole", 0), ("o le lona lua", 1)],
    # Catalan
    "ca": [("la segona", 1), ("vale el primer", 0), ("la darrera", 1)],
    # Basque
    "eu": [
        ("lehenengoa", 0),
        ("bigarrena, mesedez", 1),
        ("azkena", 1),
    ],
    # Afrikaans
    "af": [("die eerste een", 0), ("wys my die tweede een", 1), ("die laaste een asb", 1)],
    "de": [
        ("das zweite", 1),
        ("das erste bitte", 0),
        ("die zweite bitte", 1),
        ("nummer 2", 1),
        ("ok, zeig mir das erste", 0),
        ("das letzte bitte", 1),
    ],
    "sr": [
        ("daj mi ono prvo", 0),
        ("ajde ovo drugo", 1),
        ("otvori prvi link", 0),
        ("zadnji", 1),
    ],
    "ka-Latn": [
        ("pirveli", 0),
        ("meore gaxseni", 1),
        ("meore! 2", 1),
        ("second, 2", 1),
    ],
    "hu": [
        ("az első", 0),
        ("a masodik", 1),
        ("mutasd az elsot", 0),
        ("az utolsó", 1),
    ],
    "tw-sw": [
        ("deɛ ɛdi kan no", 0),
        ("nea edi kan", 0),
        ("naomba ile ya kwanza", 0),
        ("ya pili tafadhali", 1),
        ("ya mwisho", 1),
    ],
    "lt": [
        ("pirmas", 0),
        ("tai antra", 1),
        ("parodyk paskutini", 1),
        ("ok, pirmą", 0),
    ],
    "ps-Latn": [
        ("lumray wala ji", 0),
        ("dwayam", 1),
    ],
    "bg-Latn": [
        ("purvoto", 0),
        ("dai vtoroto", 1),
        ("poslednoto", 1),
    ],
    "ny": [
        ("ndisankha yoyamba", 0),
        ("yachiwiri ija chonde", 1),
    ],
    "om": [
        ("isa jalqabaa", 0),
        ("isa lammaffaa natti himi", 1),
    ],
    "ku": [
        ("ya yekem", 0),
        ("ya duyem bêje", 1),
    ],
    "hy-Latn": [
        ("arajin@", 0),
        ("erkrord@", 1),
    ],
    "tpi": [
        ("namba wan plis", 0),
        ("namba tu", 1),
        ("soim mi laspela", 1),
    ],
    "et": [
        ("esimene", 0),
        ("teine", 1),
        ("viimane", 1),
    ],
    "pap": [
        ("e promé", 0),
        ("e di dos", 1),
        ("habri e promé", 0),
        ("mustra mi e di dos", 1),
    ],
    "mt": [
        ("l-ewwel wiehed", 0),
        ("it-tieni", 1),
        ("iftah it-tieni link", 1),
        ("dak l-aħħar", 1),
    ],
    "lo": [
        ("ອັນທຳອິດເຈົ້າ", 0),
        ("ເອົາອັນທີສອງເດີ້", 1),
    ],
    "tet": [
        ("ida primeiru", 0),
        ("ida daruak favor", 1),
    ],
    "lb": [
        ("déi éischt w.e.g!", 0),
        ("déi zweet", 1),
    ],
    "srn": [
        ("a fosi wan", 0),
        ("a di fu tu wan", 1),
        ("gi mi a lasti wan", 1),
    ],
    "zdj": [
        ("ya kwanza", 0),
        ("ya pvili tafadhali", 1),
    ],
    "sg": [
        ("ti kozo", 0),
        ("mbi mu ti use", 1),
        ("ti ndângbâ ni", 1),
    ],
    "bm": [
        ("a fɔlɔ", 0),
        ("a filanan, the second one", 1),
        ("n bɛ a filanan sugandi", 1),
    ],
    "mfe": [
        ("premie la", 0),
        ("montre mwa dezyem la", 1),
    ],
    "kea": [
        ("kel primeru", 0),
        ("sugundu", 1),
    ],
    "xh": [
        ("eyokuqala", 0),
        ("leyo yesibini", 1),
        ("ndicela eyesibini", 1),
    ],
    "ss": [
        ("lokwekucala", 0),
        ("loyo lokwesibili", 1),
        ("ngicela lokwesibili", 1),
    ],
    "mos": [
        ("a yembre wã", 0),
        ("a yiibu soaba", 1),
        ("ok, a yiibu soaba, m rat n ges-a", 1),
    ],
    "ff": [
        ("arano", 0),
        ("ɗiɗaɓo oo", 1),
        ("didabo", 1),
    ],
    "as-Latn": [
        ("first ta kua", 0),
        ("second tu", 1),
    ],
    "pa-Latn": [
        ("pehla wala kholo", 0),
        ("dooja wala dasso ji", 1),
        ("aakhri wala", 1),
    ],
    "ee": [
        ("gbãtɔ la", 0),
        ("evelia", 1),
        ("evelia la fofo", 1),
        ("evelia la! the second one", 1),
        ("la première! gbãtɔ", 0),
    ],
    "jv": [
        ("sing nomer siji wae mas", 0),
        ("sing kapindho mas", 1),
    ],
    "su": [
        ("nu kahiji wae kang", 0),
        ("nu kadua atuh", 1),
        ("nu pamungkas nya", 1),
    ],
    "min": [
        ("nan partamo se uni", 0),
        ("nan kaduo yo", 1),
        ("nan tarakhir tu lah", 1),
    ],
    "bbc": [
        ("na parjolo ma", 0),
        ("na paduahon i ito", 1),
        ("na parpudi", 1),
    ],
    "km-Latn": [
        ("yok mouy dambong bong", 0),
        ("ok yok ti 2 bong", 1),
    ],
    "yo": [
        ("èkejì", 1),
        ("àkọ́kọ́ náà", 0),
        ("ekeji naa sir", 1),
    ],
    "bi": [
        ("ale mi tekem namba tu", 1),
        ("namba wan plis", 0),
        ("lasfala", 1),
    ],
    "is": [
        ("það fyrsta", 0),
        ("seinni", 1),
        ("síðasta", 1),
    ],
    "sah": [
        ("бастакыны", 0),
        ("иккиһин көрдөр", 1),
        ("бүтэһигин", 1),
    ],
    "tt": [
        ("беренчесе", 0),
        ("икенчесен әйтегез", 1),
    ],
    "ky": [
        ("биринчиси", 0),
        ("экинчисин ач", 1),
        ("акыркысы", 1),
    ],
    "be": [
        ("першае", 0),
        ("давай другое", 1),
        ("пакажы другое", 1),
        ("апошні", 1),
    ],
    "tg": [
        ("якумро", 0),
        ("дуюмиро гуед", 1),
        ("охирин", 1),
    ],
    "tk": [
        ("birinjisini aç", 0),
        ("ikinjisi", 1),
        ("iň soňkusy", 1),
    ],
    "ti": [("ቀዳማይ", 0), ("እቲ ካልኣይ በጃኻ", 1)],
    "am": [("የመጀመሪያው", 0), ("ሁለተኛውን እባክህ", 1)],
    "am-Latn": [("yemejemeriyaw", 0), ("huletegnawn ebakih", 1)],
    "ti-Latn": [("kedamay", 0), ("eti kalay bejaka", 1)],
    "ln": [
        ("oyo ya liboso", 0),
        ("yebisa ngai oyo ya mibale", 1),
        ("oyo ya suka", 1),
    ],
    # Latvian
    "lv": [
        ("pirmo", 0),
        ("labi, otro", 1),
        ("parādi pēdējo", 1),
        ("es ņemu otro", 1),
        ("otra lūdzu", 1),
        ("ok, pastāsti par otro", 1),
    ],
    "tn": [
        ("ya ntlha", 0),
        ("ya bobedi", 1),
    ],
    "st": [
        ("ea pele", 0),
        ("ke kopa ea pele", 0),
        ("ke khetha ea bobeli", 1),
        ("ea ho qetela", 1),
    ],
    # Kabyle
    "kab": [("tamezwarut", 0), ("ad ddmeɣ tin tamezwarut", 0), ("taneggarut", 1), ("l'wwel", 0)],
}


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        pytest.param(text, pick, id=code)
        for code, rows in PICKS_IN_THE_VARIETIES.items()
        for text, pick in rows
    ],
)
def test_picks_in_the_varieties(text, pick):
    reading = read(text, AFTER_THE_PHD_ANSWER_WITH_BUTTONS)
    assert reading.pick == pick and not reading.parts


DOUBTS_IN_THE_VARIETIES = {
    "war": [
        "tinuod ba?",
        "hmm tinuod gud?",
        "sure ka ba? baga diri man",
        "totoo? diri ako nagtutuo",
        "baga imposible man iton",
    ],
    "ki": [
        "nĩ ma?",
        "ni ma kweli",
        "ii, ni ma?",
        "hmm nĩ ma atĩ mundu wa BSc no one internship?",
    ],
    "ckb": [
        "بەڕاستی؟",
        "دڵنیایت؟",
        "باوەڕ ناکەم کە startup ەکان intern وەردەگرن",
        "بەڕاستی؟ هاوڕێکەم دەڵێت PhD پێویستە",
        "دڵنیای لەوە؟ لە عێراق کەس PyTorch بەکارناهێنێت",
    ],
    "gom-Latn": [
        "tuka khatri asa?",
        "khorench? startups-ant pun?",
        "oxem kai? mhaka vixvas bosona",
        "PhD bagar research lab-ant ghetat, khorem kai?",
    ],
    "hil": [
        "matuod bala na?",
        "hmm matuod gid bala?",
        "seryoso bala? bisan undergrad lang?",
        "sure ka bala? daw indi ko ma-believe",
    ],
    "syl": [
        "hasa ni bhai?",
        "tumi sure ni?",
        "startup o same ni? ita to impossible lage",
    ],
    "luo": [
        "adier?",
        "en adier kamano",
        "ok ayie, osiepna nowacho ni phd dwarore",
        "mano en mar jo pesa kende",
    ],
    "ilo": [
        "pudno kadi manong?",
        "agpayso? uray dagiti startups?",
        "hmm kasla saan met, kuna ti gayyem ko nga PhD ti kasapulan",
        "ngem kunam nga nalaka laeng, agpayso kadi?",
    ],
    "sd": [
        "سچي پچي؟",
        "واقعي ائين آهي؟",
        "پڪ آهي؟",
        "اهو غلط ته ناهي؟",
        "سچ پچ؟ مون کي ته يقين نٿو اچي ته labs undergrad رکندا آهن",
    ],
    "sd-Latn": ["sachi? mukhe yakeen naahe"],
    "mai-Latn": [
        "sach me? hamra vishwas nai hoit achhi",
        "ahaan bujhlau ki hum BCA me chhi?",
        "ekbera fer sa kahu sir",
        "startup me seho same kona hoyat?",
    ],
    "bgc-Latn": [
        "bhai ye sab bakwas to na se? mhare to kuch samajh na aaya",
        "fer ke fayda itna padhne ka",
        "mhara resume to dustbin me jaga",
    ],
    "bho-Latn": [
        "sach me? hamra ta bharosa na hot ba",
        "dil rakhe khatir kahat bani ka?",
        "fir bhi kaunu fayda ba ka?",
    ],
    "es-DO": [
        "no me lo creo",
        "eso ta fácil?",
        "mmm suena demasiado bonito",
    ],
    "bn-Latn": [
        "sotti naki?",
        "apni sure?",
    ],
    "gu-Latn": [
        "aa sachu che?",
        "tame pakka?",
    ],
    "arn": [
        "rüf am?",
        "no te creo po",
        "mmm no sé, mis compañeros dicen otra cosa",
    ],
    "gil": [
        "koaua? e kainnanoaki naba te phd?",
        "e koaua? ma i mena kiribati",
        "github ti? e kona ke",
        "i aki kakoauaa",
    ],
    "ts": [
        "hakunene?",
        "xana i ntiyiso?",
        "hmm a ndzi swi kholwi",
    ],
    "ch": [
        "kao magåhet?",
        "magahet ha'?",
        "ti hu hongge ayu, my prof said otherwise",
        "hmm kao sigurao hao?",
    ],
    "ty": [
        "oia mau?",
        "e parau mau anei?",
        "papū anei oe?",
        "aita vau e ti'aturi",
        "mouais, même pour les petites boîtes?",
        "hmm j'y crois moyen",
        "mouais pas sûr que ça marche",
    ],
    "fo": [
        "veruliga?",
        "er tað satt?",
        "ert tú vísur?",
        "eg trúgvi tí ikki",
    ],
    "to": [
        "ko e mo'oni?",
        "mo'oni nai?",
        "'ikai ke u tui ki ai",
    ],
    "qu": [
        "chiqaqchu?",
    ],
    "ay": [
        "chiqati?",
        "hmm chiqapuniti",
        "janiw iyawskti",
    ],
    "quc": [
        "sachaj la numak, pero ¿eso sirve en una empresa chiquita?",
    ],
    "sk": [
        "naozaj?",
        "hmm vazne?",
        "je to pravda?",
        "neverim tomu",
        "no neviem, mne sa zda ze nie",
        "hmm, to je dost malo, nie?",
    ],
    # Norwegian
    "no": [
        "seriøst?",
        "seriost?",
        "e det sant?",
        "er du sikker?",
        "trur ikkje det",
        "tviler paa det",
    ],
    # Slovene
    "sl": ["a res?", "ne verjamem", "dvomim", "a si ziher?", "a je to res vse"],
    # Samoan
    "sm": ["e moni lava e le manaomia se PhD?", "ou te le talitonu i lena mea", "e moni lava?"],
    # Catalan
    "ca": ["de veritat?", "segur?", "no m'ho crec", "n'estas segur?", "ui, segur??"],
    # Basque
    "eu": [
        "benetan?",
        "seguru?",
        "egia al da hori?",
        "ez dut sinesten",
        "ziur zaude?",
    ],
    # Afrikaans
    "af": [
        "regtig?",
        "is jy seker?",
        "is dit waar?",
        "ek glo dit nie",
        "klink te goed om waar te wees",
    ],
    "de": [
        "echt?",
        "wirklich?",
        "ernsthaft?",
        "echt jetzt?",
        "bist du sicher?",
        "bist du dir da sicher?",
        "Hm, stimmt das?",
        "kann ich mir nicht vorstellen",
        "stimmt das wirklich?",
        "glaub ich nicht",
        "Aber das ist von 2020, ist das nicht schon ur veraltet?",
    ],
    "sr": [
        "ozbiljno?",
        "stvarno?",
        "ma daj, to je previse",
        "ne verujem",
        "jesi siguran?",
        "da li je to istina?",
        "jel to bas tacno",
        "nema sanse",
        "hm, sumnjam",
    ],
    "ka-Latn": [
        "martla?",
        "namdvilad?",
        "darwmunebuli xar?",
        "ar mjera",
        "ar sheidzleba?",
    ],
    "hu": [
        "tényleg?",
        "biztos?",
        "komolyan?",
        "hm, kétlem",
        "ez igaz?",
        "biztos vagy benne?",
    ],
    "tw-sw": [
        "ampa?",
        "hmm ampa ara?",
        "me nnye nni",
        "kweli?",
        "ni kweli?",
        "una uhakika?",
        "siamini hiyo",
    ],
    "lt": [
        "tikrai?",
        "rimtai?",
        "abejoju",
        "is kur tu tai zinai?",
        "kuo remiantis?",
        "ar tu tuo tikras?",
        "skamba per paprastai",
    ],
    "ps-Latn": [
        "rishtya?",
        "kho rishtya ji",
        "za bawar na kawam",
    ],
    "bg-Latn": [
        "seriozno?",
        "naistina li?",
        "siguren li si?",
        "ne vqrvam",
        "aha, sigurno",
        "ne mi se vqrva 4e e taka",
        "ne me luji",
    ],
    "trf": [
        "yuh sure bout dat?",
        "ah eh believe dat",
        "dat eh true",
        "fuh real?",
        "yuh lying",
    ],
    "ny": [
        "zoona?",
        "kodi mukutsimikiza?",
        "ndikukayika pang'ono",
        "ndizovuta kukhulupirira",
    ],
    "sv": [
        "verkligen?",
        "seriöst?",
        "är du säker?",
        "låter lite optimistiskt, gäller det verkligen här?",
    ],
    "mg": [
        "Marina ve izany?",
        "Hmm, tsy mino loatra aho",
    ],
    "om": [
        "dhuguma?",
        "dhugumaa?",
        "itti hin amanu",
    ],
    "ku": [
        "bi rastî?",
        "ciddî?",
        "tu bawer î?",
    ],
    "hy-Latn": [
        "serioz?",
        "hastat?",
        "4em havatum",
        "de lav, chi kareli",
    ],
    "tpi": [
        "tru ya?",
        "em i tru?",
        "yu sua?",
        "mi no bilip",
    ],
    "et": [
        "tõesti?",
        "oled kindel?",
        "ei usu.",
        "hmm, kahtlen",
    ],
    "pap": [
        "di bèrdat?",
        "ta bèrdat?",
        "bo ta sigur?",
        "mi no ta kere esei",
        "no ta posibel",
    ],
    "mt": [
        "serjament?",
        "verament?",
        "mhux qed nemmnek",
        "int cert?",
        "dan veru?",
        "hmm qisek ftit ottimist",
    ],
    "my": [
        "တကယ်လား ဆရာ",
        "သေချာလားခင်ဗျာ?",
    ],
    "km": [
        "ពិតមែនទេបង?",
        "ប្រាកដទេ?",
    ],
    "lo": [
        "ແທ້ບໍ່ເຈົ້າ?",
        "ແມ່ນແທ້ບໍ່?",
        # no question mark: "ບໍ່" ends in a tone mark, no word letter
        "ແນ່ໃຈບໍ່",
        "ເຈົ້າແນ່ໃຈບໍ່",
        "ຈິງບໍ່",
    ],
    "tet": [
        "loos duni?",
        "hmm ha'u la fiar",
        "ita serteza ka?",
    ],
    "lb": [
        "wierklech?",
        "ass dat wouer?",
        "dat gleewen ech net",
    ],
    "srn": [
        "a tru?",
        "yu seker?",
        "mi no e bribi dati",
    ],
    "zdj": [
        "ndo kweli?",
        "hmm, ndo haki?",
        "tsi ngamuamini",
    ],
    "sg": [
        "tâ tënë?",
        "hmm, biani?",
        "mbi mä ni na bê pëpe",
    ],
    "bm": [
        "tiɲɛ na?",
        "hmm, n t'a da",
        "o ye tiɲɛ ye wa?",
    ],
    "mfe": [
        "serye?",
        "c vre sa?",
        "hmm mo pa krwar",
        "mo pa tro konvinki",
    ],
    "kea": [
        "ser ser?",
        "di verdadi?",
    ],
    "pov": [
        "ma n ka kridi kila",
        "bu tene serteza?",
    ],
    "xh": [
        "yinyani na?",
        "uqinisekile?",
        "hmm, ndiyathandabuza",
    ],
    "ss": [
        "kuliciniso yini?",
        "ucinisekile?",
        "angiciniseki ngaloko",
    ],
    "mos": [
        "yaa tɩrga?",
        "hmm, yaa sɩda? m pa tẽed ye",
    ],
    "ff": [
        "ko goonga ɗum?",
        "ɗum ko Google tan, naa?",
        "mi gomɗinaa ɗum",
    ],
    "as-Latn": [
        "sosa ne?",
        "hosakoi?",
        "hmm, bissas hua nai",
    ],
    "as": [
        "সঁচা নেকি?",
    ],
    "pa-Latn": [
        "sachi gal aa?",
        "pakki gal?",
        "eh sach aa?",
        "mainu ta yakeen ni aunda",
        "eh ta purani gal aa",
    ],
    "ee": [
        "nyateƒea?",
        "nyemexɔe se o",
        "ɖe nyateƒe wònye?",
        "ɖe mɔ sia wɔa dɔ vavã?",
    ],
    "jv": [
        "tenan po mas?",
        "mosok to?",
        "tenan ta kak?",
        "temenan? aku krungu bedo",
    ],
    "su": [
        "serius kitu kang?",
        "leres kitu teh?",
        "yakin tiasa? abdi kantos ngadangu beda",
        "ah masa? abdi teu percanten",
    ],
    "min": [
        "bana ko uni?",
        "bana? kato kawan ambo indak baitu",
        "yakin bisa? ambo danga lain",
        "cuma itu? ambo raso masih kurang",
        "tapi itu alah lamo, masih relevan ndak?",
    ],
    "bbc": [
        "toho do ito?",
        "toho do? dongan ku mandok ndang songoni",
        "ndang huhaporseai, alai boasa?",
    ],
    "km-Latn": [
        "pit men bong?",
        "pit te? knhom ot chue",
        "prakort te bong?",
        "knhom men sou jeua te",
    ],
    "yo": [
        "ṣé òótọ́ ni?",
        "looto?",
        "ṣé ó dá yín lójú?",
    ],
    "bi": [
        "i tru?",
        "mi no bilif hemia",
        "yu sua?",
        "be hemia i no wok long ples olsem Vanuatu",
    ],
    "is": [
        "í alvöru?",
        "er það satt?",
        "ertu viss?",
        "ég trúi því ekki",
        "getur ekki verið",
    ],
    "sah": [
        "кырдьык дуо?",
        "итэҕэйбэппин",
    ],
    "tt": [
        "чынмы? ә research lab'лар?",
        "ышанмыйм, PhD барыбер кирәк бит",
        "бушлай GPU җитә, диясезме?",
    ],
    "ky": [
        "чынбы?",
        "чын эле?",
        "ишенбейм",
        "кайдан билесиң муну?",
        "сомневаюсь",
        "я сомневаюсь в этом",
    ],
    "be": [
        "сапраўды?",
        "сумняваюся",
        "ды ну, паверу калі ўбачу",
        "наўрад ці",
        "не веру",
    ],
    "tg": [
        "ростӣ?",
        "ин рост аст?",
        "бовар намекунам",
        "хакикатан?",
    ],
    "tk": [
        "dogrymy?",
        "hakykatdanmy",
        "ynanamok",
        "cyndanmy?",
    ],
    "ti": ["ብሓቂ ድዩ?", "ኣይኣምኖን"],
    "am": ["እውነት ነው?", "በእርግጥ?", "እርግጠኛ ነህ?", "አላምንም"],
    "am-Latn": ["ewnet new?", "berigit?", "ergitegna neh?", "alamnim"],
    "ti-Latn": ["bhaki diyu?", "ayamnon", "rgtsegna dika?"],
    "ln": [
        "ya solo?",
        "nandimi te",
    ],
    # Latvian
    "lv": [
        "tiešām?",
        "nopietni?",
        "bet vai tas tiesam ta ir?",
        "neticu",
        "hmm, saubos",
        "vai tā ir taisnība?",
    ],
    "tn": [
        "tota?",
        "a ke nnete?",
        "hmm ke a belaela",
        "ga ke dumele",
    ],
    "st": [
        "ka nnete?",
        "na ke nnete?",
        "ha ke kholoe hore PhD ha e hlokahale",
    ],
    # Kabyle
    "kab": [
        "s tidet?",
        "ur umineɣ ara",
        "ur ttamneɣ ara akka",
        "tezriḍ s tidet?",
        "d tidet?",
        "hmm, d tidet?",
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=code)
        for code, texts in DOUBTS_IN_THE_VARIETIES.items()
        for text in texts
    ],
)
def test_doubts_in_the_varieties(text):
    assert read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    "text",
    [
        "segur que puc aplicar sense ser de grau?",
        "hi ha algú que hagi fet pràctiques a deepmind?",
        "i a l'oficina de londres hi ha algu de catalunya?",
    ],
)
def test_catalan_sure_and_is_anyone_there_inside_a_question_ask_it(text):
    """ "segur?" doubts only by itself and "hi ha algú?" asks who the bot is only as the
    whole message: inside a question they are its words."""
    reading = read(text, THREAD)
    assert reading.small_talk is None and reading.parts
    assert not reading.parts[0].cues.doubt


CHANGES_OF_SUBJECT_IN_THE_VARIETIES = {
    "luo": ["sawa, an kod penjo machielo: kaggle konyo?"],
    "ilo": [
        "sige, sabali a saludsod: mano ti stipend dagiti interns?",
        "ok manong, adda pay saludsodek: kasapulan kadi ti GPU?",
    ],
    "jv": [
        "yowis, aku takon liyane: kursus online kuwi dianggep ora?",
        "eh ganti topik mas, GPU sing apik kanggo sinau apa?",
    ],
    "su": [
        "oh enya, abdi hoyong naros nu sejen: kursus online dianggap teu?",
        "eh ganti topik kang, GPU nu alus kanggo diajar naon?",
    ],
    "ch": [
        "otro finaisen: kuåntu ma apåsi i interns?",
        "ok otru na kosas, håfa i process after hu apply?",
    ],
    "ty": [
        "te tahi atu uira'a: e hia moni te aufaura'a?",
    ],
    "fo": [
        "ein annar spurningur: hvussu nógv tena interns?",
        "nakað heilt annað, hvør skrivaði ráðini?",
    ],
    "to": [
        "ha fehu'i kehe: 'oku totongi e internship?",
        "fehu'i kehe, fiha e interview?",
    ],
    "qu": [
        "huk tapuy: cuánto pagan a los practicantes?",
    ],
    "ay": [
        "yaqha jiskt'a: qawqhasa payllapxi?",
        "jilata, yaqha jiskta, kunjamsa CV qillqaña?",
    ],
    "sk": [
        "ina otazka: kolko platia interny?",
        "ok ina vec, ako dlho trva proces?",
        "este jedna otazka, treba vizum?",
    ],
    # Norwegian
    "no": [
        "annet spørsmål: hvor mye betaler startups?",
        "en annen ting, trenger eg gpu?",
        "anna sporsmal: ka e beste kurs?",
    ],
    # Slovene
    "sl": ["drugo vprasanje: kok placajo interne?", "mimogrede, kje se najde projekte"],
    # Samoan
    "sm": ["se isi fesili: e fia le totogi?", "ia, se fesili ese: o fea e maua ai ni GPU?"],
    # Catalan
    "ca": ["una altra pregunta: quant paguen?", "canviant de tema, on trobo datasets?"],
    # Basque
    "eu": [
        "beste galdera bat: zenbat ordaintzen dute?",
        "beste gai bat, nola prestatu elkarrizketa?",
        "bide batez, zein laptop erosi?",
    ],
    # Afrikaans
    "af": [
        "ander vraag: hoeveel betaal hulle interns?",
        "ok los dit, hoe kry ek n referral",
        "nog n vraag, hoe lank is die proses?",
    ],
    "sr": [
        "drugo pitanje: koliko placaju interne?",
        "i jos jedno pitanje, kako ide proces?",
        "druga stvar, kako ide proces posle prijave?",
        "drugo, gde da nadjem takmicenja",
    ],
    "ka-Latn": [
        "sxva kitxva: ramdens uxdian intern-ebs?",
        "kstati, ra laptop viyido?",
    ],
    "hu": [
        "más téma: mennyit fizetnek az interneknek?",
        "másik kérdés, hol találok versenyeket",
        "egyébként hogyan megy a jelentkezés?",
    ],
    "tw-sw": [
        "Sawa. Swali lingine: je nifanye kozi za Udacity?",
        "tubadilishe mada, kuhusu visa",
        "chale question foforo: Kaggle ho hia?",
    ],
    "lt": [
        "kita tema: kiek moka internams?",
        "beje, kaip su vizomis?",
        "kitas klausimas - kur ieskoti praktikos",
    ],
    "bg-Latn": [
        "drug vupros: kolko plashtat na interni",
        "mejdu drugoto, koi laptop da si vzema",
    ],
    "ny": [
        "funso lina: kodi ma intern amalipidwa?",
        "mwa njira, kodi Colab ndi yaulere?",
        "tiyeni tikambe za GitHub tsopano",
    ],
    "sv": [
        "annan fråga: hur lång är en intervju?",
        "förresten, vilka böcker finns det?",
    ],
    "mg": [
        "Fanontaniana hafa: ohatrinona ny karama?",
        "Hafa indray: aiza no mianatra Python?",
    ],
    "om": [
        "gaaffii biraa: stipend meeqa kaffalu?",
        "tole, gaaffii haaraa: GPU kam bitadha?",
    ],
    "ku": [
        "pirsek din: kengî divê ez apply bikim?",
    ],
    "hy-Latn": [
        "mi harc el, GPU-n petq a?",
    ],
    "tpi": [
        "narapela askim: hamas pei bilong intern?",
        "orait narapela askim, mi mas save C++?",
    ],
    "et": [
        "teine asi: kui palju praktikantidele makstakse?",
        "muide, kas kaggle loeb cv-s",
    ],
    "pap": [
        "otro kos: kuantu nan ta paga?",
        "un otro pregunta, kon e proceso ta bai?",
        "un pregunta random: unda mi por studia?",
    ],
    "mt": [
        "ok topic iehor: kemm idum il-process?",
        "haga differenti: fejn insib hackathons?",
        "mistoqsija ohra, il-GPA jghodd?",
    ],
    "tet": [
        "deskulpa, pergunta seluk: magang selu hira?",
        "ok, haluha ida ne'e. se ha'u aplika ona, sé mak kontaktu ha'u?",
    ],
    "lb": [
        "aner Fro: wat verdéngt een als Stagiaire?",
        "anert Thema, wéi leeft den Interview of?",
    ],
    "srn": [
        "wan tra aksi: o meni yuru a interview e teki?",
        "andere vraag, san den e pai wan intern?",
    ],
    "zdj": [
        "swali ngina: stage ina pesa?",
        "basi, trongo ngina, CV ndo ndjema ha page moja?",
    ],
    "sg": [
        "tënë nde: stage a futa nginza?",
        "mbeni hundango nde, CV a lingbi ti duti page oke?",
    ],
    "mos": [
        "bũmb a to: stage wã b yaoda ligdi bɩ?",
        "sogsg a to, CV wã segd n yaa page a yembre bɩ?",
    ],
    "bm": [
        "kuma wɛrɛ: stage sɔngɔ ye joli ye?",
        "ɲininkali wɛrɛ, CV bɛ sɛbɛn cogo di?",
    ],
    "mfe": [
        "lot kestion: konbien zot pey bann stazyer?",
        "bon lot zafer, eski bizin enn GPU?",
    ],
    "kea": [
        "otu kuza: kantu ta paga un intern?",
        "otu pergunta, kal laptop é midjor?",
    ],
    "pov": [
        "otru pirgunta: kantu ki e ta paga un intern?",
    ],
    "xh": [
        "omnye umbuzo: i-GPU ibiza malini?",
        "ok, umbuzo omnye, ndingakwazi uku-apply ngoku?",
    ],
    "ss": [
        "lenye indzaba: i-GPU ibita malini?",
        "lomunye umbuto, ngingakhona yini ku-applaya nyalo?",
    ],
    "pa-Latn": [
        "ikk hor gal, GPU kinne da aunda?",
        "acha ikk sawal hor: stipend kinna hunda?",
    ],
    "ee": [
        "nya bubu: nenie woxena interns?",
        "fofo nya le menye: laptop ka nyo?",
    ],
    "yo": [
        "ìbéèrè mìíràn: báwo ni wọ́n ṣe ń sanwó fún interns?",
        "ok, nkan miran: se GPU ṣe pàtàkì?",
    ],
    "is": [
        "önnur spurning: hvað borga þau?",
        "ný spurning, hvernig er processið?",
        "annað mál: þarf ég visa?",
    ],
    "sah": [
        "атын ыйытыы: intern-нарга төһө төлүүллэр?",
        "сөп, саҥа ыйытыы, resume хайдах суруйабын",
    ],
    "tt": [
        "бүтән сорау: стажерларга күпме түлиләр?",
        "ярый, тагын бер сорау: resume ничек язарга",
    ],
    "ky": [
        "башка суроо: стажерлорго канча төлөшөт?",
        "дагы бир суроо, резюме кантип жазам",
    ],
    "be": [
        "іншае пытанне. як рыхтавацца да інтэрв'ю",
        "ладна іншае. колькі плацяць інтэрнам?",
        "дарэчы, колькі этапаў звычайна",
    ],
    "tg": [
        "саволи дигар: интернҳо чанд пул мегиранд?",
        "боз як савол, резюмеро чӣ тавр нависам",
    ],
    "tk": [
        "başga sorag: internlere näçe töleýärler?",
        "ýene bir sorag, rezýume nähili ýazmaly",
    ],
    "ti": ["ካልእ ሕቶ፡ ኣብ internship ክንደይ ይኸፍሉ?"],
    "am": ["ሌላ ጥያቄ፣ ለ internship ምን ያህል ይከፍላሉ?"],
    "am-Latn": ["lela teyake, le internship min yahil yikefelal?"],
    "ti-Latn": ["kale hito, ab internship kndey yikfelu?"],
    "ln": [
        "motuna mosusu: ndenge nini nakoki kozwa stage?",
        "tolobela likambo mosusu",
    ],
    # Latvian
    "lv": ["cits jautajums: cik maksa praksē?", "starp citu, kur atrast hakatonus?"],
    "tn": [
        "potso e nngwe: ke ka bona kae di-datasets?",
        "kgang e nngwe, a ke tlhoka cv?",
    ],
    "st": [
        "potso e 'ngoe: ba lefa interns bokae?",
        "taba e ngoe, na ke hloka laptop e ntle?",
    ],
    # Kabyle
    "kab": [
        "asteqsi nniḍen: acḥal i xellṣen les stagiaires?",
        "ok, tamsalt nniḍen, amek ara ad heyyiɣ CV?",
        "a nbeddel asentel, anda ara ad afeɣ datasets?",
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=code)
        for code, texts in CHANGES_OF_SUBJECT_IN_THE_VARIETIES.items()
        for text in texts
    ],
)
def test_changes_of_subject_in_the_varieties(text):
    assert read(text, THREAD).parts[0].cues.changes_subject


@pytest.mark.parametrize(
    "text",
    [pytest.param("behöver man kunna rust? och hur mycket betalar startups i sverige?", id="sv"),
     pytest.param("skal eg kunna C++ og hvussu nógv tena interns?", id="fo"),
     pytest.param("hvat spyrja tey í viðtalinum? og hjálpir GitHub?", id="fo"),
     pytest.param("Ilaina ve ny C++ ary aiza no afaka manao training raha tsy manana GPU?",
                  id="mg"),
     pytest.param("PhD barbaachisaadhaa? Akkasumas LeetCode meeqa shaakaluu qaba?", id="om"),
     pytest.param("ma divê ez PhD bim bo internship u ma divê ez li Amerîka bim?", id="ku"),
     pytest.param("e manaomia se PhD? ma o fea e mafai ona ou aoao ai PyTorch?", id="sm"),
     pytest.param("'oku fiema'u ha PhD, pea 'e lava ke u ako PyTorch 'i he 'api?", id="to"),
     pytest.param("wanem kos mi mas kisim na hamas pei ol intern i save kisim?", id="tpi"),
     pytest.param("husat i save helpim mi long resume na mi ken apply long startup?",
                  id="tpi"),
     pytest.param("potrebujem magistra? a kolko platia za intern", id="sk"),
     pytest.param("ako sa pripravit na pohovor a preco chcu leetcode", id="sk"),
     pytest.param("þarf ég PhD? og hvað borga þau mikið?", id="is"),
     pytest.param("hvernig sæki ég um og hvenær byrjar ferlið", id="is"),
     pytest.param("pytorch eða tensorflow, og hvar þjálfa ég modelið", id="is"),
     pytest.param("магистратура керекпи? жана стажерлорго канча төлөшөт", id="ky"),
     pytest.param("литкод жетеби, кайсы китептерди окуш керек", id="ky"),
     pytest.param("ML үчүн диплом керекпи жана кантип тапшырса болот", id="ky"),
     pytest.param("ці трэба phd для ml стажыроўкі і таксама ці глядзяць яны на github", id="be"),
     pytest.param("як рыхтавацца да coding часткі і колькі этапаў звычайна", id="be"),
     pytest.param("магистр лозим аст? ва интернҳо чанд пул мегиранд", id="tg"),
     pytest.param("PhD хатман лозим аст ва кадом курсро хонам", id="tg"),
     pytest.param("phd gerekmi, haýsy kompaniýalar intern alýar", id="tk"),
     pytest.param("resume-a näme ýazmaly we github hem gerekmi", id="tk"),
     pytest.param("bu awtor kim, startup üçin hem dogry maslahatmy", id="tk"),
     pytest.param("ንML PhD የድሊ ድዩ? ክንደይ ደሞዝ ይኸፍሉ?", id="ti"),
     pytest.param("Colab ንexperiments ይኣኽል ድዩ and also ኣየናይ framework ክመርጽ?", id="ti"),
     pytest.param("ንML internship PhD ግድን ድዩ ከምኡ'ውን interview ክንደይ ግዜ ይወስድ?", id="ti"),
     pytest.param("ኣብ Kaggle ከመይ ክጅምር እኽእል እሞ ኣየናይ course ይሕግዝ?", id="ti"),
     pytest.param("ለML PhD ያስፈልጋል ወይ? ደሞዙ ስንት ነው?", id="am"),
     pytest.param("ምን ኮርስ ልውሰድ ደግሞ የትኛውን framework ልማር", id="am"),
     pytest.param("vai man vajag maģistru? un kuru frameworku labak macities", id="lv"),
     pytest.param("a rabm master za ml prakso pa kje najdem dobre projekte", id="sl"),
     pytest.param("kolk ur na teden mors delat pa a placajo interne dobr", id="sl"),
     pytest.param("quin curs em recomanes? i quant cobra un becari a google?", id="ca"),
     pytest.param("com preparo l'entrevista i a mes on trobo projectes per fer", id="ca"),
     pytest.param("zein ikastaro hartu behar dut? eta noiz hasi aplikatzen?", id="eu"),
     pytest.param("nola lortu referral bat eta zenbat ordaintzen dute startup-etan?",
                  id="eu"),
     pytest.param("Keras ala JAX ikasi eta gainera non aurkitu datasetak?", id="eu"),
     pytest.param("moet ek n master hê vir n ML internship? en hoeveel betaal hulle?", id="af"),
     pytest.param("watter kursusse moet ek vat en hoe lank neem die onderhoude?", id="af"),
     pytest.param("a ke tlhoka PhD? mme ba duela bokae?", id="tn"),
     pytest.param("ke ithute pytorch kgotsa keras? le ke ka ikatisa kae?", id="tn"),
     pytest.param("na ke hloka PhD? mme ba lefa bokae?", id="st"),
     pytest.param("ke apply joang mme hobaneng ba batla GitHub?", id="st"),
     pytest.param("ຕ້ອງຮູ້ C++ ບໍ່ເຈົ້າ? ແລະ ບໍລິສັດໃຫ້ເງິນເດືອນ intern ເທົ່າໃດ", id="lo"),
     pytest.param("ML အတွက် ပါရဂူ လိုအပ်လား ပြီးတော့ python ဘယ်လိုလေ့လာရမလဲ", id="my"),
     pytest.param("ខ្ញុំជានិស្សិតឆ្នាំទីពីរ តើអាចដាក់ពាក្យកម្មសិក្សាបានទេ ហើយត្រូវរៀបចំប្រវត្តិរូបយ៉ាងម៉េច?",
                  id="km"),
     pytest.param("ຄວນເລີ່ມຮຽນ deep learning ແນວໃດ ແລ້ວ Kaggle ຊ່ວຍໄດ້ບໍ່", id="lo"),
     pytest.param("esengeli nazala na master? pe bafutaka boni na sanza?", id="ln"),
     pytest.param("ndenge nini nakoki ko-postuler pe ntango nini interview ebandaka?", id="ln"),
     pytest.param("wéi bewerben ech mech fir e Stage an wéini fänkt den Interview un?", id="lb"),
     pytest.param("soll ech PyTorch léieren? an brauch ech eng GPU doheem?", id="lb"),
     pytest.param("mi musu sabi C++? en sortu buku mi musu leisi gi ML?", id="srn"),
     pytest.param("o fasi mi e seni mi cv gi den kompani? en musu mi skrifi wan brifi", id="srn"),
     pytest.param("kouma pou aplik ek konbien letan zot pran pou reponn?", id="mfe"),
     pytest.param("bizin enn master? e lekel kour mo bizin fer avan?", id="mfe"),
     pytest.param("mbega PhD irakenewe kuri research internship kandi ama-interns bahembwa "
                  "angahe ku kwezi?", id="rn"),
     pytest.param("nitegura interview gute, kandi niyihe course nziza ya ML?", id="rn"),
     pytest.param("ngi-applaya njani? futsi malini i-visa?", id="ss"),
     pytest.param("ngumaphi ema-course lafanele? ngisakhona yini ku-applaya nyalo?", id="ss"),
     pytest.param("udat rayt dis advays en usai a kin fɛn di kɔs dɛn", id="kri"),
     pytest.param("ɔmɔs intavyu dɛn de du ɔlsɔ wetin dɛn kin aks insai", id="kri"),
     pytest.param("aleke mawɔ a-apply? nenie ga wòxɔna?", id="ee"),
     pytest.param("PhD наада дуо, internship хайдах булабын?", id="sah"),
     pytest.param("Kaggle medal ааҕыллар дуо? уонна хас project наада?", id="sah"),
     pytest.param("Python гына белү җитәме һәм нинди курслар укырга кирәк?", id="tt"),
     pytest.param("GitHub'ка нәрсә куярга — Kaggle'да катнашу файдалымы?", id="tt"),
     pytest.param("nuka ye nye requirements? eye ɖe ele be manya C++?", id="ee"),
     pytest.param("kí ni requirements náà? àti pé ṣé mo gbọ́dọ̀ mọ̀ C++?", id="yo"),
     pytest.param("bawo ni mo se le apply? ta ni mo ma kan si fun referral?", id="yo"),
     pytest.param("kunjamsa GitHub-ar uñacht'ayaña? ukat kawkinsa LeetCode practicaña?",
                  id="ay"),
     pytest.param("oinsá mak ha'u bele aplika ba magang no mós sira selu hira por fulan?",
                  id="tet"),
     pytest.param("tanba sa mak kompañia sira buka PhD no GitHub importante ka lae", id="tet"),
     pytest.param("ha'u hakarak hatene kursu ida ne'ebé mak di'ak liu, hafoin entrevista "
                  "hahú bainhira?", id="tet"),
     pytest.param("kao nisisita hu C++? yan manu siña hu sodda' internships?", id="ch"),
     pytest.param("håfa na projects debi hu tuge yan taimanu siña hu chule' i interview?",
                  id="ch"),
     pytest.param("quería saber si necesito una maestría y además si pagan bien a los "
                  "practicantes", id="qu"),
     pytest.param("amek ara ad heyyaɣ le CV w acḥal i xellṣen les stagiaires?", id="kab"),
     pytest.param("anwa framework i yelhan i tazwara w melmi ara bduɣ LeetCode", id="kab"),
     pytest.param("ilaq-d master i un stage? w acḥal i xellṣen les boîtes?", id="kab"),
     pytest.param("kal framework ki mindjor? i tambe kantu tempu ki internship ta dura",
                  id="pov"),
     pytest.param("kuma ku n ta pidi internship i tambe kal kursu ku n debi fasi", id="pov"),
     pytest.param("GPU lekunda models ela train cheyali? inka colab saripothunda?",
                  id="te-Latn"),
     pytest.param("stipend eshtu kodthare? mattu interview ge yaav topics odbeku?",
                  id="kn-Latn"),
     pytest.param("PhD venamo? pinne Kaggle rank resume-il ezhuthaamo?", id="ml-Latn"),
     pytest.param("python shikhbo kivabe? ar kon course ta bhalo", id="bn-Latn"),
     pytest.param("PyTorch kila shikhmu ar Colab e free GPU ase ni?", id="syl"),
     pytest.param("CV te photo dimu ni, ar cover letter lagbo ni?", id="syl"),
     pytest.param("leetcode koto din korbo ar system design o lagbo ni?", id="syl"),
     pytest.param("kunta course valo - r Coursera certificate kaje lagbo ni?", id="syl"),
     pytest.param("internship ma pagar ketlo hoy? ane kyare apply karvu joie", id="gu-Latn"),
     pytest.param("kaggle jaruri ba ka aur resume me ketna project likhi?", id="bho-Latn"),
     pytest.param("Kaggle jaruri achhi ki aur resume me katek project likhu?", id="mai-Latn"),
     pytest.param("GPU kata sa bhetat aur Colab free me chalat ki nai?", id="mai-Latn"),
     pytest.param("LinkedIn par referral maangu ki nai, aur HR ke mail kehen likhu?",
                  id="mai-Latn"),
     pytest.param("leetcode pe roj padhat bani, ee kaafi ba ka aur mock interview kahiya se "
                  "shuru kari?", id="bho-Latn"),
     pytest.param("GPU kithon lawan te kinne paise lagde?", id="pa-Latn"),
     pytest.param("Kaggle ka rank resume pe likhu ke, aur GitHub pe kitne project chahiye?",
                  id="bgc-Latn"),
     pytest.param("colab free me chal jaga ke aur GPU kit te lu", id="bgc-Latn"),
     pytest.param("recruiter call ke baad ke hove se aur interview kitne round ka hove se",
                  id="bgc-Latn"),
     pytest.param("1) ڇا Kaggle جو rank resume ۾ لکان؟ 2) ڪهڙو GPU وٺان؟", id="sd"),
     pytest.param("GitHub تي ڪيترا projects هجن؟ ۽ LinkedIn ضروري آهي؟", id="sd"),
     pytest.param("ئایا Kaggle گرنگە؟ هەروەها GitHub چی تێدا بێت؟", id="ckb"),
     pytest.param("١) LeetCode بەسە؟ ٢) کام GPU بکڕم؟", id="ckb"),
     pytest.param("ئایا دەتوانم لە ئێرانەوە apply بکەم و ئەگەر وەرگیرام چۆن ڤیزا وەربگرم",
                  id="ckb"),
     pytest.param("ئایا PhD پێویستە؟ هەروەها ئەگەر دەکرێت کورتەیەک لە ڕێنماییەکان بدە",
                  id="ckb"),
     pytest.param("maan ML laai kahra courses wathan? ain GPU ketiro mahango aahe?", id="sd-Latn"),
     pytest.param("Kaggle da koi faida hunda ke nahi? te LinkedIn te referral kive mangiye",
                  id="pa-Latn"),
     pytest.param("i-recruiter call injani, kwaye ingaba ndimele ndazi i-C++?", id="xh"),
     pytest.param("nek ora duwe GPU enake train neng ngendi, terus Colab cukup ora?", id="jv"),
     pytest.param("PhD kuwi perlu ora, lan sing nyeleksi ndeleng GitHub ora?", id="jv"),
     pytest.param("mun teu gaduh GPU kedah training dimana, terus Colab cekap teu?", id="su"),
     pytest.param("PhD teh perlu teu, sareng recruiter ningali GitHub teu?", id="su"),
     pytest.param("kumaha carana meunang referral? terus career fair penting teu?", id="su"),
     pytest.param("abdi tos lulus, masih tiasa daftar teu, sareng visa kumaha?", id="su"),
     pytest.param("paralu ndak S2 untuak internship ML? trus baa caro dapek referral?",
                  id="min"),
     pytest.param("ambo alun punyo GPU, baa caro baraja deep learning? dan juo Colab gratis "
                  "cukup ndak?", id="min"),
     pytest.param("boasa do ingkon hupelajari C++, jala piga kali interview na?", id="bbc"),
     pytest.param("ndang adong GPU ku, didia ahu boi training? jala Colab gratis do?",
                  id="bbc"),
     pytest.param("kasano ti agsagana para ti phone screen ken ania nga projects ti ikabil ko "
                  "ti resume", id="ilo"),
     pytest.param("mano nga rounds ti interview? ken kasapulan kadi ti C++ wenno python laeng",
                  id="ilo"),
     pytest.param("sadino ti pag-practice-ak ti leetcode - ken apay nga importante ti DSA",
                  id="ilo"),
     pytest.param("blogs mage ma onego asom kendo leetcode be konyo", id="luo"),
     pytest.param("ango ma gipenjo e phone screen to recruiter be gineno github", id="luo"),
     pytest.param("an kod penjo 1 ere kaka aapply ka onge referral 2 pesa adi ma intern yudo",
                  id="luo"),
     pytest.param("1 colab free konyo\n2 gpu mane ma ber ne jasomo", id="luo"),
     pytest.param("framework iriku njega ya kwambiriria - na colab ni ya free kana ni ya mbeca?",
                  id="ki"),
     pytest.param("ningihota ku-apply ndi wa mwaka wa keri? na recruiter aguthagia thutha wa "
                  "ciumia ciigana atia", id="ki"),
     pytest.param("ni kii ngiikira github niguo ngorwo na chance, na kaggle ni iteithagia?",
                  id="ki"),
     pytest.param("leetcode ngithoma ihinda riigana atia? na mbere ya phone screen ngithoma kii",
                  id="ki"),
     pytest.param("ano ang mas maayo nga framework kag diin ko pwede mag practice kay wala ko "
                  "gpu", id="hil"),
     pytest.param("importante bala ang kaggle, kag dapat ko man bala mag open source?", id="hil"),
     pytest.param("pila bala ang sweldo sang intern? kag diin ko makita ang postings", id="hil"),
     pytest.param("paano mag apply kung wala ko kilala? kag kung sa career fair lang ko mag apply "
                  "may chance pa bala", id="hil"),
     pytest.param("ano an maupay nga framework ngan diin ko pwede mag-train hin model",
                  id="war"),
     pytest.param("pira an sweldo han intern ngan kinahanglan ba hin masters?", id="war"),
     pytest.param("pwede ba ako mag-apply bisan 2nd yr? ngan kinahanglan ba an portfolio",
                  id="war"),
     pytest.param("summary la pls tapos hain ko makikita an mga posting han internship?",
                  id="war"),
     pytest.param("kinahanglan ko ba maupay ha stats - ngan ano nga libro an maupay?", id="war"),
     pytest.param("Kaggle borem kai? ani GitHub-ar kitle projects ghalum?", id="gom-Latn"),
     pytest.param("referral kosso mellta ani career fair-ant kitem vichartat?", id="gom-Latn"),
     pytest.param("pytorch shikum vo tensorflow - ani kitle dis practice korum?",
                  id="gom-Latn")],
)  # fmt: skip
def test_two_questions_are_split_in_the_varieties(text):
    assert len(read(text).parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        # "mhollear …?" (I mean …?) restates the question before in a few words
        "final year zalear pun internship mellta? mhollear degree uprant?",
        # "… mhonn sang" (tell me …) after a question mark asks it again
        "GPU khatir kitem zai? kitem setup korunk zai mhonn sang",
    ],
)
def test_a_konkani_question_said_again_is_one_question(text):
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "kita harus belajar apa dulu sebelum apply magang, dan apakah kita perlu GPU?",
        "kita perlu belajar python dan kita juga perlu GitHub yang bagus",
        "kila mtu anasema python ni muhimu, je ni kweli?",
    ],
)
def test_sylhetis_question_words_leave_indonesian_and_swahili_whole(text):
    """Sylheti "kita" (what) and "kila" (how) ask only before a verb of its own: Indonesian
    and Malay "kita" (we) and Swahili "kila" (every) cut no message."""
    assert len(read(text).parts) == 1


def test_sindhi_numbered_questions_after_a_polite_preface_are_each_a_part():
    """A Sindhi student asks leave first ("ٻه سوال پڇڻ جي اجازت ڏيو", let me ask two
    questions; "مهرباني ڪري:", please) and numbers her questions: each is a part, and the
    preface is no words of the first."""
    reading = read(
        "ٻه سوال پڇڻ جي اجازت ڏيو: 1) ڇا LeetCode ڪافي آهي؟ 2) ڪهڙي ڪمپني ۾ apply ڪريان؟"
    )
    assert [part.query for part in reading.parts] == ["LeetCode enough?", "which company apply do?"]
    listed = read("مهرباني ڪري: 1) CV ۾ ڇا لکان 2) cover letter گهرجي يا نه 3) ڪيترا projects رکان")
    assert len(listed.parts) == 3 and listed.language.code == "sd"


def test_sorani_numbered_questions_after_a_polite_preface_are_each_a_part():
    """A Sorani student says how many questions she has first ("دوو پرسیارم هەیە", I have two
    questions) and numbers them in Arabic-Indic digits: each is a part, the preface no words
    of the first, and the thanks after the last is courtesy."""
    reading = read("تکایە دوو پرسیارم هەیە: ١) LeetCode بەسە؟ ٢) کام GPU بکڕم؟ سوپاس")
    assert [part.query for part in reading.parts] == ["please LeetCode enough?", "which GPU buy?"]
    assert reading.language.code == "ckb" and reading.small_talk is SmallTalk.THANKS


def test_sorani_which_after_i_dont_know_tells_and_asks_nothing_more():
    """ "نازانم کامیان هەڵبژێرم" (I don't know which to choose) after a question tells why it
    was asked; "which" asks elsewhere, and "کام" only in a message with Sorani's letters: Urdu
    "کام" is "work"."""
    assert len(read("PyTorch یان TensorFlow؟ نازانم کامیان هەڵبژێرم").parts) == 1
    assert asks("کامیان باشترە", marked=False) and asks("کام framework فێر بم", marked=False)
    assert not asks("وہ کام کرتا ہے", marked=False)


def test_tigrinya_choice_and_ethiopic_word_space_stay_one_question():
    """ "ወይ" (or) between two choices is one question; the Ethiopic word space between
    words, as the old style writes it, is a space, not a comma, and doubled a full stop."""
    assert len(read("ብፍላይ ኣየኖት libraries ወይ tools ክፈልጥ ኣለኒ?").parts) == 1
    assert clean("ሰላም፡ከመይ፡ኣለኻ፡፡ ኣነ ተማሃራይ እየ፡ ካብ ኣስመራ") == "ሰላም ከመይ ኣለኻ. ኣነ ተማሃራይ እየ, ካብ ኣስመራ"


def test_punjabi_te_joins_two_questions_but_not_after_a_place():
    """Punjabi "te" is "and" between two questions, and "on" after a place ("GitHub te", on
    GitHub): no cut there."""
    punjabi = variety("pa-Latn")
    assert punjabi is not None
    assert split_questions("PyTorch kithon sikhan te GPU kinne da aunda?", punjabi.joiners) == [
        "PyTorch kithon sikhan",
        "GPU kinne da aunda?",
    ]
    assert split_questions("GitHub te kehde projects paiye?", punjabi.joiners) == [
        "GitHub te kehde projects paiye?"
    ]
    assert split_questions("website te kive apply kariye?", punjabi.joiners) == [
        "website te kive apply kariye?"
    ]


def test_armenian_joiners_split_two_questions():
    armenian = variety("hy-Latn")
    assert armenian is not None
    assert split_questions("ML-@ inchpes sovorem u inch proekt anem?", armenian.joiners) == [
        "ML-@ inchpes sovorem",
        "inch proekt anem?",
    ]


# ── After a review of the Swedish and Malagasy varieties (invented messages) ────────────


@pytest.mark.parametrize(
    ("text", "kind"),
    [("tack så mycket!", SmallTalk.THANKS), ("ok tack", SmallTalk.THANKS),
     ("tack", SmallTalk.THANKS), ("Ha det gott!", SmallTalk.GOODBYE),
     ("ma salama", SmallTalk.GOODBYE)],
)  # fmt: skip
def test_swedish_thanks_and_goodbyes_and_arabic_ma_salama_after_an_answer(text, kind):
    assert read(text, THREAD).small_talk is kind


@pytest.mark.parametrize(
    "text",
    ["I changed tack, now I apply only to startups",
     "Tja, ich weiß nicht ob ich einen Master brauche"],
)  # fmt: skip
def test_english_tack_and_german_tja_are_no_small_talk(text):
    reading = read(text)
    assert reading.small_talk is None and reading.parts


def test_english_visa_is_no_pick():
    reading = read("visa first?", THREAD)
    assert reading.pick is None and reading.parts


@pytest.mark.parametrize("text", ["låter för bra för att vara sant", "Är du säker på det?"])
def test_a_swedish_doubt_is_no_thanks_and_no_request_for_more(text):
    reading = read(text, THREAD)
    assert reading.small_talk is None
    assert reading.parts[0].cues.doubt and not reading.parts[0].cues.more


def test_swedish_mer_asks_for_more():
    assert read("mer?", THREAD).parts[0].cues.more


def test_malagasy_tena_is_very_and_no_doubt():
    reading = read("Inona no tena zava-dehibe amin'ny GitHub-ko?", THREAD)
    assert not reading.parts[0].cues.doubt


@pytest.mark.parametrize(
    "text",
    ["Er grafikkortet på laptopen godt nok til deep learning?",
     "Jeg søker sommerjobb, behøver jeg kunne algoritmer og datastrukturer?"],
)  # fmt: skip
def test_norwegian_and_danish_are_not_read_as_swedish(text):
    assert read(text).language.code != "sv"


# ── After reviews of the Oromo, Kurmanji, Hawaii Pidgin and Armenian varieties ──────────


@pytest.mark.parametrize(
    ("text", "code"),
    [("Should I deep dive into nine papers before I email Prof. Yan?", "ku"),
     ("Ma jiraa internship ML ah oo aan ka heli karo? Meeqa bilood ayay qaataa?", "om"),
     ("a che diplom nuzhen dlya internship?", "hy-Latn")],
)  # fmt: skip
def test_words_other_languages_share_do_not_make_them_kurdish_oromo_or_armenian(text, code):
    assert read(text).language.code != code


@pytest.mark.parametrize(
    "text",
    ["Ciddi bir sorum var: GPA önemli mi?", "Kaggle bi rastî pêwîst e?",
     "Dhugaa dubbachuuf, ani sodaadheera, interview akkamitti qophaa'a?"],
)  # fmt: skip
def test_really_and_honestly_inside_a_question_are_no_doubt(text):
    assert not any(part.cues.doubt for part in read(text, THREAD).parts)


@pytest.mark.parametrize("text", ["bi rastî?", "ciddi?", "dhugaa dha?"])
def test_really_alone_is_a_doubt_in_kurmanji_turkish_and_oromo(text):
    assert read(text, THREAD).parts[0].cues.doubt


def test_a_number_of_minutes_is_no_pick():
    reading = read("give me 2 min", THREAD)
    assert reading.pick is None and reading.parts


@pytest.mark.parametrize(
    "text",
    ["gelek zor e", "shoots, I missed the deadline. can I still apply?",
     "de lav, chi kareli"],
)  # fmt: skip
def test_hard_shoots_and_oh_come_on_are_no_thanks(text):
    assert read(text, THREAD).small_talk is not SmallTalk.THANKS


@pytest.mark.parametrize("text", ["zor spas", "k k shoots", "chee", "lav, mersi"])
def test_kurmanji_pidgin_and_armenian_thanks(text):
    assert read(text, THREAD).small_talk is SmallTalk.THANKS


def test_armenian_how_are_you_is_a_greeting():
    assert read("inchpes es ape?").small_talk is SmallTalk.GREETING


@pytest.mark.parametrize("text", ["inch by inch I'm learning ML. what should I study after it?",
                                  "¿el?"])  # fmt: skip
def test_english_inch_and_spanish_el_neither_ask_nor_want_more(text):
    reading = read(text, THREAD)
    assert len(reading.parts) == 1 and not reading.parts[0].cues.more


def test_two_armenian_questions_joined_by_u_inch_are_split():
    assert len(read("mi xosqov asa inch anem, u inch GPU arnem tan hamar").parts) == 2


# ── Jopara and Tok Pisin ─────────────────────────────────────────────────────


def test_jopara_doubt_and_pick() -> None:
    assert cues("añetepa?").doubt
    assert cues("el mokõiha").pick == 1
    assert cues("ambue mba'e: mboy piko opaga?").changes_subject
    # Spanish picks read through the glossary; asking whether there is another is none
    assert read("la segunda opcion porfa").pick == 1
    assert read("la otra opcion porfa").pick == 0
    assert read("hay otra opcion?").pick is None


def test_tok_pisin_words_in_a_comment_are_no_request_for_more():
    # the words of a comment inside acts.py's lists once counted: "how long?" asked for more
    assert not read("Should I write a cover letter? How long?").parts[1].cues.more


@pytest.mark.parametrize("text", ["tu?", "el tu plis", "namba moja"])
def test_tu_and_namba_alone_are_no_tok_pisin_pick(text):
    assert read(text, AFTER_THE_PHD_ANSWER_WITH_BUTTONS).pick is None


# ── Papiamentu ───────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        ("kiko mi mester siña promé i kuantu tempu e ta tuma?",
         ["what I need learn first", "how much time the take?"]),
        ("kon mi ta apply pa un stage? i kua kompania ta paga mihó?",
         ["how do I apply for a internship?", "which company pay best?"]),
        ("mi mester un GPU pa train models i unda mi por haña un barata?",
         ["I need a GPU for train models", "where I can get a cheap?"]),
    ],
)  # fmt: skip
def test_several_papiamentu_questions_are_split_and_glossed(text, queries):
    assert [part.query for part in read(text).parts] == queries


# ── Maltese ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    "text",
    # "int" (you) before "ċertifikat" is no "int ċert" (are you sure); "nemmen" (I believe)
    ["int ċertifikat ta' Coursera għandek?", "nemmen li l-GitHub jghodd, kif nibda?"],
)  # fmt: skip
def test_maltese_words_of_doubt_that_say_something_else_are_no_doubt(text):
    assert not read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "parts"),
    [("kif nibda l-LeetCode u kemm jiswa l-Colab Pro?", 2),
     ("trid masters? u jekk le, x'nitghallem l-ewwel", 2),
     ("fejn insib internships barra u hemm bzonn visa", 2),
     # "u" between two names is no second question
     ("PyTorch u TensorFlow, liema ahjar?", 1),
     # Serbian "nista" (nothing) is no Maltese "nista'" (can I)
     ("kako da se izdvojim kad imam los prosek i nista posebno", 1)],
)  # fmt: skip
def test_several_maltese_questions_are_cut_where_both_sides_ask(text, parts):
    assert len(read(text).parts) == parts


def test_a_comment_in_a_word_list_says_whose_words_they_are_and_adds_none():
    listed = word_list("""
    more else  # English "more": "tell me more", "is there more"
    # Tok Pisin "moa" (more): "givim mi moa plis"
    moa
    """)
    assert listed == {"more", "else", "moa"}
    listed_words = {w.lower() for w in acts._MORE | acts._FILLER | acts._PICK_FILLER}
    assert not {"#", "hawaii", "pidgin", "maltese", "estonian"} & listed_words
    # the small-talk lists too: a comment once made "a" a thanks
    assert small_talk("a") is None and small_talk("lao") is None


@pytest.mark.parametrize(
    "text",
    [
        # Italian "auguri" congratulates ("tanti auguri", "auguri per la laurea"): Maltese
        # luck only with "għal" or "lili"; Indonesian "ayo" is "come on", no Papiamentu bye
        "tanti auguri",
        "auguri per la laurea!",
        "ayo kak",
        "ayo kak, bantu aku",
    ],
)
def test_italian_auguri_and_indonesian_ayo_are_no_luck_or_goodbye(text):
    assert read(text).small_talk not in (SmallTalk.LUCK, SmallTalk.GOODBYE)


@pytest.mark.parametrize(
    "text",
    ["hi, I want an internship in ML", "hello! I want to get an ML internship",
     "hey, I'm a 2nd year student and want a machine learning internship next summer",
     "i'm looking for a deep learning internship"],
)  # fmt: skip
def test_a_short_wish_for_the_internship_asks_how_to_get_one(text):
    assert [part.query for part in read(text).parts] == [GOAL_QUESTION]


@pytest.mark.parametrize(
    "text",
    ["I want an ML internship, do I need a PhD?",  # it asks something else
     "I want a data science internship",  # another field
     "im a part time data engineer at a startup, mostly airflow and sql. want DL internship "
     "next summer. is my engineering work enough or do i need more theory first"],
)  # fmt: skip
def test_a_wish_that_asks_or_says_more_is_read_as_written(text):
    assert GOAL_QUESTION not in [part.query for part in read(text).parts]


# ── Collateral of the v32 varieties (rv32-B) ─────────────────────────────────


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("n ta funcionando o link", "pt"),  # Brazilian "n" is "não", not Kriolu "N" (I)
        ("wanem ol projek mi mas putim long github", "tpi"),  # Tok Pisin "-im", not Bislama
    ],
)
def test_neighbours_of_the_new_varieties_keep_their_language(text, code):
    assert read(text).language.code == code


@pytest.mark.parametrize("text", ["m ka ta eseye kaggle", "o link n ta abrindo"])
def test_haitian_and_brazilian_chat_are_no_kriolu(text):
    assert read(text).language.code != "kea"


@pytest.mark.parametrize("text", ["halt", "seinna", "bo ta sigur?"])
def test_no_more_or_pick_from_lookalikes_of_the_new_varieties(text):
    reading = read(text)
    assert reading.pick is None
    assert not any(part.cues.more for part in reading.parts)


def test_a_pointer_makes_faroese_seinna_the_second():
    assert read("tann seinna").pick == 1


@pytest.mark.parametrize(
    "text",
    ["thanks, I want to understand the math better, I'll read more",
     "thanks I need to understand this first, bye"],
)  # fmt: skip
def test_a_plan_to_understand_after_thanks_asks_nothing(text):
    assert not read(text).parts


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("1. how long should my CV be? 2. which is better, pytorch or tensorflow?",
         ["how long should my CV be?", "which is better, pytorch or tensorflow?"]),
        ("1) Colab 2) own GPU 3) AWS. Which one for a beginner?",
         ["1) Colab 2) own GPU 3) AWS. Which one for a beginner?"]),
    ],
)  # fmt: skip
def test_a_numbered_list_ending_in_which_is_better_splits_only_when_its_items_ask(text, parts):
    assert [part.query for part in read(text).parts] == parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Portuguese and French thanks, goodbyes, greetings and acknowledgements
        ("brigado mano", SmallTalk.THANKS),
        ("obrigadão pela ajuda", SmallTalk.THANKS),
        ("entendi, valeu", SmallTalk.THANKS),
        ("abraço!", SmallTalk.GOODBYE),
        ("boa tarde, tudo bem?", SmallTalk.GREETING),
        ("bom dia", SmallTalk.GREETING),
        ("à bientôt", SmallTalk.GOODBYE),
        ("ok je vois, merci", SmallTalk.THANKS),
        ("génial, merci pour l'aide", SmallTalk.THANKS),
    ],
)
def test_portuguese_and_french_small_talk(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text", ["tem mais?", "e mais?", "mais dicas?", "outras opções?", "fala mais sobre isso"]
)
def test_portuguese_requests_for_more(text):
    assert cues(text).more


@pytest.mark.parametrize(
    "text", ["tem certeza?", "é mesmo?", "sério?", "t'es sûr ?", "vous êtes sûr?", "vraiment ?"]
)
def test_portuguese_and_french_doubts(text):
    assert cues(text).doubt


@pytest.mark.parametrize(
    ("text", "pick"),
    [("o último", 1), ("quero ver a segunda opção", 1), ("le deuxieme", 1), ("la dernière", 1)],
)
def test_portuguese_and_french_picks(text, pick):
    assert read(text, THREAD).pick == pick


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # French later turns, formal and chat, with and without accents
        ("à plus !", SmallTalk.GOODBYE),
        ("ok a la prochaine", SmallTalk.GOODBYE),
        ("bon je dois y aller, bonne soirée", SmallTalk.GOODBYE),
        ("bonjour madame", SmallTalk.GREETING),
        ("salut, ca va ?", SmallTalk.GREETING),
        ("Bonsoir, comment allez-vous ?", SmallTalk.GREETING),
        ("Bonjour ! J'espère que vous allez bien.", SmallTalk.GREETING),
        ("qui etes-vous ?", SmallTalk.IDENTITY),
        ("c'est qui qui me répond là ?", SmallTalk.IDENTITY),
        ("Êtes-vous un robot ?", SmallTalk.IDENTITY),
        ("Souhaitez-moi bonne chance !", SmallTalk.LUCK),
        ("croisez les doigts pour moi svp", SmallTalk.LUCK),
        ("Je vous remercie, mais cela ne m'aide pas vraiment.", SmallTalk.FRUSTRATION),
        ("vous ne répondez pas à ma question", SmallTalk.FRUSTRATION),
        ("bof, c'est trop general", SmallTalk.FRUSTRATION),
        ("ça sert à rien ton truc 😒", SmallTalk.FRUSTRATION),
    ],
)
def test_french_later_turns_small_talk(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        # questions that hold the words of a goodbye, a greeting, a complaint or luck
        "est-ce que ça sert à rien de faire des MOOCs ?",
        "comment ça va se passer, l'entretien technique ?",
        "je dois y aller en personne pour le salon de recrutement ?",
        "merci ! et comment je trouve un stage à l'étranger ?",
        "is a Kaggle medal a plus on my resume?",
    ],
)
def test_french_questions_with_small_talk_words_are_asked(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.small_talk in (None, SmallTalk.THANKS)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("Pourriez-vous m'en dire davantage, s'il vous plaît ?", "tell me more"),
        ("et quoi d'autre ?", "what else"),
        ("autre chose a savoir sur les entretiens ?", "anything else to know"),
        ("2020 c'est vieux, non ?", "outdated"),
    ],
)
def test_french_requests_for_more_and_doubts_are_glossed(text, english):
    assert english in " ".join(part.query for part in read(text, THREAD).parts)


@pytest.mark.parametrize(
    "text", ["Pardon, je choisis le premier bouton.", "je prends le premier lien"]
)
def test_french_pick_of_a_button(text):
    assert read(text, THREAD).pick == 0


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("comment trouver un stage et combien ils payent ?", 2),
        ("c'est quoi une bonne note et quand faut-il postuler ?", 2),
        ("je fais du python et du C++, c'est assez ?", 1),
        ("quel est le meilleur cours et pourquoi ?", 1),
        # "quoi" closing a clause is a filler, not a question word
        ("bof c'est pour les grosses boîtes quoi... et en startup c'est pareil ?", 1),
    ],
)
def test_french_questions_split_at_et_only_when_both_sides_ask(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("অনেক ধন্যবাদ!", SmallTalk.THANKS),
        ("ঠিক আছে, বিদায়", SmallTalk.GOODBYE),
        ("নমস্কার", SmallTalk.GREETING),
        ("ખૂબ ખૂબ આભાર", SmallTalk.THANKS),
        ("આવજો", SmallTalk.GOODBYE),
        ("નમસ્તે", SmallTalk.GREETING),
    ],
)
def test_bengali_and_gujarati_small_talk_in_their_scripts(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize("text", ["আরো কিছু বলুন", "আর কিছু আছে?", "વધુ કહો ને", "હજુ કંઈ બીજું?"])
def test_bengali_and_gujarati_requests_for_more(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize(("text", "which"), [("બીજું વાળું બતાવો", 1), ("બીજો વાળો", 1)])
def test_gujarati_second_one_picks_though_bijun_alone_is_other(text, which):
    assert read(text, THREAD).pick == which
    assert read("બીજું કંઈ છે?", THREAD).parts[0].cues.more


@pytest.mark.parametrize("text", ["আপনি কি নিশ্চিত?", "તમને ખાતરી છે?"])
def test_bengali_and_gujarati_doubts(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("شكرا جزيلا على المساعدة", SmallTalk.THANKS),
        ("تمام فهمت", SmallTalk.THANKS),
        ("يلا باي، الله يحفظك", SmallTalk.GOODBYE),
        ("ادعولي عندي مقابلة بكرة", SmallTalk.LUCK),
    ],
)
def test_arabic_small_talk_read_through_its_glossary(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize("text", ["قولي أكتر", "هل في خيارات تانية؟", "ممكن أمثلة تانية؟"])
def test_arabic_requests_for_more(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize(
    ("text", "which"), [("الأولى", 0), ("ايوه التانية", 1), ("ابغى الثاني", 1)]
)
def test_arabic_ordinals_pick(text, which):
    assert read(text, THREAD).pick == which


def test_bengali_and_gujarati_question_words_split_at_a_dash():
    # no question mark before the dash: the Bengali or Gujarati question word asks
    bengali = read("Kaggle এ কোন competition করবো - আর GitHub এ project রাখা কি দরকার?")
    assert [p.query for p in bengali.parts] == [
        "Kaggle which competition do",
        "and GitHub project put need?",
    ]
    gujarati = read("resume માં શું લખવું - અને referral કેવી રીતે મેળવવો?")
    assert len(gujarati.parts) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("як підготуватися до співбесіди і які питання ставлять", 2),
        ("скільки триває стажування? і чи платять за неї", 2),
        # one question naming two things
        ("чи потрібні Python і C++?", 1),
        ("що таке NeurIPS і ICML?", 1),
    ],
)
def test_ukrainian_questions_split_at_and(text, count):
    assert len(read(text).parts) == count


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("చాలా ధన్యవాదాలు అన్నా", SmallTalk.THANKS),
        ("సరే, బై", SmallTalk.GOODBYE),
        ("నమస్కారం", SmallTalk.GREETING),
        ("ತುಂಬಾ ಧನ್ಯವಾದಗಳು", SmallTalk.THANKS),
        ("ಸರಿ, ಬೈ", SmallTalk.GOODBYE),
        ("ನಮಸ್ಕಾರ", SmallTalk.GREETING),
        ("വളരെ നന്ദി ചേട്ടാ", SmallTalk.THANKS),
        ("ശരി, ബൈ", SmallTalk.GOODBYE),
        ("നമസ്കാരം", SmallTalk.GREETING),
    ],
)
def test_telugu_kannada_and_malayalam_small_talk_in_their_scripts(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text", ["ఇంకా చెప్పండి", "ఇంకేమైనా ఉందా?", "ಇನ್ನೂ ಹೇಳಿ", "ಬೇರೆ ಏನಾದರೂ ಇದೆಯಾ?", "കൂടുതൽ പറയാമോ?"]
)
def test_telugu_kannada_and_malayalam_requests_for_more(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize("text", ["మీకు ఖచ్చితంగా తెలుసా?", "ಖಚಿತವಾ?", "ഉറപ്പാണോ?"])
def test_telugu_kannada_and_malayalam_doubts(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.doubt


def test_telugu_kannada_and_malayalam_question_words_split_at_a_dash():
    # no question mark before the dash: the question word in the script asks
    telugu = read("resume లో ఏమి రాయాలి - referral ఎలా దొరుకుతుంది?")
    assert [p.query for p in telugu.parts] == ["resume in what write", "referral how get?"]
    kannada = read("resume ಗೆ ಏನು ಬರೆಯಬೇಕು - referral ಹೇಗೆ ಪಡೆಯುವುದು?")
    assert len(kannada.parts) == 2
    malayalam = read("Kaggle എങ്ങനെ തുടങ്ങും - GitHub-ൽ ഏത് പ്രോജക്ട് വേണം?")
    assert len(malayalam.parts) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ரொம்ப நன்றி சார்", SmallTalk.THANKS),
        ("நன்றி!", SmallTalk.THANKS),
        ("சரி, போயிட்டு வாரேன்", SmallTalk.GOODBYE),
        ("வணக்கம்", SmallTalk.GREETING),
    ],
)
def test_tamil_small_talk_in_its_script(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize("text", ["இன்னும் சொல்லுங்க", "வேற என்ன?"])
def test_tamil_requests_for_more(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize("text", ["உண்மையா?", "நீங்கள் உறுதியா?"])
def test_tamil_doubts(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.doubt


def test_tamil_question_words_split_at_a_dash():
    # no question mark before the dash: the Tamil question word or "-மா" asks
    reading = read("Kaggle ல என்ன செய்யலாம் - GitHub ல project போடணுமா?")
    assert len(reading.parts) == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ਬਹੁਤ ਬਹੁਤ ਧੰਨਵਾਦ ਵੀਰ ਜੀ 🙏", SmallTalk.THANKS),
        ("ਸ਼ੁਕਰੀਆ ਜੀ", SmallTalk.THANKS),
        ("ਚੰਗਾ ਜੀ, ਫਿਰ ਮਿਲਾਂਗੇ", SmallTalk.GOODBYE),
        ("ਅਲਵਿਦਾ", SmallTalk.GOODBYE),
        ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ", SmallTalk.GREETING),
    ],
)
def test_punjabi_small_talk_in_gurmukhi(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize("text", ["ਹੋਰ ਦੱਸੋ ਜੀ", "ਹੋਰ ਕੀ?", "ਕੁਝ ਹੋਰ ਦੱਸੋਗੇ?"])
def test_punjabi_requests_for_more(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize("text", ["ਸੱਚੀਂ?", "ਤੁਹਾਨੂੰ ਪੱਕਾ ਪਤਾ?"])
def test_punjabi_doubts(text):
    reading = read(text, THREAD)
    assert reading.parts and reading.parts[0].cues.doubt


def test_punjabi_question_words_split_at_a_dash():
    # no question mark before the dash: the Gurmukhi question word asks
    reading = read("Kaggle ਕਿਵੇਂ ਸ਼ੁਰੂ ਕਰਾਂ - GitHub ਤੇ ਕਿਹੜੇ project ਪਾਵਾਂ?")
    assert len(reading.parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Tamil "I'll go and come back" (goodbye): not "go" (go on, tell me more)
        "போய் வருகிறேன்",
        # romanized Telugu "what should I learn first?": Yoruba "emi" (me) is no mark, so
        # "Emi" stays and "first?" is no pick of the first suggestion
        "Emi nerchukovali first?",
    ],
)
def test_neighbours_of_new_varieties_ask_no_more_and_pick_nothing(text):
    reading = read(text, THREAD)
    assert reading.pick is None
    assert not any(p.cues.more for p in reading.parts)


@pytest.mark.parametrize(
    "text",
    [
        "u sure? my cousin got in without any of that",
        "you sure. everyone on my course says the opposite",
    ],
)
def test_texted_doubts_are_doubts_not_thanks(text):
    reading = read(text, THREAD)
    assert reading.small_talk is None and reading.parts[0].cues.doubt


# ── Arabizi ──────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("r u a real person", SmallTalk.IDENTITY),
        ("sure", SmallTalk.THANKS),
        ("ok sure", SmallTalk.THANKS),
    ],
)
def test_texted_identity_and_a_plain_sure(text, kind):
    assert read(text, THREAD).small_talk is kind


def test_a_texted_n_asks_for_more():
    reading = read("n?", THREAD)
    assert reading.parts and reading.parts[0].cues.more


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("tislam ya basha", SmallTalk.THANKS),
        ("shokran inshallah a3mel kda", SmallTalk.THANKS),
        ("yalla bye", SmallTalk.GOODBYE),
        ("ma3 el salama", SmallTalk.GOODBYE),
        ("mafish fayda", SmallTalk.FRUSTRATION),
    ],
)  # fmt: skip
def test_arabizi_small_talk(text, kind):
    assert read(text, THREAD).small_talk == kind


@pytest.mark.parametrize("text", ["zyada?", "fi shi tani?", "ay 7aga tanya?", "kaman"])
def test_arabizi_asks_for_more(text):
    cues = read(text, THREAD).parts[0].cues
    assert cues.more or cues.asks_for_others


@pytest.mark.parametrize("text", ["bjad?", "ma3 2ool?", "enta mota2aked?", "akeed?", "sure?"])
def test_arabizi_doubts(text):
    assert read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(("text", "pick"), [("el tanya", 1), ("el awel", 0), ("el a5er", 1)])
def test_arabizi_picks(text, pick):
    assert read(text, THREAD).pick == pick


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("ezay a2dem 3ala internship w eh el courses el mohema?", 2),
        ("bghit n9ra ML, kifach nbda w wach khasni master?", 2),
        ("shu lazem at3allam w kam sana bta5od?", 2),
    ],
)  # fmt: skip
def test_several_arabizi_questions_are_split(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text",
    # the advice's age and whom it fits: the guide is from 2020 and its writer worked in
    # big tech, the doubts students raise most often after an answer
    ["does that still hold if i join a small startup?", "will this advice still work for me",
     "it was written in 2020, surely things changed by now", "idk, this was in 2020. valid now?",
     "isn't the author working at one of those companies?", "that sounds like US advice",
     "that advice is only for the big universities", "hmm not sure", "well i'm not so sure",
     "that can't be true for us", "that's not fair", "i don't believe it",
     "wait, that realistic?", "is this even possible?", "still worth it?",
     # a gloss's word order: "2020 year. now all changed?", "that possible?"
     "2020 year text. now everything changed?", "that possible?"],
)  # fmt: skip
def test_doubts_about_the_advice_itself(text):
    assert cues(text).doubt


@pytest.mark.parametrize(
    "text",
    ["is tensorflow outdated?", "is it possible to intern in first year?",
     "i graduate in 2026, what should i do now?", "is it still possible to apply in 2025?",
     "does the course still count if i did it online?", "i believe it helps, right?",
     "can you give the same advice for masters students?",
     # the author's work and the student's own 2020 are asked about, not doubted
     "where has the author worked?", "has the writer worked at apple?",
     "i started ML in 2020, what should i do now?", "i graduated in 2020, can i still apply?",
     "what if it's only a poster, does that still count?"],
)  # fmt: skip
def test_questions_with_doubt_words_are_no_doubt(text):
    assert not cues(text).doubt


@pytest.mark.parametrize(
    "text",
    ["this answer didn't help", "the reply doesn't really help me", "you always say the same thing",
     "you repeat the same words", "you keep saying kaggle kaggle", "u keep mentioning courses 😤",
     # a gloss's word order: "this answer help didn't", "you again same"
     "this answer help didn't", "you again same", "sir you same thing tell"],
)  # fmt: skip
def test_complaints_about_repeated_or_unhelpful_answers(text):
    assert read(text, THREAD).small_talk is SmallTalk.FRUSTRATION


@pytest.mark.parametrize(
    "text",
    ["do you say the same thing to everyone?", "can you tell the same to my friend?",
     "would the same advice work for masters?"],
)  # fmt: skip
def test_asking_about_the_same_advice_is_no_complaint(text):
    assert read(text, THREAD).small_talk is not SmallTalk.FRUSTRATION


@pytest.mark.parametrize(
    "text",
    # a complaint with a question after it: the question is answered, not swallowed
    ["you said the same about resumes, what about cover letters?",
     "this answer didn't help, how do i find internships in kenya?"],
)  # fmt: skip
def test_a_complaint_that_asks_is_answered(text):
    reading = read(text, THREAD)
    assert reading.small_talk is not SmallTalk.FRUSTRATION
    assert reading.parts


@pytest.mark.parametrize(
    "text",
    # real questions about a tool or the author, a request for a summary, and praise: none
    # doubts the answer
    ["is kaggle still worth it", "are bootcamps still worth it", "is it still useful to learn R",
     "is the author working in industry or academia", "is the author still working at google",
     "my uncle is an author working at meta, can he refer me?",
     "could you summarise the advice for me in a few lines",
     "is this course outdated?", "its not realistic to get google in first year right?",
     "sounds like good advice", "that sounds like great advice", "seems so easy",
     "that sounds so simple when you put it that way"],
)  # fmt: skip
def test_questions_and_praise_after_an_answer_are_no_doubt(text):
    assert not read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize("text", ["ប្រាកដទេ", "သေချာလား"])
def test_khmer_and_burmese_are_you_sure_is_a_doubt_not_thanks(text):
    reading = read(text, THREAD)
    assert reading.small_talk is None
    assert reading.parts[0].cues.doubt


@pytest.mark.parametrize("text", ["we help each other too", "i want to learn the other as well"])
def test_each_other_too_asks_for_no_others(text):
    assert not cues(text).asks_for_others


@pytest.mark.parametrize(
    ("text", "which"),
    [("explain the second", 1), ("describe the first one please", 0), ("pls elaborate the 2nd", 1),
     ("please second explain", 1), ("দ্বিতীয়টো বুজাই দিয়ক", 1)],
)  # fmt: skip
def test_a_pick_with_what_to_do_with_it(text, which):
    assert read(text, THREAD).pick == which


@pytest.mark.parametrize(
    "text",
    # "other" after its noun, as glosses of Persian, Arabic or Romance languages read
    ["resources other than books?", "ways other also there?", "other also is?",
     "competitions other you suggest?", "more which courses?"],
)  # fmt: skip
def test_other_after_its_noun_asks_for_others(text):
    assert cues(text).asks_for_others


@pytest.mark.parametrize(
    "text",
    ["any more tips on the interview part?", "more details about the first step please",
     "some more resources for statistics", "more tell about the phone screen",
     # Haryanvi and Hinglish "tell (me) more about X"
     "aur bata Kaggle ke baare me", "aur kuch bata iske bare mein"],
)  # fmt: skip
def test_more_of_a_kind_with_a_subject(text):
    assert cues(text).more_about


# ── Somali in Latin letters: question words, more, doubts, small talk ─────────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("portfolio-ga maxaan ku daraa and also hackathon ma muhiim baa", 2),
        ("internship-ka sidee loo helaa? ama ma u baahanahay degree", 2),
        ("goorma ayaan codsadaa, immisa bilood ayuu socdaa", 2),
        ("ma apply gareyn karaa haddaan first year ahay", 1),
    ],
)  # fmt: skip
def test_several_somali_questions_are_split(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text",
    # "ma" is Polish, Italian and Estonian too; Afaan Oromoo "kee" is "your"
    ["czy ma sens uczyć się pytorch, jeśli chcę do google?", "gaaffii kee deebisi"],
)
def test_other_languages_ma_and_kee_do_not_split_as_somali(text):
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    ["sii wad", "intaas ka badan?", "ii sheeg wax badan", "wax kale?", "kuwo kale ma jiraan?"],
)
def test_somali_asks_for_more(text):
    found = read(text, THREAD).parts[0].cues
    assert found.more or found.asks_for_others


@pytest.mark.parametrize("text", ["ma hubtaa?", "run ma tahay?", "dhab miyaa?", "hmm runtii?"])
def test_somali_doubts(text):
    assert read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("mahadsanid walaal", SmallTalk.THANKS),
        ("ok mahadsanid, is arag", SmallTalk.THANKS),
        ("is arag", SmallTalk.GOODBYE),
        ("nabad gelyo", SmallTalk.GOODBYE),
        ("salaan", SmallTalk.GREETING),
        ("see tahay", SmallTalk.GREETING),
        ("guul ii rajee", SmallTalk.LUCK),
    ],
)  # fmt: skip
def test_somali_small_talk(text, kind):
    assert read(text, THREAD).small_talk == kind


@pytest.mark.parametrize(
    "text",
    ["ما عندي أي خبرة عملية. كيف أتميز أمام الشركات؟",  # "any" experience, then how
     "میں نے کام کیا ہے۔ کیا PhD ضروری ہے؟",  # "did" after a verb, then a yes-or-no question
     "تجربه کاری ندارم، چطور آماده بشم؟",  # one question after its context
     "چند تا پروژه دارم. چطور رزومه بنویسم؟"],  # "a few" projects, then how
)  # fmt: skip
def test_a_statement_before_a_question_in_arabic_script_is_no_question_of_its_own(text):
    assert len(split_questions(text)) == 1


# ── New Zealand English with te reo Māori, and South Wales English with Welsh ────


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sweet as, ngā mihi nui", SmallTalk.THANKS),
        ("nga mihi e hoa", SmallTalk.THANKS),
        ("choice, kia ora", SmallTalk.THANKS),  # after other words, kia ora thanks
        ("kia ora rawa for that", SmallTalk.THANKS),
        ("ka pai", SmallTalk.THANKS),
        ("kei te pai bro", SmallTalk.THANKS),
        ("chur 👍", SmallTalk.THANKS),
        ("ka kite", SmallTalk.GOODBYE),
        ("all good, ka kite ano", SmallTalk.GOODBYE),
        ("sweet, ka kite anō e hoa", SmallTalk.GOODBYE),
        ("diolch yn fawr", SmallTalk.THANKS),
        ("proper tidy that, diolch", SmallTalk.THANKS),
        ("lush, cheers butt", SmallTalk.THANKS),
        ("ta very much", SmallTalk.THANKS),
        ("grand, I'll have a go at that tonight. ta anyway", SmallTalk.THANKS),
        ("right, off to work now, hwyl", SmallTalk.GOODBYE),
        ("hwyl fawr", SmallTalk.GOODBYE),
        ("that's not really answering what i asked mun", SmallTalk.FRUSTRATION),
    ],
)  # fmt: skip
def test_te_reo_and_welsh_courtesy_in_english_closes(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    ["kia ora koutou", "kia ora e hoa!", "mōrena", "morena bro", "shwmae 👋", "sumae butt"],
)
def test_te_reo_and_welsh_greetings_open(text):
    assert small_talk(text) is SmallTalk.GREETING


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("kia ora, do i need a gpu for kaggle?", "do i need a gpu for kaggle?"),
        ("ka pai, so how many projects should be on my github?",
         "so how many projects should be on my github?"),
        ("diolch, and how long is a phone screen?", "and how long is a phone screen?"),
        ("is pytorch worth learning first? ngā mihi", "is pytorch worth learning first?"),
    ],
)  # fmt: skip
def test_te_reo_and_welsh_courtesy_is_taken_off_a_question(text, rest):
    reading = read(text)
    assert reading.small_talk is not None
    assert [part.text for part in reading.parts] == [rest]


@pytest.mark.parametrize(
    "text",
    [
        "is a kite surfing club a good thing to put on my cv?",  # "kite" alone is English
        "ta for now is all i can say, but do i need a masters?",
        "hwyl is what my gran calls it, but is kaggle fun or useful?",
        "is it ok to say ka pai in an interview?",
    ],
)
def test_te_reo_and_welsh_courtesy_words_inside_a_question_leave_it_asked(text):
    reading = read(text, THREAD)
    assert reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "really tho? a recruiter wont mind that my degree was all online?",
        "really?? they dont care which uni you went to?",
    ],
)
def test_a_bare_doubt_opening_a_message_is_one_question_that_doubts(text):
    parts = read(text, THREAD).parts
    assert len(parts) == 1 and parts[0].cues.doubt


def test_a_question_after_another_question_still_splits():
    assert len(read("is kaggle worth it? and do i need a phd?").parts) == 2


@pytest.mark.parametrize(
    "text",
    [
        "the recruiter chat sounds like a trap tbh",
        "this sounds like a bit of a scam to me",
        "most jobs round here are tiny startups, does any of it even apply to them",
        "does this even apply for a small company",
    ],
)
def test_sarcastic_south_wales_doubts(text):
    assert cues(text).doubt


@pytest.mark.parametrize(
    "text",
    [
        "how does it even work",
        "sounds like a plan",
        "what does it even mean to apply early",
        "my github is just class assignments, does that even count for anything?",
    ],
)
def test_even_and_sounds_like_without_doubt(text):
    assert not cues(text).doubt


@pytest.mark.parametrize(
    "text",
    ["go on then, expand on the kaggle bit", "can you elaborate on the phone screen part"],
)
def test_expanding_on_a_part_asks_for_more_about_it(text):
    assert cues(text).more_about


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("ok two things, is kaggle worth it, and also do i need a gpu or is colab enough", 2),
        ("my lecturer knows someone at a startup, could he refer me, also how long do "
         "phone screens take", 2),
        ("i had a rough first year, is that a problem", 1),
    ],
)  # fmt: skip
def test_a_question_after_a_telling_clause_splits_from_the_next(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text",
    ["hmm not really helping, none of it works from a small town", "this isnt really helpful"],
)
def test_not_really_helping_opening_a_reply_is_frustration(text):
    assert read(text, THREAD).small_talk is SmallTalk.FRUSTRATION


def test_not_really_useful_inside_a_question_is_no_frustration():
    reading = read("is kaggle not really useful for beginners?", THREAD)
    assert reading.small_talk is not SmallTalk.FRUSTRATION


@pytest.mark.parametrize(
    "text",
    [
        "yeah nah my uni has no links with big companies",
        "hang on, is that just for people in the states?",
    ],
)
def test_new_zealand_doubts(text):
    assert cues(text).doubt


def test_yeah_nah_before_all_good_is_no_doubt():
    assert not cues("yeah nah all good").doubt


@pytest.mark.parametrize(
    "text",
    [
        "per ora, quale framework devo imparare?",
        "salamat po, paano po mag apply sa internship?",
        "e ora, cosa devo studiare per il colloquio?",
    ],
)
def test_javanese_question_words_leave_italian_ora_and_tagalog_po_alone(text):
    """Javanese asks with a clause-closing "ora" (or not): Italian "per ora", "e ora" (for
    now, and now) and Tagalog "po" (politeness) before a comma make no question of their own."""
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    [
        "kursus sing apik apa mas?",  # which course is good?
        "sertifikat sing dianggep perusahaan apa wae?",  # which certificates count?
    ],
)
def test_the_javanese_relative_sing_points_back_to_nothing(text):
    """Javanese "sing" (which, the one that) opens a relative clause: glossed "that", every
    such question would point back at the last answer like "is that true?"."""
    (part,) = read(text, THREAD).parts
    assert not part.cues.points_back


# ── after an answer: closers and complaints in any language, bare "more?" and "really?" ──


@pytest.mark.parametrize(
    "text",
    [
        "ఇది ఉపయోగపడలేదు 😞",  # Telugu: this was of no use
        "ይሄ አልጠቀመኝም 😔",  # Amharic: this didn't help me
        "you said the very same thing before 😒",
        "hmm waxaas horey ayaad ii sheegtay 🙄",  # Somali: you told me that already
    ],
)
def test_after_an_answer_a_fed_up_face_asking_nothing_is_a_complaint(text):
    reading = read(text, THREAD)
    assert reading.small_talk is SmallTalk.FRUSTRATION and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "no GPU at home 😔 what do I do?",
        "my laptop is too slow for deep learning 😩",  # names the field: says more
        "pytorch mein bahut weak hoon 😔 kya karun",
        "thanks 🙏😔",  # thanked
        "a bit off topic but what do you think of the new exam rules 😩",
        "ok then 👋 off to my shift 😩",  # takes leave
        # the face ends a clause, and the one after it asks, unmarked
        "I'm from a tier 3 college 😞 will anyone hire me",
        "3 rejections today 😞 am I doing something wrong",
        "no one replied 😔 is cold emailing even worth it",
        "bad day 😞 can you tell me a joke",  # off topic: no complaint either
        "pagod na ako 😩 pwede bang kwentuhan mo ako",  # Tagalog: tired; can you chat with me
        # words on both sides of the face: told, then asked in words no list reads
        "giornata storta 😞 raccontami una barzelletta",  # Italian: bad day; tell me a joke
        "hakuna umeme 😞 naweza kusoma kwa simu",  # Swahili: no power; can I study on my phone
        "ami parchi na 😞 help koro",  # Bengali: I can't do it; help me
    ],
)
def test_a_fed_up_face_beside_a_question_or_the_field_is_no_complaint(text):
    assert read(text, THREAD).small_talk is not SmallTalk.FRUSTRATION


def test_a_fed_up_face_before_any_answer_is_read_as_before():
    assert read("ఇది ఉపయోగపడలేదు 😞").small_talk is None


@pytest.mark.parametrize("text", ["ਚੱਲੋ, ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ", "ok then, hello 👋"])
def test_after_an_answer_a_greeting_after_an_acknowledgement_takes_leave(text):
    assert read(text).small_talk is SmallTalk.GREETING
    reading = read(text, THREAD)
    assert reading.small_talk is SmallTalk.GOODBYE and not reading.parts


@pytest.mark.parametrize("text", ["hello, can I ask one more thing?", "hi, how are you?"])
def test_after_an_answer_a_greeting_that_asks_is_no_goodbye(text):
    assert read(text, THREAD).small_talk is not SmallTalk.GOODBYE


@pytest.mark.parametrize("text", ["good morning", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ 🙏"])
def test_after_an_answer_a_greeting_alone_still_greets(text):
    assert read(text, THREAD).small_talk is SmallTalk.GREETING


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("thanks, wela i di fory", SmallTalk.THANKS),  # Welsh: see you tomorrow
        ("salaam, kesho nitarudi tena", SmallTalk.GOODBYE),  # Swahili: back tomorrow
    ],
)
def test_after_an_answer_courtesy_beside_a_few_unread_words_closes(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "thanks, and kubernetes?",  # asks
        "thanks, but what about the stipend",  # English of substance
    ],
)
def test_courtesy_beside_words_that_ask_or_say_something_is_still_read(text):
    assert read(text, THREAD).parts


@pytest.mark.parametrize(
    "text",
    [
        "what else? any other courses?",
        "ሌላስ? ከGitHub ሌላ ምን ላድርግ?",  # Amharic: what else? besides GitHub what do I do?
    ],
)
def test_a_bare_request_for_more_beside_a_question_for_others_is_one_request(text):
    reading = read(text, THREAD)
    assert len(reading.parts) == 1 and reading.parts[0].cues.more


def test_a_bare_more_beside_a_question_of_its_own_stays_two_parts():
    reading = read("more? and is a phd needed?", THREAD)
    assert len(reading.parts) == 2
    assert not read("another question: is kaggle worth it?", THREAD).parts[0].cues.more
    assert read("what else? any other courses?").parts[0].cues.more  # no thread: as before


# ── Bemba and Tashelhit: question words, more, doubts, small talk ───────────────


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Bushe Coursera ilafwa pa CV, kabili finshi balepusha mu interview?", 2),
        ("Mamnk ad apply-gh? d mad ittilin dffir ma sifdgh CV?", 2),
        ("kuti naipekanya shani pa interview?", 1),
        ("Shani mukwai, bushe PhD ilefwaikwa?", 1),
        # Tashelhit "ar" before its verb is no Lithuanian "ar" asking
        ("Ar xddmgh gh Agadir. Is iqqan PhD bach ad ufigh stage?", 1),
        ("ar verta mokytis pytorch? ar reikia c++?", 2),
    ],
)  # fmt: skip
def test_bemba_and_tashelhit_questions_are_split(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text", ["fimbi nafuti?", "nafuti?", "ngeba na fimbi mukwai", "is ila kra yadnin?", "ugar"]
)
def test_bemba_and_tashelhit_ask_for_more(text):
    found = read(text, THREAD).parts[0].cues
    assert found.more or found.asks_for_others


@pytest.mark.parametrize(
    "text", ["ca cine?", "bushe ca cine mukwai?", "is s tidt?", "nshicetekela ifyo mulelanda"]
)
def test_bemba_and_tashelhit_doubts(text):
    assert read(text, THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("natotela sana mukwai", SmallTalk.THANKS),
        ("shalenipo", SmallTalk.GOODBYE),
        ("ok bye, Lesa abe nenu", SmallTalk.GOODBYE),
        ("mwashibukeni mukwai", SmallTalk.GREETING),
        ("muli shani mukwai?", SmallTalk.GREETING),
        ("tacilenjafwa nakalya", SmallTalk.FRUSTRATION),
        ("tanmmirt bahra", SmallTalk.THANKS),
        ("waxxa, ar sakka", SmallTalk.GOODBYE),
        ("mamnk a tgit?", SmallTalk.GREETING),
        ("mit tgit?", SmallTalk.IDENTITY),
        # the neighbours' courtesy reads as before
        ("tanemmirt", SmallTalk.THANKS),
        ("ikaw ba si ChatGPT?", SmallTalk.IDENTITY),
        ("muli bwanji", SmallTalk.GREETING),
    ],
)  # fmt: skip
def test_bemba_and_tashelhit_small_talk(text, kind):
    assert read(text, THREAD).small_talk == kind


def test_a_bemba_greeting_before_a_question_is_taken_off():
    reading = read("Mwaiseni ba bot! Muli shani mukwai? Bushe PhD ilefwaikwa?")
    assert reading.small_talk == SmallTalk.GREETING
    assert [p.query for p in reading.parts] == ["PhD is needed?"]


# ── after an answer: Doric (North-East Scots) English, written out before it is read ──


@pytest.mark.parametrize(
    "text",
    [
        "ony ither courses",  # any other courses
        "fit else dae folk look at",  # what else do people look at
        "tell us mair aboot the phone screens",
        "onythin else tae read",
        "fit comes efter the coding test",
    ],
)
def test_doric_requests_for_more(text):
    (part,) = read(text, THREAD).parts
    assert part.cues.more or part.cues.asks_for_others or part.cues.more_about


def test_doric_pick():
    assert read("aye the second een", THREAD).pick == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ta min", SmallTalk.THANKS),
        ("cheers min, braw", SmallTalk.THANKS),
        ("see ye efter", SmallTalk.GOODBYE),
        ("right am aff", SmallTalk.GOODBYE),
        ("ach well, a'll see masel oot", SmallTalk.GOODBYE),
        ("ye're nae much help the day", SmallTalk.FRUSTRATION),
    ],
)
def test_doric_courtesy_goodbyes_and_complaints(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "aye right, that's fit the careers office says an aw",
        "hmm, nae convinced",
        "aye but naebody reads the cover letters",
        "so basically only if ye're at a russell group uni then",
        "wid ony o that apply tae a wee company in dundee",
    ],
)
def test_doric_doubts(text):
    assert any(part.cues.doubt for part in read(text, THREAD).parts)


# ── after an answer: Belfast (Northern Irish) English ───────────────────────


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("sound, cheers", SmallTalk.THANKS),
        ("dead on so", SmallTalk.THANKS),
        ("grand", SmallTalk.THANKS),
        ("och thats not as bad as i feared then", SmallTalk.THANKS),
        ("grand, away to my bed", SmallTalk.GOODBYE),
        ("right thats me away", SmallTalk.GOODBYE),
        ("whatever, night", SmallTalk.GOODBYE),
        ("ok this is pointless bye", SmallTalk.GOODBYE),
        ("ye keep dodgin my question", SmallTalk.FRUSTRATION),
        ("ye've said courses like three times now, im not daft", SmallTalk.FRUSTRATION),
        ("you told me the visa bit twice, i asked about something else", SmallTalk.FRUSTRATION),
        ("hold on is this an actual human or am i chattin to a bot", SmallTalk.IDENTITY),
    ],
)
def test_belfast_courtesy_goodbyes_complaints_and_identity(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "aye right, as if any recruiter reads them",
        "catch yerself on, nobody gets in like that",
        "so unless ye know someone its pointless then",
        "but that's only for people at big unis",
    ],
)
def test_belfast_doubts(text):
    assert any(part.cues.doubt for part in read(text, THREAD).parts)


def test_a_greeting_its_spelling_hid_is_taken_off_the_question():
    reading = read("bout ye. is a placement year worth it for ML")
    assert reading.small_talk is SmallTalk.GREETING
    assert [p.query for p in reading.parts] == ["is a placement year worth it for ML"]


@pytest.mark.parametrize(
    "text",
    [
        "the sound processing module, is it any use for ML?",
        "is it too far away to commute for an internship?",
        "away to the US for a summer, is that realistic?",
        "would a gpu be a waste of time for someone like me?",
        "you said it twice, so which one is it?",
    ],
)
def test_english_that_only_looks_like_belfast_small_talk_still_asks(text):
    assert read(text, THREAD).parts


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("this is useless", SmallTalk.FRUSTRATION),
        ("that's a waste of my time tbh", SmallTalk.FRUSTRATION),
        ("this is useless for me", SmallTalk.FRUSTRATION),
    ],
)
def test_complaints_at_the_answer_stay_complaints(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


def test_a_thing_judged_for_someone_is_no_complaint():
    reading = read("so colab is useless for someone with big datasets then", THREAD)
    assert reading.small_talk is not SmallTalk.FRUSTRATION and reading.parts


@pytest.mark.parametrize(
    "text", ["ok that's easier than i thought", "it was less maths than i thought"]
)
def test_the_answer_beating_a_belief_is_no_doubt(text):
    assert not any(part.cues.doubt for part in read(text, THREAD).parts)


# ── after an answer: Geordie (Newcastle) English ────────────────────────────


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok ta pet", SmallTalk.THANKS),
        ("cheers hinny x", SmallTalk.THANKS),
        ("champion, ta", SmallTalk.THANKS),
        ("canny that, cheers", SmallTalk.THANKS),
        ("no bother like, ta", SmallTalk.THANKS),
        ("ta-ra pet", SmallTalk.GOODBYE),
        ("right, ta ra", SmallTalk.GOODBYE),
        ("ta ra, off to the library", SmallTalk.GOODBYE),
        ("ok am away to work now, ta ra", SmallTalk.GOODBYE),
        ("howay hiya", SmallTalk.GREETING),
        ("that doesnt really answer what i asked, never mind", SmallTalk.FRUSTRATION),
        ("are you the one who wrote the guide or just a bot", SmallTalk.IDENTITY),
    ],
)
def test_geordie_courtesy_goodbyes_complaints_and_identity(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


@pytest.mark.parametrize(
    "text",
    [
        "what do you do at a career fair then, just turn up with a cv",  # no "what do you do?"
        "ah eh no champion, do i have to win competitions",
        "i canny afford a gpu, is colab enough",
        "ta ra is what we say here, anyway how long is the interview",
    ],
)
def test_english_that_only_looks_like_geordie_small_talk_still_asks(text):
    assert read(text, THREAD).parts


# ── after an answer: English doubts, "what's next", closers ──────────────────


@pytest.mark.parametrize(
    "text",
    [
        "aye right, that's fit every blog says",
        "but nobody at my uni has ever done one",
        "but the posting doesn't mention students from abroad",
        "so that path is only for people already in the US?",
        "only three rounds?",
        "does that advice work for a small startup in Lagos though",
        "would that still apply to someone from a polytechnic",
        "cold emailing, does it ever work?",
        "I thought the maths mattered more than the coding",
        "2019 paper? thats ancient by now",
        "aye but surely they'd pick someone from a russell group uni",
        "they can't all want a first, surely",
        "but if my course has no ML at all am i just stuffed then",
        "yeah that's loads of use to me stuck in sunderland",
    ],
)
def test_english_doubts_that_object_narrow_or_ask_whether_the_advice_holds(text):
    assert any(part.cues.doubt for part in read(text, THREAD).parts)


@pytest.mark.parametrize(
    "text",
    [
        "yeah but how do I find a mentor?",
        "I thought about kaggle, is it good?",
        "does that apply to the summer internships too?",  # asks about the program
        "only python or also c++ for the interviews at google and meta",
        "surely python is enough for the coding round?",  # asks about python
        "one deep learning module, is that enough or am i stuffed",  # asks whether it's enough
    ],
)
def test_asking_on_is_no_doubt(text):
    assert not any(part.cues.doubt for part in read(text, THREAD).parts)


@pytest.mark.parametrize(
    "text", ["what comes next?", "ok what's next", "and what comes after that"]
)
def test_what_comes_next_asks_for_more(text):
    (part,) = read(text, THREAD).parts
    assert part.cues.more


def test_what_is_next_with_a_subject_of_its_own_is_no_bare_request():
    (part,) = read("what is next for me after graduating", THREAD).parts
    assert not part.cues.more


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("ok I have to dash to my lab now", SmallTalk.GOODBYE),
        ("I'll see myself out then", SmallTalk.GOODBYE),
        ("see you after", SmallTalk.GOODBYE),
        ("you're not much help on this one", SmallTalk.FRUSTRATION),
        ("same answer every time 😒", SmallTalk.FRUSTRATION),
    ],
)
def test_english_closers_and_complaints(text, kind):
    reading = read(text, THREAD)
    assert reading.small_talk is kind and not reading.parts


def test_needing_to_run_something_is_no_goodbye():
    assert read("I need to run my notebook on colab, how?", THREAD).parts


@pytest.mark.parametrize(
    "text",
    [
        "storm knocked the power out again 😩",
        "two exams tomorrow and no sleep 😫",
        "bus strike all week here 😞",
    ],
)
def test_a_fed_up_face_beside_the_students_day_is_no_complaint(text):
    reading = read(text, THREAD)
    assert reading.small_talk is not SmallTalk.FRUSTRATION and reading.parts


@pytest.mark.parametrize(
    "text", ["this is pointless 😩", "ugh 😒", "you told me that already 🙄", "still nothing 😞"]
)
def test_a_fed_up_face_at_the_answer_is_still_a_complaint(text):
    reading = read(text, THREAD)
    assert reading.small_talk is SmallTalk.FRUSTRATION and not reading.parts


@pytest.mark.parametrize("text", ["more on that? like which ones matter most", "more? e.g. books"])
def test_a_bare_more_then_which_more_is_one_request(text):
    reading = read(text, THREAD)
    assert len(reading.parts) == 1 and reading.parts[0].cues.more


@pytest.mark.parametrize(
    "text", ["thanks sir! will show this to my roommate", "ok thanks, will try tonight"]
)
def test_thanks_then_a_plan_without_its_i_closes(text):
    reading = read(text, THREAD)
    assert reading.small_talk is SmallTalk.THANKS and not reading.parts


@pytest.mark.parametrize(
    "text", ["thanks. will the recruiter ask about it", "ok will apply, but which one first"]
)
def test_will_that_asks_is_no_plan(text):
    assert read(text, THREAD).parts


@pytest.mark.parametrize(
    "text",
    [
        "o teu CV precisa de mais projetos, ou não?",
        "el teu portfoli, és prou bo per a una pràctica?",
        "saha khouya, merci bezzaf",
    ],
)
def test_sundanese_question_words_leave_portuguese_catalan_teu_and_algerian_saha_alone(text):
    """Sundanese asks with a clause-closing "teu" (or not) and "saha" (who) after "teh":
    Portuguese and Catalan "o teu", "el teu" (your) and Algerian "saha" (thanks) ask
    nothing of their own."""
    assert len(read(text).parts) <= 1


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # ...and Indonesian and Javanese questions read as before
        ("gimana cara daftar magang? terus perlu S2 gak?", "id"),
        ("aku kudu sinau apa wae sadurunge daftar?", "jv"),
    ],
)
def test_neighbours_of_sundanese_read_as_before(text, code):
    assert read(text).language.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Minangkabau's words leave Indonesian, Javanese, Sundanese, Malay and English
        # questions as they were ("uni" is English for university)
        ("gimana cara daftar magang? terus perlu S2 gak?", "id"),
        ("aku kudu sinau apa wae sadurunge daftar?", "jv"),
        ("kumaha carana daftar magang, kang?", "su"),
        ("macam mana nak dapat intern kat syarikat besar?", "ms"),
        ("is a PhD needed at uni for an ML internship?", "en"),
        # ...and Batak Toba's ("aha", "boi", "ate" are English too; "dia", "sajo", "asing"
        # Indonesian and Minangkabau)
        ("aha, so is a PhD needed for an ML internship?", "en"),
        ("my boi ate the whole cake, is leetcode enough for the interview?", "en"),
        ("dia bilang perusahaan asing lebih susah, bener gak?", "id"),
        ("baa caro dapek magang sajo, uni?", "min"),
    ],
)
def test_neighbours_of_minangkabau_read_as_before(text, code):
    reading = read(text)
    assert reading.language.code == code and reading.small_talk is None and reading.parts


@pytest.mark.parametrize(
    "text",
    [
        # "saan" (not), "kaya ko" (I can afford), "may bayad" (it costs) only tell
        "libre kadi ti colab? saan ak makabayad ti pro",
        "worth it kadi ti kaggle? saan met ak mangabak",
        "kasapulan kadi ti GPU? 2nd hand laeng ti kaya ko",
        "kasapulan kadi ti certificate? may bayad ngamin",
    ],
)
def test_ilocano_telling_after_a_question_is_no_question_of_its_own(text):
    """Ilocano "saan" (not) is Tagalog's "where", and "kaya ko" (I can) Gujarati's "which":
    neither asks after an Ilocano question."""
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    ("text", "parts", "doubts"),
    [
        ("saan ako pwedeng mag-apply? at ano ang kailangan sa resume", 2, False),
        ("kaya ko ba mag apply kahit 2nd year pa lang? saan ba makikita ang postings", 2, False),
        ("sure ka ba diyan?", 1, False),
        ("talaga? kahit walang PhD?", 2, True),
    ],
)
def test_tagalog_reads_as_before_beside_ilocano(text, parts, doubts):
    """Tagalog "saan" (where), "kaya", "sure ka", "talaga" are read as before Ilocano was: the
    same parts, the same doubt."""
    found = read(text)
    assert found.language.code == "tl" and len(found.parts) == parts
    assert found.parts[0].cues.doubt is doubts


def test_a_bare_really_before_ilocano_even_doubts_with_it():
    """ "talaga?? uray dagiti startups?" (really?? even startups?) is one doubt, not a doubt
    and a question."""
    found = read("talaga?? uray dagiti startups?")
    assert len(found.parts) == 1 and found.parts[0].cues.doubt


def test_ilocano_yes_is_no_texting_when():
    """Ilocano "wen" (yes) opening a message is not chat English's "when"."""
    found = read("wen, awan gpu ko. ok kadi ti colab para practice?")
    assert found.language.code == "ilo" and "when" not in found.parts[0].query
    assert read("wen is the deadline for google step?").parts[0].query.startswith("when")


@pytest.mark.parametrize("text", ["more pay?", "other pay?", "and the pay?"])
def test_english_pay_after_an_answer_asks_for_no_more(text):
    # Ilocano "pay" (else) goes on from its own words only ("sabali pay?"): English "pay"
    # after an answer is a question about money, not a request for another passage
    (part,) = read(text, THREAD).parts
    assert not (part.cues.more or part.cues.asks_for_others)


def test_a_css_div_is_no_doric_do():
    assert read("how do i center a div in css").parts[0].query == "how do i center a div in css"


@pytest.mark.parametrize("text", ["more pay?", "pay?", "any pay for research interns?"])
def test_pay_alone_or_more_of_it_is_about_money(text):
    assert read(text, THREAD).parts[0].cues.about_money


def test_ilocano_more_pay_about_is_no_money_question():
    assert not read("more pay bout the interviews pls", THREAD).parts[0].cues.about_money


@pytest.mark.parametrize(
    "text",
    [
        # a question and what the student tells beside it, joined by "kendo", "to" (and)
        "aonge gpu e ot kendo an gi laptop matin, ere kaka atrain models",
        "ere kaka aikora ne interview to an gi thuolo matin",
        "koro asomo data bootcamp kendo atiyo odiechieng duto",
        # numbers that count, not number questions
        "i did 1 course on ml and 2 projects on github, what next",
        "1 year of python 2 kaggle comps should i apply",
    ],
)
def test_dholuo_telling_beside_a_question_is_no_question_of_its_own(text):
    """Dholuo "gi" (with, have) is no Vietnamese "gì" (what), nor "e ot" (at home) Khmer's
    closing "ot": telling in Dholuo beside a question stays with it."""
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Gĩkũyũ telling joined by "na" (and) and "tondũ" (because) before its question
        "ndiri na gpu na stima ithiaga muno guku, ningihota atia gu-train models",
        "ndi murutwo wa statistics na ndi na wasiwasi tondu ndiri na project o na imwe, ni kii "
        "ngiikira github",
        # Swahili, Sheng and Dholuo with "na", "kana", "kama" ask once, as before
        "sasa manze, nina laptop ya 4gb na sina gpu, nifanyeje kama nataka kutrain models",
        "an gi laptop matin kendo aonge gpu, ere kaka atrain models",
    ],
)
def test_gikuyu_telling_beside_a_question_is_no_question_of_its_own(text):
    assert len(read(text).parts) == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # Vietnamese "gì", "gi" (what) and Khmer "ot" closing a question still ask
        ("em nen hoc gi truoc, va co can bang thac si khong", 2),
        ("1 do i need a phd\n2 how do i apply without referral", 2),
        ("two questions 1 do i need a phd 2 how do i apply without referral", 2),
        ("is 1 gpu enough or do i need 2 of them", 1),
    ],
)
def test_numbered_questions_and_neighbours_beside_dholuo(text, parts):
    assert len(read(text).parts) == parts


@pytest.mark.parametrize(
    "text",
    [
        # "indi ko kabalo diin" (I don't know where) tells; "X bala or Y" is a choice
        "indi ko kabalo diin magsugod sa ML, ano ang una?",
        "leetcode bala or hackerrank ang dapat?",
        "pytorch bala or tensorflow ang mas maayo para sa beginner?",
        "kapoy na ko halin sa shift, paano ko ma-balance ang pagtuon?",
    ],
)
def test_one_hiligaynon_question_stays_one(text):
    found = read(text)
    assert found.language.code == "hil" and len(found.parts) == 1


@pytest.mark.parametrize(
    ("text", "code", "parts"),
    [
        # Tagalog, Cebuano, Sesotho and Ilocano split as they did before Hiligaynon's "bala",
        # "diin" and "kag"
        ("talaga? pano yun", "tl", 1),
        ("may iba pa bang paraan para makakuha ng referral?", "tl", 1),
        ("maayong gabii, pwede ko mangutana?", "tl", 1),
        ("ke bala dibuka tsa ML, na ke hloka PhD?", "st", 1),
        ("mano nga rounds ti interview? ken kasapulan kadi ti C++ wenno python laeng", "ilo", 2),
        # Waray: "ngan" (and) inside one question, "summary la" telling why; Tagalog "tas",
        # Sundanese "ngan" (only) as before
        ("dapat ba estudyante pa ako bago ngan katapos han OJT?", "war", 1),
        ("java ngan python la an gintutdo ha amon, okay na ba iton?", "war", 1),
        ("summary la pls, kapoy na ako magbasa", "tl", 1),
        ("ano ang dapat aralin tas saan mag apply", "tl", 1),
        ("abdi ngan gaduh laptop butut, tiasa teu training model?", "su", 1),
    ],
)
def test_neighbours_of_hiligaynon_read_as_before(text, code, parts):
    found = read(text)
    assert found.language.code == code and len(found.parts) == parts


def test_tagalog_sure_ka_is_no_hiligaynon_doubt():
    """Hiligaynon "sure ka?" glosses as "are you sure?"; Tagalog "sure ka ba diyan?" reads as
    it did."""
    assert not read("sure ka ba diyan?", THREAD).parts[0].cues.doubt
    assert read("sure ka bala? wala gid ko nakita", THREAD).parts[0].cues.doubt


@pytest.mark.parametrize(
    "text",
    [
        "Hi! 3 quick things:\n1) is C++ needed or is Python enough?\n2) which framework first?\n"
        "3) is Colab enough for training?",
        "2 small doubts:\n1) do recruiters read GitHub?\n2) how many phone screens are there?",
    ],
)
def test_a_count_before_a_numbered_list_is_its_lead_in_not_an_item(text):
    """A bare number opens a list only when the items are numbered bare too ("1 colab…⏎2
    gpu…"): "3 quick things:" before "1) … 2) … 3) …" stays with the first question."""
    parts = read(text).parts
    items = text.count(")")
    assert len(parts) == items and not any(p.text.rstrip(":").endswith("things") for p in parts)
    assert parts[0].text.split()[0] in {"3", "2"} and parts[0].text.endswith("?")
