"""A sender whose own organisation plays no part in its message (RFC 5322 §3.6.2 From).

Real organisations write from their own domain and send readers to it, or at least name it
somewhere. Throw-away or hijacked sending domains do neither: the display name presents one
party ("Stellar Development Foundation"), the address belongs to an unrelated domain
(a paediatrics clinic), and every link leads to a third party. An analyst reads that as
"the sender's domain has nothing to do with who it claims to be or where it sends you".

The finding needs all of these:
- the From address is not free-mail (free-mail behind an organisation's name is judged by
  ``sender_freemail_org``) and has a display name with a word of three letters or more;
- no display-name word occurs in the address (``Jane Roe <jane.roe@x>`` and
  ``Acme News <news@acme.example>`` are related), nor the domain's label in the name;
- the message invites a click (a link behind words or an image, ``message.clicks``) and no
  web link goes to the sender's registrable domain, to a host carrying the domain's label or a
  display-name word, or to a domain carrying a word of the address's local part
  (``ocaml@forum.example`` linking to ocaml.org);
- the sender domain's label is not written anywhere in the visible text (no signature, no
  footer, no mention).
A second signal: weak alone, it tips a message that already carries a lure over the line.

``SENDER_BRAND_DOMAIN_UNBRANDED`` adds to it when the sending domain is a known brand's own
(``info-flyingblue.com``), the message never names that brand anywhere and it pitches a scam
or a lead-generation offer (the ``scam_*`` lure categories): the brand's mail service carries
someone else's offer ("Adviescentrum Slim Besparen" selling solar panels, every link to a
third party). A brand's newsletter, partner offers included, says whose it is; mail that does
not was sent through a hijacked account of the brand's email service. Platforms that mail for
their customers (a Stripe receipt from "Linear", a shop's order mail) pitch nothing and stay
silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import claimed_brands, owner_brand
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.lures import find_lures
from mailwarden.message.clicks import WORDS, fold, invites_click
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link, registrable_domain
from mailwarden.result import Finding

# Words of a local part that may name a project or a list ("ocaml" in "ocaml-list@"): runs
# of four letters or more, so "info" and "news" still count.
_LOCAL_TOKENS = re.compile(r"[a-z]{4,}")
_DISPLAY_MAX = 200
# Offers no brand's own mail makes in someone else's name.
_PITCHES = frozenset(
    {"scam_marketing", "scam_prize", "scam_health", "scam_pharma", "scam_casino", "scam_crypto",
     "scam_dating", "scam_advance_fee", "scam_job"}
)


def _names_brand(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """Whether the message names ``brand`` anywhere but in its From domain."""
    return any(
        c.brand is brand and c.where != "from-domain" for c in claimed_brands(msg, knowledge)
    )


@detector(emits={"SENDER_ORG_UNRELATED", "SENDER_BRAND_DOMAIN_UNBRANDED"}, group="sender")
def org_unrelated(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.domain or not sender.display.strip():
        return
    if sender.domain in ctx.knowledge.freemail:
        return
    org = registrable_domain(sender.domain)
    if not org or "." not in org:
        return
    org_label = org.split(".", 1)[0]
    display = sender.display[:_DISPLAY_MAX]
    words = WORDS.findall(fold(display))
    if not words:
        return
    local = fold(sender.address.rpartition("@")[0][:64])
    if any(word in local or word in sender.domain for word in words):
        return  # the name is in the address: a person's mailbox or the organisation itself
    if len(org_label) >= 4 and org_label in "".join(words):
        return
    if not invites_click(msg.parsed_html):
        return
    local_tokens = _LOCAL_TOKENS.findall(local)
    # A brand sending from one of its domains and linking to another (sharepointonline.com
    # linking to sharepoint.com) is one organisation.
    sender_brand = owner_brand(sender.domain, ctx.knowledge)
    destinations: list[str] = []
    for link in msg.links:
        if not is_action_link(link):
            continue
        if link.registrable == org or (len(org_label) >= 4 and org_label in link.host):
            return
        if sender_brand is not None and owner_brand(link.host, ctx.knowledge) is sender_brand:
            return
        if any(len(word) >= 4 and word in link.host for word in words):
            return
        link_label = link.registrable.split(".", 1)[0]
        if any(token in link_label for token in local_tokens):
            return
        if link.registrable not in destinations:
            destinations.append(link.registrable)
    if not destinations:
        return
    if len(org_label) >= 3 and org_label in fold(msg.body_text):
        return
    yield Finding(
        "SENDER_ORG_UNRELATED",
        summary=(
            f'"{display[:60]}" writes from {org}, which the message never names or links to;'
            f" it sends readers to {destinations[0]}"
        ),
        evidence={
            "from": sender.address,
            "display_name": display,
            "sender_domain": org,
            "link_domains": destinations[:5],
        },
    )
    pitch = sorted({m.category for m in find_lures(msg, ctx.knowledge)} & _PITCHES)
    if sender_brand is not None and pitch and not _names_brand(msg, sender_brand, ctx.knowledge):
        yield Finding(
            "SENDER_BRAND_DOMAIN_UNBRANDED",
            summary=(
                f"{org} is {sender_brand.name}'s own domain, but the message never names"
                f" {sender_brand.name} and sends readers to {destinations[0]}"
            ),
            evidence={
                "sender_domain": org,
                "brand": sender_brand.name,
                "link_domains": destinations[:5],
                "pitch": pitch,
            },
        )
