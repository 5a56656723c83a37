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

The amount may sit in a picture ("Thank you for your purchase" over an image of the
invoice); then the text must tell the reader to disown the purchase by telephone ("if you
do not believe you ordered this item, call +1 818 ..."): a phrase of the
``callback_disown`` vocabulary (``data/lures``, every language). A genuine order notice says
how to reach the shop, and it links to the order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Knowledge
from mailwarden.lures import lures_in_text
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
# The vocabularies (data/lures/*.toml) of a charge to stop by telephone, and of a purchase
# or charge the reader is told to disown.
CUE_CATEGORY = "callback_cue"
DISOWN_CATEGORY = "callback_disown"


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


def disown_by_phone(msg: Message, knowledge: Knowledge) -> tuple[str, str] | None:
    """(phone, phrase) when a short, link-less text gives a phone number and tells the reader
    to call if they did not make the purchase (a ``callback_disown`` phrase)."""
    text = (msg.body_text or "")[:_TEXT_MAX]
    if not text or len(text.split(maxsplit=_MAX_WORDS)) > _MAX_WORDS:
        return None
    if any(is_action_link(link) for link in msg.links):
        return None
    phone = PHONE.search(text)
    if phone is None:
        return None
    for match in lures_in_text(text, knowledge):
        if match.category == DISOWN_CATEGORY:
            return phone.group(0).strip(), match.phrase
    return None


@detector(emits={"CONTENT_CALLBACK_ONLY"}, group="content")
def callback_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    notice = callback_notice(msg)
    if notice is None:
        disowned = disown_by_phone(msg, ctx.knowledge)
        if disowned is not None:
            yield Finding(
                "CONTENT_CALLBACK_ONLY",
                summary=(
                    f"gives a phone number ({disowned[0]}) to call about a purchase the reader"
                    f' did not make ("{disowned[1]}") but no link'
                ),
                evidence={"phone": disowned[0], "phrase": disowned[1]},
            )
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
