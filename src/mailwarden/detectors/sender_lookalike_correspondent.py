"""A reply from a domain one keystroke from a correspondent's in the thread it answers.

The vendor-invoice fraud of business e-mail compromise: the attacker has read a thread
between a supplier and its customer (from a hijacked mailbox on either side), registers a
cousin of the supplier's domain (fairleigh-packaglng.co.uk for fairleigh-packaging.co.uk,
sinwah-electrical.com for sinwahelectrical.com.sg) and answers the thread from it, the
earlier messages quoted below, with new bank details. The reader sees the familiar names and
the familiar thread; only the domain is off by a letter or a hyphen.

``SENDER_LOOKALIKE_CORRESPONDENT``: the From domain is a look-alike (``recipient_imitation``'s
comparison: the organisation's name one keystroke away, folded to what it looks like) of an
address on the header or attribution lines of a quoted earlier message
(``quoted_correspondents``). The name under another suffix (contoso.co.uk for contoso.com)
is an organisation's own second domain and does not count, nor do free-mail and shared
tenant domains, nor a known brand's domains. A sender that imitates the reader's own
organisation is ``SENDER_LOOKALIKE_RECIPIENT_DOMAIN``'s, one finding per deception. The
"name with a word added" shape is not judged here: a group's companies answer each other's
threads from such domains.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.quoted_correspondents import quoted_correspondents
from mailwarden.recipient_imitation import LOOKALIKE, imitated_among, imitated_recipient
from mailwarden.result import Finding


@detector(emits={"SENDER_LOOKALIKE_CORRESPONDENT"}, group="sender")
def lookalike_correspondent(msg: Message, ctx: Context) -> Iterator[Finding]:
    if not msg.from_domain or imitated_recipient(msg, ctx.knowledge) is not None:
        return
    correspondents = quoted_correspondents(msg)
    imitation = imitated_among(
        msg.from_domain, correspondents, ctx.knowledge, kinds=frozenset({LOOKALIKE})
    )
    if imitation is None:
        return
    yield Finding(
        "SENDER_LOOKALIKE_CORRESPONDENT",
        summary=f"the sender's domain {imitation.sender_domain} imitates "
        f"{imitation.recipient_domain}, a correspondent's in the thread it quotes",
        evidence={
            "from_domain": msg.from_domain,
            "imitated_domain": imitation.recipient_domain,
            "correspondents": correspondents[:10],
        },
    )
