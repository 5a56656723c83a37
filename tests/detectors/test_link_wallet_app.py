"""link_wallet_app: a crypto wallet's message that has the reader download its software from
someone else's site (the fake desktop-wallet campaign)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_WALLET_APP_OFF_SENDER"
NOTICE = (
    "<p>Our browser extension is deprecated. Your keys remain on your device: the new Hodl "
    "Desktop wallet supports multisig and non-custodial escrow.</p>"
    '<p>The Hodl Desktop is now available for download at <a href="{href}">{href}</a>.</p>'
)


FROM = "HodlHodl <info@hodlnews.example>"


def _ids(href: str, html: str = NOTICE) -> set[str]:
    raw = make_message(from_=FROM, text=None, html=html.format(href=href))
    return finding_ids(scan_offline(raw))


def test_a_wallet_download_on_another_site_fires() -> None:
    assert ID in _ids("https://download.hodldesktop-app.example/")


def test_the_senders_own_download_page_is_silent() -> None:
    assert ID not in _ids("https://download.hodlnews.example/")


def test_an_app_store_or_a_known_brand_is_silent() -> None:
    assert ID not in _ids("https://apps.apple.com/app/id123456")
    assert ID not in _ids("https://www.ledger.com/ledger-live")


def test_an_authenticator_app_is_no_wallet() -> None:
    html = (
        "<p>Multi-factor authentication is required from Monday. Install the Microsoft "
        'Authenticator app on your phone: <a href="{href}">{href}</a>.</p>'
    )
    assert ID not in _ids("https://mfa-guide.example/setup", html=html)
