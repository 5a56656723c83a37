"""Lure vocabulary added for the misses of held-out rounds 10 and 11 (and their kin in earlier
rounds): a chat platform's missed-message notice next to a page anyone can publish, the
mechanism of fake trading balances; gig adverts are no job scam."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _scan(**kwargs: str) -> set[str]:
    return finding_ids(scan_offline(make_message(**kwargs)))


_TEAMS_TEXT = (
    "Dana Whitfield sent you a message in Microsoft Teams\n\n"
    "Can you look at the revised schedule before noon?\n\n"
    "Reply in Teams [ https://chat-preview-77.netlify.app/?t=19 ]\n\n"
    "Microsoft Teams, One Microsoft Way, Redmond WA.\n"
)


def test_teams_missed_message_to_hosting_fires() -> None:
    ids = _scan(
        from_="Dana Whitfield <dana.whitfield@example-builders.com>",
        subject="You have 2 unread messages in Teams",
        text=_TEAMS_TEXT,
    )
    assert "LINK_USER_CONTENT_HOST" in ids


def test_teams_mentioned_with_own_link_is_silent() -> None:
    # A colleague saying "reply in Teams" with a link to the company's own site judges nothing.
    ids = _scan(
        from_="Dana Whitfield <dana.whitfield@example-builders.com>",
        subject="Schedule",
        text="I posted the schedule, reply in Teams when you can: "
        "https://intranet.example-builders.com/schedule\n",
    )
    assert "LINK_USER_CONTENT_HOST" not in ids


def test_fake_trading_balance_is_unmistakable() -> None:
    ids = _scan(
        from_="Nora from TradeNova <nora@tradenova-example.com>",
        subject="Your AI trading account earned $1,920",
        text="Your balance: $2,170.00 (activate to withdraw). A personal account manager "
        "will call you to help with your first deposit. https://tradenova-example.com/a\n",
    )
    assert {"CONTENT_SCAM_CRYPTO", "CONTENT_LURE_UNMISTAKABLE"} <= ids


def test_exchange_withdrawal_notice_is_not_unmistakable() -> None:
    ids = _scan(
        from_="Exchange <notices@exchange.example>",
        subject="Withdrawal processed",
        text="Your withdrawal of 0.1 ETH was processed. Network fee: 0.001 ETH.\n",
    )
    assert "CONTENT_LURE_UNMISTAKABLE" not in ids


def test_gig_platform_ad_is_no_job_scam() -> None:
    # "Paid daily" and "no experience needed" are what gig platforms and shops advertise too:
    # they are not scam phrases on their own.
    ids = _scan(
        from_="Courier Team <hello@deliveries.example>",
        subject="Drive with us this winter",
        text="Get paid daily with Fast Pay. No experience needed: sign up in the app.\n",
    )
    assert "CONTENT_SCAM_JOB" not in ids


def test_ordinary_job_ad_is_silent() -> None:
    ids = _scan(
        from_="Careers <careers@example-hospital.org>",
        subject="Open position: night nurse",
        text="We are hiring a night nurse, 38 hours per week. Apply on our site: "
        "https://example-hospital.org/careers\n",
    )
    assert "CONTENT_SCAM_JOB" not in ids
