"""Header decoding: RFC 2047 encoded words and folding (RFC 5322 section 2.2.3)."""

from __future__ import annotations

from mailwarden.message.parse import parse


def test_a_fold_after_an_encoded_word_keeps_its_space() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: Ihre Bestellung: =?utf-8?Q?Ladeger=C3=A4t?=\r\n 65W\r\n"
        b"\r\nbody\r\n"
    )
    assert parse(raw).subject == "Ihre Bestellung: Ladeger\u00e4t 65W"


def test_folded_adjacent_encoded_words_join_without_a_space() -> None:
    raw = (
        b"From: a@example.org\r\nSubject: =?utf-8?Q?Ladeger?=\r\n =?utf-8?Q?=C3=A4t?=\r\n"
        b"\r\nx\r\n"
    )
    assert parse(raw).subject == "Ladeger\u00e4t"
