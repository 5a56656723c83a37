"""A personal free-mail account that carries a scam, a callback notice or a link-only PDF.

Anyone can open a gmail.com or outlook.com mailbox in a minute, which is why advance-fee
letters, lottery wins, sextortion, crypto "recovery" and parcel-fee scams arrive from them, and
why callback scams ("your order of $499.99 ... call +1 808 555 0199") are sent from one
throwaway account after another. Companies that really sell, ship, pay out or sue write from
their own domains. So a scam lure (the ``scam_*`` categories of ``data/lures``, not marketing
vocabulary) written in two different phrases, a link-less callback notice about an order,
invoice or renewal, or a PDF that is little more than a link elsewhere, sent from a free-mail
domain (``lists/freemail.txt``), is a second, independent signal: the lure says what the
message wants, the sender says nobody accountable stands behind it. One phrase is not enough:
people forward a scam they received ("look at this one") or write "you have 24 hours" to a
friend.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.attach_pdf_link_only import link_only_pdfs
from mailwarden.detectors.content_callback_only import callback_notice
from mailwarden.lures import find_lures
from mailwarden.message.parse import Message
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


@detector(emits={"SENDER_FREEMAIL_SCAM"}, group="sender")
def freemail_scam(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or sender.domain not in ctx.knowledge.freemail:
        return
    lures = find_lures(msg, ctx.knowledge)
    scams = [m for m in lures if m.category in SCAM_CATEGORIES]
    if len({m.phrase for m in scams}) < MIN_SCAM_PHRASES:
        scams = []
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
