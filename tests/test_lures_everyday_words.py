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
        # Round 275: the scam's own sentences beside crypto and shopping words.
        ("Send 1500 USD in Bitcoin to my BTC address within 48 hours.", "scam_sextortion"),
        ("Gewinnen Sie jetzt ein iPhone 17!", "scam_prize"),
        (
            "Your KYC has expired: update your PAN today or the account will be blocked.",
            "credential",
        ),
        ("J'ai déjà réglé l'article avec le paiement sécurisé, frais inclus.", "scam_delivery"),
        ("Des frais de douane sont à régler avant la livraison de votre colis.", "scam_delivery"),
        # Round 281: the parcel scam's German fee and return, once the bare words went.
        ("Ihr Paket wartet, sonst geht es an den Absender zurück.", "scam_delivery"),
        ("Sonst wird das Paket an den Absender zurückgeschickt.", "scam_delivery"),
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
        # Round 275: words crypto customers and online shoppers use every day.
        ("Wie versteuere ich meine Krypto-Gewinne nach einem Jahr Haltefrist?", "scam_prize"),
        ("A new BTC address was added to your withdrawal address book.", "scam_sextortion"),
        ("Open the app to access your funds on any device.", "scam_advance_fee"),
        ("Zzgl. Versandkosten in Höhe von 6,90 EUR.", "scam_delivery"),
        ("Les frais de port sont offerts dès 50 euros.", "scam_delivery"),
        ("Répondez-moi quand tu peux pour la commande groupée.", "scam_advance_fee"),
        ("Our KYC provider shortlist is attached for Thursday's call.", "credential"),
        # Round 281: a genuine carrier's notice ("Ihre Sendung ist unterwegs").
        (
            "Ihre Sendung ist unterwegs. Voraussichtliche Zustellung: Montag. "
            "Sendungsverfolgung unter myhermes.de. Ihr Paket wird an den PaketShop umgeleitet.",
            "scam_delivery",
        ),
        ("Auf Importe fällt Einfuhrumsatzsteuer an; sie ist Vorsteuer.", "scam_delivery"),
        ("Einfuhrabgaben: Zoll 2,7 % = 1.118,40 EUR (Aufschubkonto).", "scam_delivery"),
    ],
)
def test_everyday_words_do_not(text: str, category: str) -> None:
    assert category not in _categories(text)


def test_a_family_draw_is_no_prize_lure() -> None:
    # Round 293: the "amigo secreto" drawn by "sorteio"; the prize draw one has won still is.
    assert "scam_prize" not in _categories("Fiz o sorteio do amigo secreto de Natal pelo site.")
    assert "scam_prize" not in _categories("Hicimos el sorteo del amigo invisible de la oficina.")
    assert "scam_prize" in _categories("Parabéns, você foi sorteado! Resgate o seu prêmio.")


def test_a_ticket_closing_by_itself_is_no_threat() -> None:
    # Round 298: a service desk's resolved incident "will be closed automatically in 5 days".
    assert "urgency" not in _categories("This incident will be closed automatically in 5 days.")
    assert "urgency" in _categories("Your account will be closed within 24 hours.")


def test_doubling_an_impact_is_no_crypto_lure() -> None:
    # Round 299: a food bank's Giving Tuesday match; the scam doubles the coins.
    assert "scam_crypto" not in _categories("Double your impact this Giving Tuesday.")
    assert "scam_crypto" in _categories("Send 0.1 BTC and double your bitcoin within an hour.")


def test_a_present_and_a_status_are_no_lures() -> None:
    # Round 307: a Sinterklaas poem's "cadeau"; round 310: Companies House lists the directors'
    # "identity verification status". The prize won and the verification asked for still are.
    assert "scam_prize" not in _categories("Een klein cadeau voor onder de boom.")
    assert "scam_prize" in _categories("Gefeliciteerd, u heeft een cadeaubon gewonnen!")
    assert "credential" not in _categories("the identity verification status of directors")
    assert "credential" in _categories("Please complete your identity verification today.")
