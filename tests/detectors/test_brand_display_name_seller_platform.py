"""A payment platform's receipt in its merchant's name ("Notion Labs, Inc."
<invoice+statements+acct_…@stripe.com>, lists/seller_platforms.txt) is the merchant's own
mail while it leads nowhere but the platform and the brand and gives no number to call."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline

ID = "BRAND_DISPLAY_NAME_MISMATCH"
FROM = '"Notion Labs, Inc." <invoice+statements+acct_1Q2w3E@stripe.com>'


def _receipt(body: str, href: str = "https://pay.stripe.com/receipts/payment/abc") -> bytes:
    html = f'<p>Receipt #2199-3480. Amount paid $96.00.</p><p>{body}</p><a href="{href}">View</a>'
    subject = "Your receipt from Notion Labs, Inc."
    return make_message(from_=FROM, subject=subject, html=html, text=None)


def test_a_subaddress_names_the_platforms_notification_mailbox() -> None:
    knowledge = load_knowledge()
    assert knowledge.relay_platform_of("receipts+acct_1Ab2@stripe.com") == "Stripe"
    assert knowledge.relay_platform_of("invoice+statements+acct_1Ab2@stripe.com") == "Stripe"
    assert knowledge.relay_platform_of("support@stripe.com") is None


def test_the_merchants_receipt_through_its_platform_is_no_mismatch() -> None:
    assert ID not in finding_ids(scan_offline(_receipt("Questions? Visit notion.so/help.")))


def test_a_number_to_call_keeps_the_mismatch() -> None:
    body = "If you did not authorise this charge call +1 (877) 555-0196 within 24 hours."
    assert ID in finding_ids(scan_offline(_receipt(body)))


def test_a_link_elsewhere_keeps_the_mismatch() -> None:
    raw = _receipt("Manage billing below.", href="https://notion-billing-help.pages.dev/")
    assert ID in finding_ids(scan_offline(raw))
