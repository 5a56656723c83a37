"""Scam phrases that name the mechanism (crypto recovery, loan and job fees); honest offers
do not say it."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, load_knowledge())}


def test_crypto_recovery_phrases() -> None:
    assert "scam_crypto" in _categories("Lost crypto to a scam? No recovery, no fee.")
    assert "scam_crypto" in _categories("We recover stolen crypto for victims.")


def test_loan_and_job_fee_phrases() -> None:
    assert "scam_advance_fee" in _categories("Offro un prestito tra privati, anche protestati.")
    assert "scam_job" in _categories("Pague a taxa do kit, reembolsada no primeiro salário.")
    assert "scam_job" in _categories("Your tasks involve reviewing and rating products.")


def test_honest_offers_do_not_say_the_mechanism() -> None:
    honest = (
        "Check your rate in minutes with no impact on your credit score. "
        "We are pleased to offer you the position of data analyst starting in March. "
        "Our blockchain analytics newsletter: this week in DeFi."
    )
    assert not _categories(honest) & {"scam_advance_fee", "scam_job", "scam_crypto"}

