"""``sender_anomaly_alias``: scattered dots and random +tags that disguise a free-mail mailbox."""

from __future__ import annotations

from mailwarden.detectors.sender_anomaly_alias import _random_tag, _scattered_dots


def test_scattered_dots() -> None:
    assert _scattered_dots("m.o.na24.2m", "mona242m")
    assert not _scattered_dots("john.smith", "johnsmith")
    assert not _scattered_dots("john.smith", "john.smith")


def test_random_tag() -> None:
    assert _random_tag("shop+Qm7Tz9KpL2xR8vNw") == "Qm7Tz9KpL2xR8vNw"
    assert _random_tag("jane+newsletters") == ""
    assert _random_tag("jane") == ""

