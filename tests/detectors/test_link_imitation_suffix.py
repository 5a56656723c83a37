"""link_imitation_suffix: links under private suffixes that pose as country domains."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import imitation_suffix
from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_IMITATION_SUFFIX"


def test_link_under_imitation_suffix_fires() -> None:
    html = '<a href="http://createmyrewards.sa.com/4iwrXZ">SHARE YOUR THOUGHTS NOW</a>'
    raw = make_message(from_="Survey <s@example.org>", text=None, html=html)
    assert ID in finding_ids(scan_offline(raw))


def test_brand_under_imitation_suffix_is_a_lookalike() -> None:
    raw = make_message(from_="Lidl <promo@lidl.it.com>", text="Gutschein für Sie")
    ids = finding_ids(scan_offline(raw))
    assert "BRAND_LOOKALIKE_SENDER" in ids


def test_ordinary_country_domains_are_silent() -> None:
    html = (
        '<a href="https://www.example.co.uk/">shop</a>'
        '<a href="https://news.example.com.au/">news</a>'
    )
    raw = make_message(from_="Shop <news@example.co.uk>", text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))


def test_sender_own_domain_is_silent() -> None:
    html = '<a href="https://www.acme.uk.com/catalogue">catalogue</a>'
    raw = make_message(from_="Acme <sales@acme.uk.com>", text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))


def test_suffix_matching() -> None:
    k = load_knowledge()
    assert imitation_suffix("lidl.it.com", k) == "it.com"
    assert imitation_suffix("it.com", k) == ""
    assert imitation_suffix("example.com", k) == ""
