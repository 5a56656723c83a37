"""Malay lure phrases (data/lures/ms.toml): each lure sentence matches its category, the
genuine Malay mail of a bank, courier, utility, employer, shop, colleague or family matches no
lure that counts (our own sentences), and "pernah" ("tidak pernah") and "sekali" ("tidak akan
sekali-kali", "jangan sekali-kali") cancel a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "ms"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Kata laluan e-mel anda akan tamat tempoh hari ini. Klik di sini untuk "
        "kekalkan kata laluan semasa.",
    ),
    (
        "password_expiry",
        "Notis tamat tempoh kata laluan: teruskan menggunakan kata laluan yang sama.",
    ),
    # mailbox_full
    ("mailbox_full", "Peti mel anda hampir penuh. 12 mesej masuk anda ditahan di pelayan."),
    (
        "mailbox_full",
        "Storan iCloud anda penuh. Gambar dan video anda akan dipadam dalam masa 3 hari.",
    ),
    (
        "mailbox_full",
        "Kami menerima permintaan untuk menyahaktifkan akaun e-mel anda. Batalkan "
        "sekarang untuk mengelakkan kehilangan e-mel anda.",
    ),
    # unusual_signin
    (
        "unusual_signin",
        "Kami telah mengesan aktiviti yang mencurigakan pada akaun anda dari peranti "
        "yang tidak dikenali.",
    ),
    ("unusual_signin", "Seseorang cuba log masuk ke akaun anda. Sila lindungi akaun anda."),
    # shared_document
    (
        "shared_document",
        "Ahmad telah berkongsi dokumen dengan anda: Perjanjian_2026.pdf. Lihat "
        "dokumen yang dikongsi.",
    ),
    (
        "shared_document",
        "Anda mempunyai mel suara baharu (0:37). Dengar mel suara di pautan berikut.",
    ),
    ("shared_document", "Jemputan ke majlis kami: buka Jemputan Perkahwinan.apk ya."),
    # invoice
    ("invoice", "Dilampirkan invois yang belum dibayar No. INV-8812. Sila jelaskan segera."),
    ("invoice", "Perkara: Pelarasan gaji kakitangan 2026 - sila semak dokumen yang dilampirkan."),
    # scam_bec
    (
        "scam_bec",
        "Dimaklumkan bahawa akaun bank kami telah bertukar. Sila jangan bayar ke akaun lama.",
    ),
    ("scam_bec", "Boleh awak belikan kad hadiah Google Play? Hantar kod kad kepada saya segera."),
    ("scam_bec", "Mak, ini nombor baru saya. Simpan nombor baru saya ya."),
    (
        "scam_bec",
        "Maaf, saya tersalah transfer ke akaun awak RM500, tolong pulangkan wang yang "
        "tersalah transfer.",
    ),
    (
        "scam_bec",
        "Saya dalam mesyuarat dan tak boleh bercakap. Tolong proses pemindahan segera hari ini.",
    ),
    # credential
    (
        "credential",
        "Sila sahkan akaun anda melalui pautan berikut untuk mengelakkan akaun anda disekat.",
    ),
    ("credential", "Sila berikan nombor TAC yang diterima kepada pegawai kami."),
    ("credential", "Log masuk untuk melihat dokumen dengan e-mel pejabat anda."),
    ("credential", "Anda wajib mengesahkan identiti anda hari ini."),
    # urgency
    ("urgency", "Akaun anda akan disekat jika tidak disahkan dalam tempoh 24 jam."),
    # account_problem
    ("account_problem", "Akaun anda telah digantung buat sementara waktu."),
    ("account_problem", "Bekalan elektrik di premis anda akan dipotong esok."),
    # scam_prize
    (
        "scam_prize",
        "Tahniah! Anda telah memenangi hadiah wang tunai RM50,000. Tuntut hadiah anda sekarang.",
    ),
    (
        "scam_prize",
        "Anda telah terpilih sebagai pemenang cabutan bertuah. Bayar caj pemprosesan hadiah RM150.",
    ),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Pelanggan kami meninggal dunia tanpa waris dan meninggalkan dana yang "
        "tidak dituntut bernilai USD 8.5 juta.",
    ),
    ("scam_advance_fee", "Saya ingin mendermakan wang saya kepada anda untuk kerja amal."),
    ("scam_advance_fee", "Yuran pemprosesan perlu dibayar dahulu sebelum pinjaman dikeluarkan."),
    # scam_crypto and crypto_topic
    ("scam_crypto", "Pelaburan robot trading dengan pulangan dijamin setiap hari."),
    ("scam_crypto", "Sila sahkan frasa pemulihan anda untuk menyegerakkan dompet."),
    ("crypto_topic", "Harga bitcoin naik 10% minggu ini."),
    # scam_delivery
    (
        "scam_delivery",
        "Bungkusan anda telah ditahan kerana alamat anda tidak lengkap. Bayar caj "
        "penghantaran semula RM3.50.",
    ),
    (
        "scam_delivery",
        "Pembeli telah membuat pembayaran melalui Carousell. Masukkan butiran kad "
        "anda untuk menerima bayaran.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Saya telah menggodam peranti anda dan merakam video anda semasa menonton "
        "laman web lucah. Hantar ke alamat bitcoin saya atau saya sebarkan video ini kepada semua "
        "kenalan anda.",
    ),
    # scam_casino
    (
        "scam_casino",
        "Daftar sekarang di kasino dalam talian, bonus ahli baru 100% dan free kredit!",
    ),
    # scam_tech_support
    (
        "scam_tech_support",
        "Amaran! Komputer anda telah dijangkiti virus. Hubungi sokongan Microsoft segera.",
    ),
    # scam_dating
    (
        "scam_dating",
        "Hai, saya lihat profil awak di laman cari jodoh. Saya janda muda di kawasan anda.",
    ),
    # scam_pharma
    ("scam_pharma", "Ubat kuat herba, tahan lama di ranjang, penghantaran rahsia."),
    # scam_health
    ("scam_health", "Turun berat badan tanpa diet dalam 7 hari, doktor pun terkejut!"),
    # scam_legal_threat
    (
        "scam_legal_threat",
        "Ini pegawai polis dari Bukit Aman. Akaun bank anda terlibat dalam kes "
        "pengubahan wang haram dan anda mempunyai waran tangkap.",
    ),
    (
        "scam_legal_threat",
        "Untuk siasatan, pindahkan simpanan anda ke akaun selamat yang kami berikan.",
    ),
    ("scam_legal_threat", "JPJ: Anda mempunyai saman trafik tertunggak. Bayar saman anda segera."),
    # scam_marketing
    ("scam_marketing", "Pinjaman tanpa cagaran lulus segera! Blacklist CTOS pun boleh mohon."),
    # scam_job
    (
        "scam_job",
        "Kerja sambilan guna telefon bimbit: komisen bagi setiap tugasan RM30, dibayar "
        "untuk like video TikTok.",
    ),
    # scam_benefit
    (
        "scam_benefit",
        "Anda layak menerima bayaran balik cukai sebanyak RM1,250. Tuntut bayaran "
        "balik anda sekarang.",
    ),
    (
        "scam_benefit",
        "Wang bantuan anda belum dituntut. Tuntut bantuan anda sekarang sebelum luput.",
    ),
]

# Genuine Malay mail of our own: bank TACs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "TAC anda ialah 482913 untuk pemindahan RM500. JANGAN kongsi TAC ini dengan sesiapa, "
    "termasuk kakitangan bank.",
    "Gunakan kod pengesahan 551902 untuk mengesahkan identiti anda. Kod sah selama 5 minit.",
    "Maybank tidak akan sekali-kali meminta anda mengesahkan akaun anda melalui e-mel atau SMS. "
    "Jangan sekali-kali berikan TAC anda kepada sesiapa.",
    "Penyata akaun anda bagi bulan Januari 2026 kini tersedia di Maybank2u.",
    "Bil kad kredit anda bulan ini berjumlah RM1,234.50 dengan tarikh akhir pembayaran 15 Mac.",
    "Bungkusan anda dengan nombor penjejakan EM123456789MY sedang dalam penghantaran dan akan "
    "tiba esok.",
    "Penghantaran gagal: penerima tiada di rumah. Kami akan cuba menghantar semula esok.",
    "Bungkusan anda sedia untuk diambil di Pejabat Pos Shah Alam. Jika tidak dituntut dalam 7 "
    "hari, ia akan dipulangkan kepada penghantar.",
    "Pembayaran langganan Netflix anda tidak berjaya. Kami akan mencuba semula dalam 3 hari. "
    "Anda boleh mengemas kini kaedah pembayaran dalam tetapan akaun.",
    "Pembayaran gagal: kad anda ditolak oleh bank pengeluar. Sila gunakan kaedah pembayaran lain.",
    "Slip gaji anda bagi bulan Februari 2026 kini tersedia di portal kakitangan.",
    "Gaji bulan Mac akan dikreditkan pada 25 haribulan. Penyata gaji dilampirkan.",
    "Dengan hormatnya, dilampirkan invois No. 0012345 bagi penghantaran barangan. Bayaran "
    "hendaklah dibuat dalam tempoh 14 hari.",
    "Bersama ini dilampirkan sebut harga dan pesanan pembelian untuk suku tahun hadapan. Mohon "
    "sahkan pesanan sebelum Jumaat.",
    "Bil elektrik TNB anda bulan ini RM145.20. Sila bayar sebelum 20 haribulan.",
    "Buletin minggu ini: lima tip tidur lena dan resipi rendang daging.",
    "Promosi hujung minggu! Diskaun 50% untuk semua pakaian. Penghantaran percuma ke seluruh "
    "Malaysia.",
    "Jangan lupa like dan follow Instagram kami untuk promosi terkini!",
    "Hai, boleh tolong semak dokumen yang saya hantar semalam dan beri komen sebelum mesyuarat "
    "Khamis?",
    "Mak, kami sampai rumah hari Sabtu tengah hari. Beritahu abah tak perlu beli lauk, kami bawa "
    "makanan.",
    "Selamat hari jadi! Semoga sihat selalu dan bahagia bersama keluarga.",
    "Log masuk baharu ke Akaun Google anda daripada peranti Windows. Jika ini anda, anda tidak "
    "perlu berbuat apa-apa.",
    "Kata laluan anda berjaya ditukar. Jika anda tidak membuat perubahan ini, hubungi kami segera.",
    "Tahniah, anda telah terpilih untuk sesi temu duga pada hari Isnin jam 10 pagi.",
    "Selamat hari jadi! Anda mendapat hadiah baucar diskaun 20% untuk digunakan di kedai kami.",
    "Kad anda akan disekat selepas tiga kali kesilapan memasukkan PIN.",
    "Pesanan anda akan dibatalkan secara automatik jika tidak dibayar dalam masa 24 jam.",
    "Pejabat kami akan ditutup sempena cuti Hari Raya dari 30 Mac hingga 3 April.",
    "Jika anda tidak melakukan transaksi ini, sila hubungi kami di 1-300-88-6688.",
    "Kad anda telah disekat buat sementara waktu kerana disyaki penipuan. Sila hubungi "
    "1-300-88-6688.",
    "Tahniah kepada para pemenang cabutan bertuah Simpanan Maybank. Senarai pemenang di laman "
    "web rasmi kami.",
    "Semak wang tidak dituntut anda di portal eGUMIS Jabatan Akauntan Negara.",
    "Awas penipuan yang menyamar sebagai pegawai bank. Kami tidak pernah meminta nombor TAC anda.",
    "Terima kasih atas sumbangan anda untuk mangsa banjir. Resit sumbangan dilampirkan.",
    "Jawatan kosong: kerani akaun yang jujur, amanah dan boleh dipercayai. Hantar resume ke "
    "hr@contoh.com.my.",
    "Mesyuarat Microsoft Teams. Klik di sini untuk menyertai mesyuarat. ID Mesyuarat: 345 221 889",
    "Imbas kod QR di bawah untuk membayar bil air anda.",
    "Bungkusan anda dari luar negara dikenakan duti import. Sila buat bayaran di pejabat pos.",
    "Mak cik didiagnosis kanser tahap empat dan akan mula kemoterapi minggu depan, mohon doakan.",
    "Storan telefon anda hampir penuh. Padam aplikasi yang tidak digunakan.",
    "Ingat, jangan gunakan kata laluan yang sama untuk banyak akaun.",
    "Akaun anda berjaya disahkan. Selamat menggunakan perkhidmatan kami.",
    "Sila sahkan kehadiran anda ke mesyuarat esok.",
    "Saya dalam mesyuarat, nanti saya telefon balik.",
    "E-mel anda akan dipadam daripada senarai mel kami.",
    "Polis memberi amaran tentang sindiket pengubahan wang haram dalam kenyataan media minggu ini.",
    "Polis mengeluarkan waran tangkap terhadap suspek utama kes itu.",
    "Syarikat itu sedang disiasat oleh SPRM menurut laporan akhbar.",
    "Sila masukkan TAC berikut untuk melengkapkan transaksi anda: 118204.",
    "Hantar gambar resit bayaran ke WhatsApp admin kami ya.",
    "Harga bitcoin jatuh 5% hari ini menurut laporan pasaran.",
    "Untuk mengelakkan akaun anda menjadi dorman, sila lakukan sekurang-kurangnya satu transaksi "
    "setahun.",
    "Terima kasih sekali lagi atas bantuan anda minggu lepas.",
    "Supaya akaun anda kekal aktif, lakukan sekurang-kurangnya satu transaksi setiap enam bulan.",
    "Cuba akaun percubaan untuk 30 hari secara percuma.",
    "Sertai kami sebagai pemandu rakan kongsi, pendapatan harian sehingga RM250.",
    "Anggota MALBATT yang bertugas dalam misi pengaman PBB di Lubnan pulang ke tanah air.",
    "Jawatan kosong: jurutera pelantar minyak di Terengganu, hantar permohonan sebelum Jumaat.",
    "Kami mengesan aktiviti mencurigakan pada kad kredit anda. Jika bukan anda, hubungi "
    "1-300-88-6688.",
    "Jangan berikan nombor TAC anda kepada pegawai bank atau sesiapa.",
    "Waris terdekat arwah diminta hadir ke masjid selepas Zohor.",
    "Kongsi video ini kepada semua kenalan anda dan sertai kempen derma kami!",
    "Hubungi jurulatih kami melalui WhatsApp untuk tempahan kelas.",
    "Tebus hadiah anda di kaunter dengan menunjukkan resit pembelian.",
    "Kami akan menghantar dokumen kepada anda melalui pos.",
    "Sila bayar duti kastam di kaunter Pos Malaysia untuk menuntut bungkusan anda.",
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
    "Kami tidak pernah meminta anda memberikan nombor TAC kepada kami melalui e-mel.",
    "CIMB tidak akan sekali-kali meminta anda memindahkan wang anda ke akaun selamat.",
    "Kami tidak akan sekali-kali meminta anda membayar caj penghantaran semula melalui SMS.",
    # The never-word before the comma governs the relative clause after it (subordinators).
    "Bank tidak pernah menghantar e-mel atau SMS, yang meminta anda sahkan akaun anda sekarang.",
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
    return text.replace(" pernah ", " ").replace(" sekali-kali ", " ")


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
