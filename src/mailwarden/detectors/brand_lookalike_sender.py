"""A From domain that imitates a known brand's domain (``paypa1.com``, ``micr0soft-support.com``).

The reader's eye checks the sender's domain; a look-alike is made to pass that check. The
scoring is ``mailwarden.lookalike`` (homoglyphs, IDNA, typos, the brand plus other words, the
brand in front of someone else's domain). RFC 5322 §3.6.2 From.

A brand's name as one word of a longer domain ("harborfreight-logistics.com",
"berliner-sparkasse.de") is also how real companies, partners and a federated brand's
members are named, so that kind counts only when the message backs it: it speaks as a brand
or uses lure language. Homoglyphs, typos and mixed scripts are made to deceive and always count.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import lure_phrases, speaking_claims
from mailwarden.detectors import Context, detector
from mailwarden.lookalike import lookalike_of
from mailwarden.message.parse import Message
from mailwarden.result import Finding


@detector(emits={"BRAND_LOOKALIKE_SENDER"}, group="brand")
def lookalike_sender(msg: Message, ctx: Context) -> Iterator[Finding]:
    domain = msg.from_domain
    if not domain:
        return
    hit = lookalike_of(domain, ctx.knowledge)
    if hit is None:
        return
    if hit.kind == "brand-in-domain" and not (
        speaking_claims(msg, ctx.knowledge) or lure_phrases(msg, ctx.knowledge)
    ):
        return
    brand = hit.brand.name if hit.brand else ""
    yield Finding(
        "BRAND_LOOKALIKE_SENDER",
        summary=f"sender domain {hit.host} is a {hit.kind} look-alike"
        + (f" of {brand}" if brand else ""),
        evidence={
            "from_domain": domain,
            "shown_as": hit.host,
            "kind": hit.kind,
            "brand": brand,
            "imitates": hit.label,
        },
    )
