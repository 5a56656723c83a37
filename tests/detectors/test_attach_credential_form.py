from mailwarden.result import Verdict
from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_CREDENTIAL_FORM"


def _scan(name: str, mime: str, data: bytes):  # type: ignore[no-untyped-def]
    return scan_offline(make_message(text="See attached.", attachments=[(name, mime, data)]))


def test_fires_on_html_login_page() -> None:
    result = _scan("Secure_Message.html", "text/html", build.CREDENTIAL_PAGE.encode())
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["domains"] == ["badhost.example"]
    assert finding.evidence["files"] == ["Secure_Message.html"]
    assert result.verdict is not Verdict.CLEAN


def test_fires_on_script_posting_password() -> None:
    result = _scan("a.htm", "application/octet-stream", build.SCRIPT_CREDENTIAL_PAGE.encode())
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["script_sends"] == ["XMLHttpRequest"]


def test_fires_on_svg_foreign_object_form() -> None:
    assert ID in finding_ids(_scan("doc.svg", "image/svg+xml", build.FORM_SVG.encode()))


def test_fires_on_pdf_password_field() -> None:
    data = build.pdf_with_password_form("https://collect.bad.example/f")
    assert ID in finding_ids(_scan("form.pdf", "application/pdf", data))


def test_silent_on_newsletter_page_with_search_box() -> None:
    assert ID not in finding_ids(_scan("news.html", "text/html", build.NEWSLETTER_PAGE.encode()))


def test_silent_on_password_form_in_the_body() -> None:
    # The body's own forms belong to the content_ detectors; this one judges attachments.
    raw = make_message(text=None, html=build.CREDENTIAL_PAGE)
    assert ID not in finding_ids(scan_offline(raw))
