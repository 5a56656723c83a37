"""Links inside attachments are the file's, not where the mail sends its reader
(``destinations.is_followed_link``): a bank-change BEC with a letterhead link in its PDF is
judged like one with no link; a vendor's genuine invoice stays clean."""

from __future__ import annotations

from mailwarden.destinations import is_followed_link
from mailwarden.message.urls import make_link
from tests.helpers import finding_ids, make_message, scan_offline


def _pdf_with_link(url: str, line: str) -> bytes:
    """A one-page PDF whose letterhead carries a link annotation to ``url``."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Link /Rect [60 700 400 740] /Border [0 0 0]"
        b" /A << /S /URI /URI (" + url.encode() + b") >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    size = len(objects) + 1
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


_LETTER = _pdf_with_link("https://northgate-metals.example.com", "Northgate Metals Ltd")


_BANK_CHANGE = (
    "Hello,\n\nPlease note we have changed our bank details following our yearly audit, so all"
    " outstanding and future payments should go to the new account shown in the attached"
    " letter. The old account can no longer receive funds.\n\nCould you confirm when invoice"
    " 5521 will be settled?\n\nRegards,\nRuth Abbott\nAccounts, Northgate Metals Ltd\n"
)


def test_attachment_link_does_not_hide_bec_reply_diversion() -> None:
    raw = make_message(
        from_="Ruth Abbott <r.abbott@northgate-metals.example.com>",
        subject="RE: updated remittance details",
        text=_BANK_CHANGE,
        headers=[("Reply-To", "Ruth Abbott <ruth.abbott.northgate@outlook.com>")],
        attachments=[("Bank_Letter.pdf", "application/pdf", _LETTER)],
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert "SENDER_REPLY_DIVERTED_PAYMENT" in ids, ids
    assert "CONTENT_SCAM_BEC" in ids, ids  # not excused as the sender's own notice
    assert result.verdict.value == "phishing"


def test_vendor_invoice_with_letterhead_link_stays_clean() -> None:
    # The same vendor's ordinary invoice: replies to its own domain, letterhead link in the PDF.
    raw = make_message(
        from_="Ruth Abbott <r.abbott@northgate-metals.example.com>",
        subject="Invoice 5522 - Northgate Metals",
        text="Hello,\n\nPlease find attached invoice 5522 for the November delivery, due in 30"
        " days.\n\nRegards,\nRuth Abbott\nAccounts, Northgate Metals Ltd\n",
        headers=[("Reply-To", "accounts@northgate-metals.example.com")],
        attachments=[("Invoice_5522.pdf", "application/pdf", _LETTER)],
    )
    result = scan_offline(raw)
    assert "SENDER_REPLY_DIVERTED_PAYMENT" not in finding_ids(result)
    assert result.verdict.value == "clean", result.findings


def test_only_links_in_the_mail_itself_are_followed() -> None:
    body = make_link("https://example.com/a", "", "html")
    text = make_link("https://example.com/b", "", "text")
    attached = make_link("https://example.com/c", "", "attachment:letter.pdf")
    qr = make_link("https://example.com/d", "", "qr:code.png")
    image = make_link("https://example.com/e.png", "", "image")
    assert body is not None and text is not None and attached is not None
    assert qr is not None and image is not None
    assert is_followed_link(body) and is_followed_link(text)
    assert not is_followed_link(attached) and not is_followed_link(qr)
    assert not is_followed_link(image)

