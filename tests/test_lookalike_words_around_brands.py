"""A brand label inside an ordinary word is no brand-in-domain look-alike ("revolutionise"
holds Revolut's "revolut" only inside "revolution": round 348's running club registering on
revolutionise.com.au), while the label beside other words still is; and a brand whose name is
two letters from another's has its own domains (Bank of Africa, not Bank of America)."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import lookalike_of


@pytest.mark.parametrize(
    "host",
    ["www.revolutionise.com.au", "revolutionary-road.example", "piccolissimo.it"],
)
def test_a_brand_label_inside_an_ordinary_word(host: str) -> None:
    assert lookalike_of(host, load_knowledge()) is None


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("revolut-secure.com", "Revolut"),
        ("revolutsecure.com", "Revolut"),
        ("revolution-revolut.com", "Revolut"),  # the label also outside the word
        ("sparkassen-login.de", "Sparkasse"),  # the brand's own plural stays a look-alike
        ("colissimo-suivi.com", "La Poste"),
    ],
)
def test_the_brand_label_beside_other_words(host: str, brand: str) -> None:
    hit = lookalike_of(host, load_knowledge())
    assert hit is not None and hit.brand is not None and hit.brand.name == brand


def test_a_bank_whose_name_is_two_letters_from_another() -> None:
    knowledge = load_knowledge()
    assert lookalike_of("bankofafrica.ma", knowledge) is None
    hit = lookalike_of("bankofamerlca-alerts.com", knowledge)
    assert hit is not None and hit.brand is not None and hit.brand.name == "Bank of America"
