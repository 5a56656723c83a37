"""The scam_bec lure category (payment diversion, gift-card and secret-wire errands, H17)."""

from __future__ import annotations

import pytest

from tests.helpers import lure_categories as _categories


@pytest.mark.parametrize(
    "text",
    [
        "Please note we have changed our bank details, new bank details below.",
        "Can you purchase some gift cards? Scratch off the back, send me pictures of the cards.",
        "I would like to change my direct deposit before the next payroll.",
        "Ich brauche heute noch eine Überweisung, bitte nicht mit anderen besprechen.",
        "Pouvez-vous acheter des cartes cadeaux et m'envoyer les photos des codes ?",
        "¿Puedes comprar tarjetas de regalo? Envíame los códigos.",
        "Kun je cadeaukaarten kopen? Stuur me de codes.",
        "Podes comprar cartões-presente? Envie-me os códigos.",
        "Ho bisogno che tu acquisti delle carte regalo, gratta il retro.",
    ],
)
def test_bec_requests_match(text: str) -> None:
    assert "scam_bec" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "We bought twenty gift cards for the staff raffle; winners collect them at reception.",
        "Gift cards make a great present this season.",
        "Your invoice is attached; payment by bank transfer within 30 days.",
        "Wir haben Geschenkkarten für die Tombola gekauft.",
    ],
)
def test_ordinary_payment_and_gift_talk_does_not_match(text: str) -> None:
    assert "scam_bec" not in _categories(text)


def test_bank_change_is_no_longer_an_invoice_lure() -> None:
    found = _categories("We have new bank details.")
    assert "scam_bec" in found
    assert "invoice" not in found


@pytest.mark.parametrize(
    "word", ["vertraulich", "strictly confidential", "Erbschaft", "herencia", "doação", "erfenis"]
)
def test_single_ordinary_words_are_no_advance_fee_lure(word: str) -> None:
    assert "scam_advance_fee" not in _categories(f"Ein Text: {word}.")
