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

With ``--containing`` it lists instead the ordinary words that hold a long brand label inside
them and are more common than the label itself: "revolution" (Revolut's "revolut"),
"piccolissimo" (Colissimo). A domain such as revolutionise.com.au is then no brand-in-domain
look-alike of Revolut (``lookalike``), while the brand's own inflections ("facebooku",
"sparkassen", "youtuber"), rarer than the brand, stay look-alikes:

  python tools/ordinary_words.py --containing > src/mailwarden/data/lists/words_around_brands.txt
"""

from __future__ import annotations

import argparse
import re
import string
import sys
import unicodedata

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import containment_labels, one_typo, skeleton, typo_labels

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


def containing(zipf: float) -> int:
    """Print the ordinary words (Zipf >= ``zipf`` in one of LANGUAGES, accents dropped) that
    contain a brand's containment label and are more common than that label."""
    from wordfreq import iter_wordlist, zipf_frequency  # type: ignore[import-not-found]

    def commonest(word: str) -> float:
        return max(zipf_frequency(word, lang) for lang in LANGUAGES)

    labels = {skeleton(label): label for label in containment_labels(load_knowledge().brands)}
    words: set[str] = set()
    for lang in LANGUAGES:
        for word in iter_wordlist(lang):
            if zipf_frequency(word, lang) < zipf:
                break  # the list runs from the commonest word down
            word = "".join(
                c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
            )
            if re.fullmatch(r"[a-z]+", word):
                words.add(word)
    found: dict[str, str] = {}
    for word in sorted(words):
        word_skeleton = skeleton(word)
        for label_skeleton, label in labels.items():
            if label_skeleton in word_skeleton and word_skeleton != label_skeleton:
                if commonest(word) > commonest(label):
                    found.setdefault(word, label)
    print("# Ordinary words with a brand label inside, more common than the label: no look-alike.")
    print(f"# Written by tools/ordinary_words.py --containing (wordfreq, Zipf >= {zipf});"
          " do not edit.")
    for word in sorted(found):
        print(f"{word}  # {found[word]}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--zipf", type=float, default=3.0)
    parser.add_argument(
        "--containing",
        action="store_true",
        help="list ordinary words that contain a brand label (words_around_brands.txt)",
    )
    args = parser.parse_args()
    try:
        from wordfreq import zipf_frequency  # type: ignore[import-not-found]
    except ImportError:
        print("this tool needs wordfreq: pip install wordfreq==3.1.1", file=sys.stderr)
        return 2
    if args.containing:
        return containing(args.zipf)
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
