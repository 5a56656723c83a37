"""Received parsing, the trust boundary (by hops and by host patterns) and the envelope."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.auth.received import connection, find_boundary, parse_received
from mailwarden.config import AuthSettings
from mailwarden.message.parse import Message
from mailwarden.result import Envelope
from tests.helpers import make_message


@pytest.mark.parametrize(
    "value,helo,rdns,ip,by",
    [
        (  # Postfix, forward-confirmed rDNS
            "from mail.example.com (mail.example.com [203.0.113.5]) by mx.ours.net (Postfix) "
            "with ESMTPS id 4Xy; Tue, 19 Sep 2023 18:36:44 +0000",
            "mail.example.com", "mail.example.com", "203.0.113.5", "mx.ours.net",
        ),
        (  # Postfix, no rDNS
            "from helo.example (unknown [198.51.100.7]) by mx.ours.net (Postfix) with ESMTP",
            "helo.example", "", "198.51.100.7", "mx.ours.net",
        ),
        (  # Microsoft 365: HELO and IP, no rDNS
            "from ubuntu-s-1vcpu-1gb-35gb-intel-sfo3-06 (137.184.34.4) by\r\n"
            " BN8NAM11FT066.mail.protection.outlook.com (10.13.177.138) with Microsoft SMTP\r\n"
            " Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\r\n"
            " 15.20.6813.19 via Frontend Transport; Tue, 19 Sep 2023 18:36:44 +0000",
            "ubuntu-s-1vcpu-1gb-35gb-intel-sfo3-06", "", "137.184.34.4",
            "bn8nam11ft066.mail.protection.outlook.com",
        ),
        (  # Microsoft 365 internal hop over IPv6
            "from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:e6:cafe::23)"
            " by BN0PR03CA0023.outlook.office365.com (2603:10b6:408:e6::28) with Microsoft SMTP",
            "bn8nam11ft066.eop-nam11.prod.protection.outlook.com", "", "2603:10b6:408:e6:cafe::23",
            "bn0pr03ca0023.outlook.office365.com",
        ),
        (  # Exim
            "from host-7.example.net ([192.0.2.7] helo=smtp.example.net) by mx.ours.net "
            "with esmtps (Exim 4.96) id 1r2",
            "smtp.example.net", "host-7.example.net", "192.0.2.7", "mx.ours.net",
        ),
        (  # Exim, address literal
            "from [192.0.2.8] (helo=laptop) by mx.ours.net with esmtpsa",
            "laptop", "", "192.0.2.8", "mx.ours.net",
        ),
        (  # qmail
            "from unknown (HELO relay.example.org) (192.0.2.9) by mx.ours.net with SMTP",
            "relay.example.org", "", "192.0.2.9", "mx.ours.net",
        ),
        (  # Sendmail, nested comment
            "from relay.example.org (rdns.example.org [192.0.2.10] (may be forged)) "
            "by mx.ours.net (8.17/8.17) with ESMTP id abc",
            "relay.example.org", "rdns.example.org", "192.0.2.10", "mx.ours.net",
        ),
        (  # Gmail, trailing dot, IPv6 literal
            "from mail-sor-f41.google.com (mail-sor-f41.google.com. [IPv6:2607:f8b0::41]) "
            "by mx.google.com with SMTPS id x for <a@b>",
            "mail-sor-f41.google.com", "mail-sor-f41.google.com", "2607:f8b0::41",
            "mx.google.com",
        ),
        (  # IPv4-mapped IPv6
            "from h.example (h.example [::ffff:192.0.2.11]) by mx.ours.net",
            "h.example", "h.example", "192.0.2.11", "mx.ours.net",
        ),
        ("by mx.ours.net (Postfix, from userid 0) id 39DEA3F725", "", "", "", "mx.ours.net"),
    ],
)
def test_received_forms(value: str, helo: str, rdns: str, ip: str, by: str) -> None:
    hop = parse_received(value)
    assert (hop.helo, hop.rdns, hop.ip, hop.by) == (helo, rdns, ip, by)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_received_value_parses(value: str) -> None:
    hop = parse_received(value)
    assert isinstance(hop.ip, str)


@pytest.mark.parametrize(
    "value",
    ["", "(((", ")))", "from", "from (", "from [999.1.1.1] by", "from x (y [1.2.3] by z",
     "from x ((( [192.0.2.1] by y", ";;;;", "from " + "(" * 5000, "from x by y; " * 200],
)
def test_malformed_received_values(value: str) -> None:
    hop = parse_received(value)
    assert hop.ip in ("", "192.0.2.1")


def _with_received(*received: str, extra: tuple[tuple[str, str], ...] = ()) -> Message:
    headers = [("Received", r) for r in received] + list(extra)
    return Message(make_message(headers=headers))


EXTERNAL = "from mail.sender.example (mail.sender.example [203.0.113.5]) by mx1.ours.example"
INTERNAL = "from mx1.ours.example (mx1.ours.example [10.0.0.5]) by store.ours.example"


def test_boundary_by_one_hop() -> None:
    msg = _with_received(EXTERNAL, "from laptop (x [192.168.1.2]) by mail.sender.example")
    boundary = find_boundary(msg, AuthSettings())
    assert (boundary.client_ip, boundary.helo) == ("203.0.113.5", "mail.sender.example")
    assert boundary.position == 0


def test_boundary_by_two_hops() -> None:
    msg = _with_received(INTERNAL, EXTERNAL)
    boundary = find_boundary(msg, AuthSettings(boundary_hops=2))
    assert boundary.client_ip == "203.0.113.5"
    assert boundary.position == 1
    # With the default of one hop, the internal relay would be taken as the client.
    assert find_boundary(msg, AuthSettings()).client_ip == "10.0.0.5"


def test_too_few_received_headers_leave_the_boundary_unknown() -> None:
    msg = _with_received(EXTERNAL)
    assert find_boundary(msg, AuthSettings(boundary_hops=3)).position is None
    assert find_boundary(Message(make_message()), AuthSettings()).position is None


M365_HOSTS = ("*.outlook.com", "*.protection.outlook.com", "*.outlook.office365.com")
M365_CHAIN = (
    "from SA3PR19MB7370.namprd19.prod.outlook.com (::1) by "
    "MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Tue, 19 Sep 2023 18:36:46 +0000",
    "from BN0PR03CA0023.namprd03.prod.outlook.com (2603:10b6:408:e6::28) by "
    "SA3PR19MB7370.namprd19.prod.outlook.com (2603:10b6:806:317::17) with Microsoft SMTP Server",
    "from BN8NAM11FT066.eop-nam11.prod.protection.outlook.com (2603:10b6:408:e6:cafe::23) by "
    "BN0PR03CA0023.outlook.office365.com (2603:10b6:408:e6::28) with Microsoft SMTP Server",
    "from ubuntu-s-1vcpu (137.184.34.4) by BN8NAM11FT066.mail.protection.outlook.com "
    "(10.13.177.138) with Microsoft SMTP Server id 15.20.6813.19 via Frontend Transport",
    "by ubuntu-s-1vcpu (Postfix, from userid 0) id 39DEA3F725",
)


def test_boundary_by_host_patterns_walks_our_hops() -> None:
    msg = _with_received(*M365_CHAIN)
    boundary = find_boundary(msg, AuthSettings(boundary_hosts=M365_HOSTS))
    assert (boundary.client_ip, boundary.helo) == ("137.184.34.4", "ubuntu-s-1vcpu")
    assert boundary.position == 3


def test_host_patterns_stop_at_a_hop_not_received_by_us() -> None:
    msg = _with_received(*M365_CHAIN)
    boundary = find_boundary(msg, AuthSettings(boundary_hosts=("*.protection.outlook.com",)))
    assert boundary.position is None
    assert "not one of our hosts" in boundary.detail


def test_host_patterns_prefer_the_rdns_over_a_claimed_helo() -> None:
    # The client says HELO mx9.ours.example, but our server found its rDNS elsewhere.
    forged = "from mx9.ours.example (evil.example.net [198.51.100.66]) by mx1.ours.example"
    below = "from trusted.bank.example ([192.0.2.200]) by mx9.ours.example"
    msg = _with_received(forged, below)
    boundary = find_boundary(msg, AuthSettings(boundary_hosts=("*.ours.example",)))
    assert boundary.client_ip == "198.51.100.66"


def test_return_path_and_envelope() -> None:
    settings_ = AuthSettings()
    msg = _with_received(EXTERNAL, extra=(("Return-Path", "<bounce@sender.example>"),))
    conn = connection(msg, settings_, None)
    assert (conn.client_ip, conn.helo, conn.mail_from) == (
        "203.0.113.5", "mail.sender.example", "bounce@sender.example"
    )
    assert conn.source == "headers"
    null = _with_received(EXTERNAL, extra=(("Return-Path", "<>"),))
    assert connection(null, settings_, None).mail_from == ""
    assert connection(_with_received(EXTERNAL), settings_, None).mail_from is None
    envelope = Envelope(client_ip="192.0.2.99", helo="other.example", mail_from="x@other.example")
    conn = connection(msg, settings_, envelope)
    assert (conn.client_ip, conn.helo, conn.mail_from) == (
        "192.0.2.99", "other.example", "x@other.example"
    )
    assert conn.source == "envelope"
    partial = connection(msg, settings_, Envelope(mail_from=""))
    assert (partial.client_ip, partial.mail_from, partial.source) == ("203.0.113.5", "", "mixed")


NARROW_M365 = (
    "*.prod.outlook.com", "*.prod.protection.outlook.com", "*.mail.protection.outlook.com",
    "*.outlook.office365.com",
)


def test_mail_from_another_microsoft_365_tenant_finds_its_boundary() -> None:
    # The sender's tenant hands the message over from *.outbound.protection.outlook.com;
    # with every *.outlook.com name counted as ours, the walk would run into its hops.
    msg = _with_received(
        M365_CHAIN[0], M365_CHAIN[1],
        "from DM6NAM10FT006.eop-nam10.prod.protection.outlook.com (2603:10b6:a03:1f4:cafe::ec)"
        " by BY5PR20CA0023.outlook.office365.com (2603:10b6:a03:1f4::36) with Microsoft SMTP",
        "from NAM10-DM6-obe.outbound.protection.outlook.com (52.100.156.233) by "
        "DM6NAM10FT006.mail.protection.outlook.com (10.13.153.14) with Microsoft SMTP Server",
        "from MW4PR04MB7412.namprd04.prod.outlook.com (2603:10b6:303:78::8) by "
        "BL3PR04MB7947.namprd04.prod.outlook.com (2603:10b6:208:342::10) with Microsoft SMTP",
    )
    broad = find_boundary(msg, AuthSettings(boundary_hosts=M365_HOSTS))
    assert broad.position is None
    narrow = find_boundary(msg, AuthSettings(boundary_hosts=NARROW_M365))
    assert (narrow.client_ip, narrow.position) == ("52.100.156.233", 3)


def test_boundary_by_networks_walks_our_relays_by_address() -> None:
    # Our relay 10.1.2.3 handed the message to our mailbox server; the relay recorded the
    # outside client. The outside client's HELO claims one of our names: the address decides.
    top = "from relay.ours.example (relay.ours.example [10.1.2.3]) by store.ours.example"
    edge = "from store.ours.example (unknown [203.0.113.9]) by relay.ours.example"
    below = "from trusted.bank.example ([192.0.2.200]) by mx.elsewhere.example"
    msg = _with_received(top, edge, below)
    boundary = find_boundary(msg, AuthSettings(boundary_networks=("10.0.0.0/8",)))
    assert (boundary.client_ip, boundary.position) == ("203.0.113.9", 1)
    # Host patterns believe the forged HELO and walk past the real outside client.
    by_names = find_boundary(msg, AuthSettings(boundary_hosts=("*.ours.example",)))
    assert by_names.client_ip != "203.0.113.9"


def test_boundary_by_networks_needs_an_address_on_every_hop() -> None:
    msg = _with_received("from localhost by store.ours.example", "from x ([10.0.0.5]) by y")
    boundary = find_boundary(msg, AuthSettings(boundary_networks=("10.0.0.0/8", "::1/128")))
    assert boundary.position is None
    assert "no client address" in boundary.detail


def test_a_bad_network_in_the_policy_is_a_clear_error() -> None:
    from mailwarden.config import load_policy
    from mailwarden.errors import ConfigError

    with pytest.raises(ConfigError, match="boundary_networks"):
        load_policy(extra={"auth": {"boundary_networks": ["10.0.0.0/33"]}})
