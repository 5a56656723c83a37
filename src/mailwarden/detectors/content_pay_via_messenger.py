"""A rate of pay offered to the reader, with the conversation moved to a chat app.

Task and fake-job scams ("app rating tasks, $300-$850/day, add our HR coordinator on WhatsApp";
"250-400 € al giorno ... scriveteci su WhatsApp") state a daily, hourly or weekly pay and send
the reader to WhatsApp or Telegram, where the deposit-for-tasks fraud happens (FTC, "task
scams", 2023-24; the same shape in every language). A recruiter's real offer comes with a
company's application process, not a chat handle. The amount is a currency amount or range;
the words right after it (the ``pay_period`` vocabulary: "/day", "per hour", "al giorno",
"pro Woche") make it a rate; the chat app is named anywhere in the text (``messenger_app``). A
babysitter's "£12/hour, text me on WhatsApp" reads the same, so this is a second signal,
below the suspicious threshold on its own.
"""

from __future__ import annotations

from collections.abc import Iterator

import re2

from mailwarden.detectors import Context, detector
from mailwarden.lures import find_lures, normalise, vocabulary
from mailwarden.message.parse import Message
from mailwarden.result import Finding

TEXT_SCAN_CHARS = 20_000
MAX_AMOUNTS = 50  # amounts looked at; a price list does not need more to show its rate
AFTER_CHARS = 24  # "/day", " per hour", " alla settimana": the rate's words follow at once
PERIOD_CATEGORY = "pay_period"
MESSENGER_CATEGORY = "messenger_app"
# "$300-$850", "€ 250 - € 800", "1.800 €", "450 EUR", "USD 45–60", "$35": a currency amount
# or range.
_AMOUNT = re2.compile(
    r"(?i)(?:(?:[$€£]\s?|\b(?:usd|eur|gbp)\s?)\d[\d.,]*(?:\s?[-–]\s?[$€£]?\s?\d[\d.,]*)?"
    r"|\b\d[\d.,]*(?:\s?[-–]\s?\d[\d.,]*)?\s?(?:€|\$|£|eur\b|usd\b|euros?\b|dollars?\b))"
)


def _rate(text: str, ctx: Context) -> str | None:
    """The first amount in ``text`` followed at once by a rate word, as written."""
    periods = vocabulary(ctx.knowledge, PERIOD_CATEGORY)
    for count, match in enumerate(_AMOUNT.finditer(text)):
        if count >= MAX_AMOUNTS:
            break
        after = normalise(text[match.end() : match.end() + AFTER_CHARS])
        if any(after == p or after.startswith(p + " ") for p in periods):
            return (text[match.start() : match.end() + AFTER_CHARS]).split("\n")[0].strip()
    return None


@detector(emits={"CONTENT_PAY_VIA_MESSENGER"}, group="content")
def pay_via_messenger(msg: Message, ctx: Context) -> Iterator[Finding]:
    text = f"{msg.subject}\n{msg.body_text}"[:TEXT_SCAN_CHARS]
    apps = [m.phrase for m in find_lures(msg, ctx.knowledge) if m.category == MESSENGER_CATEGORY]
    if not apps:
        return
    rate = _rate(text, ctx)
    if rate is None:
        return
    yield Finding(
        "CONTENT_PAY_VIA_MESSENGER",
        summary=f'offers a rate of pay ("{rate}") and moves the reader to {apps[0]}',
        evidence={"rate": rate, "messenger": apps[0]},
    )
