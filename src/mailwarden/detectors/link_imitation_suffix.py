"""Links to names under a private suffix that reads like a country's domain.

``offers.sa.com``, ``rewards.za.com``, ``shop.uk.net``: registries sell names under these
second-level "suffixes" (listed as private suffixes in the Public Suffix List), and the reader
takes ``x.sa.com`` for a Saudi company, ``x.it.com`` for an Italian one. The suffixes are
listed in ``data/lists/imitation_suffixes.txt``. A brand's own name there (``lidl.it.com``) is
a look-alike of the brand and is judged by ``LINK_LOOKALIKE``; this finding names the suffix
itself, a weaker sign. The sender's own domain under such a suffix does not count.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.lookalike import imitation_suffix
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, is_action_link
from mailwarden.result import Finding


@detector(emits={"LINK_IMITATION_SUFFIX"}, group="link")
def imitation_suffix_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not ctx.knowledge.imitation_suffixes:
        return
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found: list[tuple[Link, str]] = []
    seen: set[str] = set()
    for link in msg.links:
        if not is_action_link(link) or link.registrable in orgs or link.registrable in seen:
            continue
        seen.add(link.registrable)
        suffix = imitation_suffix(link.registrable, ctx.knowledge)
        if suffix:
            found.append((link, suffix))
    if not found:
        return
    first, suffix = found[0]
    yield Finding(
        "LINK_IMITATION_SUFFIX",
        summary=f"link to {first.registrable}, under {suffix}, a suffix posing as a country's",
        evidence={
            "url": [lk.url for lk, _ in found[:5]],
            "domain": [lk.registrable for lk, _ in found[:5]],
            "suffix": sorted({s for _, s in found}),
        },
    )
