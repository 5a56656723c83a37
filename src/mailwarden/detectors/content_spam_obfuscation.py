"""Words spelt with look-alike characters so that filters cannot read them.

People write words in one script. A word that mixes Latin letters with Cyrillic or Greek
letters drawn like them ("MetaМask", "Enjоy Yоur Sаfе Dаtе"), letters taken from the
Mathematical Alphanumeric Symbols or fullwidth blocks ("𝐒𝐔𝐂𝐂𝐄𝐒𝐒", ``support@𝗰𝗽.𝗻𝗹``), words
spelt out in single letters ("R l T U A I S") and digits or a capital I standing in for
letters ("C0NFIRMATI0N", "PayPaI") are written to get past keyword filters while a reader
still reads the word (Unicode TR #39, mixed-script and whole-script confusables).

Looked for in the Subject and the From header; in the body only mixed-script words
(``MIN_BODY_WORDS`` of them) and words spelt in mathematical letters (``MIN_BODY_MATH_WORDS``)
count, since letter-spaced headings are a legitimate design element. Mathematical letters
are for formulas, where they stand alone ("𝑥 + 𝑦"); whole words of them in a body are
text dressed so that filters cannot read it ("𝗛𝗼̈𝗿𝗲𝗻 𝗦𝗶𝗲 𝘄𝗶𝗲𝗱𝗲𝗿"). No legitimate message
of the corpora or of bench/modern has one.
"""

from __future__ import annotations

from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.detectors.content_hidden_text import INVISIBLE_INSIDE_WORD
from mailwarden.lures import subject_text
from mailwarden.message.parse import Message
from mailwarden.result import Finding
from mailwarden.text_traits import (
    from_text,
    lookalike_digits_letters,
    math_letter_words,
    mixed_script_words,
    spaced_letters,
    styled_letters,
)

MIN_STYLED = 3
MIN_BODY_WORDS = 2
MIN_BODY_MATH_WORDS = 3
BODY_SCAN_CHARS = 200_000


def _header_tricks(text: str) -> dict[str, list[str]]:
    tricks: dict[str, list[str]] = {}
    mixed = mixed_script_words(text)
    if mixed:
        tricks["mixed_script"] = mixed
    styled = styled_letters(text)
    if len(styled) >= MIN_STYLED:
        tricks["styled_letters"] = [styled]
    spaced = spaced_letters(text)
    if spaced:
        tricks["spaced_letters"] = spaced
    lookalike = lookalike_digits_letters(text)
    if lookalike:
        tricks["lookalike_characters"] = lookalike
    # Invisible characters between letters: no writer needs them in a subject or a name.
    invisible = [m.group(0) for m in INVISIBLE_INSIDE_WORD.finditer(text[:2000])]
    if invisible:
        tricks["invisible_inside_words"] = [ascii(s)[1:-1][:40] for s in invisible[:3]]
    return tricks


@detector(emits={"CONTENT_SPAM_OBFUSCATED_TEXT"}, group="content")
def obfuscated_text(msg: Message, ctx: Context) -> Iterator[Finding]:
    where: list[str] = []
    examples: list[str] = []
    for part, text in (("subject", subject_text(msg)), ("from", from_text(msg))):
        for trick, found in _header_tricks(text).items():
            where.append(f"{part}:{trick}")
            examples.extend(found[:3])
    body = msg.body_text[:BODY_SCAN_CHARS]
    body_words = mixed_script_words(body)
    if len(body_words) >= MIN_BODY_WORDS:
        where.append("body:mixed_script")
        examples.extend(body_words[:3])
    math_words = math_letter_words(body)
    if len(math_words) >= MIN_BODY_MATH_WORDS:
        where.append("body:math_letters")
        examples.extend(math_words[:3])
    if not where:
        return
    yield Finding(
        "CONTENT_SPAM_OBFUSCATED_TEXT",
        summary=f"words disguised with look-alike characters ({where[0]})",
        evidence={"where": where, "examples": examples[:8]},
    )
