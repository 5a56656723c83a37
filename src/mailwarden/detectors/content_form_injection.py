"""A name field of a web-form notification that holds a link or a sum: form-spam injection.

Sign-up, password-reset and contact forms mail out what a visitor typed ("Username: ...",
"First Name ..."). Spammers type their lure into those fields, so the site's own, fully
authenticated notification carries it: "Username: www.xyz.blogspot.com - 1.3 BTC",
"First Name: You earned 1.3 Bitcoin! https://t.me/...". A person's name or user name never
is a web address or an amount of money; a name field holding one is injected content, the
way analysts describe WordPress and contact-form abuse. Only name-type labels count:
"Login:", "Phone:" or "Company:" lines legitimately sit next to URLs in signatures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

_BODY_MAX = 100_000
# A label at the start of a line, its value on the same line (after an optional colon) or
# on the next one (contact-form tables rendered as text). Every quantifier is bounded or a
# plain character-class run, so the scan is linear.
_FIELD = re.compile(
    r"(?im)^[ \t*]{0,8}(user\s?name|first\s?name|last\s?name|full\s?name|your\s?name"
    r"|nome|vorname|nachname|pr[ée]nom)[ \t]{0,8}:?[ \t]{0,8}\r?\n?[ \t]{0,8}([^\r\n]{1,160})"
)
_LINKISH = re.compile(
    r"https?://|\bwww\.|\b[a-z0-9-]{1,63}\.(?:blogspot|com|net|org|ru|io|me)\b", re.I
)
_AMOUNT = re.compile(r"\d[\d.,]{0,20}\s?(?:btc|usdt?|eur|euros?|eth)\b|[$€£₿]\s?\d", re.I)


@detector(emits={"CONTENT_FORM_FIELD_INJECTION"}, group="content")
def form_field_injection(msg: Message, ctx: Context) -> Iterator[Finding]:
    body = (msg.body_text or "")[:_BODY_MAX]
    hits: list[str] = []
    for match in _FIELD.finditer(body):
        value = match.group(2).strip()
        if _LINKISH.search(value) or _AMOUNT.search(value):
            hits.append(f"{match.group(1).strip()}: {value[:80]}")
            if len(hits) >= 3:
                break
    if not hits:
        return
    yield Finding(
        "CONTENT_FORM_FIELD_INJECTION",
        summary=f"a name field holds a link or a sum ({hits[0][:60]})",
        evidence={"fields": hits},
    )
