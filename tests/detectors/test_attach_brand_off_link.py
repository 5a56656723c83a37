from mailwarden.message.attachments import analyse
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_BRAND_LINK_MISMATCH"
STRANGER = "Dana Reyes <dana@copper-kettle.example>"


def _pdf_ids(lines: tuple[str, ...], link: str, from_: str = STRANGER) -> set[str]:
    data = build.pdf(lines, link=link, link_rect=(72, 300, 300, 330))
    raw = make_message(
        from_=from_, text="See attachment.", attachments=[("Notice.pdf", "application/pdf", data)]
    )
    return finding_ids(scan_offline(raw))


def _page(body: str, name: str = "Notice.html", from_: str = STRANGER) -> bytes:
    html = f"<html><body>{body}</body></html>".encode()
    return make_message(
        from_=from_, text="See attachment.", attachments=[(name, "text/html", html)]
    )


def test_fires_on_a_signature_line_and_names_file_brand_and_domain() -> None:
    lines = (
        "Your refund is ready.",
        "Complete the form to receive it.",
        "Internal Revenue Service",
    )
    data = build.pdf(lines, link="https://irs-refund.tidal-loft.example/claim")
    raw = make_message(
        from_=STRANGER, text="", attachments=[("Refund.pdf", "application/pdf", data)]
    )
    finding = next(f for f in scan_offline(raw).findings if f.id == ID)
    assert finding.evidence["file"] == "Refund.pdf"
    assert finding.evidence["brand"] == "IRS"
    assert finding.evidence["domains"] == ["tidal-loft.example"]
    assert finding.evidence["url"] == "https://irs-refund.tidal-loft.example/claim"


def test_fires_on_a_labelled_sender_line() -> None:
    lines = ("Date : Monday", "Sender : INTERNAL REVENUE SERVICE", "Confirm the document now.")
    assert ID in _pdf_ids(lines, "https://docs.tidal-loft.example/x")


def test_fires_on_an_html_attachment_with_a_copyright_form() -> None:
    body = (
        "<p>We could not verify your payment method.</p>"
        '<a href="https://resolve.tidal-loft.example/pp">Resolve now</a>'
        "<p>&copy; 2025 PayPal. All rights reserved.</p>"
    )
    assert ID in finding_ids(scan_offline(_page(body)))


def test_silent_on_a_passing_mention_in_running_text() -> None:
    lines = (
        "Minutes of the board meeting",
        "We discussed whether to move our mail to Microsoft 365 or stay with our host.",
    )
    assert ID not in _pdf_ids(lines, "https://www.tidal-loft.example/minutes")


def test_silent_when_the_document_links_to_the_senders_site() -> None:
    lines = ("Microsoft 365", "Your Microsoft account migration guide")
    ids = _pdf_ids(lines, "https://www.copper-kettle.example/guide")
    assert ID not in ids


def test_silent_when_the_brand_sends_it() -> None:
    lines = ("PayPal Support", "Your monthly account statement")
    ids = _pdf_ids(lines, "https://help.tidal-loft.example/", from_="PayPal <service@paypal.com>")
    assert ID not in ids


def test_silent_on_a_brand_page_printed_with_the_printers_link() -> None:
    body = (
        "<p>Your Amazon account: order 114-22 has shipped.</p>"
        '<a href="https://www.amazon.com/orders">Your orders</a>'
        '<a href="https://pdf-printer.tidal-loft.example/">Printed with PagePrinter</a>'
    )
    assert ID not in finding_ids(scan_offline(_page(body)))


def test_silent_on_a_brand_heading_in_the_middle_of_a_list() -> None:
    # A partner's name above its offers, mid-page: a list heading, not the author.
    lines = ("Rewards club", "Offers for your points:", "Partners", "Internal Revenue Service")
    lines += ("Tax guide, 200 points", "Kettle, 900 points", "Blender, 1200 points")
    lines += ("Lamp, 300 points", "Mug, 50 points", "Scarf, 80 points", "Terms apply.")
    assert ID not in _pdf_ids(lines, "https://club.tidal-loft.example/redeem")


def test_silent_on_an_ordinary_word_heading() -> None:
    # "Outlook" is a bare-word keyword of Microsoft: a report's section title, no letterhead.
    lines = ("Quarterly report", "Outlook", "We expect demand to grow next quarter.")
    assert ID not in _pdf_ids(lines, "https://data.tidal-loft.example/q3")


def test_no_error_on_hostile_page_text() -> None:
    body = "<p>" + "\u202e\u0000\ufeff" * 3000 + "</p>" + '<a href="http://[::1">x</a>' * 40
    result = scan_offline(_page(body, name="x.htm"))
    assert "ENGINE_DETECTOR_ERROR" not in finding_ids(result)
    assert analyse(parse(_page(body))) is not None
