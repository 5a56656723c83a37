"""Links: extraction from bodies, normalisation, IDNA, registrable domains, unwrapping.

A link is judged by where it really goes. So each extracted URL is normalised (entities,
whitespace, case of the host, IDNA to ASCII), then unwrapped statically through known open
redirectors (``google.com/url?q=``) and URL rewriters (Safe Links, URLDefense), and its
registrable domain taken from the Public Suffix List (RFC 3986 for URL syntax, RFC 5890-5891
for IDNA). Tenant suffixes that the PSL does not list (``x.onmicrosoft.com``) count per tenant.
"""

from __future__ import annotations

import base64
import binascii
import functools
import ipaddress
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

import orjson
from publicsuffixlist import PublicSuffixList

from mailwarden.knowledge import Knowledge, Redirector, load_knowledge

if TYPE_CHECKING:
    from mailwarden.message.parse import Message

# Linear (no nested quantifiers): safe on attacker text with Python's re.
_URL_IN_TEXT = re.compile(r"""(?i)\b(?:https?://|www\.)[^\s<>"'`{}|\\^\[\]]{2,2000}""")
_TRAILING_PUNCT = ".,;:!?)]}>'\""
_SKIP_SCHEMES = ("mailto:", "tel:", "cid:", "sms:", "callto:", "#")
MAX_UNWRAP_DEPTH = 5


@dataclass(frozen=True)
class Link:
    url: str  # where it goes, after unwrapping redirectors and rewriters
    text: str  # the visible anchor text, "" for a bare URL
    origin: str  # html | text | form | image | attachment:<file> | qr:<file>
    scheme: str
    host: str  # lower-case ASCII (punycode) host, no port, no trailing dot
    registrable: str  # registrable domain, or the IP literal itself
    is_ip: bool
    via: tuple[str, ...] = ()  # the wrapper URLs it was unwrapped from, outermost first
    via_open_redirect: bool = False  # at least one wrapper was an open redirector

    @property
    def path_and_query(self) -> str:
        parts = safe_split(self.url)
        if parts is None:
            return ""
        return parts.path + ("?" + parts.query if parts.query else "")


@functools.cache
def public_suffix_list() -> PublicSuffixList:
    """The bundled Public Suffix List, parsed once per process and shared (DMARC's
    organisational domains, registrable domains, plain-text site names)."""
    return PublicSuffixList()


def safe_split(url: str) -> SplitResult | None:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a malformed port
        return parts
    except ValueError:
        return None


def url_host(url: str) -> str:
    """The host name of a URL, "" when it has none or does not split."""
    parts = safe_split(url)
    return (parts.hostname or "") if parts is not None else ""


SplitResultLike = SplitResult


def ip_literal(host: str) -> bool:
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    # Browsers also accept a plain number or hex ("http://3232235777/", "0xC0A80001").
    return bool(re.fullmatch(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}", host, re.I)) and (
        not host.isdigit() or len(host) > 3
    )


def to_ascii_host(host: str) -> str:
    host = host.strip().strip(".").lower()
    if not host or host.isascii():
        return host
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
        except UnicodeError:
            labels.append(label)
    return ".".join(labels)


def to_unicode_host(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                labels.append(label[4:].encode("ascii").decode("punycode"))
                continue
            except UnicodeError:
                pass
        labels.append(label)
    return ".".join(labels)


def registrable_domain(host: str) -> str:
    """The registrable ("organisational") domain of a host, per the PSL and tenant suffixes.

    An IP literal is its own registrable domain. A host that is itself a public suffix, or
    has no dot, is returned as it is.
    """
    host = to_ascii_host(host)
    # Hosts repeat across links and messages; the answer depends on the host alone (the PSL
    # and the tenant suffixes are loaded once). Only DNS-sized names are cached: memory stays
    # bounded whatever an attacker writes.
    return _registrable_cached(host) if len(host) <= 253 else _registrable(host)


@functools.lru_cache(maxsize=8192)
def _registrable_cached(host: str) -> str:
    return _registrable(host)


def _registrable(host: str) -> str:
    if not host:
        return ""
    if ip_literal(host):
        return host.strip("[]")
    # The longest matching tenant suffix wins (x.mail.onmicrosoft.com is tenant x).
    best = ""
    for suffix in load_knowledge().tenant_suffixes:
        if host.endswith("." + suffix) and len(suffix) > len(best):
            best = suffix
    if best:
        tenant = host[: -len(best) - 1].rsplit(".", 1)[-1]
        return f"{tenant}.{best}"
    return public_suffix_list().privatesuffix(host) or host


def host_suffixes(host: str) -> list[str]:
    """``a.b.c`` -> ``["a.b.c", "b.c", "c"]``: for set lookups of a host and its parents."""
    labels = (host or "").lower().strip(".").split(".")
    return [".".join(labels[i:]) for i in range(len(labels)) if labels[i]]


def host_matches(host: str, entries: frozenset[str] | set[str]) -> str:
    """The entry that ``host`` equals or is a subdomain of, "" when none."""
    for suffix in host_suffixes(host):
        if suffix in entries:
            return suffix
    return ""


def path_entry_matches(host: str, path: str, entries: frozenset[str] | set[str]) -> str:
    """The ``host/path-prefix`` entry (``linkedin.com/slink``) that a URL falls under, "" when
    none: for services whose redirecting endpoint is one path of a large site."""
    for entry in entries:
        if "/" not in entry:
            continue
        entry_host, _, prefix = entry.partition("/")
        if host_matches(host, {entry_host}) and path.startswith("/" + prefix):
            return entry
    return ""


def _normalise(url: str) -> str:
    url = re.sub(r"\s+", "", url.strip())
    url = url.strip("<>\"'")
    if url.lower().startswith("www."):
        url = "http://" + url
    return url


def _decode_proofpoint_v2(value: str) -> str:
    # URLDefense v2 writes "https-3A__host_path": "-XX" is a %XX escape and "_" is "/".
    return unquote(re.sub(r"-([0-9A-Fa-f]{2})", r"%\1", value).replace("_", "/"))


def _decode_base64_target(value: str) -> str:
    # Bing's /ck/a writes the target as "a1" + URL-safe base64 of the URL.
    if not value.startswith("a1"):
        return value
    data = value[2:4002]
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return ""


def _jwt_target(parts: SplitResult, prefix: str) -> str:
    """The ``url`` claim of a signed token in the path (GovDelivery's ``lnks.gd/l/<JWT>``,
    whose payload is ``{"bulletin_link_id": ..., "url": "https://..."}``). The signature is
    not checked: the token only says where the tracker sends the reader."""
    token = parts.path[len(prefix) :].split("/", 1)[0][:4000]
    pieces = token.split(".")
    if len(pieces) != 3:
        return ""
    payload = pieces[1]
    try:
        claims = orjson.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (ValueError, binascii.Error, orjson.JSONDecodeError):
        return ""
    url = claims.get("url") if isinstance(claims, dict) else None
    return url if isinstance(url, str) else ""


def _path_target(parts: SplitResult, prefix: str) -> str:
    """The URL carried in the path (URLDefense v3 ``/v3/__URL__;...``, Cisco ``/token/URL``)."""
    rest = parts.path[len(prefix) :] + ("?" + parts.query if parts.query else "")
    rest = unquote(rest[:4000])
    start = rest.find("http")
    if start < 0:
        return ""
    target = rest[start:]
    end = target.find("__;")
    return target[:end] if end >= 0 else target


def _query_params(query: str) -> dict[str, str]:
    """The query's parameters by name, the last value of a repeated name. A name behind an
    ampersand escaped twice in the markup ("&amp;amp;adurl=" leaves "&amp;adurl=" in the URL)
    also counts under its own name when that is not given plainly: the redirecting server
    reads "adurl=" all the same (a hijacked Disney+ newsletter's DoubleClick link)."""
    pairs = parse_qsl(query[:8000], keep_blank_values=True)
    params = dict(pairs)
    for name, value in pairs:
        plain = name
        while plain.startswith("amp;"):
            plain = plain[4:]
        if plain != name:
            params.setdefault(plain, value)
    return params


def redirectors_for(host: str, path: str, knowledge: Knowledge) -> Iterator[Redirector]:
    """The known redirectors (``redirectors.txt``) whose host ``host`` is or is under and whose
    path prefix ``path`` starts with, in the list's order."""
    for redirector in knowledge.redirectors:
        if host == redirector.host or host.endswith("." + redirector.host):
            if path.startswith(redirector.path_prefix):
                yield redirector


def _unwrap_once(url: str) -> tuple[str, bool] | None:
    """The target of a known redirector or rewriter, and whether it was an open redirect."""
    parts = safe_split(url)
    if parts is None or not parts.hostname:
        return None
    host = parts.hostname.lower()
    knowledge = load_knowledge()
    query = _query_params(parts.query)
    # Prefixes are lower case.
    for redirector in redirectors_for(host, parts.path.lower(), knowledge):
        # "~": an ad network's click tracker. Unwrapped to judge the target, but it is how
        # advertisers link, not a disguise: not an open redirect.
        tracker = redirector.param.startswith("~")
        param = redirector.param.lstrip("~")
        if param == "*query*":
            # DoubleClick /ddm/trackclk/...?https://target: the whole query is the target.
            target = unquote(parts.query[:4000])
        elif param == "*path*":
            target = _path_target(parts, redirector.path_prefix)
        elif param == "*path-segment*":
            # Amazon SES click tracking: /L0/<percent-encoded URL>/<version>/<id>/<signature>.
            segment = parts.path[len(redirector.path_prefix) :].split("/", 1)[0]
            target = unquote(segment[:4000])
        elif param == "*path-https*":
            # Google AMP viewer: /amp/s/host/path is https://host/path.
            rest = parts.path[len(redirector.path_prefix) :]
            target = "https://" + rest if "." in rest.split("/", 1)[0] else ""
            if target and parts.query:
                target += "?" + parts.query
        elif param == "*jwt-path*":
            target = _jwt_target(parts, redirector.path_prefix)
        elif param.startswith("*b64*"):
            target = _decode_base64_target(query.get(param[5:], ""))
        else:
            target = query.get(param, "")
            if redirector.host.endswith("proofpoint.com") and "-3A__" in target:
                target = _decode_proofpoint_v2(target)
        if re.match(r"(?i)(https?:)?//|www\.", target):
            is_rewriter = bool(host_matches(redirector.host, knowledge.rewriters))
            if parts.fragment and "#" not in target:
                # A redirect whose Location has no fragment keeps the followed URL's (RFC 9110
                # section 10.2.2): "google.com/url?q=https://x.ipfs.dweb.link/#<victim's
                # address in base64>" lands on the page with the address.
                target += "#" + parts.fragment[:1000]
            return _normalise(target if not target.startswith("//") else "http:" + target), (
                not is_rewriter and not tracker
            )
    return None


# How many query parameters of a link are read for a carried destination, and how many taken.
_CARRIED_PARAMS = 30
_CARRIED_MAX = 3


# "aHR0cDovL" / "aHR0cHM6Ly": "http://" and "https://" in base64 (forum and ad redirect scripts,
# ``go.php?url=aHR0cHM6Ly91LnRvL...``).
_BASE64_WEB = re.compile(r"aHR0cHM6Ly|aHR0cDovL")


def _decoded_base64_url(value: str) -> str:
    """The web address a base64 parameter value spells, "" when it spells none."""
    if not _BASE64_WEB.match(value):
        return ""
    data = value[:4000].replace("-", "+").replace("_", "/")
    try:
        decoded = base64.b64decode(data + "=" * (-len(data) % 4)).decode("utf-8", "replace")
    except (ValueError, binascii.Error):
        return ""
    return decoded if re.match(r"https?://[^\s]", decoded) else ""


def carried_urls(url: str) -> list[str]:
    """Web addresses carried whole in a link's query (``track_click.php?u=https%3A//...``,
    or in base64: ``go.php?url=aHR0cHM6Ly9...``): where an unknown click tracker will send the
    reader. Known redirectors are unwrapped by ``make_link``; this reads any link, for
    detectors that judge the final page."""
    parts = safe_split(url)
    if parts is None or not parts.query:
        return []
    query = parts.query[:8000]
    # A carried address spells "http" (plain or percent-encoded) or its base64 "aHR0c"; most
    # queries hold neither, and are not split.
    if "http" not in query.lower() and "aHR0c" not in query:
        return []
    found: list[str] = []
    for _, value in parse_qsl(query, keep_blank_values=False)[:_CARRIED_PARAMS]:
        value = value.strip()
        if not re.match(r"(?i)https?://", value):
            value = _decoded_base64_url(value)
        if value:
            found.append(value)
            if len(found) >= _CARRIED_MAX:
                break
    return found


def shown_by_tracker(link: Link, trackers: frozenset[str]) -> list[Link]:
    """The destinations an email service provider's click tracker (``trackers``: the
    knowledge's ``esp_trackers``) shows in plain sight in its query, as links; ``[link]``
    itself for any other link or a tracker that hides where it goes.

    A tracker is exempted as the brand's own tracking only because its destination cannot
    be seen. One that writes the destination into its query
    (``r20.rs6.net/tn.jsp?...&ch=https://kennwort-behalten.netlify.app``) is judged by that
    destination, like any other link."""
    if not host_matches(link.host, trackers):
        return [link]
    return carried_links(link) or [link]


def carried_links(link: Link) -> list[Link]:
    """The addresses a link carries in its query (``carried_urls``), as links with the
    carrying link's text and origin: where a redirect script or click tracker sends the
    reader."""
    return [
        found
        for url in carried_urls(link.url)
        if (found := make_link(url, link.text, link.origin)) is not None
    ]


def make_link(raw_url: str, text: str, origin: str) -> Link | None:
    url = _normalise(raw_url)
    lowered = url.lower()
    if not url or lowered.startswith(_SKIP_SCHEMES):
        return None
    via: list[str] = []
    open_redirect = False
    for _ in range(MAX_UNWRAP_DEPTH):
        unwrapped = _unwrap_once(url)
        if unwrapped is None:
            break
        via.append(url)
        url, was_open = unwrapped
        open_redirect = open_redirect or was_open
    parts = safe_split(url)
    if parts is None:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https", "ftp", "data", "javascript", "file"):
        return None
    host = to_ascii_host(parts.hostname or "")
    return Link(
        url=url[:2000],
        text=text[:300],
        origin=origin,
        scheme=scheme,
        host=host,
        registrable=registrable_domain(host) if host else "",
        is_ip=bool(host) and ip_literal(host),
        via=tuple(v[:500] for v in via),
        via_open_redirect=open_redirect,
    )


def is_action_link(link: Link) -> bool:
    """A link a reader can follow to a web page: an anchor, a URL in the text, a form's
    target, or a link from an attachment or QR code; not an image source. Its host is an IP
    address or ends in a public suffix: "www.facebookcom", a typo, leads nowhere."""
    return (
        link.origin != "image"
        and link.scheme in ("http", "https")
        and bool(link.host)
        and "." in link.host
        and (link.is_ip or _has_public_suffix(link.host))
    )


# RFC 2606 reserves these top-level names for documentation and tests, where they stand for
# real domains (the test suite's links are https://x.example/): judged as if registrable.
_STAND_IN_TLDS = ("example", "test")


@functools.lru_cache(maxsize=8192)
def _has_public_suffix(host: str) -> bool:
    if host.rstrip(".").rpartition(".")[2] in _STAND_IN_TLDS:
        return True
    return public_suffix_list().publicsuffix(host[:253], accept_unknown=False) is not None


def is_unresolved_rewrite(link: Link) -> bool:
    """A gateway's rewritten link whose target is not in the URL (Mimecast): unjudgeable."""
    return bool(host_matches(link.host, load_knowledge().rewriters))


def urls_in_text(text: str, limit: int) -> list[str]:
    found = []
    for match in _URL_IN_TEXT.finditer(text):
        found.append(match.group(0).rstrip(_TRAILING_PUNCT))
        if len(found) >= limit:
            break
    return found


def links_from(pairs: Iterable[tuple[str, str, str]], limit: int) -> list[Link]:
    """Build links from (url, text, origin) triples, deduplicated, at most ``limit``."""
    seen: set[tuple[str, str, str]] = set()
    links: list[Link] = []
    for url, text, origin in pairs:
        key = (url, text, origin)
        if key in seen:
            continue
        seen.add(key)
        link = make_link(url, text, origin)
        if link is not None:
            links.append(link)
            if len(links) >= limit:
                break
    return links


def extract_links(msg: Message) -> tuple[Link, ...]:
    from mailwarden.message.attachments import attachment_links

    limit = msg.limits.max_links
    parsed = msg.parsed_html

    def candidates() -> Iterable[tuple[str, str, str]]:
        for anchor in parsed.anchors:
            yield anchor.href, anchor.text, "html"
        anchored = {a.href.strip() for a in parsed.anchors}
        for form in parsed.forms:
            if form.action:
                yield form.action, "", "form"
        for url in urls_in_text(parsed.text, limit):
            if url not in anchored:
                yield url, "", "text"
        for url in urls_in_text(msg.text_plain, limit):
            yield url, "", "text"

    links = links_from(candidates(), limit)
    links.extend(attachment_links(msg)[: max(0, limit - len(links))])
    return tuple(links)
