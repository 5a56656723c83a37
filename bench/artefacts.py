"""Does detection hold when the corpus-gathering artefacts are removed or swapped?

The shared corpora carry marks of how they were collected, not of what the mail is: the
phishing was received by honeypot mailboxes at Microsoft 365 (receiver stamps, internal
``Received`` hops, the anonymised recipient ``phishing@pot``, 2022-2026 dates), the legitimate
mail mostly came through mailing lists (``List-*`` headers, ``[tag]`` subjects) and from 2002.
This script rewrites messages in memory to remove or swap those marks, scans every variant with
the offline engine and prints, per variant, the phishing detection rate, the false-positive rate
per ham folder and overall, the change against the original messages, and the finding ids whose
fire counts moved most: a detector whose rate moves under these rewrites keys on an artefact.

Usage: python bench/artefacts.py [--phish DIR] [--ham DIR ...] [--limit N] [--phish-limit N]
                                 [--jobs N] [--seed S] [--variants NAME,...] [--top K]

The rewrites are byte-level and deliberately simple. A header block is the bytes up to the
first empty line (RFC 5322 section 2.1); a field is a line that does not start with white space
plus its folded continuation lines (RFC 5322 section 2.2.3). Only header fields are added,
removed or rewritten, except for two literal replacements of recipient addresses, which never
touch a MIME delimiter or a base64 line (``@`` is not in the base64 alphabet, RFC 2045 section
6.8). Nothing is written to disk; the corpora are only read.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import collections
import email.utils
import fnmatch
import hashlib
import heapq
import quopri
import random
import re
import sys
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / ".." / "shared" / "corpora"
DEFAULT_PHISH = CORPORA / "phish" / "phishing_pot"
DEFAULT_HAM = CORPORA / "ham"

# --------------------------------------------------------------------------------------------
# Header blocks
# --------------------------------------------------------------------------------------------

_FIRST_BLANK = re.compile(rb"(\r?\n)(\r?\n)")
_FIELD_NAME = re.compile(rb"([!-9;-~]+)[ \t]*:")


@dataclass
class Mail:
    """A message as a list of header fields (each with its own line ending) and the rest.

    ``rest`` starts at the empty line that ends the header block, so ``join`` gives back the
    exact input when nothing was changed."""

    fields: list[bytes]
    rest: bytes
    eol: bytes = b"\n"

    @classmethod
    def split(cls, raw: bytes) -> Mail:
        if raw[:1] in (b"\n", b"\r"):  # no header block at all
            return cls([], raw, b"\r\n" if raw.startswith(b"\r\n") else b"\n")
        match = _FIRST_BLANK.search(raw)
        if match:
            head, rest = raw[: match.end(1)], raw[match.end(1) :]
        else:
            head, rest = raw, b""
        eol = b"\r\n" if b"\r\n" in head[:4096] else b"\n"
        fields: list[bytes] = []
        for line in head.splitlines(keepends=True):
            if fields and line[:1] in (b" ", b"\t"):
                fields[-1] += line
            else:
                fields.append(line)
        return cls(fields, rest, eol)

    def join(self) -> bytes:
        out = []
        for index, text in enumerate(self.fields):
            if index < len(self.fields) - 1 and not text.endswith((b"\n", b"\r")):
                text += self.eol  # a field we appended after an unterminated last line
            out.append(text)
        if out and self.rest and not out[-1].endswith((b"\n", b"\r")):
            out[-1] += self.eol
        return b"".join(out) + self.rest

    def line(self, name: str, value: str) -> bytes:
        """A new field; ``value`` may hold folds as ``\\n`` followed by white space."""
        space = "" if value.startswith("\n") else " "
        text = f"{name}:{space}{value}".replace("\n", self.eol.decode())
        return text.encode("utf-8", "surrogateescape") + self.eol


def field_name(text: bytes) -> str:
    """The field's name in lower case, or ``""`` for a line that is not a field."""
    match = _FIELD_NAME.match(text)
    return match.group(1).decode("ascii").lower() if match else ""


def field_value(text: bytes) -> str:
    """The unfolded value as text (bytes beyond ASCII kept through latin-1)."""
    _, _, value = text.partition(b":")
    return re.sub(r"\r?\n(?=[ \t])", "", value.decode("latin-1")).strip()


def _replace_value(mail: Mail, index: int, value: str) -> None:
    text = mail.fields[index]
    name = text.partition(b":")[0]
    ending = text[len(text.rstrip(b"\r\n")) :]
    mail.fields[index] = name + b": " + value.encode("latin-1", "replace") + ending


# --------------------------------------------------------------------------------------------
# Receiver stamps
# --------------------------------------------------------------------------------------------

# Fields a receiving system adds (DESIGN.md "Evidence over artefacts"), plus the filter verdicts
# other receivers of the honeypots wrote (Proton's X-Pm-*, rspamd and SpamAssassin X-Spam*).
STAMP_FIELD = re.compile(
    r"(?:x-ms-|x-microsoft-|x-forefront-|x-eop|x-incoming|x-sid-|x-sender-ip$|x-message-"
    r"|received-spf$|authentication-results|arc-|x-pm-|x-spam|x-rspamd-|x-originatororg$)"
)
_SCL_BCL = re.compile(r"(?i)\b[SBP]CL\s*:\s*-?\d")
# Receiving servers of the corpora: Microsoft 365 (the honeypots; the names Exchange Online uses
# for its own hops, not *.outbound.protection.outlook.com, which is a sending tenant), Proton and
# Google (a few honeypots), and the receivers of the ham archives.
RECEIVER_HOSTS = (
    "*.prod.outlook.com",
    "*.prod.protection.outlook.com",
    "*.mail.protection.outlook.com",
    "*.outlook.office365.com",
    "mailin*.protonmail.ch",
    "mx.google.com",
    "2002:*",  # Google's internal "by 2002:a05:...with SMTP id" hop
    "mail.lfdr.de",
    "*.netnoteinc.com",
    "localhost",
    "dogma.slashnull.org",
    "spamassassin.taint.org",
    "jmason.org",
    "*.jmason.org",
    "mothlight.dyndns.org",
)
_BY_HOST = re.compile(r"(?i)\bby\s+([^\s;()\[\]]+)")
_FROM_HOST = re.compile(r"(?i)^\s*from\s+([^\s;()\[\]]+)")


def _is_receiver(host: str, patterns: Sequence[str] = RECEIVER_HOSTS) -> bool:
    host = host.lower().rstrip(".")
    return any(fnmatch.fnmatchcase(host, p) for p in patterns)


def is_stamp_field(text: bytes) -> bool:
    name = field_name(text)
    if not name:
        return False
    if STAMP_FIELD.match(name) or "scl" in name.split("-") or "bcl" in name.split("-"):
        return True
    return name.startswith("x-") and bool(_SCL_BCL.search(field_value(text)[:2000]))


def receiver_hops(mail: Mail, patterns: Sequence[str] = RECEIVER_HOSTS) -> list[int]:
    """Indexes of the top Received fields written by the receiving organisation: walk down while
    the ``by`` host is a receiver's; the first hop whose ``from`` host is an outside name (dotted,
    not a receiver's) is the entry hop, the last one taken."""
    taken: list[int] = []
    for index, text in enumerate(mail.fields):
        if field_name(text) != "received":
            continue
        value = field_value(text)
        by = _BY_HOST.search(value)
        if not by or not _is_receiver(by.group(1), patterns):
            break
        taken.append(index)
        origin = _FROM_HOST.match(value)
        name = origin.group(1) if origin else ""
        if "." in name and not _is_receiver(name, patterns) and not _looks_like_ip(name):
            break
    return taken


def _looks_like_ip(name: str) -> bool:
    return bool(re.fullmatch(r"[0-9.:a-fA-F]+", name)) and any(c.isdigit() for c in name)


def strip_receiver(raw: bytes, rng: random.Random | None = None) -> bytes:
    """Remove receiver stamps and the receiving organisation's Received hops."""
    mail = Mail.split(raw)
    drop = set(receiver_hops(mail))
    mail.fields = [f for i, f in enumerate(mail.fields) if i not in drop and not is_stamp_field(f)]
    return mail.join()


# --------------------------------------------------------------------------------------------
# Recipients
# --------------------------------------------------------------------------------------------

PLACEHOLDER = "phishing@pot"
RECIPIENT_FIELDS = frozenset(
    {"to", "cc", "bcc", "delivered-to", "x-original-to", "envelope-to", "x-envelope-to"}
)
ORIGINATOR_FIELDS = frozenset({"from", "sender", "reply-to", "return-path", "errors-to"})
# The honeypot's placeholder, with whatever of the original address the anonymiser left behind
# (``phishing@pot@hotmail.com``, ``phishing@pot.org``), raw or URL-encoded.
# ``=hotmail.com`` is the VERP form (RFC 5321's local part "user=domain" in a bounce address).
_PLACEHOLDER_PATTERN = (
    r"(?i)phishing(?:@|%40)pot(?:\.[a-z]{2,6}(?![a-z0-9-]))?"
    r"(?:([@=])([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24})(?![a-z0-9-]))?"
)
_PLACEHOLDER_RE = re.compile(_PLACEHOLDER_PATTERN.encode())
_PLACEHOLDER_TEXT = re.compile(_PLACEHOLDER_PATTERN)
_ADDRESS = re.compile(r"[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")

_FIRST = ("anna", "james", "maria", "david", "laura", "peter", "sofia", "thomas", "emma",
          "daniel", "julia", "michael", "sarah", "lucas", "nina", "robert", "elena", "mark",
          "claire", "oliver", "hannah", "paul", "irene", "victor")
_LAST = ("miller", "garcia", "novak", "schmidt", "rossi", "dubois", "jensen", "kowalski",
         "tanaka", "oconnor", "silva", "meyer", "walker", "fischer", "moreau", "larsen",
         "brennan", "costa", "weber", "hughes", "varga", "lindqvist", "patel", "kim")
_FREEMAIL = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "gmx.de",
             "web.de", "aol.com", "proton.me")
_ORGS = ("brightwater-logistics.com", "kestrel-engineering.co.uk", "marlowe-dental.com",
         "oakridge-holdings.com", "fenwick-partners.nl", "northgate-clinic.org",
         "alder-systems.de", "cobalt-freight.com", "riverside-council.gov.uk",
         "tamarind-foods.com.au", "lumen-architects.fr", "harbourview-school.edu.au")


def random_address(rng: random.Random, domain: str | None = None) -> str:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    local = rng.choice(
        (f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{first}{rng.randint(1, 99)}")
    )
    if domain is None:
        domain = rng.choice(_FREEMAIL if rng.random() < 0.5 else _ORGS)
    return f"{local}@{domain}"


def _recipients(mail: Mail) -> list[str]:
    """Distinct recipient addresses (lower case) that are not also an originator: a phisher
    who writes to himself and puts the victims in Bcc keeps his own address in To."""
    originators: set[str] = set()
    found: list[str] = []
    for text in mail.fields:
        name = field_name(text)
        if name in ORIGINATOR_FIELDS:
            originators.update(a.lower() for a in _ADDRESS.findall(field_value(text)))
        elif name in RECIPIENT_FIELDS:
            # The placeholder goes first: "phishing@pot@hotmail.com" holds no other address.
            value = _PLACEHOLDER_TEXT.sub(" ", field_value(text))
            for address in _ADDRESS.findall(value):
                if address.lower() not in found:
                    found.append(address.lower())
    return [a for a in found if a not in originators]


def _replace_addresses(data: bytes, mapping: dict[str, str]) -> bytes:
    """Replace each address (raw or URL-encoded, case-insensitive) by its new address, as one
    pass so that a new address is never rewritten again."""
    if not mapping:
        return data
    table: dict[bytes, bytes] = {}
    for old, new in mapping.items():
        table[old.encode("latin-1", "replace").lower()] = new.encode()
        encoded = urllib.parse.quote(old, safe="").encode().lower()
        table[encoded] = urllib.parse.quote(new, safe="").encode()
    pattern = re.compile(
        rb"(?i)(?<![A-Za-z0-9._%+'=-])(?:"
        + b"|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
        + rb")(?![A-Za-z0-9-]|\.[A-Za-z0-9])"
    )
    return pattern.sub(lambda m: table[m.group(0).lower()], data)


def _rewrite_recipients(raw: bytes, placeholder_to: Callable[[str], str] | None,
                        others: Callable[[str], str]) -> bytes:
    """``placeholder_to(field name)`` is the address ``phishing@pot`` becomes in that field
    (``""`` for the body); ``others(address)`` the new address of another recipient. Encoded
    words (RFC 2047) and base64 blocks of the body are rewritten too, so that the recipient
    an encoded subject or greeting names is the same as the one in To."""
    mail = Mail.split(raw)
    mapping = {old: others(old) for old in _recipients(mail)}

    def rewriter(name: str) -> Callable[[bytes], bytes]:
        def rewrite(data: bytes) -> bytes:
            if name not in ORIGINATOR_FIELDS:
                data = _replace_addresses(data, mapping)
            if placeholder_to is not None:  # the placeholder is the recipient wherever it is
                data = _sub_placeholder(data, placeholder_to(name))
            return data

        return rewrite

    for index, text in enumerate(mail.fields):
        rewrite = rewriter(field_name(text))
        mail.fields[index] = _in_encoded_words(rewrite(text), rewrite)
    rewrite = rewriter("")
    top_type = b"".join(f.partition(b":")[2] for f in mail.fields
                        if field_name(f) == "content-type")
    mail.rest = _in_base64_blocks(rewrite(mail.rest), rewrite, top_type)
    return mail.join()


_ENCODED_WORD = re.compile(rb"=\?([A-Za-z0-9_.:-]{1,40})\?([BbQq])\?([^?\s]{1,1000})\?=")
# Lines of base64 only (a part's body, RFC 2045 section 6.8): at least two, the last may be short.
_BASE64_BLOCK = re.compile(rb"(?m)(?:^[A-Za-z0-9+/]{16,}={0,2}\r?\n){2,}")


def _in_encoded_words(data: bytes, rewrite: Callable[[bytes], bytes]) -> bytes:
    def one(match: re.Match[bytes]) -> bytes:
        charset, kind, text = match.groups()
        try:
            if kind in b"Bb":
                decoded = base64.b64decode(text, validate=True)
            else:
                decoded = quopri.decodestring(text.replace(b"_", b" "), header=True)
        except (binascii.Error, ValueError):
            return match.group(0)
        new = rewrite(decoded)
        if new == decoded:
            return match.group(0)
        if kind in b"Bb":
            return b"=?" + charset + b"?" + kind + b"?" + base64.b64encode(new) + b"?="
        encoded = quopri.encodestring(new, header=True).replace(b"=\n", b"")
        encoded = encoded.replace(b"?", b"=3F")
        return b"=?" + charset + b"?" + kind + b"?" + encoded + b"?="

    return _ENCODED_WORD.sub(one, data) if b"=?" in data else data


_CONTENT_TYPE = re.compile(rb"(?im)^content-type:[ \t]*([^\s;]*)")


def _in_base64_blocks(data: bytes, rewrite: Callable[[bytes], bytes], top_type: bytes) -> bytes:
    """Decode each base64 block, rewrite it, and encode it again with the same line width and
    line ending; a block that does not decode, or that the rewrite leaves alone, is kept."""

    top_is_text = b"text/" in top_type.lower() or not top_type.strip()

    def one(match: re.Match[bytes]) -> bytes:
        block = match.group(0)
        # Text parts only: an attachment (a PDF's offsets, an image) is left byte for byte. The
        # part's type is the last Content-Type before the block, else the message's own.
        before = data[max(0, match.start() - 2000) : match.start()]
        declared = _CONTENT_TYPE.findall(before)
        if not (declared[-1].lower().startswith(b"text/") if declared else top_is_text):
            return block
        first = block.split(b"\n", 1)[0]
        eol = b"\r\n" if first.endswith(b"\r") else b"\n"
        width = len(first.rstrip(b"\r"))
        try:
            decoded = base64.b64decode(b"".join(block.split()), validate=True)
        except (binascii.Error, ValueError):
            return block
        new = rewrite(decoded)
        if new == decoded:
            return block
        encoded = base64.b64encode(new)
        lines = [encoded[i : i + width] for i in range(0, len(encoded), width)]
        return eol.join(lines) + eol

    return _BASE64_BLOCK.sub(one, data)


def _sub_placeholder(data: bytes, address: str) -> bytes:
    """``phishing@pot`` becomes ``address``; where the anonymiser left the original domain
    behind (``phishing@pot@hotmail.com``, the VERP ``phishing@pot=hotmail.com``), only the
    local part is swapped and that domain is kept: in a From it is the sender's."""
    plain, encoded = address.encode(), urllib.parse.quote(address, safe="").encode()
    local = plain.partition(b"@")[0]

    def new(match: re.Match[bytes]) -> bytes:
        if match.group(1):
            return local + match.group(1) + match.group(2)
        return encoded if b"%" in match.group(0) else plain

    return _PLACEHOLDER_RE.sub(new, data)


def swap_recipients(raw: bytes, rng: random.Random, split_cc: bool = False) -> bytes:
    """Replace ``phishing@pot`` everywhere (every header field, the subject, the bodies)
    by one realistic address, and every other recipient address in the recipient fields and the
    body by a colleague's address at the same domain: one consistent identity per message.

    With ``split_cc`` the placeholder in Cc and Bcc becomes a second colleague instead: the
    anonymiser wrote one placeholder for every recipient, so "To: phishing@pot" with
    "Cc: phishing@pot" may have been two different people."""
    primary = random_address(rng)
    domain = primary.partition("@")[2]
    used = {primary}

    def colleague(_old: str) -> str:
        for _ in range(20):
            new = random_address(rng, domain)
            if new not in used:
                break
        used.add(new)
        return new

    second = colleague("") if split_cc else primary
    return _rewrite_recipients(
        raw, lambda name: second if name in ("cc", "bcc") else primary, colleague
    )


def swap_recipients_split(raw: bytes, rng: random.Random) -> bytes:
    return swap_recipients(raw, rng, split_cc=True)


def anonymise_recipients(raw: bytes, rng: random.Random | None = None) -> bytes:
    """The honeypots' anonymisation applied to any message: every recipient address (in the
    recipient fields and wherever it recurs in the body) becomes ``phishing@pot``."""
    return _rewrite_recipients(raw, None, lambda _old: PLACEHOLDER)


# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

DATE_FIELDS = frozenset({"date", "resent-date", "x-original-date", "delivery-date"})


def shift_year(value: str, years: int) -> str | None:
    """An RFC 5322 date moved by whole years (weekday recomputed), or None if unparseable."""
    try:
        parsed = email.utils.parsedate_tz(value)
        if parsed is None:
            return None
        offset = parsed[9] or 0
        year = parsed[0] + years
        day = min(parsed[2], 28) if parsed[1] == 2 else parsed[2]
        stamp = datetime(year, parsed[1], day, parsed[3], parsed[4], min(parsed[5], 59),
                         tzinfo=timezone(timedelta(seconds=offset)))
        return email.utils.format_datetime(stamp)
    except (ValueError, OverflowError, TypeError, IndexError):
        return None


def shift_dates(raw: bytes, rng: random.Random) -> bytes:
    """Move Date (and its kin) and every Received date by the same random number of years,
    1 to 10 years back or forward."""
    years = rng.choice([y for y in range(-10, 11) if y])
    mail = Mail.split(raw)
    for index, text in enumerate(mail.fields):
        name = field_name(text)
        value = field_value(text)
        if name in DATE_FIELDS:
            new = shift_year(value, years)
            if new:
                _replace_value(mail, index, new)
        elif name == "received" and ";" in value:
            new = shift_year(value.rpartition(";")[2].strip(), years)
            if new:
                # Only the date after the last ";" is rewritten; the folded clauses stay.
                text = mail.fields[index]
                cut = text.rfind(b";")
                ending = text[len(text.rstrip(b"\r\n")) :]
                mail.fields[index] = text[: cut + 1] + b" " + new.encode() + ending
    return mail.join()


def drop_date(raw: bytes, rng: random.Random | None = None) -> bytes:
    mail = Mail.split(raw)
    mail.fields = [f for f in mail.fields if field_name(f) != "date"]
    return mail.join()


# --------------------------------------------------------------------------------------------
# Mailing lists
# --------------------------------------------------------------------------------------------

LIST_FIELD = re.compile(
    r"(?:list-|x-mailman-|x-list-)|(?:precedence|mailing-list|x-mailing-list|x-beenthere|sender"
    r"|errors-to|x-loop)$"
)
# Reply/forward prefixes and list tags at the start of a subject: "Re: [USRP-users] Re: x".
_SUBJECT_PREFIX = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|wg|sv|tr)\s*:|\s*\[[^\[\]\r\n]{1,40}\])+", re.IGNORECASE
)
_TAG = re.compile(r"\s*\[[^\[\]\r\n]{1,40}\]")


def strip_list_subject(subject: str) -> str:
    prefix = _SUBJECT_PREFIX.match(subject)
    if not prefix or "[" not in prefix.group(0):
        return subject
    kept = _TAG.sub("", prefix.group(0)).strip()
    tail = subject[prefix.end() :].strip()
    return f"{kept} {tail}".strip() if kept else tail


def strip_list(raw: bytes, rng: random.Random | None = None) -> bytes:
    """Remove mailing-list fields and list tags of the subject (an encoded-word subject is left
    alone: decoding and re-encoding it is more than this harness needs)."""
    mail = Mail.split(raw)
    kept: list[bytes] = []
    for text in mail.fields:
        name = field_name(text)
        if name and LIST_FIELD.match(name):
            continue
        kept.append(text)
    mail.fields = kept
    for index, text in enumerate(mail.fields):
        if field_name(text) == "subject" and b"=?" not in text:
            value = field_value(text)
            new = strip_list_subject(value)
            if new != value:
                _replace_value(mail, index, new)
    return mail.join()


# --------------------------------------------------------------------------------------------
# Microsoft 365 receiver stamps for ham
# --------------------------------------------------------------------------------------------


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def _b64ish(rng: random.Random, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(n))


def _guid(rng: random.Random) -> str:
    h = _hex(rng, 32).lower()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _message_time(mail: Mail) -> datetime:
    for text in mail.fields:
        if field_name(text) == "date":
            try:
                parsed = email.utils.parsedate_to_datetime(field_value(text))
                if parsed.tzinfo is None:
                    parsed = parsed.replace(tzinfo=UTC)
                return parsed.astimezone(UTC) + timedelta(minutes=1)
            except (ValueError, TypeError, IndexError, OverflowError):
                break
    return datetime(2024, 3, 12, 9, 41, 7, tzinfo=UTC)


def add_m365_stamps(raw: bytes, rng: random.Random) -> bytes:
    """Stamp a message as Exchange Online would on delivery: internal Received hops and the
    entry hop, Authentication-Results in Microsoft's form, Received-SPF on top; the
    X-MS-Exchange-Organization-*, X-Microsoft-Antispam*, X-Forefront-*, X-EOP*, X-SID-*,
    X-Sender-IP, X-Incoming* and X-Message-* fields below the sender's header. The names and the
    shape of the values are those of the phishing corpus; every value is made up."""
    mail = Mail.split(raw)
    when = _message_time(mail)

    def at(seconds: int) -> str:
        return email.utils.format_datetime(when + timedelta(seconds=seconds))

    from_domain = "unknown.invalid"
    dkim_domain = ""
    last_host = ""
    for text in mail.fields:
        name = field_name(text)
        if name == "from":
            found = _ADDRESS.findall(field_value(text))
            if found:
                from_domain = found[-1].rpartition("@")[2].lower()
        elif name == "dkim-signature":
            d = re.search(r"\bd=\s*([A-Za-z0-9.-]+)", field_value(text))
            dkim_domain = d.group(1).lower() if d else dkim_domain
        elif name == "received" and not last_host:
            by = _BY_HOST.search(field_value(text))
            last_host = by.group(1).lower() if by else ""
    if not last_host or not re.fullmatch(r"[a-z0-9.-]+\.[a-z]{2,}", last_host):
        last_host = f"mail.{from_domain}"
    ip = f"{rng.randint(23, 216)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    region = rng.choice(("namprd", "eurprd", "apcprd"))
    num = rng.randint(10, 22)
    mailbox = f"{rng.choice(('BY5PR', 'MN0PR', 'DM6PR', 'PH0PR'))}{num}MB{rng.randint(1000, 9999)}"
    store = f"{rng.choice(('SJ0PR', 'CH2PR', 'DU0PR'))}{num}MB{rng.randint(1000, 9999)}"
    frontend = f"AM6P{rng.randint(100, 199)}CA{rng.randint(1, 999):04d}"
    ft = f"VE1EUR0{rng.randint(1, 6)}FT0{rng.randint(10, 99)}"
    build = f"15.20.{rng.randint(5000, 7999)}.{rng.randint(10, 40)}"
    v6 = f"2603:10a6:{rng.randint(100, 999)}:{rng.randint(10, 99)}::{rng.randint(10, 99)}"
    tls = "(version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)"
    dkim = "pass (signature was verified)" if dkim_domain else "none (message not signed)"
    dmarc = "pass action=none" if dkim_domain == from_domain else "none action=none"
    top = [
        ("Received", f"from {mailbox}.{region}{num}.prod.outlook.com (::1) by\n"
                     f" {store}.{region}{num}.prod.outlook.com with HTTPS; {at(3)}"),
        ("Received", f"from {frontend}.EURP{num}.PROD.OUTLOOK.COM ({v6}) by\n"
                     f" {mailbox}.{region}{num}.prod.outlook.com ({v6}0) with Microsoft SMTP\n"
                     f" Server {tls} id {build}; {at(2)}"),
        ("Received", f"from {ft}.eop-EUR0{num % 9}.prod.protection.outlook.com ({v6}1) by\n"
                     f" {frontend}.outlook.office365.com ({v6}) with Microsoft SMTP Server\n"
                     f" {tls} id {build} via Frontend Transport; {at(1)}"),
        ("Authentication-Results", f"spf=pass (sender IP is {ip})\n smtp.mailfrom={from_domain};"
                                   f" dkim={dkim}\n header.d={dkim_domain or 'none'};"
                                   f"dmarc={dmarc}\n header.from={from_domain};compauth=pass"
                                   " reason=100"),
        ("Received-SPF", f"Pass (protection.outlook.com: domain of {from_domain}\n designates"
                         f" {ip} as permitted sender) receiver=protection.outlook.com;\n"
                         f" client-ip={ip}; helo={last_host}; pr=C"),
        ("Received", f"from {last_host} ({ip}) by\n {ft}.mail.protection.outlook.com"
                     f" (10.152.{rng.randint(0, 9)}.{rng.randint(2, 250)}) with Microsoft SMTP\n"
                     f" Server {tls} id {build} via Frontend Transport; {at(0)}"),
        ("X-IncomingTopHeaderMarker", f"\n OriginalChecksum:{_hex(rng, 64)};UpperCasedChecksum:"
                                      f"{_hex(rng, 64)};SizeAsReceived:{rng.randint(900, 9000)};"
                                      f"Count:{len(mail.fields)}"),
    ]
    network_id = _guid(rng)
    arrival = f"{when:%d %b %Y %H:%M:%S}.0000\n (UTC)"
    eop = f"{ft}.eop-EUR0{num % 9}.prod.protection.outlook.com"
    tenant = _guid(rng)
    scl = rng.choice((-1, 1, 1, 1, 5))
    bottom = [
        ("X-IncomingHeaderCount", str(len(mail.fields))),
        ("X-MS-Exchange-Organization-ExpirationStartTime", arrival),
        ("X-MS-Exchange-Organization-ExpirationStartTimeReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-ExpirationInterval", "1:00:00:00.0000000"),
        ("X-MS-Exchange-Organization-ExpirationIntervalReason", "OriginalSubmit"),
        ("X-MS-Exchange-Organization-Network-Message-Id", f"\n {network_id}"),
        ("X-EOPAttributedMessage", "0"),
        ("X-EOPTenantAttributedMessage", f"{tenant}:0"),
        ("X-MS-Exchange-Organization-MessageDirectionality", "Incoming"),
        ("X-MS-PublicTrafficType", "Email"),
        ("X-MS-TrafficTypeDiagnostic", f"{ft}:EE_|{mailbox}:EE_"),
        ("X-MS-Exchange-Organization-AuthSource", f"\n {eop}"),
        ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
        ("X-MS-Office365-Filtering-Correlation-Id", network_id),
        ("X-MS-Exchange-EOPDirect", "true"),
        ("X-Sender-IP", ip),
        ("X-SID-PRA", from_domain.upper()),
        ("X-SID-Result", "PASS"),
        ("X-MS-Exchange-Organization-PCL", "2"),
        ("X-MS-Exchange-Organization-SCL", str(scl)),
        ("X-Microsoft-Antispam", f"BCL:{rng.randint(0, 7)};"),
        ("X-Forefront-Antispam-Report", f"CIP:{ip};CTRY:US;LANG:en;SCL:{scl};SRV:;IPV:NLI;"
                                        f"SFV:NSPM;H:{last_host};PTR:{last_host};CAT:NONE;"
                                        f"SFS:;DIR:INB;"),
        ("X-MS-Exchange-CrossTenant-OriginalArrivalTime", arrival),
        ("X-MS-Exchange-CrossTenant-Network-Message-Id", network_id),
        ("X-MS-Exchange-CrossTenant-Id", tenant),
        ("X-MS-Exchange-CrossTenant-AuthSource", f"\n {eop}"),
        ("X-MS-Exchange-CrossTenant-AuthAs", "Anonymous"),
        ("X-MS-Exchange-CrossTenant-FromEntityHeader", "Internet"),
        ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", mailbox),
        ("X-MS-Exchange-Transport-EndToEndLatency",
         f"00:00:0{rng.randint(1, 9)}.{rng.randint(1000000, 9999999)}"),
        ("X-MS-Exchange-Processed-By-BccFoldering", build),
        ("X-Microsoft-Antispam-Mailbox-Delivery",
         f"\n\tucf:0;jmr:0;auth:1;dest:I;ENG:({rng.randint(5062000000, 5062999999)});"),
        ("X-Message-Info", f"\n\t{_b64ish(rng, 120)}"),
        ("X-Message-Delivery", _b64ish(rng, 40)),
        ("X-Microsoft-Antispam-Message-Info", "\n\t" + "\n ".join(
            f"=?us-ascii?Q?{_b64ish(rng, 58)}?=" for _ in range(6))),
        ("X-MS-Exchange-Organization-AuthMechanism", "04"),
    ]
    mail.fields = (
        [mail.line(n, v) for n, v in top] + mail.fields + [mail.line(n, v) for n, v in bottom]
    )
    return mail.join()


# --------------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------------

Transform = Callable[[bytes, random.Random], bytes]
TRANSFORMS: dict[str, Transform] = {
    "strip": strip_receiver,
    "swap": swap_recipients,
    "swapcc": swap_recipients_split,
    "anon": anonymise_recipients,
    "shift": shift_dates,
    "nodate": drop_date,
    "list": strip_list,
    "stamp": add_m365_stamps,
}


@dataclass(frozen=True)
class Variant:
    name: str
    phish: tuple[str, ...]
    ham: tuple[str, ...]
    about: str


VARIANTS = (
    Variant("original", (), (), "the corpora as they are"),
    Variant("strip-receiver", ("strip",), ("strip",), "receiver stamps and hops removed"),
    Variant("swap-recipients", ("swap",), ("swap",), "recipients replaced by random addresses"),
    Variant("swap-split-cc", ("swapcc",), ("swapcc",), "as swap, Cc a different person"),
    Variant("anon-ham", (), ("anon",), "ham recipients anonymised as phishing@pot"),
    Variant("shift-dates", ("shift",), ("shift",), "Date/Received moved +-1..10 years"),
    Variant("drop-date", ("nodate",), ("nodate",), "Date removed"),
    Variant("strip-list", (), ("list",), "list fields and [tags] removed from ham"),
    Variant("stamp-ham", (), ("stamp",), "Microsoft 365 stamps added to ham"),
    Variant("all-removed", ("strip", "swap", "shift"), ("strip", "list", "swap", "shift"),
            "every artefact removed from both sides"),
    Variant("all-crossed", ("strip", "swap", "shift"), ("strip", "list", "anon", "shift", "stamp"),
            "phish neutralised, ham given the phish's artefacts"),
)


def apply(raw: bytes, steps: Sequence[str], label: str, seed: str) -> bytes:
    for step in steps:
        # One generator per message and step: reproducible and independent of sample order.
        rng = random.Random(f"{seed}|{step}|{label}")
        raw = TRANSFORMS[step](raw, rng)
    return raw


# --------------------------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    flagged: bool
    ids: frozenset[str]
    error: bool


@dataclass
class Tally:
    total: int = 0
    flagged: int = 0
    fired: collections.Counter[str] = field(default_factory=collections.Counter)
    changed: int = 0  # messages whose bytes the variant changed

    def add(self, outcome: Outcome, changed: bool) -> None:
        self.total += 1
        self.flagged += outcome.flagged
        self.fired.update(outcome.ids)
        self.changed += changed

    @property
    def rate(self) -> float:
        return 100.0 * self.flagged / self.total if self.total else 0.0


def sample(path: Path, limit: int | None, seed: str) -> list[tuple[str, bytes | None]]:
    """A fixed sample: the ``limit`` messages whose labels hash lowest under the seed, in
    corpus order; the same for every run with the same seed, whatever the iteration order."""
    from mailwarden.message.sources import iter_messages

    def key(item: tuple[int, str, bytes | None]) -> bytes:
        return hashlib.sha256(f"{seed}|{item[1]}".encode()).digest()

    items = ((i, it.label, it.raw) for i, it in enumerate(iter_messages([str(path)])))
    chosen = list(items) if limit is None else heapq.nsmallest(limit, items, key=key)
    return [(label, raw) for _, label, raw in sorted(chosen, key=lambda c: c[0])]


@dataclass
class Corpus:
    folder: str
    side: str  # phish | ham
    messages: list[tuple[str, bytes | None]]


def _digest(raw: bytes | None) -> bytes:
    return hashlib.sha256(raw).digest() if raw is not None else b"unreadable"


@dataclass
class Measured:
    tallies: dict[str, dict[str, Tally]]  # variant -> folder or side -> tally
    outcomes: dict[str, dict[str, Outcome]]  # variant -> label -> outcome
    sides: dict[str, str]  # label -> phish | ham
    scanned: int


def measure_all(corpora: Sequence[Corpus], variants: Sequence[Variant], seed: str,
                jobs: int) -> Measured:
    """Tallies per variant, per folder and per side (``phish``, ``ham``), and the number of
    distinct messages scanned. One engine (one worker pool) scans every variant as a single
    stream; identical bytes (a message a variant leaves alone) are scanned once."""
    from mailwarden.message.sources import Item
    from mailwarden.result import Verdict
    from mailwarden.runner import EngineOptions, scan_items

    # (variant, label, folder, side, digest, changed) for every message of every variant.
    plan: list[tuple[str, str, str, str, bytes, bool]] = []
    submitted: set[bytes] = set()
    order: collections.deque[bytes] = collections.deque()

    def stream() -> Iterator[Item]:
        for variant in variants:
            for corpus in corpora:
                steps = variant.phish if corpus.side == "phish" else variant.ham
                for label, raw in corpus.messages:
                    new = apply(raw, steps, label, seed) if raw is not None else None
                    digest = _digest(new)
                    plan.append(
                        (variant.name, label, corpus.folder, corpus.side, digest, new != raw)
                    )
                    if digest not in submitted:
                        submitted.add(digest)
                        order.append(digest)
                        yield Item(label, new, None if new is not None else "unreadable")

    outcomes: dict[bytes, Outcome] = {}
    for result in scan_items(stream(), EngineOptions(offline=True), jobs):
        outcomes[order.popleft()] = Outcome(
            result.verdict is not Verdict.CLEAN,
            frozenset(f.id for f in result.findings),
            result.error is not None,
        )
    tallies: dict[str, dict[str, Tally]] = {
        v.name: collections.defaultdict(Tally) for v in variants
    }
    by_label: dict[str, dict[str, Outcome]] = {v.name: {} for v in variants}
    sides: dict[str, str] = {}
    for name, label, folder, side, digest, changed in plan:
        by_label[name][label] = outcomes[digest]
        sides[label] = side
        for key in (folder, side):
            tallies[name][key].add(outcomes[digest], changed)
    return Measured(tallies, by_label, sides, len(outcomes))


def residue(corpora: Sequence[Corpus], variant: Variant, seed: str) -> dict[str, int]:
    """Artefacts left after the variant's rewrites (raw bytes, so encoded text is not seen):
    messages still carrying ``phishing@pot`` / a stamp field / an X-MS- field / a List- field."""
    counts: collections.Counter[str] = collections.Counter()
    for corpus in corpora:
        steps = variant.phish if corpus.side == "phish" else variant.ham
        for label, raw in corpus.messages:
            if raw is None:
                continue
            new = apply(raw, steps, label, seed)
            mail = Mail.split(new)
            side = corpus.side
            counts[f"{side} phishing@pot"] += bool(_PLACEHOLDER_RE.search(new))
            counts[f"{side} stamp field"] += any(is_stamp_field(f) for f in mail.fields)
            counts[f"{side} list field"] += any(
                LIST_FIELD.match(field_name(f)) for f in mail.fields if field_name(f)
            )
    return dict(counts)


# --------------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------------


def _load(args: argparse.Namespace) -> list[Corpus]:
    corpora = [Corpus(Path(args.phish).name, "phish",
                      sample(Path(args.phish), args.phish_limit or args.limit, args.seed))]
    ham_dirs: list[Path] = []
    for given in args.ham:
        path = Path(given)
        subdirs = sorted(p for p in path.iterdir() if p.is_dir()) if path.is_dir() else []
        # ``ham/`` itself: one folder per subdirectory; a leaf directory or file: itself.
        is_parent = subdirs and not any(p.is_file() for p in path.iterdir())
        ham_dirs.extend(subdirs if is_parent else [path])
    for path in ham_dirs:
        corpora.append(Corpus(path.name, "ham", sample(path, args.limit, args.seed)))
    return corpora


def _fmt_delta(value: float) -> str:
    return f"{value:+.1f}" if abs(value) >= 0.05 else "0"


def report(corpora: Sequence[Corpus], variants: Sequence[Variant], args: argparse.Namespace,
           out: Callable[[str], None] = print) -> int:
    folders = [c.folder for c in corpora if c.side == "ham"]
    measured = measure_all(corpora, variants, args.seed, args.jobs)
    results = measured.tallies
    base = results["original"]
    sizes = ", ".join(f"{c.folder} {len(c.messages)}" for c in corpora)
    out(f"sample (seed {args.seed!r}): {sizes}; {measured.scanned} distinct messages scanned\n")

    head = f"{'variant':<16} {'phish det%':>10} {'d':>5} " + " ".join(
        f"{f[:16]:>16}" for f in folders
    ) + f" {'ham FP%':>8} {'d':>5}  holds"
    out(head)
    out("-" * len(head))
    worst = 0
    for name, tallies in results.items():
        phish, ham = tallies["phish"], tallies["ham"]
        d_det = phish.rate - base["phish"].rate
        d_fp = ham.rate - base["ham"].rate
        cells = " ".join(
            f"{tallies[f].rate:>7.2f} ({_fmt_delta(tallies[f].rate - base[f].rate):>5})"
            .rjust(16) for f in folders
        )
        holds = abs(d_det) <= 2.0 and ham.rate <= 0.5
        worst |= not holds
        out(f"{name:<16} {phish.rate:>10.1f} {_fmt_delta(d_det):>5} {cells} {ham.rate:>8.2f}"
            f" {_fmt_delta(d_fp):>5}  {'yes' if holds else 'NO'}")
    out("\nholds: detection within 2 points of the original and ham FP <= 0.5%."
        " Cells: rate (change in points).\n")

    out("messages changed by each variant (phish / ham):")
    for name, tallies in results.items():
        out(f"  {name:<16} {tallies['phish'].changed:>5} / {tallies['ham'].changed:<5}"
            f"  {next((v.about for v in VARIANTS if v.name == name), '')}")
    out("")

    out(f"findings whose fire counts moved most (top {args.top}; count original -> variant):")
    for name, tallies in results.items():
        if name == "original":
            continue
        moves = []
        for side in ("phish", "ham"):
            before, after = base[side].fired, tallies[side].fired
            for finding in set(before) | set(after):
                delta = after[finding] - before[finding]
                if delta:
                    moves.append((abs(delta), side, finding, before[finding], after[finding]))
        moves.sort(key=lambda m: (-m[0], m[1], m[2]))
        text = "; ".join(f"{side} {fid} {b}->{a}" for _, side, fid, b, a in moves[: args.top])
        out(f"  {name:<16} {text or 'none moved'}")

    if args.flips:
        out(f"\nverdicts that flipped (up to {args.flips} a variant; findings gained +, lost -):")
        original = measured.outcomes["original"]
        for name, outcomes in measured.outcomes.items():
            flips = [
                (label, old, outcomes[label])
                for label, old in original.items()
                if old.flagged != outcomes[label].flagged
            ]
            if name == "original" or not flips:
                continue
            sides = [measured.sides[label] for label, _, _ in flips]
            lost, gained = sides.count("phish"), sides.count("ham")
            out(f"  {name}: {len(flips)} flips ({lost} phish, {gained} ham)")
            for label, old, new in flips[: args.flips]:
                moved = [f"+{i}" for i in sorted(new.ids - old.ids)]
                moved += [f"-{i}" for i in sorted(old.ids - new.ids)]
                state = "flagged" if new.flagged else "clean"
                out(f"    {measured.sides[label]} {label} -> {state}: {' '.join(moved)}")

    if args.residue:
        out("\nartefacts left in raw bytes after the rewrite (messages):")
        for variant in variants:
            out(f"  {variant.name:<16} {residue(corpora, variant, args.seed)}")
    return 1 if worst and args.strict else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--phish", default=str(DEFAULT_PHISH), help="phishing folder")
    parser.add_argument("--ham", nargs="+", default=[str(DEFAULT_HAM)],
                        help="ham folders, or their parent (one folder per subdirectory)")
    parser.add_argument("--limit", type=int, default=None, help="at most N messages a folder")
    parser.add_argument("--phish-limit", type=int, default=None, help="overrides --limit")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--seed", default="artefacts-1", help="sample and rewrite seed")
    parser.add_argument("--variants", default="", help="comma-separated names (default all)")
    parser.add_argument("--top", type=int, default=6, help="finding moves listed per variant")
    parser.add_argument("--flips", type=int, default=5, help="flipped verdicts listed")
    parser.add_argument("--residue", action="store_true", help="count artefacts left behind")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a variant fails")
    args = parser.parse_args(argv)
    missing = [p for p in [args.phish, *args.ham] if not Path(p).exists()]
    if missing:
        print(f"artefacts: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    wanted = {n.strip() for n in args.variants.split(",") if n.strip()}
    unknown = wanted - {v.name for v in VARIANTS}
    if unknown:
        print(f"artefacts: unknown variants: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    variants = [v for v in VARIANTS if not wanted or v.name in wanted or v.name == "original"]
    return report(_load(args), variants, args)


if __name__ == "__main__":
    sys.exit(main())
