from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_PDF_LINK_ONLY"


def _ids(data: bytes, from_: str = "Alice Example <alice@example.org>") -> set[str]:
    raw = make_message(from_=from_, attachments=[("Doc.pdf", "application/pdf", data)])
    return finding_ids(scan_offline(raw))


def test_fires_on_cover_page_with_one_button() -> None:
    data = build.pdf(("You have a new document", "VIEW DOCUMENT"), link="https://v.bad.example/")
    assert ID in _ids(data)


def test_silent_when_link_is_the_senders_own_site() -> None:
    data = build.pdf(("Your receipt",), link="https://shop.example.org/orders/1")
    assert ID not in _ids(data, from_="Shop <orders@example.org>")


def test_silent_on_a_real_document_with_a_footer_link() -> None:
    lines = tuple(f"Line {i}: 3 x widget at 12.50 EUR, to the warehouse" for i in range(20))
    data = build.pdf(lines, link="https://other.example.net/terms", link_rect=(72, 40, 200, 52))
    assert ID not in _ids(data)


def test_silent_on_many_pages() -> None:
    data = build.pdf(("Report",), link="https://v.bad.example/", pages=5)
    assert ID not in _ids(data)


def test_silent_when_the_body_shows_the_same_link() -> None:
    # A small business's invoice repeating its payment link: the PDF hides nothing.
    url = "https://pay.other.example.net/inv/17"
    data = build.pdf(("Invoice 17", "PAY NOW"), link=url)
    raw = make_message(
        text=f"Invoice 17 attached; you can also pay here: {url}",
        attachments=[("Doc.pdf", "application/pdf", data)],
    )
    assert ID not in finding_ids(scan_offline(raw))
