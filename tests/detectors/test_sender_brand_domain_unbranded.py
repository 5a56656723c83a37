"""SENDER_BRAND_DOMAIN_UNBRANDED: a brand's own sending domain carrying someone else's pitch."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_BRAND_DOMAIN_UNBRANDED"


def _html(text: str, link: str) -> str:
    return f'<p>{text}</p><p><a href="{link}">Bekijk het aanbod</a></p>'


def test_a_brand_newsletter_domain_selling_someone_elses_solar_panels() -> None:
    raw = make_message(
        from_="Adviescentrum Slim Besparen <do_not_reply@info-flyingblue.com>",
        subject="Bespaar direct op je energierekening met je eigen stroom",
        html=_html(
            "Met een thuisbatterij verlaag je je energierekening.",
            "https://track.emailservicesnetau.example/c/9f2",
        ),
    )
    found = finding_ids(scan_offline(raw))
    assert {ID, "SENDER_ORG_UNRELATED"} <= found


def test_the_brands_own_offer_names_the_brand() -> None:
    raw = make_message(
        from_="Adviescentrum Slim Besparen <do_not_reply@info-flyingblue.com>",
        subject="Bespaar op je energierekening en spaar Flying Blue Miles",
        html=_html(
            "Met een thuisbatterij verlaag je je energierekening. Flying Blue partneraanbod.",
            "https://track.emailservicesnetau.example/c/9f2",
        ),
    )
    assert ID not in finding_ids(scan_offline(raw))


def test_a_platform_receipt_for_its_customer_pitches_nothing() -> None:
    raw = make_message(
        from_="Linear <invoice+statements@stripe.com>",
        subject="Your receipt from Linear Orbit, Inc. #2617-4419",
        html=_html("Amount paid $96.00. Thanks for your business.", "https://u.sendgrid.example/x"),
    )
    assert ID not in finding_ids(scan_offline(raw))
