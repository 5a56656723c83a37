"""A brand or credential lure whose link leads to a free hosting, form or file-share service.

Phishing pages live where anyone can publish in minutes (``*.web.app``, ``*.r2.dev``,
``storage.googleapis.com``, form builders, IPFS gateways); the brand they claim does not
publish there, and no mailbox administrator asks for a password on them. The hosts are listed
in ``data/lists/hosting.txt`` and matched on the full host. Only messages that speak as a
brand, or use credential/urgency lures, are judged: a blog or project page in ordinary mail
is common.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import (
    brand_owns_host,
    brand_owns_sender,
    is_hosting_host,
    lure_phrases,
    sender_organisations,
    speaking_claims,
)
from mailwarden.destinations import own_tenant_test
from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_lures import PLATFORM_NAME
from mailwarden.detectors.sender_platform_note import payroll_topic
from mailwarden.lures import find_lures, subject_text
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, host_matches, is_action_link, safe_split
from mailwarden.result import Finding

# Paths a hosting platform reserves for its own pages, which no customer can publish under:
# Firebase Hosting's "/__/" namespace serves Firebase's own sign-in, e-mail verification and
# password-reset handlers ("/__/auth/action?mode=verifyEmail"), the links in every Firebase
# app's account mail.
_PLATFORM_PATHS = ("/__/auth/",)


def platform_page(link: Link) -> bool:
    """Whether the link opens a path its hosting platform reserves for its own pages."""
    parts = safe_split(link.url)
    return parts is not None and parts.path.startswith(_PLATFORM_PATHS)


PRESSING_LURES = frozenset(
    {
        "password_expiry",
        "mailbox_full",
        "unusual_signin",
        "credential",
        "account_problem",
        "scam_legal_threat",
    }
)
# Pay lures ("salary increment", "payroll update", "compensation review") sit in the invoice
# category for the reply-diversion finding; next to a page anyone can publish they press as a
# credential lure does: staff are asked to sign in to see their pay, and HR publishes letters
# on its own systems, not on a Google Sites or Canva page. An invoice itself shared on a file
# share is ordinary, so only these words count.
_PAY_WORDS = frozenset({"salary", "payroll", "compensation", "bonus", "payslip", "paycheck"})
# The reader's pay, benefits or a tax refund as the topic (a vocabulary of data/lures:
# "payslip", "direct deposit", "open enrollment", "holerite", "remboursement d'impot") and the
# refunds and benefits said to be owed to the reader (scam_benefit): next to a page anyone can
# publish, these ask the reader to sign in for their pay or their money. Employers and tax
# authorities publish both on their own systems, never on a Wix or Glitch page. These two
# open the gate as lure phrases do; the invoice category's pay words ("salary review") only
# press: an HR team's own FAQ about its salary review on a Google Site is ordinary.
PAY_TOPIC = "pay_topic"
_NOTE_MAX = 6_000
_OWED_CATEGORIES = frozenset({PAY_TOPIC, "scam_benefit"})
_TAX_REFUNDS = frozenset({"tax refund", "steuerruckerstattung"})


def _is_pay(category: str, phrase: str) -> bool:
    if category in _OWED_CATEGORIES:
        return True
    return category == "invoice" and (
        bool(_PAY_WORDS & set(phrase.split())) or phrase in _TAX_REFUNDS
    )


def _pressing(msg: Message, ctx: Context) -> set[str]:
    """The pressing lure categories of the message (a pay lure counts as "payroll")."""
    found: set[str] = set()
    for match in find_lures(msg, ctx.knowledge):
        if match.category in PRESSING_LURES:
            found.add(match.category)
        elif _is_pay(match.category, match.phrase):
            found.add("payroll")
    return found


def _pay_phrases(msg: Message, ctx: Context, limit: int = 5) -> tuple[str, ...]:
    """The pay-topic, benefit and tax-refund phrases of the message."""
    found = dict.fromkeys(
        m.phrase
        for m in find_lures(msg, ctx.knowledge)
        if m.category in _OWED_CATEGORIES or (m.category == "invoice" and m.phrase in _TAX_REFUNDS)
    )
    return tuple(found)[:limit]


def _relayed_pay(msg: Message, ctx: Context, limit: int = 5) -> tuple[str, ...]:
    """The invoice category's pay words ("salary adjustment") in a platform's notification
    (``lists/relay_platforms.txt``): there the text is what a platform user typed into an
    event, a form or a share, not an HR team's own page, and a pay letter a stranger's event
    links to on a page anyone can publish is the scheduled-meeting payroll lure."""
    sender = msg.from_address
    if sender is None or ctx.knowledge.relay_platform_of(sender.address) is None:
        return ()
    found = dict.fromkeys(
        m.phrase
        for m in find_lures(msg, ctx.knowledge)
        if m.category == "invoice" and _is_pay(m.category, m.phrase)
    )
    # The note's own pay words ("review and e-sign your salary letter here"), as the platform
    # checks read them.
    word = payroll_topic(f"{subject_text(msg)}\n{msg.body_text[:_NOTE_MAX]}")
    if word is not None:
        found.setdefault(word, None)
    return tuple(found)[:limit]


def _summons_phrases(msg: Message, ctx: Context, limit: int = 5) -> tuple[str, ...]:
    """A fine, a summons or a tax demand (``scam_legal_threat``): authorities and courts
    publish their notices and take payment on their own sites, never on a Weebly page."""
    found = dict.fromkeys(
        m.phrase for m in find_lures(msg, ctx.knowledge) if m.category == "scam_legal_threat"
    )
    return tuple(found)[:limit]


def _only_names_a_platform(
    msg: Message, ctx: Context, lures: tuple[str, ...], found: list[Link]
) -> bool:
    """The only lure is a signing platform's name (``platform_name`` in ``data/lures``) and
    every link is a file share: a colleague saying where a signed copy is kept ("the DocuSign
    certificate is in the shared Box folder"), not a share posing as DocuSign. A page anyone
    can build (a site builder, an app host) is judged whatever the words."""
    if not lures:
        return False
    names = {m.phrase for m in find_lures(msg, ctx.knowledge) if m.category == PLATFORM_NAME}
    if not set(lures) <= names:
        return False
    return all(host_matches(link.host, ctx.knowledge.file_shares) for link in found)


@detector(emits={"LINK_USER_CONTENT_HOST"}, group="link")
def user_content_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    claims = speaking_claims(msg, ctx.knowledge)
    lures = (
        ()
        if claims
        else lure_phrases(msg, ctx.knowledge)
        or _pay_phrases(msg, ctx)
        or _relayed_pay(msg, ctx)
        or _summons_phrases(msg, ctx)
    )
    if not claims and not lures:
        return
    brands = {c.brand.name: c.brand for c in claims}.values()
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    # The brand's own hosting in the brand's own mail is a share, not a trap -- unless the
    # message presses the reader with something other than the share itself (a credential,
    # a suspension, a summons): then it is a hijacked sender pointing at a page anyone can
    # publish (a Google Sites page in "Google" mail).
    pressing = _pressing(msg, ctx)
    own_tenant = own_tenant_test(orgs, ctx.knowledge)
    found = []
    for link in msg.links:
        if not is_action_link(link) or not is_hosting_host(link.host, ctx.knowledge):
            continue
        if platform_page(link):
            continue
        if not pressing:
            if link.registrable in orgs or own_tenant(link):
                continue  # the sender's own site or portal on that host
            # A brand's own file share in that brand's mail (a Dropbox share from Dropbox).
            if any(brand_owns_host(b, link.host) for b in brands) and any(
                brand_owns_sender(b, o, ctx.knowledge) for b in brands for o in orgs
            ):
                continue
        found.append(link)
    if not found or _only_names_a_platform(msg, ctx, lures, found):
        return
    names = sorted({c.brand.name for c in claims})
    why = f"claims {', '.join(names)}" if names else f"lure {lures[0]!r}"
    yield Finding(
        "LINK_USER_CONTENT_HOST",
        summary=f"{why}, but links to user content on {found[0].host}",
        evidence={
            "url": [lk.url for lk in found[:5]],
            "host": sorted({lk.host for lk in found})[:5],
            "brand": names,
            "lure": list(lures),
        },
    )
