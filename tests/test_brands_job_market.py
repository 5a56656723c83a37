"""Job boards, freelance marketplaces, payout services and background-check firms in the brand
data (round 333's fake Payoneer hold, Indeed assessment and MyADP pay-statement notices)."""

from __future__ import annotations

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline


def _ids(from_: str, subject: str, text: str) -> set[str]:
    return finding_ids(scan_offline(make_message(from_=from_, subject=subject, text=text)))


def test_a_payout_service_named_by_another_domain_is_a_mismatch() -> None:
    ids = _ids(
        "Payoneer <support@payoneer-accountreview.example>",
        "Incoming payment on hold",
        "Your incoming payment is on hold. Confirm details: https://payoneer-accountreview.example/",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in ids


def test_indeed_is_claimed_in_mail_about_jobs_only() -> None:
    job = _ids(
        "Indeed Hiring Team <talentdesk@mailbox.example>",
        "Complete your assessment",
        "Your application was shortlisted by the employer. Start: https://assess.example/",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in job
    # "Indeed" as a word, in a message about nothing like a job, claims nothing.
    word = _ids(
        "Indeed <hello@indeed-bakery.example>",
        "Our Christmas opening hours",
        "We open at 8 on Christmas Eve. Menu: https://indeed-bakery.example/menu",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in word


def test_the_myadp_portal_claims_adp() -> None:
    raw = make_message(
        from_="Employee Services <notifications@payroll-notices.example>",
        subject="MyADP: your pay statement is ready",
        text="Sign in to MyADP to view it.",
    )
    claims = claimed_brands(parse(raw), load_knowledge())
    assert ("ADP", "subject") in {(c.brand.name, c.where) for c in claims}
