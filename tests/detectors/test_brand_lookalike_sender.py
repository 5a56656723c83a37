"""brand_lookalike_sender: From domains that imitate brand domains."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_lookalike_sender_fires() -> None:
    raw = make_message(from_="Service <service@paypa1.com>")
    result = scan_offline(raw)
    assert "BRAND_LOOKALIKE_SENDER" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "BRAND_LOOKALIKE_SENDER")
    assert finding.evidence["brand"] == "PayPal"
    assert finding.evidence["kind"] == "homoglyph"


def test_brand_in_front_of_other_domain_fires() -> None:
    raw = make_message(from_="Support <no-reply@office365.com.mail-notice.example>")
    assert "BRAND_LOOKALIKE_SENDER" in finding_ids(scan_offline(raw))


def test_real_brand_and_ordinary_senders_are_silent() -> None:
    for sender in (
        "PayPal <service@paypal.com>",
        "Microsoft <msa@accountprotection.microsoft.com>",
        "Bob <bob@example.org>",
        "Morton Salt <news@morton.com>",
    ):
        assert "BRAND_LOOKALIKE_SENDER" not in finding_ids(scan_offline(make_message(from_=sender)))
