"""brand_display_name: the display-name forms of mailwarden.claims reach the detector."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def _fires(sender: str) -> bool:
    raw = make_message(
        from_=sender,
        subject="Important update",
        html='<p>Hello</p><a href="https://upgrade-now.example/x">Upgrade</a>',
    )
    return "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))


def test_brand_forms_from_other_domain_fire() -> None:
    for sender in (
        '"Ledger News" <rodrigo@shop.example>',
        '"Hilan from Ledger" <ledger@florist.example>',
        '"Anna | Ledger" <anna@florist.example>',
        '"T E M U" <deals@example.org>',
        '"Micro soft" <it@example.org>',
        '"noreply@service.amzn.com" <x@tenant.example>',
    ):
        assert _fires(sender), sender


def test_ordinary_words_and_own_domains_are_silent() -> None:
    for sender in (
        '"Economic Outlook Newsletter" <news@bank.example>',
        '"Notes from the Ledger" <editor@paper.example>',
        '"General Ledger | Accounting" <gl@firm.example>',
        '"Ledger News" <news@ledger.com>',
        '"jane@live.com" <jane@list.example>',
    ):
        assert not _fires(sender), sender
