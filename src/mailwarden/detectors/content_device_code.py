"""Device-code phishing: the mail hands the reader a device-login page and a code to type in.

The OAuth 2.0 Device Authorization Grant (RFC 8628) lets a device without a keyboard sign in:
the device shows a short code, its user types it at the provider's device page
(microsoft.com/devicelogin, google.com/device: ``data/lists/device_login_pages.txt``) and signs
in there. The code belongs to the device that asked for it. When a mail brings the code, the
sender's device asked for it, and the reader who types it in and signs in gives the sender a
token to the reader's mailbox and files, on the provider's real page and past any MFA
(Microsoft's report on Storm-2372, 2025). No provider mails device codes, and an IT notice
that explains device login has no code to give. So: the page, written as a link or in the
text, and within the same stretch of text a code (letters and digits, 6 to 12 characters,
optionally in groups), said to be a code.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import path_entry_matches, safe_split, urls_in_text
from mailwarden.result import Finding

TEXT_SCAN_CHARS = 20_000
NEAR_CHARS = 400  # the code is given close to the page, before or after it
# "code: HQ7N-KWZ4", "Code BXR4-7TQM", "código: FGH7J9KLM", "Gerätecode ... XK3P-9QWE".
_CODE = re2.compile(
    r"(?i)(?:code|codigo|código|codice|gerätecode|geratecode)\b\W{0,12}(?:\w+\W{1,3}){0,6}?"
    r"([A-Z0-9]{3,12}(?:-[A-Z0-9]{3,6}){0,2})\b"
)


def _device_pages(msg: Message, ctx: Context, text: str) -> list[tuple[str, int]]:
    """(url, position in the text) of each device-login page the mail names; position -1 for
    a link that only the markup holds."""
    pages = ctx.knowledge.device_login_pages
    lowered = text.lower()
    links = [link for link in msg.links if any(e in link.url.lower() for e in pages)]
    if not links and not any(e in lowered for e in pages):
        return []  # the cheap test first: no page is named at all
    found: list[tuple[str, int]] = []
    candidates = [(url, text.find(url)) for url in urls_in_text(text, 50)]
    candidates += [(link.url, -1) for link in links]
    # Written without a scheme ("go to google.com/device"), as these pages are meant to be typed.
    candidates += [(entry, lowered.find(entry)) for entry in sorted(pages) if entry in lowered]
    for url, where in candidates:
        parts = safe_split(url if "//" in url else "https://" + url)
        if parts is None or not parts.hostname:
            continue
        host = parts.hostname.lower().removeprefix("www.")
        if path_entry_matches(host, parts.path.lower(), pages):
            found.append((url, where))
    return found


def _real_code(token: str) -> bool:
    """A user code mixes letters and digits or is grouped (``HQ7N-KWZ4``); a word is no code."""
    plain = token.replace("-", "")
    if not 6 <= len(plain) <= 12 or not plain.isupper() and not plain.isdigit():
        return False
    return "-" in token or (any(c.isdigit() for c in plain) and any(c.isalpha() for c in plain))


@detector(emits={"CONTENT_DEVICE_CODE"}, group="content")
def device_code(msg: Message, ctx: Context) -> Iterator[Finding]:
    text = f"{msg.subject}\n{msg.body_text}"[:TEXT_SCAN_CHARS]
    pages = _device_pages(msg, ctx, text)
    if not pages:
        return
    for url, where in pages:
        window = text if where < 0 else text[max(0, where - NEAR_CHARS) : where + NEAR_CHARS]
        for match in _CODE.finditer(window):
            code = match.group(1)
            if _real_code(code):
                yield Finding(
                    "CONTENT_DEVICE_CODE",
                    summary=f"the mail gives a device-login page ({url}) and a code ({code})",
                    evidence={"page": url, "code": code},
                )
                return
