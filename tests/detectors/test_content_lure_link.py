"""content_lure_link: an account lure plus a call-to-action link."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

LURE = "<p>Your mailbox is full. Incoming messages are on hold.</p>"


def test_lure_with_call_to_action_link() -> None:
    html = LURE + '<a href="https://mail-quota.example.top/x">Release messages</a>'
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_LURE_WITH_LINK" in ids


def test_lure_without_call_to_action_link() -> None:
    html = LURE + '<a href="https://example.org/help">Help centre</a>'
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_LURE_WITH_LINK" not in ids


def test_call_to_action_without_lure() -> None:
    html = '<p>Our spring catalogue is out.</p><a href="https://shop.example/">Log in</a>'
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_LURE_WITH_LINK" not in ids


def test_lure_with_a_tracked_link_is_the_weaker_finding() -> None:
    # A payroll portal's notice through SendGrid (held-out rounds 80, 179, 205): where the
    # link goes is not visible, so it is no proof that the hook leaves the sender.
    html = (
        "<p>Your payslip is ready. Log in to view it.</p>"
        '<a href="https://u123.ct.sendgrid.net/ls/click?upn=abc">Log in to view</a>'
    )
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_LURE_WITH_TRACKED_LINK" in ids
    assert "CONTENT_LURE_WITH_LINK" not in ids


def test_an_open_link_beside_a_tracked_one_is_the_full_finding() -> None:
    html = (
        LURE + '<a href="https://u123.ct.sendgrid.net/ls/click?upn=abc">Release messages</a>'
        '<a href="https://mail-quota.example.top/x">Release messages</a>'
    )
    ids = finding_ids(scan_offline(make_message(text=None, html=html)))
    assert "CONTENT_LURE_WITH_LINK" in ids
    assert "CONTENT_LURE_WITH_TRACKED_LINK" not in ids
