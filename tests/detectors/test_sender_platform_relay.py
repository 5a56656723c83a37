"""SENDER_PLATFORM_RELAYED_LURE: a platform notification that relays a money lure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.knowledge import load_knowledge
from mailwarden.result import ScanResult
from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_PLATFORM_RELAYED_LURE"
DRIVE = '"Jo Doe (via Google Docs)" <drive-shares-noreply@google.com>'


def _scan(from_: str, subject: str, text: str) -> ScanResult:
    return scan_offline(make_message(from_=from_, subject=subject, text=text))


@pytest.mark.parametrize(
    ("address", "platform"),
    [
        ("drive-shares-noreply@google.com", "Google Drive"),
        ("DRIVE-SHARES-NOREPLY@Google.com", "Google Drive"),
        ("dse_na3@docusign.net", "DocuSign"),  # a domain entry covers every address
        ("noreply@order.eventbrite.com", "Eventbrite"),  # and its subdomains
        ("noreply@zohosalesiq.com", "Zoho SalesIQ"),
    ],
)
def test_platform_senders(address: str, platform: str) -> None:
    assert load_knowledge().relay_platform_of(address) == platform


@pytest.mark.parametrize(
    "address",
    [
        "no-reply@accounts.google.com",  # an address entry is that address only
        "drive-shares-noreply@google.com.evil.example",
        "x@notdocusign.net",
        "x@docusign.net.evil.example",
        "",
        "@",
        "no at sign",
    ],
)
def test_not_platform_senders(address: str) -> None:
    assert load_knowledge().relay_platform_of(address) is None


def test_fires_on_casino_bonus_in_a_share_note() -> None:
    result = _scan(DRIVE, "Document shared with you", "Your welcome bonus and 100 free spins.")
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["platform"] == "Google Drive"
    assert "welcome bonus" in finding.evidence["phrases"]


def test_same_lure_from_an_ordinary_sender_is_not_this_finding() -> None:
    result = _scan("Jo <jo@example.org>", "Hi", "Your welcome bonus and 100 free spins.")
    assert ID not in finding_ids(result)


def test_crypto_needs_money_directed_at_the_reader() -> None:
    topic = "Notes on bitcoin fees and ethereum staking for the team wiki."
    assert ID not in finding_ids(_scan(DRIVE, "Document shared with you", topic))
    payout = "Your bitcoin withdrawal: the transfer of crypto to your account is pending."
    finding = next(f for f in _scan(DRIVE, "Shared", payout).findings if f.id == ID)
    assert "crypto_payout" in finding.evidence


def test_one_advance_fee_phrase_is_a_document_title_two_are_a_story() -> None:
    one = _scan(DRIVE, "Document shared with you", "Business proposal for the Q3 fair.")
    assert ID not in finding_ids(one)
    two = _scan(
        DRIVE,
        "Document shared with you",
        "Business proposal: my late husband left an inheritance fund, next of kin needed.",
    )
    assert ID in finding_ids(two)


def test_survey_words_alone_are_not_a_prize_on_a_form_platform() -> None:
    typeform = "Typeform <notifications@typeform.com>"
    result = _scan(typeform, "New response", "Please take our survey: complete our survey.")
    assert ID not in finding_ids(result)


def test_sum_in_sender_name() -> None:
    result = _scan('"GET $5,000 NOW via BreezeDoc" <service@breezedoc.com>', "Sign", "Sign.")
    assert ID in finding_ids(result)
    plain = _scan('"Anna Berg via BreezeDoc" <service@breezedoc.com>', "Sign", "Sign.")
    assert ID not in finding_ids(plain)


def test_credit_in_subject() -> None:
    result = _scan(DRIVE, "You received +$1,250.00", "See the document.")
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["credited_sum"] == "+$1,250.00"


CALLBACK = "SENDER_PLATFORM_CALLBACK"


def test_callback_needs_a_past_charge_and_a_dispute() -> None:
    ID = CALLBACK  # noqa: N806 - the callback has its own finding now
    paypal = "PayPal <service@paypal.com>"
    scam = (
        "Note from seller: your account was charged $399.99 for a renewal. If you did not "
        "authorize it, call +1 (646) 555-0100 to cancel and receive a refund."
    )
    assert ID in finding_ids(_scan(paypal, "New invoice", scam))
    genuine = "Thanks for your business. Questions? Call (646) 555-0100. Due in 14 days."
    assert ID not in finding_ids(_scan(paypal, "New invoice", genuine))


@settings(max_examples=60, deadline=None)
@given(
    display=st.text(max_size=80),
    subject=st.text(max_size=120),
    body=st.text(max_size=600),
)
def test_hostile_text_never_raises(display: str, subject: str, body: str) -> None:
    name = display.replace('"', "").replace("\\", "").replace("\r", " ").replace("\n", " ")
    raw = (
        f'From: "{name}" <drive-shares-noreply@google.com>\r\n'
        f"Subject: {subject.replace(chr(13), ' ').replace(chr(10), ' ')}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode("utf-8", "surrogatepass") + body.encode("utf-8", "surrogatepass")
    result = scan_offline(raw)
    assert "ENGINE_DETECTOR_ERROR" not in finding_ids(result)


def test_callback_widened_to_a_pending_charge_and_contact_at_a_number() -> None:
    ID = CALLBACK  # noqa: N806 - the callback has its own finding now
    paypal = "PayPal <service@paypal.com>"
    scam = (
        "Note from seller: a charge of $699.00 for a Bitcoin purchase will be processed. If "
        "you did not authorise this, contact PayPal Support immediately at +1 (802) 555-0188."
    )
    finding = next(f for f in _scan(paypal, "Invoice", scam).findings if f.id == ID)
    assert finding.evidence["phone"].endswith("555-0188")
    # "contact us" in a footer is no call to a number; nor is a charge without a dispute.
    footer = (
        "A charge of $20.00 will be processed on delivery. Contact us any time. "
        "Shop phone 802-555-0188."
    )
    assert ID not in finding_ids(_scan(paypal, "Invoice", footer))


ROLE = "SENDER_PLATFORM_ROLE_SHARER"
DROPBOX = '"Dropbox" <no-reply@dropbox.com>'


def _share(sharer: str, note: str) -> ScanResult:
    text = f'{sharer} invited you to view the file "Statement.paper" on Dropbox.\n\n{note}\n'
    return _scan(DROPBOX, "A file was shared with you", text)


def test_role_sharer_on_free_mail_asking_to_verify_for_a_payment() -> None:
    result = _share(
        "Accounts Dept (accounts.dept.ny@gmail.com)",
        'Accounts Dept said: "Verify your email to view the pending payment of $18,750.00"',
    )
    finding = next(f for f in result.findings if f.id == ROLE)
    assert finding.evidence["sharer_address"] == "accounts.dept.ny@gmail.com"
    assert finding.evidence["sharer"] == "Accounts Dept"


@pytest.mark.parametrize(
    ("sharer", "note"),
    [
        # A person's name on free-mail: an ordinary share.
        ("Jonas Berg (jonas.berg@gmail.com)", "Verify the payment of $1,200 for the venue."),
        # A role on the organisation's own domain.
        ("Accounts Dept (accounts@fjordtech.example)", "Verify the payment of $1,200."),
        # A role on free-mail that asks nothing about money.
        ("Accounts Dept (accounts.dept.ny@gmail.com)", "Please verify the figures in Q3."),
        # A role on free-mail with money but no verification.
        ("Billing Department (billing.d@gmail.com)", "Receipt for the $40 club fee."),
    ],
)
def test_role_sharer_needs_role_free_mail_verify_and_money(sharer: str, note: str) -> None:
    assert ROLE not in finding_ids(_share(sharer, note))


def test_role_sharer_from_reply_to_display_name() -> None:
    raw = make_message(
        from_='"Payroll (via Google Drive)" <drive-shares-dm-noreply@google.com>',
        subject="Document shared with you",
        text="Please verify your identity to release the bonus payment of EUR 2,000.",
        headers=[("Reply-To", '"Payroll" <payroll.hr.dept@outlook.com>')],
    )
    assert ROLE in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "note",
    [
        # Round 296: the pay named in the reader's language.
        "Todo el personal debe firmar el formulario de verificación de nómina.",
        "Bitte bestätigen Sie Ihre Gehaltsabrechnung für Dezember.",
        "Merci de valider votre bulletin de paie de novembre.",
    ],
)
def test_role_sharer_about_the_readers_pay_in_other_languages(note: str) -> None:
    raw = make_message(
        from_='"Recursos Humanos via Docusign" <dse_NA3@docusign.net>',
        subject="Documento para firmar",
        text=f"Recursos Humanos le ha enviado un documento para revisar y firmar.\n\n{note}\n",
        headers=[("Reply-To", '"Recursos Humanos" <rrhh.sableriver@gmail.com>')],
    )
    assert ROLE in finding_ids(scan_offline(raw))


def test_role_sharer_from_an_ordinary_sender_is_not_this_finding() -> None:
    raw = make_message(
        from_='"Accounts Dept" <accounts.dept.ny@gmail.com>',
        text="Accounts Dept (accounts.dept.ny@gmail.com): verify to view the payment of $900.",
    )
    assert ROLE not in finding_ids(scan_offline(raw))


def test_a_platform_known_by_its_envelope_relays_its_users_lure() -> None:
    # Unseen phishing_pot 2365: a Google Forms quiz's "score released" notice comes From the
    # form's owner; only the envelope (trix.bounces.google.com) is Google's.
    text = "Google Forms\n\nYour score has been released for +$276.\n\nView score\n"
    headers = [("Return-Path", "<3abc@trix.bounces.google.com>")]
    relayed = make_message(
        from_="fatdeluja@gmail.com", subject="Score released: +$276", text=text, headers=headers
    )
    assert ID in finding_ids(scan_offline(relayed))
    own = make_message(from_="fatdeluja@gmail.com", subject="Score released: +$276", text=text)
    assert ID not in finding_ids(scan_offline(own))
