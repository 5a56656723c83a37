"""Rounds 473-480: what the session's batch of unseen mail showed."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline


def _bec(text: str) -> list[str]:
    return [m.phrase for m in lures_in_text(text, load_knowledge()) if m.category == "scam_bec"]


def test_a_new_dutch_account_number_is_a_lure_only_as_where_money_goes() -> None:
    """Round 473: a club's webmaster explains that a hosting direct debit bounced "door het
    nieuwe rekeningnummer"; the fraudster asks to pay "op het nieuwe rekeningnummer"."""
    assert _bec("Versio: klopt, dat komt door het nieuwe rekeningnummer.") == []
    assert _bec("Ik heb in Versio het nieuwe IBAN ingevuld.") == []
    assert _bec("Wilt u de facturen naar het nieuwe rekeningnummer overmaken?") != []
    assert _bec("Graag mijn salaris op mijn nieuwe rekeningnummer.") != []
    assert _bec("Ons nieuwe IBAN is NL42 BUNQ 2208 4419 73.") != []


def _report(
    to: str = "backups@northshoresystems.ca", text: str = "", html: str | None = None
) -> bytes:
    body = (
        "Job: DeepCove-M365-Daily\nWarning\nTransferred 1.9 GB (12,418 items)\n"
        "kevin@deepcove.ca (Mailbox) Warning: mailbox is not licensed. Object skipped.\n" + text
    )
    return make_message(
        from_="Veeam Backup for Microsoft 365 <vb365@northshoresystems.ca>",
        to=to,
        subject="[Warning] DeepCove-M365-Daily",
        text=body,
        html=html,
    )


def test_a_linkless_notice_inside_one_organisation_names_its_own_product() -> None:
    """Round 478: an MSP's backup server reports a job to the MSP's own backup mailbox as
    "Veeam Backup for Microsoft 365"."""
    mismatch = "BRAND_DISPLAY_NAME_MISMATCH"
    assert mismatch not in finding_ids(scan_offline(_report()))
    # To someone outside the organisation, with a link, or with a number to call, the
    # display name is judged as before.
    assert mismatch in finding_ids(scan_offline(_report(to="ops@deepcove.ca")))
    linked = _report(html='<p>Job report</p><a href="https://m365-restore.example/login">Open</a>')
    assert mismatch in finding_ids(scan_offline(linked))
    called = _report(text="Call Microsoft support at +1 (888) 555-0142 to restore the mailbox.")
    assert mismatch in finding_ids(scan_offline(called))


def test_a_law_firms_payment_platform_names_the_firms_mailbox_for_replies() -> None:
    """Round 475: a LawPay receipt with the sole practitioner's gmail as Reply-To."""
    raw = make_message(
        from_="LawPay <no-reply@lawpay.com>",
        to="client@yahoo.com",
        subject="Payment Receipt - Delacroix Law Office, PLLC",
        text="Payment Receipt\nAmount $750.00\nReference Jefferson - Invoice 1046\n",
        headers=[("Reply-To", "marcus.delacroix.law@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_PAYMENT" not in finding_ids(scan_offline(raw))


def test_brand_names_in_their_own_scripts() -> None:
    """Round 480: "דואר ישראל" (Israel Post), "Банка ДСК" and "Пошта Србије" from unrelated
    domains; Israel's National Insurance ("ביטוח לאומי") is not Bank Leumi."""
    for display, brand in (
        ("דואר ישראל", "Israel Post"),
        ("Банка ДСК", "DSK Bank"),
        ("Пошта Србије", "Pošta Srbije"),
    ):
        raw = make_message(from_=f"{display} <office@shaked-accounting.co.il>", subject="Notice")
        result = scan_offline(raw)
        found = [f for f in result.findings if f.id == "BRAND_DISPLAY_NAME_MISMATCH"]
        assert found and brand in found[0].evidence["brand"], display
    national = make_message(from_="ביטוח לאומי <info@btl.gov.il>", subject="הודעה")
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(national))
