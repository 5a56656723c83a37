"""brand_display_name: a display name claiming a brand the sender is not."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_brand_display_name_from_other_domain_fires() -> None:
    for sender in (
        "Microsoft Outlook <noreply@mail-quota.example>",
        "OneDrive <share@example.org>",
        "SharePoint Online <no-reply@example.info>",
        "PayPal Service <service@example.com>",
        "Microsoft 365 Admin <admin@contoso.onmicrosoft.com>",
    ):
        result = scan_offline(make_message(from_=sender))
        assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(result), sender


def test_brand_display_name_from_brand_domain_is_silent() -> None:
    for sender in (
        "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        "SharePoint Online <no-reply@sharepointonline.com>",
        "PayPal <service@paypal.com>",
        "Alice Smith <alice@example.org>",
        "Chase Miller <chase@example.org>",
    ):
        result = scan_offline(make_message(from_=sender))
        assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(result), sender


def test_a_brand_in_its_own_script_is_claimed_in_capitals_and_lower_case() -> None:
    # Greek look-alike folding depends on case: "ΕΛΤΑ" and "ελτα" must both claim ELTA.
    for sender in ("ΕΛΤΑ Courier <info@elta-delivery.example>", "ελτα <info@parcel.example>"):
        result = scan_offline(make_message(from_=sender))
        assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(result), sender


def test_a_name_several_brands_carry_claims_whichever_the_sender_is() -> None:
    # "Raiffeisenbank": Germany's cooperative banks (Volksbank) and Raiffeisen's Czech bank.
    own = scan_offline(make_message(from_="Raiffeisenbank <newsletter@rb.cz>"))
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(own)
    other = scan_offline(make_message(from_="Raiffeisenbank <sicherheit@rb-konto.example>"))
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(other)


def test_a_brand_in_its_own_script_is_no_homoglyph_disguise() -> None:
    from mailwarden.claims import claimed_brands
    from mailwarden.knowledge import load_knowledge
    from mailwarden.message.parse import Message

    msg = Message(make_message(from_="ΕΛΤΑ Courier <info@elta-delivery.example>"))
    claims = [c for c in claimed_brands(msg, load_knowledge()) if c.brand.name == "ELTA"]
    assert claims and not claims[0].disguise
