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
