"""link_recipient_in_url: personalised links carrying the recipient's address elsewhere."""

from __future__ import annotations

import base64

import pytest

from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_RECIPIENT_IN_URL"
RCPT = "bob@corp.example"


def _mail(href: str, text: str = "Open", from_: str = "Notice <n@sender.example>") -> bytes:
    html = f'<p>Please review.</p><a href="{href}">{text}</a>'
    return make_message(from_=from_, to=f"Bob <{RCPT}>", text=None, html=html)


@pytest.mark.parametrize(
    "href",
    [
        f"https://kit.example/tto/x.php?email={RCPT}",
        "https://kit.example/withdraw?email=bob%40corp.example&amount=",
        "https://kit.example/go?u=" + base64.b64encode(RCPT.encode()).decode(),
        "https://kit.example/" + RCPT.encode().hex(),
        f"https://kit.example/#{RCPT}",
    ],
)
def test_personalised_link_fires(href: str) -> None:
    assert ID in finding_ids(scan_offline(_mail(href)))


def test_hidden_empty_link_fires() -> None:
    assert ID in finding_ids(scan_offline(_mail(f"https://kit.example/a.php?email={RCPT}", "")))


@pytest.mark.parametrize(
    ("href", "text"),
    [
        (f"https://esp.example/unsubscribe?email={RCPT}", "Unsubscribe"),
        (f"https://esp.example/x?email={RCPT}", "Manage my subscriptions"),
        (f"https://esp.example/prefs/update-profile?e={RCPT}", "Click here"),
        (f"https://esp.example/servlet/url_login?email={RCPT}", ""),
        (f"https://archive.example/{RCPT}/msg07489.html", "archived"),  # literal path
        ("https://kit.example/x.php?email=someone.else@other.example", "Open"),
    ],
)
def test_management_and_other_links_are_silent(href: str, text: str) -> None:
    assert ID not in finding_ids(scan_offline(_mail(href, text)))


def test_sender_own_site_is_silent() -> None:
    raw = _mail(f"https://www.sender.example/welcome?email={RCPT}", from_="S <n@sender.example>")
    assert ID not in finding_ids(scan_offline(raw))


def test_sender_name_under_other_suffix_is_silent() -> None:
    raw = _mail(f"https://www.sender.com/welcome?email={RCPT}", from_="S <n@sender.net>")
    assert ID not in finding_ids(scan_offline(raw))


def test_plain_text_url_is_silent() -> None:
    raw = make_message(
        from_="Notice <n@sender.example>",
        to=RCPT,
        text=f"Your settings: https://kit.example/a?email={RCPT}",
    )
    assert ID not in finding_ids(scan_offline(raw))


def test_no_recipient_is_silent() -> None:
    raw = make_message(to="undisclosed-recipients:;", text=None, html='<a href="https://k.example/?e=x@y.z">x</a>')
    assert ID not in finding_ids(scan_offline(raw))


def _invitation(sender: str) -> bytes:
    eid = base64.b64encode(f"f640f3c7 {RCPT}".encode()).decode()
    html = f'<a href="https://calendar.google.com/calendar/event?action=VIEW&eid={eid}">Yes</a>'
    return make_message(
        from_="Martin <m@supplier.example>",
        to=f"Bob <{RCPT}>",
        text=None,
        html=html,
        headers=[("Sender", sender)],
    )


def test_the_platform_sending_for_the_organiser_may_carry_the_invitee() -> None:
    # Google Calendar mails the organiser's invitation (Sender: calendar-notification@google.com)
    # and its reply links carry the invitee in their eid.
    raw = _invitation("Google Calendar <calendar-notification@google.com>")
    assert ID not in finding_ids(scan_offline(raw))


def test_a_sender_field_that_is_no_platform_changes_nothing() -> None:
    assert ID in finding_ids(scan_offline(_invitation("Someone <x@google.com>")))
