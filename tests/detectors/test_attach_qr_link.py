from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_QR_LINK"


def test_fires_on_qr_png_with_url() -> None:
    png = build.qr_png("https://mfa-reset.bad.example/?u=bob", canvas=(700, 500))
    result = scan_offline(make_message(attachments=[("MFA.png", "image/png", png)]))
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["domain"] == "bad.example"
    assert finding.evidence["file"] == "MFA.png"
    assert finding.evidence["url"] == "https://mfa-reset.bad.example/?u=bob"


def test_fires_on_qr_inside_pdf() -> None:
    data = build.pdf(("Scan to keep your mailbox",), qr="https://pdf.bad.example/")
    result = scan_offline(make_message(attachments=[("scan.pdf", "application/pdf", data)]))
    assert ID in finding_ids(result)


def test_silent_on_image_without_qr() -> None:
    raw = make_message(attachments=[("logo.png", "image/png", build.plain_png())])
    assert ID not in finding_ids(scan_offline(raw))


def test_silent_on_qr_without_url() -> None:
    png = build.qr_png("BEGIN:VCARD\nFN:Alice Example\nEND:VCARD")
    raw = make_message(attachments=[("card.png", "image/png", png)])
    assert ID not in finding_ids(scan_offline(raw))
