"""Domains that write a government's suffix into their own name.

Only public bodies can register under ``gov.uk``, ``gouv.fr`` or ``gov`` (the registries check:
``government_suffixes.txt``). A phisher who wants a tax office's or a road agency's address
registers one that reads like it instead: ``dwp-payments-gov.uk``, ``antai-gouv-paiement.com``,
``hmrc-gov-uk-refund.webflow.io``, a name whose own label (in front of its public suffix,
private suffixes such as ``pages.dev`` included) holds "gov", "gouv", "gob" or "govt" as a
word between hyphens (``government_words.txt``). A real public body's domain sits under the
government suffix itself and never needs the word in its name.

``LINK_GOVERNMENT_IMITATION`` names such a link (``SENDER_GOVERNMENT_IMITATION``, in
``sender_government_imitation``, such a From domain). The sender's own domain is not excused:
the imitation is the point of it.
Measured before it was added: 36 phishing messages of the corpus, bench/modern, the unseen
batches and the rounds of sessions 17-18 carried such a domain (2 of them missed), no
legitimate message of about 55,000.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.destinations import government_suffix
from mailwarden.detectors import Context, detector
from mailwarden.knowledge import Knowledge
from mailwarden.message.parse import Message
from mailwarden.message.urls import is_action_link
from mailwarden.result import Finding

MAX_LINKS = 200


def government_word(registrable: str, knowledge: Knowledge) -> str:
    """The government word that ``registrable``'s own label holds between hyphens, "" when
    none or when the domain really is under a government-only suffix."""
    label, _, _ = registrable.partition(".")
    if "-" not in label or government_suffix(registrable, knowledge):
        return ""
    for word in label.split("-"):
        if word in knowledge.government_words:
            return word
    return ""


@detector(emits={"LINK_GOVERNMENT_IMITATION"}, group="link")
def government_imitation_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    knowledge = ctx.knowledge
    if not knowledge.government_words:
        return
    urls: list[str] = []
    domains: list[str] = []
    for link in msg.links[:MAX_LINKS]:
        if not is_action_link(link) or link.registrable in domains:
            continue
        if government_word(link.registrable, knowledge):
            urls.append(link.url)
            domains.append(link.registrable)
    if domains:
        yield Finding(
            "LINK_GOVERNMENT_IMITATION",
            summary=f"link to {domains[0]}, a domain posing as a public body's address",
            evidence={"url": urls[:5], "domain": domains[:5]},
        )
