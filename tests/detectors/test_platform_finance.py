"""Unit tests for the structural payment-diversion and finance-mailbox tests (L1)."""

from mailwarden.detectors.sender_platform_note import credential_gate
from mailwarden.detectors.sender_platform_sharer import finance_mailbox
from mailwarden.detectors.sender_reply_diverted import bank_change
from mailwarden.knowledge import load_knowledge


def test_bank_change_noun_first() -> None:
    assert bank_change("note our bank details changed effective this month") is not None
    assert bank_change("our remittance process changed after our bank merger") is not None


def test_bank_change_not_the_readers_details() -> None:
    assert bank_change("your bank details have been updated in your profile") is None
    assert bank_change("our office hours changed for the holidays") is None


def test_finance_mailbox() -> None:
    knowledge = load_knowledge()
    assert finance_mailbox("mgrant.accounts.payable", knowledge) == "accounts payable"
    assert finance_mailbox("lcarrow_procurement2", knowledge) == "procurement"
    assert finance_mailbox("jonas.berg", knowledge) is None
    assert finance_mailbox("", knowledge) is None


def test_credential_gate_provider_signin() -> None:
    said = "All employees must re-verify their direct deposit and Microsoft 365 sign-in."
    assert credential_gate(said) is not None
    assert credential_gate("Sign in with your school account to answer.") is None
