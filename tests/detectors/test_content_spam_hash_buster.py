"""content_spam_hash_buster: random tokens and filler in subject and sender name."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SPAM_HASH_BUSTER"


@pytest.mark.parametrize(
    "subject",
    [
        "message Pending  dfhSBe",
        "Crédito IR Liberado - v5V0ZVRe1HjazliqQoYz",
        "WIN a gift card!       ............ EK0190186",
    ],
)
def test_busted_subject(subject: str) -> None:
    assert ID in finding_ids(scan_offline(make_message(subject=subject)))


def test_busted_display_name() -> None:
    raw = make_message(from_='"OnlineSecurity...grEy" <news@offers.example.com>')
    assert ID in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "subject",
    [
        "[commit 3fa9c2b8e1] Fix the RFNoC block on the B205mini",
        "Your PayPal receipt for order ORDER12345",
        "Re: HTMLParser fails on macOS... any idea?",
        "Ticket #AB-1234: printer on floor 2",
    ],
)
def test_honest_subject(subject: str) -> None:
    assert ID not in finding_ids(scan_offline(make_message(subject=subject)))
