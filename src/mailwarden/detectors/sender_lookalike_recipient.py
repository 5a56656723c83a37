"""A From domain one keystroke away from the reader's own organisation's domain.

"HR" <hr@cedarbrook-pediatrics.com> writing to lwong@cedarbrookpediatrics.com: the reader
trusts mail that seems to come from inside, so an attacker registers the organisation's
name with a hyphen added, a letter doubled, dropped, swapped or replaced by a look-alike,
and writes as HR, the boss or a supplier's contact. An organisation's own second domains
keep the name and change the suffix (contoso.co.uk for contoso.com): those are left alone,
as are free-mail and shared tenant domains (x.onmicrosoft.com), where the label is anyone's.

The recipients are the To and Cc addresses (RFC 5322 section 3.6.3); the names compared are
the labels before the public suffix, hyphens removed, folded to what they look like
(``mailwarden.lookalike.skeleton``), and must differ as written.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.link_recipient_in_url import recipients
from mailwarden.knowledge import Knowledge
from mailwarden.lookalike import edit_distance, skeleton
from mailwarden.message.parse import Message
from mailwarden.message.urls import host_matches, registrable_domain
from mailwarden.result import Finding

# Shorter names are too many organisations' names ("acme" and "acmi").
MIN_NAME = 6
MAX_RECIPIENTS = 20


def _name(domain: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """(registrable domain, its first label) of an organisation's own domain, or None for
    free-mail and shared tenant domains."""
    registrable = registrable_domain(domain)
    if not registrable or registrable in knowledge.freemail:
        return None
    if host_matches(domain, knowledge.shared_tenant_suffixes):
        return None
    return registrable, registrable.split(".", 1)[0]


@detector(emits={"SENDER_LOOKALIKE_RECIPIENT_DOMAIN"}, group="sender")
def lookalike_recipient(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_domain
    own = _name(sender, ctx.knowledge) if sender else None
    if own is None:
        return
    sender_registrable, sender_label = own
    sender_name = skeleton(sender_label.replace("-", ""))
    for address in recipients(msg)[:MAX_RECIPIENTS]:
        theirs = _name(address.rpartition("@")[2], ctx.knowledge)
        if theirs is None:
            continue
        registrable, label = theirs
        if registrable == sender_registrable or label == sender_label:
            continue  # the same organisation, or its name under another suffix
        name = skeleton(label.replace("-", ""))
        if len(name) < MIN_NAME or edit_distance(sender_name, name, limit=1) > 1:
            continue
        yield Finding(
            "SENDER_LOOKALIKE_RECIPIENT_DOMAIN",
            summary=f"the sender's domain {sender_registrable} imitates the recipient's "
            f"{registrable}",
            evidence={"from_domain": sender, "recipient_domain": registrable},
        )
        return
