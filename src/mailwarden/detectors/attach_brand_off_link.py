"""An attached document that speaks as a brand while its own links lead somewhere else.

Phishing mail moves both the brand and the link into an attachment ("Internal Revenue
Service - your tax refund statement - submit the form", "Microsoft 365 - shared document -
Open"), so the message body names nothing the brand detectors can compare. This decides, per
PDF, HTML or SVG attachment, whether the document's own text (ISO 32000-1 §9.10 extracted
text, a page's visible text) presents itself as a brand, and whether the document's own links
(PDF link annotations, ISO 32000-1 §12.5.6.5; page anchors) lead to registrable domains that
neither the brand nor the sender's organisation owns.

Only the strong claim forms count, never a passing mention: the account and service forms of
``mailwarden.claims`` ("your Microsoft account", "PayPal Support", "(c) Netflix") and a
letterhead or signature line (the first or last few lines) that is nothing but one of the
brand's specific keywords ("Internal Revenue Service" on a line of its own), or such a line
after a sender label anywhere ("Sender: Internal Revenue Service"). A document whose links
include the sender's own site is the sender's document (a newsletter that mentions Microsoft
and links to its own pages), one that links to the brand's own site too is the brand's page
printed or forwarded; a brand's own sender is never judged against that brand.

Overlap with ``ATTACH_PDF_LINK_ONLY``: that finding names the document's form (a near-empty
page wrapped around one foreign link), this one its voice (a brand's identity on a page that
links elsewhere). A foreign link alone is no evidence in either, so both may fire on one PDF:
they are two things an analyst names separately, and neither weight rests on the link alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mailwarden.claims import (
    brand_owns_host,
    brand_owns_sender,
    brands_with_keyword,
    fold_text,
    sender_organisations,
    speaking_in_text,
    squash,
)
from mailwarden.destinations import own_tenant_test
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.message.attachments import (
    KIND_HTML,
    KIND_PDF,
    KIND_SVG,
    Attachment,
    analyse,
    link_domains,
)
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, make_link
from mailwarden.result import Finding

KINDS = frozenset({KIND_PDF, KIND_HTML, KIND_SVG})
# A letterhead or signature line is short; a longer line mentioning the brand is a sentence.
MAX_LINE_WORDS = 6
MAX_LINES = 400
# Non-empty lines that make a letterhead (the top) and a signature (the bottom).
HEAD_LINES = 3
FOOT_LINES = 6
MAX_LINKS = 50
MAX_DOMAINS = 5
# Decoration around a letterhead ("- Microsoft 365 -", "| PayPal |") is not part of a name.
_DECORATION = re.compile(r"[^\w&\s.\-']|_")
# A labelled sender line ("Sender: Internal Revenue Service", "Issued by: PayPal"): the
# document names its own author. Labels only; the brand after them must be a whole keyword.
_SENDER_LABEL = re.compile(
    r"^\s*(?:sender|from|issued by|sent by|remetente|absender|expéditeur|remitente)\s*:\s*"
)


def _line_claims(text: str, knowledge: Knowledge) -> Iterator[tuple[Brand, str]]:
    """Brands whose specific keyword is a whole line at the document's head (its letterhead)
    or foot (its signature), or after a sender label anywhere. A brand's name on a line in the
    middle is a heading of a list ("CASAS BAHIA" above a partner's offers), not the author.
    Bare-word names ("=outlook") never claim here: "Outlook" heads report sections."""
    lines = [line for line in text.splitlines()[:MAX_LINES] if line.strip()]
    for index, line in enumerate(lines):
        if len(line.split(maxsplit=MAX_LINE_WORDS)) > MAX_LINE_WORDS:
            continue
        folded = fold_text(line)
        labelled = _SENDER_LABEL.match(folded)
        if labelled is None and HEAD_LINES <= index < len(lines) - FOOT_LINES:
            continue
        if labelled is not None:
            folded = folded[labelled.end() :]
        bare = squash(_DECORATION.sub(" ", folded)).strip(" .-'")
        for brand in brands_with_keyword(bare, knowledge):
            yield brand, bare


def _speaking_brands(item: Attachment, ctx: Context) -> dict[str, tuple[Brand, str]]:
    """Brand name -> (brand, matched text) for the strong claims in the document's text."""
    brands: dict[str, tuple[Brand, str]] = {}
    if not item.text or not ctx.knowledge.brands:
        return brands
    for brand, matched in speaking_in_text(item.text, ctx.knowledge):
        brands.setdefault(brand.name, (brand, matched))
    for brand, line in _line_claims(item.text, ctx.knowledge):
        brands.setdefault(brand.name, (brand, line))
    return brands


def _links_own_tenant(item: Attachment, own: Callable[[Link], bool]) -> bool:
    """Whether one of the document's links goes to the sender's own tenant site."""
    for url, _ in item.links[:MAX_LINKS]:
        link = make_link(url, "", "attachment")
        if link is not None and own(link):
            return True
    return False


@detector(emits={"ATTACH_BRAND_LINK_MISMATCH"}, group="attach")
def brand_off_link(msg: Message, ctx: Context) -> Iterator[Finding]:
    documents = [item for item in analyse(msg) if item.kind in KINDS and item.links and item.text]
    if not documents:
        return
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    own = own_tenant_test(orgs, ctx.knowledge)
    senders = [msg.from_domain or "", *ctx.auth.authenticated_domains]
    for item in documents:
        domains = link_domains(url for url, _ in item.links[:MAX_LINKS])
        # The sender's own site among the links, or its own tenant on a service
        # (tidewater.service-now.com): the sender's document, whatever it names.
        if not domains or any(d in orgs for d in domains) or _links_own_tenant(item, own):
            continue
        for brand, matched in _speaking_brands(item, ctx).values():
            if any(brand_owns_sender(brand, d, ctx.knowledge) for d in senders if d):
                continue
            off = [d for d in domains if not brand_owns_host(brand, d)]
            # Links to the brand's own site as well: a brand page printed or forwarded as a
            # file (its printing tool's link is foreign), not a page built to send the reader
            # away. Kept silent: such padding would be the rarer phish, and ham matters more.
            if not off or len(off) < len(domains):
                continue
            url = next(
                (u for u, _ in item.links if any(d in u.lower() for d in off)), item.links[0][0]
            )
            yield Finding(
                "ATTACH_BRAND_LINK_MISMATCH",
                summary=(
                    f"{item.label} speaks as {brand.name} ('{matched}') but links to {off[0]}"
                ),
                evidence={
                    "file": item.label,
                    "brand": brand.name,
                    "matched": matched,
                    "domains": off[:MAX_DOMAINS],
                    "url": url[:300],
                },
            )
            return
