"""F6: ESP click trackers in brand mail, delivery words of genuine shop notices, invoice words
of ordinary bookkeeping."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from mailwarden.message.urls import host_matches
from tests.helpers import finding_ids, make_message, scan_offline

MS_FROM = "Microsoft <msonlineservicesteam@microsoft.com>"
NEWS = "<p>What is new in Microsoft 365 this month: Copilot in Excel and new Teams rooms.</p>"


def _newsletter(*hrefs: str, lure: str = "") -> bytes:
    links = "".join(f'<p><a href="{h}">Read more</a></p>' for h in hrefs)
    return make_message(
        from_=MS_FROM,
        subject="What's new in Microsoft 365",
        text=None,
        html=f"<html><body>{NEWS}<p>{lure}</p>{links}</body></html>",
    )


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, load_knowledge())}


# --- 1. ESP trackers -------------------------------------------------------------------------


def test_brevo_klaviyo_mailerlite_hosts_are_listed() -> None:
    trackers = load_knowledge().esp_trackers
    for host in (
        "ab6pg.r.sp1-brevo.net",
        "chdifac.r.bh.d.sendibt3.com",
        "bbibcjie.r.af.d.sendibt2.com",
        "hfrhp.r.a.d.sendibm1.com",
        "ctrk.klclick3.com",
        "click.mlsend.com",
        "s1612941136.t.en25.com",
    ):
        assert host_matches(host, trackers), host
    # Not a parent match by accident: a look-alike registration is not Brevo's.
    assert not host_matches("sp1-brevo.net.example.top", trackers)


def test_brand_newsletter_through_brevo_is_not_off_brand() -> None:
    raw = _newsletter(
        "https://ab6pg.r.sp1-brevo.net/mk/cl/f/sh/SMK1E8tHeGLdZlc9f7mw6xwizWQH/aGfBHlu4EXpj",
        "https://chdifac.r.bh.d.sendibt3.com/tr/cl/tq5sfN0RceqoYDZIkh6RMJKQ8Vohcgz0",
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_unlisted_esp_opaque_click_redirects_in_brand_mail_are_silent() -> None:
    # An email service provider we do not list, on the click paths of ESP software: the
    # brand's own newsletter, whose destination the redirect hides.
    raw = _newsletter(
        "https://trk.newesp-mailer.example/mk/cl/f/sh/abcDEF123/xyz",
        "https://trk.newesp-mailer.example/ls/click?upn=abcdef0123456789",
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_opaque_click_redirect_with_a_lure_still_fires() -> None:
    raw = _newsletter(
        "https://trk.newesp-mailer.example/ls/click?upn=abcdef0123456789",
        lure="Your password expires today. Verify your account within 24 hours.",
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_click_path_showing_a_foreign_destination_still_fires() -> None:
    raw = _newsletter(
        "https://login-review.example.top/signin",
        "https://trk.newesp-mailer.example/ls/click?u=https%3A%2F%2Flogin-review.example.top%2F",
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_any_path_is_not_a_click_path() -> None:
    raw = _newsletter("https://newesp-mailer.example/account/login", "https://x.example/a")
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


def test_brevo_tracker_from_a_sender_that_is_not_the_brand_fires() -> None:
    raw = make_message(
        from_="Microsoft 365 <news@mailer-updates.example>",
        subject="Your Microsoft 365 password expires today",
        text=None,
        html=(
            "<html><body><p>Your password expires today. Keep your password.</p>"
            '<a href="https://ab6pg.r.sp1-brevo.net/mk/cl/f/sh/SMK1E8tHeG/aGfB">Keep it</a>'
            "</body></html>"
        ),
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))


# --- 2. delivery words ---------------------------------------------------------------------


def test_genuine_shop_shipping_words_are_not_delivery_lures() -> None:
    for text in (
        "Seu pedido foi enviado! Acompanhe o rastreamento: codigo de rastreio NL123BR.",
        "Sua encomenda saiu para entrega.",
        "Tu paquete va en camino. Seguimiento del paquete: ES123. Gastos de envio gratis.",
        "Je pakket staat klaar bij het PostNL-punt. Verzendkosten: gratis.",
    ):
        assert "scam_delivery" not in _categories(text), text


def test_delivery_scam_mechanism_still_found() -> None:
    for text in (
        "Seu pedido foi bloqueado pela fiscalizacao alfandegaria: pague a taxa de importacao.",
        "Su envio esta retenido. Pago de aduana pendiente: tasas de aduana 1,99 EUR.",
        "We konden uw pakket niet afleveren omdat het opgegeven adres onjuist was.",
        "Er was een adresfout; werk uw adres bij zodat we kunnen bezorgen.",
    ):
        assert "scam_delivery" in _categories(text), text


def test_brazilian_shop_notice_linking_to_the_carrier_is_clean() -> None:
    raw = make_message(
        from_="Loja da Ana <contato@lojadaana.example>",
        subject="Seu pedido #1042 foi enviado",
        text=(
            "Ola Maria, seu pedido foi enviado pelos Correios. Codigo de rastreio: QB123456789BR.\n"
            "Acompanhe o rastreamento em https://rastreamento.correios.com.br/app/index.php\n"
            "Obrigada pela compra! Loja da Ana"
        ),
    )
    ids = finding_ids(scan_offline(raw))
    assert not ids & {"CONTENT_SCAM_DELIVERY", "CONTENT_LURE_DENSE"}


# --- 4. invoice words ----------------------------------------------------------------------


def test_ordinary_bookkeeping_words_are_not_invoice_lures() -> None:
    for text in (
        "Hi Tom, please find attached invoice 2026-031 for March. Thanks, Jo",
        "We have paid the following items by bank transfer.",
        "Your 2025 tax documents are now available in your account.",
        "Anbei die Rechnung fur Marz.",
        "Neue Nachricht in Ihrem elektronischen Postfach: Kontoauszug 11/2026.",
    ):
        assert "invoice" not in _categories(text), text


def test_invoice_pressure_still_found() -> None:
    for text in (
        "Your invoice is overdue: pay the outstanding invoice today.",
        "Letzte Mahnung: offene Rechnung.",
    ):
        assert "invoice" in _categories(text), text
