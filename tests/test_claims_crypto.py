"""claims: crypto and web3 brands, their context words, and the "Team X"/"X Desktop" forms.

Fake "desktop release" and "airdrop/rewards claim" mails borrow wallets, exchanges and
protocols whose names are often ordinary words ("Lido", "Optimism", "Kraken"). Such a name
claims its brand only when the message talks crypto; its specific keywords ("stETH", "OP
Mainnet", "XRP") and account forms ("Kraken Support") claim it anyway.
"""

from __future__ import annotations

import dataclasses

import pytest

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import Knowledge, load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()
CRYPTO_TEXT = "Claim your tokens before the snapshot: connect your wallet."
PLAIN_TEXT = "Three premieres this week and a silent-film night on Thursday."


def _claims(display: str, text: str, subject: str = "Hello", knowledge: Knowledge = K) -> set[str]:
    raw = make_message(from_=f'"{display}" <news@mailer.example>', subject=subject, text=text)
    return {c.brand.name for c in claimed_brands(parse(raw), knowledge) if c.where != "body"}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Monero", "Monero"),
        ("BISQ APP", "Bisq"),
        ("BitcoinCore", "Bitcoin Core"),
        ("CoinTracker", "CoinTracker"),
        ("Rabby Desktop", "Rabby"),
        ("Restructuring Kroll", "Kroll"),
        ("Ripple Labs Announcements", "Ripple"),
        ("CoinDesk", "CoinDesk"),
        ("Atomic Wallet", "Atomic Wallet"),
        ("zkSync", "zkSync"),
    ],
)
def test_software_and_media_brands_claim_in_display_names(display: str, brand: str) -> None:
    assert brand in _claims(display, PLAIN_TEXT), display


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Lido", "Lido"),
        ("Team Optimism", "Optimism"),
        ("Optimism", "Optimism"),
        ("Scroll", "Scroll"),
        ("Kraken", "Kraken"),
        ("Ripple Blog", "Ripple"),
        ("Anna @ Ripple", "Ripple"),
        ("Phantom", "Phantom"),
        ("Aave", "Aave"),
        ("Solana", "Solana"),
    ],
)
def test_ordinary_word_brands_need_crypto_context(display: str, brand: str) -> None:
    assert brand in _claims(display, CRYPTO_TEXT), display
    assert brand not in _claims(display, PLAIN_TEXT), display


def test_context_words_are_what_withholds_the_claim() -> None:
    # The same cinema mail claims Lido once the brand has no context words: the context,
    # not something else, is what keeps "Lido" the cinema from claiming lido.fi.
    bare = tuple(dataclasses.replace(b, context=()) if b.name == "Lido" else b for b in K.brands)
    no_context = dataclasses.replace(K, brands=bare)
    assert "Lido" in _claims("Lido", PLAIN_TEXT, knowledge=no_context)
    assert "Lido" not in _claims("Lido", PLAIN_TEXT)


@pytest.mark.parametrize(
    ("display", "subject", "brand"),
    [
        # A specific keyword is its own context.
        ("Rewards", "Your stETH rewards are ready", "Lido"),
        ("Rewards", "Bridge to OP Mainnet", "Optimism"),
        ("Announcements", "XRP allocation program", "Ripple"),
        # The brand's specific keyword in the text is context for its bare name.
        ("Lido", "Your rewards are ready", "Lido"),
    ],
)
def test_specific_keywords_claim_without_context(display: str, subject: str, brand: str) -> None:
    text = "View my stETH now." if display == "Lido" else PLAIN_TEXT
    assert brand in _claims(display, text, subject=subject)


@pytest.mark.parametrize("display", ["Kraken Support", "Lido Security", "Exodus Wallet"])
def test_account_forms_claim_without_context(display: str) -> None:
    assert _claims(display, PLAIN_TEXT), display


@pytest.mark.parametrize(
    "display",
    [
        "Seattle Kraken Tickets",
        "Lido Picturehouse Programme",
        "Team Building Weekly",
        "Fazle Rabby",
        "Javier Solana",
        "Jules Kroll",
        "Scroll Down Newsletter",
        "Optimism Coaching",
        "Solana Heated Vest Sale",
        "Aave",
    ],
)
def test_ordinary_names_claim_nothing_crypto(display: str) -> None:
    assert not _claims(display, PLAIN_TEXT), display


@pytest.mark.parametrize(
    ("domain", "brand"),
    [
        ("getmonero.org", "Monero"),
        ("bisq.network", "Bisq"),
        ("bitcoincore.org", "Bitcoin Core"),
        ("rabby.io", "Rabby"),
        ("cointracker.io", "CoinTracker"),
        ("lido.fi", "Lido"),
        ("optimism.io", "Optimism"),
        ("ra.kroll.com", "Kroll"),
        ("primeclerk.com", "Kroll"),
    ],
)
def test_brand_domains_are_known(domain: str, brand: str) -> None:
    from mailwarden.claims import owner_brand

    owner = owner_brand(domain, K)
    assert owner is not None and owner.name == brand
