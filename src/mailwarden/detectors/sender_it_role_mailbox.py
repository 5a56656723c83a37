"""The IT service desk's name over a person's own mailbox.

"IT Service Desk" <l.pemberton@college.ac.uk>, "Mail Administrator" <j.reinholt@uni.de>: a
service desk, a mail administrator or an IT department writes from a shared mailbox of its
own (servicedesk@, it.support@). A person's account under the desk's name is how a hijacked
mailbox presents a password, sign-in or quota notice to its own organisation and beyond; the
page it links to often sits on the organisation's own SharePoint, so the links alone cannot
tell. The role words are the ``it_role`` vocabulary of ``data/lures``; which addresses read
as a person's is ``sender_roles.it_role_on_personal_mailbox``. A hint on its own; it also
keeps the notice's lures from counting as the organisation's own (``stays_with_sender``).
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.sender_roles import it_role_on_personal_mailbox


@detector(emits={"SENDER_IT_ROLE_PERSONAL_MAILBOX"}, group="sender")
def it_role_personal_mailbox(msg: Message, ctx: Context) -> Iterator[Finding]:
    role = it_role_on_personal_mailbox(msg, ctx.knowledge)
    if role is None or msg.from_address is None:
        return
    sender = msg.from_address
    yield Finding(
        "SENDER_IT_ROLE_PERSONAL_MAILBOX",
        summary=f'a person\'s mailbox {sender.address} writes as "{sender.display[:60]}" ({role})',
        evidence={"from": sender.address, "display_name": sender.display[:200], "role": role},
    )
