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
  footer, no mention);
- not every link leads to a government site (a domain only public bodies can register): a
  public agency writing from a domain of its own (the Student Loans Company's slc.co.uk)
  sends its readers to gov.uk, where no attacker can have put the page.
A second signal: weak alone, it tips a message that already carries a lure over the line.

``SENDER_BRAND_DOMAIN_UNBRANDED`` adds to it when the sending domain is a known brand's own
(``info-flyingblue.com``), the message never names that brand anywhere and it pitches a scam
or a lead-generation offer (the ``scam_*`` lure categories): the brand's mail service carries
someone else's offer ("Adviescentrum Slim Besparen" selling solar panels, every link to a
third party). A brand's newsletter, partner offers included, says whose it is; mail that does
not was sent through a hijacked account of the brand's email service. Platforms that mail for
their customers (a Stripe receipt from "Linear", a shop's order mail) pitch nothing and stay
silent.

``SENDER_ACADEMIC_BULK`` adds to it when the address is a person's mailbox at a university or
school (a public suffix such as ``edu``, ``edu.br`` or ``ac.uk``, or a ``students`` host;
``a087173@uri.edu.br``, not ``alumni@``) and the mail carries a bulk mailer's opt-out link
(a link that says "Unsubscribe", "se désabonner", "abmelden"): a student's or lecturer's
mailbox does not send marketing for a third party. A mailing list's footer ("To unsubscribe
send an email to ...-leave@lists...") is plain text the list appends, not such a link.
Hijacked academic accounts are a staple of spam runs because their domains have a good
reputation; the institution's own bulk mail comes from role addresses (alumni, news,
events) and names the institution.

``SENDER_FREE_TENANT_BULK`` is the same for a free tenant of a cloud mail service
(``x.onmicrosoft.com``, ``lists/free_tenants.txt``): an account anyone can open in minutes,
mailing an unsubscribe-linked offer for a party it never names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import claimed_brands, owner_brand
from mailwarden.destinations import leads_only_to_government
from mailwarden.detectors import Context, detector
from mailwarden.detectors.sender_free_tenant import free_tenant
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.lures import find_lures
from mailwarden.message.clicks import WORDS, fold, invites_click
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link, public_suffix_list, registrable_domain
from mailwarden.result import Finding

# Words of a local part that may name a project or a list ("ocaml" in "ocaml-list@"): runs
# of four letters or more, so "info" and "news" still count.
_LOCAL_TOKENS = re.compile(r"[a-z]{4,}")
_DISPLAY_MAX = 200
# Words that mark a domain as the one an organisation mails from ("trustpilotmail.com"), and
# the shortest name left without them.
_MAIL_WORDS = ("emails", "email", "mailer", "mailing", "mail")
_MIN_NAME = 4
# A bulk mailer's opt-out line, in the languages of data/lures.
_OPT_OUT = re.compile(
    r"unsubscri|opt[ -]?out|d[ée]sabonn|d[ée]sinscri|abmelden|abbestell|afmelden|uitschrijven"
    r"|descadastr|cancelar (?:a )?inscri|darse de baja|darte de baja|disiscriv",
    re.IGNORECASE,
)
# Public suffixes of academic institutions ("edu", "edu.br", "ac.uk"), and host labels of
# student mail systems.
_ACADEMIC_SUFFIX = re.compile(r"^(?:edu|ac|sch)(?:\.[a-z]{2})?$|(?:^|\.)edu$")
_STUDENT_LABELS = frozenset({"students", "student", "alumni", "stud"})
# Words of a local part that make it an office's mailbox, not a person's.
_ROLE_WORDS = frozenset(
    """info news newsletter newsletters noreply no reply donotreply alumni communications comms
    events event admissions admission marketing development giving library registrar office
    admin administration support helpdesk servicedesk it hr careers press media contact hello
    team mail postmaster webmaster secretariat secretaria reitoria contato contacto noticias
    boletim comunicacao comunicacion bulletin""".split()
)
_ANCHOR_TEXT_MAX = 100
# Offers no brand's own mail makes in someone else's name.
_PITCHES = frozenset(
    {
        "scam_marketing",
        "scam_prize",
        "scam_health",
        "scam_pharma",
        "scam_casino",
        "scam_crypto",
        "scam_dating",
        "scam_advance_fee",
        "scam_job",
    }
)


def _academic_person(address: str, domain: str) -> bool:
    """Whether ``address`` is a person's mailbox at a university or school."""
    labels = domain.split(".")
    suffix = public_suffix_list().publicsuffix(domain) or ""
    if not _ACADEMIC_SUFFIX.search(suffix) and not _STUDENT_LABELS & set(labels[:-1]):
        return False
    local_words = re.split(r"[._+\-]+", address.rpartition("@")[0].lower())
    return not _ROLE_WORDS & set(local_words)


def _opt_out_link(msg: Message) -> str | None:
    """The text of the mail's first link that offers to unsubscribe, if any."""
    for anchor in msg.parsed_html.anchors:
        text = anchor.text[:_ANCHOR_TEXT_MAX]
        if _OPT_OUT.search(text):
            return text.strip()
    return None


def _names_brand(msg: Message, brand: Brand, knowledge: Knowledge) -> bool:
    """Whether the message names ``brand`` anywhere but in its From domain."""
    return any(
        c.brand is brand and c.where != "from-domain" for c in claimed_brands(msg, knowledge)
    )


# Words a name's initials leave out ("University of Texas" is "ut", not "uot").
_INITIAL_STOPWORDS = frozenset({"and", "the", "for", "des", "der", "die", "und", "del", "los"})
MIN_INITIALS = 3


def _initials(words: list[str]) -> str:
    """The first letters of a display name's words (three letters or more each, stopwords
    left out), when there are at least ``MIN_INITIALS`` of them; "" otherwise."""
    letters = "".join(word[0] for word in words if word not in _INITIAL_STOPWORDS)
    return letters if len(letters) >= MIN_INITIALS else ""


def _without_mail_word(label: str) -> str:
    """An organisation's name without the word that marks its domain as the one it mails
    from: "trustpilot" for trustpilotmail.com (round 385), "acme" for acme-email.com."""
    for word in _MAIL_WORDS:
        for name in (label.removesuffix(word), label.removeprefix(word)):
            name = name.strip("-")
            if name != label.strip("-") and len(name) >= _MIN_NAME:
                return name
    return label


@detector(
    emits={
        "SENDER_ORG_UNRELATED",
        "SENDER_BRAND_DOMAIN_UNBRANDED",
        "SENDER_ACADEMIC_BULK",
        "SENDER_FREE_TENANT_BULK",
    },
    group="sender",
)
def org_unrelated(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.domain or not sender.display.strip():
        return
    if sender.domain in ctx.knowledge.freemail:
        return
    org = registrable_domain(sender.domain)
    if not org or "." not in org:
        return
    org_label = _without_mail_word(org.split(".", 1)[0])
    display = sender.display[:_DISPLAY_MAX]
    words = WORDS.findall(fold(display))
    if not words:
        return
    local = fold(sender.address.rpartition("@")[0][:64])
    if any(word in local or word in sender.domain for word in words):
        return  # the name is in the address: a person's mailbox or the organisation itself
    if len(org_label) >= 4 and org_label in "".join(words):
        return
    if _initials(words) == org_label:
        return  # "Queen's University Belfast" <alumni@qub.ac.uk>: the name's initials
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
    if leads_only_to_government(msg, ctx.knowledge):
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
    opt_out = _opt_out_link(msg)
    bulk_evidence = {"from": sender.address, "opt_out": opt_out, "link_domains": destinations[:5]}
    if opt_out is not None and _academic_person(sender.address, sender.domain):
        yield Finding(
            "SENDER_ACADEMIC_BULK",
            summary=(
                f'a person\'s mailbox at {org} sends bulk mail ("{opt_out}") for'
                f" {destinations[0]}: a hijacked student or staff account"
            ),
            evidence=bulk_evidence,
        )
    elif opt_out is not None and free_tenant(sender.domain, ctx.knowledge) is not None:
        yield Finding(
            "SENDER_FREE_TENANT_BULK",
            summary=(
                f'a free tenant ({sender.domain}) sends bulk mail ("{opt_out}") for'
                f" {destinations[0]}"
            ),
            evidence=bulk_evidence,
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
