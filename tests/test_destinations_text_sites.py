"""stays_with_sender for notices that name their sender's site as text instead of linking."""

from __future__ import annotations

import pytest

from mailwarden.destinations import stays_with_sender, text_sites
from mailwarden.detectors import Context
from mailwarden.message.parse import Message
from mailwarden.result import AuthSummary
from tests.helpers import make_message, offline_engine, scan_offline

NOTICE = (
    "We were unable to process your payment. Please update your payment method in your "
    "account settings on {site} or in the app.\n\nAccount: {site}/account\n"
)


def _stays(raw: bytes) -> bool:
    engine = offline_engine()
    ctx = Context(auth=AuthSummary(), knowledge=engine.knowledge, policy=engine.policy)
    return stays_with_sender(Message(raw), ctx)


def test_text_sites_finds_hosts_not_addresses_files_or_abbreviations() -> None:
    text = (
        "Visit netflix.com/account or help.netflix.com. Mailed to dan@example.org, see "
        "invoice.pdf, e.g. U.S. offers; www.PayPal.de! https://x.example.com/a 10.25"
    )
    assert text_sites(text) == ["netflix.com", "help.netflix.com", "paypal.de"]


@pytest.mark.parametrize("garbage", ["", " ", "." * 5000, "a." * 3000 + "com", "\x00\udcff.com"])
def test_text_sites_on_odd_input(garbage: str) -> None:
    assert isinstance(text_sites(garbage), list)


def test_a_brand_notice_naming_only_its_own_site_stays() -> None:
    raw = make_message(
        from_="Netflix <info@account.netflix.com>",
        subject="Your payment was declined",
        text=NOTICE.format(site="netflix.com") + "Help Center: help.netflix.com",
    )
    assert _stays(raw)
    result = scan_offline(raw)
    assert result.verdict == "clean"
    assert "CONTENT_ACCOUNT_PROBLEM" not in {f.id for f in result.findings}


@pytest.mark.parametrize(
    ("from_", "text"),
    [
        # names no site at all: a lure that asks for a reply or a call
        ("Netflix <info@account.netflix.com>", "Your payment failed. Call 1-800-555-0100."),
        # names a site that is not the sender's
        ("Netflix <info@account.netflix.com>", NOTICE.format(site="netflix-billing.top")),
        # a look-alike sender naming its own site, speaking for Netflix
        (
            "Netflix <billing@netflix-account-billing.com>",
            NOTICE.format(site="netflix-account-billing.com"),
        ),
    ],
)
def test_other_sites_or_none_do_not_stay(from_: str, text: str) -> None:
    assert not _stays(make_message(from_=from_, subject="Your payment was declined", text=text))


def test_a_lookalike_notice_naming_its_own_site_is_still_flagged() -> None:
    raw = make_message(
        from_="Netflix <billing@netflix-account-billing.com>",
        subject="Your payment was declined - update your payment method",
        text=NOTICE.format(site="netflix-account-billing.com")
        + "Your account will be suspended within 24 hours.",
    )
    assert scan_offline(raw).verdict != "clean"
