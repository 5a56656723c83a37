"""A From header that does not hold one valid mailbox (RFC 5322 sections 3.4, 3.6.2).

Mail software writes From as one mailbox: a display name (quoted when it holds a comma)
and an address with a local part, an "@" and a domain. Bulk-spam tools write it by string
pasting, and the seams show: an unquoted comma that cuts the display name into a second,
address-less "mailbox" (``Microsoft account team ,_<x@y>``), an empty ``<>``, a comma or
quote inside the domain (``noreply@theskimm,com``), a domain of one label (``noreply@bahn``),
a stray ``<`` in the address, two From fields. RFC 5322 allows several authors only with a
Sender field; mail clients never write that, so several mailboxes count too.

The header is split as written, before RFC 2047 decoding, so that an encoded comma inside a
display name (``=?utf-8?Q?Skorstad=2C_J=C3=B8rn?=``) stays a display name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import (
    Message,
    decode_header_value,
    mend_unbalanced_name,
    parse_address_list,
)
from mailwarden.result import Finding
from mailwarden.text_traits import raw_header_values

# Characters that cannot occur in a domain (RFC 5321 section 4.1.2, IDNs included).
_BAD_DOMAIN = re.compile(r"[\s,;:'\"<>(){}\[\]\\@]")
_BAD_LOCAL = re.compile(r"[\s<>()\[\]\\,;]")
# "Doe, John <john@example.com>": a person's "Last, First" written unquoted by some mail
# clients. Strictly two mailboxes, in practice one name: words on both sides of the comma.
# So is a person's name and their organisation's, or their organisation's after the comma
# ("DOBSON, Claire (LEEDS TEACHING HOSPITALS NHS TRUST)", "Tasha, 38 Degrees", "Larissa,
# GetUp!"), which may start with a digit and hold other punctuation than the separators. The
# spam-tool seam has nothing readable after the comma ("Team ,_<x@y>", "Team, <x@y>") or a
# lower-case filler ("Team, jehd").
_NAME_WORDS = r"[^\W\d_][\w.'-]*(?:[ \t]+[^\W\d_][\w.'-]*)*"
_LAST_FIRST = re.compile(
    # The name after the comma runs up to the "<" (no lazy match: linear on long headers).
    rf"\s*(?P<last>{_NAME_WORDS})[ \t]*,[ \t]*(?P<first>[^\W_][^<>,;:@\"\\]*)"
    r"(?P<addr><[^<>,]+>)\s*"
)
# "service@paypal.co.uk <service@paypal.co.uk>": the address written unquoted as its own
# display name, as some mail software does. Strictly an "@" in a phrase; in practice one
# mailbox that shows what it is. A *different* address as the name is another matter
# (SENDER_DISPLAY_NAME_SPOOF) and stays two mailboxes here.
_SELF_NAMED = re.compile(r"\s*(?P<name>[^\s<>,;\"]+@[^\s<>,;\"]+)\s*<(?P<addr>[^<>\s,;]+)>\s*")
# "dependabot[bot] <notifications@github.com>": square brackets left unquoted in a display
# name (RFC 5322 wants the name quoted). No seam: nothing after a comma, no second address,
# no stray "<" -- the brackets cannot change whose mailbox it is, and mail clients show one
# name. Spam tools' bracketed placeholders ("Congratulation [username]") are judged by what
# else they carry.
_BRACKETED_NAME = re.compile(
    r"\s*(?P<name>[^<>,;:\"@()]*\[[^<>,;:\"@()]*)\s*(?P<addr><[^<>\s,;]+>)\s*"
)


# "Workday@Cornell <cornell@myworkday.com>", "Cl@ve <noreply@clave.gob.es>": an "@" in an
# unquoted display name that cannot be read as an address (no dot after it) before one angle
# address. Strictly a phrase RFC 5322 does not allow; in practice one mailbox whose name
# plays on the "@" (rounds 359 and 374). A name that is an address is _SELF_NAMED's or the
# display-name spoof's case.
_AT_NAME = re.compile(r"\s*(?P<name>[^<>,;:\"()@]*@[^<>,;:\"().@]*)\s*(?P<addr><[^<>\s,;]+>)\s*")


def _bad_label(domain: str) -> bool:
    """A label no host name can have (RFC 1035 section 2.3.1, RFC 5321 section 4.1.2): empty
    ("mail..example.com") or starting or ending with a hyphen ("example.za.-com"). Spam
    tools that paste random labels together leave these seams."""
    if domain.startswith("["):
        return False  # an address literal
    labels = domain.rstrip(".").split(".")
    return any(not label or label[0] == "-" or label[-1] == "-" for label in labels)


def _problems(value: str) -> list[str]:
    # 8-bit names arrive as surrogate escapes: read them as UTF-8 for the name test.
    readable = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    # The name test reads encoded words decoded: "=?utf-8?q?Corti=C3=A7a?= Viva, Lda." is
    # "Cortiça Viva, Lda.", a company's name written unquoted.
    name = _LAST_FIRST.fullmatch(decode_header_value(readable) if "=?" in readable else readable)
    if name and not name.group("first")[0].islower():  # "Doe, John"; not "Team, jehd"
        first = name["first"].replace("(", " ").replace(")", " ").strip()
        value = f'"{name["last"]} {first}" {name["addr"]}'
    # A name with a stray parenthesis before one angle address is one mailbox with a sloppy
    # name (a careless folder encoded the "(" inside an encoded word), not a pasted seam.
    if (mended := mend_unbalanced_name(readable)) != readable:
        value = mended
    self_named = _SELF_NAMED.fullmatch(readable)
    if self_named and self_named["name"].lower() == self_named["addr"].lower():
        value = f'"{self_named["name"]}" <{self_named["addr"]}>'
    at_name = _AT_NAME.fullmatch(readable)
    if at_name and at_name["name"].strip():
        value = f'"{at_name["name"].strip()}" {at_name["addr"]}'
    bracketed = _BRACKETED_NAME.fullmatch(readable)
    if bracketed:
        value = f'"{bracketed["name"].strip()}" {bracketed["addr"]}'
    mailboxes = parse_address_list(value)
    if not mailboxes:
        return ["no mailbox"]
    problems: list[str] = []
    if len(mailboxes) > 1:
        problems.append(f"{len(mailboxes)} mailboxes")
    for box in mailboxes:
        local, at, domain = box.address.rpartition("@")
        if not box.address:
            problems.append("empty address" + (f" after {box.display!r}" if box.display else ""))
        elif not at:
            problems.append(f"no domain in {box.address!r}")
        elif not domain or _BAD_DOMAIN.search(domain) or _bad_label(domain):
            problems.append(f"bad domain in {box.address!r}")
        elif "." not in domain.strip(".") and not domain.startswith("["):
            # "noreply@bahn", "no-reply@jyllqorlhubqsj": no mail domain on the internet has
            # one label (RFC 5321 wants a fully qualified domain, MTAs reject non-FQDN
            # senders); a tool filled in a brand or a random word.
            problems.append(f"no top-level domain in {box.address!r}")
        elif not local or _BAD_LOCAL.search(local):
            problems.append(f"bad local part in {box.address!r}")
    return problems


@detector(emits={"SENDER_ANOMALY_MALFORMED_FROM"}, group="sender")
def malformed_from(msg: Message, ctx: Context) -> Iterator[Finding]:
    values = raw_header_values(msg, "From")
    if not values:
        return  # no From at all: a parser defect, not this detector's business
    problems = [f"{len(values)} From fields"] if len(values) > 1 else []
    for value in values[:3]:
        problems += _problems(value)
    if not problems:
        return
    yield Finding(
        "SENDER_ANOMALY_MALFORMED_FROM",
        summary=f"the From header is not one valid mailbox: {problems[0]}",
        evidence={"from": values[0], "problems": problems[:5]},
    )
