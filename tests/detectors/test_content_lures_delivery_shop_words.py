"""Delivery lures: a genuine shop's shipping words are not ``scam_delivery``; the scam's
mechanism (address, failed delivery, fee) still is."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, load_knowledge())}


def test_genuine_shop_shipping_words_are_not_delivery_lures() -> None:
    for text in (
        "Seu pedido foi enviado! Acompanhe o rastreamento: codigo de rastreio NL123BR.",
        "Sua encomenda saiu para entrega.",
        "Tu paquete va en camino. Seguimiento del paquete: ES123. Gastos de envio gratis.",
        "Je pakket staat klaar bij het PostNL-punt. Verzendkosten: gratis.",
    ):
        assert "scam_delivery" not in _categories(text), text


def test_delivery_scam_mechanism_still_found() -> None:
    for text in (
        "Seu pedido foi bloqueado pela fiscalizacao alfandegaria: pague a taxa de importacao.",
        "Su envio esta retenido. Pago de aduana pendiente: tasas de aduana 1,99 EUR.",
        "We konden uw pakket niet afleveren omdat het opgegeven adres onjuist was.",
        "Er was een adresfout; werk uw adres bij zodat we kunnen bezorgen.",
    ):
        assert "scam_delivery" in _categories(text), text


def test_brazilian_shop_notice_linking_to_the_carrier_is_clean() -> None:
    raw = make_message(
        from_="Loja da Ana <contato@lojadaana.example>",
        subject="Seu pedido #1042 foi enviado",
        text=(
            "Ola Maria, seu pedido foi enviado pelos Correios. Codigo de rastreio: QB123456789BR.\n"
            "Acompanhe o rastreamento em https://rastreamento.correios.com.br/app/index.php\n"
            "Obrigada pela compra! Loja da Ana"
        ),
    )
    ids = finding_ids(scan_offline(raw))
    assert not ids & {"CONTENT_SCAM_DELIVERY", "CONTENT_LURE_DENSE"}



def test_a_shops_voucher_and_a_doctors_diagnosis_are_no_lures() -> None:
    # Round 319: a shop refunds a price difference "sous forme de bon d'achat"; round 318: a
    # GP's referral names the patient's "diabète de type 2".
    assert "scam_prize" not in _categories(
        "Nous pouvons vous rembourser la différence de 70 € sous forme de bon d'achat."
    )
    assert "scam_health" not in _categories("Je vous adresse Madame T., suivie pour un diabète.")
    assert "scam_prize" in _categories("Félicitations ! Votre bon d'achat de 500 € est prêt.")
    assert "scam_health" in _categories("Cette astuce permet d'inverser le diabète en 30 jours.")
