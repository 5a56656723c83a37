"""A charge the reader can only dispute by telephone (callback phishing, "TOAD").

Callback scams claim an order, renewal or subscription charge ("you have been charged
$299.95") and give a phone number to cancel it; the fraud happens on the call (remote
access, card details). They carry no link on purpose, so link analysis finds nothing. Real
order and renewal notices link to the account where the charge can be checked.

The finding needs all of these in the visible text: no web link a reader could follow
(``is_action_link``), a telephone number written in North-American form (the form these
campaigns use: "+1 (808) 555-0199", "808-555-0199"), and a money amount ("$299.95",
"299,95 EUR"), in a
short text (a notice, not a discussion: a long thread quotes prices and signatures carry
phone numbers). A second signal: it tips an invoice or tech-support lure over the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding

# "+1 (808) 555-0199", "1-808-555-0199", "(808) 555 0199", "808.555.0199": the last two
# groups separated, so order numbers and long digit runs do not pass as phone numbers.
PHONE = re.compile(
    r"(?<![\d\w])(?:\+?\s?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]{0,2}\d{3}[\s.-]\d{4}(?!\d)"
)
# "$299.95", "$ 1,200", "US$49", "299.95 USD", "49,99 €", "USD 489.99".
_AMOUNT = re.compile(
    r"[$€£]\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d+[.,]\d{2}\s?(?:USD|EUR|GBP|CAD|[$€£])"
    r"|\b(?:USD|EUR|GBP|CAD)\s?\d{1,3}(?:,\d{3})*[.,]\d{2}\b"
)
# Callback notices are short; reading further only adds chances of stray matches.
_TEXT_MAX = 20000
# Measured: the callback notices run 100-350 words; a 700-word mailing-list thread quoting a
# price above a signature's phone number is the kind of text this bound keeps out.
_MAX_WORDS = 500


def phone_and_amount(text: str) -> tuple[str, str] | None:
    """(phone, amount) when a short text states both; also used on attached documents."""
    text = (text or "")[:_TEXT_MAX]
    if not text or len(text.split(maxsplit=_MAX_WORDS)) > _MAX_WORDS:
        return None
    phone = PHONE.search(text)
    if phone is None:
        return None
    amount = _AMOUNT.search(text)
    if amount is None:
        return None
    return phone.group(0).strip(), amount.group(0)


def callback_notice(msg: Message) -> tuple[str, str] | None:
    """(phone, amount) when the message is a short, link-less notice asking for a call."""
    found = phone_and_amount(msg.body_text)
    if found is None or any(is_action_link(link) for link in msg.links):
        return None
    return found


@detector(emits={"CONTENT_CALLBACK_ONLY"}, group="content")
def callback_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    notice = callback_notice(msg)
    if notice is None:
        return
    phone, amount = notice
    yield Finding(
        "CONTENT_CALLBACK_ONLY",
        summary=(
            f"states an amount ({amount}) and a phone number ({phone})"
            " but no link: the reader can only call"
        ),
        evidence={"phone": phone, "amount": amount},
    )
