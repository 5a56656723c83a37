from tests.helpers import finding_ids, make_message, scan_offline
from tests.message import attach_builders as build

ID = "ATTACH_HTML_REDIRECT"


def _ids(name: str, mime: str, data: bytes) -> set[str]:
    raw = make_message(text="Your document.", attachments=[(name, mime, data)])
    return finding_ids(scan_offline(raw))


def test_fires_on_meta_refresh() -> None:
    assert ID in _ids("doc.html", "text/html", build.REDIRECT_PAGE.encode())


def test_fires_on_atob_location() -> None:
    assert ID in _ids("doc.html", "text/html", build.SCRIPT_REDIRECT_PAGE.encode())


def test_fires_on_svg_script() -> None:
    result = scan_offline(
        make_message(attachments=[("voice.svg", "image/svg+xml", build.REDIRECT_SVG.encode())])
    )
    finding = next(f for f in result.findings if f.id == ID)
    assert finding.evidence["domains"] == ["badhost.example"]


def test_html_smuggling_is_its_own_stronger_finding() -> None:
    ids = _ids("invoice.html", "text/html", build.smuggling_page().encode())
    assert "ATTACH_HTML_SMUGGLING" in ids
    assert ID not in ids  # named once, by the stronger finding


def test_smuggling_needs_the_whole_chain() -> None:
    # A big base64 blob decoded by atob but never saved as a file: no smuggling finding.
    page = build.smuggling_page().replace("a.download='invoice.iso';a.click();", "")
    page = page.replace("a.href=URL.createObjectURL(b);", "")
    assert "ATTACH_HTML_SMUGGLING" not in _ids("view.html", "text/html", page.encode())


def test_fires_on_auto_click_page() -> None:
    page = (
        '<html><body onload="document.getElementById(\'go\').click();">'
        '<a id="go" href="https://land.bad.example/x">Open</a></body></html>'
    )
    assert ID in _ids("open.html", "text/html", page.encode())


def test_silent_on_long_page_with_incidental_script() -> None:
    text = "<p>" + "Minutes of the meeting, item by item. " * 40 + "</p>"
    page = f"<html><body>{text}<script>if(x)window.location.hash='#top';</script></body></html>"
    assert ID not in _ids("minutes.html", "text/html", page.encode())


def test_silent_on_plain_svg_and_newsletter() -> None:
    assert ID not in _ids("logo.svg", "image/svg+xml", build.PLAIN_SVG.encode())
    assert ID not in _ids("news.html", "text/html", build.NEWSLETTER_PAGE.encode())
