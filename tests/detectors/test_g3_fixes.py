"""G3: callback numbers outside North America, QR codes drawn with vector squares in a PDF,
and scam phrases that name the mechanism (crypto recovery, loan and job fees)."""

from __future__ import annotations

import io

import pypdf
import zxingcpp
from pypdf.generic import DecodedStreamObject, NameObject

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.pdf_vector_qr import vector_qr_texts
from tests.helpers import finding_ids, make_message, scan_offline

DE_ORDER = (
    "Hallo Petra,\n\nvielen Dank für Ihre Bestellung. Gesamtbetrag: 1.649,00 EUR"
    " (per Lastschrift).\n\nSie haben diese Bestellung nicht aufgegeben? Rufen Sie bitte"
    " umgehend unseren Kundenservice unter +49 30 255 584 210 an, damit wir die Lastschrift"
    " stoppen können.\n\nIhr Bestellservice\n"
)
FR_ORDER = (
    "Bonjour,\n\nMerci pour votre commande. Total : 1 489,00 €\n\nVous n'êtes pas à l'origine"
    " de cette commande ? Appelez notre service d'annulation au 01 84 55 50 12.\n"
)


def _ids(text: str, subject: str = "Ihre Bestellung") -> set[str]:
    return finding_ids(scan_offline(make_message(subject=subject, text=text)))


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, load_knowledge())}


# --- 1. callback numbers in international and national form ---------------------------------


def test_german_callback_order_with_international_number_is_flagged() -> None:
    result = scan_offline(make_message(subject="Ihre Bestellung wurde versandt", text=DE_ORDER))
    ids = finding_ids(result)
    assert {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"} <= ids
    assert result.verdict.value != "clean"


def test_french_callback_with_national_trunk_number() -> None:
    assert {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"} <= _ids(FR_ORDER)


def test_signature_number_without_a_call_word_is_not_a_callback() -> None:
    quote = (
        "Guten Tag Herr Maier,\n\nwie besprochen beträgt das Angebot 1.200,00 EUR netto.\n\n"
        "Mit freundlichen Grüßen\nHans Vogel\nTel. +49 30 1234 5678\n"
    )
    assert not _ids(quote) & {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"}


def test_contact_us_with_a_price_is_no_disowned_charge_and_stays_clean() -> None:
    text = (
        "Bonjour,\n\nVotre devis de 1 200,00 € est prêt. Pour toute question, contactez-nous au"
        " +33 1 23 45 67 89.\n\nCordialement,\nJean\n"
    )
    result = scan_offline(make_message(subject="Votre devis", text=text))
    assert "CONTENT_CALLBACK_DISOWNED_CHARGE" not in finding_ids(result)
    assert result.verdict.value == "clean"


def test_genuine_order_notice_with_a_link_is_no_callback() -> None:
    text = DE_ORDER + "\nIhre Bestellung ansehen: https://shop.example.de/orders/302-7741958\n"
    assert not _ids(text) & {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"}


def test_dates_are_not_phone_numbers() -> None:
    text = "Rufen Sie am 01.12.2026 an. Der Betrag von 49,99 EUR wird abgebucht."
    assert "CONTENT_CALLBACK_ONLY" not in _ids(text)


# --- 2. QR codes drawn with vector squares ----------------------------------------------------


def _vector_qr_pdf(url: str, text: str) -> bytes:
    barcode = zxingcpp.create_barcode(url, zxingcpp.BarcodeFormat.QRCode)
    image = barcode.to_image(scale=1, add_quiet_zones=False)
    pixels = bytes(memoryview(image))
    height, width = memoryview(image).shape or (0, 0)
    ops = [f"BT /F1 11 Tf 60 700 Td ({text}) Tj ET", "0 0 0 rg"]
    for row in range(height):
        for col in range(width):
            if pixels[row * width + col] < 128:
                ops.append(f"{60 + col * 5} {600 - row * 5} 5 5 re")
    ops.append("f")
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _first_page_qr(pdf: bytes) -> list[str]:
    return vector_qr_texts(pypdf.PdfReader(io.BytesIO(pdf)).pages[0])


def test_vector_qr_is_read() -> None:
    pdf = _vector_qr_pdf("https://mfa-renew.example-pages.dev/?id=42", "Scan the code")
    assert _first_page_qr(pdf) == ["https://mfa-renew.example-pages.dev/?id=42"]


def test_vector_qr_in_attached_pdf_is_found() -> None:
    pdf = _vector_qr_pdf(
        "https://mfa-renew.example-pages.dev/?id=42",
        "Scan the code with your phone to sign in and re-enrol.",
    )
    raw = make_message(
        from_="IT Service Desk <helpdesk@school.example.org>",
        subject="MFA re-enrolment required",
        text="Instructions are in the attached document.",
        attachments=[("MFA.pdf", "application/pdf", pdf)],
    )
    assert "ATTACH_QR_LINK" in finding_ids(scan_offline(raw))


def test_table_of_squares_without_a_code_is_not_a_qr() -> None:
    ops = "\n".join(f"{x * 10} {y * 10} 5 5 re" for x in range(20) for y in range(20)) + "\nf"
    writer = pypdf.PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(ops.encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    assert _first_page_qr(out.getvalue()) == []


def test_page_without_contents_or_garbage_has_no_qr() -> None:
    writer = pypdf.PdfWriter()
    blank = writer.add_blank_page(612, 792)
    assert vector_qr_texts(blank) == []
    garbage = writer.add_blank_page(612, 792)
    stream = DecodedStreamObject()
    stream.set_data(b"%PDF" + b"1 1 1 1 re " * 5000 + b"\x00\xff")
    garbage[NameObject("/Contents")] = writer._add_object(stream)
    assert vector_qr_texts(garbage) == []
    assert vector_qr_texts(None) == []


def test_garbage_attachment_is_no_pdf_and_no_crash() -> None:
    for data in (b"", b"%PDF-1.7\n" + b"\x00" * 500, b"not a pdf", b"%PDF" + b"1 1 1 1 re " * 5000):
        raw = make_message(
            from_="a@b.example", subject="doc", text="see attached",
            attachments=[("x.pdf", "application/pdf", data)],
        )
        assert "ATTACH_QR_LINK" not in finding_ids(scan_offline(raw))


# --- 3. phrases that name the scam ------------------------------------------------------------


def test_crypto_recovery_phrases() -> None:
    assert "scam_crypto" in _categories("Lost crypto to a scam? No recovery, no fee.")
    assert "scam_crypto" in _categories("We recover stolen crypto for victims.")


def test_loan_and_job_fee_phrases() -> None:
    assert "scam_advance_fee" in _categories("Offro un prestito tra privati, anche protestati.")
    assert "scam_job" in _categories("Pague a taxa do kit, reembolsada no primeiro salário.")
    assert "scam_job" in _categories("Your tasks involve reviewing and rating products.")


def test_honest_offers_do_not_say_the_mechanism() -> None:
    honest = (
        "Check your rate in minutes with no impact on your credit score. "
        "We are pleased to offer you the position of data analyst starting in March. "
        "Our blockchain analytics newsletter: this week in DeFi."
    )
    assert not _categories(honest) & {"scam_advance_fee", "scam_job", "scam_crypto"}
