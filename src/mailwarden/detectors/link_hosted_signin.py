"""A link to a sign-in page on a host where anyone can publish.

``https://p60-taxcode-notice.netlify.app/employee/signin``, ``https://x.pages.dev/loonstrook/
inloggen``, ``https://x.workers.dev/login``: the path says the page takes a password, and the
host (``data/lists/hosting.txt``: app hosts, site builders, file shares, IPFS gateways) lets
anyone publish one in minutes under its trusted name. Organisations sign their people in on
their own domains or their identity provider's; a login page on a free app host is a phishing
kit's home. The sign-in words are data (``data/lists/signin_path_words.txt``).

Not counted: the sender's own site or tenant on that host (a Canva notice linking to
canva.com's own security settings), and a hosting platform's own reserved paths (Firebase's
``/__/auth/`` handlers, ``link_user_content.platform_page``). A click tracker that carries
the page's address in its query sends the reader there as surely as a direct link.

Measured before it was added: 130 phishing messages of the corpus, bench/modern, the unseen
batches and round 333 have such a link (6 of them were missed); no legitimate message but
three that the brand itself sent to its own site on its own platform, which the sender's own
site rule leaves out. As added, it fires on 144 phishing messages of those sets and rounds 329
to 346, and on no legitimate one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from mailwarden.claims import is_hosting_host, sender_organisations
from mailwarden.destinations import own_tenant_test
from mailwarden.detectors import Context, detector
from mailwarden.detectors.link_user_content import platform_page
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, carried_links, is_action_link, safe_split
from mailwarden.result import Finding


@functools.lru_cache(maxsize=4)
def _signin_segment(words: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?:^|[/_.\-])(?:{alternatives})(?=$|[/_.\-])", re.IGNORECASE)


def _signin_path(link: Link, pattern: re.Pattern[str]) -> bool:
    parts = safe_split(link.url)
    return parts is not None and pattern.search(parts.path[:2000]) is not None


@detector(emits={"LINK_HOSTED_SIGNIN_PAGE"}, group="link")
def hosted_signin_page(msg: Message, ctx: Context) -> Iterator[Finding]:
    words = ctx.knowledge.signin_path_words
    if not words or not msg.links:
        return
    pattern = _signin_segment(words)
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    own_tenant = own_tenant_test(orgs, ctx.knowledge)
    found: list[Link] = []
    for link in msg.links:
        if not is_action_link(link):
            continue
        for target in (link, *carried_links(link)):
            if (
                is_hosting_host(target.host, ctx.knowledge)
                and not platform_page(target)
                and target.registrable not in orgs
                and not own_tenant(target)
                and _signin_path(target, pattern)
            ):
                found.append(target)
    if not found:
        return
    yield Finding(
        "LINK_HOSTED_SIGNIN_PAGE",
        summary=f"link opens a sign-in page on {found[0].host}, where anyone can publish",
        evidence={
            "url": [lk.url for lk in found[:5]],
            "host": sorted({lk.host for lk in found})[:5],
        },
    )
