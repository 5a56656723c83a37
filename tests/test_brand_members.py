"""Federated brands' members (data/brand_members.toml) are the brand's own domains."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.message.urls import registrable_domain


def test_member_domains_belong_to_their_brand() -> None:
    knowledge = load_knowledge()
    for domain in ("sparkasse-nuernberg.de", "haspa.de", "sskm.de", "sparkasse.de"):
        brand = knowledge.brand_of_domain(domain)
        assert brand is not None and brand.name == "Sparkasse", domain


def test_a_member_pattern_is_not_a_member() -> None:
    # Enumerated, never a pattern: a new sparkasse-<anything>.de is no one's until listed.
    assert load_knowledge().brand_of_domain("sparkasse-nuernberg-kundenportal.de") is None


def test_member_domains_are_registrable_and_unclaimed_by_other_brands() -> None:
    knowledge = load_knowledge()
    owners: dict[str, str] = {}
    for brand in knowledge.brands:
        for domain in brand.domains:
            assert owners.setdefault(domain, brand.name) == brand.name, domain
    sparkasse = next(b for b in knowledge.brands if b.name == "Sparkasse")
    for domain in sparkasse.domains:
        assert registrable_domain(domain) == domain, domain


def test_credit_agricole_regional_banks_are_members() -> None:
    knowledge = load_knowledge()
    for domain in ("ca-centrest.fr", "ca-paris.fr", "ca-pyrenees-gascogne.fr"):
        brand = knowledge.brand_of_domain(domain)
        assert brand is not None and brand.name == "Crédit Agricole", domain
    assert knowledge.brand_of_domain("ca-securite-clients.fr") is None


def test_listed_cooperative_banks_are_volksbank_members() -> None:
    knowledge = load_knowledge()
    for domain in ("vb-mittelhessen.de", "volksbank-backnang.de", "rb-eching.de"):
        brand = knowledge.brand_of_domain(domain)
        assert brand is not None and brand.name == "Volksbank", domain
    assert knowledge.brand_of_domain("volksbank-sicherheit-online.de") is None


def test_seller_platforms_are_relay_platforms() -> None:
    knowledge = load_knowledge()
    relay_names = {name for _, name in knowledge.relay_platforms}
    assert knowledge.seller_platforms and knowledge.seller_platforms <= relay_names
