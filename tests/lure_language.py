"""Shared checks of the per-language lure test files (tests/test_lures_<language>.py)."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text


def language_matches(text: str, language: str) -> list[tuple[str, str]]:
    """(category, phrase) of the shipped vocabulary of ``language`` found in ``text``."""
    return [
        (m.category, m.phrase)
        for m in lures_in_text(text, load_knowledge())
        if m.language == language
    ]


def counting_problems(text: str, language: str, forbidden: set[str]) -> set[str]:
    """The matches of ``language`` in a genuine ``text`` that would count as a lure: a
    ``forbidden`` category, any scam category, or an invoice said with urgency."""
    categories = {c for c, _ in language_matches(text, language)}
    bad = {c for c in categories if c in forbidden or c.startswith("scam_")}
    if {"invoice", "urgency"} <= categories:
        bad.add("invoice+urgency")
    return bad
