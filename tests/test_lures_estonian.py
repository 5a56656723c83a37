"""Estonian lure phrases (data/lures/et.toml): each lure sentence matches its category, the
genuine Estonian mail of a bank, courier, utility, employer, shop, colleague or family matches
no lure that counts (our own sentences), and "kunagi" cancels a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "et"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Lugupeetud kasutaja, teie e-posti parool aegub täna. Praeguse parooli "
        "säilitamiseks klõpsake allpool.",
    ),
    ("password_expiry", "Sinu parool aegub peagi. Jätka sama parooliga, vajutades nuppu."),
    ("password_expiry", "Teade parooli aegumisest: säilitage praegune parool."),
    # mailbox_full
    ("mailbox_full", "Teie postkast on peaaegu täis. 14 sissetulevat kirja on kinni peetud."),
    (
        "mailbox_full",
        "Saime taotluse teie e-posti konto sulgemiseks. Tühistage see kohe, et mitte "
        "kaotada oma kirju.",
    ),
    ("mailbox_full", "Teie iCloudi salvestusruum on täis. Fotod ja videod kustutatakse."),
    ("mailbox_full", "Su postkast on täis ja sa ei saa enam uusi kirju vastu võtta."),
    # unusual_signin
    (
        "unusual_signin",
        "Märkasime kahtlast tegevust teie kontol. Kas see olite teie? Kinnitage oma isik.",
    ),
    ("unusual_signin", "Keegi üritas sinu kontole sisse logida tundmatust seadmest."),
    # shared_document
    ("shared_document", "Mari Tamm jagas teiega faili: Leping_2026.pdf. Avage jagatud dokument"),
    ("shared_document", "Teil on uus häälsõnum (0:42). Kuulake häälsõnumit manuses."),
    # invoice
    ("invoice", "Tuletame meelde tasumata arvet nr 4512. Saatke maksekorralduse koopia vastuseks."),
    ("invoice", "Teema: Palga korrigeerimine 2026 – palun tutvuge dokumendiga."),
    # credential
    ("credential", "Turvalisuse tagamiseks kinnitage oma isikuandmed ja sisestage kaardiandmed."),
    ("credential", "Logige sisse, et vältida konto sulgemist."),
    ("credential", "Sisestage oma Smart-ID PIN1 ja PIN2, et saada hüvitist."),
    ("credential", "Logi sisse oma töö e-postiga ja parooliga, et faili avada."),
    ("org_signin", "Logi sisse oma töö e-postiga ja parooliga, et faili avada."),
    ("credential", "Tere, saatsin teile kogemata SMS-koodi, palun edastage mulle saadud kood."),
    ("credential", "Teie konto suletakse. Kinnitage oma andmed siin."),
    # urgency
    ("urgency", "Teie konto blokeeritakse 24 tunni jooksul."),
    # account_problem
    ("account_problem", "Teie Swedbanki konto on ajutiselt blokeeritud kahtlaste tehingute tõttu."),
    (
        "account_problem",
        "Oleme ajutiselt piiranud teie juurdepääsu, kuna me ei saanud teie kaarti kinnitada.",
    ),
    ("account_problem", "Teie liikmesus on peatatud: teie makseandmed on aegunud."),
    # scam_prize
    (
        "scam_prize",
        "Palju õnne! Teie e-posti aadress on võitnud 500 000 eurot rahvusvahelises loosimises.",
    ),
    ("scam_prize", "Teid on valitud saama uut iPhone 16! Maksate ainult saatmiskulu 1,99 €."),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Olen lesk, minu varalahkunud abikaasa jättis 4,5 miljonit dollarit. "
        "Soovin annetada teile selle summa.",
    ),
    (
        "scam_advance_fee",
        "Minu klient suri testamenti ja pärijaid jätmata ning teil on sama perekonnanimi.",
    ),
    # scam_crypto and crypto_topic
    ("scam_crypto", "Investeerige ainult 250 eurot: kauplemisrobot tagab garanteeritud kasumi."),
    ("scam_crypto", "Sisestage oma taastefraas, et rahakotti sünkroonida."),
    ("crypto_topic", "Õppige, kuidas krüptorahaga kaubelda."),
    # scam_delivery (the first one is the police's own example of Omniva's name)
    (
        "scam_delivery",
        "Omniva: teie paki kohaletoimetamisel tekkis tõrge. Tollimaksu tasumiseks klõpsake siin.",
    ),
    (
        "scam_delivery",
        "Teie tarneaadress on puudulik. Uuendage oma tarneandmed, et vältida paki tagastamist.",
    ),
    (
        "scam_delivery",
        "Ostja on juba maksnud Okidoki kaudu. Sisestage kaardiandmed raha saamiseks.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Häkkisin teie arvuti ja filmisin teid teie veebikaamera kaudu, kui "
        "külastasite täiskasvanute veebilehti. Saadan video kõigile teie kontaktidele.",
    ),
    ("scam_sextortion", "Ma tean sinu parooli. Kanna 1200 dollarit sellele bitcoini aadressile."),
    # scam_casino
    ("scam_casino", "Saa 200 tasuta keerutust ja boonus ilma sissemakseta online kasiinos!"),
    # scam_tech_support
    (
        "scam_tech_support",
        "Tähelepanu! Tuvastati viirused: teie arvuti on nakatunud. Teie kaitse on aegunud.",
    ),
    # scam_dating
    (
        "scam_dating",
        "Tere, nägin sinu profiili tutvumisportaalis. Tavaliselt ma ei kirjuta esimesena.",
    ),
    # scam_pharma
    ("scam_pharma", "Osta Viagra ja Cialis ilma retseptita, diskreetne kohaletoimetamine."),
    # scam_health
    ("scam_health", "Arstid on šokeeritud: kaotage kuni 10 kg ilma dieedi ja trennita!"),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "Teie suhtes on alustatud kriminaalmenetlus lastepornograafia tõttu. "
        "Vastake 72 tunni jooksul.",
    ),
    ("scam_legal_threat", "Teil on tasumata parkimistrahv. Tasuge trahv kohe."),
    # scam_marketing
    ("scam_marketing", "Kiirlaen ka maksehäiretega – raha 15 minutiga!"),
    # scam_job
    ("scam_job", "Kodutöö: maksame iga arvustuse eest, teeni raha kodust lahkumata."),
    # scam_benefit
    (
        "scam_benefit",
        "Maksu- ja Tolliamet: teile kuulub tulumaksu tagastus 187,40 €. Sisestage "
        "kaardiandmed tagastuse saamiseks.",
    ),
    (
        "scam_benefit",
        "Tervisekassa tagastab teile 64 eurot. Kinnitage oma pangakonto hüvitise saamiseks.",
    ),
    # scam_bec (the second one is RIA's own example of invoice fraud)
    (
        "scam_bec",
        "Teatame, et meie pangarekvisiidid on muutunud. Palun ärge tasuge vanale kontole.",
    ),
    ("scam_bec", "Meie kodupank on uurimise all, palun tasuge arve uuele kontole."),
    ("scam_bec", "Kas saaksid osta paar kinkekaarti klientidele? Saada mulle koodide pildid."),
    (
        "scam_bec",
        "Tere ema, see on mu uus number, vana telefon läks katki. Salvesta mu uus number.",
    ),
    ("scam_bec", "Olen koosolekul ja ei saa rääkida. Pead tegema kiire ülekande täna."),
]

# Genuine Estonian mail of our own: bank OTPs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "Aitäh registreerumast! Kinnitage oma e-posti aadress, et registreerimine lõpule viia.",
    "Laupäeval kella 22-st on juurdepääs internetipangale uuenduste tõttu ajutiselt piiratud.",
    "Teie tellimus on peatatud, kuna üks toode on laost otsas. Anname teada, kui see saabub.",
    "Teie ühekordne sisselogimiskood: 482913. Ärge avaldage seda koodi kellelegi, ka mitte "
    "panga töötajatele.",
    "Swedbank: makse kinnituskood 551902. Kood kehtib 5 minutit. Kui te seda koodi ei taotlenud, "
    "ärge midagi tehke.",
    "Kasutage seda koodi oma isiku kinnitamiseks: 118204. Pank ei küsi seda koodi kunagi "
    "telefoni teel.",
    "Teie jaanuari kontoväljavõte on valmis. Saate seda vaadata internetipangas või rakenduses.",
    "Lugupeetud klient, teie krediitkaardi väljavõte on saadaval LHV internetipangas.",
    "Teie saadetis CC123456789EE on teel ja toimetatakse kohale homme kell 10–14.",
    "Teie pakk ootab pakiautomaadis „Ülemiste“. Saate selle kätte 7 päeva jooksul, seejärel "
    "saadetakse see saatjale tagasi.",
    "DPD: kuller ei saanud saadetist kätte toimetada, kuna te ei olnud kodus. Proovime homme "
    "uuesti.",
    "Teie tellimuse makse ebaõnnestus. Proovime kolme päeva pärast uuesti. Kaardi saate vahetada "
    "konto seadetes.",
    "Me ei saanud teie Spotify Premiumi makset töödelda. Uuendage makseandmeid, et saaksite "
    "edasi kuulata ilma reklaamideta.",
    "Teie veebruari palgaleht on saadaval töötajaportaalis.",
    "Märtsi palgad makstakse välja 10. aprillil. Palgalehed on lisatud.",
    "Tere, lisan arve nr 0000012345 tarnitud materjalide eest. Maksetähtaeg 14 päeva märgitud "
    "arvelduskontole.",
    "Saadame ettemaksuarve ja pakkumise järgmiseks kvartaliks. Palun kinnitage tellimus reedeks.",
    "Teie elektriarve perioodi 16.01–15.02 eest on 84,30 eurot. Logige iseteenindusse sisse, et "
    "näha üksikasju.",
    "Tuletame meelde, et teil on tasumata arveid. Kui võlgnevust 10 päeva jooksul ei tasuta, "
    "võidakse teenuse osutamine peatada.",
    "Sel nädalal meie uudiskirjas: viis nõuannet paremaks uneks ja kõrvitsapiruka retsept.",
    "Ainult pühapäevani: 30% allahindlust kõikidele talvejopedele. Kohaletoimetamine 24 tunni "
    "jooksul.",
    "Olete tellinud meie uudiskirja. Kui te ei soovi enam kirju saada, saate tellimusest loobuda "
    "siin.",
    "Tere, kas saaksid vaadata dokumenti, mille eile saatsin, ja öelda oma arvamuse?",
    "Kolleegid, jagasin teiega kausta ettekannetega neljapäevaseks koosolekuks.",
    "Ema, tuleme laupäeval lõuna paiku. Ütle isale, et ta leiba ei ostaks, me toome.",
    "Tere, vanaema! Mu telefon läks katki, nii et olen esmaspäevani ilma telefonita ja kirjutan "
    "e-postiga.",
    "Ära räägi kellelegi peost, tahame, et see oleks emale üllatus.",
    "Vahetasin panka, sest teenustasud läksid liiga suureks. Kas sina oled oma pangaga rahul?",
    "Uus sisselogimine teie Google'i kontole Windowsi seadmest. Kui see olite teie, ei pea te "
    "midagi tegema.",
    "Ärge kunagi avaldage kellelegi PIN-koodi, parooli ega SMS-koodi. Pank ei palu teil kunagi "
    "e-kirja teel andmeid kinnitada.",
    "Palun saatke oma uued pangaandmed 25. kuupäevaks personaliosakonda, kui olete panka "
    "vahetanud.",
    "Microsoft Teamsi koosolek. Liituge koosolekuga kohe. Koosoleku ID: 345 221 889",
    "Palju õnne sünnipäevaks! Soovin tervist ja palju rõõmsaid hetki.",
    "Lugupeetud lapsevanemad, ekskursioon Tartusse toimub 15. mail. Palun kinnitage lapse "
    "osalemine reedeks.",
    "Täname tellimuse eest! Tellimus nr 77812 on kinnitatud ja saadetakse välja 2 tööpäeva "
    "jooksul.",
    "Teie tellimus on teele pandud. Saadetist saate jälgida rakenduses.",
    "Palju õnne sünnipäevaks! Teie kingitus ootab teid lähimas kaupluses kuu lõpuni.",
    "Kaardimakse ****1234 summas 45,60 EUR, RIMI EESTI. Kui te seda makset ei teinud, helistage "
    "6 310 310.",
    "Maksu- ja Tolliamet tuletab meelde, et tuludeklaratsiooni saab esitada kuni 30. aprillini "
    "e-maksuametis.",
    "Palju õnne, olete võitnud koolimaja remondi hanke! Ootame teid lepingut allkirjastama.",
    "Rahapesu ja terrorismi rahastamise tõkestamise seaduse alusel palume teil uuendada oma "
    "andmeid lähimas pangakontoris.",
    "Avarii tõttu katkestatakse veevarustus Mustamäel kella 9–16.",
    "Saadan sulle tarnijale tehtava maksekorralduse. Palun kontrolli.",
    "Osta kinkekaart pühadeks – ideaalne kingitus lähedastele.",
    "Teie registreerimine konverentsile on kinnitatud. Sissepääsu QR-koodi saate e-postiga.",
    "Pärandaja suri testamenti jätmata, seega toimub pärimine seaduse alusel.",
    "Su tädil diagnoositi vähk ja ta alustab keemiaraviga, palun helista talle.",
    "Kallis sõber, aitäh suurepärase õhtu eest! Jäägu meie vahele, kui palju kooki me sõime.",
    "Teie kaart blokeeritakse pärast kolme järjestikust vale PIN-koodi sisestamist.",
    "Teie Postimehe tellimus on lõppenud. Uuendage see, et edasi lugeda.",
    "Tere, skaneerige QR-kood telefoniga, et veearve tasuda.",
    "Tahan kinkida vanad lasteriided naabruskonna lastekodule.",
    "Kui te pakki õigel ajal kätte ei saa, saadetakse see saatjale tagasi. Puudulik aadress võib "
    "kohaletoimetamist aeglustada.",
    "Teie saadetis Hiinast tuleb tollis deklareerida. Tollimaks ja käibemaks tasutakse "
    "postkontoris.",
    "Pettusekahtluse tõttu on teie kaart ajutiselt blokeeritud. Helistage 6 310 310.",
    "Hooldustööde tõttu ei ole Swedbanki internetipank laupäeval kella 22–24 ajutiselt "
    "kättesaadav.",
    "Teie parool on edukalt muudetud. Kui te seda ei teinud, võtke meiega viivitamatult ühendust.",
    "Sisselogimine uuest seadmest: Samsung Galaxy, Tallinn. Kui see olite teie, ei pea te midagi "
    "tegema.",
    "Tarbimislaen ilma käendaja ja tagatiseta – esitage taotlus veebis.",
    "Tähtajaline hoius garanteeritud 3% aastaintressiga 12 kuuks.",
    "Väljavõte on kaitstud parooliga. Avamiseks sisestage oma isikukood.",
    "Teie konto suletakse 31. märtsil vastavalt teie esitatud avaldusele.",
    "Telefoni salvestusruum on peaaegu täis – kustutage mittevajalikud rakendused.",
    "Makse meeldetuletus: arve nr 2231 maksetähtaeg on 20. märts. Aitäh!",
    "Palju õnne edutamise puhul! Igati teenitud.",
    "Teie kindlustuspoliisi kehtivus lõpeb 15. märtsil. Uuendage see veebis.",
    "Tere, kas saaksite lepingu reedeks üle vaadata ja allkirjastada?",
    "Luminor: teie maksekaardi kehtivus lõpeb. Uue kaardi saate kätte kontorist.",
    "Kelmid saadavad Omniva nimel petukirju: ärge kunagi klõpsake linkidel ega sisestage "
    "kaardiandmeid.",
    "Teie Eesti Energia arve märtsi eest on valmis. Tasuda saate kuni 20. aprillini.",
    "Tere, saadan uuendatud pakkumise ja lepingu projekti. Ootan teie kommentaare.",
    "Meie kontor on suletud 24.–26. detsembrini. Häid pühi!",
    "Ostja on tasunud tellimuse eest, palun saatke kaup kahe päeva jooksul.",
    "Saadan sulle video sinust pulmas – vaata, kui ilus!",
    "Tellimust saate tühistada: teil on 48 tundi ostu hetkest.",
    "Telia uudised: vanemlik kontroll blokeerib täiskasvanute veebilehed laste seadmetes.",
    "Teie bitcoini aadress on edukalt lisatud väljamakseaadresside nimekirja.",
    "Kinkekaardi saate osta igast meie kauplusest.",
    "Meie lahendus kaitseb teie kontot volitamata juurdepääsu eest.",
    "Minu surnud isa oleks täna 80-aastaseks saanud.",
    "Olen puhkusel kuni 20. augustini ega saa kõnedele vastata. Kiiretes küsimustes kirjutage "
    "kolleegile.",
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
    "Ärge kunagi jagage oma salajast taastefraasi.",
    # The never-word before the comma governs the relative clause after it (subordinators).
    "Me ei saada kunagi kirju, milles palume kinnitada oma andmed.",
    "Omniva ei saada kunagi sõnumeid, et teie paki kohaletoimetamisel tekkis tõrge.",
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
    for word in ("kunagi ", "iial ", "eales "):
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
