"""Address headers are split as written and only then decoded (RFC 2047 §5)."""

from __future__ import annotations

from mailwarden.message.parse import Message


def test_encoded_comma_in_display_name_is_not_a_separator() -> None:
    raw = (
        b"From: =?utf-8?Q?Skorstad=2C_J=C3=B8rn?= <jorn@example.no>\n"
        b'Reply-To: "Desk, Help" <help@example.no>\n'
        b"To: a@example.org\nSubject: x\n\nhi\n"
    )
    msg = Message(raw)
    assert [(a.display, a.address) for a in msg.from_addresses] == [
        ("Skorstad, J\u00f8rn", "jorn@example.no")
    ]
    assert [a.address for a in msg.reply_to] == ["help@example.no"]


def test_broken_base64_encoded_word_does_not_raise() -> None:
    # A single base64 character cannot be decoded: the standard library raises.
    raw = b"From: =?utf-8?B?Q?= <alice@example.org>\nSubject: =?utf-8?B?Q?= hello\n\nhi\n"
    msg = Message(raw)
    assert msg.from_address is not None
    assert msg.from_address.address == "alice@example.org"
    assert msg.subject  # the undecodable word is kept as written
