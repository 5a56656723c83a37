"""A From domain dressed up as the reader's own organisation's domain.

The reader trusts mail that seems to come from inside, so an attacker registers a cousin of
the organisation's domain and writes as its IT service desk, its boss or a supplier's
contact. Two shapes:

- **look-alike**: the organisation's name one keystroke away, a hyphen added, a letter
  doubled, dropped, swapped or replaced by a look-alike (cedarbrook-pediatrics.com writing to
  lwong@cedarbrookpediatrics.com);
- **extended**: the organisation's whole name and a word joined by a hyphen, before or after
  it (brackenridge-itservices.com to brackenridge.edu, calloway-edu.com to calloway.edu,
  galli-spa-group.com to galli-spa.it, blackboard-kestrelhill.co.uk to kestrelhill.ac.uk).

An organisation's own second domains keep the name and change the suffix (contoso.co.uk for
contoso.com): those are left alone, as are free-mail and shared tenant domains
(x.onmicrosoft.com), where the label is anyone's, and a known brand's own domains. The
recipients are the To and Cc addresses (RFC 5322 section 3.6.3); names are the labels before
the public suffix, compared folded to what they look like (``mailwarden.lookalike.skeleton``).

Read by the ``SENDER_LOOKALIKE_RECIPIENT_DOMAIN`` and ``SENDER_EXTENDS_RECIPIENT_DOMAIN``
findings and by ``destinations.stays_with_sender``: such a sender's links back to its own
domain lead to the impostor, not to the organisation, so its lures are judged in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mailwarden.claims import owner_brand
from mailwarden.knowledge import Knowledge
from mailwarden.lookalike import edit_distance, skeleton
from mailwarden.message.parse import Message
from mailwarden.message.urls import host_matches, registrable_domain
from mailwarden.text_traits import to_and_cc_addresses

# Shorter names are too many organisations' names ("acme" and "acmi", "ucla-health").
MIN_NAME = 6
MAX_RECIPIENTS = 20
LOOKALIKE = "lookalike"
EXTENDED = "extended"


@dataclass(frozen=True)
class Imitation:
    """The sender's registrable domain, the recipient's it imitates, and how."""

    kind: str
    sender_domain: str
    recipient_domain: str


def imitated_recipient(msg: Message, knowledge: Knowledge) -> Imitation | None:
    """How the From domain imitates a recipient's organisation's domain, or None. Worked out
    once per message: the detector and every ``stays_with_sender`` call ask."""
    return msg.cached(
        ("recipient_imitation.imitated_recipient", knowledge),
        lambda: _imitated_recipient(msg, knowledge),
    )


def _name(domain: str, knowledge: Knowledge) -> tuple[str, str] | None:
    """(registrable domain, its first label) of an organisation's own domain, or None for
    free-mail and shared tenant domains."""
    registrable = registrable_domain(domain)
    if not registrable or registrable in knowledge.freemail:
        return None
    if host_matches(domain, knowledge.shared_tenant_suffixes):
        return None
    return registrable, registrable.split(".", 1)[0]


def _imitated_recipient(msg: Message, knowledge: Knowledge) -> Imitation | None:
    return imitated_among(msg.from_domain, to_and_cc_addresses(msg)[:MAX_RECIPIENTS], knowledge)


def imitated_among(
    sender: str | None,
    addresses: Iterable[str],
    knowledge: Knowledge,
    kinds: frozenset[str] = frozenset({LOOKALIKE, EXTENDED}),
) -> Imitation | None:
    """How the ``sender`` domain imitates the organisation of one of ``addresses`` (the first
    one it imitates in one of ``kinds``; an address it imitates otherwise is passed over), or
    None: the comparison of the module text, for the recipients and for the correspondents of
    an earlier message in a thread (``quoted_correspondents``)."""
    own = _name(sender, knowledge) if sender else None
    if own is None or owner_brand(own[0], knowledge) is not None:
        return None
    sender_registrable, sender_label = own
    sender_name = skeleton(sender_label.replace("-", ""))
    for address in addresses:
        theirs = _name(address.rpartition("@")[2], knowledge)
        if theirs is None:
            continue
        registrable, label = theirs
        if registrable == sender_registrable or label == sender_label:
            continue  # the same organisation, or its name under another suffix
        name = skeleton(label.replace("-", ""))
        if len(name) < MIN_NAME:
            continue
        if sender_label.startswith(label + "-") or sender_label.endswith("-" + label):
            kind = EXTENDED
        elif edit_distance(sender_name, name, limit=1) <= 1:
            kind = LOOKALIKE
        else:
            continue
        if kind in kinds:
            return Imitation(kind, sender_registrable, registrable)
    return None
