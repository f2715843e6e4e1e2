"""What the bot says when it can't read a message's language: always in English, and in
the student's language where we have the words. One plain sentence each, so that anyone
with a dictionary can check it."""

from __future__ import annotations

# "I can only read English for now. Could you ask your question in English?"
ONLY_ENGLISH = {
    "es": "Por ahora solo leo inglés. ¿Puedes escribirme tu pregunta en inglés?",
    "pt": "Por enquanto eu só leio inglês. Pode me mandar a pergunta em inglês?",
    "ru": "Пока я понимаю только английский. Можете задать вопрос по-английски?",
    "uk": "Поки що я розумію лише англійську. Можете поставити запитання англійською?",
    "hi": "अभी मैं केवल अंग्रेज़ी पढ़ सकता हूँ। क्या आप अपना सवाल अंग्रेज़ी में पूछ सकते हैं?",
    "zh": "我目前只能读懂英文。可以用英文再问一次吗？",
    "ar": "حاليًا أقرأ الإنجليزية فقط. هل يمكنك كتابة سؤالك بالإنجليزية؟",
    "id": "Untuk saat ini saya hanya bisa membaca bahasa Inggris. "
    "Bisakah kamu menulis pertanyaanmu dalam bahasa Inggris?",
    "ms": "Buat masa ini saya hanya boleh membaca bahasa Inggeris. "
    "Boleh tulis soalan anda dalam bahasa Inggeris?",
    "tr": "Şimdilik yalnızca İngilizce okuyabiliyorum. Sorunu İngilizce yazabilir misin?",
    "fr": "Pour l'instant, je ne lis que l'anglais. Peux-tu me poser ta question en anglais ?",
    "de": "Im Moment verstehe ich nur Englisch. Kannst du deine Frage auf Englisch stellen?",
    "it": "Per ora leggo solo l'inglese. Puoi scrivermi la domanda in inglese?",
    "nl": "Voorlopig lees ik alleen Engels. Kun je je vraag in het Engels stellen?",
    "pl": "Na razie czytam tylko po angielsku. Czy możesz zadać pytanie po angielsku?",
    "vi": "Hiện tại mình chỉ đọc được tiếng Anh. Bạn có thể hỏi bằng tiếng Anh không?",
    "ja": "今のところ英語しか読めません。英語で質問してもらえますか？",
    "ko": "지금은 영어만 읽을 수 있어요. 영어로 질문해 주시겠어요?",
    "th": "ตอนนี้ฉันอ่านได้เฉพาะภาษาอังกฤษ ช่วยพิมพ์คำถามเป็นภาษาอังกฤษได้ไหม",
    "bn": "আপাতত আমি শুধু ইংরেজি পড়তে পারি। আপনি কি ইংরেজিতে প্রশ্ন করতে পারবেন?",
    "fa": "فعلاً فقط انگلیسی می‌خوانم. می‌توانید سؤالتان را به انگلیسی بپرسید؟",
    "ur": "ابھی میں صرف انگریزی پڑھ سکتا ہوں۔ کیا آپ اپنا سوال انگریزی میں پوچھ سکتے ہیں؟",
    # Code-mixed varieties (bot/knowledge/reading/varieties.toml): their writers read English,
    # so the line asks for English words rather than saying the bot understood nothing.
    "hi-Latn": "Main abhi English sabse achhe se samajhta hoon. Sawal English mein poochoge "
    "toh behtar jawab de paunga.",
    "tl": "Mas naiintindihan ko ang English. Pwede mo bang itanong ulit sa English?",
    "pcm": "Na English I sabi read well. Abeg ask am again for English.",
    "ta-Latn": "Enakku English dhaan nalla puriyum. Unga kelviya English-la kelunga, please.",
    "sw": "Kwa sasa ninaelewa Kiingereza vizuri zaidi. Unaweza kuuliza swali lako kwa Kiingereza?",
    "ne": "Ma ahile English matra ramrari bujhchu. Tapaiko prashna English ma sodhnu huncha?",
    "si": "Mata hondata therenne English witharai. Prashnaya English walin ahanna puluwanda?",
    "fa-Latn": "Felan faghat English ro khoob mifahmam. Mishe soal-etoon ro English beporsid?",
    "zu": "Okwamanje ngizwa kahle isiNgisi kuphela. Ungabuza umbuzo wakho ngesiNgisi?",
    "jam": "Mi read English bes' fi now. Yuh can ask mi again inna English?",
}

READS_ENGLISH = "I can only read English for now, so I couldn't understand your message."
READS_ENGLISH_BEST = "I read English best."
ASK_IN_ENGLISH = "Please ask me in English, e.g. <i>Do I need a PhD?</i> Or pick a topic:"
FOUND_ANYWAY = "Here is the part of the guide that seems to match, in English:"
