"""Swedish, Danish, Norwegian and Finnish lure phrases (data/lures/sv, da, nb, fi.toml): the
lures each country's police, CERT and banks warn about match; what their banks, couriers and
public digital mailboxes write every day does not (our own sentences)."""

from __future__ import annotations

import pytest

from tests.helpers import lure_languages
from tests.test_lures import VOCABULARIES

LURES = [
    ("sv", "Ditt lösenord går ut idag. Behåll ditt nuvarande lösenord här.", "password_expiry"),
    ("sv", "Vi har upptäckt en inloggning från en ny enhet.", "unusual_signin"),
    ("da", "Din konto er midlertidigt spærret. Bekræft dine oplysninger.", "account_problem"),
    ("nb", "Hei mamma, dette er mitt nye nummer, kan du hjelpe meg?", "scam_bec"),
    ("fi", "Tunnuksesi vanhenevat. Vahvista tietosi 24 tunnin kuluessa.", "password_expiry"),
]
GENUINE = [
    ("sv", "Du har fått ett nytt brev i Kivra från Skatteverket."),
    ("da", "Du har modtaget ny post i e-Boks fra Skattestyrelsen."),
    ("nb", "Du har fått et nytt dokument i Digipost."),
    ("fi", "Sinulle on saapunut uusi viesti Suomi.fi-viesteihin."),
    ("sv", "Din faktura från Telia finns nu i din internetbank."),
]


@pytest.mark.parametrize(("language", "text", "category"), LURES)
def test_the_lure_matches(language: str, text: str, category: str) -> None:
    found = lure_languages(text)
    assert (language, category) in found, found


@pytest.mark.parametrize(("language", "text"), GENUINE)
def test_everyday_notices_match_no_lure(language: str, text: str) -> None:
    assert not {c for _, c in lure_languages(text) if c not in VOCABULARIES}, text


def test_never_cancels_the_phrase_after_it() -> None:
    text = "Vi ber dig aldrig bekräfta ditt konto via e-post."
    assert "sv" in {lang for lang, _ in lure_languages("Bekräfta ditt konto via e-post.")}
    assert "sv" not in {lang for lang, _ in lure_languages(text)}
