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
        # Round 296: the US payables' ACH, the change said as done, the old one withdrawn, and
        # the president's errand to a colleague one says "tu" to.
        "Hi Erin, updated ACH details for the December invoices attached.",
        "Please note we have updated our banking information - see the attached letter.",
        "The earlier instructions should be disregarded.",
        "Merci de n'en parler à personne; Me Fortin va te transmettre les coordonnées bancaires.",
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


@pytest.mark.parametrize(
    "text",
    [
        "Please call me on our main switchboard number as held on your system, not a number in"
        " this email.",
        "Please sign once you have completed your call-back verification.",
        "Bitte bestätigen Sie die Änderung per Rückruf auf die Ihnen bekannte Nummer.",
        "Merci de procéder à un contre-appel au numéro que vous connaissez déjà.",
        "Graag via de terugbelprocedure bevestigen op het bij u bekende nummer.",
        "Por favor, confirme mediante una llamada de verificación al número que ya tiene.",
        "Vi preghiamo di effettuare una chiamata di verifica al numero già in vostro possesso.",
        "Por favor, faça uma chamada de verificação para o número que já tem registado.",
    ],
)
def test_checking_a_change_by_a_known_number_is_out_of_band_verification(text: str) -> None:
    assert "verify_out_of_band" in _categories(text)


def test_a_bank_change_with_its_own_number_to_call_is_not_out_of_band() -> None:
    found = _categories("We have new bank details. To confirm, call our office on +44 20 7946 0321")
    assert "scam_bec" in found
    assert "verify_out_of_band" not in found

