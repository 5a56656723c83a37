"""What a reader is invited to click, and text folded for loose comparison.

A link behind words ("Claim now", "View offer") or behind an image (a button drawn as a
picture) is a link the message asks the reader to follow without seeing where it goes. A URL
written out as its own anchor text (what mail clients make of a pasted address) shows its
destination and is not such an invitation. Used by the second-signal detectors
(``sender_org_unrelated``, ``content_cta_only``), which judge messages that want a click;
``fold`` and ``WORDS`` also serve ``sender_reply_diverted`` to compare a name with a mailbox.
"""

from __future__ import annotations

import re
import unicodedata

from mailwarden.message.html import ParsedHtml

# Letters only, three or more: the words of a display name or of a domain's label.
WORDS = re.compile(r"[^\W\d_]{3,}")
# Anchor text that is itself an address: "https://x.example/...", "www.x.example", "x.example".
_URL_TEXT = re.compile(r"^\s*(?:https?://|www\.)|^\S+\.\S{2,}$", re.IGNORECASE)
# Anchor texts looked at; a message with more anchors than this is judged on the first ones.
_MAX_ANCHORS = 500


def fold(text: str) -> str:
    """Lower case without accents ("Santé" -> "sante"), so names compare with domains."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def invites_click(parsed: ParsedHtml) -> bool:
    """True when some web link hides its destination behind words or an image."""
    for anchor in parsed.anchors[:_MAX_ANCHORS]:
        if not anchor.href.strip().lower().startswith(("http://", "https://")):
            continue
        text = anchor.text.strip()[:500]
        if not text:
            return True  # an image or an empty box: a button with no visible address
        if WORDS.search(text) and not _URL_TEXT.search(text):
            return True
    return False
