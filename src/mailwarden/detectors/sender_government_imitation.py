"""A From domain that writes a government's suffix into its own name.

The sender side of ``link_government_imitation``: mail from ``dwp-payments-gov.uk`` or
``antai-gouv-paiement.com`` poses as a public body's address that only a government-only
suffix can give.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.link_government_imitation import government_word
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding


@detector(emits={"SENDER_GOVERNMENT_IMITATION"}, group="sender")
def government_imitation_sender(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not msg.from_domain or not ctx.knowledge.government_words:
        return
    sender = registrable_domain(msg.from_domain)
    word = government_word(sender, ctx.knowledge) if sender else ""
    if word:
        yield Finding(
            "SENDER_GOVERNMENT_IMITATION",
            summary=f'the From domain {sender} writes "{word}" into its name, posing as a'
            " public body's address",
            evidence={"from_domain": msg.from_domain, "word": word},
        )
