"""A display name that claims a brand the sender's domain does not belong to.

"Microsoft account team <alerts@evil.top>" is the oldest impersonation there is: most mail
clients show only the display name. The claim is matched by ``mailwarden.claims``; the sender
is the From domain and the domains that authenticated the message (DKIM d=, SPF), so a brand
sending through its own signed mail service is not a mismatch (RFC 5322 §3.4 display names).
A brand written in disguise ("PayPaI", "Micros0ft", Cyrillic "Amаzon", "N.E.T.F.L.I.X",
"Micosoft") claims it too, and the evidence says how it was disguised: nobody writes their
own name that way.

A multinational's site for one country is often missing from the brand data: Lidl is known
as lidl.de and lidl.com, and Lidl Ireland writes from lidl.ie. The sender counts as the brand
when its registrable name is one of the brand's names under a country's suffix (``lidl.ie``,
``decathlon.pt``, ``ikea.com.br``; never free-mail such as outlook.es), the brand's name is
not disguised, and every link of the mail leads back to that domain or to the brand's known
ones: such a notice has nowhere to send its reader but the brand's own country site. A
link-less notice from it ("your security token expires") counts the same when it attaches no
file but pictures or calendar entries, its Reply-To stays with the sender or the brand, and
it asks for no call about a charge (``CONTENT_CALLBACK_ONLY``'s shapes). A
phisher who got hold of such a name and links anywhere else is judged in full. So is a
bulletin that a government mail service sends in the brand's name from its own domain
("Medicare.gov" <medicare@public.govdelivery.com>, ``destinations.bulletin_for_brand``),
and so is any mail whose every link goes to the brand's own sites and which carries no
other way to act (``destinations.leads_only_to_brand``: "KLM" <KLM@klm-info.com> linking
to klm.nl). So is a receipt or invoice that a payment platform mails in its merchant's name
("Notion Labs, Inc." <invoice+statements@stripe.com>, ``lists/seller_platforms.txt``) when
every link stays with the platform or the brand and it gives no number to call (the relayed
invoice scam's "Norton Billing via Square ... call +1 877 ..."): the merchant named
itself when it opened the account, and what a scammer types into the memo is judged by the
platform-relay checks. So is a hiring platform's mail to a candidate in the employer's name
("Salesforce" <salesforce@myworkday.com>, ``lists/hiring_platforms.txt``) when every link
stays with the platform (the employer's careers site on it) or the brand, it attaches or asks
for nothing elsewhere and gives no number to call. So is a public body writing in another
public body's name from under the same government-only suffix, linking nowhere else
(``destinations.public_body_notice``: "Agenzia delle Entrate-Riscossione"
<noreply@agenziariscossione.gov.it>; only public bodies register under gov.it). Only a
brand's name written in disguise is a mismatch whatever the links.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import (
    brand_country_domain,
    brand_owns_host,
    brand_owns_sender,
    claimed_brands,
    owner_brand,
    sender_organisations,
)
from mailwarden.destinations import (
    INERT_ATTACHMENTS,
    asks_nothing_elsewhere,
    bulletin_for_brand,
    leads_only_to_brand,
    own_server_notice,
    public_body_notice,
    recipient_organisations,
)
from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_callback_only import (
    callback_notice,
    called_number,
    disown_by_phone,
)
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, host_matches, is_action_link, registrable_domain
from mailwarden.result import Finding


def _country_site(brand: Brand, domain: str, msg: Message, knowledge: Knowledge) -> bool:
    """Whether ``domain`` is ``brand``'s own site for one country (see the module text)."""
    if not brand_country_domain(brand, domain, knowledge):
        return False
    registrable = registrable_domain(domain)
    links = [x for x in msg.links if is_action_link(x)]
    if not links:
        # A link-less notice (a security token expires): no way to act but a reply that stays
        # with the sender, and no call about a charge, the callback scam's one request.
        return (
            asks_nothing_elsewhere(msg, brand, knowledge)
            and callback_notice(msg, knowledge) is None
            and disown_by_phone(msg, knowledge) is None
        )
    return _links_stay_with(brand, registrable, links)


def _links_stay_with(
    brand: Brand, registrable: str, links: list[Link], platform: Brand | None = None
) -> bool:
    """Whether every link goes to ``registrable`` (the sender's own site), to the brand or to
    the sending ``platform``'s own sites, if given (a hiring platform's career sites)."""
    return all(
        x.registrable == registrable
        or brand_owns_host(brand, x.host)
        or (platform is not None and brand_owns_host(platform, x.host))
        for x in links
    )


def _sellers_platform_notice(brand: Brand, msg: Message, knowledge: Knowledge) -> bool:
    """Whether the mail is a payment platform's notice for ``brand`` as its merchant (see the
    module text)."""
    sender = msg.from_address
    if sender is None:
        return False
    if knowledge.relay_platform_of(sender.address) not in knowledge.seller_platforms:
        return False
    links = [x for x in msg.links if is_action_link(x)]
    return (
        _links_stay_with(brand, registrable_domain(sender.domain), links)
        and called_number(msg.body_text, knowledge) is None
    )


def _hiring_platform_notice(brand: Brand, msg: Message, knowledge: Knowledge) -> bool:
    """Whether the mail is an applicant-tracking system's candidate mail in ``brand``'s name
    as the employer (``lists/hiring_platforms.txt``, see the module text)."""
    sender = msg.from_domain
    if not sender or not host_matches(sender, knowledge.hiring_platforms):
        return False
    links = [x for x in msg.links if is_action_link(x)]
    return (
        _links_stay_with(brand, registrable_domain(sender), links, owner_brand(sender, knowledge))
        and asks_nothing_elsewhere(msg, brand, knowledge)
        and called_number(msg.body_text, knowledge) is None
    )


def _internal_notice(msg: Message, knowledge: Knowledge) -> bool:
    """Whether the mail is a notice with nowhere to lead its reader outside the reader's own
    organisation: From a domain (not free-mail) that every To and Cc recipient shares, with no
    link, no file but pictures and calendar entries, replies staying at that domain and no
    telephone number. A product the organisation runs names itself in the display name there
    ("Veeam Backup for Microsoft 365" <vb365@northshoresystems.ca> reporting a backup job to
    backups@northshoresystems.ca, round 478). Authentication is not needed: even a forged
    From can only have its reader answer inside the organisation. Mail that wants something
    of the reader elsewhere needs a link, a file, another reply address or a number to call,
    and is judged in full as soon as it offers one."""
    sender = msg.from_domain
    if not sender or sender in knowledge.freemail:
        return False
    own = registrable_domain(sender)
    if recipient_organisations(msg) != {own}:
        return False
    if any(is_action_link(x) for x in msg.links):
        return False
    if any(
        part.is_attachment and not part.content_type.startswith(INERT_ATTACHMENTS)
        for part in msg.parts
    ):
        return False
    if any(registrable_domain(r.domain or "") != own for r in msg.reply_to[:10]):
        return False
    return called_number(msg.body_text, knowledge) is None


def _brands_own_mail(brand: Brand, msg: Message, knowledge: Knowledge) -> bool:
    """Whether the mail is ``brand``'s own though its sender is not among the brand's known
    domains: from its site for one country, a government mail service's bulletin for it, mail
    that leads nowhere but the brand, its payment platform's receipt, its hiring platform's
    candidate mail or another public body's notice (see the module text)."""
    return (
        _country_site(brand, msg.from_domain, msg, knowledge)
        or bulletin_for_brand(msg, brand, knowledge)
        or leads_only_to_brand(msg, brand, knowledge)
        or _sellers_platform_notice(brand, msg, knowledge)
        or _hiring_platform_notice(brand, msg, knowledge)
        or public_body_notice(msg, brand, knowledge)
    )


@detector(emits={"BRAND_DISPLAY_NAME_MISMATCH"}, group="brand")
def display_name_mismatch(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.display:
        return
    claims = [c for c in claimed_brands(msg, ctx.knowledge) if c.where == "display-name"]
    # "Microsoft Outlook" from the reader's own Exchange server names the product it runs.
    if not claims or own_server_notice(msg, ctx.knowledge) or _internal_notice(msg, ctx.knowledge):
        return
    domains = [msg.from_domain, *ctx.auth.authenticated_domains]
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    owned = {
        c.matched
        for c in claims
        if any(brand_owns_sender(c.brand, d, ctx.knowledge) for d in domains)
    }
    # A name that several brands carry ("Raiffeisenbank": Germany's cooperative banks and
    # the Raiffeisen group's banks in Austria and Central Europe) claims whichever of them
    # the sender is.
    mismatched = [
        c
        for c in claims
        if c.matched not in owned
        and (c.disguise or not _brands_own_mail(c.brand, msg, ctx.knowledge))
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
