"""Rounds 441-456: what the session's second and third batches of unseen mail showed."""

from __future__ import annotations

from mailwarden.claims import claimed_brands, is_published_page
from mailwarden.config import load_policy
from mailwarden.destinations import text_sites
from mailwarden.engine import Engine
from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline

_LURES = {"CONTENT_CREDENTIAL_REQUEST", "CONTENT_URGENCY", "CONTENT_LURE_DENSE"}


def test_a_masked_ip_address_is_no_site() -> None:
    """Round 444: a sign-in alert's "88.27.xxx.xxx" (.xxx is a top-level domain)."""
    assert text_sites("Dirección IP: 88.27.xxx.xxx (Madrid), see account.live.com") == [
        "account.live.com"
    ]


def test_a_brands_notice_naming_the_authority_it_reports_to_stays_with_it() -> None:
    """Round 447: eBay asks its seller to confirm details it must report to HMRC; every link
    goes to eBay. The text speaks of a public body, not as one."""
    raw = make_message(
        from_="eBay <ebay@ebay.com>",
        subject="Action required: confirm your details for HMRC reporting",
        html="<p>eBay is required to report seller information to HMRC. Please confirm your "
        'details by 31 December.</p><a href="https://www.ebay.co.uk/sh/ovw/taxinfo">Provide '
        "information in Seller Hub</a>",
        headers=[
            (
                "Authentication-Results",
                "mx.example; dkim=pass header.d=ebay.com; "
                "spf=pass smtp.mailfrom=ebay.com; dmarc=pass header.from=ebay.com",
            )
        ],
    )
    assert not finding_ids(scan_offline(raw)) & _LURES


def test_a_public_body_named_by_an_unknown_sender_still_counts() -> None:
    raw = make_message(
        from_="Seller Services <notice@seller-taxinfo.example>",
        subject="Action required: confirm your details for HMRC reporting",
        html="<p>We must report seller information to HMRC. Please confirm your details by "
        '31 December.</p><a href="https://seller-taxinfo.example/confirm">Confirm</a>',
    )
    assert finding_ids(scan_offline(raw)) & _LURES


def test_the_organisations_name_under_another_suffix_is_its_own_site() -> None:
    """Round 444: Swapfiets writes from swapfiets.com and links swapfiets.nl. Only a sender
    that authenticated its domain has its name under another suffix counted as its own."""
    html = (
        "<p>We couldn't collect your payment. Action needed: the payment failed, please pay "
        'the outstanding amount.</p><a href="https://{host}/en-NL/account/payments">Go to my '
        "payments</a>"
    )
    # As delivered: signed, received by our server, whose verdict we trust.
    delivered = [
        (
            "Authentication-Results",
            "mx.example; dkim=pass header.d=swapfiets.com; spf=pass "
            "smtp.mailfrom=hello@swapfiets.com; dmarc=pass header.from=swapfiets.com",
        ),
        ("Received", "from mail.swapfiets.com (mail.swapfiets.com [192.0.2.7]) by mx.example"),
        ("Return-Path", "<hello@swapfiets.com>"),
        ("DKIM-Signature", "v=1; a=rsa-sha256; d=swapfiets.com; s=s1; h=from; bh=YQ==; b=YQ=="),
    ]
    trusting = Engine(
        load_policy(
            extra={"dns": {"offline": True}, "auth": {"trusted_authserv_ids": ["mx.example"]}}
        )
    )

    def account_lure(host: str, headers: list[tuple[str, str]], engine: Engine) -> bool:
        raw = make_message(
            from_="Swapfiets <hello@swapfiets.com>", html=html.format(host=host), headers=headers
        )
        return "CONTENT_ACCOUNT_PROBLEM" in {f.id for f in engine.scan(raw).findings}

    assert not account_lure("swapfiets.nl", delivered, trusting)
    assert account_lure("swapfiets-pay.nl", delivered, trusting)
    # A forged From: nothing authenticated swapfiets.com.
    assert account_lure("swapfiets.nl", [], trusting)


def test_a_site_on_a_publishing_host_named_like_the_sender_is_not_its_own() -> None:
    """contoso.notion.site is anyone's page named contoso (bench/modern rounds 22, 23, 97)."""
    raw = make_message(
        from_="Accounts <accounts@penningtonjoinery.co.uk>",
        html="<p>Here's your invoice, due on receipt. Please pay the invoice online.</p>"
        '<a href="https://penningtonjoinery.notion.site/Invoice-SI-40417">View invoice</a>',
    )
    assert "CONTENT_INVOICE" in finding_ids(scan_offline(raw))


def test_a_help_centre_on_oracle_service_cloud_is_the_brands() -> None:
    """Round 447: Payoneer's notice links to payoneer.custhelp.com."""
    raw = make_message(
        from_="Payoneer <notifications@payoneer.com>",
        html='<p>Questions?</p><a href="https://payoneer.custhelp.com/app/answers">Help</a>'
        '<a href="https://myaccount.payoneer.com/">Account</a>',
        headers=[
            (
                "Authentication-Results",
                "mx.example; dkim=pass header.d=payoneer.com; "
                "spf=pass smtp.mailfrom=payoneer.com; dmarc=pass header.from=payoneer.com",
            )
        ],
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_power_bi_is_microsofts_and_its_published_reports_are_web_pages() -> None:
    """Round 445: a Power BI report subscription links to app.powerbi.com; a report
    published to the web (app.powerbi.com/view?r=...) is anyone's page."""
    raw = make_message(
        from_="Microsoft Power BI <no-reply-powerbi@microsoft.com>",
        html='<p>Subscription: Supplier Scorecard</p><a href="https://app.powerbi.com/groups/me/'
        'reports/4e8a1c02/ReportSection">Go to report</a>',
        headers=[
            (
                "Authentication-Results",
                "mx.example; dkim=pass header.d=microsoft.com; spf=pass "
                "smtp.mailfrom=microsoft.com; dmarc=pass header.from=microsoft.com",
            )
        ],
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))
    knowledge = load_knowledge()
    published = parse(make_message(html='<a href="https://app.powerbi.com/view?r=eyJrIjoi">x</a>'))
    report = parse(make_message(html='<a href="https://app.powerbi.com/groups/me/reports/1">x</a>'))
    assert is_published_page(published.links[0], knowledge)
    assert not is_published_page(report.links[0], knowledge)


def test_gaming_and_careers_brands_of_round_448() -> None:
    knowledge = load_knowledge()
    for display, brand in (("Riot Games", "Riot Games"), ("Handshake", "Handshake")):
        msg = parse(make_message(from_=f"{display} <noreply@notify.example>"))
        assert brand in {c.brand.name for c in claimed_brands(msg, knowledge)}
    # "Handshake" is also a word: only the whole name claims the platform.
    msg = parse(make_message(from_="Firm Handshake Deals <deals@example.org>"))
    assert "Handshake" not in {c.brand.name for c in claimed_brands(msg, knowledge)}


def test_the_gift_card_errand_asks_for_pics_of_the_codes() -> None:
    text = "Can you pick up 6 x £50 Steam cards and send me pics of the codes on the back here?"
    assert "scam_bec" in {m.category for m in lures_in_text(text, load_knowledge())}


def test_healthcare_and_workforce_brands_of_round_456() -> None:
    knowledge = load_knowledge()
    for display, brand in (
        ("Availity Essentials", "Availity"),
        ("UKG Workforce Management", "UKG"),
    ):
        msg = parse(make_message(from_=f"{display} <alerts@notify.example>"))
        assert brand in {c.brand.name for c in claimed_brands(msg, knowledge)}


def test_reply_with_your_asks_the_scam_for_the_person_not_the_order() -> None:
    """Rounds 426 and 445: a courier's account number, a buyer's bill of lading, a club's
    order or vote are no advance-fee phrase; the reader's name, number or bank are."""
    knowledge = load_knowledge()

    def fee(text: str) -> bool:
        return "scam_advance_fee" in {m.category for m in lures_in_text(text, knowledge)}

    for honest in (
        "If you want to dispute, reply with your BOL and ASN timestamps.",
        "Reply with your order by 10am Monday.",
        "Please reply with your account number and we will bill the charges to it.",
    ):
        assert not fee(honest), honest
    for scam in (
        "Reply with your full name, address and cell phone number to receive your funds.",
        "Kindly reply with your WhatsApp number and best time to call.",
        "Reply with your requirements and we will send the catalogue.",
    ):
        assert fee(scam), scam
