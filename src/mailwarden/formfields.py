"""What a visitor typed into a web form, as the site's own notification mails it out.

Sign-up, login-details, contact-form and forum notifications are template text around a few
values a visitor typed: a user name, a name, a message. Spammers type their pitch into those
values and give the victim's address, so the site's own, authenticated mail delivers it
("Username: www.x.blogspot.com - 1.3 BTC"). This module decides three things for the
``content_form_*`` detectors:

- whether a message is such a notification (``notice_marker``): a phrase of one
  (``form_notice`` in ``data/lures/forms.toml``: "Login Details", "Datos de acceso",
  "로그인 세부 정보", "sent from a contact form"), WordPress's password-setting link
  (``wp-login.php``), or a form plugin's mail-tag left unfilled in the subject ("[your-subject]");
- which values a visitor typed (``form_fields``): the value after a name label ("Username:",
  "Identifiant :", "نام کاربری:"), after a message label, or after a greeting ("Hi {name},");
- what a value holds (``value_traits``): a link, a sum of money, a pitch word (crypto
  exchange, messenger, casino), a messenger handle, an emoji run, a whole sentence.

Labels and phrases are data (``load_knowledge().lures``, categories ``form_*``). Every regex
is built from literal alternatives and bounded or single-class runs: linear in the text.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from mailwarden.knowledge import Knowledge
from mailwarden.lures import find_lures, lures_in_text, subject_text
from mailwarden.message.parse import Message

# Notifications are short; their fields sit in the first few kilobytes.
_HEAD_CHARS = 20_000
_VALUE_CHARS = 160
_MESSAGE_CHARS = 400
MAX_FIELDS = 20

# Characters that split or disguise a label: zero-width joiners (Persian writes "نام‌کاربری"
# with one), and the apostrophes Ukrainian spells "ім'я" with.
_LABEL_FOLD = str.maketrans(
    {"\u200c": "", "\u200d": "", "\u200b": "", "\u00ad": "", "’": "'", "ʼ": "'", "`": "'"}
)

# A form plugin's mail-tag that was never filled in: Contact Form 7 writes "[your-subject]",
# "[your-name]", "[_site_title]"; a bot that posts to the form directly leaves them literal.
_PLACEHOLDER = re.compile(r"\[(?:your|_)[a-z0-9]?[a-z0-9_-]{1,30}\]", re.I)

# A web address: a scheme, "www.", a messenger link, a name under a common suffix, or any
# host of three or more labels ("x.transfer705.pages.dev"); "jane.doe" is a user name.
_LINKISH = re.compile(
    r"https?://|\bwww\.|\bt\.me/|\bwa\.me/"
    r"|\b[a-z0-9-]{1,63}\.(?:blogspot|com|net|org|ru|io|me|xyz|top|site|online|shop|info)\b"
    r"|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}\.[a-z]{2,12}\b",
    re.I,
)
_AMOUNT = re.compile(
    r"\d[\d.,]{0,20}\s?(?:btc|usdt?|eur|euros?|eth|dollars?)\b"
    r"|\b(?:usdt?|eur|euros?|btc)\s?\d"
    r"|[$€£₿]\s?\d|\d\s?[$€£₿]",
    re.I,
)
# A machine identifier: lower-case words and digits joined by hyphens or underscores, no space
# ("billing-estimated-charges-3000usd", an alarm's or a resource's name). A typed pitch is
# written for a person to read ("You earned 1.3 BTC"); an identifier's "3000usd" is a label.
_IDENTIFIER = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){2,}")
_EMAIL = re.compile(r"[^\s@]{0,255}@[^\s]{0,255}")
# "@handle" next to the messenger it belongs to is how a pitch asks to be contacted.
_HANDLE = re.compile(r"(?<![\w.])@[a-z][a-z0-9_]{3,31}\b", re.I)
_WORD = re.compile(r"[^\W_]+")
# A line that is itself "Label: value" (not "https://"): the field before it was empty.
_NEXT_LABEL = re.compile(r"[\w .'-]{1,30}[:：](?!//)")

SENTENCE_WORDS = 8
EMOJI_RUN = 3


@dataclass(frozen=True)
class FormField:
    kind: str  # "name" | "greeting" | "message"
    label: str
    value: str


def _labels(knowledge: Knowledge, category: str) -> list[str]:
    labels = {
        lure.phrase.translate(_LABEL_FOLD).strip()
        for lure in knowledge.lures
        if lure.category == category
    }
    # Longest first, so "nombre de usuario" wins over "nombre".
    return sorted((x for x in labels if x), key=lambda x: (-len(x), x))


def _alternation(labels: list[str]) -> str:
    # Spaces in a label match any short run of blanks ("user  name").
    return "|".join(re.escape(x).replace(r"\ ", r"[ \t]{1,3}") for x in labels)


@dataclass(frozen=True)
class _Patterns:
    name: re.Pattern[str] | None
    message: re.Pattern[str] | None
    greeting: re.Pattern[str] | None
    notice_cjk: tuple[str, ...]


@functools.cache
def _patterns(knowledge: Knowledge) -> _Patterns:
    # A label at the start of a line (after bullets or quoting), then a colon and the value on
    # the same line or the next, or the label alone on its line and the value on the next.
    def labelled(category: str) -> re.Pattern[str] | None:
        labels = _labels(knowledge, category)
        if not labels:
            return None
        return re.compile(
            r"(?im)^[ \t*>•\-]{0,8}(" + _alternation(labels) + r")[ \t]{0,8}"
            r"(?:[:：][ \t]{0,8}(?:\r?\n[ \t]{0,8})?|\r?\n[ \t]{0,8})([^\r\n]{1,160})"
        )

    greetings = _labels(knowledge, "form_greeting")
    greeting = None
    if greetings:
        greeting = re.compile(
            r"(?im)^[ \t]{0,8}(" + _alternation(greetings) + r")[ \t]{1,4}([^\r\n,!]{1,160})"
        )
    # Phrases in scripts written without spaces cannot be matched as whole words.
    cjk = tuple(
        lure.phrase
        for lure in knowledge.lures
        if lure.category == "form_notice" and _unspaced_script(lure.phrase)
    )
    return _Patterns(labelled("form_name_label"), labelled("form_message_label"), greeting, cjk)


def _unspaced_script(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def _head(msg: Message) -> str:
    return msg.cached(
        "formfields.head", lambda: (msg.body_text or "")[:_HEAD_CHARS].translate(_LABEL_FOLD)
    )


def placeholder_in_subject(msg: Message) -> str:
    """The first unfilled form mail-tag in the subject ("[your-subject]"), or ""."""
    found = _PLACEHOLDER.search(subject_text(msg) or "")
    return found.group(0) if found else ""


def notice_marker(msg: Message, knowledge: Knowledge) -> str:
    """Why the message reads as a site's form or sign-up notification, or "" if it does not."""
    return msg.cached(("formfields.notice", knowledge), lambda: _notice(msg, knowledge))


def _notice(msg: Message, knowledge: Knowledge) -> str:
    for match in find_lures(msg, knowledge):
        if match.category == "form_notice":
            return f"{match.phrase} ({match.where})"
    subject = subject_text(msg) or ""
    head = _head(msg)
    for phrase in _patterns(knowledge).notice_cjk:
        if phrase in subject:
            return f"{phrase} (subject)"
        if phrase in head:
            return f"{phrase} (body)"
    for link in msg.links[:50]:
        path = link.url.split("?", 1)[0].lower()
        if path.endswith("/wp-login.php") or path.endswith("/wp-signup.php"):
            return "wp-login.php link"
    tag = placeholder_in_subject(msg)
    if tag:
        return f"{tag} (subject)"
    return ""


def form_fields(msg: Message, knowledge: Knowledge) -> tuple[FormField, ...]:
    """Name fields always; greetings and message fields only in a notification, where the
    text around them is a template and what follows them is what a visitor typed."""
    return msg.cached(("formfields.fields", knowledge), lambda: _fields(msg, knowledge))


def _fields(msg: Message, knowledge: Knowledge) -> tuple[FormField, ...]:
    pats = _patterns(knowledge)
    head = _head(msg)
    found: list[FormField] = []
    if pats.name is not None:
        for m in pats.name.finditer(head):
            if _NEXT_LABEL.match(m.group(2)):
                continue  # an empty field: the next line is the next label ("Email: a@b.c")
            found.append(FormField("name", m.group(1).strip(), m.group(2).strip()))
            if len(found) >= MAX_FIELDS:
                return tuple(found)
    if not notice_marker(msg, knowledge):
        return tuple(found)
    if pats.greeting is not None:
        for m in pats.greeting.finditer(head):
            found.append(FormField("greeting", m.group(1).strip(), m.group(2).strip()))
            if len(found) >= MAX_FIELDS:
                return tuple(found)
    if pats.message is not None:
        for m in pats.message.finditer(head):
            # The message runs on to the first blank line, bounded.
            start = m.start(2)
            chunk = head[start : start + _MESSAGE_CHARS]
            chunk = re.split(r"\r?\n[ \t]*\r?\n", chunk, maxsplit=1)[0]
            found.append(FormField("message", m.group(1).strip(), chunk.strip()))
            if len(found) >= MAX_FIELDS:
                break
    return tuple(found)


def _emoji_run(value: str) -> bool:
    run = best = 0
    for ch in value:
        if unicodedata.category(ch) == "So" or "\U0001f000" <= ch <= "\U0001faff":
            run += 1
            best = max(best, run)
        elif not ch.isspace() and ch not in "\ufe0f\u200d":
            run = 0
    return best >= EMOJI_RUN


def value_traits(value: str, knowledge: Knowledge) -> tuple[str, ...]:
    """What a typed value holds that a person's name does not: "link", "sum", "handle",
    "pitch_word", "emoji", "sentence" (in that order)."""
    value = value[:_MESSAGE_CHARS]
    traits: list[str] = []
    # A user name may well be an e-mail address: its domain is no link.
    if _LINKISH.search(_EMAIL.sub(" ", value)):
        traits.append("link")
    if _AMOUNT.search(value) and not _IDENTIFIER.fullmatch(value.strip()):
        traits.append("sum")
    pitch = set(pitch_words(value, knowledge))
    if _HANDLE.search(value) and pitch & {"telegram", "whatsapp"}:
        traits.append("handle")
    if pitch:
        traits.append("pitch_word")
    if _emoji_run(value):
        traits.append("emoji")
    if sum(1 for token in value.split() if _WORD.search(token)) >= SENTENCE_WORDS:
        traits.append("sentence")
    return tuple(traits)


def pitch_words(value: str, knowledge: Knowledge) -> list[str]:
    """The ``form_pitch_word`` phrases in a typed value, sorted."""
    return sorted(
        {m.phrase for m in lures_in_text(value, knowledge) if m.category == "form_pitch_word"}
    )
