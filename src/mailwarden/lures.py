"""Lure phrases in a message's subject and body: which category, language and phrase, where.

Lures are the sentences that make a phishing or scam message work ("your password will
expire", "Postfach voll", "you have won"); the phrases live per language in
``data/lures/*.toml`` and reach us through ``load_knowledge()``.

Text and phrases go through the same normalisation, so that cheap disguises do not hide a
phrase and ordinary spelling variants need no extra entries:

- Unicode NFKC, case folded, accents dropped ("Bestätigen" = "bestatigen"), ``ß`` as ``ss``;
- invisible characters removed: zero-width spaces and joiners, soft hyphens, bidi marks,
  variation selectors, tag characters, combining marks scattered over Latin letters;
- Cyrillic and Greek letters that look Latin folded to Latin ("Pаypаl" with Cyrillic а), and
  Latin letters with a stroke to the plain letter ("ł" as "l", "ø" as "o");
- every run of non-alphanumeric characters becomes one space ("sign-in" = "sign in");
- a run of four or more single letters glued back into a word ("P a s s w o r d",
  "p.a.s.s.w.o.r.d").

Matching is on whole words: the normalised text is split into words once and walked with a
word trie of all phrases (each position tries at most the longest phrase's length), so the
cost is linear in the text, whatever an attacker writes. A phrase ending in ``*`` matches any
last word that starts with it. Bodies are scanned up to ``BODY_SCAN_CHARS``.

A phrase that its own clause negates a few words before with a "never" word ("USPS will
never ask you to pay a redelivery fee", "never share your seed phrase", "ne vous demandera
jamais de payer par carte cadeau") is not said, so it does not count. Only never-type words
cancel: "do not" and "don't" also open the threats themselves ("if you don't verify your
account it will be suspended"). Each language's never-words are its data file's
``negators`` and cancel that language's phrases only: Polish "nie" is a plain "not" that
opens threats ("jeśli nie potwierdzisz"), German "nie" is "never". A language that lists
none is cancelled by every language's. A clause ends at a line break or at
``. ! ? ; : ,``, so a "never" cannot reach over a slogan into the next request ("Never miss
out: verify your account"); but where a language puts a comma before its "that" clauses
(Polish "że", "aby"; Czech "aby"; Hungarian "hogy"), a never-word before that comma still
cancels the phrase after it: its data file lists those ``subordinators``. A word for
"nothing" right before a phrase is its subject ("niets wordt verwijderd", nothing will be
deleted) and cancels it too (the file's ``nothing``). A phrase
introduced as an example of a scam ("Fake parcel notifications ("your package is on
hold")", "fausses factures") does not count the same way. Where a language negates after
the verb, a phrase followed at once by its "not" (German "nicht", Dutch "niet": "Bitte
antworten Sie nicht auf diese Nachricht") does not count either: the file's
``negators_after``.

A phrase marked strong in the data (a leading ``!``, see ``mailwarden.knowledge``) is matched
like any other; its matches carry ``strong=True`` so that a detector can tell the phrases that
say scam by themselves from those that legitimate mail also uses.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from mailwarden.knowledge import Knowledge, LurePhrase, Negation, load_knowledge
from mailwarden.message.parse import Message, decode_header_value

# Lures sit near the top of a message; this bounds the work on a huge body.
BODY_SCAN_CHARS = 300_000
SUBJECT_SCAN_CHARS = 2_000

# Look-alike letters from Cyrillic and Greek, folded to the Latin letters they imitate
# (lower case only: the text is case folded first).
_LOOKALIKES = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "е": "e", "ѐ": "e", "ё": "e", "һ": "h", "і": "i",
        "ї": "i", "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "ԛ": "q",
        "ѕ": "s", "т": "t", "у": "y", "х": "x", "ԝ": "w", "ɡ": "g", "ı": "i", "ӏ": "l",
        "α": "a", "ο": "o", "ρ": "p", "ν": "v", "τ": "t", "ι": "i", "κ": "k", "ε": "e",
        "υ": "u", "χ": "x", "β": "b", "η": "n", "ω": "w", "ς": "s", "ѵ": "v",
        # Latin letters with a stroke have no Unicode decomposition, so accent folding keeps
        # them; phishing in Polish, Danish, Norwegian and Croatian is often written without
        # them ("zostal" for "został", "sporgsmal" for "spørgsmål").
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t",
    }
)  # fmt: skip

_NON_WORD = re.compile(r"[\W_]+")
# Where a clause ends: a line break, or punctuation after a word and before a space (not the
# dots of "p.a.s.s" nor of "1.99"). Replaced by a marker word before normalisation.
_CLAUSE_END = re.compile(r"\n|(?<=\w\w)[.!?;:,\u3002\uff01\uff1f]+(?=\s)")
# A comma ends a clause but not a list: "MetaMask will never DM you, ask for your Secret
# Recovery Phrase, or ask you to validate your wallet" negates all three.
_LIST_MARK = "qqxlistbreakqq"
_CLAUSE_MARK = "qqxclausebreakqq"
# "mai" (Italian "never") negates only after "non" ("non vi chiederemo mai"), since alone it
# is also May in French. The other never-words are data (``Knowledge.negation``).
# Words that make what follows an example of a scam, not the text's own request: a security
# memo's "Fake parcel notifications ("your package is on hold, pay a small fee")". Scams do
# not call their own words fake. ("Phishing" is not among them: "we blocked a phishing attempt
# on your account, verify your identity" is itself a lure.)
_DESCRIBERS = frozenset(
    {
        "fake",
        "fakes",
        "gefalschte",
        "gefalschten",
        "gefalschter",
        "faux",
        "fausse",
        "fausses",
        "falso",
        "falsa",
        "falsos",
        "falsas",
        "nep",
        "valse",
        "valsche",
    }
)
_NEGATOR_AFTER_NON = "mai"
# "It doesn't ask you to click anything or confirm your details", "we will not ask you to":
# a plain "not" before asking the reader describes what is not asked of them. "Not" alone
# stays no negator ("if you do not verify your account"), nor is "if you did not request this
# change ..., keep your account active" one: the reader is not the one asked there.
_NOT = frozenset({"not", "t"})  # "doesn't" is normalised to "doesn t"
_ASK_VERBS = frozenset({"ask", "asks"})
# How many words before a phrase a negator may stand ("never ask you to pay a redelivery
# fee", "jamais de payer par SMS ou par carte cadeau").
NEGATION_WINDOW = 8
# Over commas, when the phrase's own clause continues the list with "or"/"nor".
LIST_NEGATION_WINDOW = 20
_LIST_CONTINUERS = frozenset(
    {"or", "nor", "ou", "oder", "o", "of", "ni", "lub", "albo", "nebo", "vagy", "eller", "tai"}
)
# The "or" words that continue a never-chain: Dutch "of" and Spanish "o" left out, being also
# English "of" and a letter, where a chain must be unmistakable.
_CHAIN_CONTINUERS = _LIST_CONTINUERS - {"of", "o"}
# Topic words name a thing, and a security tip lists the things it never asks for with the
# "or" inside the last item, not after a comma: "DHL will never ask you to pay by gift card,
# cryptocurrency or bank transfer". Such a word is negated as an item of a comma list that a
# never-word opened when its own clause joins it to the next item with "or". Only topics: a
# request after the comma stays counted ("we never sleep, verify your account or lose it").
_LIST_ITEM_TOPICS = frozenset({"crypto_topic"})
# Words that open a condition: after one, the phrase is what the reader is to do, whatever
# the sentence promised will never happen ("you will never lose access or data if you update
# your card"). Over-inclusive on purpose ("om", "se"): a match only keeps the phrase counted.
_CONDITIONALS = frozenset(
    {
        "if",
        "unless",
        "when",
        "until",
        "so",
        "wenn",
        "falls",
        "si",
        "se",
        "als",
        "indien",
        "jos",
        "om",
        "hvis",
        "ha",
        "jesli",
        "jezeli",
        "daca",
        "eger",
        "pokud",
        "jestli",
    }
)
# Four or more single letters in a row, one separator apart: "p a s s w o r d".
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")


def _is_invisible(ch: str) -> bool:
    # Cf: format characters (zero-width, soft hyphen, bidi, tags); Mn: combining marks
    # (accents once decomposed, and marks strewn over words); variation selectors are Mn.
    return unicodedata.category(ch) in ("Cf", "Mn", "Me")


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not _is_invisible(c))


def normalise(text: str) -> str:
    """Text as the matcher sees it: folded words separated by single spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    # Per character through a cache: linear, and cheap for the few distinct characters
    # a message uses.
    text = "".join([ch if ch < "\x80" else _fold_char(ch) for ch in text])
    text = text.translate(_LOOKALIKES)
    text = _NON_WORD.sub(" ", text).strip()
    if " " in text:
        text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


@dataclass(frozen=True)
class LureMatch:
    category: str
    language: str
    phrase: str  # the phrase as written in the data file, without the strong mark
    where: str  # "subject" | "body"
    strong: bool = False  # the phrase is marked strong in the data


@dataclass
class _Node:
    children: dict[str, _Node]
    ends: list[LurePhrase]  # phrases that end exactly here
    # Phrases whose last word is a prefix ("suspend*"), by the prefix's first letter: the
    # root alone holds dozens, and every word of a text is tried against them.
    prefixes: dict[str, list[tuple[str, LurePhrase]]]


def _new_node() -> _Node:
    return _Node({}, [], {})


@dataclass(frozen=True)
class _Negators:
    """A language's ``Negation``, its words normalised as the text is."""

    never: frozenset[str]
    subordinators: frozenset[str] = frozenset()
    nothing: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LureMatcher:
    root: _Node
    depth: int  # words in the longest phrase
    negation: Mapping[str, _Negators]  # by phrase language
    # For a language that lists no never-words: every language's, and nothing else.
    every_language: _Negators

    def _negated(
        self,
        language: str,
        words: list[str],
        clauses: tuple[list[int], list[int], set[int]],
        i: int,
    ) -> bool:
        """Whether the phrase of ``language`` starting at ``words[i]`` is negated before it:
        in its clause, as an item of a never-list, or in a subordinate clause whose
        never-word stands before the comma."""
        clause_start, list_start, or_lists = clauses
        rules = self.negation.get(language, self.every_language)
        if i > clause_start[i] and words[i - 1] in rules.nothing:
            return True  # "nothing will be deleted": the phrase's subject is "nothing"
        never = rules.never
        if _negated(words, max(clause_start[i], i - NEGATION_WINDOW), i, never):
            return True
        if _negated_list_item(words, clause_start, list_start, or_lists, i, never):
            return True
        if _negated_or_chain(words, clause_start[i], i, never):
            return True
        start, first = clause_start[i], list_start[i]
        return (
            start != first
            and words[start] in rules.subordinators
            and _negated(words, max(first, i - LIST_NEGATION_WINDOW), start, never)
        )

    def _negated_topic_item(
        self,
        language: str,
        words: list[str],
        clauses: tuple[list[int], list[int], set[int]],
        i: int,
    ) -> bool:
        """Whether the topic word at ``words[i]`` is an item of a never-list whose "or"
        stands inside its own clause (``_LIST_ITEM_TOPICS``)."""
        clause_start, list_start, _ = clauses
        start, first = clause_start[i], list_start[i]
        if start == first:
            return False
        end = i
        while end < len(words) and clause_start[end] == start:
            end += 1
        if not any(w in _CHAIN_CONTINUERS for w in words[i + 1 : end]):
            return False
        never = self.negation.get(language, self.every_language).never
        return _negated(words, max(first, i - LIST_NEGATION_WINDOW), start, never)

    def _negated_after(
        self, language: str, words: list[str], clause_start: list[int], start: int, end: int
    ) -> bool:
        """Whether the phrase ``words[start:end]`` of ``language`` is negated right after
        its verb, in its clause ("Bitte antworten Sie nicht auf diese E-Mail")."""
        after = self.negation.get(language, self.every_language).after
        return end < len(words) and words[end] in after and clause_start[end] == clause_start[start]

    def scan(self, text: str) -> list[LurePhrase]:
        """Every phrase found in ``text`` (each phrase once), in order of first appearance;
        an occurrence negated in its clause (a "never" word or a "fake" before it, its language's
        after-the-verb "not" right after it) does not count."""
        words, clause_start, list_start, or_lists = _words_and_clauses(text)
        found: dict[LurePhrase, None] = {}
        root = self.root
        n = len(words)
        for i in range(n):
            node = root
            negated: dict[str, bool] = {}  # by language, worked out when a phrase starts here
            for j in range(i, min(n, i + self.depth)):
                word = words[j]
                hits = [
                    p for prefix, p in node.prefixes.get(word[:1], ()) if word.startswith(prefix)
                ]
                nxt = node.children.get(word)
                if nxt is not None:
                    hits.extend(nxt.ends)
                if hits:
                    for phrase in hits:
                        language = phrase.language
                        if self._negated_after(language, words, clause_start, i, j + 1):
                            continue
                        if language not in negated:
                            clauses = (clause_start, list_start, or_lists)
                            negated[language] = self._negated(language, words, clauses, i)
                        if negated[language]:
                            continue
                        if phrase.category in _LIST_ITEM_TOPICS and self._negated_topic_item(
                            language, words, (clause_start, list_start, or_lists), i
                        ):
                            continue
                        found.setdefault(phrase, None)
                if nxt is None:
                    break
                node = nxt
        return list(found)


def _clause_end_mark(match: re.Match[str]) -> str:
    return f" {_LIST_MARK} " if match.group(0) == "," else f" {_CLAUSE_MARK} "


def _words_and_clauses(text: str) -> tuple[list[str], list[int], list[int], set[int]]:
    """The normalised words of ``text`` and, for each, the index of its clause's first word
    and of the first word of the comma-separated list its clause belongs to; and the lists
    (by first word) one of whose later clauses starts with "or"."""
    marked = _CLAUSE_END.sub(_clause_end_mark, text) if text else ""
    words: list[str] = []
    clause_start: list[int] = []
    list_start: list[int] = []
    or_lists: set[int] = set()
    start = first = 0
    for word in normalise(marked).split(" "):
        if word == _CLAUSE_MARK:
            start = first = len(words)
        elif word == _LIST_MARK:
            start = len(words)
        elif word:
            if start != first and start == len(words) and word in _LIST_CONTINUERS:
                or_lists.add(first)
            words.append(word)
            clause_start.append(start)
            list_start.append(first)
    return words, clause_start, list_start, or_lists


def _negated_list_item(
    words: list[str],
    clause_start: list[int],
    list_start: list[int],
    or_lists: set[int],
    i: int,
    negators: frozenset[str],
) -> bool:
    """Whether the phrase at ``i`` is an item of a list that a never-word opened ("will never
    DM you, ask for your recovery phrase, or ask you to validate your wallet"): it stands in
    a later clause of a comma list one of whose items starts with "or", and a never-word
    stands earlier in the list, close enough. Without the "or" a comma still ends the
    negation ("we never sleep, verify your account")."""
    start, first = clause_start[i], list_start[i]
    if start == first or first not in or_lists:
        return False
    return _negated(words, max(first, i - LIST_NEGATION_WINDOW), start, negators)


def _negated_or_chain(words: list[str], start: int, i: int, negators: frozenset[str]) -> bool:
    """Whether the phrase at ``i`` is the last of a chain of requests that a never-word
    opened in the same clause, joined by "or"/"nor" ("Medicare will never call you to sell
    you anything or ask for your Medicare number to update your card"): the "or" stands in
    the few words before the phrase, the never-word before the "or", both close enough."""
    lo = max(start, i - LIST_NEGATION_WINDOW)
    for j in range(i - 1, max(lo, i - NEGATION_WINDOW - 1), -1):
        if words[j] in _CONDITIONALS:
            return False  # "never lose access or data if you update your card": a condition
        if words[j] in _CHAIN_CONTINUERS:
            return _negated(words, lo, j, negators)
    return False


def _negated(words: list[str], lo: int, hi: int, negators: frozenset[str]) -> bool:
    """Whether a never-word stands in ``words[lo:hi]`` (the few words before a phrase)."""
    for k in range(lo, hi):
        word = words[k]
        if word in negators or word in _DESCRIBERS:
            return True
        if word == _NEGATOR_AFTER_NON and "non" in words[lo:k]:
            return True
        if (
            word in _ASK_VERBS
            and k > lo
            and words[k - 1] in _NOT
            and words[k + 1 : k + 2] == ["you"]
        ):
            return True
    return False


def build_matcher(
    phrases: Iterable[LurePhrase], negation: Mapping[str, Negation] | None = None
) -> LureMatcher:
    """A matcher for ``phrases``, each cancelled as its language's ``negation`` says (by
    default the shipped data's)."""
    if negation is None:
        negation = load_knowledge().negation
    rules = {
        language: _Negators(
            frozenset(map(normalise, rule.never)),
            frozenset(map(normalise, rule.subordinators)),
            frozenset(map(normalise, rule.nothing)),
            frozenset(map(normalise, rule.after)),
        )
        for language, rule in negation.items()
    }
    every = _Negators(
        frozenset().union(*(r.never for r in rules.values())),
        after=frozenset().union(*(r.after for r in rules.values())),
    )
    root = _new_node()
    depth = 1
    for lure in phrases:
        raw = lure.phrase.strip()
        wildcard = raw.endswith("*")
        words = normalise(raw.rstrip("*")).split(" ")
        words = [w for w in words if w]
        if not words:
            continue
        depth = max(depth, len(words))
        node = root
        for word in words[:-1]:
            node = node.children.setdefault(word, _new_node())
        if wildcard:
            node.prefixes.setdefault(words[-1][:1], []).append((words[-1], lure))
        else:
            node = node.children.setdefault(words[-1], _new_node())
            node.ends.append(lure)
    return LureMatcher(root, depth, rules, every)


# Matchers by the identity of their phrase tuple. An lru_cache keyed on the tuple hashed its
# thousands of phrases on every lookup, which cost more than the scan itself. Each entry keeps
# its tuple alive, so an id cannot be reused while its entry exists. When full, the least
# recently used entry goes: building the shipped vocabularies' matcher takes over a second, and
# clearing them all made the next message of the engine in use rebuild it inside its deadline.
_MATCHERS: dict[tuple[int, int], tuple[tuple[LurePhrase, ...], object, LureMatcher]] = {}
_MATCHERS_MAX = 4


def matcher_for(
    lures: tuple[LurePhrase, ...], negation: Mapping[str, Negation] | None = None
) -> LureMatcher:
    key = (id(lures), id(negation))
    entry = _MATCHERS.get(key)
    if entry is not None and entry[0] is lures and entry[1] is negation:
        _MATCHERS[key] = _MATCHERS.pop(key)  # now the most recently used
        return entry[2]
    matcher = build_matcher(lures, negation)
    if len(_MATCHERS) >= _MATCHERS_MAX:
        del _MATCHERS[next(iter(_MATCHERS))]
    _MATCHERS[key] = (lures, negation, matcher)
    return matcher


# Vocabulary categories (data/lures/*.toml) that several detectors read: a charge to stop by
# telephone, and a purchase or charge the reader is told to disown.
CALLBACK_CUE = "callback_cue"
CALLBACK_DISOWN = "callback_disown"


# Vocabularies by the identity of their phrase tuple and category, as _MATCHERS: several
# detectors ask for the same one for every message that reaches them.
_VOCABULARIES: dict[tuple[int, str], tuple[tuple[LurePhrase, ...], frozenset[str]]] = {}
_VOCABULARIES_MAX = 32


def vocabulary(knowledge: Knowledge, category: str) -> frozenset[str]:
    """The normalised phrases of one vocabulary category, in every language (``sign_off``,
    ``pay_period``): for detectors that compare a piece of text with them as a whole."""
    lures = knowledge.lures
    key = (id(lures), category)
    entry = _VOCABULARIES.get(key)
    if entry is not None and entry[0] is lures:
        return entry[1]
    phrases = frozenset(normalise(p.phrase) for p in lures if p.category == category)
    if len(_VOCABULARIES) >= _VOCABULARIES_MAX:
        _VOCABULARIES.clear()
    _VOCABULARIES[key] = (lures, phrases)
    return phrases


def subject_text(msg: Message) -> str:
    """The Subject with its invisible characters kept (``msg.subject`` turns them into
    spaces, which would split "Pass\u200bword" into two words). Decoded once per message."""
    return msg.cached("lures.subject_text", lambda: _subject_text(msg))


def _subject_text(msg: Message) -> str:
    raw = next((v for k, v in msg.raw_headers if k.lower() == "subject"), "")
    return decode_header_value(raw, keep_invisible=True)[:SUBJECT_SCAN_CHARS]


def find_lures(msg: Message, knowledge: Knowledge) -> tuple[LureMatch, ...]:
    """Lure phrases in the subject and the body (plain text, else the HTML's visible text).

    Computed once per message and knowledge, and shared by every detector that asks."""
    return msg.cached(("lures.find_lures", knowledge), lambda: _find_lures(msg, knowledge))


def _find_lures(msg: Message, knowledge: Knowledge) -> tuple[LureMatch, ...]:
    matcher = matcher_for(knowledge.lures, knowledge.negation)
    result: list[LureMatch] = []
    for where, text in (
        ("subject", subject_text(msg)),
        ("body", msg.body_text[:BODY_SCAN_CHARS]),
    ):
        for lure in matcher.scan(text):
            result.append(LureMatch(lure.category, lure.language, lure.phrase, where, lure.strong))
    return tuple(result)


def lures_in_text(text: str, knowledge: Knowledge, where: str = "body") -> tuple[LureMatch, ...]:
    """Lure phrases in any text (an attachment's, a QR target's page title, a test string)."""
    matcher = matcher_for(knowledge.lures, knowledge.negation)
    return tuple(
        LureMatch(lure.category, lure.language, lure.phrase, where, lure.strong)
        for lure in matcher.scan(text[:BODY_SCAN_CHARS])
    )


# A phrase between double quotation marks is quoted, not said: a security tip lists what
# genuine notices say ("Ihr Passwort läuft ab", "new sign-in"), a friend explains the fake text
# a mother got (le SMS « votre compte sera suspendu »). The double marks of the common
# typographies, on one line, up to a sentence long; not single quotes, which are apostrophes
# too ("you’ll", "l'accès").
_QUOTATION = re.compile(r'["“”„«»]([^"“”„«»\n]{3,160})["“”„«»]')
# So is the earlier message a reply or a forward carries below its own text ("Is this OK to
# open?" above a forwarded notice, round 291): from the mark a mail program puts before it (a
# separator, an "On ... wrote:" line, an Outlook header block) to the end of that rendering,
# and every line quoted with ">".
_EARLIER_MESSAGE = re.compile(
    r"^[ \t]*-{2,}[ \t]*(?:original message|forwarded message|mensagem original"
    r"|mensagem encaminhada|mensaje original|mensaje reenviado|message d.origine"
    r"|message transf[ée]r[ée]|urspr[üu]ngliche nachricht|weitergeleitete nachricht"
    r"|oorspronkelijk bericht|doorgestuurd bericht|messaggio originale|messaggio inoltrato)"
    r"|^[ \t]*(?:on|am|le|el|em|op|il) [^\n]{5,160}(?:wrote|schrieb|a [ée]crit|escribi[óo]"
    r"|escreveu|schreef|ha scritto)[ \t]?:"
    r"|^(?:from|von|de|da|van):[^\n]{1,200}\n(?:sent|date|gesendet|datum|envoy[ée]|enviado"
    r"|inviato|verzonden):",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)


def _split_rendering(text: str) -> tuple[list[str], str]:
    """(the quoted pieces of one rendering of the body, the rest of it)."""
    quoted: list[str] = []
    mark = _EARLIER_MESSAGE.search(text)
    if mark is not None:
        quoted.append(text[mark.start() :])
        text = text[: mark.start()]
    quoted.extend(_QUOTED_LINE.findall(text))
    text = _QUOTED_LINE.sub(" | ", text)
    quoted.extend(_QUOTATION.findall(text))
    return quoted, _QUOTATION.sub(" | ", text)


def _quoted_and_said(msg: Message) -> tuple[str, str]:
    """The body's quoted text (quotations, an earlier message below a reply or a forward) and
    the rest of it, each normalised (with a space at both ends, so that a phrase is found by
    its surrounding spaces). The plain and the HTML rendering are split each on its own."""
    quoted: list[str] = []
    said: list[str] = []
    budget = BODY_SCAN_CHARS
    for text in (msg.text_plain, msg.html_text):
        pieces, rest = _split_rendering(text[:budget])
        quoted.extend(pieces)
        said.append(rest)
        budget = max(0, budget - len(text))
    quoted_text = " | ".join(normalise(q) for q in quoted)
    said_text = " | ".join(normalise(t) for t in said)
    return f" {quoted_text} ", f" {said_text} "


def only_quoted(msg: Message, match: LureMatch) -> bool:
    """Whether the body has ``match``'s phrase only where it quotes: between quotation marks,
    in the earlier message below a reply or a forward."""
    if match.where != "body":
        return False
    quoted, said = msg.cached(("lures.quoted_and_said",), lambda: _quoted_and_said(msg))
    stem = match.phrase.rstrip("*")
    pattern = re.compile(" " + re.escape(stem) + (r"\S* " if stem != match.phrase else " "))
    return bool(pattern.search(quoted)) and not pattern.search(said)


def outermost(phrases: Iterable[str]) -> set[str]:
    """The phrases that no other of them contains: "online casino" and "casino" found in one
    text are one phrase, not two."""
    found = set(phrases)
    return {p for p in found if not any(p != q and p in q for q in found)}
