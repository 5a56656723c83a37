"""sender_anomaly_recipients: the same address in To and in Cc."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline

ID = "SENDER_ANOMALY_DUPLICATE_RECIPIENT"


def test_same_address_in_to_and_cc() -> None:
    raw = make_message(to="<bob@example.net>", headers=[("Cc", "Bob@Example.net")])
    assert ID in finding_ids(scan_offline(raw))


def test_different_cc_is_fine() -> None:
    raw = make_message(to="bob@example.net", headers=[("Cc", "carol@example.net")])
    assert ID not in finding_ids(scan_offline(raw))


def test_no_cc_is_fine() -> None:
    assert ID not in finding_ids(scan_offline(make_message()))


def test_a_placeholder_without_a_dotted_domain_is_not_a_duplicate() -> None:
    raw = make_message(to="user@redacted", headers=[("Cc", "user@redacted")])
    assert "SENDER_ANOMALY_DUPLICATE_RECIPIENT" not in finding_ids(scan_offline(raw))
