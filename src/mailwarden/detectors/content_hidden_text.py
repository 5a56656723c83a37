"""Text hidden inside words to break up keywords that filters look for.

"Pa\u200bss\u200bword" reads as "Password" but matches no filter; so does
``Pass<span style="font-size:0">xq</span>word``. Analysts call both keyword obfuscation.
Hidden text as such is common in legitimate newsletters (a display:none preview line), and
so are zero-width characters next to spaces and emoji; what this detector counts is only
invisible material *between two Latin letters*, which normal writing never needs:

- zero-width and other invisible characters (literal or as HTML entities), variation
  selectors and tag characters, and combining marks of other scripts on Latin letters;
- elements styled invisible (font-size 0, display none, visibility hidden, opacity 0,
  transparent colour) whose short text sits between letters.

It fires from ``MIN_SPLITS`` such places on; all patterns run on google-re2 (linear time).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import re2

from mailwarden.detectors import Context, detector
from mailwarden.lures import subject_text
from mailwarden.message.html import HIDDEN_FILLER_CHARS, HIDDEN_STYLE
from mailwarden.message.parse import Message
from mailwarden.result import Finding

MIN_SPLITS = 3
SCAN_CHARS = 500_000

_INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u206a-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\U000e0000-\U000e007f\U000e0100-\U000e01ef"
    # combining marks of Hebrew and Arabic, which attackers strew over Latin words
    "\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
)
_ENTITY = (
    r"&(?:#(?:8203|8204|8205|8288|65279|173|847)|#x(?:200b|200c|200d|2060|feff|ad|34f)"
    r"|zwnj|zwj|shy|ZeroWidthSpace|NoBreak);"
)
_LETTER = r"[A-Za-z\x{00C0}-\x{024F}]"
_SPLIT_TEXT = re2.compile(rf"{_LETTER}(?:[{_INVISIBLE}]|{_ENTITY})+{_LETTER}")
# The same without HTML entities, for header text (subjects, display names).
INVISIBLE_INSIDE_WORD = re2.compile(rf"{_LETTER}[{_INVISIBLE}]+{_LETTER}")
# The text extraction's test for an invisible style (``message.html``), and transparent
# text besides; inside a tag a value ends at ";", "!" or the attribute's quote (the "$" of the
# shared test cannot match there: a ">" must follow).
_HIDDEN_STYLE = rf"(?:{HIDDEN_STYLE}|color\s*:\s*transparent)"
_SPLIT_ELEMENT = re2.compile(
    rf"(?i){_LETTER}<(?:span|font|b|i|u|em|strong|small|sup|sub|a|div|p)\b[^>]{{0,300}}"
    rf"{_HIDDEN_STYLE}[^>]{{0,300}}>[^<]{{1,{HIDDEN_FILLER_CHARS}}}</[a-z]{{1,6}}>{_LETTER}"
)


def _splits(pattern: Any, text: str, found: list[str]) -> None:
    if not text:
        return
    for match in pattern.finditer(text[:SCAN_CHARS]):
        found.append(match.group(0))
        if len(found) >= 50:
            return


@detector(emits={"CONTENT_HIDDEN_TEXT"}, group="content")
def hidden_text(msg: Message, ctx: Context) -> Iterator[Finding]:
    found: list[str] = []
    _splits(_SPLIT_TEXT, subject_text(msg), found)
    _splits(_SPLIT_TEXT, msg.text_plain, found)
    _splits(_SPLIT_TEXT, msg.html, found)
    invisible = len(found)
    _splits(_SPLIT_ELEMENT, msg.html, found)
    if len(found) < MIN_SPLITS:
        return
    yield Finding(
        "CONTENT_HIDDEN_TEXT",
        summary=f"words broken up by hidden text in {len(found)} places",
        evidence={
            "places": len(found),
            "invisible_characters": invisible,
            "hidden_elements": len(found) - invisible,
            "examples": [ascii(s)[1:-1][:80] for s in found[:5]],
        },
    )
