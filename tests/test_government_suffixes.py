"""destinations.government_suffix: suffixes only public bodies register under."""

from __future__ import annotations

import pytest

from mailwarden.destinations import government_suffix
from mailwarden.knowledge import load_knowledge

K = load_knowledge()


@pytest.mark.parametrize(
    ("domain", "suffix"),
    [
        ("camden.gov.uk", "gov.uk"),
        ("service.gov.uk", "gov.uk"),
        ("irs.gov", "gov"),
        ("impots.gouv.fr", "gouv.fr"),
        ("nsw.gov.au", "gov.au"),
        ("gov.uk", ""),  # the suffix itself is nobody's domain
        ("gov-uk.com", ""),
        ("camden.gov.uk.evil.example", ""),
        ("", ""),
    ],
)
def test_government_suffix(domain: str, suffix: str) -> None:
    assert government_suffix(domain, K) == suffix
