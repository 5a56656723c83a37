"""Rounds 410-424: what the session's unseen mail showed."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_platform_note import credential_gate, intl_phone
from mailwarden.detectors.sender_reply_diverted import bank_change
from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline


@pytest.mark.parametrize(
    "note",
    [
        "Log ind med din arbejdsmail for at åbne.",
        "Logg inn med Microsoft-kontoen din for å åpne.",
        "Fyll i nedan med din arbetsmejl och nuvarande lösenord.",
        "Dokumentissa on linkki liitteisiin, ne avautuvat Microsoft-tunnuksilla.",
        "Zaloguj się służbowym adresem e-mail, aby otworzyć dokument.",
        "Přihlaste se pracovním e-mailem a otevřete přílohu.",
        "Pour accéder au document, connectez-vous avec vos identifiants professionnels "
        "Microsoft 365.",
    ],
)
def test_a_share_note_asking_for_the_work_mailbox_is_a_credential_gate(note: str) -> None:
    assert credential_gate(note) is not None


@pytest.mark.parametrize(
    "note",
    [
        # The country's own sign-in, the platform's own: no business mailbox asked for.
        "Log ind med MitID for at se din post.",
        "Logga in med BankID för att signera.",
        "Kirjaudu sisään Wilmaan nähdäksesi viestin.",
        "Hej Rasmus, her er årsrapporten til gennemsyn inden fredag.",
    ],
)
def test_a_share_note_without_the_mailbox_is_no_gate(note: str) -> None:
    assert credential_gate(note) is None


def test_a_danish_sharepoint_share_gated_behind_the_work_mailbox_is_flagged() -> None:
    raw = make_message(
        from_="Camilla Kvist <no-reply@sharepointonline.com>",
        to="rasmus@jutlandia-el.example",
        subject='Camilla Kvist shared "Aarsrapport_2025" with you',
        text=(
            "Camilla Kvist shared a file with you\n\nHej Rasmus\nHer er årsrapport 2025 til "
            "gennemsyn og underskrift inden fredag. Log ind med din arbejdsmail for at åbne.\n"
            "Mvh Camilla\n\nOpen https://kvistrevision-my.sharepoint.com/:o:/g/personal/ck/EvR2\n"
        ),
        headers=[("Reply-To", "Camilla Kvist <ck@kvistrevision.example>")],
    )
    assert "SENDER_PLATFORM_CREDENTIAL_GATE" in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("effective nov 1 our company has changed banks", "company has changed banks"),
        ("please note we have changed banks this month", "we have changed banks"),
        ("i recently switched banks and would like my pay", "i recently switched banks"),
        ("please do not remit to our previous wells fargo account", "do not remit to our"),
        ("our old cba account is closing so", "old cba account is closing"),
        ("authorized the use of our alternate trust account", "our alternate trust account"),
    ],
)
def test_a_payees_changed_bank_said_in_other_words(text: str, said: str) -> None:
    found = bank_change(text)
    assert found is not None and found.startswith(said)


@pytest.mark.parametrize(
    "text",
    [
        "sign in to the secondary account",
        "please use the backup account for mfa",
        "if your bank details change, tell the treasurer",
    ],
)
def test_no_payees_bank_change(text: str) -> None:
    assert bank_change(text) is None


def test_a_czech_directors_private_mailbox_is_no_brand_notice() -> None:
    # email.cz is Seznam's free-mail: the errand is judged like any other free-mail one.
    raw = make_message(
        from_="Jan Horák <horak.jednatel@email.cz>",
        to="markova@strojirny-horak.example",
        subject="Jste v kanceláři?",
        text=(
            "Dobrý den paní Marková, jste dnes v kanceláři? Potřeboval bych, abyste ještě "
            "dopoledne vyřídila jednu platbu pro nového dodavatele. Jsem celý den na jednání a "
            "nemůžu telefonovat, pište mi prosím jen sem na e-mail.\nIng. Jan Horák"
        ),
    )
    result = scan_offline(raw)
    assert "CONTENT_SCAM_BEC" in finding_ids(result)
    assert result.verdict != "clean"


def test_a_relay_platforms_suffix_is_no_part_of_a_surname() -> None:
    raw = make_message(
        from_='"Kim Desjardins (via Google Sheets)" <drive-shares-dm-noreply@google.com>',
        to="parents@u13-hockey.example",
        subject='Spreadsheet shared with you: "Tournament schedule"',
        text="Kim Desjardins shared a spreadsheet with you.\nhttps://docs.google.com/spreadsheets/d/1x",
        headers=[("Reply-To", "Kim Desjardins <kim.desjardins@gmail.com>")],
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(raw))


def test_irs_online_services_claims_the_irs() -> None:
    raw = make_message(
        from_="IRS Online Services <notices@irs-taxpayerservices.example>",
        to="tina@summitridge.example",
        subject="Notice CP2000: Proposed changes to your 2025 tax return",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))


def test_a_nordic_marketplace_payout_page_is_a_delivery_scam() -> None:
    raw = make_message(
        from_="Blocket Frakt <blocket.frakt.service@gmx.com>",
        to="sara@gmail.example",
        subject="Köparen har betalat för din annons – ta emot 2 300 kr",
        html=(
            "<p>Köparen Karin S. har betalat för din annons via Blocket Frakt. För att ta emot "
            "betalningen behöver du bekräfta dina kortuppgifter så att vi kan sätta in "
            'beloppet.</p><p><a href="https://blocket-frakt-se.netlify.app/ta-emot">Ta emot '
            "2 300 kr</a></p>"
        ),
    )
    ids = finding_ids(scan_offline(raw))
    assert {"CONTENT_SCAM_DELIVERY", "BRAND_DISPLAY_NAME_MISMATCH"} <= ids


def test_an_australian_toll_free_number_in_a_platform_note() -> None:
    assert intl_phone("please call our support line 1800 555 317 within 48 hours") == "1800 555 317"
    # A North American 1-800 number has four last digits and stays the caller's to read.
    assert intl_phone("call 1800 555 3170 to pay") is None


def test_brand_domains_of_round_411_and_414() -> None:
    owners = {domain: b.name for b in load_knowledge().brands for domain in b.domains}
    assert owners["engie.ro"] == "Engie"
    assert owners["pocztex.pl"] == "Poczta Polska"
    assert owners["desjardinsassurancevie.com"] == "Desjardins"
    assert owners["manulife.ca"] == owners["manulife.com"] == "Manulife"
    assert owners["blocket.se"] == "Blocket"


def test_a_public_bodys_own_mailbox_name_is_no_generated_address() -> None:
    raw = make_message(
        from_="Franchise Tax Board <MyFTB@ftb.ca.gov>",
        to="lena@gmail.example",
        subject="You have a new MyFTB notice",
        text="A new notice is available in your MyFTB account. Log in at https://www.ftb.ca.gov",
    )
    ids = finding_ids(scan_offline(raw))
    assert not {"SENDER_ANOMALY_RANDOM_LOCAL_PART", "SENDER_SNOWSHOE"} & ids
    # The same local part on a throw-away domain still reads as generated.
    other = make_message(from_="Franchise Tax Board <MyFTB@ftb-notices.example>")
    assert "SENDER_ANOMALY_RANDOM_LOCAL_PART" in finding_ids(scan_offline(other))


def test_google_calendars_reply_line_is_no_greeting() -> None:
    raw = make_message(
        from_="Alicia Moreno <alicia@morenodesignbuild.example>",
        to="kpatterson.home@gmail.com",
        subject="Invitation: Kitchen walkthrough @ Fri Nov 20, 2026 8am",
        text=(
            "Kitchen walkthrough\nOrganizer: Alicia Moreno\nGuests: kpatterson.home@gmail.com\n\n"
            "Reply for kpatterson.home@gmail.com: Yes / No / Maybe\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n"
        ),
    )
    assert "CONTENT_SPAM_ADDRESSED_BY_EMAIL" not in finding_ids(scan_offline(raw))
    greeting = make_message(
        to="kpatterson.home@gmail.com", text="Dear kpatterson.home@gmail.com, you have won"
    )
    assert "CONTENT_SPAM_ADDRESSED_BY_EMAIL" in finding_ids(scan_offline(greeting))


@pytest.mark.parametrize(
    ("from_", "subject"),
    [
        ("CFE Avisos <avisos@cfe-avisos.example>", "Suspensión de suministro eléctrico programada"),
        ("네이버 메일 <jhshin@gyeonghwa.example>", "[네이버] 메일함 용량 초과"),
        ("Jio Care <sales@shubhlaxmi-jewellers.example>", "Jio: update your KYC"),
        ("Carousell <noreply@carousell-sg-payments.example>", "You received a payment"),
    ],
)
def test_display_names_claiming_brands_of_round_424(from_: str, subject: str) -> None:
    raw = make_message(from_=from_, subject=subject)
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))


def test_the_boss_reachable_only_by_mail_is_a_bec_errand() -> None:
    raw = make_message(
        from_="Wong Kok Leong <kokleong.wong.office@gmail.com>",
        to="priscilla@orchidcapital.example",
        subject="Quick task",
        text=(
            "Priscilla, are you at your desk? I need you to handle something for me quickly. "
            "I'm tied up in meetings till late afternoon and can only communicate via email."
        ),
    )
    assert scan_offline(raw).verdict != "clean"


def test_brands_sharing_a_name_send_from_their_own_domains() -> None:
    for from_, subject in (
        ("Medicare <noreply@servicesaustralia.gov.au>", "Your Medicare claim has been paid"),
        ("ICBC <autoplan@email.icbc.com>", "Your Autoplan renewal"),
    ):
        ids = finding_ids(scan_offline(make_message(from_=from_, subject=subject)))
        assert "BRAND_DISPLAY_NAME_MISMATCH" not in ids, from_


def test_a_society_lottery_and_a_tax_receipts_donation_are_no_scam_words() -> None:
    for text in (
        "Our Christmas fair raffle runs under the school's small society lottery licence.",
        "This receipt contains all the information required for you to claim your donation.",
    ):
        raw = make_message(from_="PTA <pta@oakfieldpta.example>", text=text)
        ids = finding_ids(scan_offline(raw))
        assert not {"CONTENT_SCAM_PRIZE", "CONTENT_SCAM_ADVANCE_FEE"} & ids, text
    scam = make_message(
        from_="Mr. Bernard <bernard@gmail.com>",
        text="Mr. Bernard has donated $3.5million to you. Ask me how to claim your donation.",
    )
    assert "CONTENT_SCAM_ADVANCE_FEE" in finding_ids(scan_offline(scam))


def test_an_it_desk_on_free_mail_sharing_an_account_form_is_flagged() -> None:
    raw = make_message(
        from_='"Eastview IT Support (via Google Forms)" <forms-receipts-noreply@google.com>',
        to="r.okafor@eastviewlibrary.example",
        subject="Eastview Library - Staff Email Migration (Action Required)",
        text=(
            "Eastview Library IT Support has invited you to fill out a form: Staff Email "
            "Migration. All staff mailboxes are being moved to the new cloud platform on Monday. "
            "To keep your existing emails, verify your current account details in this form "
            "before Friday.\nFILL OUT FORM: https://docs.google.com/forms/d/e/1FAIpQLSf3/viewform\n"
        ),
        headers=[("Reply-To", "evl.itsupport.desk@gmail.com")],
    )
    assert "SENDER_PLATFORM_ROLE_SHARER" in finding_ids(scan_offline(raw))


def test_an_item_titled_microsoft_authentication_required_is_a_gate() -> None:
    assert credential_gate("2027 Proposal - Secure Review (Microsoft Authentication Required)")
    assert credential_gate("Two-factor authentication required for your workspace.") is None


def test_a_xero_invoice_note_changing_the_bank_is_flagged() -> None:
    raw = make_message(
        from_="Tasman Freight Services <messaging-service@post.xero.com>",
        to="accounts@southerncross.example",
        subject="Invoice INV-4471 from Tasman Freight Services",
        text=(
            "Here's invoice INV-4471 for AUD 8,940.00.\nView your bill online: "
            "https://in.xero.com/Ab3Fq9Zk2LmVx7Wt1RpCy8\nPLEASE NOTE: Our banking details have "
            "changed effective 1 November. Please update your records and remit to the account "
            "below.\n"
        ),
        headers=[("Reply-To", "accounts@tasmanfreight-services.example")],
    )
    assert "SENDER_PLATFORM_PAYMENT_CHANGE" in finding_ids(scan_offline(raw))


def test_a_group_payment_platform_names_its_organisers_mailbox_for_replies() -> None:
    raw = make_message(
        from_="Cheddar Up <support@cheddarup.com>",
        to="parent@gmail.example",
        subject="Payment confirmation: Maple Grove PTO winter camp",
        text="Payment confirmation\nYou paid $85.00 to Maple Grove PTO for Winter Camp.\n",
        headers=[("Reply-To", "maplegrove.pto@gmail.com")],
    )
    assert "SENDER_REPLY_DIVERTED_PAYMENT" not in finding_ids(scan_offline(raw))
