"""Links that pass through a trusted site's open redirector to somewhere else.

``https://www.google.com/url?q=https://evil.top/`` shows a trusted domain to the reader and to
URL filters and lands on another. The redirectors are listed in ``data/lists/redirectors.txt``
and unwrapped statically by ``message.urls``; mail-gateway rewriters (Safe Links, URLDefense)
are not open redirects and do not count. A redirect to the redirector's own organisation or to
the sender's is ordinary.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import sender_organisations
from mailwarden.destinations import is_followed_link
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain, safe_split
from mailwarden.result import Finding


def _wrapper_org(url: str) -> str:
    parts = safe_split(url)
    return registrable_domain(parts.hostname or "") if parts is not None else ""


@detector(emits={"LINK_OPEN_REDIRECT"}, group="link")
def open_redirect(msg: Message, ctx: Context) -> Iterator[Finding]:
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found = []
    for link in msg.links:
        if not link.via_open_redirect or not link.via or not link.registrable:
            continue
        wrappers = {_wrapper_org(v) for v in link.via}
        if link.registrable in wrappers or link.registrable in orgs:
            continue
        # The sender's own redirector (a Google mail linking through google.com/url) is how
        # that sender tracks clicks, not a disguise -- in the mail it wrote. A link inside an
        # attached file was written by the file's author (a PDF shared through Drive), who
        # chose the redirector to hide where it leads.
        if wrappers & orgs and is_followed_link(link):
            continue
        found.append((link, [w for w in sorted(wrappers) if w]))
    if not found:
        return
    first, redirectors = found[0]
    yield Finding(
        "LINK_OPEN_REDIRECT",
        summary=f"link through {', '.join(redirectors)} redirects to {first.registrable}",
        evidence={
            "url": [lk.via[0] for lk, _ in found[:5]],
            "target": [lk.url for lk, _ in found[:5]],
            "redirector": redirectors,
            "domain": sorted({lk.registrable for lk, _ in found}),
        },
    )
