"""A learned text model: how much a message's words read like the phishing and spam it was
trained on, as one probability with the words that weighed most.

It is a logistic regression over the set of words in the subject and the visible body, the
statistical filter every mail system has had since SpamAssassin's Bayes: where the rules need
a named trick, it knows the vocabulary of whole genres (lead generation, casino, health and
prize spam) and keeps recognising it in campaigns the rules never saw. It is trained by
``tools/train_text_model.py`` on part of the developer set and reports its held-out figures;
the weights file it writes is data, like the brand lists, and is regenerated, not committed.

Only the words a reader reads are features. Addresses are not words: URLs and e-mail
addresses written in the text are cut out first (a honeypot's real recipient written into the
body, a plain-text URL of a 2002 mailing list). Words with digits (dates, years, sums, ids)
are left out, as are month and weekday names and the words of the message's own recipient
addresses: how a corpus was gathered (an anonymised honeypot recipient, a year) must not be
learned. Scoring is a sum over at most ``MAX_TOKENS`` distinct words: linear in the text.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson

from mailwarden.errors import ConfigError
from mailwarden.message.parse import Message
from mailwarden.text_traits import recipient_addresses

FORMAT = 1
# Letters only, 2-24 of them: a word, not a number, an id or a run of filler.
_WORD = re.compile(r"[^\W\d_]{2,24}")
# Written-out addresses: a URL (with or without scheme) or an e-mail address, up to a space.
_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]{1,15}://|www\.)\S*|\S+@\S+", re.IGNORECASE)
# Where the words are read: the subject and the start of the visible body.
BODY_CHARS = 20_000
MAX_TOKENS = 5_000
# Calendar words say when a message was written, not what it is.
_CALENDAR = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday mon tue wed thu fri sat sun""".split()
)
_RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To")


def _without_addresses(text: str) -> str:
    """``text`` with written-out addresses cut out. An address never spans white space, so
    only the white-space separated pieces that can hold one are searched: ``_ADDRESS`` over
    the whole text backtracks on every long token and was half the model's time."""
    if "@" not in text and "://" not in text and "www." not in text:
        return text
    return " ".join(
        _ADDRESS.sub(" ", piece) if "@" in piece or "://" in piece or "www." in piece else piece
        for piece in text.split()
    )


def words(text: str, exclude: frozenset[str] = frozenset()) -> set[str]:
    """The distinct lower-case words of ``text`` that can be features."""
    found: set[str] = set()
    for match in _WORD.finditer(_without_addresses(text.lower())):
        word = match.group()
        if word not in _CALENDAR and word not in exclude:
            found.add(word)
            if len(found) >= MAX_TOKENS:
                break
    return found


def message_words(msg: Message) -> set[str]:
    """The features of a message: words of its subject and visible body, less the words of
    its own recipients' addresses (``jane.doe@example.org`` masks jane, doe, example, org)."""
    recipients = " ".join(recipient_addresses(msg, _RECIPIENT_HEADERS))
    exclude = frozenset(_WORD.findall(recipients.lower()))
    return words(msg.subject + "\n" + msg.body_text[:BODY_CHARS], exclude)


@dataclass(frozen=True)
class TextVerdict:
    probability: float
    # The words present that pushed most towards phishing, heaviest first.
    top_words: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class TextModel:
    intercept: float
    weights: dict[str, float]
    description: str = ""
    # The folders it learned from (absolute paths) and how much of each: "half" or "whole".
    trained_on: tuple[tuple[str, str], ...] = ()

    @classmethod
    def load(cls, path: Path) -> TextModel:
        data = orjson.loads(path.read_bytes())
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: not a text model of format {FORMAT}")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        trained_on = tuple(
            (str(entry["folder"]), str(entry["part"])) for entry in data.get("trained_on", [])
        )
        return cls(float(data["intercept"]), weights, str(data.get("description", "")), trained_on)

    def dump(self, path: Path, extra: dict[str, object] | None = None) -> None:
        data: dict[str, object] = {
            "format": FORMAT,
            "description": self.description,
            "intercept": round(self.intercept, 6),
            "trained_on": [{"folder": f, "part": part} for f, part in self.trained_on],
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
        }
        data.update(extra or {})
        path.write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))

    def learned_from(self, folder: str) -> str:
        """How much of ``folder`` the model learned from: "half", "whole", "part" (a folder
        inside it was learned from) or "" (none: figures there are held out)."""
        path = Path(folder).resolve()
        for trained, part in self.trained_on:
            trained_path = Path(trained)
            if path == trained_path or trained_path in path.parents:
                return part
            if path in trained_path.parents:
                return "part"
        return ""

    def judge(self, features: Iterable[str], top: int = 6) -> TextVerdict:
        present = [(w, self.weights[w]) for w in features if w in self.weights]
        logit = self.intercept + sum(weight for _, weight in present)
        # A logistic of a large negative logit underflows harmlessly; a large positive one
        # would overflow exp(), so compute from the side that cannot.
        if logit >= 0:
            probability = 1.0 / (1.0 + math.exp(-logit))
        else:
            probability = math.exp(logit) / (1.0 + math.exp(logit))
        heaviest = sorted((p for p in present if p[1] > 0), key=lambda p: (-p[1], p[0]))
        return TextVerdict(probability, tuple((w, round(v, 3)) for w, v in heaviest[:top]))


def held_out(key: str) -> bool:
    """Whether the message at ``key`` (its path inside a folder the model learned half of:
    "sample-12.eml", "2021.mbox:17") is in the half it did not learn from. A hash, so the
    split is the same on every machine."""
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 1


def folder_key(folder: str, label: str) -> str:
    """A message's path inside ``folder``, as ``held_out`` takes it."""
    root = str(Path(folder))
    return label[len(root) :].lstrip("/") if label.startswith(root) else label


def default_model_path() -> Path:
    """Where ``make model`` writes the model built from the developer corpora."""
    return Path(__file__).parent / "data" / "text_model.json"


def load_text_model(setting: str) -> TextModel | None:
    """The model ``[text_model] path`` names; ``""`` is the built-in one, None if not built."""
    path = Path(setting).expanduser() if setting else default_model_path()
    if not setting and not path.exists():
        return None
    try:
        return TextModel.load(path)
    except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError) as exc:
        raise ConfigError(f"[text_model] cannot load {path}: {exc}") from exc
