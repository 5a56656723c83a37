"""Rounds 433-440: what the session's unseen mail showed."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text

K = load_knowledge()


def _crypto_topics(text: str) -> list[str]:
    return [m.phrase for m in lures_in_text(text, K) if m.category == "crypto_topic"]


@pytest.mark.parametrize(
    "tip",
    [
        # DHL's duty notice (round 426): the "or" stands inside the last item of the list.
        "DHL will never ask you to pay by gift card, cryptocurrency or bank transfer to a "
        "personal account.",
        "We will never ask you to pay by cryptocurrency.",
    ],
)
def test_a_payment_method_in_a_never_list_is_no_crypto_topic(tip: str) -> None:
    assert _crypto_topics(tip) == []


@pytest.mark.parametrize(
    "text",
    [
        # A never-word in an earlier clause, no list: the topic stays.
        "We never sleep, cryptocurrency markets move all night.",
        "Pay the fee in cryptocurrency or your parcel is returned.",
    ],
)
def test_crypto_outside_a_never_list_stays_a_topic(text: str) -> None:
    assert "cryptocurrency" in _crypto_topics(text)
