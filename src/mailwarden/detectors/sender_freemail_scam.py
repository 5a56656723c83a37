"""A personal free-mail account that carries a scam, a callback notice or a link-only PDF.

Anyone can open a gmail.com or outlook.com mailbox in a minute, which is why advance-fee
letters, lottery wins, sextortion, crypto "recovery" and parcel-fee scams arrive from them, and
why callback scams ("your order of $499.99 ... call +1 808 555 0199") are sent from one
throwaway account after another. Companies that really sell, ship, pay out or sue write from
their own domains. So a scam lure (the ``scam_*`` categories of ``data/lures``, not marketing
vocabulary) written in two different phrases (in the body, or in the PDF a thin cover note
carries), a link-less callback notice about an order, invoice or renewal, or a PDF that is
little more than a link elsewhere, sent from a free-mail domain (``lists/freemail.txt``), is
a second, independent signal: the lure says what the message wants, the sender says nobody
accountable stands behind it. One phrase is not enough: people forward a scam they received
("look at this one") or write "you have 24 hours" to a friend. One phrase of a letter-type
scam (advance fee, crypto, sextortion, legal threat, casino, tech support, dating) is enough
when the message also carries a mark of a throw-away account that honest personal mail lacks:

- Reply-To (RFC 5322 §3.6.2) sends the answers to *another* free-mail mailbox
  (jeansmith2028@gmail... replying to jeansmith2059@gmail...): a person who writes from one
  personal mailbox wants the answer there;
- the subject is nothing but a person's name that is not the sender's ("Gwen Hinton" from
  Karen Thomas): bulk crypto and sextortion blasts put a random name there to vary the
  subject, whereas a person's subject says what the message is about.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.destinations import other_freemail_replies
from mailwarden.detectors import Context, detector
from mailwarden.detectors.attach_document_lure import carried_documents
from mailwarden.detectors.attach_pdf_link_only import link_only_pdfs
from mailwarden.detectors.content_callback_only import callback_notice
from mailwarden.lures import find_lures, lures_in_text
from mailwarden.message.clicks import fold
from mailwarden.message.parse import Address, Message
from mailwarden.result import Finding

# Lure categories that no business or person sends in good faith from a free-mail account.
SCAM_CATEGORIES = frozenset(
    {
        "scam_prize",
        "scam_advance_fee",
        "scam_crypto",
        "scam_delivery",
        "scam_sextortion",
        "scam_casino",
        "scam_tech_support",
        "scam_dating",
        "scam_pharma",
        "scam_health",
        "scam_legal_threat",
        "scam_job",
        "scam_benefit",
        "scam_bec",
    }
)
# What a callback notice must be about: a charge, a subscription or an account.
CALLBACK_TOPICS = frozenset(
    {"invoice", "account_problem", "scam_tech_support", "crypto_topic", "scam_crypto"}
)
MAX_PHRASES = 5
MIN_SCAM_PHRASES = 2
# Letter-type scams: a story told to a stranger (an inheritance, a crypto windfall, a
# blackmail, a court summons, a casino bonus, a support call) whose own words no honest
# sender uses. Shared with ``sender_freemail_org``, which reads them in display names.
LETTER_SCAM_CATEGORIES = frozenset(
    {
        "scam_advance_fee",
        "scam_crypto",
        "scam_sextortion",
        "scam_legal_threat",
        "scam_casino",
        "scam_tech_support",
    }
)
# Letter-type scams whose single phrase counts once a throw-away mark backs it, with dating
# openers. Prize, BEC, job, benefit and pharma phrases are left out: their single words
# ("cadeau", "prijs", "bankverbindung geandert") also occur in a club's or a family's
# ordinary mail.
SINGLE_PHRASE_CATEGORIES = LETTER_SCAM_CATEGORIES | {"scam_dating"}
# A subject that is only a name: two or three capitalised words of letters ("Gwen Hinton",
# "Anahi Bass", "María del Carmen" is not matched: lower-case particles make it no bare name).
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,15}"
_NAME_SUBJECT = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
_SUBJECT_MAX = 60


def throwaway_marks(msg: Message, sender: Address, ctx: Context) -> list[str]:
    """The marks of a throw-away free-mail account: replies diverted to another free-mail
    mailbox, a subject that is only somebody else's name."""
    marks: list[str] = []
    diverted = other_freemail_replies(sender, msg.reply_to, ctx.knowledge)
    if diverted:
        marks.append(f"replies go to {diverted[0]}")
    subject = " ".join((msg.subject or "")[: _SUBJECT_MAX + 1].split())
    if len(subject) <= _SUBJECT_MAX and _NAME_SUBJECT.fullmatch(subject):
        mine = fold(f"{sender.display[:200]} {sender.address[:200]}")
        if not any(word in mine for word in fold(subject).split()):
            marks.append(f'the subject is only a name: "{subject}"')
    return marks


@detector(emits={"SENDER_FREEMAIL_SCAM"}, group="sender")
def freemail_scam(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or sender.domain not in ctx.knowledge.freemail:
        return
    lures = find_lures(msg, ctx.knowledge)
    scams = [m for m in lures if m.category in SCAM_CATEGORIES]
    # Under a thin cover note the attached PDF is the letter; only letter-type scams are read
    # there, since a friend's flyer or CV may use prize, job or health words.
    for item in carried_documents(msg):
        scams.extend(
            m
            for m in lures_in_text(item.text, ctx.knowledge, where="attachment")
            if m.category in LETTER_SCAM_CATEGORIES
        )
    marks: list[str] = []
    if len({m.phrase for m in scams}) < MIN_SCAM_PHRASES:
        single = [m for m in scams if m.category in SINGLE_PHRASE_CATEGORIES]
        marks = throwaway_marks(msg, sender, ctx) if single else []
        scams = single if marks else []
    callback = None
    if not scams and any(m.category in CALLBACK_TOPICS for m in lures):
        callback = callback_notice(msg)
    pdf = None
    if not scams and callback is None:
        pdf = next(link_only_pdfs(msg), None)
        if pdf is None:
            return
    if scams:
        categories = sorted({m.category for m in scams})
        phrases = sorted({m.phrase for m in scams})[:MAX_PHRASES]
        what = categories[0].removeprefix("scam_").replace("_", " ")
        summary = f"the free-mail account {sender.address} sends a scam lure ({what})"
        evidence: dict[str, object] = {
            "from": sender.address,
            "categories": categories,
            "phrases": phrases,
        }
        if marks:
            evidence["marks"] = marks
    elif callback is not None:
        phone, amount = callback
        summary = f"the free-mail account {sender.address} asks for a call about {amount}"
        evidence = {"from": sender.address, "phone": phone, "amount": amount}
    else:
        assert pdf is not None
        item, domains = pdf
        summary = (
            f"the free-mail account {sender.address} sends a PDF that is only a link"
            f" to {domains[0]}"
        )
        evidence = {"from": sender.address, "file": item.label, "domains": domains}
    yield Finding("SENDER_FREEMAIL_SCAM", summary=summary, evidence=evidence)
