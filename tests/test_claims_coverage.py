"""claims: the wider brand list (crypto, regional, retail) and disguised display names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import disguised_brands
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def _claims(**kwargs: str) -> set[tuple[str, str]]:
    msg = parse(make_message(**kwargs))  # type: ignore[arg-type]
    return {(c.brand.name, c.where) for c in claimed_brands(msg, K) if not c.weak}


def _display(display: str) -> dict[str, str]:
    msg = parse(make_message(from_=f'"{display}" <x@evil.example>'))
    return {c.brand.name: c.disguise for c in claimed_brands(msg, K) if c.where == "display-name"}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Trust Wallet", "Trust Wallet"),
        ("LEDGER LIVE", "Ledger"),
        ("Ledger Security", "Ledger"),
        ("Kraken Support", "Kraken"),
        ("Bybit", "Bybit"),
        ("Blockchain Support", "Blockchain.com"),
        ("BANCO DO BRADESCO LIVELO", "Livelo"),
        ("Carteira Digital - DETRAN", "Detran"),
        ("Informativo Receita Federal", "Receita Federal"),
        ("Rabobank", "Rabobank"),
        ("Belastingdienst", "Belastingdienst"),
        ("Lowes, _", "Lowe's"),
        ("Home Depot _Thank you!", "Home Depot"),
        ("CVS Pharmacy", "CVS"),
        ("Target", "Target"),
        ("HULU MEMBERSHIP", "Hulu"),
        ("Mcafee \u2122", "McAfee"),
        ("[Carrefour.es]", "Carrefour"),
    ],
)
def test_new_brands_claim_in_display_names(display: str, brand: str) -> None:
    assert brand in _display(display)


@pytest.mark.parametrize(
    "display",
    [
        "Otto Schmidt",  # a person, not the shop
        "Otto",
        "Sky Walker",
        "Target Marketing Group",
        "The Ledger Times",  # a newspaper
        "Ripple Effects Newsletter",
        "Alex Aldi Pratama",
        "CVS commits",
        "ING Newsletter Team",
        "Appie",  # Albert Heijn's app, not Apple with a look-alike letter
        "APPIE",
        "Jane Lowe's Bakery",
        "Starbuck",
    ],
)
def test_short_and_ordinary_names_do_not_claim(display: str) -> None:
    claimed = _display(display)
    unwanted = {"OTTO Versand", "Sky", "Target", "Ledger", "Ripple", "Aldi", "CVS", "ING"}
    assert not set(claimed) & (unwanted | {"Apple", "Lowe's", "Starbucks"}), claimed


def test_ordinary_words_in_text_are_no_claims() -> None:
    text = (
        "Prices at Lidl, Aldi and Target fell. The dm you sent about the sky, otto and the "
        "ledger arrived; the best buy of the week is a phantom tether ripple."
    )
    claims = _claims(subject="Weekly digest: the best buy for your target budget", text=text)
    unwanted = {"Target", "Sky", "dm", "OTTO Versand", "Ledger", "Best Buy", "Phantom", "Tether"}
    assert not {b for b, _ in claims} & (unwanted | {"Ripple"})


@pytest.mark.parametrize(
    ("display", "brand", "kind"),
    [
        ("Amie from Iedger", "Ledger", "homoglyph"),
        ("PayPaI", "PayPal", "homoglyph"),
        ("Micros0ft Account Team", "Microsoft", "homoglyph"),
        ("Am\u0430zon", "Amazon", "homoglyph"),  # Cyrillic a
        ("\u041c\u0456\u0441rosoft Support", "Microsoft", "homoglyph"),  # Cyrillic M, i, c
        ("N.E.T.F.L.I.X", "Netflix", "punctuation"),
        ("C o i n b a s e", "Coinbase", "punctuation"),
        ("D'isney Plus", "Disney+", "punctuation"),
        ("Micosoft Support", "Microsoft", "typo"),
        ("Coinbsae", "Coinbase", "typo"),
    ],
)
def test_disguised_brand_names_claim_and_say_how(display: str, brand: str, kind: str) -> None:
    assert _display(display).get(brand) == kind


@pytest.mark.parametrize(
    "display",
    [
        # Round 312: "applied" swaps two letters of Apple's "appleid"; "Advantage" is American
        # Airlines' "aadvantage" less a letter. Ordinary words (data/lists/ordinary_words.txt).
        "Journal of Applied Ecology",
        "Medicare Advantage Plans",
        "Interact Conference Team",
    ],
)
def test_ordinary_words_are_no_typo_of_a_brand(display: str) -> None:
    assert not {k for k in _display(display).values() if k == "typo"}


def test_plain_brand_name_is_no_disguise() -> None:
    assert _display("PayPal Service") == {"PayPal": ""}
    assert _display("Crypto.com") == {"Crypto.com": ""}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_disguise_never_raises(text: str) -> None:
    for brand, written, kind in disguised_brands(text, K.brands):
        assert brand.name and kind in ("homoglyph", "punctuation", "typo")
        assert isinstance(written, str)


def test_another_organisations_team_of_an_ordinary_word_brand_claims_nothing() -> None:
    # Round 312: ICML's visa team writes about invitation letters; round 321: Vietcombank's
    # app is called "VCB Digibank" too.
    assert "Visa" not in _display("ICML 2027 Visa Team")
    assert "DBS Bank" not in _display("VCB Digibank")
    assert "DBS Bank" in _display("Digibank Alerts")


def test_the_card_scheme_is_claimed_in_a_message_about_cards() -> None:
    msg = parse(make_message(from_='"Visa" <x@evil.example>', text="Your card was blocked."))
    assert "Visa" in {c.brand.name for c in claimed_brands(msg, K) if c.where == "display-name"}
    msg = parse(make_message(from_='"Visa Team" <x@evil.example>', text="Hello"))
    assert "Visa" in {c.brand.name for c in claimed_brands(msg, K) if c.where == "display-name"}
