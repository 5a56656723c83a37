"""A display name that shows another address than the real sender's (RFC 5322 §3.4).

Mail clients show the display name and hide the address, so ``"support@paypal.com"
<x@evil.example>`` reads as PayPal. An e-mail address in the display name whose
organisation (registrable domain) differs from the From address's is that trick. A bare
domain in the display name ("Booking.com") is a common, honest brand name; it counts only
when it is a domain of a known brand that the real sender does not belong to, and the sender's
own domain does not sit under it ("GOV.UK" <noreply@notifications.service.gov.uk>: GOV.UK
Notify, where service.gov.uk is a suffix of its own in the Public Suffix List), nor when a
government mail service sends the brand's bulletin from its own domain and every link leads
to the brand ("Medicare.gov" <medicare@public.govdelivery.com>:
``destinations.bulletin_for_brand``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import brand_owns_sender, sender_organisation
from mailwarden.destinations import bulletin_for_brand
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import host_matches, registrable_domain
from mailwarden.result import Finding

# Bounded, linear patterns: no nested quantifiers.
_ADDRESS = re.compile(r"[\w.+\-]{1,64}@((?:[a-z0-9\-]{1,63}\.){1,10}[a-z]{2,24})(?![\w\-])")
_DOMAIN = re.compile(r"(?<![\w@.\-])((?:[a-z0-9\-]{1,63}\.){1,10}[a-z]{2,24})(?![\w\-])")
# Italian certified mail (PEC): the provider wraps each message in a transport envelope whose
# From is prescribed, "Per conto di: <sender>" <posta-certificata@<provider>> (DM 2 November
# 2005, technical annex 6.3.4), so the sender's address in the display name is the rule there.
_PEC_ENVELOPE = re.compile(r"per conto di:\s*[\w.+\-]{1,64}@[\w.\-]{1,253}")
_PEC_MAILBOX = "posta-certificata@"


@detector(emits={"SENDER_DISPLAY_NAME_SPOOF"}, group="sender")
def display_name_spoof(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.display:
        return
    org = sender_organisation(msg)
    if not org:
        return
    display = sender.display[:300].lower()
    if _PEC_ENVELOPE.fullmatch(display) and sender.address.lower().startswith(_PEC_MAILBOX):
        return  # Italian certified mail: the provider's envelope names its sender by law
    for match in _ADDRESS.finditer(display):
        shown = registrable_domain(match.group(1))
        if shown and shown != org:
            yield Finding(
                "SENDER_DISPLAY_NAME_SPOOF",
                summary=f"display name shows {match.group(0)}, but the sender is {sender.address}",
                evidence={
                    "display_name": sender.display,
                    "shown": match.group(0),
                    "from": sender.address,
                },
            )
            return
    for match in _DOMAIN.finditer(display):
        shown = registrable_domain(match.group(1))
        brand = ctx.knowledge.brand_of_domain(shown) if shown else None
        under_shown = bool(host_matches(msg.from_domain, {shown}))
        if brand is None or shown == org or under_shown:
            continue
        if brand_owns_sender(brand, msg.from_domain or "", ctx.knowledge):
            continue  # one of the brand's own domains, its parent's or a member's
        if not bulletin_for_brand(msg, brand, ctx.knowledge):
            yield Finding(
                "SENDER_DISPLAY_NAME_SPOOF",
                summary=f"display name shows {brand.name}'s {shown}, but the sender is {org}",
                evidence={
                    "display_name": sender.display,
                    "shown": shown,
                    "brand": brand.name,
                    "from": sender.address,
                },
            )
            return
