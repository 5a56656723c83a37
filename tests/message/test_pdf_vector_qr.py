"""``message.pdf_vector_qr``: QR codes drawn with vector squares in a PDF are decoded; tables,
empty pages and garbage are not codes and never raise."""

from __future__ import annotations

import io

import pypdf
import zxingcpp
from pypdf.generic import DecodedStreamObject, NameObject

from mailwarden.message.pdf_vector_qr import vector_qr_texts
from tests.helpers import finding_ids, make_message, scan_offline


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

