"""A short message that offers a document, whose only outside link is a web page anyone can build.

"Please see below", "Sharing the proposal as discussed", "Sending over the documents": a
hijacked mailbox writes to the victim's contacts the way its owner would, and the one link
goes to a page the attacker built in minutes on a site builder or an app host
(``sites.google.com``, ``*.framer.website``, ``*.firebaseapp.com``, ``*.pages.dev``, a storage
bucket: ``data/lists/hosting.txt`` and ``buckets.txt``; or a file share's page published
for anyone, ``published_pages.txt``: a Google Doc "published to the web", a Canva design's
view). The page shows a "View document" button that leads to a fake sign-in. People share
documents through file shares and document hosts (Google Drive and Docs, OneDrive, Dropbox,
WeTransfer: ``file_shares.txt``), or attach them; a document offered as a web page on
someone else's site builder is the tell.

The finding needs all of: a phrase of the ``document_offer`` vocabulary (``data/lures``) in
the subject or body; a short body (a newsletter or a long letter is something else); no file
attached; and every action link outside the sender's own organisation going to one registrable
domain, on a web-page host. A web agency sending a client the draft of a site it built writes
about the site, not about documents; that one-link mail stays silent.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.claims import is_published_page, is_web_page_host
from mailwarden.destinations import sender_destinations
from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures
from mailwarden.message.attachments import has_attached_file
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding
from mailwarden.text_traits import body_word_count

VOCABULARY = "document_offer"
# A cover note: a few lines and a signature. Longer mail (newsletters, reports, letters)
# links to many places for many reasons.
MAX_BODY_WORDS = 150
MAX_ITEMS = 3


@detector(emits={"LINK_DOCUMENT_ON_WEB_PAGE"}, group="link")
def document_on_web_page(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not msg.links:
        return
    offers = [m.phrase for m in find_lures(msg, ctx.knowledge) if m.category == VOCABULARY]
    if not offers or body_word_count(msg, MAX_BODY_WORDS) > MAX_BODY_WORDS:
        return
    if has_attached_file(msg):
        return
    senders_own = sender_destinations(msg, ctx)
    outside = [
        link
        for link in msg.links
        if is_action_link(link)
        and link.origin in ("html", "text")
        and link.registrable
        and not senders_own(link)
    ]
    if not outside or len({link.registrable for link in outside}) != 1:
        return
    if not all(
        is_web_page_host(link.host, ctx.knowledge) or is_published_page(link, ctx.knowledge)
        for link in outside
    ):
        return
    hosts = list(dict.fromkeys(link.host for link in outside))
    yield Finding(
        "LINK_DOCUMENT_ON_WEB_PAGE",
        summary=(
            f'offers a document ("{offers[0]}") through a web page anyone can build '
            f"({hosts[0]}), not a file share or an attachment"
        ),
        evidence={
            "phrase": list(dict.fromkeys(offers))[:MAX_ITEMS],
            "url": [link.url for link in outside[:MAX_ITEMS]],
            "host": hosts[:MAX_ITEMS],
        },
    )
