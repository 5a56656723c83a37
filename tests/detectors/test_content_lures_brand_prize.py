"""A known brand's own sweepstakes that leads only back to the brand (our own messages): the
prize is the brand's to give. The same words from a domain that is no brand are judged."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_SCAM_PRIZE"
HTML = (
    "<p>Gewinnspiel: Gewinnen Sie einen Gutschein im Wert von 500 Euro!</p>"
    '<p><a href="{href}">Jetzt teilnehmen</a></p>'
)


def _ids(from_: str, href: str) -> set[str]:
    raw = make_message(from_=from_, subject="Unser Gewinnspiel", html=HTML.format(href=href))
    return finding_ids(scan_offline(raw))


def test_a_known_brands_own_sweepstakes_is_not_a_prize_lure() -> None:
    assert ID not in _ids("Zalando <info@zalando.de>", "https://www.zalando.de/gewinnspiel")


def test_the_brands_sweepstakes_linking_elsewhere_is_judged() -> None:
    assert ID in _ids("Zalando <info@zalando.de>", "https://zalando-gewinn.pages.dev/")


def test_a_domain_that_is_no_brand_linking_to_itself_is_judged() -> None:
    assert ID in _ids("Gewinnclub <info@gewinn-club24.de>", "https://gewinn-club24.de/teilnahme")


def test_an_authoritys_own_fine_notice_naming_only_its_own_sites_is_not_a_threat_lure() -> None:
    text = (
        "Wij hebben uw betaling voor de verkeersboete nog niet ontvangen. Betaalt u niet op tijd, "
        "dan wordt het bedrag verhoogd. U kunt betalen via Mijn CJIB op www.cjib.nl."
    )
    own = make_message(from_="CJIB <noreply@cjib.nl>", subject="Verkeersboete", text=text)
    assert "CONTENT_SCAM_LEGAL_THREAT" not in finding_ids(scan_offline(own))
    other = make_message(
        from_="CJIB <noreply@cjib-betalen.nl>",
        subject="Verkeersboete",
        text=text.replace("www.cjib.nl", "www.cjib-betalen.nl"),
    )
    assert "CONTENT_SCAM_LEGAL_THREAT" in finding_ids(scan_offline(other))


def test_a_known_brands_own_draw_without_deposit_is_not_a_casino_lure() -> None:
    # Round 299: a broker's advent-calendar draw, "Teilnahme ohne Einzahlung", on its own site.
    html = (
        "<p>24 Türchen, 24 Verlosungen: Teilnahme ohne Einzahlung.</p>"
        '<p><a href="{href}">Zum Adventskalender</a></p>'
    )
    own = make_message(
        from_="Bitpanda <news@email.bitpanda.com>",
        subject="Adventskalender",
        html=html.format(href="https://www.bitpanda.com/de/adventskalender"),
    )
    assert "CONTENT_SCAM_CASINO" not in finding_ids(scan_offline(own))
    other = make_message(
        from_="Bonuswelt <news@bonuswelt-24.de>",
        subject="Adventskalender",
        html=html.format(href="https://bonuswelt-24.de/adventskalender"),
    )
    assert "CONTENT_SCAM_CASINO" in finding_ids(scan_offline(other))


def test_a_public_bodys_fine_through_gov_uk_notify_is_not_a_threat_lure() -> None:
    # Round 320: a council's penalty charge notice sent by GOV.UK Notify (service.gov.uk),
    # linking to the council's own camden.gov.uk; only public bodies register under gov.uk.
    text = (
        "We have received your payment for Penalty Charge Notice CU53920184.\n"
        "Contravention: 12 - parked without a valid permit.\n"
        "Camden Parking Services https://www.camden.gov.uk/parking"
    )
    own = make_message(
        from_="London Borough of Camden <camden.parking@notifications.service.gov.uk>",
        subject="Penalty Charge Notice CU53920184",
        text=text,
    )
    ids = finding_ids(scan_offline(own))
    assert not ids & {"CONTENT_SCAM_LEGAL_THREAT", "CONTENT_LURE_DENSE"}
    other = make_message(
        from_="London Borough of Camden <parking@camden-pcn.co.uk>",
        subject="Penalty Charge Notice CU53920184",
        text=text.replace("www.camden.gov.uk", "www.camden-pcn.co.uk"),
    )
    assert "CONTENT_SCAM_LEGAL_THREAT" in finding_ids(scan_offline(other))
