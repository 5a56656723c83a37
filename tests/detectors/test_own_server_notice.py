"""destinations.own_server_notice and the callback notice's app channel."""

from tests.helpers import finding_ids, make_message, scan_offline

EXCHANGE = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
QUOTA = (
    "Your mailbox is almost full.\n\n98% used: 48.9 GB of 50 GB\nPlease reduce your mailbox size."
)


def _quota_warning_ids(server_domain: str) -> set[str]:
    """Findings of an Exchange quota warning from ``server_domain`` to a riverbend-health user."""
    raw = make_message(
        from_=f"Microsoft Outlook <{EXCHANGE}@{server_domain}>",
        to="d.okafor@riverbend-health.example",
        subject="Your mailbox is almost full.",
        text=QUOTA,
    )
    return finding_ids(scan_offline(raw))


def test_the_readers_own_exchange_quota_warning() -> None:
    ids = _quota_warning_ids("riverbend-health.example")
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in ids and "CONTENT_MAILBOX_FULL" not in ids


def test_another_domains_system_mailbox_is_judged() -> None:
    assert "BRAND_DISPLAY_NAME_MISMATCH" in _quota_warning_ids("elsewhere.example")


def test_a_bank_notice_offering_its_app_beside_the_phone_is_no_callback_scam() -> None:
    text = (
        "You changed a standing order: Amount £150.00.\nIf this wasn't you, please contact us"
        " straight away from the app (Help > Chat) or call 0207 930 4450."
    )
    assert "CONTENT_CALLBACK_ONLY" not in finding_ids(scan_offline(make_message(text=text)))
    scam = "Your order of £150.00 was charged. If this wasn't you, call 0207 930 4450."
    assert "CONTENT_CALLBACK_ONLY" in finding_ids(scan_offline(make_message(text=scam)))


def _tenant_quota_ids(link: str) -> set[str]:
    """An Exchange Online quota warning from the organisation's tenant domain."""
    raw = make_message(
        from_=f"Microsoft Outlook <{EXCHANGE}@riverbendinc.onmicrosoft.com>",
        to="d.okafor@riverbend-health.example",
        subject="Your mailbox is almost full.",
        text=f"{QUOTA}\nLearn more about managing mailbox storage: {link}",
    )
    return finding_ids(scan_offline(raw))


def test_exchange_online_writes_from_the_tenant_name() -> None:
    ids = _tenant_quota_ids("https://support.microsoft.com/office/manage-email-storage")
    assert not ids & {
        "BRAND_DISPLAY_NAME_MISMATCH",
        "CONTENT_MAILBOX_FULL",
        "SENDER_FREE_TENANT_BRAND_CLAIM",
    }, ids


def test_a_tenants_quota_warning_linking_elsewhere_is_judged() -> None:
    ids = _tenant_quota_ids("https://mailbox-upgrade.example/storage")
    assert {"BRAND_DISPLAY_NAME_MISMATCH", "SENDER_FREE_TENANT_BRAND_CLAIM"} <= ids, ids


def test_a_banks_own_notice_gives_its_own_number() -> None:
    text = (
        "Je hebt je daglimiet aangepast naar € 2.500.\n"
        "Heb je dit niet zelf gedaan? Bel ons dan direct via 020 22 888 00."
    )
    own = make_message(from_="ING <noreply@ing.nl>", text=text)
    assert "CONTENT_CALLBACK_ONLY" not in finding_ids(scan_offline(own))
    other = make_message(from_="ING <noreply@ing-meldingen.example>", text=text)
    assert "CONTENT_CALLBACK_ONLY" in finding_ids(scan_offline(other))
    # A platform that carries its users' text (a tenant's name in Microsoft's own mail).
    relayed = make_message(from_="Microsoft <account-security-noreply@microsoft.com>", text=text)
    assert "CONTENT_CALLBACK_ONLY" in finding_ids(scan_offline(relayed))
