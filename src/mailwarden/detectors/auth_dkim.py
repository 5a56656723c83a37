"""A DKIM signature by the From domain's organisation that fails (RFC 6376 §6.1), with no
signature passing: the message was changed after its author's domain signed it, or the
signature was never genuine. A missing key or a DNS failure is not a failure."""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.auth.dmarc import aligned
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"AUTH_DKIM_FAIL"}, group="auth")
def dkim_fail(msg: Message, ctx: Context) -> Iterator[Finding]:
    dkim = ctx.auth.dkim
    if not dkim.known_failure:
        return
    from_domain = ctx.auth.from_domain
    if not aligned(dkim.domain, from_domain, "r"):
        return
    yield Finding(
        "AUTH_DKIM_FAIL",
        summary=f"the DKIM signature of {dkim.domain} does not verify",
        evidence={
            "signing_domain": dkim.domain,
            "from_domain": from_domain,
            "basis": dkim.basis,
            "detail": dkim.detail,
        },
    )
