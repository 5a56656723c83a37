"""Bytes in, a read-only ``Message`` out; never raises.

Mail is written by attackers, so every limit in ``config.Limits`` is enforced here: size,
MIME depth, number of parts, decoded bytes, header length, text length. A message that breaks
a limit is still parsed as far as the limit allows and the broken limit is recorded as a
``Defect``; the ``mime_`` detectors turn defects into findings. Parts are decoded lazily (on
first access) and cached, so a detector that never looks at attachments costs nothing.

RFC 5322 (message format), RFC 2045-2047 (MIME, encoded words), RFC 2231 (parameters).
"""

from __future__ import annotations

import binascii
import codecs
import email.header
import email.utils
import functools
import quopri
import re
from dataclasses import dataclass
from email.message import Message as EmailMessage
from email.parser import BytesParser
from email.policy import compat32
from typing import TYPE_CHECKING, Iterator

from mailwarden.config import Limits

if TYPE_CHECKING:
    from mailwarden.message.html import ParsedHtml
    from mailwarden.message.urls import Link

HEADER_VALUE_MAX_CHARS = 16_384


@dataclass(frozen=True)
class Defect:
    kind: str  # size, depth, parts, header, charset, base64, quoted-printable, nul, parse, decoded
    detail: str


@dataclass(frozen=True)
class Address:
    display: str
    address: str
    domain: str  # lower case, no trailing dot; "" when the address has none


def _decode_header_value(value: str) -> str:
    """RFC 2047 encoded words to text, tolerating every malformation attackers produce."""
    if len(value) > HEADER_VALUE_MAX_CHARS:
        value = value[:HEADER_VALUE_MAX_CHARS]
    if "=?" not in value:
        text = value
    else:
        try:
            chunks = email.header.decode_header(value)
            pieces = []
            for chunk, charset in chunks:
                if isinstance(chunk, bytes):
                    pieces.append(_decode_bytes(chunk, charset or "ascii")[0])
                else:
                    pieces.append(chunk)
            text = "".join(pieces)
        except (ValueError, LookupError, UnicodeError, AssertionError, binascii.Error):
            text = value
    # Unfold and drop control characters; surrogate escapes from 8-bit headers become U+FFFD.
    text = re.sub(r"\r?\n[ \t]*", " ", text)
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")
    return "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text).strip()


def _decode_bytes(data: bytes, charset: str) -> tuple[str, bool]:
    """Decode with the declared charset; unknown or wrong charsets fall back to UTF-8, then
    Latin-1. Returns the text and whether the declared charset was usable."""
    charset = (charset or "utf-8").strip().strip('"').lower()
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        codec = None
    if codec is not None:
        try:
            return data.decode(codec), True
        except UnicodeDecodeError:
            return data.decode(codec, "replace"), False
        except (LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), False


def parse_address_list(value: str) -> tuple[Address, ...]:
    result = []
    for display, addr in email.utils.getaddresses([value]):
        addr = addr.strip()
        domain = addr.rpartition("@")[2].strip().rstrip(".").lower() if "@" in addr else ""
        result.append(Address(display.strip(), addr, domain))
    return tuple(result)


class Part:
    """One leaf MIME part. ``payload`` and ``text`` decode on first use, within limits."""

    def __init__(self, msg: "Message", node: EmailMessage, path: str) -> None:
        self._msg = msg
        self._node = node
        self.path = path
        self.content_type = (node.get_content_type() or "text/plain").lower()
        try:
            self.filename = _decode_header_value(node.get_filename() or "")
        except (TypeError, ValueError, LookupError, UnicodeError):
            self.filename = ""
        self.disposition = (node.get_content_disposition() or "").lower()
        charset = node.get_param("charset")
        self.charset = charset.lower() if isinstance(charset, str) else ""
        self.transfer_encoding = str(node.get("content-transfer-encoding", "")).strip().lower()

    @property
    def is_attachment(self) -> bool:
        return self.disposition == "attachment" or bool(self.filename)

    @property
    def is_body_text(self) -> bool:
        return not self.is_attachment and self.content_type in ("text/plain", "text/html")

    @functools.cached_property
    def payload(self) -> bytes:
        limits = self._msg.limits
        raw = self._node.get_payload(decode=False)
        if not isinstance(raw, str):
            return b""
        data = raw.encode("ascii", "surrogateescape")
        if self.transfer_encoding == "base64":
            data = self._decode_base64(data)
        elif self.transfer_encoding == "quoted-printable":
            try:
                data = quopri.decodestring(data)
            except (ValueError, binascii.Error):
                self._msg.add_defect("quoted-printable", f"part {self.path}: undecodable")
        if len(data) > limits.max_part_bytes:
            self._msg.add_defect(
                "decoded", f"part {self.path}: {len(data)} bytes, cut to {limits.max_part_bytes}"
            )
            data = data[: limits.max_part_bytes]
        if not self._msg.charge_decoded(len(data)):
            self._msg.add_defect("decoded", f"part {self.path}: message decode budget spent")
            return b""
        return data

    def _decode_base64(self, data: bytes) -> bytes:
        cleaned = re.sub(rb"[^A-Za-z0-9+/=]", b"", data)
        cap = self._msg.limits.max_part_bytes * 4 // 3 + 4
        cleaned = cleaned[:cap]
        stripped = cleaned.rstrip(b"=")
        if len(stripped) % 4 == 1:
            self._msg.add_defect("base64", f"part {self.path}: truncated base64")
            stripped = stripped[:-1]
        padded = stripped + b"=" * (-len(stripped) % 4)
        try:
            return binascii.a2b_base64(padded)
        except binascii.Error:
            self._msg.add_defect("base64", f"part {self.path}: invalid base64")
            return b""

    @functools.cached_property
    def text(self) -> str:
        data = self.payload
        if b"\x00" in data and self.content_type.startswith("text/"):
            self._msg.add_defect("nul", f"part {self.path}: NUL bytes in text")
            data = data.replace(b"\x00", b"")
        text, ok = _decode_bytes(data, self.charset or "utf-8")
        if not ok and self.charset:
            self._msg.add_defect("charset", f"part {self.path}: charset {self.charset[:40]!r}")
        limit = self._msg.limits.max_text_chars
        return text[:limit]


class Message:
    """A parsed message. Treat as read-only; attributes are computed on first access."""

    def __init__(self, raw: bytes, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._defects: list[Defect] = []
        self._decoded_budget = self.limits.max_decoded_bytes
        if len(raw) > self.limits.max_message_bytes:
            self.add_defect(
                "size", f"{len(raw)} bytes, analysed the first {self.limits.max_message_bytes}"
            )
            raw = raw[: self.limits.max_message_bytes]
        self.raw = raw
        if b"\x00" in raw:
            self.add_defect("nul", "NUL bytes in the message")
        self._root = self._parse(raw)

    # -- parsing -----------------------------------------------------------------------------

    def _parse(self, raw: bytes) -> EmailMessage:
        header_end = raw.find(b"\n\n")
        head = raw if header_end < 0 else raw[:header_end]
        longest = max((len(line) for line in head.split(b"\n")), default=0)
        if longest > self.limits.max_header_bytes:
            self.add_defect("header", f"a header line of {longest} bytes")
        try:
            return BytesParser(policy=compat32).parsebytes(raw)
        except RecursionError:
            self.add_defect("depth", "MIME nesting too deep to parse; headers only")
        except Exception as exc:  # noqa: BLE001 - the stdlib parser on hostile input
            self.add_defect("parse", f"{type(exc).__name__}: {str(exc)[:100]}")
        try:
            return BytesParser(policy=compat32).parsebytes(raw, headersonly=True)
        except Exception as exc:  # noqa: BLE001
            self.add_defect("parse", f"headers unparseable: {type(exc).__name__}")
            return EmailMessage(policy=compat32)

    def add_defect(self, kind: str, detail: str) -> None:
        defect = Defect(kind, detail)
        if defect not in self._defects and len(self._defects) < 100:
            self._defects.append(defect)

    def charge_decoded(self, size: int) -> bool:
        self._decoded_budget -= size
        return self._decoded_budget >= 0

    @property
    def defects(self) -> tuple[Defect, ...]:
        return tuple(self._defects)

    # -- headers -----------------------------------------------------------------------------

    @functools.cached_property
    def headers(self) -> tuple[tuple[str, str], ...]:
        """(name, decoded value) pairs in message order; names as written."""
        result = []
        for name, value in self._root._headers:  # raw list keeps order and duplicates
            if not isinstance(value, str):
                value = str(value)
            result.append((str(name), _decode_header_value(value)))
        return tuple(result)

    @functools.cached_property
    def raw_headers(self) -> tuple[tuple[str, str], ...]:
        """(name, value) as written, folded lines kept: for authentication."""
        return tuple((str(n), str(v)) for n, v in self._root._headers)

    def header(self, name: str) -> str:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return ""

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]

    @functools.cached_property
    def from_addresses(self) -> tuple[Address, ...]:
        return tuple(a for v in self.header_all("From") for a in parse_address_list(v))

    @property
    def from_address(self) -> Address | None:
        return self.from_addresses[0] if self.from_addresses else None

    @property
    def from_domain(self) -> str:
        addr = self.from_address
        return addr.domain if addr else ""

    @functools.cached_property
    def reply_to(self) -> tuple[Address, ...]:
        return tuple(a for v in self.header_all("Reply-To") for a in parse_address_list(v))

    @functools.cached_property
    def return_path(self) -> str:
        value = self.header("Return-Path")
        _, addr = email.utils.parseaddr(value)
        return addr.strip()

    @property
    def subject(self) -> str:
        return self.header("Subject")

    # -- body --------------------------------------------------------------------------------

    @functools.cached_property
    def parts(self) -> tuple[Part, ...]:
        """Leaf parts in document order, within the depth and part-count limits."""
        leaves: list[Part] = []
        stack: list[tuple[EmailMessage, int, str]] = [(self._root, 0, "1")]
        limits = self.limits
        while stack:
            node, depth, path = stack.pop()
            if depth > limits.max_depth:
                self.add_defect("depth", f"MIME nesting deeper than {limits.max_depth}")
                continue
            payload = node.get_payload() if node.is_multipart() else None
            if isinstance(payload, list):
                children = [c for c in payload if isinstance(c, EmailMessage)]
                for i, child in reversed(list(enumerate(children, 1))):
                    stack.append((child, depth + 1, f"{path}.{i}"))
                continue
            if len(leaves) >= limits.max_parts:
                self.add_defect("parts", f"more than {limits.max_parts} parts; the rest skipped")
                break
            leaves.append(Part(self, node, path))
        return tuple(leaves)

    def iter_body_parts(self, content_type: str) -> Iterator[Part]:
        for part in self.parts:
            if part.is_body_text and part.content_type == content_type:
                yield part

    @functools.cached_property
    def text_plain(self) -> str:
        return self._join(p.text for p in self.iter_body_parts("text/plain"))

    @functools.cached_property
    def html(self) -> str:
        return self._join(p.text for p in self.iter_body_parts("text/html"))

    @functools.cached_property
    def parsed_html(self) -> "ParsedHtml":
        """The HTML bodies parsed once: visible text, anchors, forms, images."""
        from mailwarden.message.html import parse_html

        return parse_html(self.html, self.limits.max_links)

    @property
    def html_text(self) -> str:
        """The visible text of the HTML bodies."""
        return self.parsed_html.text

    @functools.cached_property
    def body_text(self) -> str:
        """What a reader sees: the plain body, else the HTML's visible text (both if both)."""
        if self.text_plain and self.html_text:
            return self._join([self.text_plain, self.html_text])
        return self.text_plain or self.html_text

    def _join(self, texts: "Iterator[str] | list[str]") -> str:
        joined = "\n".join(t for t in texts if t)
        return joined[: self.limits.max_text_chars]

    @functools.cached_property
    def links(self) -> tuple["Link", ...]:
        from mailwarden.message.urls import extract_links

        return extract_links(self)


def parse(raw: bytes, limits: Limits | None = None) -> Message:
    return Message(raw, limits)
