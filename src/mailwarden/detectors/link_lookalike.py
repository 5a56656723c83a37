"""Links to hosts that imitate a known brand's domain.

``micr0soft.com``, ``pаypal.com`` (Cyrillic а, IDNA ``xn--``, RFC 5891), ``amazonn.de``,
``microsoft-login.verify-secure.com``, ``outlook.office365.com.example.top``: the scoring is
``mailwarden.lookalike``. A host that really belongs to a brand is never a look-alike.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lookalike import lookalike_of
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding


@detector(emits={"LINK_LOOKALIKE"}, group="link")
def lookalike_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    hits = []
    seen: set[str] = set()
    for link in msg.links:
        if not is_action_link(link) or link.host in seen:
            continue
        seen.add(link.host)
        hit = lookalike_of(link.host, ctx.knowledge)
        if hit is not None:
            hits.append((link, hit))
    if not hits:
        return
    link, hit = hits[0]
    brand = hit.brand.name if hit.brand else ""
    yield Finding(
        "LINK_LOOKALIKE",
        summary=f"link to {hit.host}, a {hit.kind} look-alike" + (f" of {brand}" if brand else ""),
        evidence={
            "url": [lk.url for lk, _ in hits[:5]],
            "host": [h.host for _, h in hits[:5]],
            "kind": sorted({h.kind for _, h in hits}),
            "brand": sorted({h.brand.name for _, h in hits if h.brand}),
            "imitates": sorted({h.label for _, h in hits if h.label}),
        },
    )
