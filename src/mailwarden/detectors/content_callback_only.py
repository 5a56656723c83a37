"""A charge the reader can only dispute by telephone (callback phishing, "TOAD").

Callback scams claim an order, renewal or subscription charge ("you have been charged
$299.95") and give a phone number to cancel it; the fraud happens on the call (remote
access, card details). They carry no link on purpose, so link analysis finds nothing. Real
order and renewal notices link to the account where the charge can be checked.

CONTENT_CALLBACK_ONLY needs a short visible text (a notice, not a discussion: a long thread
quotes prices and signatures carry phone numbers) with no web link a reader could follow
(``is_action_link``) and a telephone number: in North-American form anywhere (the form most
campaigns use: "+1 (808) 555-0199", "808-555-0199"), or in international or national trunk
form ("+49 30 255 584 210", "01 84 55 50 12", "0800 123 4567") right after a word that hands
the reader a number (the ``callback_call`` vocabulary: "call", "rufen Sie ... unter",
"appelez", "llame al"). Besides the number, the text states a money amount ("$299.95",
"299,95 EUR", "EUR 1.429,00"), or, when the amount sits in a picture ("Thank you for your
purchase" over an image of the invoice), tells the reader to disown the purchase by telephone
(the ``callback_disown`` vocabulary of every language: "if you do not believe you ordered
this item, call ..."). A genuine order notice says how to reach the shop, and it links to
the order. A second signal: it tips an invoice or tech-support lure over the line. A number
offered with a written answer beside it ("contact Credit Control on 01908 283 900 or reply to
this email", the ``written_reply`` vocabulary, or an address at the sender's own domain) is a
supplier's way of being reached, unless the text speaks of a charge to stop by telephone.

CONTENT_CALLBACK_DISOWNED_CHARGE is the whole callback scam in one text: an amount, the
reader told to disown it, and a phone number as the only way to do so. A genuine shop's
"not you?" line points to the account or the order page, which is a link.

``PHONE``, ``phone_and_amount`` and ``callback_notice`` serve other detectors too (attached
documents, free-mail senders, platform notifications).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import sender_organisation
from mailwarden.destinations import offers_app, own_notice_brand
from mailwarden.detectors import Context, detector
from mailwarden.detectors.sender_platform_note import remittance_topic
from mailwarden.knowledge import Knowledge
from mailwarden.lures import CALLBACK_CUE, CALLBACK_DISOWN, lures_in_text, normalise, vocabulary
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link, registrable_domain
from mailwarden.result import Finding

# "+1 (808) 555-0199", "1-808-555-0199", "(808) 555 0199", "808.555.0199": the last two
# groups separated, so order numbers and long digit runs do not pass as phone numbers.
# The area code stands apart (in brackets or before a separator), and the number is not the
# tail of a longer reference ("HF-BACS-261114-0087" is a payment reference, not a phone).
PHONE = re.compile(
    r"(?<![\d\w-])(?:\+?\s?1[\s.-]?)?(?:\([2-9]\d{2}\)[\s.-]{0,2}|[2-9]\d{2}[\s.-]{1,2})"
    r"\d{3}[\s.-]\d{4}(?!\d)"
)
# "$299.95", "$ 1,200", "US$49", "299.95 USD", "49,99 €", "USD 489.99", and with European
# thousands separators "EUR 1.429,00", "1 299,00 €" (a space, as French writes them: the
# whole number, never its tail).
_AMOUNT = re.compile(
    r"[$€£]\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?"
    r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*[.,]\d{2}\s?(?:USD|EUR|GBP|CAD|[$€£])"
    r"|(?<![\d.,])\d+[.,]\d{2}\s?(?:USD|EUR|GBP|CAD|[$€£])"
    r"|\b(?:USD|EUR|GBP|CAD)\s?\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b"
)
# A company's legal mention states its share capital ("SA au capital de 53 791 446,40 €",
# "capitale sociale", "kapitał zakładowy"): no charge. The vocabulary names it per language.
CAPITAL_CATEGORY = "share_capital"
_CAPITAL_WINDOW = 40
# A number in international ("+49 30 255 584 210", "+44 7451 555029") or national trunk
# form ("01 84 55 50 12", "0800 123 4567"): groups of digits split by spaces, dots or dashes.
# Digit counts are checked after the match (E.164: at most 15).
INTL_PHONE = re.compile(
    r"(?<![\w+])(?:\+[1-9]\d{0,2}(?:\s?\(0\))?|0\d{1,4})(?:[\s.-]\d{1,6}){2,5}(?!\w)"
)
_INTL_DIGITS = (9, 15)
# How far before a number its "call" word may stand ("rufen Sie bitte umgehend unseren
# Kundenservice unter +49 ...": about 60 characters).
_CALL_WINDOW = 80
CALL_CATEGORY = "callback_call"
# Callback notices are short; reading further only adds chances of stray matches.
_TEXT_MAX = 20000
# Measured: the callback notices run 100-350 words; a 700-word mailing-list thread quoting a
# price above a signature's phone number is the kind of text this bound keeps out.
_MAX_WORDS = 500
SIGN_OFF_CATEGORY = "sign_off"
_SIGN_OFF_LINE = 40  # "Mit freundlichen Grüßen," with room; a sentence is no sign-off line
WRITTEN_REPLY = "written_reply"
# The lure category of a notice telling the reader to check a payment change by calling a
# number they already hold (see content_lures).
VERIFY_OUT_OF_BAND = "verify_out_of_band"
# The vocabulary of a receipt: the amount is paid and nothing is owed (data/lures).
PAYMENT_SETTLED = "payment_settled"
_REPLY_WINDOW = 80  # characters either side of the phone number: its own sentence
_ADDRESS = re.compile(r"[\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,6})")


def called_number(text: str, knowledge: Knowledge | None = None) -> str | None:
    """The first telephone number of a text: North-American anywhere; international or
    national trunk form only right after a ``callback_call`` word (needs ``knowledge``)."""
    phone = PHONE.search(text)
    if phone is not None:
        return phone.group(0).strip()
    if knowledge is None:
        return None
    for match in INTL_PHONE.finditer(text):
        digits = sum(ch.isdigit() for ch in match.group(0))
        if not _INTL_DIGITS[0] <= digits <= _INTL_DIGITS[1]:
            continue
        before = text[max(0, match.start() - _CALL_WINDOW) : match.start()]
        if any(m.category == CALL_CATEGORY for m in lures_in_text(before, knowledge)):
            return match.group(0).strip()
    return None


def _short_text(text: str | None) -> str:
    """The text (bounded) when it is short enough to be a notice, else ""."""
    text = (text or "")[:_TEXT_MAX]
    if len(text.split(maxsplit=_MAX_WORDS)) > _MAX_WORDS:
        return ""
    return text


def phone_and_amount(text: str, knowledge: Knowledge | None = None) -> tuple[str, str] | None:
    """(phone, amount) when a short text states both; also used on attached documents.
    With ``knowledge``, numbers outside North America count too (see ``called_number``)."""
    text = _short_text(text)
    if not text:
        return None
    amounts = (a for a in _AMOUNT.finditer(text) if not _share_capital(text, a, knowledge))
    amount = next(amounts, None)
    if amount is None:
        return None
    phone = called_number(text, knowledge)
    if phone is None:
        return None
    return phone, amount.group(0)


def _share_capital(text: str, amount: re.Match[str], knowledge: Knowledge | None) -> bool:
    """Whether the amount is a company's share capital in its legal mention (needs
    ``knowledge`` for the ``share_capital`` vocabulary)."""
    if knowledge is None:
        return False
    before = text[max(0, amount.start() - _CAPITAL_WINDOW) : amount.start()]
    return any(m.category == CAPITAL_CATEGORY for m in lures_in_text(before, knowledge))


def signature_start(text: str, knowledge: Knowledge) -> int | None:
    """Where the writer's signature begins: the end of the first line that is only a sign-off
    ("Kind regards,", "Mit freundlichen Grüßen"; the ``sign_off`` vocabulary)."""
    closings = vocabulary(knowledge, SIGN_OFF_CATEGORY)
    position = 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        if len(line) <= _SIGN_OFF_LINE and normalise(line) in closings:
            return position
    return None


def _says_callback(said: set[str]) -> bool:
    """Whether a text whose vocabulary categories are ``said`` speaks of a charge to stop or
    disown by telephone (the ``callback_cue`` and ``callback_disown`` vocabularies): then a
    number anywhere counts, signed "Thank you / customer care representative: +1 (888) ..."
    or not."""
    return CALLBACK_CUE in said or CALLBACK_DISOWN in said


def offers_written_reply(msg: Message, text: str, phone: str, knowledge: Knowledge) -> bool:
    """Whether the text offers a written answer right beside its phone number: "or reply to
    this email" (the ``written_reply`` vocabulary), or an e-mail address of the sender's own
    organisation ("contact our Commercial team on 0117 304 9400 or commercial@…"). Only
    next to the number: the sender's address stands in many a footer and calendar notice."""
    at = text.find(phone)
    if at < 0:
        return False
    beside = text[max(0, at - _REPLY_WINDOW) : at + len(phone) + _REPLY_WINDOW]
    if any(m.category == WRITTEN_REPLY for m in lures_in_text(beside, knowledge)):
        return True
    own = sender_organisation(msg)
    return bool(own) and any(
        registrable_domain(m.group(1).lower()) == own for m in _ADDRESS.finditer(beside)
    )


def callback_notice(msg: Message, knowledge: Knowledge | None = None) -> tuple[str, str] | None:
    """(phone, amount) when the message is a short, link-less notice asking for a call, and
    offering no other way (its own app) to answer it. A number given only in the writer's
    signature, after the sign-off, is how to reach the writer: an accountant's note signed
    "Kind regards, Priya Shah, CPA | (212) 555-0148" asks for no call -- unless the text
    speaks of a charge to stop or disown by telephone (``_says_callback``)."""
    found = phone_and_amount(msg.body_text, knowledge)
    if found is None or any(is_action_link(link) for link in msg.links):
        return None
    text = _short_text(msg.body_text)
    # A remittance advice ("payment made by BACS today") or an invoice's remittance details
    # ("remittance details are unchanged from your vendor file"): money paid, or to be paid,
    # by transfer, not a charge to stop by telephone. No callback notice in the corpus or
    # bench/modern says "remittance"; two payment-diversion letters that do are flagged for
    # their bank change.
    if remittance_topic(f"{msg.subject}\n{text}") is not None:
        return None
    # "We will never change our payment instructions by email; if you receive such a message,
    # call us": the number is there to check a payment change against, not to stop a charge
    # -- unless the text also has the reader disown a purchase ("if you did not authorize").
    said = {m.category for m in lures_in_text(text, knowledge)} if knowledge is not None else set()
    if VERIFY_OUT_OF_BAND in said and CALLBACK_DISOWN not in said:
        return None
    if knowledge is not None and not _says_callback(said):
        signature = signature_start(text, knowledge)
        if signature is not None and text.find(found[0]) >= signature:
            return None
        # A supplier's statement: "contact Credit Control on 01908 283 900 or reply to this
        # email". A callback scam wants the call, and speaks of a charge to stop by phone.
        if offers_written_reply(msg, text, found[0], knowledge):
            return None
        # A receipt: "Amount paid: $45.00 ... Questions about your bill? Call (610) 437-9300".
        if PAYMENT_SETTLED in said:
            return None
    # A bank's notice offers its own app beside the phone; a callback scam wants the call and
    # has no app to offer.
    if offers_app(text, knowledge):
        return None
    return found


def disown_by_phone(msg: Message, knowledge: Knowledge) -> tuple[str, str] | None:
    """(phone, phrase) when a short, link-less text gives a phone number and tells the reader
    to call if they did not make the purchase (a ``callback_disown`` phrase), and offers no
    app to answer in instead (a bank's card alert: "call us ... or block your card in the
    Capitec app", as ``callback_notice`` says)."""
    text = _short_text(msg.body_text)
    if not text or any(is_action_link(link) for link in msg.links):
        return None
    if offers_app(text, knowledge):
        return None
    phone = called_number(text, knowledge)
    if phone is None:
        return None
    for match in lures_in_text(text, knowledge):
        if match.category == CALLBACK_DISOWN:
            return phone, match.phrase
    return None


@detector(emits={"CONTENT_CALLBACK_ONLY", "CONTENT_CALLBACK_DISOWNED_CHARGE"}, group="content")
def callback_only(msg: Message, ctx: Context) -> Iterator[Finding]:
    # A bank's own security notice gives its own number ("Heb je dit niet zelf gedaan? Bel
    # ons dan direct"); a callback scam writes from elsewhere, or through a platform that
    # carries its text (a Microsoft tenant's name, a PayPal invoice note).
    if own_notice_brand(msg, ctx.knowledge) is not None:
        return
    notice = callback_notice(msg, ctx.knowledge)
    disowned = disown_by_phone(msg, ctx.knowledge)
    if notice is None:
        # The amount may be in a picture: the disown phrase stands in for it.
        if disowned is not None:
            phone, phrase = disowned
            yield Finding(
                "CONTENT_CALLBACK_ONLY",
                summary=(
                    f"gives a phone number ({phone}) to call about a purchase the reader"
                    f' did not make ("{phrase}") but no link'
                ),
                evidence={"phone": phone, "phrase": phrase},
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
    if disowned is not None:
        yield Finding(
            "CONTENT_CALLBACK_DISOWNED_CHARGE",
            summary=(
                f"states a charge ({amount}), tells the reader to disown it"
                f' ("{disowned[1]}") and gives only a phone number ({phone})'
            ),
            evidence={"phone": phone, "amount": amount, "phrase": disowned[1]},
        )
