"""A platform's own notification that carries a money scam a platform user wrote.

Attackers type their scam into a real platform (a Google Drive share or Docs comment, a form,
a chat transcript, an e-signature request, an event, a PayPal invoice) and the platform's
genuine, fully authenticated notification delivers it: the sender is right, the frame is
right, only the user-written part (document title, share note, sharer's name, form answers,
invoice note) is the scam. Genuine notifications carry user text about work; a crypto payout,
a casino bonus, a prize, an advance-fee story or a "call us to cancel this charge" inside one
is the platform being used as a relay, which is how analysts describe these campaigns.

The sender side is data: ``lists/relay_platforms.txt`` (exact notification addresses, or
domains of platforms whose every address mails user content). The lure side reuses
``mailwarden.lures``, restricted to what needs no benefit of the doubt in a work notification:

- a phrase of the scam categories that are about money coming to or taken from the reader
  (prize, crypto scheme, casino, sextortion); survey phrases alone do not count, because form
  and survey platforms mail surveys by design;
- advance-fee vocabulary only as two different phrases ("business proposal" alone is a
  genuine document title);
- crypto as a topic only with money directed at the reader ("transfer of crypto to your
  account", "accept your free BTC"): a shared Bitcoin memo or a Bitcoin meetup is no lure;
- a sum credited in the subject ("+$1,000") or a sum in the sender's name ("YOUR $3,300 |
  Playojo via BreezeDoc"): a person's name never holds an amount of money;
- a callback note: a phone number to call about a charge the reader supposedly already paid,
  to cancel it or get a refund (the invoice/money-request callback scam).

Marketing, health, pharma, dating, legal and delivery vocabulary is left out: event, form
and invoice notifications legitimately speak of pharmacies, weight-loss classes, delivery
fees and court cases. A second signal (the lure finding itself gives the first); it does not
exempt or blame the platform for authenticating.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lures import LureMatch, find_lures, lures_in_text, normalise, subject_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# One phrase is enough: money promised to or extorted from the reader, or pay for trivial
# online tasks (the job-scam phrases name the scheme, not recruiting in general).
STRONG = frozenset({"scam_prize", "scam_crypto", "scam_casino", "scam_sextortion", "scam_job"})
# Ordinary business words among them ("business proposal", "strictly confidential"): only a
# second, different phrase makes the story.
PAIRED = frozenset({"scam_advance_fee"})
PAIRED_MIN = 2
# Form and survey platforms ask for survey answers by design.
_SURVEY_WORDS = frozenset({"survey", "questions"})

_TEXT_MAX = 50_000
MAX_PHRASES = 6

# Over normalised text (lower case words, single spaces): every group is a fixed list of
# words, so the match is linear.
_COIN = r"(?:btc|bitcoin|bitcoins|crypto|coin|coins|usdt|eth|ethereum|tokens?)"
_MONEY_TO_READER = re.compile(
    r"\b(?:"
    r"(?:to|into) your (?:account|wallet|balance)"
    rf"|transfer\w* (?:of )?(?:the )?(?:funds|{_COIN})"
    r"|(?:accept|claim|receive|get|collect|withdraw) your (?:free )?(?:\w+ )?"
    rf"(?:{_COIN}|funds|money|payout|profit|profits|dividends?|bonus|reward)"
    rf"|your (?:{_COIN}|funds) (?:is|are|will|has|have)"
    r")\b"
)
_CURRENCY = r"[$€£¥₽₹₿]"
# "+$1,000", "+26637$" in the subject: a balance credit (as content_windfall_amount reads it).
_CREDIT = re.compile(rf"(?<![\w+])\+\s?(?:{_CURRENCY}\s?\d[\d.,]*|\d[\d.,]*\s?{_CURRENCY})")
# A sum in a name: "$3,300", "1.3 BTC", "500 EUR".
_SUM = re.compile(
    rf"{_CURRENCY}\s?\d|\d[\d.,]{{0,20}}\s?(?:btc|usdt?|eur|euros?|eth|dollars?)\b", re.I
)
# Callback notes: "+1 (808) 555-0143", "808-555-0143" (North-American form, as
# content_callback_only reads it).
_PHONE = re.compile(
    r"(?<![\d\w])(?:\+?\s?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]{0,2}\d{3}[\s.-]\d{4}(?!\d)"
)
_CALL = re.compile(r"\b(?:call|dial|phone|ring)\b")
_CHARGED = re.compile(
    r"\b(?:(?:was|been|were|is being) (?:charged|debited|deducted|billed)"
    r"|charged (?:to )?your|auto renew\w*|autorenew\w*|has been renewed)\b"
)
_DISPUTE = re.compile(
    r"\b(?:(?:did not|didn t|not) authori[sz]\w*|unauthori[sz]ed|to cancel"
    r"|cancel (?:the|this|your) (?:order|charge|payment|transaction|subscription|renewal)"
    r"|(?:receive|get|claim|for) (?:a |your )?refund|dispute)\b"
)


def _counted(matches: list[LureMatch]) -> list[LureMatch]:
    strong = [
        m
        for m in matches
        if m.category in STRONG
        and not (m.category == "scam_prize" and _SURVEY_WORDS & set(m.phrase.split()))
    ]
    paired = [m for m in matches if m.category in PAIRED]
    if len({m.phrase for m in paired}) >= PAIRED_MIN or (paired and strong):
        return strong + paired
    return strong


def _callback(raw_text: str, text: str) -> str | None:
    """The phone number when the text asks the reader to call about a charge already made."""
    phone = _PHONE.search(raw_text)
    if phone is None or _CALL.search(text) is None:
        return None
    if _CHARGED.search(text) is None or _DISPUTE.search(text) is None:
        return None
    return phone.group(0).strip()


@detector(emits={"SENDER_PLATFORM_RELAYED_LURE"}, group="sender")
def platform_relayed_lure(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.address:
        return
    platform = ctx.knowledge.relay_platform_of(sender.address)
    if platform is None:
        return
    name = sender.display or ""
    matches = list(find_lures(msg, ctx.knowledge))
    if name:
        matches.extend(lures_in_text(name, ctx.knowledge, where="sender name"))
    counted = _counted(matches)
    reasons: list[str] = []
    evidence: dict[str, object] = {"platform": platform, "from": sender.address}
    if counted:
        evidence["categories"] = sorted({m.category for m in counted})
        phrases: list[str] = []
        for m in counted:
            if m.phrase not in phrases and len(phrases) < MAX_PHRASES:
                phrases.append(m.phrase)
        evidence["phrases"] = phrases
        reasons.append(f'"{phrases[0]}"')
    subject = subject_text(msg)
    raw_body = msg.body_text[:_TEXT_MAX]
    text = normalise(f"{subject}\n{name}\n{raw_body}")
    if any(m.category == "crypto_topic" for m in matches):
        cue = _MONEY_TO_READER.search(text)
        if cue is not None:
            evidence["crypto_payout"] = cue.group(0)
            reasons.append(f'crypto "{cue.group(0)}"')
    credit = _CREDIT.search(subject)
    if credit is not None:
        evidence["credited_sum"] = credit.group(0).strip()
        reasons.append(f'"{credit.group(0).strip()}" credited in the subject')
    named_sum = _SUM.search(name)
    if named_sum is not None:
        evidence["sender_name"] = name
        reasons.append(f'a sum in the sender\'s name "{name}"')
    phone = _callback(raw_body, text)
    if phone is not None:
        evidence["phone"] = phone
        reasons.append(f"a number to call ({phone}) about a charge")
    if not reasons:
        return
    yield Finding(
        "SENDER_PLATFORM_RELAYED_LURE",
        summary=f"a {platform} notification relays a money lure: {'; '.join(reasons[:3])}",
        evidence=evidence,
    )
