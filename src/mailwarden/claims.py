"""Which brands a message presents itself as, and which organisation really sent it.

A phishing message borrows a brand's authority ("Microsoft account team", "Your PayPal
account has been limited") while its links and sender belong to someone else. This module
decides only the first half: *which brands are claimed, and where*. The link_ and brand_
detectors compare the claims with where the links go and who sent the message.

Where a claim is made matters, because brand words are also ordinary words:

- ``display-name`` and ``subject``: strong. A keyword on word boundaries, or the brand's name
  alone or followed by a service word ("Apple Support", "Chase Alerts"). A display name also
  claims a brand (of four letters or more) in the forms "Ledger News", "Rabby Desktop",
  "Team Optimism", "Hilan from Ledger", "Anna | Ledger", by the brand's own domain written
  in it ("noreply@service.amzn.com"), and in disguise ("T E M U", "Micro soft"; see
  ``mailwarden.lookalike.disguised_brands``).
- ``from-domain``: the From address is in one of the brand's own domains (a genuine or
  hijacked brand sender). Free-mail domains (gmail.com, outlook.com) claim nothing: anyone
  can have such an address.
- ``body``: only when the body presents itself as the brand: "your X account", "X account",
  "the X team", "X Support", "(c) X", or the brand mentioned at least ``BODY_REPEAT`` times.
  "apple" in a recipe claims nothing (and "apple" alone is not an Apple keyword anyway).
- ``link-text``: the visible text of a link names the brand ("Sign in to Microsoft").

Matching is case-insensitive on word boundaries, after folding the common Cyrillic and Greek
look-alike letters and zero-width characters that attackers put into brand names
("Місrosoft", "Pay\u200bPal"). A brand whose name is also a surname ("Norton") is not
claimed by a display name that reads as a person's name ("Edward Norton").
A brand whose name is an ordinary word and that lists ``context`` words ("Lido" is also a
cinema, "Kraken" a hockey team) is claimed by that name, or by "Lido News" or "Team Lido", only
when the message also uses one of those words or one of the brand's specific keywords; account
forms ("Kraken Support", "your Lido account") and the brand's From domain claim it anyway.

The module also answers the questions every brand and link detector asks next: who the
sender's organisation is (``sender_organisation(s)``: the From address's registrable domain,
plus the authenticated domains), which brand owns a host (``owner_brand``,
``brand_owns_host``; ``brand_owns_sender`` excludes customer tenants such as
``x.onmicrosoft.com``), whether a host publishes anyone's content (``is_hosting_host``),
and which claims make the message speak *as* the brand (``speaking_claims``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from mailwarden.knowledge import Brand, Knowledge
from mailwarden.message.clicks import fold
from mailwarden.message.parse import Message
from mailwarden.message.urls import (
    Link,
    host_matches,
    host_suffixes,
    registrable_domain,
    safe_split,
    to_ascii_host,
)
from mailwarden.text_traits import spaced_camel_case

# A brand mentioned this often in a body presents the message as the brand's.
BODY_REPEAT = 3
# Bodies are scanned up to this many characters: brand claims sit at the top and the bottom.
BODY_SCAN_CHARS = 60_000

# Words that, right after a brand's name, make it a sender identity rather than a mention.
_SERVICE_WORDS = (
    "account",
    "accounts",
    "team",
    "support",
    "support team",
    "customer service",
    "customer support",
    "security team",
    "account team",
    "alert",
    "alerts",
    "notification",
    "notifications",
    "billing",
    "help desk",
    "helpdesk",
    "id",
    "admin",
    "administrator",
    "verification",
    "no-reply",
    "noreply",
    "login",
    "sign-in",
)
# Country names, in English and in their own languages, with and without the accents that
# senders drop (fold_text keeps accents).
_COUNTRY_NAMES = (
    "belgium", "belgië", "belgie", "belgique", "belgien",
    "nederland", "netherlands", "deutschland", "germany", "österreich", "osterreich", "austria",
    "schweiz", "suisse", "svizzera", "switzerland", "france", "luxembourg", "españa", "espana",
    "spain", "portugal", "italia", "italy", "polska", "poland", "česko", "cesko",
    "czech republic", "slovensko", "slovakia", "magyarország", "magyarorszag", "hungary",
    "románia", "romania", "românia", "sverige", "sweden", "norge", "norway", "danmark",
    "denmark", "suomi", "finland", "ireland", "uk", "united kingdom", "usa", "us", "canada",
    "australia", "new zealand", "india", "brasil", "brazil", "méxico", "mexico", "argentina",
    "chile", "colombia", "türkiye", "turkiye", "turkey", "ελλάδα", "ελλαδα", "greece",
)  # fmt: skip
# In a display name only, these too make the brand's name a sender identity ("Ledger
# Security", "Costco Customer Care", "Bradesco Atendimento"): a display name is the sender's
# own label, where running text would merely mention the brand ("Microsoft Security update").
_DISPLAY_SERVICE_WORDS = (
    # A carrier's parcel service as the sender ("GLS Paketdienst", held-out round 161).
    "paketdienst",
    "paketservice",
    "parcel service",
    "security",
    "service",
    "services",
    # "IRS Online Services", "Chase Online Banking": the brand's online desk as the sender.
    "online services",
    "online banking",
    "customer care",
    "care",
    "rewards",
    "update",
    "updates",
    "cashback",
    "wallet",
    "compliance",
    "kundenservice",
    "kundendienst",
    "atendimento",
    "suporte",
    "klantenservice",
    "service client",
    "servicio al cliente",
    # A marketplace's or payment service's buyer protection ("Kleinanzeigen Käuferschutz",
    # "PayPal Buyer Protection"): the fake "the buyer has paid" notice speaks as it.
    "buyer protection",
    "käuferschutz",
    "kauferschutz",
    "kaeuferschutz",
    # The customer service of Northern, Central and South-Eastern Europe (held-out round 34:
    # "Swish Kundtjänst", "YouSee Kundeservice"), with and without the accents senders drop.
    "kundtjänst",
    "kundtjanst",
    "kundservice",
    "kundeservice",
    "kundesenter",
    "asiakaspalvelu",
    "obsługa klienta",
    "obsluga klienta",
    "zákaznický servis",
    "zakaznicky servis",
    "müşteri hizmetleri",
    "musteri hizmetleri",
    "ügyfélszolgálat",
    "ugyfelszolgalat",
    "relații clienți",
    "relatii clienti",
    # ... and the online services of Southern Europe (round 376: "INPS Servizi Online").
    "servizi",
    "servizi online",
    "servizio clienti",
    "assistenza clienti",
    "servicios",
    "serviços",
    "servicos",
    "servicii",
    "zákaznická podpora",
    "zakaznicka podpora",
    # "Billing" in the other languages, as a bill's sender ("CFE Recibo Digital", "Claro
    # Fatura Digital", round 463), as "<brand> Billing" above.
    "facturacion",
    "facturación",
    "factura digital",
    "recibo digital",
    "fatura digital",
    "faturamento",
    "rechnungsservice",
    "facturation",
    "fatturazione",
    # "Notifications" in the other languages the lures cover ("DIAN Notificaciones", round
    # 387), as "<brand> Notifications" above.
    "notificaciones",
    "notificações",
    "notificacoes",
    "notifiche",
    "benachrichtigungen",
    "notificatie",
    "notificaties",
    # "Notices" and "alerts" as the sender's label ("CFE Avisos", round 424).
    "avisos",
    "alertas",
    "avvisi",
    # The customer's account area as the sender's label ("Caf - Mon Compte", "Ameli - Mon
    # espace"; round 383), as "<brand> Account" above.
    "mon compte",
    "mon espace",
    "espace client",
    "mein konto",
    "mijn account",
    "mi cuenta",
    "minha conta",
    "il mio account",
    "my account",
    # The brand's national company as the sender ("ING België", "PayPal Deutschland", "DHL
    # Express España"; round 383): a country's name after the brand's is its branch's identity.
    *_COUNTRY_NAMES,
)
# Nouns that, after "your <brand>", make the text address the reader as the brand's customer.
_OWNED_NOUNS = (
    "account",
    "mailbox",
    "password",
    "id",
    "subscription",
    "order",
    "package",
    "parcel",
    "shipment",
    "delivery",
    "card",
    "payment",
    "invoice",
    "membership",
    "wallet",
    "profile",
    "storage",
    "cloud storage",
    "email",
    "e-mail",
    "mail",
    "login",
    "credentials",
    "plan",
    "refund",
    # "your IRS statement", "your Chase statement": a statement addressed to the customer.
    "statement",
)

# Cyrillic/Greek letters that render like Latin ones; enough for brand names.
_FOLD = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "к": "k",
        "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q", "ѕ": "s", "т": "t", "у": "y",
        "х": "x", "ԝ": "w", "ɡ": "g", "ı": "i", "ӏ": "l", "Ӏ": "l", "ɩ": "l", "ǀ": "l", "ɑ": "a",
        "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K",
        "М": "M", "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
    }
)  # fmt: skip


@dataclass(frozen=True)
class BrandClaim:
    brand: Brand
    where: str  # "display-name" | "subject" | "body" | "from-domain" | "link-text"
    matched: str  # the keyword or text that claimed it
    # Weak claims (a brand only mentioned often in the body, or named in a link's text) say
    # the message talks about the brand, not that it speaks as the brand.
    weak: bool = False
    # How a display name disguised the brand's name, when it did: "homoglyph" (look-alike
    # letters or digits: "PayPaI", "Micros0ft", Cyrillic "Amаzon"), "punctuation" ("N.E.T.F.L.I.X",
    # "D'isney", "C o i n b a s e") or "typo" ("Micosoft"); "" for a plain claim.
    disguise: str = ""


_TRADEMARK_SIGNS = str.maketrans({"\u2122": " ", "\u2120": " "})  # ™ and ℠


def fold_text(text: str) -> str:
    """Lower case, NFKC, look-alike letters folded to Latin, invisible characters dropped.

    Combining marks that NFKC could not compose onto a letter ("amܿzܿn" with Syriac marks) are
    dropped too: they decorate a letter without changing what the reader takes it for, while
    composed accents ("itaú") stay."""
    text = text or ""
    if not text.isascii():
        # NFKC spells a trademark sign out as letters glued to the word before it ("Ledger
        # Live™" would read "ledger livetm"): a sign, not part of the name.
        text = text.translate(_TRADEMARK_SIGNS)
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    return text.translate(_FOLD).lower()


def _phrase_pattern(phrase: str) -> str:
    # Any run of whitespace (or a hyphen/dot between words) between the words of a keyword.
    words = [re.escape(w) for w in phrase.split()]
    return _WORD_GAP.join(words)


_WORD_GAP = r"[\s\-.]{1,3}"


# A letter of a script that separates its words with spaces: the edge of a keyword is a word
# boundary in those. Chinese, Japanese and Korean run words together ("楽天カードからの
# お知らせ", "KB국민은행입니다"), so a keyword in or next to those scripts matches as written.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\u1100-\u11ff"
_SPACED_WORD = rf"[^\W{_CJK}]"


def _alternation(phrases: Iterable[str]) -> str:
    """One pattern matching any of ``phrases`` (as ``_phrase_pattern`` writes each), factored
    by common prefixes: hundreds of brand keywords as a flat alternation make the regex engine
    try every keyword at every position; as a prefix tree it follows one branch. At each
    point the longer continuation is tried first, as the flat list sorted longest-first did."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie) if trie else "(?!)"


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        (_WORD_GAP if ch == " " else re.escape(ch)) + _trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the longer ones first, then nothing more
        return f"(?:{body})?"
    return body


@dataclass(frozen=True)
class _Matcher:
    keywords: re.Pattern[str]  # every keyword of every brand, on word boundaries
    by_keyword: dict[str, tuple[Brand, ...]]
    identity: re.Pattern[str]  # brand name (or keyword) + service word, or "your <name>"
    by_name: dict[str, tuple[Brand, ...]]
    names: dict[str, tuple[Brand, ...]]  # folded brand name -> brands
    display_identity: re.Pattern[str]  # brand name + a display-name-only service word


def _squash(text: str) -> str:
    return re.sub(r"[\s\-.]+", " ", text).strip()


def _folded_forms(word: str) -> set[str]:
    """``word`` folded as it may be written: lower case, capitalised or in capitals. The
    look-alike folding depends on case for Greek ("ΕΛΤΑ" folds to "eλta", "ελτα" to
    "ελta"), so a brand written in its own script is matched in each form."""
    forms = {word, word.upper(), word.capitalize()} if not word.isascii() else {word}
    return {_squash(fold_text(form)) for form in forms} - {""}


@functools.lru_cache(maxsize=8)
def _matcher(brands: tuple[Brand, ...]) -> _Matcher:
    by_keyword: dict[str, list[Brand]] = {}
    by_name: dict[str, list[Brand]] = {}
    names: dict[str, list[Brand]] = {}
    for brand in brands:
        # "=word" keywords are ordinary words too ("outlook", "messenger"): they claim the
        # brand only as a whole display name or subject, or in a brand form ("Outlook Team",
        # "your Outlook account"), never as a bare word in running text.
        bare_only = {f for k in brand.keywords if k.startswith("=") for f in _folded_forms(k[1:])}
        plain = {f for k in brand.keywords if not k.startswith("=") for f in _folded_forms(k)}
        for kw in plain:
            by_keyword.setdefault(kw, []).append(brand)
        own_name = _folded_forms(brand.name)
        for nm in {*own_name, *plain, *bare_only}:
            by_name.setdefault(nm, []).append(brand)
        for nm in {*own_name, *bare_only}:
            names.setdefault(nm, []).append(brand)
    kw_alt = _alternation(by_keyword)
    name_alt = _alternation(by_name)
    svc_alt = "|".join(
        _phrase_pattern(w) for w in sorted(set(_SERVICE_WORDS), key=len, reverse=True)
    )
    noun_alt = "|".join(
        _phrase_pattern(w) for w in sorted(set(_OWNED_NOUNS), key=len, reverse=True)
    )
    dsvc_alt = "|".join(
        _phrase_pattern(w) for w in sorted(set(_DISPLAY_SERVICE_WORDS), key=len, reverse=True)
    )
    keywords = re.compile(rf"(?<!{_SPACED_WORD})(?:{kw_alt or '(?!)'})(?!{_SPACED_WORD})")
    identity = re.compile(
        rf"(?<!\w)(?:your\s+(?P<yname>{name_alt or '(?!)'})[\s\-]{{1,3}}(?:{noun_alt})(?!\w)"
        rf"|(?:©|\(c\)|copyright)\s*(?:\d{{4}}\s*)?(?P<cname>{name_alt or '(?!)'})(?!\w)"
        rf"|(?P<sname>{name_alt or '(?!)'})[\s\-]{{1,3}}(?:{svc_alt})(?!\w))"
    )
    return _Matcher(
        keywords=keywords,
        by_keyword={k: tuple(v) for k, v in by_keyword.items()},
        identity=identity,
        by_name={k: tuple(v) for k, v in by_name.items()},
        names={k: tuple(v) for k, v in names.items()},
        display_identity=re.compile(
            rf"(?<!\w)(?P<sname>{name_alt or '(?!)'})[\s\-]{{1,3}}(?:{dsvc_alt})(?!\w)"
        ),
    )


def _keyword_hits(m: _Matcher, text: str) -> Iterator[tuple[Brand, str]]:
    for hit in m.keywords.finditer(text):
        matched = _squash(hit.group(0))
        for brand in m.by_keyword.get(matched, ()):
            yield brand, matched


def _identity_hits(m: _Matcher, text: str) -> Iterator[tuple[Brand, str]]:
    for hit in m.identity.finditer(text):
        name = hit.group("yname") or hit.group("cname") or hit.group("sname") or ""
        for brand in m.by_name.get(_squash(name), ()):
            yield brand, _squash(hit.group(0))


def squash(text: str) -> str:
    """Runs of spaces, hyphens and dots as one space: the form brand words are compared in."""
    return _squash(text)


def speaking_in_text(text: str, knowledge: Knowledge) -> Iterator[tuple[Brand, str]]:
    """(brand, matched words) for the account and service forms in a free text, such as an
    attachment's: "your X account", "© X", "X Support". A passing mention is not one."""
    yield from _identity_hits(_matcher(knowledge.brands), fold_text(text))


def brands_with_keyword(keyword: str, knowledge: Knowledge) -> tuple[Brand, ...]:
    """The brands that list ``keyword`` (folded and squashed) as a specific keyword."""
    return _matcher(knowledge.brands).by_keyword.get(keyword, ())


# A person's name: one to three capitalised words ("Edward", "A.") before a last word.
_PERSON_PREFIX = re.compile(r"^(?:[A-Z][a-z\u00e0-\u00ff'\-]{0,20}\.? ){1,3}$")


def _accented_latin(word: str) -> bool:
    """Whether ``word`` is Latin letters some of which carry accents ("Nordström", "Müller"):
    without its combining marks it is plain ASCII, and it had some."""
    bare = fold(word)
    return bare != word.lower() and bare.isascii()


# A relay platform's suffix to its user's name: "(via Dropbox)", "via Docusign".
_RELAY_SUFFIX = re.compile(r"\s*\(?\bvia\b[^()]{0,60}\)?\s*$", re.I)


def _is_personal_name(display: str, matched: str) -> bool:
    """ "Edward Norton", "Maria Santander", "John A. McAfee": a person whose surname is a
    brand keyword, not the brand. The keyword must be the last word and every word before it
    a capitalised name that is no brand or service word ("Netflix Billing" stays a claim)."""
    # "Kim Desjardins (via Google Sheets)": the platform's suffix to its user's name is no
    # part of the name.
    words = _RELAY_SUFFIX.sub("", display).split()
    if len(words) < 2 or len(words) > 4 or " " in matched:
        return False
    if fold_text(words[-1]).strip(".,;:") != matched:
        return False
    head = " ".join(words[:-1]) + " "
    if not _PERSON_PREFIX.match(head):
        return False
    generic = set(_SERVICE_WORDS) | {"service", "services", "security", "online", "mail"}
    return not any(fold_text(w).strip(".") in generic for w in words[:-1])


_COUNTRIES = frozenset(_squash(fold_text(name)) for name in _COUNTRY_NAMES)


def _after_country(hit: re.Match[str]) -> bool:
    """Whether a display-name identity form ends in a country's name ("PayPal Deutschland")."""
    return _squash(hit.string[hit.end("sname") : hit.end()]) in _COUNTRIES


def _header_claims(m: _Matcher, text: str, where: str) -> Iterator[BrandClaim]:
    folded = fold_text(text)
    if not folded.strip():
        return
    for brand, matched in _keyword_hits(m, folded):
        if brand.surname and where == "display-name" and _is_personal_name(text.strip(), matched):
            continue
        yield BrandClaim(brand, where, matched)
    for brand, matched in _identity_hits(m, folded):
        yield BrandClaim(brand, where, matched)
    if where == "display-name":
        for hit in m.display_identity.finditer(folded):
            # A country after a name that does not open the display name is part of another
            # name: "Orange Sky Australia", a charity (round 396), is no Sky branch.
            if _after_country(hit) and folded[: hit.start()].strip(" \"'"):
                continue
            for brand in m.by_name.get(_squash(hit.group("sname")), ()):
                yield BrandClaim(brand, where, _squash(hit.group(0)))
    # The brand's bare name as the whole display name ("Chase", "Apple", "Lowes, _",
    # "Mcafee ™"): decoration (underscores, symbols) is not part of a name. "The Messenger"
    # is a newspaper, so articles stay.
    bare = _squash(re.sub(r"[^\w&\s.\-']|_", " ", folded)).strip(" .-'")
    for brand in m.names.get(bare, ()):
        yield BrandClaim(brand, where, bare)


# Display-name forms that make a brand's bare name (also an ordinary word: "Ledger", "Sky")
# the sender's identity. Anchored to the whole name, so "Economic Outlook Newsletter" or
# "Notes from the Ledger" stay mentions:
MIN_FORM_NAME = 4
# - "<brand> News" / "<brand> Blog": the brand's name first, then a publication word;
_HEADING_WORDS = (
    "news",
    "newsletter",
    "blog",
    "community",
    "official",
    "app",
    "insider",
    "hq",
    "info",
    "notice",
    "notices",
    "center",
    "centre",
    # Software names: "Rabby Desktop", "Bisq Desktop" (fake release mails).
    "desktop",
)
# - "Team Optimism": the brand's name after "team" (the reverse of "Optimism Team");
_TEAM_PREFIX = "team"
# - "Hilan from Ledger", "Anna @ Coinbase": a person or role speaking for the brand; "Julien
#   Marchetti via Teams": a person's message relayed by the brand's platform, as DocuSign,
#   LinkedIn and Teams write it;
_FROM_FORM = re.compile(r"^(?:[\w'.\-]{1,30} ){1,3}(?:from|at|via) (?P<name>.{2,40})$")
# - "Anna | Ledger", "Ledger - Support": the brand's name as one segment of a labelled name.
_SEGMENT_SPLIT = re.compile(r"\s[|\-\u2013\u2014\u00b7\u2022:/]\s|\s?\|\s?")
# - "Support Team, Ledger": a service word and the brand's name as the two items of a comma
#   list (a person's "Ford, Harrison" has no service word in it).
_COMMA_ROLES = frozenset(_squash(w) for w in (*_SERVICE_WORDS, *_DISPLAY_SERVICE_WORDS))
# A host name written in a display name ("service@amzn.com", "paypal.com Support").
_HOST_IN_TEXT = re.compile(r"(?<![\w.\-])(?:[a-z0-9\-]{1,63}\.){1,6}[a-z]{2,24}(?![\w\-])")


def _bare(text: str) -> str:
    """A display name or segment without decoration (underscores, symbols, quotes)."""
    return _squash(re.sub(r"[^\w&\s.\-']|_", " ", text)).strip(" .-'")


def _form_brands(m: _Matcher, name: str) -> tuple[Brand, ...]:
    # Names under four letters ("ING", "Sky", "DHL") are parts of too many other names
    # ("ING Newsletter Team"): their keyword lists say how they are claimed.
    return m.names.get(name, ()) if len(name) >= MIN_FORM_NAME else ()


def _display_form_claims(m: _Matcher, folded: str) -> Iterator[BrandClaim]:
    """Claims by the display-name forms above, for every brand name of four letters or more,
    bare words included."""
    bare = _bare(folded)
    if not bare:
        return
    words = bare.split(" ")
    # The brand's name may have up to three words ("Trust Wallet News").
    for i in range(1, min(4, len(words))):
        if words[i] in _HEADING_WORDS:
            name = " ".join(words[:i])
            for brand in _form_brands(m, name):
                yield BrandClaim(brand, "display-name", f"{name} {words[i]}")
    if words[0] == _TEAM_PREFIX and 2 <= len(words) <= 4:
        name = " ".join(words[1:])
        for brand in _form_brands(m, name):
            yield BrandClaim(brand, "display-name", bare)
    spoken = _FROM_FORM.match(_bare(folded.replace("@", " at ")))
    if spoken is not None:
        for brand in _form_brands(m, spoken.group("name")):
            yield BrandClaim(brand, "display-name", _squash(spoken.group(0)))
    items = [_bare(item) for item in folded.split(",")]
    if len(items) == 2 and all(items):
        for role, name in (items, items[::-1]):
            if role in _COMMA_ROLES:
                for brand in _form_brands(m, name):
                    yield BrandClaim(brand, "display-name", f"{items[0]}, {items[1]}")
    segments = [s for s in _SEGMENT_SPLIT.split(folded) if s.strip()]
    if len(segments) > 1:
        for segment in segments[:6]:
            name = _bare(segment)
            for brand in _form_brands(m, name):
                yield BrandClaim(brand, "display-name", name)


def _host_claims(folded: str, knowledge: Knowledge) -> Iterator[BrandClaim]:
    """A brand's own domain written in the display name ("noreply@service.amzn.com"): the
    display shows the brand's address. Free-mail domains claim nothing, as in From."""
    for hit in list(_HOST_IN_TEXT.finditer(folded))[:5]:
        host = hit.group(0)
        if registrable_domain(host) in knowledge.freemail:
            continue
        brand = owner_brand(host, knowledge)
        if brand is not None:
            yield BrandClaim(brand, "display-name", host)


def _in_own_script(brand: Brand, raw: str) -> bool:
    """Whether ``raw`` (lower case) writes one of the brand's names in its own non-Latin
    script ("ΕΛΤΑ Courier" for ELTA): the look-alike folding that matched it is no disguise."""
    squashed = _squash(raw)
    return any(
        _squash(kw.removeprefix("=").lower()) in squashed
        for kw in brand.keywords
        if not kw.isascii()
    )


def _display_claims(
    m: _Matcher, display: str, brands: tuple[Brand, ...], knowledge: Knowledge | None = None
) -> Iterator[BrandClaim]:
    """Display-name claims, plain and disguised; a claim that needed look-alike folding
    ("Місrosoft", "Pay\u200bPal") is marked as a homoglyph disguise."""
    from mailwarden.lookalike import disguised_brands  # imports this module: import late

    # Underscores join words in display names as spaces do ("SSA_Social Security",
    # "Microsoft_Support"): a keyword after one is still a word of its own.
    display = display[:300].replace("_", " ")
    raw = unicodedata.normalize("NFKC", display).lower()
    claimed: set[str] = set()
    folded = fold_text(display)
    forms: Iterable[BrandClaim] = _display_form_claims(m, folded)
    if knowledge is not None:
        forms = [*forms, *_host_claims(folded, knowledge)]
    for claim in [*_header_claims(m, display, "display-name"), *forms]:
        if claim.brand.name in claimed:
            continue
        claimed.add(claim.brand.name)
        if claim.matched.split(" ", 1)[0] not in _squash(raw) and not _in_own_script(
            claim.brand, raw
        ):
            claim = BrandClaim(claim.brand, claim.where, claim.matched, disguise="homoglyph")
        yield claim
    ordinary = knowledge.ordinary_words if knowledge is not None else frozenset()
    for brand, written, kind in disguised_brands(display, brands, ordinary):
        if brand.name in claimed:
            continue
        # "Sabine Kröger", "Eva Nordström": a person whose surname carries its own accent, not
        # Kroger or Nordstrom in disguise. For a brand that is no surname only an accent makes
        # the difference; a look-alike letter of another script still disguises it.
        personal = _is_personal_name(display.strip(), fold_text(written).strip())
        if personal and (brand.surname or _accented_latin(written)):
            continue
        claimed.add(brand.name)
        yield BrandClaim(brand, "display-name", written, disguise=kind)
    # "AppleSupport", "WellsFargoAlerts": a display name of words run together in camel case
    # reads as the spaced name. Only a name without spaces (a person's "John A. McAfee" is
    # spaced already), and only claims the run-together form adds ("PayPal" stays whole).
    spaced = spaced_camel_case(display)
    if spaced:
        folded = fold_text(spaced)
        for claim in [*_header_claims(m, spaced, "display-name"), *_display_form_claims(m, folded)]:
            if claim.brand.name not in claimed:
                claimed.add(claim.brand.name)
                yield claim


# Addresses and URLs name providers, not the message's voice ("bob@gmail.com" is no claim).
def _without_addresses(text: str) -> str:
    return " ".join(
        tok
        for tok in text.split()
        if "@" not in tok and not tok.lower().startswith(("http:", "https:", "www."))
    )


# Words that make a brand's name the object of a description, not the text's voice: a
# security newsletter warning of "a fake Microsoft login page" or "phishing PayPal emails".
_DESCRIBED_AS_FAKE = re.compile(
    r"(?:fake|phishing|spoofed|fraudulent|bogus|scam|counterfeit|impersonat\w*|imitation"
    r"|gef[aä]lscht\w*|faux|fausse|falso|falsa|falsas|falsos|nep)[\s\-]{1,3}$"
)


def _described_as_fake(text: str, start: int) -> bool:
    return _DESCRIBED_AS_FAKE.search(text[max(0, start - 40) : start]) is not None


def _body_claims(m: _Matcher, text: str) -> Iterator[BrandClaim]:
    folded = fold_text(_without_addresses(text[:BODY_SCAN_CHARS]))
    if not folded.strip():
        return
    for hit in m.identity.finditer(folded):
        if _described_as_fake(folded, hit.start()):
            continue
        name = hit.group("yname") or hit.group("cname") or hit.group("sname") or ""
        for brand in m.by_name.get(_squash(name), ()):
            yield BrandClaim(brand, "body", _squash(hit.group(0)))
    counts: dict[str, int] = {}
    first: dict[str, tuple[Brand, str]] = {}
    for hit in m.keywords.finditer(folded):
        if _described_as_fake(folded, hit.start()):
            continue
        matched = _squash(hit.group(0))
        for brand in m.by_keyword.get(matched, ()):
            counts[brand.name] = counts.get(brand.name, 0) + 1
            first.setdefault(brand.name, (brand, matched))
    for name, count in counts.items():
        if count >= BODY_REPEAT:
            brand, matched = first[name]
            yield BrandClaim(brand, "body", f"{matched} x{count}", weak=True)


def sender_organisation(msg: Message) -> str:
    """The registrable domain of the (first) From address, "" if there is none."""
    try:
        domain = msg.from_domain
    except (ValueError, TypeError, AttributeError):
        return ""
    if not domain or not re.fullmatch(r"[\w.\-\[\]:]{1,253}", domain):
        return ""
    return registrable_domain(domain)


def claimed_brands(msg: Message, knowledge: Knowledge) -> tuple[BrandClaim, ...]:
    """Every (brand, where) the message claims, strongest places first, one claim per pair.

    Computed once per message and knowledge, and shared by every detector that asks."""
    return msg.cached(("claims.claimed_brands", knowledge), lambda: _claimed_brands(msg, knowledge))


def _claimed_brands(msg: Message, knowledge: Knowledge) -> tuple[BrandClaim, ...]:
    if not knowledge.brands:
        return ()
    m = _matcher(knowledge.brands)
    found: list[BrandClaim] = []
    seen: set[tuple[str, str]] = set()

    context_seen: dict[str, bool] = {}

    def add(claims: Iterator[BrandClaim]) -> None:
        for claim in claims:
            if not _claim_in_context(claim, msg, context_seen):
                continue
            key = (claim.brand.name, claim.where)
            if key not in seen:
                seen.add(key)
                found.append(claim)

    org = sender_organisation(msg)
    if org and org not in knowledge.freemail:
        brand = knowledge.brand_of_domain(org)
        if brand is not None:
            add(iter([BrandClaim(brand, "from-domain", org)]))
    sender = msg.from_address
    if sender is not None and sender.display:
        # "KnowBe4" <training@company.example>: a platform whose customers send under its name.
        add(
            c
            for c in _display_claims(m, sender.display, knowledge.brands, knowledge)
            if not c.brand.sent_by_customers
        )
    add(_header_claims(m, msg.subject, "subject"))
    add(_body_claims(m, msg.body_text))
    for link in msg.links[:200]:
        if link.text:
            add(
                BrandClaim(c.brand, "link-text", c.matched, weak=True)
                for c in _header_claims(m, link.text, "link-text")
            )
    return tuple(found)


# The last words of the service and account forms above ("support", "wallet", "account").
_ACCOUNT_WORDS = frozenset(
    phrase.split()[-1] for phrase in (*_SERVICE_WORDS, *_DISPLAY_SERVICE_WORDS, *_OWNED_NOUNS)
)


@functools.lru_cache(maxsize=512)
def _specific_keywords(brand: Brand) -> tuple[str, ...]:
    return tuple(
        f" {_squash(fold_text(k))} " for k in brand.keywords if k and not k.startswith("=")
    )


@functools.lru_cache(maxsize=512)
def _context_pattern(brand: Brand) -> re.Pattern[str]:
    # The brand's own specific keywords in the text ("Ledger Live", "stETH") are context too.
    words = [*brand.context, *(k.strip() for k in _specific_keywords(brand))]
    alt = "|".join(_phrase_pattern(fold_text(w)) for w in words if w.strip())
    return re.compile(rf"(?<!\w)(?:{alt or '(?!)'})(?!\w)")


def _claim_in_context(claim: BrandClaim, msg: Message, seen: dict[str, bool]) -> bool:
    """A brand with ``context`` words (its name is an ordinary word: "Lido", "Optimism") is
    claimed by its name, or a form built on it ("Team Optimism"), only when the message also
    uses one of them or one of the brand's specific keywords ("stETH", "OP Mainnet"); those
    keywords, account forms ("Kraken Support") and its From domain claim it anyway. ``seen``
    remembers the answer per brand for this message."""
    brand = claim.brand
    if not brand.context or claim.where == "from-domain":
        return True
    matched = f" {_squash(fold_text(claim.matched))} "
    if any(k in matched for k in _specific_keywords(brand)):
        return True
    # "Kraken Support", "Lido Rewards", "your Exodus wallet": account speech, no cinema's or
    # hockey team's; the bare name, "Lido News" and "Team Lido" are not.
    words = matched.split()
    if words and words[0] == "your":
        return True
    if len(words) > 1 and words[0] != _TEAM_PREFIX and words[-1] in _ACCOUNT_WORDS:
        # Only as the sender's own name: in "ICML 2027 Visa Team" the visa team is ICML's.
        if claim.where != "display-name" or _display_starts_with(msg, matched):
            return True
    if brand.name not in seen:
        text = fold_text(f"{msg.subject}\n{msg.body_text[:BODY_SCAN_CHARS]}")
        seen[brand.name] = _context_pattern(brand).search(text) is not None
    return seen[brand.name]


def _display_starts_with(msg: Message, matched: str) -> bool:
    """The From display name, folded and squashed, begins with ``matched`` (" x y ")."""
    sender = msg.from_address
    display = sender.display if sender is not None else ""
    return f" {_bare(fold_text(display or ''))} ".startswith(matched)


def owner_brand(host: str, knowledge: Knowledge) -> Brand | None:
    """The brand whose domains contain ``host`` (itself or a parent), if any."""
    labels = to_ascii_host(host or "").split(".")
    by_domain = knowledge.brand_by_domain
    for i in range(len(labels)):
        brand = by_domain.get(".".join(labels[i:]))
        if brand is not None:
            return brand
    return None


def is_hosting_host(host: str, knowledge: Knowledge) -> bool:
    """A host where anyone can publish (firebaseapp.com, storage.googleapis.com, forms)."""
    return bool(host_matches(to_ascii_host(host or ""), knowledge.hosting))


def is_brand_site(host: str, knowledge: Knowledge) -> bool:
    """A known brand's own site, not a page anyone can publish under the brand's domain."""
    return owner_brand(host, knowledge) is not None and not is_hosting_host(host, knowledge)


def is_web_page_host(host: str, knowledge: Knowledge) -> bool:
    """A host where anyone builds a web page: hosting.txt or a storage bucket, but not a file
    share or form builder, where a document really is a document."""
    host = to_ascii_host(host or "")
    if host_matches(host, knowledge.buckets):
        return True
    return is_hosting_host(host, knowledge) and not host_matches(host, knowledge.file_shares)


# Paths longer than this are not matched against published_pages.txt (a bound on the work).
_MAX_PAGE_PATH = 2_000


def is_published_page(link: Link, knowledge: Knowledge) -> bool:
    """Whether the link opens a page a file share publishes as a web page
    (``published_pages.txt``: a Google Doc published to the web, a Canva design's view)."""
    if not knowledge.published_pages:
        return False
    parts = safe_split(link.url)
    if parts is None or len(parts.path) > _MAX_PAGE_PATH:
        return False
    under = set(host_suffixes(to_ascii_host(link.host or "")))
    return any(
        entry in under and _page_pattern(pattern).fullmatch(parts.path)
        for entry, pattern in knowledge.published_pages
    )


@functools.lru_cache(maxsize=64)
def _page_pattern(pattern: str) -> re.Pattern[str]:
    """A published_pages.txt path pattern, ``*`` any run of characters, as a regex."""
    return re.compile(".*".join(re.escape(piece) for piece in pattern.split("*")), re.DOTALL)


def sender_organisations(msg: Message, authenticated: Iterable[str] = ()) -> frozenset[str]:
    """The From address's registrable domain and those of the authenticated domains (DKIM
    d=, SPF): links there are the sender's own, whatever brand the message names."""
    orgs = {sender_organisation(msg)}
    for domain in authenticated:
        if isinstance(domain, str) and domain:
            orgs.add(registrable_domain(domain))
    orgs.discard("")
    return frozenset(orgs)


# Lure categories that mean "act on your account or credentials now": what turns a brand
# mention into a brand's voice. Generic calls to action ("click here", "update") and sender
# roles ("billing") are left out: newsletters are full of them.
CREDENTIAL_LURES = frozenset(
    {
        "password_expiry",
        "mailbox_full",
        "unusual_signin",
        "shared_document",
        "credential",
        "account_problem",
        "urgency",
        "scam_delivery",
        # The organisation's mailbox as a page's key ("sign in with your NHS email"): no lure
        # finding of its own (data/lures), but it makes a link elsewhere count as one does.
        "org_signin",
    }
)


def lure_phrases(msg: Message, knowledge: Knowledge, limit: int = 5) -> tuple[str, ...]:
    """Credential and urgency lure phrases (``mailwarden.lures``) in the subject and body."""
    from mailwarden.lures import find_lures

    found: list[str] = []
    for match in find_lures(msg, knowledge):
        if match.category in CREDENTIAL_LURES and match.phrase not in found:
            found.append(match.phrase)
            if len(found) >= limit:
                break
    return tuple(found)


def brand_owns_host(brand: Brand, host: str) -> bool:
    """True when ``host`` is one of the brand's domains (or its parent company's) or a
    subdomain of one."""
    host = (host or "").lower().rstrip(".")
    if not host:
        return False
    return bool(host_matches(host, brand.domains) or host_matches(host, brand.parent_domains))


def brand_country_domain(brand: Brand, domain: str, knowledge: Knowledge) -> bool:
    """Whether ``domain``'s registrable name is one of ``brand``'s names under a country's
    suffix (``lidl.ie``, ``airbnb.pt``, ``ikea.com.br``; never free-mail such as outlook.es):
    the shape of a multinational's site for one country, which the brand data may not list.
    The shape alone proves nothing (anyone may register one); callers ask for more."""
    if not domain or domain in knowledge.freemail:
        return False
    registrable = registrable_domain(domain)
    label, _, suffix = registrable.partition(".")
    if len(suffix.rsplit(".", 1)[-1]) != 2:
        return False
    return label in {registrable_domain(d).partition(".")[0] for d in brand.domains}


def is_customer_tenant(host: str, knowledge: Knowledge) -> bool:
    """Whether ``host`` is a customer's tenant under a platform's suffix
    (``tenant_suffixes.txt``: ``contoso.onmicrosoft.com``, ``contoso-my.sharepoint.com``)."""
    return any(host.endswith("." + suffix) for suffix in knowledge.tenant_suffixes)


def brand_owns_sender(brand: Brand, domain: str, knowledge: Knowledge) -> bool:
    """True when mail from ``domain`` is the brand's own: one of its domains, but not a
    customer's tenant under it (``contoso.onmicrosoft.com`` is Contoso's, not Microsoft's)."""
    domain = to_ascii_host(domain or "")
    if not brand_owns_host(brand, domain):
        return False
    return not is_customer_tenant(domain, knowledge)


def speaking_claims(msg: Message, knowledge: Knowledge) -> list[BrandClaim]:
    """Claims that make the message speak *as* the brand.

    A display name always does. A From domain of the brand does when the message also names
    the brand (an employee's personal mail to a mailing list does not speak for the company).
    A subject or a body form ("your X account", "the X team") does when lure language backs
    it: technology news says "Microsoft account" too.
    """
    # Computed once per message; each caller gets its own list.
    return list(
        msg.cached(("claims.speaking_claims", knowledge), lambda: _speaking(msg, knowledge))
    )


# The brand signs the message: "© 2025 Victoria's Secret. All rights reserved.", "Copyright
# 2024-2025 Microsoft Corporation", "This email comes to you from Victoria's Secret". Read in
# the last part of the body, where footers are.
_SIGNED = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?P<name>[^\n|]{2,60})"
    r"|this (?:e-?mail|message) (?:comes to you from|was sent (?:to you )?by|is sent by)"
    r"\s+(?P<sender>[^\n]{2,60})",
    re.IGNORECASE,
)
FOOTER_CHARS = 6_000


def _signed_by(msg: Message, brand: Brand) -> bool:
    """The body's footer names the brand as the one the message comes from."""
    keywords = [k.lstrip("=") for k in brand.keywords]
    for match in _SIGNED.finditer(msg.body_text[-FOOTER_CHARS:]):
        name = fold_text(match.group("name") or match.group("sender") or "").strip()
        if any(name.startswith(k) for k in keywords):
            return True
    return False


def _speaking(msg: Message, knowledge: Knowledge) -> tuple[BrandClaim, ...]:
    claims = claimed_brands(msg, knowledge)
    named = {c.brand.name for c in claims if c.where in ("display-name", "subject")}
    named |= {c.brand.name for c in claims if c.where == "body" and not c.weak}
    lured = bool(lure_phrases(msg, knowledge, 1))
    speaking = []
    for claim in claims:
        if claim.where == "display-name":
            speaking.append(claim)
        elif claim.where == "from-domain" and claim.brand.name in named:
            speaking.append(claim)
        elif claim.where in ("subject", "body") and not claim.weak and lured:
            speaking.append(claim)
        elif claim.where == "body" and not claim.weak and _signed_by(msg, claim.brand):
            speaking.append(claim)  # the brand's own footer: the message speaks as it
    return tuple(speaking)
