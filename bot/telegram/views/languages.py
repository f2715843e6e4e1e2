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
    "zh-Hant": "我目前只看得懂英文。可以用英文再問一次嗎？",
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
    "lo": "ຕອນນີ້ຂ້ອຍອ່ານພາສາອັງກິດໄດ້ດີທີ່ສຸດ ຊ່ວຍພິມຄຳຖາມເປັນພາສາອັງກິດໄດ້ບໍ່",
    "my": "အခုလောလောဆယ် အင်္ဂလိပ်စာကို အကောင်းဆုံးဖတ်နိုင်ပါတယ်။ အင်္ဂလိပ်လို မေးပေးနိုင်မလား။",
    "km": "ពេលនេះ ខ្ញុំអានភាសាអង់គ្លេសបានល្អជាងគេ។ សូមសួរជាភាសាអង់គ្លេសបានទេ?",
    "bn": "আপাতত আমি শুধু ইংরেজি পড়তে পারি। আপনি কি ইংরেজিতে প্রশ্ন করতে পারবেন?",
    "as": "এতিয়ালৈ মই কেৱল ইংৰাজীহে পঢ়িব পাৰো। আপুনি প্ৰশ্নটো ইংৰাজীত সুধিব পাৰিবনে?",
    "gu": "હમણાં હું ફક્ત અંગ્રેજી વાંચી શકું છું. શું તમે તમારો પ્રશ્ન અંગ્રેજીમાં પૂછી શકો?",
    "pa": "ਹਾਲੇ ਮੈਂ ਸਿਰਫ਼ ਅੰਗਰੇਜ਼ੀ ਪੜ੍ਹ ਸਕਦਾ ਹਾਂ। ਕੀ ਤੁਸੀਂ ਆਪਣਾ ਸਵਾਲ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੁੱਛ ਸਕਦੇ ਹੋ?",
    "te": "ప్రస్తుతానికి నేను ఇంగ్లీష్ మాత్రమే చదవగలను. మీ ప్రశ్నను ఇంగ్లీష్‌లో అడగగలరా?",
    "kn": "ಸದ್ಯಕ್ಕೆ ನಾನು ಇಂಗ್ಲಿಷ್ ಮಾತ್ರ ಓದಬಲ್ಲೆ. ನಿಮ್ಮ ಪ್ರಶ್ನೆಯನ್ನು ಇಂಗ್ಲಿಷ್‌ನಲ್ಲಿ ಕೇಳಬಹುದೇ?",
    "ml": "ഇപ്പോൾ എനിക്ക് ഇംഗ്ലീഷ് മാത്രമേ വായിക്കാൻ കഴിയൂ. നിങ്ങളുടെ ചോദ്യം ഇംഗ്ലീഷിൽ ചോദിക്കാമോ?",
    "fa": "فعلاً فقط انگلیسی می‌خوانم. می‌توانید سؤالتان را به انگلیسی بپرسید؟",
    "ur": "ابھی میں صرف انگریزی پڑھ سکتا ہوں۔ کیا آپ اپنا سوال انگریزی میں پوچھ سکتے ہیں؟",
    "sd": "هن وقت مان رڳو انگريزي پڙهي سگهان ٿو. ڇا توهان پنهنجو سوال انگريزي ۾ پڇي سگهو ٿا؟",
    # Sorani Kurdish: "For now I read English better than any language. Can you write your
    # question in English?"
    "ckb": "ئێستا ئینگلیزی لە هەموو زمانێک باشتر دەخوێنمەوە. "
    "دەتوانیت پرسیارەکەت بە ئینگلیزی بنووسیت؟",
    "el": "Προς το παρόν διαβάζω μόνο αγγλικά. Μπορείς να κάνεις την ερώτησή σου στα αγγλικά;",
    "he": "כרגע אני קורא רק אנגלית. אפשר לשאול את השאלה באנגלית?",
    "fi": "Luen toistaiseksi vain englantia. Voisitko kysyä kysymyksesi englanniksi?",
    "da": "Indtil videre læser jeg kun engelsk. Kan du stille dit spørgsmål på engelsk?",
    # Code-mixed varieties (bot/knowledge/reading/varieties.toml): their writers read English,
    # so the line asks for English words rather than saying the bot understood nothing.
    "hi-Latn": "Main abhi English sabse achhe se samajhta hoon. Sawal English mein poochoge "
    "toh behtar jawab de paunga.",
    "tl": "Mas naiintindihan ko ang English. Pwede mo bang itanong ulit sa English?",
    "pcm": "Na English I sabi read well. Abeg ask am again for English.",
    "ta": "இப்போதைக்கு என்னால் ஆங்கிலம் மட்டுமே படிக்க முடியும். உங்கள் கேள்வியை ஆங்கிலத்தில் கேட்க முடியுமா?",
    "ta-Latn": "Enakku English dhaan nalla puriyum. Unga kelviya English-la kelunga, please.",
    "te-Latn": "Naaku English baaga ardham avutundi. Mee prashna English lo adagandi, please.",
    "kn-Latn": "Nanage English chennagi artha aagutte. Nimma prashne English alli keli, please.",
    "ml-Latn": "Enikku English aanu nannaayi manassilaavuka. Chodyam English-il chodikkamo?",
    "sw": "Kwa sasa ninaelewa Kiingereza vizuri zaidi. Unaweza kuuliza swali lako kwa Kiingereza?",
    "ne": "Ma ahile English matra ramrari bujhchu. Tapaiko prashna English ma sodhnu huncha?",
    # Marathi and Nepali in Devanagari
    "mr": "सध्या मी फक्त इंग्रजी वाचू शकतो. तुमचा प्रश्न इंग्रजीत विचाराल का?",
    "ne-Deva": "अहिले म अंग्रेजी मात्र पढ्न सक्छु। तपाईंको प्रश्न अंग्रेजीमा सोध्नुहुन्छ?",
    "mr-Latn": "Mala sadhya English sagalyat changla samajta. Prashna English madhe vicharlat tar "
    "adhik changla uttar deu shaken.",
    # Bengali, Assamese and Gujarati in Latin letters
    "bn-Latn": "Ami ekhon English shobcheye bhalo bujhi. Proshno ta English e korle aro bhalo "
    "uttor dite parbo.",
    "as-Latn": "Moi etiya English tu bhalke bujo. Prosno tu English t sudhile aru bhal uttor "
    "dibo parim.",
    "gu-Latn": "Hu hamna English sauthi saru samju chu. Tamaro prashn English ma puchso to vadhare "
    "saro javab aapi shakish.",
    "si": "Mata hondata therenne English witharai. Prashnaya English walin ahanna puluwanda?",
    "fa-Latn": "Felan faghat English ro khoob mifahmam. Mishe soal-etoon ro English beporsid?",
    "zu": "Okwamanje ngizwa kahle isiNgisi kuphela. Ungabuza umbuzo wakho ngesiNgisi?",
    "jam": "Mi read English bes' fi now. Yuh can ask mi again inna English?",
    "trf": "Ah does read English best fuh now. Yuh could ask meh again in English?",
    "hwc": "I read English mo bettah fo now. You can ask me again in English?",
    "tpi": "Mi save ritim English tasol gut moa nau. Yu ken askim gen long English?",
    # Bislama
    "bi": "Mi save ridim Inglis moa gud. Yu save askem kwestin blong yu long Inglis?",
    "my-Latn": "Kyun taw English ko a kaung sone nar lal tal. English lo pyan mayy pay par.",
    "km-Latn": "Knhom ach arn English ban l'or jeang ke. Som sour jea English ban te bong?",
    # Javanese: "I read English most fluently. Can you ask in English?"
    "jv": "Aku paling lancar maca basa Inggris. Sampeyan iso takon nganggo basa Inggris?",
    # Sundanese, polite (lemes): "I read English most fluently. Excuse me, could you ask again
    # in English?"
    "su": "Abdi paling lancar maos basa Inggris. Punten, tiasa naroskeun deui nganggo basa "
    "Inggris?",
    # Minangkabau: "I read English most fluently. Sorry, could you ask again in English?"
    "min": "Ambo paliang lancar mambaco bahaso Inggirih. Maaf yo, buliah batanyo baliak jo "
    "bahaso Inggirih?",
    # Batak Toba: "I read English best. Sorry, could you ask again in English?"
    "bbc": "Ahu lobi denggan manjaha hata Inggris. Santabi, boi do ho manungkun muse di hata "
    "Inggris?",
    # Ilocano: "English is what I read best. Could your question be in English?"
    "ilo": "Ingles ti kasayaatan a mabasak. Mabalin kadi nga iti Ingles ti saludsodmo?",
    # Dholuo: "I read English best. Can you ask your question in English?"
    "luo": "Asomo Dhosungu maber moloyo. Inyalo penjo penjoni e Dhosungu?",
    # Gĩkũyũ: "I read English best. Can you ask your question in English?"
    "ki": "Ndĩthomaga Gĩthũngũ wega makĩria. Ũngĩhota kũũria kĩũria gĩaku na Gĩthũngũ?",
    # Hiligaynon: "English is what I read best. Could you write your question in English?"
    "hil": "Ingles ang pinakamaayo ko nga mabasa. Pwede mo bala isulat sa Ingles ang imo "
    "pamangkot?",
    # Waray: "English is what I read best. Could you write your question in English?"
    "war": "Ingles an akon pinakamaupay nga nababasa. Pwede mo ba isurat ha Ingles an imo pakiana?",
    "sr": "Najbolje razumem engleski. Možeš li da pitaš na engleskom?",
    # Basque
    "eu": "Ingelesa ondoen irakurtzen dut. Zure galdera ingelesez egin dezakezu?",
    # Quechua
    "qu": "Inglés simita aswan allinta ñawinchani. Inglés simipi tapuwankimanchu?",
    # K'iche'
    # Mapudungun (with Chilean Spanish)
    "arn": "Inche kümelkan chillkatun inglés mew. ¿Pepi ramtuaymi inglés mew, lamngen?",
    "quc": "Más utz kinsik'ij ri inglés. ¿Kakwin kab'an la ri k'otb'al chi'aj pa inglés?",
    # Aymara
    "ay": "Nayax inglés arux juk'amp sum ullta. Inglés arun jiskt'asmati?",
    # Catalan
    "ca": "Llegeixo millor l'anglès. Em pots fer la pregunta en anglès?",
    # Afrikaans
    "af": "Ek verstaan Engels die beste. Kan jy asseblief jou vraag in Engels vra?",
    "et": "Saan kõige paremini aru inglise keelest. Kas saaksid küsida inglise keeles?",
    "lv": "Vislabāk saprotu angļu valodu. Vai vari pajautāt angliski?",
    # Jopara (Guarani mixed with Spanish)
    "gn": "Che aikuaave inglés-pe. ¿Ikatúpa reporandu jey inglés-pe? (Leo mejor en inglés.)",
    # Papiamentu
    "pap": "Mi ta lesa Ingles mihó. Bo por hasi bo pregunta na Ingles?",
    "sv": "Jag läser engelska bäst. Kan du ställa frågan på engelska?",
    "so": "Ingiriisiga ayaan ugu fiican u fahmaa. Ma i weydiin kartaa af Ingiriisi?",
    "om": "Ingiliffa caalaatti nan hubadha. Gaaffii kee Ingiliffaan gaafachuu dandeessaa?",
    # Kurmanji Kurdish
    "ku": "Niha ez Îngilîzî herî baş fêm dikim. Tu dikarî pirsa xwe bi Îngilîzî bipirsî?",
    "ps-Latn": "Za English tar tolo kha pohegam. Ka mehrabani wokey, pa English ke me wapushta.",
    # Georgian: in Latin letters to a student who wrote in them (a phone without the Georgian
    # keyboard, or the chat habit; every Georgian reads it), in Georgian letters otherwise
    "ka-Latn": "Jerjerobit inglisuri yvelaze kargad mesmis. Shegidzlia inglisurad mkitxo?",
    "hy-Latn": "Hima angleren@ amenalavn em haskanum. Kares harcd angleren grel?",
    "mt": "Nifhem l-Ingliż l-aħjar. Tista' tistaqsi bl-Ingliż?",
    # Slovak
    "sk": "Najlepšie rozumiem angličtine. Môžeš sa opýtať po anglicky?",
    # Tetum
    "tet": "Ha'u lee lian Inglés di'ak liu. Ita bele husu iha lian Inglés?",
    # Luxembourgish
    "lb": "Ech liese meeschtens Englesch am beschten. Kanns du mech op Englesch froen?",
    # Mooré
    "mos": "Mam karemda English n yɩɩ. Yãmb tõe n sok yãmb sogsgo ne English bɩ?",
    # Kirundi
    "rn": "Icongereza ni co nsoma neza kuruta. Woshobora kumbaza mu Congereza?",
    # Sranan Tongo
    "srn": "Mi e leisi Ingristongo moro bun. Yu kan aksi yu aksi na Ingristongo?",
    # Tongan
    "to": (
        "ʻOku ou lau lelei taha ʻa e lea faka-Pilitānia. "
        "ʻE lava ke ke fehuʻi ʻi he lea faka-Pilitānia?"
    ),
    # Bambara
    "bm": "Angilɛkan de ka nɔgɔn n ma ka kalan. I bɛ se ka ɲininkali kɛ angilɛkan na wa?",
    # Sango
    "sg": "Mbi diko yanga ti Anglëe nzoni ahon. Mo lingbi ti hunda tënë ti mo na yanga ti Anglëe?",
    # Comorian (Shingazidja)
    "zdj": "Mimi ngamsoma Shingereza ndjema zaidi. Ngwezo uuliza swali laho ha Shingereza?",
    # Mauritian Creole
    "mfe": "Mo lir Angle pli bien. Eski to kapav poz to kestion an Angle?",
    # Cape Verdean Creole
    "kea": "N ta le inglês midjor. Bu podi fazi bu pergunta na inglês?",
    # Arabizi (Arabic in Latin letters)
    "ar-Latn": "Ana ba2ra el English a7san. Momken tekteb so2alak bel English?",
    # Guinea-Bissau Kriol
    "pov": "N ta lei ingles mindjor. Bu pudi fasi bu pirgunta na ingles?",
    # Oshiwambo
    "ng": "Ohandi lesha nawa unene Oshiingilisa. Oto vulu okupula mOshiingilisa?",
    # Sierra Leone Krio
    "kri": "Na Inglish a sabi rid pas ɔl. Yu kin aks yu kwɛstyɔn na Inglish?",
    # Cameroonian Pidgin
    "wes": "Na English I sabi read pass. Abeg, you fit ask ya kweshon for English?",
    # siSwati
    "ss": "Ngifundza siNgisi kahle kakhulu. Ungawubuta umbuto wakho ngesiNgisi?",
    # isiXhosa
    "xh": "Ndifunda isiNgesi kakuhle kakhulu. Ungawubuza umbuzo wakho ngesiNgesi?",
    # Pular (Fula)
    "ff": "Mi ɓuri faamude anngale. A waawi naamnaade naamnde maa e anngale?",
    # Chamorro
    "ch": (
        "Mås maolek hu taitai i fino' Englis. Kao siña un faisen i finaisen-mu gi fino' Englis?"
    ),
    # Tahitian
    "ty": (
        "E tai'o maita'i a'e au i te reo Peretāne. "
        "E nehenehe anei ia 'oe ia ui i tā 'oe uira'a na roto i te reo Peretāne?"
    ),
    # Gilbertese (Kiribati)
    "gil": (
        "I rangi n ota raoi n te taetae n Ingiraan. "
        "Ko kona n anga am titiraki n te taetae n Ingiraan?"
    ),
    # Yoruba
    "yo": "Èdè Gẹ̀ẹ́sì ni mo máa ń kà jù. Ṣé ẹ lè béèrè ìbéèrè yín ní èdè Gẹ̀ẹ́sì?",
    # Fiji Hindi
    "hif": "Ham English sabse accha padhta. Tum English me puch sakta ka?",
    # Bhojpuri in Latin letters
    "bho-Latn": "Hum English sabse badhiya padh pavila. Raua apan sawal English me puchh sakila?",
    # Sylheti in Latin letters
    "syl": (
        "Ami English e hokkol theke bala bujhi. Afne proshno ta English e khoile aro bala uttor "
        "dite farmu."
    ),
    # Maithili in Latin letters
    "mai-Latn": (
        "Hum English sabsa nik padhi sakai chhi. Ahaan apan sawal English me puchhi sakai chhi?"
    ),
    # Konkani in Latin letters (Romi)
    "gom-Latn": (
        "Hanv English sogllyant borem vachunk xoktam. Tuka tujo prosn English-ant vicharunk zata?"
    ),
    # Haryanvi in Latin letters
    "bgc-Latn": (
        "Mein English sabte badhiya samjhu su. Apna sawal English me puchh le bhai, fer "
        "badhiya jawab de sakunga."
    ),
    # Punjabi in Latin letters
    "pa-Latn": (
        "Main English sab ton vadiya parhda haan. Tusi apna sawal English ch puchh sakde ho?"
    ),
    # Sindhi in Latin letters
    "sd-Latn": (
        "Maan English sabh khaan behtar parhan tho. Tawhan sawal English me puchhi saghando?"
    ),
    # Hausa
    "ha": "Turanci na fi fahimta a yanzu. Za ka iya yin tambayarka da Turanci?",
    # Ewe
    "ee": "Eŋlisigbe ye mexlẽna nyuie wu. Àte ŋu abia wò biabia le Eŋlisigbe me?",
    # Icelandic
    "is": "Ég les ensku best. Geturðu spurt á ensku?",
    # Greenlandic
    "kl": "Tuluttut atuarsinnaaneruvunga. Tuluttut apeqquteqarsinnaaviit?",
    # Inuktitut, in syllabics and in roman letters
    "iu": "ᖃᓪᓗᓈᑎᑐᑦ ᐅᖃᓕᒫᕈᓐᓇᓂᖅᓴᐅᔪᖓ. ᖃᓪᓗᓈᑎᑐᑦ ᐊᐱᕆᓂᐊᖅᐱᑦ?",
    "iu-Latn": "Qallunaatitut uqalimaarunnaniqsaujunga. Qallunaatitut apiriniaqpit?",
    # Faroese
    "fo": "Eg lesi enskt best. Kanst tú spyrja á enskum?",
    # Kabyle
    "kab": "Teglizit i fehmeɣ akk ugar. Tzemreḍ ad d-tesseqsiḍ s teglizit?",
    # Tashelhit
    "shi": "Tanglizt ad ssngh ugar. Is tzdart ad yi tssqsat s tanglizt?",
    # Setswana
    "tn": "Ke bala Sekgoa botoka. A o ka botsa ka Sekgoa?",
    # Sesotho
    "st": "Ke bala Senyesemane hantle ka ho fetisisa. Na u ka botsa ka Senyesemane?",
    # Changana (Xichangana)
    "ts": "Ndzi hlaya Xinghezi kahle ngopfu. Xana u nga vutisa xivutiso xa wena hi Xinghezi?",
    # Belarusian
    "be": "Я лепш за ўсё разумею англійскую. Можаце спытаць па-англійску?",
    # Tajik
    "tg": "Ман забони англисиро беҳтар мефаҳмам. Метавонед бо англисӣ пурсед?",
    # Turkmen
    "tk": "Men iňlis dilini has gowy okaýaryn. Iňlisçe sorap bilersiňizmi?",
    # Dzongkha
    "dz": "ང་གིས་ ཨིང་ལིཤ་ཁ་ ལེགས་ཤོམ་སྦེ་ ཧ་གོཝ་ཨིན། ཨིང་ལིཤ་ཁ་ལས་ འདྲི་གནང་།",
    # Tatar
    "tt": "Мин инглиз телен яхшырак аңлыйм. Инглизчә сорый аласызмы?",
    # Sakha
    "sah": "Мин английскай тылы ордук үчүгэйдик өйдүүбүн. Английскайдыы ыйытыаххын сөп дуо?",
    # Kyrgyz
    # Tigrinya
    "ti": "ኣነ ብእንግሊዝኛ እየ ዝበለጸ ዘንብብ። ብእንግሊዝኛ ክትሓትት ትኽእል ዶ?",
    "am": "ለጊዜው እንግሊዝኛ ብቻ ነው ማንበብ የምችለው። ጥያቄህን በእንግሊዝኛ መጠየቅ ትችላለህ?",
    # Amharic and Tigrinya in Latin letters
    "am-Latn": (
        "Legizew English bicha new manbeb yemichilew. Teyakehin be English meteyek tichilaleh?"
    ),
    "ti-Latn": "Ane b'English eye zbelese zanbib. B'English ktHatet tikel do?",
    "ky": "Мен англисче эң жакшы түшүнөм. Англисче сурай аласызбы?",
    # Norwegian
    "no": "Jeg leser engelsk best. Kan du spørre på engelsk?",
    # Lingala
    "ln": "Nazali kotanga lingelesi malamu koleka. Okoki kotuna ngai na lingelesi?",
    # Slovene
    "sl": "Angleščino razumem najbolje. Lahko vprašaš v angleščini?",
    "sm": "E sili ona ou malamalama i le gagana Igilisi. E mafai ona e fesili mai i le Igilisi?",
    # Tuvaluan
    "tvl": "Au e iloa lelei eiloa te gana Igilisi. E mafai o fesili mai koe i te gana Igilisi?",
    "ka": "ჯერჯერობით ინგლისური ყველაზე კარგად მესმის. შეგიძლია ინგლისურად მკითხო?",
    "hu": "Angolul értek a legjobban. Meg tudnád kérdezni angolul?",
    "lt": "Geriausiai suprantu anglų kalbą. Ar galėtum paklausti angliškai?",
    "tw": "Mete Borɔfo ase yie sene biara. Wobɛtumi abisa wo asɛm no wɔ Borɔfo mu?",
    # Bulgarian: in Latin chat letters, as the student wrote
    "bg-Latn": "Nai-dobre razbiram angliiski. Mozhesh li da me pitash na angliiski?",
    "ny": "Ndimamvetsa bwino Chingerezi kuposa zilankhulo zina. Kodi mungafunse mu Chingerezi?",
    # Bemba
    "bem": "Icisungu e co ndeshiba bwino. Kuti mwanjipusha mu Cisungu?",
    "mg": (
        "Ny teny anglisy no tena azoko tsara. "
        "Afaka mametraka ny fanontanianao amin'ny teny anglisy ve ianao?"
    ),
}

# "I read English best; here is the part of the guide that seems to match, in English:", for
# a message in another language that was answered all the same: not a request to ask again.
FOUND_IN_ENGLISH = {
    "es": "Leo mejor en inglés; esta es la parte de la guía que parece responderte, en inglés:",
    "pt": "Leio melhor em inglês; esta é a parte do guia que parece responder, em inglês:",
    "ru": "Лучше всего я понимаю английский; вот часть руководства, которая, похоже, "
    "отвечает на вопрос, на английском:",
    "uk": "Найкраще я розумію англійську; ось частина посібника, яка, схоже, відповідає, "
    "англійською:",
    "fr": "Je lis mieux l'anglais ; voici la partie du guide qui semble répondre, en anglais :",
    "de": "Am besten verstehe ich Englisch; hier ist der Teil des Leitfadens, der passen "
    "dürfte, auf Englisch:",
    "it": "Leggo meglio l'inglese; ecco la parte della guida che sembra rispondere, in inglese:",
    "nl": "Ik lees het best Engels; dit is het deel van de gids dat lijkt te passen, in het "
    "Engels:",
    "pl": "Najlepiej czytam po angielsku; oto fragment poradnika, który chyba odpowiada, "
    "po angielsku:",
    "tr": "En iyi İngilizce okuyorum; rehberin uygun görünen kısmı İngilizce olarak burada:",
    "id": "Saya paling paham bahasa Inggris; ini bagian panduan yang sepertinya cocok, dalam "
    "bahasa Inggris:",
    "ms": "Saya paling faham bahasa Inggeris; ini bahagian panduan yang nampaknya sesuai, "
    "dalam bahasa Inggeris:",
    "vi": "Mình đọc tiếng Anh tốt nhất; đây là phần hướng dẫn có vẻ phù hợp, bằng tiếng Anh:",
    "ja": "英語がいちばんよく読めます。合いそうなガイドの部分を英語でお見せします：",
    "ko": "영어를 가장 잘 읽어요. 맞는 것 같은 가이드 부분을 영어로 보여 드릴게요:",
    "zh": "我最擅长读英文。以下是指南中似乎相关的部分（英文）：",
    "zh-Hant": "我最擅長讀英文。以下是指南中似乎相關的部分（英文）：",
    "hi": "मैं अंग्रेज़ी सबसे अच्छी पढ़ता हूँ; गाइड का जो हिस्सा मेल खाता लगता है, वह अंग्रेज़ी में यह है:",
    "mr": "मला इंग्रजी सर्वात चांगलं वाचता येतं; मार्गदर्शकाचा जुळणारा भाग इंग्रजीत हा आहे:",
    "ne-Deva": "म अंग्रेजी सबैभन्दा राम्रो पढ्छु; गाइडको मिल्दो भाग अंग्रेजीमा यहाँ छ:",
    "ka": "ინგლისური ყველაზე კარგად მესმის; აი სახელმძღვანელოს ნაწილი, რომელიც, როგორც ჩანს, "
    "გპასუხობს, ინგლისურად:",
    "ar": "أقرأ الإنجليزية بشكل أفضل؛ هذا هو الجزء من الدليل الذي يبدو أنه يجيب، بالإنجليزية:",
    "fa": "انگلیسی را بهتر از همه می‌خوانم؛ این بخشی از راهنماست که به نظر می‌رسد پاسخ باشد، "
    "به انگلیسی:",
    "ur": "میں انگریزی سب سے اچھی پڑھتا ہوں؛ گائیڈ کا جو حصہ جواب لگتا ہے، وہ انگریزی میں یہ ہے:",
    "sd": "مان انگريزي سڀ کان بهتر پڙهان ٿو؛ گائيڊ جو جيڪو حصو جواب لڳي ٿو، اهو انگريزي ۾ هي آهي:",
    "ckb": "ئینگلیزی لە هەموو زمانێک باشتر دەخوێنمەوە؛ ئەمە ئەو بەشەی ڕێبەرەکەیە کە وا دیارە "
    "وەڵامی پرسیارەکەتە، بە ئینگلیزی:",
    "bn": "আমি ইংরেজি সবচেয়ে ভালো পড়ি; গাইডের যে অংশটা মিলছে বলে মনে হচ্ছে, ইংরেজিতে এই যে:",
    "as": "মই ইংৰাজী আটাইতকৈ ভালকৈ পঢ়ো; গাইডৰ যিটো অংশ মিল খোৱা যেন লাগিছে, ইংৰাজীত এয়া:",
    "ta": "எனக்கு ஆங்கிலம்தான் நன்றாகப் படிக்க வரும்; பொருந்துவதாகத் தெரியும் வழிகாட்டியின் பகுதி, ஆங்கிலத்தில்:",
    "te": "నేను ఇంగ్లీష్ బాగా చదవగలను; సరిపోయేలా ఉన్న గైడ్ భాగం ఇంగ్లీష్‌లో ఇదిగో:",
    "pa": "ਮੈਂ ਅੰਗਰੇਜ਼ੀ ਸਭ ਤੋਂ ਵਧੀਆ ਪੜ੍ਹਦਾ ਹਾਂ; ਗਾਈਡ ਦਾ ਜੋ ਹਿੱਸਾ ਮੇਲ ਖਾਂਦਾ ਲੱਗਦਾ ਹੈ, ਉਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਇਹ ਹੈ:",
    "am": "እንግሊዝኛ በተሻለ አነባለሁ፤ የሚመሳሰል የሚመስለው የመመሪያው ክፍል በእንግሊዝኛ ይኸው:",
}

READS_ENGLISH = "I can only read English for now, so I couldn't understand your message."
READS_ENGLISH_BEST = "I read English best."
ASK_IN_ENGLISH = "Please ask me in English, e.g. <i>Do I need a PhD?</i> Or pick a topic:"
FOUND_ANYWAY = "Here is the part of the guide that seems to match, in English:"
FOUND_SEVERAL_ANYWAY = "Here are the parts of the guide that seem to match, in English:"

# Characters written only in traditional Chinese (Taiwan, Hong Kong): a student who writes
# them reads the note in traditional characters. The glossary reads both scripts as "zh".
_TRADITIONAL_ONLY = frozenset("們個學習實麼這裡嗎對為從會說還沒與體應該過問題經驗職業課電腦資機試")


def in_their_words(table: dict[str, str], code: str, text: str) -> str | None:
    """The table's line for the student's language, in the script they wrote it in."""
    if code == "zh" and not _TRADITIONAL_ONLY.isdisjoint(text):
        return table.get("zh-Hant")
    return table.get(code)
