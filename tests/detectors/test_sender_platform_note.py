"""``sender_platform_note`` and the findings it feeds: what a platform user typed into a
genuine notification (credentials, callback, new payment instructions, a remittance to the
reader, payroll from a free-mail role), and the honest notes of the same platforms that must
stay clean."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_platform_note import (
    credential_gate,
    intl_phone,
    money_to_reader,
    payroll_topic,
)
from tests.helpers import finding_ids, scan_mail

GATE = "SENDER_PLATFORM_CREDENTIAL_GATE"
CALLBACK = "SENDER_PLATFORM_CALLBACK"
CHANGE = "SENDER_PLATFORM_PAYMENT_CHANGE"
SIGNIN = "SENDER_PLATFORM_PAYMENT_SIGNIN"
ROLE = "SENDER_PLATFORM_ROLE_SHARER"
ALL = [GATE, CALLBACK, CHANGE, SIGNIN, ROLE, "SENDER_PLATFORM_RELAYED_LURE"]

DROPBOX = '"Dropbox" <no-reply@dropbox.com>'
CANVA = '"Canva" <no-reply@canva.com>'
FORMS = '"Google Forms" <forms-receipts-noreply@google.com>'
PAYPAL = '"PayPal" <service@paypal.com>'


@pytest.mark.parametrize(
    "note",
    [
        "Final paperwork attached, please verify with your email credentials to access.",
        "Document is available after verifying your business email.",
        "To view, verify your identity with your organization email.",
        "Access the enrollment portal with your work email and password.",
        "Please sign in with your company Microsoft 365 account and confirm your details.",
        # The noun says it too (held-out round 23).
        "The enclosed page requires verification with your company email before it is shown.",
        # Round 306: "your work address" said without "e-mail", on a Jotform.
        "Merci de confirmer votre adresse professionnelle via le formulaire afin d'accéder.",
        # Round 317: the reader's own organisation named before the mailbox, and "use".
        "The file is secured, use your council email login to view.",
        "Please sign in with your university email account to open the budget.",
        # Round 357: the business mailbox's address in Dutch, its inbox in Italian.
        "Het document is beveiligd, log in met uw zakelijke e-mailadres om het te openen.",
        "L'accesso avviene con le credenziali della Sua casella di posta aziendale.",
    ],
)
def test_credential_gate_sentences(note: str) -> None:
    assert credential_gate(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        "Sign in with your school account to answer the quiz.",  # a restricted form
        "Use your council staff account to book a room.",  # an account, unlocking nothing
        "Never submit passwords through Google Forms.",  # the platform's own warning
        "Accedi alla tua casella di posta per leggere il messaggio.",  # no business mailbox
        "Register with your work email to get the slides afterwards.",
        "see the tab for March",
        "",
    ],
)
def test_honest_notes_are_no_gate(note: str) -> None:
    assert credential_gate(note) is None


def test_gate_fires_on_a_share_and_not_on_an_honest_share() -> None:
    bad = scan_mail(
        CANVA,
        'Dylan Marsh shared a design with you: "PO 55120"',
        "Dylan Marsh shared a design with you\n\n"
        '"Please review. The design opens after verifying your business email."',
    )
    assert GATE in finding_ids(bad)
    good = scan_mail(
        DROPBOX,
        'Mia Chen shared "Q3 budget.xlsx" with you',
        'Mia Chen shared a file with you\n\n"see the tab for March"\n\nView file',
    )
    assert not set(ALL) & set(finding_ids(good))
    assert good.verdict.value == "clean"


def test_the_platforms_own_sign_in_is_no_gate() -> None:
    # Round 374: Adobe's own licence notice, "sign in at adobe.com with your university email".
    adobe = '"Adobe" <message@adobe.com>'
    own = scan_mail(
        adobe,
        "You now have access to Adobe Creative Cloud through University of Liverpool",
        "To get started, sign in at adobe.com with your university email address to open"
        " the apps.",
    )
    assert GATE not in finding_ids(own)
    other = scan_mail(
        adobe,
        'Dylan Marsh shared "PO 55120" with you',
        "Sign in at docs-review.example with your university email address to open the PO.",
    )
    assert GATE in finding_ids(other)


def test_international_phone_numbers() -> None:
    assert intl_phone("ligue para +55 11 4003-8817 agora") == "+55 11 4003-8817"
    assert intl_phone("central 0800 591 4420") == "0800 591 4420"
    assert intl_phone("Invoice INV-2026-1184, total 1.890,00") is None
    assert intl_phone("+1 2") is None


def test_callback_in_portuguese_and_not_a_sellers_phone() -> None:
    scam = (
        "Departamento solicitou R$ 1.890,00 BRL\n\nObservacao: Identificamos uma compra nao"
        " autorizada na sua conta. Se voce nao reconhece esta compra, ligue imediatamente"
        " para +55 11 4003-8817 para cancelar e obter o reembolso."
    )
    assert CALLBACK in finding_ids(scan_mail('"PayPal" <service@paypal.com.br>', "Pedido", scam))
    honest = (
        "Loja Sol sent you an invoice for R$ 120,00\n\nNote: Obrigado! Duvidas sobre a"
        " entrega? Ligue para +55 11 4003-8817."
    )
    paypal_br = '"PayPal" <service@paypal.com.br>'
    assert CALLBACK not in finding_ids(scan_mail(paypal_br, "Fatura", honest))


def test_payment_change_in_a_note_and_an_ordinary_invoice_share() -> None:
    bad = scan_mail(
        '"Box" <noreply@box.com>',
        'Nadia invited you to collaborate on "Lease Addendum"',
        "Message: Please see the executed copy and the updated wire instructions.",
    )
    assert CHANGE in finding_ids(bad)
    good = scan_mail(
        DROPBOX,
        'Greg shared "INV-2026-0042.pdf" with you',
        '"Hi, here is the invoice for March, due in 30 days. Thanks!"',
    )
    assert CHANGE not in finding_ids(good)
    assert good.verdict.value == "clean"


def test_money_to_reader_needs_an_ask() -> None:
    told = "Payment of $48,260.00 has been released to your account."
    assert money_to_reader(told + " Open it to confirm receipt.") is not None
    assert money_to_reader(told) is None
    assert money_to_reader("We paid the invoice. Please confirm receipt.") is None


def test_remittance_from_freemail_sharer_and_from_a_company() -> None:
    text = (
        "Elena (elena.pay@gmail.com) has shared the following document:\n\nRemittance.pdf\n\n"
        "Payment of $8,260.00 has been sent to your account. Open the remittance to"
        " confirm receipt.\n"
    )
    drive = '"Elena (via Google Drive)" <drive-shares-dm-noreply@google.com>'
    assert SIGNIN in finding_ids(scan_mail(drive, 'Document shared with you: "R.pdf"', text))
    company = text.replace("elena.pay@gmail.com", "ap@northwind.example")
    assert SIGNIN not in finding_ids(scan_mail(drive, 'Document shared with you: "R.pdf"', company))


def test_payroll_from_a_freemail_role_and_from_the_company() -> None:
    assert payroll_topic("your updated direct-deposit form") == "direct deposit"
    docusign = '"Human Resources via Docusign" <dse_NA4@docusign.net>'
    text = "Human Resources sent you a document to review and sign: your 2027 compensation."
    bad = scan_mail(docusign, "Complete with Docusign: Compensation.pdf", text,
                reply_to='"Human Resources" <hr.payroll.x@outlook.com>')
    assert ROLE in finding_ids(bad)
    good = scan_mail(docusign, "Complete with Docusign: Compensation.pdf", text,
                 reply_to='"Human Resources" <hr@northwind.example>')
    assert ROLE not in finding_ids(good)


def test_honest_form_of_the_same_platform_stays_clean() -> None:
    result = scan_mail(
        FORMS,
        "Team offsite lunch preferences",
        "Team offsite lunch preferences\n\nPick your lunch for Friday. Sign in with your"
        " school account to answer.\n\nFILL OUT FORM\n\nNever submit passwords through"
        " Google Forms.",
    )
    assert not set(ALL) & set(finding_ids(result))
    assert result.verdict.value == "clean"


def test_the_readers_email_as_the_key_to_shared_files_is_a_gate() -> None:
    from mailwarden.detectors.sender_platform_note import credential_gate

    assert credential_gate("You have 2 pending documents. Verify your email to unlock the files.")
    assert credential_gate("Please verify your email address to access the documents.")
    # A platform's own sign-up check unlocks an account, not someone's files.
    assert credential_gate("Please verify your email address to activate your account.") is None
    assert credential_gate("Verify your email to continue.") is None


def test_with_access_to_is_the_noun_and_asks_nothing() -> None:
    from mailwarden.detectors.sender_platform_note import credential_gate

    reset = "Only a person with access to your email can reset your account password."
    assert credential_gate(reset) is None
    assert credential_gate("Access the file with your account password.") is not None


BRAND_NOTICE = "SENDER_PLATFORM_BRAND_NOTICE"
_PRIME_FORM = (
    "Prime Membership Services (prime.membership.services26@gmail.com) has invited you to fill"
    " out a form:\n\nYour Prime membership could not be renewed because your billing details"
    " are out of date. Please verify your membership details below.\n\nFILL OUT FORM"
)


def test_a_free_mail_users_form_titled_as_a_brands_account_notice() -> None:
    # Round 322: a Google Form "Amazon Prime Membership Verification" by a Gmail user.
    result = scan_mail(
        FORMS,
        "Amazon Prime Membership Verification",
        _PRIME_FORM,
        reply_to="prime.membership.services26@gmail.com",
    )
    assert BRAND_NOTICE in finding_ids(result)


@pytest.mark.parametrize(
    ("subject", "text", "reply_to"),
    [
        # The brand is only the topic of a club's survey: no account lure.
        ("Amazon wishlist for the Secret Santa", "Add your wishlist link below.", "club@gmail.com"),
        # The item's owner writes from an organisation's own domain.
        (
            "Amazon Prime Membership Verification",
            _PRIME_FORM.replace("prime.membership.services26@gmail.com", "it@contoso-example.com"),
            "it@contoso-example.com",
        ),
        # No brand in the title.
        ("Club membership renewal", _PRIME_FORM, "club@gmail.com"),
    ],
)
def test_no_brand_notice(subject: str, text: str, reply_to: str) -> None:
    assert BRAND_NOTICE not in finding_ids(scan_mail(FORMS, subject, text, reply_to=reply_to))
