"""A sender address whose local part is random mixed-case letters (``QePEMzkdT@``).

Bulk-spam tools generate a fresh sender per message to escape per-address reputation. People
and mail systems choose readable local parts: lower case, a name, CamelCase words
(``JohnSmith``, ``McAfee``, ``DeLaCruz``) or digits-and-dots tracking ids. A local part of
letters only that mixes cases in a way no word does is generated, not chosen:

- a run of four or more letters without a vowel (``dvgvKKB``);
- two case changes or more around an unpronounceable lower-case piece (``lcfNupd``,
  ``bdQAkfl``); an all-capitals piece is an acronym (``UnlimitedTV``) and does not count;
- three case changes or more that leave two pieces of one or two letters which are not name
  particles or short words (``EoZiRqo``, ``MevaLiM``; not ``DeLaCruz``, ``DoNotReply``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding

_LETTERS_ONLY = re.compile(r"[A-Za-z]{6,24}")
# Upper-case runs not followed by lower case ("KKB"), or an optional capital and lower case.
_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")
_NAME_PREFIX = re.compile(r"[A-Z][a-z]")  # "Mc", "Mr": a capital and one letter is a name part
# Two-letter pieces that people do write in CamelCase: name particles and short words.
_SHORT_WORDS = frozenset(
    "de la le di du da do van von mc st jr sr dr mr ms my no to go we us me it is on in at"
    " of by or an up".split()
)


def _case_changes(text: str) -> int:
    return sum(1 for a, b in zip(text, text[1:], strict=False) if a.isupper() != b.isupper())


def is_generated_local_part(local: str) -> bool:
    if not _LETTERS_ONLY.fullmatch(local) or local.islower() or local.isupper():
        return False
    pieces = _PIECES.findall(local)
    if any(len(p) >= 4 and not _VOWELS.intersection(p) for p in pieces):
        return True
    changes = _case_changes(local)
    if changes < 2:
        return False
    unreadable = [
        p for p in pieces
        if len(p) >= 2 and not p.isupper() and not _VOWELS.intersection(p)
        and not _NAME_PREFIX.fullmatch(p)
    ]
    if unreadable:
        return True
    if changes < 3:
        return False
    short = [
        p for p in pieces
        if len(p) == 1 or (len(p) == 2 and not p.isupper() and p.lower() not in _SHORT_WORDS)
    ]
    return len(short) >= 2


@detector(emits={"SENDER_ANOMALY_RANDOM_LOCAL_PART"}, group="sender")
def random_local_part(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or "@" not in sender.address:
        return
    local = sender.address.rpartition("@")[0].split("+", 1)[0]
    if is_generated_local_part(local):
        yield Finding(
            "SENDER_ANOMALY_RANDOM_LOCAL_PART",
            summary=f"the sender address {sender.address} looks machine-generated",
            evidence={"from": sender.address, "local_part": local},
        )
