"""content_spam_addressed: the reader called by their e-mail address."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SPAM_ADDRESSED_BY_EMAIL"


def test_address_in_subject() -> None:
    raw = make_message(to="bob@example.net", subject="bob@example.net, your reward is waiting")
    assert ID in finding_ids(scan_offline(raw))


def test_greeting_by_address() -> None:
    for text in ("Hallo bob@example.net, wir gratulieren!", "Dear BOB@example.net ,\nYou won.",
                 "bob@example.net, welcome to the tower of fortune"):
        raw = make_message(to="Bob <bob@example.net>", text=text)
        assert ID in finding_ids(scan_offline(raw)), text


def test_address_in_display_name() -> None:
    raw = make_message(from_='"bob@example.net" <promo@offers.example.com>', to="bob@example.net")
    assert ID in finding_ids(scan_offline(raw))


def test_address_mentioned_is_fine() -> None:
    for text in (
        "Hi Bob,\nWe received a request to reset the password of bob@example.net.",
        "On Monday, Bob <bob@example.net> wrote:\n> hello",
        "To: bob@example.net, carol@example.net\nSubject: minutes",
        "Your subscription address is bob@example.net\nUnsubscribe any time.",
    ):
        raw = make_message(to="bob@example.net", text=text)
        assert ID not in finding_ids(scan_offline(raw)), text


def test_other_address_in_subject_is_fine() -> None:
    raw = make_message(to="bob@example.net", subject="Re: question from carol@example.net")
    assert ID not in finding_ids(scan_offline(raw))
