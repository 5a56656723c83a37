"""sender_freemail_org: free-mail senders that call themselves an organisation or role."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_role_name_on_freemail() -> None:
    raw = make_message(from_="IT Help Desk <it.helpdesk.2291@gmail.com>")
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_FREEMAIL_ORG_CLAIM" in ids


def test_brand_name_on_freemail() -> None:
    raw = make_message(from_="Microsoft account team <msteam.alerts@gmail.com>")
    ids = finding_ids(scan_offline(raw))
    assert "SENDER_FREEMAIL_ORG_CLAIM" in ids


def test_person_on_freemail_is_fine() -> None:
    raw = make_message(from_="Maria Gonzalez <maria.gonzalez@gmail.com>")
    assert "SENDER_FREEMAIL_ORG_CLAIM" not in finding_ids(scan_offline(raw))


def test_role_name_on_own_domain_is_fine() -> None:
    raw = make_message(from_="IT Help Desk <helpdesk@example.org>")
    assert "SENDER_FREEMAIL_ORG_CLAIM" not in finding_ids(scan_offline(raw))


def test_bare_support_as_the_name_on_freemail() -> None:
    raw = make_message(from_="support <mentorah.info@gmail.com>")
    assert "SENDER_FREEMAIL_ORG_CLAIM" in finding_ids(scan_offline(raw))


def test_provider_system_mailbox_on_its_own_freemail_domain_is_fine() -> None:
    # Proton's account mail comes from no-reply@proton.me, a name no user can register.
    raw = make_message(from_="Proton Mail <no-reply@proton.me>")
    assert "SENDER_FREEMAIL_ORG_CLAIM" not in finding_ids(scan_offline(raw))


def test_user_mailbox_on_the_providers_domain_still_claims() -> None:
    # Any user can open proton.support@proton.me or msaccount.noreply@outlook.com.
    for sender in ("Proton Mail <proton.support@proton.me>",
                   "Microsoft account team <msaccount.noreply@outlook.com>",
                   "Microsoft account team <noreply@gmail.com>"):
        raw = make_message(from_=sender)
        assert "SENDER_FREEMAIL_ORG_CLAIM" in finding_ids(scan_offline(raw)), sender
