"""stays_with_sender: identity providers' own sign-in pages and the sender's own tenant on a
multi-tenant service count as staying with the sender; an attacker's tenant and a sign-in page
that hands the reader on (OAuth consent, device code, continue-URL) do not."""

from __future__ import annotations

import pytest

from mailwarden.destinations import stays_with_sender
from mailwarden.detectors import Context
from mailwarden.message.parse import Message
from mailwarden.result import AuthSummary
from tests.helpers import make_message, offline_engine

NOTICE = "Your mailbox is almost full. Free up storage to keep receiving mail:"
IT = "IT Helpdesk <helpdesk@contoso-example.com>"


def _stays(from_: str, *urls: str) -> bool:
    html = NOTICE + "".join(f'<p><a href="{u}">Open</a></p>' for u in urls)
    engine = offline_engine()
    ctx = Context(auth=AuthSummary(), knowledge=engine.knowledge, policy=engine.policy)
    # The reader works at the sender's organisation (an IT notice to its own staff).
    raw = make_message(from_=from_, to="staff@contoso-example.com", html=html)
    return stays_with_sender(Message(raw), ctx)


@pytest.mark.parametrize(
    "urls",
    [
        ("https://contoso-example.sharepoint.com/sites/it/storage",),
        # Microsoft 365 tenant names take no hyphen: contoso-example.com's is contosoexample
        ("https://contosoexample.sharepoint.com/sites/it/storage",),
        ("https://contoso-example.service-now.com/sp", "https://intranet.contoso-example.com/it"),
        ("https://outlook.office.com/mail/options/general/storage",),
        ("https://aka.ms/sspr", "https://login.microsoftonline.com/"),
        ("https://myaccount.google.com/security",),
    ],
)
def test_own_tenant_and_identity_endpoints_stay(urls: tuple[str, ...]) -> None:
    assert _stays(IT, *urls)


@pytest.mark.parametrize(
    ("from_", "urls"),
    [
        # someone else's tenant, however close its name
        (IT, ("https://contoso-example-docs.sharepoint.com/sites/x",)),
        (IT, ("https://contoso.sharepoint.com/sites/x",)),
        # a person's OneDrive on the own tenant holds what that account put there
        (IT, ("https://contoso-example-my.sharepoint.com/personal/ann/Documents",)),
        (IT, ("https://contosoexample-my.sharepoint.com/personal/ann/Documents",)),
        # a free-mail sender has no organisation to own a tenant
        ("Ann <ann.smith@gmail.com>", ("https://gmail.sharepoint.com/sites/x",)),
        # a trial tenant's address (x.onmicrosoft.com) owns no tenant name either
        ("IT <it@contoso-example.onmicrosoft.com>", ("https://contoso-example.service-now.com/",)),
        # consent phishing: Microsoft's page, the attacker's app and redirect
        (
            IT,
            (
                "https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1"
                "&redirect_uri=https%3A%2F%2Fapp.example.top%2Fcb",
            ),
        ),
        # device-code phishing
        (IT, ("https://aka.ms/devicelogin",)),
        # a continue-URL to elsewhere
        (IT, ("https://accounts.google.com/ServiceLogin?continue=https://evil.example.top/",)),
        # a subdomain of an identity host is not the listed host
        (IT, ("https://x.login.microsoftonline.com.evil.example.top/",)),
        # one identity link does not excuse a link elsewhere
        (IT, ("https://aka.ms/sspr", "https://storage-upgrade.example.top/login")),
    ],
)
def test_other_destinations_do_not_stay(from_: str, urls: tuple[str, ...]) -> None:
    assert not _stays(from_, *urls)
