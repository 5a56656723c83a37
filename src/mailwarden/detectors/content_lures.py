"""Lure phrases in subject and body, one finding per lure category.

A lure is the sentence that makes a phishing or scam message work: the password that expires,
the mailbox that is full, the prize that waits. The phrases, per language, are data
(``data/lures/*.toml``); ``mailwarden.lures`` finds them. Each category has its own finding id,
weighted by how rarely its phrases occur in legitimate mail: "your password will expire"
almost never does, "invoice" often does. Evidence: the matched phrases, languages and where
(subject or body).

A category's finding stays below the suspicious threshold on its own, because most lure phrases
also occur in honest mail ("casino", "you have 24 hours"). A few name the scam's mechanism so
exactly that nobody writes them in good faith ("your email address has won", "anti terrorism
certificate", "validate your wallet"); the data marks them strong, and any of them adds
``CONTENT_LURE_UNMISTAKABLE``, so that such a phrase flags by itself. Account lures count only
where they count at all: when the message can take the reader away from its sender (a known
brand's own link-less notice takes it nowhere); so do a carrier's delivery and a security
vendor's renewal lures. ``CONTENT_LURE_DENSE`` needs
more than one account lure category: one notice said three ways is still one notice. In a
message without links, an account lure the body has only where it quotes (between quotation
marks, in the earlier message below a reply or a forward) is told about, not made: a security
tip listing what genuine notices say, a friend explaining the fake text a mother got, a colleague
forwarding a notice to ask whether it is safe.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.destinations import (
    asks_nothing_elsewhere,
    awareness_notice,
    government_suffix,
    is_followed_link,
    judged_links,
    own_notice_brand,
    sending_brand,
    stays_with_sender,
)
from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_callback_only import VERIFY_OUT_OF_BAND, callback_notice
from mailwarden.lures import LureMatch, find_lures, normalise, only_quoted, outermost
from mailwarden.message.parse import Message
from mailwarden.message.urls import registrable_domain
from mailwarden.result import Finding

# Lure category (data) -> finding id. Categories not listed here (call_to_action,
# sender_role, callback_cue, attachment_mention, qr_scan, document_offer, form_*, market_*)
# are vocabularies for other detectors, not lures.
CATEGORY_IDS: dict[str, str] = {
    "password_expiry": "CONTENT_PASSWORD_EXPIRY",
    "mailbox_full": "CONTENT_MAILBOX_FULL",
    "unusual_signin": "CONTENT_UNUSUAL_SIGNIN",
    "shared_document": "CONTENT_SHARED_DOCUMENT",
    "invoice": "CONTENT_INVOICE",
    "credential": "CONTENT_CREDENTIAL_REQUEST",
    "urgency": "CONTENT_URGENCY",
    "account_problem": "CONTENT_ACCOUNT_PROBLEM",
    "scam_prize": "CONTENT_SCAM_PRIZE",
    "scam_advance_fee": "CONTENT_SCAM_ADVANCE_FEE",
    "scam_crypto": "CONTENT_SCAM_CRYPTO",
    "scam_delivery": "CONTENT_SCAM_DELIVERY",
    "scam_sextortion": "CONTENT_SCAM_SEXTORTION",
    "scam_casino": "CONTENT_SCAM_CASINO",
    "scam_tech_support": "CONTENT_SCAM_TECH_SUPPORT",
    "scam_dating": "CONTENT_SCAM_DATING",
    "scam_pharma": "CONTENT_SCAM_PHARMA",
    "scam_health": "CONTENT_SCAM_HEALTH",
    "scam_legal_threat": "CONTENT_SCAM_LEGAL_THREAT",
    "scam_marketing": "CONTENT_SCAM_MARKETING",
    "scam_job": "CONTENT_SCAM_JOB",
    "scam_benefit": "CONTENT_SCAM_BENEFIT",
    "scam_bec": "CONTENT_SCAM_BEC",
    "crypto_topic": "CONTENT_CRYPTO_TOPIC",
}

_DESCRIPTIONS: dict[str, str] = {
    "password_expiry": "a password about to expire",
    "mailbox_full": "a full mailbox or held messages",
    "unusual_signin": "an unusual sign-in",
    "shared_document": "a shared document, fax or voicemail",
    "invoice": "an invoice or payment",
    "credential": "a request to verify or update account details",
    "urgency": "a deadline or threat",
    "account_problem": "a suspended account or failed payment",
    "scam_prize": "a prize, reward or gift",
    "scam_advance_fee": "an inheritance, fund or donation",
    "scam_crypto": "crypto-currency or investment",
    "scam_delivery": "a held parcel or customs fee",
    "scam_sextortion": "a sextortion threat",
    "scam_casino": "casino bonuses",
    "scam_tech_support": "an infected device or expiring protection",
    "scam_dating": "dating offers",
    "scam_pharma": "medication or body-enhancement offers",
    "scam_health": "a miracle cure, weight loss or health promise",
    "scam_legal_threat": "a summons, lawsuit, fine or tax authority",
    "scam_marketing": "unsolicited loan, insurance, energy or quote offers",
    "scam_job": "pay for trivial online tasks or work from home",
    "scam_benefit": "an expiring or unclaimed benefit, training credit or refund",
    "scam_bec": "new bank details, a gift-card errand or a secret wire (payment diversion)",
    "crypto_topic": "crypto-currency as a topic",
}

MAX_PHRASES = 6
# Legitimate mail may use a lure phrase in passing (a news story about a prize, a security
# notice); a message built on lures says them again and again: three different phrases, or
# two that share no word ("Gewinnen Sie ... Geschenkkarte", "died intestate ... sum of USD").
# Two phrases around one word are one way of saying it ("quick survey", "short survey").
# Marketing vocabulary does not count towards this: real offers are written that way too.
DENSE_PHRASES = 3
DENSE_WORDINGS = 2
# Words this short are articles and prepositions ("for", "a", "uw"), not what a lure says.
MIN_CONTENT_WORD = 4
NOT_DENSE = frozenset({"scam_marketing", "crypto_topic"})
# Lures about the reader's own account: evidence only when the message can take the reader
# somewhere other than its own sender (see mailwarden.destinations).
ACCOUNT_LURES = frozenset(
    {
        "password_expiry",
        "mailbox_full",
        "unusual_signin",
        "shared_document",
        "invoice",
        "credential",
        "urgency",
        "account_problem",
    }
)
# The vocabulary of phrases that only name a signing or sharing platform (data/lures).
PLATFORM_NAME = "platform_name"
# The lures a message that links nowhere may only quote: the account lures, and a parcel's
# failed delivery (a client asking for a "failed delivery" reason in an app, round 457). A
# delivery scam always sends its reader to a page or a payment.
QUOTABLE_LURES = ACCOUNT_LURES | {"scam_delivery"}
# Scam categories whose words legitimate commerce also uses.
COMMERCE_LURES = frozenset(
    {
        "scam_prize",
        "scam_dating",
        "scam_health",
        "scam_pharma",
        "scam_casino",
        "scam_crypto",
        "scam_delivery",
        "scam_tech_support",
    }
)
# Lures that, like the account lures, are what the sender itself says when it is the one the
# lure is about: a carrier's own delivery notice ("your parcel is held at customs"), a security
# vendor's own renewal reminder ("your Norton 360 protection expires"), a supplier's own notice
# of its new bank details that points to its own portal. Linking only back to that sender, such
# a notice has nowhere to send a fee or a credential but to the real company. Payment-diversion
# mail (scam_bec) usually carries no link at all, and a message without links is always judged.
SENDERS_OWN_LURES = ACCOUNT_LURES | {"scam_delivery", "scam_tech_support", "scam_bec"}
# And when the sender is a brand we know, sending from its own domain, its own sweepstakes and
# vouchers ("Gewinnspiel", "cadeau", "your reward"), or an authority's own fine or tax notice
# ("verkeersboete", "avis de contravention"): leading only back to that brand, the prize is
# the brand's to give and the fine the authority's to issue. So is a public body's fine, from
# a domain only public bodies can register (``government_suffixes.txt``: a council's penalty
# charge notice through GOV.UK Notify). A throw-away domain that links to itself is no known
# brand and is judged. (Not crypto: phishing_pot's crypto-wallet lures that link only to the
# wallet's own brand domain were caught by their crypto words.) So are a brand's own gaming
# words: a broker's advent-calendar draw "ohne Einzahlung" (round 299) leads only to it.
BRANDS_OWN_LURES = frozenset({"scam_prize", "scam_legal_threat", "scam_casino"})
# A notice of new bank details that tells the reader to confirm them by calling a number they
# already hold ("please call me on our switchboard number as held on your system, not a number
# in this email") is the supplier following the payables team's procedure: payment-diversion
# fraud wants the change made, not checked. Its scam_bec words are not said as a lure.
# (The category's name lives in content_callback_only, which needs it too.)


def _evidence(matches: list[LureMatch]) -> dict[str, object]:
    phrases: list[str] = []
    languages: list[str] = []
    where: list[str] = []
    for m in matches:
        shown = f"{m.phrase} ({m.where})"
        if m.phrase not in {p.rsplit(" (", 1)[0] for p in phrases} and len(phrases) < MAX_PHRASES:
            phrases.append(shown)
        if m.language not in languages:
            languages.append(m.language)
        if m.where not in where:
            where.append(m.where)
    return {"phrases": phrases, "languages": languages, "where": where, "count": len(matches)}


def _different_wordings(phrases: list[str]) -> list[str]:
    """The phrases, longest first, each kept only when it shares no content word with one
    kept before ("quick survey" covers "short survey")."""
    kept: list[str] = []
    used: set[str] = set()
    for phrase in sorted(phrases, key=lambda p: (-len(p), p)):
        words = {w for w in phrase.split() if len(w) >= MIN_CONTENT_WORD}
        if words & used:
            continue
        kept.append(phrase)
        used |= words
    return sorted(kept)


def _strong_phrases(by_category: dict[str, list[LureMatch]]) -> list[str]:
    """The strong phrases among the scam and (still counted) account lures, in order."""
    found: dict[str, None] = {}
    for category, matches in by_category.items():
        if category.startswith("scam_") or category in ACCOUNT_LURES:
            for m in matches:
                if m.strong:
                    found.setdefault(m.phrase, None)
    return list(found)


def _is_dense(by_category: dict[str, list[LureMatch]], distinct: list[str], stays: bool) -> bool:
    """Whether the message is built on lures, not using one in passing."""
    counted = {c for c in by_category if c not in NOT_DENSE}
    # Two wordings of one kind are enough only for scams no honest business writes (a summons,
    # an inheritance, a bank change); shops give presents and vouchers, dating apps and
    # telehealth advertise, exchanges report withdrawals ("Gutschein" and "Geschenk" in a note
    # about a present for the teacher): there two kinds are needed.
    two_kinds = len(counted) >= 2 or not counted <= COMMERCE_LURES
    dense = len(distinct) >= DENSE_PHRASES or (
        two_kinds and len(_different_wordings(distinct)) >= DENSE_WORDINGS
    )
    # One account lure said three ways is one notice: a quota warning says "mailbox is almost
    # full", "storage limit" and "stop receiving"; a freelancer's reminder says "payment
    # reminder" and "bank transfer". The category's own finding already counts it.
    if len(counted) == 1 and counted <= ACCOUNT_LURES:
        return False
    if not dense or not stays:
        return dense
    # A message whose links all lead back to its own sender may use scam words to describe
    # scams: a wallet maker's security tips ("never share your recovery phrase"), a law firm's
    # probate newsletter ("next of kin", "unclaimed funds"). Such a message is built on its
    # lures only when its subject says one too ("Wil je daten met een Oekraïense
    # schoonheid?") -- and for commerce words not even then: a shop's own sweepstakes
    # headlines its prize ("Gewinnspiel", "Win een cadeaubon").
    if counted <= COMMERCE_LURES:
        return False
    return any(
        m.where == "subject" for c, ms in by_category.items() if c not in NOT_DENSE for m in ms
    )


def _brands_linkless_notice(msg: Message, ctx: Context) -> bool:
    """A known brand's own notice (its domain, not free-mail, not a platform relaying its
    users' text) with no link at all, no file but pictures or calendar entries, and replies
    staying with it: a bank's "your password was changed; if you did not make this change,
    call us" has nowhere to send its reader but the brand's own telephone line. Not a notice
    of a charge with a number to call (``callback_notice``): a forged brand sender's callback
    scam reads exactly so."""
    brand = own_notice_brand(msg, ctx.knowledge)
    if brand is None:
        return False
    if any(map(is_followed_link, judged_links(msg, ctx.knowledge))):
        return False
    # A charge to dispute by telephone is the callback scam's whole shape, whoever it names
    # (a forged mcafee.com renewal): that stays judged.
    if callback_notice(msg, ctx.knowledge) is not None:
        return False
    return asks_nothing_elsewhere(msg, brand, ctx.knowledge)


def _own_brand_names(msg: Message, ctx: Context) -> frozenset[str]:
    """The names (normalised keywords) of the known brand sending from its own domain: a
    lure phrase that is only a company's name ("western union", "moneygram" in the advance-fee
    vocabulary) is that company naming itself in its own receipt, not a lure."""
    if not msg.from_domain:
        return frozenset()
    brand = sending_brand(msg.from_domain, ctx.knowledge)
    if brand is None:
        return frozenset()
    return frozenset(normalise(keyword.lstrip("=")) for keyword in brand.keywords)


@detector(
    emits=set(CATEGORY_IDS.values()) | {"CONTENT_LURE_DENSE", "CONTENT_LURE_UNMISTAKABLE"},
    group="content",
)
def lure_phrases(msg: Message, ctx: Context) -> Iterator[Finding]:
    by_category: dict[str, list[LureMatch]] = {}
    own_names = _own_brand_names(msg, ctx)
    out_of_band = False
    # In a message that links nowhere, an account (or delivery) lure the body has only where
    # it quotes (quotation marks, a forwarded or replied-to message) is one it tells about
    # (what a genuine notice says, what the fake one said), not one it makes. Where there is a
    # link, a quoted title ("shared 'Invoice 2026' with you") is the lure itself. Worked out
    # at the first such lure: most messages have none.
    linkless: bool | None = None
    # Phrases that only name a signing or sharing platform ("docusign", "e signature"): a
    # correspondent says where a form will come from ("I'll send it through DocuSign"). They
    # stay a shared-document lure but add no second wording to the density count.
    platform_names: set[str] = set()
    for match in find_lures(msg, ctx.knowledge):
        out_of_band = out_of_band or match.category == VERIFY_OUT_OF_BAND
        if match.category == PLATFORM_NAME:
            platform_names.add(match.phrase)
        if match.category not in CATEGORY_IDS or normalise(match.phrase) in own_names:
            continue
        if match.category in QUOTABLE_LURES:
            if linkless is None:
                linkless = not judged_links(msg, ctx.knowledge)
            if linkless and only_quoted(msg, match):
                continue
        by_category.setdefault(match.category, []).append(match)
    if out_of_band:
        by_category.pop("scam_bec", None)  # the change comes with the check against it
    if "scam_crypto" in by_category:
        by_category.pop("crypto_topic", None)  # the lure already says it; not twice
    # A security-awareness notice quotes lures as examples: like a notice that leads only back
    # to its sender, its account and scam words are reported, not said.
    stays = bool(by_category) and (
        stays_with_sender(msg, ctx)
        or awareness_notice(msg, ctx)
        or _brands_linkless_notice(msg, ctx)
    )
    if stays:
        own = SENDERS_OWN_LURES
        if msg.from_domain and (
            sending_brand(msg.from_domain, ctx.knowledge) is not None
            or government_suffix(registrable_domain(msg.from_domain), ctx.knowledge)
        ):
            own = own | BRANDS_OWN_LURES
        by_category = {c: ms for c, ms in by_category.items() if c not in own}
    strong = _strong_phrases(by_category)
    if strong:
        yield Finding(
            "CONTENT_LURE_UNMISTAKABLE",
            summary=f'a phrase only scams write ("{strong[0]}")',
            evidence={"phrases": strong[:MAX_PHRASES], "count": len(strong)},
        )
    phrases = {
        m.phrase
        for c, ms in by_category.items()
        if c not in NOT_DENSE
        for m in ms
        if m.phrase not in platform_names
    }
    # "casino" inside "online casino" is one phrase, not two: keep only the longest.
    distinct = sorted(outermost(phrases))
    if _is_dense(by_category, distinct, stays):
        yield Finding(
            "CONTENT_LURE_DENSE",
            summary=f"{len(distinct)} different lure phrases in one message",
            evidence={
                "phrases": distinct[:MAX_PHRASES],
                "categories": sorted(c for c in by_category if c not in NOT_DENSE),
            },
        )
    for category, matches in by_category.items():
        evidence = _evidence(matches)
        evidence["category"] = category
        first = matches[0]
        yield Finding(
            CATEGORY_IDS[category],
            summary=f'lure: {_DESCRIPTIONS.get(category, category)} ("{first.phrase}")',
            evidence=evidence,
        )
