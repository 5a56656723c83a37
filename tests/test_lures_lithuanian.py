"""Lithuanian lure phrases (data/lures/lt.toml): each lure sentence matches its category, the
genuine Lithuanian mail of a bank, courier, utility, employer, shop, colleague or family matches
no lure that counts (our own sentences), and "niekada" cancels a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "lt"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Gerbiamas vartotojau, jūsų el. pašto slaptažodžio galiojimas baigiasi "
        "šiandien. Spauskite žemiau, kad išsaugotumėte dabartinį slaptažodį.",
    ),
    (
        "password_expiry",
        "Tavo slaptažodis nustos galioti po 24 valandų. Pasilik tą patį "
        "slaptažodį paspausdamas mygtuką.",
    ),
    (
        "password_expiry",
        "Pranešimas apie slaptažodžio galiojimo pabaigą: tęskite su tuo pačiu slaptažodžiu.",
    ),
    # mailbox_full
    ("mailbox_full", "Jūsų pašto dėžutė beveik pilna. 14 gaunamųjų laiškų sulaikyti serveryje."),
    (
        "mailbox_full",
        "Gavome prašymą išjungti jūsų el. pašto paskyrą. Atšaukite jį dabar, kad "
        "neprarastumėte savo laiškų.",
    ),
    ("mailbox_full", "Jūsų iCloud saugykla pilna. Nuotraukos ir vaizdo įrašai bus ištrinti."),
    ("mailbox_full", "Tavo pašto dėžutė perpildyta ir nebegalėsi gauti naujų laiškų."),
    # unusual_signin
    (
        "unusual_signin",
        "Pastebėjome neįprastą veiklą jūsų paskyroje. Ar tai buvote jūs? "
        "Patvirtinkite savo tapatybę.",
    ),
    ("unusual_signin", "Kažkas bandė prisijungti prie tavo paskyros iš nežinomo įrenginio."),
    # shared_document
    (
        "shared_document",
        "Rasa Petrauskienė bendrino su jumis failą: Sutartis_2026.pdf. "
        "Atidaryti bendrinamą dokumentą",
    ),
    (
        "shared_document",
        "Turite naują balso pranešimą (0:42). Išklausykite balso pranešimą prisegtame faile.",
    ),
    # invoice
    (
        "invoice",
        "Primename apie neapmokėtą sąskaitą faktūrą Nr. 4512. Mokėjimo įrodymą "
        "atsiųskite atsakydami.",
    ),
    ("invoice", "Tema: Atlyginimo koregavimas 2026 m. – susipažinkite su dokumentu."),
    # credential
    (
        "credential",
        "Norėdami užtikrinti saugumą, patvirtinkite savo asmens duomenis ir "
        "įveskite kortelės duomenis.",
    ),
    ("credential", "Prisijunkite, kad išvengtumėte paskyros blokavimo."),
    ("credential", "Įveskite savo Smart-ID PIN1 ir PIN2 kodus, kad gautumėte kompensaciją."),
    ("credential", "Prisijunk su savo darbo el. paštu ir slaptažodžiu, kad atidarytum failą."),
    ("org_signin", "Prisijunk su savo darbo el. paštu ir slaptažodžiu, kad atidarytum failą."),
    ("credential", "Sveiki, per klaidą atsiunčiau jums SMS kodą, persiųskite man gautą kodą."),
    ("credential", "Jusu paskyra bus uzblokuota. Patvirtinkite savo duomenis cia."),
    # urgency
    ("urgency", "Jūsų paskyra bus užblokuota per 24 valandas."),
    # account_problem
    ("account_problem", "Jūsų Swedbank paskyra laikinai užblokuota dėl įtartinų operacijų."),
    (
        "account_problem",
        "Laikinai apribojome jūsų prieigą, nes nepavyko patvirtinti jūsų mokėjimo kortelės.",
    ),
    ("account_problem", "Jūsų narystė sustabdyta: jūsų mokėjimo duomenys pasenę."),
    # scam_prize
    (
        "scam_prize",
        "Sveikiname! Jūsų el. pašto adresas laimėjo 500 000 eurų tarptautinėje loterijoje.",
    ),
    (
        "scam_prize",
        "Jūs buvote atrinkta gauti naują iPhone 16! Sumokėkite tik už pristatymą – 1,99 €.",
    ),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Esu našlė, mano velionis vyras paliko 4,5 milijono dolerių. Noriu paaukoti jums šią sumą.",
    ),
    (
        "scam_advance_fee",
        "Mano klientas mirė nepalikęs testamento ir neturėjo įpėdinių, o jūs "
        "turite tą pačią pavardę.",
    ),
    # scam_crypto and crypto_topic
    ("scam_crypto", "Investuokite tik 250 eurų: prekybos robotas užtikrins garantuotą pelną."),
    ("scam_crypto", "Įveskite savo atkūrimo frazę, kad sinchronizuotumėte piniginę."),
    ("crypto_topic", "Sužinokite, kaip prekiauti kriptovaliutomis."),
    # scam_delivery (the first one is the police's own example, written without diacritics)
    (
        "scam_delivery",
        "Jusu uzsakymo pristatyti nepavyko. Patikrinkite ir atnaujinkite "
        "pristatymo informacija, kad isvengtumete grazinimo.",
    ),
    (
        "scam_delivery",
        "Jūsų siunta sulaikyta dėl neteisingo pašto kodo. Sumokėkite nedidelį "
        "pristatymo mokestį 1,49 €.",
    ),
    (
        "scam_delivery",
        "Pirkėjas jau sumokėjo per Vinted. Įveskite kortelės duomenis, kad gautumėte pinigus.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Įsilaužiau į jūsų kompiuterį ir nufilmavau jus per jūsų vaizdo kamerą, "
        "kai lankėtės suaugusiųjų svetainėse. Išsiųsiu vaizdo įrašą visiems jūsų kontaktams.",
    ),
    ("scam_sextortion", "Žinau tavo slaptažodį. Pervesk 1200 dolerių į šį bitcoin adresą."),
    # scam_casino
    ("scam_casino", "Gaukite 200 nemokamų sukimų ir bonusą be įmokos internetiniame kazino."),
    # scam_tech_support
    (
        "scam_tech_support",
        "Dėmesio! Aptikti virusai: jūsų kompiuteris užkrėstas. Jūsų apsauga pasibaigė.",
    ),
    # scam_dating
    ("scam_dating", "Labas, mačiau tavo profilį pažinčių svetainėje. Paprastai nerašau pirma."),
    # scam_pharma
    ("scam_pharma", "Pirkite Viagra ir Cialis be recepto, diskretiškas pristatymas."),
    # scam_health
    ("scam_health", "Gydytojai šokiruoti: numeskite iki 10 kg be dietų ir sporto!"),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "Prieš jus pradėtas ikiteisminis tyrimas dėl vaikų pornografijos. "
        "Atsakykite per 72 valandas.",
    ),
    (
        "scam_legal_threat",
        "Priminimas apie parkavimo mokesčio sumokėjimą. Kad išvengtumėte "
        "delspinigių, prašome nedelsiant sumokėti neapmokėtą sumą.",
    ),
    # scam_marketing
    ("scam_marketing", "Greitas kreditas net ir su skolomis – pinigai per 15 minučių!"),
    # scam_job
    (
        "scam_job",
        "Darbas iš namų: mokame už kiekvieną atsiliepimą, uždirbkite pinigų neišeidami iš namų.",
    ),
    # scam_benefit
    (
        "scam_benefit",
        "VMI: jums priklauso mokesčių permoka 187,40 €. Įveskite kortelės "
        "duomenis, kad gautumėte permoką.",
    ),
    # scam_bec
    (
        "scam_bec",
        "Informuojame, kad pasikeitė mūsų banko rekvizitai. Prašome nemokėti į senąją sąskaitą.",
    ),
    (
        "scam_bec",
        "Ar galėtum nupirkti kelias dovanų korteles klientams? Atsiųsk man kodų nuotraukas.",
    ),
    (
        "scam_bec",
        "Labas, mama, čia mano naujas numeris, senas telefonas sudužo. Išsisaugok "
        "mano naują numerį.",
    ),
    (
        "scam_bec",
        "Nuo šio mėnesio atlyginimą pervesti į mano naują sąskaitą, senoji sąskaita nebeaktyvi.",
    ),
    (
        "scam_bec",
        "Esu susitikime ir negaliu kalbėti. Reikia, kad atliktum skubų pavedimą šiandien.",
    ),
]

# Genuine Lithuanian mail of our own: bank OTPs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "Ačiū, kad užsiregistravote! Patvirtinkite savo el. pašto adresą, kad užbaigtumėte "
    "registraciją.",
    "Šeštadienį nuo 22 val. prieiga prie interneto banko bus laikinai apribota dėl atnaujinimo "
    "darbų.",
    "Ar Petras jau išsiuntė tau sutartį? Aš dar negavau.",
    "Jūsų vienkartinis prisijungimo kodas: 482913. Niekam nesakykite šio kodo, net banko "
    "darbuotojams.",
    "Swedbank: mokėjimo patvirtinimo kodas 551902. Kodas galioja 5 minutes. Jei šio kodo "
    "neprašėte, nieko nedarykite.",
    "Naudokite šį kodą, kad patvirtintumėte savo tapatybę: 118204. Bankas niekada neprašys šio "
    "kodo telefonu.",
    "Jūsų sąskaitos išrašas už sausio mėnesį paruoštas. Jį galite peržiūrėti internetinėje "
    "bankininkystėje arba programėlėje.",
    "Gerbiamas kliente, jūsų kredito kortelės išrašas pasiekiamas Luminor interneto banke.",
    "Jūsų siunta LP123456789LT jau pakeliui ir bus pristatyta rytoj nuo 10 iki 14 val.",
    "Jūsų siunta laukia paštomate „Akropolis“. Atsiimti galite per 7 dienas, vėliau ji bus "
    "grąžinta siuntėjui.",
    "DPD: kurjeriui nepavyko pristatyti siuntos, nes nebuvote namuose. Bandysime dar kartą rytoj.",
    "Mokėjimas už jūsų prenumeratą nepavyko. Bandysime dar kartą po trijų dienų. Kortelę "
    "galite pakeisti paskyros nustatymuose.",
    "Mums nepavyko apdoroti jūsų mokėjimo už Spotify Premium. Atnaujinkite mokėjimo "
    "informaciją, kad galėtumėte toliau klausytis be reklamų.",
    "Jūsų vasario mėnesio atlyginimo lapelis pasiekiamas darbuotojų portale.",
    "Kovo mėnesio atlyginimai bus pervesti balandžio 10 d. Atlyginimo lapeliai pridedami.",
    "Laba diena, pridedu sąskaitą faktūrą Nr. 0000012345 už pristatytas medžiagas. Apmokėti "
    "per 14 dienų nurodytu banko sąskaitos numeriu.",
    "Siunčiame išankstinę sąskaitą faktūrą ir pasiūlymą kitam ketvirčiui. Prašome patvirtinti "
    "užsakymą iki penktadienio.",
    "Jūsų elektros sąskaita už laikotarpį 01.16–02.15 yra 84,30 Eur. Prisijunkite prie "
    "savitarnos, kad pamatytumėte išsamią informaciją.",
    "Primename, kad turite neapmokėtų sąskaitų. Jei įsiskolinimas nebus padengtas per 10 dienų, "
    "paslaugų teikimas gali būti sustabdytas.",
    "Šią savaitę mūsų naujienlaiškyje: penki patarimai geresniam miegui ir moliūgų pyrago "
    "receptas.",
    "Tik iki sekmadienio: 30 % nuolaida visoms žieminėms striukėms. Pristatymas per 24 valandas.",
    "Užsiprenumeravote mūsų naujienlaiškį. Jei nebenorite gauti laiškų, galite atsisakyti čia.",
    "Labas, gal galėtum peržiūrėti dokumentą, kurį vakar atsiunčiau, ir pasakyti savo nuomonę?",
    "Kolegos, pasidalinau su jumis aplanku su pristatymais ketvirtadienio susitikimui.",
    "Mama, atvažiuosime šeštadienį apie pietus. Pasakyk tėčiui nepirkti duonos, mes atvešime.",
    "Labas, močiute! Mano telefonas sugedo, todėl iki pirmadienio būsiu be telefono, tad rašau "
    "el. paštu.",
    "Niekam nesakyk apie vakarėlį, norime, kad mamai tai būtų staigmena.",
    "Pakeičiau banką, nes mokesčiai tapo per dideli. Ar tu patenkinta savuoju?",
    "Naujas prisijungimas prie jūsų Google paskyros iš Windows įrenginio. Jei tai buvote jūs, "
    "nieko daryti nereikia.",
    "Niekada niekam nesakykite PIN kodo, slaptažodžio ar SMS kodo. Bankas niekada neprašys "
    "patvirtinti duomenų el. paštu.",
    "Prašome iki 25 d. atsiųsti naujus savo banko rekvizitus personalo skyriui, jei pakeitėte "
    "banką.",
    "Microsoft Teams susitikimas. Prisijunkite prie susitikimo dabar. Susitikimo ID: 345 221 889",
    "Su gimtadieniu! Linkiu sveikatos ir daug laimingų akimirkų.",
    "Gerbiami tėvai, ekskursija į Trakus vyks gegužės 15 d. Prašome patvirtinti vaiko "
    "dalyvavimą iki penktadienio.",
    "Ačiū už užsakymą! Užsakymas Nr. 77812 patvirtintas ir bus išsiųstas per 2 darbo dienas.",
    "Jūsų užsakymas išsiųstas. Siuntą galite sekti programėlėje.",
    "Su gimtadieniu! Jūsų dovana laukia artimiausioje parduotuvėje iki mėnesio pabaigos.",
    "Mokėjimas kortele ****1234 už 45,60 EUR MAXIMA LT. Jei šio mokėjimo neatlikote, "
    "skambinkite 1884.",
    "VMI primena, kad metinę pajamų deklaraciją reikia pateikti iki gegužės 1 d. Deklaraciją "
    "galite pateikti per EDS.",
    "Sveikiname, jūs laimėjote mokyklos remonto konkursą! Laukiame jūsų sutarties pasirašymui.",
    "Pagal Pinigų plovimo ir teroristų finansavimo prevencijos įstatymą prašome atnaujinti savo "
    "asmens duomenis artimiausiame banko skyriuje.",
    "Dėl avarijos vandens tiekimas Pašilaičiuose bus nutrauktas nuo 9 iki 16 val.",
    "Siunčiu tau mokėjimo pavedimą tiekėjui. Prašau patikrinti.",
    "Įsigykite dovanų korteles šventėms – idealią dovaną artimiesiems.",
    "Jūsų registracija į konferenciją patvirtinta. QR kodą įėjimui gausite el. paštu.",
    "Palikėjas mirė nepalikęs testamento, todėl paveldėjimas vyks pagal įstatymą.",
    "Tavo teta susirgo vėžiu ir pradeda chemoterapiją, prašau, paskambink jai.",
    "Brangus drauge, ačiū už puikų vakarą! Tegul lieka tarp mūsų, kiek torto suvalgėme.",
    "Jūsų kortelė bus užblokuota po trijų iš eilės neteisingai įvestų PIN kodų.",
    "Jūsų prenumerata „Lietuvos rytas“ baigėsi. Atnaujinkite ją, kad galėtumėte toliau skaityti.",
    "Sveiki, nuskaitykite QR kodą telefonu, kad apmokėtumėte vandens sąskaitą.",
    "Noriu padovanoti senus vaikų drabužius kaimynystės vaikų namams.",
    "Jei siuntos neatsiimsite laiku, ji bus grąžinta siuntėjui. Neišsamus adresas gali "
    "sulėtinti pristatymą.",
    "Jūsų siunta iš Kinijos turi būti deklaruota muitinėje. Muito mokesčiai ir PVM sumokami "
    "pašto skyriuje.",
    "Dėl įtarimo sukčiavimu jūsų kortelė laikinai užblokuota. Skambinkite 1884.",
    "Dėl profilaktikos darbų Swedbank interneto bankas šeštadienį nuo 22 iki 24 val. laikinai "
    "neveiks.",
    "Jūsų slaptažodis sėkmingai pakeistas. Jei to nedarėte, nedelsdami susisiekite su mumis.",
    "Prisijungimas iš naujo įrenginio: Samsung Galaxy, Vilnius. Jei tai buvote jūs, nieko daryti "
    "nereikia.",
    "Vartojimo kreditas be laiduotojų ir be užstato – pateikite paraišką internetu.",
    "Terminuotasis indėlis su garantuotomis 3 % metinėmis palūkanomis 12 mėnesių.",
    "Išrašas apsaugotas slaptažodžiu. Norėdami jį atidaryti, įveskite savo asmens kodą.",
    "Jūsų sąskaita bus uždaryta kovo 31 d. pagal jūsų pateiktą prašymą.",
    "Telefono saugykla beveik pilna – ištrinkite nereikalingas programėles.",
    "Mokėjimo priminimas: sąskaitos Nr. 2231 apmokėjimo terminas baigiasi kovo 20 d. Ačiū!",
    "Sveikinu su paaukštinimu! Nusipelnei.",
    "Jūsų draudimo poliso galiojimas baigiasi kovo 15 d. Atnaujinkite jį internetu.",
    "Sveiki, ar galėtumėte peržiūrėti ir pasirašyti sutartį iki penktadienio?",
    "Luminor: jūsų mokėjimo kortelės galiojimas baigiasi. Naują kortelę atsiimkite skyriuje.",
    "Sukčiai siunčia apgaulingus laiškus Lietuvos pašto vardu: niekada nespauskite nuorodų ir "
    "neveskite kortelės duomenų.",
    "Jūsų Ignitis sąskaita už kovą paruošta. Apmokėti galite savitarnoje iki balandžio 20 d.",
    "Sveiki, atsiunčiu atnaujintą pasiūlymą ir sutarties projektą. Laukiu jūsų pastabų.",
    "Jūsų Bolt kelionės kvitas: 7,80 EUR. Ačiū, kad keliaujate su mumis!",
    "Mūsų biuras bus uždarytas gruodžio 24–26 d. Linksmų švenčių!",
    "Siunčiu tau video su tavimi iš vestuvių – pažiūrėk, koks gražus!",
    "Užsakymą galite atšaukti: turite 48 valandas nuo pirkimo.",
    "Telia naujienos: tėvų kontrolė blokuoja suaugusiųjų svetaines vaikų įrenginiuose.",
    "Jūsų bitcoin adresas sėkmingai pridėtas prie išėmimo adresų sąrašo.",
    "Taupymo lakštai – garantuota grąža su valstybės garantija.",
    "Dovanų kortelę galite nupirkti bet kurioje mūsų parduotuvėje.",
    "Siunta grąžinta siuntėjui dėl neteisingo adreso.",
    "Mano a. a. tėvas šiandien būtų šventęs 80-ąjį gimtadienį.",
    "Mūsų programa apsaugo nuo neteisėtos prieigos prie jūsų paskyros.",
    "Atostogauju iki rugpjūčio 20 d. ir negaliu atsiliepti į skambučius. Skubiais klausimais "
    "rašykite kolegai.",
]

# Vocabularies a genuine sentence may match: they are no lure by themselves.
WEAK = {
    "call_to_action",
    "sender_role",
    "finance_role",
    "callback_cue",
    "callback_disown",
    "callback_call",
    "attachment_mention",
    "meeting_invite",
    "pay_topic",
    "document_offer",
    "app_channel",
    "qr_scan",
    "awareness",
    "org_signin",
    "crypto_topic",
}
FORBIDDEN = {
    "password_expiry",
    "mailbox_full",
    "unusual_signin",
    "credential",
    "account_problem",
}

NEGATED = [
    "Niekada nesidalinkite savo slaptąja atkūrimo fraze.",
    # The never-word before the comma governs the relative clause after it (subordinators).
    "Niekada nesiunčiame laiškų, kuriuose prašome patvirtinti savo duomenis.",
    "Lietuvos paštas niekada nesiunčia žinučių, kad siunta sulaikyta dėl neteisingo pašto kodo.",
]


def matches(text: str) -> list[tuple[str, str]]:
    return language_matches(text, LANGUAGE)


def genuine_problems(text: str) -> set[str]:
    return counting_problems(text, LANGUAGE, FORBIDDEN)


def test_each_lure_matches_its_category() -> None:
    for category, text in LURES:
        assert category in {c for c, _ in matches(text)}, (category, text, matches(text))


def test_genuine_mail_matches_no_lure_that_counts() -> None:
    for text in GENUINE:
        assert not genuine_problems(text), (text, matches(text))


def _without_never(text: str) -> str:
    for word in ("Niekada ", "niekada ", "niekuomet "):
        text = text.replace(word, "")
    return text


def test_never_cancels() -> None:
    for text in NEGATED:
        assert not [c for c, _ in matches(text) if c not in WEAK], (text, matches(text))
        # ... and the same request without the never-word is a lure.
        plain = _without_never(text)
        assert [c for c, _ in matches(plain) if c not in WEAK], (plain, matches(plain))


def test_every_category_is_exercised() -> None:
    assert len(LURES) >= 30 and len(GENUINE) >= 40
    lure_categories = {c for c, _ in LURES}
    categories = {p.category for p in K.lures if p.language == LANGUAGE}
    assert categories - WEAK - {"urgency"} <= lure_categories | {"urgency"}
