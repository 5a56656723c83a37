"""Image spam: a message whose content is a linked picture, with next to no text.

Putting the offer into a remote image hides its words from text filters; the reader sees a
banner and clicks it. The trait here is about content, not format: the visible text (plain
part and HTML text together) has at most ``MAX_WORDS`` words, and the HTML shows a remote
image inside a link that leads outside the sender's own organisation. A short personal mail
with an inline (``cid:``) logo, or a signature logo linking to the sender's own site, does
not qualify.
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import make_link, registrable_domain
from mailwarden.result import Finding
from mailwarden.text_traits import word_count

MAX_WORDS = 25
# The HTML is parsed again only for messages that pass the cheap checks; this bounds it.
HTML_SCAN_CHARS = 500_000
MAX_ANCHORS = 200


def _linked_image_targets(html: str) -> list[str]:
    """Registrable domains that remote images link to, in document order."""
    tree = LexborHTMLParser(html[:HTML_SCAN_CHARS])
    targets: list[str] = []
    for anchor in tree.css("a[href]")[:MAX_ANCHORS]:
        image = anchor.css_first("img[src]")
        if image is None:
            continue
        src = (image.attributes.get("src") or "").strip().lower()
        if not src.startswith(("http://", "https://", "//")):
            continue
        link = make_link(anchor.attributes.get("href") or "", "", "html")
        if link is not None and link.registrable and link.scheme in ("http", "https"):
            targets.append(link.registrable)
    return targets


@detector(emits={"CONTENT_SPAM_IMAGE_ONLY"}, group="content")
def image_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not msg.parsed_html.images:
        return
    words = word_count(msg.body_text, MAX_WORDS)
    if words > MAX_WORDS:
        return
    sender_org = registrable_domain(msg.from_domain) if msg.from_domain else ""
    targets = [t for t in _linked_image_targets(msg.html) if t != sender_org]
    if not targets:
        return
    yield Finding(
        "CONTENT_SPAM_IMAGE_ONLY",
        summary=f"the message is a linked image to {targets[0]} with {words} words of text",
        evidence={
            "words": words,
            "images": len(msg.parsed_html.images),
            "image_links_to": sorted(set(targets))[:5],
        },
    )
