"""Polish, Czech and Hungarian lure phrases (data/lures/pl, cs, hu.toml): the lures CERT
Polska, NÚKIB and the Hungarian police warn about match, also without diacritics; what
InPost, Zásilkovna and Magyar Posta write every day does not; a bank's "we will never ask
you, that ..." over its grammatical comma cancels the phrase (our own sentences)."""

from __future__ import annotations

import pytest

from tests.helpers import lure_languages
from tests.test_lures import VOCABULARIES

LURES = [
    ("pl", "Potwierdź tożsamość w ciągu 24 godzin.", "credential"),
    ("pl", "Potwierdz tozsamosc w ciagu 24 godzin.", "credential"),
    ("pl", "Cześć mamo, zepsuł mi się telefon, zapisz mój nowy numer.", "scam_bec"),
    ("cs", "Zachovat stávající heslo", "password_expiry"),
    ("hu", "Ellenőrizze fiókját, mert ismeretlen eszközről jelentkeztek be.", "credential"),
]
GENUINE = [
    ("pl", "Twoja paczka czeka na Ciebie w Paczkomacie KRA01M."),
    ("cs", "Vaše zásilka je připravena k vyzvednutí na výdejním místě."),
    ("hu", "Csomagja átvehető a kiválasztott csomagautomatában."),
]
NEGATED = [
    ("pl", "Bank nigdy nie poprosi, aby potwierdzić swoje dane przez e-mail."),
    ("cs", "Banka vás nikdy nebude žádat, abyste zachovat stávající heslo."),
    ("hu", "Soha nem kérjük, hogy ellenőrizze fiókját e-mailben."),
]


def _lures(text: str) -> set[tuple[str, str]]:
    return {(lang, c) for lang, c in lure_languages(text) if c not in VOCABULARIES}


@pytest.mark.parametrize(("language", "text", "category"), LURES)
def test_the_lure_matches(language: str, text: str, category: str) -> None:
    assert (language, category) in _lures(text)


@pytest.mark.parametrize(("language", "text"), GENUINE)
def test_everyday_notices_match_no_lure(language: str, text: str) -> None:
    assert _lures(text) == set(), text


@pytest.mark.parametrize(("language", "text"), NEGATED)
def test_never_before_the_comma_of_a_that_clause_cancels(language: str, text: str) -> None:
    assert not {c for lang, c in _lures(text) if lang == language}, text
