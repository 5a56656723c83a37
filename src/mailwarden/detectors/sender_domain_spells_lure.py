"""A From domain that is the pitch itself: a lure phrase run together (cotandoplanodesaude.com).

Lead-generation and scam senders register domains made of the words they sell with
("cotando plano de saude", "seus pontos ativos online", "notificacao receita federal"): the
name is chosen to look relevant in an inbox, not to name anyone. An organisation names its
domain after itself; a phrase of the scam vocabularies (``data/lures``: "plano de saude",
"receita federal", "customs fee") squeezed into its label is not a name. Only phrases of two
words or more count: a single word ("lottery", "belohnung") may be what a real operator is
called (a state lottery's own domain). The label judged is the one before the public suffix
of the From domain's registrable domain, hyphens removed. The message must also use the
phrase, so the domain is read in the message's own terms. A known brand's own domain is
named after the brand, even when its name is in a scam vocabulary (westernunion.com and the
advance-fee "western union"). A second signal.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.destinations import sending_brand
from mailwarden.detectors import Context, detector
from mailwarden.detectors.sender_anomaly_random_domain import from_domain_label
from mailwarden.lures import find_lures
from mailwarden.message.parse import Message
from mailwarden.result import Finding

MIN_SQUASHED = 8  # "plano de saude" -> "planodesaude"; shorter phrases match by chance


@detector(emits={"SENDER_DOMAIN_SPELLS_LURE"}, group="sender")
def domain_spells_lure(msg: Message, ctx: Context) -> Iterator[Finding]:
    domain, registrable, label = from_domain_label(msg)
    label = label.replace("-", "")
    if len(label) < MIN_SQUASHED or sending_brand(domain, ctx.knowledge) is not None:
        return
    for match in find_lures(msg, ctx.knowledge):
        if not match.category.startswith("scam_") or " " not in match.phrase:
            continue
        squashed = match.phrase.replace(" ", "")
        if len(squashed) >= MIN_SQUASHED and squashed in label:
            yield Finding(
                "SENDER_DOMAIN_SPELLS_LURE",
                summary=f'the From domain {registrable} spells the lure "{match.phrase}"',
                evidence={
                    "from_domain": domain,
                    "phrase": match.phrase,
                    "category": match.category,
                },
            )
            return
