"""A platform user's note in other languages (rounds 351 and 357): a share asking to sign in
with the company mailbox or the Microsoft account ("accedere con l'indirizzo email
aziendale", "richiesto l'accesso con l'account Microsoft aziendale"), and a debt collector's
share whose payment link is inside the document ("through the link in the agreement", "über
den im Dokument angegebenen Zahlungslink")."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_platform_note import credential_gate, nested_click


@pytest.mark.parametrize(
    "note",
    [
        "Il file è protetto, per aprirlo accedere con l'indirizzo email aziendale.",
        "Per visualizzarlo è richiesto l'accesso con l'account Microsoft aziendale.",
        "Pour l'ouvrir, connectez-vous avec votre compte Microsoft.",
        "Para verlo, inicie sesión con su cuenta de Microsoft 365.",
        "Bitte melden Sie sich mit Ihrem Microsoft-Konto an, um die Datei zu öffnen.",
        "Log in met uw Microsoft-account om het bestand te openen.",
    ],
)
def test_a_note_asking_for_the_company_mailbox(note: str) -> None:
    assert credential_gate(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Ecco il preventivo, fammi sapere se va bene.",
        "Accedi per commentare la bozza.",  # the platform's own account, to comment
        "Connectez-vous pour voir le dossier partagé.",
    ],
)
def test_an_ordinary_note(note: str) -> None:
    assert credential_gate(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "Please sign the settlement agreement for your past-due balance. Payment can be made"
        " by debit or credit card through the link in the agreement.",
        "Anbei die Forderungsaufstellung (offene Rechnungen). Bitte begleichen Sie den Betrag"
        " über den im Dokument angegebenen Zahlungslink.",
        # Round 362: a proposal whose attachments sit behind a button in a Canva design.
        "Fabiano, segue a proposta revisada. Clique no botão dentro do documento para acessar"
        " os anexos.",
    ],
)
def test_a_payment_link_inside_the_shared_item(note: str) -> None:
    assert nested_click(note) is not None


def test_a_contract_without_a_link_inside() -> None:
    assert nested_click("Please sign the attached agreement by Friday.") is None


def test_a_charge_disowned_by_telephone_in_portuguese() -> None:
    from mailwarden.detectors.sender_platform_note import callback_vocabulary
    from mailwarden.knowledge import load_knowledge

    note = (
        "Sua assinatura PayPal Premium Anual foi renovada automaticamente. Se você não reconhece"
        " esta cobrança, ligue imediatamente para a central de cancelamento: 0800 591 4478."
    )
    cue, disown = callback_vocabulary(note, load_knowledge())
    assert cue and disown
