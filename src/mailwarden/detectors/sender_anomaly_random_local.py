"""A sender address whose local part is machine-made (``QePEMzkdT@``, ``newsletters.uSPPJ@``).

Bulk-spam tools generate a fresh sender per message to escape per-address reputation
("snowshoe" sending: many throw-away addresses and domains, a little mail from each). People
and mail systems choose readable local parts: lower case, a name, CamelCase words
(``JohnSmith``, ``McAfee``, ``DeLaCruz``, ``UnlimitedTV``) or digits-and-dots tracking ids.
A local part is generated when it is
- letters only, mixing cases the way no word does (``text_traits.is_generated_local_part``,
  and the shapes below that it leaves out):
  - an all-capitals piece after one lower-case letter or amid short pieces (``uQBATEO``,
    ``zLvuYFA``; not ``UnlimitedTV``, ``FOXSportsFLASH``);
  - a piece of two letters or more without a vowel (``bydhyGt``, ``BFwBIGA``, ``dtqSt``);
  - a lower-case piece of one or two letters after a capital run (``QTYbV``; not
    ``myHRportal``);
  - a lone capital closing a name that already changed case twice (``WKaloqA``);
  - a capitalised piece opening with two consonants no European language starts a word
    with, in a part that changes case twice or more (``IGXiZluiu``);
- or a readable word, a dot or underscore, and a random token of mixed case (``newsletters.
  uSPPJ``, ``info.zO4SC``, ``renew_oFEVpcqP0it``); ``jean.ODonoghue`` and ``ann.McBride`` are
  names. ESP ids (``bounces+123-abc``, ``em1234``, hex strings, long dotted tracking ids) are
  one case or have more parts, so they never count.

Two findings:
- ``SENDER_ANOMALY_RANDOM_LOCAL_PART``: the local part is generated;
- ``SENDER_SNOWSHOE``: and, besides, the display name presents a party that the address does
  not carry ("The Cosmic Munch Crew" <zLvuYFA@deck.socialja.com>): a made-up persona on
  throw-away infrastructure. Free-mail is left out: there people choose odd handles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.destinations import government_suffix
from mailwarden.detectors import Context, detector
from mailwarden.message.clicks import WORDS, fold
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding
from mailwarden.text_traits import is_generated_local_part

_LETTERS = re.compile(r"[A-Za-z]{5,24}")
# Upper-case runs not followed by lower case, or an optional capital and lower case (as in
# text_traits).
_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")
# A word, one separator, a token: "newsletters.uSPPJ", "renew_oFEVpcqP0it".
_WORD_TOKEN = re.compile(r"[A-Za-z]{3,20}[._]([A-Za-z0-9]{4,20})")
# Readable tokens: CamelCase words, with an "O"/"Mc"-style capital pair at the start.
_CAMEL_WORDS = re.compile(r"[A-Z]{0,2}[a-z]+(?:[A-Z][a-z]+)*")
_NAME_PREFIXES = frozenset({"Mc", "St", "Dr", "Mr", "Ms", "Jr", "Sr"})
# Two consonants that begin words or names in European languages (and common
# transliterations); any other pair at a word start is unpronounceable.
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr gw kl kn kr pf ph pl pr ps sc sh sk sl sm sn sp st sv"
    " sw sz th tr ts tw vl vr wh wr zw zh dj dz kh rh dm mk ng zb cz bj fj hj kv pt"
    # "X" read as "ex" in made-up names: Xbox, Xcel Energy, Xfinity, Xpress, Xtra.
    " xb xc xf xp xt".split()
)
# An all-capitals piece amid pieces this short on average is not an acronym in a name.
_MEAN_PIECE_MIN = 3.0
_DISPLAY_MAX = 200


def _case_changes(text: str) -> int:
    return sum(1 for a, b in zip(text, text[1:], strict=False) if a.isupper() != b.isupper())


def _vowelless(piece: str) -> bool:
    return not _VOWELS.intersection(piece)


def _bad_onset(piece: str) -> bool:
    head = piece[:2].lower()
    if len(piece) < 3 or not piece[0].isupper() or len(head) < 2:
        return False
    if head[0] in _VOWELS or head[1] in _VOWELS:
        return False
    return head not in _ONSETS


def _odd_letters(local: str) -> bool:
    """The mixed-case letters-only shapes ``is_generated_local_part`` leaves out."""
    if not _LETTERS.fullmatch(local) or local.islower() or local.isupper():
        return False
    pieces = _PIECES.findall(local)
    if not pieces:
        return False
    changes = _case_changes(local)
    short_mean = len(local) / len(pieces) < _MEAN_PIECE_MIN
    for i, piece in enumerate(pieces):
        if piece.isupper() and len(piece) >= 2:
            # An acronym ("CVSPharmacy", "UnlimitedTV") unless it follows one lower-case
            # letter or sits amid short pieces.
            if i > 0 and (
                (i == 1 and len(pieces[0]) == 1 and pieces[0].islower())
                or (len(piece) >= 3 and short_mean)
            ):
                return True
        elif len(piece) >= 2 and _vowelless(piece) and piece not in _NAME_PREFIXES:
            # A lower-case abbreviation may open the name ("hrDept", "crmTeam").
            if not (i == 0 and piece.islower() and len(piece) <= 3):
                return True
        elif piece.islower() and i > 0 and len(piece) <= 2:
            return True  # "QTYbV"; a word after an acronym is fine ("myHRportal")
        elif len(piece) == 1 and piece.isupper() and i == len(pieces) - 1 and changes >= 2:
            return True
        elif changes >= 2 and _bad_onset(piece) and not (i > 0 and pieces[i - 1].isupper()):
            return True  # after a capital run the split is ambiguous ("myHRportal")
    return False


def _random_token(local: str) -> bool:
    match = _WORD_TOKEN.fullmatch(local)
    if match is None:
        return False
    token = match.group(1)
    if not any(ch.isupper() for ch in token) or not any(ch.islower() for ch in token):
        return False  # one case: a word, a name, a code
    if any(ch.isdigit() for ch in token):
        return True  # letters of both cases and digits: "zO4SC", "oFEVpcqP0it"
    if not _CAMEL_WORDS.fullmatch(token):
        return True  # "uSPPJ", "IrrKU"
    return any(
        len(piece) >= 2 and _vowelless(piece) and piece not in _NAME_PREFIXES
        for piece in _PIECES.findall(token)
    )


def looks_generated(local: str) -> bool:
    """Whether a local part (subaddress removed) was generated rather than chosen."""
    local = local[:64]
    return is_generated_local_part(local) or _odd_letters(local) or _random_token(local)


def name_unrelated(display: str, address: str, domain: str) -> bool:
    """The display name presents a party that the address does not carry."""
    words = WORDS.findall(fold(display[:_DISPLAY_MAX]))
    if not words:
        return False
    org = registrable_domain(domain) or domain
    label, _, suffix = org.partition(".")
    # The address without its public suffix: "com" in a name ("hims.com Partner") is no tie.
    host = domain[: len(domain) - len(suffix) - 1] if suffix else domain
    folded = fold(address.rpartition("@")[0] + "@" + host)
    if any(word in folded for word in words):
        return False
    return not (len(label) >= 4 and label in "".join(words))


@detector(emits={"SENDER_ANOMALY_RANDOM_LOCAL_PART", "SENDER_SNOWSHOE"}, group="sender")
def random_local_part(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or "@" not in sender.address:
        return
    local = sender.address.rpartition("@")[0].split("+", 1)[0]
    if not looks_generated(local):
        return
    # A public body's own domain ("MyFTB@ftb.ca.gov", round 422): only public bodies register
    # under a government suffix, and none sends from throw-away addresses.
    if sender.domain and government_suffix(registrable_domain(sender.domain), ctx.knowledge):
        return
    yield Finding(
        "SENDER_ANOMALY_RANDOM_LOCAL_PART",
        summary=f"the sender address {sender.address} looks machine-generated",
        evidence={"from": sender.address, "local_part": local},
    )
    display = sender.display.strip()
    if not display or not sender.domain or sender.domain in ctx.knowledge.freemail:
        return
    if name_unrelated(display, sender.address, sender.domain):
        yield Finding(
            "SENDER_SNOWSHOE",
            summary=(
                f'"{display[:60]}" writes from a generated address at {sender.domain},'
                " which carries nothing of that name"
            ),
            evidence={"from": sender.address, "display_name": display[:80], "local_part": local},
        )
