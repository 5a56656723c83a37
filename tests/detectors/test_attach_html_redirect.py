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
        "<html><body onload=\"document.getElementById('go').click();\">"
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


def test_svg_link_to_an_embedded_page_is_followed() -> None:
    import base64

    page = b'<html><script>location.replace("https://sign.evil.example/v/?id=")</script></html>'
    href = "data:text/html;base64," + base64.b64encode(page).decode()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        f'<text>Your document is ready</text><a xlink:href="{href}"><rect width="9" height="9"/>'
        "<text>REVIEW DOCUMENT</text></a></svg>"
    )
    result = scan_offline(
        make_message(attachments=[("contract.svg", "image/svg+xml", svg.encode())])
    )
    finding = next(f for f in result.findings if f.id == ID)
    assert "opens an embedded page (data:text/html) from <a>" in finding.evidence["signs"]
    assert finding.evidence["domains"] == ["evil.example"]


def test_percent_encoded_embedded_page_in_html_attachment() -> None:
    href = "data:text/html,%3Cscript%3Ewindow.location%3D%27https%3A//x.evil.example/%27%3C/script"
    # A page with text of its own: the embedded page counts on any page, not only thin ones.
    text = "Quarterly report. " * 60
    page = f'<html><body><p>{text}</p><a href="{href}%3E">Open</a></body></html>'
    assert ID in _ids("doc.html", "text/html", page.encode())


def test_fires_on_svg_with_escaped_and_obfuscated_window_access() -> None:
    # obfuscator-kit style: property names in an array of \x-escaped strings, the target
    # XOR-encoded; "location" never appears in the script as written.
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><text>Voice message</text><script>'
        'var _0x1=["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e","\\x68\\x72\\x65\\x66"];'
        "setTimeout(function(){window[_0x1[0]][_0x1[1]]=String.fromCharCode(104)},300);"
        "</script></svg>"
    )
    assert ID in _ids("VM_Play.svg", "image/svg+xml", svg.encode())
