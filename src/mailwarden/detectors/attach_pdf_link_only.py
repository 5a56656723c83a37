"""A PDF whose substance is one big link to another organisation's web site.

Attackers wrap the phishing link in a one-page PDF ("your document is ready - VIEW") so that
the message body carries no link at all. Genuine PDFs (invoices, reports, newsletters) have
text of their own; their links are incidental and usually the sender's own. So this names a
short PDF (at most two pages) with little text, whose link annotations (ISO 32000-1 §12.5.6.5)
lead to one or two registrable domains, none of them the From domain's organisation. A PDF
whose links the message body also shows hides nothing (a small business's invoice repeating
its payment link): it does not count.

ATTACH_PDF_LINK_USER_CONTENT, a second signal: that link leads to a host anyone can publish on
(``lists/hosting.txt``: ``*.netlify.app``, ``*.web.app``, IPFS gateways). A firm's client
portal or a supplier's document is on the firm's own site, not behind a one-page PDF pointing
at a free hosting page.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import is_hosting_host
from mailwarden.detectors import Context, detector
from mailwarden.message.attachments import KIND_PDF, Attachment, analyse, link_domains
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain, url_host
from mailwarden.result import Finding

MAX_PAGES = 2
# Below this much text the link is the message: a cover page says a sentence or two.
THIN_TEXT_CHARS = 400
# A link annotation covering this share of the page is a button, not a footer link.
PROMINENT_AREA = 0.01


def link_only_pdfs(msg: Message) -> Iterator[tuple[Attachment, list[str]]]:
    """Each PDF that is little more than a link elsewhere, with the domains it leads to."""
    sender_org = registrable_domain(msg.from_domain) if msg.from_domain else ""
    body_urls = {
        url
        for link in msg.links
        if link.origin in ("html", "text")
        for url in (link.url, *link.via)
    }
    for item in analyse(msg):
        if item.kind != KIND_PDF or not item.pdf_link_annotations:
            continue
        if item.pdf_pages > MAX_PAGES or item.text_chars >= THIN_TEXT_CHARS:
            continue
        if item.pdf_link_area < PROMINENT_AREA and item.text_chars >= THIN_TEXT_CHARS // 2:
            continue
        domains = link_domains(url for url, _ in item.links)
        if not domains or len(domains) > 2 or sender_org in domains:
            continue
        if {url for url, _ in item.links} & body_urls:
            continue
        yield item, domains


@detector(emits={"ATTACH_PDF_LINK_ONLY", "ATTACH_PDF_LINK_USER_CONTENT"}, group="attach")
def pdf_link_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    for item, domains in link_only_pdfs(msg):
        yield Finding(
            "ATTACH_PDF_LINK_ONLY",
            summary=f"PDF {item.label} is little more than a link to {domains[0]}",
            evidence={
                "file": item.label,
                "domains": domains,
                "url": item.links[0][0],
                "pages": item.pdf_pages,
                "text_chars": item.text_chars,
            },
        )
        hosts = {url_host(url) for url, _ in item.links[:20]}
        hosted = sorted(h for h in hosts if h and is_hosting_host(h, ctx.knowledge))
        if hosted:
            yield Finding(
                "ATTACH_PDF_LINK_USER_CONTENT",
                summary=f"PDF {item.label} links to {hosted[0]}, a host anyone can publish on",
                evidence={"file": item.label, "host": hosted[:5]},
            )
        return
