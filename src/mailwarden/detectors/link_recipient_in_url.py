"""A link that carries the recipient's own address to someone else's site.

``https://x.example/login.php?email=bob@corp.example``, the same URL-encoded, base64
(``?id=Ym9iQGNvcnAuZXhhbXBsZQ==``) or hex-encoded: the link is personalised so that the
landing page greets the victim by address and pre-fills the login form, and so that the kit
knows which address clicked. Newsletters put the address in their links too, for their own
subscription pages, so those are not counted:

- links to the sender's organisation (the From domain, the authenticated domains), or to its
  name under another suffix (mail from ``x.net`` linking to ``x.com``);
- links whose text or path is about managing mail (unsubscribe, preferences, profile,
  subscriptions, view in browser, change address, account, login);
- links to the platform named in the Sender field when it is a platform's notification
  address (``lists/relay_platforms.txt``): a Google Calendar invitation is From the
  organiser, Sender calendar-notification@google.com, and its reply links carry the
  invitee in their ``eid``;
- bare URLs in plain text (a footer's "manage your subscription at ..."), and addresses
  only written literally in the path (archive pages of a mailing list name the list).

The recipients are the To and Cc addresses (RFC 5322 §3.6.3). Decoding is bounded: a few
dozen tokens per URL, two rounds of percent-decoding.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterator
from urllib.parse import unquote

from mailwarden.claims import sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Knowledge
from mailwarden.message.parse import Message, parse_address_list
from mailwarden.message.urls import Link, is_action_link, registrable_domain, safe_split
from mailwarden.result import Finding
from mailwarden.text_traits import to_and_cc_addresses

# Mail-management words in a link's text or path: such a link is the list's own machinery.
_MANAGEMENT = re.compile(
    r"(?i)unsub|opt.?out|remove|preferen|manage|subscri|newsletter|e-?mail.?format|profile"
    r"|web.?version|view.?(?:it|this|in|online|as)|browser|forward|abmeld|desinscr|descadastr"
    r"|cancelar|afmeld|uitschrijv|abbestell|settings|change|account|log.?in|sign.?in"
)
_B64_TOKEN = re.compile(r"[A-Za-z0-9+/_\-]{16,400}={0,2}")
_HEX_TOKEN = re.compile(r"(?:[0-9a-fA-F]{2}){8,200}")
_MAX_TOKENS = 30
_MAX_URL = 2000


def _decoded(text: str) -> list[str]:
    """The token-wise base64 and hex decodings of ``text``, lower case."""
    out: list[str] = []
    for token in _B64_TOKEN.findall(text)[:_MAX_TOKENS]:
        token = token.rstrip("=").replace("-", "+").replace("_", "/")
        try:
            data = base64.b64decode(token + "=" * (-len(token) % 4))
        except (binascii.Error, ValueError):
            continue
        out.append(data.decode("latin-1").lower())
    for token in _HEX_TOKEN.findall(text)[:_MAX_TOKENS]:
        try:
            out.append(bytes.fromhex(token).decode("latin-1").lower())
        except ValueError:
            continue
    return out


def platform_sending_for(msg: Message, knowledge: Knowledge) -> str:
    """The registrable domain of a platform's notification address in the Sender field, the
    platform that mails on behalf of the From person; "" when there is none."""
    for addr in parse_address_list(msg.header("Sender"))[:1]:
        if addr.domain and knowledge.relay_platform_of(addr.address) is not None:
            return registrable_domain(addr.domain)
    return ""


def carried_address(link: Link, addresses: list[str]) -> tuple[str, str]:
    """(address, how) when the link's query, fragment or an encoded token carries one of
    ``addresses``; ("", "") otherwise."""
    parts = safe_split(link.url[:_MAX_URL])
    if parts is None:
        return "", ""
    tail = parts.query + "#" + parts.fragment
    once = unquote(tail)
    plain = [tail.lower(), once.lower(), unquote(once).lower()]
    for address in addresses:
        for i, text in enumerate(plain):
            if address in text:
                return address, "plain" if i == 0 else "url-encoded"
    encoded = _decoded(unquote(parts.path) + "?" + once)
    for address in addresses:
        if any(address in text for text in encoded):
            return address, "encoded"
    return "", ""


def _is_management(link: Link) -> bool:
    parts = safe_split(link.url[:_MAX_URL])
    path = unquote(parts.path) if parts is not None else link.url
    return bool(_MANAGEMENT.search(link.text or "") or _MANAGEMENT.search(path))


@detector(emits={"LINK_RECIPIENT_IN_URL"}, group="link")
def recipient_in_url(msg: Message, ctx: Context) -> Iterator[Finding]:
    addresses = to_and_cc_addresses(msg)
    if not addresses:
        return
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    platform = platform_sending_for(msg, ctx.knowledge)
    if platform:
        orgs |= {platform}
    names = {org.split(".", 1)[0] for org in orgs}
    found: list[tuple[Link, str]] = []
    for link in msg.links:
        if not is_action_link(link) or link.origin == "text" or link.registrable in orgs:
            continue
        if link.registrable.split(".", 1)[0] in names:
            continue
        if _is_management(link):
            continue
        address, how = carried_address(link, addresses)
        if address:
            found.append((link, how))
            if len(found) >= 5:
                break
    if not found:
        return
    first = found[0][0]
    yield Finding(
        "LINK_RECIPIENT_IN_URL",
        summary=f"link to {first.registrable} carries the recipient's address",
        evidence={
            "url": [lk.url for lk, _ in found],
            "domain": sorted({lk.registrable for lk, _ in found}),
            "encoding": sorted({how for _, how in found}),
        },
    )
