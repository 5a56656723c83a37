"""Rounds 380-391 and batches 52-59: French-speaking, Iberian, Baltic, Ukrainian and East Asian
phishing, IT notices, tenants, and the brands the data lacked."""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands
from mailwarden.destinations import own_tenant_test
from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import parse
from mailwarden.message.urls import make_link
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

K = load_knowledge()


def _display_brands(display: str) -> set[str]:
    sender = "klantendienst@ing-klantenzone.example"
    msg = parse(make_message(from_=f'"{display}" <{sender}>', text="Beste klant"))
    return {c.brand.name for c in claimed_brands(msg, K) if c.where == "display-name"}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("ING België", "ING"),
        ("ING Belgique", "ING"),
        ("PayPal Deutschland", "PayPal"),
        ("DHL Express España", "DHL"),
        # The customer's account area as the label ("Caf - Mon Compte").
        ("Caf - Mon Compte", "CAF"),
        ("Ameli - Mon espace", "Ameli"),
    ],
)
def test_a_brands_national_company_or_account_area_is_its_identity(
    display: str, brand: str
) -> None:
    assert brand in _display_brands(display), display


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Dipl.-Ing. Anna Keller", "ING"),  # a title, no country after it
        ("Anna Keller, Deutschland", "ING"),
        ("Café Belgique", "CAF"),
    ],
)
def test_a_country_name_alone_claims_nothing(display: str, brand: str) -> None:
    assert brand not in _display_brands(display), display


def test_the_it_desk_on_a_freemail_box_is_an_organisational_role() -> None:
    for sender in (
        "Service Informatique <support.informatique.ecole@gmail.com>",
        "IT-Abteilung <it.abteilung.schule@gmail.com>",
    ):
        raw = make_message(from_=sender, text="Bonjour")
        assert "SENDER_FREEMAIL_ORG_CLAIM" in finding_ids(scan_offline(raw)), sender


def test_the_it_desk_on_its_own_domain_is_no_freemail_claim() -> None:
    raw = make_message(from_="Service Informatique <informatique@lycee-ouest.example>")
    assert "SENDER_FREEMAIL_ORG_CLAIM" not in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("chaque adhérent doit confirmer son identité", "credential"),
        ("complétez le formulaire avec vos identifiants de messagerie", "credential"),
        ("chaque membre du personnel doit valider son compte", "credential"),
        ("les comptes non validés seront désactivés", "urgency"),
        ("vos remboursements seront suspendus", "urgency"),
        ("j'ai besoin que tu achètes des cartes cadeaux", "scam_bec"),
        ("gratte le dos des cartes et envoie-moi les photos", "scam_bec"),
        ("Ich habe kürzlich meine Bank gewechselt", "scam_bec"),
        ("meinen Lohn auf mein neues Konto überweisen", "scam_bec"),
    ],
)
def test_round_383_phrases(text: str, category: str) -> None:
    found = {m.category for m in lures_in_text(text, K, "body")}
    assert category in found, text


def test_apps_script_web_apps_are_user_content() -> None:
    assert "script.google.com" in K.hosting


def test_a_tenant_named_without_the_company_kind_is_the_senders() -> None:
    own = own_tenant_test(["tidewaterlogistics.com"], K)
    link = make_link("https://tidewater.service-now.com/sp", "", "text")
    assert link is not None and own(link)
    hyphen = own_tenant_test(["tidewater-logistics.com"], K)
    assert hyphen(link)
    # A short stem is too many companies' name.
    short = own_tenant_test(["abgroup.com"], K)
    other = make_link("https://ab.service-now.com/sp", "", "text")
    assert other is not None and not short(other)


def test_a_document_linking_to_the_senders_own_tenant_is_the_senders() -> None:
    lines = ("New starter IT guide", "Set up your Microsoft 365 mailbox", "Microsoft 365")
    data = build.pdf(
        lines, link="https://tidewater.service-now.com/sp", link_rect=(72, 300, 300, 330)
    )
    raw = make_message(
        from_="HR <people@tidewaterlogistics.com>",
        text="Welcome aboard; the IT guide is attached.",
        attachments=[("IT_Guide.pdf", "application/pdf", data)],
    )
    assert "ATTACH_BRAND_LINK_MISMATCH" not in finding_ids(scan_offline(raw))
    stranger = make_message(
        from_="HR <people@copper-kettle.example>",
        text="Welcome aboard; the IT guide is attached.",
        attachments=[("IT_Guide.pdf", "application/pdf", data)],
    )
    assert "ATTACH_BRAND_LINK_MISMATCH" in finding_ids(scan_offline(stranger))


def test_a_from_domain_with_a_hyphen_edged_or_empty_label_is_malformed() -> None:
    for sender in (
        "MediaVod <news@mediavod-lmizt.ivzpmq.za.-com>",
        "Shop <news@shop-.example.com>",
        "Shop <news@mail..example.com>",
    ):
        raw = make_message(from_=sender)
        assert "SENDER_ANOMALY_MALFORMED_FROM" in finding_ids(scan_offline(raw)), sender
    ok = make_message(from_="Shop <news@xn--mnchen-3ya.example>")
    assert "SENDER_ANOMALY_MALFORMED_FROM" not in finding_ids(scan_offline(ok))


def test_a_sender_domain_one_keystroke_from_the_recipients_is_flagged() -> None:
    raw = make_message(
        from_="Human Resources <hr@cedarbrook-pediatrics.com>",
        to="Lee Wong <lwong@cedarbrookpediatrics.com>",
        text="Please find attached the holiday schedule.",
    )
    finding = next(
        f for f in scan_offline(raw).findings if f.id == "SENDER_LOOKALIKE_RECIPIENT_DOMAIN"
    )
    assert finding.evidence["recipient_domain"] == "cedarbrookpediatrics.com"
    for from_, to in (
        # The organisation's own name under another suffix.
        ("Ann <ann@cedarbrookpediatrics.co.uk>", "lwong@cedarbrookpediatrics.com"),
        # Its own shared tenant, and free-mail.
        ("Ann <ann@cedarbrookpediatric.onmicrosoft.com>", "lwong@cedarbrookpediatrics.com"),
        ("Ann <cedarbrook.pediatrics@gmail.com>", "lwong@cedarbrookpediatrics.com"),
        # Names too short to tell apart, and unrelated names.
        ("Ann <ann@acmes.com>", "bob@acme.com"),
        ("Ann <ann@harbourline.com>", "bob@cedarbrookpediatrics.com"),
    ):
        ids = finding_ids(scan_offline(make_message(from_=from_, to=to)))
        assert "SENDER_LOOKALIKE_RECIPIENT_DOMAIN" not in ids, from_


def test_empower_retirement_is_a_brand() -> None:
    msg = parse(make_message(from_="Empower Retirement <participant-services@planportal.example>"))
    assert "Empower" in {c.brand.name for c in claimed_brands(msg, K)}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("DIAN Notificaciones", "DIAN"),
        ("SEUR", "SEUR"),
        ("MB WAY", "MB WAY"),
        ("Millennium bcp", "Millennium bcp"),
        ("Estafeta", "Estafeta"),
        # Round 389.
        ("Luminor Bank", "Luminor"),
        ("SEB pank", "SEB"),
        ("PrivatBank", "PrivatBank"),
        ("Ziraat Bankası", "Ziraat Bankası"),
        ("Nova Poshta", "Nova Poshta"),
        ("Omniva", "Omniva"),
        ("Poczta WP", "Poczta WP"),
        # Chinese, Japanese and Korean run words together: the keyword matches as written.
        ("楽天カードからのお知らせ", "Rakuten"),
        ("三井住友カード株式会社", "SMBC"),
        ("KB국민은행입니다", "KB Kookmin"),
        ("顺丰速运", "SF Express"),
        ("國泰世華銀行", "Cathay United Bank"),
        # Round 389's tax authorities.
        ("Maksu- ja Tolliamet", "Maksu- ja Tolliamet"),
        ("Державна податкова служба України", "DPS Ukraine"),
    ],
)
def test_services_the_rounds_found_are_brands(display: str, brand: str) -> None:
    assert brand in _display_brands(display), display


def test_dian_as_a_given_name_claims_nothing() -> None:
    assert "DIAN" not in _display_brands("Dian Sastrowardoyo")
    assert "Estafeta" not in _display_brands("Estafeta Rápida Lisboa Lda")


def test_pay_slips_of_argentina_and_chile_are_a_payroll_topic() -> None:
    from mailwarden.detectors.sender_platform_note import payroll_topic

    assert payroll_topic("Te paso el recibo de haberes de noviembre") == "recibo de haberes"
    assert payroll_topic("se adjuntan las liquidaciones de sueldo") == "liquidaciones de sueldo"


def test_human_resources_mailbox_names_are_finance_roles() -> None:
    from mailwarden.detectors.sender_platform_sharer import finance_mailbox

    assert finance_mailbox("rrhh.sbenitez", K) == "rrhh"
    assert finance_mailbox("marie.rh", K) == "rh"
    assert finance_mailbox("sofia.benitez", K) is None


def test_an_it_notice_naming_microsoft_and_linking_only_to_its_sign_in_pages_stays() -> None:
    text = (
        "Dear colleagues, we are making MFA with Microsoft Authenticator mandatory for all\n"
        "Microsoft 365 accounts. When you sign in from a new device you will be asked to\n"
        "approve the sign-in. Action required: register at https://aka.ms/mysecurityinfo\n"
    )
    own = make_message(from_="IT Service Team <itservice@finetech.example>", text=text)
    ids = finding_ids(scan_offline(own))
    assert "CONTENT_UNUSUAL_SIGNIN" not in ids and "CONTENT_URGENCY" not in ids
    # The same words with a link anywhere else are judged in full.
    away = make_message(
        from_="IT Service Team <itservice@finetech.example>",
        text=text.replace("https://aka.ms/mysecurityinfo", "https://mfa-register.example.net/"),
    )
    assert "CONTENT_UNUSUAL_SIGNIN" in finding_ids(scan_offline(away))


def test_a_services_mail_domain_is_related_to_its_site() -> None:
    html = (
        '<p>How did we do? <a href="https://ie.trustpilot.com/evaluate/brennandaly.ie">'
        "Write a review</a></p>"
    )
    raw = make_message(
        from_='"Brennan Daly & Co." <noreply.invitations@trustpilotmail.com>', text=None, html=html
    )
    assert "SENDER_ORG_UNRELATED" not in finding_ids(scan_offline(raw))
    other = make_message(
        from_='"Brennan Daly & Co." <noreply.invitations@quillmail.com>', text=None, html=html
    )
    assert "SENDER_ORG_UNRELATED" in finding_ids(scan_offline(other))


def test_latin_keywords_keep_their_word_boundaries() -> None:
    # "paypay" inside a longer Latin word is no claim; next to Japanese text it is.
    assert "PayPay" not in _display_brands("Paypayments Ltd")
    assert "PayPay" in _display_brands("PayPayポイント事務局")
