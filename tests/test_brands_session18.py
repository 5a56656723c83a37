"""Brand knowledge added in session 18: the consumer-advice bodies a lender's notice must point
to (a Monzo overdraft notice linking to MoneyHelper is no link off brand), and brands whose
second domains their own mail uses."""

from __future__ import annotations

import pytest

from mailwarden.claims import owner_brand
from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("www.moneyhelper.org.uk", "MoneyHelper"),
        ("www.stepchange.org", "StepChange"),
        ("privacy.thewaltdisneycompany.com", "Disney+"),
        ("magentacloud.de", "Telekom"),
        ("www.dm.ro", "dm"),
        ("canalplus-afrique.com", "Canal+"),
        ("www.eltacourier.gr", "ELTA"),
        ("www.zoll.de", "Zoll"),
        ("www.o2tv.cz", "O2"),
        ("www.engie-homeservices.fr", "Engie"),
        ("www.meo.pt", "MEO"),
    ],
)
def test_owned_hosts(host: str, brand: str) -> None:
    owner = owner_brand(host, load_knowledge())
    assert owner is not None and owner.name == brand


def test_a_lenders_notice_pointing_to_free_money_advice() -> None:
    html = (
        "<p>You've gone into your arranged overdraft.</p>"
        '<p>Free, impartial help: <a href="https://www.moneyhelper.org.uk">MoneyHelper</a></p>'
    )
    raw = make_message(
        from_="Monzo <help@monzo.com>", subject="You've gone into your arranged overdraft",
        html=html, text=None,
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))


def test_the_moroccan_banque_populaire_and_a_stranger_using_its_name() -> None:
    text = "Votre virement permanent a bien été mis en place."
    own = make_message(
        from_="Banque Populaire <noreply@groupebcp.com>", subject="Virement", text=text
    )
    other = make_message(
        from_="Banque Populaire <noreply@bp-alertes.example>", subject="Virement", text=text
    )
    assert "BRAND_DISPLAY_NAME_MISMATCH" not in finding_ids(scan_offline(own))
    assert "BRAND_DISPLAY_NAME_MISMATCH" in finding_ids(scan_offline(other))
