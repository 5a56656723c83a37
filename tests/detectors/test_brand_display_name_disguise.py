"""brand_display_name: brands written in disguise, and the newly listed regional brands."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _finding(sender: str) -> dict[str, object] | None:
    result = scan_offline(make_message(from_=sender))
    for finding in result.findings:
        if finding.id == "BRAND_DISPLAY_NAME_MISMATCH":
            return dict(finding.evidence)
    return None


def test_disguised_brand_fires_and_says_how() -> None:
    evidence = _finding("PayPaI Service <service@pay-care.example>")
    assert evidence is not None
    assert evidence["brand"] == ["PayPal"]
    assert evidence["disguised"] == ["PayPaI (homoglyph)"]
    evidence = _finding("Amie from Iedger <amie@wallet.example>")
    assert evidence is not None and evidence["disguised"] == ["Iedger (homoglyph)"]


def test_plain_claim_has_no_disguise_evidence() -> None:
    evidence = _finding("PayPal Service <service@pay-care.example>")
    assert evidence is not None and "disguised" not in evidence


def test_regional_brands_fire_from_other_domains() -> None:
    for sender in (
        "Correios <alerta@entrega.example>",
        "Sparkasse Kundenservice <info@konto-check.example>",
        "ABN AMRO <info@bank-veilig.example>",
        "Trust Wallet <support@wallet-sync.example>",
        "Kraken Support <help@exchange-desk.example>",
        "Home Depot <winner@rewards.example>",
    ):
        assert _finding(sender) is not None, sender


def test_brand_senders_and_people_stay_silent() -> None:
    for sender in (
        "Correios <noreply@correios.com.br>",
        "Rabobank <info@rabobank.nl>",
        "Ledger <hello@ledger.com>",
        "Otto Schmidt <otto@example.org>",
        "Sky Walker <sky@example.org>",
        "Target Marketing Group <news@tmg.example>",
        # A colleague whose surname carries its own accent (round 308), not Nordstrom.
        "Eva Nordström <eva.nordstrom@lansforsakringar.se>",
    ):
        result = scan_offline(make_message(from_=sender))
        assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(result), sender


def test_a_look_alike_letter_in_a_personal_name_still_disguises() -> None:
    # Cyrillic "о" in the brand's name is no accent of a surname.
    raw = make_message(from_="Eva Nordstr\u043em <eva@mailer.example>")
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))
