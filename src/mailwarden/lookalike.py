"""Does a host name imitate a known brand's domain?

A look-alike is a host that a reader takes for the brand's while it belongs to someone else.
We look for the forms phishing analysts see every day, on the host's registrable domain
(Public Suffix List) and on the labels in front of it:

- ``homoglyph``: after folding confusable letters (Cyrillic "а", Greek "ο", IDNA ``xn--``
  labels, RFC 5891), digits ("micr0soft", "paypa1") and "rn"/"vv", the label *is* the brand's;
- ``mixed-script``: one label mixes Latin with another script (UTS #39 calls this suspicious);
- ``typo``: one edit away from a distinctive brand label ("micosoft", "amazonn"); two edits for
  long labels. Short labels (< 6 letters) are too close to ordinary words and are skipped, and
  in six-letter labels only a letter added, dropped or swapped counts: one letter replaced by
  another there mostly spells another real name ("united" is not a typo of "unimed"; a
  replacement that looks the same is the homoglyph case). A label that is itself the name of
  another brand we know is that brand's name, not a typo;
- ``brand-in-domain``: the brand's label plus other words ("microsoft-login", "paypalsecure");
- ``imitation-suffix``: the brand's own name under a private suffix that reads like a country
  domain (``lidl.it.com``, ``paypal.uk.com``; ``data/lists/imitation_suffixes.txt``);
- ``brand-as-subdomain``: the brand's domain, or the brand joined to other words, in front of
  an unrelated registrable domain (``outlook.office365.com.example.top``,
  ``microsoft-login.verify-secure.com``), or the brand's whole domain joined by a hyphen to
  the next label (``kleinanzeigen.de-zahlungseingang.com``, ``paypal.com-secure.info``: the
  reader stops at the brand's domain); a bare brand word as a subdomain is not enough.

A host that belongs to a brand (one of its domains or a subdomain of one) is no look-alike,
nor is one under a suffix only public bodies can register under (``government_suffixes.txt``:
agenziaentrateriscossione.gov.it is the Italian tax collector's own, whatever it contains).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from confusable_homoglyphs import confusables

from mailwarden.claims import fold_text, owner_brand
from mailwarden.knowledge import Brand, Knowledge
from mailwarden.message.urls import (
    host_matches,
    registrable_domain,
    to_ascii_host,
    to_unicode_host,
)

# Brand labels shorter than this are only matched exactly after folding (no typos, no
# containment): "ups", "ing", "dhl", "ebay" occur inside countless unrelated names.
MIN_FUZZY_LABEL = 6
# Below this length a typo must add, drop or swap a letter: a replaced letter in a short label
# lands on other words and companies too often ("united"/"unimed", "dental"/"rental").
MIN_SUBSTITUTION_LABEL = 7
MIN_CONTAIN_LABEL = 5
_DIGIT_FOLD = str.maketrans({"0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "$": "s"})


@dataclass(frozen=True)
class LookalikeHit:
    brand: Brand | None  # None for a mixed-script label that imitates no brand we know
    # homoglyph | mixed-script | typo | brand-in-domain | brand-as-subdomain | imitation-suffix
    kind: str
    label: str  # the brand label imitated
    host: str  # the host as a reader sees it (Unicode)


def _skeleton(label: str) -> str:
    text = fold_text(label)
    if not text.isascii():
        try:
            found = confusables.is_confusable(text, greedy=True, preferred_aliases=["latin"])
        except (KeyError, ValueError, TypeError):
            found = False
        if found:
            for item in found:
                glyphs = item.get("homoglyphs") or []
                latin = [g["c"] for g in glyphs if g.get("c", "").isascii()]
                if latin:
                    text = text.replace(item["character"], latin[0])
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = text.translate(_DIGIT_FOLD)
    # "l", "I" and "i" are told apart by no reader in most fonts: compare them as one letter.
    return text.replace("rn", "m").replace("vv", "w").replace("i", "l")


def is_mixed_script(label: str) -> bool:
    if label.isascii():
        return False
    letters = "".join(c for c in label if c.isalpha())
    try:
        return bool(letters) and bool(confusables.is_mixed_script(letters))
    except (KeyError, ValueError, TypeError):
        return False


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein (adjacent transpositions), stopping early above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _typo_limit(label: str) -> int:
    if len(label) >= 10:
        return 2
    if len(label) >= MIN_FUZZY_LABEL:
        return 1
    return 0


@functools.lru_cache(maxsize=4096)
def _skeleton_cached(label: str) -> str:
    return _skeleton(label)


def skeleton(label: str) -> str:
    """A label folded to what it looks like in Latin lower case (UTS #39 in spirit)."""
    return _skeleton_cached(label[:253])


# (brand label, brand, skeleton of the label, skeletons of the ordinary words that hold the
# label inside them): the skeletons are computed once, not per host.
_Labels = tuple[tuple[str, Brand, str, tuple[str, ...]], ...]


@functools.lru_cache(maxsize=8)
def _brand_labels(brands: tuple[Brand, ...], words: frozenset[str] = frozenset()) -> _Labels:
    """``words``: ordinary words with a brand label inside ("revolution"), from
    ``words_around_brands.txt``."""
    word_skeletons = sorted({skeleton(word) for word in words})
    pairs: list[tuple[str, Brand, str, tuple[str, ...]]] = []
    for brand in brands:
        for label in brand.lookalike:
            label = label.strip().lower()
            if len(label) >= 3:
                skel = skeleton(label)
                around = tuple(w for w in word_skeletons if skel in w and w != skel)
                pairs.append((label, brand, skel, around))
    return tuple(pairs)


def containment_labels(brands: tuple[Brand, ...]) -> frozenset[str]:
    """The brand labels long enough to be found inside another word of a domain label
    ("paypalsecure"): those an ordinary word may hold too ("revolution")."""
    return frozenset(
        label for label, _, _, _ in _brand_labels(brands) if len(label) >= MIN_FUZZY_LABEL + 1
    )


def _label_hit(
    label: str, pairs: _Labels, own: dict[str, frozenset[str]] | None = None
) -> tuple[Brand, str, str] | None:
    """Compare one registrable label with every brand label: (brand, kind, brand label).
    ``own`` maps the labels brands use themselves to those brands' names: such a label is no
    typo of another brand (but "mercadolivre" stays a look-alike of its sibling
    "mercadolibre" on a suffix the brand does not use)."""
    if not label:
        return None
    skel = skeleton(label)
    for brand_label, brand, brand_skel, _ in pairs:
        if label == brand_label:
            continue  # the brand's own label on another suffix: not judged here
        if skel == brand_skel:
            return brand, "homoglyph", brand_label
    owners = (own or {}).get(label)
    for brand_label, brand, brand_skel, _ in pairs:
        limit = _typo_limit(brand_label)
        if owners is not None and brand.name not in owners:
            continue  # another brand's own name
        if limit and label != brand_label and skel[:1] == brand_skel[:1]:
            if edit_distance(skel, brand_skel, limit) <= limit and not _replaced_letter(
                skel, brand_skel
            ):
                return brand, "typo", brand_label
    return _contains_brand(skel, pairs)


def _replaced_letter(skel: str, brand_skel: str) -> bool:
    """True for a short brand label (< MIN_SUBSTITUTION_LABEL) and a candidate of the same
    length that differs in exactly one place: a replaced letter, not an added, dropped or
    swapped one."""
    if len(brand_skel) >= MIN_SUBSTITUTION_LABEL or len(skel) != len(brand_skel):
        return False
    return sum(a != b for a, b in zip(skel, brand_skel, strict=True)) == 1


def _contains_brand(skel: str, pairs: _Labels) -> tuple[Brand, str, str] | None:
    """The brand's label as one word of a longer label ("microsoft-login", "paypalsecure"),
    not as a part of an ordinary word ("revolutionise" holds "revolut" only inside
    "revolution")."""
    tokens = [t for t in skel.replace("_", "-").split("-") if t]
    for brand_label, brand, brand_skel, around in pairs:
        if len(brand_label) < MIN_CONTAIN_LABEL or skel == brand_skel:
            continue
        if len(tokens) > 1 and brand_skel in tokens:
            return brand, "brand-in-domain", brand_label
        if (
            len(brand_label) >= MIN_FUZZY_LABEL + 1
            and brand_skel in skel
            and _outside_words(skel, brand_skel, around)
        ):
            return brand, "brand-in-domain", brand_label
    return None


def _outside_words(skel: str, brand_skel: str, words: tuple[str, ...]) -> bool:
    """True when ``brand_skel`` occurs in ``skel`` at least once outside every ordinary word
    of ``words`` (those that hold it inside them) written there."""
    spans = [
        (start, start + len(word))
        for word in words
        for start in _occurrences(skel, word)
    ]
    return any(
        not any(begin <= start and start + len(brand_skel) <= end for begin, end in spans)
        for start in _occurrences(skel, brand_skel)
    )


def _occurrences(text: str, part: str) -> Iterator[int]:
    start = text.find(part)
    while start >= 0:
        yield start
        start = text.find(part, start + 1)


@dataclass(frozen=True)
class _BrandDomains:
    ranked: dict[str, tuple[int, Brand]]  # domain -> (position in brand_by_domain, brand)
    max_labels: int  # labels in the longest of them


@functools.lru_cache(maxsize=8)
def _subdomain_targets(knowledge: Knowledge) -> _BrandDomains:
    """Brand domains distinctive enough to count in front of someone else's domain."""
    ranked: dict[str, tuple[int, Brand]] = {}
    for rank, (domain, brand) in enumerate(knowledge.brand_by_domain.items()):
        if "." in domain and len(domain) >= 7:
            ranked[domain] = (rank, brand)
    return _BrandDomains(ranked, max((d.count(".") + 1 for d in ranked), default=0))


def _brand_domain_in(prefix: str, knowledge: Knowledge) -> tuple[str, Brand] | None:
    """A brand domain that ``prefix`` contains as whole labels (``outlook.office365.com`` in
    ``outlook.office365.com.x``); the first in ``brand_by_domain`` order when several do.
    Looks up each run of labels instead of searching the prefix for every brand domain."""
    targets = _subdomain_targets(knowledge)
    labels = prefix.split(".")
    best: tuple[int, str, Brand] | None = None
    for i in range(len(labels)):
        for j in range(i + 2, min(len(labels), i + targets.max_labels) + 1):
            domain = ".".join(labels[i:j])
            found = targets.ranked.get(domain)
            if found is not None and (best is None or found[0] < best[0]):
                best = (found[0], domain, found[1])
    return (best[1], best[2]) if best is not None else None


def _brand_domain_hyphenated(host: str, knowledge: Knowledge) -> tuple[str, Brand] | None:
    """A brand domain that ``host`` spells out up to a hyphen in one of its labels
    (``kleinanzeigen.de`` in ``kleinanzeigen.de-zahlungseingang.com``): the brand's domain
    glued to someone else's."""
    targets = _subdomain_targets(knowledge)
    labels = host.split(".")
    for k in range(1, len(labels)):
        head, hyphen, _ = labels[k].partition("-")
        if not hyphen or not head:
            continue
        for i in range(max(0, k - targets.max_labels + 1), k):
            domain = ".".join([*labels[i:k], head])
            found = targets.ranked.get(domain)
            if found is not None:
                return domain, found[1]
    return None


def imitation_suffix(registrable: str, knowledge: Knowledge) -> str:
    """The country-like private suffix (``it.com`` in ``lidl.it.com``) ``registrable`` sits
    under, "" when none."""
    for suffix in knowledge.imitation_suffixes:
        if registrable.endswith("." + suffix) and registrable.count(".") == suffix.count(".") + 1:
            return suffix
    return ""


@functools.lru_cache(maxsize=8)
def _first_labels(knowledge: Knowledge) -> dict[str, Brand]:
    """The first label of every brand domain, and its look-alike labels: "lidl" -> Lidl."""
    labels: dict[str, Brand] = {}
    for brand in knowledge.brands:
        for domain in sorted(brand.domains):
            label = domain.split(".", 1)[0]
            if len(label) >= 3:
                labels.setdefault(label, brand)
        for label in brand.lookalike:
            labels.setdefault(label, brand)
    return labels


@functools.lru_cache(maxsize=8)
def _own_labels(knowledge: Knowledge) -> dict[str, frozenset[str]]:
    """The first labels of every brand's own domains and the brands using them ("united" ->
    United Airlines): a name a brand goes by is that brand's, not a typo of another one
    ("united" is not "unimed")."""
    owners: dict[str, set[str]] = {}
    for brand in knowledge.brands:
        for domain in brand.domains:
            label = domain.split(".", 1)[0]
            if len(label) >= MIN_FUZZY_LABEL - 1:
                owners.setdefault(label, set()).add(brand.name)
    return {label: frozenset(names) for label, names in owners.items()}


def _imitation_brand(registrable: str, knowledge: Knowledge) -> tuple[Brand, str] | None:
    """A brand's own name as the label under a country-like private suffix: ``lidl.it.com``
    reads as Lidl Italy, ``paypal.uk.com`` as PayPal UK. Short names count too: with the
    suffix imitating a country domain, the whole name is the imitation."""
    if not imitation_suffix(registrable, knowledge):
        return None
    label = registrable.split(".", 1)[0]
    brand = _first_labels(knowledge).get(label) or _first_labels(knowledge).get(skeleton(label))
    return (brand, label) if brand is not None else None


def lookalike_of(host: str, knowledge: Knowledge) -> LookalikeHit | None:
    """The brand ``host`` imitates, or None. Never raises on odd input."""
    host = to_ascii_host(host or "")
    if len(host) > 253:  # no DNS name; and the cache below holds only short keys
        return None
    return _lookalike_of(host, knowledge)


# Hosts repeat within and across messages (tracking hosts, a sender's own site) and the
# answer depends on the host and the knowledge alone.
@functools.lru_cache(maxsize=4096)
def _lookalike_of(host: str, knowledge: Knowledge) -> LookalikeHit | None:
    if not host or "." not in host or len(host) > 253:
        return None
    if owner_brand(host, knowledge) is not None:
        return None
    pairs = _brand_labels(knowledge.brands, knowledge.words_around_brands)
    if not pairs:
        return None
    registrable = registrable_domain(host)
    parent = registrable.partition(".")[2]
    if parent and host_matches(parent, knowledge.government_suffixes):
        return None  # only a public body can hold it
    unicode_host = to_unicode_host(host)
    unicode_reg = to_unicode_host(registrable)
    reg_label = unicode_reg.split(".", 1)[0]
    for label in unicode_host.split("."):
        if is_mixed_script(label):
            hit = _label_hit(label, pairs)
            if hit is not None:
                return LookalikeHit(hit[0], "homoglyph", hit[2], unicode_host)
            return LookalikeHit(None, "mixed-script", "", unicode_host)
    on_imitation = _imitation_brand(registrable, knowledge)
    if on_imitation is not None:
        return LookalikeHit(on_imitation[0], "imitation-suffix", on_imitation[1], unicode_host)
    hit = _label_hit(reg_label, pairs, _own_labels(knowledge))
    if hit is not None:
        return LookalikeHit(hit[0], hit[1], hit[2], unicode_host)
    joined = _brand_domain_hyphenated(host, knowledge)
    if joined is not None:
        return LookalikeHit(joined[1], "brand-as-subdomain", joined[0], unicode_host)
    # The brand in front of someone else's domain.
    prefix = host[: -len(registrable)].rstrip(".") if host.endswith(registrable) else ""
    if prefix:
        sub_labels = prefix.split(".")
        in_front = _brand_domain_in(prefix, knowledge)
        if in_front is not None:
            return LookalikeHit(in_front[1], "brand-as-subdomain", in_front[0], unicode_host)
        # A bare brand word as a subdomain ("outlook.vendor.example") is how add-on vendors
        # and fan sites name hosts too; only the brand joined to other words counts.
        for label in sub_labels:
            skel = skeleton(to_unicode_host(label))
            found = _contains_brand(skel, pairs) if "-" in skel else None
            if found is not None:
                return LookalikeHit(found[0], "brand-as-subdomain", found[2], unicode_host)
    return None


# --- brand names disguised in display names --------------------------------------------------
# "Amie from Iedger", "PayPaI", "Micros0ft", "N.E.T.F.L.I.X", "C o i n b a s e": the reader
# sees the brand, a keyword match does not. A word of the display name is compared with the
# brand's name and single-word labels (length >= MIN_DISGUISE_LABEL) after the same folding as
# domains, and counts only when the letters that differ are ones a reader cannot tell apart:
# digits, symbols, non-Latin letters, a capital "I" for an "l", "rn" for "m". A lower-case "i"
# for an "l" is visible ("Appie" is not "Apple"). One-letter typos (a letter dropped, added or
# two swapped) count only for long brand names that are no ordinary word.
MIN_DISGUISE_LABEL = 5
MIN_TYPO_LABEL = 7
MIN_SPACED_LABEL = 4
MIN_SPLIT_LABEL = 6
_SEPARATORS = "'’`.*_-·•"
_SPACED = re.compile(r"(?<!\S)(?:\w[ .]){3,}\w(?!\S)")
_TOKEN = re.compile(r"[^\s,;:|/()\[\]<>\"{}!?+&]+")
_LOOK_DIGITS = set("0134578$@|")


@dataclass(frozen=True)
class _DisguiseLabels:
    by_skeleton: dict[str, tuple[tuple[str, Brand], ...]]
    labels: frozenset[str]
    typo: tuple[tuple[str, Brand], ...]  # distinctive long labels, for one-letter typos
    split: frozenset[str]  # one-word names and keywords that can be written cut in two


def alnum(text: str) -> str:
    """``text`` lower-cased, letters and digits only ("Pay-Pal 2" -> "paypal2")."""
    return "".join(c for c in text.lower() if c.isalnum())


@functools.lru_cache(maxsize=8)
def _disguise_labels(brands: tuple[Brand, ...]) -> _DisguiseLabels:
    by_skel: dict[str, list[tuple[str, Brand]]] = {}
    typo: list[tuple[str, Brand]] = []
    for brand in brands:
        plain = {alnum(k) for k in brand.keywords if not k.startswith("=") and " " not in k}
        bare = {alnum(k[1:]) for k in brand.keywords if k.startswith("=") and " " not in k}
        labels = {alnum(brand.name), *plain, *bare, *(alnum(x) for x in brand.lookalike)}
        for label in sorted(labels):
            # Four-letter names are looked up only when spaced out ("T E M U").
            if len(label) < MIN_SPACED_LABEL or not label.isascii():
                continue
            by_skel.setdefault(skeleton(label), []).append((label, brand))
            # A typo of an ordinary word or a surname is usually just that word or name.
            if len(label) >= MIN_TYPO_LABEL and label in plain and not brand.surname:
                typo.append((label, brand))
    every = frozenset(label for pairs in by_skel.values() for label, _ in pairs)
    # Only names written as one word; "=word" keywords are ordinary words and stay out.
    split = frozenset(
        alnum(k)
        for brand in brands
        for k in (brand.name, *brand.keywords)
        if not k.startswith("=") and " " not in k and alnum(k).isalpha()
    )
    return _DisguiseLabels(
        {k: tuple(v) for k, v in by_skel.items()}, every, tuple(typo), split & every
    )


def _looks_alike(written: str, label: str) -> bool:
    """``written`` (original case, separators removed) differs from ``label`` only in
    letters a reader cannot tell apart."""
    if written.lower() == label:
        return False
    if len(written) != len(label):
        # "rn" for "m", "vv" for "w": the skeletons already agree.
        return "rn" in written.lower() or "vv" in written.lower()
    # In capitals an "I" is an "I"; among small letters it passes for an "l" ("PayPaI").
    mixed_case = not written.isupper()
    for a, b in zip(written, label, strict=True):
        if a.lower() == b:
            continue
        if a in _LOOK_DIGITS or not a.isascii() or (a == "I" and b == "l" and mixed_case):
            continue
        return False
    return True


def one_typo(word: str, label: str) -> bool:
    """One letter dropped, added or two neighbours swapped (not a plural's "s")."""
    if word == label or word[:1] != label[:1] or word + "s" == label or label + "s" == word:
        return False
    if len(word) == len(label):
        diff = [i for i in range(len(word)) if word[i] != label[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and word[diff[0]] == label[diff[1]]
            and word[diff[1]] == label[diff[0]]
        )
    short, long_ = (word, label) if len(word) < len(label) else (label, word)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def typo_labels(brands: tuple[Brand, ...]) -> frozenset[str]:
    """The brand labels a display name's word may be one typo away from."""
    return frozenset(label for label, _ in _disguise_labels(brands).typo)


def disguised_brands(
    display: str, brands: tuple[Brand, ...], ordinary: frozenset[str] = frozenset()
) -> list[tuple[Brand, str, str]]:
    """Brands whose names a display name writes in disguise: (brand, word as written, kind),
    kind "homoglyph", "punctuation" or "typo". A word in ``ordinary`` (an ordinary word one
    typo from a label: "applied", "advantage") is no typo. Never raises; bounded by the name's
    length."""
    if not display or not brands:
        return []
    labels = _disguise_labels(brands)
    text = unicodedata.normalize("NFKC", display[:300])
    # Letters spaced out ("C o i n b a s e") are one word to the reader.
    spaced = [m.group(0) for m in _SPACED.finditer(text)][:5]
    found: list[tuple[Brand, str, str]] = []
    seen: set[str] = set()
    tokens = _TOKEN.findall(_SPACED.sub(" ", text))[:40]
    for token in [*spaced, *tokens]:
        # A possessive ("Lowe's") is grammar, not a disguise.
        token = re.sub(r"['’]s$", "", token.strip(_SEPARATORS))
        written = "".join(c for c in token if c not in _SEPARATORS and not c.isspace())
        # Spacing every letter out is the disguise itself, so shorter names count ("T E M U").
        shortest = MIN_SPACED_LABEL if token in spaced else MIN_DISGUISE_LABEL
        if len(written) < shortest or len(written) > 40:
            continue
        folded = fold_text(written)
        for label, brand in labels.by_skeleton.get(skeleton(folded), ()):
            if brand.name in seen or (len(label) < MIN_DISGUISE_LABEL and token not in spaced):
                continue
            if folded == label:
                # Only separators hid it ("N.E.T.F.L.I.X"); the plain word is a plain claim.
                kind = "punctuation" if written != token and token.lower() != label else ""
            else:
                kind = "homoglyph" if _looks_alike(written, label) else ""
            if kind:
                seen.add(brand.name)
                found.append((brand, token, kind))
        word = folded if folded.isascii() else ""
        if len(word) >= MIN_TYPO_LABEL and word not in labels.labels and word not in ordinary:
            for label, brand in labels.typo:
                if brand.name not in seen and one_typo(word, label):
                    seen.add(brand.name)
                    found.append((brand, token, "typo"))
    for brand, written in _split_names(tokens, labels):
        if brand.name not in seen:
            seen.add(brand.name)
            found.append((brand, written, "punctuation"))
    return found


# An article and a noun are a phrase of their language, not a name cut in two.
_ARTICLES = frozenset(
    {"the", "la", "le", "les", "el", "los", "las", "il", "lo", "gli", "der", "die", "das", "de",
     "het", "een", "un", "une", "una", "os", "as"}
)


def _split_names(tokens: list[str], labels: _DisguiseLabels) -> Iterator[tuple[Brand, str]]:
    """A brand's one-word name cut in two ("Micro soft", "Net flix"): two neighbouring words
    that together, and only together, spell a brand's one-word name or keyword of at least
    MIN_SPLIT_LABEL letters. Surname brands are left out: "Nor ton" is more likely a name."""
    words = [fold_text(t) for t in tokens[:40]]
    for first, second in itertools.pairwise(words):
        if not (first.isalpha() and second.isalpha()) or len(first) + len(second) < MIN_SPLIT_LABEL:
            continue
        if first in _ARTICLES:
            continue  # "La Posta" is Swiss Post's Italian name, not Laposta cut in two
        joined = first + second
        for label, brand in labels.by_skeleton.get(skeleton(joined), ()):
            if label == joined and label in labels.split and not brand.surname:
                yield brand, f"{first} {second}"
