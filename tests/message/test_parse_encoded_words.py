"""Raw UTF-8 between RFC 2047 encoded words is decoded as ``decode_header()`` decodes it."""

from __future__ import annotations

from mailwarden.lures import subject_text
from mailwarden.message.parse import parse


def test_raw_utf8_next_to_encoded_word_is_decoded() -> None:
    raw = (
        b"Subject: =?UTF-8?B?4pqg?= Fi\xe2\x80\x8bnal caf\xc3\xa9\r\n"
        b"From: a@example.org\r\n\r\nbody\r\n"
    )
    msg = parse(raw)
    assert "\\u" not in msg.subject
    assert "café" in msg.subject
    assert "\u200b" in subject_text(msg)
    assert "café" in subject_text(msg)

