"""Links that lead away from the brand the message speaks for.

The finding for hijacked and impersonated brand mail: the message presents itself as a brand
(its From domain, display name, "your X account" in the body, or a brand subject next to
lure language) and its links go to a registrable domain that belongs neither to that brand
nor to the sender's organisation (the From domain and the authenticated DKIM/SPF domains).
A genuine brand notification links to the brand's own domains and stays silent; a message
from a hijacked ``accountprotection.microsoft.com`` mailbox linking to ``evil.top`` fires.

Links counted: anchors, URLs in the text, form targets, attachment and QR links, after
unwrapping redirectors and rewriters. Not counted: images, links to other known brands'
own sites (social-media footers; but a big site's short-link path such as linkedin.com/slink
leads anywhere and counts while its target is unseen), rewritten links whose target we cannot
see, and, in mail
the brand sends itself, its email service provider's click trackers (``esp_trackers.txt``)
whose destination is hidden (one that shows it in its query is judged by that destination) --
and, when such mail says no lure, any link on an ESP's click-redirect path (``/mk/cl/``,
``/ls/click``) that shows no destination, so that one unlisted ESP does not count as "elsewhere".
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qsl

from mailwarden.claims import (
    BrandClaim,
    brand_country_domain,
    brand_owns_host,
    brand_owns_sender,
    is_hosting_host,
    lure_phrases,
    owner_brand,
    sender_organisation,
    sender_organisations,
    speaking_claims,
)
from mailwarden.destinations import (
    government_suffix,
    government_suffixes,
    judged_links,
    own_server_notice,
    own_tenant_test,
    recipient_organisations,
    relays_users_content,
    sending_service_sites,
)
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.message.parse import Message
from mailwarden.message.urls import (
    Link,
    carried_links,
    host_matches,
    path_entry_matches,
    safe_split,
)
from mailwarden.result import Finding


def off_brand_links(msg: Message, ctx: Context, claims: list[BrandClaim]) -> tuple[list[Link], int]:
    """The action links that belong to none of the claimed brands, the sender or another
    known brand; and how many action links were judged."""
    knowledge = ctx.knowledge
    # A bulletin service's own pages (GovDelivery's subscriber help on granicus.com) are the
    # sender's as much as its From domain is.
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains) | sending_service_sites(
        msg.from_domain, knowledge
    )
    brands = {c.brand.name: c.brand for c in claims}.values()
    # When the brand itself (or its hijacked mailbox) is the sender, a link that carries one
    # of the brand's URLs in its query is that sender's click tracker.
    sender_brands = [b for b in brands if any(brand_owns_sender(b, o, knowledge) for o in orgs)]
    own_tenant = own_tenant_test(orgs, knowledge)
    # The government-only suffixes the sender writes from (gov.in for epfindia.gov.in): a
    # public body linking to another under the same suffix (EPFO's grievance portal
    # epfigms.gov.in, round 378) leads where no attacker can have put a page.
    public = government_suffixes(orgs, knowledge)
    off: list[Link] = []
    judged = 0
    for link in judged_links(msg, knowledge):
        judged += 1
        hosting = is_hosting_host(link.host, knowledge)
        if link.registrable in orgs and not hosting:
            continue
        if public and not hosting and government_suffix(link.registrable, knowledge) in public:
            continue
        # The sender's own tenant (contoso.atlassian.net, its IT wiki, in contoso.com's notice
        # that names "your Okta account") is the sender's organisation under another name.
        if not hosting and own_tenant(link):
            continue
        # The brand's own file shares and forms (onedrive.live.com in Microsoft mail) are on
        # brand here; that they hold anyone's content is LINK_USER_CONTENT_HOST's concern.
        if any(brand_owns_host(b, link.host) for b in brands):
            continue
        # The brand's own mail linking to its site for one country (airbnb.com's booking
        # mail to airbnb.pt): the brand chose the link, and the data need not list every
        # country's domain. From anyone else such a domain is judged like any other.
        if not hosting and any(
            brand_country_domain(b, link.host, knowledge) for b in sender_brands
        ):
            continue
        if not hosting and owner_brand(link.host, knowledge) is not None:
            # Another brand's own site (a social-media footer) leads nowhere new -- except its
            # short-link path (linkedin.com/slink): that leads anywhere, and while its target
            # is unseen it is not the claimed brand's either. A real OneDrive or Dropbox share
            # links to 1drv.ms, sharepoint.com or dropbox.com, not through LinkedIn.
            if not _short_link_path(link, knowledge):
                continue
        if sender_brands and _tracks_to(link, sender_brands):
            continue
        # The brand's own mail sent through an email service provider: its click tracker
        # (ct.sendgrid.net, list-manage.com) hides the destination and is the sender's own.
        # (One that shows its destination was replaced by it in ``judged_links``.)
        if sender_brands and host_matches(link.host, knowledge.esp_trackers):
            continue
        off.append(link)
    return off, judged


def _reader_organisations(msg: Message, knowledge: Knowledge) -> frozenset[str]:
    """The To and Cc recipients' organisations, free mail left out (everyone's, so no one's
    organisation)."""
    return frozenset(o for o in recipient_organisations(msg) if o and o not in knowledge.freemail)


def _sites_reported_on(msg: Message, claims: list[BrandClaim]) -> frozenset[str]:
    """The registrable domains that links to a claimed brand's own hosts carry in their query
    ("search.google.com/search-console/...?resource_id=https://www.contoso.co.uk/"): the sites
    the brand's notice reports on."""
    return frozenset(
        carried.registrable
        for link in msg.links
        if any(brand_owns_host(c.brand, link.host) for c in claims)
        for carried in carried_links(link)
        if carried.registrable
    )


def _short_link_path(link: Link, knowledge: Knowledge) -> bool:
    """A big site's own short-link path (``shorteners.txt`` host/path entries), left wrapped."""
    parts = safe_split(link.url)
    path = parts.path if parts is not None else ""
    return bool(path_entry_matches(link.host, path, knowledge.shorteners))


# The click-redirect paths of email service providers' tracking software: Brevo (/mk/cl/,
# /tr/cl/), SendGrid and Klaviyo (/ls/click), Mailchimp (/track/click), Amazon SES (/CL0/,
# /L0/), Eloqua (/e/er), SparkPost (/f/a/). Software conventions, not anyone's domain.
_CLICK_PATHS = (
    "/mk/cl/",
    "/tr/cl/",
    "/ls/click",
    "/track/click",
    "/cl0/",
    "/l0/",
    "/e/er",
    "/f/a/",
)


def _opaque_click_redirect(link: Link) -> bool:
    """A link on an ESP's click-redirect path whose query names no destination we can see."""
    parts = safe_split(link.url)
    if parts is None or link.via:
        return False
    path = parts.path.lower()
    if not path.startswith(_CLICK_PATHS):
        return False
    query = parts.query.lower()
    return "http:" not in query and "https:" not in query and "%3a%2f%2f" not in query


def _tracks_to(link: Link, brands: list[Brand]) -> bool:
    parts = safe_split(link.url)
    if parts is None or not parts.query:
        return False
    for _, value in parse_qsl(parts.query[:4000]):
        target = safe_split(value) if value.lower().startswith(("http:", "https:")) else None
        host = (target.hostname or "") if target is not None else ""
        if host and any(brand_owns_host(b, host) for b in brands):
            return True
    return False


@detector(emits={"LINK_OFF_BRAND"}, group="link")
def off_brand(msg: Message, ctx: Context) -> Iterator[Finding]:
    claims = speaking_claims(msg, ctx.knowledge)
    # The reader's own mail server signs its notices with the product it runs ("Microsoft
    # Outlook"): that display name is no brand speaking, and its links are the organisation's.
    if own_server_notice(msg, ctx.knowledge):
        claims = [c for c in claims if c.where != "display-name"]
    if not claims:
        return
    off, judged = off_brand_links(msg, ctx, claims)
    if not off:
        return
    lures = lure_phrases(msg, ctx.knowledge)
    # A brand's own newsletter may link a partner or two among dozens of its own links; a
    # brand sender whose links mostly lead elsewhere, or pair them with a lure, does not.
    # When the sender is not the brand at all, any link elsewhere counts.
    brand_sends = any(
        brand_owns_sender(c.brand, d, ctx.knowledge)
        for c in claims
        for d in (msg.from_domain, *ctx.auth.authenticated_domains)
    )
    if brand_sends and not lures and len(off) * 2 < judged:
        return
    # The brand's notice about the reader's own site (Search Console, a hosting provider:
    # "issue detected on www.contoso.co.uk") links to that site, the To/Cc recipients' own
    # organisation. Only without a lure, unless the brand runs no relay platform: its mail
    # then carries nothing its users write (a Duo notice of a new device, naming the
    # university's help pages, round 392). On a relay platform (SharePoint, DocuSign) the
    # recipient headers and the lure are the sender's to write, and a lure must not escape by
    # naming its own domain in To.
    # So does a notice about a site the reader manages for someone else (a web agency reading
    # Search Console's "issue detected on https://www.clarkeflorists.co.uk/", round 473): the
    # brand's own report link names that site in its query, and the notice links the site.
    relayed = any(relays_users_content(c.brand, ctx.knowledge) for c in claims)
    if brand_sends and (not lures or not relayed):
        readers = _reader_organisations(msg, ctx.knowledge) | _sites_reported_on(msg, claims)
        off = [
            link
            for link in off
            if link.registrable not in readers or is_hosting_host(link.host, ctx.knowledge)
        ]
        if not off:
            return
    # The same brand's mail through an email service provider we do not list: every link off
    # brand is an opaque click redirect (/mk/cl/, /ls/click) that shows no destination. One
    # missing list entry should not make a brand's own newsletter "lead elsewhere"; a lure,
    # a visible foreign destination or a sender that is not the brand still counts.
    if brand_sends and not lures and all(_opaque_click_redirect(link) for link in off):
        return
    domains = sorted({link.registrable for link in off})
    brands = sorted({c.brand.name for c in claims})
    yield Finding(
        "LINK_OFF_BRAND",
        summary=f"claims {', '.join(brands)} but links to {', '.join(domains[:3])}",
        evidence={
            "url": [link.url for link in off[:5]],
            "domain": domains,
            "brand": brands,
            "claimed_in": sorted({c.where for c in claims}),
            "sender_org": sender_organisation(msg),
            "from_domain": msg.from_domain,
            "lure": list(lures),
        },
    )
