"""link_text_mismatch: the text shows one domain, the link goes to another."""

from __future__ import annotations

from mailwarden.detectors.link_text_mismatch import shown_host
from tests.helpers import finding_ids, make_message, scan_offline


def test_brand_domain_shown_other_target_fires() -> None:
    html = '<a href="https://secure-check.example.top/pp">https://www.paypal.com/signin</a>'
    raw = make_message(from_="Service <a@example.org>", text=None, html=html)
    result = scan_offline(raw)
    assert "LINK_TEXT_MISMATCH" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "LINK_TEXT_MISMATCH")
    assert finding.evidence["shown"] == ["www.paypal.com"]


def test_brand_own_click_tracking_is_silent() -> None:
    html = '<a href="https://click.email.paypal.com/?qs=abc">www.paypal.com</a>'
    raw = make_message(from_="PayPal <service@paypal.com>", text=None, html=html)
    assert "LINK_TEXT_MISMATCH" not in finding_ids(scan_offline(raw))


def test_safelinks_around_the_shown_domain_is_silent() -> None:
    href = (
        "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.paypal.com%2F&data=x"
    )
    raw = make_message(text=None, html=f'<a href="{href}">www.paypal.com</a>')
    assert "LINK_TEXT_MISMATCH" not in finding_ids(scan_offline(raw))


def test_newsletter_click_tracker_is_silent() -> None:
    html = '<a href="https://click.esp-mailer.example/t/abc123">www.shop-example.com</a>'
    raw = make_message(from_="Shop <news@shop-example.com>", text=None, html=html)
    assert "LINK_TEXT_MISMATCH" not in finding_ids(scan_offline(raw))


def test_shown_domain_to_free_hosting_fires() -> None:
    html = '<a href="https://invoice-2291.web.app/">www.acme-invoices.com</a>'
    raw = make_message(from_="Billing <b@example.org>", text=None, html=html)
    assert "LINK_TEXT_MISMATCH" in finding_ids(scan_offline(raw))


def test_shown_host_parsing() -> None:
    assert shown_host("www.PayPal.com") == "www.paypal.com"
    assert shown_host("https://login.example.org/x?y=1") == "login.example.org"
    assert shown_host("Click https://example.net/a now") == "example.net"
    assert shown_host("Click here") == ""
    assert shown_host("") == ""


def test_brand_shown_over_an_esp_click_tracker_is_silent() -> None:
    # A club's Mailchimp newsletter: "forms.gle/..." and "paypal.com/..." as link texts, every
    # href rewritten to the account's click tracker, whose destination is not in the URL.
    html = (
        '<a href="https://meadowbankresi.us18.list-manage.com/track/click?u=3b&id=34">'
        "www.paypal.com/donate</a>"
    )
    raw = make_message(from_="Residents <news@meadowbank-ra.example>", text=None, html=html)
    assert "LINK_TEXT_MISMATCH" not in finding_ids(scan_offline(raw))


def test_brand_shown_over_a_tracker_that_shows_elsewhere_fires() -> None:
    # A tracker that writes its destination into the URL is judged by that destination.
    html = (
        '<a href="https://r20.rs6.net/tn.jsp?f=1&ch=https://paypal-verify.example.top/x">'
        "www.paypal.com</a>"
    )
    raw = make_message(from_="Service <a@example.org>", text=None, html=html)
    assert "LINK_TEXT_MISMATCH" in finding_ids(scan_offline(raw))
