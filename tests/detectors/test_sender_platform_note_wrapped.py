"""``sender_platform_note`` on hard-wrapped notes: soft wraps join, paragraphs stay apart; a
wrapped group note is a credential gate, ordinary account mentions are not; remittance words."""

from __future__ import annotations

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


def test_remittance_topic() -> None:
    title = 'Document shared with you: "Remittance Advice_Nov-2025"'
    assert remittance_topic(title) == "remittance"
    assert remittance_topic("Minutes of the board meeting") is None

