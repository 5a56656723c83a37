"""sender_platform_relay: the share title that is only a channel label, and a coin sum offered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.detectors.sender_platform_relay import _MONEY_TO_READER, _channel_title
from mailwarden.knowledge import load_knowledge
from mailwarden.lures import normalise


def test_channel_titles() -> None:
    assert _channel_title('foster shared \u201cSECURE DOCUMENT\u201d with you') == "SECURE DOCUMENT"
    assert _channel_title('Document shared with you: "Encrypted file 2025"') is not None
    assert _channel_title('Ann shared "New fax message" with you') is not None


def test_content_titles_are_not_channels() -> None:
    assert _channel_title('Document shared with you: "Secure coding guidelines v2"') is None
    assert _channel_title('Ann shared "Encrypted backups - NAS restore test" with you') is None
    assert _channel_title('Ann shared "Q3 budget" with you') is None
    assert _channel_title("Secure document inside") is None  # not quoted: the platform's frame
    assert _channel_title("") is None


def test_coin_sum_offered() -> None:
    assert _MONEY_TO_READER.search(normalise("Sign in to GET 0.44 BTC - CLICK HERE"))
    assert _MONEY_TO_READER.search(normalise("claim 2 ethereum today"))
    # Games and loyalty apps hand out coins and tokens.
    assert not _MONEY_TO_READER.search(normalise("Sign in to Get 100 Coins"))
    assert not _MONEY_TO_READER.search(normalise("Ledgerly BTC Tax: 0.44 BTC reported"))


def test_firebase_projects_are_relay_senders() -> None:
    knowledge = load_knowledge()
    assert knowledge.relay_platform_of("noreply@project-x1.firebaseapp.com") == "Firebase"
    assert knowledge.relay_platform_of("noreply@firebaseapp.com.evil.example") is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600))
def test_title_never_raises(subject: str) -> None:
    result = _channel_title(subject)
    assert result is None or len(result) <= 80
