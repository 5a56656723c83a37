"""sender_display_name_spoof: another address or a brand domain shown in the display name."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_other_address_in_display_name() -> None:
    raw = make_message(from_='"support@paypal.com" <billing@evil.example>')
    result = scan_offline(raw)
    found = [f for f in result.findings if f.id == "SENDER_DISPLAY_NAME_SPOOF"]
    assert len(found) == 1
    assert found[0].evidence["shown"] == "support@paypal.com"


def test_same_organisation_address_is_fine() -> None:
    raw = make_message(from_='"alice@example.org" <alice@mail.example.org>')
    assert "SENDER_DISPLAY_NAME_SPOOF" not in finding_ids(scan_offline(raw))


def test_brand_domain_in_display_name() -> None:
    raw = make_message(from_='"microsoft.com Security" <alerts@evil.example>')
    assert "SENDER_DISPLAY_NAME_SPOOF" in finding_ids(scan_offline(raw))


def test_honest_domain_style_name_is_fine() -> None:
    raw = make_message(from_='"Shop.example" <news@shop.example>')
    assert "SENDER_DISPLAY_NAME_SPOOF" not in finding_ids(scan_offline(raw))


def test_a_name_the_sender_sits_under_is_no_spoof() -> None:
    raw = make_message(
        from_='"GOV.UK" <noreply@notifications.service.gov.uk>',
        subject="Your eVisa",
        text="Your eVisa details were updated.",
    )
    assert "SENDER_DISPLAY_NAME_SPOOF" not in finding_ids(scan_offline(raw))


def test_the_brands_parent_department_is_the_brand() -> None:
    # CMS (medicare.gov) is an agency of HHS, whose mail service sends for it.
    raw = make_message(
        from_='"Medicare.gov" <medicare@subscriptions.cms.hhs.gov>',
        html='<p>Your plan.</p><p><a href="https://www.medicare.gov/">medicare.gov</a></p>',
        text=None,
    )
    assert "SENDER_DISPLAY_NAME_SPOOF" not in finding_ids(scan_offline(raw))


def test_an_italian_certified_mail_envelope_names_its_sender_by_law() -> None:
    envelope = '"Per conto di: amministrazione@pec.idraulica.example"'
    raw = make_message(
        from_=f"{envelope} <posta-certificata@legalmail.it>",
        text="Messaggio di posta certificata.",
    )
    assert "SENDER_DISPLAY_NAME_SPOOF" not in finding_ids(scan_offline(raw))
    other = make_message(
        from_=f"{envelope} <avvisi@legalmail.it>",
        text="Messaggio di posta certificata.",
    )
    assert "SENDER_DISPLAY_NAME_SPOOF" in finding_ids(scan_offline(other))
