"""A free-mail address that presents itself as an organisation or a role.

Anyone can open a gmail.com or outlook.com mailbox, so such a sender is a person. When its
display name claims a brand ("Microsoft account team") or an organisational role ("IT Help
Desk", "Payroll", "Mail Delivery System"), the name is borrowed authority: organisations
send from their own domains. So is a display name that is itself a scam's headline ("PROCES
VOUS CONCERNANT", "Online Pharmacy"): it speaks as a court, a lottery or a shop, never as a
person. Ordinary people's names claim nothing and are not judged.

Free-mail providers are data (``lists/freemail.txt``), brand claims come from
``mailwarden.claims``, role words from the ``sender_role`` and ``it_role`` vocabularies in
``data/lures`` (an IT service desk is an organisational role in every language the desk's
words are known in: "Service Informatique" <...@gmail.com>).
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import BrandClaim, claimed_brands
from mailwarden.detectors import Context, detector
from mailwarden.detectors.sender_freemail_scam import LETTER_SCAM_CATEGORIES
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.sender_roles import IT_ROLE

# Scam headlines a display name can be: the letter-type scams, and the pharmacy and the
# parcel service a shop-type scam poses as. Prize words ("cadeau", "winner") are left out:
# they name clubs and shops' newsletters too.
DISPLAY_SCAM_CATEGORIES = LETTER_SCAM_CATEGORIES | {"scam_pharma", "scam_delivery"}

# The provider's own system mailboxes on its free-mail domain ("Proton Mail"
# <no-reply@proton.me>). No user can register these names, so the provider is speaking
# for itself; "Microsoft account team" <msaccount.noreply@outlook.com> is still a user.
PROVIDER_SYSTEM_LOCAL_PARTS = frozenset({"no-reply", "noreply", "do-not-reply", "donotreply"})


@detector(emits={"SENDER_FREEMAIL_ORG_CLAIM"}, group="sender")
def freemail_org_claim(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.display.strip():
        return
    # The mailbox domain itself must be free-mail: a provider's own systems send from
    # subdomains (reply.yahoo.com) and may rightly carry its name.
    if sender.domain not in ctx.knowledge.freemail:
        return
    display = sender.display[:200]
    in_name = lures_in_text(display, ctx.knowledge, "display-name")
    roles = [m.phrase for m in in_name if m.category in ("sender_role", IT_ROLE)]
    # A scam's headline as the name ("PROCES VOUS CONCERNANT", "Online Pharmacy").
    roles += [m.phrase for m in in_name if m.category in DISPLAY_SCAM_CATEGORIES]
    claims = [c for c in claimed_brands(msg, ctx.knowledge) if c.where == "display-name"]
    brands = [c.brand.name for c in claims]
    if not roles and not brands:
        return
    if not roles and _provider_speaking_for_itself(sender.address, sender.domain, claims):
        return
    claim = brands[0] if brands else roles[0]
    yield Finding(
        "SENDER_FREEMAIL_ORG_CLAIM",
        summary=f'free-mail sender {sender.address} calls itself "{display[:60]}" ({claim})',
        evidence={
            "from": sender.address,
            "display_name": display,
            "brands": sorted(set(brands)),
            "roles": sorted(set(roles)),
        },
    )


def _provider_speaking_for_itself(address: str, domain: str, claims: list[BrandClaim]) -> bool:
    """A provider's system mailbox (``PROVIDER_SYSTEM_LOCAL_PARTS``) on its own free-mail
    domain, named after that provider."""
    if address.rpartition("@")[0].lower() not in PROVIDER_SYSTEM_LOCAL_PARTS:
        return False
    return bool(claims) and all(domain in c.brand.domains for c in claims)
