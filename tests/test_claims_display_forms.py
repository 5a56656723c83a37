"""claims: display-name forms that make a brand's name the sender's identity.

"Ledger News", "Hilan from Ledger", "Anna | Ledger", "T E M U", "Micro soft" and a brand's own
domain written in the display name claim the brand; the same words used as ordinary words
("Economic Outlook Newsletter", "Notes from the Ledger", "General Ledger | Accounting",
"Target your audience", a clear sky) claim nothing.
"""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands, fold_text
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def _display(display: str) -> dict[str, str]:
    """Brand name -> disguise kind, for the display-name claims of ``display``."""
    msg = parse(make_message(from_=f'"{display}" <news@mailer.example>', text="Hello"))
    return {c.brand.name: c.disguise for c in claimed_brands(msg, K) if c.where == "display-name"}


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Ledger News", "Ledger"),
        ("Ledger Newsletter", "Ledger"),
        ("Coinbase Blog", "Coinbase"),  # Ripple needs crypto context: test_claims_crypto
        ("Trust Wallet Official", "Trust Wallet"),
        ("Hilan from Ledger", "Ledger"),
        ("Amie at Ledger", "Ledger"),
        ("Anna @ Coinbase", "Coinbase"),
        ("Anna | Ledger", "Ledger"),
        ("Ledger - Support", "Ledger"),
        ("Lisa | Coinbase", "Coinbase"),
        ("Coinbase Support Team", "Coinbase"),
        ("Trust Wallet Team", "Trust Wallet"),
        # A person relayed by the platform (held-out round 217).
        ("Julien Marchetti via Teams", "Microsoft"),
        ("Jane Roe via DocuSign", "DocuSign"),
        # A service word and the name as the two items of a comma list (unseen phishing_pot 707).
        ("Support Team, Ledger©", "Ledger"),
        ("Ledger, Customer Care", "Ledger"),
    ],
)
def test_brand_forms_claim(display: str, brand: str) -> None:
    assert brand in _display(display), display


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Economic Outlook Newsletter", "Microsoft"),
        ("The Ledger News", "Ledger"),
        ("Notes from the Ledger", "Ledger"),
        ("General Ledger | Accounting", "Ledger"),
        ("Ledgers and Accounts News", "Ledger"),
        ("Target your audience", "Target"),
        ("Clear Sky Weather", "Sky"),
        ("Greetings from Sky Harbor", "Sky"),
        ("Ripple Effect Blog", "Ripple"),
        # Names under four letters take part in too many other names.
        ("ING Newsletter Team", "ING"),
        ("Sky Community", "Sky"),
        ("Anna from AAA", "AAA"),
        ("Jane via Sales Team", "Microsoft"),
        ("Teams Woonzorg Leiedal", "Microsoft"),  # an organisation's own "teams"
        # A person's "Last, First" carries no service word.
        ("Ledger, Anna", "Ledger"),
        ("Support Team, Ledger Accounting Partners", "Ledger"),
    ],
)
def test_ordinary_words_claim_nothing(display: str, brand: str) -> None:
    assert brand not in _display(display), display


def test_spaced_letters_claim_short_names() -> None:
    assert _display("T E M U") == {"Temu": "punctuation"}
    assert _display("U.S.P.S") == {"USPS": "punctuation"}
    # Four letters need the spacing: "Tem u" or a plain word is no disguise.
    assert _display("Tem u") == {}
    assert _display("T E A M") == {}


def test_name_cut_in_two_claims_it() -> None:
    assert _display("Micro soft") == {"Microsoft": "punctuation"}
    assert _display("Net flix Billing") == {"Netflix": "punctuation"}
    assert _display("Coin Base") == {"Coinbase": "punctuation"}
    # Two words that do not join into a brand, a surname brand, a too-short join.
    assert _display("Micro Systems") == {}
    assert _display("Jim Nor ton") == {}
    assert _display("Ali Bab") == {}
    # An article and a noun are a phrase: Swiss Post's Italian "La Posta" is not Laposta.
    assert _display("La Posta") == {}


def test_brand_domain_in_display_name_claims() -> None:
    assert "Amazon" in _display("noreply@service.amzn.com")
    # Syriac combining marks over the letters hide nothing from the reader.
    shown = _display("noreply@service.\u073f\u073fam\u073fz\u073f\u073fn.c\u073fom")
    assert shown == {"Amazon": "homoglyph"}
    # Free-mail domains and unknown domains claim nothing.
    assert _display("jane@live.com") == {}
    assert _display("jane@example.com") == {}


def test_combining_marks_are_folded_but_accents_stay() -> None:
    assert fold_text("am\u073fzon") == "amzon"
    assert fold_text("Itaú") == "itaú"


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("TruGreen Spring Savings", "TruGreen"),
        ("Bath & Body Works", "Bath & Body Works"),
        ("Verisure Acompanha", "Verisure"),
        ("ANCV Alertes", "ANCV"),
        ("Secretaría de Hacienda", "SAT Mexico"),
        # Round 306: services impersonated from look-alike domains.
        ("Raiffeisen Mein ELBA", "Raiffeisen"),
        ("FinanzOnline", "FinanzOnline"),
        ("DEHú - Notificaciones", "DEHú"),
    ],
)
def test_new_brands_claim(display: str, brand: str) -> None:
    assert brand in _display(display), display


def test_new_brands_from_own_domain_are_not_mismatches() -> None:
    names = {b.name: b for b in K.brands}
    assert K.brand_of_domain("trugreen.com") is names["TruGreen"]
    assert K.brand_of_domain("bathandbodyworks.com") is names["Bath & Body Works"]


def test_ledger_in_accounting_text_is_no_strong_claim() -> None:
    text = (
        "Post the invoice to the ledger. The ledger closes on Friday; "
        "reconcile the ledger before the audit."
    )
    msg = parse(make_message(subject="Month-end ledger", text=text))
    strong = [c for c in claimed_brands(msg, K) if c.brand.name == "Ledger" and not c.weak]
    assert strong == []


def test_customer_service_words_of_other_european_languages_make_a_sender_identity() -> None:
    from mailwarden.claims import claimed_brands
    from mailwarden.message.parse import Message
    from tests.helpers import make_message, offline_engine

    knowledge = offline_engine().knowledge
    for display, brand in (
        ("Swish Kundtjänst", "Swish"),
        ("PKO BP Obsługa Klienta", "PKO Bank Polski"),
    ):
        msg = Message(make_message(from_=f"{display} <service.desk@outlook.com>", text="Hej"))
        names = [c.brand.name for c in claimed_brands(msg, knowledge) if c.where == "display-name"]
        assert brand in names

