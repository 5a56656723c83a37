"""The generated-sender test of ``sender_anomaly_random_local`` and its snowshoe finding."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_anomaly_random_local import looks_generated
from tests.helpers import finding_ids, make_message, scan_offline

HTML = '<p><a href="https://{host}/offer">Shop now</a></p><p>Unsubscribe at any time.</p>'


@pytest.mark.parametrize(
    "local",
    [
        # letters only, shapes the strict text_traits test leaves out
        "zLvuYFA", "uQBATEO", "IGXiZluiu", "BFwBIGA", "bydhyGt", "WKaloqA", "PREWMosE",
        "QTYbV", "VaauWgVZ", "boRICDVs", "UPBpDEOn",
        # a word, a separator and a random token
        "newsletters.uSPPJ", "info.zO4SC", "renew_oFEVpcqP0it", "ElonMusk.3QtocXyMKYHND",
        "newsletters.IrrKU",
        # and the strict test's own
        "QePEMzkdT", "nRqTFIiwV",
    ],
)
def test_generated(local: str) -> None:
    assert looks_generated(local)


@pytest.mark.parametrize(
    "local",
    [
        # people and CamelCase names
        "JohnSmith", "ThosStew", "GlennEverhart", "BobM", "DeLaCruz", "JoeDiMaggio", "McAfee",
        "Brian.ODonoghue", "ann.McBride", "mary_DeVries", "john.Smith", "Scholz.Maik",
        "Johanna.PICHON", "Jean-Baptiste.deLaRochefoucauld", "JSmith", "jSmith",
        # brands and roles with acronyms
        "CVSPharmacy", "VZWMail", "USPSInformeddelivery", "MarriottBonvoy", "FOXSportsFLASH",
        "UnlimitedTV", "eBayISAPI", "KDEnews", "myHRportal", "NoReplyUS", "SupportUK",
        "HelpDeskIT", "AirFranceKLM", "TheNYTimes", "AutoNotification", "DoNotUse",
        "SecurityServices_NoReply",
        # ESP and VERP local parts
        "dse_NA3", "em1234", "bounces", "bounce-1234-abcdef",
        "Online#3.19578.34-UgGTgZFN19NAr9RR.1",
        "searchSecurity-F485FCCE40B794D5", "newsletter", "msprvs1=19876aBcD=bounces-12345",
        # odd input
        "", "a", "@@@", "x" * 300, "Ünïcödé",
    ],
)
def test_chosen(local: str) -> None:
    assert not looks_generated(local)


def _ids(from_: str, host: str = "deck.example.com") -> set[str]:
    raw = make_message(from_=from_, subject="Your offer", text=None, html=HTML.format(host=host))
    return finding_ids(scan_offline(raw))


def test_snowshoe_fires_on_a_persona_behind_a_generated_address() -> None:
    ids = _ids("The Cosmic Munch Crew <zLvuYFA@deck.example.com>")
    assert {"SENDER_ANOMALY_RANDOM_LOCAL_PART", "SENDER_SNOWSHOE"} <= ids


def test_snowshoe_needs_the_name_to_be_foreign_to_the_address() -> None:
    # a generated local part at a domain that carries the name: random, not a persona
    ids = _ids("Cosmic Munch <zLvuYFA@cosmicmunch.example>", host="cosmicmunch.example")
    assert "SENDER_ANOMALY_RANDOM_LOCAL_PART" in ids
    assert "SENDER_SNOWSHOE" not in ids


def test_a_public_suffix_in_the_name_is_no_tie() -> None:
    ids = _ids('"hims.com Health Partner" <eTZhJSSyG@love.example.com>')
    assert "SENDER_SNOWSHOE" in ids


def test_snowshoe_leaves_free_mail_alone() -> None:
    ids = _ids("Cosmic Munch Crew <zLvuYFA@gmail.com>")
    assert "SENDER_SNOWSHOE" not in ids


@pytest.mark.parametrize(
    "from_",
    [
        "CVS Pharmacy <CVSPharmacy@pharmacy.example.com>",
        "Marriott Bonvoy <MarriottBonvoy@email-marriott.example>",
        "Acme Store <newsletter@acme.example>",
        "Acme Store <bounces+1234-abc@em1234.acme.example>",
        "Brian O'Donoghue <Brian.ODonoghue@kbs.example>",
        "Fox Sports <FOXSportsFLASH@mailings.foxsports.example>",
    ],
)
def test_legitimate_senders_stay_silent(from_: str) -> None:
    ids = _ids(from_)
    assert not {"SENDER_ANOMALY_RANDOM_LOCAL_PART", "SENDER_SNOWSHOE"} & ids
