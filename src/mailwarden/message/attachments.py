"""Attachments: what a PDF, an HTML or SVG page, an image or an archive attached to a message
asks the reader to do, and the links it carries.

Every attachment is attacker-chosen bytes handed to third-party parsers (pypdf, Pillow,
zxing-cpp, lexbor), so each analysis is bounded before it starts: bytes scanned
(``Limits.max_attachment_scan_bytes``), image pixels checked from the header before any pixel
is decoded (``Limits.max_image_pixels``), pypdf's decompression and page-tree limits lowered
for the duration of the call, pages, images and QR decodes counted, and a time budget (half the
per-message deadline) shared by all attachments. A broken limit or an unreadable file becomes a
message defect (``Message.add_defect``) and the analysis goes on with the next attachment;
nothing here raises.

The type of an attachment is decided by its content first (magic bytes, markup), then by its
file name and declared type: an ``.htm`` page sent as ``application/octet-stream`` is a page.

Results are computed once per message and shared (a weak map keyed by the message object):
``analyse(msg)`` gives the per-attachment ``Attachment`` records the ``attach_`` detectors
judge, ``attachment_links(msg)`` the links (origin ``attachment:<file>`` or ``qr:<file>``) that
``urls.extract_links`` adds to ``Message.links``.

References: ISO 32000-1 (PDF: §12.5.6.5 link annotations, §12.6.4.7 URI actions, §12.7 forms,
§12.6.4.16 JavaScript actions), ISO/IEC 18004 (QR code), RFC 2397 (``data:`` URLs).
"""

from __future__ import annotations

import base64
import binascii
import io
import logging
import re
import threading
import time
import warnings
import weakref
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from mailwarden.message.html import parse_html
from mailwarden.message.pdf_vector_qr import vector_qr_texts
from mailwarden.message.table_qr import table_qr_pictures
from mailwarden.message.urls import Link, links_from, make_link, safe_split, urls_in_text

if TYPE_CHECKING:
    from mailwarden.message.parse import Message, Part

# pypdf reports every oddity of a broken file on its logger; the defects we record say enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_ATTACHMENTS = 30  # analysed per message; the rest are only typed by name
MAX_PDF_PAGES = 5  # pages whose annotations, text and images are read
MAX_PDF_TEXT_CHARS = 20_000
# Kept per attachment for lure matching: a cover letter's lure sits on its first page.
MAX_TEXT_EXCERPT_CHARS = 5_000
MAX_QR_IMAGES = 12  # images handed to the QR decoder per message
MAX_PDF_IMAGES = 6  # images extracted from one PDF for QR decoding
MAX_VECTOR_QR_PAGES = 2  # pages searched for a QR code drawn with vector squares
MAX_ARCHIVE_NAMES = 200
QR_MAX_SIDE = 2048  # larger images are scaled down before decoding: QR modules stay readable
QR_MIN_SIDE = 21  # the smallest QR code (version 1) is 21 modules wide
BIG_BASE64_CHARS = 2000  # a base64 run this long inside a page is a payload, not an icon
DATA_URI_MAX_CHARS = 4 * 1024 * 1024

KIND_PDF = "pdf"
KIND_HTML = "html"
KIND_SVG = "svg"
KIND_IMAGE = "image"
KIND_ARCHIVE = "archive"
KIND_OTHER = "other"

_HTML_EXT = frozenset({"html", "htm", "shtml", "shtm", "xhtml", "xht", "mht", "mhtml", "hta"})
_IMAGE_EXT = frozenset({"png", "jpg", "jpeg", "jpe", "jfif", "gif", "bmp", "webp", "tif", "tiff"})
_ARCHIVE_EXT = frozenset({"zip", "rar", "7z", "gz", "tgz", "tar", "bz2", "xz", "cab", "arj"})
# Types that run code when opened, mount a disk image that hides one, or carry macros.
_RISKY_EXT: dict[str, str] = {
    **dict.fromkeys(
        ("exe", "scr", "com", "pif", "bat", "cmd", "cpl", "msi", "msp", "dll", "jar", "reg"),
        "executable",
    ),
    **dict.fromkeys(("js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "hta", "sct", "vb"), "script"),
    **dict.fromkeys(("iso", "img", "vhd", "vhdx"), "disk image"),
    **dict.fromkeys(("lnk", "scf", "library-ms", "settingcontent-ms"), "shortcut"),
    **dict.fromkeys(
        ("docm", "dotm", "xlsm", "xltm", "xlam", "pptm", "potm", "ppam", "ppsm", "sldm"),
        "macro-enabled office",
    ),
    **dict.fromkeys(("one", "onepkg"), "onenote"),
    "mobileconfig": "configuration profile",
}
_RISKY_IN_ARCHIVE_EXT = frozenset(_RISKY_EXT) | _HTML_EXT | {"svg"}

# Script constructs that send the reader somewhere else or build the page at run time.
_REDIRECT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "location assignment",
        re.compile(
            r"(?:window|document|top|self|parent)\s*\.\s*location\b"
            r"|\blocation\s*\.\s*(?:href|replace|assign)\b"
            r"|\blocation\s*=(?!=)"
            r"|\[\s*[\"']location[\"']\s*\]"
        ),
    ),
    # window[_0x9052[0]][_0x9052[1]] = ...: the property names kept in an array of escaped
    # strings (obfuscator kits) so that "location" never appears in the script.
    (
        "obfuscated window access",
        re.compile(r"\b(?:window|document|top|self|globalThis)\s*\[\s*[A-Za-z_$][\w$]*\s*\["),
    ),
    ("window.open", re.compile(r"\bwindow\s*\.\s*open\s*\(")),
    ("scripted click", re.compile(r"\.\s*click\s*\(\s*\)")),
)
_DECODE_CALL = re.compile(r"\b(?:atob|unescape|decodeURIComponent|fromCharCode)\s*\(")
# A base64 string literal that decodes to a web address always begins "aHR0c" ("http"): in a
# script that calls atob(), such a literal is the hidden target, readable statically.
_B64_URL_LITERAL = re.compile(r"""(["'])(aHR0c[A-Za-z0-9+/=]{8,4096})\1""")
MAX_ATOB_LITERALS = 10
# Any string literal handed to atob() as it stands: what a script decodes, a URL or a command.
_ATOB_LITERAL = re.compile(r"""\batob\s*\(\s*(["'])([A-Za-z0-9+/=]{8,4096})\1""")
_WRITE_CALL = re.compile(r"\bdocument\s*\.\s*write(?:ln)?\s*\(|\.innerHTML\s*=|\beval\s*\(")
_BLOB_CALL = re.compile(r"\bnew\s+Blob\s*\(|createObjectURL|msSaveOrOpenBlob|msSaveBlob")
# HTML smuggling, step by step: a file made from decoded data (new Blob), given an object URL,
# and saved without the reader asking (a download attribute set by script, a scripted click,
# the old IE save call). Each pattern is a literal alternation: linear.
_BLOB_STEPS = (
    ("decode", re.compile(r"\b(?:atob|fromCharCode|charCodeAt|base64ToArrayBuffer)\b")),
    ("new Blob", re.compile(r"\bnew\s+(?:Blob|File)\s*\(")),
    ("createObjectURL", re.compile(r"\bcreateObjectURL\s*\(|msSaveOrOpenBlob|msSaveBlob")),
    (
        "save",
        re.compile(
            r"\.\s*download\s*=|\bdownload\s*:|\.\s*click\s*\(\s*\)|msSaveOrOpenBlob|msSaveBlob"
        ),
    ),
)
# ClickFix: the page puts a command on the reader's clipboard, to be pasted into the Run dialog
# or a terminal "to verify you are human". A clipboard write and a command launcher in one
# script; saved pages with a copy button copy text, not a PowerShell line.
_CLIPBOARD_WRITE = re.compile(r"clipboard\s*\.\s*writeText\s*\(|execCommand\s*\(\s*['\"]copy")
_COMMAND_LAUNCHER = re.compile(
    r"\b(?:powershell|pwsh|mshta|rundll32|regsvr32|certutil|bitsadmin|wscript|cscript|msiexec"
    r"|invoke-expression|iex|cmd(?:\.exe)?\s+/[ck])\b",
    re.IGNORECASE,
)
_SEND_CALL = re.compile(
    r"XMLHttpRequest|\bfetch\s*\(|\$\s*\.\s*(?:ajax|post)\s*\(|api\.telegram\.org|\.submit\s*\("
)
# Linear: each run is matched once; the {64,} floor only bounds how far a failed start scans.
_B64_RUN = re.compile(r"[A-Za-z0-9+/]{64,}={0,2}")
# Tags, for a linear estimate of nesting depth: lexbor's tree building is quadratic in the
# depth of unclosed elements (50,000 nested <div> take seconds), so deeper pages are not parsed.
_TAG = re.compile(r"<(/)?([a-zA-Z][\w:-]{0,30})[^<>]{0,2000}?(/)?>")
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "option",
        "td",
        "tr",
        "th",
    }
)
MAX_PAGE_DEPTH = 5000
_REFRESH_URL = re.compile(r"""(?i)url\s*=\s*['"]?([^'"\s>]{1,2000})""")
_CREDENTIAL_NAME = re.compile(r"(?i)pass|pwd|passw|kennwort|passwort|contrase|senha|mot.?de.?passe")
# "Senha do PDF: 0204", "password: 1234": the password of a protected attachment, given in the
# message so that the reader can open what the mail filter could not. Bounded repeats only.
_PASSWORD_WORD = re.compile(
    r"(?i)\b(?:password|passcode|passwort|kennwort|senha|contrase[nñ]a|clave|mot de passe"
    r"|wachtwoord|has[lł]o|parola)\b"
)
_PASSWORD_QUOTES = "\"'\u201c\u201d\u00ab\u00bb.,;:!?()[]<>*"
MAX_PASSWORD_CANDIDATES = 6
_PDF_JS_MARK = re.compile(rb"/(?:JavaScript|JS)\b")
_PDF_LAUNCH_MARK = re.compile(rb"/Launch\b")


@dataclass(frozen=True)
class Attachment:
    """What one attachment holds and asks for; evidence for the ``attach_`` detectors."""

    filename: str  # as named in the message, "" for an unnamed inline part
    label: str  # the name used in evidence and link origins (filename or "part <path>")
    kind: str  # pdf | html | svg | image | archive | other
    content_type: str
    size: int
    risky_type: str = ""  # "executable", "script", ... when the name says so
    links: tuple[tuple[str, str], ...] = ()  # (url, visible text)
    qr_urls: tuple[str, ...] = ()  # URLs read from QR codes in the image (or the PDF's images)
    # Pages (HTML, SVG) and PDF forms.
    text_chars: int = 0  # visible text of a page, extracted text of a PDF
    text: str = ""  # the first MAX_TEXT_EXCERPT_CHARS of that text
    password_fields: int = 0
    form_actions: tuple[str, ...] = ()  # remote http(s) targets of forms that collect input
    credential_inputs: tuple[str, ...] = ()  # names/types of fields asking for secrets
    script_sends: tuple[str, ...] = ()  # constructs that post data out (XHR, fetch, ...)
    redirects: tuple[str, ...] = ()  # "meta refresh: URL", "location assignment", ...
    remote_frames: tuple[str, ...] = ()  # iframe/embed/object/script src on another host
    smuggling: tuple[str, ...] = ()  # "base64 blob 40000 chars + new Blob", ...
    # The steps of a script that builds a file in the browser and saves it: decode, Blob,
    # object URL, save (download attribute, scripted click, msSaveOrOpenBlob). All four or none.
    blob_download: tuple[str, ...] = ()
    # A script that writes a shell command to the clipboard (ClickFix): "clipboard: powershell".
    clipboard_commands: tuple[str, ...] = ()
    svg_active: tuple[str, ...] = ()  # "script", "foreignObject", "onload" in an SVG
    # PDF only.
    pdf_pages: int = 0
    pdf_link_annotations: int = 0
    pdf_link_area: float = 0.0  # largest link annotation, as a share of its page's area
    pdf_javascript: bool = False
    pdf_launch: bool = False
    pdf_encrypted: bool = False
    # For a password-protected PDF or ZIP: "opened" when a password stated in the message
    # opened it, "stated" when the message states one we could not try, "" otherwise.
    password_in_message: str = ""
    # Archives (names only, never extracted).
    archive_members: tuple[str, ...] = ()
    risky_members: tuple[str, ...] = ()
    archive_encrypted: bool = False
    analysed: bool = True  # False when a limit or an unreadable file stopped the analysis
    # The document type the name claims ("pdf") when the bytes are another kind (an image or a
    # web page): "invoice.pdf" that is a JPEG. "" when name and content agree or cannot tell.
    disguised_as: str = ""


@dataclass
class _Draft:
    """Mutable while one attachment is analysed, then frozen into an Attachment."""

    links: list[tuple[str, str]] = field(default_factory=list)
    qr_urls: list[str] = field(default_factory=list)
    text_chars: int = 0
    text: str = ""
    password_fields: int = 0
    form_actions: list[str] = field(default_factory=list)
    credential_inputs: list[str] = field(default_factory=list)
    script_sends: list[str] = field(default_factory=list)
    redirects: list[str] = field(default_factory=list)
    remote_frames: list[str] = field(default_factory=list)
    smuggling: list[str] = field(default_factory=list)
    blob_download: list[str] = field(default_factory=list)
    clipboard_commands: list[str] = field(default_factory=list)
    svg_active: list[str] = field(default_factory=list)
    pdf: dict[str, Any] = field(default_factory=dict)
    archive_members: list[str] = field(default_factory=list)
    risky_members: list[str] = field(default_factory=list)
    archive_encrypted: bool = False
    password_in_message: str = ""
    analysed: bool = True


class _Budget:
    """Shared per-message bounds: wall time and the number of QR decodes."""

    def __init__(self, seconds: float) -> None:
        self.ends = time.monotonic() + seconds
        self.qr_left = MAX_QR_IMAGES

    def spent(self) -> bool:
        return time.monotonic() >= self.ends


# -- type ------------------------------------------------------------------------------------------


def _extension(name: str) -> str:
    base = name.strip().strip('."').rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return base.rpartition(".")[2].lower() if "." in base else ""


def _sniff(data: bytes) -> str:
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF-"):
        return KIND_PDF
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")) or (
        head.startswith(b"RIFF") and head[8:12] == b"WEBP"
    ):
        return KIND_IMAGE
    if head.startswith(b"PK\x03\x04"):
        return KIND_ARCHIVE
    low = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    # A page may hold an inline <svg> icon; an SVG file does not start as a page.
    if b"<!doctype html" in low or b"<html" in low:
        return KIND_HTML
    if b"<svg" in low:
        return KIND_SVG
    if low.startswith((b"<head", b"<body", b"<form", b"<div", b"<meta")) or b"<script" in low:
        return KIND_HTML
    return ""


# Names of documents a reader opens as such; a picture or a page under one of them is dressed up.
# Plain text is left out: a .txt may quote markup.
_DOCUMENT_EXT = frozenset({"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods"})


def _disguise(name: str, content_type: str, sniffed: str) -> str:
    """The document extension of ``name`` when the bytes sniff as an image, page or SVG, or,
    when they tell nothing (empty, unknown), the declared type is one: a mail program derives
    the type from the name, so an ``image/jpeg`` called ``.pdf`` was dressed up by hand."""
    ext = _extension(name)
    if ext not in _DOCUMENT_EXT:
        return ""
    if sniffed:
        return ext if sniffed in (KIND_IMAGE, KIND_HTML, KIND_SVG) else ""
    declared = content_type.lower()
    return ext if declared.startswith("image/") or declared == "text/html" else ""


def _kind(part: Part, sniffed: str) -> str:
    """The kind by content (``sniffed``, from ``_sniff``) first, then by name and type."""
    if sniffed:
        return sniffed
    ext = _extension(part.filename)
    ctype = part.content_type
    if ext == "pdf" or ctype == "application/pdf":
        return KIND_PDF
    if ext == "svg" or ctype == "image/svg+xml":
        return KIND_SVG
    if ext in _HTML_EXT or ctype in ("text/html", "application/xhtml+xml"):
        return KIND_HTML
    if ext in _IMAGE_EXT or ctype.startswith("image/"):
        return KIND_IMAGE
    if ext in _ARCHIVE_EXT or ctype in ("application/zip", "application/x-zip-compressed"):
        return KIND_ARCHIVE
    return KIND_OTHER


def _risky_type(name: str) -> str:
    ext = _extension(name)
    return _RISKY_EXT.get(ext, "")


def _wanted(part: Part) -> bool:
    """Attachments, and inline images (``cid:`` pictures carry QR codes as often as files)."""
    if part.is_attachment:
        return True
    ctype = part.content_type
    return ctype.startswith("image/") or ctype in ("application/pdf", "application/octet-stream")


# -- images and QR codes ---------------------------------------------------------------------------


def _qr_from_image(img: Any) -> list[str]:
    import zxingcpp

    formats = (
        zxingcpp.BarcodeFormat.QRCode,
        zxingcpp.BarcodeFormat.MicroQRCode,
        zxingcpp.BarcodeFormat.RMQRCode,
    )
    results = zxingcpp.read_barcodes(img, formats=formats)  # type: ignore[arg-type]
    return [r.text for r in results[:5] if isinstance(r.text, str) and r.text.strip()]


def _prepare_image(img: Any) -> Any:
    """Greyscale and at most QR_MAX_SIDE a side; palette and alpha flattened on white."""
    from PIL import Image

    if getattr(img, "is_animated", False):
        img.seek(0)
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(background, rgba)
    img = img.convert("L")
    if max(img.size) > QR_MAX_SIDE:
        img.thumbnail((QR_MAX_SIDE, QR_MAX_SIDE))
    return img


def _decode_qr(msg: Message, data: bytes, label: str, budget: _Budget) -> list[str]:
    """QR code texts in an image file, after checking its size from the header alone.

    A picture that will not decode (truncated, not an image at all) just has no QR code: mail
    clients show broken pictures too, so it is no defect of the message."""
    if budget.qr_left <= 0 or budget.spent():
        return []
    from PIL import Image

    limit = msg.limits.max_image_pixels
    try:
        with warnings.catch_warnings():
            # Pillow warns (and past twice its own limit raises) on large images; we apply
            # our own, lower limit below, before any pixel is decoded.
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data)) as img:
                width, height = img.size
                if width * height > limit and img.format == "JPEG":
                    # JPEG decodes at 1/2, 1/4 or 1/8 scale for the price of that size: a
                    # phone photo need not break the limit.
                    scale = 2
                    while scale < 8 and (width // scale) * (height // scale) > limit:
                        scale *= 2
                    img.draft("L", (width // scale, height // scale))
                    width, height = img.size
                if width * height > limit:
                    msg.add_defect(
                        "decoded",
                        f"{label}: image of {width}x{height} pixels exceeds {limit}; not decoded",
                    )
                    return []
                if min(width, height) < QR_MIN_SIDE:
                    return []
                budget.qr_left -= 1
                img.load()
                return _qr_from_image(_prepare_image(img))
    except Image.DecompressionBombError:
        msg.add_defect("decoded", f"{label}: image too large to decode")
    except Exception:  # noqa: BLE001, S110 - Pillow and zxing-cpp on hostile input; see above
        pass
    return []


def _qr_urls(texts: Iterable[str]) -> list[str]:
    urls = []
    for text in texts:
        text = text.strip()
        found = urls_in_text(text, 5)
        if not found and re.match(r"(?i)[a-z0-9.-]+\.[a-z]{2,24}(/\S*)?$", text):
            found = ["http://" + text]  # a bare host in a QR code opens as a web address
        urls.extend(found)
    return urls


# -- HTML and SVG ----------------------------------------------------------------------------------


def _absolute_remote(url: str) -> str:
    """The URL if it points at a web host (http, https or protocol-relative), else ""."""
    url = url.strip()
    if url.startswith("//"):
        url = "https:" + url
    parts = safe_split(url)
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return url


def _refresh_target(content: str) -> str:
    match = _REFRESH_URL.search(content)
    return match.group(1) if match else ""


# "\x6c\x6f\x63..." and "\u006c...": string escapes that spell a script's words out of sight.
_JS_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\u([0-9a-fA-F]{4})")


def _unescaped(script: str) -> str:
    """The script with its \\xNN and \\uNNNN string escapes written as the characters."""
    if "\\x" not in script and "\\u" not in script:
        return script
    return _JS_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), script)


def _scan_scripts(draft: _Draft, scripts: list[str], document: str) -> None:
    joined = _unescaped("\n".join(scripts))
    for name, pattern in _REDIRECT_PATTERNS:
        if pattern.search(joined):
            draft.redirects.append(name)
    decode = _DECODE_CALL.search(joined)
    if decode and _WRITE_CALL.search(joined):
        draft.redirects.append(f"page written by script from {decode.group(0).rstrip('( ')}")
    elif decode and "location assignment" in draft.redirects:
        draft.redirects.append(f"location computed by {decode.group(0).rstrip('( ')}")
    steps = [name for name, pattern in _BLOB_STEPS if pattern.search(joined)]
    if len(steps) == len(_BLOB_STEPS):
        draft.blob_download.extend(steps)
    if _CLIPBOARD_WRITE.search(joined):
        # The command may stand in the script or be kept in base64 for atob() ("bXNodGEg..."
        # is "mshta ..."): what is written to the clipboard is the same either way.
        launchers = (_COMMAND_LAUNCHER.search(t) for t in (joined, *_atob_texts(joined)))
        launcher = next((found for found in launchers if found is not None), None)
        if launcher is not None:
            draft.clipboard_commands.append(f"clipboard: {launcher.group(0).lower()}")
    sends = _SEND_CALL.search(joined)
    if sends:
        draft.script_sends.append(sends.group(0)[:40])
    longest = max((len(m.group(0)) for m in _B64_RUN.finditer(document)), default=0)
    if longest >= BIG_BASE64_CHARS:
        how = _BLOB_CALL.search(joined) or decode
        if how is not None:
            by = how.group(0).strip("( ")
            draft.smuggling.append(f"base64 blob of {longest} chars decoded by {by}")
    for url in urls_in_text(joined, 20):
        draft.links.append((url, ""))
    if "atob" in joined:
        hidden = _atob_urls(joined)
        for url in hidden:
            draft.links.append((url, ""))
        if hidden:
            # A web address kept as a base64 literal for atob() is a target the script hides
            # from the reader and from scanners: where its redirect goes, however obfuscated
            # the call itself ("window[_0x1a[2]][_0x1a[3]](...)").
            draft.redirects.append("web address hidden in base64 for atob")


def _decoded_literals(pattern: re.Pattern[str], script: str) -> list[str]:
    """The base64 string literals ``pattern`` finds (group 2), decoded; at most
    MAX_ATOB_LITERALS of them."""
    texts: list[str] = []
    for match in list(pattern.finditer(script))[:MAX_ATOB_LITERALS]:
        data = match.group(2).rstrip("=")
        try:
            raw = binascii.a2b_base64(data + "=" * (-len(data) % 4))
        except (binascii.Error, ValueError):
            continue
        texts.append(raw.decode("utf-8", "replace"))
    return texts


def _atob_texts(script: str) -> list[str]:
    """The string literals a script hands to atob(), decoded (bounded)."""
    return _decoded_literals(_ATOB_LITERAL, script)


def _atob_urls(script: str) -> list[str]:
    """URLs hidden as base64 literals for atob(), decoded statically and bounded."""
    return [
        url for text in _decoded_literals(_B64_URL_LITERAL, script) for url in urls_in_text(text, 5)
    ]


# A link whose target is a whole page carried in the link itself (RFC 2397 ``data:`` URL):
# clicking it opens that page, which no scanner fetched. Mail and its attachments have no
# honest use for it. Decoded (bounded) and read like a script, for where it sends the reader.
_EMBEDDED_PAGE = re.compile(r"\s*data:\s*text/html\b([^,]{0,100}),", re.IGNORECASE)
EMBEDDED_PAGE_CHARS = 200_000


def _embedded_page(target: str) -> str | None:
    """The page a ``data:text/html`` link carries, or None for any other link."""
    match = _EMBEDDED_PAGE.match(target)
    if match is None:
        return None
    payload = target[match.end() : match.end() + EMBEDDED_PAGE_CHARS * 2]
    if "base64" in match.group(1).lower():
        try:
            data = base64.b64decode(re.sub(r"\s+", "", payload) + "===", validate=False)
        except (binascii.Error, ValueError):
            return ""
        return data[:EMBEDDED_PAGE_CHARS].decode("utf-8", "replace")
    return unquote(payload)[:EMBEDDED_PAGE_CHARS]


def _scan_embedded_pages(draft: _Draft, tree: Any) -> None:
    for node in tree.css("a, iframe, embed, object")[:50]:
        attrs = node.attributes
        for key in ("href", "xlink:href", "src", "data"):
            page = _embedded_page(attrs.get(key) or "")
            if page is None:
                continue
            # "opens ...": counted on any page, not only thin ones (``attach_html_redirect``).
            draft.redirects.append(f"opens an embedded page (data:text/html) from <{node.tag}>")
            if page:
                _scan_scripts(draft, [page], page)


def _analyse_page(msg: Message, draft: _Draft, part: Part, kind: str, budget: _Budget) -> None:
    from selectolax.lexbor import LexborHTMLParser

    document = part.text[: msg.limits.max_attachment_scan_bytes]
    if _nesting_depth(document) > MAX_PAGE_DEPTH:
        msg.add_defect("depth", f"{_label(part)}: markup nested deeper than {MAX_PAGE_DEPTH}")
        # Not parsed, but its scripts' tell-tales are still visible in the raw text.
        _scan_scripts(draft, [document[:200_000]], document)
        return
    parsed = parse_html(document, msg.limits.max_links)
    tree = LexborHTMLParser(document)
    for anchor in parsed.anchors:
        draft.links.append((anchor.href, anchor.text))
    for url in urls_in_text(parsed.text, 50):
        draft.links.append((url, ""))
    draft.text_chars = len(parsed.text)
    draft.text = parsed.text[:MAX_TEXT_EXCERPT_CHARS]
    for form in parsed.forms:
        target = _absolute_remote(form.action)
        if not target:
            continue
        draft.links.append((target, ""))
        # A search box (GET, one text field) collects nothing; a POST or a secret field does.
        if form.method == "post" or form.asks_password:
            draft.form_actions.append(target)
    # Inputs inside or outside forms: kits often post with script instead of a form.
    for node in tree.css("input"):
        attrs = node.attributes
        itype = (attrs.get("type") or "text").lower()
        name = attrs.get("name") or attrs.get("id") or attrs.get("placeholder") or ""
        if itype == "password":
            draft.password_fields += 1
            draft.credential_inputs.append(f"password:{name[:30]}")
        elif itype in ("text", "email", "") and _CREDENTIAL_NAME.search(name):
            draft.credential_inputs.append(f"{itype}:{name[:30]}")
    if parsed.meta_refresh:
        target = _refresh_target(parsed.meta_refresh)
        if target:
            draft.redirects.append(f"meta refresh: {target[:120]}")
            draft.links.append((target, ""))
    for selector, attr in (
        ("iframe[src]", "src"),
        ("frame[src]", "src"),
        ("embed[src]", "src"),
        ("object[data]", "data"),
        ("script[src]", "src"),
    ):
        for node in tree.css(selector)[:20]:
            target = _absolute_remote(node.attributes.get(attr) or "")
            if target:
                draft.remote_frames.append(f"{selector.split('[')[0]}: {target[:120]}")
                draft.links.append((target, ""))
    scripts = [n.text() or "" for n in tree.css("script")[:50]]
    # Inline handlers (onload=, onclick=) are scripts as well.
    for node in tree.css("[onload], [onclick], [onerror], [onmouseover]")[:50]:
        for key in ("onload", "onclick", "onerror", "onmouseover"):
            handler = node.attributes.get(key)
            if handler:
                scripts.append(handler)
    _scan_scripts(draft, scripts, document)
    _scan_embedded_pages(draft, tree)
    if kind == KIND_SVG:
        # SVG links are XLink (SVG 1.1 §17.1: <a xlink:href>), which the HTML anchor reader
        # does not take; SVG 2's plain href is read there already.
        for node in tree.css("a")[:50]:
            target = _absolute_remote(node.attributes.get("xlink:href") or "")
            if target:
                draft.links.append((target, (node.text(separator=" ") or "").strip()[:200]))
        if tree.css("script"):
            draft.svg_active.append("script")
        if tree.css("foreignObject"):
            draft.svg_active.append("foreignObject")
        if tree.css("[onload], [onclick], [onerror], [onmouseover]"):
            draft.svg_active.append("event handler")
    _data_uri_images(msg, draft, parsed.images, _label(part), budget)


def _nesting_depth(document: str) -> int:
    """An upper estimate of element nesting: opening tags minus closing ones, at the deepest.
    Void and self-closing elements, and elements whose end tag is implied (p, li, td), do not
    count."""
    depth = deepest = 0
    for match in _TAG.finditer(document):
        closing, name, self_closing = match.groups()
        if closing:
            depth = max(0, depth - 1)
        elif not self_closing and name.lower() not in _VOID_TAGS:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _data_uri_images(
    msg: Message, draft: _Draft, sources: Iterable[str], label: str, budget: _Budget
) -> None:
    """``<img src="data:image/...;base64,...">`` pictures, for QR codes (RFC 2397)."""
    for src in sources:
        if budget.qr_left <= 0:
            return
        head, _, payload = src.partition(",")
        if not head.lower().startswith("data:image/") or ";base64" not in head.lower():
            continue
        payload = re.sub(r"\s+", "", payload[:DATA_URI_MAX_CHARS])
        try:
            data = base64.b64decode(payload + "=" * (-len(payload) % 4))
        except (binascii.Error, ValueError):
            continue
        texts = _decode_qr(msg, data, label, budget)
        draft.qr_urls.extend(_qr_urls(texts))


# -- PDF -------------------------------------------------------------------------------------------


def _pdf_configuration(msg: Message) -> dict[str, Any]:
    """pypdf's own resource limits, lowered to what one attachment may cost us."""
    cap = max(1_000_000, msg.limits.max_attachment_scan_bytes * 4)
    return {
        "maximum_declared_stream_length": cap,
        "array_based_stream_maximum_output_length": cap,
        "array_maximum_element_count": 20_000,
        "dictionary_maximum_element_count": 20_000,
        "jbig2_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "zlib_maximum_output_length": cap,
        "zlib_maximum_recovery_input_length": 1_000_000,
        "brotli_maximum_output_length": cap,
        "image_maximum_buffer_size": cap,
        "stream_filters_maximum_length": 4,
        "stream_decoding_work_maximum_length": cap * 2,
        "stream_parsing_work_maximum_count": 200_000,
        "outline_maximum_entries": 1_000,
        "page_tree_maximum_entries": 2_000,
        "page_tree_maximum_depth": 20,
        "page_tree_maximum_page_entries": 20_000,
        "form_fields_maximum_entries": 1_000,
        "form_fields_maximum_depth": 10,
        "named_destinations_maximum_entries": 1_000,
        "xform_maximum_invocations_per_extraction": 50,
        "xfa_decoding_work_maximum_length": cap,
        "jbig2dec_binary": None,  # never run an external decoder on attacker input
        "disable_legacy_handling": True,
    }


def _resolve(obj: Any) -> Any:
    get_object = getattr(obj, "get_object", None)
    return get_object() if callable(get_object) else obj


def _pdf_str(value: Any) -> str:
    """A PDF string object as text: byte strings are Latin-1 (PDFDocEncoding's ASCII part)."""
    value = _resolve(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")[:2000]
    return str(value)[:2000]


def _pdf_action_uri(action: Any) -> tuple[str, str]:
    """(kind, target) of an action dictionary: ("uri", url), ("submit", url), ("js", "")..."""
    action = _resolve(action)
    if not hasattr(action, "get"):
        return "", ""
    subtype = str(action.get("/S", ""))
    if subtype == "/URI":
        return "uri", _pdf_str(action.get("/URI", ""))
    if subtype == "/SubmitForm":
        target = _resolve(action.get("/F", ""))
        if hasattr(target, "get"):
            target = _resolve(target.get("/F", ""))
        return "submit", _pdf_str(target)
    if subtype == "/JavaScript":
        return "js", ""
    if subtype == "/Launch":
        return "launch", ""
    return "", ""


def _analyse_pdf(msg: Message, draft: _Draft, data: bytes, label: str, budget: _Budget) -> None:
    import pypdf
    from pypdf.errors import DependencyError, PdfReadError

    info = draft.pdf
    info["javascript"] = bool(_PDF_JS_MARK.search(data))
    info["launch"] = bool(_PDF_LAUNCH_MARK.search(data))
    try:
        with warnings.catch_warnings(), pypdf.apply_configuration(**_pdf_configuration(msg)):
            warnings.simplefilter("ignore")
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                info["encrypted"] = True
                if not _pdf_open(msg, draft, reader, (PdfReadError, DependencyError)):
                    draft.analysed = False
                    return
            _pdf_document(msg, draft, reader, label, budget)
    except Exception as exc:  # noqa: BLE001 - pypdf on hostile input raises anything
        _pdf_failure(msg, label, "PDF", exc)
        draft.analysed = False


def _pdf_open(
    msg: Message, draft: _Draft, reader: Any, errors: tuple[type[Exception], ...]
) -> bool:
    """Open an encrypted PDF with the empty user password (most "encrypted" PDFs only restrict
    printing), else with a password the message itself states."""
    candidates = [""] + _stated_passwords(msg)
    caught: tuple[type[Exception], ...] = (*errors, NotImplementedError, ValueError, TypeError)
    unverifiable = False
    for number, password in enumerate(candidates):
        try:
            if reader.decrypt(password):
                if number > 0:
                    draft.password_in_message = "opened"
                return True
        except caught:
            # DependencyError: AES needs a crypto library we do not install.
            unverifiable = True
            break
    if unverifiable and _plausible_passwords(candidates):
        draft.password_in_message = "stated"
    return False


def _plausible_passwords(candidates: list[str]) -> list[str]:
    """Candidates that look like a password, not a word ("your password is your birthday"):
    used only when we cannot try them."""
    return [c for c in candidates if any(ch.isdigit() for ch in c)]


_PASSWORDS: weakref.WeakKeyDictionary[Message, list[str]] = weakref.WeakKeyDictionary()


def _stated_passwords(msg: Message) -> list[str]:
    """Passwords the message's text states, in order, at most MAX_PASSWORD_CANDIDATES."""
    cached = _PASSWORDS.get(msg)
    if cached is not None:
        return cached
    found: list[str] = []
    for source in (msg.subject, msg.body_text):
        for match in _PASSWORD_WORD.finditer(source):
            # "Senha de acesso: 1234" -> after the colon; "the password is 1234" -> the next
            # few words, each tried (a wrong guess costs one key derivation).
            window = source[match.end() : match.end() + 60]
            head = window[:30]
            sep = next((c for c in ":=" if c in head), "")
            words = window.split(sep, 1)[1].split()[:1] if sep else window.split()[:3]
            for word in words:
                word = word.strip(_PASSWORD_QUOTES)
                if 2 <= len(word) <= 32 and word not in found:
                    found.append(word)
            if len(found) >= MAX_PASSWORD_CANDIDATES:
                break
    found = found[:MAX_PASSWORD_CANDIDATES]
    _PASSWORDS[msg] = found
    return found


def _pdf_failure(msg: Message, label: str, what: str, exc: Exception) -> None:
    """Record why pypdf gave up: a broken bound is a limit, anything else a malformed file."""
    from pypdf.errors import LimitReachedError

    if isinstance(exc, (LimitReachedError, MemoryError)):
        msg.add_defect("decoded", f"{label}: {what} exceeds a decoding limit")
    elif isinstance(exc, RecursionError):
        msg.add_defect("depth", f"{label}: {what} objects nested too deep")
    else:
        msg.add_defect("attachment", f"{label}: unreadable {what} ({type(exc).__name__})")


def _pdf_document(msg: Message, draft: _Draft, reader: Any, label: str, budget: _Budget) -> None:
    info = draft.pdf
    root = _resolve(reader.trailer.get("/Root", {}))
    if hasattr(root, "get"):
        open_kind, open_target = _pdf_action_uri(root.get("/OpenAction"))
        if open_kind == "uri" and open_target:
            draft.links.append((open_target, ""))
            draft.redirects.append(f"opens {open_target[:120]} on open")
        elif open_kind == "js":
            info["javascript"] = True
        names = _resolve(root.get("/Names", {}))
        if hasattr(names, "get") and names.get("/JavaScript") is not None:
            info["javascript"] = True
        acroform = _resolve(root.get("/AcroForm"))
        if hasattr(acroform, "get"):
            _pdf_form(draft, acroform)
    pages = reader.pages
    info["pages"] = len(pages)
    text_chars = 0
    excerpt: list[str] = []
    images_left = MAX_PDF_IMAGES
    for index in range(min(len(pages), MAX_PDF_PAGES)):
        if budget.spent():
            msg.add_defect("decoded", f"{label}: PDF analysis stopped at the time budget")
            break
        page = pages[index]
        _pdf_annotations(draft, page)
        try:
            text = page.extract_text()[:MAX_PDF_TEXT_CHARS]
        except Exception as exc:  # noqa: BLE001 - one page's text must not cost the rest
            _pdf_failure(msg, label, f"PDF page {index + 1} text", exc)
            text = ""
        text_chars += len(text.strip())
        if text.strip() and sum(map(len, excerpt)) < MAX_TEXT_EXCERPT_CHARS:
            excerpt.append(text.strip()[:MAX_TEXT_EXCERPT_CHARS])
        for url in urls_in_text(text, 50):
            draft.links.append((url, ""))
        if images_left > 0:
            images_left -= _pdf_images(msg, draft, page, label, budget, images_left)
        # A QR code drawn with vector squares, not a picture (quishing kits hide it so).
        if index < MAX_VECTOR_QR_PAGES and budget.qr_left > 0 and not budget.spent():
            texts = vector_qr_texts(page)
            if texts:
                budget.qr_left -= 1
                draft.qr_urls.extend(_qr_urls(texts))
    draft.text_chars = text_chars
    draft.text = "\n".join(excerpt)[:MAX_TEXT_EXCERPT_CHARS]


def _pdf_form(draft: _Draft, acroform: Any) -> None:
    fields = _resolve(acroform.get("/Fields", []))
    stack = list(fields)[:200] if isinstance(fields, list) else []
    seen = 0
    while stack and seen < 500:
        seen += 1
        fld = _resolve(stack.pop())
        if not hasattr(fld, "get"):
            continue
        kids = _resolve(fld.get("/Kids"))
        if isinstance(kids, list):
            stack.extend(list(kids)[:50])
        name = _pdf_str(fld.get("/T", ""))
        flags = fld.get("/Ff", 0)
        try:
            is_password = str(fld.get("/FT", "")) == "/Tx" and int(flags) & (1 << 13) != 0
        except (TypeError, ValueError):
            is_password = False
        if is_password:
            draft.password_fields += 1
            draft.credential_inputs.append(f"pdf password:{name[:30]}")
        elif str(fld.get("/FT", "")) == "/Tx" and _CREDENTIAL_NAME.search(name):
            draft.credential_inputs.append(f"pdf field:{name[:30]}")
        kind, target = _pdf_action_uri(fld.get("/A"))
        if kind == "submit" and _absolute_remote(target):
            draft.form_actions.append(target)
            draft.links.append((target, ""))


def _pdf_annotations(draft: _Draft, page: Any) -> None:
    info = draft.pdf
    annots = _resolve(page.get("/Annots"))
    if not isinstance(annots, list):
        return
    page_area = _box_area(page.get("/MediaBox"))
    for annot in list(annots)[:200]:
        annot = _resolve(annot)
        if not hasattr(annot, "get"):
            continue
        kind, target = _pdf_action_uri(annot.get("/A"))
        if kind == "uri" and target:
            draft.links.append((target, ""))
            info["link_annotations"] = info.get("link_annotations", 0) + 1
            if page_area > 0:
                share = _box_area(annot.get("/Rect")) / page_area
                info["link_area"] = max(info.get("link_area", 0.0), min(share, 1.0))
        elif kind == "submit" and _absolute_remote(target):
            draft.form_actions.append(target)
            draft.links.append((target, ""))
        elif kind == "js":
            info["javascript"] = True
        elif kind == "launch":
            info["launch"] = True


def _box_area(box: Any) -> float:
    box = _resolve(box)
    try:
        x0, y0, x1, y1 = (float(_resolve(v)) for v in list(box)[:4])
    except (TypeError, ValueError):
        return 0.0
    return abs(x1 - x0) * abs(y1 - y0)


def _pdf_images(
    msg: Message, draft: _Draft, page: Any, label: str, budget: _Budget, left: int
) -> int:
    """Decode up to ``left`` image XObjects of a page for QR codes; returns how many tried."""
    resources = _resolve(page.get("/Resources"))
    if not hasattr(resources, "get"):
        return 0
    xobjects = _resolve(resources.get("/XObject"))
    if not hasattr(xobjects, "values"):
        return 0
    import pypdf

    tried = 0
    for xobj in list(xobjects.values())[:50]:
        if tried >= left or budget.qr_left <= 0 or budget.spent():
            break
        xobj = _resolve(xobj)
        if not hasattr(xobj, "get") or str(xobj.get("/Subtype", "")) != "/Image":
            continue
        try:
            width, height = int(xobj.get("/Width", 0)), int(xobj.get("/Height", 0))
        except (TypeError, ValueError):
            continue
        if width * height > msg.limits.max_image_pixels:
            msg.add_defect("decoded", f"{label}: PDF image of {width}x{height} pixels not decoded")
            continue
        if min(width, height) < QR_MIN_SIDE:
            continue
        tried += 1
        budget.qr_left -= 1
        try:
            img = xobj.decode_as_image()
            texts = _qr_from_image(_prepare_image(img)) if img is not None else []
        except Exception as exc:  # noqa: BLE001 - pypdf and Pillow on hostile input
            # An image filter pypdf cannot decode is common in genuine PDFs: only a broken
            # limit is worth a defect.
            if isinstance(exc, (pypdf.errors.LimitReachedError, MemoryError)):
                _pdf_failure(msg, label, "PDF image", exc)
            continue
        draft.qr_urls.extend(_qr_urls(texts))
    return tried


# -- archives --------------------------------------------------------------------------------------


def _analyse_zip(msg: Message, draft: _Draft, data: bytes, label: str) -> None:
    """Member names from the central directory; nothing is decompressed."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for count, info in enumerate(archive.infolist()):
                if count >= MAX_ARCHIVE_NAMES:
                    break
                name = info.filename[:200]
                draft.archive_members.append(name)
                if info.flag_bits & 0x1 and not draft.archive_encrypted:
                    draft.archive_encrypted = True
                    draft.password_in_message = _zip_password(msg, archive, info)
                ext = _extension(name)
                if ext in _RISKY_IN_ARCHIVE_EXT:
                    draft.risky_members.append(name)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        msg.add_defect("attachment", f"{label}: unreadable archive ({type(exc).__name__})")
        draft.analysed = False


def _zip_password(msg: Message, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """Whether a stated password opens an encrypted member: ZipCrypto checks the password on
    its 12-byte header when the member is opened, before anything is inflated."""
    candidates = _stated_passwords(msg)
    for password in candidates:
        try:
            with archive.open(info, pwd=password.encode("utf-8")):
                return "opened"
        except RuntimeError:  # "Bad password"
            continue
        except (NotImplementedError, zipfile.BadZipFile, ValueError, OSError):
            break  # AES (WinZip) or damaged: cannot tell
    return "stated" if _plausible_passwords(candidates) else ""


# -- the per-message analysis ----------------------------------------------------------------------


def _label(part: Part) -> str:
    name = part.filename.strip()
    return name[:100] if name else f"part {part.path}"


def _analyse_part(msg: Message, part: Part, budget: _Budget) -> Attachment:
    label = _label(part)
    data = part.payload
    size = len(data)
    risky = _risky_type(part.filename)
    sniffed = _sniff(data)
    kind = _kind(part, sniffed)
    draft = _Draft()
    limit = msg.limits.max_attachment_scan_bytes
    if size > limit:
        msg.add_defect("size", f"{label}: {size} bytes, scanned the first {limit}")
        data = data[:limit]
        if kind in (KIND_PDF, KIND_IMAGE, KIND_ARCHIVE):
            # A cut PDF, image or archive cannot be read: keep the name and type only.
            draft.analysed = False
            kind_done = True
        else:
            kind_done = False
    else:
        kind_done = False
    if not kind_done and data and not budget.spent():
        if kind in (KIND_HTML, KIND_SVG):
            _analyse_page(msg, draft, part, kind, budget)
        elif kind == KIND_PDF:
            _analyse_pdf(msg, draft, data, label, budget)
        elif kind == KIND_IMAGE:
            draft.qr_urls.extend(_qr_urls(_decode_qr(msg, data, label, budget)))
        elif kind == KIND_ARCHIVE and data.startswith(b"PK"):
            _analyse_zip(msg, draft, data, label)
    elif budget.spent():
        draft.analysed = False
    pdf = draft.pdf
    return Attachment(
        filename=part.filename[:200],
        label=label,
        kind=kind,
        content_type=part.content_type[:100],
        size=size,
        risky_type=risky,
        links=tuple(dict.fromkeys(draft.links))[: msg.limits.max_links],
        qr_urls=tuple(dict.fromkeys(draft.qr_urls))[:20],
        text_chars=draft.text_chars,
        text=draft.text,
        password_fields=draft.password_fields,
        form_actions=tuple(dict.fromkeys(draft.form_actions))[:20],
        credential_inputs=tuple(dict.fromkeys(draft.credential_inputs))[:20],
        script_sends=tuple(dict.fromkeys(draft.script_sends)),
        redirects=tuple(dict.fromkeys(draft.redirects))[:20],
        remote_frames=tuple(dict.fromkeys(draft.remote_frames))[:20],
        smuggling=tuple(draft.smuggling),
        blob_download=tuple(draft.blob_download),
        clipboard_commands=tuple(dict.fromkeys(draft.clipboard_commands)),
        svg_active=tuple(dict.fromkeys(draft.svg_active)),
        pdf_pages=int(pdf.get("pages", 0)),
        pdf_link_annotations=int(pdf.get("link_annotations", 0)),
        pdf_link_area=float(pdf.get("link_area", 0.0)),
        pdf_javascript=kind == KIND_PDF and bool(pdf.get("javascript")),
        pdf_launch=kind == KIND_PDF and bool(pdf.get("launch")),
        pdf_encrypted=bool(pdf.get("encrypted")),
        archive_members=tuple(draft.archive_members),
        risky_members=tuple(draft.risky_members),
        archive_encrypted=draft.archive_encrypted,
        password_in_message=draft.password_in_message,
        analysed=draft.analysed,
        disguised_as=_disguise(part.filename, part.content_type, sniffed),
    )


def _body_data_images(msg: Message, budget: _Budget) -> Attachment | None:
    """QR codes in ``data:`` images of the HTML body (inline pictures without a MIME part),
    and QR codes drawn as HTML tables (``table_qr``)."""
    sources = [s for s in msg.parsed_html.images if s[:11].lower() == "data:image/"]
    draft = _Draft()
    if sources:
        _data_uri_images(msg, draft, sources, "body image", budget)
    label = "body image" if draft.qr_urls else "body table"
    for picture in table_qr_pictures(msg.html):
        if budget.qr_left <= 0 or budget.spent():
            break
        budget.qr_left -= 1
        draft.qr_urls.extend(_qr_urls(_qr_from_image(picture)))
    if not draft.qr_urls:
        return None
    return Attachment(
        filename="",
        label=label,
        kind=KIND_IMAGE,
        content_type="image/inline",
        size=0,
        qr_urls=tuple(dict.fromkeys(draft.qr_urls))[:20],
    )


_CACHE: weakref.WeakKeyDictionary[Message, tuple[Attachment, ...]] = weakref.WeakKeyDictionary()
_CACHE_LOCK = threading.Lock()


def analyse(msg: Message) -> tuple[Attachment, ...]:
    """Every attachment (and inline image) of the message, analysed once and cached."""
    with _CACHE_LOCK:
        cached = _CACHE.get(msg)
    if cached is not None:
        return cached
    budget = _Budget(max(0.2, msg.limits.deadline_seconds / 2))
    results: list[Attachment] = []
    for part in msg.parts:
        if not _wanted(part):
            continue
        if len(results) >= MAX_ATTACHMENTS:
            msg.add_defect("parts", f"more than {MAX_ATTACHMENTS} attachments analysed")
            break
        results.append(_analyse_part(msg, part, budget))
    inline = _body_data_images(msg, budget)
    if inline is not None:
        results.append(inline)
    frozen = tuple(results)
    with _CACHE_LOCK:
        _CACHE[msg] = frozen
    return frozen


_CALENDAR_TYPES = ("text/calendar", "application/ics")


def has_attached_file(msg: Message) -> bool:
    """A file comes with the message: an attachment that is not an inline picture (a logo or a
    signature image is decoration, not the document a text announces) nor the calendar entry
    of an invitation (``invite.ics`` is the meeting itself, not a document about it)."""
    for part in msg.parts:
        if not part.is_attachment:
            continue
        if part.content_type.startswith("image/") and part.disposition != "attachment":
            continue
        if part.content_type in _CALENDAR_TYPES or _extension(part.filename) in ("ics", "vcs"):
            continue
        return True
    return False


def attachment_links(msg: Message) -> list[Link]:
    """Links found in attachments (``attachment:<file>``) and in QR codes (``qr:<file>``)."""
    triples: list[tuple[str, str, str]] = []
    for item in analyse(msg):
        for url, text in item.links:
            triples.append((url, text, f"attachment:{item.label}"))
        for url in item.qr_urls:
            triples.append((url, "", f"qr:{item.label}"))
    return links_from(triples, msg.limits.max_links)


def link_domains(urls: Iterable[str]) -> list[str]:
    """Registrable domains where web URLs really lead (redirectors unwrapped), in order,
    without repeats: for evidence and for judging whose site a file points at."""
    domains: list[str] = []
    for url in urls:
        link = make_link(url, "", "attachment")
        if link is not None and link.scheme in ("http", "https") and link.registrable:
            if link.registrable not in domains:
                domains.append(link.registrable)
    return domains
