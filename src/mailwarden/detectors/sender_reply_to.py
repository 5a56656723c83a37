"""Reply-To that leads away from the sender's organisation (RFC 5322 §3.6.2).

Replies going to another organisation than the one in From is how authenticated-sender
fraud collects answers; a free-mail Reply-To behind a corporate From is the classic form.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding


@detector(emits={"SENDER_REPLY_TO_DIVERGES"}, group="sender")
def reply_to_diverges(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.domain:
        return
    sender_org = registrable_domain(sender.domain)
    for reply in msg.reply_to:
        if reply.domain and registrable_domain(reply.domain) != sender_org:
            yield Finding(
                "SENDER_REPLY_TO_DIVERGES",
                summary=f"replies go to {reply.domain}, not to the sender's {sender_org}",
                evidence={"from": sender.address, "reply_to": reply.address},
            )
            return
