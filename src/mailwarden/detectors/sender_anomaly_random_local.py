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

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import is_generated_local_part


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
