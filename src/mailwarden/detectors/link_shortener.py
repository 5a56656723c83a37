"""Links through URL shorteners: the destination is hidden until the reader clicks.

A shortener is no proof of phishing, so this is a weak finding. A brand's own short domain
leads only to that brand's platform (``youtu.be``, ``aka.ms``, ``amzn.to``; ``forms.gle``,
``1drv.ms``, ``we.tl``) and hides nothing but which page there: it does not count. Where the
platform holds anyone's content (a Google Form, a OneDrive file, a WeTransfer download), that
is judged as user content (``LINK_USER_CONTENT_HOST``), like the long form of the link; a
book club's form or a colleague's WeTransfer from a personal address is no hidden link. A
shortened address that another site's redirect script carries in its query (plain or in
base64) counts as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from mailwarden.claims import owner_brand, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import (
    Link,
    carried_links,
    host_matches,
    is_action_link,
    path_entry_matches,
    safe_split,
)
from mailwarden.result import Finding


def _with_carried(links: Iterable[Link]) -> Iterator[Link]:
    """Each link, and the shortened links an unknown redirect script carries in its query
    (``cgforum.ru/go.php?url=<base64 of https://u.to/...>``): a redirect to a shortener hides
    the destination twice."""
    for link in links:
        yield link
        for carried in carried_links(link):
            if carried.registrable != link.registrable:
                yield carried


@detector(emits={"LINK_SHORTENER"}, group="link")
def shortener_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    knowledge = ctx.knowledge
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found = []
    for link in _with_carried(msg.links):
        if not is_action_link(link):
            continue
        service = host_matches(link.host, knowledge.shorteners)
        if not service:
            # A big site's own short-link path (linkedin.com/slink) leads anywhere: no brand
            # exemption beyond the sender's own organisation.
            parts = safe_split(link.url)
            path = parts.path if parts is not None else ""
            service = path_entry_matches(link.host, path, knowledge.shorteners)
            if not service or link.registrable in orgs:
                continue
            found.append((link, service))
            continue
        if link.registrable in orgs:
            continue
        if owner_brand(link.host, knowledge) is not None:
            continue  # a brand's own short domain: it leads to that brand's platform
        found.append((link, service))
    if not found:
        return
    yield Finding(
        "LINK_SHORTENER",
        summary=f"link hidden behind the shortener {found[0][1]}",
        evidence={
            "url": [lk.url for lk, _ in found[:5]],
            "shortener": sorted({s for _, s in found}),
        },
    )
