"""A body that speaks as a brand while neither the sender nor any link belongs to it.

"Dear customer, your Microsoft account will be closed ... The Microsoft account team" from
``x@some-shop.example`` whose only link goes to ``some-other.example``: the display name may
be neutral ("Support"), yet the text borrows the brand's voice. The claim must be one of the
strong body forms of ``mailwarden.claims`` ("your X account", "X Support", "(c) X"), never a
mere mention; the message must contain links, and none of them may go to the brand.

A message whose every link goes to another known brand's own site (not a page on its hosting)
or stays with the sender's own organisation (its site, or its own tenant such as
contoso.atlassian.net) sends no one to a page that could take the claimed brand's password:
"sign in with your Microsoft login (single sign-on)" beside a link to the company's training
or HR software is how IT and HR mail names the identity provider, not a stolen voice.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import (
    brand_owns_host,
    brand_owns_sender,
    claimed_brands,
    is_brand_site,
    is_hosting_host,
    lure_phrases,
    sender_organisations,
)
from mailwarden.destinations import own_tenant_test
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, is_action_link
from mailwarden.result import Finding


def _own_or_brand_sites(links: list[Link], orgs: frozenset[str], ctx: Context) -> bool:
    """Whether every link goes to the sender organisation's own site or tenant, or to a known
    brand's own site, none to a page on a hosting service: the IT notice that names "your
    Microsoft account" beside its training platform and its own helpdesk tenant."""
    knowledge = ctx.knowledge
    own_tenant = own_tenant_test(orgs, knowledge)
    return all(
        not is_hosting_host(link.host, knowledge)
        and (link.registrable in orgs or own_tenant(link) or is_brand_site(link.host, knowledge))
        for link in links
    )


@detector(emits={"BRAND_BODY_CLAIM_MISMATCH"}, group="brand")
def body_claim_mismatch(msg: Message, ctx: Context) -> Iterator[Finding]:
    claims = claimed_brands(msg, ctx.knowledge)
    body = [c for c in claims if c.where == "body" and not c.weak]
    if not body:
        return
    # Header claims are judged by BRAND_DISPLAY_NAME_MISMATCH; one finding per deception.
    in_headers = {c.brand.name for c in claims if c.where in ("display-name", "from-domain")}
    domains = [msg.from_domain, *ctx.auth.authenticated_domains]
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    links = [lk for lk in msg.links if is_action_link(lk)]
    if not links:
        return
    lures = lure_phrases(msg, ctx.knowledge)
    if not lures:
        return
    # Nor does a message whose every link stays with the sender's own organisation, its site or
    # its own tenant (contoso.atlassian.net), or goes to a known brand's own site, none on a
    # page anyone can publish: the employer's IT notice names "your Okta account", the
    # identity provider it runs, beside its training platform (held-out round 229).
    if _own_or_brand_sites(links, orgs, ctx):
        return
    for claim in body:
        brand = claim.brand
        if brand.name in in_headers:
            continue
        if any(brand_owns_sender(brand, d, ctx.knowledge) for d in domains):
            continue
        if any(brand_owns_host(brand, lk.host) for lk in links):
            continue
        yield Finding(
            "BRAND_BODY_CLAIM_MISMATCH",
            summary=f"the text speaks as {brand.name} ({claim.matched!r}) from {msg.from_domain}",
            evidence={
                "brand": brand.name,
                "matched": claim.matched,
                "sender_org": sorted(orgs),
                "lure": list(lures),
                "url": [lk.url for lk in links[:3]],
            },
        )
        return
