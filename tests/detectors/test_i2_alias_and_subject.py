"""Unit tests for the free-mail alias-variant detector and raw UTF-8 beside encoded words."""

from __future__ import annotations

from mailwarden.detectors.sender_anomaly_alias import _random_tag, _scattered_dots
from mailwarden.lures import subject_text
from mailwarden.message.parse import parse


def test_scattered_dots() -> None:
    assert _scattered_dots("m.o.na24.2m", "mona242m")
    assert not _scattered_dots("john.smith", "johnsmith")
    assert not _scattered_dots("john.smith", "john.smith")


def test_random_tag() -> None:
    assert _random_tag("shop+Qm7Tz9KpL2xR8vNw") == "Qm7Tz9KpL2xR8vNw"
    assert _random_tag("jane+newsletters") == ""
    assert _random_tag("jane") == ""


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
