"""Platform notes: the mailbox as the credential, a click inside the shared item about a payment,
callback wording in platform requests and account alerts, and the honest notes of the same
platforms that must stay silent."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_platform_note import credential_gate, nested_click
from tests.helpers import finding_ids, scan_mail

GATE = "SENDER_PLATFORM_CREDENTIAL_GATE"
NESTED = "SENDER_PLATFORM_NESTED_LINK"
CALLBACK = "SENDER_PLATFORM_CALLBACK"
DRIVE = '"Ann Lee (via Google Drawings)" <drive-shares-dm-noreply@google.com>'
CANVA = '"Canva" <design-shares@canva.com>'
PAYPAL = '"PayPal" <service@paypal.com>'
MS_ACCOUNT = '"Microsoft account team" <account-security-noreply@accountprotection.microsoft.com>'


@pytest.mark.parametrize(
    "note",
    [
        "Please fill out the verification form with your current email login.",
        "See the statements. Sign in with your business email to view.",
        "The form inside requires Microsoft sign-in.",
        "This folder needs your Office 365 login to open.",
    ],
)
def test_mailbox_credential_gates(note: str) -> None:
    assert credential_gate(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Please sign in with your work email to comment on the draft.",
        "Sign in with your school account to answer the quiz.",
        "Fill out the form with your availability.",
        "Never submit passwords through Google Forms.",
    ],
)
def test_honest_sign_in_notes(note: str) -> None:
    assert credential_gate(note) is None


@pytest.mark.parametrize(
    "note",
    [
        "Please find the ACH remittance. Click the image in the document to download.",
        "Find the approved invoice. Click VIEW DOCUMENT inside the design.",
        "3 invoices require approval. Open the PDF bundle via the OneDrive link on the page.",
        # Round 306: a quotation behind the button in a Canva design, in German.
        "Anbei unser Angebot. Bitte öffnen Sie das Dokument über den Button im Design.",
        # Round 322: a refund held until bank details are given behind a link in the item.
        "Your refund cannot be released until your bank information is verified through the"
        " secure link inside the document.",
        # Round 328: a quote whose drawings are behind "the link inside"; an invoice behind a
        # button at the top of a Notion page.
        "Revised quote and drawings. Open the PDF and use the link inside to see the full set.",
        'Proposal and invoice are on the page. Use the "Open secure PDF" button at the top.',
        # Round 370: Danish and German notes; an order confirmation is a contract.
        "Hej, hermed faktura for udført arbejde. Betaling sker via linket i dokumentet.",
        "Anbei die Auftragsbestätigung. Bitte über den Button im Dokument die PDF-Version öffnen.",
        "Här är fakturan. Betalningen görs via länken i dokumentet.",
        "Lasku liitteenä. Maksu dokumentissa olevan linkin kautta.",
        # Round 373: the portal "linked in the document", about benefits enrolment.
        "Confirm your benefits enrolment through the secure staff portal linked in the document.",
        # Round 376: Czech, and the same in Romanian and Polish.
        "Posílám fakturu za přepravu. Dokument je ke stažení přes tlačítko v náhledu.",
        "Vă trimit factura. Plata se face prin linkul din document.",
        "Przesyłam fakturę. Płatność przez link w dokumencie.",
    ],
)
def test_nested_click_about_payment(note: str) -> None:
    assert nested_click(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Click the frames in the board to leave comments on the logo.",  # no money
        "Here is the invoice draft, let me know what you think.",  # no nested click
        "The refund form is linked inside the document header.",  # no link inside the item
        "The link inside the document goes to our style guide.",  # no money
        "Linket i dokumentet går til vores stilguide.",  # no money, in Danish
        "",
    ],
)
def test_no_nested_click(note: str) -> None:
    assert nested_click(note) is None


def test_drive_share_with_nested_click_fires() -> None:
    result = scan_mail(
        DRIVE,
        'Document shared with you: "Remittance Advice"',
        "Ann Lee (ann.lee.pay@gmail.com) has invited you to view the following document:\n\n"
        "Remittance Advice\n\nPlease find the remittance for this week. Click the image in"
        " the document to download.\n",
    )
    assert NESTED in finding_ids(result)


def test_canva_design_share_honest_is_silent() -> None:
    result = scan_mail(
        CANVA,
        'Jo Park shared a design with you: "Spring poster"',
        'Jo Park has invited you to edit their design\n\n"Spring poster"\nJo: click the'
        " second page in the design and tell me which colours you prefer.\n",
    )
    assert not {NESTED, GATE} & finding_ids(result)


def test_paypal_request_stop_renewal_callback_fires() -> None:
    result = scan_mail(
        PAYPAL,
        "Geek Desk requested $399.00 USD",
        'Geek Desk requested $399.00 USD\n\n"Annual plan auto-renewal. Payment will be taken'
        ' automatically. To stop the renewal contact our help desk +1 (844) 555-0199."\n',
    )
    assert CALLBACK in finding_ids(result)


def test_paypal_request_honest_is_silent() -> None:
    result = scan_mail(
        PAYPAL,
        "Riverside Yoga requested $60.00 USD",
        'Riverside Yoga requested $60.00 USD\n\n"December class pack. Questions? Contact'
        ' the studio 503 555 0142."\n',
    )
    assert CALLBACK not in finding_ids(result)


def test_ms_account_alert_with_number_to_call_fires() -> None:
    result = scan_mail(
        MS_ACCOUNT,
        "Microsoft account unusual sign-in activity",
        "Unusual sign-in activity\nWe detected something unusual about a recent sign-in."
        " If this wasn't you, call Account Recovery at +1 (877) 555-0148.\n",
    )
    assert CALLBACK in finding_ids(result)


def test_ms_account_alert_without_number_is_silent() -> None:
    result = scan_mail(
        MS_ACCOUNT,
        "Microsoft account unusual sign-in activity",
        "Unusual sign-in activity\nWe detected something unusual about a recent sign-in."
        " If this wasn't you, please secure your account: https://account.live.com/activity\n",
    )
    assert CALLBACK not in finding_ids(result)

