"""Who shared it: the platform user behind a relayed notification, as far as the mail says.

Helpers for ``sender_platform_relay``, which decides the findings (this module has no
detector). The sharer is read from the notification's Reply-To and from the "Name (address)
shared ..." line of its text. Organisations share money matters from their own domains, so a
sharer on free-mail who is named as a role ("Accounts Dept"), or whose mailbox is named after
a money function ("mgrant.accounts.payable@"), is judged here; so is a note asking the reader
to sign in so that a payment is released.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.destinations import recipient_organisations
from mailwarden.detectors import Context
from mailwarden.detectors.content_windfall_amount import CURRENCY
from mailwarden.detectors.sender_free_tenant import free_tenant
from mailwarden.detectors.sender_platform_note import payroll_topic, remittance_topic
from mailwarden.knowledge import Knowledge
from mailwarden.lookalike import alnum
from mailwarden.lures import LureMatch, lures_in_text, normalise, subject_text
from mailwarden.message.parse import Address, Message
from mailwarden.sender_roles import IT_ROLE

_TEXT_MAX = 50_000

# A sum in a name: "$3,300", "1.3 BTC", "500 EUR".
SUM = re.compile(
    rf"{CURRENCY}\s?\d|\d[\d.,]{{0,20}}\s?(?:btc|usdt?|eur|euros?|eth|dollars?)\b", re.I
)

# A sharer as the notification names it: "Accounts Dept (accounts.dept@gmail.com) invited you"
# at the start of a line. Bounded repetitions of a character class: linear.
_SHARER_LINE = re.compile(
    r"^[ \t]*([^\n()<>\"]{2,60}?)[ \t]*[(<][ \t]*"
    r"([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})[ \t]*[)>]",
    re.M,
)
_SHARER_TEXT_MAX = 4_000
# "X (via Dropbox)", "X via Google Docs": the platform's suffix to the sharer's name.
_VIA = re.compile(r"\s*\(?\bvia\b.*$", re.I | re.S)
# Organisational units besides the sender_role vocabulary ("Accounts Dept"): a person's
# name holds none of these words.
_UNIT = re.compile(r"\b(?:dept|department|team|desk|division)\b")
_VERIFY = re.compile(r"\bverif(?:y|ication)\b")
# The vocabulary (data/lures) of money functions as mailbox names; a local part's separators
# and digits become spaces so that its words can be matched.
FINANCE_ROLE = "finance_role"
_LOCAL_SPLIT = re.compile(r"[\W_\d]+")
_PAYMENT_CATEGORIES = frozenset({"invoice", "scam_bec"})
# A note asking the reader to sign in (or verify) so that a payment is released or its
# receipt confirmed, all in one sentence ("Sign in to release the funds", "review remittance
# and sign in to confirm receipt"). A platform's own frame says "sign in to view" or "open";
# money is paid or requested, never released behind a sign-in. Over one normalised sentence
# (lower case words, single spaces); fixed word lists: linear.
_SIGN_IN = re.compile(r"\b(?:sign in|signin|log in|login|logon|log on|verify|authenticate)\b")
_RELEASE = re.compile(
    r"\b(?:release|releasing|unlock|unlocking|confirm receipt|confirm the receipt)\b"
)
_MONEY_WORD = re.compile(
    r"\b(?:funds|remittance|remittances|payment|payments|wire|invoice|invoices|payout|deposit)\b"
)
_SENTENCE = re.compile(r"[^.!?\n]{1,400}")
_NOTE_TEXT_MAX = 6_000
# An amount of money written with a currency code in front ("EUR 2,000", "USD 12,480.00").
_CODE_AMOUNT = re.compile(r"\b(?:usd|eur|gbp|chf|cad|aud|nzd|sgd)\s?\d", re.I)


def release_demand(text: str) -> str | None:
    """The sentence (normalised, bounded) asking to sign in to release or confirm a payment."""
    for match in _SENTENCE.finditer(text[:_NOTE_TEXT_MAX]):
        sentence = normalise(match.group(0))
        if _SIGN_IN.search(sentence) is None or _RELEASE.search(sentence) is None:
            continue
        if _MONEY_WORD.search(sentence) is not None:
            return sentence[:160]
    return None


# The account lures an IT desk's mailbox-migration or quota form says ("verify your current
# account details", "mailbox is full").
_ACCOUNT_CATEGORIES = frozenset({"credential", "mailbox_full", "password_expiry"})


def it_role_sharer(msg: Message, ctx: Context, matches: list[LureMatch]) -> Address | None:
    """A sharer named as the IT desk on a free-mail box whose item asks the reader to verify
    an account or speaks of the mailbox ("Eastview Library IT Support" <evl.itsupport.desk@
    gmail.com> shares a "Staff Email Migration" form, round 432): an organisation's IT desk
    never runs its mailbox forms from a free-mail box."""
    body = msg.body_text[:_TEXT_MAX]
    if not any(m.category in _ACCOUNT_CATEGORIES for m in matches):
        if _VERIFY.search(normalise(body)) is None:
            return None
    for name, address, domain in _freemail_sharers(msg, ctx):
        if name and _named_as(name, IT_ROLE, ctx):
            return Address(display=name[:60], address=address[:120], domain=domain)
    return None


# An address on a line of the notification's text, wherever the platform puts it: "IT Help
# Desk (helpdesk@x.onmicrosoft.com)", "Helpdesk Support (External) \u00b7 it@x.onmicrosoft.com".
_LINE_ADDRESS = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")
_LINES_MAX = 40
_LINE_MAX = 300
# Free tenants whose accounts are a whole organisation's mail and chat identities (a
# Microsoft 365 trial): a help desk of a help-desk platform (x.freshservice.com) is a real
# desk's tenant.
_MAIL_SUITE_TENANTS = frozenset({"onmicrosoft.com", "partner.onmschina.cn"})


def outside_it_desk(msg: Message, ctx: Context) -> Address | None:
    """A platform user named as the IT desk ("IT Help Desk", "Helpdesk Support") whose
    account is on a free tenant other than the reader's organisation's: the Teams chat from
    "IT Help Desk (External)" at itsupport-desk365.onmicrosoft.com asking to accept a call
    about "spam in your mailbox" (the help-desk vishing that hands over the reader's screen).
    An organisation's IT desk writes from inside its own tenant; an outsourced one from its
    own verified domain, never from a trial tenant. Only the name and the account are judged:
    the chat itself is the lure, and it says little more than "accept"."""
    readers = {alnum(d.partition(".")[0]) for d in recipient_organisations(msg) if d}
    readers.discard("")
    lines = msg.body_text[:_SHARER_TEXT_MAX].splitlines()[:_LINES_MAX]
    for line in lines:
        line = line[:_LINE_MAX]
        for match in _LINE_ADDRESS.finditer(line):
            tenant = free_tenant(match.group(0).rpartition("@")[2], ctx.knowledge)
            if tenant is None or tenant[2] not in _MAIL_SUITE_TENANTS:
                continue
            if _own_tenant(alnum(tenant[1]), readers):
                continue
            name = line[: match.start()].strip(" \t(<\u00b7-|:")
            if name and _named_as(name, IT_ROLE, ctx):
                return Address(display=name[:60], address=match.group(0)[:120], domain=tenant[0])
    return None


# What organisations add to their name when the plain one is taken ("contosoltd", "contoso2").
_TENANT_SUFFIX = re.compile(r"(?:ltd|inc|llc|plc|gmbh|corp|co|group|sa|ag|bv|nv|\d{1,3})?")


def _own_tenant(label: str, readers: set[str]) -> bool:
    """Whether the tenant is the reader's organisation's own: its name, or its name with a
    company form or a number. A tenant that adds words ("contoso-itsupport") is a stranger
    naming itself after the reader."""
    return any(
        label.startswith(reader) and _TENANT_SUFFIX.fullmatch(label[len(reader) :]) is not None
        for reader in readers
    )


def freemail_sharer(msg: Message, ctx: Context) -> tuple[str, str] | None:
    """The first platform user behind the notification whose mailbox is on free-mail."""
    found = next(_freemail_sharers(msg, ctx), None)
    return (found[0][:60], found[1][:120]) if found is not None else None


def _freemail_sharers(msg: Message, ctx: Context) -> Iterator[tuple[str, str, str]]:
    """(name, address, domain) of the platform users behind the notification whose mailbox
    is on free-mail, in ``_sharers`` order."""
    for name, address in _sharers(msg):
        domain = address.rpartition("@")[2].lower()
        if domain in ctx.knowledge.freemail:
            yield name, address, domain


def _named_as(name: str, category: str, ctx: Context) -> bool:
    """Whether the sharer's name says a phrase of the vocabulary ``category`` ("IT Support"
    is an ``it_role``, "Accounts Dept" a ``sender_role``)."""
    said = lures_in_text(name[:_SHARER_TEXT_MAX], ctx.knowledge, where="sharer")
    return any(m.category == category for m in said)


def _sharers(msg: Message) -> list[tuple[str, str]]:
    """(name, address) of the platform user behind the notification, as far as it says."""
    found: list[tuple[str, str]] = []
    sender = msg.from_address
    shown = _VIA.sub("", sender.display).strip() if sender is not None else ""
    for reply in msg.reply_to[:3]:
        found.append((reply.display.strip() or shown, reply.address))
    for match in _SHARER_LINE.finditer(msg.body_text[:_SHARER_TEXT_MAX]):
        found.append((match.group(1).strip(), match.group(2)))
        if len(found) >= 6:
            break
    return found


def role_sharer(
    msg: Message, ctx: Context, matches: list[LureMatch], release: str | None
) -> Address | None:
    """A sharer named as a role on a free-mail box whose note asks to verify to see money
    (or to sign in to release or confirm a payment), or whose item is about the reader's pay
    ("Human Resources" <hr.payroll.x@outlook.com> sends the "direct-deposit form") or a
    payment to the reader ("Accounts Dept" shares "Remittance Advice_Nov-2025"): an
    employer's payroll and a payer's remittances are never run from a free-mail box."""
    body = msg.body_text[:_TEXT_MAX]
    topic = f"{subject_text(msg)}\n{body}"
    # A remittance advice is a payment to the reader too: a business sends its remittances
    # from its own domain, never from an "Accounts Dept" on a free-mail box.
    if release is None and payroll_topic(topic) is None and remittance_topic(topic) is None:
        if not any(m.category == "credential" for m in matches):
            if _VERIFY.search(normalise(body)) is None:
                return None
        money = any(m.category in _PAYMENT_CATEGORIES for m in matches)
        if not money and SUM.search(body) is None and _CODE_AMOUNT.search(body) is None:
            return None
    for name, address, domain in _freemail_sharers(msg, ctx):
        if not name:
            continue
        if _named_as(name, "sender_role", ctx) or _UNIT.search(normalise(name)) is not None:
            return Address(display=name[:60], address=address[:120], domain=domain)
    return None


def finance_mailbox(local: str, knowledge: Knowledge) -> str | None:
    """The money function a mailbox is named after ("mgrant.accounts.payable" -> "accounts
    payable", "lcarrow.procurement" -> "procurement"), if any."""
    words = _LOCAL_SPLIT.sub(" ", local[:64])
    found = [
        m.phrase
        for m in lures_in_text(words, knowledge, where="mailbox")
        if m.category == FINANCE_ROLE
    ]
    # The longest phrase names the function ("accounts payable", not "accounts").
    return max(found, key=len) if found else None


def finance_sharer(
    msg: Message, ctx: Context, platform: str, matches: list[LureMatch]
) -> Address | None:
    """A sharer whose free-mail mailbox is named after an organisation's money function
    ("Melissa Grant" <mgrant.accounts.payable@gmail...>, <lcarrow.procurement@outlook...>)
    sharing an item about money (an invoice, a purchase order, a remittance, pay): the person
    may look real, the mailbox says it speaks for a company's payables or purchasing, which
    mail from the company's domain. Not on invoice and money-request platforms, where the
    seller's own billing box (a sole trader's gmail) is the sender by design."""
    if platform in ctx.knowledge.seller_platforms:
        return None
    topic = f"{subject_text(msg)}\n{msg.body_text[:_TEXT_MAX]}"
    money = any(m.category in _PAYMENT_CATEGORIES for m in matches)
    if not money and payroll_topic(topic) is None and remittance_topic(topic) is None:
        return None
    for name, address, domain in _freemail_sharers(msg, ctx):
        function = finance_mailbox(address.rpartition("@")[0], ctx.knowledge)
        if function is not None:
            return Address(display=(name or function)[:60], address=address[:120], domain=domain)
    return None
