"""``sender_freemail_scam``: one letter-type scam phrase counts with a mark of a throw-away
account (replies to another free-mail box, a subject that is only someone else's name)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

PROJECT = (
    "Good day. I am Mrs Clara Venn from Lyon. My dear, would you be able to handle a project "
    "for us? Please contact me on email for more details.\n\nThanks, Mrs Clara Venn\n"
)


WITHDRAW = "The main thing is to have time to withdraw your +18,240$ today.\n"


def test_one_scam_phrase_with_replies_to_another_free_mailbox_fires() -> None:
    raw = make_message(
        from_="CLARA VENN <claravenn2028@gmail.com>",
        subject="Project",
        text=PROJECT,
        headers=[("Reply-To", "claravenn2059@gmail.com")],
    )
    result = scan_offline(raw)
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(result)
    assert result.verdict != "clean"


def test_the_same_note_answered_at_its_own_mailbox_is_not_this_finding() -> None:
    raw = make_message(
        from_="CLARA VENN <claravenn2028@gmail.com>", subject="Project", text=PROJECT
    )
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))


def test_one_scam_phrase_under_somebody_elses_name_as_subject_fires() -> None:
    raw = make_message(
        from_="Karen Thomas <thomaskarenqwfu@gmail.com>", subject="Gwen Hinton", text=WITHDRAW
    )
    assert "SENDER_FREEMAIL_SCAM" in finding_ids(scan_offline(raw))


def test_a_subject_naming_the_sender_is_not_a_throwaway_mark() -> None:
    raw = make_message(
        from_="Karen Thomas <karen.thomas@gmail.com>", subject="Karen Thomas", text=WITHDRAW
    )
    assert "SENDER_FREEMAIL_SCAM" not in finding_ids(scan_offline(raw))

