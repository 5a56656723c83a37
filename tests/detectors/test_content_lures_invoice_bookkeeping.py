"""Invoice lures: ordinary bookkeeping words are not ``invoice``; invoice pressure still is."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text


def _categories(text: str) -> set[str]:
    return {m.category for m in lures_in_text(text, load_knowledge())}


def test_ordinary_bookkeeping_words_are_not_invoice_lures() -> None:
    for text in (
        "Hi Tom, please find attached invoice 2026-031 for March. Thanks, Jo",
        "We have paid the following items by bank transfer.",
        "Your 2025 tax documents are now available in your account.",
        "Anbei die Rechnung fur Marz.",
        "Neue Nachricht in Ihrem elektronischen Postfach: Kontoauszug 11/2026.",
    ):
        assert "invoice" not in _categories(text), text


def test_invoice_pressure_still_found() -> None:
    for text in (
        "Your invoice is overdue: pay the outstanding invoice today.",
        "Letzte Mahnung: offene Rechnung.",
    ):
        assert "invoice" in _categories(text), text

