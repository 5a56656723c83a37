"""Who a sender's display name says it is, against the mailbox under it.

``it_role_on_personal_mailbox``: the IT service desk's or mail administrator's name over a
person's own mailbox ("IT Service Desk" <l.pemberton@college.ac.uk>). A service desk writes
from a shared mailbox of its own (servicedesk@, it.support@); a person's account dressed in
the desk's name is how a hijacked mailbox presents its password or sign-in notice to its own
organisation, linking to a page on the organisation's own SharePoint. Used by
``destinations.stays_with_sender`` (such a notice is not the organisation's own voice) and by
the ``SENDER_IT_ROLE_PERSONAL_MAILBOX`` detector.
"""

from __future__ import annotations

import functools
import re

from mailwarden.knowledge import Knowledge
from mailwarden.lures import lures_in_text, vocabulary
from mailwarden.message.parse import Message

# A person's own mailbox: given name or initial, a dot, hyphen or underscore, family name
# ("l.pemberton", "karen_ellsworth"). Role mailboxes are written the same way
# ("it.servicedesk", "is.helpline"), so no part may be a function word.
_PERSONAL_LOCAL = re.compile(r"[a-z][a-z']{0,20}[._-][a-z][a-z'-]{1,30}")
# Words of mailboxes that belong to a function, not a person; the words of the it_role
# vocabulary itself ("soporte", "ti", "informatique") count too.
_FUNCTION_WORDS = frozenset(
    {
        "it", "ict", "is", "help", "helpdesk", "helpline", "desk", "servicedesk", "service",
        "services", "support", "admin", "administrator", "sysadmin", "webmaster", "postmaster",
        "mail", "email", "noreply", "no", "reply", "donotreply", "info", "security", "team",
        "notices", "notice", "alerts", "notifications", "system", "systems", "tech",
        "technical", "office", "hr", "payroll", "accounts", "billing", "edv", "ti",
    }
)  # fmt: skip
IT_ROLE = "it_role"


def it_role_on_personal_mailbox(msg: Message, knowledge: Knowledge) -> str | None:
    """The IT or mail-administration role a display name speaks as ("IT Service Desk",
    "Mail Administrator") when the address under it is a person's own mailbox
    ("l.pemberton@college.ac.uk"), else None. Worked out once per message: the detector and
    every ``stays_with_sender`` call ask."""
    return msg.cached(
        ("sender_roles.it_role_on_personal_mailbox", knowledge),
        lambda: _it_role_on_personal_mailbox(msg, knowledge),
    )


def _it_role_on_personal_mailbox(msg: Message, knowledge: Knowledge) -> str | None:
    sender = msg.from_address
    if sender is None or not sender.display.strip() or not sender.address:
        return None
    local = sender.address.rpartition("@")[0].lower().split("+", 1)[0]
    if not _PERSONAL_LOCAL.fullmatch(local):
        return None
    function_words = _function_words(knowledge)
    if any(part in function_words for part in re.split(r"[._-]", local)):
        return None
    roles = [
        m.phrase
        for m in lures_in_text(sender.display[:200], knowledge, "display-name")
        if m.category == IT_ROLE
    ]
    return max(roles, key=len) if roles else None


@functools.lru_cache(maxsize=4)
def _function_words(knowledge: Knowledge) -> frozenset[str]:
    """``_FUNCTION_WORDS`` and the words of the it_role vocabulary, for one knowledge."""
    return _FUNCTION_WORDS | {
        word for phrase in vocabulary(knowledge, IT_ROLE) for word in phrase.split()
    }
