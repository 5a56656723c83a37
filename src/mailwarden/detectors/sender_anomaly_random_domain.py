"""A From domain whose name is a machine-made string (``GJIL8Y38IS8GMJ72Z9P3Z971BWVX.com``).

Snowshoe spam registers a fresh domain per run and names it with whatever a generator
returns: a long run of letters and digits switching back and forth (``l5nx9q7r7uh9wrrzg``,
``7651rp7nq154``). Organisations name their domains after themselves; digits in a real name
stand together ("365", "24h", "web2print"), they do not alternate with letters again and
again. The label judged is the one before the public suffix of the From domain's registrable
domain (a tenant's own label on ``onmicrosoft.com`` or ``firebaseapp.com`` included).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding

_LABEL = re.compile(r"[a-z0-9]{12,63}")
MIN_DIGITS = 3
MIN_LETTERS = 3
# Letter-digit switches: "web2print" has 2, "l5nx9q7r7uh9wrrzg99hqveq58cf" has 14.
MIN_SWITCHES = 4


def is_generated_label(label: str) -> bool:
    """Whether a domain label is a generator's string of alternating letters and digits."""
    label = label.lower()
    if not _LABEL.fullmatch(label):
        return False
    digits = sum(ch.isdigit() for ch in label)
    switches = sum(1 for a, b in zip(label, label[1:], strict=False) if a.isdigit() != b.isdigit())
    return digits >= MIN_DIGITS and len(label) - digits >= MIN_LETTERS and switches >= MIN_SWITCHES


def from_domain_label(msg: Message) -> tuple[str, str, str]:
    """(From domain, its registrable domain, the label before the public suffix): the name
    an organisation chose, a tenant's own label on onmicrosoft.com included."""
    domain = (msg.from_domain or "").lower()[:253]
    registrable = registrable_domain(domain) if domain else ""
    return domain, registrable, registrable.split(".", 1)[0] if registrable else ""


@detector(emits={"SENDER_ANOMALY_RANDOM_DOMAIN"}, group="sender")
def random_domain(msg: Message, ctx: Context) -> Iterator[Finding]:
    domain, registrable, label = from_domain_label(msg)
    if not is_generated_label(label):
        return
    yield Finding(
        "SENDER_ANOMALY_RANDOM_DOMAIN",
        summary=f"the From domain {registrable} is named by a generator, not after anyone",
        evidence={"from_domain": domain, "label": label},
    )
