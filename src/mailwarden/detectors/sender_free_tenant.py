"""A sender on a free tenant of a cloud mail, help-desk or app platform.

Anyone can open ``x.onmicrosoft.com`` (a Microsoft 365 trial), ``x.firebaseapp.com`` (a
Firebase project), ``x.zendesk.com`` (a help desk) in minutes, and mail from there passes
SPF, DKIM and DMARC: the platform signs it. The sender is whoever signed up. The suffixes are
data (``lists/free_tenants.txt``); the sender is the From address (RFC 5322 §3.6.2) and the
domains that authenticated the message (DKIM d=, RFC 6376; SPF, RFC 7208).

A tenant that only authenticated the message counts only when the From address's own
organisation did not: Exchange Online signs a small business's mail with its default tenant
key (``d=contoso.onmicrosoft.com``) when the business never published DKIM keys of its own,
and SPF then passes for ``contoso.com`` itself. That tenant is the business's own (Microsoft
lets a tenant send only from domains it has verified), so such mail is judged as the
business's, not as a stranger's tenant. The tenant label is not compared with the From
domain: businesses often name their tenant differently (``contosoltd`` for ``contoso.co.uk``).

Alone this is weak: real apps send password resets from ``project.firebaseapp.com`` and real
help desks answer from ``company.zendesk.com``. It becomes strong when the message also

- speaks as a brand that is not the tenant's own ("Microsoft 365 Admin" from
  ``contoso.onmicrosoft.com``, "Ledger" from ``project-x.firebaseapp.com``; but Atlassian's
  own Jira notice from ``jira@site.atlassian.net`` is the platform's template:
  ``lists/tenant_notices.txt``), or
- carries credential or urgency lures with a link that leaves the tenant (a genuine
  reset links back to the project's own host; a phish links elsewhere).

Some platforms mail nothing but their own templates from a tenant's address: Firebase
Authentication sends verification, password-reset, e-mail-change and sign-in mails from
``noreply@project.firebaseapp.com``, each carrying its one-time action code. A mail from such a
tenant without the template's marker (``lists/tenant_templates.txt``), a shop's offer or a
newsletter from ``noreply@autoproj-x.firebaseapp.com``, is not the platform's account mail:
the project is used as a mass mailer (``SENDER_FREE_TENANT_OFF_TEMPLATE``).

One finding a message: ``SENDER_FREE_TENANT_BRAND_CLAIM`` when a brand or an off-tenant lure
holds, else ``SENDER_FREE_TENANT_OFF_TEMPLATE`` when the template's marker is missing, else
``SENDER_FREE_TENANT``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from mailwarden.claims import (
    is_hosting_host,
    lure_phrases,
    owner_brand,
    speaking_claims,
)
from mailwarden.destinations import own_server_notice
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.lookalike import alnum
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, is_action_link, registrable_domain, to_ascii_host
from mailwarden.result import Finding


@dataclass(frozen=True)
class Tenant:
    domain: str  # the tenant's whole domain: contoso.onmicrosoft.com
    label: str  # the name the tenant chose: contoso
    suffix: str  # the platform's suffix: onmicrosoft.com
    source: str  # from | authenticated


def free_tenant(domain: str, knowledge: Knowledge) -> tuple[str, str, str] | None:
    """(tenant domain, tenant label, suffix) when ``domain`` is under a free-tenant suffix."""
    domain = to_ascii_host(domain or "")
    if not domain or len(domain) > 253:
        return None
    for suffix in knowledge.free_tenants:
        if domain.endswith("." + suffix):
            tenant = domain[: -len(suffix) - 1]
            # The label right in front of the suffix is the name the tenant signed up with.
            label = tenant.rsplit(".", 1)[-1]
            if label:
                return f"{label}.{suffix}", label, suffix
    return None


def _tenants(msg: Message, ctx: Context) -> list[Tenant]:
    found: list[Tenant] = []
    seen: set[str] = set()
    candidates = [(msg.from_domain, "from")]
    if not _from_authenticated(msg, ctx):
        candidates += [(d, "authenticated") for d in ctx.auth.authenticated_domains]
    # else: the From organisation authenticated too, so a tenant signature beside it is its
    # own sending route (a small business on Microsoft 365 whose only DKIM key is the default
    # contoso.onmicrosoft.com one), not a stranger's free tenant.
    for domain, source in candidates:
        hit = free_tenant(domain, ctx.knowledge) if isinstance(domain, str) else None
        if hit is not None and hit[0] not in seen:
            seen.add(hit[0])
            found.append(Tenant(hit[0], hit[1], hit[2], source))
    return found


def _from_authenticated(msg: Message, ctx: Context) -> bool:
    """True when the From address's own organisation (not itself a free tenant) is among the
    authenticated domains: SPF passed for it or it signed (RFC 7208, RFC 6376)."""
    sender = msg.from_domain
    if not isinstance(sender, str) or not sender or free_tenant(sender, ctx.knowledge):
        return False
    org = registrable_domain(sender)
    return bool(org) and any(
        isinstance(d, str) and registrable_domain(d) == org for d in ctx.auth.authenticated_domains
    )


def _tenants_own_brand(brand: Brand, tenants: list[Tenant], knowledge: Knowledge) -> bool:
    """The tenant is named after the brand (``paypal.zendesk.com`` claiming PayPal), or the
    brand is the platform that mails its own notices from its tenants' addresses (Atlassian
    from ``jira@site.atlassian.net``: ``lists/tenant_notices.txt``)."""
    names = {alnum(brand.name), *(alnum(x) for x in brand.lookalike)}
    names.discard("")
    if any(alnum(t.label) in names for t in tenants):
        return True
    return any(
        t.source == "from" and knowledge.tenant_notices.get(t.suffix) == brand.name
        for t in tenants
    )


def _own_link(link: Link, tenants: list[Tenant], knowledge: Knowledge) -> bool:
    """A link back to the tenant (or its twin host on the same platform: a Firebase project
    is both ``x.web.app`` and ``x.firebaseapp.com``), or to the platform itself."""
    host = link.host
    for tenant in tenants:
        if host == tenant.domain or host.endswith("." + tenant.domain):
            return True
        if host in (tenant.suffix, "www." + tenant.suffix):
            return True
    linked = free_tenant(host, knowledge)
    if linked is not None and any(linked[1] == t.label for t in tenants):
        return True
    # A known brand's own site (a footer, a policy page) leads nowhere dangerous.
    return not is_hosting_host(host, knowledge) and owner_brand(host, knowledge) is not None


# Where a template's marker is looked for: every link, and the text (a broken template may
# print its action link as text). Bounded.
_MARKER_TEXT_MAX = 100_000


def _off_template(msg: Message, tenants: list[Tenant], knowledge: Knowledge) -> str | None:
    """The From tenant's suffix when its platform sends only templates and the mail carries
    none of the template's marker."""
    for tenant in tenants:
        if tenant.source != "from":
            continue
        for suffix, marker in knowledge.tenant_templates:
            if tenant.suffix != suffix:
                continue
            if any(marker in lk.url.lower() for lk in msg.links):
                return None
            if any(marker in v.lower() for lk in msg.links for v in lk.via):
                return None
            for text in (msg.body_text, msg.html):
                if marker in text[:_MARKER_TEXT_MAX].lower():
                    return None
            return suffix
    return None


@detector(
    emits={
        "SENDER_FREE_TENANT",
        "SENDER_FREE_TENANT_BRAND_CLAIM",
        "SENDER_FREE_TENANT_OFF_TEMPLATE",
    },
    group="sender",
)
def free_tenant_sender(msg: Message, ctx: Context) -> Iterator[Finding]:
    tenants = _tenants(msg, ctx)
    if not tenants:
        return
    knowledge = ctx.knowledge
    # The From domain's own claim (onmicrosoft.com is Microsoft's) is the tenant, not a voice;
    # nor is the product name its own mail server signs with ("Microsoft Outlook" over
    # Exchange Online's quota warning, ``own_server_notice``).
    brands = (
        []
        if own_server_notice(msg, knowledge)
        else sorted(
            {
                c.brand.name
                for c in speaking_claims(msg, knowledge)
                if c.where != "from-domain"
                and not _tenants_own_brand(c.brand, tenants, knowledge)
            }
        )
    )
    lures = lure_phrases(msg, knowledge)
    away = [lk for lk in msg.links if is_action_link(lk) and not _own_link(lk, tenants, knowledge)]
    evidence: dict[str, object] = {
        "tenant": [t.domain for t in tenants],
        "platform": sorted({t.suffix for t in tenants}),
        "source": sorted({t.source for t in tenants}),
    }
    tenant = tenants[0].domain
    if brands or (lures and away):
        evidence["brand"] = brands
        evidence["lure"] = list(lures)
        evidence["url"] = [lk.url for lk in away[:3]]
        why = f"speaks as {', '.join(brands)}" if brands else f"lures ({lures[0]!r}) off-tenant"
        yield Finding(
            "SENDER_FREE_TENANT_BRAND_CLAIM",
            summary=f"sent from the free tenant {tenant} and {why}",
            evidence=evidence,
        )
        return
    template = _off_template(msg, tenants, knowledge)
    if template is not None:
        evidence["missing_marker"] = [m for s, m in knowledge.tenant_templates if s == template]
        yield Finding(
            "SENDER_FREE_TENANT_OFF_TEMPLATE",
            summary=f"sent from the free tenant {tenant}, but not the account mail that is"
            f" all {template} sends",
            evidence=evidence,
        )
        return
    yield Finding(
        "SENDER_FREE_TENANT",
        summary=f"sent from {tenant}, a tenant anyone can open on {tenants[0].suffix}",
        evidence=evidence,
    )
