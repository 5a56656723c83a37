"""Rounds 392-400 and batches 60-68: universities, health care, charities and finance teams;
the organisation's mailbox as a page's key, receipts, bulletin services and published pages."""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands
from mailwarden.destinations import own_tenant_test, sending_brand
from mailwarden.errors import ConfigError
from mailwarden.knowledge import expand_alternatives, load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import parse
from mailwarden.message.urls import make_link
from tests.helpers import finding_ids, make_message, scan_offline

K = load_knowledge()


def test_an_entry_with_alternatives_stands_for_each_combination() -> None:
    assert expand_alternatives("(sign|log) in with your (staff|student) email") == [
        "sign in with your staff email",
        "sign in with your student email",
        "log in with your staff email",
        "log in with your student email",
    ]
    assert expand_alternatives("!your (fund|funds)*") == ["!your fund*", "!your funds*"]
    assert expand_alternatives("plain phrase") == ["plain phrase"]


def test_an_entry_standing_for_too_many_phrases_is_refused() -> None:
    with pytest.raises(ConfigError):
        expand_alternatives("(a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b|c|d|e|f|g|h) (a|b)")


@pytest.mark.parametrize(
    "text",
    [
        "It'll ask you to sign in with your NHS email before you can open it.",
        "Please log in with your student email and password to download your certificate.",
        "Sign in with your organisational account to listen.",
    ],
)
def test_the_organisations_mailbox_as_a_pages_key_is_said(text: str) -> None:
    assert "org_signin" in {m.category for m in lures_in_text(text, K)}, text


def test_a_freemail_note_keyed_to_the_readers_nhs_email_on_ipfs_is_user_content() -> None:
    raw = make_message(
        from_="Robert Achterberg <r.achterberg@yahoo.example>",
        to="n.farouk@ashdownvalley.example",
        text=(
            "Hi Nadia, I've put the audit slides in a shared folder for you: "
            "https://ipfs.io/ipfs/bafybeih4x7q2mlz6k3vwrc9tn5ypd2e8ua1/sharepoint.html\n"
            "It'll ask you to sign in with your NHS email before you can open it.\nBest, Rob"
        ),
    )
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))


def test_an_it_notice_keyed_to_the_university_email_is_no_credential_request() -> None:
    text = (
        "Go to https://aka.ms/mfasetup and sign in with your University email address and "
        "your usual password. Instructions: https://www.uni-north.example/it/mfa"
    )
    raw = make_message(from_="Information Services <is-news@uni-north.example>", text=text)
    assert "CONTENT_CREDENTIAL_REQUEST" not in finding_ids(scan_offline(raw))


def test_update_your_details_is_no_credential_lure() -> None:
    said = {m.category for m in lures_in_text("Moved house? Update your details online.", K)}
    assert "credential" not in said


_RECEIPT = (
    "Thank you for your payment to Lehigh Valley Pediatric Associates.\n"
    "Confirmation number: IM-80441172963\nAmount paid: $45.00\n"
    "Questions about your bill? Please contact Lehigh Valley Pediatric Associates at "
    "(610) 437-9300.\n"
)


def test_a_receipt_with_a_phone_number_is_no_callback_notice() -> None:
    raw = make_message(from_="InstaMed <noreply@instamed.example>", text=_RECEIPT)
    assert "CONTENT_CALLBACK_ONLY" not in finding_ids(scan_offline(raw))


def test_a_settled_charge_to_cancel_by_phone_is_still_a_callback_notice() -> None:
    text = _RECEIPT + "If you did not authorize this purchase, call (610) 437-9300 to cancel.\n"
    raw = make_message(from_="Billing <billing@renewals-desk.example>", text=text)
    assert "CONTENT_CALLBACK_ONLY" in finding_ids(scan_offline(raw))


def test_a_sign_off_with_with_hides_the_signatures_phone_number() -> None:
    text = (
        "Dear Mrs. McAllister,\nThe corrected receipt for your $500 gift is attached.\n\n"
        "With warm regards,\nKimberly Owusu\nDirector of Development\n(215) 348-8001\n"
    )
    raw = make_message(from_="Kimberly Owusu <development@literacy-council.example>", text=text)
    assert "CONTENT_CALLBACK_ONLY" not in finding_ids(scan_offline(raw))


def _bulletin(*links: str) -> bytes:
    html = "".join(f'<p><a href="{url}">{url}</a></p>' for url in links)
    return make_message(
        from_="IRS Tax Tips <irs@service.govdelivery.com>",
        subject="IRS Tax Tip 2026-76: Year-end giving",
        text=None,
        html=f"<p>Donations must be made to qualified organizations.</p>{html}",
    )


def test_a_bulletin_services_own_help_site_is_the_senders() -> None:
    raw = _bulletin("https://www.irs.gov/publications/p526", "https://subscriberhelp.granicus.com/")
    ids = finding_ids(scan_offline(raw))
    assert "LINK_OFF_BRAND" not in ids
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in ids


def test_a_bulletin_linking_elsewhere_is_still_judged() -> None:
    raw = _bulletin("https://www.irs.gov/publications/p526", "https://irs-refund-desk.example/")
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_a_brands_own_notice_may_link_the_readers_organisation_beside_a_lure() -> None:
    text = (
        "A new authentication device was added to your University of Michigan Duo account.\n"
        "Two-factor: if you did not add this device, visit https://its.umich.example/help\n"
    )
    raw = make_message(
        from_="Duo Security <no-reply@duosecurity.com>", to="rokafor@umich.example", text=text
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_a_relay_platforms_lure_linking_the_readers_domain_is_still_judged() -> None:
    text = (
        "Jane shared a file with you. Your password expires today, verify your account at "
        "https://portal.victim-corp.example/login\n"
    )
    raw = make_message(
        from_="Jane via SharePoint <no-reply@sharepointonline.com>",
        to="bob@victim-corp.example",
        subject="Microsoft 365: password expiry",
        text=text,
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def _display_brands(display: str) -> set[str]:
    msg = parse(make_message(from_=f'"{display}" <receipts@fundraising.example>', text="Hi"))
    return {c.brand.name for c in claimed_brands(msg, K) if c.where == "display-name"}


def test_a_country_after_a_name_inside_another_name_claims_nothing() -> None:
    assert "Sky" not in _display_brands("Orange Sky Australia")
    assert "PayPal" in _display_brands("PayPal Deutschland")


_NOTE = "Hi team, HR asked me to share the revised salary schedule (pdf): {url}\nThanks, Lauren"


def test_a_document_offered_as_a_published_page_is_a_web_page() -> None:
    for url in (
        "https://docs.google.com/presentation/d/e/2PACX-1vQm7Tz4LkP9vWc2rXy8bN3hJ0/pub?start=false",
        "https://www.canva.com/design/DAGz4Kq7Pw8/Xr2mLdT0vB9nYc6e5FhJsA/view",
    ):
        raw = make_message(
            from_="Lauren Garrison <lgarrison@pinecrest-usd.example>", text=_NOTE.format(url=url)
        )
        assert "LINK_DOCUMENT_ON_WEB_PAGE" in finding_ids(scan_offline(raw)), url


def test_a_document_shared_as_a_google_doc_is_a_document() -> None:
    url = "https://docs.google.com/document/d/1aBcD3fGhIjKlMnOpQrStUvWxYz/edit?usp=sharing"
    raw = make_message(
        from_="Lauren Garrison <lgarrison@pinecrest-usd.example>", text=_NOTE.format(url=url)
    )
    assert "LINK_DOCUMENT_ON_WEB_PAGE" not in finding_ids(scan_offline(raw))


def test_the_organisations_meeting_site_is_its_own() -> None:
    own = own_tenant_test(frozenset({"umich.edu"}), K)
    assert own(make_link("https://umich.zoom.us/j/9065794594?pwd=abc", "", "text"))
    assert not own(make_link("https://us02web.zoom.us/j/9065794594", "", "text"))


def test_a_share_note_keyed_to_the_readers_email_is_a_credential_gate() -> None:
    text = (
        "Mike Sullivan shared a file with you\n"
        '"Hi Jennifer, payment for the November invoices was released this morning. The PDF '
        'is secured, please log in with your email to view. Thanks, Mike"\n'
        "Remittance_Advice_Nov2026.pdf\nOpen in Dropbox: https://www.dropbox.com/scl/fi/y2nd/R.pdf\n"
    )
    raw = make_message(
        from_='"Mike Sullivan (via Dropbox)" <no-reply@dropbox.com>',
        subject='Mike Sullivan shared "Remittance_Advice_Nov2026.pdf" with you',
        text=text,
    )
    assert "SENDER_PLATFORM_CREDENTIAL_GATE" in finding_ids(scan_offline(raw))


def test_a_disguised_attachment_that_is_empty_names_its_declared_type() -> None:
    raw = make_message(attachments=[("RxdiTSiQXTNJ.pdf", "image/jpeg", b"")])
    found = [f for f in scan_offline(raw).findings if f.id == "ATTACH_DISGUISED_TYPE"]
    assert found and "declared image/jpeg" in found[0].summary


def test_gls_netherlands_mails_from_its_own_domain() -> None:
    brand = sending_brand("gls-info.nl", K)
    assert brand is not None and brand.name == "GLS"
