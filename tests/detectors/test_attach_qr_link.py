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


LURE = "ATTACH_QR_LURE"


def test_qr_lure_fires_on_scan_and_sign_in_pdf() -> None:
    data = build.pdf(
        ("Payroll notice", "Scan the QR code with your phone and sign in to confirm."),
        qr="https://payroll-portal.bad.example/hr",
    )
    result = scan_offline(make_message(attachments=[("notice.pdf", "application/pdf", data)]))
    finding = next(f for f in result.findings if f.id == LURE)
    assert finding.evidence["url"] == "https://payroll-portal.bad.example/hr"


def test_qr_lure_silent_on_ticket_qr() -> None:
    # An event ticket: scan at the entrance, no sign-in, no account lure.
    data = build.pdf(
        ("Your ticket", "Scan the QR code at the entrance. Doors open at 7 pm."),
        qr="https://tickets.venue.example/t/4471",
    )
    result = scan_offline(make_message(attachments=[("ticket.pdf", "application/pdf", data)]))
    assert LURE not in finding_ids(result)
    assert ID in finding_ids(result)


def test_qr_lure_fires_on_a_scan_to_a_page_anyone_can_build() -> None:
    # Closing documents "open on your phone": no sign-in word, but the code leads to web.app.
    data = build.pdf(
        ("Closing Disclosure", "Final wire instructions for 1147 Birchwood Ln."),
        qr="https://closing-docs-8zca8.web.app/?tx=PT-20699",
    )
    raw = make_message(
        text="The document opens on your mobile device - just scan the QR code on the attachment.",
        attachments=[("Closing_Disclosure.pdf", "application/pdf", data)],
    )
    finding = next(f for f in scan_offline(raw).findings if f.id == LURE)
    assert finding.evidence["url"] == "https://closing-docs-8zca8.web.app/?tx=PT-20699"


def test_qr_lure_silent_on_a_scan_to_the_ticket_sellers_own_site() -> None:
    data = build.pdf(("Your ticket",), qr="https://tickets.venue.example/t/4471")
    raw = make_message(
        text="Scan the QR code at the entrance.",
        attachments=[("ticket.pdf", "application/pdf", data)],
    )
    assert LURE not in finding_ids(scan_offline(raw))
