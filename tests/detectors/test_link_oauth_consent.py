"""Consent phishing: an OAuth authorization request for an unknown application (our own
messages, built here)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_OAUTH_CONSENT"
AUTHORIZE = "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"


def _ids(url: str) -> set[str]:
    html = f'<p>Open the shared budget: <a href="{url}">Open document</a></p>'
    return finding_ids(scan_offline(make_message(html=html, text=None)))


def test_an_app_answered_off_the_provider_asking_for_mail_fires() -> None:
    url = (
        f"{AUTHORIZE}?client_id=46ef892d&response_type=code"
        "&redirect_uri=https%3A%2F%2Fviewer-app.azurewebsites.net%2Fcallback"
        "&scope=offline_access%20Mail.ReadWrite%20Files.ReadWrite.All"
    )
    assert ID in _ids(url)


def test_a_forced_consent_prompt_fires_without_sensitive_scopes() -> None:
    url = (
        f"{AUTHORIZE}?client_id=46ef892d&redirect_uri=https%3A%2F%2Fx.example.top%2Fcb"
        "&scope=User.Read&prompt=consent"
    )
    assert ID in _ids(url)


def test_a_plain_sign_in_request_for_profile_only_is_not_consent_phishing() -> None:
    url = (
        f"{AUTHORIZE}?client_id=46ef892d&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"
        "&scope=openid%20profile"
    )
    assert ID not in _ids(url)


def test_the_providers_own_application_is_not_judged() -> None:
    url = (
        f"{AUTHORIZE}?client_id=00000002&redirect_uri=https%3A%2F%2Foutlook.office.com%2Fowa"
        "&scope=Mail.ReadWrite%20offline_access"
    )
    assert ID not in _ids(url)


def test_a_look_alike_host_is_not_an_authorization_request() -> None:
    url = "https://login.microsoftonline.com.example.top/common/oauth2/v2.0/authorize?client_id=1"
    assert ID not in _ids(url)
