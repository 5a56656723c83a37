"""The strong mark of lure phrases: a leading "!" in data/lures/*.toml (mailwarden.knowledge)."""

from __future__ import annotations

from mailwarden.knowledge import STRONG_MARK, LurePhrase, load_knowledge, lure_phrase
from mailwarden.lures import build_matcher, lures_in_text


def test_leading_mark_makes_a_strong_phrase_without_the_mark() -> None:
    assert lure_phrase("scam_advance_fee", "en", "!Died Intestate") == LurePhrase(
        "scam_advance_fee", "en", "died intestate", True
    )
    assert lure_phrase("scam_casino", "en", "casino") == LurePhrase(
        "scam_casino", "en", "casino", False
    )
    # Spaces around the mark or the phrase change nothing; a "!" inside is not a mark.
    assert lure_phrase("x", "en", "  ! merge your wallet ").phrase == "merge your wallet"
    assert lure_phrase("x", "en", "  ! merge your wallet ").strong
    assert not lure_phrase("x", "en", "act now!").strong


def test_loaded_data_keeps_no_mark_and_has_strong_phrases() -> None:
    lures = load_knowledge().lures
    assert not [lure.phrase for lure in lures if lure.phrase.startswith(STRONG_MARK)]
    strong = {(lure.category, lure.phrase) for lure in lures if lure.strong}
    assert ("scam_advance_fee", "died intestate") in strong
    assert ("scam_crypto", "validate your wallet") in strong
    assert ("scam_casino", "casino") not in strong
    # Strong phrases are scam phrases; the share stays a minority of the scam vocabulary.
    scam = [lure for lure in lures if lure.category.startswith("scam_")]
    assert all(category.startswith("scam_") for category, _ in strong)
    assert 0 < len(strong) < len(scam) // 4


def test_matcher_finds_strong_phrase_and_carries_the_mark() -> None:
    knowledge = load_knowledge()
    found = lures_in_text("Please VALIDATE your wallet today.", knowledge)
    match = next(m for m in found if m.phrase == "validate your wallet")
    assert match.strong and match.category == "scam_crypto"
    weak = next(m for m in lures_in_text("Keep your seed phrase offline.", knowledge))
    assert not weak.strong


def test_a_mark_left_in_a_hand_built_phrase_does_not_break_matching() -> None:
    matcher = build_matcher([LurePhrase("scam_crypto", "en", "!merge your wallet", True)])
    assert [p.phrase for p in matcher.scan("you must merge your wallet")] == ["!merge your wallet"]


def _strong(text: str) -> list[str]:
    return [m.phrase for m in lures_in_text(text, load_knowledge()) if m.strong]


def test_a_request_for_the_recovery_phrase_is_strong_and_the_makers_warning_is_not() -> None:
    assert _strong("Select Import existing wallet and enter your BIP-39 recovery phrase.")
    assert _strong("You will be asked to confirm your 24-word recovery phrase.")
    assert _strong("Migrate your seed phrase in three steps.")
    assert not _strong("Ledger will never ask you to confirm your recovery phrase.")
    assert not _strong("Do not enter your recovery phrase on any website.")
    assert not _strong("Keep your recovery phrase offline; it is the key to your wallet.")
