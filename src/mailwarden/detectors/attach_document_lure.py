"""A message that says next to nothing, carrying a document that holds the lure.

Content filters read the body, so scammers move the letter into a PDF (the sextortion
demand, the "your account has been limited" notice, the prize letter) and
send it under a blank or one-line body: "Information in attachment", a reference number,
gibberish. The finding: an attached PDF whose extracted text (ISO 32000-1 §9.10) holds a
phrase of a strong lure category (credential, account problem, prize, sextortion, ...: see
``STRONG_CATEGORIES``), a category that the message's own subject and body do not raise, while
that body is thin (under ``CARRIER_MAX_WORDS`` words): the message is only the envelope.

Invoices, shared-document notices and deadlines are left out: genuine cover mails attach
exactly those ("invoice attached"). Images carry text too, but we do not read pictures. Tech
support ("McAfee Total Protection") counts only from a free-mail account: from the vendor's
own domain it is a genuine renewal invoice.

The callback scam ("TOAD") moved into the PDF counts too: the document states a charge and a
North-American phone number (``content_callback_only.phone_and_amount``) and tells the reader
to call to cancel or dispute it (the ``callback_cue`` and ``callback_disown`` vocabularies),
while the message offers no link at all. A genuine invoice states an amount and a phone
number as well, but does not ask for a call to stop a charge, and its cover mail is not the
only way to reach the seller.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_callback_only import callback_notice, phone_and_amount
from mailwarden.lures import CALLBACK_CUE, CALLBACK_DISOWN, find_lures, lures_in_text
from mailwarden.message.attachments import KIND_PDF, Attachment, analyse
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding

# Lure categories that genuine attached documents (invoices, statements, reports, tickets)
# do not use. Left out because genuine documents do use their words: invoice, shared document,
# urgency, marketing, crypto as a topic; delivery ("customs clearance", "import tax" on a
# shipping invoice), legal threat ("final demand", "collection agency" in a dunning letter),
# tech support ("Norton 360", "total protection" on a genuine renewal invoice).
STRONG_CATEGORIES = frozenset(
    {
        "password_expiry",
        "mailbox_full",
        "unusual_signin",
        "credential",
        "account_problem",
        "scam_prize",
        "scam_advance_fee",
        "scam_crypto",
        "scam_sextortion",
        "scam_casino",
        "scam_dating",
    }
)
# A cover note ("please find attached our quotation, kind regards, name, company, phone")
# stays under this; a message that explains itself does not.
CARRIER_MAX_WORDS = 40
MAX_PHRASES = 6


def carried_documents(msg: Message) -> list[Attachment]:
    """The attached PDFs with text when the message around them is a thin carrier (under
    ``CARRIER_MAX_WORDS`` words): then the document is the letter."""
    documents = [item for item in analyse(msg) if item.kind == KIND_PDF and item.text]
    if not documents or _carrier_words(msg) >= CARRIER_MAX_WORDS:
        return []
    return documents


@detector(emits={"ATTACH_DOCUMENT_LURE"}, group="attach")
def document_lure(msg: Message, ctx: Context) -> Iterator[Finding]:
    documents = carried_documents(msg)
    if not documents:
        return
    said = {match.category for match in find_lures(msg, ctx.knowledge)}
    strong = STRONG_CATEGORIES
    sender = msg.from_address
    if sender is not None and sender.domain in ctx.knowledge.freemail:
        # A security vendor's renewal invoice is genuine from the vendor's domain; from a
        # personal free-mail account it is the callback scam's prop.
        strong = strong | {"scam_tech_support"}
    for item in documents:
        matches = [
            match
            for match in lures_in_text(item.text, ctx.knowledge, where="attachment")
            if match.category in strong and match.category not in said
        ]
        if not matches:
            callback = _callback(msg, item.text, ctx)
            if callback:
                yield Finding(
                    "ATTACH_DOCUMENT_LURE",
                    summary=(
                        f"the message says almost nothing; its PDF {item.label} asks the reader "
                        f"to call {callback[0]} about a charge of {callback[1]}"
                    ),
                    evidence={
                        "file": item.label,
                        "categories": ["callback"],
                        "phrases": list(callback),
                    },
                )
                return
            continue
        categories = list(dict.fromkeys(match.category for match in matches))
        phrases = list(dict.fromkeys(match.phrase for match in matches))[:MAX_PHRASES]
        yield Finding(
            "ATTACH_DOCUMENT_LURE",
            summary=(
                f"the message says almost nothing; its PDF {item.label} carries the lure "
                f"({categories[0].replace('_', ' ')}: '{phrases[0]}')"
            ),
            evidence={"file": item.label, "categories": categories, "phrases": phrases},
        )
        return


def _carrier_words(msg: Message) -> int:
    """Words the reader sees in the body, up to ``CARRIER_MAX_WORDS``. A multipart/alternative
    body (RFC 2046 §5.1.4) shows one of its versions, the plain text or the HTML: counting both
    would double a cover note. The longer version counts."""
    versions = (msg.text_plain, msg.html_text) if msg.text_plain else (msg.body_text,)
    return max(len((text or "").split(maxsplit=CARRIER_MAX_WORDS)) for text in versions)


def _callback(msg: Message, text: str, ctx: Context) -> tuple[str, str, str] | None:
    """(phone, amount, cue) when the document is a callback notice and the message has no
    link to follow; None when the body already says it (CONTENT_CALLBACK_ONLY names that)."""
    if any(is_action_link(link) for link in msg.links) or callback_notice(msg) is not None:
        return None
    found = phone_and_amount(text)
    if found is None:
        return None
    cues = [
        m.phrase
        for m in lures_in_text(text, ctx.knowledge)
        if m.category in (CALLBACK_CUE, CALLBACK_DISOWN)
    ]
    if not cues:
        return None
    return found[0], found[1], cues[0]
