"""Lures of the held-out rounds 21 and 22 in the other languages as in English: a mailbox almost
full, an unpaid toll, the work mailbox and its password, task and fake-check job scams."""

from __future__ import annotations

import pytest

from tests.helpers import lure_categories as _categories


@pytest.mark.parametrize(
    "text",
    [
        "Your mailbox is almost full: free up space now.",
        "La sua casella di posta quasi piena: i nuovi messaggi verranno respinti.",
        "Su buzón casi lleno: los mensajes entrantes serán rechazados.",
        "Sua caixa de correio quase cheia: libere espaço.",
        "Votre boîte aux lettres presque pleine : libérer de l'espace.",
        "Uw mailbox is bijna vol: nieuwe berichten worden geweigerd.",
    ],
)
def test_mailbox_almost_full_in_six_languages(text: str) -> None:
    assert "mailbox_full" in _categories(text)


def test_unpaid_motorway_toll_in_italian() -> None:
    assert "scam_legal_threat" in _categories("Avviso di mancato pagamento pedaggio: paga ora.")


def test_task_job_scam_in_italian() -> None:
    text = "Compenso giornaliero 150-300 €, lavoro da smartphone: valutazione prodotti online."
    assert "scam_job" in _categories(text)


def test_the_work_mailbox_and_its_password_asked_for() -> None:
    assert "credential" in _categories("Please log in with your work email and password here.")
    # Newsletters say where to unsubscribe this way: no credential request.
    assert "credential" not in _categories(
        "To unsubscribe, log in with your username and password and uncheck the box."
    )


def test_disowning_a_service_by_telephone() -> None:
    assert "callback_disown" in _categories(
        "Please call (888) 461-2209 if you did not request this service."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The interview will be conducted via text chat on Telegram; you receive a company check "
        "to purchase home office equipment from our approved vendor.",
        "Wij zoeken medewerkers die vanuit huis producten beoordelen voor webwinkels.",
    ],
)
def test_job_scams_of_round_22(text: str) -> None:
    assert "scam_job" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have unclaimed funds associated with your name.",
        "Wir haben einen nicht eingeforderten Betrag, der mit Ihrem Namen verknüpft ist.",
        "Nous détenons des fonds non réclamés à votre nom.",
        "Tenemos fondos no reclamados a su nombre.",
        "Abbiamo fondi non reclamati a suo nome.",
        "Temos fundos não reclamados em seu nome.",
        "Wij hebben niet-opgeëiste fondsen op uw naam.",
    ],
)
def test_unclaimed_funds_in_seven_languages(text: str) -> None:
    # Unseen phishing_pot 5379 said it in German from a hijacked government mailbox.
    assert "scam_advance_fee" in _categories(text)
