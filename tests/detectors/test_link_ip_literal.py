"""link_ip_literal: links to bare public IP addresses."""

from __future__ import annotations

from mailwarden.detectors.link_ip_literal import public_ip, server_name_ip
from tests.helpers import finding_ids, make_message, scan_offline


def test_public_ip_link_fires() -> None:
    html = '<a href="http://8.8.4.4/office365/login.php">Sign in</a>'
    result = scan_offline(make_message(text=None, html=html))
    assert "LINK_IP_LITERAL" in finding_ids(result)


def test_private_ip_in_a_technical_mail_is_silent() -> None:
    raw = make_message(text="The radio answers at http://192.168.10.2/ and http://127.0.0.1:8080/")
    assert "LINK_IP_LITERAL" not in finding_ids(scan_offline(raw))


def test_named_hosts_are_silent() -> None:
    assert "LINK_IP_LITERAL" not in finding_ids(
        scan_offline(make_message(text="https://www.example.org/"))
    )


def test_public_ip_forms() -> None:
    assert public_ip("8.8.4.4") == "8.8.4.4"
    assert public_ip("134744072") == "8.8.8.8"  # the decimal form browsers accept
    assert public_ip("10.0.0.1") == ""
    assert public_ip("[::1]") == ""
    assert public_ip("example.com") == ""


def test_network_addresses_are_not_servers() -> None:
    assert public_ip("4.0.0.0") == ""
    assert public_ip("8.8.8.255") == ""


def test_a_hosting_providers_generic_server_name_is_an_ip_too() -> None:
    # Batch 19: a Spanish "judicial notice" linking to a rented server by its generic name.
    html = '<a href="http://212.224.205.92.host.secureserver.net/?id=1">Descargar</a>'
    assert "LINK_IP_LITERAL" in finding_ids(scan_offline(make_message(text=None, html=html)))
    assert server_name_ip("34.16.171.125.bc.googleusercontent.com") == "34.16.171.125"
    assert server_name_ip("10.0.0.1.internal.example.com") == ""  # a private address
    assert server_name_ip("2024.11.28.12.example.com") == ""  # no address: "2024" > 255
    assert server_name_ip("1.2.3.example.com") == ""
