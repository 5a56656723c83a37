"""LINK_HOSTED_SIGNIN_PAGE: a sign-in page on a host where anyone can publish (round 333's
payroll and placement notices linking to netlify.app, pages.dev and workers.dev logins)."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_HOSTED_SIGNIN_PAGE"


def _ids(href: str, from_: str = "Payroll <payroll@staffing.example>") -> set[str]:
    html = f'<p>Your P60 is available.</p><p><a href="{href}">Open</a></p>'
    raw = make_message(from_=from_, subject="Your P60", html=html, text=None)
    return finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "href",
    [
        "https://p60-taxcode-notice.netlify.app/employee/signin",
        "https://portal-7.pages.dev/loonstrook/inloggen",
        "https://placement.workers.dev/login?student=1",
        "https://docs-view.web.app/sign-in/",
        # Round 370: a national e-ID's sign-in named in the path.
        "https://sonderaa-roklub-betaling.netlify.app/mitid/?m=4445",
        "https://brl-beboerportal.vercel.app/bankid?enhet=216",
        # A tracker that carries the page's address in its query.
        "https://click.tracker.example/c?u=https%3A%2F%2Fhr-portal.netlify.app%2Flogin",
    ],
)
def test_a_sign_in_page_on_free_hosting(href: str) -> None:
    assert ID in _ids(href)


@pytest.mark.parametrize(
    "href",
    [
        "https://p60-taxcode-notice.netlify.app/employee/documents",  # no sign-in page
        "https://staffing.example/employee/signin",  # the sender's own site
        "https://payroll.example/login",  # someone's own site, not free hosting
        "https://my-app.web.app/__/auth/action?mode=verifyEmail",  # Firebase's own handler
        "https://hr-portal.netlify.app/blogin-tips",  # a word that only contains "login"
    ],
)
def test_no_sign_in_page_on_free_hosting(href: str) -> None:
    assert ID not in _ids(href)


def test_the_platforms_own_mail_to_its_own_settings() -> None:
    href = "https://www.canva.com/settings/login-and-security"
    assert ID not in _ids(href, from_="Canva <no-reply@canva.com>")
