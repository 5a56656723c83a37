"""Upstream results: ``Authentication-Results`` (RFC 8601) and ``ARC-Authentication-Results``
(RFC 8617 §4.1.1) written by our own servers.

Anyone can write these headers, so one counts only when both hold:

- it sits inside the boundary: above the Received header that records the first hop from
  outside (received.py), so one of our servers added it; a header the sender wrote lies
  below and is ignored whatever it claims;
- its authserv-id is in ``[auth] trusted_authserv_ids`` (case-insensitive), or it is
  Microsoft 365's form with no authserv-id (``spf=pass (sender IP is ...) smtp.mailfrom=...;
  dkim=pass ... header.d=...;dmarc=pass action=none header.from=...;compauth=...``) and
  ``[auth] trust_microsoft_365`` is set.

The topmost trusted header wins for each method (it was written last, closest to us).
Parsing follows RFC 8601's grammar loosely and never raises: comments in parentheses (nested)
are dropped, quoted strings kept, unknown methods and properties ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwarden.auth.received import Boundary
    from mailwarden.config import AuthSettings
    from mailwarden.message.parse import Message

MAX_AR_HEADERS = 50
MAX_AR_CHARS = 8192

RESULT_WORDS = frozenset(
    {"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror", "policy"}
)
# Older and vendor spellings, mapped to RFC 8601 words.
_SYNONYMS = {"hardfail": "fail", "tempfail": "temperror", "permfail": "permerror"}
_PAIR = re.compile(r"""([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;]*)""")


@dataclass(frozen=True)
class Resinfo:
    method: str  # spf, dkim, dmarc, arc, compauth, ... lower case
    result: str  # RFC 8601 word (lower case), or the unknown word as given
    reason: str = ""
    props: dict[str, str] = field(default_factory=dict)  # "smtp.mailfrom" -> value, lower keys

    def prop(self, *names: str) -> str:
        for name in names:
            value = self.props.get(name, "")
            if value:
                return value
        return ""


@dataclass(frozen=True)
class AuthResultsHeader:
    position: int
    header: str  # Authentication-Results | ARC-Authentication-Results
    authserv_id: str  # lower case; "" for Microsoft 365's form
    results: tuple[Resinfo, ...]
    microsoft_form: bool = False


def strip_comments(text: str) -> str:
    """Remove (nested) comments, leaving quoted strings alone."""
    out: list[str] = []
    depth = 0
    quoted = False
    escaped = False
    for ch in text:
        if quoted:
            out.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
            continue
        if depth == 0 and ch == '"':
            quoted = True
            out.append(ch)
        elif ch == "(":
            depth += 1
            out.append(" ")
        elif ch == ")" and depth > 0:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def _split_semicolons(text: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for ch in text:
        if quoted:
            current.append(ch)
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                quoted = False
        elif ch == '"':
            quoted = True
            current.append(ch)
        elif ch == ";":
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
    parts.append("".join(current).strip())
    return parts


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        value = re.sub(r"\\(.)", r"\1", value[1:-1])
    return value.strip()


def _resinfo(segment: str) -> Resinfo | None:
    pairs = _PAIR.findall(segment)
    if not pairs:
        return None
    method, result = pairs[0]
    method = method.split("/", 1)[0].lower()  # method/version
    result = _unquote(result).lower()
    result = _SYNONYMS.get(result, result)
    reason = ""
    props: dict[str, str] = {}
    for key, value in pairs[1:]:
        key = key.lower()
        value = _unquote(value)
        if key == "reason":
            reason = value
        else:
            # ptype.property (header.d, smtp.mailfrom) and M365's bare action=
            props.setdefault(key, value)
    return Resinfo(method, result, reason, props)


def parse_authentication_results(
    value: str, position: int = 0, header: str = "Authentication-Results"
) -> AuthResultsHeader | None:
    """One header's value -> its authserv-id and results; None if it makes no sense."""
    text = re.sub(r"\s+", " ", strip_comments(value[:MAX_AR_CHARS])).strip()
    segments = _split_semicolons(text)
    if header.lower().startswith("arc-"):
        # "i=N; authserv-id; ..."
        if segments and re.fullmatch(r"(?i)i\s*=\s*\d+", segments[0]):
            segments = segments[1:]
        if not segments:
            return None
    first = segments[0]
    microsoft = False
    if re.match(r"[A-Za-z0-9_.\-/]+\s*=", first):
        # No authserv-id: the first segment is already a result (Microsoft 365's form).
        authserv_id = ""
        microsoft = True
        result_segments = segments
    else:
        words = first.split()
        if not words:
            return None
        authserv_id = _unquote(words[0]).lower().rstrip(".")
        result_segments = segments[1:]
    results = []
    for segment in result_segments:
        if not segment or segment.lower() == "none":
            continue
        info = _resinfo(segment)
        if info is not None:
            results.append(info)
    return AuthResultsHeader(position, header, authserv_id, tuple(results), microsoft)


@dataclass(frozen=True)
class Upstream:
    """The trusted upstream results, topmost first per method."""

    headers: tuple[AuthResultsHeader, ...] = ()
    ignored: int = 0  # headers present but not trusted

    def first(self, method: str) -> tuple[Resinfo, AuthResultsHeader] | None:
        for header in self.headers:
            for info in header.results:
                if info.method == method and info.result in RESULT_WORDS:
                    return info, header
        return None

    def all(self, method: str) -> list[tuple[Resinfo, AuthResultsHeader]]:
        """Every result for ``method`` from the topmost trusted header that has one."""
        for header in self.headers:
            found = [
                (info, header)
                for info in header.results
                if info.method == method and info.result in RESULT_WORDS
            ]
            if found:
                return found
        return []


def trusted_upstream(msg: Message, settings: AuthSettings, boundary: Boundary) -> Upstream:
    """The Authentication-Results headers that count (see the module docstring)."""
    if boundary.position is None:
        return Upstream(ignored=_count(msg))
    trusted_ids = {i.strip().lower().rstrip(".") for i in settings.trusted_authserv_ids if i}
    headers: list[AuthResultsHeader] = []
    ignored = 0
    seen = 0
    for position, (name, value) in enumerate(msg.headers):
        lname = name.strip().lower()
        if lname not in ("authentication-results", "arc-authentication-results"):
            continue
        seen += 1
        if seen > MAX_AR_HEADERS:
            break
        if position >= boundary.position:
            ignored += 1  # below the boundary: the sender or its relays wrote it
            continue
        parsed = parse_authentication_results(value, position, name.strip())
        if parsed is None:
            ignored += 1
            continue
        if parsed.microsoft_form:
            ok = settings.trust_microsoft_365 and lname == "authentication-results"
        else:
            ok = parsed.authserv_id in trusted_ids
        if ok:
            headers.append(parsed)
        else:
            ignored += 1
    return Upstream(tuple(headers), ignored)


def _count(msg: Message) -> int:
    return sum(
        1
        for name, _ in msg.headers
        if name.strip().lower() in ("authentication-results", "arc-authentication-results")
    )


def clean_domain(value: str) -> str:
    """A domain from a property value: ``@x.com`` / ``user@x.com`` -> ``x.com``; M365's
    ``none`` and empty values -> ""."""
    value = value.strip().strip("<>").rstrip(".").lower()
    if "@" in value:
        value = value.rpartition("@")[2]
    if value in ("", "none", "unknown"):
        return ""
    return value if re.fullmatch(r"[a-z0-9_\-.]+", value) else ""
