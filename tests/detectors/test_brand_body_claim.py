"""brand_body_claim: a body speaking as a brand, from and to unrelated domains."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_mail, scan_offline

BODY = (
    "Dear user, we detected unusual sign-in activity on your Microsoft account. "
    "Verify your account within 24 hours or it will be suspended.\n"
    "Microsoft account team"
)


def test_body_speaking_as_brand_fires() -> None:
    html = f"<p>{BODY}</p><a href='https://verify-now.example.top/'>Verify</a>"
    raw = make_message(from_="Support <support@shop.example>", text=None, html=html)
    assert "BRAND_BODY_CLAIM_MISMATCH" in finding_ids(scan_offline(raw))


def test_body_with_links_to_the_brand_is_silent() -> None:
    html = f"<p>{BODY}</p><a href='https://account.microsoft.com/'>Verify</a>"
    raw = make_message(from_="IT <it@example.org>", text=None, html=html)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in finding_ids(scan_offline(raw))


def test_news_about_a_brand_is_silent() -> None:
    text = "Microsoft announced new Microsoft Teams features; see https://news.example.com/a"
    raw = make_message(from_="Tech News <news@news.example.com>", text=text)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in finding_ids(scan_offline(raw))


def test_it_notice_naming_the_identity_provider_beside_its_own_helpdesk() -> None:
    # Held-out round 229: a training platform's sign-in and the desk's own Freshservice tenant
    # (vellacott-marsh.com's is vellacottmarsh: tenant names take no hyphen).
    text = (
        "Action required: sign in with your normal Microsoft account at "
        "https://training.knowbe4.com/ui/login to complete the training. Questions? "
        "Raise a ticket at https://vellacottmarsh.freshservice.com\n"
    )
    result = scan_mail("IT Service Desk <itservicedesk@vellacott-marsh.example>", "Training", text)
    assert "BRAND_BODY_CLAIM_MISMATCH" not in finding_ids(result)
