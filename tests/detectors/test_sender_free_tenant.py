"""sender_free_tenant: a sender on a tenant anyone can open (onmicrosoft, firebaseapp, zendesk)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.detectors.sender_free_tenant import free_tenant
from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline

K = load_knowledge()
WEAK = "SENDER_FREE_TENANT"
STRONG = "SENDER_FREE_TENANT_BRAND_CLAIM"


def test_free_tenant_parsing() -> None:
    assert free_tenant("contoso.onmicrosoft.com", K) == (
        "contoso.onmicrosoft.com",
        "contoso",
        "onmicrosoft.com",
    )
    assert free_tenant("mail.x.zendesk.com", K) == ("x.zendesk.com", "x", "zendesk.com")
    assert free_tenant("zendesk.com", K) is None  # the platform itself
    assert free_tenant("example.org", K) is None
    assert free_tenant("", K) is None


def test_tenant_alone_is_weak() -> None:
    ids = finding_ids(
        scan_offline(
            make_message(
                from_="Lena <lena@smallbakery.onmicrosoft.com>",
                subject="Order for Friday",
                text="Hi Bob, can we move the cake order to Friday? Lena",
            )
        )
    )
    assert WEAK in ids and STRONG not in ids


def test_brand_claim_from_tenant_is_strong() -> None:
    ids = finding_ids(
        scan_offline(
            make_message(
                from_="Ledger Support <support@helpcenter-7731.zendesk.com>",
                subject="Your wallet",
                text="Please contact us.",
            )
        )
    )
    assert STRONG in ids and WEAK not in ids


def test_lure_linking_off_tenant_is_strong() -> None:
    ids = finding_ids(
        scan_offline(
            make_message(
                from_="Notification <help@gaks71.zendesk.com>",
                subject="Urgent: verify your account now",
                text="Your account will be suspended. Verify your account now: "
                "https://account-check.example/verify",
            )
        )
    )
    assert STRONG in ids


def test_genuine_reset_linking_to_the_tenant_stays_weak() -> None:
    ids = finding_ids(
        scan_offline(
            make_message(
                from_="noreply@notes-app-91c2.firebaseapp.com",
                subject="Reset your password for Notes",
                text="Follow this link to reset your Notes password for your bob@example.net "
                "account. https://notes-app-91c2.firebaseapp.com/__/auth/action?mode=resetPassword"
                "&oobCode=x\nIf you didn't ask to reset your password, you can ignore this email.",
            )
        )
    )
    assert WEAK in ids and STRONG not in ids


def test_tenant_named_after_the_brand_is_its_own() -> None:
    ids = finding_ids(
        scan_offline(
            make_message(
                from_="Dropbox Support <support@dropbox.zendesk.com>",
                subject="Re: your ticket",
                text="Thanks for writing in; see https://dropbox.zendesk.com/hc/requests/1",
            )
        )
    )
    assert STRONG not in ids and WEAK in ids


def test_the_platforms_own_notice_from_its_tenant_is_its_template() -> None:
    # Jira Cloud mails from jira@SITE.atlassian.net under Atlassian's name and copyright.
    notice = make_message(
        from_="Priya Raman (Jira) <jira@thornfield.atlassian.net>",
        subject="[JIRA] (FIN-482) Reconcile December accruals",
        text="Priya Raman assigned FIN-482 to you.\n"
        "https://thornfield.atlassian.net/browse/FIN-482\n\u00a9 2025 Atlassian",
    )
    ids = finding_ids(scan_offline(notice))
    assert STRONG not in ids and WEAK in ids
    # The same tenant luring to a page elsewhere is judged as any stranger's tenant.
    lure = make_message(
        from_="Atlassian <jira@thornfield.atlassian.net>",
        subject="Urgent: verify your account now",
        text="Your account will be suspended. Verify your account now: "
        "https://account-check.example/verify\n\u00a9 2025 Atlassian",
    )
    assert STRONG in finding_ids(scan_offline(lure))
    # Microsoft's own notices never come from a customer's tenant.
    microsoft = make_message(
        from_="Microsoft 365 Admin <admin@contoso7731.onmicrosoft.com>",
        subject="Your subscription",
        text="Please contact us.",
    )
    assert STRONG in finding_ids(scan_offline(microsoft))


def test_ordinary_sender_is_silent() -> None:
    ids = finding_ids(scan_offline(make_message(from_="Alice <alice@example.org>")))
    assert not ids & {WEAK, STRONG}


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_free_tenant_never_raises(domain: str) -> None:
    hit = free_tenant(domain, K)
    assert hit is None or hit[0].endswith(hit[2])
