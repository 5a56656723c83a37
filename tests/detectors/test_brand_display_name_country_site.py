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


def _linkless_ids(text: str, **kw: object) -> set[str]:
    raw = make_message(from_="Lidl Ireland <service@lidl.ie>", text=text, **kw)  # type: ignore[arg-type]
    return finding_ids(scan_offline(raw))


def test_a_linkless_notice_from_the_country_site_is_the_brand() -> None:
    assert ID not in _linkless_ids("Your Lidl Plus card expires at the end of the month.")


def test_a_linkless_notice_that_attaches_a_file_or_diverts_replies_is_judged() -> None:
    text = "Your Lidl Plus card expires at the end of the month."
    attached = _linkless_ids(text, attachments=[("card.html", "text/html", b"<p>x</p>")])
    assert ID in attached
    diverted = _linkless_ids(text, headers=[("Reply-To", "lidl.ireland@gmail.com")])
    assert ID in diverted


def test_a_linkless_call_about_a_charge_is_judged() -> None:
    text = (
        "Your order of EUR 499.99 has been charged to your card. If you did not make this "
        "purchase, call us at +353 1 555 0199."
    )
    assert ID in _linkless_ids(text)
