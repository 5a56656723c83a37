"""An unfilled mail-merge tag in the subject: a bulk tool's template sent as it was.

Bulk-sending tools fill the recipient's name or address into a template; when the list has no
such field, or the tool is misconfigured, the tag itself goes out: "[username], say goodbye to
...", "Hi {first_name}", "*|FNAME|*", "%%Name%%". A subject written for one reader never holds
one. Only the subject is judged: bodies quote template syntax legitimately (developer mail,
newsletters about templates), and a subject carries the tag where every reader sees it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lures import subject_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# Mail-merge syntaxes: [name], {name}, {{name}}, %%name%%, *|NAME|*, ${name}, #name#, with a
# field name a recipient list has (names, address, user name). Bounded, linear.
_FIELD = (
    r"(?:user[ _]?name|first[ _]?name|last[ _]?name|full[ _]?name|fname|lname|name|e-?mail"
    r"|recipient)"
)
_TAG = re.compile(
    rf"(?i)\[\s?{_FIELD}\s?\]|\{{{{?\s?{_FIELD}\s?\}}}}?|%%{_FIELD}%%|\*\|{_FIELD}\|\*"
    rf"|\$\{{{_FIELD}\}}|#{_FIELD}#"
)


@detector(emits={"CONTENT_SPAM_UNFILLED_PLACEHOLDER"}, group="content")
def unfilled_placeholder(msg: Message, ctx: Context) -> Iterator[Finding]:
    subject = subject_text(msg)
    match = _TAG.search(subject[:500])
    if match is None:
        return
    yield Finding(
        "CONTENT_SPAM_UNFILLED_PLACEHOLDER",
        summary=f"the subject holds an unfilled mail-merge tag {match.group(0)!r}",
        evidence={"tag": match.group(0), "subject": subject[:200]},
    )
