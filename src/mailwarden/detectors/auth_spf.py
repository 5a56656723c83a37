"""SPF hard fail (RFC 7208 §2.6.4): the envelope sender's domain says this client may not send
its mail. Softfail and neutral are the domain owner's own doubt and stay silent; forwarding
breaks SPF too, so this weighs little on its own."""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"AUTH_SPF_FAIL"}, group="auth")
def spf_fail(msg: Message, ctx: Context) -> Iterator[Finding]:
    spf = ctx.auth.spf
    if not spf.known_failure:
        return
    yield Finding(
        "AUTH_SPF_FAIL",
        summary=f"SPF fails: {spf.domain or 'the sender domain'} does not authorise this client",
        evidence={"domain": spf.domain, "basis": spf.basis, "detail": spf.detail},
    )
