"""A From domain dressed up as the reader's own organisation's domain
(``recipient_imitation``).

- ``SENDER_LOOKALIKE_RECIPIENT_DOMAIN``: the organisation's name one keystroke away
  (cedarbrook-pediatrics.com writing to lwong@cedarbrookpediatrics.com);
- ``SENDER_EXTENDS_RECIPIENT_DOMAIN``: the organisation's whole name with a word joined by a
  hyphen (brackenridge-itservices.com writing to dkessler@brackenridge.edu). Weaker alone:
  a group's companies are named so too (a subsidiary's "-group" or "-health" domain).
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.recipient_imitation import LOOKALIKE, imitated_recipient
from mailwarden.result import Finding


@detector(
    emits={"SENDER_LOOKALIKE_RECIPIENT_DOMAIN", "SENDER_EXTENDS_RECIPIENT_DOMAIN"},
    group="sender",
)
def lookalike_recipient(msg: Message, ctx: Context) -> Iterator[Finding]:
    imitation = imitated_recipient(msg, ctx.knowledge)
    if imitation is None:
        return
    evidence = {"from_domain": msg.from_domain, "recipient_domain": imitation.recipient_domain}
    if imitation.kind == LOOKALIKE:
        yield Finding(
            "SENDER_LOOKALIKE_RECIPIENT_DOMAIN",
            summary=f"the sender's domain {imitation.sender_domain} imitates the recipient's "
            f"{imitation.recipient_domain}",
            evidence=evidence,
        )
    else:
        yield Finding(
            "SENDER_EXTENDS_RECIPIENT_DOMAIN",
            summary=f"the sender's domain {imitation.sender_domain} is the recipient's "
            f"organisation's name ({imitation.recipient_domain}) with a word added",
            evidence=evidence,
        )
