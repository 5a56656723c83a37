"""claims: the second round of commonly impersonated brands (banks, insurers, shops,
telecoms, security software, games, hosting, delivery, tolls and agencies, apps).

Each brand is claimed by its specific names in a display name or subject, and by its own
From domain. Brands whose names are ordinary words ("Discover", "Orange", "Progressive",
"Spectrum", "Signal", "Free") or surnames ("Rogers", "Bell", "Cox") claim only as a whole
name, in account forms or by their specific keywords: running text that merely uses the
word claims nothing.
"""

from __future__ import annotations

import pytest

from mailwarden.claims import claimed_brands
from mailwarden.knowledge import load_knowledge
from mailwarden.message.parse import parse
from tests.helpers import make_message

K = load_knowledge()
PLAIN = "See you on Saturday."


def _claims(
    display: str = "Alice Example",
    subject: str = "Hello",
    text: str = PLAIN,
    sender: str = "news@mailer.example",
    *,
    body: bool = False,
) -> set[str]:
    raw = make_message(from_=f'"{display}" <{sender}>', subject=subject, text=text)
    return {
        c.brand.name
        for c in claimed_brands(parse(raw), K)
        if body or c.where not in ("body", "link-text")
    }


@pytest.mark.parametrize(
    ("display", "brand"),
    [
        ("Capital One", "Capital One"),
        ("Discover Card Services", "Discover"),
        ("Discover", "Discover"),
        ("U.S. Bank", "U.S. Bank"),
        ("PNC Bank", "PNC"),
        ("Truist Online", "Truist"),
        ("Navy Federal Credit Union", "Navy Federal"),
        ("USAA Security", "USAA"),
        ("Fidelity Investments", "Fidelity"),
        ("Vanguard", "Vanguard"),
        ("Charles Schwab", "Charles Schwab"),
        ("Zelle Support", "Zelle"),
        ("Klarna", "Klarna"),
        ("Revolut", "Revolut"),
        ("Monzo Bank", "Monzo"),
        ("Lloyds Bank", "Lloyds Bank"),
        ("NatWest Online", "NatWest"),
        ("Halifax", "Halifax"),
        ("BNP Paribas", "BNP Paribas"),
        ("Crédit Agricole", "Crédit Agricole"),
        ("Credit Agricole", "Crédit Agricole"),
        ("Société Générale", "Société Générale"),
        ("La Banque Postale", "La Banque Postale"),
        ("BBVA", "BBVA"),
        ("CaixaBank", "CaixaBank"),
        ("Intesa Sanpaolo", "Intesa Sanpaolo"),
        ("UniCredit", "UniCredit"),
        ("KBC", "KBC"),
        ("CommBank", "Commonwealth Bank"),
        ("Westpac", "Westpac"),
        ("RBC Royal Bank", "RBC"),
        ("TD Canada Trust", "TD Bank"),
        ("Liberty Mutual", "Liberty Mutual"),
        ("Progressive", "Progressive"),
        ("Progressive Insurance", "Progressive"),
        ("Nationwide Building Society", "Nationwide Building Society"),
        ("Etsy", "Etsy"),
        ("AliExpress", "AliExpress"),
        ("Rakuten", "Rakuten"),
        ("Wayfair", "Wayfair"),
        ("Chewy", "Chewy"),
        ("Spectrum", "Spectrum"),
        ("Spectrum Internet", "Spectrum"),
        ("Cox Communications", "Cox"),
        ("Orange", "Orange"),
        ("Espace Client Orange", "Orange"),
        ("SFR", "SFR"),
        ("Free Mobile", "Free Mobile"),
        ("Freebox", "Free Mobile"),
        ("Bouygues Telecom", "Bouygues Telecom"),
        ("O2", "O2"),
        ("EE", "EE"),
        ("BT", "BT"),
        ("Virgin Media", "Virgin Media"),
        ("Telstra", "Telstra"),
        ("Optus", "Optus"),
        ("Rogers", "Rogers"),
        ("Bell Canada", "Bell"),
        ("Kaspersky", "Kaspersky"),
        ("Bitdefender", "Bitdefender"),
        ("Malwarebytes", "Malwarebytes"),
        ("Roblox", "Roblox"),
        ("Epic Games", "Epic Games"),
        ("PlayStation", "PlayStation"),
        ("Nintendo", "Nintendo"),
        ("GoDaddy", "GoDaddy"),
        ("Namecheap", "Namecheap"),
        ("Cloudflare", "Cloudflare"),
        ("Hostinger", "Hostinger"),
        ("OVHcloud", "OVHcloud"),
        ("Okta", "Okta"),
        ("Evri", "Evri"),
        ("Yodel", "Yodel"),
        ("Poste Italiane", "Poste Italiane"),
        ("CTT", "CTT"),
        ("bpost", "bpost"),
        ("An Post", "An Post"),
        ("Swiss Post", "Swiss Post"),
        ("Japan Post", "Japan Post"),
        ("Aramex", "Aramex"),
        ("Purolator", "Purolator"),
        ("E-ZPass", "E-ZPass"),
        ("SunPass", "SunPass"),
        ("FasTrak", "FasTrak"),
        ("TxTag", "TxTag"),
        ("TV Licensing", "TV Licensing"),
        ("DVLA", "DVLA"),
        ("NHS", "NHS"),
        ("Canada Revenue Agency", "Government of Canada"),
        ("Service Canada", "Government of Canada"),
        ("Australian Taxation Office", "Australian Taxation Office"),
        ("myGov", "myGov"),
        ("Uber", "Uber"),
        ("DoorDash", "DoorDash"),
        ("Instacart", "Instacart"),
        ("Telegram", "Telegram"),
        ("Signal Messenger", "Signal Messenger"),
        ("Discord", "Discord"),
        ("Snapchat", "Snapchat"),
        ("Pinterest", "Pinterest"),
        ("Reddit", "Reddit"),
        ("Twitch", "Twitch"),
    ],
)
def test_brand_names_claim_in_display_names(display: str, brand: str) -> None:
    assert brand in _claims(display), display


@pytest.mark.parametrize(
    ("subject", "brand"),
    [
        ("Your Discover card payment is past due", "Discover"),
        ("Unpaid toll: your E-ZPass account", "E-ZPass"),
        ("Your Orange account will be suspended", "Orange"),
        ("Action required: your Schwab account", "Charles Schwab"),
        ("Your Nintendo Account sign-in", "Nintendo"),
        ("Your TV Licence has expired", "TV Licensing"),
        ("Poste Italiane: pacco in giacenza", "Poste Italiane"),
        ("Votre Freebox: facture impayée", "Free Mobile"),
    ],
)
def test_brand_forms_claim_in_subjects(subject: str, brand: str) -> None:
    assert brand in _claims(subject=subject), subject


@pytest.mark.parametrize(
    ("sender", "brand"),
    [
        ("no-reply@capitalone.com", "Capital One"),
        ("alerts@discover.com", "Discover"),
        ("service@navyfederal.org", "Navy Federal"),
        ("no-reply@revolut.com", "Revolut"),
        ("info@natwest.com", "NatWest"),
        ("noreply@mabanque.bnpparibas", "BNP Paribas"),
        ("notify@etsy.com", "Etsy"),
        ("no-reply@epicgames.com", "Epic Games"),
        ("noreply@e-zpassny.com", "E-ZPass"),
        ("noreply@dvla.gov.uk", "DVLA"),
        ("noreply@redditmail.com", "Reddit"),
        ("no-reply@canada.ca", "Government of Canada"),
    ],
)
def test_brand_domains_claim_as_sender(sender: str, brand: str) -> None:
    raw = make_message(from_=f"Notices <{sender}>", text=PLAIN)
    claims = claimed_brands(parse(raw), K)
    assert (brand, "from-domain") in {(c.brand.name, c.where) for c in claims}, sender


@pytest.mark.parametrize(
    "subject",
    [
        "Discover the new spring collection",
        "Progressive rock night on Friday",
        "Orange and almond cake recipe",
        "A nationwide alert for heat this weekend",
        "Signal processing seminar",
        "Free mobile app for the conference",
        "Spectrum analyser for sale",
        "US bank regulators tighten rules",
        "Nintendo unveils a new console",
        "Vanguard of the movement: a history",
        "The discord in the committee",
        "Tell me about the table layout: <td id=x>",
        "Post-mortem: an post-incident review",
    ],
)
def test_ordinary_words_claim_nothing_in_subjects(subject: str) -> None:
    assert _claims(subject=subject) == set(), subject


@pytest.mark.parametrize("display", ["Maria Rogers", "Alexander Graham Bell", "Brian Cox"])
def test_surnames_claim_nothing(display: str) -> None:
    assert _claims(display) == set(), display


def test_ordinary_words_in_running_text_claim_nothing() -> None:
    text = (
        "We discover the old mill, the orange grove and the signal tower. Progressive walkers "
        "take the long loop; a nationwide alert for heat is out. A free mobile workshop "
        "follows, and the fidelity of the recording was superb. Uber cool.\n" * 3
    )
    claimed = _claims(text=text, body=True)
    ordinary = {
        "Discover",
        "Orange",
        "Signal Messenger",
        "Progressive",
        "Free Mobile",
        "Nationwide Building Society",
        "Nationwide Insurance",
        "Fidelity",
    }
    assert claimed & ordinary == set(), claimed


def test_user_pages_in_link_text_claim_nothing() -> None:
    # Subscribers' pages on an operator's hosts name the subscriber, not the operator.
    html = (
        '<p><a href="http://someone.free.fr/tools/">http://someone.free.fr/tools/</a> and '
        '<a href="http://users.bigpond.net.au/x/">http://users.bigpond.net.au/x/</a></p>'
    )
    raw = make_message(from_="Alice <alice@example.org>", text=None, html=html)
    names = {c.brand.name for c in claimed_brands(parse(raw), K)}
    assert not names & {"Free Mobile", "Telstra"}, names


def test_round2_domains_belong_to_one_brand_each() -> None:
    seen: dict[str, str] = {}
    for brand in K.brands:
        for domain in brand.domains:
            assert domain not in seen, f"{domain}: {seen.get(domain)} and {brand.name}"
            seen[domain] = brand.name
