"""content_cta_only: a few words around one link to a site that is not the sender's."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_CTA_ONLY"

BAIT = (
    "<p>You have a new match waiting.</p>"
    '<p><a href="https://match-now.example/x">See her profile</a></p>'
)


def ids(html: str, from_: str = "Dating <info@mailer.example>") -> set[str]:
    return finding_ids(scan_offline(make_message(from_=from_, text=None, html=html)))


def test_short_bait_to_outside_site() -> None:
    assert ID in ids(BAIT)


def test_link_to_own_site_is_fine() -> None:
    html = BAIT.replace("match-now.example", "www.mailer.example")
    assert ID not in ids(html)


def test_explained_message_is_fine() -> None:
    words = " ".join(["We changed how your reading list syncs between devices."] * 4)
    assert ID not in ids(f"<p>{words}</p>" + BAIT)


def test_two_destinations_are_not_one_button() -> None:
    html = BAIT + '<p><a href="https://other-site.example/">More</a></p>'
    assert ID not in ids(html)


def test_bare_url_is_not_hidden() -> None:
    html = '<p>Here: <a href="https://match-now.example/x">https://match-now.example/x</a></p>'
    assert ID not in ids(html)


def test_no_links() -> None:
    assert ID not in ids("<p>See you at noon.</p>")
