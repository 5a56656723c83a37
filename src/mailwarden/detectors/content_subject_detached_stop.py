"""A subject whose closing full stop stands apart from its last word ("... Most .").

Bulk-spam kits assemble subjects from templates and append the terminal punctuation as a
separate token, so it ends up detached: "Important Update: Your Winter Safety Kit .". No
typographic convention puts a space before a full stop (French spacing applies to ! ? ; :,
which is why only the full stop is judged here), and people do not type it. A trait of the
tool that sent the message, not of its words; weak alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# A word character or closing punctuation, then whitespace, then one lone "." at the end.
# An ellipsis (" ...") or a lone dot as the whole subject is not this.
_DETACHED_STOP = re.compile(r"[^\s.]\s+\.\s*$")
_SUBJECT_TAIL = 300


@detector(emits={"CONTENT_SUBJECT_DETACHED_STOP"}, group="content")
def subject_detached_stop(msg: Message, ctx: Context) -> Iterator[Finding]:
    subject = msg.subject.rstrip()
    if not _DETACHED_STOP.search(subject[-_SUBJECT_TAIL:]):
        return
    yield Finding(
        "CONTENT_SUBJECT_DETACHED_STOP",
        summary="the subject ends in a full stop set apart from its last word, as spam kits write",
        evidence={"subject": subject[-80:]},
    )
