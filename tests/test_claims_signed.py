"""claims._speaking: a brand's own footer makes the message speak as the brand."""

from mailwarden.claims import speaking_claims
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import finding_ids, make_message, scan_offline

FOOTER = (
    "Our new collection is here.\n\nThis email comes to you from Victoria's Secret. "
    "©2025 Victoria's Secret. All rights reserved.\n"
)


def _speaks(text: str, from_: str = "Volgen <karmalibablu1994@gmail.com>") -> set[str]:
    msg = parse(make_message(from_=from_, text=text))
    return {c.brand.name for c in speaking_claims(msg, load_knowledge())}


def test_a_brand_footer_speaks_as_the_brand() -> None:
    assert "Victoria's Secret" in _speaks(FOOTER)
    assert "Microsoft" in _speaks("Hello.\n\n© 2025 Microsoft Corporation. All rights reserved.\n")


def test_a_mention_is_no_signature() -> None:
    text = "I bought a gift at Victoria's Secret yesterday, and the Microsoft store was closed."
    assert _speaks(text) == set()


def test_a_copied_brand_newsletter_from_free_mail_linking_elsewhere_is_off_brand() -> None:
    raw = make_message(
        from_="Volgen&Tracen <karmalibablu1994@gmail.com>",
        subject="Volg uw pakket:45888029",
        html="<p>" + FOOTER + '</p><a href="https://email.mg-d0.substack.com/c/x">Shop Now</a>',
        text=None,
    )
    assert "LINK_OFF_BRAND" in finding_ids(scan_offline(raw))
