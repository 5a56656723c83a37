"""``content_callback_only``: a callback notice whose amount is in a picture counts when the
text tells the reader to disown the purchase by phone (``callback_disown``, every language)."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline

CALLBACK = "CONTENT_CALLBACK_ONLY"


JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 200 + b"\xff\xd9"


DISOWN = (
    "Your order will be shipped as soon as we have processed your items.\n"
    "Please call us at +1 818 555 0143 if you do not believe you ordered this item.\n"
    "We can help you with cancellations.\n"
)


def _order(text: str, html: str | None = None, image: bool = True) -> bytes:
    files = [("Order-1189.jpg", "image/jpeg", JPEG)] if image else []
    return make_message(
        from_="Client Service <no-reply@shop-updates.example>",
        subject="Thank you! Purchase complete: order #113-0935",
        text=text,
        html=html,
        attachments=files,
    )


def test_callback_fires_without_amount_when_told_to_disown_a_purchase_by_phone() -> None:
    result = scan_offline(_order(DISOWN))
    finding = next(f for f in result.findings if f.id == CALLBACK)
    assert finding.evidence["phrase"] == "if you do not believe you ordered"
    assert "818" in finding.evidence["phone"]


def test_callback_silent_when_the_notice_links_to_the_order() -> None:
    html = (
        "<p>Please call us at +1 818 555 0143 if you do not believe you ordered this item.</p>"
        '<p><a href="https://shop.example/orders/1189">View your order</a></p>'
    )
    assert CALLBACK not in finding_ids(scan_offline(_order(DISOWN, html=html)))


def test_callback_silent_on_a_short_note_that_only_gives_a_phone_number() -> None:
    # A sole trader's link-less note: a phone number and "call us", but nobody is told to
    # disown a purchase.
    text = (
        "Hi Dana, the parts for your kitchen arrived today. Call us at 818-555-0143 to\n"
        "arrange the fitting. Thanks, Sam's Joinery\n"
    )
    assert CALLBACK not in finding_ids(scan_offline(_order(text, image=False)))


def test_callback_silent_without_a_phone_number() -> None:
    text = "If you do not believe you ordered this item, reply to this message."
    assert CALLBACK not in finding_ids(scan_offline(_order(text)))


def test_callback_cues_exist_in_every_language() -> None:
    knowledge = load_knowledge()
    samples = {
        "de": "Falls Sie diese Zahlung nicht autorisiert haben, rufen Sie uns an.",
        "fr": "Si vous n'avez pas autorisé ce paiement, appelez-nous.",
        "nl": "Als u deze betaling niet heeft geautoriseerd, bel ons.",
        "pt": "Se você não autorizou esta compra, ligue para nós.",
        "es": "Si usted no autorizó este cargo, llámenos.",
        "it": "Se non hai autorizzato questo addebito, chiamaci.",
    }
    for language, text in samples.items():
        cues = [m for m in lures_in_text(text, knowledge) if m.category == "callback_disown"]
        assert cues, language
        assert any(m.language == language for m in cues), language


def test_callback_fires_on_a_german_disown_cue() -> None:
    text = (
        "Ihre Bestellung wird in Kürze versendet.\n"
        "Falls Sie diesen Kauf nicht getätigt haben, rufen Sie +1 (888) 555-0171 an.\n"
    )
    assert CALLBACK in finding_ids(scan_offline(_order(text)))

