"""A platform's genuine notification relaying a scam, callback or payment trick its user typed.

Attackers type their phishing into a real platform (a Google Drive share or Docs comment, a
form, a chat transcript, an e-signature request, an event, a PayPal invoice, a Firebase
project's name) and the platform's genuine, fully authenticated notification delivers it: the
sender is right, the frame is right, only the user-written parts (item title, share note,
sharer's name, form answers, invoice note) are the attack. For mail from a platform's
notification sender (``lists/relay_platforms.txt``: exact addresses, or domains whose every
address mails user content) this detector decides whether those parts say what honest users
never type. That the platform authenticated neither exempts nor blames it.

``SENDER_PLATFORM_RELAYED_LURE``, a second signal (the lure finding gives the first), gathers
the reasons, restricted to what needs no benefit of the doubt in a work notification:

- a phrase of the scam categories about money coming to or taken from the reader (prize,
  crypto scheme, casino, sextortion, paid online tasks), or of the reader's mailbox
  threatened or password expiring (the webmail-upgrade form); survey phrases alone do not
  count, because form and survey platforms mail surveys by design;
- advance-fee vocabulary only as two different phrases or beside one of those ("business
  proposal" alone is a genuine document title);
- crypto as a topic only with money directed at the reader ("transfer of crypto to your
  account", a Firebase app named "GET 0.44 BTC"): a shared Bitcoin memo is no lure;
- a sum credited in the subject ("+$1,000") or a sum in the sender's name ("YOUR $3,300 |
  Playojo via BreezeDoc"): a person's name never holds an amount of money;
- a shared item whose title (quoted in the subject) is nothing but a delivery channel,
  "SECURE DOCUMENT", "Encrypted file", "New fax": the share poses as a secure-message
  portal's notice, where a real file is named after its content;
- a note asking to sign in so that a payment is released, from a sharer not on free-mail;
- a link to a page anyone can build (``hosting.txt`` site builders and app hosts, storage
  buckets; not file shares or forms): the platform's own links lead to the platform, so the
  user typed this one to send the reader elsewhere. Alone it is a web page in an event
  description; beside a lure (LINK_USER_CONTENT_HOST) it is the relay of a phishing page.

Marketing, health, pharma, dating, legal and delivery vocabulary is left out: event, form
and invoice notifications legitimately speak of pharmacies, weight-loss classes, delivery
fees and court cases.

Findings of their own for what an analyst needs no second signal for (the sentence tests
live in ``sender_platform_note``, the reading of who shared it in ``sender_platform_sharer``):

- ``SENDER_PLATFORM_CALLBACK``: a number to call to cancel or dispute a charge the reader
  supposedly made (in any language the ``callback_*`` vocabularies cover), or, in a
  relayed sign-in alert, any number to call about the account;
- ``SENDER_PLATFORM_CREDENTIAL_GATE``: a note asking for the reader's mailbox credentials
  ("verify with your email credentials to access");
- ``SENDER_PLATFORM_NESTED_LINK``: a note about a payment that tells the reader to click
  something *inside* the shared item ("Click the image in the document to download");
- ``SENDER_PLATFORM_PAYMENT_CHANGE``: a note announcing new payment instructions (a
  ``scam_bec`` phrase: "updated wire instructions", "new remit-to account");
- ``SENDER_PLATFORM_PAYMENT_SIGNIN``: the platform user behind the notification (its
  Reply-To, or "Name (address) shared ..." in the text) is on a free-mail box, and the note
  asks the reader to sign in or verify so that a payment is released or its receipt
  confirmed, or says a payment reached the reader's account and asks to confirm it: the fake
  remittance share. Money is paid or requested, never held behind the reader's sign-in, and a
  business shares its remittances from its own domain;
- ``SENDER_PLATFORM_BRAND_NOTICE``: that user is on a free-mail box, the item's title (the
  subject) names a known brand that is not the platform, and the user's text says one of the
  account lures (a membership to verify, billing out of date, a password expiring): a Google
  Form "Amazon Prime Membership Verification" made by prime.membership.services26@gmail. A
  brand's account notices come from the brand, never from someone's free-mail form or share;
- ``SENDER_PLATFORM_TYPED_SITE``: the note says an account lure (a sign-in to check, an
  account limited, a password expiring) and names, as plain text, a site to go to that is
  neither the platform's, nor a known brand's own, nor the reader's or the sharer's
  organisation's ("re-confirm your account within 24 hours at paypal-holdreview.vercel.app"
  in a PayPal invoice's note). The platform's own frame sends its reader to the platform; a
  merchant that names its own shop in a note says no account lure;
- ``SENDER_PLATFORM_ROLE_SHARER``: that user is an organisational role on a free-mail box
  ("Accounts Dept" <accounts.dept@gmail...>; organisations share from their own domains, as
  ``sender_freemail_org`` says of From) and the item is about money (verify to see a
  payment, sign in to release one, a remittance advice) or about the reader's pay ("direct
  deposit form"). It names the impersonated role; the payment-signin finding is not given
  beside it (the same note);
- ``SENDER_PLATFORM_OUTSIDE_IT_DESK``: a user named as the IT desk whose account is on a
  Microsoft 365 trial tenant not the reader's ("IT Help Desk (External)" at
  itsupport-desk365.onmicrosoft.com in a Teams chat notification): the help-desk call that
  asks to share the reader's screen. Needs no lure: the chat says only "accept".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mailwarden.claims import (
    claimed_brands,
    is_brand_site,
    is_web_page_host,
    owner_brand,
    sender_organisations,
)
from mailwarden.destinations import recipient_organisations, text_sites
from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_callback_only import PHONE, VERIFY_OUT_OF_BAND
from mailwarden.detectors.content_windfall_amount import CREDIT
from mailwarden.detectors.sender_platform_note import (
    callback_vocabulary,
    credential_gate,
    intl_phone,
    money_to_reader,
    nested_click,
)
from mailwarden.detectors.sender_platform_sharer import (
    SUM,
    finance_sharer,
    freemail_sharer,
    it_role_sharer,
    outside_it_desk,
    release_demand,
    role_sharer,
)
from mailwarden.detectors.sender_reply_diverted import bank_change
from mailwarden.knowledge import Knowledge
from mailwarden.lures import (
    LureMatch,
    find_lures,
    lures_in_text,
    normalise,
    outermost,
    subject_text,
)
from mailwarden.message.parse import Address, Message
from mailwarden.message.urls import Link, is_action_link, registrable_domain
from mailwarden.result import Finding

# One phrase is enough: money promised to or extorted from the reader, or pay for trivial
# online tasks (the job-scam phrases name the scheme, not recruiting in general).
STRONG = frozenset(
    {
        "scam_prize",
        "scam_crypto",
        "scam_casino",
        "scam_sextortion",
        "scam_job",
        # The reader's mailbox threatened ("your mailbox will be deactivated", "to avoid losing
        # your messages") or its password expiring: no user of a share, form or signing
        # platform types the reader's mail provider's warning; the webmail-upgrade form does.
        # (Not in a transfer service's notice, whose files expire by design:
        # lists/transfer_platforms.txt.)
        "mailbox_full",
        "password_expiry",
    }
)
# Ordinary business words among them ("business proposal", "strictly confidential"): only a
# second, different phrase makes the story.
PAIRED = frozenset({"scam_advance_fee"})
PAIRED_MIN = 2
# Form and survey platforms ask for survey answers by design.
_SURVEY_WORDS = frozenset({"survey", "questions"})

_TEXT_MAX = 50_000
MAX_PHRASES = 6

# Over normalised text (lower case words, single spaces): every group is a fixed list of
# words, so the match is linear.
_COIN = r"(?:btc|bitcoin|bitcoins|crypto|coin|coins|usdt|eth|ethereum|tokens?)"
_MONEY_TO_READER = re.compile(
    r"\b(?:"
    r"(?:to|into) your (?:account|wallet|balance)"
    rf"|transfer\w* (?:of )?(?:the )?(?:funds|{_COIN})"
    r"|(?:accept|claim|receive|get|collect|withdraw) your (?:free )?(?:\w+ )?"
    rf"(?:{_COIN}|funds|money|payout|profit|profits|dividends?|bonus|reward)"
    rf"|your (?:{_COIN}|funds) (?:is|are|will|has|have)"
    # "GET 0.44 BTC" as a Firebase app's name: a sum of a cryptocurrency offered outright
    # (normalised text keeps the digits as words, "0 44"). Only the currencies, not "coins"
    # or "tokens", which games and loyalty apps hand out.
    r"|(?:get|claim|receive|win|earn|withdraw|collect) (?:up to )?\d+(?: \d+)?"
    r" (?:btc|bitcoins?|usdt|eth|ethereum|crypto)"
    r")\b"
)
_CALL = re.compile(r"\b(?:call|dial|phone|ring|telephone|support line|helpline|hotline)\b")
# "contact PayPal Support immediately at +1 (802) 555-0188", "contact our help desk +1 (844)
# ...": "contact" counts as a call only right before a number (every footer says "contact
# us"). Normalised text keeps the digits as words ("1 802 555 0188").
_CONTACT_NUMBER = re.compile(
    r"\bcontact(?: [a-z]+){0,4}(?: at| on| via| by calling)?(?: tel| phone| telephone)?"
    r" (?:1 )?\d{3} ?\d{3} ?\d{4}\b"
)
_CHARGED = re.compile(
    r"\b(?:(?:was|been|were|is being|will be) (?:charged|debited|deducted|billed)"
    r"|(?:charge|payment|transaction|amount|order|purchase|subscription) of"
    r" (?:(?:\w+ ){0,4}(?:usd |eur |gbp ))?\d[\d ]* (?:\w+ ){0,6}"
    r"(?:will be|is being|has been) processed"
    r"|a charge of|charged (?:to )?your|auto renew\w*|autorenew\w*|has been renewed"
    # "Order charged $689.95" in an organisation name shown on a receipt.
    r"|(?:order|payment|purchase|subscription) charged"
    # "Your BTC purchase order #CB-55102 has been processed": an order said to be done.
    r"|(?:order|purchase|payment|transaction)(?: \w+){0,3} (?:has been|was) (?:processed"
    r"|completed|confirmed|approved)"
    # "a BTC purchase of $1,298.00 was initiated from your account".
    r"|(?:purchase|payment|transaction|transfer|withdrawal) of(?: \w+){0,4} \d[\d ]*(?: \w+){0,3}"
    r" (?:has been|was) (?:initiated|made|placed|authori[sz]ed)"
    # A subscription the reader is said to have taken: "you've set up an automatic payment".
    r"|set up an? (?:automatic|recurring) payment|(?:automatic|recurring) payment to"
    # The money request posing as the platform's security team: "pay this verification
    # hold, it will be refunded" (a deposit to keep the account, refunded after a call).
    r"|(?:verification|security|account|compliance) (?:hold|deposit))\b"
)
_DISPUTE = re.compile(
    r"\b(?:(?:did not|didn t|not) authori[sz]\w*|unauthori[sz]ed|to cancel"
    r"|(?:cancel|stop) (?:the|this|your) (?:order|charge|payment|transaction|subscription"
    r"|renewal|auto renewal)"
    r"|(?:receive|get|claim|for|or) (?:a |your )?refund|dispute|(?:will be|be|is) refunded"
    r"|(?:order|subscription) cancellation|cancellations? (?:or|and) refunds?"
    # "if this was not you, contact ... at +1 ...": disowning the charge by telephone.
    r"|if (?:this|it) (?:was not|wasn t) you)\b"
)


# The title a sharer gave the shared item, as the platform quotes it in the subject
# ('X shared "SECURE DOCUMENT" with you', 'Document shared with you: "..."'). Bounded.
_QUOTES = '"\u201c\u201d\u201e\u00ab\u00bb'
_QUOTED = re.compile(f"[{_QUOTES}]([^{_QUOTES}]{{1,120}})[{_QUOTES}]")
# A title naming a delivery channel -- a secure portal, a fax, a voicemail -- instead of the
# item's content: the share poses as a secure-message notice. Real files are named after what
# they hold ("Q3 budget", "Site photos"), and a platform's own frame never quotes such a title.
_CHANNEL_WORDS = frozenset(
    {"secure", "secured", "protected", "encrypted", "fax", "efax", "voicemail", "voicemails"}
)
_ITEM_WORDS = frozenset(
    {
        "document",
        "documents",
        "doc",
        "docs",
        "file",
        "files",
        "message",
        "messages",
        "pdf",
        "folder",
        "new",
        "your",
        "a",
        "the",
        "view",
        "open",
        "important",
        "received",
        "voice",
        "incoming",
        "shared",
        "share",
        "link",
        "access",
    }
)


def _channel_title(subject: str) -> str | None:
    """The quoted title, when it is nothing but a channel label ("SECURE DOCUMENT")."""
    for match in _QUOTED.finditer(subject[:500]):
        title = match.group(1)
        words = [w for w in normalise(title).split() if not w.isdigit()]
        if not words or not _CHANNEL_WORDS & set(words):
            continue
        rest = [w for w in words if w not in _CHANNEL_WORDS and w not in _ITEM_WORDS]
        # One word of slack ("Secure document transfer"); a content word more is a real title.
        if len(rest) <= 1 and len(words) <= 5:
            return title.strip()[:80]
    return None


def _counted_lures(matches: list[LureMatch]) -> list[LureMatch]:
    strong = [
        m
        for m in matches
        if m.category in STRONG
        and not (m.category == "scam_prize" and _SURVEY_WORDS & set(m.phrase.split()))
    ]
    paired = [m for m in matches if m.category in PAIRED]
    # "late father" inside "my late father" is one phrase, not two (round 467: a donation
    # "for my late father" in a PayPal receipt's note).
    if len(outermost({m.phrase for m in paired})) >= PAIRED_MIN or (paired and strong):
        return strong + paired
    return strong


def _callback_phone(
    raw_text: str, text: str, knowledge: Knowledge, security: bool = False
) -> str | None:
    """The phone number when the text asks the reader to call about a charge already made,
    or (``security``: the notification is a sign-in alert) about the reader's account: a
    platform's own alert sends the reader to its page, a number to ring in it is typed in."""
    # A North-American number, as content_callback_only reads it: "+1 (808) 555-0143";
    # else an international or toll-free one ("+55 11 4003-8817").
    found = PHONE.search(raw_text)
    phone = found.group(0).strip() if found is not None else intl_phone(raw_text)
    if phone is None:
        return None
    # The vocabularies of every language: "ligue ... para cancelar", "se nao reconhece".
    cue, disown = callback_vocabulary(raw_text, knowledge)
    if _CALL.search(text) is None and _CONTACT_NUMBER.search(text) is None and not cue:
        return None
    if security and _CALL.search(text) is not None:
        return phone
    if _CHARGED.search(text) is None and not disown:
        return None
    if _DISPUTE.search(text) is None and not disown:
        return None
    return phone


def _note_finding(finding_id: str, platform: str, address: str, what: str, said: str) -> Finding:
    """A finding on one sentence of the user-typed note; ``what`` says what the note does."""
    return Finding(
        finding_id,
        summary=f'a {platform} notification carries a user\'s note {what} ("{said[:80]}")',
        evidence={"platform": platform, "from": address, "sentence": said},
    )


def _names_platform_site(sentence: str, address: str) -> bool:
    """Whether a (normalised) sentence names the notifying platform's own site ("to get
    started, sign in at adobe.com with your university email address"): the platform's own
    sign-in, in its own template, not a user's gate to someone else's page."""
    site = normalise(registrable_domain(address.rpartition("@")[2]))
    # Named as the place to sign in ("at adobe.com"), not merely the share's own link written
    # out in the sentence ("... to view. Accept invite https://app.box.com/s/...").
    return (
        bool(site)
        and re.search(rf"\b(?:at|on|via) (?:www )?{re.escape(site)}\b", sentence) is not None
    )


def _note_findings(
    msg: Message, platform: str, text: str, matches: list[LureMatch]
) -> Iterator[Finding]:
    """The user-typed note asks for the reader's mailbox credentials, sends the reader to a
    link inside the shared item, or announces new payment instructions."""
    sender = msg.from_address
    address = sender.address if sender is not None else ""
    gate = credential_gate(text)
    if gate is not None and not _names_platform_site(gate, address):
        yield _note_finding(
            "SENDER_PLATFORM_CREDENTIAL_GATE",
            platform,
            address,
            "asking for the reader's mailbox credentials",
            gate,
        )
    nested = nested_click(text)
    if nested is not None:
        yield _note_finding(
            "SENDER_PLATFORM_NESTED_LINK",
            platform,
            address,
            "about a payment that sends the reader on to a link inside the shared item",
            nested,
        )
    change = [m.phrase for m in matches if m.category == "scam_bec"]
    # The change said in the user's own words ("our bank details changed effective this
    # month"): the structure, a payee's own account or remittance process changed.
    said = bank_change(normalise(text))
    if said is not None and said not in change:
        change.insert(0, said)
    # "Please sign once you have completed your call-back verification": the change comes with
    # the check against it (VERIFY_OUT_OF_BAND, as in content_lures).
    if change and not any(m.category == VERIFY_OUT_OF_BAND for m in matches):
        yield Finding(
            "SENDER_PLATFORM_PAYMENT_CHANGE",
            summary=(
                f"a {platform} notification carries a user's note announcing new payment"
                f' instructions ("{change[0]}")'
            ),
            evidence={"platform": platform, "from": address, "phrases": change[:MAX_PHRASES]},
        )


def _lure_reasons(
    matches: list[LureMatch], subject: str, name: str, text: str, evidence: dict[str, object]
) -> list[str]:
    """The reasons for SENDER_PLATFORM_RELAYED_LURE in the user-typed parts (``text`` is
    subject, sender name and body, normalised); each reason's evidence goes into ``evidence``."""
    reasons: list[str] = []
    counted = _counted_lures(matches)
    if counted:
        evidence["categories"] = sorted({m.category for m in counted})
        phrases: list[str] = []
        for m in counted:
            if m.phrase not in phrases and len(phrases) < MAX_PHRASES:
                phrases.append(m.phrase)
        evidence["phrases"] = phrases
        reasons.append(f'"{phrases[0]}"')
    if any(m.category == "crypto_topic" for m in matches):
        cue = _MONEY_TO_READER.search(text)
        if cue is not None:
            evidence["crypto_payout"] = cue.group(0)
            reasons.append(f'crypto "{cue.group(0)}"')
    # "+$1,000", "+26637$": a balance credit, as content_windfall_amount reads it.
    credit = CREDIT.search(subject)
    if credit is not None:
        evidence["credited_sum"] = credit.group(0).strip()
        reasons.append(f'"{credit.group(0).strip()}" credited in the subject')
    if SUM.search(name) is not None:
        evidence["sender_name"] = name
        reasons.append(f'a sum in the sender\'s name "{name}"')
    title = _channel_title(subject)
    if title is not None:
        evidence["title"] = title
        reasons.append(f'the shared item is titled "{title}", a channel, not its content')
    return reasons


def _callback_finding(
    platform: str,
    address: str,
    raw_body: str,
    text: str,
    matches: list[LureMatch],
    knowledge: Knowledge,
) -> Finding | None:
    """SENDER_PLATFORM_CALLBACK: the note gives a number to call about a charge, or (in a
    sign-in alert) about the reader's account."""
    security = any(m.category == "unusual_signin" for m in matches)
    phone = _callback_phone(raw_body, text, knowledge, security)
    if phone is None:
        return None
    about = "the reader's account security" if security else "a charge to cancel or dispute"
    return Finding(
        "SENDER_PLATFORM_CALLBACK",
        summary=(
            f"a {platform} notification carries a user's note giving a number to call"
            f" ({phone}) about {about}"
        ),
        evidence={"platform": platform, "from": address, "phone": phone},
    )


def _payment_signin_finding(
    platform: str, address: str, sharer: tuple[str, str], sentence: str
) -> Finding:
    """SENDER_PLATFORM_PAYMENT_SIGNIN: a free-mail sharer's note holds a payment behind the
    reader's sign-in (or asks to confirm a payment's receipt)."""
    return Finding(
        "SENDER_PLATFORM_PAYMENT_SIGNIN",
        summary=(
            f"a {platform} notification from {sharer[1]}, a free-mail box, asks to sign"
            f' in for a payment ("{sentence[:80]}")'
        ),
        evidence={
            "platform": platform,
            "from": address,
            "sharer": sharer[0],
            "sharer_address": sharer[1],
            "sentence": sentence,
        },
    )


# The account lures: what a brand says about the reader's own account with it.
_ACCOUNT_NOTICE = frozenset(
    {"credential", "account_problem", "password_expiry", "mailbox_full", "unusual_signin"}
)


def _brand_notice_finding(
    msg: Message, ctx: Context, platform: str, matches: list[LureMatch]
) -> Finding | None:
    """SENDER_PLATFORM_BRAND_NOTICE: a free-mail user's item titled with a known brand (not
    the platform's own) says an account lure."""
    lures = [m for m in matches if m.category in _ACCOUNT_NOTICE]
    if not lures:
        return None
    sender = msg.from_address
    own = owner_brand(sender.domain, ctx.knowledge) if sender is not None else None
    brands = [
        c.brand.name
        for c in claimed_brands(msg, ctx.knowledge)
        if c.where == "subject" and c.brand is not own and not c.brand.sent_by_customers
    ]
    if not brands:
        return None
    sharer = freemail_sharer(msg, ctx)
    if sharer is None:
        return None
    return Finding(
        "SENDER_PLATFORM_BRAND_NOTICE",
        summary=(
            f"a {platform} item from {sharer[1]}, a free-mail box, is titled as a {brands[0]}"
            f' notice and says an account lure ("{lures[0].phrase}")'
        ),
        evidence={
            "platform": platform,
            "brand": brands[0],
            "sharer_address": sharer[1],
            "phrases": sorted({m.phrase for m in lures})[:MAX_PHRASES],
        },
    )


def _typed_site_finding(
    msg: Message, ctx: Context, platform: str, matches: list[LureMatch]
) -> Finding | None:
    """SENDER_PLATFORM_TYPED_SITE: the note says an account lure and names a site of its own
    to go to (see the module text)."""
    lures = [m for m in matches if m.category in _ACCOUNT_NOTICE]
    if not lures:
        return None
    knowledge = ctx.knowledge
    # The platform's, the reader's and the sharer's (Reply-To) organisations.
    known = (
        sender_organisations(msg, ctx.auth.authenticated_domains)
        | recipient_organisations(msg)
        | {registrable_domain(a.domain) for a in msg.reply_to if a.domain}
    )
    for host in text_sites(msg.body_text[:_TEXT_MAX]):
        registrable = registrable_domain(host)
        if not registrable or registrable in known:
            continue
        if is_brand_site(host, knowledge):
            continue  # a brand's own site ("aka.ms/mfasetup", "paypal.com/resolution")
        return Finding(
            "SENDER_PLATFORM_TYPED_SITE",
            summary=(
                f"a {platform} notification carries a user's note that sends the reader to"
                f' {host} about their account ("{lures[0].phrase}")'
            ),
            evidence={
                "platform": platform,
                "from": msg.from_address.address if msg.from_address else "",
                "site": host,
                "phrases": sorted({m.phrase for m in lures})[:MAX_PHRASES],
            },
        )
    return None


def _role_sharer_finding(platform: str, address: str, sharer: Address) -> Finding:
    """SENDER_PLATFORM_ROLE_SHARER: an organisational role on a free-mail box shares an item
    about a payment, the reader's pay or the reader's mailbox account."""
    return Finding(
        "SENDER_PLATFORM_ROLE_SHARER",
        summary=(
            f'a {platform} notification from "{sharer.display}", an organisational role'
            f" on the free-mail box {sharer.address}, is about a payment, the reader's pay"
            " or the reader's account"
        ),
        evidence={
            "platform": platform,
            "from": address,
            "sharer": sharer.display,
            "sharer_address": sharer.address,
        },
    )


def _outside_desk_finding(platform: str, address: str, desk: Address) -> Finding:
    """SENDER_PLATFORM_OUTSIDE_IT_DESK: a platform user named as the IT desk on a stranger's
    free tenant."""
    return Finding(
        "SENDER_PLATFORM_OUTSIDE_IT_DESK",
        summary=(
            f'a {platform} notification relays "{desk.display}", named as the IT desk, from'
            f" {desk.address} on a free tenant outside the reader's organisation"
        ),
        evidence={
            "platform": platform,
            "from": address,
            "user": desk.display,
            "user_address": desk.address,
            "tenant": desk.domain,
        },
    )


def _outside_page(msg: Message, ctx: Context) -> Link | None:
    """A link the platform user typed to a page anyone can build (a site builder, an app
    host, a storage bucket: not a file share or form, where a document is a document): the
    notification's own links go to the platform (a Firebase project's mail to the project's
    own firebaseapp.com site), so this one leads the reader off it."""
    own = sender_organisations(msg, ctx.auth.authenticated_domains)
    for link in msg.links:
        if link.registrable in own or not is_action_link(link):
            continue
        if is_web_page_host(link.host, ctx.knowledge):
            return link
    return None


@detector(
    emits={
        "SENDER_PLATFORM_CALLBACK",
        "SENDER_PLATFORM_CREDENTIAL_GATE",
        "SENDER_PLATFORM_NESTED_LINK",
        "SENDER_PLATFORM_PAYMENT_CHANGE",
        "SENDER_PLATFORM_RELAYED_LURE",
        "SENDER_PLATFORM_ROLE_SHARER",
        "SENDER_PLATFORM_PAYMENT_SIGNIN",
        "SENDER_PLATFORM_BRAND_NOTICE",
        "SENDER_PLATFORM_TYPED_SITE",
        "SENDER_PLATFORM_OUTSIDE_IT_DESK",
    },
    group="sender",
)
def platform_relayed_lure(msg: Message, ctx: Context) -> Iterator[Finding]:
    sender = msg.from_address
    if sender is None or not sender.address:
        return
    platform = ctx.knowledge.relay_platform_of(sender.address)
    if platform is None and msg.return_path:
        # Some platforms write their users' notices From the user and only the envelope is
        # theirs: a Google Forms quiz's "score released" comes From the form's owner, bounced
        # to trix.bounces.google.com.
        platform = ctx.knowledge.relay_platform_of(msg.return_path)
    if platform is None:
        return
    name = sender.display or ""
    matches = list(find_lures(msg, ctx.knowledge))
    if name:
        matches.extend(lures_in_text(name, ctx.knowledge, where="sender name"))
    subject = subject_text(msg)
    raw_body = msg.body_text[:_TEXT_MAX]
    user_text = f"{subject}\n{name}\n{raw_body}"
    text = normalise(user_text)
    evidence: dict[str, object] = {"platform": platform, "from": sender.address}
    # A transfer service's notice says its files will be deleted on a date: its template.
    expiring = platform in ctx.knowledge.transfer_platforms
    said = [m for m in matches if not (expiring and m.category == "mailbox_full")]
    reasons = _lure_reasons(said, subject, name, text, evidence)
    callback = _callback_finding(platform, sender.address, raw_body, text, matches, ctx.knowledge)
    if callback is not None:
        yield callback
    yield from _note_findings(msg, platform, user_text, matches)
    release = release_demand(f"{subject}\n{raw_body}")
    sharer = (
        role_sharer(msg, ctx, matches, release)
        or it_role_sharer(msg, ctx, matches)
        or finance_sharer(msg, ctx, platform, matches)
    )
    # "Payment of $48,260.00 has been released to your account ... confirm receipt": the
    # remittance share; only from a free-mail sharer (a company's payables share their
    # remittances from the company's domain).
    remit = release or money_to_reader(f"{subject}\n{raw_body}")
    freemail = freemail_sharer(msg, ctx) if remit is not None and sharer is None else None
    if release is not None and sharer is None and freemail is None:
        evidence["release_demand"] = release
        reasons.append(f'the note asks to sign in for a payment ("{release[:60]}")')
    if freemail is not None and remit is not None:
        yield _payment_signin_finding(platform, sender.address, freemail, remit)
    if sharer is not None:
        yield _role_sharer_finding(platform, sender.address, sharer)
    else:
        posing = _brand_notice_finding(msg, ctx, platform, matches)
        if posing is not None:
            yield posing
    typed = _typed_site_finding(msg, ctx, platform, matches)
    if typed is not None:
        yield typed
    desk = outside_it_desk(msg, ctx)
    if desk is not None:
        yield _outside_desk_finding(platform, sender.address, desk)
    page = _outside_page(msg, ctx)
    if page is not None:
        evidence["outside_page"] = page.url[:200]
        reasons.append(f"the notification links out to a web page on {page.host}")
    if reasons:
        yield Finding(
            "SENDER_PLATFORM_RELAYED_LURE",
            summary=f"a {platform} notification relays a lure: {'; '.join(reasons[:3])}",
            evidence=evidence,
        )
