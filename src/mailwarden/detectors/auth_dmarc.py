"""DMARC failed for a From domain whose owner asked receivers to act (RFC 7489 §6.3).

A From domain publishing ``p=quarantine`` or ``p=reject`` says that mail failing DMARC is not
its own; mail that fails anyway claims an author it cannot prove. ``p=none`` asks for nothing
and many legitimate senders fail under it (forwarders, mailing lists), so it stays silent.
Only a result we know (computed here, or from a trusted upstream server) counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

ENFORCING = frozenset({"quarantine", "reject"})


@detector(emits={"AUTH_DMARC_FAIL"}, group="auth")
def dmarc_fail(msg: Message, ctx: Context) -> Iterator[Finding]:
    dmarc = ctx.auth.dmarc
    if not dmarc.known_failure:
        return
    policy = ctx.auth.dmarc_policy
    if policy not in ENFORCING:
        return
    yield Finding(
        "AUTH_DMARC_FAIL",
        summary=f"DMARC fails for {dmarc.domain or ctx.auth.from_domain}, whose policy is "
        f"p={policy}",
        evidence={
            "from_domain": dmarc.domain or ctx.auth.from_domain,
            "policy": f"p={policy}",
            "basis": dmarc.basis,
            "detail": dmarc.detail,
        },
    )
