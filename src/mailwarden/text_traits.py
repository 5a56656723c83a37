"""Traits of short header text that spam and scam tools leave and people do not write.

Each function takes text (a Subject, a display name, a line of a body) and returns the
pieces that show the trait, so a detector can quote them as evidence. All are linear in the
length of their input and never raise.

- ``random_tokens``: hash-busting tokens ("dfhSBe", "v5V0ZVRe1H"), which bulk senders append so
  that every copy of a message differs. A token is random when it cannot be read as a run of
  words: cut at case and digit changes the way camel case is written ("PayPal" = "Pay" +
  "Pal", "HTMLParser" = "HTML" + "Parser"), most of its pieces are unreadable (a stray one-
  or two-letter piece, or letters with no vowel). Hex strings are commit ids and message ids
  that honest systems put into subjects: never random here.
- ``mixed_script_words``: a word that mixes Latin letters with Cyrillic or Greek letters that
  look Latin ("MetaМask", "Dаtе"): spelling no language uses, made to defeat keyword filters
  (Unicode TR #39, "mixed-script confusables").
- ``styled_letters``: letters from the Mathematical Alphanumeric Symbols block, fullwidth
  forms, circled or squared letters: "𝐒𝐔𝐂𝐂𝐄𝐒𝐒" reads as SUCCESS but matches no filter
  (Unicode TR #39, "confusables"; these fold to ASCII under NFKC).
- ``spaced_letters``: words spelt out in single letters ("W l N een", "C o n g r a t s").
- ``lookalike_digits_letters``: a digit or a capital I standing in for a letter inside a
  word ("C0NFIRMATI0N", "PayPaI", "WaIIet").
- ``is_generated_local_part``: a sender local part of random mixed-case letters
  ("QePEMzkdT"), as bulk tools generate one per message (rules in
  ``detectors/sender_anomaly_random_local``).
- ``filler_runs`` / ``padding_runs``: runs of repeated punctuation or wide gaps of spaces that
  pad a subject or a line apart.
- ``spaced_camel_case``: a name of words run together in camel case, spaced out
  ("UkrainianBeautyDate" -> "Ukrainian Beauty Date", "AppleSupport" -> "Apple Support").

It also holds the bounded header readers those detectors share: ``raw_header_values`` (a
header as written, for address lists split before RFC 2047 decoding), ``recipient_addresses``
(To/Cc addresses) and ``from_text`` (the decoded From).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from mailwarden.message.parse import Message, parse_address_list

# Tokens shorter than this are too short to judge (an acronym, "eBay", "RFNoC").
RANDOM_TOKEN_MIN_CHARS = 6
# A random token has at least this many unreadable pieces, and they are at least half of its
# letter pieces.
RANDOM_TOKEN_MIN_ODD = 3

_ALNUM_RUN = re.compile(r"[A-Za-z0-9]{6,80}")
_WORDISH = re.compile(r"\S{1,200}")
# Camel-case pieces: a capitalised or lower-case word, an acronym (upper-case run not
# followed by lower case), a number. Linear: each alternative is a simple run.
_PIECE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
_HEX = re.compile(r"[0-9a-f]+|[0-9A-F]+")
_VOWELS = frozenset("aeiouyAEIOUY")


# A lower-case letter followed by a capital: where camel case joins two words.
_CAMEL_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


def spaced_camel_case(name: str) -> str:
    """A display name written without spaces, with its camel-case words spaced ("" if the name
    has spaces already or no camel-case join): the run-together form as people would read it."""
    name = name.strip()
    if not name or any(ch.isspace() for ch in name):
        return ""
    spaced = _CAMEL_JOIN.sub(" ", name)
    return spaced if spaced != name else ""


def _odd_piece(piece: str, first: bool) -> bool:
    """A piece of a camel-case token that no word is made of."""
    if piece.isdigit():
        return False
    if piece.isupper():
        # An acronym ("HTML", "PDF") is readable; a lone capital in the middle is not.
        return len(piece) == 1 and not first
    if len(piece) == 1:
        return not first  # "eBay", "iPhone" start with one lower-case letter
    if len(piece) == 2:
        return True
    return not any(ch in _VOWELS for ch in piece)


def is_random_token(token: str) -> bool:
    """Whether an ASCII letter-and-digit token looks machine-made rather than written."""
    if len(token) < RANDOM_TOKEN_MIN_CHARS or not token.isascii() or not token.isalnum():
        return False
    if token.isdigit() or _HEX.fullmatch(token):
        return False
    if token.islower() or token.isupper() or not any(ch.isalpha() for ch in token):
        return False  # one case: a word, a name, an acronym or a product code
    pieces = _PIECE.findall(token)
    letters = [p for p in pieces if not p.isdigit()]
    odd = sum(1 for i, p in enumerate(pieces) if _odd_piece(p, i == 0))
    return odd >= RANDOM_TOKEN_MIN_ODD and 2 * odd >= len(letters)


def random_tokens(text: str) -> list[str]:
    """Random-looking tokens in ``text``; parts of URLs and addresses are not judged."""
    found: list[str] = []
    for word in _WORDISH.findall(text or ""):
        if "@" in word or "/" in word or "=" in word:
            continue
        for token in _ALNUM_RUN.findall(word):
            if is_random_token(token):
                found.append(token)
    return found


# --- scripts ---------------------------------------------------------------------------

# Cyrillic and Greek letters that are drawn like Latin ones (TR #39 confusables, the ones
# attackers use); other Cyrillic or Greek letters ("μ" in "10 μs") mix innocently.
_LOOKALIKE_LETTERS = frozenset("АВЕЅІЈКМНОРСТХУаеорсухіјѕһԁԛԝӏвкмнтёїѐΑΒΕΖΗΙΚΜΝΟΡΤΥΧαεινοκρτυχ")
_WORD = re.compile(r"[^\W\d_]{2,60}")


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    """LATIN, CYRILLIC, GREEK or OTHER, from the character's Unicode name."""
    if ch.isascii():
        return "LATIN" if ch.isalpha() else "OTHER"
    name = unicodedata.name(ch, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script
    return "OTHER"


def mixed_script_words(text: str) -> list[str]:
    """Words with Latin letters and Cyrillic or Greek look-alikes of Latin letters."""
    found: list[str] = []
    for word in _WORD.findall(text or ""):
        if word.isascii():
            continue
        has_latin = False
        lookalike = False
        for ch in word:
            script = _script(ch)
            if script == "LATIN":
                has_latin = True
            elif ch in _LOOKALIKE_LETTERS:
                lookalike = True
        if has_latin and lookalike:
            found.append(word)
    return found


def _is_styled(ch: str) -> bool:
    code = ord(ch)
    return (
        0x1D400 <= code <= 0x1D7FF  # mathematical alphanumeric symbols
        or 0xFF10 <= code <= 0xFF19  # fullwidth digits
        or 0xFF21 <= code <= 0xFF3A  # fullwidth capitals
        or 0xFF41 <= code <= 0xFF5A  # fullwidth small letters
        or 0x24B6 <= code <= 0x24E9  # circled letters
        or 0x1F130 <= code <= 0x1F149  # squared capitals
        or 0x1F150 <= code <= 0x1F169  # negative circled capitals
        or 0x1F170 <= code <= 0x1F189  # negative squared capitals
    )


def styled_letters(text: str) -> str:
    """The styled letters and digits in ``text``, in order ("" when none)."""
    return "".join(ch for ch in (text or "") if ch > "\u2000" and _is_styled(ch))


# A word of three or more letters from the Mathematical Alphanumeric Symbols block
# ("𝗛𝗲𝗮𝗿𝗶𝗻𝗴"): fullwidth letters are left out, since Japanese and Chinese text writes
# Latin words that way ("ＰＤＦ").
_MATH_WORD = re.compile(r"[\U0001D400-\U0001D7FF]{3,}")


def math_letter_words(text: str) -> list[str]:
    """The words of ``text`` spelt in mathematical letters, in order."""
    return _MATH_WORD.findall(text or "")


# --- spelling tricks -------------------------------------------------------------------

# Six or more single letters in a row, one space apart: "R l T U A I S", "C o n g r a t s".
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){5,}[^\W\d_](?!\S)")


def spaced_letters(text: str) -> list[str]:
    return [m.group(0) for m in _SPACED.finditer(text or "")]


# A capital I standing for an l after lower-case letters, at a word's end or doubled inside
# a word ("PayPaI", "WaIIet"); a 0 or 1 inside an upper-case word ("C0NFIRMATI0N").
_CAPITAL_I = re.compile(r"\b[A-Za-z]*[a-z](?:I\b|II[a-z][A-Za-z]*)")
_DIGIT_IN_CAPS = re.compile(r"\b[A-Z]+[01][A-Z]+(?:[01][A-Z]+)*\b")
# Shorter ones are codes ("A1C", "X0R").
DIGIT_IN_CAPS_MIN_CHARS = 6


def lookalike_digits_letters(text: str) -> list[str]:
    found = [m.group(0) for m in _CAPITAL_I.finditer(text or "")]
    found += [
        m.group(0)
        for m in _DIGIT_IN_CAPS.finditer(text or "")
        if len(m.group(0)) >= DIGIT_IN_CAPS_MIN_CHARS
    ]
    return found


# Filler that fences a display name or pushes a tracking token out of sight: "....."
# "_____", "..grEy" (dots glued to a token), and runs of five or more spaces inside a line.
# Subjects use "...." honestly ("Hmm.... ok"), so there only the padding counts.
_FILLER = re.compile(r"([._\-~=*#|+])\1{3,}|\.{2,}(?=[A-Za-z0-9])|(?<=\S) {5,}(?=\S)")
_PADDING = re.compile(r"(?<=\S) {5,}(?=\S)")


def filler_runs(text: str) -> list[str]:
    """Filler in a display name."""
    return [m.group(0) for m in _FILLER.finditer(text or "")]


def padding_runs(text: str) -> list[str]:
    """Runs of spaces inside a subject (an unfolded header has single spaces)."""
    return [m.group(0) for m in _PADDING.finditer(text or "")]


# --- message headers -------------------------------------------------------------------

HEADER_SCAN_CHARS = 2_000
# Recipients compared with a subject or a greeting; a longer To list is a mailing.
MAX_RECIPIENTS = 20
_FOLD = re.compile(r"\r?\n[ \t]*")


def raw_header_values(msg: Message, name: str) -> list[str]:
    """Every value of header ``name`` as written (encoded words kept), unfolded, bounded.

    Address lists must be split before RFC 2047 decoding (RFC 2047 section 5): an encoded
    word may decode to a comma, which is part of a display name, not a separator.
    """
    lowered = name.lower()
    return [
        _FOLD.sub(" ", value[: HEADER_SCAN_CHARS * 4])
        for key, value in msg.raw_headers
        if key.lower() == lowered
    ]


def recipient_addresses(msg: Message, names: tuple[str, ...] = ("To",)) -> list[str]:
    """The addresses in the message's own recipient headers, lower case, in order."""
    found: list[str] = []
    for name in names:
        for value in msg.header_all(name):
            for addr in parse_address_list(value):
                address = addr.address.strip().lower()
                if "@" in address and len(found) < MAX_RECIPIENTS:
                    found.append(address)
    return found


def to_and_cc_addresses(msg: Message) -> list[str]:
    """The To and Cc addresses, lower case, each once (up to five headers and 20 addresses
    per name). Not ``recipient_addresses``: that one reads To alone by default,
    keeps repeats and stops at 20 addresses in all."""
    found: list[str] = []
    for name in ("to", "cc"):
        for addr in parse_address_list(", ".join(msg.header_all(name)[:5]))[:20]:
            value = addr.address.strip().lower()
            if "@" in value and 3 <= len(value) <= 254 and value not in found:
                found.append(value)
    return found


def from_text(msg: Message) -> str:
    """The From header as a reader sees it (decoded), bounded."""
    return msg.header("From")[:HEADER_SCAN_CHARS]


# --- sender addresses -----------------------------------------------------------------

_LOCAL_LETTERS_ONLY = re.compile(r"[A-Za-z]{6,24}")
# Upper-case runs not followed by lower case ("KKB"), or an optional capital and lower case.
_LOCAL_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# "Mc", "Mr": a capital and one letter is a name part.
_LOCAL_NAME_PREFIX = re.compile(r"[A-Z][a-z]")
# Two-letter pieces that people do write in CamelCase: name particles and short words.
_LOCAL_SHORT_WORDS = frozenset(
    "de la le di du da do van von mc st jr sr dr mr ms my no to go we us me it is on in at"
    " of by or an up".split()
)


def _local_case_changes(text: str) -> int:
    return sum(1 for a, b in zip(text, text[1:], strict=False) if a.isupper() != b.isupper())


def is_generated_local_part(local: str) -> bool:
    """Whether a local part of letters only mixes cases the way no chosen name does."""
    if not _LOCAL_LETTERS_ONLY.fullmatch(local) or local.islower() or local.isupper():
        return False
    pieces = _LOCAL_PIECES.findall(local)
    if any(len(p) >= 4 and not _VOWELS.intersection(p) for p in pieces):
        return True
    changes = _local_case_changes(local)
    if changes < 2:
        return False
    unreadable = [
        p
        for p in pieces
        if len(p) >= 2
        and not p.isupper()
        and not _VOWELS.intersection(p)
        and not _LOCAL_NAME_PREFIX.fullmatch(p)
    ]
    if unreadable:
        return True
    if changes < 3:
        return False
    short = [
        p
        for p in pieces
        if len(p) == 1 or (len(p) == 2 and not p.isupper() and p.lower() not in _LOCAL_SHORT_WORDS)
    ]
    return len(short) >= 2


# Scripts written without spaces between words: Chinese characters and Japanese kana (about
# two characters a word), Thai, Lao, Khmer and Myanmar (about three code points a word, with
# their vowel and tone marks).
_IDEOGRAPHIC = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_SOUTHEAST_ASIAN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def word_count(text: str, limit: int) -> int:
    """About how many words ``text`` has, counting up to ``limit + 1``: whitespace-separated
    tokens, and within a token of a script written without spaces ("親愛的會員您好"), its
    characters as the words they make. Linear, and it stops once past the limit."""
    count = 0
    for token in text.split(None, limit + 1):
        # The last token holds the rest of the text; this much of it is enough to pass the
        # limit, at two or three characters a word.
        token = token[: 3 * (limit + 1)]
        unspaced = len(_IDEOGRAPHIC.findall(token)) / 2 + len(_SOUTHEAST_ASIAN.findall(token)) / 3
        count += max(1, round(unspaced))
        if count > limit:
            return limit + 1
    return count


def body_word_count(msg: Message, limit: int) -> int:
    """``word_count`` of one rendering of the body: the longer of the plain text and the HTML's
    visible text. A multipart/alternative says everything twice; counting both would make a
    short note look twice as long."""
    return max(word_count(msg.text_plain, limit), word_count(msg.html_text, limit))
