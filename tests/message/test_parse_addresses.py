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


def test_a_stray_parenthesis_in_the_name_leaves_one_mailbox() -> None:
    # Round 52: a share notice whose "(via" was folded into an encoded word, leaving
    # "... Google Drive)" unbalanced; the standard parser made address-less mailboxes of
    # the name and put them first.
    raw = (
        b"From: =?utf-8?b?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4UgKM68zq3Pg8+J?=\n"
        b" Google Drive) <drive-shares-dm-noreply@google.com>\n"
        b"To: a@example.org\nSubject: x\n\nhi\n"
    )
    msg = Message(raw)
    assert [a.address for a in msg.from_addresses] == ["drive-shares-dm-noreply@google.com"]
    assert msg.from_domain == "google.com"
    assert msg.from_addresses[0].display.startswith("Μαρία Κωνσταντίνου")


def test_an_unquoted_comma_in_the_name_leaves_the_one_angle_address() -> None:
    # "Priya Shah, CPA <...>" (round 81) and the bulk tools' "Team ,_<...>" seam: strictly two
    # mailboxes, the first without an address; the mail is from the one angle address. (The
    # malformed-From detector still reads the seam from the raw header.)
    for header, name in (
        (b"Priya Shah, CPA <priya@shahcpagroup.example>", "Priya Shah, CPA"),
        (
            b"Microsoft account team ,_<no-reply@access-accsecurity.example>",
            "Microsoft account team ,_",
        ),
    ):
        msg = Message(b"From: " + header + b"\nSubject: x\n\nhi\n")
        assert len(msg.from_addresses) == 1
        assert msg.from_addresses[0].display == name
    two = Message(b"From: a@x.example, b@y.example\nSubject: x\n\nhi\n")
    assert [a.address for a in two.from_addresses] == ["a@x.example", "b@y.example"]
