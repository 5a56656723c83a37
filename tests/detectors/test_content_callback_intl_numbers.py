"""``content_callback_only``: callback numbers in international and national trunk form after a
call word; signature numbers, dates and linked order notices are no callback."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

DE_ORDER = (
    "Hallo Petra,\n\nvielen Dank für Ihre Bestellung. Gesamtbetrag: 1.649,00 EUR"
    " (per Lastschrift).\n\nSie haben diese Bestellung nicht aufgegeben? Rufen Sie bitte"
    " umgehend unseren Kundenservice unter +49 30 255 584 210 an, damit wir die Lastschrift"
    " stoppen können.\n\nIhr Bestellservice\n"
)


FR_ORDER = (
    "Bonjour,\n\nMerci pour votre commande. Total : 1 489,00 €\n\nVous n'êtes pas à l'origine"
    " de cette commande ? Appelez notre service d'annulation au 01 84 55 50 12.\n"
)


def _ids(text: str, subject: str = "Ihre Bestellung") -> set[str]:
    return finding_ids(scan_offline(make_message(subject=subject, text=text)))


def test_german_callback_order_with_international_number_is_flagged() -> None:
    result = scan_offline(make_message(subject="Ihre Bestellung wurde versandt", text=DE_ORDER))
    ids = finding_ids(result)
    assert {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"} <= ids
    assert result.verdict.value != "clean"


def test_french_callback_with_national_trunk_number() -> None:
    assert {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"} <= _ids(FR_ORDER)


def test_signature_number_without_a_call_word_is_not_a_callback() -> None:
    quote = (
        "Guten Tag Herr Maier,\n\nwie besprochen beträgt das Angebot 1.200,00 EUR netto.\n\n"
        "Mit freundlichen Grüßen\nHans Vogel\nTel. +49 30 1234 5678\n"
    )
    assert not _ids(quote) & {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"}


def test_contact_us_with_a_price_is_no_disowned_charge_and_stays_clean() -> None:
    text = (
        "Bonjour,\n\nVotre devis de 1 200,00 € est prêt. Pour toute question, contactez-nous au"
        " +33 1 23 45 67 89.\n\nCordialement,\nJean\n"
    )
    result = scan_offline(make_message(subject="Votre devis", text=text))
    assert "CONTENT_CALLBACK_DISOWNED_CHARGE" not in finding_ids(result)
    assert result.verdict.value == "clean"


def test_genuine_order_notice_with_a_link_is_no_callback() -> None:
    text = DE_ORDER + "\nIhre Bestellung ansehen: https://shop.example.de/orders/302-7741958\n"
    assert not _ids(text) & {"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"}


def test_dates_are_not_phone_numbers() -> None:
    text = "Rufen Sie am 01.12.2026 an. Der Betrag von 49,99 EUR wird abgebucht."
    assert "CONTENT_CALLBACK_ONLY" not in _ids(text)



def test_a_payment_reference_is_not_a_phone_number() -> None:
    from mailwarden.detectors.content_callback_only import PHONE

    for reference in ("HF-BACS-261114-0087", "Ref 261114-0087"):
        assert not PHONE.search(reference), reference
    for phone in ("+1 (808) 555-0199", "808-555-0199", "1-808-555-0199", "(808)555-0199"):
        assert PHONE.search(phone), phone
