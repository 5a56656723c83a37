""""your <brand> statement" speaks as the brand: a claim when sent from elsewhere, nothing
from the brand itself or from an accountant asking for a statement."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

STATEMENT_HTML = (
    "<h2>Your IRS Statement is ready to review</h2>"
    "<p>Your IRS Statement is now available. View your statement online or download it.</p>"
    '<p><a href="https://cloud9.hosting-shared.example/~acct17/index.html">'
    "Download Your Statement</a></p><p>Sincerely, IRS Administration</p>"
)


def test_statement_of_a_brand_from_elsewhere_claims_the_brand() -> None:
    raw = make_message(
        from_="Statement- <info@digital-shop.example>",
        subject="See what's new: ID-64703",
        text=None,
        html=STATEMENT_HTML,
    )
    ids = finding_ids(scan_offline(raw))
    assert "BRAND_BODY_CLAIM_MISMATCH" in ids
    assert "LINK_OFF_BRAND" in ids


def test_brand_statement_from_the_brand_itself_is_clean() -> None:
    html = (
        "<p>Your Chase statement is ready. View your statement online.</p>"
        '<p><a href="https://secure.chase.com/statements">Sign in to view</a></p>'
    )
    raw = make_message(
        from_="Chase <no.reply.alerts@chase.com>",
        subject="Your statement is ready",
        text=None,
        html=html,
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in ids
    assert "LINK_OFF_BRAND" not in ids


def test_accountant_asking_for_a_statement_is_clean() -> None:
    text = (
        "Hi Tom, could you send me your Chase statement for March? I need it for the\n"
        "reconciliation. Our notes are at https://books.smith-accounting.example/notes\n"
        "Best, Ann Smith, Smith Accounting\n"
    )
    raw = make_message(from_="Ann Smith <ann@smith-accounting.example>", text=text)
    result = scan_offline(raw)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in finding_ids(result)
    assert result.verdict.value == "clean"

