"""The same recipient named twice in To and Cc (RFC 5322 section 3.6.3).

A person writing to someone lists them once; mail clients drop duplicates. Bulk-sending
tools that fill every recipient field from the same list entry put the victim's address in
To and in Cc. Only the message's own headers are compared, whatever the address is.

Only deliverable addresses count (a domain with a dot): a placeholder that an archive put in
place of every recipient (``user@redacted``) makes different people look like one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import recipient_addresses

_DELIVERABLE = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


@detector(emits={"SENDER_ANOMALY_DUPLICATE_RECIPIENT"}, group="sender")
def duplicate_recipient(msg: Message, ctx: Context) -> Iterator[Finding]:
    to = set(recipient_addresses(msg, ("To",)))
    cc = set(recipient_addresses(msg, ("Cc",)))
    both = sorted(a for a in to & cc if _DELIVERABLE.fullmatch(a))
    if not both:
        return
    yield Finding(
        "SENDER_ANOMALY_DUPLICATE_RECIPIENT",
        summary=f"{both[0]} is both a To and a Cc recipient",
        evidence={"addresses": both[:5]},
    )
