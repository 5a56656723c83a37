"""content_spam_image_only: a message that is a linked remote image and little text."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SPAM_IMAGE_ONLY"

BANNER = (
    '<html><body><a href="https://deals.example.com/c?id=7">'
    '<img src="https://cdn.example.com/banner.jpg" width="600"></a>'
    '<p>click here to remove yourself from our emails list</p></body></html>'
)


def test_linked_banner() -> None:
    raw = make_message(from_="Offers <promo@sender.example.org>", text=None, html=BANNER)
    assert ID in finding_ids(scan_offline(raw))


def test_banner_with_real_text_is_fine() -> None:
    words = " ".join(["Our summer programme has many events for members."] * 6)
    html = BANNER.replace("<p>", f"<p>{words} ")
    raw = make_message(from_="Offers <promo@sender.example.org>", text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))


def test_signature_logo_to_own_site_is_fine() -> None:
    html = (
        "<p>Thanks, see you tomorrow.</p><p>Jane</p>"
        '<a href="https://www.example.org/"><img src="https://www.example.org/logo.png"></a>'
    )
    raw = make_message(from_="Jane <jane@example.org>", text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))


def test_inline_logo_is_fine() -> None:
    html = '<p>Thanks!</p><a href="https://other.example.com/"><img src="cid:logo@x"></a>'
    raw = make_message(from_="Jane <jane@example.org>", text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))
