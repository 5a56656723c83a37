"""link_open_redirect: trusted open redirectors leading elsewhere."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_open_redirect_fires() -> None:
    html = '<a href="https://www.google.com/url?q=https://evil-login.example/&sa=D">Open</a>'
    result = scan_offline(make_message(text=None, html=html))
    assert "LINK_OPEN_REDIRECT" in finding_ids(result)
    finding = next(f for f in result.findings if f.id == "LINK_OPEN_REDIRECT")
    assert finding.evidence["domain"] == ["evil-login.example"]
    assert finding.evidence["redirector"] == ["google.com"]


def test_rewriter_is_not_an_open_redirect() -> None:
    href = "https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fexample.net%2F&data=x"
    raw = make_message(text=None, html=f'<a href="{href}">Open</a>')
    assert "LINK_OPEN_REDIRECT" not in finding_ids(scan_offline(raw))


def test_senders_own_redirector_is_silent() -> None:
    html = '<a href="https://www.google.com/url?q=https://example.net/">Doc</a>'
    raw = make_message(from_="Google <no-reply@google.com>", text=None, html=html)
    assert "LINK_OPEN_REDIRECT" not in finding_ids(scan_offline(raw))


def test_redirect_to_senders_own_site_is_silent() -> None:
    html = '<a href="https://www.google.com/url?q=https://www.example.org/page">Page</a>'
    raw = make_message(from_="Bob <bob@example.org>", text=None, html=html)
    assert "LINK_OPEN_REDIRECT" not in finding_ids(scan_offline(raw))
