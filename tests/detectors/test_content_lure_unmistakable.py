"""content_lures: CONTENT_LURE_UNMISTAKABLE for a phrase the data marks strong."""

from __future__ import annotations

from mailwarden.detectors.content_lures import _strong_phrases
from mailwarden.lures import LureMatch
from tests.helpers import finding_ids, make_message, scan_offline


def test_one_strong_phrase_flags_alone() -> None:
    raw = make_message(
        subject="Security notice",
        text="I know your password. Pay 900 USD within two days or I go public.",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert {"CONTENT_SCAM_SEXTORTION", "CONTENT_LURE_UNMISTAKABLE"} <= ids
    assert "CONTENT_LURE_DENSE" not in ids  # the strong finding alone lifts it
    assert result.verdict.value != "clean"
    found = next(f for f in result.findings if f.id == "CONTENT_LURE_UNMISTAKABLE")
    assert found.evidence["phrases"] == ["i know your password"]


def test_weak_phrase_of_the_same_category_stays_clean() -> None:
    raw = make_message(
        subject="Your weekly market letter",
        text="Be wary of anyone who promises guaranteed returns on an investment.",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert "CONTENT_SCAM_CRYPTO" in ids
    assert "CONTENT_LURE_UNMISTAKABLE" not in ids
    assert result.verdict.value == "clean"


def test_strong_phrase_counts_in_scam_and_account_lures_only() -> None:
    def match(category: str, phrase: str, strong: bool = True) -> LureMatch:
        return LureMatch(category, "en", phrase, "body", strong)

    by_category = {
        "scam_crypto": [
            match("scam_crypto", "merge your wallet"),
            match("scam_crypto", "airdrop", strong=False),
        ],
        "invoice": [match("invoice", "strong invoice phrase")],
        "call_to_action": [match("call_to_action", "a vocabulary word")],
    }
    assert _strong_phrases(by_category) == ["merge your wallet", "strong invoice phrase"]
    assert _strong_phrases({}) == []
