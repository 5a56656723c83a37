"""Mail that sends its reader only to government sites (the Student Loans Company's slc.co.uk
linking to gov.uk), a secure-mail envelope that posts to the sender's own domain, and a
non-delivery report from the reader's own postmaster under the name "Microsoft Outlook"."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _slc(href: str) -> set[str]:
    html = (
        "<p>Your Direct Debit payment was unsuccessful. We will try again in 10 days.</p>"
        f'<p><a href="{href}">Sign in to your account</a></p>'
    )
    raw = make_message(
        from_="Student Loans Company <noreply@slc.co.uk>",
        subject="Your Direct Debit payment was unsuccessful",
        html=html,
        text=None,
    )
    return finding_ids(scan_offline(raw))


def test_a_lure_that_leads_only_to_government_sites() -> None:
    ids = _slc("https://www.gov.uk/sign-in-to-manage-your-student-loan-balance")
    assert "CONTENT_LURE_WITH_LINK" not in ids
    assert "SENDER_ORG_UNRELATED" not in ids


def test_the_same_lure_leading_elsewhere() -> None:
    ids = _slc("https://slc-balance-portal.example/signin")
    assert "CONTENT_LURE_WITH_LINK" in ids


def _envelope(action: str, password: bool) -> set[str]:
    field = '<input type="password" name="pw">' if password else ""
    page = (
        f'<html><body><form method="post" action="{action}">'
        f'<input type="hidden" name="key" value="abc">{field}'
        '<button type="submit">Open message</button></form></body></html>'
    )
    raw = make_message(
        from_="Health Information <him@mercyregional.example>",
        subject="Records request [Secure]",
        text="You have received a secure message. Open the attachment to read it.",
        attachments=[("SecureMessageAtt.html", "text/html", page.encode())],
    )
    return finding_ids(scan_offline(raw))


def test_a_secure_envelope_posting_to_the_senders_own_domain() -> None:
    assert "ATTACH_CREDENTIAL_FORM" not in _envelope(
        "https://securemail.mercyregional.example/formpostdir/securereader", password=False
    )


def test_an_envelope_posting_elsewhere_or_asking_for_a_password() -> None:
    assert "ATTACH_CREDENTIAL_FORM" in _envelope(
        "https://collector.example/post.php", password=False
    )
    assert "ATTACH_CREDENTIAL_FORM" in _envelope(
        "https://securemail.mercyregional.example/login", password=True
    )


def test_a_non_delivery_report_from_the_readers_own_postmaster() -> None:
    raw = make_message(
        from_="Microsoft Outlook <postmaster@brennanbuilders.example>",
        to="Tyler Grant <tgrant@brennanbuilders.example>",
        subject="Undeliverable: RE: Timber frame quote",
        text="Your message to jo@supplier.example couldn't be delivered. Action required.",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(raw))


def test_a_postmaster_of_another_domain_still_claims_the_brand() -> None:
    raw = make_message(
        from_="Microsoft Outlook <postmaster@mailer-notice.example>",
        to="Tyler Grant <tgrant@brennanbuilders.example>",
        subject="Undeliverable messages",
        text="Messages are held. Action required.",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))


