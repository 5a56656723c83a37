"""F4: callback notices whose amount is in a picture, callback cues in other languages, the
statement lure of a brand ("your IRS statement"), the security-certificate lure, and the
cover-note length of a multipart/alternative body."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

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


STATEMENT_HTML = (
    "<h2>Your IRS Statement is ready to review</h2>"
    "<p>Your IRS Statement is now available. View your statement online or download it.</p>"
    '<p><a href="https://cloud9.hosting-shared.example/~acct17/index.html">'
    "Download Your Statement</a></p><p>Sincerely, IRS Administration</p>"
)


def test_statement_of_a_brand_from_elsewhere_claims_the_brand() -> None:
    raw = make_message(
        from_="Statement- <info@digital-shop.example>",
        subject="See what's new: ID-64703",
        text=None,
        html=STATEMENT_HTML,
    )
    ids = finding_ids(scan_offline(raw))
    assert "BRAND_BODY_CLAIM_MISMATCH" in ids
    assert "LINK_OFF_BRAND" in ids


def test_brand_statement_from_the_brand_itself_is_clean() -> None:
    html = (
        "<p>Your Chase statement is ready. View your statement online.</p>"
        '<p><a href="https://secure.chase.com/statements">Sign in to view</a></p>'
    )
    raw = make_message(
        from_="Chase <no.reply.alerts@chase.com>",
        subject="Your statement is ready",
        text=None,
        html=html,
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in ids
    assert "LINK_OFF_BRAND" not in ids


def test_accountant_asking_for_a_statement_is_clean() -> None:
    text = (
        "Hi Tom, could you send me your Chase statement for March? I need it for the\n"
        "reconciliation. Our notes are at https://books.smith-accounting.example/notes\n"
        "Best, Ann Smith, Smith Accounting\n"
    )
    raw = make_message(from_="Ann Smith <ann@smith-accounting.example>", text=text)
    result = scan_offline(raw)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in finding_ids(result)
    assert result.verdict.value == "clean"


def _certificate(text: str, link: str, sender: str) -> bytes:
    return make_message(
        from_=sender,
        subject="Verlängerung Ihres Sicherheits-Zertifikats erforderlich",
        text=f"{text}\n{link}\n",
    )


def test_security_certificate_lure_is_an_account_problem_off_the_sender() -> None:
    raw = _certificate(
        "Sehr geehrte Kundin, sehr geehrter Kunde, das Sicherheits-Zertifikat Ihres\n"
        "Kontos läuft ab. Bitte jetzt erneuern:",
        "https://q.qr-short.example/l/kw4",
        "Online Banking <sicherheit@mailer-za.example>",
    )
    assert "CONTENT_ACCOUNT_PROBLEM" in finding_ids(scan_offline(raw))


def test_ssl_certificate_notice_from_the_host_itself_is_clean() -> None:
    raw = make_message(
        from_="Hosting Support <support@webhost-de.example>",
        subject="Ihr SSL-Zertifikat läuft ab",
        text=(
            "Hallo, das SSL-Zertifikat für shop.example läuft in 14 Tagen ab. Wir verlängern\n"
            "es automatisch. Details: https://kunden.webhost-de.example/ssl\n"
        ),
    )
    result = scan_offline(raw)
    assert "CONTENT_ACCOUNT_PROBLEM" not in finding_ids(result)
    assert result.verdict.value == "clean"


def test_document_lure_counts_one_version_of_an_alternative_body() -> None:
    # 25 words in each of the plain and the HTML version: the reader sees 25, not 50.
    note = (
        "Hello, here is a summary of your account updates. Update ID 21829904. "
        "Please see the pdf above for more detailed information about it. Thanks"
    )
    assert 20 < len(note.split()) < 40
    data = build.pdf(("Your account has been limited.", "Sign in to restore your account."))
    raw = make_message(
        subject="Account update 5/14",
        text=note,
        html=f"<p>{note}</p>",
        attachments=[("notice.pdf", "application/pdf", data)],
    )
    assert "ATTACH_DOCUMENT_LURE" in finding_ids(scan_offline(raw))
