"""destinations.government_suffix: suffixes only public bodies register under."""

from __future__ import annotations

import pytest

from mailwarden.destinations import government_suffix
from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline

K = load_knowledge()


@pytest.mark.parametrize(
    ("domain", "suffix"),
    [
        ("camden.gov.uk", "gov.uk"),
        ("service.gov.uk", "gov.uk"),
        ("irs.gov", "gov"),
        ("impots.gouv.fr", "gouv.fr"),
        ("nsw.gov.au", "gov.au"),
        ("gov.uk", ""),  # the suffix itself is nobody's domain
        ("gov-uk.com", ""),
        ("camden.gov.uk.evil.example", ""),
        ("", ""),
    ],
)
def test_government_suffix(domain: str, suffix: str) -> None:
    assert government_suffix(domain, K) == suffix


def _password_changed(from_: str, href: str) -> set[str]:
    # Round 329: GOV.UK One Login's notice through GOV.UK Notify (service.gov.uk) speaks for
    # GOV.UK, whose domain the brand data gives as gov.uk, and links to account.gov.uk.
    text = (
        "You've changed the password for your GOV.UK One Login.\n"
        f"If you did not make this change, contact the GOV.UK One Login team: {href}"
    )
    raw = make_message(
        from_=from_, subject="You've changed your GOV.UK One Login password", text=text
    )
    return finding_ids(scan_offline(raw))


def test_a_public_body_speaking_for_another_under_its_suffix_stays_with_its_sender() -> None:
    ids = _password_changed(
        '"GOV.UK One Login" <noreply@notifications.service.gov.uk>',
        "https://home.account.gov.uk/contact-gov-uk-one-login",
    )
    assert "CONTENT_UNUSUAL_SIGNIN" not in ids


def test_a_domain_outside_the_suffix_speaking_for_gov_uk_is_judged() -> None:
    ids = _password_changed(
        '"GOV.UK One Login" <noreply@gov-uk-onelogin.co.uk>',
        "https://gov-uk-onelogin.co.uk/contact",
    )
    assert "CONTENT_UNUSUAL_SIGNIN" in ids
