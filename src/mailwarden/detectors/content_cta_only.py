"""A message that is little more than a button to someone else's site.

Legitimate mail that asks for a click explains itself (what, why, who is writing, how to
stop the mail) and usually links to the sender's own organisation. Bait is a line or two of
text around one link behind words or an image, leading to a site that is not the sender's.
The finding: fewer than ``_MAX_WORDS`` words of visible text, web links to exactly one
registrable domain, that domain not the sender's, and at least one of those links hidden
behind words or an image (``message.clicks``). A second signal, weak alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.clicks import invites_click
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link, registrable_domain
from mailwarden.result import Finding
from mailwarden.text_traits import word_count

# Below this a message cannot say who sends it, why, and how to stop it; measured: no ham
# message with one outside link-domain and a worded/image link is this short.
_MAX_WORDS = 25


@detector(emits={"CONTENT_CTA_ONLY"}, group="content")
def cta_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    destinations = {
        link.registrable for link in msg.links if is_action_link(link) and link.registrable
    }
    if len(destinations) != 1:
        return
    words = word_count(msg.body_text, _MAX_WORDS)
    if words >= _MAX_WORDS:
        return
    sender = msg.from_address
    if sender is not None and sender.domain and registrable_domain(sender.domain) in destinations:
        return
    if not invites_click(msg.parsed_html):
        return
    destination = next(iter(destinations))
    yield Finding(
        "CONTENT_CTA_ONLY",
        summary=f"{words} words of text around a link to {destination}, not the sender's site",
        evidence={"words": words, "link_domain": destination},
    )
