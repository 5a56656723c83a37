"""claims, lookalike and lures: European government, tax and toll services.

Fake unpaid-toll notices (Sanef, Telepass, Toll Collect) and tax-refund mails (Autoridade
Tributária, Agencia Tributaria, Agenzia delle Entrate) name a public service from a domain
that only contains its name, and ask for a payment or a new IBAN. The services' names must
claim them, their own domains must own them, and their names that are ordinary words
("via verde", "Elster", "CAF") must not claim them in running text.
"""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands, owner_brand
from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import lookalike_of
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def _claims(display: str, text: str = "Bonjour", subject: str = "Hello") -> set[str]:
    raw = make_message(from_=f'"{display}" <info@mailer.example>', subject=subject, text=text)
    return {c.brand.name for c in claimed_brands(parse(raw), K)}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Sanef Flux Libre", "Sanef"),
        ("Autoridade Tributária e Aduaneira", "Autoridade Tributária"),
        ("Agencia Tributaria", "Agencia Tributaria"),
        ("Agenzia delle Entrate", "Agenzia delle Entrate"),
        ("Telepass", "Telepass"),
        ("Toll Collect GmbH", "Toll Collect"),
        ("ASFINAG Maut Service", "ASFINAG"),
        ("France Travail", "France Travail"),
        ("CJIB", "CJIB"),
        ("Via Verde", "Via Verde"),
    ],
)
def test_display_name_claims_service(display: str, brand: str) -> None:
    assert brand in _claims(display)


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Hoy recorrimos la vía verde del Aceite en bicicleta, 55 km sin coches.", "Via Verde"),
        ("Die Elster sitzt auf dem Dach und ruft.", "ELSTER"),
        ("The CAF Champions League final is on Saturday.", "CAF"),
    ],
)
def test_ordinary_words_claim_nothing(text: str, brand: str) -> None:
    assert brand not in _claims("Anna Costa", text=text, subject="Weekend")


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("sanef-peage-impaye.fr", "Sanef"),
        ("telepass-pagamenti.com", "Telepass"),
        ("portaldasfinancas-reembolso.com", "Autoridade Tributária"),
        ("agenziaentrate-rimborsi.info", "Agenzia delle Entrate"),
        ("toll-collect-maut.de", "Toll Collect"),
    ],
)
def test_lookalike_domains(host: str, brand: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is not None and hit.brand is not None and hit.brand.name == brand


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("www.portaldasfinancas.gov.pt", "Autoridade Tributária"),
        ("sede.agenciatributaria.gob.es", "Agencia Tributaria"),
        ("www.bipandgo.com", "Sanef"),
        ("finances.belgium.be", "SPF Finances"),
        ("www.toll-collect.de", "Toll Collect"),
    ],
)
def test_own_domains_are_owned_and_no_lookalike(host: str, brand: str) -> None:
    owner = owner_brand(host, K)
    assert owner is not None and owner.name == brand
    assert lookalike_of(host, K) is None


def test_belgium_be_as_a_whole_is_not_spf_finances() -> None:
    owner = owner_brand("www.belgium.be", K)
    assert owner is None or owner.name != "SPF Finances"


@pytest.mark.parametrize(
    "text",
    [
        "O IBAN associado está desatualizado: atualize o seu IBAN.",
        "Vous avez droit à un remboursement d'impôt en attente.",
        "Uw teruggave kan niet worden uitgevoerd.",
        "Tiene derecho a un reembolso: actualice su IBAN.",
        "Rimborso fiscale in attesa: aggiorna il tuo IBAN.",
        "Ihre Rückerstattung steht bereit.",
    ],
)
def test_refund_lures(text: str) -> None:
    assert "scam_benefit" in {m.category for m in lures_in_text(text, K)}


@pytest.mark.parametrize(
    "text",
    [
        "Votre remboursement a été effectué sur votre carte sous 5 jours.",
        "O reembolso será transferido para a conta registada.",
        "Hemos procesado su devolución; el reembolso llegará en 3 días.",
        "Il rimborso della spesa è stato accreditato.",
    ],
)
def test_ordinary_refund_notices_are_no_lure(text: str) -> None:
    assert "scam_benefit" not in {m.category for m in lures_in_text(text, K)}
