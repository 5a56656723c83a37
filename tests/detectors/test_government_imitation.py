"""LINK_GOVERNMENT_IMITATION and SENDER_GOVERNMENT_IMITATION: a domain that writes "gov",
"gouv", "gob" or "govt" into its own name (round 351's "payments-portal-gov.uk" in a hijacked
council mailbox's Council Tax notice), while the real public bodies sit under the
government-only suffixes."""

from __future__ import annotations

import pytest

from tests.helpers import finding_ids, make_message, scan_offline


def _ids(href: str, from_: str = "Revenues <revenues@westmarsh.example>") -> set[str]:
    html = f'<p>Your account is in arrears.</p><p><a href="{href}">Pay online</a></p>'
    raw = make_message(from_=from_, subject="Council Tax reminder", html=html, text=None)
    return finding_ids(scan_offline(raw))


@pytest.mark.parametrize(
    "href",
    [
        "https://westmarsh-counciltax.payments-portal-gov.uk/ctax/pay",
        "https://antai-gouv-paiement.com/amende",
        "https://hmrc-gov-uk-refund.webflow.io/claim",  # under a private suffix too
        "https://sat-gob-mx.top/factura",
        "https://ird-govt-refund.example/nz",
    ],
)
def test_a_domain_posing_as_a_public_body(href: str) -> None:
    assert "LINK_GOVERNMENT_IMITATION" in _ids(href)


@pytest.mark.parametrize(
    "href",
    [
        "https://www.gov.uk/pay-council-tax",  # the government's own site
        "https://www.camden.gov.uk/council-tax",
        "https://www.impots.gouv.fr/particulier",
        "https://www.govdelivery.com/",  # "gov" inside a word, not a word of its own
        "https://governance-review.example/report",
    ],
)
def test_government_domains_and_words_inside_names(href: str) -> None:
    assert "LINK_GOVERNMENT_IMITATION" not in _ids(href)


def test_the_sender_domain() -> None:
    ids = _ids("https://www.gov.uk/", from_="DWP <payments@dwp-payments-gov.uk>")
    assert "SENDER_GOVERNMENT_IMITATION" in ids
    assert "SENDER_GOVERNMENT_IMITATION" not in _ids(
        "https://www.gov.uk/", from_="DWP <payments@dwp.gov.uk>"
    )
