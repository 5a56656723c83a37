"""Write ``data/lists/ordinary_words.txt``: ordinary words one typo away from a brand label.

A display name's word one letter off a long brand label reads as that brand in disguise
("Micosoft", "Coinbsae"), unless the word is an ordinary word of a language the mail is
written in: "Applied" (a swap of AppleID's "appleid"), "Advantage" (American Airlines'
"aadvantage" less a letter), "continent" (Continente), "interact" (Interac). This script lists
those words, so that ``lookalike.disguised_brands`` can tell the two apart without a dictionary
at run time.

It needs ``wordfreq`` (not a dependency of Mailwarden: ``pip install wordfreq==3.1.1``), loads
its word lists for the languages our lures speak (about 550 MB, a few seconds), and keeps a
neighbour of a typo label when its Zipf frequency is at least ``--zipf`` (3.0: once in a million
words) in one of them. That takes in the brand's own declined forms too ("Facebooku" in Polish),
which then claim nothing in disguise; a plain "Facebook" still claims. Run it again after
adding brands:

  python tools/ordinary_words.py > src/mailwarden/data/lists/ordinary_words.txt
"""

from __future__ import annotations

import argparse
import string
import sys

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import one_typo, typo_labels

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "hu",
             "ro", "tr")


def neighbours(label: str) -> set[str]:
    """Every word one letter added, dropped or two neighbours swapped away from ``label``."""
    out = set()
    for i in range(len(label) + 1):
        out.update(label[:i] + c + label[i:] for c in string.ascii_lowercase)
    out.update(label[:i] + label[i + 1 :] for i in range(len(label)))
    out.update(label[:i] + label[i + 1] + label[i] + label[i + 2 :] for i in range(len(label) - 1))
    out.discard(label)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--zipf", type=float, default=3.0)
    args = parser.parse_args()
    try:
        from wordfreq import zipf_frequency  # type: ignore[import-not-found]
    except ImportError:
        print("this tool needs wordfreq: pip install wordfreq==3.1.1", file=sys.stderr)
        return 2
    labels = typo_labels(load_knowledge().brands)
    found: dict[str, str] = {}
    for label in sorted(labels):
        for word in neighbours(label):
            if word in labels or not one_typo(word, label):
                continue
            if max(zipf_frequency(word, lang) for lang in LANGUAGES) >= args.zipf:
                found.setdefault(word, label)
    print("# Ordinary words one typo away from a brand label: not that brand in disguise.")
    print(f"# Written by tools/ordinary_words.py (wordfreq, Zipf >= {args.zipf}); do not edit.")
    for word in sorted(found):
        print(f"{word}  # {found[word]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
