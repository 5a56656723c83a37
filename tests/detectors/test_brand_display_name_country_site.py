"""A multinational's site for one country that the brand data does not list (our own
messages): Lidl Ireland writes from lidl.ie, known as lidl.de and lidl.com."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "BRAND_DISPLAY_NAME_MISMATCH"


def _ids(from_: str, href: str) -> set[str]:
    html = f'<p>Enter our Christmas giveaway. <a href="{href}">Enter now</a></p>'
    return finding_ids(scan_offline(make_message(from_=from_, html=html, text=None)))


def test_the_brands_country_site_linking_to_itself_is_the_brand() -> None:
    assert ID not in _ids("Lidl Ireland <newsletter@lidl.ie>", "https://click.news.lidl.ie/c/1")


def test_the_same_name_linking_elsewhere_is_judged() -> None:
    assert ID in _ids("Lidl Ireland <newsletter@lidl.ie>", "https://lidl-gift.pages.dev/win")


def test_a_generic_suffix_is_not_a_country_site() -> None:
    assert ID in _ids("Lidl <newsletter@lidl.shop>", "https://www.lidl.shop/win")


def test_free_mail_under_a_country_suffix_is_not_microsofts_site() -> None:
    assert ID in _ids("Microsoft Account Team <security@outlook.es>", "https://outlook.es/x")
