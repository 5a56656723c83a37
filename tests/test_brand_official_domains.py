"""Brands' own sending domains (data/brands.toml): real brand mail is not a look-alike of itself.

Each domain here was added with cited evidence (see the comments in brands.toml); the tests
pin that the brand owns it and that a message from it is not judged as impersonating the
brand, while a look-alike of the same domain still is.
"""

from __future__ import annotations

import pytest

from mailwarden.knowledge import load_knowledge
from tests.helpers import make_message, scan_offline

BRAND_FINDINGS = {"BRAND_DISPLAY_NAME_MISMATCH", "BRAND_LOOKALIKE_SENDER"}


@pytest.mark.parametrize(
    ("domain", "brand"),
    [
        ("gruposantander.es", "Santander"),
        ("santander.com.mx", "Santander"),
        ("amazon.com.tr", "Amazon"),
        ("zalando-lounge.de", "Zalando"),
        ("gls-rtt.com", "GLS"),
        ("assurance-maladie.fr", "Ameli"),
        ("amendes.gouv.fr", "ANTAI"),
        ("ingdirect.es", "ING"),
        ("lacaixa.es", "CaixaBank"),
        ("temuemail.com", "Temu"),
        ("bpost.cloud", "bpost"),
        ("uhcprovider.com", "UnitedHealthcare"),
        ("ubereats.com", "Uber"),
        ("minfin.fgov.be", "SPF Finances"),
        ("minfin.fed.be", "SPF Finances"),
        ("turktelekom.com.tr", "Türk Telekom"),
        ("githubstatus.com", "GitHub"),
        ("awsevents.com", "Amazon"),
        ("arbeitnehmer-online.de", "DATEV"),
        ("dhlecommerce.com", "DHL"),
    ],
)
def test_official_domain_belongs_to_its_brand(domain: str, brand: str) -> None:
    owner = load_knowledge().brand_of_domain(domain)
    assert owner is not None and owner.name == brand, domain


def _santander_notice(sender_domain: str) -> bytes:
    return make_message(
        from_=f"Santander <avisos@{sender_domain}>",
        subject="Has realizado una transferencia",
        html=(
            "<p>Hola Lucia, has realizado una transferencia de 120,00 EUR.</p>"
            f'<p><a href="https://www.{sender_domain}/particulares">Ver movimientos</a></p>'
        ),
    )


def test_santander_group_domain_is_not_a_display_name_mismatch() -> None:
    ids = {f.id for f in scan_offline(_santander_notice("gruposantander.es")).findings}
    assert not ids & BRAND_FINDINGS, ids


def test_a_lookalike_of_the_group_domain_still_claims_santander() -> None:
    ids = {f.id for f in scan_offline(_santander_notice("gruposantander-avisos.com")).findings}
    assert ids & BRAND_FINDINGS, ids
