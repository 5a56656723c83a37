"""``content_callback_only`` amounts with European thousands separators ("EUR 1.429,00")."""

from __future__ import annotations

from mailwarden.detectors.content_callback_only import _AMOUNT


def test_european_thousands_separator_is_an_amount() -> None:
    found = _AMOUNT.search("Het bedrag van EUR 1.429,00 is afgeschreven")
    assert found is not None and found.group(0) == "EUR 1.429,00"
    assert _AMOUNT.search("EUR 2024") is None

