"""A personal free-mail account that writes an organisation's transactional notice.

Order receipts, purchase confirmations, parcel-tracking notices and customer statements are
what a shop's, a platform's or a carrier's systems send, from the organisation's own domain.
Callback scams ("Confirmation of Order 601358 ... call +1 (833) 412-3646") and parcel scams
copy that voice from one throw-away gmail.com or hotmail.com mailbox after another. The
finding needs all of these, from a free-mail From address (``lists/freemail.txt``):

- a transaction reference: an order, receipt, tracking, transaction, invoice or customer
  number written as a code with a digit ("Order Number: #441243", "Tracking No: 999d...",
  "pakket:45888029"), in the subject or the text;
- the organisation's voice around it: a company's copyright line ("(c) 2025 ... All rights
  reserved", "Todos os direitos reservados") or a North-American toll-free number (800, 833,
  844, 855, 866, 877, 888: a call centre's, not a person's);
- no forward and no reply: a person forwarding or answering a shop's confirmation quotes
  both of them honestly ("Fwd:", "---------- Forwarded message", "On ... wrote:").

A sole trader invoicing from gmail writes an invoice number, but signs with a name and a
personal number, not a company's copyright line or a call centre. Provider mail from an
ISP's own mailbox domain (facture@orange.fr) never quotes its brand from someone else's
free-mail domain, but an ISP is also a free-mail provider: a notice whose copyright names a
brand that owns the sender's domain is that brand's own and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import brand_owns_sender, claimed_brands
from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_callback_only import PHONE
from mailwarden.message.parse import Message
from mailwarden.result import Finding

# Notices are short; a long text only adds chances of stray matches.
_TEXT_MAX = 20_000
_SUBJECT_MAX = 300

# "Order Number: #441243", "Order Receipt number: 908LYQ-373MNS-310AVH", "Tracking No: 999d",
# "Customer Id: 8513368", "pakket:45888029", "código do cliente: 246758415". The code must
# hold a digit and run 5 characters or more, so "order 2 more" or "customer care" do not count.
# Every repetition is bounded: linear on any text.
_REF_WORDS = (
    "order|receipt|tracking|transaction|invoice|customer|shipment|parcel|package"
    "|pedido|rastreio|rastreamento|cliente|encomenda|fatura|factura|envio|seguimiento"
    "|commande|suivi|colis|facture|bestelling|bestel|pakket|zending|bestellung|sendung"
    "|kunden|rechnung|ordine|spedizione|fattura"
)
_REF_LABELS = "number|no|nr|n°|num|id|code|c[oó]digo|nummer|num[eé]ro|#"
TRANSACTION_REF = re.compile(
    rf"\b(?:{_REF_WORDS})(?:[ \t]{{0,2}}(?:{_REF_WORDS}))?(?:[ \t]{{0,2}}(?:{_REF_LABELS}))?"
    r"\.?[ \t]{0,2}[:#]?[ \t]{0,2}#?"
    r"(?=[a-z0-9-]{0,40}\d)[a-z0-9][a-z0-9-]{4,40}\b",
    re.IGNORECASE,
)
# A company's copyright line, in the languages of data/lures.
ORG_FOOTER = re.compile(
    r"all rights reserved|direitos reservados|derechos reservados|droits r[ée]serv[ée]s"
    r"|alle rechte vorbehalten|alle rechten voorbehouden|diritti riservati"
    r"|©|\(c\)[ \t]?\d{4}",
    re.IGNORECASE,
)
# Area codes of North-American toll-free numbers.
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_AREA = re.compile(r"\d{3}")
# A reply or a forward, by its subject prefix or by the marks mail programs put in the text.
_REPLY_SUBJECT = re.compile(
    r"^\s*(?:re|fwd?|tr|wg|aw|sv|vs|rv|res|enc|antw)\s*(?:\[\d+\])?\s*:", re.IGNORECASE
)
_QUOTED = re.compile(
    r"forwarded message|original message|mensagem encaminhada|mensaje reenviado"
    r"|message transf[ée]r[ée]|weitergeleitete nachricht|doorgestuurd bericht"
    r"|messaggio inoltrato|wrote:|escreveu:|escribi[oó]:|a [ée]crit\s?:|schrieb:|schreef"
    r"|ha scritto:|^>",
    re.IGNORECASE | re.MULTILINE,
)


def toll_free_number(text: str) -> str | None:
    """The first North-American toll-free number in ``text``, if any."""
    for hit in PHONE.finditer(text):
        area = _AREA.search(re.sub(r"^\D*1?\D*", "", hit.group(0)))
        if area is not None and area.group(0) in _TOLL_FREE:
            return hit.group(0).strip()
    return None


@detector(emits={"SENDER_FREEMAIL_ORG_VOICE"}, group="sender")
def freemail_org_voice(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or sender.domain not in ctx.knowledge.freemail:
        return
    subject = (msg.subject or "")[:_SUBJECT_MAX]
    if _REPLY_SUBJECT.search(subject):
        return
    text = (msg.body_text or "")[:_TEXT_MAX]
    if _QUOTED.search(text):
        return
    ref = TRANSACTION_REF.search(subject) or TRANSACTION_REF.search(text)
    if ref is None:
        return
    voice: list[str] = []
    footer = ORG_FOOTER.search(text)
    if footer is not None:
        voice.append(f"copyright line ({footer.group(0)})")
    phone = toll_free_number(text)
    if phone is not None:
        voice.append(f"toll-free number {phone}")
    if not voice:
        return
    # An ISP that is also a mail provider (orange.fr, t-online.de) writes its own bills from
    # its mailbox domain: a brand the message names that owns the sender is that brand itself.
    for claim in claimed_brands(msg, ctx.knowledge):
        if brand_owns_sender(claim.brand, sender.domain, ctx.knowledge):
            return
    reference = " ".join(ref.group(0).split())[:60]
    yield Finding(
        "SENDER_FREEMAIL_ORG_VOICE",
        summary=(
            f"the free-mail account {sender.address} writes a company's transactional notice"
            f' ("{reference}", {voice[0]})'
        ),
        evidence={"from": sender.address, "reference": reference, "voice": voice},
    )
