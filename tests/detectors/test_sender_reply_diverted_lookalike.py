"""``SENDER_REPLY_DIVERTED_PAYMENT`` for replies to a look-alike of the sender's own domain, and
the edit-distance test behind it."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_reply_diverted import _near, _suffix_cut
from tests.helpers import finding_ids, scan_mail

DIVERTED = "SENDER_REPLY_DIVERTED_PAYMENT"


BANK_CHANGE = (
    "Hello AP team,\n\nDue to our audit we have changed our receiving bank. All payments"
    " should be made to the new account from today. Please confirm once updated.\n\nMia\n"
)


def test_reply_to_lookalike_domain_with_bank_change_fires() -> None:
    result = scan_mail(
        "Mia Ross <mia@harborsteel.com>",
        "Banking update",
        BANK_CHANGE,
        reply_to="Mia Ross <mia@harborsteels.com>",
    )
    assert DIVERTED in finding_ids(result)


def test_reply_to_other_suffix_or_no_payment_is_silent() -> None:
    other_suffix = scan_mail(
        "Mia Ross <mia@harborsteel.com>",
        "Banking update",
        BANK_CHANGE,
        reply_to="Mia Ross <mia@harborsteel.co.uk>",
    )
    no_payment = scan_mail(
        "Mia Ross <mia@harborsteel.com>",
        "Site visit",
        "Hi, can we move the site visit to Thursday?\n",
        reply_to="Mia Ross <mia@harborsteels.com>",
    )
    assert DIVERTED not in finding_ids(other_suffix)
    assert DIVERTED not in finding_ids(no_payment)


def test_reply_to_the_same_name_under_a_suffix_cut_short_fires() -> None:
    # Held-out round 10's vendor BEC: allieddiesel-parts.com replying to -parts.co.
    result = scan_mail(
        "Mia Ross <mia@harborsteel.com>",
        "Banking update",
        BANK_CHANGE,
        reply_to="Mia Ross <mia@harborsteel.co>",
    )
    assert DIVERTED in finding_ids(result)


@pytest.mark.parametrize(
    ("a", "b", "cut"),
    [("com", "co", True), ("com", "cm", True), ("co", "com", True), ("com", "de", False),
     ("com", "co.uk", False), ("de", "dk", False), ("com", "com", False)],
)
def test_suffix_cut(a: str, b: str, cut: bool) -> None:
    assert _suffix_cut(a, b) is cut


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("pinnaclesteelfab", "pinnaclesteelfabs", True),
        ("harborsteel", "harbrosteel", True),
        ("acme", "acmes", False),  # too short to judge
        ("harborsteel", "harborsteel", False),
        ("harborsteel", "northwind", False),
    ],
)
def test_near(a: str, b: str, near: bool) -> None:
    assert _near(a, b) is near

