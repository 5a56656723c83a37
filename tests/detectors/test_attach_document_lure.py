from mailwarden.message.attachments import MAX_TEXT_EXCERPT_CHARS, analyse
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_DOCUMENT_LURE"
LIMITED = ("Your account has been limited.", "Sign in to restore your account.")


def _raw(lines: tuple[str, ...], text: str = "See attachment.", subject: str = "Case 1") -> bytes:
    data = build.pdf(lines)
    return make_message(
        subject=subject, text=text, attachments=[("Case.pdf", "application/pdf", data)]
    )


def test_pdf_text_excerpt_is_kept_and_bounded() -> None:
    msg = parse(_raw(("x" * 90,) * 80))
    (item,) = analyse(msg)
    assert item.text.startswith("x" * 90)
    assert 0 < len(item.text) <= MAX_TEXT_EXCERPT_CHARS


def test_fires_on_lure_in_pdf_under_a_thin_body() -> None:
    result = scan_offline(_raw(LIMITED))
    finding = next(f for f in result.findings if f.id == ID)
    assert "account_problem" in finding.evidence["categories"]
    assert finding.evidence["file"] == "Case.pdf"


def test_fires_with_an_empty_body() -> None:
    assert ID in finding_ids(scan_offline(_raw(LIMITED, text="")))


def test_silent_when_the_body_explains_itself() -> None:
    body = " ".join(["We write to tell you about a change to the terms of your account."] * 5)
    assert ID not in finding_ids(scan_offline(_raw(LIMITED, text=body)))


def test_silent_when_the_body_already_says_it() -> None:
    # The body's own lure is counted by the content detectors; not twice.
    text = "Your account has been limited, details attached."
    lines = ("Notice", "Your account has been limited.")
    assert ID not in finding_ids(scan_offline(_raw(lines, text=text)))


def test_silent_on_invoice_words_in_a_document() -> None:
    lines = ("Invoice 1044", "Customs clearance 120.00 EUR", "Payment due in 30 days")
    assert ID not in finding_ids(scan_offline(_raw(lines)))


def test_silent_on_a_pdf_without_text() -> None:
    assert ID not in finding_ids(scan_offline(_raw(())))


CALLBACK = (
    "INVOICE GS-1",
    "Total Tech Support - 3 Years. Amount: USD 489.99",
    "This amount will be debited from your account today.",
    "To cancel or dispute this charge call +1 (888) 555-0149",
)


def test_fires_on_callback_notice_inside_the_pdf() -> None:
    result = scan_offline(_raw(CALLBACK, text="Please find your invoice attached."))
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["categories"] == ["callback"]


def test_silent_on_a_plain_invoice_with_amount_and_phone() -> None:
    # A genuine invoice states a total and a phone number but asks for no call about a charge.
    lines = ("INVOICE 2041", "Total: USD 1,240.00", "Questions? Phone 617-555-0142")
    assert ID not in finding_ids(scan_offline(_raw(lines, text="Invoice attached.")))


VENDOR_INVOICE = (
    "Thanks for trusting McAfee",
    "Your order confirmation #KH9OMC4Q2OJPV",
    "McAfee Total Protection - 5 Device",
    "Total: $149.95",
    "Support: +1 (856) 555-0142",
)


def test_security_vendor_invoice_from_free_mail_is_a_lure() -> None:
    raw = make_message(
        from_="Karl Eppinger <cimocmwtqy26@gmail.com>",
        subject="Verification account statement",
        text="Verification account No RQDIOYHWF is processed",
        attachments=[("statement.pdf", "application/pdf", build.pdf(VENDOR_INVOICE))],
    )
    finding = next(f for f in scan_offline(raw).findings if f.id == ID)
    assert finding.evidence["categories"] == ["scam_tech_support"]


def test_security_vendor_invoice_from_a_company_domain_is_not() -> None:
    # The vendor's own renewal invoice, or a reseller's, names the product too.
    raw = make_message(
        from_="Billing <billing@reseller.example>",
        text="Your invoice is attached.",
        attachments=[("invoice.pdf", "application/pdf", build.pdf(VENDOR_INVOICE))],
    )
    assert ID not in finding_ids(scan_offline(raw))
