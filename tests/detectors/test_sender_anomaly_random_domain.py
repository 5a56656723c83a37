"""sender_anomaly_random_domain: a From domain named by a generator."""

from __future__ import annotations

import pytest

from mailwarden.detectors.sender_anomaly_random_domain import is_generated_label
from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_ANOMALY_RANDOM_DOMAIN"


@pytest.mark.parametrize(
    "label",
    ["GJIL8Y38IS8GMJ72Z9P3Z971BWVX", "l5nx9q7r7uh9wrrzg99hqveq58cf", "7651rp7nq154",
     "n9hri5rq3r9s"],
)
def test_generated_labels(label: str) -> None:
    assert is_generated_label(label)


@pytest.mark.parametrize(
    "label",
    ["web2print", "microsoft365", "1e100", "ab12cd", "office365online", "x" * 70, "b2b-4you-24"],
)
def test_named_labels(label: str) -> None:
    assert not is_generated_label(label)


def test_fires_on_the_from_domain_only() -> None:
    bad = make_message(from_="Assur Vite <9WCTWBTG@GJIL8Y38IS8GMJ72Z9P3Z971BWVX.com>")
    assert ID in finding_ids(scan_offline(bad))
    tenant = make_message(from_="Ops <ops@n9hri5rq3r9s.onmicrosoft.com>")
    assert ID in finding_ids(scan_offline(tenant))
    good = make_message(from_="Alice <alice@web2print.example>")
    assert ID not in finding_ids(scan_offline(good))
