"""Latvian lure phrases (data/lures/lv.toml): each lure sentence matches its category, the
genuine Latvian mail of a bank, courier, utility, employer, shop, colleague or family matches
no lure that counts (our own sentences), and "nekad" cancels a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "lv"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Cienījamais lietotāj, jūsu e-pasta paroles derīguma termiņš beidzas "
        "šodien. Noklikšķiniet zemāk, lai saglabātu pašreizējo paroli.",
    ),
    (
        "password_expiry",
        "Tava parole drīz beigsies. Turpini izmantot to pašu paroli, nospiežot pogu.",
    ),
    ("password_expiry", "Paziņojums par paroles derīguma termiņa beigām: paturiet veco paroli."),
    # mailbox_full
    (
        "mailbox_full",
        "Jūsu pastkastīte ir gandrīz pilna. 14 ienākošie ziņojumi ir aizturēti serverī.",
    ),
    (
        "mailbox_full",
        "Saņēmām pieprasījumu deaktivizēt jūsu e-pasta kontu. Atceliet to tagad, "
        "lai nezaudētu savus e-pastus.",
    ),
    ("mailbox_full", "Jūsu iCloud krātuve ir pilna. Fotoattēli un videoklipi tiks dzēsti."),
    ("mailbox_full", "Tava pastkastīte ir pārpildīta, un tu nevarēsi saņemt jaunus e-pastus."),
    # unusual_signin
    (
        "unusual_signin",
        "Konstatējām aizdomīgu pieteikšanos jūsu kontā. Vai tas bijāt jūs? "
        "Apstipriniet savu identitāti.",
    ),
    ("unusual_signin", "Kāds mēģināja pieteikties tavā kontā no nezināmas ierīces."),
    # shared_document
    (
        "shared_document",
        "Anna Bērziņa kopīgoja ar jums failu: Ligums_2026.pdf. Atvērt kopīgoto dokumentu",
    ),
    (
        "shared_document",
        "Jums ir jauns balss pasta ziņojums (0:42). Noklausieties balss ziņojumu pielikumā.",
    ),
    # invoice
    (
        "invoice",
        "Atgādinām par neapmaksātu rēķinu Nr. 4512. Maksājuma uzdevuma kopiju nosūtiet atbildē.",
    ),
    ("invoice", "Temats: Algas korekcija 2026. gadam – lūdzu, iepazīstieties ar dokumentu."),
    # credential
    (
        "credential",
        "Lai nodrošinātu drošību, apstipriniet savus personas datus un ievadiet kartes datus.",
    ),
    ("credential", "Piesakieties, lai izvairītos no konta bloķēšanas."),
    ("credential", "Ievadiet savu Smart-ID PIN1 un PIN2 kodu, lai saņemtu kompensāciju."),
    (
        "credential",
        "Autentificējieties ar internetbankas piekļuves datiem, lai apskatītu dokumentu.",
    ),
    ("credential", "Piesakies ar savu darba e-pastu un paroli, lai atvērtu failu."),
    ("org_signin", "Piesakies ar savu darba e-pastu un paroli, lai atvērtu failu."),
    ("credential", "Sveiki, kļūdas pēc nosūtīju jums SMS kodu, lūdzu, pārsūtiet man saņemto kodu."),
    ("credential", "Jusu konts tiks blokets. Apstipriniet savus datus seit."),
    # urgency
    ("urgency", "Jūsu konts tiks bloķēts 24 stundu laikā."),
    # account_problem
    ("account_problem", "Jūsu Swedbank konts ir īslaicīgi bloķēts aizdomīgu darbību dēļ."),
    (
        "account_problem",
        "Esam ierobežojuši jūsu piekļuvi, jo nevarējām apstiprināt jūsu maksājumu karti.",
    ),
    ("account_problem", "Jūsu eParaksta licence drīz beigsies. Atjaunojiet to šeit."),
    # scam_prize
    (
        "scam_prize",
        "Apsveicam! Jūsu e-pasta adrese ir laimējusi 500 000 eiro starptautiskajā loterijā.",
    ),
    (
        "scam_prize",
        "Jūs esat izvēlēta saņemt jaunu iPhone 16! Samaksājiet tikai par piegādi – 1,99 €.",
    ),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Esmu atraitne, mans nelaiķis vīrs atstāja 4,5 miljonus dolāru. Vēlos "
        "ziedot jums šo summu.",
    ),
    (
        "scam_advance_fee",
        "Mans klients nomira bez testamenta un mantiniekiem, un jums ir tas pats uzvārds.",
    ),
    # scam_crypto and crypto_topic
    ("scam_crypto", "Ieguldiet tikai 250 eiro: tirdzniecības robots nodrošinās garantētu peļņu."),
    ("scam_crypto", "Ievadiet savu atkopšanas frāzi, lai sinhronizētu maku."),
    ("crypto_topic", "Uzziniet, kā tirgoties ar kriptovalūtām."),
    # scam_delivery (the first one is Latvijas Pasts's own example)
    ("scam_delivery", "Jūsu sūtījumam ir piemērota muitas nodeva, spiediet šeit."),
    (
        "scam_delivery",
        "Jūsu paku nevar piegādāt nepareizas adreses dēļ. Samaksājiet nelielu "
        "piegādes maksu 1,49 €.",
    ),
    (
        "scam_delivery",
        "Pircējs jau ir samaksājis caur ss.com. Ievadiet kartes datus, lai saņemtu naudu.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Es uzlauzu jūsu datoru un nofilmēju jūs caur jūsu kameru, kamēr "
        "apmeklējāt pieaugušo vietnes. Nosūtīšu video visiem jūsu kontaktiem.",
    ),
    ("scam_sextortion", "Es zinu tavu paroli. Pārskaiti 1200 dolāru uz šo bitcoin adresi."),
    # scam_casino
    ("scam_casino", "Saņem 200 bezmaksas griezienus un bonusu bez depozīta tiešsaistes kazino!"),
    # scam_tech_support
    (
        "scam_tech_support",
        "Uzmanību! Atrasti vīrusi: jūsu dators ir inficēts. Jūsu aizsardzība ir beigusies.",
    ),
    # scam_dating
    ("scam_dating", "Sveiks, redzēju tavu profilu iepazīšanās vietnē. Parasti es nerakstu pirmā."),
    # scam_pharma
    ("scam_pharma", "Pērciet Viagra un Cialis bez receptes, diskrēta piegāde."),
    # scam_health
    ("scam_health", "Ārsti ir šokā: nometiet līdz 10 kg bez diētām un sporta!"),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "Pret jums ir uzsākts kriminālprocess par bērnu pornogrāfiju. Atbildiet 72 stundu laikā.",
    ),
    ("scam_legal_threat", "Jums ir neapmaksāts stāvvietas sods. Samaksājiet sodu nekavējoties."),
    # scam_marketing
    ("scam_marketing", "Ātrs kredīts arī ar parādiem – nauda 15 minūšu laikā!"),
    # scam_job
    ("scam_job", "Darbs no mājām: maksājam par katru atsauksmi, nopelni naudu nepametot mājas."),
    # scam_benefit
    (
        "scam_benefit",
        "VID: jums pienākas nodokļu atmaksa 187,40 €. Ievadiet kartes datus, lai saņemtu atmaksu.",
    ),
    # scam_bec (the third one is the Valsts policija's own example)
    (
        "scam_bec",
        "Informējam, ka mūsu bankas rekvizīti ir mainījušies. Lūdzu, neveiciet "
        "maksājumus uz veco kontu.",
    ),
    ("scam_bec", "Vai vari nopirkt dažas dāvanu kartes klientiem? Atsūti man kodu bildes."),
    (
        "scam_bec",
        "Čau, mammu! Man pilnīgi salūza telefons.. Šis būs man jaunais nr., saglabā un "
        "uzraksti man WhatsApp lūdzu",
    ),
    (
        "scam_bec",
        "No šī mēneša algu pārskaitiet uz manu jauno kontu, vecais konts vairs netiek izmantots.",
    ),
    (
        "scam_bec",
        "Esmu sapulcē un nevaru runāt. Vajag, lai tu veiktu steidzamu pārskaitījumu šodien.",
    ),
]

# Genuine Latvian mail of our own: bank OTPs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "Paldies par reģistrāciju! Apstipriniet savu e-pasta adresi, lai pabeigtu reģistrāciju.",
    "Sestdien no 22:00 piekļuve internetbankai būs īslaicīgi ierobežota atjaunināšanas darbu dēļ.",
    "Vai Pēteris jau nosūtīja tev līgumu? Es vēl neesmu saņēmis.",
    "Jūsu vienreizējais pieteikšanās kods: 482913. Nevienam nesakiet šo kodu, arī bankas "
    "darbiniekiem.",
    "Swedbank: maksājuma apstiprināšanas kods 551902. Kods derīgs 5 minūtes. Ja jūs šo kodu "
    "nepieprasījāt, neko nedariet.",
    "Izmantojiet šo kodu, lai apstiprinātu savu identitāti: 118204. Banka nekad neprasīs šo kodu "
    "pa tālruni.",
    "Jūsu konta izraksts par janvāri ir sagatavots. To varat apskatīt internetbankā vai lietotnē.",
    "Cienījamais klient, jūsu kredītkartes pārskats ir pieejams Citadele internetbankā.",
    "Jūsu sūtījums RR123456789LV ir ceļā un tiks piegādāts rīt no 10 līdz 14.",
    "Jūsu sūtījums gaida pakomātā „Origo“. Izņemt to varat 7 dienu laikā, pēc tam tas tiks "
    "atgriezts sūtītājam.",
    "DPD: kurjeram neizdevās piegādāt sūtījumu, jo nebijāt mājās. Mēģināsim vēlreiz rīt.",
    "Maksājums par jūsu abonementu neizdevās. Mēģināsim vēlreiz pēc trim dienām. Karti varat "
    "nomainīt konta iestatījumos.",
    "Mums neizdevās apstrādāt jūsu maksājumu par Spotify Premium. Atjauniniet maksājuma "
    "informāciju, lai turpinātu klausīties bez reklāmām.",
    "Jūsu februāra algas lapiņa ir pieejama darbinieku portālā.",
    "Marta algas tiks pārskaitītas 10. aprīlī. Algas lapiņas pievienotas pielikumā.",
    "Labdien, pielikumā rēķins Nr. 0000012345 par piegādātajiem materiāliem. Apmaksas termiņš – "
    "14 dienas uz norādīto bankas kontu.",
    "Nosūtām avansa rēķinu un piedāvājumu nākamajam ceturksnim. Lūdzu, apstipriniet pasūtījumu "
    "līdz piektdienai.",
    "Jūsu elektrības rēķins par periodu 16.01.–15.02. ir 84,30 EUR. Pieslēdzieties "
    "pašapkalpošanās portālam, lai apskatītu detaļas.",
    "Atgādinām, ka jums ir neapmaksāti rēķini. Ja parāds netiks nomaksāts 10 dienu laikā, "
    "pakalpojumu sniegšana var tikt pārtraukta.",
    "Šonedēļ mūsu jaunumu vēstulē: pieci padomi labākam miegam un ķirbju pīrāga recepte.",
    "Tikai līdz svētdienai: 30 % atlaide visām ziemas jakām. Piegāde 24 stundu laikā.",
    "Jūs esat pierakstījies mūsu jaunumiem. Ja vairs nevēlaties saņemt e-pastus, varat "
    "atrakstīties šeit.",
    "Čau, vai vari apskatīt dokumentu, ko vakar nosūtīju, un pateikt savas domas?",
    "Kolēģi, es kopīgoju ar jums mapi ar prezentācijām ceturtdienas sanāksmei.",
    "Mammu, mēs atbrauksim sestdien ap pusdienlaiku. Pasaki tētim, lai nepērk maizi, mēs "
    "atvedīsim.",
    "Sveika, vecmāmiņ! Mans telefons salūza, tāpēc līdz pirmdienai būšu bez telefona un rakstu "
    "e-pastā.",
    "Nevienam nestāsti par ballīti, gribam, lai mammai tas būtu pārsteigums.",
    "Nomainīju banku, jo komisijas maksas kļuva pārāk lielas. Vai tu esi apmierināta ar savējo?",
    "Jauna pieteikšanās jūsu Google kontā no Windows ierīces. Ja tas bijāt jūs, jums nekas nav "
    "jādara.",
    "Nekad nevienam nesakiet PIN kodu, paroli vai SMS kodu. Banka nekad nelūgs apstiprināt datus "
    "e-pastā.",
    "Lūdzu, līdz 25. datumam nosūtiet savus jaunos bankas rekvizītus personāla nodaļai, ja esat "
    "mainījis banku.",
    "Microsoft Teams sapulce. Pievienojieties sapulcei tūlīt. Sapulces ID: 345 221 889",
    "Daudz laimes dzimšanas dienā! Novēlu veselību un daudz laimīgu brīžu.",
    "Cienījamie vecāki, ekskursija uz Siguldu notiks 15. maijā. Lūdzu, apstipriniet bērna dalību "
    "līdz piektdienai.",
    "Paldies par pasūtījumu! Pasūtījums Nr. 77812 ir apstiprināts un tiks nosūtīts 2 darba "
    "dienu laikā.",
    "Jūsu pasūtījums ir nosūtīts. Sūtījumu varat izsekot lietotnē.",
    "Daudz laimes dzimšanas dienā! Jūsu dāvana gaida tuvākajā veikalā līdz mēneša beigām.",
    "Maksājums ar karti ****1234 par 45,60 EUR RIMI LATVIA. Ja neveicāt šo maksājumu, zvaniet "
    "67 777 777.",
    "VID atgādina, ka gada ienākumu deklarācija jāiesniedz līdz 1. jūnijam. Deklarāciju var "
    "iesniegt EDS.",
    "Apsveicam, jūs esat uzvarējis skolas remonta iepirkumā! Gaidām jūs līguma parakstīšanai.",
    "Saskaņā ar Noziedzīgi iegūtu līdzekļu legalizācijas novēršanas likumu lūdzam atjaunot savus "
    "personas datus tuvākajā bankas filiālē.",
    "Avārijas dēļ ūdens piegāde Purvciemā tiks pārtraukta no 9 līdz 16.",
    "Nosūtu tev maksājuma uzdevumu piegādātājam. Lūdzu, pārbaudi.",
    "Iegādājies dāvanu kartes svētkiem – ideāla dāvana tuviniekiem.",
    "Jūsu reģistrācija konferencei ir apstiprināta. QR kodu ieejai saņemsiet e-pastā.",
    "Mantojuma atstājējs nomira bez testamenta, tāpēc mantošana notiks saskaņā ar likumu.",
    "Tavai tantei diagnosticēja vēzi, un viņa sāk ķīmijterapiju, lūdzu, piezvani viņai.",
    "Dārgais draugs, paldies par brīnišķīgo vakaru! Lai paliek starp mums, cik daudz kūkas apēdām.",
    "Jūsu karte tiks bloķēta pēc trim nepareizi ievadītiem PIN kodiem pēc kārtas.",
    "Jūsu „Dienas“ abonements ir beidzies. Atjaunojiet to, lai turpinātu lasīt.",
    "Sveiki, noskenējiet QR kodu ar tālruni, lai apmaksātu ūdens rēķinu.",
    "Gribu uzdāvināt vecās bērnu drēbes apkaimes bērnunamam.",
    "Ja sūtījumu neizņemsiet laikā, tas tiks atgriezts sūtītājam. Nepilnīga adrese var aizkavēt "
    "piegādi.",
    "Jūsu sūtījums no Ķīnas ir jādeklarē muitā. Muitas nodoklis un PVN jāmaksā pasta nodaļā.",
    "Krāpšanas aizdomu dēļ jūsu karte ir īslaicīgi bloķēta. Zvaniet 67 777 777.",
    "Profilakses darbu dēļ Swedbank internetbanka sestdien no 22 līdz 24 īslaicīgi nebūs pieejama.",
    "Jūsu parole ir veiksmīgi nomainīta. Ja to nedarījāt jūs, nekavējoties sazinieties ar mums.",
    "Pieteikšanās no jaunas ierīces: Samsung Galaxy, Rīga. Ja tas bijāt jūs, nekas nav jādara.",
    "Patēriņa kredīts bez galvotājiem un bez ķīlas – piesakieties tiešsaistē.",
    "Termiņnoguldījums ar garantētu 3 % gada procentu likmi uz 12 mēnešiem.",
    "Izraksts ir aizsargāts ar paroli. Lai to atvērtu, ievadiet savu personas kodu.",
    "Jūsu konts tiks slēgts 31. martā saskaņā ar jūsu iesniegto pieprasījumu.",
    "Tālruņa krātuve ir gandrīz pilna – izdzēsiet nevajadzīgās lietotnes.",
    "Maksājuma atgādinājums: rēķina Nr. 2231 apmaksas termiņš beidzas 20. martā. Paldies!",
    "Apsveicu ar paaugstinājumu! Pelnīti.",
    "Jūsu apdrošināšanas polises derīguma termiņš beidzas 15. martā. Atjaunojiet to tiešsaistē.",
    "Sveiki, vai varētu pārskatīt un parakstīt līgumu līdz piektdienai?",
    "Luminor: jūsu maksājumu kartes derīguma termiņš beidzas. Jauno karti saņemiet filiālē.",
    "Krāpnieki sūta viltus e-pastus Latvijas Pasta vārdā: nekad nespiediet uz saitēm un "
    "neievadiet kartes datus.",
    "Jūsu Elektrum rēķins par martu ir sagatavots. Apmaksāt varat līdz 20. aprīlim.",
    "Sveiki, nosūtu atjaunināto piedāvājumu un līguma projektu. Gaidu jūsu komentārus.",
    "Mūsu birojs būs slēgts no 24. līdz 26. decembrim. Priecīgus svētkus!",
    "Sūtu tev video ar tevi no kāzām – paskaties, cik skaisti!",
    "Pasūtījumu varat atcelt: jums ir 48 stundas no pirkuma brīža.",
    "Tet jaunumi: vecāku kontrole bloķē pieaugušo vietnes bērnu ierīcēs.",
    "Jūsu bitcoin adrese ir veiksmīgi pievienota izņemšanas adrešu sarakstam.",
    "Krājobligācijas – garantēti ienākumi ar valsts garantiju.",
    "Dāvanu karti varat nopirkt jebkurā mūsu veikalā.",
    "Mūsu risinājums aizsargā jūsu kontu pret neatļautu piekļuvi.",
    "Mans nelaiķis tēvs šodien būtu svinējis 80. dzimšanas dienu.",
    "Esmu atvaļinājumā līdz 20. augustam un nevaru atbildēt uz zvaniem. Steidzamos jautājumos "
    "rakstiet kolēģim.",
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
    "Nekad nedalieties ar savu slepeno atkopšanas frāzi.",
    # The never-word before the comma governs the relative clause after it (subordinators).
    "Mēs nekad nesūtām e-pastus, kuros lūdzam apstiprināt savus datus.",
    "Latvijas Pasts nekad nesūta ziņas, ka jūsu sūtījumam ir piemērota muitas nodeva.",
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
    for word in ("Nekad ", "nekad ", "nekādā gadījumā "):
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
