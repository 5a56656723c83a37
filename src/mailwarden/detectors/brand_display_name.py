"""A display name that claims a brand the sender's domain does not belong to.

"Microsoft account team <alerts@evil.top>" is the oldest impersonation there is: most mail
clients show only the display name. The claim is matched by ``mailwarden.claims``; the sender
is the From domain and the domains that authenticated the message (DKIM d=, SPF), so a brand
sending through its own signed mail service is not a mismatch (RFC 5322 §3.4 display names).
A brand written in disguise ("PayPaI", "Micros0ft", Cyrillic "Amаzon", "N.E.T.F.L.I.X",
"Micosoft") claims it too, and the evidence says how it was disguised: nobody writes their
own name that way.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import brand_owns_sender, claimed_brands, sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"BRAND_DISPLAY_NAME_MISMATCH"}, group="brand")
def display_name_mismatch(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.display:
        return
    claims = [c for c in claimed_brands(msg, ctx.knowledge) if c.where == "display-name"]
    if not claims:
        return
    domains = [msg.from_domain, *ctx.auth.authenticated_domains]
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    mismatched = [
        c for c in claims if not any(brand_owns_sender(c.brand, d, ctx.knowledge) for d in domains)
    ]
    if not mismatched:
        return
    brands = sorted({c.brand.name for c in mismatched})
    sender_domain = msg.from_domain or "unknown"
    disguised = [f"{c.matched} ({c.disguise})" for c in mismatched if c.disguise]
    evidence: dict[str, object] = {
        "display_name": sender.display[:200],
        "brand": brands,
        "matched": [c.matched for c in mismatched],
        "from_domain": msg.from_domain,
        "sender_org": sorted(orgs),
    }
    if disguised:
        evidence["disguised"] = disguised
    how = " in disguise" if disguised else ""
    yield Finding(
        "BRAND_DISPLAY_NAME_MISMATCH",
        summary=f"display name claims {', '.join(brands)}{how} but the sender is {sender_domain}",
        evidence=evidence,
    )
