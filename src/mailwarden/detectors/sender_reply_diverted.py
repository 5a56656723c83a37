"""Replies diverted to someone else's free-mail box in a message that offers nothing else.

Reply scams (advance-fee "Greetings", "Urgent: help needed", "did you get my mail?") carry
no link: the answer is the whole point. They are sent from a throw-away or hijacked mailbox
and set Reply-To (RFC 5322 §3.6.2) to a free-mail box the scammer keeps, under a display
name that belongs to neither mailbox ("Stella Michael" <m.mariucci@...>, replies to
mrsstellamichael002@gmail...). An analyst reads that as "the sender is not who is named,
and answers go somewhere else".

The finding needs all of these:
- no web link a reader could follow (``is_action_link``): a reply is the only channel;
- a Reply-To that is a free-mail mailbox other than the From address;
- a From display name sharing no word with the From mailbox's local part, nor the local
  part's words appearing in the name. Real people's mailboxes carry their name
  (``jane.roe@``), and mailing lists that rewrite From to the list keep the list's name in
  both ("Jane via Users" <users@lists...>, replies to jane@free-mail).
A second signal: weak alone, decisive next to an advance-fee or charity lure.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.clicks import WORDS, fold
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding

_DISPLAY_MAX = 200
_LOCAL_MAX = 64


def name_matches_mailbox(display: str, local: str) -> bool:
    """True when a word of the display name is in the local part, or the other way round."""
    name = fold(display[:_DISPLAY_MAX])
    box = fold(local[:_LOCAL_MAX])
    if any(word in box for word in WORDS.findall(name)):
        return True
    return any(token in name for token in WORDS.findall(box))


@detector(emits={"SENDER_REPLY_DIVERTED_FREEMAIL"}, group="sender")
def reply_diverted(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.address or not msg.reply_to:
        return
    own = sender.address.lower()
    diverted = [
        reply.address
        for reply in msg.reply_to
        if reply.domain in ctx.knowledge.freemail and reply.address.lower() != own
    ]
    if not diverted:
        return
    if name_matches_mailbox(sender.display, sender.address.rpartition("@")[0]):
        return
    if any(is_action_link(link) for link in msg.links):
        return
    name = sender.display.strip()[:60] or "(no name)"
    yield Finding(
        "SENDER_REPLY_DIVERTED_FREEMAIL",
        summary=(
            f'"{name}" <{sender.address}> offers no link and sends replies to the'
            f" free-mail box {diverted[0]}"
        ),
        evidence={
            "from": sender.address,
            "display_name": sender.display[:_DISPLAY_MAX],
            "reply_to": diverted[:3],
        },
    )
