"""A message that announces an attachment it does not have, and links to a web page instead.

"Please find attached our statement", "see the attached document", "im Anhang", "em anexo":
the reader expects a file, finds none, and clicks the link that stands in for it. Phishing
uses this to carry a link to a page it controls: a page on a host where anyone publishes
(a site builder, a serverless or storage host: ``data/lists/hosting.txt``, ``buckets.txt``),
or a link whose visible text is a document's file name ("Statement_Dec.pdf") while the
target is not that file but a web page.

The finding needs: a phrase of the ``attachment_mention`` vocabulary (``data/lures/*.toml``)
in the subject or body, no attached file (inline pictures are decoration, not the announced
document), and such a link, outside the sender's own organisation. A genuine cover mail
that forgets its attachment has no link to stand in for it; one that shares a large file
through a file service usually says so ("shared via", "download link"), and still weighs
little on its own: this is a second signal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mailwarden.claims import is_hosting_host
from mailwarden.destinations import sender_destinations
from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures
from mailwarden.message.attachments import has_attached_file
from mailwarden.message.parse import Message
from mailwarden.message.urls import Link, host_matches, is_action_link, safe_split
from mailwarden.result import Finding

VOCABULARY = "attachment_mention"
_DOC_EXTENSIONS = r"pdf|docx?|xlsx?|pptx?|odt|ods|rtf|csv|zip|rar|7z|one|xps"
# A document file name as link text: "Meridian_Statement_Dec2024.pdf", "Invoice 4471.docx".
# Linear: one bounded run of name characters, then a fixed extension.
_DOC_NAME = re.compile(rf"(?i)(?:^|[\s(\[])[\w.\- ]{{1,100}}\.({_DOC_EXTENSIONS})(?:$|[\s)\]])")
_FILE_PATH = re.compile(rf"(?i)\.(?:{_DOC_EXTENSIONS})$")
MAX_ITEMS = 5


def _stands_in(link: Link, senders_own: Callable[[Link], bool], ctx: Context) -> str:
    """Why the link stands in for the missing file ("" when it does not). A link to the
    sender's own organisation, its own tenant (contoso-my.sharepoint.com) or its mail
    provider's file service (a Gmail sender's Google Drive) is how people share large files."""
    if not is_action_link(link) or link.origin not in ("html", "text"):
        return ""
    if senders_own(link):
        return ""
    knowledge = ctx.knowledge
    if is_hosting_host(link.host, knowledge) or host_matches(link.host, knowledge.buckets):
        return "user-content host"
    if _DOC_NAME.search(link.text or ""):
        parts = safe_split(link.url)
        path = parts.path if parts is not None else ""
        if not _FILE_PATH.search(path):
            return "document-named link to a web page"
    return ""


@detector(emits={"CONTENT_PHANTOM_ATTACHMENT"}, group="content")
def phantom_attachment(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not msg.links:
        return
    mentions = [m for m in find_lures(msg, ctx.knowledge) if m.category == VOCABULARY]
    if not mentions or has_attached_file(msg):
        return
    senders_own = sender_destinations(msg, ctx)
    found: list[tuple[Link, str]] = []
    for link in msg.links:
        why = _stands_in(link, senders_own, ctx)
        if why:
            found.append((link, why))
    if not found:
        return
    first, why = found[0]
    yield Finding(
        "CONTENT_PHANTOM_ATTACHMENT",
        summary=(
            f'says "{mentions[0].phrase}" but nothing is attached; '
            f"a {why} stands in for it ({first.host})"
        ),
        evidence={
            "phrase": mentions[0].phrase,
            "url": [lk.url for lk, _ in found[:MAX_ITEMS]],
            "link_text": [lk.text for lk, _ in found[:MAX_ITEMS] if lk.text],
            "reason": sorted({w for _, w in found}),
        },
    )
