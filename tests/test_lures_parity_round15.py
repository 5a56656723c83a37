"""Extortion letters and new bank details in the other languages read as they do in English."""

from __future__ import annotations

import pytest

from tests.helpers import lure_categories as _categories


@pytest.mark.parametrize(
    "text",
    [
        "Ich habe Zugriff auf Ihr Gerät und Aufnahmen über Ihre Kamera gemacht.",
        "J'ai accès à votre appareil et je vais publier la vidéo.",
        "Tengo acceso a tu dispositivo; publicaré el video.",
        "Tenho acesso ao seu dispositivo e publicarei o vídeo.",
        "Ik heb toegang tot je apparaat en ga de video publiceren.",
        "Ho accesso al tuo dispositivo e pubblicherò il video.",
    ],
)
def test_sextortion_in_six_languages(text: str) -> None:
    assert "scam_sextortion" in _categories(text)


def test_new_bank_details_in_italian() -> None:
    text = "Tutti i pagamenti dovranno essere effettuati sulle nuove coordinate, sul nuovo conto."
    assert "scam_bec" in _categories(text)


def test_a_camera_order_is_no_extortion() -> None:
    assert "scam_sextortion" not in _categories("Ihre Kamera wurde heute versandt.")


def test_a_payment_advice_offered_in_french_on_a_site_builder_page() -> None:
    from tests.helpers import finding_ids, make_message, scan_offline

    raw = make_message(
        from_="Cabinet Morel Avocats <secretariat@cabinet-morel.example>",
        subject="Avis de virement - Règlement dossier 2025/0418",
        html=(
            "<p>Madame, Monsieur, un virement a été émis en votre faveur. L'avis de virement"
            " est disponible sur notre espace sécurisé.</p>"
            '<a href="https://avis-de-paiement-c2rf.framer.website/">Consulter</a>'
        ),
    )
    assert "LINK_DOCUMENT_ON_WEB_PAGE" in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Your approved funds of US$10,500,000 being part payment of your overdue inheritance"
         " entitlements", "scam_advance_fee"),
        ("¿Recibiste mi correo electrónico anterior sobre la donación?", "scam_advance_fee"),
        ("Get 300% up to $3,750. Offer only applies to new players.", "scam_casino"),
    ],
)
def test_held_out_scam_wording(text: str, category: str) -> None:
    assert category in _categories(text)


def test_round16_wording() -> None:
    assert "scam_bec" in _categories("Updated wiring instructions are on page 2.")
    assert "scam_bec" in _categories("All staff must re-verify direct deposit information.")
    assert "callback_disown" in _categories(
        "Wenn Sie diese Bestellung nicht veranlasst haben, rufen Sie unsere Hotline an."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Sind Sie an meiner Spende interessiert? Ich, eine Philanthropin, spende 3,8 Mio.",
        "Deixei uma quantia total de $ 150.500,00 em cheque para você: os fundos recuperados.",
    ],
)
def test_donation_and_recovered_funds_letters(text: str) -> None:
    assert "scam_advance_fee" in _categories(text)


def test_a_sign_up_confirmation_whose_name_field_is_a_lure() -> None:
    from tests.helpers import finding_ids, scan_mail

    text = (
        "Hi ✅ +$4,811 ➡️ ok.me/rCQE1,\n\nOne last step to confirm your account!\n"
        "Here's your email verification code: j28-qmx\n"
    )
    result = scan_mail("Events <no-reply@events.example.com>", "Confirm your account", text)
    assert "CONTENT_FORM_FIELD_INJECTION" in finding_ids(result)
    assert result.verdict.value != "clean"
    honest = text.replace("✅ +$4,811 ➡️ ok.me/rCQE1", "Maria")
    assert "CONTENT_FORM_FIELD_INJECTION" not in finding_ids(
        scan_mail("Events <no-reply@events.example.com>", "Confirm your account", honest)
    )
