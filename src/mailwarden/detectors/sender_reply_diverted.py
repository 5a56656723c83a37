"""Replies diverted to someone else's free-mail box in a message that offers nothing else.

Reply scams carry no link: the answer is the whole point. They are sent from a throw-away,
spoofed-look-alike or hijacked mailbox and set Reply-To (RFC 5322 §3.6.2) to a free-mail box
the scammer keeps. Two findings, never both on one message:

``SENDER_REPLY_DIVERTED_PAYMENT`` (business e-mail compromise, "vendor bank-details
change"): the message talks about paying (an invoice, a payment, a change of bank or
remittance details) and its replies go to a free-mail box on another domain than the From
address. The display name does not matter: in the hijacked-mailbox case the attacker repeats
the real sender's name on the Reply-To ("Anna Kowalski" <a.kowalski@vendor> replying to
"Anna Kowalski" <vendor.accounts@gmail...>), so the name test below would excuse it. A real
vendor discusses money from its own domain; the FBI IC3 and every BEC playbook name exactly
"payment talk + replies redirected to an outside free-mail address" as the tell.
The same finding for replies sent to a look-alike of the From address's own domain, one or
two letters off ("pinnaclesteelfab.com" replying to "pinnaclesteelfabs.com"): the vendor
impersonation registers such a domain to receive the answers.
Payment talk is the ``invoice``, ``account_problem`` and ``scam_bec`` lure categories, or
a bank-details change in the text ("changed our bank details",
"new banking details", "do not send payment to the old account").

``SENDER_REPLY_DIVERTED_FREEMAIL`` (advance-fee "Greetings", "Urgent: help needed"): a
Reply-To free-mail mailbox other than the From address, under a From display name that
shares no word with the From mailbox's local part, nor the local part's words appearing in
the name ("Stella Michael" <m.mariucci@...>, replies to mrsstellamichael002@gmail...). Real
people's mailboxes carry their name (``jane.roe@``), and mailing lists that rewrite From to
the list keep the list's name in both ("Jane via Users" <users@lists...>, replies to
jane@free-mail).

Neither applies to a seller's invoice sent by its invoicing platform
(``seller_platforms.txt``), which names the seller's own mailbox for replies by design.
Both need a message without any web link of its own a reader could follow
(``destinations.is_followed_link``; a link inside an attached letter is the file's): a reply
is the only channel. Both are second signals: the lure finding gives the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.destinations import (
    freemail_replies_elsewhere,
    is_followed_link,
    other_freemail_replies,
)
from mailwarden.detectors import Context, detector
from mailwarden.lures import LureMatch, find_lures, normalise, subject_text
from mailwarden.message.clicks import WORDS, fold
from mailwarden.message.parse import Address, Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding

_DISPLAY_MAX = 200
_LOCAL_MAX = 64
_TEXT_MAX = 20_000
MAX_PHRASES = 4

# Lure categories that are talk about paying: invoices, failed payments, and payment diversion
# (scam_bec: new bank details, gift-card and wire errands).
PAYMENT_CATEGORIES = frozenset({"invoice", "account_problem", "scam_bec"})

# A change of the account to pay into, over normalised text (lower case words, single spaces).
# Every group is a fixed list of words: linear.
_DETAILS = (
    r"(?:bank|banking|account|remittance|payment|wire|beneficiary)"
    r" (?:details|information|info|instructions|account)"
)
_BANK_CHANGE = re.compile(
    r"\b(?:"
    r"(?:changed|updated|change of|change to|changes to|update of|update to)"
    rf" (?:our |my |the )?{_DETAILS}"
    rf"|new {_DETAILS}"
    # "we have changed our receiving bank", "payments should be made to the new account".
    r"|(?:changed|switched|moved) (?:our|my) (?:receiving |remittance |payment )?"
    r"(?:bank|banks|banking (?:partner|institution))"
    # "we have changed banks this month", "I recently switched banks" (round 416).
    r"|(?:we|i|company|business|firm) (?:have |has |ve )?(?:recently |just )?(?:changed|switched)"
    r" banks"
    # "the use of our alternate trust account" while the usual one is "under review".
    r"|(?:our|the|my) (?:alternate|alternative|secondary|backup|temporary)"
    r" (?:bank|trust|escrow|receiving|business bank) account"
    r"|(?:payments?|funds|remittances?|invoices?) (?:\w+ ){0,3}(?:to|into) (?:the|our|my)"
    r" new (?:bank )?account"
    r"|(?:do not|don t|dont|not to|stop) (?:send|sending|make|making|pay|paying|remit|remitting)"
    r" (?:any )?(?:further |future )?(?:payments?|funds|transfers?)?"
    r" ?(?:to|into|in) (?:the|our|my) (?:old|previous|former|usual|existing) (?:\w+ ){0,2}"
    r"(?:bank )?account"
    r"|(?:old|previous|former) (?:\w+ )?(?:bank )?account(?: at \w+(?: \w+){0,2})?"
    r" (?:is|has been|was|will be|is being) (?:closed|closing|frozen|suspended|under)"
    # The same change said noun first: "our bank details changed effective this month",
    # "our remittance process changed after our bank merger". Only the sender's own ("our",
    # "my") details: a notice that *your* details changed is an account alert, not a payee's.
    r"|(?:our|my) (?:bank|banking|remittance|payment|wire|ach) (?:\w+ )?"
    r"(?:details|information|instructions|account|process|procedure)"
    r" (?:have |has )?(?:changed|been changed|been updated)"
    r")\b"
)


def bank_change(text: str) -> str | None:
    """The words announcing a change of the sender's account to pay into, in normalised
    text (lower case words, single spaces), if any."""
    found = _BANK_CHANGE.search(text[:_TEXT_MAX])
    return found.group(0) if found is not None else None


def name_matches_mailbox(display: str, local: str) -> bool:
    """True when a word of the display name is in the local part, or the other way round."""
    name = fold(display[:_DISPLAY_MAX])
    box = fold(local[:_LOCAL_MAX])
    if any(word in box for word in WORDS.findall(name)):
        return True
    return any(token in name for token in WORDS.findall(box))


def _payment_talk(msg: Message, ctx: Context) -> list[str]:
    """The payment phrases of the message: lure phrases, else a bank-details change."""
    matches: list[LureMatch] = [
        m for m in find_lures(msg, ctx.knowledge) if m.category in PAYMENT_CATEGORIES
    ]
    phrases: list[str] = []
    text = normalise(f"{subject_text(msg)}\n{msg.body_text[:_TEXT_MAX]}")
    change = _BANK_CHANGE.search(text)
    if change is not None:
        phrases.append(change.group(0))
    for m in matches:
        if m.phrase not in phrases and len(phrases) < MAX_PHRASES:
            phrases.append(m.phrase)
    return phrases


_LABEL_MIN = 5
_LABEL_MAX = 63


def _near(a: str, b: str) -> bool:
    """True when two different labels are one or two edits apart (insert, delete, substitute,
    swap of neighbours): "pinnaclesteelfab" / "pinnaclesteelfabs". Bounded by _LABEL_MAX."""
    if a == b or abs(len(a) - len(b)) > 2 or min(len(a), len(b)) < _LABEL_MIN:
        return False
    a, b = a[:_LABEL_MAX], b[:_LABEL_MAX]
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)] <= 2


def _suffix_cut(a: str, b: str) -> bool:
    """True when one suffix is the other with one letter left out: "com" and "co", "cm" or
    "om". The same name under a typed-short suffix is the vendor's domain misspelt; a
    company's real second suffix ("co.uk", "de", "com.au") is a different word."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != 3 or len(short) != 2 or "." in long_:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(3))


def _lookalike_replies(sender: Address, replies: list[Address], ctx: Context) -> list[str]:
    """Reply-To addresses on a look-alike of the From address's own domain: a registrable
    domain one or two letters off ("pinnaclesteelfab.com" replying to "pinnaclesteelfabs.com"),
    or the same name under its suffix cut short ("allieddiesel-parts.com" replying to
    "allieddiesel-parts.co"). The vendor-impersonation BEC registers such a domain so that
    the answers reach it while the (hijacked or spoofed) From stays the real vendor's; a
    company's second domain is another name or another suffix, not its own name misspelt."""
    org = registrable_domain(sender.domain) if sender.domain else ""
    if not org:
        return []
    label, _, suffix = org.partition(".")
    found = []
    for reply in replies:
        other = registrable_domain(reply.domain) if reply.domain else ""
        if not other or other == org or reply.domain in ctx.knowledge.freemail:
            continue
        other_label, _, other_suffix = other.partition(".")
        if _near(label, other_label) or (
            label == other_label and _suffix_cut(suffix, other_suffix)
        ):
            found.append(reply.address)
    return found


def _payment_finding(
    msg: Message,
    ctx: Context,
    sender: Address,
    replies: list[str],
    where: str,
    lookalike: bool = False,
) -> Finding | None:
    """SENDER_REPLY_DIVERTED_PAYMENT when the message talks about paying; ``where`` says what
    the Reply-To is ("the free-mail box", "a look-alike of its own domain")."""
    phrases = _payment_talk(msg, ctx)
    if not phrases:
        return None
    target = f"{replies[0]}, {where}" if lookalike else f"{where} {replies[0]}"
    evidence: dict[str, object] = {
        "from": sender.address,
        "display_name": sender.display[:_DISPLAY_MAX],
        "reply_to": replies[:3],
        "phrases": phrases,
    }
    if lookalike:
        evidence["lookalike"] = True
    return Finding(
        "SENDER_REPLY_DIVERTED_PAYMENT",
        summary=(
            f'<{sender.address}> talks about payment ("{phrases[0]}"), offers no link'
            f" and sends replies to {target}"
        ),
        evidence=evidence,
    )


@detector(emits={"SENDER_REPLY_DIVERTED_FREEMAIL", "SENDER_REPLY_DIVERTED_PAYMENT"}, group="sender")
def reply_diverted(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.address or not msg.reply_to:
        return
    # A seller's invoice sent by its invoicing platform (QuickBooks, Square, Alegra) names the
    # seller's own billing mailbox for replies by design, a sole trader's gmail included; the
    # platform-relay detectors judge what the seller wrote.
    if ctx.knowledge.relay_platform_of(sender.address) in ctx.knowledge.seller_platforms:
        return
    diverted = other_freemail_replies(sender, msg.reply_to, ctx.knowledge)
    lookalike = _lookalike_replies(sender, list(msg.reply_to[:5]), ctx)
    if not diverted and not lookalike:
        return
    # Links inside an attachment (a letterhead in the "new bank details" PDF) are the file's,
    # not a page the mail offers: the reply is still the only channel the mail asks for.
    if any(is_followed_link(link) for link in msg.links):
        return
    elsewhere = freemail_replies_elsewhere(sender, msg.reply_to, ctx.knowledge)
    # Replies to a look-alike of the sender's own domain count only with payment talk.
    if lookalike and not elsewhere:
        payment = _payment_finding(
            msg, ctx, sender, lookalike, "a look-alike of its own domain", lookalike=True
        )
        if payment is not None:
            yield payment
        return
    if elsewhere:
        payment = _payment_finding(msg, ctx, sender, elsewhere, "the free-mail box")
        if payment is not None:
            yield payment
            return
    if name_matches_mailbox(sender.display, sender.address.rpartition("@")[0]):
        return
    name = sender.display.strip()[:60] or "(no name)"
    yield Finding(
        "SENDER_REPLY_DIVERTED_FREEMAIL",
        summary=(
            f'"{name}" <{sender.address}> offers no link and sends replies to the'
            f" free-mail box {diverted[0]}"
        ),
        evidence={
            "from": sender.address,
            "display_name": sender.display[:_DISPLAY_MAX],
            "reply_to": diverted[:3],
        },
    )
