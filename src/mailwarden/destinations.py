"""Does a message send its reader anywhere but back to its own sender?

Account lures ("unusual sign-in", "verify your identity") are the words of genuine security
notifications as much as of phishing. What separates the two is where the message leads: a
genuine notification's links all go to the sender's own organisation, which is also the brand
it speaks for. Such a message has nowhere to take a credential that the sender does not
already own, so its lure language is not evidence. This is a judgement about what the
message does (its destinations), not about who sent it: a forged or hijacked brand sender
whose links stay on the brand's own domains is harmless the same way, and one that links
anywhere else is judged in full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mailwarden.claims import brand_owns_sender, owner_brand, sender_organisations, speaking_claims
from mailwarden.message.urls import is_action_link, is_unresolved_rewrite, registrable_domain
from mailwarden.text_traits import is_generated_local_part

if TYPE_CHECKING:
    from mailwarden.detectors import Context
    from mailwarden.message.parse import Message

_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def stays_with_sender(msg: Message, ctx: Context) -> bool:
    """True when the message has links, every one of them goes to the sender's organisation
    (its registrable domain, an authenticated domain, or another domain of the sender's own
    brand), and the message speaks for no brand but the sender's.

    A Reply-To elsewhere does not matter here: services that act for a person (e-signature,
    file shares) put that person in Reply-To, and a reply is a conversation, not a page that
    takes credentials. Replies diverted to free-mail are SENDER_REPLY_* findings' concern.

    A sender whose address is machine-generated ("MevaLiM@deck.example") has no organisation
    to stay with: bulk tools make one per message on throwaway domains, and no genuine
    notification writes from such an address."""
    sender = msg.from_domain
    if not sender or msg.from_address is None:
        return False
    if is_generated_local_part(msg.from_address.address.rpartition("@")[0].split("+", 1)[0]):
        return False
    knowledge = ctx.knowledge
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    sender_brand = owner_brand(sender, knowledge)
    if sender_brand is not None and not brand_owns_sender(sender_brand, sender, knowledge):
        sender_brand = None  # a customer's tenant (x.onmicrosoft.com) is not the brand
    links = [x for x in msg.links if is_action_link(x) and not is_unresolved_rewrite(x)]
    if not links:
        return False  # a lure with no link asks for a reply or a call: judge it
    if any(x.origin == "form" for x in links):
        return False  # genuine senders do not collect input in the mail itself
    shown = _ADDRESS.findall(msg.from_address.display if msg.from_address else "")
    if any(registrable_domain(a.rpartition("@")[2]) not in orgs for a in shown):
        return False  # the display name shows someone else's address
    for link in links:
        if link.registrable in orgs:
            continue
        if sender_brand is not None and owner_brand(link.host, knowledge) is sender_brand:
            continue
        return False
    return all(
        sender_brand is not None and claim.brand is sender_brand
        for claim in speaking_claims(msg, knowledge)
    )
