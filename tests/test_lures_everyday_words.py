"""Everyday words taken out of the credential, shared-document and prize lures (round 7):
only the request, the share or the prize notice counts."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text

K = load_knowledge()


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, K)}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Bitte bestätigen Sie Ihre Zugangsdaten unter folgendem Link.", "credential"),
        ("Geben Sie Ihre Anmeldedaten ein, um das Konto zu entsperren.", "credential"),
        ("Melden Sie sich mit Ihren Microsoft-365-Zugangsdaten an.", "credential"),
        ("Herzlichen Glückwunsch, Sie wurden ausgewählt!", "scam_prize"),
        ("Sichern Sie sich Ihren Willkommensbonus von 250 EUR.", "scam_prize"),
        ("Gefeliciteerd! Claim uw prijs vandaag nog.", "scam_prize"),
        ("Klik hier om uw prijs te ontvangen.", "scam_prize"),
    ],
)
def test_mechanism_phrases_still_count(text: str, category: str) -> None:
    assert category in _categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Ihre Zugangsdaten für das Online-Banking bleiben unverändert.", "credential"),
        ("Mit Ihren Anmeldedaten melden Sie sich wie gewohnt in der App an.", "credential"),
        ("Melden Sie sich unter www.example.de mit Ihren Zugangsdaten an.", "credential"),
        ("Es liegt ein neues Dokument in Ihrem Postfach bereit.", "shared_document"),
        ("Sichern Sie sich 10 % Rabatt auf alle Flusskreuzfahrten.", "scam_prize"),
        ("Herzlichen Glückwunsch zum Geburtstag, liebe Anna!", "scam_prize"),
        ("De prijs van uw abonnement blijft gelijk. We stellen uw reactie op prijs.", "scam_prize"),
    ],
)
def test_everyday_words_do_not(text: str, category: str) -> None:
    assert category not in _categories(text)
