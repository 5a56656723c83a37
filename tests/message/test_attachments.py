"""Attachment analysis: what is read from PDFs, pages, images and archives, and that hostile
files (pixel bombs, decompression bombs, truncated or random bytes) cost little and never raise.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.config import Limits
from mailwarden.message.attachments import (
    KIND_ARCHIVE,
    KIND_HTML,
    KIND_IMAGE,
    KIND_PDF,
    KIND_SVG,
    Attachment,
    analyse,
    attachment_links,
    link_domains,
)
from mailwarden.message.parse import Message
from tests.helpers import make_message
from tests.message import attach_builders as build


def _one(name: str, mime: str, data: bytes, text: str = "Hello", **limits: int) -> Attachment:
    msg = Message(make_message(text=text, attachments=[(name, mime, data)]), Limits(**limits))
    items = analyse(msg)
    assert len(items) == 1
    return items[0]


def _message(name: str, mime: str, data: bytes, text: str = "Hello") -> Message:
    return Message(make_message(text=text, attachments=[(name, mime, data)]))


# -- QR codes --------------------------------------------------------------------------------------


def test_qr_code_in_png_becomes_a_qr_link() -> None:
    msg = _message("scan.png", "image/png", build.qr_png("https://qr.bad.example/l?id=7"))
    [item] = analyse(msg)
    assert item.kind == KIND_IMAGE
    assert item.qr_urls == ("https://qr.bad.example/l?id=7",)
    links = attachment_links(msg)
    assert [(link.url, link.origin) for link in links] == [
        ("https://qr.bad.example/l?id=7", "qr:scan.png")
    ]
    assert links[0].registrable == "bad.example"


def test_qr_code_on_a_larger_picture_is_found() -> None:
    png = build.qr_png("https://qr.bad.example/x", scale=4, canvas=(900, 700))
    assert _one("notice.png", "image/png", png).qr_urls == ("https://qr.bad.example/x",)


def test_qr_code_without_a_url_gives_no_link() -> None:
    item = _one("wifi.png", "image/png", build.qr_png("WIFI:S:guest;T:WPA;P:secret;;"))
    assert item.qr_urls == ()


def test_plain_image_has_no_qr() -> None:
    assert _one("logo.png", "image/png", build.plain_png()).qr_urls == ()


def test_inline_cid_image_is_analysed() -> None:
    # An inline picture without a file name (a cid: image of an HTML body).
    raw = make_message(
        text=None,
        html='<p>Scan:</p><img src="cid:qr1">',
        attachments=[("", "image/png", build.qr_png("https://inline.bad.example/"))],
    )
    msg = Message(raw)
    urls = [u for item in analyse(msg) for u in item.qr_urls]
    assert urls == ["https://inline.bad.example/"]


def test_qr_in_data_uri_of_html_body() -> None:
    import base64

    png = base64.b64encode(build.qr_png("https://datauri.bad.example/")).decode()
    raw = make_message(text=None, html=f'<img src="data:image/png;base64,{png}">')
    msg = Message(raw)
    assert [u for item in analyse(msg) for u in item.qr_urls] == ["https://datauri.bad.example/"]
    assert any(link.origin == "qr:body image" for link in msg.links)


# -- PDF -------------------------------------------------------------------------------------------


def test_pdf_link_annotation_and_text() -> None:
    data = build.pdf(
        ("Invoice 2291", "See www.text-link.example/pay for details"),
        link="https://annot.bad.example/view",
    )
    item = _one("doc.pdf", "application/pdf", data)
    assert item.kind == KIND_PDF
    urls = [url for url, _ in item.links]
    assert "https://annot.bad.example/view" in urls
    assert any("text-link.example" in url for url in urls)
    assert item.pdf_pages == 1
    assert item.pdf_link_annotations == 1
    assert 0.05 < item.pdf_link_area < 0.1
    assert item.text_chars > 20


def test_pdf_links_get_attachment_origin() -> None:
    msg = _message("doc.pdf", "application/pdf", build.pdf(link="https://annot.bad.example/"))
    assert [link.origin for link in msg.links] == ["attachment:doc.pdf"]


def test_qr_inside_pdf_image() -> None:
    item = _one("scan.pdf", "application/pdf", build.pdf(("Scan",), qr="https://pdfqr.bad.example/"))
    assert item.qr_urls == ("https://pdfqr.bad.example/",)


def test_pdf_password_form_and_submit_target() -> None:
    item = _one("f.pdf", "application/pdf", build.pdf_with_password_form("https://c.bad.example/s"))
    assert item.password_fields == 1
    assert item.form_actions == ("https://c.bad.example/s",)


def test_octet_stream_pdf_is_recognised_by_content() -> None:
    item = _one("document", "application/octet-stream", build.pdf(link="https://x.bad.example/"))
    assert item.kind == KIND_PDF
    assert item.pdf_link_annotations == 1


# -- HTML and SVG ----------------------------------------------------------------------------------


def test_html_credential_page() -> None:
    item = _one("login.html", "text/html", build.CREDENTIAL_PAGE.encode())
    assert item.kind == KIND_HTML
    assert item.password_fields == 1
    assert item.form_actions == ("https://collect.badhost.example/post.php",)


def test_htm_in_octet_stream_with_script_post() -> None:
    item = _one("a.htm", "application/octet-stream", build.SCRIPT_CREDENTIAL_PAGE.encode())
    assert item.kind == KIND_HTML
    assert item.password_fields == 1
    assert item.script_sends == ("XMLHttpRequest",)


def test_meta_refresh_page() -> None:
    item = _one("doc.html", "text/html", build.REDIRECT_PAGE.encode())
    assert item.redirects == ("meta refresh: https://landing.badhost.example/o365/",)
    assert ("https://landing.badhost.example/o365/", "") in item.links


def test_script_redirect_with_atob() -> None:
    item = _one("doc.html", "text/html", build.SCRIPT_REDIRECT_PAGE.encode())
    assert "location assignment" in item.redirects
    assert "location computed by atob" in item.redirects


def test_svg_script_redirect() -> None:
    item = _one("voice.svg", "image/svg+xml", build.REDIRECT_SVG.encode())
    assert item.kind == KIND_SVG
    assert "script" in item.svg_active
    assert "location assignment" in item.redirects
    assert link_domains(url for url, _ in item.links) == ["badhost.example"]


def test_svg_foreign_object_form() -> None:
    item = _one("doc.svg", "image/svg+xml", build.FORM_SVG.encode())
    assert "foreignObject" in item.svg_active
    assert item.password_fields == 1


def test_plain_svg_is_quiet() -> None:
    item = _one("logo.svg", "image/svg+xml", build.PLAIN_SVG.encode())
    assert (item.svg_active, item.redirects, item.links) == ((), (), ())


def test_html_smuggling_blob() -> None:
    item = _one("invoice.html", "text/html", build.smuggling_page().encode())
    assert item.smuggling and "new Blob" in item.smuggling[0]


def test_search_form_is_not_a_collecting_form() -> None:
    item = _one("news.html", "text/html", build.NEWSLETTER_PAGE.encode())
    assert item.form_actions == ()
    assert item.password_fields == 0


# -- archives, types -------------------------------------------------------------------------------


def test_zip_members_listed_not_extracted() -> None:
    item = _one("files.zip", "application/zip", build.zip_with(["a/inv.pdf.exe", "b.txt"]))
    assert item.kind == KIND_ARCHIVE
    assert item.archive_members == ("a/inv.pdf.exe", "b.txt")
    assert item.risky_members == ("a/inv.pdf.exe",)


def test_risky_type_by_name() -> None:
    assert _one("report.pdf.js", "application/octet-stream", b"var x=1;").risky_type == "script"
    assert _one("notes.txt", "text/plain", b"hello").risky_type == ""


def test_password_stated_in_body_opens_zip() -> None:
    import io
    import zipfile

    # zipfile cannot write ZipCrypto; use a member whose flag says encrypted and check that a
    # wrong password is recognised as wrong (no "opened"), the stated one is only "stated".
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("doc.html", b"<html></html>")
    data = bytearray(buf.getvalue())
    # Set the "encrypted" bit (bit 0 of the general purpose flags) in both headers.
    data[6] |= 1
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    item = _one("doc.zip", "application/zip", bytes(data), text="The password is: 4711")
    assert item.archive_encrypted
    assert item.password_in_message in ("opened", "stated")


# -- hostile input ---------------------------------------------------------------------------------

HOSTILE = [
    ("bomb.png", "image/png", build.pixel_bomb_png()),
    ("wide.png", "image/png", build.pixel_bomb_png(100_000, 300)),
    ("bomb.pdf", "application/pdf", build.pdf_flate_bomb()),
    ("nested.pdf", "application/pdf", build.pdf_deeply_nested()),
    ("cut.pdf", "application/pdf", build.pdf(("x",), link="https://a.example/")[:400]),
    ("random.pdf", "application/pdf", bytes(range(256)) * 64),
    ("random.png", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
    ("random.zip", "application/zip", b"PK\x03\x04" + bytes(range(256)) * 64),
    ("empty.pdf", "application/pdf", b""),
    ("random.svg", "image/svg+xml", bytes(range(256)) * 64),
    ("deep.html", "text/html", b"<div>" * 50_000),
]


@pytest.mark.parametrize("name,mime,data", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_attachment_is_bounded(name: str, mime: str, data: bytes) -> None:
    msg = _message(name, mime, data)
    started = time.monotonic()
    items = analyse(msg)
    _ = msg.links
    elapsed = time.monotonic() - started
    assert len(items) == 1
    # Our own bound (half the per-message deadline), with room for a slow machine.
    assert elapsed < msg.limits.deadline_seconds * 2


def test_pixel_bomb_becomes_a_limit_defect() -> None:
    msg = _message("bomb.png", "image/png", build.pixel_bomb_png())
    analyse(msg)
    assert any(d.kind == "decoded" and "bomb.png" in d.detail for d in msg.defects)


def test_pixel_limit_from_settings() -> None:
    png = build.qr_png("https://qr.bad.example/")
    item = _one("scan.png", "image/png", png, max_image_pixels=100)
    assert item.qr_urls == ()


def test_large_jpeg_photo_is_read_at_reduced_scale() -> None:
    # 48 megapixels, over the 20 MP limit: JPEG's own downscaled decoding keeps it in bounds.
    import io

    from PIL import Image

    code = Image.open(io.BytesIO(build.qr_png("https://photo.bad.example/", scale=40)))
    photo = Image.new("RGB", (8000, 6000), (255, 255, 255))
    photo.paste(code.convert("RGB"), (100, 100))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=85)
    msg = _message("photo.jpg", "image/jpeg", buf.getvalue())
    assert analyse(msg)[0].qr_urls == ("https://photo.bad.example/",)
    assert msg.defects == ()


def test_broken_picture_is_no_defect() -> None:
    msg = _message("cut.png", "image/png", build.qr_png("https://x.example/")[:200])
    assert analyse(msg)[0].qr_urls == ()
    assert msg.defects == ()


def test_pdf_decompression_bomb_becomes_a_limit_defect() -> None:
    msg = _message("bomb.pdf", "application/pdf", build.pdf_flate_bomb())
    analyse(msg)
    assert any(d.kind == "decoded" and "bomb.pdf" in d.detail for d in msg.defects)


def test_truncated_pdf_is_a_defect_not_an_error() -> None:
    msg = _message("cut.pdf", "application/pdf", build.pdf(link="https://a.example/")[:300])
    [item] = analyse(msg)
    assert not item.analysed
    assert any(d.kind == "attachment" for d in msg.defects)


def test_attachment_over_scan_limit_is_not_parsed() -> None:
    data = build.pdf(link="https://big.bad.example/")
    item = _one("big.pdf", "application/pdf", data, max_attachment_scan_bytes=100)
    assert not item.analysed and item.links == ()


def test_analysis_is_cached_per_message() -> None:
    msg = _message("scan.png", "image/png", build.qr_png("https://qr.bad.example/"))
    assert analyse(msg) is analyse(msg)


@settings(max_examples=40, deadline=None)
@given(
    data=st.binary(max_size=4000),
    kind=st.sampled_from(
        [
            ("x.pdf", "application/pdf", b"%PDF-1.7\n"),
            ("x.png", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("x.svg", "image/svg+xml", b"<svg>"),
            ("x.html", "text/html", b"<html><script>"),
            ("x.zip", "application/zip", b"PK\x03\x04"),
        ]
    ),
)
def test_random_content_never_raises(data: bytes, kind: tuple[str, str, bytes]) -> None:
    name, mime, magic = kind
    msg = _message(name, mime, magic + data)
    assert len(analyse(msg)) == 1
    assert isinstance(attachment_links(msg), list)


def test_url_hidden_as_base64_for_atob_becomes_a_link() -> None:
    import base64

    target = base64.b64encode(b"https://verify.example-login.top/?m=1").decode()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><script><![CDATA['
        f'var t = "{target}"; window.location.href = atob(t);'
        "]]></script></svg>"
    ).encode()
    raw = make_message(attachments=[("voicemail.svg", "image/svg+xml", svg)])
    hosts = {link.host for link in Message(raw).links}
    assert "verify.example-login.top" in hosts


def test_base64_literal_without_atob_is_not_decoded() -> None:
    import base64

    target = base64.b64encode(b"https://verify.example-login.top/").decode()
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><script>var t = "{target}";</script></svg>'
    raw = make_message(attachments=[("x.svg", "image/svg+xml", svg.encode())])
    assert "verify.example-login.top" not in {link.host for link in Message(raw).links}
