"""Look-alike typos of short brand labels, and other brands' own names (round 7 fixes)."""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import lookalike_of

K = load_knowledge()


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("unimde.com", "Unimed"),  # two letters swapped
        ("unimedd.com", "Unimed"),  # a letter added
        ("unmed.com.br", "Unimed"),  # a letter dropped
        ("gooogle.com", "Google"),
        ("netfix.com", "Netflix"),  # seven letters: a dropped letter
        ("correio.biz", "Correios"),
        ("telekon.de", "Telekom"),  # no brand we know owns it: still a typo
        ("mercadolivre.br", "Mercado Livre"),  # the brand's own name on a suffix it lacks
        ("trust-wallet.com", "Trust Wallet"),
        ("amazonn.de", "Amazon"),
    ],
)
def test_typos_that_still_count(host: str, brand: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is not None and hit.kind == "typo", host
    assert hit.brand is not None and hit.brand.name == brand


@pytest.mark.parametrize(
    "host",
    [
        "united.com",  # United Airlines' own domain
        "www.united.com",
        "united.co.uk",  # "united" is United's name, not a typo of "unimed"
        "unimet.com",  # one replaced letter of the six-letter "unimed": another name
        "amazin.de",  # a replaced letter in a six-letter label is another word
        "paypal.pt",  # PayPal's own country domain
        "telkom.co.za",  # South Africa's Telkom, a brand of its own (round 288)
    ],
)
def test_replaced_letters_in_short_labels_and_other_brands_names_do_not(host: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is None or hit.kind != "typo", (host, hit)


def test_homoglyph_replacements_in_short_labels_still_count() -> None:
    hit = lookalike_of("paypa1.com", K)
    assert hit is not None and hit.kind == "homoglyph"
    hit = lookalike_of("g00gle.com", K)
    assert hit is not None and hit.kind == "homoglyph"


@pytest.mark.parametrize(
    ("domain", "brand"),
    [
        ("united.com", "United Airlines"),
        ("delta.com", "Delta Air Lines"),
        ("aa.com", "American Airlines"),
        ("lufthansa.com", "Lufthansa"),
        ("booking-lufthansa.com", "Lufthansa"),  # its booking mail's sender domain
        ("klm-mail.com", "Air France-KLM"),
        ("infos-airfrance.com", "Air France-KLM"),
        ("klm.com", "Air France-KLM"),
        ("airfrance.fr", "Air France-KLM"),
        ("emirates.email", "Emirates"),
        ("ryanairemail.com", "Ryanair"),
        ("easyjet.com", "easyJet"),
        ("flytap.com", "TAP Air Portugal"),
        ("paypal.se", "PayPal"),
        ("adac-reisen.de", "ADAC"),
    ],
)
def test_airlines_and_country_domains_are_known(domain: str, brand: str) -> None:
    owner = K.brand_by_domain.get(domain)
    assert owner is not None and owner.name == brand


@pytest.mark.parametrize(
    "host",
    ["unitedairlines-refund.com", "lufthansa-miles.top", "ryanalr.com", "easyjet-claims.net"],
)
def test_airline_lookalikes(host: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is not None and hit.brand is not None, host
