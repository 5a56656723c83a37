"""A name field of a web-form notification that is not a name: form-spam injection.

Sign-up, login-details, password-reset and contact forms mail out what a visitor typed
("Username: ...", "Identifiant : ...", "사용자명: ...", "Hi {username},"). Spammers type their
lure into those fields and give the victim's address, so the site's own, fully authenticated
notification carries it: "Username: www.xyz.blogspot.com - 1.3 BTC", "First Name: You earned
1.3 Bitcoin! https://t.me/...". A person's name or user name never is a web address, an
amount of money, a messenger handle or a run of emoji; a name field holding one is injected
content, the way analysts describe WordPress and contact-form abuse.

Only name-type labels count ("Login:", "Phone:" or "Company:" lines legitimately sit next to
URLs in signatures). A pitch word (crypto exchange, casino, loan) counts in a value of three
or more words ("Loan" is also a given name). Greetings ("Привіт {username},") and whole
sentences in a name count only inside a recognised notification (``mailwarden.formfields``).
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.formfields import FormField, form_fields, notice_marker, value_traits
from mailwarden.message.parse import Message
from mailwarden.result import Finding

MAX_HITS = 3
# Traits that make a value no name wherever it appears.
_ALWAYS = frozenset({"link", "sum", "handle", "emoji"})
# Words that start a greeting line without a name after them ("Hello from example.com").
_NOT_A_NAME_START = frozenset(
    {"from", "to", "at", "on", "and", "all", "again", "there", "everyone", "de", "от", "з", "від"}
)


def _why(field: FormField, traits: tuple[str, ...], in_notice: bool) -> list[str]:
    reasons = [t for t in traits if t in _ALWAYS]
    words = len(field.value.split())
    if "pitch_word" in traits and words >= 3:
        reasons.append("pitch_word")
    if in_notice and "sentence" in traits:
        reasons.append("sentence")
    return reasons


@detector(emits={"CONTENT_FORM_FIELD_INJECTION"}, group="content")
def form_field_injection(msg: Message, ctx: Context) -> Iterator[Finding]:
    in_notice = bool(notice_marker(msg, ctx.knowledge))
    hits: list[str] = []
    kinds: list[str] = []
    for field in form_fields(msg, ctx.knowledge):
        if field.kind == "message":
            continue  # a message is free text: content_form_pitch judges it
        if field.kind == "greeting":
            first = field.value.split(" ", 1)[0].lower()
            if first in _NOT_A_NAME_START:
                continue
        reasons = _why(field, value_traits(field.value, ctx.knowledge), in_notice)
        if not reasons:
            continue
        hits.append(f"{field.label}: {field.value[:80]}")
        for reason in reasons:
            if reason not in kinds:
                kinds.append(reason)
        if len(hits) >= MAX_HITS:
            break
    if not hits:
        return
    yield Finding(
        "CONTENT_FORM_FIELD_INJECTION",
        summary=f"a name field holds {', '.join(kinds)} ({hits[0][:60]})",
        evidence={"fields": hits, "holds": kinds},
    )
