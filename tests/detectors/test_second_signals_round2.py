"""Second signals for link-less scams and spam-kit subjects: each fires on a made-up
message of its kind and stays silent on the legitimate message closest to it."""

from __future__ import annotations

from mailwarden.detectors.sender_reply_diverted import name_matches_mailbox
from tests.helpers import finding_ids, make_message, scan_offline

REPLY_SCAM = (
    "Good day, my name is Stella Marsh. I sent you an email before, kindly confirm to me"
    " that you received it so I can share the details of my proposal with you privately."
)


def ids(**kwargs: object) -> set[str]:
    return finding_ids(scan_offline(make_message(**kwargs)))  # type: ignore[arg-type]


# --- SENDER_REPLY_DIVERTED_FREEMAIL ---


def test_reply_diverted_fires_on_hijacked_mailbox_with_freemail_reply_to() -> None:
    found = ids(
        from_="Stella Marsh <k.rossi@clinic-example.it>",
        subject="Re: Hello ?",
        text=REPLY_SCAM,
        headers=[("Reply-To", "mrs.marsh.private@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_FREEMAIL" in found


def test_reply_diverted_fires_freemail_to_other_freemail() -> None:
    found = ids(
        from_="Carl Dunmore <qxk7710@gmail.com>",
        subject="Bom dia",
        text="Desejo falar com você.",
        headers=[("Reply-To", "cdm655@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_FREEMAIL" in found


def test_reply_diverted_silent_on_list_rewriting_from() -> None:
    # A list that rewrites From keeps its own name in the display name and the mailbox.
    found = ids(
        from_="Jane Roe via Radio-users <radio-users@lists.example.org>",
        subject="[Radio-users] tuning question",
        text="Hello, how do I set the tuning speed?",
        headers=[("Reply-To", "xq1980@yahoo.com")],
    )
    assert "SENDER_REPLY_DIVERTED_FREEMAIL" not in found


def test_reply_diverted_silent_when_name_is_the_mailbox() -> None:
    found = ids(
        from_="Jane Roe <jane.roe@company.example>",
        text=REPLY_SCAM,
        headers=[("Reply-To", "janeroe@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_FREEMAIL" not in found


def test_reply_diverted_silent_with_links_or_same_mailbox() -> None:
    linked = ids(
        from_="Stella Marsh <k.rossi@clinic-example.it>",
        text=REPLY_SCAM + " See https://clinic-example.it/about",
        headers=[("Reply-To", "mrs.marsh.private@gmail.com")],
    )
    same = ids(
        from_="Stella Marsh <qxk7710@gmail.com>",
        text=REPLY_SCAM,
        headers=[("Reply-To", "qxk7710@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_FREEMAIL" not in linked | same


def test_name_matches_mailbox() -> None:
    assert name_matches_mailbox("Tellrell White", "t_white_87")
    assert name_matches_mailbox("andrew4010", "andrew4010")
    assert not name_matches_mailbox("Robert Philips", "clyde")
    assert not name_matches_mailbox("", "")


# --- CONTENT_WINDFALL_AMOUNT ---


def test_windfall_amount_fires_on_signed_credit() -> None:
    for subject in ("You are now rich +22,453$ on your balance!", "Promo Code#1234 +$1,000."):
        assert "CONTENT_WINDFALL_AMOUNT" in ids(subject=subject)


def test_windfall_amount_silent_on_receipts_and_offers() -> None:
    for subject in (
        "Your receipt: $29.99 charged",
        "Save $200 + 2 Months free",
        "Get $30 Cash with $50 Membership",
        "C++ tips: 3 ways",
    ):
        assert "CONTENT_WINDFALL_AMOUNT" not in ids(subject=subject)


# --- CONTENT_SUBJECT_DETACHED_STOP ---


def test_detached_stop_fires() -> None:
    assert "CONTENT_SUBJECT_DETACHED_STOP" in ids(subject="Your Winter Safety Kit .")


def test_detached_stop_silent_on_normal_punctuation() -> None:
    for subject in ("Meeting moved.", "Wait for it ...", "Ça va ?", "Nouveau !", "."):
        assert "CONTENT_SUBJECT_DETACHED_STOP" not in ids(subject=subject)


# --- CONTENT_CALLBACK_ONLY ---

CALLBACK = (
    "Dear Member, your subscription was renewed and you have been charged $299.95."
    " If you did not authorise this charge call us at +1 (808) 555-0199 within 24 hours."
)


def test_callback_only_fires_without_links() -> None:
    found = ids(from_="Bill Desk <qq1234@gmail.com>", subject="Order Confirmation", text=CALLBACK)
    assert "CONTENT_CALLBACK_ONLY" in found


def test_callback_only_silent_with_account_link_or_no_amount() -> None:
    linked = ids(text=CALLBACK + " Review it at https://shop.example.com/orders")
    no_amount = ids(text="Call me at 808-555-0199 when you land, order number 12345.")
    assert "CONTENT_CALLBACK_ONLY" not in linked | no_amount


def test_callback_only_silent_on_long_discussion() -> None:
    thread = " ".join(["We discussed the recovery design at length in the last meeting."] * 60)
    found = ids(text=thread + " It cost $200. Regards, Scott, 928-555-0139")
    assert "CONTENT_CALLBACK_ONLY" not in found
