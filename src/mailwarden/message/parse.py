"""Bytes in, a read-only ``Message`` out; never raises.

Mail is written by attackers, so every limit in ``config.Limits`` is enforced here: size,
MIME depth, number of parts, decoded bytes, header length, text length. A message that breaks
a limit is still parsed as far as the limit allows and the broken limit is recorded as a
``Defect``; the ``mime_`` detectors turn defects into findings. Parts are decoded lazily (on
first access) and cached, so a detector that never looks at attachments costs nothing.

The MIME tree is split here, not by the standard library's feed parser: that parser recurses
once per nesting level (a few thousand levels raise RecursionError) and checks every body line
against every enclosing boundary in Python (quadratic in depth, seconds on a message of many
short lines). Here each header block goes to the standard header parser (bounded in bytes and
lines) and bodies are split at their delimiter lines by one linear regex scan per level, with an
explicit stack, at most ``max_depth + 1`` levels deep and at most ``2 * max_parts`` nodes.

RFC 5322 (message format), RFC 2045-2047 (MIME, encoded words), RFC 2046 section 5.1
(multipart delimiters), RFC 2231 (parameters), RFC 6532 (UTF-8 header values).
"""

from __future__ import annotations

import binascii
import codecs
import email.errors
import email.header
import email.utils
import functools
import itertools
import quopri
import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass
from email.message import Message as EmailMessage
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Any, TypeVar, cast

from mailwarden.config import Limits
from mailwarden.message.flowed import unflow

if TYPE_CHECKING:
    from mailwarden.message.html import ParsedHtml
    from mailwarden.message.urls import Link

HEADER_VALUE_MAX_CHARS = 16_384
# A header block is parsed up to this many lines; beyond that it is a broken limit.
HEADER_MAX_LINES = 50_000
# Addresses taken from one address header; a From with more is already absurd.
ADDRESSES_MAX = 100

# The start of the first empty line: a line ending (LF, or CR not followed by LF) followed by
# CR or LF. Line endings are CRLF, LF or a bare CR, as the standard parser accepts.
_BLANK_LINE = re.compile(rb"(?:\n|\r(?!\n))[\r\n]")
_LINE_END = re.compile(rb"\r\n|\r|\n")
_B64_SPACE = b"\r\n\t "
_LOOSE_CHARSET = re.compile(r"charset\s*=\s*\"?([a-z0-9_.:-]+)")
_B64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_B64_JUNK = bytes(sorted(set(range(256)) - set(_B64_ALPHABET)))
_B64_MAX_BLOCKS = 64
_ADDR_SPEC = re.compile(r"[^\s<>(),;:\"@\[\]]{1,64}@[^\s<>(),;:\"@\[\]]{1,255}")
_FOLDING = re.compile(r"\r?\n[ \t]*")
# "Dr. Lukas Meier =?utf-8?q?=28=C3=BCber?= Google Drive) <x@google.com>": a name whose
# parenthesis was encoded inside an encoded word by a careless folder, before one well-formed
# angle address. The stray ")" makes the standard parser split the name into address-less
# mailboxes ahead of the real one; mail clients show the one angle address.
_ANGLE_ADDRESS = r"(?P<addr><[^<>\s,;@]+@[^<>\s,;@]+>)"
_SLOPPY_NAME = re.compile(rf"\s*(?P<name>[^<>,;\"]*){_ANGLE_ADDRESS}\s*")
# The same, allowing commas in the name ("Priya Shah, CPA <p@x.com>"), for which address
# the mail is from.
_ONE_ANGLE_ADDRESS = re.compile(rf"\s*(?P<name>[^<>;\"@]*){_ANGLE_ADDRESS}\s*")

T = TypeVar("T")


@dataclass(frozen=True)
class Defect:
    kind: str  # size, depth, parts, header, charset, base64, quoted-printable, nul, parse, decoded
    detail: str


@dataclass(frozen=True)
class Address:
    display: str
    address: str
    domain: str  # lower case, no trailing dot; "" when the address has none


def undo_surrogates(value: str) -> str:
    """8-bit header bytes arrive as surrogate escapes; RFC 6532 says they are UTF-8 (older
    mail: Latin-1)."""
    try:
        data = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return value  # already text (not from the byte parser)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def decode_header_value(value: str, keep_invisible: bool = False) -> str:
    """RFC 2047 encoded words to text, tolerating every malformation attackers produce.

    Non-printable characters become spaces, unless ``keep_invisible``: then zero-width and
    other invisible characters stay where the sender put them, for the detectors that look
    for them or must read "Pass\u200bword" as one word."""
    if len(value) > HEADER_VALUE_MAX_CHARS:
        value = value[:HEADER_VALUE_MAX_CHARS]
    if not value.isascii():  # ASCII (most values) has no surrogate escapes to undo
        value = undo_surrogates(value)
    # Unfold first: decode_header() reads line by line and would lose the space that the
    # fold stands for ("=?utf-8?Q?Ladeger=C3=A4t?=\r\n 65W" must read "Ladegerät 65W").
    if "\n" in value:
        value = _FOLDING.sub(" ", value)
    if "=?" not in value:
        text = value
    else:
        try:
            chunks = email.header.decode_header(value)
            pieces = []
            for chunk, charset in chunks:
                if isinstance(chunk, bytes) and charset is None:
                    # Text outside encoded words comes back from decode_header() encoded with
                    # raw-unicode-escape when the value holds non-ASCII (raw UTF-8 next to
                    # an encoded word): decode it the same way, or "\u200b" stays literal.
                    pieces.append(chunk.decode("raw-unicode-escape", "replace"))
                elif isinstance(chunk, bytes):
                    pieces.append(_decode_bytes(chunk, charset or "ascii")[0])
                else:
                    pieces.append(chunk)
            text = "".join(pieces)
        except (
            ValueError,
            LookupError,
            UnicodeError,
            AssertionError,
            binascii.Error,
            email.errors.HeaderParseError,
        ):
            text = value
    # Unfold and drop control characters; lone surrogates become U+FFFD.
    if "\n" in text:
        text = _FOLDING.sub(" ", text)
    if not text.isascii():
        text = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if not keep_invisible and not text.isprintable():  # the common case: skip the per-char pass
        text = "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text)
    return text.strip()


def _decode_bytes(data: bytes, charset: str) -> tuple[str, bool]:
    """Decode with the declared charset; unknown or wrong charsets fall back to UTF-8, then
    Latin-1. Returns the text and whether the declared charset was usable."""
    charset = (charset or "utf-8").strip().strip('"').lower()
    try:
        codec: str | None = codecs.lookup(charset).name
    except (LookupError, ValueError):  # ValueError: a charset name with NUL in it
        codec = None
    if codec is not None and not _is_text_codec(codec):
        codec = None  # "base64", "zlib", "rot13": codecs, but not charsets
    if codec is not None:
        try:
            return data.decode(codec), True
        except UnicodeDecodeError:
            if codec == "ascii":
                # 8-bit text labelled us-ascii (the MIME default) is what countless benign
                # mailers send: read it as UTF-8, else Latin-1, and do not call it a defect.
                try:
                    return data.decode("utf-8"), True
                except UnicodeDecodeError:
                    return data.decode("latin-1"), True
            return data.decode(codec, "replace"), False
        except (LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("latin-1"), False


# Codecs that are not linear in their input (punycode is quadratic): never a body charset.
_UNSAFE_CODECS = frozenset({"punycode", "idna"})


@functools.cache
def _is_text_codec(name: str) -> bool:
    if name in _UNSAFE_CODECS:
        return False
    try:
        return bool(getattr(codecs.lookup(name), "_is_text_encoding", True))
    except LookupError:
        return False


def mend_unbalanced_name(value: str) -> str:
    """One mailbox whose display name has unbalanced parentheses, written with the name
    quoted so that it parses as one mailbox; any other value unchanged."""
    sloppy = _SLOPPY_NAME.fullmatch(value)
    if not sloppy or sloppy["name"].count("(") == sloppy["name"].count(")"):
        return value
    return _quoted_name(sloppy)


def mend_one_mailbox(value: str) -> str:
    """A header holding one angle address after a display name with no address, quote or
    angle bracket of its own, but with a comma or an unbalanced parenthesis in it, written
    with the name quoted: "Priya Shah, CPA <p@x.com>" and a stray ")" split such a name into
    address-less mailboxes ahead of the real one. Which address the mail is from is what
    matters here; whether the header is well-formed is the malformed-From detector's
    question. Any other value is returned unchanged."""
    one = _ONE_ANGLE_ADDRESS.fullmatch(value)
    if not one:
        return value
    name = one["name"]
    if "," not in name and name.count("(") == name.count(")"):
        return value
    return _quoted_name(one)


def _quoted_name(mailbox: re.Match[str]) -> str:
    """The matched mailbox with its display name quoted, parentheses dropped from it."""
    display = mailbox["name"].replace("(", " ").replace(")", " ").strip()
    return f'"{display}" {mailbox["addr"]}'


def parse_address_list(value: str) -> tuple[Address, ...]:
    """Addresses in a header value; never raises (the standard parser recurses on nested
    comments, so deeply nested parentheses fall back to a plain addr-spec scan)."""
    value = value[:HEADER_VALUE_MAX_CHARS]
    try:
        pairs = email.utils.getaddresses([value])
    except (RecursionError, ValueError, IndexError, TypeError):
        pairs = [("", m.group(0)) for m in _ADDR_SPEC.finditer(value)]
    result = []
    for display, addr in pairs[:ADDRESSES_MAX]:
        addr = addr.strip()
        domain = addr.rpartition("@")[2].strip().rstrip(".").lower() if "@" in addr else ""
        result.append(Address(display.strip(), addr, domain))
    return tuple(result)


def _param(node: EmailMessage, name: str, header: str = "content-type") -> str:
    """A MIME parameter as text (RFC 2231 values collapsed), "" when absent or unparseable."""
    try:
        value = node.get_param(name, header=header)
    except (ValueError, TypeError, IndexError, LookupError, UnicodeError):
        return ""
    if value is None:
        return ""
    if isinstance(value, tuple):
        try:
            return str(email.utils.collapse_rfc2231_value(value))
        except (ValueError, LookupError, UnicodeError, TypeError):
            return str(value[2])
    return str(value)


class Part:
    """One leaf MIME part. ``payload`` and ``text`` decode on first use, within limits."""

    def __init__(self, msg: Message, node: EmailMessage, path: str) -> None:
        self._msg = msg
        self._node = node
        self.path = path
        self.content_type = (node.get_content_type() or "text/plain").lower()
        loose_charset = ""
        if any(c.isspace() for c in self.content_type):
            # "text/html charset=windows-1252": parameters without the ";" (RFC 2045 5.1).
            # Mail clients still render the part as its type says; so do we.
            kind, *rest = self.content_type.split(None, 1)
            self.content_type = kind
            found = _LOOSE_CHARSET.search(rest[0] if rest else "")
            loose_charset = found.group(1) if found else ""
            msg.add_defect("content-type", f"part {path}: parameters without ';'")
        try:
            self.filename = decode_header_value(node.get_filename() or "")
        except (TypeError, ValueError, LookupError, UnicodeError, IndexError):
            self.filename = ""
        try:
            self.disposition = (node.get_content_disposition() or "").lower()
        except (TypeError, ValueError, IndexError):
            self.disposition = ""
        self.charset = (_param(node, "charset") or loose_charset).strip().lower()[:60]
        # RFC 3676: plain text wrapped with soft line breaks, joined again by ``text``.
        self.flowed = _param(node, "format").strip().lower() == "flowed"
        self.delsp = _param(node, "delsp").strip().lower() == "yes"
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
        # The stored payload, not get_payload(decode=False): for 8-bit text compat32 re-decodes
        # that with the part's charset, and the result no longer encodes back to the bytes.
        raw = getattr(self._node, "_payload", None)
        if not isinstance(raw, str):
            return b""
        try:
            data = raw.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:  # a message built from str, not parsed from bytes
            data = raw.encode("utf-8", "surrogateescape")
        if self.transfer_encoding == "base64":
            data = self._decode_base64(data)
        elif self.transfer_encoding == "quoted-printable":
            data = self._decode_qp(data)
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
        cap = self._msg.limits.max_part_bytes * 4 // 3 + 4
        # Line breaks and spaces are allowed noise (RFC 2045 6.8); anything else is not.
        # bytes.translate deletes in one C pass: a regex substitution per junk byte takes
        # seconds on megabytes of junk.
        cleaned = data[: cap * 2].translate(None, _B64_SPACE)
        alphabet = cleaned.translate(None, _B64_JUNK)
        if len(alphabet) != len(cleaned):
            self._msg.add_defect("base64", f"part {self.path}: characters outside base64")
        # Some mailers concatenate separately padded blocks: decode each block.
        blocks = [b for b in alphabet.split(b"=") if b]
        if len(blocks) > _B64_MAX_BLOCKS:
            self._msg.add_defect("base64", f"part {self.path}: padding inside the data")
            blocks = [b"".join(blocks)]
        decoded = []
        budget = cap
        for block in blocks:
            block = block[:budget]
            budget -= len(block)
            if len(block) % 4 == 1:
                self._msg.add_defect("base64", f"part {self.path}: truncated base64")
                block = block[:-1]
            elif len(block) % 4 and block is blocks[-1] and not alphabet.endswith(b"="):
                # Unpadded end: the encoder always pads, so the data was cut short.
                self._msg.add_defect("base64", f"part {self.path}: truncated base64")
            try:
                decoded.append(binascii.a2b_base64(block + b"=" * (-len(block) % 4)))
            except binascii.Error:
                self._msg.add_defect("base64", f"part {self.path}: invalid base64")
            if budget <= 0:
                break
        return b"".join(decoded)

    def _decode_qp(self, data: bytes) -> bytes:
        # "=" not followed by two hex digits or a line break: a broken escape (RFC 2045 6.7),
        # kept literally as the decoder does, but worth a defect.
        if re.search(rb"=(?![0-9A-Fa-f]{2}|[ \t]*(?:\r\n|\r|\n))", data):
            self._msg.add_defect("quoted-printable", f"part {self.path}: broken =XX escape")
        try:
            return quopri.decodestring(data)
        except (ValueError, binascii.Error):
            self._msg.add_defect("quoted-printable", f"part {self.path}: undecodable")
            return data

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
        text = text[:limit]
        if self.flowed and self.content_type == "text/plain":
            text = unflow(text, self.delsp)
        return text


class Message:
    """A parsed message. Treat as read-only; attributes are computed on first access."""

    def __init__(self, raw: bytes, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._defects: list[Defect] = []
        self._memo: dict[Hashable, Any] = {}
        self._decoded_budget = self.limits.max_decoded_bytes
        if not isinstance(raw, (bytes, bytearray, memoryview)):
            raw = b""
        raw = bytes(raw)
        if len(raw) > self.limits.max_message_bytes:
            self.add_defect(
                "size", f"{len(raw)} bytes, analysed the first {self.limits.max_message_bytes}"
            )
            raw = raw[: self.limits.max_message_bytes]
        self.raw = raw
        if b"\x00" in raw:
            self.add_defect("nul", "NUL bytes in the message")
        self._nodes_left = 2 * self.limits.max_parts
        self._root = self._parse(raw)

    # -- parsing -----------------------------------------------------------------------------

    def _parse(self, raw: bytes) -> EmailMessage:
        root, body = self._node(raw, is_root=True)
        stack: list[tuple[EmailMessage, bytes, int]] = [(root, body, 0)]
        while stack:
            node, body, depth = stack.pop()
            for child, child_body in self._children(node, body, depth):
                stack.append((child, child_body, depth + 1))
        return root

    def _node(self, data: bytes, is_root: bool = False) -> tuple[EmailMessage, bytes]:
        """Parse one header block; returns the node and its (still raw) body."""
        head, body = _split_head(data)
        head_cap = 2 * self.limits.max_header_bytes
        if is_root:
            longest = max((len(line) for line in _LINE_END.split(head[: head_cap + 1])), default=0)
            if longest > self.limits.max_header_bytes:
                self.add_defect("header", f"a header line of {longest} bytes")
        cut = len(head)
        if cut > head_cap:
            cut = head_cap
        ends = _LINE_END.finditer(head, 0, cut)
        nth = next(itertools.islice(ends, HEADER_MAX_LINES - 1, None), None)
        if nth is not None:
            cut = nth.end()
        if cut < len(head):
            self.add_defect("header", f"header block of {len(head)} bytes; parsed {cut}")
        fed = head[:cut]
        try:
            node = BytesHeaderParser(policy=compat32).parsebytes(fed)
        except Exception as exc:  # noqa: BLE001 - the stdlib header parser on hostile input
            self.add_defect("parse", f"headers unparseable: {type(exc).__name__}")
            node = EmailMessage(policy=compat32)
        # The stored payload: get_payload() would re-decode 8-bit text with the charset.
        leftover = getattr(node, "_payload", None)
        if isinstance(leftover, str) and leftover:
            # A line that is not a header ended the block: it and everything after it
            # (the empty line included) are body, as the standard parser has it.
            body = leftover.encode("ascii", "surrogateescape") + data[cut:]
        for defect in node.defects:
            self.add_defect("parse", f"headers: {type(defect).__name__}")
        node.defects = []
        return node, body

    def _children(
        self, node: EmailMessage, body: bytes, depth: int
    ) -> list[tuple[EmailMessage, bytes]]:
        """Split a multipart or message/* body into child nodes; a leaf keeps its body."""
        try:
            maintype = node.get_content_maintype()
            subtype = node.get_content_subtype()
        except (TypeError, ValueError, IndexError):
            maintype, subtype = "text", "plain"
        splittable = maintype == "multipart" or (
            maintype == "message" and subtype != "delivery-status"
        )
        if splittable and depth > self.limits.max_depth:
            self.add_defect("depth", f"MIME nesting deeper than {self.limits.max_depth}")
            splittable = False
        children: list[tuple[EmailMessage, bytes]] = []
        if splittable and maintype == "message":
            if self._take_node():
                children.append(self._node(_undo_transfer_encoding(node, body)))
        elif splittable:
            boundary = _param(node, "boundary")
            split = _split_multipart(body, boundary, self._nodes_left + 1) if boundary else None
            if not boundary:
                self.add_defect("parse", "multipart without a boundary")
            elif split is None:
                self.add_defect("parse", f"boundary {boundary[:40]!r} never starts a part")
            else:
                preamble, chunks, epilogue, closed = split
                if not closed:
                    self.add_defect("parse", f"boundary {boundary[:40]!r} never closed")
                node.preamble = preamble.decode("ascii", "surrogateescape")
                node.epilogue = epilogue.decode("ascii", "surrogateescape")
                for chunk in chunks:
                    if not self._take_node():
                        break
                    child, child_body = self._node(chunk)
                    if subtype == "digest":
                        child.set_default_type("message/rfc822")
                    children.append((child, child_body))
                node.set_payload([c for c, _ in children])
                return children
        if children:
            node.set_payload([c for c, _ in children])
        else:
            node.set_payload(body.decode("ascii", "surrogateescape"))
        return children

    def _take_node(self) -> bool:
        if self._nodes_left <= 0:
            self.add_defect("parts", f"more than {2 * self.limits.max_parts} MIME nodes")
            return False
        self._nodes_left -= 1
        return True

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

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` on the first call for ``key``, the same value on every later one.

        Results that several detectors derive from the message (lure matches, brand claims)
        are computed once and shared. The key names the computation and every input besides
        the message (for example the ``Knowledge`` object); the value must be immutable. A
        ``compute`` that raises caches nothing, so the next caller sees the same error."""
        memo = self._memo
        if key in memo:
            return cast(T, memo[key])
        value = compute()
        memo[key] = value
        return value

    # -- headers -----------------------------------------------------------------------------

    @functools.cached_property
    def headers(self) -> tuple[tuple[str, str], ...]:
        """(name, decoded value) pairs in message order; names as written."""
        names = self._header_names
        return tuple((names[i], self._decoded_value(i)) for i in range(len(names)))

    @functools.cached_property
    def _header_names(self) -> tuple[str, ...]:
        return tuple(str(name) for name, _ in _fields(self._root))

    @functools.cached_property
    def _decoded_values(self) -> list[str | None]:
        return [None] * len(self._header_names)

    def _decoded_value(self, position: int) -> str:
        # Decoding (RFC 2047, unfolding) happens when a value is first read: the long
        # trace and relay headers of a message are mostly never looked at by name.
        decoded = self._decoded_values[position]
        if decoded is None:
            value = _fields(self._root)[position][1]
            decoded = decode_header_value(value if isinstance(value, str) else str(value))
            self._decoded_values[position] = decoded
        return decoded

    @functools.cached_property
    def _header_index(self) -> dict[str, list[int]]:
        """Lower-case name -> positions of its fields, in message order."""
        index: dict[str, list[int]] = {}
        for position, name in enumerate(self._header_names):
            index.setdefault(name.lower(), []).append(position)
        return index

    @functools.cached_property
    def raw_headers(self) -> tuple[tuple[str, str], ...]:
        """(name, value) as written, folded lines kept: for authentication."""
        return tuple((str(n), str(v)) for n, v in _fields(self._root))

    def header(self, name: str) -> str:
        positions = self._header_index.get(name.lower())
        return self._decoded_value(positions[0]) if positions else ""

    def header_all(self, name: str) -> list[str]:
        return [self._decoded_value(i) for i in self._header_index.get(name.lower(), ())]

    @functools.cached_property
    def from_addresses(self) -> tuple[Address, ...]:
        return self._addresses("From")

    def _addresses(self, name: str) -> tuple[Address, ...]:
        """Split the header as written, then decode each display name: an encoded word may
        hide a comma that is not an address separator (RFC 2047 §5)."""
        lname = name.lower()
        result = []
        for key, value in self.raw_headers:
            if key.lower() != lname:
                continue
            unfolded = mend_one_mailbox(_FOLDING.sub(" ", undo_surrogates(value)))
            for address in parse_address_list(unfolded):
                display = decode_header_value(address.display) if address.display else ""
                result.append(Address(display, address.address, address.domain))
        return tuple(result)

    @property
    def from_address(self) -> Address | None:
        return self.from_addresses[0] if self.from_addresses else None

    @property
    def from_domain(self) -> str:
        addr = self.from_address
        return addr.domain if addr else ""

    @functools.cached_property
    def reply_to(self) -> tuple[Address, ...]:
        return self._addresses("Reply-To")

    @functools.cached_property
    def return_path(self) -> str:
        addresses = parse_address_list(self.header("Return-Path"))
        return addresses[0].address if addresses else ""

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
    def parsed_html(self) -> ParsedHtml:
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

    def _join(self, texts: Iterator[str] | list[str]) -> str:
        joined = "\n".join(t for t in texts if t)
        return joined[: self.limits.max_text_chars]

    @functools.cached_property
    def links(self) -> tuple[Link, ...]:
        from mailwarden.message.urls import extract_links

        return extract_links(self)


def _undo_transfer_encoding(node: EmailMessage, body: bytes) -> bytes:
    """An attached message sent base64 or quoted-printable (RFC 2046 5.2.1 forbids it; mailers
    and phishers do it anyway) is decoded before its headers are parsed."""
    encoding = str(node.get("content-transfer-encoding", "")).strip().lower()
    if encoding == "base64":
        data = body.translate(None, _B64_JUNK + b"=")
        data = data[: len(data) - len(data) % 4 if len(data) % 4 == 1 else len(data)]
        try:
            return binascii.a2b_base64(data + b"=" * (-len(data) % 4))
        except binascii.Error:
            return body
    if encoding == "quoted-printable":
        try:
            return quopri.decodestring(body)
        except (ValueError, binascii.Error):
            return body
    return body


def _fields(node: EmailMessage) -> list[tuple[str, str]]:
    """The header fields as parsed, in order, duplicates kept (the raw list; the public
    accessors of the standard library rewrite 8-bit values)."""
    fields: list[tuple[str, str]] = getattr(node, "_headers", [])
    return fields


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """The header block (with its last line ending) and the body after the empty line."""
    if data[:1] in (b"\r", b"\n"):
        return b"", data[2:] if data[:2] == b"\r\n" else data[1:]
    match = _BLANK_LINE.search(data)
    if match is None:
        return data, b""
    start = match.start() + 1
    blank = 2 if data[start : start + 2] == b"\r\n" else 1
    return data[:start], data[start + blank :]


@functools.lru_cache(maxsize=64)
def _delimiter_patterns(boundary: bytes) -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    # RFC 2046 5.1.1: the delimiter is CRLF "--" boundary, then "--" for the close delimiter,
    # then optional whitespace to the end of the line. The line ending before it is part of it.
    tail = rb"(--)?[ \t]*(?:\r\n|\r|\n|\Z)"
    escaped = re.escape(boundary)
    return (
        re.compile(rb"--" + escaped + tail),
        re.compile(rb"(?:\r\n|\r|\n)--" + escaped + tail),
    )


def _split_multipart(
    body: bytes, boundary: str, max_chunks: int
) -> tuple[bytes, list[bytes], bytes, bool] | None:
    """(preamble, part bodies, epilogue, closed) or None when no delimiter starts a part.

    At most ``max_chunks`` parts are cut out; the caller reports a broken limit when it sees
    that many."""
    encoded = boundary.encode("utf-8", "surrogateescape")[:200]
    at_start, inside = _delimiter_patterns(encoded)
    first = at_start.match(body)
    matches: Iterator[re.Match[bytes]]
    if first is not None:
        matches = itertools.chain([first], inside.finditer(body, first.end()))
    else:
        matches = inside.finditer(body)
    chunks: list[bytes] = []
    previous_end: int | None = None
    preamble = b""
    for match in matches:
        if previous_end is None:
            preamble = body[: match.start()]
        else:
            chunks.append(body[previous_end : match.start()])
            if len(chunks) >= max_chunks:
                return preamble, chunks, b"", True
        previous_end = match.end()
        if match.group(1) is not None:
            return preamble, chunks, body[match.end() :], True
    if previous_end is None:
        return None
    chunks.append(body[previous_end:])
    return preamble, chunks, b"", False


def parse(raw: bytes, limits: Limits | None = None) -> Message:
    return Message(raw, limits)
