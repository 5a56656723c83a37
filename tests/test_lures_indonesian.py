"""Indonesian lure phrases (data/lures/id.toml): each lure sentence matches its category, the
genuine Indonesian mail of a bank, courier, utility, employer, shop, colleague or family matches
no lure that counts (our own sentences), and "pernah" ("tidak pernah", "jangan pernah") cancels
a phrase in its clause.
"""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.lure_language import counting_problems, language_matches

K = load_knowledge()
LANGUAGE = "id"

# (expected category, sentence): phishing, scam and BEC wording of our own.
LURES: list[tuple[str, str]] = [
    # password_expiry
    (
        "password_expiry",
        "Yth. Pengguna, kata sandi email Anda akan kedaluwarsa hari ini. Klik di "
        "bawah untuk tetap menggunakan kata sandi saat ini.",
    ),
    ("password_expiry", "Password kamu sudah kadaluarsa, silahkan login untuk memperbarui."),
    ("password_expiry", "Pemberitahuan kedaluwarsa kata sandi: pertahankan kata sandi yang sama."),
    # mailbox_full
    ("mailbox_full", "Kotak surat Anda hampir penuh. 14 pesan masuk Anda ditahan di server."),
    (
        "mailbox_full",
        "Penyimpanan iCloud Anda penuh. Foto dan video Anda akan dihapus dalam 3 hari.",
    ),
    (
        "mailbox_full",
        "Kami menerima permintaan untuk menonaktifkan akun email Anda. Batalkan "
        "sekarang agar tidak kehilangan pesan Anda.",
    ),
    # unusual_signin
    (
        "unusual_signin",
        "Kami mendeteksi aktivitas mencurigakan pada akun Anda dari perangkat "
        "tidak dikenal di Rusia.",
    ),
    ("unusual_signin", "Seseorang mencoba masuk ke akun Anda. Segera amankan akun Anda."),
    ("unusual_signin", "Akunmu telah diretas! Ganti kata sandimu sekarang."),
    # shared_document
    (
        "shared_document",
        "Budi Santoso telah membagikan dokumen dengan Anda: Kontrak_2026.pdf. "
        "Lihat dokumen yang dibagikan.",
    ),
    (
        "shared_document",
        "Anda memiliki pesan suara baru (0:42). Dengarkan pesan suara di tautan berikut.",
    ),
    ("shared_document", "Kamu diundang ke pernikahan kami, buka Undangan Pernikahan.apk ya."),
    # invoice
    ("invoice", "Terlampir faktur yang belum dibayar No. INV-2231. Mohon segera diproses."),
    ("invoice", "Perihal: Penyesuaian gaji karyawan 2026 - harap tinjau dokumen terlampir."),
    # scam_bec
    (
        "scam_bec",
        "Dengan ini kami informasikan bahwa rekening bank kami telah berubah. Mohon "
        "jangan transfer ke rekening lama.",
    ),
    (
        "scam_bec",
        "Bisakah kamu belikan gift card Google Play 5 lembar? Kirim kode voucher ke saya segera.",
    ),
    ("scam_bec", "Ma, ini nomor baru aku. Simpan nomor baru aku ya, HP yang lama rusak."),
    (
        "scam_bec",
        "Maaf kak, saya salah transfer ke rekening kamu Rp1.500.000, tolong "
        "kembalikan uang yang salah transfer.",
    ),
    (
        "scam_bec",
        "Saya sedang rapat dan tidak bisa menerima telepon. Tolong proses transfer "
        "mendesak hari ini.",
    ),
    ("scam_bec", "Mulai bulan ini tolong transfer gaji saya ke rekening baru berikut."),
    # credential
    (
        "credential",
        "Silakan verifikasi akun Anda melalui tautan berikut untuk menghindari pemblokiran akun.",
    ),
    (
        "credential",
        "Mohon kirimkan kode OTP yang Anda terima kepada petugas kami untuk proses pembatalan.",
    ),
    (
        "credential",
        "Nasabah BCA yth, mulai hari ini tarif transfer berubah menjadi Rp150.000/"
        "bulan. Jika tidak setuju dengan tarif baru silakan isi formulir untuk tetap menggunakan "
        "tarif lama.",
    ),
    ("credential", "Untuk melihat dokumen, login dengan email kantor Anda dan kata sandi."),
    ("credential", "Anda wajib memverifikasi data Anda paling lambat hari ini."),
    # urgency
    ("urgency", "Akun Anda akan diblokir jika tidak diverifikasi dalam 1x24 jam."),
    # account_problem
    (
        "account_problem",
        "Akun Anda telah ditangguhkan sementara karena aktivitas yang tidak biasa.",
    ),
    ("account_problem", "Rekening Anda telah dibekukan. Hubungi kami untuk membuka blokir."),
    ("account_problem", "PLN: Aliran listrik di rumah Anda akan diputus besok karena tunggakan."),
    # scam_prize
    (
        "scam_prize",
        "Selamat! Anda terpilih sebagai pemenang undian Shopee 2026 dan berhak atas "
        "mobil. Transfer biaya pajak hadiah Rp2.500.000.",
    ),
    (
        "scam_prize",
        "Anda telah memenangkan hadiah uang tunai Rp100 juta. Klaim hadiah Anda sekarang.",
    ),
    # scam_advance_fee
    (
        "scam_advance_fee",
        "Nasabah kami meninggal dunia tanpa ahli waris dan meninggalkan dana "
        "yang tidak diklaim senilai 10,5 juta dolar.",
    ),
    ("scam_advance_fee", "Saya berniat menyumbangkan dana saya kepada Anda untuk pekerjaan amal."),
    (
        "scam_advance_fee",
        "Pinjaman Anda disetujui. Biaya administrasi harus dibayar sebelum pencairan dana.",
    ),
    # scam_crypto and crypto_topic
    ("scam_crypto", "Investasi robot trading dengan keuntungan pasti setiap hari hingga 5%."),
    ("scam_crypto", "Masukkan frasa pemulihan Anda untuk sinkronkan dompet."),
    ("crypto_topic", "Harga bitcoin naik 10% minggu ini."),
    # scam_delivery
    (
        "scam_delivery",
        "Paket Anda tertahan di gudang karena alamat Anda tidak lengkap. Bayar "
        "biaya pengiriman ulang Rp12.000.",
    ),
    (
        "scam_delivery",
        "Pembeli sudah membayar melalui OLX. Masukkan data kartu Anda untuk menerima pembayaran.",
    ),
    # scam_sextortion
    (
        "scam_sextortion",
        "Saya telah meretas perangkat Anda dan memiliki rekaman Anda saat "
        "menonton situs dewasa. Transfer ke alamat bitcoin saya atau saya akan sebarkan video ini "
        "ke semua kontak Anda.",
    ),
    # scam_casino
    ("scam_casino", "Daftar sekarang di situs slot gacor, bonus new member 100%!"),
    # scam_tech_support
    (
        "scam_tech_support",
        "Peringatan! Komputer Anda terinfeksi virus. Hubungi dukungan Microsoft di 021-555-0101.",
    ),
    # scam_dating
    ("scam_dating", "Hai, aku melihat profil kamu di situs kencan. Aku janda cantik di kotamu."),
    # scam_pharma
    ("scam_pharma", "Obat kuat herbal, tahan lama di ranjang, kirim rahasia."),
    # scam_health
    ("scam_health", "Turun berat badan tanpa diet dalam 7 hari, dokter pun terkejut!"),
    # scam_legal_threat
    ("scam_legal_threat", "Rekening Anda terindikasi judi online dan akan diblokir oleh PPATK."),
    ("scam_legal_threat", "Ini surat tilang elektronik Anda. Bayar denda tilang sebelum 3 hari."),
    (
        "scam_legal_threat",
        "Demi keamanan, pindahkan dana Anda ke rekening aman yang kami sediakan.",
    ),
    # scam_marketing
    ("scam_marketing", "Pinjaman tanpa jaminan cair dalam 5 menit, tanpa BI checking!"),
    # scam_job
    (
        "scam_job",
        "Kerja sampingan modal HP: komisi per tugas Rp50.000, dibayar untuk menyukai "
        "video YouTube.",
    ),
    # scam_benefit
    ("scam_benefit", "Anda berhak atas pengembalian pajak sebesar Rp3.200.000. Klik untuk klaim."),
    (
        "scam_benefit",
        "NIK Anda terdaftar sebagai penerima bansos Rp600.000. Cairkan bansos Anda "
        "di tautan berikut.",
    ),
]

# Genuine Indonesian mail of our own: bank OTPs and statements, couriers, failed payments,
# payslips, suppliers' invoices, utilities, newsletters, colleagues and family.
GENUINE: list[str] = [
    "Kode OTP Anda adalah 482913. RAHASIAKAN kode ini dan jangan berikan kepada siapa pun, "
    "termasuk pihak bank.",
    "Gunakan kode verifikasi 551902 untuk memverifikasi identitas Anda. Kode berlaku 5 menit.",
    "BCA tidak pernah meminta Anda memverifikasi akun melalui email atau SMS. Jangan pernah "
    "memberikan PIN dan OTP kepada siapa pun.",
    "E-Statement rekening Anda periode Januari 2026 telah tersedia. Silakan unduh melalui KlikBCA.",
    "Tagihan kartu kredit Anda bulan ini sebesar Rp2.345.000 dengan tanggal jatuh tempo 15 Maret.",
    "Paket Anda dengan nomor resi JX1234567 sedang dalam perjalanan dan akan tiba besok.",
    "Kurir kami tidak menemukan penerima di alamat. Paket gagal dikirim dan akan kami coba lagi "
    "besok.",
    "Paket Anda telah tiba di gerai J&T Bandung. Silakan ambil dalam 3 hari, setelah itu akan "
    "dikembalikan ke pengirim.",
    "Pembayaran langganan Spotify Premium Anda tidak berhasil. Kami akan mencoba lagi dalam 3 "
    "hari. Anda dapat memperbarui metode pembayaran di pengaturan akun.",
    "Pembayaran gagal: kartu Anda ditolak oleh bank penerbit. Silakan gunakan metode pembayaran "
    "lain.",
    "Slip gaji Anda untuk bulan Februari 2026 sudah tersedia di portal karyawan.",
    "Gaji bulan Maret akan ditransfer pada tanggal 25. Rincian gaji terlampir.",
    "Dengan hormat, terlampir kami kirimkan faktur No. 0012345 untuk pengiriman barang. "
    "Pembayaran paling lambat 14 hari ke rekening yang tertera.",
    "Berikut kami lampirkan penawaran harga dan purchase order untuk kuartal depan. Mohon "
    "konfirmasi pesanan sebelum Jumat.",
    "Tagihan listrik PLN Anda bulan ini Rp450.000. Bayar sebelum tanggal 20 untuk menghindari "
    "denda keterlambatan.",
    "Newsletter minggu ini: lima tips tidur nyenyak dan resep rendang daging sapi.",
    "Promo akhir pekan! Diskon 50% untuk semua produk fashion. Gratis ongkir ke seluruh Indonesia.",
    "Jangan lupa like dan follow akun Instagram kami untuk info promo terbaru!",
    "Halo, bisa tolong cek dokumen yang saya kirim kemarin dan beri masukan sebelum rapat Kamis?",
    "Tim, saya sudah membagikan folder presentasi di Google Drive. Silakan ditinjau.",
    "Ma, kami sampai di rumah hari Sabtu siang. Bilang ke Papa tidak usah beli nasi, kami bawa "
    "makanan.",
    "Selamat ulang tahun! Semoga sehat selalu dan bahagia bersama keluarga.",
    "Login baru ke Akun Google Anda dari perangkat Windows. Jika ini Anda, Anda tidak perlu "
    "melakukan apa pun.",
    "Kata sandi Anda berhasil diubah. Jika Anda tidak melakukan perubahan ini, segera hubungi "
    "kami.",
    "Selamat, Anda terpilih untuk mengikuti tahap wawancara pada hari Senin pukul 10.00.",
    "Selamat ulang tahun! Anda mendapatkan hadiah voucher diskon 20% yang bisa digunakan di toko "
    "kami.",
    "Kartu Anda akan diblokir setelah tiga kali salah memasukkan PIN.",
    "Pesanan Anda akan dibatalkan otomatis jika tidak dibayar dalam 1x24 jam.",
    "Kantor kami akan ditutup selama libur Lebaran dari 30 Maret hingga 3 April.",
    "Jika Anda tidak melakukan transaksi ini, segera hubungi Halo BCA 1500888.",
    "Transaksi kartu kredit Rp1.250.000 di Tokopedia berhasil. Jika Anda tidak merasa melakukan "
    "transaksi ini, hubungi 14000.",
    "Apabila nasabah tidak menyetujui perubahan tarif ini, nasabah dapat mengajukan penutupan "
    "rekening di kantor cabang.",
    "Mulai 1 April, tarif transfer BI-FAST menjadi Rp2.500 per transaksi.",
    "Dalam rangka pengkinian data, mohon perbarui data Anda di kantor cabang terdekat.",
    "Selamat kepada para pemenang undian Tahapan BCA periode ini. Daftar pemenang dapat dilihat "
    "di situs resmi kami.",
    "Pajak hadiah ditanggung oleh penyelenggara. Program ini telah terdaftar di Kemensos.",
    "Waspada penipuan yang mengatasnamakan bank. Kami tidak pernah meminta kode OTP Anda.",
    "Terima kasih atas donasi Anda untuk korban banjir. Bukti donasi terlampir.",
    "Lowongan kerja: dibutuhkan staf admin yang jujur, disiplin, dan dapat dipercaya. Kirim CV "
    "ke hrd@contoh.co.id.",
    "Kami memiliki kerja sama yang saling menguntungkan dengan mitra kami selama sepuluh tahun.",
    "Rapat Microsoft Teams. Klik di sini untuk bergabung dengan rapat. ID rapat: 345 221 889",
    "Pindai kode QR di bawah untuk membayar tagihan air Anda.",
    "Kiriman Anda dari luar negeri dikenakan bea masuk dan PPN. Silakan lakukan pembayaran di "
    "kantor pos.",
    "Tante didiagnosis kanker stadium lanjut dan mulai kemoterapi minggu depan, mohon doanya.",
    "Penyimpanan ponsel Anda hampir penuh. Hapus aplikasi yang tidak digunakan.",
    "Ingat ya, jangan gunakan kata sandi yang sama untuk banyak akun.",
    "Akun Anda berhasil diverifikasi. Selamat menikmati layanan kami.",
    "Verifikasi akun Anda berhasil. Terima kasih telah mendaftar.",
    "Mohon konfirmasi kehadiran Anda di rapat besok.",
    "Saya sedang rapat, nanti saya telepon balik.",
    "Harga bitcoin turun 5% hari ini menurut laporan pasar.",
    "Email Anda akan dihapus dari milis kami dalam 24 jam.",
    "Jika Anda ingin berhenti berlangganan, alamat email Anda akan dihapus dari daftar kami.",
    "Kebijakan pengembalian: Anda berhak atas pengembalian dana penuh dalam 30 hari.",
    "Pemerintah terus memberantas judi online dan pencucian uang, menurut siaran pers minggu ini.",
    "Kominfo memblokir ribuan situs porno dan judi sepanjang tahun lalu.",
    "Silakan masukkan kode OTP berikut untuk menyelesaikan transaksi Anda: 118204.",
    "Kirim foto bukti transfer ke WhatsApp admin kami ya kak.",
    "Hubungi admin kami via WhatsApp untuk pemesanan.",
    "Agar rekening Anda tetap aktif, lakukan minimal satu transaksi dalam enam bulan.",
    "Gabung jadi mitra pengemudi, penghasilan harian hingga Rp300.000 dengan jadwal fleksibel.",
    "Prajurit TNI yang bertugas dalam misi perdamaian PBB di Lebanon kembali ke tanah air.",
    "Polisi mulai mengirim surat tilang ETLE ke rumah para pelanggar minggu ini.",
    "Promo waralaba: modal kecil, dijamin praktis dan mudah dijalankan.",
    "Kami mendeteksi aktivitas mencurigakan pada kartu kredit Anda. Jika bukan Anda, hubungi "
    "1500888.",
    "Jangan berikan kode OTP Anda kepada petugas bank atau siapa pun.",
    "Kerabat terdekat almarhum berkumpul di rumah duka sejak pagi.",
    "Bagikan video ini ke semua kontak Anda dan ajak mereka berdonasi!",
    "Polisi mengirim surat panggilan kepada tersangka pada hari Senin.",
    "Kamu bisa klaim hadiahmu di gerai terdekat dengan menunjukkan struk belanja.",
    "Peserta wajib memverifikasi data diri di lokasi ujian.",
    "Kami akan mengirimi Anda dokumen kontrak melalui pos minggu depan.",
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
    "Kami tidak pernah meminta Anda mengirimkan kode OTP kepada kami melalui email.",
    "Jangan pernah pindahkan dana Anda ke rekening aman atas permintaan siapa pun.",
    "Kami tidak pernah meminta nasabah untuk tetap menggunakan tarif lama melalui formulir.",
    # The never-word before the comma governs the relative clause after it (subordinators).
    "BCA tidak pernah mengirimkan email atau SMS, yang meminta Anda segera lakukan verifikasi "
    "akun.",
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
    return text.replace(" pernah ", " ")


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
