"""DMARC failed for a From domain whose owner asked receivers to act (RFC 7489 §6.3).

A From domain publishing ``p=quarantine`` or ``p=reject`` says that mail failing DMARC is not
its own; mail that fails anyway claims an author it cannot prove. ``p=none`` asks for nothing
and many legitimate senders fail under it (forwarders, mailing lists), so it stays silent.
Only a result we know (computed here, or from a trusted upstream server) counts.

When that From domain is a known brand's own domain (``brands.toml``: netflix.com,
intl.paypal.com), the failure is the classic forged brand sender -- the brand's address in
From, mail from servers the brand never authorised -- and is reported as
``AUTH_DMARC_FAIL_BRAND``: the brand itself asked receivers to reject exactly this. Mailing
lists that carry such mail rewrite From to their own address (the DMARC mitigation), so the
finding stays on mail that still shows the brand's address. Free-mail domains (yahoo.com,
aol.com) are their users' addresses, not the brand speaking, and keep the plain finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding

ENFORCING = frozenset({"quarantine", "reject"})


@detector(emits={"AUTH_DMARC_FAIL", "AUTH_DMARC_FAIL_BRAND"}, group="auth")
def dmarc_fail(msg: Message, ctx: Context) -> Iterator[Finding]:
    dmarc = ctx.auth.dmarc
    if not dmarc.known_failure:
        return
    policy = ctx.auth.dmarc_policy
    if policy not in ENFORCING:
        return
    domain = dmarc.domain or ctx.auth.from_domain
    evidence: dict[str, object] = {
        "from_domain": domain,
        "policy": f"p={policy}",
        "basis": dmarc.basis,
        "detail": dmarc.detail,
    }
    org = registrable_domain(domain) if domain else ""
    # A free-mail domain (yahoo.com, aol.com publish p=reject) is its users' address, not the
    # brand speaking; their list mail that fails stays the plain finding.
    brand = None
    if org and org not in ctx.knowledge.freemail:
        brand = ctx.knowledge.brand_of_domain(org)
    if brand is not None:
        evidence["brand"] = brand.name
        yield Finding(
            "AUTH_DMARC_FAIL_BRAND",
            summary=f"forged {brand.name} sender: DMARC fails for {domain}, whose policy is "
            f"p={policy}",
            evidence=evidence,
        )
        return
    yield Finding(
        "AUTH_DMARC_FAIL",
        summary=f"DMARC fails for {domain}, whose policy is p={policy}",
        evidence=evidence,
    )
