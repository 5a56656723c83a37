"""Filipino (Tagalog and Taglish) lure phrases (data/lures/tl.toml): each lure sentence matches
its category, the genuine Filipino mail of a bank, courier, utility, employer, shop, colleague
or family matches no lure that counts (our own sentences), and "kailanman" ("hindi
kailanman"), "hinding-hindi" and "never" cancel a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "tl"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Mag-e-expire na ang iyong password ngayong araw. I-click ang link para "
        "panatilihin ang kasalukuyang password.",
    ),
    ("password_expiry", "Expired na ang password mo, mag-log in para i-update."),
    # mailbox_full
    ("mailbox_full", "Puno na ang iyong mailbox. May 15 nakabinbing mensahe sa server."),
    (
        "mailbox_full",
        "Halos puno na ang iyong iCloud storage. Mabubura ang iyong mga larawan at video.",
    ),
    (
        "mailbox_full",
        "Ide-deactivate ang iyong email account. Upang hindi mawala ang iyong mga "
        "mensahe, i-click dito.",
    ),
    # unusual_signin
    (
        "unusual_signin",
        "May kahina-hinalang aktibidad sa iyong account mula sa hindi kilalang device.",
    ),
    ("unusual_signin", "May sumubok mag-log in sa iyong account. Ikaw ba ito?"),
    # shared_document
    ("shared_document", "Nagbahagi si Juan ng isang dokumento sa iyo: Kontrata_2026.pdf."),
    ("shared_document", "May bago kang voice message. Pakinggan ang voice message dito."),
    # invoice
    ("invoice", "Nakalakip ang hindi pa bayad na invoice No. 2231. Pakibayaran agad."),
    ("invoice", "Paksa: Pagsasaayos ng sahod para sa 2026 - tingnan ang kalakip."),
    # scam_bec
    (
        "scam_bec",
        "Pinalitan na namin ang aming bank account. Huwag na pong magbayad sa lumang account.",
    ),
    (
        "scam_bec",
        "Pwede mo ba akong bilhan ng gift card? Bilhan mo ako ng mga Google Play card at "
        "ipadala mo sa akin ang mga code sa likod.",
    ),
    ("scam_bec", "Ma, bagong number ko ito. I-save mo ang bagong number ko."),
    (
        "scam_bec",
        "Hi po, nagkamali po ako ng send sa GCash nyo. Pakibalik po ang pera na napadala.",
    ),
    (
        "scam_bec",
        "Nasa meeting ako kaya hindi makasagot. Kailangan ng agarang transfer ngayong araw.",
    ),
    # credential
    (
        "credential",
        "Paki-verify po ang inyong account sa link na ito para maiwasan ang "
        "pagka-suspend ng inyong account.",
    ),
    ("credential", "Pakisend mo sa akin ang OTP na natanggap mo."),
    ("credential", "Kailangan mong i-update ang iyong impormasyon ngayon."),
    ("credential", "Mag-log in gamit ang iyong work email para makita ang dokumento."),
    # urgency
    ("urgency", "Masususpinde ang iyong account sa loob ng 24 oras kung hindi ma-verify."),
    # account_problem
    ("account_problem", "Na-suspend ang iyong account dahil sa kahina-hinalang aktibidad."),
    ("account_problem", "Ang iyong account ay pansamantalang na-lock."),
    (
        "account_problem",
        "Meralco: Mapuputol na ang iyong kuryente bukas dahil sa hindi nabayarang bill.",
    ),
    # scam_prize
    ("scam_prize", "Congratulations! Nanalo ka ng P50,000 sa aming raffle promo."),
    ("scam_prize", "I-claim ang iyong premyo. Magbayad ng processing fee para sa premyo."),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Ang aking yumaong asawa ay nag-iwan ng 5 milyong dolyar. Nais kong "
        "i-donate ang aking pera sa iyo.",
    ),
    ("scam_advance_fee", "Magbayad muna ng processing fee bago ma-release ang loan mo."),
    # scam_crypto and crypto_topic
    (
        "scam_crypto",
        "Garantisadong kita araw-araw! Dodoblehin namin ang pera mo sa loob ng isang linggo.",
    ),
    ("crypto_topic", "Tumaas ang presyo ng kripto ngayong linggo."),
    # scam_delivery
    (
        "scam_delivery",
        "Naka-hold ang iyong parcel dahil kulang ang iyong address. Magbayad ng "
        "redelivery fee na P50.",
    ),
    (
        "scam_delivery",
        "Ang buyer ay nagbayad na sa pamamagitan ng Shopee. Ilagay ang card details "
        "mo para matanggap ang bayad.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Na-hack ko ang iyong device at may video mo habang nanonood ng porn. "
        "Ikakalat ko ang video mo sa lahat ng iyong contacts kung hindi ka magpapadala sa bitcoin "
        "wallet ko.",
    ),
    # scam_casino
    ("scam_casino", "Mag-register at makakuha ng libreng 100 sa online sabong!"),
    # scam_tech_support
    (
        "scam_tech_support",
        "Babala! May virus ang iyong computer. Tumawag sa Microsoft support agad.",
    ),
    # scam_dating
    (
        "scam_dating",
        "Hi, nakita ko ang profile mo sa dating site. Hindi ako karaniwang nauunang mag-message.",
    ),
    # scam_pharma
    ("scam_pharma", "Pampatigas at pampatagal sa kama, walang reseta na kailangan."),
    # scam_health
    ("scam_health", "Pumayat nang mabilis nang walang diet! Nagulat ang mga doktor."),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "May warrant of arrest ka dahil ang iyong account ay sangkot sa money laundering.",
    ),
    ("scam_legal_threat", "Kakasuhan ka namin kung hindi mo babayaran ang utang mo ngayon."),
    ("scam_legal_threat", "Ilipat ang iyong pera sa safe account na ibibigay ng aming ahente."),
    # scam_marketing
    ("scam_marketing", "Pautang na walang collateral agad! Approved agad ang loan mo."),
    # scam_job
    ("scam_job", "Kumita habang nasa bahay! Mag-like at kumita ng P500, komisyon sa bawat task."),
    # scam_benefit
    (
        "scam_benefit",
        "Kwalipikado ka para sa ayuda na P5,000. I-claim ang iyong ayuda sa link na ito.",
    ),
]

# Genuine Filipino mail of our own: bank OTPs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "Ang iyong OTP ay 482913. Huwag itong ibigay kahit kanino, kahit sa empleyado ng bangko.",
    "Gamitin ang code na ito para i-verify ang iyong account: 551902. Valid ito sa loob ng 5 "
    "minuto.",
    "Hindi kailanman hihingin ng BPI ang iyong OTP o MPIN. Huwag ibigay ang iyong OTP kahit "
    "kanino.",
    "Ang iyong statement of account para sa Enero 2026 ay handa na. Tingnan ito sa BPI app.",
    "Ang iyong credit card bill ngayong buwan ay P12,345.00 na dapat bayaran bago Marso 15.",
    "Ang iyong parcel na may tracking number JT1234567 ay papunta na at darating bukas.",
    "Hindi naihatid ang iyong parcel dahil walang tao sa bahay. Susubukan naming muli bukas.",
    "Ang iyong parcel ay nasa LBC branch na. Kunin ito sa loob ng 7 araw, kung hindi ay ibabalik "
    "sa nagpadala.",
    "Hindi natuloy ang bayad para sa iyong Netflix subscription. Susubukan naming muli sa loob "
    "ng 3 araw. Maaari mong i-update ang iyong payment method sa account settings.",
    "Ang iyong payslip para sa Pebrero 2026 ay makikita na sa employee portal.",
    "Ang sahod para sa Marso ay ide-deposito sa ika-25. Nakalakip ang detalye ng sahod.",
    "Magandang araw po, nakalakip ang invoice No. 0012345 para sa mga naipadalang produkto. "
    "Bayaran sa loob ng 30 araw.",
    "Ipinapadala namin ang quotation at purchase order para sa susunod na quarter. Pakikumpirma "
    "po ang order bago Biyernes.",
    "Ang iyong Meralco bill ngayong buwan ay P2,450.00. Bayaran bago ang ika-20 para maiwasan "
    "ang late fee.",
    "Newsletter ngayong linggo: limang tip para sa mahimbing na tulog at recipe ng adobo.",
    "Sale ngayong weekend! 50% off sa lahat ng damit. Libreng shipping sa buong Pilipinas.",
    "Huwag kalimutang i-like at i-follow ang aming Facebook page para sa mga bagong promo!",
    "Hi, pwede mo bang tingnan ang dokumentong pinadala ko kahapon bago ang meeting sa Huwebes?",
    "Ma, darating kami sa Sabado ng tanghali. Sabihin mo kay Papa na huwag nang bumili ng ulam, "
    "may dala kami.",
    "Maligayang kaarawan! Sana'y lagi kang malusog at masaya kasama ang pamilya.",
    "Bagong pag-sign in sa iyong Google Account mula sa Windows device. Kung ikaw ito, wala kang "
    "kailangang gawin.",
    "Matagumpay na napalitan ang iyong password. Kung hindi mo ito ginawa, makipag-ugnayan sa "
    "amin agad.",
    "Binabati ka namin! Napili ka para sa final interview sa Lunes ng alas-10 ng umaga.",
    "Maligayang kaarawan! May regalo kang 20% discount voucher na magagamit sa aming tindahan.",
    "Mabablock ang iyong card pagkatapos ng tatlong maling PIN.",
    "Makakansela ang iyong order kung hindi ito mababayaran sa loob ng 24 oras.",
    "Sarado ang aming opisina sa Semana Santa mula Abril 2 hanggang Abril 5.",
    "Kung hindi mo ginawa ang transaksyong ito, tumawag agad sa aming hotline 8891-0000.",
    "Pansamantalang na-block ang iyong card dahil sa kahina-hinalang transaksyon. Tumawag sa "
    "8891-0000.",
    "Binabati namin ang mga nanalo sa aming raffle promo. Per DTI Fair Trade Permit No. "
    "FTEB-123456 Series of 2026.",
    "Mag-ingat sa scam! Hindi kailanman hihingin ng GCash ang iyong MPIN o OTP.",
    "Salamat sa iyong donasyon para sa mga nasalanta ng bagyo. Nakalakip ang resibo.",
    "Hiring: naghahanap kami ng tapat at mapagkakatiwalaang cashier. Ipadala ang resume sa "
    "hr@halimbawa.ph.",
    "Pulong sa Microsoft Teams. I-click dito para sumali sa pulong.",
    "I-scan ang QR code para bayaran ang iyong bill sa tubig.",
    "Ang iyong package mula sa ibang bansa ay may buwis sa customs. Magbayad sa post office bago "
    "ito makuha.",
    "Na-diagnose si Tita ng cancer at magsisimula na siya ng chemo sa susunod na linggo, "
    "ipagdasal natin siya.",
    "Halos puno na ang storage ng phone mo. Burahin ang mga app na hindi mo ginagamit.",
    "Tandaan, huwag gamitin ang parehong password sa maraming account.",
    "Matagumpay na na-verify ang iyong account. Salamat sa pag-sign up.",
    "Pakikumpirma ang iyong pagdalo sa meeting bukas.",
    "Nasa meeting ako, tatawagan kita mamaya.",
    "Inaresto ng NBI ang mga suspek sa money laundering, ayon sa balita ngayong linggo.",
    "Magpapadala ako ng dokumento sa iyo bukas para sa review.",
    "Ilagay ang OTP na ito para makumpleto ang iyong transaksyon: 118204.",
    "Ipadala ang screenshot ng resibo sa aming Viber.",
    "Bumaba ng 5% ang presyo ng bitcoin ngayong araw ayon sa ulat.",
    "Ibibigay ko ang pera sa iyo bukas pagkakuha ko ng sahod.",
    "Walang kahina-hinalang aktibidad sa iyong account ngayong buwan.",
    "May bago kang mensahe mula sa iyong bangko sa eGov app.",
    "Nanalo ka ba sa raffle kagabi? Kwentuhan mo ako mamaya.",
    "Para manatiling aktibo ang iyong account, magkaroon ng kahit isang transaksyon kada anim na "
    "buwan.",
    "Ang iyong account ay pansamantalang hindi magagamit dahil sa maintenance mula 12 hanggang 2 "
    "ng madaling araw.",
    "May reklamo ka ba sa aming serbisyo? Sabihin sa amin para maayos namin.",
    "Paalala ng LTO: makukulong ka kapag nagmaneho nang lasing.",
    "Franchise promo: siguradong kikita ang iyong negosyo sa tamang lokasyon.",
    "Ang 20% buwis ng premyo ay sasagutin ng kumpanya.",
    "Bumili ng mga gift card para sa Pasko at makakuha ng 10% discount!",
    "Kung mali ang iyong address, i-update ito sa app bago mag-checkout.",
    "Huhulihin ka ng pulis kapag walang suot na helmet, paalala ng LTO.",
    "I-verify ang iyong GCash wallet para magamit ang lahat ng features.",
    "Inilipat ko na ang sahod ko sa ibang account dahil mas mababa ang fees.",
    "Magbayad ng customs fee sa PHLPost counter para makuha ang iyong parcel.",
]

# Vocabularies (not lures) and the weak lures a genuine message may carry alone; never an
# account, credential or scam lure, nor an invoice with a deadline.
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

# Each is a lure without its never-word (checked below).
NEGATED = [
    "Hindi kailanman hihingin ng bangko na ipadala mo sa amin ang OTP.",
    "Hinding-hindi namin ipapakulong o kakasuhan ka dahil sa utang.",
    "Never po naming hihingin na i-claim ang iyong premyo sa pamamagitan ng link.",
    # The never-word before the comma governs the clause after it (subordinators).
    "Hindi kailanman magpapadala ang bangko ng email o text, na nagsasabing na-suspend ang iyong "
    "account.",
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
    return text.replace(" kailanman ", " ").replace("Hinding-hindi", "Hindi").replace("Never ", "")


def test_never_cancels() -> None:
    for text in NEGATED:
        assert not [c for c, _ in matches(text) if c not in WEAK], (text, matches(text))
        # ... and the same request without the never-word is a lure.
        plain = _without_never(text)
        assert [c for c, _ in matches(plain) if c not in WEAK], (plain, matches(plain))


def test_every_category_is_exercised() -> None:
    assert len(LURES) >= 30 and len(GENUINE) >= 40
    lure_categories = {c for c, _ in LURES}
    own = {p.category for p in K.lures if p.language == LANGUAGE}
    assert own - WEAK - {"urgency"} <= lure_categories | {"urgency"}
