"""The trust boundary: which trace headers our own servers wrote, and who connected to them.

``Received`` headers (RFC 5321 §4.4) are prepended by each server a message passes through, so
the top ones were written by our servers and everything below the first hop from outside was
written by the sender or its relays, who can write anything. The boundary is set either by a
count of hops (``[auth] boundary_hops``: the top N Received headers are ours, and the N-th
records, in its ``from`` clause, the HELO and IP of the first outside client) or by host
patterns (``[auth] boundary_hosts``: walk down while the ``by`` host is ours; the first header
whose ``from`` host is not ours records the outside client).

The surest boundary is by address (``[auth] boundary_networks``: CIDR ranges of our own
servers): walk down while the client that connected to our server was itself one of ours;
the first hop whose client address is outside the ranges records the outside client. The
address is what our server saw on the connection, which a client cannot choose; a hop that
records no address ends the walk with no boundary.

Names matched against the patterns: the reverse-DNS name our server wrote (forward-confirmed
by Postfix and Sendmail, "unknown" otherwise), else the HELO, which the client chose. A client
may therefore claim one of our names in its HELO where the receiving software writes no rDNS
(Microsoft 365's ``from HELO (IP)`` form); the boundary then moves into headers the client
wrote. Patterns should name hosts as specifically as the receiving service allows.

Headers above the boundary header (``position < boundary.position``) were added by our
servers: only those may carry upstream ``Authentication-Results`` we believe (upstream.py).

The envelope sender comes from ``Return-Path`` (written at final delivery). An ``Envelope``
given by the caller (milter, API) wins over anything recovered from headers.
Parsing tolerates every malformed Received header: unknown parts are ignored.
"""

from __future__ import annotations

import email.utils
import fnmatch
import ipaddress
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailwarden.result import Envelope

if TYPE_CHECKING:
    from mailwarden.config import AuthSettings
    from mailwarden.message.parse import Message

MAX_RECEIVED = 100  # more are ignored: a hostile message may carry thousands
MAX_RECEIVED_CHARS = 4096

_KEYWORDS = ("from", "by", "via", "with", "id", "for")
_HELO_IN_COMMENT = re.compile(r"(?i)\bhelo[=\s]+([^\s()\[\];]+)")
_BRACKETED = re.compile(r"\[([0-9A-Fa-f:.]+|IPv6:[0-9A-Fa-f:.]+)\]")
_BARE_IP = re.compile(
    r"(?<![\w:.])"
    r"([0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.[0-9.]+)?)"
    r"(?![\w:.])"
)


@dataclass(frozen=True)
class Hop:
    """One parsed Received header."""

    position: int  # index of the header among all headers of the message
    raw: str
    from_name: str  # the first word of the from clause (normally the HELO), lower case
    helo: str  # the HELO/EHLO the client gave, as far as the header says
    rdns: str  # the reverse-DNS name the receiver wrote, "" if none or "unknown"
    ip: str  # the client's address, normalised, "" if none
    by: str  # the receiving host, lower case


@dataclass(frozen=True)
class Boundary:
    """Where our servers end. ``position`` is the header index of the boundary Received
    header (None: not established, so no header is trusted)."""

    position: int | None
    client_ip: str | None
    helo: str | None
    rdns: str | None
    detail: str


def normalise_ip(text: str) -> str:
    text = text.strip().strip("[]")
    if text.lower().startswith("ipv6:"):
        text = text[5:]
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return ""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return str(addr.ipv4_mapped)
    return str(addr)


def _clean_host(word: str) -> str:
    return word.strip().strip("<>\"'").rstrip(".").lower()


def parse_received(value: str, position: int = 0) -> Hop:
    """Parse one Received header value; never raises."""
    value = re.sub(r"\s+", " ", value[:MAX_RECEIVED_CHARS])
    # Walk the clauses up to the date's ";", keeping each clause's comments in order.
    clauses: dict[str, tuple[str, list[str]]] = {}
    tokens = _clause_tokens(value)
    current: str | None = None
    for kind, text in tokens:
        if kind == "word" and text.lower() in _KEYWORDS and text.lower() not in clauses:
            current = text.lower()
            clauses[current] = ("", [])
            continue
        if current is None:
            continue
        first, comments = clauses[current]
        if kind == "word":
            if not first:
                clauses[current] = (text, comments)
        else:
            comments.append(text)
    from_word, from_comments = clauses.get("from", ("", []))
    by_word, _ = clauses.get("by", ("", []))
    from_name = _clean_host(from_word)
    comment_text = " ".join(from_comments)

    ip = ""
    if from_name.startswith("["):
        ip = normalise_ip(from_name)
    for match in _BRACKETED.finditer(comment_text):
        candidate = normalise_ip(match.group(1))
        if candidate:
            ip = candidate
            break
    if not ip:
        for match in _BARE_IP.finditer(comment_text):
            candidate = normalise_ip(match.group(1))
            if candidate:
                ip = candidate
                break
    if not ip and from_name:
        ip = normalise_ip(from_name)

    helo_match = _HELO_IN_COMMENT.search(comment_text)
    if helo_match:
        helo = _clean_host(helo_match.group(1))
    elif from_name and from_name != "unknown":
        helo = from_name
    else:
        helo = ""

    rdns = ""
    for comment in from_comments:
        words = comment.split()
        if words and not words[0].lower().startswith(("helo", "[", "ipv6")):
            word = _clean_host(words[0])
            if word and word != "unknown" and "." in word and not normalise_ip(word):
                rdns = word
            break
    if (
        not rdns
        and helo_match
        and from_name
        and from_name != helo
        and from_name != "unknown"
        and not from_name.startswith("[")
        and not normalise_ip(from_name)
    ):
        rdns = from_name  # Exim: "from RDNS ([IP] helo=HELO)"
    return Hop(position, value, from_name, helo, rdns, ip, _clean_host(by_word))


def _clause_tokens(value: str) -> list[tuple[str, str]]:
    """Words and comments at top level, before the date's ";"."""
    tokens: list[tuple[str, str]] = []
    depth = 0
    word: list[str] = []
    comment: list[str] = []

    def flush() -> None:
        if word:
            tokens.append(("word", "".join(word)))
            word.clear()

    for ch in value:
        if depth == 0 and ch == ";":
            flush()
            break
        if ch == "(":
            if depth == 0:
                flush()
                comment = []
            else:
                comment.append(" ")
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                tokens.append(("comment", "".join(comment).strip()))
            else:
                comment.append(" ")
        elif depth > 0:
            comment.append(ch)
        elif ch.isspace():
            flush()
        else:
            word.append(ch)
    flush()
    if depth > 0 and comment:
        tokens.append(("comment", "".join(comment).strip()))
    return tokens


def received_hops(msg: Message) -> list[Hop]:
    hops = []
    for position, (name, value) in enumerate(msg.headers):
        if name.strip().lower() == "received":
            hops.append(parse_received(value, position))
            if len(hops) >= MAX_RECEIVED:
                break
    return hops


def _matches(host: str, patterns: tuple[str, ...]) -> bool:
    host = host.lower().rstrip(".")
    return bool(host) and any(fnmatch.fnmatchcase(host, p.lower().rstrip(".")) for p in patterns)


def find_boundary(msg: Message, settings: AuthSettings) -> Boundary:
    hops = received_hops(msg)
    if not hops:
        return Boundary(None, None, None, None, "no Received header")
    if settings.boundary_networks:
        return _boundary_by_network(hops, settings.boundary_networks)
    if settings.boundary_hosts:
        patterns = tuple(settings.boundary_hosts)
        for index, hop in enumerate(hops):
            if not _matches(hop.by, patterns):
                return Boundary(
                    None,
                    None,
                    None,
                    None,
                    f"Received #{index + 1} is by {hop.by or '?'}, not one of our hosts",
                )
            client_name = hop.rdns or hop.helo or hop.from_name
            if not _matches(client_name, patterns):
                return _boundary_at(hop, f"Received #{index + 1} (by {hop.by})")
        return Boundary(None, None, None, None, "every Received hop is ours")
    count = settings.boundary_hops
    if count < 1 or count > len(hops):
        return Boundary(
            None, None, None, None, f"{len(hops)} Received header(s), boundary_hops={count}"
        )
    return _boundary_at(hops[count - 1], f"Received #{count}")


def _boundary_by_network(hops: list[Hop], networks: tuple[str, ...]) -> Boundary:
    ours = [ipaddress.ip_network(n, strict=False) for n in networks]
    for index, hop in enumerate(hops):
        try:
            client = ipaddress.ip_address(hop.ip) if hop.ip else None
        except ValueError:
            client = None
        if client is None:
            return Boundary(
                None, None, None, None, f"Received #{index + 1} records no client address"
            )
        if not any(client.version == net.version and client in net for net in ours):
            return _boundary_at(hop, f"Received #{index + 1} (client {client} not ours)")
    return Boundary(None, None, None, None, "every Received hop is ours")


def _boundary_at(hop: Hop, where: str) -> Boundary:
    return Boundary(
        hop.position,
        hop.ip or None,
        hop.helo or None,
        hop.rdns or None,
        f"{where}: from {hop.helo or '?'} [{hop.ip or '?'}]",
    )


@dataclass(frozen=True)
class Connection:
    """What authentication needs to know about the SMTP session."""

    client_ip: str | None
    helo: str | None
    mail_from: str | None  # "" is the null sender <>; None unknown
    boundary: Boundary
    source: str  # envelope | headers | mixed


def envelope_sender(msg: Message) -> str | None:
    """The envelope sender from the (first) Return-Path: None if absent, "" for ``<>``."""
    for name, value in msg.headers:
        if name.strip().lower() == "return-path":
            text = value.strip()
            if re.fullmatch(r"<\s*>", text):
                return ""
            _, addr = email.utils.parseaddr(text)
            addr = addr.strip()
            if not addr:
                text = text.strip("<> ")
                return text if "@" in text else None
            return addr
    return None


def connection(msg: Message, settings: AuthSettings, envelope: Envelope | None) -> Connection:
    boundary = find_boundary(msg, settings)
    client_ip = boundary.client_ip
    helo = boundary.helo
    mail_from = envelope_sender(msg)
    source = "headers"
    if envelope is not None:
        given = [envelope.client_ip, envelope.helo, envelope.mail_from]
        if envelope.client_ip is not None:
            client_ip = normalise_ip(envelope.client_ip) or None
            # A HELO from the headers belongs to the header's client, not necessarily this one.
            helo = envelope.helo
        elif envelope.helo is not None:
            helo = envelope.helo
        if envelope.mail_from is not None:
            mail_from = envelope.mail_from.strip().strip("<>").strip()
        if all(v is not None for v in given):
            source = "envelope"
        elif any(v is not None for v in given):
            source = "mixed"
    if helo is not None:
        helo = _clean_host(helo) or None
    return Connection(client_ip, helo, mail_from, boundary, source)
