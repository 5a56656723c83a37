"""Platform notes, continued: a note linking off the platform to a page anyone can build, a
click inside the shared item in the languages the lures cover, the form that asks for the
mailbox password, and HR on a free-mail box sharing pay documents."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_platform_note import credential_gate, nested_click
from tests.helpers import finding_ids, scan_mail

RELAYED = "SENDER_PLATFORM_RELAYED_LURE"
USER_CONTENT = "LINK_USER_CONTENT_HOST"
ROLE = "SENDER_PLATFORM_ROLE_SHARER"
CALENDLY = "Calendly <notifications@calendly.com>"
DRIVE = '"Jennifer Ramos (via Google Drawings)" <drive-shares-dm-noreply@google.com>'


@pytest.mark.parametrize(
    "note",
    [
        "Fill in your email address and current password in the form below.",
        "All staff must validate their email account before the migration on Monday.",
    ],
)
def test_forms_asking_for_the_mailbox_password_are_gates(note: str) -> None:
    assert credential_gate(note) is not None


def test_validating_an_address_is_no_gate() -> None:
    assert credential_gate("Please validate the delivery address on your account.") is None


@pytest.mark.parametrize(
    "note",
    [
        'Facture 2025-118 : cliquez sur "Afficher le document" dans le design pour le télécharger.',
        "Rechnung 4471: Klicken Sie auf die Schaltfläche im Dokument, um sie zu öffnen.",
        "Factura 2211: haga clic en el botón dentro del documento para descargarla.",
        "Fatura 88: clique no botão dentro do documento para baixar.",
        "Factuur 12: klik op de knop in het document om te downloaden.",
        "Fattura 5: clicca sul pulsante nel documento per scaricarla.",
        "Contract Review - Signed Copy. Click the View Document button inside to download.",
    ],
)
def test_a_click_inside_the_item_about_money_or_a_contract(note: str) -> None:
    assert nested_click(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Klicken Sie im Dokument auf die Kommentare, um mitzureden.",  # no money, no contract
        "Click the frames in the board to comment.",
        "Factuur 12 staat klaar in de map.",  # money, but no click inside
    ],
)
def test_ordinary_notes_are_no_nested_click(note: str) -> None:
    assert nested_click(note) is None


def test_an_event_description_linking_a_pay_letter_on_a_site_builder() -> None:
    result = scan_mail(
        CALENDLY,
        "Invitation: Annual Performance Review - Nina",
        "A new event has been scheduled.\nDescription: Before the meeting please review and"
        " e-sign your review packet and salary letter here:"
        " https://hr-review-packet.framer.website/?id=9ffa922a\n"
        "Join meeting: https://calendly.com/events/e223a73f/google_meet",
    )
    assert {RELAYED, USER_CONTENT} <= finding_ids(result)
    assert result.verdict.value != "clean"


def test_an_event_linking_the_organisers_own_site_builder_page_stays_clean() -> None:
    result = scan_mail(
        CALENDLY,
        "Invitation: Pottery taster class - Nina",
        "A new event has been scheduled.\nDescription: Directions and parking are on our"
        " site: https://claystudio.framer.website/visit\n"
        "Join: https://calendly.com/events/e223a73f",
    )
    assert USER_CONTENT not in finding_ids(result)
    assert result.verdict.value == "clean"


def test_hr_on_a_freemail_box_sharing_pay_documents() -> None:
    subject = 'Document shared with you: "Q4 Bonus & Salary Adjustment 2026"'
    text = (
        "Jennifer Ramos shared a drawing\nQ4 Bonus & Salary Adjustment 2026\n"
        "Please review and acknowledge your adjusted compensation before Friday. - HR\n"
        "Open: https://docs.google.com/drawings/d/17e0fd0a4191943f2Xq/edit"
    )
    assert ROLE in finding_ids(scan_mail(DRIVE, subject, text, "jramos.hrteam@gmail.com"))
    company = scan_mail(DRIVE, subject, text, "jramos.hrteam@lindenau-mfg.example")
    assert ROLE not in finding_ids(company)


@pytest.mark.parametrize(
    "note",
    [
        "Bitte öffnen Sie das Dokument und melden Sie sich mit Ihrer geschäftlichen E-Mail an.",
        "Klik op de knop DOCUMENT BEKIJKEN en log in met uw zakelijke e-mail.",
        "Connectez-vous avec votre adresse e-mail professionnelle pour ouvrir la facture.",
        "Complete the short validation form (username and current password) to stay active.",
    ],
)
def test_mailbox_gates_in_other_languages_and_forms(note: str) -> None:
    assert credential_gate(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Melden Sie sich mit Ihrer E-Mail-Adresse bei Canva an, um zu kommentieren.",
        "Log in met uw e-mail om het ontwerp te bewerken.",
    ],
)
def test_a_platform_login_with_any_email_is_no_gate(note: str) -> None:
    assert credential_gate(note) is None


CALLBACK = "SENDER_PLATFORM_CALLBACK"


def test_a_billing_notice_whose_organisation_name_is_a_callback() -> None:
    text = (
        "Thank you for your purchase\nOrganization: Microsoft Billing Support - For order"
        " cancellation or refund call +1 (855) 736-4419 (Toll Free)\nTotal charged $3,749.00\n"
        "Sign in to the Microsoft 365 admin center to manage your subscription."
    )
    subject = "Your Microsoft 365 Business Standard subscription has been renewed"
    microsoft = "Microsoft <microsoft-noreply@microsoft.com>"
    assert CALLBACK in finding_ids(scan_mail(microsoft, subject, text))


def test_a_money_request_note_about_a_processed_order_to_cancel_by_phone() -> None:
    text = (
        'Note from Coinbase Global Inc: "Your BTC purchase order #CB-55102 has been processed.'
        ' Not you? Call Coinbase Support immediately at +1 (844) 902-3318 to cancel this request."'
    )
    subject = "Coinbase requested $742.18"
    assert CALLBACK in finding_ids(scan_mail("PayPal <service@paypal.com>", subject, text))


def test_a_form_telling_staff_to_confirm_their_direct_deposit() -> None:
    text = (
        "Dear Employee, all staff must confirm their payroll direct deposit and benefits"
        " selections. Complete Confirmation Form: https://form.jotform.com/253108308394058"
    )
    found = finding_ids(scan_mail("HR Department <noreply@jotform.com>", "Action required", text))
    assert "SENDER_PLATFORM_PAYMENT_CHANGE" in found


@pytest.mark.parametrize(
    "note",
    [
        'Q4 Bonus Distribution. "Please access via the secure link inside the document."',
        "Nota Fiscal 4472. O documento contém o link para download do boleto atualizado.",
        "Invoice 88: the document contains the link to the payment portal.",
    ],
)
def test_the_real_link_is_inside_the_item(note: str) -> None:
    assert nested_click(note) is not None


def test_a_note_whose_document_has_a_link_but_is_about_nothing_paid() -> None:
    assert nested_click("Trip photos! The document contains the link to the album.") is None


def test_a_note_asking_to_confirm_login_details_in_dutch() -> None:
    note = "Wij vragen alle medewerkers hun bankgegevens en inloggegevens te bevestigen."
    assert credential_gate(note) is not None
