"""A free-mail From address that is a disguised spelling of the real sending mailbox.

Gmail ignores dots in a local part and everything after a "+" (its documented address
equivalence), so ``m.o.na24.2m@gmail.com`` and ``mona242m+NMwGO8qDiD8H@gmail.com`` deliver to
``mona242m@gmail.com``. Bulk senders use that to give every message a "new" From address
(defeating per-address reputation and block lists) while sending from one account: the
envelope sender (Return-Path, RFC 5321 §4.4) keeps the account's own spelling, the From
header (RFC 5322 §3.6.2) shows a scattered one. A person's mail client writes the account's
own address in both places.

The finding needs all of these:
- From and Return-Path are in the same free-mail domain (``lists/freemail.txt``);
- the two local parts differ, but are the same mailbox once dots (Gmail only) and a "+tag"
  are removed;
- the From spelling is not the account's ordinary one: Gmail dots that cut the name into
  pieces of one or two characters (``m.o.na24.2m``; ``john.smith`` has none), or a
  "+tag" that is a random token of ten characters or more mixing letters and digits (a person's
  sub-address reads ``+newsletters``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message, parse_address_list
from mailwarden.result import Finding

# The domains where dots in the local part do not matter (Gmail's documented behaviour).
_DOT_BLIND = frozenset({"gmail.com", "googlemail.com"})
_LOCAL_MAX = 64
_TOKEN = re.compile(r"[A-Za-z0-9]{10,64}")


def _mailbox(local: str, dot_blind: bool) -> str:
    base = local.split("+", 1)[0]
    return base.replace(".", "") if dot_blind else base


def _random_tag(local: str) -> str:
    """The "+tag" of the local part when it is a machine token, else ""."""
    _, plus, tag = local.partition("+")
    if not plus or not _TOKEN.fullmatch(tag):
        return ""
    if not any(c.isdigit() for c in tag) or not any(c.isalpha() for c in tag):
        return ""
    return tag


def _scattered_dots(from_local: str, envelope_local: str) -> bool:
    """Dots the account does not have, leaving pieces of one or two characters."""
    base = from_local.split("+", 1)[0]
    if base.count(".") <= envelope_local.split("+", 1)[0].count("."):
        return False
    pieces = base.split(".")
    return sum(1 for piece in pieces if len(piece) <= 2) >= 2


@detector(emits={"SENDER_ANOMALY_ALIAS_VARIANT"}, group="sender")
def alias_variant(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.domain or sender.domain not in ctx.knowledge.freemail:
        return
    envelope = parse_address_list(msg.header("Return-Path"))
    if not envelope:
        return
    from_local, _, _ = sender.address.rpartition("@")
    env_local, _, env_domain = envelope[0].address.rpartition("@")
    if env_domain.lower() != sender.domain:
        return
    from_local, env_local = from_local.lower()[:_LOCAL_MAX], env_local.lower()[:_LOCAL_MAX]
    if not from_local or not env_local or from_local == env_local:
        return
    dot_blind = sender.domain in _DOT_BLIND
    if _mailbox(from_local, dot_blind) != _mailbox(env_local, dot_blind):
        return
    tricks: list[str] = []
    if dot_blind and _scattered_dots(from_local, env_local):
        tricks.append("scattered dots")
    if _random_tag(from_local) and not _random_tag(env_local):
        tricks.append("random +tag")
    if not tricks:
        return
    yield Finding(
        "SENDER_ANOMALY_ALIAS_VARIANT",
        summary=(
            f"From {sender.address} is a disguised spelling ({', '.join(tricks)}) of the"
            f" sending mailbox {envelope[0].address}"
        ),
        evidence={"from": sender.address, "envelope": envelope[0].address, "tricks": tricks},
    )
