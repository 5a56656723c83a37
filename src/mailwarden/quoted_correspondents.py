"""The addresses of the people an earlier message in a thread was from, to and copied to.

A reply or a forward carries the earlier message below its own text, and mail programs head
it with that message's correspondents: Outlook's block ("From: Sam Porter
<s.porter@tidewater-marine.com>", "To: ...", "Cc: ...", in the reader's language, starred
when a rich text is flattened: "*From:* ..."), Gmail's and Apple Mail's attribution line
("On 4 Nov 2026, at 10:12, Sam Porter <s.porter@...> wrote:"), either of them quoted with
">". A thread hijack answers such a thread from a domain one keystroke from a correspondent's
(``detectors/sender_lookalike_correspondent``).

Only addresses written on those lines count: an address in a signature or in the text is no
correspondent. Both renderings of the body are read, each up to ``SCAN_CHARS``.
"""

from __future__ import annotations

import re

from mailwarden.message.parse import Message

SCAN_CHARS = 100_000
MAX_ADDRESSES = 40

# The header names of a quoted message's From, To and Cc lines in the languages mail programs
# write them in ("Von:", "De :", "Från:", "差出人:", "보낸 사람:").
_HEADER_LINE = re.compile(
    r"^[ \t>*]*(?:from|to|cc|von|an|de|para|à|a|da|van|aan|från|till|fra|til|od|do|kimden"
    r"|kime|lähettäjä|vastaanottaja|feladó|címzett|от|кому|差出人|宛先|送信者|发件人|收件人"
    r"|寄件者|收件者|보낸 사람|받는 사람)[ \t*]*[:：][^\n]{1,400}",
    re.IGNORECASE | re.MULTILINE,
)
# The end of an attribution line ("... <s.porter@x.com> wrote:"); the line may have wrapped
# once, so the line before it is read too (up to ``ATTRIBUTION_CHARS``).
_ATTRIBUTION_END = re.compile(
    r"(?:wrote|schrieb|a [ée]crit|escribi[óo]|escreveu|schreef|ha scritto|skrev|kirjoitti"
    r"|napisał|írta|napsal)[ \t]?:",
    re.IGNORECASE,
)
ATTRIBUTION_CHARS = 400
_ADDRESS = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")


def quoted_correspondents(msg: Message) -> list[str]:
    """The addresses on the header and attribution lines of earlier messages quoted in the
    body, lower case, each once, in the order written (at most ``MAX_ADDRESSES``)."""
    return msg.cached(("quoted_correspondents",), lambda: _correspondents(msg))


def _correspondents(msg: Message) -> list[str]:
    found: list[str] = []
    for text in (msg.text_plain, msg.html_text):
        text = text[:SCAN_CHARS]
        lines = [m.group(0) for m in _HEADER_LINE.finditer(text)]
        for end in _ATTRIBUTION_END.finditer(text):
            before = text[max(0, end.start() - ATTRIBUTION_CHARS) : end.start()]
            lines.append("\n".join(before.split("\n")[-2:]))
        for line in lines:
            for address in _ADDRESS.findall(line):
                address = address.lower().strip(".")
                if address not in found:
                    found.append(address)
                    if len(found) >= MAX_ADDRESSES:
                        return found
    return found
