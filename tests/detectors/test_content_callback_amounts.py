"""``content_callback_only`` amounts with European thousands separators ("EUR 1.429,00")."""

from __future__ import annotations

from mailwarden.detectors.content_callback_only import _AMOUNT


def test_european_thousands_separator_is_an_amount() -> None:
    found = _AMOUNT.search("Het bedrag van EUR 1.429,00 is afgeschreven")
    assert found is not None and found.group(0) == "EUR 1.429,00"
    assert _AMOUNT.search("EUR 2024") is None



def test_space_grouped_thousands_are_one_amount_never_its_tail() -> None:
    found = _AMOUNT.search("Montant prélevé : 1 299,00 € TTC")
    assert found is not None and found.group(0) == "1 299,00 €"
    found = _AMOUNT.search("SA au capital de 53 791 446,40 €")
    assert found is not None and found.group(0) == "53 791 446,40 €"


def test_a_companys_share_capital_is_no_charge() -> None:
    from mailwarden.detectors.content_callback_only import phone_and_amount
    from mailwarden.knowledge import load_knowledge

    knowledge = load_knowledge()
    footer = (
        "Si ce n'est pas vous, contactez notre service client au 01 46 09 49 49.\n"
        "Exemple SA au capital de 53 791 446,40 € - RCS Nanterre 351 058 151"
    )
    assert phone_and_amount(footer, knowledge) is None
    charged = footer + "\nVotre abonnement de 449,99 € a été renouvelé."
    assert phone_and_amount(charged, knowledge) == ("01 46 09 49 49", "449,99 €")
