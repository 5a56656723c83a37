"""Hash-busting tokens and filler in the Subject and the sender's display name.

Bulk senders make every copy of a message different so that checksum filters and
duplicate counters miss it: a random token appended to the subject or to the display name
("message Pending dfhSBe", "Crédito IR Liberado - v5V0ZVRe1HjazliqQoYz"), often pushed out of
sight by filler ("OnlineSecurity...grEy", "W lnacTle T eam .....EK074", a run of spaces in
the subject). Which tokens are random is decided by ``text_traits.is_random_token``: a mixed
case letters-and-digits token that cannot be read as camel-case words. Hex strings (commit
and ticket ids) never count.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lures import subject_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import filler_runs, from_text, padding_runs, random_tokens


def _display_names(msg: Message) -> str:
    return " ".join(a.display for a in msg.from_addresses[:5] if a.display)


@detector(emits={"CONTENT_SPAM_HASH_BUSTER"}, group="content")
def hash_buster(msg: Message, ctx: Context) -> Iterator[Finding]:
    subject = subject_text(msg)
    sender = from_text(msg)
    tokens = random_tokens(subject) + random_tokens(sender)
    filler = padding_runs(subject) + filler_runs(_display_names(msg))
    if not tokens and not filler:
        return
    where = "a random token" if tokens else "filler"
    yield Finding(
        "CONTENT_SPAM_HASH_BUSTER",
        summary=f"{where} in the subject or sender name, as bulk senders add to defeat filters",
        evidence={
            "tokens": tokens[:5],
            "filler": [repr(f)[1:-1][:20] for f in filler[:3]],
            "subject": subject,
            "from": sender,
        },
    )
