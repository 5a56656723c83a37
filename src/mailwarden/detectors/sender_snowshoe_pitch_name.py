"""A sender whose display name is a scam pitch and whose address has nothing to do with it.

An organisation puts its own name in the From display name (RFC 5322 §3.6.2): "BetRiver
Casino" <promo@news.betriver.example>, "Acme Home Warranty" <news@acmewarranty.example>.
Snowshoe and lead-generation senders put the pitch itself there ("Meet Ukrainian Ladies",
"Free Spins Inside", "Actieteam Thuisbatterij Nederland") and send it from whatever throw-away
or hijacked domain they have this week (iptesetxkeys.com, a truck-repair shop). The finding
needs both:
- a scam-category lure phrase (``data/lures``: dating, prize, casino, crypto, health,
  lead-generation marketing, ...) in the display name itself;
- an address that carries none of the name's words and whose domain label is not in the name
  (``sender_anomaly_random_local.name_unrelated``), on a domain that is not free-mail.
A second signal: it adds to the lure the message carries; alone it never flags.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.sender_anomaly_random_local import name_unrelated
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import spaced_camel_case

_SCAM_PREFIX = "scam_"
_DISPLAY_MAX = 200


@detector(emits={"SENDER_SNOWSHOE_PITCH_NAME"}, group="sender")
def pitch_name(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.domain or "@" not in sender.address:
        return
    display = sender.display.strip()[:_DISPLAY_MAX]
    if not display or sender.domain in ctx.knowledge.freemail:
        return
    # "UkrainianBeautyDate": the pitch run together in camel case reads as the spaced words.
    readable = spaced_camel_case(display) or display
    pitches = [
        m
        for m in lures_in_text(readable, ctx.knowledge, "from")
        if m.category.startswith(_SCAM_PREFIX)
    ]
    if not pitches or not name_unrelated(display, sender.address, sender.domain):
        return
    categories = sorted({m.category for m in pitches})
    yield Finding(
        "SENDER_SNOWSHOE_PITCH_NAME",
        summary=f'the sender name "{display[:60]}" is a pitch, sent from unrelated {sender.domain}',
        evidence={
            "from": sender.address,
            "display_name": display[:80],
            "phrases": sorted({m.phrase for m in pitches})[:5],
            "category": categories[:3],
        },
    )
