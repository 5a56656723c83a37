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


def test_google_redirect_inside_a_pdf_that_google_mails_counts() -> None:
    # Google's own mail links through google.com/url; a PDF a user shared through Drive was
    # written by that user, whose redirect to another site is a disguise.
    from tests.message import attach_builders as build

    link = "https://www.google.com/url?q=https://platform3355.top/1wq4W8&sa=D&source=editors"
    raw = make_message(
        from_="Google Drive <drive-shares-noreply@google.com>",
        text="A document was shared with you.",
        attachments=[("Open 52.pdf", "application/pdf", build.pdf(("Open",), link=link))],
    )
    assert "LINK_OPEN_REDIRECT" in finding_ids(scan_offline(raw))
