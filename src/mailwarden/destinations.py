"""Does a message send its reader anywhere but back to its own sender?

Account lures ("unusual sign-in", "verify your identity") are the words of genuine security
notifications as much as of phishing. What separates the two is where the message leads: a
genuine notification's links all go to the sender's own organisation, which is also the brand
it speaks for. Such a message has nowhere to take a credential that the sender does not
already own, so its lure language is not evidence. This is a judgement about what the
message does (its destinations), not about who sent it: a forged or hijacked brand sender
whose links stay on the brand's own domains is harmless the same way, and one that links
anywhere else is judged in full.

Two kinds of destination outside the sender's own domains still stay with it. An identity
provider's own sign-in and account pages (login.microsoftonline.com, accounts.google.com,
aka.ms: ``data/lists/identity_endpoints.txt``) are where an organisation's IT notice sends its
staff, and nobody but the provider publishes there, so a credential typed there goes nowhere
new; links there that carry an OAuth client, a device code or a URL to continue to are not
counted (consent and device-code phishing run through these very hosts). And the sender's
own tenant on a multi-tenant service (contoso.sharepoint.com, contoso-my.sharepoint.com,
contoso.service-now.com for mail from contoso.com; ``tenant_suffixes.txt``) is the sender's
organisation under another name. Only the sender's OWN tenant counts: phishing links to
tenants attackers registered, and a tenant name is first come, first served, so the tenant
label must equal the sender organisation's label exactly (OneDrive's "-my" aside).

A notice without a single link can still send its reader somewhere: "update your payment
method on netflix.com", "visit help.netflix.com". Brands write their site as plain text on
purpose, so that the reader types it instead of clicking. Sites named that way count like
links: they must all be the sender's own, and at least one must be named. A known brand's
own notice may instead send the reader to its app ("se não foi você, acesse o app Itaú"):
the app is the brand's, like its site.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from mailwarden.claims import (
    brand_owns_host,
    brand_owns_sender,
    is_customer_tenant,
    is_hosting_host,
    owner_brand,
    sender_organisation,
    sender_organisations,
    speaking_claims,
)
from mailwarden.lures import find_lures, lures_in_text, outermost
from mailwarden.message.urls import (
    carried_links,
    host_matches,
    is_action_link,
    is_unresolved_rewrite,
    public_suffix_list,
    redirectors_for,
    registrable_domain,
    safe_split,
    shown_by_tracker,
)
from mailwarden.recipient_imitation import imitated_recipient
from mailwarden.sender_roles import it_role_on_personal_mailbox
from mailwarden.text_traits import is_generated_local_part, recipient_addresses

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from mailwarden.detectors import Context
    from mailwarden.knowledge import Brand, Knowledge
    from mailwarden.message.parse import Address, Message
    from mailwarden.message.urls import Link

_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# What turns a provider's own sign-in page into an attacker's tool: an OAuth client to consent
# to (illicit consent grant), a device code to enter (device-code phishing), a URL to be sent
# on to afterwards (redirect_uri, continue, wreply). Looked for in the lower-cased path and
# query, once percent-decoded.
_HANDOFF_MARKS = ("client_id", "redirect", "continue=", "wreply", "returnurl", "device", "//")
# OneDrive for Business puts an organisation's personal sites on "<tenant>-my".
_PERSONAL_SITE = "-my"
# Link origins of files carried by the message, not of the message itself.
_FILE_ORIGINS = ("attachment:", "qr:")


def stays_with_sender(msg: Message, ctx: Context) -> bool:
    """True when the message has links of its own, every link (its own and its attachments')
    goes to the sender's organisation (its registrable domain, an authenticated domain, or
    another domain of the sender's own brand), and the message speaks for no brand but the
    sender's.

    Only links in the mail itself (``is_followed_link``) make it a notice that leads back to
    its sender: a letterhead link in an attached letter says nothing about where the mail
    sends its reader, and a mail without links of its own asks for a reply or a call. An
    attached link elsewhere still counts against it.

    A Reply-To elsewhere mostly does not matter here: services that act for a person
    (e-signature, file shares) put that person in Reply-To, and a reply is a conversation,
    not a page that takes credentials. But those services are known brands; when a sender
    that is no brand diverts replies to a free-mail box on another domain, its notice
    ("we changed our bank details") is not the sender's own: whoever reads the answers is
    someone else, so the lure is judged in full.

    A link to a person's own site on the organisation's tenant (contoso-my.sharepoint.com, a
    OneDrive) is that account's content, not the organisation's pages: a hijacked mailbox's
    "shared with you" lure leads there, so it does not stay with the sender.

    A sender whose address is machine-generated ("MevaLiM@deck.example") has no organisation
    to stay with: bulk tools make one per message on throwaway domains, and no genuine
    notification writes from such an address. Nor does a person's own mailbox under the name
    of the IT service desk (``it_role_on_personal_mailbox``) speak for its organisation, nor
    a domain dressed up as the reader's own organisation's (``imitated_recipient``)."""
    sender = msg.from_domain
    if not sender or msg.from_address is None:
        return False
    if own_server_notice(msg, ctx.knowledge):
        return True  # the reader's own server, about the reader's own mailbox
    if _generated_address(msg.from_address.address):
        return False
    knowledge = ctx.knowledge
    if it_role_on_personal_mailbox(msg, knowledge):
        return False  # a person's mailbox speaking as the service desk
    if imitated_recipient(msg, knowledge) is not None:
        return False  # its own domain is a cousin of the reader's: the impostor's pages
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    sender_brand = sending_brand(sender, knowledge)
    links = judged_links(msg, knowledge)
    # A free-mail user is not the provider: a gmail.com sender's Google Sites or Forms page is
    # anyone's page, not Google's notice leading back to Google (the provider's own invoices
    # from its free-mail domain, facture@orange.fr, link to its own site and still stay).
    if host_matches(sender, knowledge.freemail) and any(
        is_hosting_host(link.host, knowledge) for link in links
    ):
        return False
    if (
        not any(map(is_followed_link, links))
        and not _names_only_own_sites(msg, orgs, sender_brand, knowledge)
        and not _brand_sends_to_its_app(msg, orgs, sender_brand, knowledge)
    ):
        # A lure with no link in the mail itself, and no site of the sender's named in its
        # text, asks for a reply or a call: judge it. A letterhead's link inside an attached
        # letter is not where the mail sends its reader (but an attached link elsewhere still
        # counts against the sender below).
        return False
    if sender_brand is None and replies_diverted_to_freemail(msg, knowledge):
        return False  # the notice's answers go to someone else's free-mail box
    if any(x.origin == "form" for x in links):
        return False  # genuine senders do not collect input in the mail itself
    shown = _ADDRESS.findall(msg.from_address.display)
    if any(registrable_domain(a.rpartition("@")[2]) not in orgs for a in shown):
        return False  # the display name shows someone else's address
    goes_home = _destination_test(orgs, sender_brand, knowledge, personal_sites=False)
    own = _verified_own_organisation(msg, ctx)
    if not all(goes_home(x) or _same_name_other_suffix(x, own, knowledge) for x in links):
        return False
    public = government_suffixes(orgs, knowledge)
    return all(
        (sender_brand is not None and claim.brand is sender_brand)
        or _public_body(claim.brand, public, knowledge)
        # A brand's own notice names the authority it reports to ("eBay is required to report
        # it to HMRC", round 447): its text speaks of a public body, not as one.
        or (
            sender_brand is not None
            and claim.where in ("subject", "body")
            and is_public_body(claim.brand, knowledge)
        )
        or (
            claim.where != "display-name"
            and _only_its_sign_in_pages(claim.brand, links, orgs, knowledge)
        )
        for claim in speaking_claims(msg, knowledge)
    )


def _only_its_sign_in_pages(
    brand: Brand, links: list[Link], orgs: frozenset[str], knowledge: Knowledge
) -> bool:
    """Whether every link opens ``brand``'s own sign-in or account pages as they are
    (``is_identity_endpoint``) or the sender's own site, one at least the brand's: an IT
    notice that says "register Microsoft Authenticator for your Microsoft 365 account" and
    links to aka.ms/mysecurityinfo (round 386) and its own help pages (round 286) speaks of
    Microsoft and sends its reader to Microsoft and itself alone, where no one else can take
    anything. Only for what the text says: a display name that is the brand's ("Microsoft
    365" on a tenant) is an impostor whatever it links to."""
    to_brand = [
        is_identity_endpoint(link, knowledge) and owner_brand(link.host, knowledge) is brand
        for link in links
    ]
    return any(to_brand) and all(
        on_brand or link.registrable in orgs for link, on_brand in zip(links, to_brand, strict=True)
    )


def public_body_notice(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """True when a public body writes in the name of another public body of its country: the
    From domain and a domain of ``brand`` are under one government-only suffix ("Agenzia
    delle Entrate-Riscossione" <noreply@agenziariscossione.gov.it> for the Agenzia delle
    Entrate, agenziaentrate.gov.it: only public bodies hold such a domain, so the brand is
    one), and every link, if any, leads to such domains (``leads_only_to_government``). A
    public mailbox that links elsewhere in another body's name is judged."""
    suffix = government_suffix(registrable_domain(msg.from_domain or ""), knowledge)
    return (
        bool(suffix)
        and any(government_suffix(domain, knowledge) == suffix for domain in brand.domains)
        and (not judged_links(msg, knowledge) or leads_only_to_government(msg, knowledge))
    )


def is_public_body(brand: Brand, knowledge: Knowledge) -> bool:
    """Whether ``brand`` is a public body: one of its domains is under a government-only
    suffix or is one (HMRC's gov.uk), which only public bodies hold."""
    return any(
        domain in knowledge.government_suffixes or government_suffix(domain, knowledge)
        for domain in brand.domains
    )


def _public_body(brand: Brand, public: frozenset[str], knowledge: Knowledge) -> bool:
    """Whether every domain of ``brand`` is under one of the government-only suffixes in
    ``public`` (or is that suffix: HMRC's gov.uk): a public body that the sender, itself under
    that suffix, may speak for (GOV.UK Notify's notice in GOV.UK's name), as only public
    bodies can register there."""
    return bool(public) and all(
        domain in public or government_suffix(domain, knowledge) in public
        for domain in brand.domains
    )


# A site written as plain text: letters, digits and hyphens in dot-separated labels, an
# optional path. Matched against one whitespace-separated word at a time (linear).
_SITE_WORD = re.compile(r"(?:www\.)?((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})\.?(?:/\S*)?")
# An IPv4 address with its last numbers masked by letters: "88.27.xxx.xxx", "10.1.*.*".
_MASKED_IP = re.compile(r"\d{1,3}\.\d{1,3}(?:\.(?:\d{1,3}|[x*]{1,3})){2}")
_WORD_EDGES = "()[]<>{}\"'.,;:!?*\u201c\u201d\u2018\u2019\u00ab\u00bb"
MAX_TEXT_SITES = 50
# How much of a link-less notice is read for where it sends its reader.
MAX_NOTICE_CHARS = 20_000


def text_sites(text: str) -> list[str]:
    """The hosts a text names as plain words ("netflix.com/account", "help.netflix.com"),
    lower-cased; words with "@" (addresses) or "://" (URLs, which are links) are not
    counted, nor names whose last label is no public suffix ("invoice.pdf", "e.g"), nor an IP
    address with its last numbers masked ("88.27.xxx.xxx" in a sign-in alert: .xxx is a
    top-level domain too)."""
    found: list[str] = []
    for word in text.split():
        word = word.strip(_WORD_EDGES).lower()
        if "." not in word or "@" in word or "://" in word or len(word) > 300:
            continue
        match = _SITE_WORD.fullmatch(word)
        if match is None:
            continue
        host = match.group(1)
        if public_suffix_list().publicsuffix(host, accept_unknown=False) in (None, host):
            continue
        if _MASKED_IP.fullmatch(host):
            continue
        found.append(host)
        if len(found) >= MAX_TEXT_SITES:
            break
    return found


def _names_only_own_sites(
    msg: Message, orgs: frozenset[str], sender_brand: Brand | None, knowledge: Knowledge
) -> bool:
    """True when the mail's text names at least one site and every site it names is the
    sender's: its organisation's registrable domain or a domain of the sender's own brand."""
    sites = text_sites(msg.body_text)
    return bool(sites) and all(_own_site(host, orgs, sender_brand, knowledge) for host in sites)


def _own_site(
    host: str, orgs: frozenset[str], sender_brand: Brand | None, knowledge: Knowledge
) -> bool:
    return registrable_domain(host) in orgs or (
        sender_brand is not None and owner_brand(host, knowledge) is sender_brand
    )


# "contact us straight away from the app (Help > Chat) or call ...", "change it in the Chase
# app": the notice sends its reader to the sender's own app. English forms with the app's
# name between are matched here; the other languages' forms are the ``app_channel``
# vocabulary (data/lures/*.toml).
_APP_CHANNEL = re.compile(
    r"\b(?:from|in|via|through|using|with) (?:the|your|our) (?:[\w']+ )?(?:app|mobile app)\b",
    re.IGNORECASE,
)
APP_CATEGORY = "app_channel"


def offers_app(text: str, knowledge: Knowledge | None = None) -> bool:
    """True when the text sends its reader to an app ("acesse o app Itaú", "in the Chase
    app"); the vocabulary of languages other than English needs ``knowledge``."""
    if _APP_CHANNEL.search(text):
        return True
    if knowledge is None:
        return False
    return any(m.category == APP_CATEGORY for m in lures_in_text(text, knowledge))


def _brand_sends_to_its_app(
    msg: Message, orgs: frozenset[str], sender_brand: Brand | None, knowledge: Knowledge
) -> bool:
    """A known brand's own notice without links that sends the reader to its app ("se não
    foi você, acesse o app Itaú ou ligue para 4004 4828"): the app is where the reader acts,
    and the app is the brand's. Only for a From domain the brand sends from: a forged one
    fails the brand's DMARC, and a message that also links anywhere is judged by its links."""
    if sender_brand is None:
        return False
    text = msg.body_text[:MAX_NOTICE_CHARS]
    if not all(_own_site(host, orgs, sender_brand, knowledge) for host in text_sites(text)):
        return False  # it also names someone else's site to go to
    return offers_app(text, knowledge)


def _generated_address(address: str) -> bool:
    """A machine-generated sender address ("MevaLiM@deck.example"), its +tag ignored."""
    return is_generated_local_part(address.rpartition("@")[0].split("+", 1)[0])


# The vocabulary of a message about phishing itself (``data/lures``: "phishing", "red flag",
# "hameconnage"), and how many different phrases of it make phishing the message's topic.
AWARENESS = "awareness"
MIN_AWARENESS_PHRASES = 2


def own_server_notice(msg: Message, knowledge: Knowledge) -> bool:
    """True when the reader's own mail server speaks: the From address is a server's system
    mailbox (``lists/system_mailboxes.txt``: Exchange's quota warnings) at the registrable
    domain of one of the message's own recipients, or at a cloud provider's tenant whose
    notice leads nowhere but the provider's own pages. Such a notice ("Your mailbox is almost
    full", shown as "Microsoft Outlook") has no link and names the product its server runs; an
    outsider writing from another domain's system mailbox is no such notice."""
    sender = msg.from_address
    if sender is None or not sender.domain:
        return False
    local = sender.address.rpartition("@")[0].lower()
    if local not in knowledge.system_mailboxes:
        return False
    own = registrable_domain(sender.domain)
    if own in recipient_organisations(msg):
        return True
    # Exchange Online writes from the organisation's default domain, often its tenant name
    # (MicrosoftExchange...@contosoinc.onmicrosoft.com to someone@contoso.com). Anyone can
    # own a tenant, so such a notice is the server's only when it can take its reader
    # nowhere but the provider's own pages.
    provider = owner_brand(own, knowledge) if is_customer_tenant(sender.domain, knowledge) else None
    return provider is not None and _reaches_only_brand(
        msg, provider, knowledge, judged_links(msg, knowledge)
    )


def recipient_organisations(msg: Message) -> frozenset[str]:
    """The registrable domains of the message's own To and Cc recipients ("" for an address
    whose domain has none)."""
    return frozenset(
        registrable_domain(a.rpartition("@")[2]) for a in recipient_addresses(msg, ("To", "Cc"))
    )


def awareness_notice(msg: Message, ctx: Context) -> bool:
    """True when the message is about phishing: a security-awareness notice that quotes
    lures as examples ("'your account will be suspended - verify your account today', sent
    from a look-alike domain"). It names phishing in at least two different phrases, comes
    from an organisation's own (not free-mail, not generated) address, and no link of its own
    or of its attachments leads outside that organisation: quoted lures with nowhere to
    follow them are reported, not said. Phishing that calls itself a security notice still
    has to send its reader somewhere, and is judged in full as soon as it does."""
    sender = msg.from_address
    if sender is None or not sender.domain or sender.domain in ctx.knowledge.freemail:
        return False
    if _generated_address(sender.address):
        return False
    said = {m.phrase for m in find_lures(msg, ctx.knowledge) if m.category == AWARENESS}
    if len(outermost(said)) < MIN_AWARENESS_PHRASES:
        return False
    knowledge = ctx.knowledge
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    goes_home = _destination_test(orgs, sending_brand(sender.domain, knowledge), knowledge)
    links = judged_links(msg, knowledge)
    return all(map(goes_home, links))


def judged_links(msg: Message, knowledge: Knowledge) -> list[Link]:
    """The message's action links whose destination can be judged, an email service
    provider's click tracker replaced by the destination it shows (``shown_by_tracker``)."""
    return [
        shown
        for link in msg.links
        if is_action_link(link) and not is_unresolved_rewrite(link)
        for shown in shown_by_tracker(link, knowledge.esp_trackers)
        if is_action_link(shown)
    ]


def sending_service_sites(domain: str, knowledge: Knowledge) -> frozenset[str]:
    """When ``domain`` is a service that sends organisations' bulletins from its own domain
    (``sending_services.txt``), that domain and the service's other sites (GovDelivery's
    subscriber help on granicus.com); empty otherwise."""
    service = host_matches(domain, knowledge.sending_services) if domain else ""
    return knowledge.sending_service_sites[service] if service else frozenset()


def _still_wrapped(link: Link, knowledge: Knowledge) -> bool:
    """Whether the link is still in a redirector's form (``redirectors.txt``: host and path
    prefix), its target unread."""
    parts = safe_split(link.url)
    path = parts.path if parts is not None else ""
    return next(redirectors_for(link.host, path, knowledge), None) is not None


def bulletin_for_brand(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """True when the From domain is a service that sends organisations' bulletins from its
    own domain (``sending_services.txt``: "Medicare.gov" <medicare@public.govdelivery.com>)
    and every link leads to ``brand``'s own sites or the service's own pages (on its own
    domain or its other sites: Granicus's help pages), at least one to the brand: such a
    bulletin has nowhere to send its reader but the brand it names. The service's own click
    tracker stands for the brand's link where its token does not decode (lnks.gd: GovDelivery
    signs its tokens and refuses a forged one, so it leads nowhere but to GovDelivery); one
    that decodes was replaced by its target in ``judged_links``."""
    own_sites = sending_service_sites(msg.from_domain, knowledge)
    if not own_sites:
        return False
    links = judged_links(msg, knowledge)
    unread = [
        bool(host_matches(x.host, own_sites)) and _still_wrapped(x, knowledge) for x in links
    ]
    to_brand = [
        brand_owns_host(brand, x.host) or wrapped
        for x, wrapped in zip(links, unread, strict=True)
    ]
    return any(to_brand) and all(
        owned or host_matches(x.host, own_sites)
        for x, owned in zip(links, to_brand, strict=True)
    )


# Attached files that carry nothing to act on: pictures and calendar entries.
INERT_ATTACHMENTS = ("image/", "text/calendar")


def leads_only_to_brand(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """True when the message can take its reader nowhere but ``brand``: it has links, every
    one (an email service provider's tracker read as the destination it shows) goes to the
    brand's own hosts, none of them a host where anyone publishes (``is_hosting_host``: a
    form, a bucket, a shared file); no file is attached but pictures and calendar entries;
    and a Reply-To, if any, stays with the sender or the brand.

    A brand whose mail domain the data does not know yet ("KLM" <KLM@klm-info.com> linking
    to klm.nl) sends such mail every day. An impersonator gains nothing by it: whatever it
    wants the reader to do, it needs a place of its own to do it. Not so on a platform that
    carries its users' documents, invoices and messages under its own name (a relay platform:
    Microsoft's SharePoint, Google Drive, DocuSign, PayPal): a link there may be anyone's, so
    such a brand is never exempted. Nor is a customer's tenant under a brand's domain
    (``contoso-my.sharepoint.com``)."""
    if relays_users_content(brand, knowledge):
        return False
    links = judged_links(msg, knowledge)
    return bool(links) and _reaches_only_brand(msg, brand, knowledge, links)


def asks_nothing_elsewhere(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """Whether the message, links aside, offers no way to act outside ``brand`` and its
    sender: no file attached but pictures and calendar entries, and a Reply-To, if any,
    staying with the sender or the brand."""
    return _reaches_only_brand(msg, brand, knowledge, ())


def _reaches_only_brand(
    msg: Message, brand: Brand, knowledge: Knowledge, links: Sequence[Link]
) -> bool:
    """Whether every one of ``links`` (the message's judged links, if any) goes to
    ``brand``'s own hosts where nobody else publishes (no hosting host, no customer's
    tenant), and so does every address a link carries in its query (the brand's own short
    link with "&redirect=https://lnkd-inmail-notify.com/..." appended: round 333), no file is
    attached but pictures and calendar entries, and a Reply-To, if any, stays with the sender
    or the brand."""
    if not all(
        brand_owns_host(brand, y.host)
        and not is_hosting_host(y.host, knowledge)
        and not is_customer_tenant(y.host, knowledge)
        for x in links
        for y in (x, *carried_links(x))
    ):
        return False
    if any(
        part.is_attachment and not part.content_type.startswith(INERT_ATTACHMENTS)
        for part in msg.parts
    ):
        return False
    sender = registrable_domain(msg.from_domain) if msg.from_domain else ""
    return all(
        r.domain
        and (registrable_domain(r.domain) == sender or brand_owns_host(brand, r.domain))
        for r in msg.reply_to[:10]
    )


def own_notice_brand(msg: Message, knowledge: Knowledge) -> Brand | None:
    """The brand whose own notice the message is by its From domain: a known brand's domain
    that is neither free-mail nor a platform relaying its users' content (where the text may
    be anyone's: Microsoft's account mail carries a tenant's name, PayPal an invoice's note).
    Whether the From domain is forged is the authentication findings' question."""
    sender = msg.from_domain
    if not sender or host_matches(sender, knowledge.freemail):
        return None
    brand = sending_brand(sender, knowledge)
    if brand is None or relays_users_content(brand, knowledge):
        return None
    return brand


def relays_users_content(brand: Brand, knowledge: Knowledge) -> bool:
    """Whether ``brand`` runs a relay platform (``relay_platforms.txt``): its own hosts carry
    what its users write."""
    return any(
        brand_owns_host(brand, entry.rpartition("@")[2]) for entry, _ in knowledge.relay_platforms
    )


def is_followed_link(link: Link) -> bool:
    """A web link in the mail itself (an anchor, a URL in the text, a form's target), the
    links a reader of the message follows. Links found only inside an attachment or in a QR
    code (origin ``attachment:...``/``qr:...``) belong to that file: a vendor's letterhead
    in an attached PDF links its homepage whatever the mail around it asks for."""
    return is_action_link(link) and not link.origin.startswith(_FILE_ORIGINS)


def other_freemail_replies(
    sender: Address, replies: Sequence[Address], knowledge: Knowledge
) -> list[str]:
    """The Reply-To addresses on free-mail other than the From address itself: answers that go
    to another free-mail mailbox (on the same provider too)."""
    own = sender.address.lower()
    return [
        r.address for r in replies if r.domain in knowledge.freemail and r.address.lower() != own
    ]


def freemail_replies_elsewhere(
    sender: Address, replies: Sequence[Address], knowledge: Knowledge
) -> list[str]:
    """The Reply-To addresses (RFC 5322 §3.6.2) on free-mail outside the From address's
    registrable domain: answers that go to someone other than the sender."""
    org = registrable_domain(sender.domain) if sender.domain else ""
    return [
        r.address
        for r in replies
        if r.domain in knowledge.freemail and registrable_domain(r.domain) != org
    ]


def replies_diverted_to_freemail(msg: Message, knowledge: Knowledge) -> bool:
    """True when a Reply-To is a free-mail box outside the From address's registrable domain
    (``freemail_replies_elsewhere``): answers to the notice go to someone other than its
    sender."""
    sender = msg.from_address
    if sender is None or not sender.domain:
        return False
    return bool(freemail_replies_elsewhere(sender, msg.reply_to[:10], knowledge))


def sender_destinations(msg: Message, ctx: Context) -> Callable[[Link], bool]:
    """A test, built once per message, for links that go to the sender's own organisation: its
    registrable domain or an authenticated one, another domain of the sender's own brand (a
    Gmail sender's Google Drive), the organisation's own tenant on a shared service, or an
    identity provider's sign-in page."""
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    sender = msg.from_domain
    sender_brand = sending_brand(sender, ctx.knowledge) if sender else None
    return _destination_test(orgs, sender_brand, ctx.knowledge)


def _destination_test(
    orgs: frozenset[str],
    sender_brand: Brand | None,
    knowledge: Knowledge,
    personal_sites: bool = True,
) -> Callable[[Link], bool]:
    """See ``_goes_to``; ``personal_sites`` says whether a person's site on the organisation's
    tenant (a OneDrive) counts as the organisation's: as a file's home, yes (a cloud
    attachment), as where a lure leads, no (``stays_with_sender``)."""
    labels = _organisation_labels(orgs, knowledge)
    public = government_suffixes(orgs, knowledge)
    return lambda link: _goes_to(
        link, orgs, sender_brand, labels, public, knowledge, personal_sites
    )


def government_suffix(domain: str, knowledge: Knowledge) -> str:
    """The suffix only public bodies register under (``government_suffixes.txt``) that
    ``domain`` is registered under, "" when none (nor for the suffix itself)."""
    if not knowledge.government_suffixes or not domain:
        return ""
    _, _, parent = domain.lower().partition(".")
    return host_matches(parent, knowledge.government_suffixes) if parent else ""


def leads_only_to_government(msg: Message, knowledge: Knowledge) -> bool:
    """True when the message has links and every one leads to a domain that only public
    bodies can register (``government_suffixes.txt``: www.gov.uk, irs.gov), none of them a
    host where anyone publishes. Wherever such mail sends its reader, no attacker put the
    page there: a public body's agency writing from a domain of its own (the Student Loans
    Company's slc.co.uk) sends its readers to gov.uk."""
    links = judged_links(msg, knowledge)
    return bool(links) and all(
        government_suffix(link.registrable, knowledge)
        and not is_hosting_host(link.host, knowledge)
        for link in links
    )


def government_suffixes(orgs: Iterable[str], knowledge: Knowledge) -> frozenset[str]:
    """The government-only suffixes the sender's organisations ``orgs`` are registered under
    (``government_suffix`` of each; none for an organisation under no such suffix)."""
    return frozenset(government_suffix(org, knowledge) for org in orgs) - {""}


def sending_brand(sender: str, knowledge: Knowledge) -> Brand | None:
    """The brand that owns the From domain and really sends from it, if any."""
    brand = owner_brand(sender, knowledge)
    if brand is not None and not brand_owns_sender(brand, sender, knowledge):
        return None  # a customer's tenant (x.onmicrosoft.com) is not the brand
    return brand


def _goes_to(
    link: Link,
    orgs: frozenset[str],
    sender_brand: Brand | None,
    labels: frozenset[str],
    public: frozenset[str],
    knowledge: Knowledge,
    personal_sites: bool = True,
) -> bool:
    """``public``: the government-only suffixes the sender's organisations are under, worked
    out once per message like ``labels``."""
    if link.registrable in orgs:
        return True
    if sender_brand is not None and owner_brand(link.host, knowledge) is sender_brand:
        return True
    # GOV.UK Notify (service.gov.uk) sending for camden.gov.uk: one public sector, where
    # only public bodies can register a domain.
    if public and government_suffix(link.registrable, knowledge) in public:
        return True
    # A brand's own mail through its email service provider or app deep-link service
    # (ct.sendgrid.net, revolut.onelink.me): the tracker is the brand's, as in LINK_OFF_BRAND.
    # Not for senders we do not know as a brand: phishing from a hijacked ESP account hides
    # its destination behind the same trackers.
    if sender_brand is not None and host_matches(link.host, knowledge.esp_trackers):
        return True
    # A brand's own notice offering its app ("Get Spotify for iPhone") or signing off with its
    # social profiles ("follow us on X"): the store's listing is the brand's app, published
    # through the store's review, and a profile page asks nothing of its reader. Not from
    # free-mail, whose provider is a brand too: there the user, not Google, chose the link.
    if (
        sender_brand is not None
        and not orgs & knowledge.freemail
        and host_matches(link.host, knowledge.brand_profile_hosts)
    ):
        return True
    # The organisation's own tenant; a person's site on it (contoso-my.sharepoint.com, one
    # account's OneDrive) only when asked: what is there is whatever that account put there,
    # and a hijacked mailbox's lure leads exactly there.
    if _own_tenant(link, labels, knowledge):
        return personal_sites or not _personal_site(link)
    return is_identity_endpoint(link, knowledge)


def _personal_site(link: Link) -> bool:
    """A person's own site on a tenant suffix (contoso-my.sharepoint.com: OneDrive)."""
    return link.host.split(".", 1)[0].endswith(_PERSONAL_SITE)


def is_identity_endpoint(link: Link, knowledge: Knowledge) -> bool:
    """True when the link opens an identity provider's own sign-in or account page as it is:
    not handing the reader on to an OAuth client, a device-code prompt or another URL."""
    if link.host not in knowledge.identity_endpoints or link.via_open_redirect:
        return False
    parts = safe_split(link.url)
    if parts is None:
        return False
    rest = unquote(f"{parts.path}?{parts.query}").lower()
    return not any(mark in rest for mark in _HANDOFF_MARKS)


# Shorter names are too many organisations' names to say the domain is the sender's own.
MIN_OWN_NAME = 6


def _verified_own_organisation(msg: Message, ctx: Context) -> str:
    """The From address's organisation when it authenticated the message (DKIM d= or SPF),
    is no known brand's domain nor a free-mail provider's (the user is not the provider) and
    has a suffix a registry has (not a sender's "contoso.eu-NEW"), else "": only a sender
    that proved its domain may have its name under another suffix counted as its own (a
    forged From of bradesco.com.br linking to bradesco.care has not; a brand's own domains
    are the brand data's)."""
    org = sender_organisation(msg)
    authenticated = {registrable_domain(d) for d in ctx.auth.authenticated_domains}
    if (
        not org
        or org not in authenticated
        or org in ctx.knowledge.freemail
        or owner_brand(org, ctx.knowledge) is not None
        or public_suffix_list().publicsuffix(org, accept_unknown=False) is None
    ):
        return ""
    return org


def _same_name_other_suffix(link: Link, org: str, knowledge: Knowledge) -> bool:
    """Whether ``link`` goes to the organisation ``org``'s name under another suffix
    (swapfiets.nl for swapfiets.com, round 444): an organisation's own second domain, as
    ``recipient_imitation`` reads it. Not a name shorter than ``MIN_OWN_NAME``, nor a site on
    a host where anyone publishes (contoso.notion.site is anyone's page named contoso), nor a
    domain whose suffix no registry has."""
    name = link.registrable.split(".", 1)[0]
    return (
        bool(org)
        and org != link.registrable
        and org.split(".", 1)[0] == name
        and len(name) >= MIN_OWN_NAME
        and not is_hosting_host(link.host, knowledge)
        and public_suffix_list().publicsuffix(link.registrable, accept_unknown=False) is not None
    )


def _organisation_labels(orgs: Iterable[str], knowledge: Knowledge) -> frozenset[str]:
    """The names the sender's organisations go by on a tenant suffix: "contoso" for
    contoso.com or contoso.co.uk, and "vellacottmarsh" for vellacott-marsh.com (Microsoft 365
    and most services take no hyphen in a tenant name). A free-mail domain or a tenant of a
    shared service (x.onmicrosoft.com) is nobody's organisation, and an IP literal has no
    name."""
    labels: set[str] = set()
    for org in orgs:
        if not org or org in knowledge.freemail or "." not in org or org[-1].isdigit():
            continue
        if any(org.endswith("." + suffix) for suffix in knowledge.shared_tenant_suffixes):
            continue
        label = org.split(".", 1)[0]
        labels.update((label, label.replace("-", "")))
        labels.update(_without_company_kind(label))
    return frozenset(labels)


# Words that say what kind of company a name belongs to; tenants often leave them out
# (tidewater.service-now.com for tidewaterlogistics.com, round 380).
_COMPANY_KINDS = (
    "logistics", "group", "holdings", "global", "solutions", "systems", "services",
    "consulting", "partners", "international", "industries", "technologies", "tech", "labs",
    "digital", "legal", "law", "llp", "llc", "inc", "ltd", "corp", "gmbh",
)  # fmt: skip
# The shortest name left after the company kind: "tidewater", not "ab" of "ab-group".
_MIN_TENANT_NAME = 4


def _without_company_kind(label: str) -> set[str]:
    """The organisation's name without a trailing company-kind word ("tidewater" for
    "tidewaterlogistics" or "tidewater-logistics"), if a name of some length is left."""
    names: set[str] = set()
    for kind in _COMPANY_KINDS:
        stem = label.removesuffix(kind).rstrip("-")
        if stem != label and len(stem.replace("-", "")) >= _MIN_TENANT_NAME:
            names.update((stem, stem.replace("-", "")))
    return names


def own_tenant_test(orgs: Iterable[str], knowledge: Knowledge) -> Callable[[Link], bool]:
    """A test of whether a link goes to the sender's own tenant on a multi-tenant service
    (contoso.sharepoint.com, contoso.atlassian.net for mail from contoso.com); the sender's
    names are worked out once, for all the links of a message."""
    labels = _organisation_labels(orgs, knowledge)
    return lambda link: _own_tenant(link, labels, knowledge)


def _own_tenant(link: Link, labels: frozenset[str], knowledge: Knowledge) -> bool:
    """True when the link goes to a tenant, on a tenant suffix or a service's customer sites
    (``tenant_sites.txt``), named exactly after one of the sender's organisations
    (contoso.sharepoint.com or contoso-my.sharepoint.com, contoso.atlassian.net for contoso)."""
    if not labels:
        return False
    suffix = host_matches(link.host, knowledge.customer_site_suffixes)
    if not suffix or link.host == suffix:
        return False
    tenant = link.host[: -len(suffix) - 1].rsplit(".", 1)[-1]
    return tenant in labels or tenant.removesuffix(_PERSONAL_SITE) in labels
