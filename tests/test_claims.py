"""claims: which brands a message speaks as, and where."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.claims import (
    brand_owns_host,
    claimed_brands,
    fold_text,
    is_hosting_host,
    owner_brand,
    sender_organisation,
    sender_organisations,
)
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()


def _claims(**kwargs: str) -> set[tuple[str, str]]:
    msg = parse(make_message(**kwargs))  # type: ignore[arg-type]
    return {(c.brand.name, c.where) for c in claimed_brands(msg, K) if not c.weak}


def test_brand_list_is_large_and_microsoft_first() -> None:
    assert len(K.brands) >= 50
    assert K.brands[0].name == "Microsoft"
    names = {b.name for b in K.brands}
    assert {"PayPal", "DHL", "Google", "Apple", "Amazon", "DocuSign"} <= names


def test_display_name_claim() -> None:
    assert ("Microsoft", "display-name") in _claims(from_="Microsoft account team <a@evil.example>")
    assert ("PayPal", "display-name") in _claims(from_="PayPal <service@evil.example>")


def test_bare_brand_name_as_display_name() -> None:
    assert ("Chase", "display-name") in _claims(from_="Chase <alerts@evil.example>")
    assert ("Chase", "display-name") in _claims(from_="Chase Alerts <alerts@evil.example>")
    # A person called Chase is not the bank.
    assert ("Chase", "display-name") not in _claims(from_="Chase Miller <chase@example.org>")


def test_homoglyph_display_name_still_claims() -> None:
    assert ("Microsoft", "display-name") in _claims(from_="Місrosoft <a@evil.example>")
    assert ("PayPal", "display-name") in _claims(from_="Pay\u200bPal <a@evil.example>")


def test_subject_claim() -> None:
    assert ("Microsoft", "subject") in _claims(subject="Your Microsoft 365 password expires")


def test_body_claims_need_the_brands_voice() -> None:
    assert ("Microsoft", "body") in _claims(text="Sign in to confirm your Microsoft account now.")
    assert ("Apple", "body") in _claims(text="Your Apple ID was used to sign in. Apple Support")
    # Ordinary words and passing mentions claim nothing.
    assert _claims(text="I baked an apple pie and ran Microsoft Word.") == set()
    assert _claims(text="Send it to bob@gmail.com or bob@outlook.com") == set()
    assert _claims(text="What's your outlook on the market?") == set()


def test_repeated_mentions_are_weak() -> None:
    msg = parse(make_message(text="Microsoft this, Microsoft that, Microsoft again."))
    claims = [c for c in claimed_brands(msg, K) if c.brand.name == "Microsoft"]
    assert claims and all(c.weak for c in claims)


def test_from_domain_claim_but_not_for_freemail() -> None:
    assert ("Microsoft", "from-domain") in _claims(
        from_="x <no-reply@accountprotection.microsoft.com>"
    )
    assert not any(w == "from-domain" for _, w in _claims(from_="Bob <bob@outlook.com>"))
    assert not any(w == "from-domain" for _, w in _claims(from_="Bob <bob@gmail.com>"))


def test_sender_organisation() -> None:
    msg = parse(make_message(from_="x <a@mail.sub.example.co.uk>"))
    assert sender_organisation(msg) == "example.co.uk"
    assert sender_organisations(msg, ["bounce.esp.example", ""]) == {
        "example.co.uk",
        "esp.example",
    }
    assert sender_organisation(parse(b"Subject: none\n\nbody")) == ""


def test_ownership_helpers() -> None:
    microsoft = K.brands[0]
    assert brand_owns_host(microsoft, "login.microsoftonline.com")
    assert brand_owns_host(microsoft, "contoso.sharepoint.com")
    assert not brand_owns_host(microsoft, "microsoftonline.com.evil.example")
    assert not brand_owns_host(microsoft, "")
    owner = owner_brand("www.paypal.com", K)
    assert owner is not None and owner.name == "PayPal"
    assert owner_brand("example.org", K) is None
    assert is_hosting_host("x-1.web.app", K)
    assert is_hosting_host("storage.googleapis.com", K)
    assert not is_hosting_host("fonts.googleapis.com", K)


def test_fold_text() -> None:
    assert fold_text("Місrosoft") == "microsoft"
    assert fold_text("Pay\u200bPal") == "paypal"
    # A trademark sign is no letters of the word before it (unseen phishing_pot mail:
    # "Ledger Live\u2122" <support@ledgerliveupdate.com>).
    assert fold_text("Ledger Live\u2122").split() == ["ledger", "live"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_claims_never_raise(display: str, body: str) -> None:
    display = display.replace("\n", " ").replace("\r", " ")
    raw = b"From: " + display.encode("utf-8", "replace") + b" <a@example.org>\nSubject: x\n\n"
    claimed_brands(parse(raw + body.encode("utf-8", "replace")), K)


def test_person_with_a_brand_surname_is_no_claim() -> None:
    for name in ("Edward Norton", "Maria Santander", "John A. McAfee"):
        assert _claims(from_=f"{name} <someone@example.org>") == set(), name
    assert ("Norton", "display-name") in _claims(from_="Norton Billing <b@example.org>")
    assert ("Netflix", "display-name") in _claims(from_="Netflix Canada <b@example.org>")


def test_ordinary_word_keywords_claim_only_in_brand_forms() -> None:
    assert _claims(from_="Economic Outlook <news@bank.example>") == set()
    assert _claims(from_="The Messenger <news@paper.example>") == set()
    assert ("Microsoft", "display-name") in _claims(from_="Outlook <a@evil.example>")
    assert ("Microsoft", "display-name") in _claims(from_="Outlook Team <a@evil.example>")
    assert ("Microsoft", "body") in _claims(text="Your Outlook mailbox is full.")


def test_a_run_together_display_name_claims_the_spaced_brand() -> None:
    for name in ("AppleSupport", "WellsFargoAlerts", "LibertyMutualTeam"):
        assert _claims(from_=f"{name} <notice@example.org>"), name
    # A person's spaced name is not pulled apart ("McAfee" is a surname here).
    assert _claims(from_="John A. McAfee <someone@example.org>") == set()
    assert _claims(from_="JetBrains <news@example.org>") == set()


def test_a_brand_described_as_fake_is_not_the_texts_voice() -> None:
    text = "Scammers send invoices that lead to a fake Microsoft login page. Stay safe."
    assert ("Microsoft", "body") not in _claims(text=text)


def test_an_underscore_separates_words_in_a_display_name() -> None:
    assert ("Social Security Administration", "display-name") in _claims(
        from_="SSA_Social Security benefits. <survey@example.org>"
    )
    assert ("Microsoft", "display-name") in _claims(from_="Microsoft_Support <a@evil.example>")
    # The SSA's own lure and portal names claim it; "social security" alone is a topic.
    assert ("Social Security Administration", "subject") in _claims(
        subject="Your Social Security Statement is ready"
    )
    assert _claims(subject="Social security reform debated in parliament") == set()
