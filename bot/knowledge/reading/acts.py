"""Dialogue acts a message after an answer may be, told by its words.

- a request for more: "tell me more", "aur?", "anything else", "other contests?";
- a pick of an offered passage: "the second one", "open the first";
- a doubt about the last answer: "are you sure?", "source?", "really? even research labs?";
- and the cues of a message that leans on the last one ("and for undergrads?", "is that
  true?") or changes the subject ("btw, …").

These are cues, not verdicts: bot/knowledge/deciding/followup.py weighs them with what the
searches found. Only a pick is decided here, because it names a button and nothing else.
The lists are whole classes of words rather than phrases one by one, so that "can u
elaborate a bit", "example pls" and "wat else bro" need no entry of their own.
"""

from __future__ import annotations

import difflib
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.knowledge.reading.splitting import asks
from bot.knowledge.search.text import content_words, phrase_pattern, word_list, words

# A request for more is a short message made only of these words and filler, with at
# least one of these. (Papiamentu: "splika", "eksplika" explain, "ehempel" example; as
# filler "kiko" what, "bisa" tell, "duna" give, "tin" is there, "algu" something, "ainda"
# still; as pick filler "e di" the one of, "esaki" this one, "habri" open, "mustra" show.)
_MORE = word_list(
    """
    # Arabizi "more" ("zyada", "kaman", "aktar"), "explain" ("wad7", "ishra7"), "example(s)"
    # ("masal", "mithal", "amthila"): "zyada?", "kaman shwaya", "wad7 aktar"
    zyada ziada zeyada ziyada kamaan kamen aktar aktr akthar wad7 wadda7 ishra7 eshra7
    eshrah ishrah masal mathal mithal amthila amsila shwaya shwaye
    # Gilbertese "riki" (more, also, else: "tera riki ae kakawaki", what else matters; "iai
    # riki te tips?", any more tips?)
    riki
    # Konkani in Latin letters "aniki", "anik" (more, else: "aniki?", "aniki kitem?", what
    # else?; "kaim aniki?", anything more?)
    aniki anik
    # Comorian (Shingazidja) "tsena" (more, again: "ngapvo tsena?", which others?)
    tsena
    # Wolof "something else", "other ones" ("am na leneen?", is there anything else?): a
    # Pular glossary word ("fii") no longer leaves it to the unread question's "more"
    leneen yeneen
    # Sango "more" ("mingi", much, after "tell me"), "some other" ("mbeni … nga"), "other
    # than" ("ahon"), "different" ("nde")
    mingi mîngi mbeni mbênî ahon ahön
    # Chamorro "mås" (more), "otru", "palu" (other, some), "sangåni" (tell), "esplika"
    # (explain), "ehemplo(s)" (example(s))
    mås otru palu sangåni sangani esplika eksplika ehemplo ehemplos
    # Tahitian "fa'ahou" (again, more), "hau atu" (more)
    fa'ahou faahou hau
    # French "encore" (more, again), "autre(s)", "d'autres" (other(s)): "et encore?", "y en a
    # d'autres?", read as they are written when too short to be told French
    encore autres d'autres
    # Kirundi "another (thing)", "others", "another (way)", "explain (to me)", "example(s)"
    ikindi ubundi ibindi munsigurire nsigurira sigura akarorero uturorero
    # Mauritian Creole "more" ("plis", "ankor"), "others" ("lezot"), "details", "explain",
    # "example(s)", "go on"
    plis ankor lezot detay detaye explik explike explikasion egzanp ekzanp egzamp kontinie
    # romanized Dzongkha "more, in detail", "tell (me)"
    hengkhe hengke hengkey hengkhey
    # Tetum "more", "other", "details", "explain", "example(s)", "go on", "tell (me)"
    tan seluk detalle detallu esplika esplika-tan ezemplu ezemplu-sira kontinua konta-tan
    ຕື່ມ ອີກ ຕື່ມອີກ ຕົວຢ່າງ ອະທິບາຍ ບອກຕື່ມ
    gehiago kontatu adibide adibideak adibidea azaldu zehatzago konkretuagoa aukera aukerak
    more elaborate elaborating expand continue deeper further detail details detailed
    example examples eg e.g else next explain clarify why how so and then mean meaning
    tell keep going go carry on such like other others another alternative alternatives
    besides apart exactly specific specifically specifics concrete concretely kind kinds
    sort sorts type types instead rest moar ones break breakdown additional extra
    options ways aur phir fir batao bataiye bata tapos pa iba más mas otro otra otros
    sigue sige continua continue aro kaman tany tanya vera więcej wiecej jeszcze dalej inne rozwiń
    rozwin rozwinąć rozwinac przykład przyklad przykłady przyklady szczegóły szczegoly
    hor ekirala ankò anko өөр seguí segui ajun nout
    # Hawaii Pidgin "mo" (more): "get mo?", "mo tips?"
    mo
    # Tok Pisin "narapela" (other, another), "moa" (more), "bihain" (after), "eksplenim"
    # (explain): "na bihain long dispela?"
    narapela narpela moa bihain tokaut eksplenim
    # Bislama "narafala", "nara" (other), "moa" (more), "talem" (tell), "eksplenem" (explain),
    # "eksampol" (example)
    narafala nara talem eksplenem eksampol
    lisää lisaa muuta yana ibindi byinshi
    # Finnish "muita" (other ones: "muita vinkkejä?", other tips?): since the Changana
    # glossary reads Portuguese "muita" (much), it no longer leaves the question unread, and
    # the unread question's "more" with it
    muita
    # Portuguese "e agora?", "e depois?" (and now? and then?)
    agora depois
    # Portuguese "more", "other(s)", "tips", "example(s)", "details", "options"; French
    # "other", "example(s)", "details" ("mais?", "tem outras dicas?", "autre chose?")
    mais outro outros outras dicas exemplo exemplos detalhes opções opcoes alternativas
    autre exemples détails
    mehr noch sonst weiter weitere weiteres andere anderen anderes genauer ausführlicher
    ausfuehrlicher beispiel beispiele erzähl erzaehl erzähle erzaehle erklär erklaer erkläre
    erklaere
    jos još daha innu ozo
    # Setswana "more", "also/again", "other(s)", "tell me", "explain", "example(s)"
    gape dingwe nngwe mpolelele mpolelela tlhalosa tlhalose sekai dikai
    # Sesotho "also/again", "tell me", "explain (to me)", "example(s)"
    hape mpolelle hlalosa hlalose nhlalosetse mohlala mehlala
    # Belarusian "more", "else/still", "other", "in (more) detail", "tell", "explain",
    # "example(s)", "further", with and without ў
    больш болей яшчэ іншыя іншае іншых падрабязней падрабязна распавядзі распавядзіце
    раскажы раскажыце растлумач растлумачце прыклад прыклады далей
    # Tajik "more/again", "other", "more", "in detail", "example(s)", "explain", "tell",
    # "go on", with and without its letters
    боз дигар бештар зиёдтар муфассал муфассалтар батафсил мисол мисолҳо мисолхо фаҳмонед
    фахмонед гӯед гуед гӯй гуй нақл накл идома
    # Tigrinya "more", "other(s)", "in detail", "tell me", "explain to me"
    ዝያዳ ተወሳኺ ካልእ ካልኦት ብዝርዝር ንገረኒ ክትነግረኒ ግለጸለይ ክትገልጸለይ
    # Tigrinya in Latin letters "more", "other(s)", "in detail", "tell me", "explain to me"
    zyada ziyada tewesaki kalot bzirzir nigereni ngereni ktnegereni gletseley glitseley
    # Amharic in Latin letters "more", "other(s)", "in detail", "tell me", "explain to me",
    # "go on"
    techemari tchemari techamari leloch lelochim bezirzir ngeregn ngerign negeregn nigerign
    asredagn asredegn abrarlign kitel kitey
    # Amharic "more", "other(s)", "in detail", "tell me", "explain to me", "go on"
    ተጨማሪ ሌላ ሌሎች ሌሎችም በዝርዝር ንገረኝ ንገሪኝ ንገሩኝ አስረዳኝ አስረጂኝ አብራራልኝ ቀጥል ቀጥይ
    # Sakha, with and without ҕ ҥ ө һ ү: "уонна" (and?: go on), "өссө" (more, still),
    # "атын" (other), "кэпсээ" (tell), "салгыы" (go on), "сиһилии" (in detail),
    # "холобур(дар)" (example(s))
    уонна өссө оссо атын кэпсээ кэпсээн кэпсэ салгыы сиһилии сихилии холобур холобурдар
    # Tatar "more/again", "other", "in more detail", "example(s)", "explain", "go on"
    тагын бүтән тулырак җентекләбрәк тулырагын мисал мисаллар аңлат аңлатыгыз дәвам
    # Kyrgyz "more", "other", "tell (me)", "in more detail", "example(s)", "explain", "go on"
    дагы башка айтчы айтып толугураак кененирээк толук мисал мисалдар түшүндүр түшүндүрчү
    улант
    # Lingala "again, more", "other", "example(s)", "tell (me)", "show (me)", "explain"
    lisusu mosusu misusu basusu ndakisa bandakisa yebisa lakisa limbola
    # Catalan "more", "other(s)", "explain (to me)", "example(s)", "go on" ("detalls",
    # details, is a filler: misspelt, Turkish "detaylı" would come out as it)
    més altres altra altre explica explica'm explicam exemple exemples segueix
    # Luxembourgish "more", "other", "else", "tell (me)", "explain", "example(s)", "tips"
    méi mei aner anert anerer soss erziel erzielen erklär erklaer erkläer beispill beispiller
    # Sranan Tongo "more", "tell (me)", "explain", "other(s)", "still", "again", "example";
    # Dutch "more", "further", "other", "explain", "example(s)"
    moro taki tra trawan fruteri eksempre ekzempel
    meer verder andere uitleggen voorbeeld voorbeelden
    # siSwati "more" ("kabanti"), "something else", "tell (me)", "explain (to me)",
    # "example(s)"
    kabanti lokunye ngitjele ungitjele tjela ngichazele ungichazele sibonelo tibonelo
    # isiXhosa "more", "other(s)", "something else", "tell me", "continue", "explain (to
    # me)", "example(s)", "give me", "details"
    ngakumbi ezingakumbi okunye ezinye ndixelele undixelele ukundixelela qhubeka
    ndichazele undichazele umzekelo imizekelo ndinike iinkcukacha
    # Inuktitut, in syllabics and roman letters: "ᐊᓯᖏᓐᓂᒃ", "ᐊᓯᖏᑦ" (other ones, others),
    # "ᐊᓯᐊᓂᒃ" (another), "ᐅᖃᕆᑦ" (tell), "ᓱᓕ" (still, more)
    ᐊᓯᖏᓐᓂᒃ ᐊᓯᖏᑦ ᐊᓯᐃᑦ ᐊᓯᐊᓂᒃ ᐅᖃᕆᑦ ᓱᓕ asinginnik asingit asiit asianik uqarit
    # Yoruba, with and without its marks: "òmíràn" (another), "mìíràn" (other), "sí i" (more:
    # "ṣàlàyé sí i", explain more), "àlàyé" (explanation), "àpẹẹrẹ" (example)
    òmíràn omiran míràn mìíràn miran miiran àlàyé alaye ṣàlàyé salaye àpẹẹrẹ apeere
    # Ewe, with and without ɖ ɔ: "bubu(wo)" (other(s)), "gblɔ" (tell), "edzi" (on: "yi edzi",
    # go on; "ɖe edzi", add more), "kpɔɖeŋu(wo)" (example(s)), "tsɔ kpee" (add to it)
    bubu bubuwo gblɔ gblo gblɔe gbloe edzi kpɔɖeŋu kpodenu kpɔɖeŋuwo kpodenuwo kpee
    # Javanese "liyane", "liyan", "liyo" (other(s): "liyane mas?"), "maneh", "meneh", "malih"
    # (more, again: "ana maneh?")
    liyane liyan liyo maneh meneh malih
    # Sundanese "deui" (more, again: "aya deui?"), "sejen", "sejenna" (other(s)), "lengkep(na)",
    # "jentre" (in detail), "jelaskeun", "terangkeun" (explain), "terus", "teras", "tuluy" (and
    # then?: go on)
    deui sejen sejenna lengkep lengkepna jentre jentrekeun jelaskeun terangkeun terus teras tuluy
    # Ilocano "sabali" (other), "dadduma" (others), "ilawlawagmo", "ipalawagmo" (explain):
    # "sabali pay?", "dadduma pay nga ways?"
    sabali dadduma ilawlawagmo ipalawagmo
    # Khmer in Latin letters "teat" (more, again: "mouy teat", one more), "bontaem" (add)
    teat bontaem bonthaem
    # Punjabi in Latin letters "tell (me)" ("hor dasso", tell more), "in detail", "explain"
    dasso dass daso dasiyo dasseyo vistar vistaar samjhao
    # Aymara "more" ("juk'ampi"), "other(s)", "tell me", "explain (to me)", "example"
    juk'ampi jukampi juk'amp jukamp yaqha yaqhanaka yatiyita yatiyapita qhanañcht'ita
    qhananchtita qhanañchtita uñacht'awi unachtawi
    # Pular, with and without ɓ ɗ: "goɗɗi" (others), "ɓeydu" (add), "firo" (explain)
    goɗɗi goddi godɗi ɓeydu beydu ɓeydan beydan firo firtu
    # Danish "more", "other(s)", "example(s)", "explain", "tell (me)", "elaborate"
    flere andre eksempel eksempler uddyb fortæl fortael
    # Greenlandic "other(s)" ("allanik", "allamik"), "more" ("suli"), "example(s)"
    # ("assersuut", "assersuutit"), "in more detail" ("annertunerusumik")
    allanik allamik assersuut assersuutit annertunerusumik
    # Faroese "more", "other(s)", "example(s)", "explain" ("greið frá"), "tell (me)" (not
    # "halt", of "halt fram", go on: German and English "halt")
    meiri aðrir adrir aðrar onnur dømi domi dømir greið greid sig sigðu sigdu víðari
    vidari
    # Cape Verdean Creole "more", "other(s)", "tell (me)", "explain", "example(s)", "tips"
    otus splika splika-m fla-m izenplu izenplus exenplu dikas
    # Changana "other things", "another", "add", "explain", "tell (me)"
    swin'wana swinwana xin'wana xinwana engetela hlamusela byela byele
    # Icelandic "more", "in more detail", "other", "example(s)", "explain", "tell", "go on"
    meira fleiri fleira nánar nanar ítarlegar itarlegar aðrar adrar aðra adra önnur onnur
    annað annad dæmi daemi útskýrðu utskyrdu útskýra utskyra segðu segdu haltu áfram afram
    # Samoan "explain (more)", "add", "others", "some more"
    faamatala fa'amatala faaopoopo fa'aopoopo isi nisi
    # Tongan "explain (more)", "again", "more", "other", "example(s)", "go on"
    fakamatala fakamatalaʻi fakamatala'i fakamatalai toe sipinga fakatātā fakatata
    hokohoko
    # Turkmen "more", "again", "other", "tell (me)", "explain", "example(s)", "go on", "in
    # detail", with and without its letters
    ýene yene ýene-de yene-de başga basga aýt ayt aýtsana aytsana aýdyň aydyn düşündir
    dusundir düşündiriň dusundirin mysal mysallar dowam giňişleýin ginisleyin jikme jik
    köp köpräk
    # Kabyle "more", "other", "go on", "tell (me)", "explain", "example(s)"
    ugar nniḍen nnidhen nniden kemmel kemmel-d ini ini-yi-d ini-d ssefhem sefhem amedya
    imedyaten
    više vise detaljnije detaljno opširnije opsirnije nastavi primjer primjera primere
    primjere objasni pojasni
    # Latvian "more", "in more detail", "go on", "example(s)", "explain", "next"
    vairāk vairak sīkāk sikak detalizētāk detalizetak plašāk plasak turpini piemēru piemeru
    piemērus piemerus piemēri piemeri piemērs piemers paskaidro izskaidro tālāk talak
    # Slovak "more", "next", "in more detail", "details", "example(s)", "explain", "tell",
    # "go on", "other"
    viac ďalej ďalšie dalsie ďalší dalsi podrobnejšie podrobnejsie detailnejšie
    detailnejsie detaily príklad priklad príklady priklady vysvetli povedz pokračuj pokracuj
    iné ine
    # Slovene "more", "in more detail", "explain", "examples", "go on"
    več podrobneje podrobno natančneje natancneje razloži razlozi primeri nadaljuj
    # Estonian "more", "in more detail", "besides", "examples", "go on", "explain"
    veel rohkem täpsemalt tapsemalt lisaks näiteid naiteid näide naide edasi jätka jatka
    selgita
    splika eksplika ehempel ehèmpel ehempelnan
    # Maltese "more", "others", "another", "explain (to me)", "example(s)", "go on"
    izjed iżjed aktar iktar ohrajn oħrajn ohra oħra iehor ieħor spjega spjegali spjegahuli
    ezempju eżempju ezempji eżempji kompli
    mer fler flera mera fortsätt fortsatt förklara forklara exempel detaljer utveckla djupare
    alternativ
    nor
    kidev meti detalurad vrclad amixseni amixsenit magaliti magalitebi sxva gzebi gzebia
    még meg tovább tovabb bővebben bovebben részletesebben reszletesebben folytasd egyéb
    egyeb példa pelda példát peldat példákat peldakat magyarázd magyarazd mást
    foforo kyere kyerɛ
    zaidi nyingine kingine mengine vingine mwingine lingine jingine eleza unieleze nieleze
    fafanua ufafanue nifafanulie endelea mfano mifano
    daugiau dar plačiau placiau detaliau išsamiau issamiau tęsk tesk toliau pavyzdys
    pavyzdį pavyzdi pavyzdžių pavyzdziu pavyzdžiai pavyzdziai paaiškink paaiskink
    išskyrus isskyrus kitų kitu kitokių kitokiu kiti kitus variantų variantu
    oshte o6te owte o6t oste poveche pove4e podrobno podrobnosti podrobnichko
    podrobni4ko primer primeri primerite obqsni obiasni obyasni razkaji razkazhi razkaji6
    drugi drugo druga na4ini nachini varianti opcii
    zambiri zina zinanso chinanso zowonjezera chowonjezera fotokozani ndifotokozereni
    mwatsatanetsatane chitsanzo zitsanzo
    bebe fanampiny hazavao hazavaiko tohizo hafa
    dabalataa dabalataan ammas caalaatti bal'inaan balinaan fakkeenya fakkeenyota ibsi
    ibsuu tarreessi biraa biroo
    zêdetir zedetir zêde zede hîn hêj din mînak minak mînakek minakek nimûne nimune
    berdewam bidomîne bidomine rave raveke
    eli urish urishner sharunaki sharunak manramasn manramasner orinak orinakner
    chanaparh chanaparhner tarberak tarberakner resursner
    # Afrikaans "more", "explain", "example(s)", "details", "go on"
    meer verduidelik voorbeeld voorbeelde besonderhede gaan aan
    # Spanish "tell me (us)", "explain (to me)", "(more) options", "examples"; Quechua
    # "astawan" (more)
    cuéntame cuentame cuéntanos cuentanos explícame explicame opciones alternativas ejemplos
    astawan
    """
)
_FILLER = word_list(
    """
    # Konkani "any", "what", "tell (me)", "is there", "are there", its particles ("re",
    # "baba", "mure") and "please" ("upkar korun")
    kaim kitem sang sangat asa asat re baba mure upkar korun
    # Finnish "tips", "ways", "examples", "ideas", "means", "advice" ("muita vinkkejä?")
    vinkkejä vinkkeja tapoja esimerkkejä esimerkkeja ideoita keinoja neuvoja
    # Gilbertese "what", "is there", "some", "one", "way", "and", "for me", "please", "tell
    # me", "give me"
    tera iai tabeua teuana kawai ao ibukiu taiaoka tuangai angai
    # Comorian "which", "tell me", "thing", "way", "advice", "that (one)", "you", "one"
    # ("wawe ngwambia moja tu", you told me only one)
    ngapvo ngapvi nambiye niambiye ngwambia trongo ndzia nasaha yaho zaho wawe moja
    # Chamorro "me", "is there", "what", "the (plural)", "please", "that", "to me", the
    # yes-no particle "kao", and "ha'" (just)
    yu yu'os kao guaha guåha håfa hafa siha fan ayu ha
    # Portuguese "is there", "some", "thing(s)", "tell", "say", "about", "that", "and",
    # "what", "something"; French "there", "of it", "what", "thing(s)", "say", "give me",
    # "some", "about", "that"; "advice", "ideas"
    tem há algum alguma algumas coisa coisas fala conta conte diz diga sobre isso disso nisso
    e o os que do da algo me quoi chose choses dis donne-moi donne moi des sur ça ca y en
    conselhos ideias conseils idées idees
    # Wolof "tell", "anything", the yes-no question word ("am na", there is: `asks_for_more`)
    wax dara ndax
    # Sango "tell (me)", "show", "what", "which", "thing", "also", "is there", "say"
    fa tene nyen nyën ye nga ngâ yeke ayeke mbi wa
    # Kirundi "is there", "about", "and", "on", "please", "very", "that", "itself", "tell me",
    # "way(s)", "things", "many", the yes-no question word, "and"
    hari bijanye kijanye ijanye vyerekeye na ku kuri ndabasavye cane ivyo nyene mumbwire
    uburyo buryo ibintu ikintu vyinshi mbega kandi
    # Mauritian Creole "is there", "a", "or", "something", "for", "this", "about", "me",
    # "tell", "give", "ways", "resources", "solutions", "advice", "ideas", "like this",
    # "thing(s)", "all", "what", "the" (plural), "a bit", "brother", "then"
    ena enn ou kiksoz pou sa lor mwa dir donn fason resours solision konsey lide koumsa
    zafer tou ki bann inpe frer alor lerla stp svp liv
    # romanized Dzongkha "please (honorific)", "la" (polite); its "lap" (tell) only fills a
    # request for more (_MORE_FILLER): beside "top" it is a laptop ("lap top le lu kya?")
    nang la lah
    # Tetum "is there", "some", "thing", "what", "ways", "options", "resources", "advice",
    # "about", "please", "me", "can", "give", "only"
    iha ka buat ruma saida dalan opsaun rekursu konsellu kona-ba konaba favor favór halo
    ha'u hau mai bele fó fo de'it deit ida sira ne'e
    beste batzuk bat mesedez buruz emadazu esadazu zerbait eta edo
    # Afrikaans "tell", "give me", "please", "something", "any", "about", "the", "a"
    vertel gee asb asseblief iets enige oor die n jy nog bietjie bru boet
    # Sorani Kurdish "thanks", "please", "ok", "very"
    سوپاس تکایە تکایه باشە زۆر
    ok okay k cool nice great interesting thanks thank thx ty wow hmm hm mhm yes yeah
    yep sure right please pls plz can could would will you u me us i a an the bit little
    some any about on that this it its those these what do does did give gimme show say
    bring share dig into in of to for with something things thing stuff info information
    point points tips advice should shd know need is are there here lol haha again bro
    dude sir maam cn cud wud ur pl wat wot wht abt tho though full list got it works
    work from than be as whats s ppl which few couple down step steps by or is that all
    anything kuch koi hai bhi yaar bhai po naman ano sa mga ba na abeg wetin dey una oya
    que qué algo más y o sea pues bueno ki kichu ar w eh ana 7aga fe enna irukku
    # Spanish "is there", "that", "about", "tell me"; Quechua "tell me", "please"
    hay eso sobre dime willaway ari
    appreciate kindly co coś cos możesz mozesz proszę prosze powiedz napisz daj
    idea ideas suggestion suggestions recommendation recommendations mind sharing
    ta khu par sayar him
    und was gibt gibts gibt's bitte mir dazu darüber drüber etwas mal kannst paar ideen
    tipps sag gib zeig
    ima li nesto nešto neki reci ne var bele helri heli swalpa gwa m biko
    azafady tompoko ahy kokoa misy ve koa mbola ilay momba ny izany lazao lazaina azonao
    zavatra ireo
    # Turkmen "what", "is there", "thing(s)", "way(s)", "advice", "me", "give", "about it",
    # "please", "also", "more" ("has köp"), "then"
    näme name bar barmy zat zatlar ýol yol ýollar yollar maslahat maslahatlar maňa mana
    ber beriň berin barada hakda hem kop has haýyş hayys onda hawa bolýar bolyar maglumat
    getir getiriň getirin
    # Kabyle "what", "some", "thing", "about", "please", "me", "and", "brother"
    d acu kra ayen ɣef ghef ttxil ttxil-k ttxil-m yi w yerna ihi gma tiḥila tihila
    tiwsatin tawsa abrid iberdan tibridin
    daj mi malo ajde hajde molim te o tome tom
    # Slovak "and what", "still", "something", "some", "please", "tips", "options", "ways",
    # "for the preparation", "about it"
    čo co ešte este niečo nieco nejaké nejake nejaký nejaky prosím prosim tipy tip
    možnosti moznosti spôsoby sposoby na prípravu pripravu o tom
    # Setswana "is there", "something", "about", "ways", "which", "then", "please", "me"
    go na le sengwe se ka tsela ditsela dife efe tse ke kopa nna ya tsa di mo ne
    # Sesotho "something", "ways", "which", "then", "now", "your"
    hong litsela mekhoa feng ebe joale jwale hao
    # Belarusian "what", "is there", "something", "some", "options", "ways", "advice",
    # "me", "give", "please", "about this", "and", "well", "can (one)", "important"
    што ёсць нешта нейкія варыянты варыянтаў шляхі шляхоў спосабы парады мне дай дайце
    калі ласка пра гэта а і ну можна важна важнае
    # Tajik "what", "any", "thing", "is there", "advice", "ways", "please", "me", "give",
    # "have", "bring (an example)", "about this", "also", "ok"
    чӣ чи ягон чизи чиз ҳаст хаст маслиҳат маслихат маслиҳатҳо маслихатхо роҳ рох роҳҳо роххо
    усул лутфан илтимос ба ман диҳед дихед доред оред дар бораи ин ҳам хам кунед хуб як
    вариант вариантҳо вариантхо
    # Tigrinya "is there", "are there", question particles, "please", "way(s)", "can you",
    # "advice", "tip"
    ኣሎ ኣለዉ ዶ ድዩ ድዮም በጃኻ በጃኺ ብኽብረትካ ብኽብረትኪ መንገዲ መገዲ ትኽእል ምኽሪ ሓሳብ
    # Tigrinya in Latin letters "is there", "are there", question particles, "please",
    # "way(s)", "can you", "advice", "idea", "what", "other", "one"
    alo alewu diyu dyu bejaka bejaki bkbretka bkbretki mengedi megedi tikel tikiel mikri
    hasab entay kale kalie hade
    # Amharic in Latin letters "is there", "are there", "what", "thing", "please", "way(s)",
    # "can you", "advice", "idea", "or", "also", "other", "one", "for me"
    alew alu neger negeroch ebakih ebakish abo menged mengedoch tichilaleh mikir
    hasab wey degmo lela ande lene
    # Amharic "is there", "are there", "what", "thing", "please", "way(s)", "can you",
    # "advice", "idea", "or" (a yes-or-no question's close), "also"
    አለ አሉ ምን ነገር እባክህ እባክሽ እባክዎ መንገድ መንገዶች ትችላለህ ትችያለሽ ምክር ሀሳብ ሃሳብ ወይ ደግሞ
    # Sakha "what", "is there", "also", "the question particle", "to me", "give", "say",
    # "which", "need", "advice", "ways"
    туох тугу баар эмиэ дуо миэхэ биэр эт ханнык наада сүбэ сүбэлэр сэбиэт суол суоллар
    # Tatar "what kind", "what", "any", "is there", "ways", "options", "advice", "(to) me",
    # "tell", "please", "and", "ok", "something"
    нинди нәрсә берәр бармы юллар вариантлар киңәш киңәшләр миңа әйт әйтегез әйтегезче
    зинһар ә ярый нәрсәдер
    # Kyrgyz "is there", "what", "what kind", "one", "thing", "options", "ways", "advice",
    # "me", "give", "please"
    бар барбы эмне кандай бир нерсе вариант варианттар жол жолдор ыкма ыкмалар кеңеш кеңештер
    мага бер берчи ок
    # Lingala "me", "things", "thing", "about", "a little", "is there", "please", "ways"
    ngai makambo likambo eloko biloko ntina mwa ezali ba ya pe mpe ndeko nionso nyonso
    nzela banzela
    # Catalan "about", "of", "him", "tell me", "please", "something", "things", "options",
    # "tips", "is there", "details"
    sobre de del dels ell ella digues em m'ho siusplau sisplau plis alguna cosa coses res detalls
    opcions consells idees hi ha tens vale doncs
    # Luxembourgish "still", "something", "tips", "ways", "options", "please", "me", "about"
    nach eppes tipps weeër weeer wee méiglechkeeten meiglechkeeten ressourcen w.e.g wgl weg
    mer iwwert kanns gëtt gett ginn esou egal
    # Sranan Tongo "what", "of", "about that", "to me", "you", "the", "a", "things", "give
    # me", "please", "and", "then", "so", "also"; Dutch "and", "what", "then", "please"
    san fu dati disi gi mi yu a den wan sani sanisani du plis plisi tu en dan so ok wat
    mi e de na nanga dus dan graag alsjeblieft aub
    # siSwati "please", "also", "about that", "things", "other", "what", "just", "me too"
    ngicela futsi ngaloko ngetulu kwaloko loko tintfo letinye yini nje nami mayelana
    # isiXhosa "please", "also", "about it", "things", "other", "what", "just", "is there",
    # "are there", "ideas", "ways", "brother", "and", "or"
    ndicela sicela kananjalo ngayo ngako izinto zinto into ezinye enye yintoni ntoni nje
    ikhona zikhona kukho iindlela indlela mfethu bhuti kwaye okanye uyakwazi
    # Inuktitut "is there", "to me", "please", "about it"
    ᐱᑕᖃᖅᐸ ᐅᕙᓐᓄᑦ ᐅᕙᖓ pitaqaqpa uvannut uvanga
    # Yoruba "is there" ("ṣé", "ǹjẹ́"), "you" (polite), "also", "have", "thing", "any",
    # "is", "tell", "me", "please", "more" ("sí i")
    ṣé ẹ tún tun ní ni ǹjẹ́ nǹkan nkan ohun kankan wà sọ fún mi jọ̀ọ́ jowo sí i
    # Ewe "thing(s)", "some", "about", "for me", "you", "which", "is there", "also", "and",
    # "or", "something", "way(s)", "all", "brother", "very", "in", "tell", "they ask"
    nu nuwo ɖe de ðe le ŋu nam na wò ka li hã kple alo nane mɔ mɔwo mo mowo katã kata fofo
    ŋutɔ nuto eme wo la yoo yi wobiana biana eŋu enu
    # Ilocano "what", "is there", the yes-no "kadi", its particles and linker ("ngay", "met",
    # "nga", "ti"), "tell (me)", "me", and "manong", "manang", "apo" (the mentor): "ania pay
    # ti ibagam kaniak, manong?"
    ania adda kadi ngay met nga ti ibagam kaniak manong manang apo
    # Javanese "not" (of "ana maneh ora?", is there more or not?), "what", "just", "ok",
    # "that", "then" (of "terus?", go on), "is there"
    ora opo wae ae sing terus trus enek onok
    # Sundanese "is there", "not" (of "aya deui teu?", is there more or not?), "what", "just",
    # its particles and "kang", "teh" (the mentor), "the", "also", "please" ("mangga")
    aya teu naon atuh euy nya mah kang akang teh teteh nu oge mangga punten
    # Khmer in Latin letters "is there", "what", "one", "tell (me)", "explain", "(to) me",
    # "give", "please", its particles ("te", "ot", "dae", "hz", "na") and "bong" (the mentor)
    mean mien ey avey mouy muoy prab brab ponyol banyol knhom khnhom knom oy aoy som te ot
    dae hz na bong khlah
    # Punjabi in Latin letters "brother", "some", "is", "with", "thing(s)", "also", "then",
    # "here" (not Hinglish's words: "aur koi tareeka?" reads as it did)
    paaji paji veerji kujh kuj aa naal gallan gal vi fer ethe
    # Aymara "brother", "sister", "that", "this", "a", "for me", "please (a little)", "also",
    # "tell me", "about it"
    jilata kullaka uka ukat aka mä ma nayataki nayaru ukhamaraki sita ukata ukanaka
    # Pular "what", "also", "for", "about", "me", "only", "ways", "things", "please"
    ko honɗun hondun kadi ngam fii lan tan laabi huunde goɗɗum goddum
    # Danish "about", "this", "something", "give me", "please", "tips", "ways"
    om det dette noget giv mig gerne tak råd raad måder maader
    # Greenlandic "there is/are?" ("-qarpa", of "allanik …-qarpa"), "please", "also", "me"
    periarfissaqarpa piumasaqaateqarpa aamma uannut
    # Faroese "about this", "something", "give me", "please", "tips", "ways", "also"
    um hetta tað tad nakað nakad gev mær maer vinarliga takk ráð rad ráðini radini mátar
    matar eisini frá fra
    # Cape Verdean Creole "give me", "some", "thing(s)", "options", "ways", "please", "for me",
    # "about", "that", "brother"
    da-m dam algun kuza kuzas opson opsons manera maneiras pf pfv pa mi sobri di kel mano
    # Changana "tell me", "I want", "please", "more", "about this", "brother"
    ndzi ndza lava kombela ngopfu leswi makwerhu
    # Icelandic "about this", "something", "give me", "please", "tips", "ways"
    um þetta thetta það thad eitthvað eitthvad gefðu gefdu mér mer plís plis takk ráð rad
    leiðir leidir leið leid hugmyndir
    # Slovene "give me", "tell me", "a bit", "about that", "still", "some"
    dej povej mal o tem tistem tistih še se kej kaj kaksna kakšna kaksen kakšen kaksno
    kakšno lahko
    # Samoan "please", "to me", particles
    mai faamolemole fa'amolemole o le a se ia e te ai mea auala lea
    # Tongan "please", "to me", "a bit", "about it", particles
    kataki fakamolemole mai ange ki'i kii 'eni eni me'a ngaahi founga 'oku oku
    mida midagi palun räägi raagi mulle sellest
    # Latvian "tell (me)", "please", "about it", "give", "some", "still", "and what"
    pastāsti pastasti izstāsti izstasti man par to tiem tām lūdzu ludzu iedod dod kādu kadu
    vēl vel un kas labi nu
    kiko kico bisa duna tin algu ainda bo e un ku pa sa por ta
    # Maltese "some", "thing", "tell me", "is there", "so", "on", "about", "please", "ways"
    xi haga ħaġa ghidli għidli hemm mela ejja fuq dwar jekk jogħgbok joghgbok modi toroq
    om det något nagot nåt nat ngt nån nan några nagra du ge mig berätta beratta snälla
    snalla okej lite
    ham shta ji tsa rata owaya owayey wayey okai okey kawalay sham bara
    wah wha meh mih yuh fuh dat dis nah oui
    # Hawaii Pidgin "fo", "da": "mo tips fo da coding?"
    tips fo da
    # Tok Pisin: "wanem narapela rot i stap yet?", "givim mi moa plis", "na bihain dispela?"
    ol i stap yet rot samting sampela wanem tokim givim soim bilong dispela plis em
    mi yu
    # Bislama: "wanem nara opsen i gat?", "talem mi moa plis", "tel mi moa"
    nao gat opsen rod samting talem tel mi yu blong hemia ia soemaot
    ragac ra momeci momce momcem mitxari mitxar ert erti rcheva rchevas rchevebi gtxov
    bodishi ukacravad kidev ar aris tu
    valami valamit vmi van nincs út utak mód lehetőség lehetoseg erről errol erre
    ehhez hozzá hozza mondj írj irj kérek kerek kérlek kerlek légyszi legyszi tudsz tudnál
    tudnal esetleg ezzel kapcsolatban bármi barmi egy kicsit is az
    biribi ka ma wo ho bi nso paa kakra chale
    kuna na nini naomba tafadhali kitu vitu njia kuhusu hiyo hizo hii nipe niambie je tena
    zipi gani ipi sawa kidogo
    naaf natti na himi maaloo kana sana isaa tole ishi hoo jira jiraa jiru maal
    maaltu kamtu waa waan tokko dha kenni kennaa
    kas nors ką ka kažką kazka kažko kazko apie tai tą tas tos gal galėtum galetum galit
    prašau prasau papasakok pasakyk parašyk parasyk duok man kokių kokiu kokie yra šito sito
    šios sios ir o truputį truputi šiek tiek labiau
    ima li ne6to neshto nqkvi nqkakvi niakakvi nqkoi takiva deto dai kaji kazhi mi za tova
    toq tiq oki dobre be de ami abe
    ndiuzeni tandiuzani ndiwuzeni mundiuze pali kodi chonde ma za zomwe
    bêje beje bibêje bibeje bejeme bêjeme ji re li ser heye hene hebin tiştekî tişteki
    tishteki tiştek tishtek çi ci bo kerema xwe hinek gelek bide bidin
    inch inchov ka kases asa asi masin temayov et linum karam hat ape
    """
)
# "mmh", "hmmm", "ummm", "uhh": a sound, spelled as long as the student likes.
_INTERJECTION = re.compile(r"(?:h*m+h*|u+[mh]+|e+r*m+)")
MAX_MORE_WORDS = 12
# "tell me more about the kaggle part", "more on the interviews pls": more, with a subject.
_MORE_ABOUT = re.compile(
    r"^(?:(?:ok|okay|cool|nice|great|and|so|pls|please|can\s+(?:you|u)|could\s+(?:you|u)|"
    r"hmm|interesting)\s+)*(?:tell\s+(?:me|us)\s+|say\s+|explain\s+|talk\s+)?(?:a\s+(?:bit|little)"
    r"\s+|some\s+)?more\s+(?:pay\s+)?(?:about|on|regarding|abt|bout|of)\b|"
    # "any more tips on the coding part", "more details about the first step", and a gloss's
    # "more tell interviews about" (tell me more about the interviews)
    r"^(?:(?:ok|okay|cool|nice|great|and|so|pls|please|hmm)\s+)*(?:any\s+|some\s+)?more\s+"
    r"(?:tips|advice|info|information|details?|resources|examples|ideas|help)\s+(?:about|on|regarding|abt|for)\b|"
    r"^(?:(?:ok|okay|and|so|please|pls)\s+)*(?:a\s+(?:bit|little)\s+)?more\s+(?:tell|explain|say)\s+"
    r"(?!(?:me|us|please|pls|give|do|more)\b)\w|"
    # "go on then, expand on the github bit", "can you elaborate on the kaggle part"
    r"^(?:(?:ok|okay|go\s+on|then|so|and|pls|please|alright|right|can\s+(?:you|u)|could\s+(?:you|u))\s+)*"
    r"(?:expand|elaborate)\s+(?:a\s+(?:bit|little)\s+)?(?:more\s+)?(?:on|about)\b|"
    # "anything else about the process", "ok anything else abt classes?", Bajan "anyting
    # else bout papers?": more of a subject the chat is on
    r"^(?:(?:ok|okay|cool|and|so|alright|aright)\s+)*(?:is\s+there\s+)?(?:anything|anyting)\s+"
    r"else\s+(?:about|bout|abt|on)\b|"
    # a letter's request: "I should be glad to hear more concerning these interviews"
    r"^(?:\w+\s+){0,6}(?:glad|happy|grateful|pleased|like|love)\s+to\s+(?:hear|learn|know|read)\s+"
    r"(?:a\s+(?:bit|little)\s+|some(?:thing)?\s+)?more\s+(?:about|on|regarding|concerning|of)\b|"
    # Afrikaans "tell (me) more (about)", "give (me) more (detail, tips)", "explain more"
    r"^(?:(?:ok|en|ja|nee|asb)[\s,]+)*(?:vertel|gee|verduidelik|wys)\s+(?:my\s+|ons\s+)?(?:n\s+bietjie\s+)?"
    r"meer\b|"
    # Punjabi in Latin letters "tell (me) more about X" ("GPU de baare hor dasso")
    r"^(?:(?:ok|acha|achha|te|paaji)\s+)*(?:\w+\s+){1,4}(?:de\s+|di\s+)?(?:baare|bare)\s+(?:ch\s+)?"
    r"(?:hor|thoda\s+hor)\s+(?:dasso|dass|daso|samjhao)\b|"
    # Haryanvi "tell (me) more about X" ("aur bata iske baare me", "aur kuch bata coding ke
    # baare me"), as the whole message; not Hinglish's "batao", "bataiye", read as before
    r"^(?:(?:ok|acha|achha|thik|bhai)\s+)*aur\s+(?:kuch\s+)?bata\s+(?:de\s+)?"
    r"(?:\w+\s+){0,3}?(?:ke\s+)?(?:baare|bare)\s+(?:me|mein|mai)$"
)

# "The second one", "open the first button", "number 2 plz": one word saying which, and
# otherwise only words that point, ask or fill.
_ORDINALS = {
    # Gilbertese "(te) kauoua" (the second); "(te) moan" (the first) after "te" below
    "kauoua": 1,
    # Mauritian Creole "the first", "the second", "the last"
    # (not "prem": Hindi "love", "prem se bata do", tell me kindly)
    "premie": 0, "premye": 0, "dezyem": 1, "dezieme": 1, "dezyemm": 1, "dernie": 1,
    "first": 0, "1st": 0, "1": 0, "#1": 0, "top": 0, "other": 0, "former": 0, "latter": 1,
    "pehla": 0, "pehli": 0,
    # Gujarati "pehlu" (the first), "biju" (the second), "chhellu" (the last)
    "pehlu": 0, "pelu": 0, "pehlo": 0, "biju": 1, "bijo": 1, "biji": 1, "chhellu": 1, "chellu": 1,
    # Sango "(ti) ndângbâ" (the last), with and without its accents
    "ndângbâ": 1, "ndangba": 1,
    # Mooré "a yembre" (the first), "a yiibu" (the second), after "a" (`_ORDINALS_AFTER`)
    "ayembre": 0, "ayiibu": 1,
    # Bambara "(a) fɔlɔ" (the first), "filanan" (the second), with and without ɔ
    "fɔlɔ": 0, "folo": 0, "filanan": 1,
    # Tetum "(ida) dahuluk", "primeiru" (the first), "daruak", "segundu" (the second), "ikus"
    # (the last)
    "dahuluk": 0, "primeiru": 0, "daruak": 1, "segundu": 1, "ikus": 1,
    # Sundanese "(nu) kahiji" (the first), "kadua" (the second), "pamungkas" (the last)
    "kahiji": 0, "kadua": 1, "pamungkas": 1,
    # Minangkabau "(nan) partamo" (the first), "kaduo" (the second), "tarakhir" (the last)
    "partamo": 0, "pertamo": 0, "kaduo": 1, "tarakhir": 1,
    # Quechua "ñawpaq (kaq)" (the first), "iskay (kaq)" (the second), "qhipa (kaq)" (the last)
    "ñawpaq": 0, "iskay": 1, "qhipa": 1,
    # Marathi
    "pahila": 0, "pahili": 0, "pahile": 0,
    # Konkani in Latin letters "poilo", "poilem" (the first), "dusro", "dusrem" (the second),
    # "nimanno", "nimannem" (the last)
    "poilo": 0, "poilem": 0, "poili": 0, "dusro": 1, "dusrem": 1, "nimanno": 1, "nimannem": 1,
    "second": 1, "2nd": 1, "2": 1, "#2": 1, "two": 1, "last": 1, "dusra": 1, "doosra": 1,
    "pangalawa": 1, "segundo": 1, "segunda": 1, "primero": 0, "primera": 0, "una": 0,
    # Arabizi, Urdu, Bangla, Swahili, Tamil, Portuguese, French, Indonesian
    "awel": 0, "awwel": 0, "awal": 0, "dusri": 1, "doosri": 1,
    # Arabizi "(el) tanya" (the second; not "tany", "tani": "fe 7aga tany?", anything else?),
    # "(el) ola" (the first), "(el) a5er" (the last)
    "tanya": 1, "tanye": 1, "ola": 0, "oula": 0, "a5er": 1,
    "akher": 1, "a5era": 1, "akhira": 1, "a5ir": 1, "akhir": 1, "lowel": 0, "lawel": 0,
    "prothom": 0, "ditiyo": 1, "dwitiyo": 1, "kwanza": 0, "pili": 1, "muthal": 0,
    "rendavathu": 1, "primeiro": 0, "primeira": 0, "premier": 0, "deuxième": 1,
    # Cape Verdean Creole "(kel) primeru" (the first), "sugundu" (second), "últimu" (last);
    # "primeiru", "segundu" are listed with Tetum
    "primeru": 0, "sugundu": 1, "últimu": 1, "ultimu": 1,
    # Portuguese "(o) último" (the last; "ultimo" is listed with Italian); French "deuxième"
    # typed without its accent, "(le) dernier", "(la) dernière" (the last)
    "último": 1, "deuxieme": 1, "dernier": 1, "dernière": 1, "derniere": 1,
    "pertama": 0, "kedua": 1,
    # French "la première" (the first, of the offered passages)
    "première": 0, "premiere": 0,
    # Burmese in Latin letters
    "pahtama": 0, "pathama": 0, "dutiya": 1, "duttiya": 1,
    # after the v19 look: Uzbek, Kinyarwanda ("iya mbere", "iya kabiri"), colloquial Finnish
    "birinchi": 0, "birinchisi": 0, "birinchisini": 0, "ikkinchi": 1, "ikkinchisi": 1,
    "ikkinchisini": 1, "mbere": 0, "kabiri": 1, "eka": 0, "toka": 1,
    # Gĩkũyũ "(ya) mbere" (the first, above), "(ya) kerĩ" (the second)
    "keri": 1, "kerĩ": 1,
    # Polish
    "pierwszy": 0, "pierwsza": 0, "pierwsze": 0, "pierwszą": 0, "drugi": 1, "druga": 1,
    "drugie": 1, "drugą": 1, "ostatni": 1, "ostatnia": 1, "ostatnie": 1,
    # German, Dutch, Scandinavian, Finnish, Romanian, Hungarian, Italian, Greek (and in
    # Latin letters), Turkish, Persian in Latin letters, Telugu in Latin letters, Hausa
    "erste": 0, "ersten": 0, "erstes": 0, "zweite": 1, "zweiten": 1, "zweites": 1,
    "letzte": 1, "letzten": 1, "eerste": 0, "tweede": 1, "laatste": 1, "första": 0,
    "andra": 1, "sista": 1, "første": 0, "anden": 1, "andre": 1, "sidste": 1, "siste": 1,
    "ensimmäinen": 0, "ensimmäistä": 0, "toinen": 1, "toista": 1, "viimeinen": 1,
    "primul": 0, "doilea": 1, "doua": 1, "ultimul": 1, "ultima": 1, "első": 0, "elsőt": 0,
    "második": 1, "másodikat": 1, "utolsó": 1, "primo": 0, "secondo": 1, "seconda": 1,
    "ultimo": 1, "πρώτο": 0, "δεύτερο": 1, "τελευταίο": 1, "proto": 0, "prwto": 0,
    "deutero": 1, "deftero": 1, "birinci": 0, "birincisi": 0, "ilki": 0, "ikinci": 1,
    "ikincisi": 1, "sonuncu": 1, "avali": 0, "aval": 0, "dovomi": 1, "dovom": 1,
    "modatidi": 0, "modati": 0, "rendodi": 1, "farko": 0, "biyu": 1,
    # after the v21 look: Azerbaijani ("ikincisini göstər"), Serbian
    # Chichewa "the first (one)", "the second", "the last"
    "choyamba": 0, "yoyamba": 0, "woyamba": 0, "loyamba": 0, "chachiwiri": 1, "yachiwiri": 1,
    "wachiwiri": 1, "lachiwiri": 1, "yomaliza": 1, "chomaliza": 1,
    "birincisini": 0, "ikincisini": 1, "prvo": 0, "prvi": 0, "prva": 0, "prvu": 0, "drugo": 1,
    "drugu": 1,
    # Afaan Oromoo "(isa) jalqabaa" (the first), "lammaffaa" (second), "dhumaa" (last)
    "jalqabaa": 0, "jalqaba": 0, "tokkoffaa": 0, "lammaffaa": 1, "lammeessoo": 1,
    "dhumaa": 1, "xumuraa": 1,
    # Armenian in Latin letters ("erkrord@": the article falls off)
    "arajin": 0, "araji": 0, "arajiny": 0, "arajine": 0, "erkrord": 1, "erkrordy": 1,
    "erkrorde": 1, "verjin": 1, "verjiny": 1,
    # Georgian in Latin letters
    "pirveli": 0, "pirvels": 0, "meore": 1, "meores": 1, "bolo": 1, "boloni": 1,
    # Hungarian typed without its accents
    "elso": 0, "elsot": 0, "masodik": 1, "masodikat": 1, "utolso": 1, "utolsot": 1,
    "utolsót": 1,
    # Lithuanian, with and without its letters (not "pirma", Tagalog "signature")
    "pirmas": 0, "pirmą": 0, "pirmasis": 0, "pirmąjį": 0, "pirmaji": 0, "pirmoji": 0,
    "antras": 1, "antrą": 1, "antra": 1, "antrasis": 1, "antrąjį": 1, "antraji": 1,
    "antroji": 1, "paskutinis": 1, "paskutinį": 1, "paskutini": 1, "paskutinysis": 1,
    # Papiamentu "(e) promé" (the first), "(e) di dos" (the second), "e último" (the last)
    "promé": 0, "prome": 0, "dos": 1,
    # Maltese "the first (one)", "the second", "the last"
    "ewwel": 0, "tieni": 1, "ahhar": 1, "aħħar": 1,
    # Setswana "the first (one)" ("ya ntlha", "ya pele"), "the second", "the last"
    "ntlha": 0, "bobedi": 1, "bofelo": 1,
    # Sesotho "the second" ("ea bobeli"; "ea pele", the first, and "ea ho qetela", the last:
    # `_ORDINALS_AFTER`)
    "bobeli": 1,
    # Lingala "the first (one)", "the second", "the last" ("(oyo) ya suka": `_ORDINALS_AFTER`)
    "liboso": 0, "mibale": 1, "nsuka": 1,
    # Luxembourgish "the first (one)", "the second", "the last"
    "éischt": 0, "eischt": 0, "éischten": 0, "eischten": 0, "zweet": 1, "zweeten": 1,
    "leschten": 1, "lescht": 1,
    # Sranan Tongo "the first (one)" ("a fosi wan"), "the last" ("a lasti wan"); "the
    # second" is "(a) di fu tu (wan)" (_ORDINALS_AFTER), Dutch ones are listed with Dutch
    "fosi": 0, "fosiwan": 0, "lasti": 1, "lastiwan": 1,
    # siSwati "the first (one)", "the second", "the last"
    "lokwekucala": 0, "lekucala": 0, "wekucala": 0, "yekucala": 0, "lesesibili": 1,
    "lokwesibili": 1, "lwesibili": 1, "lokwekugcina": 1, "lekugcina": 1, "wekugcina": 1,
    # isiXhosa "the first (one)", "the second", "the last"
    "yokuqala": 0, "eyokuqala": 0, "lokuqala": 0, "elokuqala": 0, "yesibini": 1,
    "eyesibini": 1, "lesibini": 1, "yokugqibela": 1, "eyokugqibela": 1,
    # Yoruba "the first (one)", "the second", "the last", with and without its marks
    "àkọ́kọ́": 0, "akoko": 0, "ìkíní": 0, "ikini": 0, "èkíní": 0, "ekini": 0,
    "èkejì": 1, "ekeji": 1, "ìkejì": 1, "ikeji": 1, "ìkẹyìn": 1, "ikeyin": 1,
    # Ewe "the first (one)", "the second", "the last"
    # Chamorro "i fine'nena" (the first), "i mina'dos" (the second), "i uttimo" (the last)
    "fine'nena": 0, "finenena": 0, "fine'nana": 0, "finenana": 0, "mina'dos": 1,
    "minados": 1, "uttimo": 1, "uttimu": 1,
    # Tahitian "(te) matamua" (the first), "(te) hopea" (the last)
    "matamua": 0, "hopea": 1,
    "gbãtɔ": 0, "gbatɔ": 0, "gbato": 0, "evelia": 1, "eveliatɔ": 1, "eveliato": 1,
    # Khmer in Latin letters "dambong" (the first), "chong kroy" (the last: "kroy")
    "dambong": 0, "dombong": 0, "dambaung": 0,
    "mamlɛtɔ": 1, "mamletɔ": 1, "mamleto": 1,
    # Punjabi in Latin letters "the second (one)" ("dooja wala"), "the last (one)"
    "dooja": 1, "duja": 1, "dujja": 1, "aakhri": 1, "akhri": 1, "aakhari": 1, "akheer": 1,
    # Aymara "the first (one)", "the second", "the last"
    "nayrïri": 0, "nayriri": 0, "nayrïrix": 0, "nayririx": 0, "payïri": 1, "payiri": 1,
    "payïrix": 1, "payirix": 1, "qhipïri": 1, "qhipiri": 1,
    # Pular "the first (one)", "the second", "the last", with and without ɗ ɓ
    "arano": 0, "aranɗo": 0, "arando": 0, "ɗiɗaɓo": 1, "didabo": 1, "ɗiɗaɓere": 1,
    "didabere": 1, "sakkitiiɗo": 1, "sakkitiido": 1,
    # Greenlandic "siulleq" (the first), "aappaa" (the second), "kingulleq" (the last);
    # Danish "første", "sidste" are Norwegian's above
    "siulleq": 0, "aappaa": 1, "kingulleq": 1,
    # Faroese "(tann) fyrsti/fyrsta" (the first), "(tann) seinni/seinna", "(tann) síðsti"
    # (the second, the latter, the last)
    # ("seinna" only beside a pointer: alone it is Icelandic and Faroese "later";
    # _SECOND_BESIDE_ITS_LANGUAGE)
    "síðsta": 1, "sidsta": 1, "síðsti": 1, "sidsti": 1,
    # Icelandic "the first (one)", "the former", "the second", "the latter", "the last"
    "fyrsta": 0, "fyrsti": 0, "fyrstu": 0, "fyrri": 0, "fyrra": 0, "seinni": 1,
    "síðari": 1, "sidari": 1, "síðasta": 1, "sidasta": 1, "síðasti": 1, "sidasti": 1,
    # Samoan "(le mea) muamua" (the first), "(le) lona lua" (the second), "mulimuli" (the last)
    "muamua": 0, "lua": 1, "mulimuli": 1,
    # Tongan "(ko e) ʻuluaki" (the first), "(fika) ua" (number two), "fakamuimui" (the last)
    "'uluaki": 0, "uluaki": 0, "ʻuluaki": 0, "ua": 1, "fakamuimui": 1, "fakaʻosi": 1,
    "fakaosi": 1,
    # Catalan "the first (one)", "the second", "the last" ("primera" is listed with Spanish)
    "primer": 0, "segon": 1, "segona": 1, "últim": 1, "ultim": 1, "última": 1,
    "darrer": 1, "darrera": 1,
    # Basque "the first (one)", "the second", "the last"
    "lehenengoa": 0, "lehena": 0, "lehenengoari": 0, "bigarrena": 1, "bigarrenari": 1,
    "azkena": 1, "azkenekoa": 1,
    # Afrikaans "the last" ("eerste", "tweede" are listed with Dutch)
    "laaste": 1,
    # Belarusian "the first (one)", "the second", "the last" ("другая", "другое", "другую"
    # only beside a Belarusian word: _SECOND_BESIDE_ITS_LANGUAGE)
    "першы": 0, "першая": 0, "першае": 0, "першую": 0, "першым": 0, "другі": 1, "другім": 1,
    "апошні": 1, "апошняя": 1, "апошняе": 1, "апошнюю": 1,
    # Tajik "the first (one)", "the second", "the last", with the object ending -ро
    "якум": 0, "якумро": 0, "якумашро": 0, "якуминро": 0, "аввал": 0, "аввалӣ": 0,
    "аввали": 0, "аввалиро": 0, "аввалинро": 0, "дуюм": 1, "дуюмӣ": 1, "дуюми": 1,
    "дуюмиро": 1, "дуюмро": 1, "дуюмашро": 1, "дуюминро": 1, "охирин": 1, "охиринро": 1,
    "охирон": 1, "охиронро": 1,
    # Tigrinya "the first (one)", "the second", "the last"
    "ቀዳማይ": 0, "ቀዳመይቲ": 0, "ካልኣይ": 1, "ካልኣይቲ": 1, "መወዳእታ": 1,
    # Tigrinya in Latin letters "the first (one)", "the second", "the last"
    "kedamay": 0, "qedamay": 0, "kedamayti": 0, "qedamayti": 0, "kalay": 1, "kal'ay": 1,
    "kalayti": 1, "mewedaeta": 1, "mewedaita": 1,
    # Amharic in Latin letters "the first (one)", "the second", "the last"
    "yemejemeriyaw": 0, "yemejemeriyawn": 0, "mejemeriyaw": 0, "huletegnaw": 1,
    "huletegnawn": 1, "yemechereshaw": 1, "yemechereshawn": 1,
    # Amharic "the first (one)", "the second", "the last"
    "የመጀመሪያው": 0, "የመጀመሪያውን": 0, "መጀመሪያው": 0, "ሁለተኛው": 1, "ሁለተኛውን": 1,
    "የመጨረሻው": 1, "የመጨረሻውን": 1,
    # Sakha "the first (one)", "the second", "the last", with and without ҥ һ ү
    "бастакы": 0, "бастакыны": 0, "бастакыта": 0, "бастакытын": 0, "иккис": 1, "иккиһи": 1,
    "иккиһин": 1, "иккиһэ": 1, "иккиси": 1, "иккисин": 1, "иккихи": 1, "иккихин": 1,
    "бүтэһик": 1, "бүтэһигин": 1, "бүтэһигэ": 1, "бутэхик": 1, "бутэхигин": 1,
    # Kyrgyz "the first (one)", "the second", "the last"
    "биринчи": 0, "биринчиси": 0, "биринчисин": 0, "экинчи": 1, "экинчиси": 1,
    "экинчисин": 1, "акыркы": 1, "акыркысы": 1, "акыркысын": 1,
    # Turkmen "the first (one)", "the second", "the last", with the object ending -ni/-ny
    "birinji": 0, "birinjisi": 0, "birinjisini": 0, "birinjini": 0, "ilkinji": 0,
    "ilkinjisi": 0, "ilkinjisini": 0, "ikinji": 1, "ikinjisi": 1, "ikinjisini": 1,
    "ikinjini": 1, "soňky": 1, "soňkusy": 1, "soňkusyny": 1, "sonky": 1, "sonkusy": 1,
    "sonkusyny": 1,
    # Kabyle "the first (one)", "the last", Algerian "lwwel" (the first)
    "amezwaru": 0, "tamezwarut": 0, "lwwel": 0, "wwel": 0, "l'wwel": 0, "lewwel": 0, "aneggaru": 1,
    "taneggarut": 1,
    # Serbian, Croatian, Bosnian
    "poslednji": 1, "posljednji": 1, "zadnji": 1, "poslednje": 1, "zadnje": 1,
    # Latvian "the first", "the second", "the last"
    # ("otro", "otra" only beside a Latvian word: _SECOND_BESIDE_ITS_LANGUAGE)
    "pirmo": 0, "pirmais": 0, "pirmā": 0, "pirma": 0, "pirmajo": 0, "otrais": 1,
    "otrā": 1, "pēdējo": 1, "pedejo": 1, "pēdējais": 1, "pedejais": 1,
    # Slovak "the first (one)", "the second", "the last" ("druhy" alone is Czech "kinds")
    "prvé": 0, "prve": 0, "prvý": 0, "prvy": 0, "prvá": 0, "prvú": 0, "druhé": 1, "druhe": 1,
    "druhú": 1, "druhu": 1, "posledné": 1, "posledne": 1, "posledný": 1, "posledny": 1,
    "poslednú": 1, "poslednu": 1,
    # Slovene "the first", "the second", "the last"
    "prvega": 0, "drugega": 1, "zadnjo": 1, "zadnjega": 1,
    # Estonian "the first", "the second", "the last"
    "esimene": 0, "esimest": 0, "esimesena": 0, "teine": 1, "teist": 1, "viimane": 1,
    "viimast": 1,
    # Guarani (Jopara) "the first", "the second", "the last"
    "peteĩha": 0, "peteiha": 0, "mokõiha": 1, "mokoiha": 1, "pahapegua": 1, "ipahaguéva": 1,
    # Norwegian unmarked and dialect "the first", "the former", "the latter" ("første",
    # "andre", "siste" above)
    "forste": 0, "foerste": 0, "fyrste": 0, "førstnevnte": 0, "forstnevnte": 0,
    "sistnevnte": 1, "sisste": 1,
    # Swedish unmarked "first", "the former", "the latter" ("första", "andra", "sista" above)
    "forsta": 0, "förstnämnda": 0, "senare": 1,
    # Pashto in Latin letters ("awal" is listed with Urdu)
    "lumray": 0, "lomray": 0, "dwayam": 1, "dwaham": 1, "wrustay": 1, "wrostay": 1,
    # Twi "(a ɛtɔ so) abien" (the second; not "(di) kan", the first: Indonesian and Malay
    # "kan" is "right?"); Swahili "(ya) mwisho" (the last)
    "abien": 1, "mwisho": 1,
    # Bulgarian in Latin chat letters ("purvoto", "vtoriq", "poslednoto")
    "purvoto": 0, "parvoto": 0, "pyrvoto": 0, "purviq": 0, "parviq": 0, "purvia": 0,
    "purvata": 0, "parvata": 0, "purvo": 0, "vtoroto": 1, "vtoriq": 1, "vtoria": 1,
    "vtoriya": 1, "vtorata": 1, "vtoro": 1, "poslednoto": 1, "posledniq": 1,
    "poslednata": 1,
    # Kurmanji Kurdish "(ya) yekem/êkê" (the first), "(ya) duyem/duye" (the second), "(ya)
    # dawî" (the last); Badini "eke", "duye" (so Yoruba "Eke ni?", is it a lie?, reads as a
    # pick: left so, since Badini students write them far more often)
    "yekem": 0, "yekemîn": 0, "yekemin": 0, "êkê": 0, "eke": 0, "ekê": 0, "duyem": 1,
    "duyemîn": 1, "duyemin": 1, "duye": 1, "duyê": 1, "dawî": 1, "dawi": 1, "dawiyê": 1,
    # Tok Pisin "nambawan", "nambatu" ("namba wan", "namba tu" are joined in picks),
    # "laspela" (the last)
    "nambawan": 0, "nambatu": 1, "laspela": 1,
    # Bislama "lasfala", "las wan" (the last)
    "lasfala": 1,
    # German
    "erster": 0, "ersteres": 0, "eins": 0, "zweiter": 1, "letzteres": 1, "letztes": 1,
    "zwei": 1,
    # Czech, Cebuano, Malayalam and Somali in Latin letters
    "prvni": 0, "první": 0, "druhý": 1, "druhou": 1, "druha": 1, "druhá": 1,
    "ikaduha": 1, "ikauna": 0, "randamathe": 1, "randamathu": 1, "onnamathe": 0,
    "aadyathe": 0, "adyathe": 0, "koowaad": 0, "kowaad": 0, "labaad": 1,
    # Hindi, Bangla, Hebrew, Arabic in their scripts
    "पहला": 0, "पहली": 0, "पहले": 0, "दूसरा": 1, "दूसरी": 1, "दूसरे": 1, "প্রথম": 0,
    "প্রথমটা": 0, "প্রথমটি": 0, "দ্বিতীয়": 1, "দ্বিতীয়টা": 1, "দ্বিতীয়টি": 1,
    "הראשון": 0, "הראשונה": 0, "השני": 1, "השנייה": 1, "الأول": 0, "الاول": 0,
    "الثاني": 1, "الأولى": 0, "الاولى": 0, "الاولي": 0, "الثانية": 1, "الثانيه": 1, "التاني": 1,
    "التانية": 1, "التانيه": 1,
    # Urdu in its script ("دوسرا والا", the second one), in letters Arabic shares
    "دوسرا": 1, "دوسری": 1, "پہلی": 0,
    # Sindhi in its script and in Latin letters ("ٻيو وارو", "pehryon waro": the second one,
    # the first one; not "biyo", which asks for more beside "kujh": "biyo kujh?", anything
    # else?)
    "پهريون": 0, "پهرئين": 0, "ٻيو": 1, "ٻئي": 1, "pehryon": 0, "pehriyon": 0, "pahriyon": 0,
    # Sorani Kurdish "(the) first (one)", "(the) second (one)", "the last (one)"
    "یەکەم": 0, "یەکەمیان": 0, "یەکەمەکە": 0, "دووەم": 1, "دووەمیان": 1, "دووەمەکە": 1,
    "کۆتاییان": 1, "دواییان": 1,
}  # fmt: skip
_POINTER = word_list(
    """
    one link option related button suggestion passage topic article number no thing wala
    # Urdu "والا"/"والی" (the one)
    والا والی
    # Sindhi "وارو"/"واري" (the one), in Latin letters "waro", "wari"
    وارو واري waro wari
    # Portuguese "option", "topic"; French "topic", "link"
    opção opcao tópico topico sujet lien
    # Quechua "kaq" (the one that is: "ñawpaq kaq", the first one)
    kaq
    wali bouton nummer nr punkt thema artikel abschnitt eintrag
    """
)
_PICK_FILLER = word_list(
    """
    # "explain the second", "describe the first one please": what to do with the pick
    explain elaborate describe
    # Sindhi "tell", "show", "open", "please" ("ٻيو وارو ٻڌايو مهرباني ڪري"), in Latin letters
    # "batayo", "mehrbani kare"
    ٻڌايو ڏيکاريو کوليو مهرباني ڪري batayo budhayo dekharyo mehrbani meharbani kare
    # Sorani Kurdish "open", "tell", "show me" ("دووەمیان بکەرەوە تکایە")
    بکەرەوە بڵێ پیشانم پیشان بدە
    # Sakha "show (me)", "that one", "open", "I take", "give", "to me", "I want"
    көрдөр кордор ону аһый аhый ахый ылабын биэр миэхэ баҕарабын багарабын
    # Gujarati "the one" (of "બીજું વાળું", the second one), "show", "open", "give (me)",
    # "that"
    વાળું વાળુ વાળો વાળી વાળા બતાવો બતાવ ખોલો આપો મને એ તે
    # Gujarati in Latin letters "the one", "show", "give (me)"; Bengali "the one", "tell",
    # "show", "give"
    valu vadu batavo aapo ta ti tai bolo dekhao dao din
    # Chamorro "that (one)", "this", "give me", "please"
    ayu este nå'i na'i nai yu fan
    # Portuguese "I want", "show (me)", "open", "that (one)", "see"; French "I take",
    # "I want", "see", "show me", "the one"
    quero mostra mostre abre abra essa esse ver je prends veux voir montre-moi celle celui
    # Tahitian "the", "this", "that", "show me", "(the) one", "I take", "please"
    te teie tera hi'o hio fa'aite faaite mai ia'u iau rave vau ho'i hoi
    # Kirundi "the one of" (before "mbere", first, "kabiri", second), "please", "I choose",
    # "that one", "show me"
    iya ndabasavye ndahisemwo ndatora iyo iyi mbwereka neza cane
    # Gĩkũyũ "the one of" (before "mbere", first, "kerĩ", second), "that one", "I want",
    # "show me"
    ya ĩyo ndirenda ndĩrenda nyonia
    # Sango "I want to see", "I take", "the", "this (one)", "show me"
    mbi ye ti bâ ni sô mû mu fa na
    # Mooré "pardon", "the", "the one", "button", "I want", "to read/see", "show me", "open"
    sugri wã wa soaba soab bouton m rat n karem ges wilg ning yẽ ye pipi
    # Sundanese "the (one)", "just", "that", "please", "I want", "the mentor"
    nu anu wae atuh nya mangga hoyong kang teh
    # Minangkabau "the (one)", "that", "just", "lah", "I want" (not "uni", the mentor, nor "yo":
    # English "a top uni", Trinidadian "yo two ting" are no picks)
    nan tu se lah nio ambo
    # Bambara "I choose / take / want it", "that (one)", "this", "please"
    n bɛ be a sugandi ta b'a fɛ fe o nin hakɛto haketo ayiwa
    # Mauritian Creole "the (one)", "this", "show me", "give me", "open", "I take", "I want"
    la sa montre mwa donn ouver ouvre mo pran oule le
    # Tetum "the one", "that", "please", "I take", "I choose", "the"
    ida ne'e nee ne'ebá neba favor favór ha'u hau foti hili mak ba
    # Belarusian "let's (have)", "give", "show (me)", "open", "that one", "I take", "I want"
    давай дай пакажы адкрый гэта гэтае тое вазьму хачу мне варыянт
    mesedez hori hau interesatzen zait nahi dut ireki erakutsi
    # Afrikaans "the one", "show (me)", "give (me)", "open"
    die een wys gee my maak oop
    ok okay and so then yes yeah yep pls please plz show open tap click press hit give
    tell read see try take pick choose go with me about the that this one can could
    would you u i i'll ill id i'd want like lets let's us hm hmm looks look seems think of
    those these
    # where the buttons are: "the second one under your answer", "the first link below"
    under below beneath underneath your answer reply message
    # Turkmen "open", "show (me)", "that one", "this", "I take", "I choose", "give"
    aç ac açyň acyn görkez gorkez görkeziň gorkezin şuny suny şony sony şol şu alýaryn
    alyaryn saýlaýaryn saylayaryn beriň berin iň
    # Kabyle "that (one)", "this", "show me", "I take", "the" (French "l'")
    tagi wagi win tin ddmeɣ ad ddmeɣ sken-iyi-d sken l
    isa ishii natti naaf himi ibsi bani argisiisi maaloo
    # Setswana "that one", "this", "I want", "I take", "show me"
    yone eo e ke batla tsaya ntshupetsa bula
    # Lingala "this (one)", "of", "tell me", "show me", "I want", "I take", "open"
    oyo ya yebisa lakisa ngai nalingi nazwi nakamati fungola
    # Catalan "ok", "the", "that (one)", "this", "show me", "open", "I want", "I'll take"
    vale la el l aquesta aquest aquella aquell obre ensenya'm mostra'm vull em quedo
    # Slovak "that (one)", "this", "show me", "open", "I take", "I want"
    to tú tu tá ta ukáž ukaz otvor beriem chcem daj mi
    # Luxembourgish "that one", "the (one)", "option", "please", "I take"
    déi dei dee deen optioun w.e.g w e g wgl weg ech huelen huele
    # Sranan Tongo "give me", "the (one)", "that (one)", "I take", "show me", "open";
    # Dutch "the", "that one", "I take", "give me"
    gi mi a wan dati disi mi e teki sori opo di fu tu plis de die ik neem geef me
    # siSwati "that (one)", "this (one)", "please", "I take", "show me", "ok"
    loyo leyo lena lesi lowo ngicela ngitsatsa ngitjengise kulungile
    # isiXhosa "that (one)", "this (one)", "please", "I take", "show me", "ok", "brother"
    leyo eso leso le ndicela ndithatha ndibonise kulungile mfethu bhuti
    # Yoruba "the (one)", "that (one)", "this", "I want", "show me"
    náà naa ìyẹn iyen yẹn yen èyí eyi tí ti mo fẹ́ fe fi hàn han mí
    # Ewe "the (one)", "that (one)", "this", "brother", "ok", "I take", "show me", "open"
    la ema esi sia fofo yoo metsɔ matsɔ tsɔ fiam ʋui vui ʋu
    # Khmer in Latin letters "I take", "one", "the (ordinal's) ", "this", "please", "bong"
    yok knhom khnhom knom mouy muoy ti nis nih som bong
    # Aymara "that (one)", "this", "brother", "sister", "show me", "I want", "open"
    uka ukax aka jilata kullaka uñacht'ita unachtita uñachtita munta jist'ara jistara
    # Pular "this (one)", "that", "the", "I take", "show me"
    oo ngoo ɗum dum ɗin din mi ƴetto yetto hollu lan
    # Danish "that (one)", "the", "show me", "open", "I take", "I want", "the link"
    den det vis mig åbn aabn jeg tager vil have linket
    # Greenlandic "that (one)", "this", "I take" ("tigussavara"), "show me"
    una tamanna tigussavara takutiguk
    # Faroese "that (one)", "this", "show me", "open", "I take", "I want", "the link"
    tann hatta hetta tað tad vís vis mær maer lat upp eg taki vil leinkjuna
    # Cape Verdean Creole "that (one)", "the", "show me", "give me", "I take", "open"
    kel kela la mostra-m mostram da-m dam n ta toma abri
    # Icelandic "that (one)", "this", "show me", "open", "I take", "I want", "the link"
    það thad þetta thetta sýndu syndu opnaðu opnadu mér mer ég eg tek vil hlekkinn linkinn
    # Norwegian "that (one)", "show me", "open", "I take", "I want", "the link"
    den det vis meg åpne apne aapne jeg eg tar ta vil ha gi lenka lenken linken
    interesting sounds good lemme to at it um umm po yung ang kholo dikhao dikha dikhado
    do ooh oh ah lets let's wala wali bhi porfa por favor el la ese esa pakita nga mo ok na
    ni abeg make i see tamam tayeb yalla el acha accha theek thik ta ya ache
    te tę tego poproszę poprosze pokaż pokaz otwórz otworz wybieram biorę biore
    der die das den de het bitte graag det il lo o yg yang aja dong bang kak pode ser ro
    begid bede bezanid lotfan oon cheppandi pes mou तो वाला वाली बताइए दिखाइए বলুন দিন תן את
    בבקשה من فضلك ايوه ايوة أيوه أيوة ابي أبي ابغى أبغى عايز عاوز بدي هات ورينا
    tu tak lng lang option onnu parayamo parayu pya par ko khu
    ochib oching bering reka mpitemo iya yok ti
    zeig zeige mir mal gern gerne nehm nehme nimm ich öffne oeffne möchte moechte hätte
    haette dem
    goster göster göstər gostar daj ajde ovo ono
    mi otvori pokaži pokazi taj onaj ona ta
    # Croatian "this (one)", "let's go (with)"
    ovaj ajmo
    # Slovene "give me", "that one", "open"
    dej tisto tist tistega odpri
    # Samoan "open", "the", "thing", "its", "please"
    tatala le mea lona faamolemole fa'amolemole ia o
    # Tongan "give (me)", "open", "that one", "number", "please", "the"
    'ai ai mai fakaava fika kataki fakamolemole ko ia e hono
    näita naita ava võtan votan seda see
    # Latvian "show", "open", "I'll take", "that one", "ok", "the"
    parādi paradi atver ņemu nemu ņemšu nemsu to tas labi lūdzu ludzu variantu linku
    # Tok Pisin: "namba tu plis", "soim mi nambawan", "mi laik kisim laspela"
    plis soim givim laik kisim opim
    # Bislama: "ale mi tekem namba tu", "soemaot mi namba wan", "openem"
    ale tekem soemaot openem wantem
    e di esun esaki habri mustra
    il l it dak dik iftah urini aghtini agħtini wiehed wieħed wahda waħda
    jag tar öppna oppna kör kor det alternativet länken lanken
    ji hagha dagha owaya okhlawa khlaw
    gaxseni mitxari momeci es is ki
    az azt mutasd nyisd meg kérem kerem kérlek kerlek légyszi legyszi gombot gomb
    nea dee deɛ edi ɛdi a etc eto ɛtɔ so pe fa bue kyere
    naomba ile hiyo hilo ya la cha nipe nionyeshe fungua nataka hii hicho
    tai gerai rodyk parodyk atidaryk atverk tą tas nuoroda variantas prašau prasau imu
    renkuosi duok man
    dai otvori pokaji pokazhi tova onova linka butona neka
    ndisankha ndikusankha ndikufuna ndipatseni tsegulani ndiwonetseni ija iyo imeneyo chonde
    ndi ndiyo
    yê ê bêje beje bibêje veke vekin nîşan nisan nishan bide ew ev wê
    """
)
MAX_PICK_WORDS = 12

_LEANING_START = re.compile(
    r"^(?:and|but|or|also|so|then|what\s+about|how\s+about|what\s+if|same\s+for|even|"
    r"does\s+(?:that|this|it)|is\s+(?:that|this|it)|do\s+(?:they|those|these)|are\s+(?:they|"
    r"those|these)|would\s+(?:that|this|it)|can\s+(?:that|this|it)|in\s+that\s+case|"
    r"if\s+so|if\s+not|why\s+(?:is\s+)?(?:that|this|so)|for|in|with|without|at|only|aur|"
    r"toh|to|pero|tapos|paano\s+(?:kung|naman))\b"
)
# "him": the author, after an answer about him ("tell me more about him"); not "he", "her":
# Spanish "he aplicado", Turkish "her gün", Norwegian "her er", Vietnamese "thuc tap he"
_ANAPHORA = re.compile(
    r"\b(?:that|this|it|those|these|them|there|such|so|ye|yeh|wo|woh|yan|yun|him)\b"
)
MAX_LEANING_WORDS = 9
_QUESTIONS_THE_ANSWER = re.compile(
    r"^(?:and\s+|but\s+|so\s+|ok\s+)?(?:even|really|same|what\s+if|"
    r"(?:is|does|would|will|can)\s+(?:that|this|it))\b"
)
_CHANGES_SUBJECT = re.compile(
    # Comorian "another question", "another thing" ("swali ngina", "trongo ngina")
    r"(?:(?:ok|basi)\W+)*(?:swali|trongo)\s+(?:nj?)?gina\b|"
    # Chamorro "another question", "another thing" ("otro finaisen", "otru na kosas")
    r"(?:(?:ok|pues)\W+)*otr[ou]\s+(?:na\s+)?(?:finaisen|kuestion|kestion|kosas?|tema)\b|"
    # Mauritian Creole "another question", "another thing", "(well) something else"
    r"(?:(?:ok|bon|ayo)\W+)*lot\s+(?:kestion|kesyon|zafer|size|topik)\b|"
    r"^(?:btw|by the way|also|another (?:thing|q|question)|unrelated|separate|different|diff|"
    # Sango "another matter", "another question" ("(mbeni) tënë nde", "hundango nde")
    r"(?:mbeni\s+|mbênî\s+)?(?:t(?:ë|e)n(?:ë|e)|hundango|hund(?:ä|a)ng(?:ö|o))\s+nd(?:e|ê)\b|"
    # Mooré "another thing:", "another question", opening the message
    r"(?:ok\s+)?b(?:ũ|u)mb\s+a\s+to\s*[:,.]|(?:ok\s+)?sogs(?:g|go)?\s+a\s+to\b|"
    # Bambara "another matter", "a question not on ML"
    r"(?:ayiwa\s+)?kuma\s+w(?:ɛ|e)r(?:ɛ|e)|(?:ayiwa\s+)?(?:ɲ|ny)ininkali\s+(?:w(?:ɛ|e)r(?:ɛ|e)|d(?:ɔ|o)\s+t(?:ɛ|e))|"
    r"new q|switching|changing|other question|one more|anyway|oh and|next question|"
    r"different question|also one more|"
    # "one unrelated question:", "quick random q", "off topic but…"
    r"(?:(?:one|a|quick|small|totally|kinda|slightly|little)\s+)+(?:unrelated|random|side|"
    r"separate|different)\s+(?:question|q|thing)|random\s+(?:question|q)|off\s+topic|"
    # Tetum "(sorry,) another question", "another topic", "forget this (one)"
    r"(?:(?:ok|deskulpa|diskulpa)\W+)*(?:fali\s+)?(?:pergunta|topiku|asuntu)\s+seluk|"
    r"(?:ok\W+)?haluha\s+(?:ida\s+)?ne['’]?e|"
    # German "another question", "something else", "by the way", "back to the topic"
    r"(?:ok\s+|und\s+)?(?:ganz\s+)?(?:andere|anderes|neue)\s+(?:frage|thema)|"
    r"(?:ok\s+|und\s+)?noch\s+(?:eine\s+frage|was\s+anderes|etwas\s+anderes)|"
    r"(?:ü|u|ue)brigens|apropos|zur(?:ü|u|ue)ck\s+zum\s+thema|"
    # Papiamentu "(one) other thing", "another question", "a random question", "by the way"
    r"(?:ok\s+|i\s+)?(?:un\s+)?otro\s+(?:kos|pregunta|tema)|un\s+pregunta\s+(?:random|otro)|"
    r"kambiando\s+di\s+tema|"
    # Samoan "another question", "a different question", "another topic"
    r"(?:(?:ok|ia|ae)\s+)?(?:se|le)\s+(?:isi\s+)?fesili\s+(?:ese|fou)|(?:se|le)\s+isi\s+fesili|"
    r"(?:se|le)\s+isi\s+mataupu|"
    # Tongan "another question", "a different question", "another thing", "other topic"
    r"(?:(?:ok|sai)\s+)?(?:ha|e|ko\s+e)\s+(?:fehu['’ʻ]?i|me['’ʻ]?a|kaveinga)\s+(?:kehe|['’ʻ]?e\s+taha)|"
    r"fehu['’ʻ]?i\s+kehe|"
    # Catalan "another question", "another thing", "another topic", "changing the subject",
    # "by the way"
    r"(?:ok\s+|vale\s+|i\s+)?(?:una\s+)?altra\s+(?:pregunta|cosa)|(?:un\s+)?altre\s+tema|"
    r"canviant\s+de\s+tema|canvi\s+de\s+tema|per\s+cert|"
    # Basque "another question", "another topic", "another thing", "by the way", "change (of
    # subject)"
    r"(?:ados\s+|eta\s+)?beste\s+(?:galdera|gai|gauza)\s+bat|bide\s+batez|aldaketa|"
    # Afrikaans "another question", "different topic", "leave it", "by the way", "back to…"
    r"(?:ok\s+|en\s+)?(?:nog\s+(?:n\s+|'n\s+|een\s+)?|n\s+|'n\s+)?ander\s+(?:vraag|onderwerp|ding)|"
    r"nog\s+(?:n\s+|'n\s+|een\s+)vraag|(?:ok\s+)?los\s+dit|terloops|(?:ok\s+)?terug\s+by|"
    r"(?:ok\s+)?anders\s*,|"
    # Lao (unspaced) "may I ask off the subject", "another question", "may I ask one more",
    # "another topic", "besides that..."
    r"ຂໍຖາມນອກເລື່ອງ|ນອກເລື່ອງ|ອີກຄໍາຖາມ|ຄໍາຖາມອື່ນ|ຂໍຖາມອີກ|ຖາມອີກຂໍ້|ເລື່ອງອື່ນ|"
    r"ອີກຢ່າງ(?=\s*(?:ເຈົ້າ|ເດີ້)?\W)|"
    # Serbian, Croatian, Bosnian "another question", "one more question", "another thing",
    # "second: where…" (not "nego", Brazilian "dude"; not "inače", "otherwise" as often)
    r"(?:i\s+)?(?:drugo|jo[sš]\s+jedno)\s+pitanje|druga\s+stvar|"
    # Slovak "another question", "one more question", "another thing/topic", "by the way",
    # "change of topic", "otherwise," opening ("inak, nie je lepsie…")
    r"(?:ok\s+|a\s+)?(?:in[aá]|e[sš]te\s+jedna|nov[aá])\s+(?:ot[aá]zka|vec|t[eé]ma)|"
    r"mimochodom|zmena\s+t[eé]my|(?:ok\s+)?inak\s*,|"
    # Slovene "another question", "one more question", "another topic", "by the way",
    # "let's leave that", "anyway" opening ("drgač" inside asks "is it different")
    r"(?:ok\s+|pa\s+)?(?:drugo|[sš]e\s+eno)\s+vpra[sš]anje|druga\s+tema|mimogrede|"
    r"(?:ok\s+)?pust(?:i)?mo(?:\s+to)?(?=\s+(?:kaj|kako|a|pa)\b)|^(?:ok\s+)?drga[cč](?=\s+(?:kaj|kako|a|kje)\b)|"
    # Maltese "another topic", "another question", "something different", "something else"
    r"(?:(?:ok|okay|u|mela)\s+)*(?:topic|su[gġ]{1,2}ett|mistoqsija|domanda)\s+(?:ie[hħ]or|o[hħ]ra)|"
    r"(?:(?:ok|okay|u|mela)\s+)*[hħ]a[gġ]a\s+(?:differenti|o[hħ]ra)(?!\s+(?:li|\w+\s+li)\b)|"
    # Belarusian "another question", "a question about something else", "another topic",
    # "off topic", "by the way", "let's change the subject", "and one more question";
    # "іншае" (something else) opening a question ("ладна іншае. калі…")
    r"(?:(?:ладна|добра|ок|ну|і|а)\s+)*(?:(?:іншае|яшчэ\s+адно|новае)\s+пытанне|"
    r"пытанне\s+(?:зусім\s+)?пра\s+іншае|іншая\s+тэма|"
    r"іншае(?=\s+(?:калі|як|што|ці|дзе|колькі|чаму|які|якія|а|і)\b)|не\s+па\s+тэме|дарэчы|"
    r"змяні(?:м|це)\s+тэму)|"
    # Tajik "another question", "one more question", "a different topic"
    r"(?:(?:хуб|ок)\W+)?(?:боз\s+)?(?:як\s+)?(?:саволи|мавз[ӯу]и)\s+(?:дигар|нав)|"
    r"(?:хуб\W+)?боз\s+як\s+савол|"
    # Tigrinya "another question", "a new question", "a different topic"
    r"(?:ሓንቲ\s+)?(?:ካልእ|ሓድሽ)\s+(?:ሕቶ|ኣርእስቲ)|"
    # Tigrinya in Latin letters "another question", "a new question", "a different topic"
    r"(?:hanti\s+)?(?:kale|kalie|hadish|haddas)\s+(?:hito|hto|arista|ar'isti)\b|"
    # Amharic in Latin letters "another question", "a new question", "a different topic"
    r"(?:ande\s+)?(?:lela|adis)\s+(?:teyake|tiyake|tyake|teyaqe|reis|re'is)\b|"
    # Amharic "another question", "a new question", "a different topic"
    r"(?:አንድ\s+)?(?:ሌላ|አዲስ)\s+(?:ጥያቄ|ርዕስ|ርእስ)|"
    # Sakha "another question", "a new question", "one more question", "another topic"
    r"(?:(?:сөп|соп|чэ|ок)\W+)?(?:атын|са(?:ҥ|н|нь)а|(?:ө|о)сс(?:ө|о)\s+биир)\s+"
    r"(?:ыйыт(?:ыы|ыым)|тиэмэ)|"
    # Tatar "another question", "one more question", "a different topic"
    r"(?:ярый\s+)?(?:бүтән|башка|яңа|тагын\s+бер)\s+(?:сорау|тема)|бер\s+сорау\s+тагын\b|"
    # Kyrgyz "another question", "one more question", "a different topic", "by the way"
    r"(?:ок\s+)?(?:башка|дагы\s+бир|жаңы)\s+(?:суроо|тема|темага)|баса\s+|"
    # Turkmen "another question", "one more question", "a different topic", with and
    # without its letters
    r"(?:ok\s+|bolýar\s+|bolyar\s+)?(?:ba[şs]ga|[ýy]ene\s+bir|t[äa]ze)\s+(?:bir\s+)?"
    r"(?:sorag|soragym|tema|temadan)|"
    # Kabyle "another question", "another matter", "a different topic", "let's change
    # the subject"
    r"(?:ok\s+|w\s+)?(?:yiwen\s+)?(?:asteqsi|isteqsiyen|tamsalt|asentel)\s+nni(?:ḍ|dh|d)en|"
    r"(?:a\s+)?nbeddel\s+asentel|"
    r"drugo\s+(?=(?:gde|gdje|kako|sta|[sš]ta|[sš]to|koji|koja|koje|jel|da\s+li|ima|za[sš]to|"
    r"koliko|kad|kada)\b)|"
    # Setswana "another question", "another topic", "something different"
    r"potso\s+e\s+nngwe|kgang\s+e\s+nngwe|sengwe\s+se\s+sele|ntlha\s+e\s+nngwe|"
    # Sesotho "another question", "another matter/thing", "something different"
    r"(?:potso|taba|ntho)\s+e\s+['’]?ngoe\s*[:,.]|(?:potso|taba)\s+e\s+['’]?ngoe\b|"
    r"ho\s+hong\s+ho\s+fapaneng|"
    # Lingala "another question", "another matter", "let's talk about something else"
    r"(?:ok\s+|pe\s+)?motuna\s+mosusu|likambo\s+mosusu\s*[:,.]|"
    r"tolobela\s+(?:likambo|eloko)\s+mosusu|toloba\s+(?:likambo|eloko)\s+mosusu|"
    # Sranan Tongo "another question", "another thing", "something else"; Dutch "another
    # question", "another topic", "by the way"
    r"(?:ok\s+|oke\s+)?(?:wan\s+)?tra\s+(?:aksi|sani|tori)\b|(?:ok\s+)?(?:een\s+)?andere\s+(?:vraag|onderwerp)\b|"
    r"nog\s+een\s+vraag\b|"
    # Luxembourgish "another question", "another topic", "another thing", "something quite
    # siSwati "another matter", "another thing", "another question" opening the message
    r"(?:(?:ok|kulungile)\W+)*(?:lenye\s+(?:indzaba|intfo)|lomunye\s+umbuto|umbuto\s+lomunye)\b|"
    # isiXhosa "another matter/thing", "another question", "a different thing" opening the
    # message
    r"(?:(?:ok|kulungile|sharp)\W+)*(?:omnye\s+umbuzo|umbuzo\s+omnye|enye\s+into\s+eyahlukileyo|"
    r"(?:enye|ezinye)\s+indaba)\b|"
    # Yoruba "another question", "another thing", "something else" opening the message
    r"(?:(?:ok|o\s+d(?:á|a)a|sir)\W+)*(?:ìbéèrè|ibeere|nǹkan|nkan|ohun)\s+(?:mìíràn|míràn|miran|miiran|òmíràn|omiran|kan\s+(?:tún|tun))\b|"
    # Punjabi in Latin letters "one more thing", "another question", "something else"
    r"(?:(?:ok|acha|achha|chalo|paaji)\W+)*(?:ikk|ik)\s+(?:hor\s+(?:gal|sawal|cheez)|"
    r"(?:gal|sawal)\s+hor)\b|"
    # Ewe "another matter", "another question", "I have a question (a matter is with me)"
    # opening the message
    r"(?:(?:ok|yoo|fofo)\s+)*(?:nya|biabia)\s+bubu\b|(?:fofo\s+)?nya\s+(?:a(?:ɖ|d|ð)e\s+)?le\s+menye\b|"
    # Javanese "(I'll) ask something else", "another question" opening the message ("yowis,
    # aku takon liyane: …"), "change of topic" before a Javanese word ("ganti topik mas")
    r"(?:(?:eh|oh|yowis|yowes|oke|ok|mas|mbak|kak|aku)\s+)*(?:ganti\s+topik(?=\s+(?:mas|mbak|dik|"
    r"nggih|sik))|(?:takon|pitakon|pitakonan)\s+(?:liyane|liya|liyo)\b)|"
    # Sundanese "(I'll) ask something else", "another question" opening the message ("oh
    # enya, abdi hoyong naros nu sejen: …"), "change of topic" before a Sundanese word
    r"(?:(?:eh|oh|ok|oke|kang|teh|enya|abdi)\s+)*(?:ganti\s+topik(?=\s+(?:kang|teh|nya|atuh|ah))|"
    r"(?:hoyong\s+|bade\s+|rek\s+)?(?:naros|nanya|tumaros|patarosan)\s+(?:nu\s+)?(?:sejen|sejenna|lain)\b)|"
    # Ilocano "another question", "one more question", "I have another question" opening the
    # message ("sige, sabali a saludsod: …")
    r"(?:(?:ok|okay|sige|ay|wen|manong|manang|apo)\s+)*(?:sabali\s+(?:a|nga)\s+saludsod|"
    r"maysa\s+pay\s+(?:a|nga)\s+saludsod|adda\s+pay\s+(?:maysa\s+(?:a|nga)\s+)?saludsodek)\b|"
    # Khmer in Latin letters "another question", "ask something else" opening the message
    r"(?:(?:ok|bong)\s+)*(?:sompeak|sonuor)\s+(?:phsêng|phseng|mouy\s+teat)\b|"
    r"(?:(?:ok|bong)\s+)*(?:som\s+)?sour\s+(?:reuong\s+)?(?:phseng|phsêng)\b|"
    # Aymara "another question", "another matter" opening the message
    r"(?:(?:ok|jilata|kullaka)\s+)*yaqha\s+(?:jiskt['’]?a(?:wi)?|tema|yänaka)\b|"
    # Cape Verdean Creole "another thing:", "another question" opening the message
    r"(?:(?:ok|i)\s+)*otu\s+(?:kuza|kusa)\s*[:,.]|(?:(?:ok|i)\s+)*otu\s+(?:pergunta|purgunta|asuntu)\b|"
    # Guinea-Bissau Kriol "another thing:", "another question" opening the message
    r"(?:(?:ok|i|bon)\s+)*(?:otru|utru)\s+kusa\s*[:,.]|(?:(?:ok|i|bon)\s+)*(?:otru|utru)\s+(?:pirgunta|purgunta|pergunta|asuntu)\b|"
    # different", "back to the topic", "by the way"
    r"(?:ok\s+|ganz\s+)?(?:aner|anert|eng\s+aner)\s+(?:fro|thema|saach)|ganz\s+aneschters|"
    r"zer(?:é|e)ck\s+zum\s+thema|iwwregens|"
    # Danish "another question", "another thing", "something quite different", "by the
    # way", "another topic"
    r"(?:ok\s+|og\s+)?(?:et\s+)?andet\s+(?:spørgsmål|sporgsmal|emne)|(?:ok\s+|og\s+)?en\s+anden\s+ting|"
    r"noget\s+helt\s+andet|apropos|"
    # Faroese "another question", "something quite different", "another topic"
    r"(?:ok\s+|og\s+)?(?:ein\s+)?annar\s+spurningur|(?:nakað|nakad)\s+heilt\s+(?:annað|annad)|"
    r"(?:annað|annad)\s+evni|"
    # Icelandic "another question", "a different topic", "another thing", "by the way",
    # "second: how…" ("annað, hvernig…")
    r"(?:ok\s+|og\s+)?(?:ein\s+)?(?:önnur|onnur|ný|ny)\s+spurning|annað\s+(?:mál|efni)|annad\s+(?:mal|efni)|"
    r"allt\s+annað|allt\s+annad|(?:annað|annad)(?=\s*[.,:]\s*\w)|"
    # Latvian "another question", "one more question", "another topic", "by the way"
    r"(?:ok\s+|un\s+|labi\s+)?(?:cits|v[eē]l\s+viens)\s+jaut[aā]jums|cita\s+t[eē]ma|"
    r"cits\s+temats|starp\s+citu|"
    # Estonian "another thing", "another question", "one more question", "by the way"
    r"(?:ok\s+|ja\s+)?teine\s+(?:asi|k[uüy]simus|teema)|veel\s+[uüy]ks\s+k[uüy]simus|muide|"
    r"muuseas|"
    # Guarani (Jopara) "another thing", "another question", "changing the subject"
    r"ambue\s+mba'?e|ambue\s+porandu|ambue\s+tema|cambiando\s+de\s+tema|"
    # Quechua "another question", "another thing" ("huk tapuy", "huk tapukuy", "huk
    # kaqmanta"); Spanish "on another note" ("otro tema")
    r"huk\s+(?:tapuy|tapukuy|tapuyta|kaqmanta)|otro\s+tema|"
    # Norwegian "another question", "a new question", "another thing", "another topic",
    # "back to the question", "change of subject", with or without æ ø å
    r"(?:ok\s+|og\s+)?(?:et\s+|eit\s+)?(?:annet|anna|nytt)\s+(?:sp(?:ø|o|oe)rsm(?:å|a|aa)l|spm|tema)|"
    r"(?:ok\s+|og\s+)?(?:en|ei|ein)\s+(?:annen|anna)\s+(?:ting|greie|sak)|"
    r"tilbake\s+til\s+(?:temaet|sp(?:ø|o|oe)rsm(?:å|a|aa)let)|bytte\s+tema|helt\s+urelatert|"
    # Swedish "another question", "another thing", "another topic", "by the way", "back to
    # the topic", "completely unrelated", "a new question"
    r"(?:ok\s+|okej\s+|och\s+)?(?:en\s+)?(?:annan\s+(?:fr(?:å|a)ga|sak)|annat\s+(?:(?:ä|a)mne|sp(?:å|a)r))|"
    r"f(?:ö|o)r\s+(?:ö|o)vrigt|f(?:ö|o)rresten|tillbaka\s+till\s+(?:(?:ä|a)mnet|fr(?:å|a)gan)|"
    r"byta\s+(?:ä|a)mne|helt\s+orelaterat|ny\s+fr(?:å|a)ga|"
    # Pashto in Latin letters "(one) other question", "another thing", "one more question"
    r"(?:(?:sorry|ok|ji|aw)\s+)*(?:yaw\s+)?(?:bal|nor)\s+(?:sawal|swal|khabara|shay)|"
    # Armenian in Latin letters "one more thing", "one more question", "another question"
    r"(?:(?:lav|ok|u)\s+)?mi\s+(?:ban|harc)\s+el|urish\s+harc|"
    # Georgian in Latin letters "another question", "another topic", "one more question",
    # "by the way"
    r"sxva\s+(?:kitxva|tema)|kidev\s+erti\s+kitxva|sxvata\s+shoris|kstati|"
    # Hungarian "another topic", "another question", "one more question", "by the way"
    r"(?:(?:ok|oke|oké|na|j[oó])\s+)?(?:m[aá]s|m[aá]sik)\s+(?:t[eé]ma|k[eé]rd[eé]s)|"
    r"(?:(?:ok|oke|oké|na|j[oó])\s+)?m[eé]g\s+egy\s+k[eé]rd[eé]s|egy[eé]bk[eé]nt|"
    # Swahili "another question", "another matter", "let's change the subject"; Twi and
    # Ghanaian English "another matter", "question foforo" (a new question)
    r"(?:sawa\s+|ok\s+|na\s+)?(?:swali|jambo)\s+(?:lingine|jingine|jipya)|"
    r"(?:tubadilishe|nibadilishe)\s+mada|"
    # Somali "another question", "another matter", "let's change the subject"
    r"(?:(?:ok|haye|hagaag|waayahay)\s+)?(?:su['’]?aal|arrin|mawduuc)\s+kale|"
    r"(?:aan|aynu)\s+(?:beddelno|bedelno|badalno)\s+mawduuc\w*|"
    # Lithuanian "another topic", "another question", "one more question", "by the way",
    # "separately", "off topic", "unrelated"
    r"(?:ok\s+|gerai\s+|o\s+)?(?:kita\s+tema|kitas\s+klausimas|dar\s+vienas\s+klausimas)|"
    r"beje|atskirai|ne\s+(?:[iį]\s+)?tem[aą]|nesusij\w*\s+(?:klausimas|su\s+tuo)|"
    r"(?:ok\s+|chale\s+)?(?:me\s+w[oɔ]\s+)?(?:as[eɛ]m|ns[eɛ]m|question|q)\s+foforo|"
    # Bulgarian in Latin chat letters "another question", "one more question", "by the way",
    # "unrelated, but", "change of subject"
    r"(?:i\s+|a\s+|ok\s+)?(?:drug|o(?:sh|6|w)te\s+edin)\s+v[uay]pros|"
    r"me(?:j|zh)du\s+drugoto|ne\s+e\s+sv[uay]rzano|sm(?:q|ia|ja|ya)na\s+na\s+temata|"
    # Afaan Oromoo "another question", "one more thing", "another matter", "let's change the
    # subject", "apart from this"
    r"(?:tole\s+|ishi\s+|ok\s+)?gaaffii\s+(?:biraa|dabalataa|haaraa)|waan\s+biraa\s+tokko|"
    r"dubbii\s+biraa|mata\s+duree\s+(?:biraa|jijjiir\w*)|"
    # Chichewa "another (unrelated) question", "by the way", "let's change (the subject)",
    # "let's talk about", "let's go back to our topic", "let's leave (that)"
    # Malagasy "another question", "another thing", "a small other thing", "let's change the
    # subject", "besides that"
    r"(?:ok\s+)?fanontaniana\s+hafa|hafa\s+indray|hafa\s+kely|(?:andao\s+)?hiova\s+lohahevitra|"
    r"ankoatr[ay]\s+izany|"
    r"(?:ok\s+|chabwino\s+)?(?:funso\s+lina|funso\s+losagwirizana|nkhani\s+ina|mwa\s+njira|"
    r"tiyeni\s+(?:tisinthe|tikambe|tiyankhule|tilankhule)|tibwerere|tisiye\s+za|"
    r"tisinthe\s+nkhani|"
    # Tok Pisin "(ok / and) another question", "one more question", "another thing"
    r"(?:(?:orait|ok|na)\s+)*(?:narapela|narpela)\s+(?:askim|toktok|kwestin)|"
    r"wanpela\s+askim\s+moa|"
    # Bislama "(ok / so) another question", "on another matter", "one more question"
    r"(?:(?:ok|ale|oraet|mo|eh)\s+)*(?:long\s+)?(?:narafala|nara)\s+(?:kwestin|kwesten|toktok|samting)\b|"
    r"wan\s+(?:kwestin|kwesten)\s+moa\b|"
    # Kurmanji Kurdish "another question", "(ok) one more question"
    r"(?:(?:ok|okay|ba[sş]h?\s+e|temam)\s+)?pirs(?:yar|iyar)?(?:eke|ek|a)?\s+(?:din?|dîtir|ditir)))\b"
)
_ASKS_FOR_OTHERS = phrase_pattern(
    # Dholuo "where are other …?", "tell me other …" ("ere courses mamoko", "blogs mamoko ere",
    # "nyisa routes mamoko"), "other things" ("gik mamoko"), "what else" ("ango machielo")
    r"\b(?:ere|nyisa|nyisowa)\s+(?:\w+\s+){0,2}?mamoko\b|\b\w+\s+mamoko\s+ere\b|"
    r"\bgik\s+mamoko\b|\b(?:ango|ang'o|gimoro)\s+machielo\b|"
    # "other" after what it qualifies, as a gloss of a language that puts it there reads:
    # "options other than Colab?", "way other also is?", "resources other?"; "more which
    # contests?" (which other contests)
    r"\b(?:options?|ways?|things?|resources?|sources?|competitions?|contests?|courses?|books?|"
    r"routes?|ideas?|tips?|sites?|websites?|platforms?|conferences?|methods?|paths?|projects?|"
    r"roads?|steps?|skills?|examples?|links?|myths?|companies|places?)\s+other\b(?!\s+(?:people|students?|"
    r"person|side)\b)|(?<!\beach\s)(?<!\bthe\s)(?<!\bone\s)(?<!\ban\s)\bother\s+(?:also|too|as\s+well)\b|^(?:(?:ok|okay|and|so)\s+)*more\s+(?:which|what)\b|"
    # Bengali in Latin letters "anything more/else", "another way", "other options"
    r"\b(?:ar|aro)\s+(?:kichu|kisu|kicu|kono)\b|\b(?:arekta|onno)\s+(?:kono\s+)?(?:upay|upai|rasta|"
    r"option|way|resource|course|tips?)\b|\bonno\s+kichu\b|"
    # Sylheti in Latin letters "any other (X)", "what else", "more routes/tips", "another
    # way" ("ar kunu option", "aro kita", "aro route ase ni", "onno way?"); "r" (and) only
    # opening the message: Assamese writes "r" after a word it owns ("IIT r course")
    r"\b(?:ar|aro)\s+(?:kunu|kita|kunta)\b|^r\s+(?:kunu|kita)\b|\b(?:aro|ar)\s+(?:kunu\s+)?(?:routes?|ways?|options?|"
    r"tips|myths?|contests?|resources?|courses?|ideas?|upai|rasta|platforms?|sites?)\b|"
    r"\bonno\s+(?:kunu\s+)?(?:way|upai|rasta|option|route)\b|"
    # Assamese in Latin letters "anything more/else" ("aru kiba", "aru ki ki"), "tell me more"
    # ("aru kua"), "another way" ("aru kunu rasta/upai")
    r"\baru\s+(?:kiba|ki\s+ki|kua|kuwa|kowa)\b|\baru\s+kunu\s+(?:rasta|upai|upay|way|"
    r"option|resource|course)\b|\baru\s+ki\s+(?:lage|lagibo|ase)\b|"
    # Assamese "anything else", "tell (me) more", "other ways"
    r"আৰু\s+(?:কিবা|কি\s+কি|কোৱা|কওক)|বাকী\s+কি\s+কি|আন\s+(?:কিবা|উপায়|উপায়)|"
    # Gujarati in Latin letters "anything else", "another way", "tell me more"
    r"\bbij(?:u|o|i|a)\s+(?:kai|kaik|shu|koi|rasto|rasta|upay|option|resource|course|tips?)\b|"
    r"\b(?:haji|vadhare|vadhu)\s+(?:kai|kaik|kaho|batavo|tips?)\b|"
    # Gilbertese "what else", "any/some/one more (X)", "another way" ("riki te kawai")
    r"\btera\s+riki\b|\b(?:iai|tabeua|teuana)\s+riki\b|\briki\s+te\s+kawai\b|"
    # Comorian "which (X) more?" ("ngapvo (X) tsena?"), "other ways", "more examples",
    # "tell me more" ("nambiye tsena")
    r"\bngapv[oi]\s+(?:\w+\s+){0,3}tsena\b|\b(?:ndzia|mifano|trongo|nasaha)\s+(?:nj?gina|tsena)\b|"
    r"\bn(?:i)?ambiye\s+tsena\b|"
    # Chamorro "what else" ("håfa mås"; not "håfa mås maolek", which is better), "is there
    # more" ("guaha mås"), "other X" ("palu na X"; "otro na X" by Spanish's "otro")
    r"\bh(?:å|a)fa\s+m(?:å|a)s(?=\s*(?:[?.!]|$|ha\b|guaha\b|si(?:ñ|n)a\b))|\bgu(?:å|a)ha\s+m(?:å|a)s\b|"
    r"\bpalu\s+na\s+\w+|"
    # Tahitian "the other(s)" ("te tahi atu (mau) X"), "what else" ("e aha atu ā")
    r"\bte\s+tahi\s+atu\b|\b(?:e\s+)?aha\s+atu\s+(?:ā|a)\b|"
    # Mauritian Creole "other ways/solutions/…" ("lezot X"), "what else", "is there more"
    r"\blezot\s+(?:fason|solision|resours|konsey|lide|mit|zafer|sit|kour|liv|opsion)\b|"
    r"\bki\s+lezot\b|\bena\s+(?:ankor|plis|lezot)\b|"
    r"\b(?:(?:anything|something|what|any)\s+else|else|besides|apart\s+from|beyond|"
    # Sango "what else?" ("nyen nga?"), "some other X (too)", "which (one) too", "other
    # than X", "tell me more" ("fa na mbi mingi"), "another way" ("mbeni lege nde")
    r"ny(?:e|ë)n\s+nga\b|mb(?:e|ê)n(?:i|î)\s+(?:\w+\s+)?ng(?:a|â)\b|ye\s+wa\s+nga\b|"
    r"\w+\s+nga\s+ah(?:o|ö)n\b|fa\s+na\s+mbi\s+(?:ni\s+)?m(?:i|î)ngi\b|"
    r"mb(?:e|ê)n(?:i|î)\s+(?:lege|lêgë|ye|ndo|ressource|option|site)\s+nd(?:e|ê)\b|"
    # Mooré "other X (are there) still?" ("X a taaba n le be"), "what else is there?",
    # "another thing that can help", "show me all"
    r"a\s+taaba\s+n\s+le\s+be\b|b(?:õ|o)e\s+n\s+le\s+be\b|b(?:ũ|u)mb\s+a\s+to\s+s(?:ẽ|e)n\b|"
    r"^(?:ok\W+)?wilg[\s-]*m\s+f(?:ã|a)a\b|"
    # Bambara "add some to it" (tell more), "explain it (a little) again", "other X(s)",
    # "is there anything else?"
    r"d(?:ɔ|o)\s+fara\s+(?:a|o)\s+kan|a\s+(?:ɲ|ny)(?:ɛ|e)f(?:ɔ|o)\s+(?:d(?:ɔ|o)(?:ɔ|o)nin\s+)?tuguni|"
    r"(?:sira|cogo|laadilikan|competition|cours|site|f(?:ɛ|e)n|ko)w?\s+w(?:ɛ|e)r(?:ɛ|e)w?\b|"
    r"f(?:ɛ|e)n\s+w(?:ɛ|e)r(?:ɛ|e)\s+b(?:ɛ|e)\s+yen|"
    # Tetum "what else", "other ways/options/resources", "anything else", "besides"; not
    # "pergunta seluk" (another question)
    r"saida\s+tan|(?:dalan|opsaun|rekursu|konsellu|buat|kompetisaun|kursu|materi[aá]l|"
    r"website|fonte)\s+(?:ruma\s+)?seluk|seluk\s+tan|iha\s+tan|aleinde|alende|"
    # Belarusian "what else", "more options/ways", "other options/ways/advice", "besides…",
    # "no other (ways)"
    r"што\s+яшчэ|яшчэ\s+(?:варыянты|шляхі|спосабы|нешта|што|парады|магчымасці)|"
    r"(?:іншыя|нейкія\s+іншыя)\s+(?:варыянты|шляхі|спосабы|парады|магчымасці)|акрамя|апроч|"
    r"больш\s+ніякіх|"
    # Tajik "what else", "which other", "anything else", "other ways/advice", "besides…"
    # ("ғайр аз"); not "дигар" as "changed" ("ҳама чиз дигар шуд")
    r"(?:боз|дигар)\s+(?:ч[ӣи]|кадом|ягон)\b|ягон\s+чизи\s+дигар|"
    r"(?:чизи|ро[ҳх]и|ро[ҳх][ҳх]ои|маслиҳати|маслихати|маслиҳатҳои|маслихатхои|усули|"
    r"усулҳои|усулхои|вариантҳои|вариантхои|имконияти|имкониятҳои)\s+дигар|"
    r"[ғг]айр\s+аз|"
    # Tigrinya "besides…", "another/other … is there / are there"
    r"ብዘይካ|(?:ካልእ|ካልኦት)\s+(?:\w+\s+){0,2}(?:ኣሎ|ኣለዉ)|"
    # Tigrinya in Latin letters "besides…", "another/other … is there / are there"
    r"\bb(?:i)?zeyka\b|\b(?:kale|kalie|kalot)\s+(?:\w+\s+){0,2}(?:alo|alewu)\b|"
    # Amharic in Latin letters "besides…" ("ke GitHub lela", "kezih betechemari"),
    # "another/other … is there / are there"
    r"\bke(?:\s+\w+|zih)\s+(?:lela|wuch|wuchi|betechemari)\b|"
    r"\b(?:lela|leloch)\s+(?:\w+\s+){0,2}(?:alew|alu)\b|"
    # Amharic "besides…" ("ከGitHub ሌላ", "ከዚህ በተጨማሪ"), "another/other … is there / are there"
    r"ከ\w+\s+(?:ሌላ|ውጭ|ውጪ|በተጨማሪ)\b|(?:ሌላ|ሌሎች)\s+(?:\w+\s+){0,2}(?:አለ|አሉ)\b|"
    # Sakha "what else", "which other", "other ways/things…", "besides…" ("X-тан атын")
    r"(?:ө|о)сс(?:ө|о)\s+(?:туох|ханнык)|атын\s+(?:туох|ханнык|\w+(?:лар|лэр|лор|л(?:ө|о)р|"
    r"тар|тэр|тор|т(?:ө|о)р|дар|дэр|дор|д(?:ө|о)р|нар|нэр|нор|н(?:ө|о)р)\b)|"
    r"\w+(?:тан|тэн|ттан|ттэн|тон|т(?:ө|о)н)\s+атын\b|"
    # Tatar "what other…", "what else", "anything else", "besides…" ("X-дан тыш")
    r"(?:тагын|бүтән|башка)\s+(?:нинди|нәрсә|берәр)|\w+(?:дан|дән|тан|тән|нан|нән)\s+тыш\b|"
    # Kyrgyz "what other…", "other ways/options…", "anything else", "besides…", "what
    # else to…" ("дагы эмнеге даярданайын"); not "бир дагы" (not a single), nor "дагы" as
    # "also" ("kaggle дагы керекпи")
    r"башка\s+(?:кандай|эмне|\w+(?:лар|лер|дар|дер|тар|тер|лор|дор|тор)\b)|"
    r"(?<!бир\s)дагы\s+(?:бир\s+)?(?:кандай|эмне\w*|\w+\s+бар(?:бы)?\b|бар)|"
    r"\w+(?:дан|ден|тан|тен|дон|тон)\s+башка|"
    # Maltese "others", "the other (routes)" closing a question, "apart from"
    r"o[hħ]rajn|(?:x'inhuma|x'inhi|x'inhu|liema|xi)\s+(?:\w+\s+){0,3}l\s+o[hħ]r(?:a|ajn)$|"
    r"apparti|"
    # Slovak "besides", "anything else", "something more/other", "what other…", "other
    # options/ways/tips/competitions", "what else", "more tips/options" ("ešte iné/inak",
    # not Spanish and Romanian "este" before any word: "este internship", "este important")
    r"okrem|e[sš]te\s+(?:nie[cč]o|nejak\w*|in(?:[eéyýaáuú]|ak)\b)|nie[cč]o\s+(?:[dď]al[sš]ie|in[eé]|viac)|"
    r"ak(?:[eé]|[yý]|[aá]|[uú])\s+in(?:[eé]|[yý]|[aá]|[uú])|in[eé]\s+(?:mo[zž]nosti|sp[oô]soby|tipy|"
    r"s[uú][tť]a[zž]e|sutaze|cesty|kurzy|zdroje|firmy)|[cč]o\s+e[sš]te|"
    r"[dď]al[sš]ie\s+(?:tipy|mo[zž]nosti|sp[oô]soby|rady|zdroje|n[aá]pady|s[uú][tť]a[zž]e)|"
    # Slovene "besides", "anything else", "another (option, way, resource)"
    r"razen|[sš]e\s+(?:kej|kaj|kak[sš]n\w*|kak[sš]en)|drug(?:a|e|o|i)\s+(?:opcij\w*|poti?|na[cč]in\w*|vir\w*)|"
    r"(?:what|any|which)\s+other|other\s+(?:kinds?|ways?|options?|routes?|stuff|things?|"
    r"caveats?|requirements?|resources?|worries|ideas|competitions?|contests?|sites?|places?|"
    r"myths?|misconceptions?|beliefs?|tips?)|"
    # "other myths like this one?", "are there others?"; not "do other labs like that?", nor
    # "are there other students who…"
    r"(?<!\bdo\s)(?<!\bdoes\s)(?<!\bdid\s)(?<!\bwould\s)(?<!\bwill\s)(?<!\bcan\s)"
    r"(?<!\bcould\s)others?\s+(?:\w+\s+){0,2}like\s+(?:this|that|these|those)|"
    r"(?:are|is)\s+there\s+(?:any\s+)?others?(?:\s+\w+)?\s*$|"
    # "More on the coding part.", "and more about the phone screens?": more, with a subject
    r"^(?:(?:ok|okay|and|so|now|pls|please)\W+)*more\s+(?:on|about|regarding)\s+(?!(?:that|this|it|me|my|myself)\b)|"
    # "so what's left for me" (after a route the student can't take)
    r"what(?:'s|s|\s+is)\s+left(?:\s+for\s+(?:me|us))?(?=\s*(?:$|[?.!,]))|"
    r"aur\s+kuch|aur\s+(?:koi|konse|konsa|kaunse)|iba\s+pa|ano\s+pa|algo\s+más|algo\s+mas|"
    r"otr[oa]s?|ilawa|alawa|siwa|bukod|más\s+sobre|aro\s+kichu|ar\s+ki|eh\s+kaman|"
    # Spanish "tell me more (about the process)"
    r"(?:cu[eé]ntame|dime|expl[ií]came|h[aá]blame)\s+m[aá]s\b|"
    r"7aga\s+tan(?:y|ya)|vera\s+enna|"
    # after the v19 look: Finnish "muita" (other), "muuta" (else), Uzbek "boshqa" (other;
    # not "yana", Hausa "he is"), Kinyarwanda "ibindi", "ikindi" (others, another), Khmer
    # "ey teat" (what else)
    r"muita|muuta|boshqa|ibindi|ikindi|ey\s+teat|"
    # Lao (unspaced) "what else", "any more?", "other (ways, options)...more", "tell me more",
    # "besides", "other ways", "other options"
    r"ຫຍັງອີກ|ອີກບໍ່|ອື່ນອີກ|ອື່ນໆ|ບອກຕື່ມ|ຕື່ມອີກ|ນອກຈາກ|ວິທີອື່ນ|ທາງເລືອກອື່ນ|ແນວອື່ນ|"
    # Burmese (unspaced) "another", "other ways", "tell (me) more", "explain more", "what
    # else"; Khmer "what else", "anything more", "other ways/tips", "tell/explain more"
    r"နောက်ထပ်|တခြားနည်း|တစ်ခြားနည်း|ထပ်ပြော|ထပ်ရှင်းပြ|ပိုပြော|ဘာထပ်|ထပ်ရှိ|"
    r"អ្វីទៀត|អីទៀត|មានទៀត|វិធីផ្សេង|គន្លឹះផ្សេង|ប្រាប់បន្ថែម|ពន្យល់បន្ថែម|បន្ថែមទៀត|"
    # after the v21 look: Serbian "još nešto/neki/načina" (anything/any other more), "osim"
    # (besides), Azerbaijani "başqa" (other), Kannada "bere enu/yaav…" (what/which other;
    # Czech "bere" is "takes", Yoruba "start"), Igbo "ọzọ" (other)
    r"jo[sš]\s+(?:ne[sš]to|neki|nekih|na[cč]ina|tih|ne[sš]ta)|osim|ba[sş]qa|bashqa|"
    # Latvian "what else", "what other (options, ways, myths…)", "anything else", "other
    # options/ways", "what next"
    r"(?:kas|ko)\s+v[eē]l|k[aā]d(?:i|as|s|a|u)\s+v[eē]l|v[eē]l\s+kaut\s+(?:kas|ko|k[aā]d\w*)|"
    r"cit(?:i|as|us|u)\s+(?:varianti|variantus|veidi|veidus|ce[lļ]i|ce[lļ]us|iesp[eē]jas|padomi|padomus)|"
    r"kas\s+t[aā]l[aā]k|"
    # Afrikaans "anything else", "what else", "any/which other (ways)", "besides"
    r"nog\s+iets|wat\s+(?:nog|anders)|iets\s+anders|(?:enige|watter|watse|nog)\s+ander|"
    r"ander\s+(?:opsies|maniere|wenke|goed|dinge|myths?|kursusse|courses?)|behalwe|"
    # Estonian "what else", "anything else", "what other (options)", "more tips/examples"
    r"mis\s+muud|muud\s+variandid|mida\s+veel|mis\s+veel|veel\s+midagi|"
    r"veel\s+(?:nippe|variante|n[aä]iteid|v[oõ]imalusi)|"
    r"bere\s+(?:enu|ena|enaadru|yaav\w*)|"
    # Turkmen "what else", "which other…", "other ways/resources/competitions", "anything
    # else", "besides this"; not "başga" as "different" ("başgaça")
    r"(?:ba[şs]ga|[ýy]ene)\s+(?:n[äa]me|ha[ýy]sy|zat|bir\s+zat)\b|"
    r"ba[şs]ga\s+(?:[ýy]ol\w*|maslahat\w*|resurs\w*|[ýy]ary[şs]\w*|kurs\w*|mysal\w*|"
    r"\w+-?(?:lar|ler))\b|mundan\s+ba[şs]ga|"
    # Tongan "other ways/options" ("ngaahi founga kehe"), "anything else" ("ha me'a kehe"),
    # "what else"
    r"ngaahi\s+\w+\s+kehe|(?:ha|e)\s+me['’ʻ]?a\s+kehe|ko\s+e\s+ha\s+(?:e\s+)?me['’ʻ]?a\s+kehe|"
    r"(?:ha|e)\s+founga\s+kehe|"
    # Kabyle "anything/something else", "what else", "other ways/tips/ones", "besides"
    r"(?:kra|ayen|acu|d\s+acu)\s+nni(?:ḍ|dh|d)en|\w+\s+nni(?:ḍ|dh|d)en|ugar\s+n\s+\w+|"
    r"ma\s+ulac\s+(?:kra|ayen)|"
    # Setswana "anything else", "something else", "other ways/ones", "what else", "is there
    # something (more)", "besides"
    r"sengwe\s+gape|sengwe\s+se\s+sele|se\s+sengwe|(?:tse|e|di)\s+dingwe|(?:ditsela|tsela)\s+(?:\w+\s+)?(?:tse\s+)?dingwe|"
    r"eng\s+gape|go\s+na\s+le\s+sengwe|ntle\s+le|"
    # Sesotho "anything else", "what else", "other ways/ones", "is there something (more)"
    r"ho\s+hong\s+hape|eng\s+hape|(?:tse|li|di)\s+ling|(?:litsela|tsela|mekhoa)\s+(?:\w+\s+)?(?:tse\s+)?ling|"
    r"ho\s+na\s+le\s+ho\s+hong|"
    # Lingala "anything else", "other things/ways", "tell me more", "more (things)"
    r"eloko\s+mosusu|biloko\s+misusu|makambo\s+mosusu|makambo\s+misusu|"
    # …"other tips, ways, options, examples, tricks" (not any "ba … misusu": "ba ressources
    # misusu lisusu? ba blogs?" names what it wants)
    r"(?:ba\s+)?(?:conseils|options|astuces|ndakisa|mayele|nzela)\s+misusu|"
    r"(?:ba\s+)?nzela\s+mosusu|banzela\s+mosusu|"
    r"yebisa\s+ngai\s+(?:\w+\s+){0,3}lisusu|lisusu\s+\w+\s+mosusu|"
    # Catalan "anything else", "nothing else?", "what else", "other options, ways, tips,
    # competitions", "apart from"
    r"(?:alguna\s+cosa|algo|res|qu(?:è|e))\s+m(?:é|e)s|altres\s+(?:opcions|maneres|formes|coses|"
    r"consells|idees|competis|competicions|concursos|llocs|vies|recursos|cursos)|a\s+part\s+d|"
    # Luxembourgish "anything else", "other ways/options", "more tips", "what else"
    r"soss\s+nach|nach\s+eppes|nach\s+(?:m(?:é|e)i|aner)\s+\w+|aner\s+(?:we(?:ë|e)r|"
    r"m(?:é|e)iglechkeeten|tipps|optiounen|ressourcen)|wat\s+(?:g(?:ë|e)tt|ginn)\s+et\s+nach|"
    r"eppes\s+anescht|"
    # Sranan Tongo "what else", "what other…", "other ways/things/…", "more ways"; Dutch
    # "what else", "anything else", "other tips/options"
    r"san\s+(?:moro|tra|ete)\b|tra\s+(?:fasi|sani|wan|pasi|tips|kompani|kursus)\w*|moro\s+fasi|"
    r"wat\s+(?:nog\s+)?meer|wat\s+nog|nog\s+(?:iets|meer)|andere\s+(?:tips|opties|manieren)|"
    # siSwati "what else", "anything else", "other things/ways"
    r"yini\s+(?:lenye|lokunye)|lokunye\s+futsi|(?:tintfo|tindlela)\s+letinye|letinye\s+(?:tintfo|tindlela)|"
    # isiXhosa "what else", "anything else", "another thing", "other things/ways/…" ("ezinye
    # ii-ideas"), "tell me more"
    r"yintoni\s+enye|enye\s+into|okunye\b|(?:izinto|iindlela|iingcebiso)\s+ezinye|"
    r"ezinye\s+(?:izinto|iindlela|iingcebiso|ii[\w-]+|i-?\w+)|(?:ndixelele|undixelele|"
    r"ukundixelela)\s+ngakumbi|(?:iinkcukacha\s+)?ezingakumbi|"
    # Yoruba "other ways/things", "anything else", "another one", with and without its marks
    r"(?:ọ̀nà|ona|nǹkan|nkan|ohun|àwọn|awon)\s+(?:mìíràn|míràn|miran|miiran|òmíràn|omiran)|"
    r"(?:ṣé|se)\s+(?:ẹ|e)\s+(?:tún|tun)\s+(?:ní|ni)\s+(?:òmíràn|omiran)|"
    # Ewe "anything else", "other ways/things/…" ("X bubu(wo)"; not "nya bubu", another
    # matter), "is there more"
    r"nu\s+bubu|(?!nya\s)[^\W\d_]+\s+bubu(?:wo)?\b|bubuwo|"
    # Javanese "what else" ("apa maneh", "apa liyane"), "other X" ("tips liyane", "cara liya",
    # "conto liyane"), "X more" ("sumber maneh")
    r"\b(?:apa|opo|sing)\s+(?:maneh|meneh|malih|liyane)\b|"
    r"\b(?:tips|cara|carane|conto|contone|sumber|kompetisi|lomba|mitos|project|proyek|saran|"
    r"pilihan|opsi|kursus|course|blog|buku|tahapan|syarat|skill|hal|dalan)\s+(?:liyane|liyan|"
    r"liya|liyo|maneh|meneh)\b|"
    # Sundanese "what else" ("naon deui"), "other X" ("cara sejen", "lomba sejenna", "nu
    # sejen"), "is there more X" ("aya deui mitos?")
    r"\bnaon\s+deui\b|\b(?:nu|cara|carana|tips|conto|contona|sumber|lomba|kompetisi|mitos|"
    r"project|proyek|saran|pilihan|opsi|kursus|course|blog|buku|tahapan|syarat|skill|hal|"
    r"jalan|rute|platform|website|perusahaan|matkul)\s+(?:sejen|sejenna|séjén|séjénna)\b|"
    r"\baya\s+deui\s+(?:teu\s+)?(?!teu\b)[^\W\d_]+|"
    # Minangkabau "what else" ("apo lai"), "other X" ("syarat lain", "caro nan lain",
    # "bacaan nan lain"), "is there more X" ("ado lai ndak rekomendasi…?"), "one more"
    r"\bapo\s+lai\b|\b(?:nan|caro|tips|syarat|saran|sumber|buku|bacaan|rekomendasi|kompetisi|"
    r"lomba|project|proyek|pilihan|jalan|website|course|kursus|tahapan|skill|hal|contoh|"
    r"perusahaan)\s+(?:nan\s+)?lain(?:nyo)?\b|\bado\s+lai\s+(?:ndak\s+)?(?!ndak\b)[^\W\d_]+|"
    r"\bciek\s+lai\b|"
    # Batak Toba "what else" ("aha dope", "aha nai"), "is there another / more" ("adong na
    # lain?", "adong dope?"): "dope" (still) and "aha" (what) are weak marks, so a short
    # request is read by its words
    r"\baha\s+(?:dope|nai)\b|\badong\s+(?:dope|na\s+(?:lain|asing))\b|"
    # Ilocano "other(s) (else)" ("sabali pay?", "dadduma pay nga ways?"; "pay" alone is
    # English pay)
    r"\b(?:sabali|dadduma)\s+pay\b|"
    # Khmer in Latin letters "what else", "one more", "X more" ("tip teat", other tips),
    # "other ways" ("vithi phseng")
    r"(?:ey|avey)\s+(?:khlah\s+)?(?:teat|tiet)\b|mouy\s+(?:teat|tiet)\b|"
    r"(?<!ot\s)[^\W\d_]+\s+(?:teat|tiet)(?=\s+(?:te|ot|dae|bong)\b|\W*$)|"
    r"(?:vithi|robeab|kun(?:lues|leuh))\s+phs(?:e|ê)ng\b|"
    # Aymara "others", "other ways/things/…" ("yaqha X"; not "yaqha jiskt'a", another
    # question), "what else"
    r"yaqhanaka|yaqha\s+(?!jiskt)[^\W\d_]+|kunas\s+juk['’]?amp?i|"
    # K'iche' "is there more?", "another one", "another way"
    r"\bk['’ʼ]?o\s+chik\b|\bjun\s+chik\b|"
    # Pular "what else", "other ways/things", "something else", with and without ɗ
    r"hon(?:ɗ|d)u[nm]\s+kadi\b|(?:laabi|huunde|golle)\s+go(?:ɗɗ|dd|dɗ)(?:i|um)\b|"
    r"go(?:ɗɗ|dd|dɗ)um\s+kadi\b|"
    # Danish "anything else", "other/more ways, tips, competitions…", "more about…";
    # Greenlandic "others (are there)?" ("allanik …-qarpa")
    r"noget\s+andet|(?:andre|flere)\s+(?:m(?:å|aa|a)der|tips|forslag|eksempler|ting|kurser|"
    r"konkurrencer|muligheder|steder|projekter|ressourcer)|^mere\s+om\b|"
    r"\balla(?:nik|mik)\s+\w+qarpa\b|"
    # Faroese "anything else", "other ways, tips, options", "more"
    r"(?:nakað|nakad)\s+(?:annað|annad|meira)|(?:aðrir|adrir|aðrar|adrar|onnur|fleiri)\s+"
    r"(?:mátar|matar|ráð|rad|møguleikar|moguleikar|kappingar|síður|sidur|\w+)|"
    # Cape Verdean Creole "other options/ways/things/sites", "what else", "is there more",
    # "another thing" (not "otu kuza:", a new subject)
    r"otus\s+(?:opson|opsons|manera|maneras|kuza|kuzas|sitiu|sitius|kursu|kursus|dika|dikas)\b|"
    r"otu\s+(?:kuza|kusa|opson)\b(?!\s*:)|kuze\s+mas\b|ten\s+mas\s+(?:kuza|opson)|"
    # Arabizi "(is there) something/anything else", "other ways/courses" (not "tani" alone,
    # Yoruba "who")
    r"\b(?:fi|fih|fee|feeh|kayn)\s+(?:shi|shay|7aga|haga|7aja|ay\s+(?:7aga|haga|shi))\s+(?:tani|tany|tanya|thani|kaman|ghir|gher|ghero)\b|"
    r"\b(?:ay\s+)?(?:7aga|haga|7aja|shi|shay)\s+(?:tanya|tani|tany|thani|kaman|okhra)\b|"
    r"\b(?:toro2|tor2|kutub|kotob|korsat|courses|projects|masharee3|mashari3)\s+(?:tanya|tanyin|tanyeen|tania|okhra)\b|"
    # Guinea-Bissau Kriol "(still) other things/ways/books/courses" (not "otru kusa:", a new
    # subject), "what else"
    r"\b(?:inda\s+)?(?:otru|utru)s?\s+(?:kusa|kusas|kaminhu|kaminhus|manera|djitu|livru|livrus|kursu|"
    r"kursus|opson|opsons)\b(?!\s*:)|kus(?:e|é)\s+mas\s+k[ui]\b|"
    # Punjabi in Latin letters "anything else", "any other (way)", "which other…", "besides X,
    # more"
    r"\bhor\s+(?:koi|kuch|kujh|kuj|kehde|kehdi|kehda|kehre|ki)\b|\b(?:ton|de)\s+ilawa\s+hor\b|"
    # Icelandic "anything else", "something else", "other/more ways, tips, options",
    # "besides"
    r"eitthva(?:ð|d)\s+(?:fleira|anna(?:ð|d)|meira)|(?:a(?:ð|d)rar|fleiri|(?:ö|o)nnur)\s+"
    r"(?:lei(?:ð|d)ir|lei(?:ð|d)|r(?:á|a)(?:ð|d)|hugmyndir|m(?:ö|o)guleikar|keppnir|"
    r"s(?:í|i)(?:ð|d)ur|d(?:æ|ae)mi|\w+)|fyrir\s+utan|au(?:k|ki)\s+(?:þ|th)ess|"
    # Norwegian "other/more ways, tips, options, examples…", "anything more/else", "what
    # else", "tell (me) more", "besides that", with or without æ ø å
    r"(?:andre|fler|flere)\s+(?:m(?:å|a|aa)ter|tips|forslag|alternativ(?:er)?|eksempl(?:er)?|"
    r"eksempel|ting|ressurser|kurs|myter|muligheter|steder|selskaper|bedrifter|sider|"
    r"nettsider|b(?:ø|o|oe)ker|prosjekter|ideer|idear|plattformer|konkurranser)|"
    r"(?:noe|noko)\s+(?:mer|meir|annet|anna)|(?:hva|ka|kva)\s+(?:mer|meir|annet|anna|ellers)|"
    r"fortell(?:e)?\s+(?:meg\s+)?(?:litt\s+)?mer|forklar(?:e)?\s+(?:litt\s+)?mer|utover\s+det|"
    r"bortsett\s+fra|i\s+tillegg\s+til|"
    # Swedish "more than…", "besides", "anything else", "other options/ways/tips", "more
    # ways", "more about…"
    r"mer\s+(?:ä|a)n|ut(?:ö|o)ver|f(?:ö|o)rutom|(?:n(?:å|a)got|n(?:å|a)t|ngt)\s+annat|"
    r"andra\s+(?:alternativ|s(?:ä|a)tt|tips|f(?:ö|o)rslag|v(?:ä|a)gar)|fler\s+(?:s(?:ä|a)tt|tips|alternativ)|"
    r"(?:n(?:å|a)t|n(?:å|a)got|ngt)\s+mer|^mer\s+om\b|"
    # Armenian "el inch?" (what else?), "heto?" (and then?) alone; Kurmanji "mînakek bide min"
    # (give me an example): not "el" or "min" as words for more (Spanish "¿el?", "2 min")
    r"el\s+(?:inch|in4|ban|urish|inchner)\b|^heto$|m[iî]nak(?:ek|ekê)?\s+bide\s+min\b|"
    r"\bozo\b|"
    # Kurmanji Kurdish "besides", "apart from", "something else", "other (ways)"
    r"ji\s+bil[iî]|ji\s+xeyn[iî]|ti[sş]h?tek[iî]\s+din?|(?:r[eê]|r[eê]y)[eê]n\s+din?|"
    # Hungarian "another way/option/tip/material…", "anything else", "the other (myths)";
    # not "kitűnjek a többi közül" (stand out from the others)
    r"m[aá]s\s+(?:[uú]t|utak|m[oó]d|lehet\w*|tipp\w*|anyag\w*|forr[aá]s\w*|verseny\w*|"
    r"oldal\w*|k[oö]nyv\w*|t[eé]vhit\w*|valami)|mást|m[eé]g\s+valami|egy[eé]b|"
    r"^(?:[eé]s\s+)?a\s+t[oö]bbi(?!\s+k[oö]z[uü]l)|ezen\s*k[ií]v[uü]l|"
    # Twi "foforo (bi)" (other, new), "biribi bio/foforo" (something more), "eno nko ara?"
    # (is that all?); Swahili "nini kingine" (what else), "kitu/njia … nyingine" (another
    # thing/way), "zaidi ya" (besides), "mengine" (others)
    r"(?<!question\s)(?<!as[eɛ]m\s)foforo|biribi\s+(?:bio|foforo)|eno\s+nko\s+ara|"
    r"(?:nini|kitu|jambo|chochote)\s+(?:\w+\s+)?(?:kingine|lingine|jingine)|"
    r"(?:njia|resources|options|mashindano|kozi|vitu|mambo)\s+(?:\w+\s+)?(?:nyingine|mengine|vingine)|"
    r"zaidi\s+ya|mengine|vingine|"
    # Somali "what else", "anything else", "other ways/courses/examples…", "besides X" ("X ka
    # sokow"), "except X" ("X mooyee"); not "su'aal kale" (another question: a change of
    # subject)
    r"\bwax\s+kale\b|\bmaxaa\s+kale\b|\b(?:kuwo|kuwa|hab|habab|siyaabo|waddo|wado|waddooyin|ilo|"
    r"koorsooyin|tusaalooyin|tusaale|fursado|talooyin|mashaariic|tartamo|buugaag|shirkado|"
    r"options?|resources?|courses?|ways?)\s+kale\b|\bka\s+sokow\b|\bmooyee\b|\bmooyaane\b|"
    # Lithuanian "what else", "anything else", "what other…", "besides", "other
    # options/resources/ways"; not "kas daugiau moka" (who earns more), nor "be to" (a
    # Hinglish gloss's "ho to", if so)
    r"kas\s+dar|dar\s+kas(?:\s+nors)?|kas\s+nors\s+daugiau|(?:kok(?:ie|i[uų]|ius|ia|s)|k[aą])\s+dar|"
    r"dar\s+kok(?:ie|i[uų]|ius|ia|s)|i[sš]skyrus|be\s+(?:[sš]ito|[sš]i[uų]|t[uų])\b|"
    r"(?:kiti|kit[uų]|kitoki[uų]|kitus)\s+(?:variant|resurs|[sš]altin|b[uū]d|konkurs|projekt|"
    r"kurs|patarim|mit)\w*|"
    # Afaan Oromoo "other … (is there)?", "what else", "besides X", "tell me others"; not
    # "gaaffii biraa" (another question: a change of subject)
    r"(?<!gaaffii\s)(?:kan|waan|karaa|resource|tarkaanfii|dorgommii\w*|myths?)\s+(?:\w+\s+){0,2}?(?:biraa|biroo)|"
    r"(?<!gaaffii\s)biroo|maal\s+(?:\w+\s+)?(?:biraa|dabalataa)|\w+\s+malee\s+(?:\w+\s+){0,3}?(?:biraa|biroo)|"
    r"kana\s+malee|dabalataa|"
    # Chichewa "are there others/more…?", "what else?", "tell me more/something else",
    # "anything to add"
    r"(?:pali|kuli)\s+(?:\w+\s+){0,3}?(?:ena|zina|ina|wina|china|zinanso|zowonjezera)|"
    r"zina\s+ziti|ndiuzeni\s+(?:zambiri|zina|china)|tandiuzani\s+(?:zambiri|zina|china)|"
    r"zina\s+zowonjezera|china\s+chatsopano|"
    # Konkani in Latin letters "aniki konche/konchyo/kosle …" (which other …), "aniki kaim"
    # (anything more), "X sodun aniki" (besides X, what else)
    r"\baniki\s+(?:konche|konchyo|konchi|koncho|konnte|konnteo|konnti|konnto|kosle|kosli|koslo|"
    r"kaim|kitem)\b|\bsodun\s+(?:\w+\s+)?aniki\b|"
    # Marathi "ajun kay" (what else), "ajun ase kahi" (any more like these), "ajun konte"
    r"ajun\s+(?:(?:ase|asa|ashi)\s+)?(?:kay|kahi|konte|konta|konti|kontya|kuthla|kuthle)|"
    # German "was noch", "sonst noch", "noch andere/mehr/was", "außer", "andere Wege"; not
    # "noch nicht" (not yet)
    r"was\s+noch|sonst\s+noch|und\s+sonst|noch\s+(?:andere|weitere|mehr)|"
    r"noch\s+(?:was|etwas)(?!\s+anderes)|"
    r"au(?:ß|ss)er|andere\s+(?:wege|m(?:ö|oe)glichkeiten|optionen|ideen|tipps|ressourcen|"
    r"sachen|dinge|quellen|wettbewerbe|competitions|mythen)|"
    # Pashto in Latin letters "nor … ham shta?" (is there more …), "what more", "other ways"
    # Malagasy "is there (anything) other / more", "what else", "other ways", "besides"
    r"misy\s+(?:\w+\s+){0,2}?hafa|inona\s+(?:(?:\w+\s+){0,2}?)koa|hafa\s+koa|"
    r"(?:fomba|loharanon-kevitra|zavatra|fiheverana)\s+(?:diso\s+)?hafa|ankoatr[ay]|"
    r"nor\s+(?:\w+\s+)?(?:ham|shta)|(?:sa|tsa)\s+nor|bal\s+(?:tareeq\w*|lar[ae]|sa|tsa))\b"
)
_DOUBT = phrase_pattern(
    # Gĩkũyũ "is it true?", "really?" ("nĩ ma?", "nĩ ma kweli?", "nĩ ma mũno?") as all of it,
    # typed with or without the tildes
    r"^(?:(?:hmm+|eh|ah|ii|ĩĩ|ok|sawa|no|na)\s+)*n[iĩ]\s+ma(?:\s+(?:kweli|m[uũ]no|k[uũ]ri))?$|"
    # Dholuo "really?" ("adier?", "en adier?", "adier kamano?") as all of it, "that's for rich
    # people only, not for people like me" ("mano en mar jo pesa kende", "ok en ne ji kaka
    # an"); "I don't believe it" ("ok ayie") is read from the gloss
    r"^(?:(?:to|ok|sawa|hmm+|eh|ah)\s+)*(?:en\s+)?adier(?:\s+(?:koso|kamano|ni|donge))?$|"
    r"\ben\s+mar\s+jo\s+(?:pesa|mwandu|america)\b|\bok\s+en\s+ne\s+ji\s+kaka\s+an\b|"
    # Konkani in Latin letters "are you sure?" ("tuka khatri asa?", "tu sure aseai?"), "I
    # don't believe (it)" ("mhaka vixvas bosona"), "is that so?" ("oxem kai?", "oxem
    # khorench?"), "you're saying it isn't (good)?" ("… bore nam mhonntai?")
    r"\b(?:tuka|tumkam)\s+(?:khatri|nakki|sure)\b|\b(?:tu|tum)\s+(?:sure|nakki)\s+(?:aseai|asai|asat)\b|"
    r"\bvi(?:x|sh|s)vas\s+(?:bosona|bosna|bosta\s+na|zaina|na)\b|"
    r"^(?:(?:hmm+|ok|pun|ani|mure|baba)\s+)*oxem\s+(?:kai|khorench|khorem|asa\s+kai)\b|"
    r"\b(?:nam|na|nhoi|zaina|asa)\s+mhonn?tai\b|"
    # Bemba "I don't believe (it)" ("nshisumina", "nshicetekela"); Tashelhit "I don't believe
    # it" ("ur umnegh", "ur amngh")
    r"\bnshi(?:sumina|sumine|cetekela|cetekele)\b|\bur\s+(?:umngh|umnegh|amngh|amnegh|tamngh)\b|"
    # Arabizi "is that reasonable/possible?" ("ma3 2ool?", "ma32ool?"), "I'm not sure" ("ana
    # msh mota2aked"); "really?", "are you sure?" alone are `_ASKED_DOUBT`
    r"\bma3\s*(?:2|q|k|')?o+u?l\b|\bma?3(?:2|q|k|')o+u?l\b|"
    r"\b(?:msh|mesh|mish|mush|ma)\s+(?:mota|mit|mt|mo)(?:2|q)a?k+(?:e|i)?d\b|"
    # Assamese in Latin letters "really?", "is it true?" ("sosa ne?", "hosakoi?", "sosa
    # neki?"), "I don't believe it" ("bissas hua nai"), "are you sure?"; in its script too
    r"^(?:(?:hmm|ok|ki|eh)\W+)*(?:sosa|hosa|xosa|sosakoi|hosakoi|xosakoi)(?:\s+(?:ne|neki|nki|"
    r"kowa|koisa))?\W*$|\b(?:bissas|biswas|bixhax)\s+(?:hua|huwa|hoa)\s+nai\b|"
    r"\b(?:tumi|apuni)\s+(?:sure|nixsit|nissit)\s+(?:ne|neki)\b|"
    r"^\W*(?:সঁচা|সঁচাকৈ)(?:\s+(?:নে|নেকি|কৈছা))?\W*$|বিশ্বাস\s+হোৱা\s+নাই|"
    # Hausa "really?", "is it true?" (alone), "are you sure?", "I don't believe it", "I doubt
    # it"
    r"^(?:(?:to|toh|ok|haba|kai|malam)\s+)*(?:da\s+gaske|gaskiya)(?:\s+ne)?(?:\s+(?:kake|kike|kuke|"
    r"malam))?\s*\??\s*$|\b(?:ka|kin|kun)\s+tabbata\b|\bkana\s+da\s+tabbas\b|"
    r"\bban\s+yarda\s+ba\b|\bina\s+(?:da\s+)?shakka\b|"
    # Sylheti in Latin letters "is it true?" ("hasa ni?", "hasa naki?"), "are you sure?"
    # ("tumi sure ni?"), "I don't believe it" ("bishash oy na", "bishash khorte farina"),
    # "that seems impossible" ("ita to impossible lage")
    r"\bhasa\s+(?:ni|naki|khoitaso|koitaso)\b|\b(?:tumi|afne|apne)\s+(?:ki\s+)?sure\s+ni\b|"
    r"\b(?:bishash|bissas|biswas)\s+(?:oy|oibo|oitase)\s+na\b|"
    r"\b(?:bishash|bissas|biswas)\s+(?:khorte|korte)\s+(?:farina|parina|farsi\s+na|parsi\s+na)\b|"
    r"\b(?:ita|eta|oita|uita)\s+(?:to\s+)?(?:impossible|osombhob|osomvob)\s+lage\b|"
    # Bengali in Latin letters "really?", "is it true?", "are you sure?", "I don't believe
    # it"; Gujarati "really?", "is that true?", "are you sure?", "I don't think so"
    r"^(?:(?:hmm|ok|ki)\s+)*(?:sh?otti|sotyi)(?:\s+(?:naki|bolchen|bolcho|bolso|bolchhen))?\s*\??\s*$|"
    r"\b(?:apni|tumi)\s+(?:ki\s+)?(?:sure|nishchit|nishcit)\b|\bbishash\s+(?:hoy|hocche)\s+na\b|"
    r"^(?:(?:hmm|ok|aa|e)\s+)*sach(?:u|i|o)(?:\s+(?:che|chhe|ke))?\s*\??\s*$|"
    r"\b(?:tame|tamne)\s+(?:sure|pakka|chokkas)\b|\bmane\s+(?:nathi\s+lagtu|vishvas\s+nathi)\b|"
    # Persian "I'm not sure", "are you sure?", "really?" (alone), "I doubt it", "I don't
    # think so", "I don't believe it"; Urdu "I'm not sure", "I doubt it", "really?" (alone),
    # "for sure?", "for real?"
    r"مطمئن\s+نیستم|مطمئنی|مطمئنید|^(?:\S+\s+)?واقعا\s*(?:\?|$)|شک\s+دارم|"
    r"فکر\s+نمی\u200c?\s*کنم|باور\s+نمی\u200c?\s*کنم|"
    r"یقین\s+نہیں|مجھے\s+شک|کیا\s+واقعی|^(?:\S+\s+)?(?:واقعی|پکا|سچ\s+میں)\s*(?:\?|$)|"
    # Sorani Kurdish "are you sure?" ("دڵنیایت", "دڵنیای"), "really?" (alone, or after a word),
    # "I don't believe it", "I doubt it", "I don't think so", "I'm not sure"
    r"\bدڵنیا(?:یت|ی)\b|^(?:\S+\s+)?(?:بەڕاستی|بەڕاستیتە)\s*(?:\?|$)|باوەڕ\s+ناکەم|"
    r"گومانم\s+(?:هەیە|لێیەتی)|پێم\s+وا\s+نییە|دڵنیا\s+نیم|دڵنیانیم|"
    # Sindhi "really?" ("سچ پچ؟", "سچي پچي؟") alone or opening a reply, "I can't believe it",
    # "are you sure?", "I doubt it"
    r"^\W*(?:سچ\s+پچ|سچي\s+پچي)\s*(?:\?|$)|يقين\s+(?:ئي\s+)?(?:نٿو|نه\s+ٿو|ڪونه\s+ٿو)\s+اچي|"
    r"پڪ\s+(?:سان\s+)?آهي\s*\?|مون\s+کي\s+شڪ|"
    # Gilbertese "really?", "is it true?" ("koaua (ke)?", "e koaua?") opening a reply, "is that
    # possible?" ("e kona ke?") closing a short one, "I don't believe it" ("i aki kakoauaa")
    r"^(?:(?:ao|ok|hmm|eng)\W+)*(?:e\s+)?koaua\b|^(?:\S+\W+){0,3}e\s+kona\s+ke\W*$|"
    r"\baki\s+kakoauaa?\b|"
    # Comorian "is it true?" ("ndo kweli?", "ndo haki?"), "I don't believe it"
    r"^(?:(?:hmm|ok|ah|vraiment)\s+)*ndo\s+(?:kweli|haki)\b|\btsi\s+ngamuamini\b|"
    # Chamorro "really?", "is it true?" ("kao magåhet?"), "I don't believe (it)" ("ti hu
    # hongge"), "are you sure?" ("kao sigurao hao?")
    r"^(?:(?:hmm|ok|ai|lao)\s+)*(?:kao\s+)?mag(?:å|a)het(?:\s+ha)?\s*(?:\?|$)|"
    r"\bkao\s+mag(?:å|a)het\b|\bti\s+hu\s+hongg(?:e|i)\b|\bkao\s+sigurao\s+(?:hao|hagu)\b|"
    # Sango "really?", "is it true?" ("tâ tënë?", "biani?"), "I don't believe it" ("mbi
    # mä na bê pëpe"), "I didn't understand it well" ("mbi mä ni nzoni pëpe"), "are you sure?"
    r"^(?:(?:hmm|ok|me|vraiment)\s+)*t(?:â|a)\s+t(?:ë|e)n(?:ë|e)(?:\s+la)?\b|"
    r"^(?:(?:hmm|ok|me)\s+)*b(?:i|î)an(?:i|î)\s*(?:\?|$)|"
    r"\bmbi\s+m(?:ä|a)\s+(?:ni\s+)?na\s+b(?:ê|e)\s+p(?:ë|e)pe\b|"
    r"\bmbi\s+m(?:ä|a)\s+(?:ni|tënë\s+so|tene\s+so)\s+(?:nzoni\s+)?p(?:ë|e)pe\b|"
    r"\bmo\s+hinga\s+(?:ni\s+)?(?:nzoni\s+)?bi(?:a|â)n(?:i|î)\b|"
    # Mooré "is it true?" ("yaa tɩrga?", "yaa sɩda?"), "I don't believe it" ("m pa tẽed ye")
    r"\byaa\s+t(?:ɩ|i)rg(?:a)?\b|\byaa\s+s(?:ɩ|i)d(?:a)?\b|\bm\s+pa\s+t(?:ẽ|e)e(?:d|g)\b|"
    # Bambara "really?" ("tiɲɛ na?", "tiɲɛ tiɲɛ?"), "I don't believe it" ("n t'a da"),
    # "is that true?", "are you telling the truth?", "I doubt it" ("sigiyaa bɛ n na")
    r"^(?:(?:ayiwa|hmm|ok|vraiment)\s+)*ti(?:ɲ|ny)(?:ɛ|e)(?:\s+ti(?:ɲ|ny)(?:ɛ|e))?(?:\s+na|\s+wa)?\s*$|"
    r"^(?:(?:ayiwa|hmm|ok|vraiment)\s+)*ti(?:ɲ|ny)(?:ɛ|e)\s+na\b|\bn\s+t['’]?\s*a\s+da\b|\bn\s+t(?:ɛ|e)\s+a\s+da\b|"
    r"\bo\s+ye\s+ti(?:ɲ|ny)(?:ɛ|e)\s+ye\s+wa\b|\bi\s+b['’]?\s*a\s+f(?:ɔ|o)\s+ti(?:ɲ|ny)(?:ɛ|e)\s+la\b|\bsigiyaa\s+b(?:ɛ|e)\s+n\s+na\b|"
    # Mauritian Creole "really?", "seriously?", "is it true?", "I don't believe (it)", "I'm
    # not convinced", "so it's not even worth it?"
    r"^(?:(?:hmm+|ayo|me|bon|ok)\W+)*(?:serye|vremem|vreman|c\s+vre|se\s+vre)\W*$|"
    r"\bmo\s+pa\s+(?:tro\s+)?(?:krwar|konvinki|kone\s+si)\b|"
    r"\bpa\s+vo\s+lapenn?\s+mem\b|\b(?:c|se)\s+vre\s+sa\b|"
    # Tetum "really?", "is that true?", "I don't believe (it)", "are you sure?", "I doubt
    # it"; not "loos ka lae?" closing a question (is that right?)
    r"^(?:hmm\s+|maibé\s+|maibe\s+)?loos\s+duni\b|^(?:hmm\s+)?(?:ne['’]?e\s+)?loos\s+ka$|"
    r"(?:ha['’]?u|hau)\s+la\s+fiar\b|ita\s+(?:iha\s+)?serteza\b|^serteza\b|"
    r"(?:ha['’]?u|hau)\s+duvida\b|"
    # Belarusian "really?", "I doubt it", "I'll believe it when I see it", "I don't
    # believe (it)", "hardly", "come on / nah", "yeah right", "is that true?", "are you
    # sure?", "that doesn't work (for me)"; not "сумняваюся паміж…" (torn between), nor
    # Russian "не верующий" (not a believer); Macedonian "не верувам" (I don't believe) too
    r"^(?:ну\s+)?сапраўды(?=\s*$|\s+(?:нават|ці|што|так)\b)|"
    r"^(?:я\s+)?(?:моцна\s+)?сумняваюся(?!\s+(?:паміж|ці|што\s+выбраць)\b)|"
    r"паверу\s+калі\s+[уў]бачу|не\s+веру(?:вам)?\b|на[ўу]рад\s+ці|^ды\s+(?:ну|не)\b|"
    r"^ага\s+(?:канешне|канечне|вядома)\b|^ня[ўу]жо\b|^хіба\s+(?:так|праўда)\b|"
    r"^(?:гэта\s+)?праўда(?=\s*$|\s+(?:так|што)\b)|ты\s+[уў]пэўнен|"
    r"гэта\s+(?:\w+\s+){0,4}не\s+працуе|"
    # Tajik "really?", "is that true?", "I don't believe (it)", "hard to believe",
    # "necessarily?", with and without its letters
    # (the words of a message, joined: "ростӣ?" alone, or before "ман фикр…", "ҳатто…")
    r"^(?:рост[ӣи]|[ҳх]а[қк]и[қк]атан|во[қк]еан|[ҳх]атман|магар)(?:$|\s+(?:ман\s+фикр|"
    r"[ҳх]атто|яъне)\b)|"
    r"^(?:ин\s+)?(?:рост|дуруст)\s+аст$|бовар\s+намекунам|бовар\s+кардан\s+душвор|"
    r"(?:^|(?<=\s))наход\b|"
    # Tigrinya "really?", "is it true?", "I don't believe it", "are you sure?", "does that
    # mean…?"
    r"ብሓቂ\s*(?:ድዩ|ዶ)?\s*\?|ሓቂ\s+ድዩ|ኣይኣምኖን|ኣይኣምንን|ርግጸኛ\s+ዲኻ|ማለት\s+ድዩ\s*\?|"
    # Tigrinya in Latin letters "really?", "is it true?", "I don't believe it", "are you
    # sure?"
    r"\bb(?:h|ih)a(?:k|q)i\s*(?:diyu|dyu|do)?\s*\?|\bhaki\s+diyu\b|\bayamn(?:n|on)\b|"
    r"\brgtsegna\s+di(?:ka|ki)\b|"
    # Amharic in Latin letters "I don't believe it", "are you sure?"
    r"\balamn(?:im|m)\b|\bergitegna\s+(?:neh|nesh|not)\b|"
    # Amharic "I don't believe it", "are you sure?"
    r"አላምንም|እርግጠኛ\s+(?:ነህ|ነሽ|ነዎት)|"
    # Sakha "really?", "is that true?" ("кырдьык дуо", "чахчы дуо"), "I don't believe
    # (it)", with and without ҕ
    r"^(?:\w+\W+)?кырдьык\s+дуо\b|^чахчы\s+(?:да\s+)?дуо\b|\bитэ(?:ҕ|г)эйбэппин\b|"
    r"\bитэ(?:ҕ|г)эйиэхпин\s+сатаабат\b|"
    # Tatar "really?", "is that so?", "isn't it so?", "I don't believe (it)", "you're saying
    # …?", "is that right?"
    r"\bчынмы\b|\bчыннан\s+да\s+шулаймы\b|\bшулай\s+түгелме\b|\bышанмыйм\b|"
    r"\bышанасызмы\b|\bдиясез(?:ме|мени)\b|\bдөресме\b|\bчынлапмы\b|"
    # Kyrgyz "really?", "is that true?", "I don't believe (it)", "how do you know", "I
    # doubt it" (Russian "сомневаюсь" by itself: not "сомневаюсь, что меня возьмут", nor
    # "сомневаюсь между PyTorch и TensorFlow")
    r"чынбы|чын\s+эле(?:би|\s*\?|\W*$)|ишенбейм|ишенгим\s+келбейт|кайдан\s+билеси[ңз]|"
    r"(?:^|(?<=^я\s)|(?<=что\sто\s)|(?<=что-то\s))сомневаюсь(?=(?:\s+в\s+этом|\s+что\s?-?то)?\W*$)|"
    # Russian and Ukrainian "are you sure?", "I don't believe (it)", "hard to believe", "I
    # doubt it" (Ukrainian, alone as the Russian), "that's not so", "that's not true",
    # "really?" ("разве", "хіба" opening the message: "разве нужен PhD?" doubts that
    # one is), "come on", "isn't that outdated?", "seriously?" (Ukrainian), "sounds like a
    # fairy tale / a myth"; "I thought …", "but I heard / was told …" opening the message
    # (not "я думаю, что…", I think, which asks)
    r"(?:ты|вы|ти|ви)\s+(?:точно\s+|в\s+этом\s+|у\s+цьому\s+|в\s+цьому\s+)?(?:уверен[аы]?|"
    r"впевнен(?:ий|а|і)|упевнен(?:ий|а|і))\b|"
    r"(?:^|(?<=\s))(?:не\s+верю|не\s+верится|не\s+вірю|не\s+віриться|слабо\s+верится|"
    r"(?:с\s+трудом|трудно|важко|слабо)\s+(?:верится|віриться|поверить|повірити))\b|"
    r"(?:^|(?<=^я\s)|(?<=щось\s))сумні(?:ваюсь|ваюся)(?=(?:\s+в\s+цьому|\s+у\s+цьому)?\W*$)|"
    r"(?:^|(?<=^но\s)|(?<=^а\s)|(?<=^ну\s)|(?<=^та\s)|(?<=кажется\s)|(?<=здається\s)|(?<=по-моему\s)|"
    r"(?<=по\sмоему\s))(?:это|це|то)\s+(?:не\s+так|неправда|не\s+правда)\W*$|"
    r"^(?:(?:а|но|ну|и|і|та)\s+)?(?:разве|хіба)(?=\W*$|\s+(?:это|це|так|не|нужно|нужен|нужна|"
    r"обязательно|потрібно|потрібен|обов\w*)\b)|^(?:да|та)\s+(?:ладно|ну)\b|"
    r"(?:это|все|всё|уже|не|це|вже)\s+(?:уже\s+|вже\s+)?(?:устарел[оаи]?|застарі(?:ло|ла|ли|в))\b|"
    r"звуч(?:ит|ить)\s+(?:как|як)\s+(?:сказка|сказку|миф|легенда|реклама|казка|міф|"
    r"мотивационн\w+|мотиваційн\w+)|"
    r"^(?:(?:а|но|хм+|ну)\s+)?я\s+(?:думал|думала|думав|считал|считала|вважав|вважала)\b|"
    r"^(?:(?:а|но|хм+|ну)\s+)?(?:мне|мені)\s+(?:говорили|казали|сказали)\b|"
    r"^(?:а|но|та|але)\s+я\s+(?:слышал|слышала|читал|читала|чув|чула|читав)\b|"
    # Lao (unspaced) "really?", "is that true/right?", "are you sure?", "I don't believe
    # (it)", "I doubt it", the first opening a message; outside the group below, whose
    # closing \b never follows "ບໍ່" (it ends in a tone mark, which is no word letter)
    r"^\W*(?:ເຈົ້າ\s*)?(?:ແທ້|ແທ້ໆ|ແທ້ແທ້|ຈິງ|ແມ່ນແທ້)(?:ບໍ່|ບໍ|ຫວາ|ຫຼື|ເບາະ)|ແມ່ນແທ້ບໍ່|ຈິງບໍ່|"
    r"ແນ່ໃຈບໍ່|ແນ່ໃຈແທ້|ບໍ່ເຊື່ອ|ສົງໄສ|ເປັນໄປບໍ່ໄດ້|"
    # Burmese (unspaced) "really?", "are you sure?", "is that so?", "can I trust it?", "I
    # don't believe (it)"; Khmer "really?", "are you sure?", "I don't believe (it)", "I doubt"
    r"တကယ်လား|တကယ်ပဲလား|သေချာလား|ဟုတ်လို့လား|ဟုတ်ရဲ့လား|ယုံ(?:လို့)?ရ(?:ပါ့|ပါ)?(?:မလား|လား)|မယုံဘူး|"
    r"ពិតមែនទេ|ពិតទេ|ពិតមែនឬ|ប្រាកដទេ|ប្រាកដមែនទេ|មិនជឿ|អត់ជឿ|សង្ស័យ|"
    r"(?:^|\b)(?:(?:are|r)\s+(?:you|u)\s+(?:sure|certain|serious|kidding)|(?:you|u)\s+sure|"
    r"really|seriously|for\s+real|fr|is\s+(?:that|this|it)\s+(?:really\s+|truly\s+|indeed\s+)?(?:true|right|"
    r"correct|accurate|so)|is\s+it\s+(?:true|really|actually)|no\s+way|(?<!open\s)(?<!open-)sources?|"
    r"proof|evidence|"
    r"citation|how\s+(?:do|would|does|can)\s+(?:you|u|they|he|the\s+author)\s+know|doubt|"
    r"(?:that|this|it)(?:'s|s|\s+is|\s+sounds)?\s+(?:not\s+true|wrong|false|outdated|too\s+good|"
    r"hard\s+to\s+believe|bs|cap|a\s+myth|old|ancient|prehistoric)|too\s+good\s+to\s+be\s+true|"
    r"i\s+(?:don't|dont|do\s+not)\s+(?:think\s+so|believe|buy)|(?:but|i)\s+heard|"
    r"but\s+(?:my|everyone|people|recruiters|someone|i\s+read|others|most)|survivorship|"
    # "yeah right", "aye right" (Scots: no way), alone or before what it scoffs at; "but
    # nobody checks…", "but the advert doesn't say…": an objection; "so basically only if
    # you're at a US uni then", "so that route is only for…": the answer narrowed, doubted
    r"^(?:(?:oh|ah|och|ach)\s+)?(?:yeah|yea|aye)\s+right(?:$|\s+(?:that'?s|thats|as\s+if|sure|whatever)\b)|"
    # Belfast and Scots "aye right" scoffs before anything it scoffs at ("aye right, anywhere
    # in the world"), not "aye right enough" (true enough); "catch yerself on" (don't be daft)
    r"^(?:(?:oh|ah|och|ach)\s+)?aye\s+right\b(?!\s+enough\b)|\bcatch\s+(?:yerself|yourself|yersel|urself)\s+on\b|"
    # "but that is for people in america", "but thats only for big unis": whom it fits
    r"^(?:(?:ok|okay|hmm+|yeah|yes|aye)\s+)*but\s+(?:that|this|it|dat|dis)(?:'s|s|\s+is|\s+was)?\s+"
    r"(?:only\s+|just\s+|mostly\s+|all\s+|really\s+)?for\s+(?:people|students|those|folks|guys|"
    r"americans|big|top|rich|the\s+(?:us|usa|states|big|top|rich))\b|"
    r"\bbut\s+(?:nobody|no\s+one|noone|naebody|the\s+(?:advert|ad|posting|postings|listing|"
    r"listings|job\s+ads?|website|site|recruiters?)\s+(?:says?|said|doesn't|does\s+not|"
    r"don't|dont|disnae)\b)|"
    r"^(?:(?:so|then|wait|hmm+)\s+)+(?:basically\s+|it'?s\s+|its\s+|that'?s\s+|thats\s+)?only\s+"
    r"(?:if|for|at|when)\b|^so\s+(?:\w+\s+){1,3}(?:is|are|works?)\s+only\s+for\b|"
    # "so unless yer at harvard its a waste of time": the answer's condition turned round
    r"^(?:(?:so|then|wait|hmm+)\s+)+(?:basically\s+)?unless\b|"
    # British "surely" setting the student's own belief against the answer: "but surely
    # thats a bad look", "surely they'd rather hire someone local", "they can't all be like
    # that surely" (not "surely python is needed", a gloss that asks: its subject is a pronoun
    # or the ones who hire, or it closes the message)
    r"\bsurely\s+(?:they|they'?d|they'?re|theyd|theyre|that'?s|thats|that|this|it'?s|its|it|you|"
    r"there|someone|somebody|nobody|no\s+one|people|companies|recruiters|employers|the\s+(?:uni|"
    r"university|recruiters?|companies|company|employers?|name))\b|(?<=\w\s)surely$|"
    # "but if my uni has none am i just stuffed then": the answer's way shut to the student,
    # set against it (not "…, am i stuffed?" alone, which asks whether one has a chance)
    r"^(?:(?:aye|yeah|yes|ok|okay|hmm+|so)\s+)*but\b.*\b(?:am\s+i|are\s+we)\s+(?:just\s+|basically\s+|totally\s+|completely\s+|proper\s+|"
    r"properly\s+)?(?:stuffed|screwed|doomed|done\s+for|out\s+of\s+luck|buggered|snookered|"
    r"scuppered)\b|"
    # "aye that's loads of use to me sat in newcastle": sarcasm, the advice of no use here
    r"\b(?:aye|yeah|yea|oh)\s+(?:that'?s|thats|that\s+is|that'?ll\s+be)\s+(?:loads|lots|heaps|"
    r"a\s+lot|tons|plenty|great|really|so|very|well)\s+(?:of\s+)?(?:use|help|good|useful|"
    r"helpful)\s+(?:to|for)\s+(?:me|us|someone|anyone)\b|"
    # whether the advice holds elsewhere: "would any of that apply to a small startup",
    # "does his advice work for a girl from…", "does it ever work?"
    r"\b(?:would|will|does|do|can)\s+(?:any\s+of\s+)?(?:that|this|it|dat|his\s+advice|"
    r"the\s+advice|this\s+advice|that\s+advice)\s+(?:still\s+|really\s+|even\s+|also\s+)?"
    r"(?:apply|work|hold)\s+(?:to|for|in)\s+(?:a|an|me|us|someone|people|students?|startups?|"
    r"small|smaller|wee|african|indian)\b|"
    r"\b(?:does|did|will|would)\s+(?:it|that|this)\s+(?:ever|really|actually)\s+work\b|"
    # "I thought ML knowledge is what matters", "really, a thought everybody used the cloud"
    # (Doric "a", I, written out): what the student believed before the answer
    # (not "not as bad as i thought", "easier than i thought": the answer beat the belief)
    r"(?<!\bas\s)(?<!\bthan\s)\bi\s+(?:always\s+)?thought\s+(?!(?:so|about|of|i'?d|id|maybe|to|it\s+would\s+be\s+nice)\b)|"
    r"sach\s+(?:me|mein|mai|mei)|pakka|sahi\s+me|sigurado|talaga\s+ba|weh|na\s+true|"
    r"de\s+verdad|en\s+serio|neta|"
    # Chilean Spanish "I don't believe you", "hmm I don't know, my classmates say…", "but
    # isn't that (only) at…"; Mapudungun "rüf am?" (really?), "rüfngey?" (is it true?)
    r"\bno\s+te\s+creo\b|\bmis\s+compa(?:ñ|n)er[oa]s\s+dicen\b|"
    # "mmm no sé" alone or before a but; not "hmm no sé por dónde empezar" (I don't know where
    # to start), "mm no sé si hacer Kaggle…" (I don't know whether), which ask
    r"^(?:m{2,}|hm+)\s+no\s+s(?:é|e)(?:\W*$|\W+(?:pero|igual|no\s+(?:creo|estoy))\b)|"
    r"^pero\s+eso\s+(?:es|ser(?:á|a))\s+(?:en|pa|para|solo)\b|^(?:\w+\s+)?r(?:ü|u)f\s+am\b|"
    r"^r(?:ü|u)fngey\b|"
    # Dominican Spanish "I don't buy it", "sounds too nice", "too nice to be true", "that's
    # (so) easy?" ("eso ta fácil?")
    r"\bno\s+me\s+lo\s+creo\b|\bsuena\s+(?:demasiado\s+|muy\s+|bien\s+)?(?:bonito|lindo)\b|"
    r"\b(?:pa|para)\s+ser\s+verdad\b|\beso\s+(?:ta|t(?:á|a)|est(?:á|a))\s+(?:tan\s+)?f(?:á|a)cil\b|"
    # Quechua "is it true?", "really?"
    r"chiqaq(?:ta)?(?:chu|punichu)|chiqaqpunichu|not\s+convinced|skeptical|sceptical|biased?|"
    r"isn't\s+that|isnt\s+that|still\s+(?:true|valid|relevant)|"
    # "that can't be right"; Italian "sure?", "really?"; Arabic "really?", "are you sure?"
    r"(?:that|dat|this|it)\s+can'?t\s+(?:be\s+)?right|can'?t\s+be\s+right|sei\s+sicur[oa]|"
    r"^(?:ma\s+)?sicur[oa]|sicur[oa]$|davvero|sul\serio|صدق|متأكد|متأكدة|معقول|"
    # "hard to believe tbh", "not so sure about that", "sounds off"
    # (not "hard to believe I got an interview", "not sure about this offer", "my accent
    # sounds off")
    r"(?:hard|difficult)\s+to\s+believe(?!\s+(?:i|i'm|im|my|that\s+i)\b)|"
    # a letter's doubt: "I would have supposed that every applicant…" (not "surely": a gloss
    # of Bulgarian "sigurno trqbva python", surely python is needed, asks; not "I would have
    # thought so", which agrees)
    r"i\s+(?:would|should)\s+have\s+(?:supposed|thought|assumed|expected)(?!\s+so\b)|"
    r"(?:not|n't)\s+(?:so\s+)?sure\s+about\s+(?:that|this|it)(?!\s+[a-z])|"
    # "hmm not sure", "well i'm not so sure" as all of it
    r"^(?:(?:hmm+|hm+|um+|mm+|eh|but|well|idk|ok|okay)\s+)*(?:i'?m\s+|im\s+|i\s+am\s+)?not\s+"
    r"(?:so\s+|too\s+|really\s+|very\s+|that\s+)?sure$|"
    # whether the advice still holds: "does it still hold", "will this advice still work for
    # me", "is the advice still useful", "still worth it?"; and its age, the guide being from
    # 2020: "it was written in 2020, a lot has changed", "that's 2020, is it valid now?",
    # "isn't that outdated?"
    r"(?:(?:this|that|the|your|ur|these|those)\s+(?:advice|guide|tips?|info|information|answer|"
    r"article|post)|it|this|that|dat|dis)\s+(?:\w+\s+)?still\s+(?:hold|holds|apply|applies|work|"
    r"works|useful|right|correct|accurate|stand|stands|good)\b(?!\s+to\s)|"
    # "still worth it?" of the advice, not "is kaggle still worth it" (asks about Kaggle)
    r"^(?!.*\b(?:is|are)\s+(?!(?:it|this|that|dis|dat)\b)(?:\w+\s+){1,3}still\s+worth).*\bstill\s+worth(?:\s+it)?$|"
    # (the guide's year, not the student's: "I started ML in 2020, what now?" asks)
    r"\b(?:written|wrote|published|posted)\s+(?:in\s+)?2020\b|\b2020\s+(?:year\s+)?(?:advice|guide|info|article|post|text)\b|"
    r"(?:guide|article|advice|post|answer|info|it|this|that|dat)\s+(?:is|was|'s|’s)\s+(?:from\s+|"
    r"written\s+in\s+|in\s+)?2020\b|\b(?:that's|thats|it's|its|that\s+is)\s+(?:from\s+)?2020\b|"
    r"(?:that|this|it|advice|guide|answer|info)\s+(?:(?:is|was|'s|seems|looks|sounds|feels|kinda|a|bit|so|too|"
    r"totally|really|pretty|quite|already|now|not|getting|advice|guide|info|answer|kind|of|possibly|being|probably|"
    r"somewhat|slightly|little|become|becoming|got|gotten|lot|be|by|some|of)\s+){0,4}?(?:outdated|out\s+of\s+date)\b"
    r"(?!\s+to\s)|"
    r"^(?:(?:hmm+|but|so)\s+)?(?:outdated|out\s+of\s+date)$|"
    # "that can't be true", "that's not fair", "dat ent fair"; "I don't believe it" closing
    r"(?:can'?t|cannot|could\s?n'?t)\s+be\s+true|"
    r"(?:that's|thats|that\s+is|that|dat|it's|its)\s+(?:not|ent|ain't|aint|isn't|isnt)\s+"
    r"(?:really\s+)?(?:fair|true|realistic)\b(?!\s+to\s)|"
    r"\b(?:i\s+)?(?:don't|dont|do\s+not|no|not|can't|cant)\s+believe(?:\s+(?:it|that|this|you|dat|am))?$|"
    # whose advice it is: "the writer works at nvidia", "isn't the author biased"
    # (stated, not asked: "where has the author worked?", "is the author working in
    # industry?" are questions about the author)
    r"^(?!\W*(?:is|are|was|were)\b)(?!.*\b(?:where|has|have|did|does|do|which|what|who|when|how|can|could)\b)"
    r".*\b(?:writer|author)\s+(?:\w+\s+){0,3}?(?:works?|worked|working)\b|"
    # whom it fits: "that sounds like US advice", "that advice is only for big schools",
    # "sounds too simple"
    r"\bsounds?\s+like\s+(?!(?:(?:a|really|very|such)\s+)*(?:good|great|solid|sound|nice|useful|helpful|excellent|"
    r"practical|awesome|amazing|sensible|wise|decent|reasonable|valuable|solid)\b)(?:\w+\s+){0,2}advice\b|"
    r"(?:that|this|the|your|dis|dat)\s+advice\s+(?:is\s+|seems\s+|sounds\s+)?(?:only\s+|just\s+|mostly\s+|"
    r"more\s+)?(?:for|meant\s+for)\b(?!\s+(?:me|us)\b)|"
    r"\b(?:sounds?|seems?)\s+(?:too|a\s+bit|kinda|kind\s+of|a\s+little)\s+(?:simple|easy|good|optimistic)\b|"
    r"(?:^|(?<=that\s)|(?<=this\s)|(?<=it\s))sounds\s+(?:off|wrong|fishy|sus|unlikely)|"
    # New Zealand "yeah nah" (no) opening a reply, but not before "all good", "sweet" (no
    # worries); "hang on, is that just at big unis?"
    r"^yeah\s+nah\b(?!\s+(?:all\s+good|(?:thats|that's|its|it's)\s+(?:fine|good|sweet|all\s+good)|"
    r"sweet|good|cool|thanks|cheers|chur|ka\s+pai)\b)|"
    r"^(?:hang|hold)\s+on\s+(?:is|are|does|do)\s+(?:that|this|it|dat)\s+(?:just|only)\b|"
    # "that call sounds like a trap tbh", "this sounds like a bit of a scam"; "does any of it
    # even apply to them", of the advice (not "how does it even apply", nor "does my project
    # even count", which asks about the student's own work)
    r"(?:^|\b(?:that|this|it|dat|dis|the)\s+(?:\w+\s+){0,2}?)sounds\s+like\s+(?:a\s+)?(?:bit\s+of\s+a\s+)?"
    r"(?:trap|scam|con|trick|stitch\s+up|wind\s+up)\b|"
    r"^(?!.*\b(?:how|what|why|where|which|when)\b.*\beven\b)(?:.*\s)?does\s+(?:any\s+of\s+)?"
    r"(?:it|this|that|dis|dat|any\s+of\s+(?:it|this|that)|all\s+(?:of\s+)?(?:this|that))\s+even\s+"
    r"apply\b|"
    # German "really now?", "seriously?", "are you sure?", "I can't imagine that", "is that
    # true?", "I don't believe that", "isn't that outdated?"
    r"echt\s+jetzt|ernsthaft|im\s+ernst|^echt$|^wirklich$|^(?:hm+\s+)?stimmt\s+(?:das|es)$|"
    r"(?:bist\s+du|sind\s+sie)\s+(?:dir\s+|sich\s+)?(?:da\s+)?sicher|^sicher$|"
    r"kann\s+ich\s+mir\s+(?:\w+\s+)?(?:nicht|kaum|schwer)\s+vorstellen|"
    r"stimmt\s+(?:das|es)\s+(?:wirklich|echt|(?:ü|u|ue)berhaupt|denn|so)|"
    r"glaub(?:e)?\s+ich\s+(?:nicht|kaum|net|ned)|"
    r"ist\s+das\s+nicht\s+(?:\w+\s+){0,2}(?:veraltet|alt|falsch|(?:ü|u|ue)berholt)|"
    # Papiamentu "really?", "is that true?", "are you sure?", "I don't believe (that)", "no
    # way", "that can't be"
    r"di\s+b(?:è|e)rdat|(?:esei\s+)?ta\s+b(?:è|e)rdat(?:\s+esei)?\s*$|bo\s+ta\s+sigur|"
    r"mi\s+no\s+ta\s+kere(?=\s*$|\s+(?:esei|bo|e|ku|nada))|e\s+no\s+por\s+ta\b|"
    r"no\s+ta\s+posibel\s*$|"
    # Samoan "really?", "is it true (that)…", "I don't believe (it)", "are you sure?", "I doubt"
    r"^(?:ae\s+|a\s+)?(?:e\s+)?moni(?:\s+lava)?$|^e\s+moni(?:\s+lava)?\s+(?:e|ea|o)\b|"
    r"ou\s+te\s+le\s+talitonu|e\s+te\s+mautinoa|ou\s+te\s+masalosalo|"
    # Tongan "really?", "is it true?", "I don't believe (it)", "are you sure?"
    r"^(?:(?:eh|hmm|ka|sole)\s+)?(?:ko\s+e\s+|['’ʻ]?oku\s+)?mo['’ʻ]?oni(?:\s+nai)?(?:\s|$)|"
    r"['’ʻ]?ikai\s+ke\s+u\s+tui|['’ʻ]?oku\s+ke\s+pau(?:\s+nai)?\b|"
    # Catalan "really?", "sure?", "is that true?", "I don't quite believe it", "are you
    # sure?", "I doubt it", "sounds like a legend/lie"; "really" only opening the message
    # ("sure?" is read with the doubts asked)
    r"^(?:i\s+|pero\s+|per(?:ò|o)\s+|ja\s+)?(?:de\s+veritat|de\s+deb(?:ò|o))\b|"
    r"(?:é|e)s\s+veritat\s*\?|no\s+m['’]ho\s+(?:acabo\s+de\s+)?(?:crec|creure)|ho\s+dubto|"
    r"(?:n['’])?est(?:à|a)s\s+segur|sona\s+a\s+(?:llegenda|mentida|mite|conte)|no\s+m['’]aplica|"
    # Basque "really?", "sure?", "is that true?", "I don't believe it", "are you sure?",
    # "isn't it outdated?", "a conflict of interest?"; "really" opening the message only, alone
    # or before a verb ("benetan is a word my friend uses" asks no doubt)
    r"^(?:baina\s+|eta\s+|hmm\s+)?(?:benetan|seguru|ziur)(?=\W*$|\s+(?:al|zaude|zara|da|dago|hori|ote)\b)|"
    r"\begia\s+(?:al\s+)?da(?:\s+hori)?$|"
    r"ez\s+dut\s+sinesten|ziur\s+(?:al\s+)?zaude|zaharkituta|interes\s+gatazka|"
    r"benetan\s+(?:gomendagarria|egia|beharrezkoa)|"
    # Afrikaans "really?" (alone), "are you sure?", "is that true?", "I don't believe (it)",
    # "yeah right", "sounds too good", "I doubt it", "no way"
    r"^(?:ag\s+|maar\s+|ja\s+)?regtig$|^(?:ja\s+)?right$|ja\s+right|(?:is\s+)?jy(?:'s|s)?\s+(?:nou\s+)?seker|"
    r"is\s+(?:dit|dié|die)\s+(?:regtig\s+)?(?:waar|so)(?=\s*[?!.]*$)|glo\s+(?:dit|ek)\s+nie|"
    r"klink\s+te\s+goed|twyfel|glad\s+nie\s+waar|onmoontlik|"
    # Slovak "really?", "seriously?", "is that true?", "I don't believe (it)", "I doubt it",
    # "are you sure?", "well, I don't know", "you're just saying that", "that's (too) few"
    # ("je to pravda", "to je málo (nie?)" closing the message: "je to pravda ze ML je
    # tazke?" asks, Croatian "to je malo teško" is "that's a bit hard")
    r"^(?:hmm?\s+|no\s+|ehm\s+|a\s+)?(?:naozaj|v[aá][zž]ne|ur[cč]ite|serio|fakt)(?:\s*\?|$)|"
    r"je\s+to\s+(?:naozaj\s+|fakt\s+|v[aá][zž]ne\s+)?pravda(?=\s*[?!.]*\s*$)|"
    r"to\s+je\s+(?:naozaj\s+)?pravda\s*\?|"
    r"never[ií]m(?=\s*$|\s+(?:ti|tomu|to))|pochybujem|si\s+si\s+ist[yý]|"
    r"^no\s+neviem|hovor[ií][sš]\s+len\s+tak|to\s+je\s+(?:dos[tť]\s+|trochu\s+)?m[aá]lo"
    r"(?=(?:\s*,?\s*(?:nie|[cč]i\s+nie))?\s*[?!.]*\s*$)|"
    r"(?:je\s+to|to\s+je)\s+(?:u[zž]\s+)?(?:dos[tť]\s+)?star[aáeéyý]\b|"
    # Serbian, Croatian, Bosnian "seriously?" and "really?" (alone: "ozbiljno razmišljam o
    # doktoratu" is "I'm seriously thinking of a PhD"), "come on", "I don't believe (it)",
    # "are you sure?", "is that true?", "no way", "I doubt it"; not "ma daj mi…" (give me)
    r"^(?:ma\s+|a\s+|brate\s+)?ozbiljno(?:\s+brate)?$|^(?:ma\s+|a\s+)?stvarno$|"
    r"ma\s+daj(?!\s+(?:mi|nam)\b)|"
    # Guarani (Jopara) "is it true?", "really?", "are you sure?" as the whole message
    r"^(?:ha\s+|pero\s+)?a[ñn]ete(?:pa|pio|piko|te)?$|^(?:ha\s+)?upéichapa$|^(?:ha\s+)?upeichapa$|"
    r"^(?:nde\s+)?(?:segúro|seguro)(?:pa|piko)$|"
    r"ne\s+v(?:j)?erujem(?=\s*$|\s+(?:ti|u\s+to|da\s+je\s+(?:to\s+)?(?:tako|istina)))|"
    r"(?:jesi|jeste)\s+(?:li\s+)?(?:ti\s+)?sigur(?:an|na|ni)|(?:siguran|sigurna)\s+si|"
    r"(?:jel|je\s+li|da\s+li\s+je)\s+(?:to\s+)?(?:stvarno\s+|ba[sš]\s+)?(?:istina|ta[cč]no|to[cč]no)|"
    r"nema\s+[sš]anse|sumnjam|"
    # Turkmen "is it true?", "really?", "I don't believe (it)", "I doubt it", "are you
    # sure?", with and without its letters
    r"^(?:\w+\s+)?(?:dogrymy|dogry\s+m[yı]|hakykatdanmy|hakykatdan\s+hem\s*mi|[çc]yndanmy|"
    r"[çc]ynmy)\b|\bynan(?:amok|maýaryn|mayaryn|mok|amog)\b|\b[şs][üu]bhelen[ýy][äa]rin\b|"
    r"\b[şs][üu]bh?e\s+ed[ýy][äa]rin\b|\bsen\s+(?:ynamly|anyk)\s*my\b|\banyk\s*my\b|"
    # Kabyle "really?", "is it true?", "I don't believe (it)", "are you sure?"
    r"^(?:\w+\s+)?s\s+tidet(?:\s+kan)?\s*[?!.]*$|^(?:d\s+)?tidet\s*\?|d\s+tidet\s*\?|"
    r"ur\s+(?:umine(?:ɣ|gh)|ttamne(?:ɣ|gh)|amne(?:ɣ|gh)|sumne(?:ɣ|gh))\s+ara|"
    r"(?:te(?:ẓ|z)ri(?:ḍ|d)|tettekle(?:ḍ|d))\s+s\s+tidet|"
    # Setswana "really?" ("tota?", "ruri?"), "I doubt (it)", "I don't believe (it)", "is it
    # true?", "are you sure?"
    r"\btota\s*\?|^tota\W*$|\bruri\s*\?|ke\s+a\s+belaela|ga\s+ke\s+dumele|a\s+(?:ke|go|ga\s+se|e\s+le)\s+(?:nnete|boammaaruri)|"
    r"o\s+tlhomamisegile|o\s+netefetse|"
    # Sesotho "really?" ("ka nnete?"), "is it true?", "I doubt (it)", "I don't believe
    # (it)", "are you sure?"
    r"\bka\s+['’]?n?nete\s*\?|^(?:\w+\s+)?ka\s+['’]?n?nete\W*$|na\s+ke\s+['’]?n?nete|ke\s+['’]?n?nete\s*\?|"
    r"ke\s+a\s+belaela|ha\s+ke\s+(?:dumele|kholoe)|(?:u|o)\s+na\s+le\s+bonnete|(?:u|o)\s+tiile\s*\?|"
    # Lingala "really?", "is it true?", "are you sure?", "I don't believe (it)", "I doubt"
    r"(?:^|\s)(?:ya\s+)?solo\s*\?|^(?:eh\s+)?ya\s+solo\b|ezali\s+(?:mpenza\s+)?solo\s*\?|"
    r"ozali\s+(?:na\s+)?(?:sur|s[uû]r|ntembe\s+te)|nandimi\s+te|nakondima\s+te|"
    r"nazali\s+na\s+(?:ntembe|doute)|solo\s+mpenza\s*\?|"
    # Luxembourgish "really?", "sure?", "is that true?", "I don't believe (you) that"
    r"^(?:wait\s+|ok\s+|echt\s+)?wierklech(?=\s*[?!.]*\s*$)|^(?:wait\s+)?wierklech\s*\?|"
    r"^s(?:é|e)cher\s*\?|ass\s+dat\s+(?:wierklech\s+)?(?:wouer|richteg)|"
    r"(?:dat\s+)?gl(?:ee|e)we?n?\s+ech\s+(?:der\s+|iech\s+)?net|ech\s+gleewen\s+(?:dat\s+)?net|"
    r"bass\s+du\s+s(?:é|e)cher|"
    # Sranan Tongo "is it true?", "are you sure?", "how do I know that…", "I don't believe
    # (that)", "really?"; Dutch
    # "really?", "are you sure?", "is that true?"
    r"^(?:\w+\s+)?a\s+tru(?:\s+tru)?$|\b(?:yu|u)\s+seker\b|\bfa\s+(?:mi|yu)\s+(?:e\s+)?sabi\s+(?:taki|dati)\b|\bmi\s+no\s+(?:e\s+)?bribi\b|"
    r"^(?:\w+\s+)?(?:echt\s+waar|serieus)$|\bweet\s+je\s+(?:dat\s+)?zeker\b|"
    r"^(?:\w+\s+)?is\s+dat\s+(?:echt\s+)?(?:zo|waar)$|"
    # siSwati "is it true?", "are you sure?", "I'm not sure about that"
    r"\bkuliciniso\s+yini\b|^(?:\w+\s+)?kuliciniso\s*\?|\bucinisekile\b|\bangiciniseki\b|"
    # isiXhosa "is it true?", "really?", "are you sure?", "I doubt (it)", "I don't believe
    # (it)"
    r"\byinyani\s+na\b|^(?:\w+\s+)?yinyani\s*\?|\buqinisekile\b|\bndiyathandabuza\b|"
    r"\bandikholwa\b|^(?:\w+\W+)?hayi\s+bo\b|"
    # Yoruba "is it true?", "really?", "are you sure?" (is it clear to your eyes?)
    r"^(?:(?:hmm|ehn|sir|ṣé|se)\s+)*(?:l?(?:òó|oo)t(?:ọ́|ọ|o)|(?:ṣé|se)\s+(?:òótọ́|ooto)\s+ni)(?:\s+(?:ni|sir|o))*\W*$|"
    r"\bó?\s*d(?:á|a)\s+(?:ọ|o|yín|yin|ẹ|e)\s+l(?:ó|o)j(?:ú|u)\b|"
    # Bhojpuri in Latin letters "I don't believe it" ("bharosa na hot ba"), "(you say it) to
    # please me?" ("dil rakhe khatir"), "that's for …" opening a reply ("ee ta US wala khatir
    # ba"), "still of any use?" ("fir bhi kaunu fayda ba?"), "none at all?" ("ekdum na mili?")
    r"\b(?:bharosa|biswas|vishwas)\s+(?:na|nahi|naikhe)\s+(?:hot|hoela|hokhe|hoi|ho\s+rahal)\b|"
    r"\bdil\s+rakhe\s+(?:khatir|la)\b|"
    r"^(?:\w+\W+)?(?:ee|ii|uu)\s+ta\s+(?:\w+\s+){0,6}?khatir\s+(?:ba|baa|hola|hawe)\b|"
    r"\b(?:fir|phir|tabo)\s+bhi\s+(?:kaunu|koi|kuchhu)\s+(?:fayda|faida|value|chance)\s+(?:ba|baa|hoi|mili)\b|"
    r"\bekdum\s+(?:na|naikhe)\s+(?:mili|hoi|ba|baa)\b|"
    # Maithili in Latin letters "I don't believe it" ("vishwas nai hoit achhi"), "did you
    # understand (that I said MCA)?" ("ahaan bujhlau ki …"), "say it once more" ("ekbera fer
    # sa kahu"), "is this (really) true?" ("ee sach/sahi achhi?"), "how can (it) be the same?"
    # ("same kona hoyat?")
    r"\b(?:same|ekke|ekhi|barabar)\s+(?:kona|kena|kehen)\s+(?:hoyat|hoit|bha\s+sakai)\b|"
    r"\b(?:bharosa|biswas|vishwas)\s+(?:nai|nahi)\s+(?:hoit|hoyat|hoi\s+rahal)\b|"
    r"\b(?:ahaan|ahan|aha)\s+bujh(?:lau|laun|lahu|al)\s+ki\b|"
    r"\bek\s*bera\s+(?:fer|pher|phir|fir)\s+(?:sa\s+)?(?:kahu|bujhau|bataau|batau)\b|"
    r"\b(?:ee|e|i)\s+(?:sach|sahi|saach)\s+achhi\s*(?:ki(?:\s+nai)?)?\s*\?|"
    # Punjabi in Latin letters "really?", "is it true?", "for sure?" (alone), "is this
    # true?", "I don't believe it", "that's old (advice)"
    r"^(?:(?:hmm+|acha|achha|par|paaji|ji|yaar|oho)\s+)*(?:(?:sachi|sachchi|pakki)(?:\s+(?:gal|aa|"
    r"ae|ji|paaji))*|sach\s+(?:aa|ae|vich|much|gal)(?:\s+(?:aa|ae|ji|paaji))*)$|"
    r"\b(?:eh|ehh|ih)\s+(?:gal\s+)?(?:sach|sachi|sahi)\s+(?:aa|ae)$|"
    r"\b(?:yakeen|yakin|vishvas|vishwas)\s+(?:ni|nahi|nai|nhi)\s+(?:aunda|aundi|hunda|ho\s+reha)\b|"
    r"\b(?:purani|puraani|purana)\s+(?:gal|advice|salah)\b|"
    # Haryanvi in Latin letters "isn't it (all) nonsense?" ("ye sab bakwas to na se?"), "then
    # what's the use?" ("fer ke fayda"), "that's (only) the rich ones' game" ("ye to ameeron
    # ka kaam se"), "(my) resume goes straight in the dustbin" ("dustbin me jaaga")
    r"\bbakwas\s+(?:to\s+)?(?:na|nahi|nhi|koni)\s+(?:se|sai|hai|h)\b|"
    r"\bfer\s+ke\s+(?:fayda|faida)\b|\bka\s+kaam\s+(?:se|sai)\b|"
    r"\bdustbin\s+(?:me|mein)\s+(?:jaaga|jaga|jaave|jave|jayega|jaega)\b|"
    # Ewe "really?", "is it true?", "I don't believe it", "isn't it so?", "you're joking
    # with me"
    r"^(?:(?:ao|aoo|hmm|fofo|ok|yoo)\s+)*nyate(?:ƒ|f)ea?(?:\s+(?:fofo|a))?$|\bvav(?:ã|a)$|(?:nyeme|me)x(?:ɔ|o)e\s+se\b|"
    r"(?:ɖ|d|ð)e\s+nyate(?:ƒ|f)e\s+w(?:ò|o)nye|(?:ɖ|d|ð)e\s+menye\s+nenema\s+o\b|"
    r"(?:è|e)le\s+fe\s+(?:ɖ|d|ð)um|"
    # Javanese "really?" ("tenan po?", "temenan?", "mosok (to)?"), "I don't believe it"
    # ("aku ora percaya"); not Indonesian "masa sih?", "serius?", which [id] reads as before
    r"^(?:(?:lha|lho|hmm|oh|eh|wah|tapi)\s+)*(?:tenan|temenan|tenane|mosok|mosog)"
    r"(?:\s+(?:po|to|ta|ya|yo|sih|e))?(?:\s+(?:mas|mbak|kak|dik))?\W*$|"
    r"^(?:(?:lha|lho|hmm|oh|eh|wah|tapi)\s+)*(?:tenan|temenan)\s+(?:po|to|ta)\b|\bmosok\b|"
    r"\baku\s+ora\s+(?:percaya|yakin)\b|"
    # Sundanese "really?" ("serius kitu?", "leres kitu?", "yakin tiasa?"), "is it true?"
    # ("leres teu?"), "I don't believe it" ("abdi teu percanten")
    r"^(?:(?:ah|ih|eh|tapi|kang|hmm|oh|wah)\s+)*(?:serius|leres|bener|yakin|masa)\s+(?:kitu|tiasa)\b|"
    r"\babdi\s+(?:teu|henteu)\s+(?:percanten|percaya|yakin)\b|"
    # Minangkabau "really?" ("bana ko?", "bana?" as all of it), "is there really …" ("tu
    # bana ado harapan?"), "is it still of use / relevant?" ("tetap ado gunonyo?", "masih
    # relevan ndak?")
    r"^(?:(?:tapi|eh|hmm|oh|ih|uni|uda|jadi)\s+)*bana(?:\s+(?:ko|tu|baitu|iyo))?$|"
    r"\b(?:tu|itu)\s+bana\s+(?:ado|bisa|iyo)\b|"
    r"\btetap\s+ado\s+guno(?:nyo)?\b|\bmasih\s+relevan\s+(?:ndak|indak)\b|"
    # Hiligaynon "(is it) true?", "is that true?" ("matuod?", "matuod bala na?"), "seriously?"
    # ("seryoso bala"), "I can't believe it" ("indi ko ma-believe"), "are you sure?" ("sure ka
    # bala?")
    r"^(?:(?:hmm+|ay|hala|pero|ha|ahh?)\s+)*matuod(?:\s+(?:gid|bala|gid\s+bala|bala\s+gid))?"
    r"(?:\s+(?:na|ina|ni|ini))?$|\bseryoso\s+bala\b|\bindi\s+ko\s+ma\s+believe\b|"
    r"\bsure\s+ka\s+bala\b|"
    # Waray "(is it) true?" ("tinuod?", "tinuod ba iton?", "totoo gud?"), "I don't believe
    # it" ("diri ako nagtutuo"), "seems impossible" ("baga imposible")
    r"^(?:(?:hmm+|ay|pero|ha|ahh?|weh)\s+)*(?:tinuod|totoo)(?:\s+(?:ba|gud|gad))*"
    r"(?:\s+(?:iton|ini|adto))?$|\bdiri\s+(?:ako|ak|ko)\s+(?:gud\s+)?(?:nagtutuo|natuo|natutuo)\b|"
    r"\bbaga\s+imposible\b|"
    # Ilocano "really?", "is it true?" ("pudno?", "agpayso kadi?"), "really? even …?"
    # ("talaga? uray …": Tagalog "talaga?" alone is left as it was), "seems not" ("kasla saan
    # met"), "but you said …" ("ngem kunam …"), "are you sure?" ("siguradom?")
    r"^(?:(?:hmm+|eh|ay|ok|wen|ngem|pero)\s+)*(?:pudno|agpayso)(?:\s+(?:kadi|ngata|ngarud))?"
    r"(?:\s+(?:manong|manang|apo))?\W*$|^(?:(?:hmm+|eh|ay)\s+)*(?:talaga|pudno|agpayso)\W+uray\b|"
    r"\bkasla\s+saan\s+(?:met|a|nga)\b|\b(?:ngem|pero|but)\s+kunam\b|\bsiguradom\b|"
    r"\bsure\s+ka\s+kadi\b|"
    # Khmer in Latin letters "really?" ("pit men", "pit te", "men te"), "are you sure?"
    # ("prakort te"), "I don't believe (it)" ("ot chue", "men sou jeua")
    r"\bpit\s+(?:men|meen|te|ot)\b|\bmen\s+(?:te|ot|reu\s+te)\s*\?|"
    r"\bprak(?:ort|ot|od)\s+(?:te|ot|men)\b|\b(?:ot|men|men\s+sou|men\s+jea|ot\s+sou)\s+(?:chue|jeua|jue|chuea)\b|"
    # K'iche' "forgive me, but …" opening a reply, "is it true?" ("qitzij la?") alone
    r"^sachaj\s+(?:la\s+)?numak\W+(?:pero|but)\b|^(?:(?:ah|hmm|ok)\s+)*qitzij(?:\s+la)?\W*$|"
    # Aymara "is it true?", "really?", "is that so?", "I don't believe (it)"
    r"^(?:(?:ah|hmm|jilata|kullaka|ok)\s+)*(?:chiqati|chiqapuniti|chiqpachati|ukhamati|"
    r"ukhamapuniti)$|\bjaniw\s+iyawskti\b|"
    # Pular "is it true?", "isn't it that …?", "I don't believe it" ("…, naa?", isn't it?,
    # only asked: `_ASKED_DOUBT`)
    r"\bko\s+goonga\b|^won(?:aa|ani)\s+\w+|\bmi\s+(?:hoolaaki|gomɗinaa|gomdinaa)\b|"
    # Danish "really?", "is that (really) true/right?", "are you sure?", "I don't believe
    # it", "isn't it outdated?", "they all say that"; Greenlandic "ilumut?" (really?) as a
    # sentence of its own, "ilumoorpa" (is it true?)
    r"^(?:(?:hm+|nå|naa|ok)\W+)?(?:virkelig|seri(?:ø|o)st)\W*$|"
    r"(?:er|passer)\s+det\s+(?:virkelig\s+|nu\s+)?(?:sandt|rigtigt|rigtig)|er\s+du\s+sikker|"
    r"det\s+tror\s+jeg\s+ikke|er\s+det\s+ikke\s+(?:for(?:æ|ae)ldet|gammelt)|"
    r"det\s+siger\s+de\s+alle|(?:^|[.?!]\s*)ilumut\s*\?|\bilumoorpa\b|"
    # Faroese "really?", "is that true/right?", "are you sure?", "I doubt it", "I don't
    # believe (it)"
    r"^(?:og\s+)?veruliga\b|\bveruliga\s*\?|er\s+ta(?:ð|d)\s+(?:veruliga\s+)?(?:satt|rætt|raett)|"
    r"ert\s+t(?:ú|u)\s+(?:heilt\s+)?v(?:í|i)s(?:ur)?|eg\s+iva(?:st)?\b|"
    r"tr(?:ú|u)gvi\s+(?:(?:tí|ti)\s+|(?:tað|tad)\s+)?ikki|"
    # Cape Verdean Creole "really?" ("ser ser?", "di verdadi?"), "is it true?", "I don't
    # believe it", "are you sure?"
    r"^(?:(?:ma|mas|i|ok)\s+)?ser\s+ser\b|^(?:(?:é|e)\s+)?(?:di\s+)?verdadi\s*\?*\s*$|"
    # Changana "really?", "is it true?" ("hakunene?", "i ntiyiso?"), "I don't believe (it)"
    r"^(?:(?:kambe|mas|e|ok)\s+)?hakunene\s*\?*\s*$|^(?:xana\s+)?i\s+ntiyiso\s*\?*\s*$|"
    r"\ba\s+ndzi\s+(?:swi\s+)?kholwi\b|"
    r"\bN\s+ka\s+(?:ta\s+)?kridita\b|\bbu\s+(?:sta|ten)\s+(?:serteza|sertu)\b|"
    # Guinea-Bissau Kriol "I don't believe (it)", "are you sure?"
    r"\bn\s+ka\s+(?:ta\s+)?kridi\b|\bbu\s+(?:tene|ten|sta)\s+serteza\b|"
    # Icelandic "really?", "seriously", "is that true/right?", "are you sure?", "I doubt
    # it", "I don't believe (it)", "that can't be", "hardly"
    r"(?:^|\s)(?:í|i)\s+alv(?:ö|o)ru(?=\s*[?.!]*\s*$)|^(?:í|i)\s+alv(?:ö|o)ru\b|"
    r"er\s+(?:þ|th)a(?:ð|d)\s+(?:alveg\s+)?(?:satt|r(?:é|e)tt)|ertu\s+(?:alveg\s+)?viss|"
    r"efast\s+um\s+(?:þ|th)a(?:ð|d)|(?:é|e)g\s+efast|tr(?:ú|u)i\s+(?:(?:þ|th)v(?:í|i)\s+)?ekki|"
    r"getur\s+ekki\s+veri(?:ð|d)|varla|er\s+(?:þ|th)etta\s+ekki\s+(?:\w+\s+){0,2}(?:úrelt|urelt|gamalt)|"
    # Latvian "really?" (opening the message: "tiešām? bet…", "bet vai tas tiešām…"),
    # "seriously?", "are you sure?", "is that true?", "I don't believe it", "I doubt it",
    # "can't be", "that doesn't sound right"
    r"^(?:(?:bet|hmm+|nu|a|un|ok)\s+)*(?:vai\s+)?(?:tas\s+|t[aā]\s+)?ti[eē][sš][aā]m\b|"
    r"^(?:(?:bet|hmm+|nu|a)\s+)*nopietni$|(?:vai\s+)?(?:tu\s+)?esi\s+p[aā]rliecin[aā]t(?:s|a)|"
    r"vai\s+(?:tas|t[aā])\s+(?:ir\s+)?(?:ti[eē][sš][aā]m\s+)?(?:taisn[iī]ba|patiesi|tiesa)|"
    r"^(?:(?:bet|hmm+|nu)\s+)*(?:es\s+)?neticu(?=\s*(?:$|[.!,]))|[sš]aubos|nevar\s+b[uū]t|"
    r"neizklaus[aā]s\s+(?:pareizi|ticami)|"
    # Slovene "really?" ("a res", not "a res rabm…", which asks), "I don't believe (it)", "I
    # doubt", "seriously?", "are you sure?", "is that true?", "is that really all", "that
    # looks too simple"
    r"^(?:hmm+\s+|ok\s+|aja\s+|sj\s+)?a\s+res(?=\W*$|\s+(?:ker|no|ja)\b)|^res\W*$|"
    r"ne\s+verjamem|dvomim|^(?:a\s+)?resno\W*$|a\s+si\s+(?:ziher|prepri[cč]an\w*|siguren)|"
    r"je\s+to\s+(?:sploh\s+)?res\W*$|a\s+je\s+(?:to\s+)?res\s+(?:to\s+)?(?:vse|tako|tko)|"
    r"ne\s+morem\s+verjet\w*|(?:zgleda|zveni)\s+(?:mi\s+)?preve[cč]\s+(?:enostavno|lahko|lepo)|"
    # Estonian "really?", "seriously?", "are you sure?", "I don't believe it", "hardly",
    # "I doubt it", "why not?" (after an answer that says no), "can't be"
    r"^(?:kas\s+)?(?:t[oõ]esti|t[oõ]siselt|p[aä]riselt)$|(?:kas\s+)?(?:sa\s+)?oled\s+(?:sa\s+)?kindel|"
    r"^(?:ma\s+)?ei\s+usu(?=\s*(?:$|[.!,]))|vaevalt|kahtlen|^miks\s+mitte(?=\s*\?)|"
    # "can't be (true)", alone: not Finnish "(CV) ei saa olla liian pitkä" (must not be)
    r"ei\s+saa\s+olla(?=\s*(?:$|[.!?]|t[oõ]si\b|totta\b))|"
    # Maltese "seriously?", "really?" (alone or asked), "I don't believe you", "are you
    # sure?", "is that true?", "you seem optimistic", "are you joking?"; not "serjament
    # qed nahseb…" (I'm seriously thinking…)
    r"^(?:(?:hm+|u|imma|mela)\s+)?(?:serjament|verament|veru)$|serjament(?=\s*\?)|"
    r"(?:mhux\s+qed|ma)\s+nemmn?(?:ek|inx|ekx)|(?:int|inti)\s+[cċ]ert[a]?\b|"
    r"(?:dan|dak|din|dik)\s+(?:hu\s+|hi\s+)?veru(?:\s+hekk)?(?=\s*\?|$)|"
    r"qis(?:ek|ok)\s+(?:ftit\s+)?ottimist|qed\s+ti[cċ]{1,2}ajta|nidd?ubita|"
    # Norwegian "seriously?", "really?", "is that (really) true?", "are you sure?", "I don't
    # think so", "I doubt it", "sounds (too) optimistic", with or without æ ø å, and in
    # Bergen spellings ("e det sant?", "trur ikkje det")
    r"^(?:(?:hm+|hæ|hae|ka|ok)\W+)?(?:seri(?:ø|oe)st|serr|virkelig|(?:e|er)\s+det\s+sant)\W*$|"
    r"(?:er|e)\s+(?:det|dette|du)\s+(?:virkelig\s+|faktisk\s+|heilt\s+|helt\s+)?"
    r"(?:sant|riktig|sikker)|"
    r"(?:tror|trur)\s+ikk(?:e|je)\s+(?:(?:på|paa|pa)\s+)?det(?=\s*[?.!]*\s*$)|"
    r"tviler\s+(?:(?:på|paa|pa)\s+det|sterkt)|(?:hø|ho|hoe)res\s+(?:litt\s+|veldig\s+)?"
    r"(?:optimistisk|for\s+bra\s+til\s+(?:å|a|aa)\s+v(?:æ|ae|a)re\s+sant)|"
    # Swedish "really?", "seriously?", "are you sure?", "is that (really) true?", "sounds
    # optimistic / thin / too good", "does that really apply (to us)?", "even worth it?",
    # "still?" closing a question, "I doubt it", "hardly"
    r"^(?:(?:hm+|jaha|jas(?:å|a)|(?:ä|a)h)\W+)?(?:verkligen|seri(?:ö|o)st|p(?:å|a)\s+riktigt)$|"
    r"(?:ä|a)r\s+du\s+s(?:ä|a)ker|st(?:ä|a)mmer\s+(?:det|det\s+d(?:ä|a)r)\s+(?:verkligen|ens)|"
    r"l(?:å|a)ter\s+(?:lite\s+|v(?:ä|a)ldigt\s+|ganska\s+|(?:f(?:ö|o)r\s+)?)?(?:optimistiskt|tunt|"
    r"bra\s+f(?:ö|o)r\s+att\s+vara\s+sant|osannolikt|konstigt|m(?:ä|a)rkligt)|"
    r"g(?:ä|a)ller\s+(?:det|detta|samma\s+sak|samma)\s+(?:\w+\s+)?(?:verkligen|(?:ä|a)ven|ocks(?:å|a)|d(?:ä|a)r)|"
    r"(?:ä|a)nd(?:å|a)(?=\s*\?)|(?:ä|a)r\s+det\s+ens|tvivlar|det\s+tror\s+jag\s+inte|"
    r"jo\s+men|knappast|"
    # Trinidadian "yuh sure?", "ah eh believe dat", "dat eh true / realistic", "fuh real?",
    # "doh tell meh dat", "yuh lying", "dat is old talk"
    r"yuh\s+(?:really\s+)?sure|ah\s+(?:eh|doh|don't|dont)\s+(?:believe|buying|buy|tink\s+so)|"
    r"(?:dat|dis|it)\s+eh\s+(?:true|realistic|right|so|possible|real)|^(?:\w+\s+)?fuh\s+real$|"
    r"doh\s+tell\s+(?:meh|mih|me)\s+(?:dat|that)|yuh\s+(?:lying|lie|making\s+joke|joking)|"
    r"(?:dat|dis|that'?s|it'?s|is|just)\s+old\s+talk\W*$|"
    # Armenian in Latin letters "seriously?", "sure?", "really?", "I don't believe", "oh
    # come on", "yeah right", "it can't be", "are you sure?"
    r"^(?:\w+\s+)?(?:serioz|hastat|irakanum|iskapes|lurj)$|hastat\s+(?:es|gites)|"
    r"(?:4|ch)em\s+havatum|^ha\s+de\b|^de\s+lav\b|(?:4|ch)i\s+kareli(?:\s+senc)?\b|"
    # Georgian in Latin letters "really?", "truly?", "seriously?", "are you sure?", "I don't
    # believe (it)", "is that true?", "not possible?"
    r"^(?:\w+\s+)?(?:martla|namdvilad|seriozulad)$|"
    r"(?:darwmunebuli|dartsmunebuli)\s+xar|ar\s+mjera|ver\s+davijereb|"
    r"(?:es\s+)?simartlea$|ar\s+shei(?:dz|3)leba$|"
    # Hungarian "really?", "are you sure (about it)?", "seriously?", "I doubt it", "I don't
    # believe (it)", "is that true?", "it didn't seem so", "source?", "how do you know"
    r"^(?:\w+\s+)?t[eé]nyleg\b|t[eé]nyleg$|^biztos(?:an)?$|biztos\s+vagy(?:\s+benne)?|"
    r"^(?:\w+\s+)?komolyan$|^(?:ez\s+)?(?:most\s+)?komoly$|k[eé]tlem|"
    r"nem\s+hiszem(?:\s+el)?(?=\s*$|\s+hogy\s+(?:ez|[ií]gy|igaz))|"
    r"^(?:de\s+|hm+\s+)?(?:ez\s+)?(?:t[eé]nyleg\s+)?igaz(?:\s+ez)?$|ez\s+nem\s+igaz|"
    r"nem\s+[ií]gy\s+t[uű]nt|forr[aá]s(?:od|a)?$|honnan\s+tud(?:od|ja|j[aá]k)|"
    r"ez\s+(?:m[aá]r\s+)?elavult|"
    # Twi "me nnye nni" (I don't believe it); Swahili "are you sure?", "I don't believe it",
    # "I doubt it"
    r"me\s+nnye\s+(?:nni|di)|"
    # Lithuanian "really?", "seriously?", "are you sure?", "I doubt it", "I don't believe
    # it", "based on what?", "how do you know", "is that true?", "sounds too simple", "where
    # is the logic"; "ar tikrai" opening the message ("is it really so that…")
    r"^(?:o\s+|bet\s+|hm+\s+)?(?:ar\s+)?tikrai\b|tikrai\s*$|^(?:o\s+|bet\s+)?rimtai\b|"
    r"rimtai\s*$|nejaugi|negali\s+b[uū]ti|abejoju|netikiu|nepatikima|"
    r"(?:ar\s+)?(?:tu\s+)?(?:tuo\s+)?(?:tikras|tikra)\s*$|ar\s+(?:tu\s+)?(?:tuo\s+)?(?:esi\s+)?"
    r"(?:tikras|tikra|[iį]sitikin\w*)|kuo\s+remiantis|i[sš]\s+kur\s+(?:tu\s+)?(?:tai\s+)?"
    r"(?:[zž]inai|[zž]ino|ai[sš]ku)|(?:ar\s+)?(?:tai|ar\s+tai)\s+tiesa\s*$|"
    r"skamba\s+(?:per\s+)?(?:paprastai|keistai|ne[iį]tikinamai|abejotinai|ne(?:real|tik)\w*)|"
    r"kur\s+(?:[cč]ia\s+)?logika|(?:galima|galiu)\s+(?:tuo\s+)?pasitik[eė]ti|"
    r"prie[sš]tarauja|nesutinku|"
    r"una\s+(?:uhakika|hakika)|siamini|nina\s+shaka|sidhani\s+(?:hivyo|kama\s+ni\s+kweli)|"
    # Pashto in Latin letters "really?", "is it right?", "I don't believe (it)", "are you
    # sure?", "is this not old?"
    r"^(?:(?:kho|khu|ao|aw|hm+)\s+)?rish?t[iy]a(?:\s+ji)?$|^(?:\w+\s+)?rish?t[iy]a\s+(?:ji\s+)?"
    r"(?:wayey|wayai|wai|de|da)$|(?:bawar|yaqeen|yaqin)\s+(?:ye\s+)?na\s+(?:kawam|kegi|razi)|"
    r"(?:os|akhwa|akhwa)\s+ham\s+sahi\s+(?:da|de|di)|pakka\s+(?:ye|yey|wayey)|"
    r"da\s+(?:khu|kho)\s+\d{4}\s+ke|mumkin\s+na\s+de|"
    # Bulgarian in Latin chat letters "seriously?", "really?", "yeah, sure" (sarcastic), "are
    # you sure?", "I don't believe (it)", "don't lie to me", "only on paper", "well yes, but",
    # "how do you know", "very smart" (sarcastic), "nonsense"
    r"^(?:\w+\s+)?seriozno(?:\s+li)?$|seriozno\s+li(?=\s*[?.!,]|\s*$)|"
    r"^(?:\w+\s+)?naistina(?:\s+li)?$|naistina\s+li(?=\s*[?.!,]|\s*$)|"
    r"^(?:aha|ami\s+da)[\s,.]+sigurno\W*$|da\s+be$|"
    r"sigur(?:en|na)\s+li\s+si|ne\s+(?:mi\s+se\s+)?v(?:q|ia|ja|ya)r(?:va|vam)(?=\s*$|\s*[.,!?])|"
    r"ne\s+me\s+l[uay](?:j|zh)i|samo\s+na\s+hart(?:i|q|iq|ia|ija|iya)|^ami\s+da,?\s+ama\b|"
    r"otk[uay]de\s+zna(?:e6|esh|ete)|mn(?:ogo)?\s+umno|glupost|s[uay]mn(?:q|ia|ja|ya)vam|"
    # Afaan Oromoo "really?", "is it true?", "I don't believe (it)", "are you sure?"; not
    # "dhuguma" inside a question ("LeetCode dhuguma barbaachisaa?")
    r"^(?:garuu\s+|hmm\s+)?dhuguma+(?:\s*\?|$)|^(?:garuu\s+|hmm\s+)?dhuguma+\s*\?|dhuguma\s+(?:\w+\s+){0,4}?(?:dhaa|dhaa\?)\s*$|"
    r"^dhugaa\s+(?:dha|dhaa|kanaa?)$|hin\s+amanu|itti\s+hin\s+amanu|mirkanee(?:ffatteetta|ssiteetta)|"
    r"qofa\s+mitii|jechuu\s+keetii|"
    # Chichewa "really? / true?", "is it true?", "are you sure?", "I doubt (it)", "hard to
    # believe", "I don't believe (it)"; not "zoona" told inside a question about something
    # else ("kodi ndi zoona kuti…" asks, and is read as the question it asks)
    r"^(?:koma\s+|eya\s+|hm+\s+)?zoona$|^(?:koma\s+)?zoona\s+(?!zake\b|koma\b)(?=\w)|zoona$|"
    r"(?:kodi\s+)?(?:mukutsimikiza|ukutsimikiza|mwatsimikiza)|ndikukayika|ndikukaikira|"
    r"ndizovuta\s+kukhulupirira|sindikukhulupirira|sindikhulupirira|"
    # "haven't things changed (since)?"
    r"(?:zinthu\s+)?sizinasinthe|sizinasinthe|"
    # Malagasy "is it true?", "really true?", "is it really possible?", "I don't quite
    # believe (it)", "I doubt", "are you sure?"
    r"(?:tena\s+)?marina\s+ve|(?:tena\s+)?azo\s+atao\s+marina|tsy\s+(?:dia\s+)?mino\s+(?:loatra\s+)?aho|"
    r"misalasala\s+aho|azonao\s+antoka\s+ve|matoky\s+tena\s+ve\s+ianao|"
    # Kurmanji Kurdish "really?", "seriously", "are you sure?", "is that true?", "I don't
    # believe (it)", "oh dear"; "bi rastî" and Turkish "ciddi" only alone or with one word
    # beside them, not inside a question ("Kaggle bi rastî pêwîst e?": really needed)
    r"^(?:\w+\s+)?bi\s+rast[iî]$|^bi\s+rast[iî]\s+\w+$|^(?:\w+\s+)?cidd[iî](?:\s+\w+)?$|tu\s+(?:p[eê])?bawer\s+y?[iî]|"
    r"(?:ev|ew)\s+rast\s+e\s*$|bawer\s+na(?:kim|kem)|^ey\s+w[ea]y\b|"
    # Tok Pisin "really?" ("tru ya?", "tru a?"), "is it true?", "are you sure?", "I don't
    # believe (it)", "I don't think so"
    r"^(?:(?:tasol|na|orait|a)\s+)?tru\s+(?:ya|a|ia)\b|^(?:(?:tasol|na)\s+)?em\s+i\s+tru\s*$|"
    r"yu\s+(?:sua|shua|sure)\s+tru|yu\s+sua|mi\s+no\s+bilip|mi\s+no\s+ting\s+olsem)\b|"
    # Bislama "is it true?", "really?", "I don't believe (it much)", "it doesn't work in a
    # place like…"
    r"^(?:(?:be|hmm|ale)\s+)?(?:i\s+tru|rili)(?:\s+ia)?$|\bmi\s+no\s+bilif\b|"
    r"\bi\s+no\s+(?:save\s+)?wok\s+long\s+(?:ples|kantri|aelan)\b|"
    # French "mouais" (yeah, right) opening a reply, "I only half believe it" ("j'y crois
    # moyen"), "not sure (that)" opening it, as written or glossed ("not sûr")
    r"^(?:(?:bof|hmm|ouais|ok)\s+)?mouais\b|\b(?:j\s+y\s+)?crois\s+moyen\b|"
    r"^(?:(?:mouais|bof|hmm|ouais|euh)\s+)?(?:pas|not)\s+s(?:û|u)r\s+(?:que|qu|what|that)\b|"
    # Portuguese "are you sure?" ("tem certeza", "tens a certeza"); French "are you sure?"
    r"\b(?:tem|tens|você\s+tem|vc\s+tem)\s+(?:a\s+)?certeza\b|"
    r"\b(?:t'es|tu\s+es|vous\s+(?:ê|e)tes)\s+s(?:û|u)re?s?\b|"
    # Somali "are you sure?", "I don't believe (it)" (not "ma hubo", I'm not sure, which a
    # student says of their own plans as often)
    r"\bma\s+(?:hubtaa|hubtaan|hubtay)\b|\bma\s+(?:aaminsani|rumaysan|rumeysan|rumaysto)\b"
)
# Doubts only when asked: Twi "ampa?" (really?) opening or closing the message, Swahili
# "kweli?" opening it or "ni kweli?" (is it true?) as all of it; told, they agree ("ni kweli
# kabisa": absolutely true); "…inasaidia kweli?" asks whether it really helps, and "je, ni
# kweli interviewer…?" asks about the interviewer.
_ASKED_DOUBT = phrase_pattern(
    # Bemba "is it true?" ("(bushe) ca cine?", "ca cine cine?") and Tashelhit "really?" ("(is)
    # s tidt?", "is tidt?") as all of it
    r"^(?:(?:bushe|ni|iwe|mwe|kwena|hmm+|nomba)\s+)*(?:ca\s+cine|cine\s+cine)(?:\s+cine)?"
    r"(?:\s+(?:bane|mukwai|iwe|kwena|ba\s+mukwai))?$|"
    r"^(?:(?:waxxa|hmm+|is)\s+)*(?:s\s+tidt|tidt)(?:\s+(?:nit|ayd|nk))?$|"
    # "only two phone screens?", "only leetcode?": the answer's little, doubted
    r"^(?:so\s+|but\s+|wait\s+)?only\s+(?:\w+\s+){0,2}\w+$|"
    # Minangkabau "is it true (that) …?" opening a question with "bana" ("bana recruiter
    # mancaliak github?"), "only that?" before what the writer heard ("cuma itu? ambo danga…")
    r"^(?:(?:tapi|eh|hmm|oh|ih|uni|uda|jadi)\s+)*bana\s+(?!bana\b)\w+|"
    r"^(?:(?:tapi|eh|hmm)\s+)*(?:cuma|hanyo)\s+(?:itu|tu)(?:\s+se)?(?:$|\s+(?:ambo|den|awak|kato)\b)|"
    # "dat true?", "is that even possible?", "that realistic??" closing the message
    r"(?:is\s+|isn't\s+|isnt\s+)?(?:that|this|dat|dis)\s+(?:really\s+|even\s+|actually\s+|"
    r"seriously\s+)?(?:true|possible|realistic|fair|legit|right)$|"
    # Amharic in Latin letters "really?", "is it true?" ("berigit?", "ewnet new?") as all of it
    r"^(?:berigit|ber'igit|ewnet(?:\s+new)?|ewnetih(?:n)?\s+new)$|"
    # Arabizi "really?" ("bgad?", "bjad?", "wallahi?"), "are you sure?" ("akeed?", "enta
    # mota2aked?", "sure?") as all of it
    r"^(?:(?:hmm+|tab|tayeb|la2|eh|eih|ya3ni|w|bas|enta|inta|enti|inti)\s+)*(?:b(?:e|i)?[gj]a?d|bgd|wallahi?|"
    r"2?akee?d|sa7|sa7i7|(?:mota|mit|mt|mu|mo)(?:2|q)a?k+(?:e|i)?d(?:a|in|een)?|sure)$|"
    # Amharic "really?", "is it true?" ("በእርግጥ?", "እውነት ነው?") as all of it
    r"^(?:በእርግጥ|እውነት(?:\s+ነው)?|እውነትህን\s+ነው)$|"
    # Portuguese "really?" ("é mesmo?", "sério?", "é verdade?"), French "really?" ("vraiment?",
    # "sérieux?", "c'est vrai?") as all of it
    r"^(?:(?:mas|e|hm+|ah)\s+)?(?:é\s+|e\s+)?(?:mesmo|s(?:é|e)rio|verdade)$|"
    r"^(?:(?:mais|ah|hm+|euh)\s+)?(?:vraiment|s(?:é|e)rieux|c'est\s+vrai)$|"
    # Russian and Ukrainian "sure?", "seriously?", "really?" as all of it ("точно!" agrees)
    r"^(?:(?:а|но|ну|хм+|и|і|та)\s+)?(?:точно|серйозно|справді|правда|это\s+точно|це\s+точно)$|"
    # "is that really so?" ("это точно так?", "точно ли это так?", "це справді так?")
    r"^(?:(?:а|но|и|і|та)\s+)?(?:(?:это|це)\s+(?:точно|правда|действительно|справді)\s+так|"
    r"точно\s+ли\s+(?:это\s+)?так|(?:это|це)\s+(?:точно|справді)\s+(?:правда|так))$|"
    r"^(?:(?:hm+|ei+|but|lakini)\s+)?(?:ampa|kweli)\b|"
    # Somali "really?", "is it true?", "seriously?" as all of it ("run ma tahay in…" asks
    # about what it names)
    r"^(?:(?:hmm+|laakiin|lakin|walaal|ok|haye)\s+)*(?:run|dhab|runtii|dhabtii|runtaa|dhabtaa)"
    r"(?:\s+(?:ma\s+tahay|miyaa|miyay|baa|ma\s+aha))?$|"
    r"\bampa(?:\s+ara)?$|^(?:(?:hm+|lakini|je)\s+)?ni\s+kweli(?:\s+(?:kabisa|hiyo|hivyo))?$|"
    # Pashto in Latin letters "really?" opening or closing a question, "is it right?"
    r"^(?:(?:kho|khu|aw|ao|sorry)\s+)?(?:ji\s+)?rish?t[iy]a\b|\brish?t[iy]a(?:\s+ji)?$|"
    r"\b(?:ham|os|bya)\s+sahi\s+d[ae]$|"
    # Catalan "sure?" opening or closing a question ("segur que puc aplicar?" asks)
    r"^(?:(?:i|pero|però|ja|ui|hm+)\s+)?segur\b(?!\s+(?:que|q)\b)|\bsegur$|"
    # Ilocano "sure ka?" (are you sure?) opening a question that goes on in Ilocano ("sure ka?
    # kadawyan nga nakasurat ti posting…"); Tagalog "sure ka ba diyan?" is read as it was
    r"^(?:(?:hmm+|eh|ay)\s+)*sure\s+ka\b(?=.*\b(?:ti|kadi|ket|dagiti|met|ngay|awan|adda|"
    r"kadawyan|ngamin|wenno)\b)|"
    # Kabyle "(is it) true?" alone ("d tidet" without a question mark says "it's true")
    r"^(?:(?:ih|ok|wah|ya3ni|hm+)\s+)?(?:d\s+)?tidet$|"
    # Pular "…, naa?" (isn't it?) closing a question; told, Wolof "naa" closes "I …" ("dégg
    # naa", I understand; "xam naa", I know; "dem naa", I'm off)
    r"\bnaa$"
)

# Money: the guide names no price, pay or aid (only that Colab is free and has a paid tier),
# so it is a cue that a message after an answer is off-topic however close its subject
# ("colab pro price in GBP? per month"). Of the fitted later turns and questions it
# matches, most are labelled off-topic and some in-domain ("which card then. ~400 EUR"),
# so it is a feature the choice weighs, not a verdict. Not "how much maths", "pay for the
# certificate", "the paid version", "worth the money" or "no money for a GPU", which the
# guide answers, nor "how much time should I spend", "I have a month". "more pay?" after an
# answer asks about money; Ilocano "more pay bout …" (more, still, about) asks for more.
_ABOUT_MONEY = phrase_pattern(
    r"\b(?:salar(?:y|ies)|stipends?|fees?|prices?|pricing|priced|tuition|earnings|income|"
    r"paycheck|compensation|allowance|unpaid|financial\s+aid|(?:prize|pocket|how\s+much)\s+money)\b|"
    r"\bpaid\s+how\s+much\b|"
    r"\bhow\s+much\b(?:\s+\S+){0,6}?\s+(?:pay|pays|paid|cost|costs|charge|charges|earn)\b|"
    r"\bhow\s+much\s+(?:is|are|would|does|do)\s+(?:(?:a|an|the)\s+)?(?:\S+\s+){0,3}?(?:card|"
    r"gpu|rtx|gtx|tickets?|laptop|pro|certificate|registration)\b|set\s+me\s+back|run\s+me\b|"
    r"\b(?:the|what|average|sort\s+of|kind\s+of|their|intern|internship|more|better|any|"
    r"good|decent|higher|less)\s+pay\b(?!\s+(?:bout|about|abt|on|of|regarding)\b)|^\W*pay\W*$|"
    r"\bpays?\s+(?:the\s+)?(?:interns?|students?|more|less|better|the\s+same|anything|well|"
    r"(?:for\s+)?(?:me|my|flights?|travel|the\s+visa|visa|relocation)|to\s+move)\b|"
    r"\bwho\s+(?:will\s+|would\s+|should\s+)?(?:pays?|covers?|bears?)\b|"
    r"\bwhat\s+(?:does|do|will|would)\b(?:\s+\S+){0,5}?\s+cost\b|"
    r"\b(?:usd|gbp|eur|inr|ngn|naira|rupees?|dollars?|euros?|pounds|lakhs?|pesos?|reais|"
    r"cedis?|shillings?)\b|\bper\s+(?:month|hour)\b|\bhourly\b"
)
_CURRENCY_AMOUNT = re.compile(r"[$€£₹]\s?\d|\d\s?[$€£₹]")


def _about_money(text: str, joined: str) -> bool:
    """ "how much do they pay interns", "colab pro price?", "is it 10$ a month", "who pays
    for the visa". `joined`: the text's words, as `cues` has them already."""
    return bool(_CURRENCY_AMOUNT.search(text) or _ABOUT_MONEY.search(joined))


# "besides GitHub", "apart from the courses", "other than kaggle": what comes after, up to
# the next word that starts a clause. Read in English (a gloss brings other languages'
# "besides" here). Words that point back ("besides that") name nothing new: the passages
# the thread has shown are set aside already.
_SET_ASIDE = re.compile(
    r"\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|"
    r"in\s+addition\s+to)\s+((?:\w+\s+){0,3}\w+)"
)
_ENDS_THE_SUBJECT = frozenset(
    "what which who how where when why is are do does can could should would will i you "
    "we they there that this those these it them ones one and or but so to for in on with "
    "any anything something else other others more".split()
)


def _set_aside(joined: str) -> str:
    found = _SET_ASIDE.search(joined)
    if found is None:
        return ""
    subject = list(itertools.takewhile(lambda w: w not in _ENDS_THE_SUBJECT,
                                       found.group(1).split()))  # fmt: skip
    return " ".join(content_words(" ".join(subject)))


@dataclass(frozen=True)
class Cues:
    """What a message's words say about how it relates to the last answer."""

    words: int
    content: int  # words with a subject of their own
    more: bool  # the whole message asks for more
    pick: int | None  # 0-based: which offered passage the whole message picks
    doubt: bool
    leans: bool  # opens like a second half ("and for…", "what about…"), or points back
    points_back: bool  # a word that needs the last answer: "is that true?"
    questions_the_answer: bool  # "even for…", "is that really…"
    changes_subject: bool  # "btw", "another thing"
    asks_for_others: bool  # "what else", "besides papers", "other contests"
    more_about: bool  # "tell me more about the interviews": more, with a subject of its own
    about_money: bool  # a price, pay, "per month": the guide names none
    set_aside: str = ""  # "what else besides GitHub?": the subject the student has had


def either(a: Cues, b: Cues) -> Cues:
    """The cues of a message and of its English gloss: what either shows, and the gloss's
    counts (its words are the ones searched)."""
    return Cues(
        words=b.words,
        content=b.content,
        more=a.more or b.more,
        pick=a.pick if a.pick is not None else b.pick,
        doubt=a.doubt or b.doubt,
        leans=a.leans or b.leans,
        points_back=a.points_back or b.points_back,
        questions_the_answer=a.questions_the_answer or b.questions_the_answer,
        changes_subject=a.changes_subject or b.changes_subject,
        asks_for_others=a.asks_for_others or b.asks_for_others,
        more_about=a.more_about or b.more_about,
        about_money=a.about_money or b.about_money,
        set_aside=b.set_aside or a.set_aside,
    )


# Afrikaans "tell me more", "give me more tips", "show us more examples please": "my" (me)
# is no filler in English ("what are my options?")
_MORE_IN_AFRIKAANS = re.compile(
    r"^(?:(?:ok|okay|en|ja|nee|asb)\s+)*(?:vertel|gee|wys|verduidelik)\s+(?:my|ons)\s+"
    r"(?:n\s+bietjie\s+)?(?:nog\s+)?meer(?:\s+(?:wenke|voorbeelde|besonderhede|detail|opsies|"
    r"asb|asseblief|oor\s+dit|daaroor))*$"
)


# Somali "go on", "(tell me) more than that", "(explain) more", "more details", "is there
# anything more?", "is that all?" as all of the message
_MORE_IN_SOMALI = re.compile(
    r"^(?:(?:ok|okay|haye|hagaag|waayahay|walaal|fadlan|hmm+)\s+)*(?:sii\s+wad(?:a|i|aa)?|"
    r"(?:(?:ii|noo|i)\s+)?(?:sheeg|sharax|sii\s+sharax|faahfaahi|sii\s+faahfaahi)\s+"
    r"(?:(?:wax|si)\s+)?(?:badan|dheeraad(?:\s+ah)?|intaas\s+ka\s+badan|kale)|"
    r"intaas\s+ka\s+badan(?:\s+(?:ii|noo)\s+sheeg)?|faahfaahin\s+(?:dheeraad(?:\s+ah)?|badan|kale)|"
    r"(?:ma\s+jiraa?\s+)?wax\s+(?:dheeraad(?:\s+ah)?|badan)(?:\s+ma\s+jiraa?)?|"
    r"intaas\s+(?:oo\s+)?(?:kaliya|keliya|uun)(?:\s+(?:ma|miyaa|baa))?)"
    r"(?:\s+(?:fadlan|walaal|please|pls))?$"
).match


# Bemba "again?", "more?" ("nafuti?", "fimbi nafuti?"), "tell me more" ("ngeba na fimbi",
# "londololeni fimbi"), "what else?" ("finshi fimbi?"); Tashelhit "more" ("ugar", "ini yi
# ugar"), "anything else?" ("kra yadnin?", "mad yadnin?") as all of the message
_MORE_IN_BEMBA_TASHELHIT = re.compile(
    r"^(?:(?:ok|okay|elo|nomba|kwena|iwe|mwe|mukwai|waxxa|safi|hmm+)\s+)*(?:(?:fimbi\s+)?nafuti|"
    r"fimbi\s+(?:nafuti|kabili)|(?:ngeba|njebeni|mwangeba|mungeba|ndondolweleni|londololeni|"
    r"londolola)\s+(?:na\s+)?(?:fimbi|ifyo\s+fimbi|nafuti)|(?:finshi|cinshi)\s+(?:fimbi|cimbi)|"
    r"(?:(?:ini|inid)\s+yi\s+)?ugar|(?:is\s+(?:ila|illa)\s+)?kra\s+yadnin|ma?d?\s+yadnin)"
    r"(?:\s+(?:mukwai|ba\s+mukwai|bane|please|pls|tanmmirt))?$"
).match


# Dholuo "is that all?" ("(en) mana mano kende"), "what next?" ("…mano ango kendo", "ango
# kendo") as all of the message
_MORE_IN_LUO = re.compile(
    r"^(?:(?:to|ok|okay|sawa|koro)\s+)*(?:(?:en\s+)?mana\s+mano\s+kende|mano\s+kende|"
    r"(?:bang\s+(?:\w+\s+){0,3}?(?:mano\s+)?|(?:\w+\s+){0,2}?mano\s+)?ango\s+kendo)$"
).match


# Gĩkũyũ "more?", "also?" ("ningĩ?"), "other …?" ("competitions ingĩ?", "njĩra ingĩ?"),
# "anything else?" ("kĩndũ kĩngĩ?", "nĩ kĩĩ kĩngĩ?"), "tell me more" ("njĩra makĩria"), typed
# with or without the tildes, as all of the message
_MORE_IN_KI = re.compile(
    r"^(?:(?:ok|okay|sawa|ii|ĩĩ|na|n[iĩ]\s+wega|n[iĩ]\s+ngatho)\s+)*(?:ning[iĩ]|"
    r"(?:\w+\s+)?ing[iĩ]|(?:n[iĩ]\s+)?k[iĩ]nd[uũ]\s+k[iĩ]ng[iĩ]|(?:n[iĩ]\s+)?k[iĩ][iĩ]\s+k[iĩ]ng[iĩ]|"
    r"(?:[uũ]ng[iĩ])?nj[iĩ]ra\s+mak[iĩ]r[iĩ]a)$"
).match


# "that's all?", "is that it?": asked, whether the answer is all there is; "that's it,
# thanks" closes instead
_IS_THAT_ALL = re.compile(
    r"^(?:(?:ok|okay|so|and|hmm+|wait|huh|oh)\W+)*(?:is\s+that|is\s+this|that'?s|thats|this\s+is|"
    r"that\s+is)\s+(?:all|it|everything)\s*\?+\W*$",
    re.IGNORECASE,
).match


# "any more resources?", "some more examples pls", "more links please": more of a kind the
# word lists don't name, in a message that says nothing else. Not of what the internship
# itself has or costs: "are there extra fees", "any additional costs?", "more interviews?",
# "any extra requirements", "extra credits?" ask about it, and "got more questions"
# announces a question.
_MORE_OF_A_KIND = re.compile(
    r"^(?:(?:ok|okay|so|and|cool|nice|hmm+|alright|sorry)\s+)*(?:(?:are|is)\s+there\s+|got\s+|"
    r"(?:do|can|could)\s+(?:you|u)\s+(?:have|give\s+me|share|send|suggest)\s+|have\s+(?:you|u)\s+got\s+)?"
    r"(?:any|some)?\s*(?:more|additional|extra)\s+"
    r"(?!(?:fees|costs|charges|expenses|payments|credits|questions|qs|interviews|rounds|stages|"
    r"years|months|weeks|days|hours|requirements|documents)\b)"
    r"[a-z]+s\b(?:\s+(?:pls|plz|please|too|then))?(?:\s+(?:haha+|hehe+|lol))?$"
)


# The varieties' requests for more that are read only as all of a message: one row a language
_MORE_AS_THE_WHOLE_MESSAGE = (
    _MORE_IN_AFRIKAANS.match,
    _MORE_IN_SOMALI,
    _MORE_IN_BEMBA_TASHELHIT,
    _MORE_IN_LUO,
    _MORE_IN_KI,
)


# "what comes next?", "what's next", "and what comes after the phone screen": the next step,
# as all of the message
_WHATS_NEXT = re.compile(
    r"^(?:(?:ok|okay|and|so|then|right|alright|cool)\s+)*(?:what\s+comes|what'?s|whats|what\s+is)"
    r"\s+(?:next|after\s+(?:that|this|it|the\s+\w+(?:\s+\w+)?))(?:\s+then)?$|"
    # Konkani in Latin letters "(and) after that?", "what (happens) after that?" ("ani tya
    # uprant?", "tachea uprant kitem?")
    r"^(?:(?:ok|okay|ani|and|mure|baba|re)\s+)*(?:tya|tachea|hachea)\s+uprant(?:\s+kitem(?:\s+zata)?)?"
    r"(?:\s+(?:re|baba|mure))?$"
).match


@lru_cache(maxsize=4096)
def cues(text: str) -> Cues:
    tokens = words(text)
    joined = " ".join(tokens)
    short = len(tokens) <= MAX_LEANING_WORDS
    pointed = _points_at(tokens)
    return Cues(
        words=len(tokens),
        content=len(content_words(text)),
        more=asks_for_more(tokens)
        or _asks_for_more_in_a_clause(text)
        or _asks_for_another(tokens, pointed)
        or any(asks(joined) for asks in _MORE_AS_THE_WHOLE_MESSAGE)
        or bool(_IS_THAT_ALL(text))
        or bool(_WHATS_NEXT(joined))
        or bool(_MORE_OF_A_KIND.match(joined)),
        more_about=bool(_MORE_ABOUT.match(joined)) or _more_about_after_a_preface(text),
        pick=_pick(tokens, pointed),
        doubt=bool(_DOUBT.search(joined) or ("?" in text and _ASKED_DOUBT.search(joined))),
        leans=short and bool(_LEANING_START.match(joined) or _ANAPHORA.search(joined)),
        points_back=bool(_ANAPHORA.search(joined)),
        questions_the_answer=short and bool(_QUESTIONS_THE_ANSWER.match(joined)),
        changes_subject=bool(_CHANGES_SUBJECT.match(joined)),
        asks_for_others=bool(_ASKS_FOR_OTHERS.search(joined)),
        about_money=_about_money(text, joined),
        set_aside=_set_aside(joined),
    )


# Hawaii Pidgin "get mo?" (is there more?): "get" before "mo" is "there is"; so is Wolof
# "am" before "na" ("am na leneen?", is there anything else?), where Nigerian Pidgin's "am"
# is "it" ("explain am")
_THERE_IS = frozenset({("get", "mo"), ("am", "na")})


def asks_for_more(tokens: list[str]) -> bool:
    """ "tell me more", "can u elaborate a bit", "aur?", "anything else?", "moreee"."""
    if not tokens or len(tokens) > MAX_MORE_WORDS:
        return False
    tokens = [t for t in tokens if not _INTERJECTION.fullmatch(t)]
    following = [*tokens[1:], ""][: len(tokens)]
    tokens = [t for t, after in zip(tokens, following, strict=True) if (t, after) not in _THERE_IS]
    tokens = [t for t in tokens if t not in _MORE_FILLER]
    unknown = [t for t in tokens if t not in _MORE and t not in _FILLER]
    if len(unknown) > MAX_MISSPELLED or any(len(t) < MIN_SPELLED for t in unknown):
        return False  # before any spelling is looked up: most messages end here
    spelled = [_spelled(t) for t in tokens]
    return any(t in _MORE for t in spelled) and all(t in _MORE or t in _FILLER for t in spelled)


# Words that fill only a request for more: romanized Dzongkha "lap" (tell), "hengkhe lap
# nang" (tell me in detail, please)
_MORE_FILLER = frozenset("lap laap".split())


_CLAUSE_END = re.compile(r"(?<=[.!?;,])\s+|\n+")
# The words that say "more" by themselves; "how does that work" or "then what" in a clause
# of a longer message usually lean on the answer instead.
_SAYS_MORE = frozenset(
    "more else continue going further deeper elaborate expand rest other others another "
    "additional extra detail details".split()
)


def _wants_more_here(clause: str, tokens: list[str], last: bool) -> bool:
    return bool(_SAYS_MORE.intersection(tokens)) and ("?" in clause or last)


# Clauses, and what an emoji sets apart: "sorry sorry I get vex too quick 🙈 tell me more…"
_CLAUSE_OR_EMOJI = re.compile(r"(?<=[.!?;,])\s+|\n+|\s*[^\w\s'’?.,!;:()-]+\s*")


def _more_about_after_a_preface(text: str) -> bool:
    """ "sorry, tell me more about the interviews", "my bad. more on github pls": more with a
    subject, after clauses that only apologise or tell."""
    clauses = [c for c in _CLAUSE_OR_EMOJI.split(text) if c and words(c)]
    if len(clauses) < 2:
        return False
    last = " ".join(words(clauses[-1]))
    return bool(_MORE_ABOUT.match(last)) and not any(asks(c) for c in clauses[:-1])


# "Go on, I'm curious!", "Please keep going, I'm taking notes.": told to carry on, first.
_CARRY_ON = re.compile(
    r"^(?:(?:ok|okay|please|pls|yes|yeah|mm+h?|hm+)\W+)*(?:go\s+on|keep\s+going|carry\s+on|"
    r"continue)\W*$",
    re.IGNORECASE,
).match


def _asks_for_more_in_a_clause(text: str) -> bool:
    """ "Is there more? I'd rather know it all up front.", "my advisor has no industry
    links. other options?": one clause says it wants more, and the others only tell."""
    clauses = [(c, tokens) for c in _CLAUSE_END.split(text) if (tokens := words(c))]
    if len(clauses) < 2:
        return False
    # A clause closed by a comma is more often a preface ("More specifically, I want…"):
    # it counts only when it asks ("other options? i can't afford a gpu") or ends the message.
    last = len(clauses) - 1
    more = [
        (asks_for_more(tokens) or bool(_MORE_OF_A_KIND.match(" ".join(tokens))))
        and (_wants_more_here(c, tokens, i == last) or bool(_CARRY_ON(c)))
        for i, (c, tokens) in enumerate(clauses)
    ]
    return any(more) and not any(asks(c) for (c, _), m in zip(clauses, more, strict=True) if not m)


# "I should like to hear more of the first topic you have offered, if you please": a
# letter's pick, too long for the word lists, names what it picks among.
_WHICH_WORDS = "first|second|1st|2nd|former|latter"
_OFFERED = re.compile(
    rf"\b(?:the\s+)?(?P<which>{_WHICH_WORDS})\s+(?:of\s+(?:the|those|these)\s+)?"
    r"(?:topics?|options?|suggestions?|links?|buttons?|passages?|ones?|choices?)\s+"
    r"(?:(?:that|which)\s+)?(?:you\s+)?(?:have\s+|had\s+|just\s+)?"
    r"(?:offered|suggested|proposed|mentioned|listed|gave|given|shown|showed|provided)\b"
    # …but not when the offer is what a sentence says something of ("the second link you gave
    # me is broken", "the first option you mentioned is too expensive, what else?")
    r"(?!(?:\s+(?:me|us|earlier|before|above|previously|yesterday|today))*\s+(?:is|was|are|were|"
    r"isn't|isnt|wasn't|wasnt|seems?|looks?|sounds?|has|had|does|doesn't|doesnt|did|didn't|"
    r"didnt|won't|wont|can't|cant|cannot|will|would|costs?|requires?|needs?)\b)"
)
_WHICH = re.compile(rf"\b(?:{_WHICH_WORDS})\b")


def picks(tokens: list[str]) -> int | None:
    """Which offered passage a message points at, if that is all it says: one word saying
    which, with a word that points ("one", "link") or only words that ask and fill; or a
    longer message that names the offer it picks from."""
    return _pick(tokens, _points_at(tokens))


def _pick(tokens: list[str], which: int | None) -> int | None:
    joined = " ".join(tokens)
    # (one of them: "the difference between the first and second options you listed" compares)
    if which is None and (offered := _OFFERED.search(joined)) and len(_WHICH.findall(joined)) == 1:
        return _ORDINALS[offered["which"]]
    return None if which is not None and _asks_whether_other(tokens) else which


def _asks_for_another(tokens: list[str], which: int | None) -> bool:
    """ "is there other option (also)?", Spanish "hay otra opción?", "any other option?":
    worded like a pick of "the other one" (`which`), but asks whether there are others."""
    return which is not None and _asks_whether_other(tokens)


# Ordinals that are another language's "another": the second only beside a word of their
# own language. Latvian "otro", "otra" are Spanish "otro", "otra" ("otro?", "dame otro" ask
# for more): the second beside a Latvian word ("es ņemu otro", "labi, otra"). Belarusian
# "другая", "другое", "другую" are Russian ones ("другое?", "покажи другую" ask for more):
# the second beside a Belarusian word ("пакажы другое", "хачу другое") or "давай" ("давай
# другое", a Belarusian student's pick, which a Russian one may mean too, with two
# passages offered). (words, the words beside which they pick, the ordinal they stand for)
_SECOND_BESIDE_ITS_LANGUAGE = (
    (
        frozenset("otro otra".split()),
        word_list(
            """
            ņemu nemu ņemšu nemsu parādi paradi atver lūdzu ludzu labi variantu linku to tas
            pastāsti pastasti izstāsti izstasti iedod dod
            """
        ),
        "otrais",
    ),
    (
        frozenset("другая другое другую".split()),
        word_list(
            """
            пакажы адкрый вазьму хачу гэта гэтае тое раскажы распавядзі дзякуй калі ласка
            давай
            """
        ),
        "другі",
    ),
    (
        # Gujarati "બીજું" is "other" ("બીજું કંઈ છે?", anything else?), and the second
        # before "વાળું" (the one): "બીજું વાળું બતાવો", show the second one
        frozenset("બીજું બીજુ બીજો બીજી બીજા".split()),
        frozenset("વાળું વાળુ વાળો વાળી વાળા".split()),
        "second",
    ),
    (
        # Ukrainian "другу", "друга" (the second: "другу статтю"), which are Russian "to a
        # friend", "a friend's": the second beside a Ukrainian word
        frozenset("другу друга".split()),
        word_list(
            "будь ласка покажіть покажи відкрий відкрийте візьму хочу давай давайте дякую ok ок"
        ),
        "second",
    ),
    (
        frozenset(["seinna"]),
        word_list("tann hatta hetta tað tad það thad hitt vís vis sýndu syndu taki tek".strip()),
        "seinni",
    ),
)


def _second_beside_its_language(tokens: list[str]) -> list[str]:
    for seconds, beside, ordinal in _SECOND_BESIDE_ITS_LANGUAGE:
        if not seconds.isdisjoint(tokens) and not beside.isdisjoint(tokens):
            tokens = [ordinal if t in seconds else t for t in tokens]
    return tokens


def _points_at(tokens: list[str]) -> int | None:
    if not tokens or len(tokens) > MAX_PICK_WORDS:
        return None
    tokens = _second_beside_its_language(tokens)
    tokens = _without_how_many_offered(_ordinals_after_their_word(_tok_pisin_numbers(tokens)))
    which = [_ORDINALS[t] for t in tokens if t in _ORDINALS]
    rest = [t for t in tokens if t not in _ORDINALS]
    if len(set(which)) != 1 or (len(which) > 1 and not _said_twice(tokens)):
        return None
    if any(t in _ORDINALS and before == "or" for before, t in itertools.pairwise(tokens)):
        # "one or two?" (Tajik "резюме як саҳифа бошад ё ду?", a CV of one page or two)
        # asks which; it picks no button
        return None
    pointed = any(t in _POINTER for t in rest)
    known = all(t in _PICK_FILLER or t in _POINTER or t in _FILLER for t in rest)
    subject = [t for t in rest if t not in _PICK_FILLER and t not in _POINTER and t not in _FILLER]
    if not known and not (pointed and len(subject) <= 1 and not set(subject) & _SUBJECTS):
        return None
    if not _STEPS.isdisjoint(rest):
        # "the last step, which is it?", "step 2 i don't get" (Spanish "el paso 2 no lo
        # entiendo"): a step of the answer, not a button; "step" fills a request for more
        return None
    if "other" in tokens and not _points_after(tokens, "other"):
        # "the other one" points; "the other?", "other myths like this one?" and "option
        # which other?" ask for more
        return None
    return which[0]


_WORD_AND_DIGIT = re.compile(r"^(?:\w+ )*?(?!last|two|one)[^\W\d]+ (?:#?\d)$")


def _said_twice(tokens: list[str]) -> bool:
    """Several words saying which, as a word then its digit: "meore! 2", "second, 2"; not
    "the last 2" (both of them), "the second two" or "the second last one". An Ewe or
    Bambara ordinal and another language's ("evelia la! the second one", "la première!
    gbãtɔ", "a filanan, the second one") say it twice too."""
    ordinals = [t for t in tokens if t in _ORDINALS]
    return len(ordinals) == 2 and (
        bool(_WORD_AND_DIGIT.match(" ".join(ordinals)))
        or (len(set(ordinals)) == 2 and not _OWN_ORDINALS.isdisjoint(ordinals))
        or set(ordinals) <= _SAID_TWICE_ALIKE
    )


_EWE_ORDINALS = frozenset("gbãtɔ gbatɔ gbato evelia eveliatɔ eveliato".split())
# Bambara "a fɔlɔ" (the first), "a filanan" (the second), beside "the second one"
_OWN_ORDINALS = _EWE_ORDINALS | frozenset("fɔlɔ folo filanan".split())
# Mooré "a yiibu", said twice ("a yiibu wã, bouton a yiibu soaba")
_SAID_TWICE_ALIKE = frozenset("ayembre ayiibu".split())


# Ordinals that are ordinals only after a given word, and other words alone: Twi "(deɛ) ɛdi
# kan" is "the first" ("kan" alone is Indonesian and Malay "right?"); Lingala "(oyo) ya
# suka" is "the last" ("suka" alone is Indonesian and Malay "like", Tagalog "vinegar", a
# Russian curse); Sranan Tongo "(a) di fu tu (wan)" is "the second" ("tu" alone is "also",
# and French and Spanish "you"). Each maps to a word the ordinals list holds.
_ORDINALS_AFTER = {
    # Mooré "a yembre", "a yiibu" (the first, the second): alone "one", "two"
    "yembre": ("ayembre", {"a"}),
    "yembr": ("ayembre", {"a"}),
    "yiibu": ("ayiibu", {"a"}),
    # Comorian "ya/wa pvili" (the second): "pvili" (two) alone counts nothing
    "pvili": ("second", {"ya", "wa", "la", "sha", "za"}),
    # Sango "(ti) kozo" (the first), "ti use" (the second): "use" alone is English
    "kozo": ("first", {"ti", "tî"}),
    "kôzo": ("first", {"ti", "tî"}),
    "use": ("second", {"ti", "tî"}),
    "ûse": ("second", {"ti", "tî"}),
    "kan": ("first", {"di", "edi", "ɛdi"}),
    "suka": ("nsuka", {"ya"}),
    "tu": ("second", {"fu"}),
    # Sesotho "ea/ya pele" (the first), "ea ho qetela" (the last): "pele" alone is "before"
    "pele": ("first", {"ea", "ya", "oa"}),
    "qetela": ("last", {"ho"}),
    # Gilbertese "te moan" (the first): "moan" alone is English
    "moan": ("first", {"te"}),
}


def _ordinals_after_their_word(tokens: list[str]) -> list[str]:
    def as_ordinal(i: int, token: str) -> str:
        ordinal, after = _ORDINALS_AFTER.get(token, (token, set()))
        return ordinal if i and tokens[i - 1] in after else token

    return [as_ordinal(i, token) for i, token in enumerate(tokens)]


def _tok_pisin_numbers(tokens: list[str]) -> list[str]:
    """Tok Pisin "namba wan", "namba tu" (number one, two) as one word: "tu" alone is "you"
    in French and Spanish, and "also" in Tok Pisin."""
    joined = " ".join(tokens)
    if "namba" not in tokens:
        return tokens
    return re.sub(r"\bnamba (wan|tu)\b", r"namba\1", joined).split()


def _without_how_many_offered(tokens: list[str]) -> list[str]:
    """ "the first of those two suggestions": "of those two suggestions" names the buttons,
    and its "two" counts them; it doesn't pick one. Not "give me two more suggestions"."""
    text = " ".join(tokens)
    return _OF_THE_OFFERED.sub(" ", f" {text} ").split()


_OF_THE_OFFERED = re.compile(
    r" of (?:the|those|these)(?: two| 2)?(?: (?:options|suggestions|topics|links|buttons))? "
)


def _asks_whether_other(tokens: list[str]) -> bool:
    if "other" not in tokens:
        return False
    at = tokens.index("other")
    return "there" in tokens or (at > 0 and tokens[at - 1] in ("any", "some", "no"))


def _points_after(tokens: list[str], word: str) -> bool:
    at = tokens.index(word) + 1
    return at < len(tokens) and tokens[at] in _POINTER


_STEPS = frozenset(("step", "steps"))
# Words that make "the first …" a question of its own ("the first step to learn?").
_SUBJECTS = frozenset(
    "step steps thing learn learning study language course courses year round interview "
    "question questions project internship job skill skills".split()
)


MAX_MISSPELLED = 2  # words a request for more may misspell ("elabrate", "contineu")
MIN_SPELLED = 5  # shorter words are looked up as they are
# Words of their own, not misspellings of a word for "more": Papiamentu and Romanian "sigur"
# (sure: "bo ta sigur?"), not Kirundi "sigura" (explain)
_NOT_MISSPELLED = frozenset(["sigur"])


SPELLING_CUTOFF = 0.85  # difflib's similarity for a misspelling of a word for "more"


@lru_cache(maxsize=4096)
def _spelled(token: str) -> str:
    """A chat word as the lists spell it: "elabrate" → "elaborate"."""
    if token in _MORE or token in _FILLER or token in _NOT_MISSPELLED or len(token) < MIN_SPELLED:
        return token
    close = difflib.get_close_matches(token, _more_near_in_length(len(token)), 1, SPELLING_CUTOFF)
    return close[0] if close else token


@cache
def _more_near_in_length(length: int) -> tuple[str, ...]:
    """The words for "more" whose length lets them reach the cutoff against a word of this
    length (difflib's ratio is at most 2·min/(sum of the lengths)): the same matches as
    against all of them, without weighing the hundreds that can't."""
    return tuple(
        sorted(w for w in _MORE if 2 * min(length, len(w)) >= SPELLING_CUTOFF * (length + len(w)))
    )
