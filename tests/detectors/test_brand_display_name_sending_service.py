"""A government mail service sending a brand's bulletin from its own domain (our own
messages): "Medicare.gov" <medicare@public.govdelivery.com> (sending_services.txt)."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

IDS = {"BRAND_DISPLAY_NAME_MISMATCH", "SENDER_DISPLAY_NAME_SPOOF"}
FROM = '"Medicare.gov" <medicare@public.govdelivery.com>'
UNSUBSCRIBE = "https://public.govdelivery.com/email/unsubscribe?u=1"


def _ids(*hrefs: str) -> set[str]:
    html = "<p>Log in to your Medicare account to see your preventive services.</p>" + "".join(
        f'<p><a href="{h}">link</a></p>' for h in hrefs
    )
    return finding_ids(scan_offline(make_message(from_=FROM, html=html, text=None))) & IDS


def test_a_bulletin_linking_to_the_brand_and_the_service_is_the_brand() -> None:
    assert not _ids("https://www.medicare.gov/coverage", UNSUBSCRIBE)


def test_the_same_bulletin_linking_elsewhere_is_judged() -> None:
    assert _ids("https://medicare-benefits.pages.dev/login", UNSUBSCRIBE) == IDS


def test_a_bulletin_linking_only_to_the_service_is_judged() -> None:
    assert _ids(UNSUBSCRIBE) == IDS


def test_another_domain_is_no_sending_service() -> None:
    # Its own pages are not the service's: only a listed sending service may link to itself.
    html = (
        '<p>Your benefits.</p><p><a href="https://www.medicare.gov/">link</a></p>'
        '<p><a href="https://bulletins.example/unsubscribe?u=1">unsubscribe</a></p>'
    )
    raw = make_message(from_='"Medicare.gov" <medicare@bulletins.example>', html=html, text=None)
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(raw))
