"""A message with nothing in it: no subject, no readable text, no link, no attachment.

Before a campaign, senders test which addresses exist and which mailboxes read their mail by
sending empty messages ("recon" or address-validity probes): a bounce says the address is
dead, silence says it is alive, a remote picture in the markup says it was opened. A person
who sends mail says something, if only in the subject; an empty forward of a file still has
the file. So this names a message whose subject and body hold no letter or digit at all
(RFC 5322 §3.6.5 makes the Subject optional, but mail written by people carries one), with no
link and no part other than its (empty) text bodies. It must have a sender: an empty file is
not a message anybody sent.

Measured: no legitimate message of the ham corpora (0 of 6,372) is empty in this sense. An
accidental empty send does happen; tagging it costs the reader nothing, since there is
nothing in it to read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# Any letter or digit in any script: punctuation and whitespace alone say nothing.
_WORD_CHAR = re.compile(r"[^\W_]")


def _has_words(text: str) -> bool:
    return bool(_WORD_CHAR.search(text))


@detector(emits={"CONTENT_EMPTY_PROBE"}, group="content")
def empty_probe(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None:
        return  # no sender at all (an empty file): not a message anybody sent
    if _has_words(msg.subject) or _has_words(msg.body_text):
        return
    if msg.links:
        return
    # A picture, a file, a calendar invitation: anything besides the text bodies is content.
    for part in msg.parts:
        if not part.is_body_text:
            return
    yield Finding(
        "CONTENT_EMPTY_PROBE",
        summary="empty message: no subject, no text, no link, no attachment",
        evidence={
            "from": sender.address[:200],
            "parts": [part.content_type[:60] for part in msg.parts][:5],
        },
    )
