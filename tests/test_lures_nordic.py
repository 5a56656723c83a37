"""Swedish, Danish, Norwegian and Finnish lure phrases (data/lures/sv, da, nb, fi.toml): the
lures each country's police, CERT and banks warn about match; what their banks, couriers and
public digital mailboxes write every day does not (our own sentences)."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
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
    found = {(m.language, m.category) for m in lures_in_text(text, load_knowledge())}
    assert (language, category) in found, found


@pytest.mark.parametrize(("language", "text"), GENUINE)
def test_everyday_notices_match_no_lure(language: str, text: str) -> None:
    found = [m for m in lures_in_text(text, load_knowledge()) if m.category not in VOCABULARIES]
    assert found == [], text


def test_never_cancels_the_phrase_after_it() -> None:
    text = "Vi ber dig aldrig bekräfta ditt konto via e-post."
    found = lures_in_text("Bekräfta ditt konto via e-post.", load_knowledge())
    assert found and "sv" in {m.language for m in found}
    assert not [m for m in lures_in_text(text, load_knowledge()) if m.language == "sv"]
