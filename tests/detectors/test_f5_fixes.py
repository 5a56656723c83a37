"""Round-6 fixes: attachment links and BEC, platform notes asking to sign in for a payment,
a company's own Microsoft 365 tenant, payroll lures on user-content hosts, short-link paths.

Every message here is made by the test; the look-alike legitimate mail sits beside each lure."""

from __future__ import annotations

from mailwarden.config import load_policy
from mailwarden.destinations import is_followed_link
from mailwarden.engine import Engine
from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.urls import make_link
from mailwarden.result import ScanResult
from tests.helpers import finding_ids, make_message, scan_offline


def _pdf_with_link(url: str, line: str) -> bytes:
    """A one-page PDF whose letterhead carries a link annotation to ``url``."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Link /Rect [60 700 400 740] /Border [0 0 0]"
        b" /A << /S /URI /URI (" + url.encode() + b") >> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    size = len(objects) + 1
    out += f"trailer\n<< /Size {size} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


_LETTER = _pdf_with_link("https://northgate-metals.example.com", "Northgate Metals Ltd")

_BANK_CHANGE = (
    "Hello,\n\nPlease note we have changed our bank details following our yearly audit, so all"
    " outstanding and future payments should go to the new account shown in the attached"
    " letter. The old account can no longer receive funds.\n\nCould you confirm when invoice"
    " 5521 will be settled?\n\nRegards,\nRuth Abbott\nAccounts, Northgate Metals Ltd\n"
)


def test_attachment_link_does_not_hide_bec_reply_diversion() -> None:
    raw = make_message(
        from_="Ruth Abbott <r.abbott@northgate-metals.example.com>",
        subject="RE: updated remittance details",
        text=_BANK_CHANGE,
        headers=[("Reply-To", "Ruth Abbott <ruth.abbott.northgate@outlook.com>")],
        attachments=[("Bank_Letter.pdf", "application/pdf", _LETTER)],
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert "SENDER_REPLY_DIVERTED_PAYMENT" in ids, ids
    assert "CONTENT_SCAM_BEC" in ids, ids  # not excused as the sender's own notice
    assert result.verdict.value == "phishing"


def test_vendor_invoice_with_letterhead_link_stays_clean() -> None:
    # The same vendor's ordinary invoice: replies to its own domain, letterhead link in the PDF.
    raw = make_message(
        from_="Ruth Abbott <r.abbott@northgate-metals.example.com>",
        subject="Invoice 5522 - Northgate Metals",
        text="Hello,\n\nPlease find attached invoice 5522 for the November delivery, due in 30"
        " days.\n\nRegards,\nRuth Abbott\nAccounts, Northgate Metals Ltd\n",
        headers=[("Reply-To", "accounts@northgate-metals.example.com")],
        attachments=[("Invoice_5522.pdf", "application/pdf", _LETTER)],
    )
    result = scan_offline(raw)
    assert "SENDER_REPLY_DIVERTED_PAYMENT" not in finding_ids(result)
    assert result.verdict.value == "clean", result.findings


def test_only_links_in_the_mail_itself_are_followed() -> None:
    body = make_link("https://example.com/a", "", "html")
    text = make_link("https://example.com/b", "", "text")
    attached = make_link("https://example.com/c", "", "attachment:letter.pdf")
    qr = make_link("https://example.com/d", "", "qr:code.png")
    image = make_link("https://example.com/e.png", "", "image")
    assert body is not None and text is not None and attached is not None
    assert qr is not None and image is not None
    assert is_followed_link(body) and is_followed_link(text)
    assert not is_followed_link(attached) and not is_followed_link(qr)
    assert not is_followed_link(image)


def _drive_share(sharer: str, address: str, note: str, title: str) -> bytes:
    return make_message(
        from_=f"{sharer} <drive-shares-dm-noreply@google.com>",
        subject=f'Document shared with you: "{title}"',
        text=f"{sharer} ({address}) has shared the following document:\n{note}\n"
        f"{title} ( https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing )\n"
        "Open ( https://drive.google.com/file/d/1AbCdEfGhIjKlMnOp/view?usp=sharing )\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n",
        headers=[("Reply-To", f"{sharer} <{address}>")],
    )


def test_share_note_asking_to_sign_in_for_funds() -> None:
    raw = _drive_share(
        "Marta Quill",
        "marta.quill.payments@gmail.com",
        "Hi, the remittance for invoice 3391 is attached. Sign in to release the funds before"
        " Friday.",
        "Remittance_Advice_3391.pdf",
    )
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_PLATFORM_PAYMENT_SIGNIN" in ids, ids


def test_share_note_confirm_receipt_form() -> None:
    raw = make_message(
        from_="Dropbox <no-reply@dropbox.com>",
        subject='Hollis Bookkeeping shared "Payment_Remittance.pdf" with you',
        text="Hollis Bookkeeping (hollis.bookkeeping.office@gmail.com) shared a file with you\n"
        "\u201cPlease review remittance and sign in to confirm receipt.\u201d\n"
        "View file ( https://www.dropbox.com/scl/fi/abc123/Payment_Remittance.pdf?dl=0 )\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert ids & {"SENDER_PLATFORM_PAYMENT_SIGNIN", "SENDER_PLATFORM_ROLE_SHARER"}, ids


def test_freelancer_shares_remittance_without_sign_in_demand() -> None:
    # A sole trader on gmail shares a remittance advice through Drive: ordinary.
    raw = _drive_share(
        "Marta Quill",
        "marta.quill.design@gmail.com",
        "Hi, here is the remittance advice for invoice 3391, paid today. Thanks!",
        "Remittance_Advice_3391.pdf",
    )
    result = scan_offline(raw)
    ids = finding_ids(result)
    assert not ids & {"SENDER_PLATFORM_PAYMENT_SIGNIN", "SENDER_PLATFORM_RELAYED_LURE"}, ids
    assert result.verdict.value == "clean", result.findings


def test_company_sharer_gets_only_the_second_signal() -> None:
    raw = _drive_share(
        "Marta Quill",
        "m.quill@quill-design.example.com",
        "Sign in to release the funds for invoice 3391.",
        "Remittance_Advice_3391.pdf",
    )
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_PLATFORM_PAYMENT_SIGNIN" not in ids
    assert "SENDER_PLATFORM_RELAYED_LURE" in ids, ids


# --- a company's own Microsoft 365 tenant -------------------------------------------------

_M365 = Engine(
    load_policy(
        extra={
            "dns": {"offline": True},
            "auth": {
                "trust_microsoft_365": True,
                "boundary_hosts": ["*.mail.protection.outlook.com"],
            },
        }
    )
)
_EDGE = (
    "from NAM12-BN8-obe.outbound.protection.outlook.com (40.107.74.165) by"
    " BN8NAM12FT012.mail.protection.outlook.com (10.13.182.90) with Microsoft SMTP Server;"
    " Mon, 5 Jan 2026 09:30:01 +0000"
)


def _m365(from_: str, mailfrom: str, dkim_d: str, spf: str, dmarc: str, **kw: str) -> ScanResult:
    results = (
        f"spf={spf} (sender IP is 40.107.74.165) smtp.mailfrom={mailfrom}; dkim=pass"
        f" (signature was verified) header.d={dkim_d};dmarc={dmarc} action=none"
        f" header.from={from_.rpartition('@')[2].rstrip('>')};compauth=pass reason=100"
    )
    raw = make_message(
        from_=from_,
        headers=[
            ("Authentication-Results", results),
            ("Received", _EDGE),
            (
                "DKIM-Signature",
                f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dkim_d}; s=selector1;"
                " h=from:to:subject:date; bh=AAAA; b=AAAA",
            ),
        ],
        **kw,
    )
    return _M365.scan(raw)


def test_company_on_its_own_default_tenant_key_is_not_a_free_tenant() -> None:
    result = _m365(
        "Priya Natarajan <priya@contoso-tools.example.com>",
        "contoso-tools.example.com",
        "contosotools.onmicrosoft.com",
        "pass",
        "pass",
        subject="Order 1182 shipped",
        text="Hi Bob,\n\nYour order 1182 shipped today; tracking is on our site:"
        " https://contoso-tools.example.com/orders/1182\n\nPriya\n",
    )
    assert "contoso-tools.example.com" in result.auth.authenticated_domains
    assert "contosotools.onmicrosoft.com" in result.auth.authenticated_domains
    assert not {f.id for f in result.findings if f.id.startswith("SENDER_FREE_TENANT")}
    assert result.verdict.value == "clean", result.findings


def test_mail_from_the_tenant_address_itself_is_still_a_free_tenant() -> None:
    result = _m365(
        "IT Service Desk <admin@helpdesk-renewal.onmicrosoft.com>",
        "helpdesk-renewal.onmicrosoft.com",
        "helpdesk-renewal.onmicrosoft.com",
        "pass",
        "pass",
        subject="Mailbox notice",
        text="Hello, this is a test notice.\n",
    )
    assert {f.id for f in result.findings} & {
        "SENDER_FREE_TENANT",
        "SENDER_FREE_TENANT_BRAND_CLAIM",
    }


def test_tenant_signing_for_an_unauthenticated_from_domain_counts() -> None:
    # SPF failed for the From domain: only the tenant vouches, so it is not shown to be the
    # From organisation's own.
    result = _m365(
        "Payroll <payroll@fabrikam.example.com>",
        "bounce.example.net",
        "quick-trial-77.onmicrosoft.com",
        "fail",
        "fail",
        subject="Payroll notice",
        text="Hello, please verify your account to keep your salary payments:"
        " https://payroll-fabrikam.pages.dev/login\n",
    )
    ids = {f.id for f in result.findings}
    assert ids & {"SENDER_FREE_TENANT", "SENDER_FREE_TENANT_BRAND_CLAIM"}, ids


# --- payroll lures on user-content hosts, credential phrases ------------------------------


def test_salary_letter_on_google_sites_with_credentials_demand() -> None:
    raw = make_message(
        from_="Donna Reyes <dreyes@westbrook-college.example.edu>",
        subject="Annual Salary Increment Letter",
        text="Dear Staff,\nHuman Resources has approved the salary increment. Please sign in"
        " with your college credentials to access your letter.\n"
        "https://sites.google.com/view/westbrook-hr-letters/home\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert "LINK_USER_CONTENT_HOST" in ids, ids


def test_hr_newsletter_linking_its_google_site_stays_silent() -> None:
    raw = make_message(
        from_="HR Team <hr@westbrook-college.example.edu>",
        subject="Salary review timeline",
        text="Dear colleagues,\nThe salary review timeline and FAQ are on our HR site:\n"
        "https://sites.google.com/view/westbrook-hr-faq/home\nHR Team\n",
    )
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))


def test_credentials_sign_in_forms_are_credential_lures() -> None:
    knowledge = load_knowledge()
    for text in (
        "Please sign in with your college credentials to access it",
        "log in with your network credentials",
    ):
        cats = {m.category for m in lures_in_text(text, knowledge, where="body")}
        assert "credential" in cats, text
    # Genuine IT mail names the account, not the password.
    cats = {
        m.category
        for m in lures_in_text("sign in with your Northwind account", knowledge, where="body")
    }
    assert "credential" not in cats


# --- short-link paths of big sites ------------------------------------------------------


def test_brand_mail_through_a_short_link_path_is_off_brand() -> None:
    raw = make_message(
        from_="Microsoft OneDrive <share@fjord-trading.example.com>",
        subject="Documents shared with you",
        text="Your OneDrive account has 3 new documents. Sign in to view them:\n"
        "https://www.linkedin.com/slink?code=AbCdEf12\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert "LINK_OFF_BRAND" in ids, ids


def test_social_footer_of_another_brand_is_not_off_brand() -> None:
    raw = make_message(
        from_="Microsoft OneDrive <share@fjord-trading.example.com>",
        subject="Documents shared with you",
        text="Your OneDrive account has 3 new documents. Sign in to view them:\n"
        "https://www.linkedin.com/company/fjord-trading\n",
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))
