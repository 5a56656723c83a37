"""Sentence-level rules added for held-out round 8 (I1): the edges the message cases do not pin."""

from __future__ import annotations

from mailwarden.detectors.content_callback_only import _AMOUNT
from mailwarden.detectors.sender_platform_note import credential_gate, remittance_topic, unwrap


def test_soft_wraps_join_but_paragraphs_stay_apart() -> None:
    assert unwrap("a b\nc d\n\ne f") == "a b c d\n\ne f"
    assert unwrap("") == ""
    # Linear on long runs of blanks and breaks: this must just finish.
    assert len(unwrap(" " * 100_000 + "\n" * 3 + " \n" * 50_000)) > 0


def test_credential_gate_reads_a_wrapped_group_note() -> None:
    note = (
        "All employees must complete the attestation form with their\n"
        "Microsoft 365 credentials here:"
    )
    assert credential_gate(note) is not None
    assert credential_gate("Sign in with your email provider to verify your identity.") is not None


def test_credential_gate_ignores_ordinary_account_mentions() -> None:
    assert credential_gate("Students complete the reading log with their school\nemail.") is None
    assert credential_gate("Please sign in with your school account to answer.") is None
    assert credential_gate("Never share your email password with anyone.") is None


def test_european_thousands_separator_is_an_amount() -> None:
    found = _AMOUNT.search("Het bedrag van EUR 1.429,00 is afgeschreven")
    assert found is not None and found.group(0) == "EUR 1.429,00"
    assert _AMOUNT.search("EUR 2024") is None


def test_remittance_topic() -> None:
    title = 'Document shared with you: "Remittance Advice_Nov-2025"'
    assert remittance_topic(title) == "remittance"
    assert remittance_topic("Minutes of the board meeting") is None
