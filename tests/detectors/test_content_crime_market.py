"""content_crime_market: advertising hacked servers, spam tools and card data."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "CONTENT_CRIME_MARKET"


def ids(subject: str, text: str) -> set[str]:
    return finding_ids(scan_offline(make_message(subject=subject, text=text)))


def test_shop_listing_plural_goods() -> None:
    assert ID in ids("Black market update", "We sell shells, cpanels, smtps, rdps and leads.")


def test_russian_vocabulary() -> None:
    assert ID in ids("Прайс", "Продам доступы, шеллы, дедики. Также логи и SMTP.")


def test_hosting_company_singular_tooling_is_fine() -> None:
    text = "Plans include cPanel, WHM, SSH, an SMTP relay, webmail and Windows RDP servers."
    assert ID not in ids("New hosting plans", text)


def test_one_strong_good_is_not_enough() -> None:
    text = "Our admins removed the web shells an attacker left; SMTP, SSH and cPanel are patched."
    assert ID not in ids("Incident report", text)
