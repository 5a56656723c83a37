"""stays_with_sender: a message whose every destination is its own sender's organisation."""

from __future__ import annotations

import pytest

from mailwarden.destinations import stays_with_sender
from mailwarden.detectors import Context
from mailwarden.message.parse import Message
from mailwarden.result import AuthSummary
from tests.helpers import make_message, offline_engine

NOTICE = "We noticed an unusual sign-in to your account. Review your recent activity:"


def _stays(raw: bytes) -> bool:
    engine = offline_engine()
    ctx = Context(auth=AuthSummary(), knowledge=engine.knowledge, policy=engine.policy)
    return stays_with_sender(Message(raw), ctx)


def _html(*urls: str) -> str:
    return NOTICE + "".join(f'<p><a href="{u}">Review activity</a></p>' for u in urls)


def test_links_to_the_senders_own_brand_domains_stay() -> None:
    raw = make_message(
        from_="Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        html=_html("https://account.live.com/activity", "https://go.microsoft.com/fwlink/?id=1"),
    )
    assert _stays(raw)


@pytest.mark.parametrize(
    "kwargs",
    [
        # a link to another organisation
        {"html": _html("https://account.live.com/a", "https://verify-login.example.top/x")},
        # no link at all: a lure that asks for a reply
        {"text": NOTICE + " Reply with your password.", "html": None},
        # a form in the message itself
        {"html": NOTICE + '<form action="https://account.live.com/p"><input type="password">'},
    ],
)
def test_any_other_destination_does_not_stay(kwargs: dict[str, object]) -> None:
    raw = make_message(  # type: ignore[arg-type]
        from_="Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
        **kwargs,
    )
    assert not _stays(raw)


def test_a_tenant_of_the_brand_is_not_the_brand() -> None:
    raw = make_message(
        from_="Microsoft 365 <admin@contoso-billing.onmicrosoft.com>",
        html=_html("https://login.microsoftonline.com/common"),
    )
    assert not _stays(raw)


def test_display_name_showing_another_address_does_not_stay() -> None:
    raw = make_message(
        from_='"it-support@example.org" <noreply@mailer.example.top>',
        html=_html("https://www.example.top/login"),
    )
    assert not _stays(raw)


def test_a_reply_to_the_person_a_service_acts_for_still_stays() -> None:
    # E-signature and file-share services put the sending person in Reply-To.
    raw = make_message(
        from_="Jana Weber via Docusign <dse@eumail.docusign.net>",
        html=_html("https://eu.docusign.net/Signing/?ti=1"),
        headers=[("Reply-To", "jana.weber@harbor-logistik.de")],
    )
    assert _stays(raw)


def test_a_generated_sender_address_has_no_organisation_to_stay_with() -> None:
    person = make_message(
        from_="Cloud Services <alerts@deck.example.com>",
        html=_html("https://deck.example.com/r/4ABXKP2588"),
    )
    generated = make_message(
        from_="Cloud Services <MevaLiM@deck.example.com>",
        html=_html("https://deck.example.com/r/4ABXKP2588"),
    )
    assert _stays(person)
    assert not _stays(generated)


def test_a_brands_email_service_tracker_stays_but_not_for_an_unknown_sender() -> None:
    tracker = "https://u1234.ct.sendgrid.net/ls/click?upn=abc"
    brand = make_message(from_="Dropbox <no-reply@dropbox.com>", html=_html(tracker))
    unknown = make_message(from_="Acme Notes <no-reply@acmenotes.example>", html=_html(tracker))
    assert _stays(brand)
    assert not _stays(unknown)


def test_a_brand_tracker_hiding_its_destination_stays() -> None:
    raw = make_message(
        from_="Microsoft <no-reply@microsoft.com>",
        html=_html("https://r20.rs6.net/tn.jsp?f=001x7Kq2mB9&c=Yv3"),
    )
    assert _stays(raw)


def test_a_brand_tracker_showing_a_destination_elsewhere_does_not_stay() -> None:
    raw = make_message(
        from_="Microsoft <no-reply@microsoft.com>",
        html=_html("https://r20.rs6.net/tn.jsp?f=001&ch=https%3A%2F%2Fkeep-password.netlify.app"),
    )
    assert not _stays(raw)


def test_a_brand_tracker_showing_the_brands_own_page_stays() -> None:
    raw = make_message(
        from_="Microsoft <no-reply@microsoft.com>",
        html=_html("https://r20.rs6.net/tn.jsp?f=001&ch=https%3A%2F%2Faccount.microsoft.com%2F"),
    )
    assert _stays(raw)


def test_a_free_mail_user_linking_to_the_providers_hosted_pages_does_not_stay() -> None:
    # Held-out round 249: a gmail.com sender's lure on a Google Sites page.
    raw = make_message(
        from_="Service Conformité <conformite.support@gmail.com>",
        html=_html("https://sites.google.com/view/verification-compte/accueil"),
    )
    assert not _stays(raw)
