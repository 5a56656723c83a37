"""Rounds 481-488: what the session's second batch of unseen mail showed."""

from __future__ import annotations

from mailwarden.knowledge import load_knowledge
from mailwarden.lures import lures_in_text
from tests.helpers import finding_ids, make_message, scan_offline


def test_brands_own_domains_of_the_round() -> None:
    owners = {d: b.name for b in load_knowledge().brands for d in b.domains}
    assert owners["privat24.ua"] == "PrivatBank"  # round 481's statement
    assert owners["novapost.com"] == "Nova Poshta"  # Nova Post in Lithuania
    assert owners["mydhli.com"] == "DHL"  # round 483's pre-alert
    assert owners["hlag.com"] == "Hapag-Lloyd"
    assert owners["allianzcare.com.au"] == "Allianz"  # round 485's student cover
    assert owners["kasikornbank.com"] == "KBank"  # round 482's transfer result


def test_a_brand_named_like_a_person_or_another_company_claims_only_its_own() -> None:
    """Maya (PayMaya) is a first name; OVO is an Indonesian wallet and a British energy
    supplier; MBH Bank is no look-alike of MB Bank (bench/modern rounds 279, 402, 52)."""
    newsletter = make_message(
        from_="Maya Ortiz from The Inbox Field Guide <mayaortiz@substack.com>",
        subject="Real or fake?",
        text="Three real emails that look like scams.\n\n© 2026 Maya Ortiz",
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(newsletter))
    energy = make_message(from_="OVO <hello@ovoenergy.com>", subject="Your meter reading")
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(energy))
    wallet = make_message(from_="OVO <promo@ovo-hadiah.example.com>", subject="Hadiah")
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(wallet))
    hungarian = make_message(from_="MBH Bank <noreply@mbhbank.hu>", subject="Értesítés")
    assert "BRAND_LOOKALIKE_SENDER" not in finding_ids(scan_offline(hungarian))


def test_booking_a_slot_online_is_no_casino() -> None:
    """bench/modern rounds 22 and 40: "book your slot online" read as Indonesian and Malay
    casino wording; the gambling phrase is "judi slot online"."""
    k = load_knowledge()
    said = {m.category for m in lures_in_text("Book your slot online before Friday.", k)}
    assert "scam_casino" not in said
    said = {m.category for m in lures_in_text("Main judi slot online, bonus 100%!", k)}
    assert "scam_casino" in said


def test_serbian_cyrillic_phrases_do_not_read_russian() -> None:
    """A Russian wallet warning ("never share your seed phrase") and "в приложении" (in the
    app) are not Serbian lures or attachment mentions."""
    k = load_knowledge()
    text = "Никогда не передавайте seed фразу. Подтвердите вход в приложении."
    found = [m for m in lures_in_text(text, k) if m.language == "sh"]
    assert not [m for m in found if m.category in ("credential", "scam_crypto")]
    assert not [m for m in found if m.category == "attachment_mention"]
