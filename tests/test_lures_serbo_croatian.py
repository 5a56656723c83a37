"""Serbian, Croatian, Bosnian and Montenegrin lure phrases (data/lures/sh.toml): each lure
sentence matches its category, in Latin (with and without diacritics) and in Cyrillic; the
genuine mail of a bank, courier, utility, employer, supplier, shop, colleague or family
matches no lure that counts (only the vocabularies); and "nikada" cancels a phrase in its
clause, also over the comma of a "niti"/"da" clause (our own sentences).
"""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text

K = load_knowledge()

try:  # the project's list of vocabularies (categories that are not lures)
    from tests.test_lures import VOCABULARIES
except ImportError:  # run outside the repository: the same list
    VOCABULARIES = {
        "call_to_action", "sender_role", "it_role", "finance_role", "form_name_label",
        "form_message_label", "form_greeting", "form_notice", "form_pitch_word",
        "market_goods", "market_goods_strong", "attachment_mention", "callback_cue", "qr_scan",
        "callback_call", "share_capital", "app_channel", "written_reply", "payment_settled",
        "org_signin", "callback_disown", "document_offer", "pay_topic", "awareness",
        "platform_name", "meeting_invite", "verify_out_of_band", "pay_period", "messenger_app",
        "sign_off",
    }  # fmt: skip

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Poštovani korisniče, vaša lozinka ističe danas. Kliknite ovdje da "
        "zadržite trenutnu lozinku.",
    ),
    (
        "password_expiry",
        "Lozinka vašeg e-mail naloga je istekla. Nastavite da koristite istu "
        "lozinku klikom na dugme ispod.",
    ),
    ("password_expiry", "Ваша лозинка истиче за 2 дана. Задржите тренутну лозинку."),
    ("password_expiry", "Vasa sifra je istekla, zadrzite postojecu sifru."),
    ("password_expiry", "Obavijest o isteku lozinke: vaša zaporka istječe za 3 dana."),
    # mailbox_full
    (
        "mailbox_full",
        "Vaš poštanski sandučić je skoro pun. Povećajte svoj prostor za pohranu "
        "kako biste nastavili primati poštu.",
    ),
    (
        "mailbox_full",
        "Primili smo zahtjev za deaktivaciju vašeg e-mail računa. Otkažite ga kako "
        "ne biste izgubili svoje poruke.",
    ),
    ("mailbox_full", "Vaš iCloud prostor je pun. Fotografije i videozapisi biće obrisani."),
    ("mailbox_full", "Ваше поштанско сандуче је пуно. Нећете моћи да примате нове поруке."),
    ("mailbox_full", "Imate 7 nepročitanih poruka na serveru. Oslobodite zadržane poruke."),
    # unusual_signin
    (
        "unusual_signin",
        "Otkrili smo sumnjivu prijavu na vaš nalog sa nepoznatog uređaja u "
        "Rusiji. Da li ste to bili vi?",
    ),
    (
        "unusual_signin",
        "Netko se prijavio na vaš račun. Ako to niste bili vi, odmah promijenite lozinku.",
    ),
    (
        "unusual_signin",
        "Неко је покушао да се пријави на ваш налог. Ако то нисте били ви, промените лозинку.",
    ),
    ("unusual_signin", "Prijava sa nepoznatog uredjaja: vas nalog je mozda kompromitovan."),
    # shared_document
    (
        "shared_document",
        "Marko Petrović je podijelio dokument s vama: Ugovor_2026.pdf. Prikaži dokument",
    ),
    ("shared_document", "Imate novu govornu poruku (0:47). Preslušajte govornu poruku."),
    ("shared_document", "Primili ste sigurnu poruku od banke. Pročitajte sigurnu poruku."),
    ("shared_document", "Fakture su spremne. Preuzmi dokumenta"),
    # invoice
    ("invoice", "U prilogu vam šaljemo podsjetnik za plaćanje – neplaćena faktura br. 4512."),
    ("invoice", "Obavještenje o povećanju plate za 2026. godinu – pogledajte dokument."),
    ("invoice", "Dokaz o uplati i swift kopija su u prilogu."),
    # scam_bec
    (
        "scam_bec",
        "Obavještavamo vas da smo promijenili banku. Buduće uplate izvršite na naš "
        "novi račun; ne vršite uplate na stari račun.",
    ),
    (
        "scam_bec",
        "Da li ste za stolom? Kupite nekoliko poklon kartica i pošaljite mi slike kodova.",
    ),
    ("scam_bec", "Zdravo mama, ovo je moj novi broj. Pokvario mi se telefon pa ti pišem odavde."),
    ("scam_bec", "Molim vas da promijenite račun za isplatu plaće, prešao sam u drugu banku."),
    ("scam_bec", "Пишем вам са приватног мејла јер службени мејл ми не ради."),
    ("scam_bec", "Ovo je službeno upozorenje: prebacite novac na siguran račun Narodne banke."),
    # credential
    ("credential", "Molimo vas da potvrdite svoj identitet kako biste izbjegli blokadu."),
    ("credential", "Prijavite se sa službenim e-mailom i lozinkom kako biste otvorili dokument."),
    ("credential", "Потврдите своје податке у року од 24 сата."),
    ("credential", "Verifikujte svoj nalog ili će biti trajno suspendovan."),
    ("credential", "Pošaljite nam verifikacioni kod koji ste dobili SMS-om."),
    # urgency
    ("urgency", "Ako ne potvrdite svoj nalog u roku od 48 sati, vaš nalog će biti zatvoren."),
    ("urgency", "Konačno obaveštenje: odgovorite u roku od 24 sata."),
    # account_problem
    ("account_problem", "Vaš račun je privremeno blokiran zbog sumnjivih aktivnosti."),
    ("account_problem", "Ističe vam online bankarstvo – obradite odmah."),
    (
        "account_problem",
        "Vaša Netflix pretplata je suspendovana jer nismo mogli da potvrdimo vašu karticu.",
    ),
    ("account_problem", "Ваш налог је суспендован."),
    # scam_prize
    (
        "scam_prize",
        "Čestitamo! Vi ste naš dobitnik – osvojili ste novi iPhone 17. Platite samo "
        "poštarinu od 2 €.",
    ),
    ("scam_prize", "Vaša e-mail adresa je osvojila 850.000 eura u međunarodnoj lutriji."),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Ja sam udovica i dijagnosticiran mi je rak u terminalnoj fazi. "
        "Želim da vam doniram 4,5 miliona američkih dolara.",
    ),
    ("scam_advance_fee", "Moj klijent je preminuo bez oporuke i bez poznatih nasljednika."),
    # scam_crypto
    ("scam_crypto", "Unesite svoju frazu za oporavak. Garantovana zarada od 5% dnevno."),
    ("scam_crypto", "Povežite svoj novčanik i preuzmite tokene."),
    # scam_delivery
    (
        "scam_delivery",
        "Vaša pošiljka je zadržana zbog nepotpune adrese. Potvrdite adresu za "
        "dostavu i platite carinu od 1,99 €.",
    ),
    ("scam_delivery", "Vaš paket je zapeo na carini zbog neplaćenih carinskih pristojbi."),
    (
        "scam_delivery",
        "Kupac je već platio artikal. Unesite podatke sa kartice kako biste primili novac.",
    ),
    (
        "scam_delivery",
        "Ваша пошиљка је задржана. У супротном пакет ће бити враћен у року од 24 сата.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Imam pristup vašem uređaju i snimio sam vas dok ste gledali stranice "
        "za odrasle. Pošaljite 1500 USD na moju bitcoin adresu ili ću video poslati svim vašim "
        "kontaktima.",
    ),
    # scam_casino
    ("scam_casino", "Bonus dobrodošlice 200% i 100 besplatnih spinova u našem online kazinu."),
    # scam_tech_support
    (
        "scam_tech_support",
        "Otkriven je virus na vašem računaru! Vaša zaštita je istekla – "
        "obnovite McAfee pretplatu odmah.",
    ),
    # scam_dating
    (
        "scam_dating",
        "Usamljene žene u tvojoj blizini žele te upoznati. Pogledaj moje intimne fotografije.",
    ),
    # scam_pharma
    ("scam_pharma", "Rješenje za erektilnu disfunkciju – diskretna dostava na kućnu adresu."),
    # scam_health
    ("scam_health", "Doktori su u šoku: ovaj jednostavan trik topi salo preko noći."),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "Obavještavamo vas da je protiv vas podnesena krivična prijava. "
        "Osumnjičeni ste za kaznena djela; odgovorite u roku od 48 sati ili ćete biti uhićeni.",
    ),
    ("scam_legal_threat", "Neplaćena putarina: registracija vašeg vozila biće suspendovana."),
    # scam_marketing
    ("scam_marketing", "Kredit bez provjere u kreditnom birou – isplata odmah."),
    # scam_job
    (
        "scam_job",
        "Zaradite od kuće do 300 € dnevno – jednostavni online zadaci, provizija za svaki zadatak.",
    ),
    # scam_benefit
    (
        "scam_benefit",
        "Porezna uprava: imate pravo na povrat poreza od 128,40 €. Unesite broj kartice za povrat.",
    ),
    ("scam_benefit", "HEP: povrat premije za energiju od 56 € čeka vašu potvrdu."),
    # without diacritics, Bosnian and Montenegrin wording, and more Cyrillic
    (
        "scam_delivery",
        "Postovani, vasa posiljka je blokirana zbog netacne adrese. Platite postarinu od 1,50 EUR.",
    ),
    ("account_problem", "Vas nalog je privremeno suspendovan."),
    ("account_problem", "Vaš račun je suspendovan iz sigurnosnih razloga."),
    (
        "scam_delivery",
        "Poštovani, vaša pošiljka je zaustavljena. Molimo dopunite svoju adresu "
        "za dostavu u roku od 24 sata.",
    ),
    ("credential", "Молимо вас да верификујете свој налог и унесете своју лозинку."),
    ("scam_prize", "Честитамо, ви сте наш добитник! Платите само поштарину."),
    ("scam_bec", "Променили смо банку, молимо уплате на наш нови рачун."),
    (
        "scam_legal_threat",
        "Осумњичени сте за кривично дело. Против вас је поднета кривична пријава.",
    ),
    ("invoice", "У прилогу је неплаћена фактура бр. 128."),
    ("scam_sextortion", "Имам приступ вашем уређају. Пошаљите 1000 евра на моју bitcoin адресу."),
    ("urgency", "Ваш налог ће бити трајно блокиран."),
]

# Genuine mail of our own: a bank, courier, utility, employer, supplier, shop, colleague or
# family. Only vocabularies (VOCABULARIES) may match.
GENUINE: list[str] = [
    # one-time codes
    "Vaš jednokratni kod za prijavu u m-zaba je 482913. Kod vrijedi 5 minuta. Nikome ne dajte "
    "ovaj kod, ni djelatnicima banke.",
    "Vaš verifikacioni kod je 771204. Ne delite ovaj kod ni sa kim.",
    "Ваш једнократни код за потврду плаћања је 553201. Никоме не дајте овај код.",
    "Ako niste vi zatražili ovaj kod, slobodno zanemarite ovu poruku.",
    # statements
    "Poštovani, vaš izvod po tekućem računu za siječanj dostupan je u internetskom "
    "bankarstvu. Izvod možete preuzeti u aplikaciji.",
    "Obaveštavamo vas da je mesečni izvod za platnu karticu spreman. Izvod je u prilogu kao "
    "PDF dokument zaštićen lozinkom.",
    # parcels
    "Vaša pošiljka je na putu! Očekivana dostava: srijeda, 14. 2. Pošiljku možete pratiti na "
    "posiljka.posta.hr.",
    "Vaš paket je poslat. Kurir će vas kontaktirati pre isporuke. Broj pošiljke: RS123456789.",
    "Pošiljka nije uručena jer niste bili na adresi. Možete je preuzeti u poštanskom uredu u "
    "roku od 15 dana.",
    "Poštovani, vaša pošiljka je stigla u poslovnicu BH Pošte i spremna je za preuzimanje.",
    "Ваша пошиљка је уручена 12.02.2026. у 10:42. Хвала што користите услуге Поште Србије.",
    # a real failed payment
    "Plaćanje za vašu pretplatu nije uspjelo. Pokušat ćemo ponovno za tri dana; podatke o "
    "plaćanju možete promijeniti u postavkama računa.",
    "Nismo uspeli da naplatimo mesečnu članarinu sa vaše kartice. Proverite stanje na računu "
    "ili izaberite drugi način plaćanja u aplikaciji.",
    # payslips
    "U prilogu vam šaljemo platnu listu za siječanj 2026. Plaća je isplaćena na vaš tekući "
    "račun 10. veljače.",
    "Platni listić za januar možete preuzeti na portalu za zaposlene. Zarada je uplaćena na "
    "vaš tekući račun.",
    # suppliers' invoices and bills
    "Poštovani, u privitku vam dostavljamo račun br. 2026-118 za usluge održavanja u "
    "siječnju. Rok plaćanja je 15 dana. Hvala na suradnji.",
    "U prilogu vam šaljem fakturu br. 45/2026 za isporučenu robu. Molimo uplatu na račun "
    "160-123456-78 u roku od 8 dana.",
    "Vaš račun za električnu energiju za januar je dostupan u aplikaciji. Iznos za plaćanje: "
    "42,18 €.",
    "Poštovani, obavještavamo vas da je uplata za račun broj 2026-45 evidentirana. Hvala vam "
    "na uplati.",
    # newsletters
    "Proljetna akcija: popust 20 % na sve tenisice do nedjelje. Pretplatite se na naš "
    "newsletter i budite prvi koji saznaju za nove kolekcije.",
    "Ovog vikenda u našim prodavnicama: sveže voće po akcijskim cenama. Pogledajte katalog na "
    "našem sajtu.",
    "Sudjelujte u nagradnoj igri i osvojite vaučer u vrijednosti 50 eura. Dobitnike "
    "objavljujemo u ponedjeljak.",
    "Vaši bodovi ističu 31. 12. Iskoristite ih pri sljedećoj kupnji.",
    "Potvrdite svoju e-mail adresu klikom na poveznicu kako biste počeli primati naš newsletter.",
    "Policija je uhitila osumnjičenika za internetske prijevare; građani se upozoravaju da ne "
    "otvaraju sumnjive poveznice.",
    "Vlada je najavila povećanje plata u javnom sektoru od 1. marta.",
    # colleagues
    "Bok Ana, možeš li pregledati dokument u privitku i javiti mi primjedbe do petka? Hvala!",
    "Ćao Marko, poslao sam ti ugovor na mejl, pogledaj ga kad stigneš i javi ako nešto treba "
    "izmeniti.",
    "Podijelio sam dokument s timom na SharePointu, link je u kalendaru.",
    "Pridružite se sastanku u aplikaciji Microsoft Teams. ID sastanka: 345 678 901, šifra "
    "sastanka: xY7kP2.",
    "Podsjećamo da je rok za predaju putnih naloga 5. u mjesecu.",
    # family
    "Mama, stižem u subotu oko podne. Ponesi ključeve od vikendice i ne zaboravi tatine lijekove.",
    "Ćao sine, tata i ja smo stigli kući. Javi se kad završiš ispit, ljubi te mama.",
    "Драга бако, хвала на честитки! Видимо се за Божић.",
    # banks' and authorities' own notices
    "Banka od vas nikada neće tražiti da potvrdite svoje podatke ili lozinku putem e-maila ili "
    "SMS-a.",
    "Banka vas nikada neće kontaktirati, niti tražiti da unesete svoju lozinku na linku iz poruke.",
    "Transakcija karticom **1234 u iznosu od 35,90 EUR kod KONZUM ZAGREB je odobrena. "
    "Ukoliko ne prepoznajete ovu transakciju, nazovite nas na 0800 1234.",
    "Molimo vas da ažurirate svoje osobne podatke u najbližoj poslovnici ili putem "
    "m-bankinga, u skladu sa Zakonom o sprječavanju pranja novca.",
    "Obavještavamo vas da će sustav e-pošte biti nedostupan u subotu od 22 do 24 sata zbog "
    "planiranog održavanja.",
    "Porezna uprava: informativni izračun poreza na dohodak za 2025. dostupan je u sustavu "
    "ePorezna.",
    "Poštovani, vaš zahtjev za izdavanje lične karte je odobren; dokument možete preuzeti u "
    "MUP-u od ponedjeljka.",
    # shops, clubs, appointments, help desks
    "Trening je u četvrtak u 18 sati. Članarinu za veljaču uplatite do 10. na račun kluba.",
    "Hvala na narudžbi! Vaša narudžba br. 10452 je potvrđena i bit će poslana u roku od 24 sata.",
    "Vaša rezervacija je potvrđena. Besplatno otkazivanje moguće je do 48 sati prije dolaska.",
    "Podsjetnik: vaš termin kod liječnika je u utorak u 9:30.",
    "Odgovorit ćemo vam u roku od 24 sata. Hvala na strpljenju.",
    # close to the lures: a bank's and Google's own sign-in notices, a real customs hold, a
    # streaming service's real payment request, a loyalty programme, a job interview, a new
    # user account, a family member's new number, an RSVP
    "Prijavili ste se u Raiffeisen Online sa novog uređaja. Ukoliko prijavu niste izvršili "
    "vi, odmah nas pozovite na 011 3202 100.",
    "Nova prijava na vaš Google nalog na Windows uređaju. Ako ste to bili vi, ne morate ništa "
    "da radite. Ako niste, pomoći ćemo vam da obezbedite nalog.",
    "Vaša pošiljka je zadržana na carinskom pregledu. Za carinjenje nam dostavite račun o kupnji.",
    "Ažurirajte način plaćanja da biste nastavili da gledate bez prekida.",
    "Podsjećamo vas da vaša kartica ističe krajem mjeseca; nova kartica bit će vam dostavljena "
    "poštom.",
    "Vaša pretplata na časopis ističe za 30 dana. Obnovite je na vrijeme i ostvarite popust.",
    "Čestitamo, postali ste član našeg programa vjernosti! Osvojili ste 150 bodova.",
    "Zahvaljujemo na prijavi za natječaj. Odabrani ste za drugi krug razgovora.",
    "Paket će biti vraćen pošiljatelju ako ga ne preuzmete u roku od 15 dana.",
    "Vaš korisnički račun je kreiran. Lozinku možete promijeniti nakon prve prijave.",
    "Sine, ovo je moj novi broj, spremi ga. Stari telefon sam dala baki.",
    "Ako ne potvrdite svoj dolazak do petka, mjesto ćemo ponuditi drugome.",
    "Na sastanku sam, javim ti se kasnije oko ugovora.",
    "Možeš li mi poslati bankovne podatke za uplatu kotizacije?",
    "Za stanarinu, na ovaj račun treba uplatiti do petog u mjesecu.",
    "Прошле недеље смо вам послали рачун за струју; износ можете платити у апликацији.",
    "Ваш платни листић за јануар налази се у прилогу.",
    "Извод по текућем рачуну за јануар доступан је у електронском банкарству.",
    "Поштовани, обавештавамо вас да ће испорука електричне енергије бити прекинута 12. марта "
    "од 9 до 13 часова због радова.",
    "Пореска управа: решење о утврђивању пореза на имовину доступно је на порталу еПорези.",
]

# A never-word in the phrase's clause (or before the comma of a "niti"/"da" clause) cancels
# it: no "sh" lure that counts may remain.
NEGATED: list[str] = [
    "Banka od vas nikada neće tražiti da potvrdite svoje podatke.",
    "Nikada ne dijelite frazu za oporavak ni sa kim.",
    "Никада нећемо тражити да потврдите свој налог.",
    "Banka vas nikada neće kontaktirati, niti tražiti da potvrdite svoj nalog.",
    "Hrvatska pošta nikada neće tražiti da platite carinu putem SMS-a.",
    "Nikad necemo traziti da potvrdite svoj nalog ili unesete svoju lozinku.",
]


def sh_matches(text: str) -> list[tuple[str, str]]:
    return [(m.category, m.phrase) for m in lures_in_text(text, K) if m.language == "sh"]


def counting(text: str) -> set[str]:
    """The "sh" categories found in ``text`` that are lures, not vocabularies."""
    return {c for c, _ in sh_matches(text) if c not in VOCABULARIES}


@pytest.mark.parametrize(("category", "text"), LURES)
def test_the_lure_matches_its_category(category: str, text: str) -> None:
    assert category in {c for c, _ in sh_matches(text)}, sh_matches(text)


@pytest.mark.parametrize("text", GENUINE)
def test_genuine_mail_matches_only_vocabularies(text: str) -> None:
    assert counting(text) == set(), sh_matches(text)


@pytest.mark.parametrize("text", NEGATED)
def test_never_cancels(text: str) -> None:
    assert counting(text) == set(), sh_matches(text)


def test_every_lure_category_of_the_greek_file_is_exercised() -> None:
    sh = {lure.category for lure in K.lures if lure.language == "sh"}
    el = {lure.category for lure in K.lures if lure.language == "el"}
    assert el <= sh, el - sh
    lure_categories = {c for c in sh if c not in VOCABULARIES and c != "crypto_topic"}
    assert lure_categories <= {c for c, _ in LURES}, lure_categories - {c for c, _ in LURES}
