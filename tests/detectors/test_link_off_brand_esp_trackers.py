"""``link_off_brand`` and ESP click trackers: a brand's lure-free mail whose off-brand links are
all opaque ESP click redirects is not off-brand; a lure, a visible foreign destination or
another sender still is."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
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

