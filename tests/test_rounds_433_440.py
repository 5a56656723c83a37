"""Rounds 433-440: what the session's unseen mail showed."""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import load_knowledge
from mailwarden.lookalike import lookalike_of
from mailwarden.lures import lures_in_text
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline

K = load_knowledge()


def _crypto_topics(text: str) -> list[str]:
    return [m.phrase for m in lures_in_text(text, K) if m.category == "crypto_topic"]


@pytest.mark.parametrize(
    "tip",
    [
        # DHL's duty notice (round 426): the "or" stands inside the last item of the list.
        "DHL will never ask you to pay by gift card, cryptocurrency or bank transfer to a "
        "personal account.",
        "We will never ask you to pay by cryptocurrency.",
    ],
)
def test_a_payment_method_in_a_never_list_is_no_crypto_topic(tip: str) -> None:
    assert _crypto_topics(tip) == []


@pytest.mark.parametrize(
    "text",
    [
        # A never-word in an earlier clause, no list: the topic stays.
        "We never sleep, cryptocurrency markets move all night.",
        "Pay the fee in cryptocurrency or your parcel is returned.",
    ],
)
def test_crypto_outside_a_never_list_stays_a_topic(text: str) -> None:
    assert "cryptocurrency" in _crypto_topics(text)


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        # Round 439: the brand's whole domain glued to someone else's by a hyphen.
        ("kleinanzeigen.de-zahlungseingang.com", "Kleinanzeigen"),
        ("www.paypal.com-secure.info", "PayPal"),
    ],
)
def test_a_brand_domain_joined_by_a_hyphen_is_a_lookalike(host: str, brand: str) -> None:
    hit = lookalike_of(host, K)
    assert hit is not None and hit.brand is not None
    assert (hit.brand.name, hit.kind) == (brand, "brand-as-subdomain")


@pytest.mark.parametrize(
    "host", ["www.t-online.de", "agenziaentrateriscossione.gov.it", "www.hmrc-gateway.gov.uk"]
)
def test_no_lookalike(host: str) -> None:
    """A hyphen inside an ordinary label; a host under a suffix only public bodies register
    under (round 435: the Italian tax collector's own domain contains the tax agency's)."""
    assert lookalike_of(host, K) is None


_ADER = '"Agenzia delle Entrate-Riscossione" <noreply@agenziariscossione.gov.it>'


def test_a_public_body_in_another_public_bodys_name_is_no_mismatch() -> None:
    raw = make_message(
        from_=_ADER,
        html='<p>Promemoria rata.</p><a href="https://www.agenziaentrateriscossione.gov.it/it/'
        'area-riservata/">Area riservata</a>',
    )
    ids = finding_ids(scan_offline(raw))
    assert not ids & {"BRAND_DISPLAY_NAME_MISMATCH", "LINK_LOOKALIKE", "LINK_OFF_BRAND"}


def test_a_public_mailbox_linking_elsewhere_in_another_bodys_name_is_judged() -> None:
    raw = make_message(
        from_=_ADER,
        html='<p>Promemoria rata.</p><a href="https://pagamento-rata.example.top/">Paga</a>',
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Wenn Sie diese Transaktion NICHT autorisiert haben, rufen Sie an.", "callback_disown"),
        ("Nach 24 Stunden wird der Betrag automatisch abgebucht.", "callback_cue"),
        ("Können Sie bitte 10 Apple Geschenkkarten besorgen?", "scam_bec"),
        ("Bitte kratzen Sie die Rückseite frei, dann Fotos von allen Karten.", "scam_bec"),
        ("Ich bin gerade in einer Sitzung und kann nicht telefonieren.", "scam_bec"),
    ],
)
def test_german_gift_card_and_callback_words(text: str, category: str) -> None:
    assert category in {m.category for m in lures_in_text(text, K)}


def test_the_austrian_broadcasting_fee_is_a_brand() -> None:
    msg = parse(make_message(from_='"ORF-Beitrags Service GmbH (OBS)" <info@obs.example>'))
    assert "ORF-Beitrags Service" in {c.brand.name for c in claimed_brands(msg, K)}
