"""A message that calls its reader by their e-mail address.

Spam and scam tools know a list of addresses, not names, so they paste the address where a
name belongs: into the subject ("bob@example.org, you have won"), into the sender's display
name, or into the greeting ("Hallo bob@example.org,", "Dear bob@example.org ,"). Senders
who know their customers greet them by name, or not at all.

The address is the one in the message's own To header, compared case-insensitively; no
address is fixed here. A greeting is the address at the start of the body or after at most
``GREETING_WORDS`` words of its clause, followed by ",", "!" or ":". Quoted headers of a
reply ("To: bob@example.org", "<bob@example.org> wrote:") are not greetings, nor is the
attendee address that calendar invitations put in parentheses at the end of the subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.lures import subject_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import recipient_addresses

GREETING_WORDS = 3
BODY_SCAN_CHARS = 3_000
MIN_ADDRESS_CHARS = 6
_SPACE = re.compile(r"\s+")
# A clause ends at sentence punctuation, a colon (header labels) or markup leftovers.
_CLAUSE_END = re.compile(r"[.!?:;<>\[\](){}\"'=/|]")
_WORD = re.compile(r"[^\W\d_]+")


def _greets(text: str, address: str) -> bool:
    start = text.find(address)
    while start >= 0:
        after = text[start + len(address) : start + len(address) + 3].lstrip()
        if after[:1] in (",", "!", ":"):
            before = text[max(0, start - 80) : start]
            ends = [m.end() for m in _CLAUSE_END.finditer(before)]
            clause = before[ends[-1] :] if ends else before
            words = clause.split()
            # Google Calendar's RSVP line ("Reply for bob@example.org: Yes / No / Maybe",
            # round 419) names the invitee whose answer the links record: a label.
            if [w.lower() for w in words[-2:]] == ["reply", "for"]:
                start = text.find(address, start + 1)
                continue
            at_start = start <= 1 and not words
            after_label = bool(ends) and not words
            if at_start or (
                not after_label
                and 0 < len(words) <= GREETING_WORDS
                and all(_WORD.fullmatch(w) for w in words)
            ):
                return True
        start = text.find(address, start + 1)
    return False


@detector(emits={"CONTENT_SPAM_ADDRESSED_BY_EMAIL"}, group="content")
def addressed_by_email(msg: Message, ctx: Context) -> Iterator[Finding]:
    recipients = [a for a in recipient_addresses(msg) if len(a) >= MIN_ADDRESS_CHARS]
    if not recipients:
        return
    subject = subject_text(msg).lower()
    sender = msg.from_address.address.lower() if msg.from_address else ""
    display = " ".join(a.display for a in msg.from_addresses[:5]).lower()
    body = _SPACE.sub(" ", msg.body_text[:BODY_SCAN_CHARS]).strip().lower()
    for address in recipients:
        where = []
        # Calendar invitations end their subject with the attendee in parentheses
        # ("Invitation: Review @ Tue 10:00 (bob@example.org)"): a label, not a greeting.
        if address in subject and not subject.rstrip().endswith(f"({address})"):
            where.append("subject")
        if address != sender and address in display:
            where.append("display-name")
        if _greets(body, address):
            where.append("greeting")
        if where:
            yield Finding(
                "CONTENT_SPAM_ADDRESSED_BY_EMAIL",
                summary=f"the {where[0]} calls the reader by their address {address}",
                evidence={"address": address, "where": where},
            )
            return
