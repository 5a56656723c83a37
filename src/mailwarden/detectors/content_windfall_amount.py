"""A sum credited to the reader in the subject: "+$1,000", "You are now rich +22,453$".

Crypto and "promo code" scams announce a windfall as a signed credit, the way a balance
screen shows money coming in, to make the reader log in and "withdraw" (paying a fee first).
Receipts, invoices and offers state amounts too, but unsigned ("$29.99", "Save $200 + 2
months" has the plus apart from the sum); a plus sign glued to a currency amount is a
balance-credit display, which a subject line addressed to one reader has no business
showing. A second signal: it turns a crypto or prize lure into a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

CURRENCY = r"[$€£¥₽₹₿]"
# "+$1,000", "+ $354", "+26637$", "+16.897 $", "+0.5₿"; not "a+$", not "++$". Linear: each
# group is a plain run of a character class.
CREDIT = re.compile(rf"(?<![\w+])\+\s?(?:{CURRENCY}\s?\d[\d.,]*|\d[\d.,]*\s?{CURRENCY})")
_SUBJECT_MAX = 500


@detector(emits={"CONTENT_WINDFALL_AMOUNT"}, group="content")
def windfall_amount(msg: Message, ctx: Context) -> Iterator[Finding]:
    subject = msg.subject[:_SUBJECT_MAX]
    match = CREDIT.search(subject)
    if match is None:
        return
    yield Finding(
        "CONTENT_WINDFALL_AMOUNT",
        summary=f'the subject credits the reader with a sum: "{match.group(0).strip()}"',
        evidence={"amount": match.group(0).strip(), "subject": subject[:120]},
    )
