"""Rounds 401-409 and batches 65-71: what the session's unseen mail showed."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline


def test_a_sender_domain_that_adds_a_word_to_the_recipients_name_is_flagged() -> None:
    raw = make_message(
        from_="ITS Service Desk <servicedesk@brackenridge-itservices.com>",
        to="dkessler@brackenridge.edu",
        text="Hello, please see the attached schedule.",
    )
    finding = next(
        f for f in scan_offline(raw).findings if f.id == "SENDER_EXTENDS_RECIPIENT_DOMAIN"
    )
    assert finding.evidence["recipient_domain"] == "brackenridge.edu"
    for from_, to in (
        ("Roberto <r.galli@galli-spa-group.com>", "c.moretti@galli-spa.it"),
        ("Blackboard <noreply@blackboard-kestrelhill.co.uk>", "p.rowntree@kestrelhill.ac.uk"),
    ):
        assert "SENDER_EXTENDS_RECIPIENT_DOMAIN" in finding_ids(
            scan_offline(make_message(from_=from_, to=to))
        ), from_
    for from_, to in (
        # The reverse: the recipient's organisation is the longer name (a group's company).
        ("Ann <ann@galli-spa.it>", "c.moretti@galli-spa-group.com"),
        # A name too short to tell (ucla-health), a word inside a label, free-mail readers.
        ("Ann <ann@ucla-health.org>", "bob@ucla.edu"),
        ("Ann <ann@brackenridgeit.com>", "dkessler@brackenridge.edu"),
        ("Apple <noreply@icloud-storagecare.com>", "emma@icloud.com"),
    ):
        ids = finding_ids(scan_offline(make_message(from_=from_, to=to)))
        assert "SENDER_EXTENDS_RECIPIENT_DOMAIN" not in ids, from_


def test_a_cousin_domains_lure_linking_to_itself_is_judged() -> None:
    text = (
        "Your mailbox dkessler@brackenridge.edu has reached 98.6% of its storage limit. "
        "Mailboxes above quota will stop sending and receiving messages on Tuesday.\n"
        "Increase storage: https://brackenridge-itservices.com/owa/quota/\n"
    )
    cousin = make_message(
        from_="ITS Service Desk <servicedesk@brackenridge-itservices.com>",
        to="dkessler@brackenridge.edu",
        subject="Mailbox storage limit reached",
        text=text,
    )
    assert "CONTENT_MAILBOX_FULL" in finding_ids(scan_offline(cousin))
    own = make_message(
        from_="ITS Service Desk <servicedesk@brackenridge.edu>",
        to="dkessler@brackenridge.edu",
        subject="Mailbox storage limit reached",
        text=text.replace("brackenridge-itservices.com", "brackenridge.edu"),
    )
    assert "CONTENT_MAILBOX_FULL" not in finding_ids(scan_offline(own))


_PAYPAL_NOTE = (
    "Secure Billing Team sent you an invoice for $749.99 USD\n\n"
    "Seller note to customer\n\n"
    "We detected an unusual purchase on your PayPal account from a new device. If you did "
    "not authorise this payment, re-confirm your account within 24 hours at {site}/resolve "
    "or your account access will be limited.\n\n"
    "View and Pay Invoice https://www.paypal.com/invoice/p/#INV2-SREP-BHSJ\n"
)


def test_a_platform_note_sending_the_reader_to_a_typed_site_about_the_account() -> None:
    def ids(site: str) -> set[str]:
        raw = make_message(
            from_="Secure Billing Team via PayPal <invoicing@paypal.com>",
            to="mark@outlook.example",
            subject="Invoice from Secure Billing Team (0047)",
            text=_PAYPAL_NOTE.format(site=site),
            headers=[("Return-Path", "<service@paypal.com>")],
        )
        return finding_ids(scan_offline(raw))

    assert "SENDER_PLATFORM_TYPED_SITE" in ids("paypal-holdreview.vercel.app")
    assert "SENDER_PLATFORM_TYPED_SITE" in ids("coinbase-secure-case.com")
    # The platform's own site, and a brand's own one, are where its frame sends the reader.
    assert "SENDER_PLATFORM_TYPED_SITE" not in ids("www.paypal.com")
    assert "SENDER_PLATFORM_TYPED_SITE" not in ids("www.coinbase.com")


def test_a_merchants_note_naming_its_own_shop_is_no_typed_site() -> None:
    raw = make_message(
        from_="Harbour Bakery via PayPal <invoicing@paypal.com>",
        to="mark@outlook.example",
        subject="Invoice from Harbour Bakery (0112)",
        text=(
            "Harbour Bakery sent you an invoice for $84.00 USD\n\nSeller note to customer\n\n"
            "Thanks for your Thanksgiving pie order! Our holiday hours are on "
            "harbourbakery.example.org.\n\nView and Pay Invoice "
            "https://www.paypal.com/invoice/p/#INV2-AAAA-BBBB\n"
        ),
        headers=[("Return-Path", "<service@paypal.com>")],
    )
    assert "SENDER_PLATFORM_TYPED_SITE" not in finding_ids(scan_offline(raw))


def test_a_brands_notice_offering_its_app_in_the_stores_stays_with_it() -> None:
    raw = make_message(
        from_="Spotify <no-reply@spotify.com>",
        to="lachlan@icloud.example",
        subject="There was a problem with your payment",
        html=(
            "<p>We tried to charge your card for Premium but the payment didn't go through. "
            "To make sure you don't lose Premium, please update your payment details.</p>"
            '<p><a href="https://www.spotify.com/account/subscription/change-payment/">'
            "UPDATE PAYMENT DETAILS</a></p>"
            '<p><a href="https://apps.apple.com/app/spotify-music/id324684580">iPhone</a> '
            '<a href="https://play.google.com/store/apps/details?id=com.spotify.music">'
            "Android</a></p>"
        ),
    )
    result = scan_offline(raw)
    assert result.verdict == "clean", finding_ids(result)


def test_dehu_notices_may_send_their_reader_to_the_carpeta_ciudadana() -> None:
    raw = make_message(
        from_="DEHú - Notificaciones <no-reply@correo.gob.es>",
        to="fj@gmail.example",
        subject="Aviso de puesta a disposición de notificación en la DEHú",
        text=(
            "Le informamos de que tiene a su disposición en la Dirección Electrónica Habilitada "
            "única (DEHú) una nueva notificación. Para acceder, entre en https://dehu.redsara.es "
            "o en la Carpeta Ciudadana (https://carpetaciudadana.gob.es)."
        ),
    )
    result = scan_offline(raw)
    assert result.verdict == "clean", finding_ids(result)


def test_portuguese_spanish_italian_and_french_banks_are_brands() -> None:
    raw = make_message(
        from_="Caixa Geral de Depósitos <caixadirecta@cgd-avisos-clientes.example>",
        subject="Caixadirecta: confirmação obrigatória de dados",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))
    K = load_knowledge()
    for name in ("Novo Banco", "Banco Sabadell", "Bankinter", "FinecoBank", "Crédit Mutuel"):
        assert any(b.name == name for b in K.brands), name


def test_a_brands_notice_signing_off_with_its_social_profiles_stays_with_it() -> None:
    html = (
        "<p>Thanks for registering an account on Discord! Click below to verify your email "
        'address:</p><p><a href="https://click.discord.com/ls/click?upn=u001.abc">Verify '
        'Email</a></p><p><a href="https://support.discord.com">Need help?</a> '
        '<a href="https://x.com/discord">@discord</a></p>'
    )
    brand = make_message(
        from_="Discord <noreply@discord.com>",
        to="ellie@hotmail.example",
        subject="Verify Email Address for Discord",
        html=html,
    )
    assert scan_offline(brand).verdict == "clean"
    # From free-mail the user, not the provider, chose the links: judged as before.
    freemail = make_message(
        from_="Discord Support <discord.support.team@gmail.com>",
        to="ellie@hotmail.example",
        subject="Verify Email Address for Discord",
        html=html.replace("click.discord.com/ls/click?upn=u001.abc", "discord-verify.example"),
    )
    assert scan_offline(freemail).verdict != "clean"


def test_snap_and_tinder_write_from_their_own_domains() -> None:
    K = load_knowledge()
    owners = {domain: b.name for b in K.brands for domain in b.domains}
    assert owners["snap.com"] == "Snapchat"
    assert owners["gotinder.com"] == owners["tinder.com"] == "Tinder"


def test_a_lenders_loan_portal_on_blend_is_its_own() -> None:
    raw = make_message(
        from_="Evergreen Federal Credit Union <mortgage@evergreenfcu.org>",
        to="andrew@outlook.example",
        subject="Action needed: your Closing Disclosure is ready",
        text=(
            "Your Closing Disclosure is ready for review. Please open it and acknowledge receipt "
            "as soon as possible so your closing can stay on schedule.\n"
            "Review and acknowledge: https://evergreenfcu.blend.com/loans/bd47977b/tasks\n"
        ),
    )
    assert "CONTENT_URGENCY" not in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "text",
    [
        "Pour télécharger le DCE, identifiez-vous avec l'adresse e-mail de votre entreprise.",
        "Identifíquese con su correo corporativo para ver el documento.",
        "Accedi con la tua email aziendale per visualizzare il file.",
        "Acesse com seu e-mail corporativo para visualizar.",
        "Log in met uw zakelijke e-mail om het document te openen.",
        "Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail an.",
    ],
)
def test_the_organisations_mailbox_as_a_pages_key_in_other_languages(text: str) -> None:
    assert "org_signin" in {m.category for m in lures_in_text(text, load_knowledge())}, text


def test_microsofts_work_account_wording_is_no_org_signin() -> None:
    K = load_knowledge()
    for text in ("Log in met je werkaccount.", "Accedi con il tuo account di lavoro."):
        assert "org_signin" not in {m.category for m in lures_in_text(text, K)}, text
