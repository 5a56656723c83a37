"""SENDER_REPLY_DIVERTED_PAYMENT and _FREEMAIL: link-less mail whose replies go to free-mail."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.detectors.sender_reply_diverted import _BANK_CHANGE
from mailwarden.lures import normalise
from mailwarden.result import ScanResult
from tests.helpers import finding_ids, make_message, scan_offline

PAY = "SENDER_REPLY_DIVERTED_PAYMENT"
FREE = "SENDER_REPLY_DIVERTED_FREEMAIL"
VENDOR = '"Anna Berg" <anna.berg@vendor-ltd.example>'
BEC_TEXT = (
    "Due to our audit we have changed our bank details. Please do not send payment to the "
    "old account; confirm by reply who processes the outstanding invoice."
)


def _scan(from_: str, reply_to: str, text: str, subject: str = "Accounts") -> ScanResult:
    headers = [("Reply-To", reply_to)] if reply_to else []
    return scan_offline(make_message(from_=from_, subject=subject, text=text, headers=headers))


def test_hijacked_mailbox_with_the_same_name_on_a_gmail_reply_to() -> None:
    result = _scan(VENDOR, '"Anna Berg" <vendor.accounts.dept@gmail.com>', BEC_TEXT)
    assert PAY in finding_ids(result)
    assert FREE not in finding_ids(result)  # one finding for one diversion
    finding = next(f for f in result.findings if f.id == PAY)
    assert finding.evidence["reply_to"] == ["vendor.accounts.dept@gmail.com"]


def test_payment_talk_with_replies_to_the_vendor_itself_is_silent() -> None:
    result = _scan(VENDOR, "Accounts <accounts@vendor-ltd.example>", BEC_TEXT)
    assert not {PAY, FREE} & finding_ids(result)


def test_a_link_means_it_is_not_a_reply_only_message() -> None:
    text = BEC_TEXT + "\nOur terms: https://vendor-ltd.example/terms"
    assert PAY not in finding_ids(_scan(VENDOR, "anna.berg.private@gmail.com", text))


def test_no_payment_talk_and_name_matches_is_silent() -> None:
    text = "Thanks for the lunch yesterday, see you at the fair."
    result = _scan(VENDOR, "anna.berg.private@gmail.com", text)
    assert not {PAY, FREE} & finding_ids(result)


def test_same_free_mail_provider_is_not_another_domain() -> None:
    # gmail to gmail is the plain free-mail case (name test), not the payment diversion.
    result = _scan('"Anna Berg" <anna.berg@gmail.com>', "vendor.ar@gmail.com", BEC_TEXT)
    assert PAY not in finding_ids(result)


def test_advance_fee_without_payment_talk_keeps_the_freemail_finding() -> None:
    result = _scan(
        '"Stella Michael" <m.rossi@univ-example.it>',
        "mrsstellamichael002@gmail.com",
        "Greetings, I have a humanitarian project and need your help. Reply for details.",
    )
    assert FREE in finding_ids(result)
    assert PAY not in finding_ids(result)


@pytest.mark.parametrize(
    "text",
    [
        "we have changed our banking details",
        "please note our new bank details",
        "updated remittance details attached",
        "do not send payments to the old account",
        "stop making transfers into our previous account",
        "our former account has been closed",
        "the old account at Fifth Third will be closed at the end of the month",
    ],
)
def test_bank_change_wording(text: str) -> None:
    assert _BANK_CHANGE.search(normalise(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "we changed our office hours",
        "new account manager for your region",
        "the bank holiday schedule",
        "send payment to the account on the invoice",
    ],
)
def test_not_bank_change_wording(text: str) -> None:
    assert _BANK_CHANGE.search(normalise(text)) is None


@settings(max_examples=60, deadline=None)
@given(display=st.text(max_size=80), reply=st.text(max_size=80), body=st.text(max_size=600))
def test_hostile_headers_never_raise(display: str, reply: str, body: str) -> None:
    def clean(s: str) -> str:
        return s.replace('"', "").replace("\\", "").replace("\r", " ").replace("\n", " ")

    raw = (
        f'From: "{clean(display)}" <a@vendor-ltd.example>\r\n'
        f'Reply-To: "{clean(reply)}" <x@gmail.com>\r\n'
        "Subject: invoice\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode("utf-8", "surrogatepass") + body.encode("utf-8", "surrogatepass")
    assert "ENGINE_DETECTOR_ERROR" not in finding_ids(scan_offline(raw))
